package brief

import "testing"

// TestRulesAtTheTextsFirstWord analyses texts whose first word is one a
// rule reads the word before of: each rule must find nothing there, not
// fault, which would leave the whole article with nothing (Source.Failed).
func TestRulesAtTheTextsFirstWord(t *testing.T) {
	for _, text := range []string{
		"Would cut fares before the winter timetable.",
		"Will close the Tarn bridge for repairs in May.",
		"Calls set for a record season next summer.",
		"Objects to the plan, the Dunmore council said on Monday.",
		"That would ban lorries from the harbour road, officials said.",
		"Which would limit catches in the bay, the ministry said.",
	} {
		an := Analyze(NewArticle("A note", text))
		if len(an.Sources) != 1 {
			t.Fatalf("%q: %d sources", text, len(an.Sources))
		}
		if an.Sources[0].Failed {
			t.Errorf("%q: the engine failed on the article", text)
		}
	}
}
