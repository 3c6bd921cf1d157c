package brief

import "testing"

// TestWordSetBits checks that the bit of each word list on the lexicon
// entries (lexEntry.sets) tells exactly the words the list holds.
func TestWordSetBits(t *testing.T) {
	lx := lexiconMap()
	for bit, words := range tokenSets(theGazetteer()) {
		in := map[string]bool{}
		for _, w := range words {
			in[w] = true
			if lexLookup(w).sets&bit == 0 {
				t.Errorf("%q is in list %b but its entry lacks the bit", w, bit)
			}
		}
		for w, e := range lx {
			if e.sets&bit != 0 && !in[w] {
				t.Errorf("%q has the bit of list %b but the list lacks it", w, bit)
			}
		}
		if len(in) == 0 {
			t.Errorf("list %b is empty", bit)
		}
	}
}
