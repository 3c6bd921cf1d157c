package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is one stretch of text inside quotation marks, within one
// paragraph.
type quoteSpan struct {
	para   int
	s, e   int // the words inside the marks
	os, oe int // including the marks
	// closed is false when the quote runs on to the end of the paragraph (a
	// quote over several paragraphs leaves its mark open).
	closed bool
	// cont is true when the quote continues one left open at the end of the
	// previous paragraph.
	cont bool
	// single is true for ‘…’ and '…' used as the outer marks.
	single bool
	words  int
	// group links split parts of one utterance: the index of the first part.
	group int
}

// Quotation marks.
const (
	markNone = iota
	markOpen
	markClose
	markEither // a straight mark whose role depends on what is open
)

// noQuoteByte tells the ASCII bytes other than the quotation marks '"' and
// "'" (findQuotes skips them).
var noQuoteByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\''
	}
	return t
}()

// noQuoteWord reports whether the eight bytes of x (le64) are all
// noQuoteByte: ASCII, and no '"' or "'" (a zero byte of x^'"'*8 or
// x^"'"*8 tells one).
func noQuoteWord(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	a, b := x^('"'*ones), x^('\''*ones)
	return (x|(a-ones)&^a|(b-ones)&^b)&highs == 0
}

// findQuotes finds the quotation-mark spans of every paragraph, telling
// apostrophes from single quotes, pairing curly, straight, guillemet and
// low-high marks, and carrying quotes left open across paragraphs.
func (d *doc) findQuotes() {
	text := d.text
	// In the array the last article's quotes left, if any.
	d.quotes = d.scratch().quotes[:0]
	prevOpen := false // the previous paragraph ended inside a quote
	for pi, p := range d.a.Paragraphs {
		type open struct {
			at     int // offset of the mark
			r      rune
			single bool
			// below is the index of the next mark down the stack of the
			// same kind (single or double), or -1: the innermost open mark
			// of a kind is found without walking the stack.
			below int
		}
		var stack []open
		tops := [2]int{-1, -1} // the innermost open double and single mark
		start := len(d.quotes)
		first := true
		for i := p.Start; i < p.End; {
			if noQuoteByte[text[i]] {
				// ASCII bytes that are no quotation mark: a mark after
				// them opens the paragraph only if they are all spaces.
				j := i + 1
				for j+8 <= p.End && noQuoteWord(le64(text[j:])) {
					j += 8
				}
				for j < p.End && noQuoteByte[text[j]] {
					j++
				}
				if first && strings.TrimLeft(text[i:j], " ") != "" {
					first = false
				}
				i = j
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:p.End])
			if !isQuoteRune(r) {
				i += n
				if r != ' ' {
					first = false
				}
				continue
			}
			prev, next := runeBefore(text, i, p.Start), runeAt(text, i+n, p.End)
			single := r == '\'' || r == '\u2018' || r == '\u2019' || r == '\u201A' || r == '\u2039' || r == '\u203A'
			role := markRole(r, prev, next, text, i+n, p.End)
			top := tops[b2i(single)]
			if role == markEither {
				if top >= 0 {
					role = markClose
				} else {
					role = markOpen
				}
			}
			// A closing mark needs a matching open mark; an apostrophe-like
			// mark with nothing open is an apostrophe.
			if role == markClose && top < 0 {
				if r == '\u201D' && len(stack) == 0 && first {
					role = markOpen // ” used as an opener
				} else {
					i += n
					first = false
					continue
				}
			}
			if role == markOpen && single && !isOpenContext(prev) {
				i += n
				continue
			}
			switch role {
			case markOpen:
				stack = append(stack, open{at: i, r: r, single: single, below: top})
				tops[b2i(single)] = len(stack) - 1
			case markClose:
				o := stack[top]
				// The marks above the closed one are dropped with it.
				for k := range tops {
					for tops[k] >= top {
						tops[k] = stack[tops[k]].below
					}
				}
				stack = stack[:top]
				if top == 0 {
					d.quotes = append(d.quotes, quoteSpan{para: pi, os: o.at, s: o.at + utf8.RuneLen(o.r),
						e: i, oe: i + n, closed: true, single: o.single, cont: first && o.at == p.Start && prevOpen})
				}
			}
			i += n
			first = false
		}
		prevOpen = false
		if len(stack) > 0 {
			o := stack[0]
			// A mark left open runs to the end of the paragraph when it opens
			// the paragraph or the next paragraph goes on quoting; otherwise it
			// is a stray mark (inches, a typo) and is dropped.
			atStart := o.at == p.Start || textBeforeIsIntro(text, p.Start, o.at)
			nextQuotes := pi+1 < len(d.a.Paragraphs) && startsWithQuote(text, d.a.Paragraphs[pi+1])
			if atStart || nextQuotes {
				d.quotes = append(d.quotes, quoteSpan{para: pi, os: o.at, s: o.at + utf8.RuneLen(o.r),
					e: p.End, oe: p.End, single: o.single, cont: o.at == p.Start && prevOpenOf(d, pi)})
				prevOpen = true
			}
		}
		for k := start; k < len(d.quotes); k++ {
			q := &d.quotes[k]
			for q.s < q.e && text[q.s] == ' ' {
				q.s++
			}
			for q.e > q.s && text[q.e-1] == ' ' {
				q.e--
			}
			q.words = CountWords(text[q.s:q.e])
			q.group = k
		}
	}
}

// prevOpenOf reports whether paragraph pi-1 ended inside an open quote.
func prevOpenOf(d *doc, pi int) bool {
	if pi == 0 || len(d.quotes) == 0 {
		return false
	}
	for k := len(d.quotes) - 1; k >= 0; k-- {
		q := d.quotes[k]
		if q.para < pi-1 {
			return false
		}
		if q.para == pi-1 {
			return !q.closed
		}
	}
	return false
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u201E', '\u201A', '\u00AB', '\u00BB',
		'\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F':
		return true
	}
	return false
}

// markRole tells whether a quotation mark opens or closes, from the mark and
// the characters around it.
func markRole(r, prev, next rune, text string, after, end int) int {
	switch r {
	case '\u201C', '\u201E', '\u00AB', '\u2018', '\u201A', '\u2039', '\u300C', '\u300E':
		if r == '\u201C' && !isOpenContext(prev) && (next == ' ' || next == 0 || unicode.IsPunct(next)) {
			return markClose // „…“ (German) or a stray “ used as a closer
		}
		if r == '\u2018' && isDigitRune(next) && elidedYear(text, after, end) {
			return markNone // ‘90s
		}
		return markOpen
	case '\u201D', '\u00BB', '\u203A', '\u300D', '\u300F':
		return markClose
	case '\u2019', '\'':
		if isLetterRune(prev) && isLetterRune(next) {
			return markNone // an apostrophe: don't, O'Brien
		}
		if r == '\'' && isOpenContext(prev) && (isLetterRune(next) || isDigitRune(next)) {
			if isDigitRune(next) && elidedYear(text, after, end) {
				return markNone // '90s
			}
			return markOpen
		}
		if !isOpenContext(prev) {
			return markClose // closes an open single quote, or is a plural possessive
		}
		return markNone
	case '"':
		switch {
		case isOpenContext(prev) && next != ' ' && next != 0:
			return markOpen
		case !isOpenContext(prev) && (next == ' ' || next == 0 || unicode.IsPunct(next)):
			return markClose
		}
		return markEither
	}
	return markNone
}

// isOpenContext reports whether a quote mark after prev may open a quote:
// at the start, after a space, an opening bracket, a dash or another mark.
func isOpenContext(prev rune) bool {
	switch prev {
	case 0, ' ', '(', '[', '{', '\u2014', '\u2013', '-', '/', ':', '\u201C', '\u2018', '"', '\'', '\u00AB', '\u201E':
		return true
	}
	return false
}

func elidedYear(text string, i, end int) bool {
	// '90s, ’05
	j := i
	for j < end && isDigitByte(text[j]) {
		j++
	}
	return j-i == 2 && (j >= end || text[j] == 's' || text[j] == ' ' || text[j] == ',' || text[j] == '.')
}

func isLetterRune(r rune) bool { return r != 0 && unicode.IsLetter(r) }
func isDigitRune(r rune) bool  { return r >= '0' && r <= '9' }

func runeBefore(text string, i, start int) rune {
	if i <= start {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:i])
	return r
}

func runeAt(text string, i, end int) rune {
	if i >= end {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return r
}

// textBeforeIsIntro reports whether the text before a quote mark in its
// paragraph introduces it ("He said:").
func textBeforeIsIntro(text string, start, at int) bool {
	j := at
	for j > start && text[j-1] == ' ' {
		j--
	}
	return j > start && (text[j-1] == ':' || text[j-1] == ',')
}

// startsWithQuote reports whether a paragraph opens with a quotation mark.
func startsWithQuote(text string, p Paragraph) bool {
	r := runeAt(text, p.Start, p.End)
	return r == '"' || r == '\u201C' || r == '\u2018' || r == '\'' || r == '\u00AB' || r == '\u201E'
}
