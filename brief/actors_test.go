package brief

import (
	"strings"
	"testing"
)

// actorNamed returns the actor whose name or one of whose aliases is name,
// or nil.
func actorNamed(an *Analysis, name string) *Actor {
	for i := range an.Actors {
		a := &an.Actors[i]
		if strings.EqualFold(a.Name, name) {
			return a
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, name) {
				return a
			}
		}
	}
	return nil
}

func actorNames(an *Analysis) []string {
	var out []string
	for _, a := range an.Actors {
		out = append(out, a.Name+" ("+string(a.Kind)+")")
	}
	return out
}

func TestActorFormsMerge(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		forms []string // every form must name one and the same actor
		kind  ActorKind
	}{
		{"full name, title and surname, possessive", []string{
			"Prime Minister Helen Carter flew to Ottawa on Monday.",
			"Ms Carter said the talks would be hard. Carter's aides were more upbeat.",
			"Prime Minister Carter left after dinner."},
			[]string{"Helen Carter", "Ms Carter", "Carter"}, KindPerson},
		{"country short forms and demonyms", []string{
			"The UK and Norway signed a fishing pact on Friday.",
			"Britain will share its quota data, and British officials will visit Oslo next month.",
			"Norway's ministers welcomed the UK offer."},
			[]string{"United Kingdom", "UK", "Britain"}, KindCountry},
		{"US forms", []string{
			"The US has warned its allies about the new tariffs.",
			"Washington says America will not back down, and U.S. negotiators flew home."},
			[]string{"United States", "US", "U.S.", "America"}, KindCountry},
		{"acronym and its expansion", []string{
			"The Maritime Safety Authority (MSA) grounded the ferry on Tuesday.",
			"The MSA said more checks could follow."},
			[]string{"Maritime Safety Authority", "MSA"}, KindOrganization},
		{"first name for the full name", []string{
			"Odalys Fenwick reported her bicycle stolen from outside the town library on Saturday.",
			"Odalys said she had locked it to the railings for less than an hour.",
			"Officers told Odalys they would check the cameras on the square."},
			[]string{"Odalys Fenwick", "Odalys"}, KindPerson},
		{"family name first", []string{
			"A foreign ministry spokesman, Zhao Lin, accused Britain of stoking confrontation.",
			"Mr Zhao said China would protect its companies."},
			[]string{"Zhao Lin", "Mr Zhao"}, KindPerson},
		{"Brussels for the European Union", []string{
			"The European Union wants a seat at the table.",
			"Brussels, which has its own minerals deals, was caught off guard."},
			[]string{"European Union", "Brussels"}, KindOrganization},
		{"relative named by kinship", []string{
			"Governor Samuel Okafor and his daughter Nkiru opened the new clinic in Enugu.",
			"Nkiru trained there as a nurse, and she now runs its maternity ward."},
			[]string{"Nkiru"}, KindPerson},
		{"longer name with a middle name", []string{
			"Teodor Anselm Brask Holm, 61, has kept bees on the island since his twenties.",
			"Teodor Anselm says the hives wake earlier each spring."},
			[]string{"Teodor Anselm Brask Holm", "Teodor Anselm"}, KindPerson},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			first := actorNamed(an, c.forms[0])
			if first == nil {
				t.Fatalf("no actor %q; actors: %q", c.forms[0], actorNames(an))
			}
			if first.Kind != c.kind {
				t.Errorf("%s: kind %q, want %q", first.Name, first.Kind, c.kind)
			}
			for _, f := range c.forms[1:] {
				if a := actorNamed(an, f); a == nil || a.Name != first.Name {
					t.Errorf("form %q is not merged into %q; actors: %q", f, first.Name, actorNames(an))
				}
			}
		})
	}
}

func TestActorRoles(t *testing.T) {
	cases := []struct {
		name, text, actor, role string
	}{
		{"title before the name", "Prime Minister Keir Halden met the unions on Monday.", "Keir Halden", "Prime Minister"},
		{"demonym and title", "The French President Emile Durand arrived in Rome on Tuesday.", "Emile Durand", "French President"},
		{"apposition", "Marta Kovac, the union's general secretary, rejected the offer on Monday.", "Marta Kovac", "Union's general secretary"},
		{"lower-case role before the name", "Former ports chief Ines Carvalho was reinstated on Thursday.", "Ines Carvalho", "Former ports chief"},
		{"role noun after a modifier", "“Wages are lagging,” said Ruth Okonjo, a senior economist at the Carrow Institute.", "Ruth Okonjo", "Senior economist"},
		{"title set off by a comma", "The British Foreign Secretary, Daniel Whitford, signed the pact.", "Daniel Whitford", "Foreign Secretary"},
		{"lower-case title set off by a comma", "The Commission's trade chief, Lena Hartwig, will travel to Abuja.", "Lena Hartwig", "Trade chief"},
		{"three-word role", "“Rents keep climbing,” said Dan Wolcott, deputy research director of the Fair Rents campaign.", "Dan Wolcott", "Deputy research director"},
		// A title inside a description with a relation noun as its head
		// is the other person's.
		{"wife of the minister after a quote", "“We will not sell the farm,” said the wife of the minister, Anna Berg.", "Anna Berg", ""},
		{"wife of the minister before the verb", "The wife of the minister, Anna Berg, said the family would stay out of the row.", "Anna Berg", ""},
		{"minister's wife in apposition", "Anna Berg, the minister's wife, said the family would stay out of the row.", "Anna Berg", ""},
		{"minister's wife before the name", "The minister's wife, Anna Berg, said the family would stay out of the row.", "Anna Berg", ""},
		{"spokesman for the minister", "“Nobody has called us,” said a spokesman for the minister, Lena Kross.", "Lena Kross", ""},
		{"minister's spokesman keeps the whole description", "“Nobody has called us,” said the minister's spokesman, Lena Kross.", "Lena Kross", "Minister's spokesman"},
		{"finance minister is a title", "“The budget is balanced,” said the finance minister, Anna Berg.", "Anna Berg", "Finance minister"},
		{"finance minister before the verb", "The finance minister, Anna Berg, said the budget was balanced.", "Anna Berg", "Finance minister"},
		{"chairman of a body", "“The berths are full,” said the chairman of the port board, Karl Ots.", "Karl Ots", "Chairman of the port board"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.text)
			a := actorNamed(an, c.actor)
			if a == nil {
				t.Fatalf("no actor %q; actors: %q", c.actor, actorNames(an))
			}
			if !strings.EqualFold(a.Role, c.role) {
				t.Errorf("role %q, want %q", a.Role, c.role)
			}
		})
	}
}

func TestNotActors(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		not   []string
	}{
		{"days, months, clock times", []string{
			"Staff said the painting disappeared between 7 AM and 11 AM Saturday from the Marlowe Hotel.",
			"3:30 PM ET -- Officers searched the hotel on Sunday afternoon, and the managers said they would reopen in June."},
			[]string{"Saturday", "Sunday", "June", "ET", "PM", "AM"}},
		{"sentence-initial capitals", []string{
			"LONG-delayed repairs began on the old swing bridge this week.",
			"Talks between the two unions collapsed on Monday.",
			"Despite the setback, Unite said it would ballot members. Testing of the new rota begins soon."},
			[]string{"Talks", "Despite", "Testing", "LONG-delayed"}},
		{"titles of reports", []string{
			"In its annual State of the Ocean report, the Harlow Marine Trust said fish stocks had fallen.",
			"The trust's scientists said the decline would continue."},
			[]string{"Ocean", "State of the Ocean"}},
		{"places and products that look like names", []string{
			"The ferry sailed from Port Talbot on Friday.",
			"Samsung said the Galaxy Ultra would go on sale in May, and Sega said Sonic Rush Go would follow."},
			[]string{"Port Talbot", "Galaxy Ultra", "Sonic Rush Go", "Rush Go"}},
		{"a faith as an adjective", []string{
			"A Catholic charity ran the shelter in Mombasa, and Muslim and Hindu groups sent food."},
			[]string{"Catholic", "Muslim", "Hindu"}},
		{"the author's note at the end", []string{
			"Health Minister Lila Moradi said the closed wards would reopen in the spring.",
			"“We have the nurses now,” Ms Moradi said.",
			"Dana K. Whitcombe is a correspondent based in Leeds.",
			"She joined the newsroom in 2015, after ten years as a nurse.",
			"@DanaWhitcombe"},
			[]string{"Dana K. Whitcombe", "Dana Whitcombe"}},
		{"technical terms and a lone title", []string{
			"The games studio Halvik said on Wednesday that it would patch the bug.",
			"The exploit sends a Batch Ledger Update request that makes the GPU overheat, and the PC restarts.",
			"Police said the caller gave no PIN, and the Sheriff asked for calm."},
			[]string{"GPU", "PC", "PIN", "Sheriff", "Batch Ledger Update"}},
		{"photo credits", []string{
			"Firefighters worked through the night to save the mill.",
			"Photograph: Getty Images",
			"The fire service said the roof had collapsed."},
			[]string{"Getty Images"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil && a.Kind != KindOther {
					t.Errorf("%q listed as an actor (%s %s); actors: %q", n, a.Name, a.Kind, actorNames(an))
				}
			}
		})
	}
}

func TestRegionsActOrLocate(t *testing.T) {
	// Only locating: a place, not an actor.
	an := analyzeText(t,
		"Britain and Nigeria signed a port agreement on Tuesday, a template for trade with Africa.",
		"The Courier's correspondent in North America said some African governments had doubts.")
	for _, n := range []string{"Africa", "North America"} {
		if a := actorNamed(an, n); a != nil && a.Kind != KindOther {
			t.Errorf("%q only locates but is listed as %s", n, a.Kind)
		}
	}
	// Acting: an actor.
	an = analyzeText(t,
		"Europe warned on Monday that it would answer the tariffs in kind.",
		"Europeans want a deal before the summit, officials said.")
	if a := actorNamed(an, "Europe"); a == nil || a.Kind != KindGroup {
		t.Errorf("Europe acts but is not a group actor; actors: %q", actorNames(an))
	}
}

func TestDemonymOpensAnOrganisationName(t *testing.T) {
	an := analyzeText(t, "“The cuts are too slow,” said Lea Brunner, a spokeswoman for the Swiss Climate Alliance.")
	if a := actorNamed(an, "Swiss Climate Alliance"); a == nil || a.Kind != KindOrganization {
		t.Errorf("no organisation Swiss Climate Alliance; actors: %q", actorNames(an))
	}
}

func TestActorsOrderedByImportance(t *testing.T) {
	an := analyzeText(t,
		"Health Secretary Joanna Pryce promised on Monday to cut hospital waiting lists by 2027.",
		"Ms Pryce said the plan would be funded by savings. She added that nurses would get a pay rise.",
		"“We will not let patients wait for years,” she said.",
		"The plan was welcomed by Dr Ian Moss of the Royal College of Surgeons, who was in Leeds.")
	if len(an.Actors) == 0 || an.Actors[0].Name != "Joanna Pryce" {
		t.Fatalf("first actor is not Joanna Pryce: %q", actorNames(an))
	}
	if a := actorNamed(an, "Joanna Pryce"); a.Mentions < 4 {
		t.Errorf("mentions = %d, want the name, surname and pronoun references counted", a.Mentions)
	}
}

func TestOfficialsSpeakForTheirOrganisation(t *testing.T) {
	an := analyzeText(t,
		"Severn Grid crews worked through the night on Tuesday.",
		"Severn Grid officials said the outage was caused by a flooded substation.")
	a := actorNamed(an, "Severn Grid")
	if a == nil || a.Kind != KindOrganization {
		t.Fatalf("Severn Grid is not one organisation; actors: %q", actorNames(an))
	}
	if actorNamed(an, "Severn Grid officials") != nil && actorNamed(an, "Severn Grid officials").Name != a.Name {
		t.Errorf("officials listed apart from their organisation: %q", actorNames(an))
	}
}

func TestTheGovernment(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		actor string // who "would …" in the last paragraph is
	}{
		{"the country the article is about", []string{
			"Portuguese police detained four men after the fire, Portugal's Interior Ministry said.",
			"The government said it would shut the port for three days, and officials in Spain sent divers."},
			"Portugal"},
		{"no country named: an actor of its own", []string{
			"Hospital chiefs want more time to hire staff, the nurses' union said.",
			"The Government said it would revise the Safe Staffing Bill next month."},
			"Government"},
		// An Irish article names France twice, for comparison; its
		// "Government" is the country named with its own institutions.
		{"a country named for comparison is not home", []string{
			"Hospital chiefs want rules like those in France, where the French model caps ward sizes.",
			"Irish Police Commissioner Mairead Quill defended the plan.",
			"The Government said it would revise the Safe Staffing Bill next month."},
			"Ireland"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, "would")
			if got == nil || got.Actor != c.actor {
				t.Fatalf("commitment of the government: %+v, want %s's", got, c.actor)
			}
			if a := actorNamed(an, c.actor); a == nil {
				t.Errorf("%s is not listed: %q", c.actor, actorNames(an))
			}
		})
	}
}

func TestGovernmentAsAModifierIsNoActor(t *testing.T) {
	an := analyzeText(t,
		"Ghanaian officials met in Accra, and Ghana's President Kofi Mensah spoke on Monday.",
		"Traders said the military curfew and the government shutdown had emptied the markets.")
	for _, a := range an.Actors {
		if strings.Contains(a.Name, "military") || a.Name == "Government" {
			t.Errorf("a modifier made an actor: %q", actorNames(an))
		}
	}
}

func TestActorActs(t *testing.T) {
	an := analyzeText(t,
		"The Harrowgate ferry left Velmouth for Lisbon on Sunday with 40 passengers on board.",
		"Port director Anika Solberg said on Monday that the crossing had been delayed by a storm.",
		"“We will check every hull before the next sailing,” Ms Solberg said.",
		"The Velmouth Harbour Board ordered an inspection of the ferry, and the Marine Pilots Association criticised the board for acting late.")
	for _, name := range []string{"Anika Solberg", "Velmouth Harbour Board", "Marine Pilots Association"} {
		if a := actorNamed(an, name); a == nil || a.Acts == 0 {
			t.Errorf("%s speaks, orders or disputes, yet Acts = 0; actors: %q", name, actorNames(an))
		}
	}
	// Only where the ferry went: named, never acting.
	if a := actorNamed(an, "Lisbon"); a != nil && a.Acts != 0 {
		t.Errorf("Lisbon only locates, yet Acts = %d", a.Acts)
	}
	if a := actorNamed(an, "Anika Solberg"); a != nil && a.Acts < 2 {
		t.Errorf("Anika Solberg is quoted and reports, yet Acts = %d", a.Acts)
	}
}

// A title in a description of someone's relative or spokesman names the
// other person: a later "the minister" is not the wife or the spokesman,
// and a surname with a relative is a person's.
func TestRelationDescriptions(t *testing.T) {
	an := analyzeText(t,
		"“Nobody has called us,” said the minister's spokesman, Lena Kross.",
		"Anna Berg, the wife of the minister, said the family would stay out of the row.",
		"“The budget is balanced,” the minister said later.")
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, "budget") && (q.Speaker == "Lena Kross" || q.Speaker == "Anna Berg") {
			t.Errorf("“the minister” attributed to %q", q.Speaker)
		}
	}
	cases := []struct {
		text, actor string
		kind        ActorKind
	}{
		{"Brenner's wife said the case would go to court.", "Brenner", KindPerson},
		{"“We are shocked,” Brenner's daughter told reporters.", "Brenner", KindPerson},
		{"Kordia's sister company said the plant would close.", "Kordia", KindOrganization},
	}
	for _, c := range cases {
		an := analyzeText(t, c.text)
		if a := actorNamed(an, c.actor); a == nil || a.Kind != c.kind {
			t.Errorf("%s: actors %q, want %s (%s)", c.text, actorNames(an), c.actor, c.kind)
		}
	}
}
