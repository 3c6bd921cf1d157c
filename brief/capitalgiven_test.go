package brief

import "testing"

// A capital that is also a given name, before a surname ("Sofia Marquez",
// "Victoria Hale"), names a person wherever she stands, not a thing named
// after the city ("Victoria Cross" stays a thing). Sentences written for
// the test.
func TestCapitalAsGivenName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"in an apposition", []string{
			`The protest outside the Tarrow refinery entered its third week on Monday.`,
			`The activist, Sofia Marquez, said the company had ignored every warning.`},
			map[string]ActorKind{"Sofia Marquez": KindPerson}, nil},
		{"after a preposition", []string{
			`The Corvane council approved the harbour plan on Tuesday, despite objections from Victoria Hale, who chairs the residents' group.`,
			`Hale said the group would take the council to court.`},
			map[string]ActorKind{"Victoria Hale": KindPerson}, nil},
		{"a medal named after the city", []string{
			`The Victoria Cross was awarded to Ben Ames, a corporal, in 1944.`,
			`Ames said he had only done his job.`},
			map[string]ActorKind{"Ben Ames": KindPerson}, []string{"Victoria Cross"}},
	})
}

// Ranks below sergeant are titles too: "Corporal Ben Ames" is Ben Ames, a
// corporal. Sentences written for the test.
func TestJuniorRanksAreTitles(t *testing.T) {
	for _, rank := range []string{"Corporal", "Trooper", "Ensign"} {
		an := analyzeText(t, `The medal was awarded to `+rank+` Ben Ames in 1944.`, `Ames said he had only done his job.`)
		if a := actorNamed(an, "Ben Ames"); a == nil || a.Role != rank {
			t.Errorf("%s: Ben Ames = %+v; actors: %q", rank, a, actorNames(an))
		}
	}
}
