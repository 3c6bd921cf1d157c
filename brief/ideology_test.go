package brief

import (
	"slices"
	"testing"
)

// A capitalised word for a doctrine or a movement of ideas ("Eurocentrism",
// "Thatcherism", "Pan-Africanism") names no one: it is no actor and no
// party; the one who criticises it stays a party ("one actor versus an
// idea").
func TestIdeologyIsNoActor(t *testing.T) {
	an := analyzeText(t,
		"The Dunmere Teachers Union met in Velmont on Saturday to discuss the new history syllabus.",
		"The Dunmere Teachers Union criticised Eurocentrism in the new history syllabus and called for more local history.",
		"Its leader, Ana Ruiz, said Thatcherism had shaped the syllabus of the 1980s and Pan-Africanism had been ignored.")
	for _, a := range an.Actors {
		if slices.Contains([]string{"Eurocentrism", "Thatcherism", "Pan-Africanism"}, a.Name) {
			t.Errorf("%q listed as an actor (%s)", a.Name, a.Kind)
		}
	}
	checkDisputeCases(t, []disputeCase{
		{"a body against an idea", []string{
			"The Dunmere Teachers Union met in Velmont on Saturday to discuss the new history syllabus.",
			"The Dunmere Teachers Union criticised Eurocentrism in the new history syllabus and called for more local history."},
			"criticised Eurocentrism", []string{"Dunmere Teachers Union"}, []string{"Eurocentrism"}, ""},
	})
}
