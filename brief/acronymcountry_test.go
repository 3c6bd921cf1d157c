package brief

import (
	"slices"
	"testing"
)

// A body's name that ends in a country ("the Overseas Credit Agency of the
// United States (OCA)") is written out before its acronym in brackets: the
// acronym is a body's, not a thing's, and the country named inside the
// name stays an actor, acting elsewhere in the article as itself.
// Sentences written for the test.
func TestAcronymAfterACountryInAName(t *testing.T) {
	an := analyzeText(t,
		`NAIROBI — The Overseas Credit Agency of the United States (OCA) has agreed to lend $2bn to Kenya for a new rail line.`,
		`Washington will also send 40 engineers to train Kenyan crews, the US ambassador, Laura Penn, said on Monday.`,
		`Kenya's Treasury said the first payment would arrive in March.`)
	var country bool
	var names []string
	for _, a := range an.Actors {
		names = append(names, a.Name)
		if a.Name == "United States" {
			country = a.Kind == KindCountry
		}
	}
	if !country {
		t.Errorf("the United States is not a country actor: %q", names)
	}
	got, ok := creditedTo(an, descCheck{item: "commit", words: "send 40 engineers"})
	if !ok || !slices.ContainsFunc(got, func(s string) bool { return s == "United States" || s == "Laura Penn" }) {
		t.Errorf("commitment to send engineers credited to %q (found %v)", got, ok)
	}
}
