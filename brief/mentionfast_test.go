package brief

import (
	"math/rand"
	"strings"
	"testing"
)

// isFirstPersonIRef is isFirstPersonI as it was before apostropheByte
// told the words with no apostrophe in one pass: kept to show the fast
// test answers the same.
func isFirstPersonIRef(w string) bool {
	if w == "I" || strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I\u2019") {
		return true
	}
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "\u2019") {
		return false
	}
	lw := strings.ToLower(strings.ReplaceAll(w, "\u2019", "'"))
	for _, suf := range []string{"'re", "'ve", "'ll", "'d", "'m", "n't"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// mentionPieces are the pieces the random captions and words below are
// made of: credit openers in several cases, names, marks at the edges,
// curly apostrophes and other Unicode.
var mentionPieces = []string{
	"Photo:", "photo by", "Photos by", "Image:", "image by", "Picture:", "Courtesy of", "courtesy of", "\u00a9", "(c)",
	"Illustration:", "Credit:", "Photo credit:", "Image credit:", "(Photo", "[", "]", "(", ")", "/", "Reuters", "AP",
	"Getty Images", "via", "Tarrow", "Herald", "Pell", "Arnsby", "the", "mayor", "said", "reopened", "park", ".", "?",
	"!", ",", ";", " ", "  ", "I", "I'm", "I\u2019ve", "We\u2019re", "they'll", "Don't", "DON\u2019T", "O'Neill",
	"Kessa", "Linnard", "\u201c", "\u201d", "\u2013", "\u0130stanbul", "caf\u00e9", "\u00c9lodie", "n't", "'", "\u2019",
	"\u2019d", "'M", "s'", "2026", "A1", "X\u2019", "\u2014",
}

// randomMentionText joins n random pieces with or without spaces.
func randomMentionText(r *rand.Rand, n int) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		if k > 0 && r.Intn(3) > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(mentionPieces[r.Intn(len(mentionPieces))])
	}
	return b.String()
}

// TestFastMentionTestsAgree checks isFirstPersonI against the reference
// above and pictureCreditAt against pictureCreditAtBySearch on fixed and
// on many random captions and words: the fast paths must change no
// answer.
func TestFastMentionTestsAgree(t *testing.T) {
	fixed := []string{"", ".", "I", "Photo: Pell Arnsby/Getty Images", "A park at dusk. Photo by Pell Arnsby",
		"A park at dusk? Courtesy of the Brantwell Museum", "Crowds wait. (Kessa Linnard/Reuters)",
		"Crowds wait! \u00a9 Tarrow Herald", "Crowds wait. Image: Tarrow", "Crowds. photo by x", "We\u2019re", "O'Neill",
		"Don\u2019t", "I\u2019d", "\u2019m", "caf\u00e9", "Photo", "Courtesy of the mayor, the park reopened"}
	r := rand.New(rand.NewSource(16))
	cases := fixed
	for k := 0; k < 40000; k++ {
		cases = append(cases, randomMentionText(r, 1+r.Intn(12)))
	}
	hits := 0
	for _, s := range cases {
		for _, w := range strings.Fields(s) {
			if got, want := isFirstPersonI(w), isFirstPersonIRef(w); got != want {
				t.Fatalf("isFirstPersonI(%q) = %v, the reference %v", w, got, want)
			}
		}
		ls := strings.ToLower(s)
		got, want := pictureCreditAt(s, ls), pictureCreditAtBySearch(s, ls)
		if got != want {
			t.Fatalf("pictureCreditAt(%q) = %d, the reference %d", s, got, want)
		}
		if want > 0 {
			hits++
		}
	}
	if hits < 100 {
		t.Fatalf("only %d random captions end with a credit after a stop", hits)
	}
}
