package brief

import (
	"reflect"
	"strings"
	"testing"
)

// filler returns n bytes or a few more of plain news paragraphs, as a
// loader might read them.
func filler(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString("The council met again on Tuesday. Ms Okafor said the bridge would reopen in May.\n\n")
	}
	return b.String()
}

// TestHalvesAreWhole checks that a long text normalised, segmented,
// counted and hashed by halves side by side (halfAtLine) comes out as it
// does done in one go, for each kind of place the halves may meet: the
// middle of each text below falls inside its seam, so that the line break
// the halves are split at is the seam's.
func TestHalvesAreWhole(t *testing.T) {
	for _, seam := range []string{
		"A line that ends the Windows way.\r\n",
		"Windows blank lines follow.\r\n\r\n\r\n",
		"An accent comes next, after a line longer than what follows.\n\u0301Ste\u0301phanie.",
		"Spaces and a tab before the break.  \t \n",
		"A byte that is no UTF-8 ends it: \xff\n",
		"Invisible\u200b characters\u00ad and\u00a0special\u2009spaces.\n",
		"A line separator\u2028then the break.\n",
		"\n\n\n\n",
		strings.Repeat("A long run of words without a stop ", 260) + "\n",
	} {
		half := filler(splitMin)
		raw := half + seam + half
		if mid := halfAtLine(raw); mid < len(half) || mid > len(half)+len(seam) {
			t.Fatalf("seam %.20q: split at %d, not inside the seam (%d-%d)", seam, mid, len(half), len(half)+len(seam))
		}
		norm := Normalize(raw)
		if whole := strings.Trim(normalizeLines(raw), "\n "); norm != whole {
			i := 0
			for i < min(len(norm), len(whole)) && norm[i] == whole[i] {
				i++
			}
			t.Fatalf("seam %.20q: Normalize by halves differs from whole at byte %d: %q, want %q", seam,
				i, norm[max(0, i-20):min(len(norm), i+20)], whole[max(0, i-20):min(len(whole), i+20)])
		}
		if halfAtLine(norm) < 0 {
			t.Fatalf("seam %.20q: the normalised text is not split", seam)
		}
		paras, sents := Segment(norm)
		wantParas, wantSents := segmentFrom(norm, 0, len(norm))
		if !reflect.DeepEqual(paras, wantParas) || !reflect.DeepEqual(sents, wantSents) {
			t.Fatalf("seam %.20q: Segment by halves: %d paragraphs, %d sentences; whole: %d, %d",
				seam, len(paras), len(sents), len(wantParas), len(wantSents))
		}
		a := NewArticle("Title", norm)
		if a.Words != CountWords(norm) || a.ID != contentID(norm) || !reflect.DeepEqual(a.Sentences, wantSents) {
			t.Fatalf("seam %.20q: NewArticle's words %d, ID %s; want %d, %s", seam, a.Words, a.ID, CountWords(norm), contentID(norm))
		}
	}
}
