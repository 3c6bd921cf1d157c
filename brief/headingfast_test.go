package brief

import (
	"math/rand"
	"strings"
	"testing"
)

// headingParaRef is headingPara as it was before it looked for quotation
// marks only in a paragraph of three to sixteen words and none in lower
// case. Kept to show headingPara tells the same headings.
func (d *doc) headingParaRef(p int) bool {
	par := d.a.Paragraphs[p]
	if par.Count != 1 || !d.unstopped(p) {
		return false
	}
	lo, hi := d.sentRange(par.First)
	// Three words or more, one of them in lower case or in quotation
	// marks: a line of names alone ("Jane Oduya") is a caption's.
	words, plain := 0, strings.ContainsAny(d.a.ParagraphText(p), "\"\u201C\u2018")
	for k := lo; k < hi; k++ {
		if t := d.toks[k]; t.kind == tWord {
			words++
			plain = plain || t.flags&fCap == 0
		}
	}
	if words < 3 || words > 16 || !plain {
		return false
	}
	next := p + 1
	for next < len(d.paraMark) && d.paraMark[next] == markStamp {
		next++
	}
	if next == len(d.paraMark) || d.a.Paragraphs[next].Count < 2 && d.unstopped(next) {
		return false
	}
	if p == 0 {
		return next > p+1
	}
	prev := p - 1
	for prev >= 0 && d.paraMark[prev] == markStamp {
		prev--
	}
	if prev < 0 {
		return true
	}
	s := strings.TrimSpace(d.a.ParagraphText(prev))
	return !strings.HasSuffix(s, ":") && !(d.a.Paragraphs[prev].Count == 1 && d.unstopped(prev))
}

// headingTestLines are paragraphs near a heading's and prose; written for
// the test.
var headingTestLines = []string{
	"Minister orders independent review", "\u2018Nobody told us anything\u2019", "\"Nobody told us anything\"",
	"\u201cWe will not back down,\u201d says minister", "\u201cWe Will Not Back Down\u201d", "Jane Oduya", "Port Talks Resume Today",
	"The port authority of Lorvania agreed on Monday to hire four more pilots.", "These are the changes:",
	"12.50 GMT", "5 mins ago", "Union leader Tomas Brel said the strike would end on Friday",
	"What the \u2018deal\u2019 means for the port and the pilots and the union and the town and the ships and the sea today",
	"What The Deal Means For The Port And The Pilots And The Union And The Town And The Ships And The Sea",
	"The port reopened on Monday. Pilots returned to work.", "The port reopened on Monday. Pilots returned to work.",
}

// headingPara tells the paragraphs headingParaRef tells, on texts built of
// headingTestLines in any case.
func TestHeadingParaFast(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	headings := 0
	for n := 0; n < 2000; n++ {
		var paras []string
		for p := 1 + r.Intn(8); p > 0; p-- {
			line := headingTestLines[r.Intn(len(headingTestLines))]
			switch r.Intn(4) {
			case 0:
				line = strings.ToUpper(line)
			case 1:
				line = strings.ToLower(line)
			}
			paras = append(paras, line)
		}
		a := NewArticle("Port talks", strings.Join(paras, "\n\n"))
		d := &doc{a: a, text: a.Text, lower: asciiLower(a.Text)}
		d.tokenizeAll()
		d.markParagraphs()
		for p := range a.Paragraphs {
			got, want := d.headingPara(p), d.headingParaRef(p)
			if got != want {
				t.Errorf("paragraph %q: heading %v, want %v", a.ParagraphText(p), got, want)
			}
			if want {
				headings++
			}
		}
	}
	if headings < 100 {
		t.Errorf("only %d headings: the texts do not test headingPara", headings)
	}
}
