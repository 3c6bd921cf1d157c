package brief

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// isHeadlineSentenceRef is isHeadlineSentence as it was before it stopped
// counting early: every word counted, then the share of capitals tested.
func (d *doc) isHeadlineSentenceRef(lo, hi int) bool {
	words, caps := 0, 0
	for i := lo; i < hi; i++ {
		if t := d.toks[i]; t.kind == tWord && t.e-t.s >= 4 {
			words++
			if t.flags&fCap != 0 {
				caps++
			}
		}
	}
	if words < 3 || caps*10 < words*7 {
		return false
	}
	for i := lo; i < hi; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.e-t.s < 4 || t.flags&(fCap|fInQuote) != 0 || d.lex[i]&lexFunction != 0 {
			continue
		}
		if w := d.tokLower(i); formTags(w)&(formPast|formPresent) != 0 || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// TestIsHeadlineSentenceStopsEarlyRight checks isHeadlineSentence, which
// gives up once the words in lower case are too many, against counting
// every word first, on sentences of title-case and lower-case words in
// every mix, with short words and marks between them.
func TestIsHeadlineSentenceStopsEarlyRight(t *testing.T) {
	words := []string{"Minister", "minister", "Harbour", "harbour", "Talks", "talks", "Collapse", "collapsed", "of", "the",
		"In", "Velmora", "says", "Says", "Over", "over", ",", "Port", "port", "Strike", "strike", "2026", "Ends", "ends"}
	r := rand.New(rand.NewPCG(7, 11))
	n, heads := 0, 0
	for range 4000 {
		var b strings.Builder
		for k := range 1 + r.IntN(18) {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		b.WriteString(".")
		a := NewArticle("", b.String())
		d := &doc{a: a, text: a.Text, lower: asciiLower(a.Text)}
		d.tokenizeAll()
		d.classify()
		for si := range a.Sentences {
			lo, hi := d.sentRange(si)
			got, want := d.isHeadlineSentence(lo, hi), d.isHeadlineSentenceRef(lo, hi)
			if got != want {
				t.Fatalf("%q: isHeadlineSentence %v, counting every word %v", a.SentenceText(si), got, want)
			}
			n++
			if got {
				heads++
			}
		}
	}
	if heads == 0 || heads == n {
		t.Fatalf("%d of %d sentences read as headlines: the mix tests nothing", heads, n)
	}
}
