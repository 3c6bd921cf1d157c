package brief

import (
	"strings"
	"testing"
	"unsafe"
)

// lexiconMap returns the lexicon as a map from word to entry, read from
// the table lexicon builds (which keeps no map of it), for the tests.
func lexiconMap() map[string]lexEntry {
	lexicon()
	t := lexFastTab
	m := make(map[string]lexEntry, len(t.slots)+len(t.long))
	for i := range t.slots {
		if s := &t.slots[i]; s.n != 0 {
			m[string(s.key[:s.n])] = s.e
		}
	}
	for w, e := range t.long {
		m[w] = e
	}
	return m
}

// TestLexFastAgreesWithLexicon checks that the word-by-word table gives
// every word it holds its entry, found from the word alone, and the zero
// entry to words it lacks.
func TestLexFastAgreesWithLexicon(t *testing.T) {
	lx := lexiconMap()
	if len(lx) < 10000 {
		t.Fatalf("the lexicon has %d words", len(lx))
	}
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
	// Words near the lexicon's, most of them not in it: the tags must
	// neither lose a word nor lend a word another's entry.
	for w := range lx {
		for _, v := range []string{w + "q", "q" + w, w[1:], strings.ToUpper(w), w + w} {
			if got, want := lexLookup(v), lx[v]; got != want {
				t.Fatalf("lexLookup(%q) = %+v, lexicon has %+v", v, got, want)
			}
		}
	}
	if lexLookup("said").class&lexSpeech == 0 {
		t.Error(`"said" is not a speech word in the table`)
	}
}

// TestLexSlotSize checks that a slot of lexFast is 32 bytes, two to a
// cache line, as lexSlotKey is chosen for: an entry grown past 16 bytes
// makes each word read touch more memory.
func TestLexSlotSize(t *testing.T) {
	if n := unsafe.Sizeof(lexSlot{}); n != 32 {
		t.Errorf("a lexSlot is %d bytes", n)
	}
}
