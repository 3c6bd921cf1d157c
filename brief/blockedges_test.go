package brief

import (
	"context"
	"testing"
)

// TestBlockEdges: what holds for an article's opening (a byline, the
// lead's weight) holds for the first block of a long text only, and what
// holds for its close (a handle or an author's note dropping the lines
// after it) for the last block only.
func TestBlockEdges(t *testing.T) {
	a := NewArticle("Port talks", Normalize("By Laura Kenning, political correspondent\n\n"+
		"The port authority of Lorvania agreed on Monday to hire four more pilots.\n\n"+
		"Union leader Tomas Brel said the strike would end on Friday.\n\n"+
		"@LorvaniaPorts\n\n"+
		"The authority will publish the new rota on Tuesday."))
	chrome := func(b block) []bool {
		d := analyzeBlock(context.Background(), b)
		return d.chromeSentences()
	}
	lead := func(b block) bool {
		d := analyzeBlock(context.Background(), b)
		for _, m := range d.ments {
			if m.flags&mLead != 0 {
				return true
			}
		}
		return false
	}
	n := len(a.Sentences)
	for _, c := range []struct {
		name                string
		b                   block
		byline, tail, isLed bool
	}{
		{"whole", block{a: a, last: true}, true, true, true},
		{"first block", block{a: a}, true, false, true},
		{"middle block", block{a: a, sent0: 40}, false, false, false},
		{"last block", block{a: a, sent0: 40, last: true}, false, true, false},
	} {
		sk := chrome(c.b)
		if sk[0] != c.byline {
			t.Errorf("%s: the byline dropped = %v, want %v", c.name, sk[0], c.byline)
		}
		if sk[n-1] != c.tail {
			t.Errorf("%s: the line after the handle dropped = %v, want %v", c.name, sk[n-1], c.tail)
		}
		if got := lead(c.b); got != c.isLed {
			t.Errorf("%s: a mention in the lead = %v, want %v", c.name, got, c.isLed)
		}
	}
}
