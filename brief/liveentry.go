package brief

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Paragraph marks (doc.paraMark): what a paragraph is on the page besides
// prose. A live page (rolling coverage) is a run of entries, each opened by
// a stamp ("12.50 GMT · Jane Doe", "Updated 3:15 p.m. ET") and most often
// a heading of its own ("Minister orders inquiry", "‘We will not back
// down’"); an ordinary article has subheadings. Neither is a sentence of
// the story: no actor, quote or item comes from a stamp, no commitment,
// dispute or quote from a heading, and the words of one entry's speaker do
// not go on into the next entry.
const (
	markProse   uint8 = iota
	markHeading       // a heading of its own: an entry's or a section's
	markStamp         // an entry's stamp: its time and writer
)

// entryStampWords are the lower-case words a stamp holds besides names,
// numbers and stampWords: "5 mins ago", "at 14.10 on 3 May".
var entryStampWords = setOf("ago", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs",
	"h", "at", "on", "last")

// markParagraphs sets doc.paraMark and doc.markCum.
func (d *doc) markParagraphs() {
	ps := d.a.Paragraphs
	d.paraMark = make([]uint8, len(ps))
	for p := range ps {
		if d.stampPara(p) {
			d.paraMark[p] = markStamp
		}
	}
	for p := range ps {
		if d.paraMark[p] == markProse && d.headingPara(p) {
			d.paraMark[p] = markHeading
		}
	}
	// Entries: on a live page (two stamps or more) each stamp and each
	// heading opens one. Elsewhere a line without a stop may be a
	// picture's caption left in the text ("The farmhouse under the first
	// snow"), which a speaker's words go on across.
	stamps := 0
	for _, m := range d.paraMark {
		if m == markStamp {
			stamps++
		}
	}
	d.markCum = make([]int32, len(ps)+1)
	for p, m := range d.paraMark {
		d.markCum[p+1] = d.markCum[p]
		if m == markStamp || m == markHeading && stamps >= 2 {
			d.markCum[p+1]++
		}
	}
}

// stampPara reports a paragraph that is an entry's stamp: a time of day
// ("14.10", "9.30am", "3:15 p.m.") and otherwise only names, zones, update
// words and separators ("12.50 GMT · Jane Doe", "Updated 3:15 p.m. ET",
// "Posted 5 mins ago by Tom Quill").
func (d *doc) stampPara(p int) bool {
	par := d.a.Paragraphs[p]
	if par.Count == 0 || par.End-par.Start > 120 {
		return false
	}
	lo, _ := d.sentRange(par.First)
	_, hi := d.sentRange(par.First + par.Count - 1)
	words, time, num := 0, false, false
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		kind := t.kind
		if c := d.text[t.s]; c >= '0' && c <= '9' {
			kind = tNum // "3.42pm" is read as a word
		}
		switch kind {
		case tWord:
			words++
			w := d.tokLower(k)
			if t.flags&fCap == 0 && !stampWords[w] && !entryStampWords[w] {
				return false
			}
			if w == "ago" && num || (w == "am" || w == "pm" || w == "a.m" || w == "p.m") && k > lo && d.toks[k-1].kind == tNum {
				time = true // "5 mins ago", "3 pm"
			}
		case tNum:
			num = true
			if d.clockTime(k, hi) {
				time = true
			}
		case tQuote:
			return false
		default:
			switch d.text[t.s] {
			case '?', '!', '"', ';':
				return false
			}
		}
	}
	return time && words <= 10
}

// clockTime reports a number at token k that reads as a time of day:
// "14.10", "09:20", "9.30am", "3:15".
func (d *doc) clockTime(k, hi int) bool {
	s := d.tokLower(k)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "am"), "pm")
	if k+2 < hi && d.toks[k+2].kind == tNum && d.toks[k+1].kind == tPunct && d.text[d.toks[k+1].s] == ':' &&
		d.toks[k+1].s == d.toks[k].e && len(s) <= 2 && len(d.tokText(k+2)) >= 2 {
		return true // "3:15"
	}
	h, m, ok := strings.Cut(s, ".")
	if !ok {
		return len(s) <= 2 && len(s) < len(d.tokLower(k)) // "9am"
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	return err1 == nil && err2 == nil && len(h) <= 2 && len(m) == 2 && hh <= 24 && mm < 60
}

// headingPara reports a paragraph that is a heading of its own: one short
// sentence with no final stop ("Minister orders independent review",
// "‘Nobody told us anything’", "“We will not back down,” says minister"),
// before prose. A run of such lines, or one after a lead-in ending in a
// colon, is a list whose items are the story's, not headings; the first
// paragraph is a heading only above an entry's stamp.
func (d *doc) headingPara(p int) bool {
	par := d.a.Paragraphs[p]
	if par.Count != 1 || !d.unstopped(p) {
		return false
	}
	lo, hi := d.sentRange(par.First)
	// Three words or more, one of them in lower case or in quotation
	// marks: a line of names alone ("Jane Oduya") is a caption's.
	// (The marks are looked for last: a search for them reads the
	// paragraph a letter at a time.)
	words, plain := 0, false
	for k := lo; k < hi && words <= 16; k++ {
		if t := d.toks[k]; t.kind == tWord {
			words++
			plain = plain || t.flags&fCap == 0
		}
	}
	if words < 3 || words > 16 || !plain && !strings.ContainsAny(d.a.ParagraphText(p), "\"\u201C\u2018") {
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

// unstopped reports a paragraph whose text ends with no final stop, past
// closing quotation marks ("… anything’" ends with none; "…,” she said."
// and "…anything.”" do).
func (d *doc) unstopped(p int) bool {
	s := strings.TrimRight(d.a.ParagraphText(p), " \"'\u201D\u2019)\u300D\u300F")
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && !strings.ContainsRune(".!?:;,\u2026\u3002\uFF01\uFF1F\uFF1A\uFF1B\uFF0C", r)
}

// headingSent reports a sentence that is a heading (markHeading).
func (d *doc) headingSent(si int) bool {
	return d.paraMark != nil && d.paraMark[d.a.Sentences[si].Para] == markHeading
}

// stampSent reports a sentence of an entry's stamp (markStamp).
func (d *doc) stampSent(si int) bool {
	return d.paraMark != nil && d.paraMark[d.a.Sentences[si].Para] == markStamp
}

// entryBreak reports an entry's stamp, or on a live page an entry's
// heading, between paragraphs pa and pb (pa < pb, both left out): words
// before it are another entry's.
func (d *doc) entryBreak(pa, pb int) bool {
	if pa < 0 || pb <= pa+1 || d.markCum == nil {
		return false
	}
	return d.markCum[pb] > d.markCum[pa+1]
}

// headingOpener reports the first word of a heading (headingSent), alone
// in capitals, that the article never writes with a capital inside a
// sentence and is no given name: "Shoppers stranded in the city centre",
// "Controllers raise the alarm". A heading names the story's actors as
// its body does; a word capitalised only where a heading opens is none,
// unless it is a place or body the gazetteer knows.
func (d *doc) headingOpener(i, hi int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.flags&fStart == 0 || t.flags&fAllCaps != 0 || i+1 < hi && d.isCapWord(i+1) {
		return false
	}
	wi := d.wordAt(i)
	if wi.caps&seenCapMid != 0 || wi.lex.given {
		return false
	}
	_, known := d.g.lookup(d.tokText(i)) // "France bans…"
	return !known
}
