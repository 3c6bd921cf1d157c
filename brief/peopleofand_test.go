package brief

import "testing"

// People named by a plural noun, "of" and two names joined by "and"
// ("Envoys of Velmora and Ostrava", "Ministers of Tarnland and Velmora")
// are people of two places, and the two names are no one's: neither a
// person nor one name "Velmora and Ostrava". A body's name with "and"
// after "of" ("Ministry of Justice and Security") is left as it was.
// Sentences written for the test.
func TestPeopleOfTwoPlacesAreNoPerson(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		not   []string
	}{
		{"envoys meet", []string{
			"Envoys of Velmora and Ostrava met on Tuesday in the border town of Kesk to discuss the river crossing.",
			"The talks will resume in May, officials said."},
			[]string{"Velmora and Ostrava"}},
		{"ministers will meet", []string{
			"Ministers of Tarnland and Velmora will meet again in June to sign the fishing accord.",
			"The accord would limit the catch in the northern bay."},
			[]string{"Tarnland and Velmora"}},
		{"leaders sign", []string{
			"Leaders of Ostrava and Kesvania signed the water treaty on Friday after three years of talks."},
			[]string{"Ostrava and Kesvania"}},
		{"representatives protest", []string{
			"Representatives of Orlen and Harwick walked out of the summit on Monday, saying their towns had been ignored."},
			[]string{"Orlen and Harwick"}},
		{"diplomats say", []string{
			"Diplomats of Velmora and Tarnland said the ceasefire was holding in the valley."},
			[]string{"Velmora and Tarnland"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
				}
			}
			for _, a := range an.Actors {
				if a.Kind == KindPerson {
					t.Errorf("%q is a person; actors: %q", a.Name, actorNames(an))
				}
			}
			for _, c := range an.Commitments {
				if len(c.Actor) > 0 && containsAnd(c.Actor) {
					t.Errorf("commitment by %q", c.Actor)
				}
			}
		})
	}
	// Look-alikes: a body's name with "and" after "of" stays one name.
	checkKinds(t, []kindCase{
		{"a ministry of two fields", []string{
			"The Velmora Ministry of Fisheries and Forestry said on Monday it would close the northern bay to trawlers."},
			map[string]ActorKind{"Velmora Ministry of Fisheries and Forestry": KindOrganization}, nil},
	})
}

func containsAnd(s string) bool {
	for i := 0; i+5 <= len(s); i++ {
		if s[i:i+5] == " and " {
			return true
		}
	}
	return false
}
