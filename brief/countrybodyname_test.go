package brief

import "testing"

// A body every country has, named with its country ("the High Court of
// Kenya", "the Supreme Court of India"), is one actor under that name, and
// "the High Court" after it is the same court. Sentences written for the
// test.
func TestCountryBodyName(t *testing.T) {
	checkForms(t, "High Court of Kenya", []string{
		`The High Court of Kenya ruled on Monday that the Tarrow county election was void.`,
		`The High Court said the vote must be held again within 60 days.`},
		"High Court")
	checkForms(t, "High Court of Kenya", []string{
		`The High Court ruled on Monday that the Tarrow county election was void.`,
		`The High Court of Kenya had refused to hear the case in March.`},
		"High Court")
	checkForms(t, "Supreme Court of India", []string{
		`The Supreme Court of India ordered the Tarrow cement plant closed on Friday.`,
		`Later the Supreme Court said it would review the case in March.`},
		"Supreme Court")
}

// checkForms fails unless the actor named name lists each of forms as one
// of its own names.
func checkForms(t *testing.T, name string, paras []string, forms ...string) {
	t.Helper()
	an := analyzeText(t, paras...)
	a := actorNamed(an, name)
	if a == nil || a.Name != name {
		t.Fatalf("no actor %q; actors: %q", name, actorNames(an))
	}
	for _, f := range forms {
		if actorNamed(an, f) != a {
			t.Errorf("%q is not %q; actors: %q", f, name, actorNames(an))
		}
	}
}
