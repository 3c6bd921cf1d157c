package brief

import "testing"

// A middle word that is a given name ("John Paul Harwell") is no first
// surname: "Paul" alone is someone else, not the senator (the first of two
// surnames is read in TestSurnameMergesWithFullName). Sentences written
// for the test.
func TestGivenMiddleNameIsNoSurname(t *testing.T) {
	an := analyzeText(t, `Senator John Paul Harwell said on Monday he would vote against the bill.`,
		`Paul Brandt, a farmer from Kestrel County, said the bill would ruin him. Paul said he had written to the senator.`)
	first := actorNamed(an, "John Paul Harwell")
	if first == nil {
		t.Fatalf("no actor John Paul Harwell; actors: %q", actorNames(an))
	}
	if a := actorNamed(an, "Paul"); a == first {
		t.Errorf("%q joined %q", "Paul", first.Name)
	}
}
