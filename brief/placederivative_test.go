package brief

import (
	"strings"
	"testing"
)

// A people's adjective made of a place the article names ("Velmoran
// officials" in a story about Velmora, "Belgorian negotiators", "the
// Liskan government") is that place, not an organisation named by the
// adjective, and "Velmoran society" is its people, no body. A body whose name only looks like one, in a story that names
// no such place, and a person whose name does, stay. Sentences written
// for the test.
func TestPlaceDerivativesAreThePlace(t *testing.T) {
	// The adjective may stay an alias of the place's actor; no actor is
	// named by it.
	for _, c := range []kindCase{
		{"officials of a named place", []string{
			"Velmora and Ostrava agreed on Monday to reopen talks over the Kessel river.",
			"Velmoran officials said the talks would resume in Geneva next week."},
			map[string]ActorKind{"Velmora": KindOrganization}, []string{"Velmoran"}},
		{"the government of a named place", []string{
			"Talks between Liskovia and Ostrava over the Kessel dam broke down on Tuesday.",
			"The Liskovian government has promised to release more water by June, and Ostrava rejected the offer."},
			map[string]ActorKind{"Liskovia": KindOrganization}, []string{"Liskovian government"}},
		{"negotiators of a named place", []string{
			"Belgor and Tarsk resumed talks over the border in Geneva on Monday.",
			"Belgorian negotiators rejected the new map on Tuesday, and Belgorian officials said they would not sign."},
			map[string]ActorKind{"Belgor": KindOrganization}, []string{"Belgorian"}},
		{"an -ese adjective", []string{
			"Tanho and Marvelle signed a fishing pact on Friday.",
			"Tanhoese officials said the pact would run for ten years."},
			map[string]ActorKind{"Tanho": KindOrganization}, []string{"Tanhoese"}},
		{"the society of a named place", []string{
			"Velmora lifted its sanctions on Ostrava on Monday, and Velmoran officials said trade would resume.",
			"Critics in Velmoran society said the move was a mistake."},
			map[string]ActorKind{"Velmora": KindOrganization}, []string{"Velmoran society"}},
		// Look-alikes.
		{"a company in a story that names no such place", []string{
			"Corvan officials said on Monday the plant in Harwick would close by May.",
			"Corvan will cut 300 jobs, the union said."},
			map[string]ActorKind{"Corvan": KindOrganization}, nil},
		{"a person whose name extends another", []string{
			"Julia Marsh won the seat in Harwick on Sunday.",
			"Julian Kent said on Monday he would appeal the result."},
			map[string]ActorKind{"Julian Kent": KindPerson}, nil},
	} {
		checkKinds(t, []kindCase{{c.name, c.paras, c.kinds, nil}})
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				for _, a := range an.Actors {
					if strings.EqualFold(a.Name, n) {
						t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
					}
				}
			}
		})
	}
}
