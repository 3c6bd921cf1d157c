package brief

import "testing"

// headSurnameCase is an article whose person has a surname that is also
// the head noun of a body's or a place's name ("Tom Bank", "Mary Church",
// "Barbara Castle"): the full name must be one person actor, and the
// surname alone ("Mr Bank", "Church said") must name that same actor.
type headSurnameCase struct {
	name    string
	paras   []string
	persons map[string]string // full name → a later short form
	kinds   map[string]ActorKind
}

// A known given name before a single capitalised word that heads the
// names of bodies or places ("Bank", "Court", "Church", "Trust", "Castle",
// "Park"), with a person's context (a role in apposition, "who", "he" or
// "she" after a speech verb, the surname after an honorific or alone before
// a speech verb elsewhere), is a person's name; the surname alone later is
// that person. Sentences written for the test.
func TestHeadNounSurnamesArePersons(t *testing.T) {
	cases := []headSurnameCase{
		{"a spokesman named Bank", []string{
			"Farmers in Velmora will get new water rights under the accord signed on Monday.",
			"Tom Bank, a spokesman for the Velmora Farmers Union, said the plan came too late.",
			`"We waited ten years," Mr Bank said.`},
			map[string]string{"Tom Bank": "Mr Bank"}, map[string]ActorKind{"Velmora Farmers Union": KindOrganization}},
		{"a council chair named Church", []string{
			"The regional council backed the new bridge over the Orlen river on Tuesday.",
			"Mary Church, who chairs the council, said she welcomed the vote.",
			"Church said the council would pay a third of the cost."},
			map[string]string{"Mary Church": "Church"}, nil},
		{"an economist named Court", []string{
			"Bread prices in Ostrava will rise by a fifth this year, the Tarnland Institute warned.",
			"Peter Court, an economist at the institute, said wages would not keep up.",
			"Court added that the poorest families would be hit hardest."},
			map[string]string{"Peter Court": "Court"}, map[string]ActorKind{"Tarnland Institute": KindOrganization}},
		{"a trustee named Trust, then Ms Trust", []string{
			"The Harwick museum will close its east wing for repairs, its board said on Friday.",
			"Emma Trust said she regretted the closure but the roof was unsafe.",
			`"We had no choice," Ms Trust told reporters.`},
			map[string]string{"Emma Trust": "Ms Trust"}, nil},
		{"a minister named Castle", []string{
			"Barbara Castle, the transport minister, said on Monday that rail fares would be frozen.",
			`"Families need relief," Ms Castle said.`},
			map[string]string{"Barbara Castle": "Ms Castle"}, nil},
		{"a planner named Park", []string{
			"Julia Park, a planner at the city council, said the new homes would be built by 2028.",
			"Park said the first tenants could move in next spring."},
			map[string]string{"Julia Park": "Park"}, nil},
		{"a guard named Guard", []string{
			"Sarah Guard, 41, a nurse at the Velmora clinic, said she had not been paid since May.",
			`"Nobody listens to us," Ms Guard said.`},
			map[string]string{"Sarah Guard": "Ms Guard"}, nil},
		{"a mayor named Court", []string{
			"Mayor Anna Court voted against the harbour plan on Monday.",
			`"It fails the fishermen," Court said.`},
			map[string]string{"Anna Court": "Court"}, nil},
		{"a doctor named Bank", []string{
			"Dr Tom Bank will lead the inquiry into the hospital deaths in Ostrava.",
			"Bank said the first hearings would be held in June."},
			map[string]string{"Tom Bank": "Bank"}, nil},
		{"according to a spokeswoman named Bank", []string{
			"The strike at the Orlen port will go on, according to Maria Bank, a spokeswoman for the dockers.",
			`"We will not go back for less," Ms Bank said.`},
			map[string]string{"Maria Bank": "Ms Bank"}, nil},
		// Look-alikes: the head noun ends a body's or a place's name.
		{"a place-named police force", []string{
			"Victoria Police said it had arrested two men after the raid in Harwick on Monday.",
			"The police said they would charge both men."},
			nil, map[string]ActorKind{"Victoria Police": KindOrganization}},
		{"a church without a person", []string{
			"Grace Church will open a food bank in the old school hall next month.",
			"The church said it would serve 200 families a week."},
			nil, nil},
		{"an island after a preposition", []string{
			"Forty whales died on Harriet Island, 12 of them calves, the ministry in Ostrava said on Monday.",
			"Rescuers said they would stay on the island until Friday."},
			nil, nil},
		{"a court that rules", []string{
			"The Harwick Court ruled on Monday that the eviction was unlawful.",
			"The court said the landlord had ignored the tenants' letters."},
			nil, map[string]ActorKind{"Harwick Court": KindOrganization}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for full, short := range c.persons {
				a := actorNamed(an, full)
				switch {
				case a == nil:
					t.Errorf("no actor %q; actors: %q", full, actorNames(an))
					continue
				case a.Kind != KindPerson:
					t.Errorf("%q is %s, want person; actors: %q", full, a.Kind, actorNames(an))
				}
				if b := actorNamed(an, short); b != a {
					t.Errorf("%q is not the actor %q; actors: %q", short, full, actorNames(an))
				}
			}
			for n, k := range c.kinds {
				if a := actorNamed(an, n); a != nil && a.Kind != k {
					t.Errorf("%q is %s, want %s; actors: %q", n, a.Kind, k, actorNames(an))
				}
			}
			for _, a := range an.Actors {
				if a.Kind == KindPerson && (a.Name == "Victoria Police" || a.Name == "Grace Church" || a.Name == "Harwick Court" || a.Name == "Harriet Island") {
					t.Errorf("%q is a person; actors: %q", a.Name, actorNames(an))
				}
			}
		})
	}
}
