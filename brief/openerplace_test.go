package brief

import (
	"strings"
	"testing"
)

// A business whose name opens the sentence is read as it is inside one:
// "Harbour Freight said…" keeps its first word though the article writes
// "harbour" in lower case too, and a name that ends in a trade word
// ("Velmar Lines", "Ostend Ferries") is an organisation wherever it
// stands. A person whose surname is a trade word stays a person; an
// ordinary word before a trade opens no name. Sentences written for the
// test.
func TestOrganisationsOpeningASentence(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a shipping line opens the sentence", []string{
			`Velmar Lines said on Tuesday that two of its routes to the islands would close in May.`,
			`Islanders called the decision a betrayal.`},
			map[string]ActorKind{"Velmar Lines": KindOrganization}, nil},
		{"a shipping line inside the sentence", []string{
			`Islanders were furious on Tuesday after Velmar Lines said two routes would close in May.`},
			map[string]ActorKind{"Velmar Lines": KindOrganization}, nil},
		{"a ferry firm opens the sentence", []string{
			`Ostend Ferries told investors on Wednesday that profits would fall by a third this year.`},
			map[string]ActorKind{"Ostend Ferries": KindOrganization}, nil},
		{"a builder and a tech firm", []string{
			`Brightwater Homes said on Monday that sales of new houses had slowed.`,
			`Ravel Tech told investors that orders were up, a day later.`},
			map[string]ActorKind{"Brightwater Homes": KindOrganization, "Ravel Tech": KindOrganization}, nil},
		{"first word written in lower case elsewhere", []string{
			`Harbour Freight said on Monday that its lorries would no longer use the harbour at night.`,
			`The harbour master said the change was welcome.`},
			map[string]ActorKind{"Harbour Freight": KindOrganization}, []string{"Freight"}},
		{"a bank whose first word is ordinary", []string{
			`Anchor Bank told investors on Thursday that it would close forty branches.`},
			map[string]ActorKind{"Anchor Bank": KindOrganization}, nil},
		{"an ordinary word and a trade", []string{
			`Summit Freight said on Monday that two depots would close.`,
			`Global Shipping told investors that rates would rise.`},
			nil, []string{"Freight", "Shipping"}},
		// Look-alikes: people and openers.
		{"a man named Shipping opens the sentence", []string{
			`Mark Shipping said he would appeal against the ruling on Friday.`,
			`Mr Shipping, a retired ferry captain, has fought the council for years.`},
			map[string]ActorKind{"Mark Shipping": KindPerson}, nil},
		{"an adverb before a body", []string{
			`Even Parliament cannot overturn the ruling, the judge said.`},
			nil, []string{"Even Parliament"}},
		{"a verb before a body", []string{
			`Sacked Council staff will appeal against their dismissal, the union said on Friday.`},
			nil, []string{"Sacked Council"}},
	})
}

// A name after a preposition of place ("sank off Brittany", "fishing off
// Kerala", "a storm near Chelsea Point") locates something; a given name
// there makes no person, and a weekday after "on" ends the name. A person
// named as a person after such a word ("sat near Ruth Obi") stays one.
// Sentences written for the test.
func TestPlacesAfterOff(t *testing.T) {
	checkNoPerson(t, []kindCase{
		{"a trawler sank off a region", []string{
			`A trawler sank off Brittany on Sunday, the coastguard said.`,
			`Rescuers said all six of the crew had been saved.`},
			nil, []string{"Brittany", "Brittany on Sunday"}},
		{"a region after near and across", []string{
			`Storms flooded farms across Brittany, and a ferry ran aground near Brittany, the coastguard said.`},
			nil, []string{"Brittany"}},
		{"fishing off a state", []string{
			`Fishing off Kerala has been banned until June, the fisheries ministry said on Monday.`},
			nil, []string{"Kerala"}},
		{"a headland with a given name", []string{
			`The yacht was found drifting off Chelsea Point by a fishing crew, police said.`},
			nil, []string{"Chelsea Point"}},
		{"a cape", []string{
			`A storm off Cape Farrow forced the ferry to turn back, the operator said.`},
			nil, []string{"Cape Farrow"}},
		// Look-alikes: people.
		{"a person near a person", []string{
			`Tomas Vell sat near Ruth Obi at the awards on Sunday, organisers said.`,
			`Obi said she had enjoyed the evening.`},
			map[string]ActorKind{"Tomas Vell": KindPerson, "Ruth Obi": KindPerson}, nil},
		{"a person who speaks on a weekday", []string{
			`Brittany Cole said on Sunday that she would stand for the council.`},
			map[string]ActorKind{"Brittany Cole": KindPerson}, []string{"Brittany Cole on Sunday"}},
	})
}

// A job noun before a name ("character actor Bill Nighy", "veteran
// broadcaster Ama Lotto", "striker Tomas Vell") makes the full name a
// person's, with the job as role: a first name that is also an ordinary
// word ("Bill") or a job that also names an outlet ("broadcaster") does
// not undo it. A broadcaster named as a business stays an outlet.
// Sentences written for the test.
func TestJobNounBeforeName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"character actor opens the sentence", []string{
			`Character actor Bill Nighy said he was delighted to be cast as a retired judge.`,
			`Nighy, 75, has played judges twice before.`},
			map[string]ActorKind{"Bill Nighy": KindPerson}, []string{"Character"}},
		{"character actor inside the sentence", []string{
			`The film stars character actor Bill Nighy as a retired judge, the studio said on Monday.`,
			`Nighy said he had read the script twice.`},
			map[string]ActorKind{"Bill Nighy": KindPerson}, nil},
		{"veteran broadcaster", []string{
			`Veteran broadcaster Ama Lotto will present the new evening show, the network said on Friday.`,
			`Lotto said she was thrilled.`},
			map[string]ActorKind{"Ama Lotto": KindPerson}, nil},
		{"broadcaster inside the sentence", []string{
			`The network said veteran broadcaster Ama Lotto would present the show from June.`},
			map[string]ActorKind{"Ama Lotto": KindPerson}, nil},
		{"striker and pianist", []string{
			`Striker Tomas Vell scored twice on Saturday, and the jazz pianist Ruth Obi sang the anthem.`,
			`Vell said he had never played better.`},
			map[string]ActorKind{"Tomas Vell": KindPerson, "Ruth Obi": KindPerson}, []string{"Striker"}},
		// Look-alikes: a bill and an outlet.
		{"a bill named for its sponsor", []string{
			`Bill C-11 passed its second reading on Tuesday, the Speaker said.`},
			nil, []string{"Bill C-11"}},
		{"the broadcaster is a business", []string{
			`The broadcaster Kestrel Radio said it would cut forty jobs.`},
			map[string]ActorKind{"Kestrel Radio": KindOrganization}, nil},
	})
}

// A person named after a job noun is listed under the full name ("Bill
// Nighy", not "Nighy"), with the job as role. Sentences written for the
// test.
func TestJobNounRoles(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{`The club has signed striker Tomas Vell from Ostend, the manager said on Monday.`, "Tomas Vell", "striker"},
		{`Character actor Bill Nighy said he was delighted with the part.`, "Bill Nighy", "actor"},
	} {
		an := analyzeText(t, c.text)
		a := actorNamed(an, c.name)
		if a == nil {
			t.Errorf("%q: no actor %q; actors: %q", c.text, c.name, actorNames(an))
			continue
		}
		if a.Name != c.name {
			t.Errorf("%q: listed as %q, want %q", c.text, a.Name, c.name)
		}
		if !strings.Contains(strings.ToLower(a.Role), c.role) {
			t.Errorf("%q: %q has role %q, want one with %q", c.text, c.name, a.Role, c.role)
		}
	}
}

// checkNoPerson is checkKinds, but the names a case lists as not actors
// may stay as places or things: none may be a person.
func checkNoPerson(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		checkKinds(t, []kindCase{{c.name, c.paras, c.kinds, nil}})
		t.Run(c.name+"/no person", func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil && a.Kind == KindPerson {
					t.Errorf("%q is a person; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}
