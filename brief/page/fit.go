package page

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"

	"github.com/briefing-app/briefing/assets"
)

// This file lays the briefing out on one page: font metrics, the cleaning of
// characters the font cannot draw, line wrapping, the page plan that the PDF
// draws, and FitOnePage, which cuts the least important items until the plan
// fits.

// Paper is a paper size for the one-page briefing.
type Paper string

// The paper sizes.
const (
	PaperA4     Paper = "A4"     // 210 × 297 mm
	PaperLetter Paper = "Letter" // 8.5 × 11 in
)

// ParsePaper reads a paper size name, in any case ("a4", "letter").
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "a4":
		return PaperA4, nil
	case "letter", "us-letter", "usletter":
		return PaperLetter, nil
	}
	return "", fmt.Errorf("unknown paper size %q: use A4 or Letter", s)
}

// size is the paper's width and height in millimetres; an unknown paper is A4.
func (p Paper) size() (w, h float64) {
	if p == PaperLetter {
		return 215.9, 279.4
	}
	return 210, 297
}

func (p Paper) orA4() Paper {
	if p == PaperLetter {
		return p
	}
	return PaperA4
}

// ---- Fonts ----

// face is one face of the embedded family.
type face uint8

const (
	faceRegular face = iota
	faceBold
	faceItalic
	numFaces
)

// faceFiles are the faces in assets.Fonts, by face.
var faceFiles = [numFaces]string{"fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Bold.ttf", "fonts/NotoSans-Italic.ttf"}

// faceStyles are gofpdf's style strings, by face.
var faceStyles = [numFaces]string{"", "B", "I"}

// pdfFontFamily is the family name the PDF registers the faces under.
const pdfFontFamily = "NotoSans"

// fontMetrics holds the faces and their advance widths: what gofpdf itself
// uses, in thousandths of an em, for every character of the Basic
// Multilingual Plane that all faces can draw (gofpdf cannot encode the
// others).
type fontMetrics struct {
	data    [numFaces][]byte
	width   [numFaces][]uint16
	covered []bool // by rune: every face has a glyph
}

var (
	fontMetricsOnce  sync.Once
	fontMetricsTable *fontMetrics
	fontMetricsErr   error
)

// loadFontMetrics reads the fonts once per process.
func loadFontMetrics() (*fontMetrics, error) {
	fontMetricsOnce.Do(func() { fontMetricsTable, fontMetricsErr = readFontMetrics() })
	return fontMetricsTable, fontMetricsErr
}

func readFontMetrics() (*fontMetrics, error) {
	m := &fontMetrics{covered: make([]bool, 0x10000)}
	for i := range m.covered {
		m.covered[i] = true
	}
	var buf sfnt.Buffer
	for st, name := range faceFiles {
		data, err := assets.Fonts.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("cannot read the PDF font %s: %w", name, err)
		}
		f, err := sfnt.Parse(data)
		if err != nil {
			return nil, fmt.Errorf("cannot read the PDF font %s: %w", name, err)
		}
		upem := float64(f.UnitsPerEm())
		widths := make([]uint16, 0x10000)
		for r := rune(0x20); r < 0x10000; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				m.covered[r] = false
				continue
			}
			g, err := f.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				m.covered[r] = false
				continue
			}
			adv, err := f.GlyphAdvance(&buf, g, fixed.Int26_6(f.UnitsPerEm()), font.HintingNone)
			if err != nil {
				m.covered[r] = false
				continue
			}
			widths[r] = uint16(math.Round(float64(adv) * 1000 / upem))
		}
		m.data[st] = data
		m.width[st] = widths
	}
	for r := range rune(0x20) {
		m.covered[r] = false
	}
	return m, nil
}

// ptMM is one typographic point in millimetres.
const ptMM = 25.4 / 72

// measure is the width of a cleaned text in millimetres.
func (m *fontMetrics) measure(s string, st face, size float64) float64 {
	w := 0
	ws := m.width[st]
	for _, r := range s {
		if r < 0x10000 {
			w += int(ws[r])
		}
	}
	return float64(w) * size / 1000 * ptMM
}

// missingGlyph stands for a run of characters the font cannot draw
// (Chinese, Arabic, emoji …): better a plain mark than empty boxes.
const missingGlyph = "?"

// clean makes a text printable with the embedded font: composed (NFC),
// on one line, without control or invisible characters, and with each run
// of characters the font lacks replaced by one placeholder.
func (m *fontMetrics) clean(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	inRun := false   // inside a run of characters the font lacks
	pending := false // a space seen, not yet written
	for _, r := range s {
		switch {
		case r == '\u00a0' || unicode.IsSpace(r):
			pending = true
			continue
		case r == '\u00ad' || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) ||
			unicode.Is(unicode.Variation_Selector, r):
			continue
		case r < 0x10000 && m.covered[r]:
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending, inRun = false, false
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r) && inRun:
			// a mark on a character already replaced
		case inRun:
			// the run goes on, across spaces
			pending = false
		default:
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending, inRun = false, true
			b.WriteString(missingGlyph)
		}
	}
	return b.String()
}

// printable reports whether the PDF font can draw every letter of a text.
func printable(s string) bool {
	m, err := loadFontMetrics()
	if err != nil {
		return true
	}
	return !strings.Contains(m.clean(s), missingGlyph) || strings.Contains(s, missingGlyph)
}

// ---- Text layout ----

type pdfColor struct{ r, g, b uint8 }

// The palette: dark ink, one deep blue accent, greys for what is secondary.
var (
	colInk     = pdfColor{0x1b, 0x1f, 0x24}
	colAccent  = pdfColor{0x1f, 0x4e, 0x79}
	colMuted   = pdfColor{0x5a, 0x64, 0x70}
	colCite    = pdfColor{0x6e, 0x7a, 0x88}
	colRule    = pdfColor{0xc5, 0xcd, 0xd6}
	colBox     = pdfColor{0xed, 0xf2, 0xf7}
	colDispute = pdfColor{0xa8, 0x44, 0x2a}
	colDiffer  = pdfColor{0xc2, 0x8a, 0x12}
)

// textStyle is how a run of text is set.
type textStyle struct {
	font  face
	size  float64 // points
	color pdfColor
}

// textRun is a run of text in one style.
type textRun struct {
	text string
	st   textStyle
}

// placedRun is a run of text placed on a line, x from the line's start.
type placedRun struct {
	x    float64
	text string
	st   textStyle
}

type setLine struct {
	frags []placedRun
	width float64
}

// wrapPiece is part of a word in one style.
type wrapPiece struct {
	text string
	st   textStyle
	w    float64
}

type wrapWord struct {
	pieces []wrapPiece
	w      float64
	space  float64 // width of the space before the word; 0 for the first
	spaceS textStyle
}

const ellipsisMark = "…"

// wrap breaks styled text into lines no wider than width (mm); a word
// wider than a line is broken between characters. With more than maxLines
// lines, the last kept line ends with an ellipsis.
// balancedWrap wraps text as wrap does, but a text that takes two lines or
// more gets lines of even length (the narrowest width that needs no more
// lines), so that no word is left alone on the last one.
func (m *fontMetrics) balancedWrap(spans []textRun, width float64, maxLines int) []setLine {
	lines := m.wrap(spans, width, maxLines)
	if len(lines) < 2 || len(lines) >= maxLines && m.clipped(lines, spans) {
		return lines
	}
	lo, hi := width/2, width
	for range 12 {
		mid := (lo + hi) / 2
		if got := m.wrap(spans, mid, maxLines); len(got) == len(lines) && !m.clipped(got, spans) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return m.wrap(spans, hi, maxLines)
}

// clipped reports whether wrapped lines lost some of the text's words.
func (m *fontMetrics) clipped(lines []setLine, spans []textRun) bool {
	n := 0
	for _, l := range lines {
		for _, f := range l.frags {
			n += len(strings.Fields(f.text))
		}
	}
	total := 0
	for _, sp := range spans {
		total += len(strings.Fields(sp.text))
	}
	return n < total
}

func (m *fontMetrics) wrap(spans []textRun, width float64, maxLines int) []setLine {
	ws := m.splitWords(spans)
	var lines [][]wrapWord
	var cur []wrapWord
	curW := 0.0
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if len(cur) == 0 {
			w.space = 0
		}
		if curW+w.space+w.w <= width+1e-9 {
			cur = append(cur, w)
			curW += w.space + w.w
			continue
		}
		if len(cur) > 0 {
			lines = append(lines, cur)
			cur, curW = nil, 0
			i--
			continue
		}
		// A word alone wider than the line: split it.
		head, tail := m.splitWord(w, width)
		lines = append(lines, []wrapWord{head})
		ws[i] = tail
		i--
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] = m.withEllipsis(lines[maxLines-1], width)
	}
	out := make([]setLine, len(lines))
	for i, l := range lines {
		out[i] = placeLine(l)
	}
	return out
}

// splitWords cuts runs into words: runs without spaces, which may change style
// inside (a quote's closing mark and its citation stay apart by a space).
func (m *fontMetrics) splitWords(spans []textRun) []wrapWord {
	var out []wrapWord
	var cur wrapWord
	space, spaceS := 0.0, textStyle{}
	flush := func() {
		if len(cur.pieces) > 0 {
			cur.space, cur.spaceS = space, spaceS
			out = append(out, cur)
		}
		cur = wrapWord{}
	}
	for _, sp := range spans {
		parts := strings.Split(sp.text, " ")
		for i, p := range parts {
			if i > 0 {
				flush()
				space, spaceS = m.measure(" ", sp.st.font, sp.st.size), sp.st
			}
			if p == "" {
				continue
			}
			w := m.measure(p, sp.st.font, sp.st.size)
			cur.pieces = append(cur.pieces, wrapPiece{p, sp.st, w})
			cur.w += w
		}
	}
	flush()
	return out
}

// splitWord cuts the head of a word that fits width off it (at least one
// character).
func (m *fontMetrics) splitWord(w wrapWord, width float64) (head, tail wrapWord) {
	used := 0.0
	for pi, p := range w.pieces {
		for bi, r := range p.text {
			rw := m.measure(string(r), p.st.font, p.st.size)
			if used+rw > width && (pi > 0 || bi > 0) {
				head.pieces = append(append([]wrapPiece{}, w.pieces[:pi]...), wrapPiece{p.text[:bi], p.st, 0})
				tail.pieces = append([]wrapPiece{{p.text[bi:], p.st, 0}}, w.pieces[pi+1:]...)
				head = m.remeasure(head)
				tail = m.remeasure(tail)
				tail.spaceS = w.spaceS
				return head, tail
			}
			used += rw
		}
	}
	return w, wrapWord{}
}

func (m *fontMetrics) remeasure(w wrapWord) wrapWord {
	var ps []wrapPiece
	w.w = 0
	for _, p := range w.pieces {
		if p.text == "" {
			continue
		}
		p.w = m.measure(p.text, p.st.font, p.st.size)
		w.w += p.w
		ps = append(ps, p)
	}
	w.pieces = ps
	return w
}

// withEllipsis ends a line with "…", dropping words or characters until it
// fits.
func (m *fontMetrics) withEllipsis(line []wrapWord, width float64) []wrapWord {
	line = append([]wrapWord{}, line...)
	for len(line) > 0 {
		last := &line[len(line)-1]
		lp := last.pieces[len(last.pieces)-1]
		ew := m.measure(ellipsisMark, lp.st.font, lp.st.size)
		total := 0.0
		for _, w := range line {
			total += w.space + w.w
		}
		if total+ew <= width {
			// Trim dangling punctuation before the ellipsis; a word that
			// is nothing else (a dash) goes, and the ellipsis follows the
			// word before it.
			lp.text = strings.TrimRightFunc(lp.text, func(r rune) bool {
				return strings.ContainsRune(",;:—–-([“‘", r)
			})
			if lp.text == "" && len(last.pieces) == 1 && len(line) > 1 {
				line = line[:len(line)-1]
				continue
			}
			lp.text += ellipsisMark
			last.pieces[len(last.pieces)-1] = lp
			*last = m.remeasure(*last)
			return line
		}
		// Drop the last word, or the last character of a lone word.
		if len(line) > 1 {
			line = line[:len(line)-1]
			continue
		}
		_, size := utf8.DecodeLastRuneInString(lp.text)
		lp.text = lp.text[:len(lp.text)-size]
		last.pieces[len(last.pieces)-1] = lp
		*last = m.remeasure(*last)
		if len(last.pieces) == 0 {
			return []wrapWord{{pieces: []wrapPiece{{ellipsisMark, lp.st, ew}}, w: ew}}
		}
	}
	return line
}

// clipWidth cuts a one-line text to a width with an ellipsis, at a word
// boundary when one is near.
func (m *fontMetrics) clipWidth(s string, st face, size, width float64) string {
	if m.measure(s, st, size) <= width {
		return s
	}
	room := width - m.measure(ellipsisMark, st, size)
	used, cut := 0.0, 0
	for i, r := range s {
		used += m.measure(string(r), st, size)
		if used > room {
			break
		}
		cut = i + utf8.RuneLen(r)
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > len(head)*2/3 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ,;:—–-") + ellipsisMark
}

// placeLine sets a line's words side by side, merging runs of one style.
func placeLine(l []wrapWord) setLine {
	var tl setLine
	x := 0.0
	add := func(text string, st textStyle, w float64) {
		if n := len(tl.frags); n > 0 && tl.frags[n-1].st == st {
			tl.frags[n-1].text += text
		} else {
			tl.frags = append(tl.frags, placedRun{x, text, st})
		}
		x += w
	}
	for i, w := range l {
		if i > 0 && w.space > 0 {
			add(" ", w.spaceS, w.space)
		}
		for _, p := range w.pieces {
			add(p.text, p.st, p.w)
		}
	}
	tl.width = x
	return tl
}
