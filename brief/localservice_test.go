package brief

import (
	"strings"
	"testing"
)

// A city that stands for a body ("Brussels" for the European Union) keeps
// its own police and council: "Brussels police" is no part of the EU, and
// no actor is named "European Union police". Sentences written for the
// test.
func TestCityServiceIsNotTheBodyItStandsFor(t *testing.T) {
	an := analyzeText(t,
		`Spain and Ireland on Tuesday rejected a European Union plan to cut cod quotas, opening a fight with Brussels before the summit.`,
		`Hundreds of fishermen blocked the road outside the Council building. Brussels police said the protest was peaceful and that no arrests were made.`,
		`Brussels officials said the quota plan would stand.`)
	eu := actorNamed(an, "European Union")
	if eu == nil {
		t.Fatalf("no European Union; actors: %q", actorNames(an))
	}
	for _, a := range an.Actors {
		if strings.Contains(a.Name, "Union police") {
			t.Errorf("actor %q: the city's police named after the body", a.Name)
		}
	}
	if p := actorNamed(an, "Brussels police"); p == eu {
		t.Errorf("Brussels police merged into %q", eu.Name)
	}
}
