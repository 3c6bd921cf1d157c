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
			"The Food Standards Agency (FSA) recalled the sauces on Tuesday.",
			"The FSA said more products could follow."},
			[]string{"Food Standards Agency", "FSA"}, KindOrganization},
		{"first name for the full name", []string{
			"Lupeta Varnai lost a pearl necklace at the Harbour Hotel on Tuesday.",
			"Lupeta told police it had been taken from her room while she was out.",
			"Police said Lupeta had given them a full description."},
			[]string{"Lupeta Varnai", "Lupeta"}, KindPerson},
		{"family name first", []string{
			"A foreign ministry spokesman, Zhao Lin, accused Britain of stoking confrontation.",
			"Mr Zhao said China would protect its companies."},
			[]string{"Zhao Lin", "Mr Zhao"}, KindPerson},
		{"Brussels for the European Union", []string{
			"The European Union wants a seat at the table.",
			"Brussels, which has its own minerals deals, was caught off guard."},
			[]string{"European Union", "Brussels"}, KindOrganization},
		{"relative named by kinship", []string{
			"President Robert Mabuza and his wife Grace are under house arrest.",
			"Grace has not been seen since Tuesday, and she is said to be unwell."},
			[]string{"Grace"}, KindPerson},
		{"longer name with a middle name", []string{
			"Rangi Kauri Tane Walker, 52, has guided boats on the harbour since he was a boy.",
			"Rangi Kauri says the water is warmer every year."},
			[]string{"Rangi Kauri Tane Walker", "Rangi Kauri"}, KindPerson},
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
		{"lower-case role before the name", "Former security chief Tendai Moyo was dismissed last week.", "Tendai Moyo", "Former security chief"},
		{"role noun after a modifier", "“Debt will bite,” said Ruth Okonjo, a senior fellow at the Carrow Institute.", "Ruth Okonjo", "Senior fellow"},
		{"title set off by a comma", "The British Foreign Secretary, Daniel Whitford, signed the pact.", "Daniel Whitford", "Foreign Secretary"},
		{"lower-case title set off by a comma", "The Commission's trade chief, Lena Hartwig, will travel to Abuja.", "Lena Hartwig", "Trade chief"},
		{"three-word role", "“Rates matter,” said Dan Wolcott, senior policy director at the Budget Watch group.", "Dan Wolcott", "Senior policy director"},
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
			"Police said the dress was taken between 8 AM and 9 PM Wednesday from the Regent Hotel.",
			"12:00 PM PT -- Deputies were at the hotel on Thursday morning, and the owners said they would help in March."},
			[]string{"Wednesday", "Thursday", "March", "PT", "PM"}},
		{"sentence-initial capitals", []string{
			"HIGH-powered meetings were held in Canberra this week.",
			"Talks between the two unions collapsed on Monday.",
			"Despite the setback, Unite said it would ballot members. Testing of the new rota begins soon."},
			[]string{"Talks", "Despite", "Testing", "HIGH-powered"}},
		{"titles of reports", []string{
			"In its annual State of the Ocean report, the Harlow Marine Trust said fish stocks had fallen.",
			"The trust's scientists said the decline would continue."},
			[]string{"Ocean", "State of the Ocean"}},
		{"places and products that look like names", []string{
			"The rocket lifted off from Cape Canaveral on Friday.",
			"Apple said the Vision Pro would go on sale in March, and Nintendo said Super Mario Run would follow."},
			[]string{"Cape Canaveral", "Vision Pro", "Mario Run"}},
		{"a faith as an adjective", []string{
			"Mr Banda is resisting mediation by a Catholic priest, and Muslim leaders have offered to help."},
			[]string{"Catholic", "Muslim"}},
		{"the author's note at the end", []string{
			"Senator Ruth Okonjo warned that interest costs would soon exceed defence spending.",
			"“It is a slow-motion crisis,” Ms Okonjo said.",
			"Marcus T. Ellery has covered economics since 2012.",
			"Previously, he wrote about banking. He joined the paper in 2007.",
			"@MarcusEllery"},
			[]string{"Marcus T. Ellery", "Marcus Ellery"}},
		{"technical terms and a lone title", []string{
			"Minecraft developer Mojang said on Tuesday that it would fix the flaw.",
			"The attack sends a Creative Inventory Action packet that makes the CPU work for minutes, and the TV stream stops.",
			"Police said the thief showed no ID, and the Sheriff asked for help."},
			[]string{"CPU", "TV", "ID", "Sheriff", "Creative Inventory Action"}},
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
		"Britain and Nigeria agreed a minerals deal on Tuesday, a model for trade with Africa.",
		"The BBC's North America editor said some African governments had doubts.")
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
		"Con Edison crews worked through the night on Tuesday.",
		"Con Edison officials said the fires were caused by road salt.")
	a := actorNamed(an, "Con Edison")
	if a == nil || a.Kind != KindOrganization {
		t.Fatalf("Con Edison is not one organisation; actors: %q", actorNames(an))
	}
	if actorNamed(an, "Con Edison officials") != nil && actorNamed(an, "Con Edison officials").Name != a.Name {
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
			"Tunisian authorities arrested nine people after the attack, Tunisia's Interior Ministry said.",
			"The government said it would close the museum for a week, and officials in France offered help."},
			"Tunisia"},
		{"no country named: an actor of its own", []string{
			"Media bosses want safeguards for their sources, the union said.",
			"The Government said it would amend the Data Retention Bill next week."},
			"Government"},
		// An Australian paper names Britain twice, for comparison; its
		// "Government" is the country named with its own institutions.
		{"a country named for comparison is not home", []string{
			"Media bosses want safeguards like those in Britain, where the UK model protects sources.",
			"Australian Federal Police Commissioner Andrew Colvin defended the law.",
			"The Government said it would amend the Data Retention Bill next week."},
			"Australia"},
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
		"Zimbabwe officials met in Harare, and Zimbabwe President Robert Mugabe spoke on Monday.",
		"Analysts said the military takeover and the government shutdown had hurt trade.")
	for _, a := range an.Actors {
		if strings.Contains(a.Name, "military") || a.Name == "Government" {
			t.Errorf("a modifier made an actor: %q", actorNames(an))
		}
	}
}
