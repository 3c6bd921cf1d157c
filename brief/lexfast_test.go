package brief

import (
	"strings"
	"testing"
)

// TestLexFastAgreesWithLexicon checks that the word-by-word table gives
// every word the lexicon's entry, and the zero entry to words it lacks.
func TestLexFastAgreesWithLexicon(t *testing.T) {
	lx := lexicon()
	for w, e := range lx {
		if got := lexLookup(w); got != e {
			t.Fatalf("lexLookup(%q) = %+v, lexicon has %+v", w, got, e)
		}
	}
	for _, w := range []string{"", "zqxv", "varga", "ruritanian", strings.Repeat("a", lexSlotKey),
		strings.Repeat("b", lexSlotKey+1), "said\u2019", "internationalisation", "counter-terrorism"} {
		if got, want := lexLookup(w), lx[w]; got != want {
			t.Errorf("lexLookup(%q) = %+v, lexicon has %+v", w, got, want)
		}
	}
	if lexLookup("said").class&lexSpeech == 0 {
		t.Error(`"said" is not a speech word in the table`)
	}
}
