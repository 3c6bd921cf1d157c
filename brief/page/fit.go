package page

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"

	"github.com/briefing-app/briefing/assets"
	"github.com/briefing-app/briefing/brief"
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
			// Trim dangling punctuation before the ellipsis.
			lp.text = strings.TrimRightFunc(lp.text, func(r rune) bool {
				return strings.ContainsRune(",;:—–-([“‘", r)
			})
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

// ---- The page plan ----

type drawKind uint8

const (
	drawText drawKind = iota // text at x, baseline y
	drawRect                 // filled rectangle
	drawRule                 // horizontal rule from x to x+w at y, thickness h
)

// drawOp is one drawing operation of the page, in millimetres from the top left.
type drawOp struct {
	kind       drawKind
	x, y, w, h float64
	text       string
	st         textStyle
	color      pdfColor
}

// density is how densely a page is set: body text size and line limits.
type density struct {
	body  float64 // points, never below 9
	tight bool    // fewer lines per item
}

// densities are tried in order; items are cut at the first level at which the
// pinned items fit.
var densities = []density{{10, false}, {9.5, false}, {9, false}, {9, true}}

// minTextPt is the smallest text size on the page, in points.
const minTextPt = 9

// Section indexes.
const (
	secActors = iota
	secCommitments
	secDisputes
	secQuotes
	numSections
)

var pageSectionNames = [numSections]string{"Key actors", "Commitments", "Open disputes", "Direct quotes"}

// fitState records how FitOnePage set the page.
type fitState struct {
	paper Paper
	level density
	// found counts each section's items before the cut, to tell a section
	// with nothing found from one cut away.
	found [numSections]int
}

// Page geometry, in millimetres.
const (
	pageMarginX      = 18.0
	pageMarginTop    = 15.0
	pageMarginBottom = 13.0
	columnGap        = 6.0
	itemIndentMM     = 4.5
	lineLeading      = 1.3
	notoCapHeight    = 0.714 // Noto Sans, in em
)

// pagePlan is a laid-out page: what the PDF draws.
type pagePlan struct {
	w, h   float64
	ops    []drawOp
	bottom float64 // where the content ends
	limit  float64 // where it may end at most
}

func (p *pagePlan) fits() bool { return p.bottom <= p.limit+1e-6 }

// layouter builds a page plan from the top down.
type layouter struct {
	m    *fontMetrics
	b    *Briefing
	lv   density
	p    *pagePlan
	y    float64
	left float64
	cw   float64 // content width
}

func lineHeightMM(size float64) float64 { return size * lineLeading * ptMM }

// baselineAt is the baseline of a line of the given size whose box starts at
// top: capitals centred in the line.
func baselineAt(top, size float64) float64 {
	return top + (lineHeightMM(size)+notoCapHeight*size*ptMM)/2
}

// text places wrapped lines at (x, y) and returns their height.
func (l *layouter) text(ops *[]drawOp, lines []setLine, x, y, size float64) float64 {
	lh := lineHeightMM(size)
	for i, tl := range lines {
		by := baselineAt(y+float64(i)*lh, size)
		for _, f := range tl.frags {
			*ops = append(*ops, drawOp{kind: drawText, x: x + f.x, y: by, text: f.text, st: f.st})
		}
	}
	return float64(len(lines)) * lh
}

// tracked places a short label in capitals with letter spacing.
func (l *layouter) tracked(ops *[]drawOp, s string, x, y float64, st textStyle) float64 {
	by := baselineAt(y, st.size)
	track := 0.09 * st.size * ptMM
	for _, r := range strings.ToUpper(s) {
		t := string(r)
		*ops = append(*ops, drawOp{kind: drawText, x: x, y: by, text: t, st: st})
		x += l.m.measure(t, st.font, st.size) + track
	}
	return x
}

func (l *layouter) sizes() (body, small, title, lead float64) {
	body = l.lv.body
	small = math.Max(minTextPt, body-1)
	title = 2*body - 2
	lead = body + 0.5
	return
}

// nbsp (a no-break space) holds a citation mark together and to the word
// before it.
const nbsp = "\u00a0"

// citeMark is the citation mark of an item: "[1]", "[1, 3]", "[1, 3, 4 +2]",
// numbered as the sources footer lists them.
func citeMark(cs []brief.Cite) string {
	var nums []int
	seen := map[int]bool{}
	for _, c := range cs {
		n := citeNumber(c.Source)
		if n > 0 && !seen[n] {
			seen[n] = true
			nums = append(nums, n)
		}
	}
	if len(nums) == 0 {
		return ""
	}
	sort.Ints(nums)
	var parts []string
	for i, n := range nums {
		if i == 3 {
			parts[2] += nbsp + "+" + strconv.Itoa(len(nums)-3)
			break
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return "[" + strings.Join(parts, ","+nbsp) + "]"
}

// planPage plans the page of a briefing at a density level.
func planPage(m *fontMetrics, b *Briefing, paper Paper, lv density, found [numSections]int) *pagePlan {
	w, h := paper.size()
	l := &layouter{m: m, b: b, lv: lv, p: &pagePlan{w: w, h: h}, y: pageMarginTop, left: pageMarginX, cw: w - 2*pageMarginX}
	body, small, titleSize, lead := l.sizes()
	ops := &l.p.ops

	// Header: kicker and date, title, sources line, rule.
	kicker := textStyle{faceBold, small, colAccent}
	l.tracked(ops, "Briefing", l.left, l.y, kicker)
	date := m.clean(b.Date.Format("Monday 2 January 2006"))
	dst := textStyle{faceRegular, small, colMuted}
	*ops = append(*ops, drawOp{kind: drawText, x: l.left + l.cw - m.measure(date, faceRegular, small), y: baselineAt(l.y, small), text: date, st: dst})
	l.y += lineHeightMM(small) + 1.5

	title := m.wrap([]textRun{{m.clean(b.Title), textStyle{faceBold, titleSize, colInk}}}, l.cw, 2)
	l.y += l.textTight(ops, title, l.left, l.y, titleSize)
	l.y += 0.8
	meta := m.wrap([]textRun{{m.clean(sourcesLine(b.Sources)), dst}}, l.cw, 1)
	l.y += l.text(ops, meta, l.left, l.y, small)
	l.y += 2
	*ops = append(*ops, drawOp{kind: drawRule, x: l.left, y: l.y, w: l.cw, h: 0.6, color: colAccent})
	l.y += 5

	// The footer is set first: the content must end above it.
	footer := l.footer(small)
	l.p.limit = footer - 4

	// Bottom line.
	if len(b.BottomLine) > 0 {
		l.bottomLineBox(small, lead)
	}

	switch {
	case len(b.Sources) == 0:
		l.notice("No articles", "This briefing has no articles yet. Add news articles — text, Markdown or saved web pages — to build it.", body)
	case b.nothing() && found == [numSections]int{}:
		n := "the article"
		if len(b.Sources) > 1 {
			n = fmt.Sprintf("the %d articles", len(b.Sources))
		}
		l.notice("Nothing found", "No actors, commitments, open disputes or direct quotes were found in "+n+" listed below.", body)
	default:
		first := true
		for s := range numSections {
			n := l.sectionLen(s)
			if n == 0 && found[s] > 0 {
				continue // all cut: the "+N more" line says so
			}
			if !first {
				l.y += 4
			}
			first = false
			l.heading(pageSectionNames[s], n == 0, small)
			switch s {
			case secActors:
				l.actors(body, small)
			case secCommitments:
				for _, c := range b.Commitments {
					l.commitment(c, body, small)
				}
			case secDisputes:
				for _, d := range b.Disputes {
					l.dispute(d, body, small)
				}
			case secQuotes:
				for _, q := range b.Quotes {
					l.quote(q, body, small)
				}
			}
		}
	}
	if b.Omitted > 0 {
		l.y += 2.5
		more := fmt.Sprintf("+%d more %s not shown", b.Omitted, nounFor(b.Omitted, "item", "items"))
		lines := m.wrap([]textRun{{more, textStyle{faceItalic, small, colMuted}}}, l.cw, 1)
		l.y += l.text(ops, lines, l.left, l.y, small)
	}
	l.p.bottom = l.y
	return l.p
}

// textTight places lines with a tighter leading (the title).
func (l *layouter) textTight(ops *[]drawOp, lines []setLine, x, y, size float64) float64 {
	lh := size * 1.18 * ptMM
	for i, tl := range lines {
		by := y + float64(i)*lh + (lh+notoCapHeight*size*ptMM)/2
		for _, f := range tl.frags {
			*ops = append(*ops, drawOp{kind: drawText, x: x + f.x, y: by, text: f.text, st: f.st})
		}
	}
	return float64(len(lines)) * lh
}

func nounFor(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// sourcesLine is the line under the title: "3 sources · Reuters, BBC News".
func sourcesLine(ss []brief.Source) string {
	if len(ss) == 0 {
		return "No sources"
	}
	line := fmt.Sprintf("%d %s", len(ss), nounFor(len(ss), "source", "sources"))
	var outlets []string
	seen := map[string]bool{}
	for _, s := range ss {
		o := sourceOutlet(s)
		if o != "" && !seen[foldName(o)] {
			seen[foldName(o)] = true
			outlets = append(outlets, o)
		}
	}
	if len(outlets) > 0 {
		line += " · " + strings.Join(outlets, ", ")
	}
	return line
}

// sourceOutlet names where a source was published: its site, or a URL's host.
func sourceOutlet(s brief.Source) string {
	if s.Site != "" {
		return strings.TrimSpace(s.Site)
	}
	if rest, ok := strings.CutPrefix(s.Path, "https://"); ok {
		return strings.TrimPrefix(strings.SplitN(rest, "/", 2)[0], "www.")
	}
	if rest, ok := strings.CutPrefix(s.Path, "http://"); ok {
		return strings.TrimPrefix(strings.SplitN(rest, "/", 2)[0], "www.")
	}
	return ""
}

func (l *layouter) sectionLen(s int) int {
	switch s {
	case secActors:
		return len(l.b.Actors)
	case secCommitments:
		return len(l.b.Commitments)
	case secDisputes:
		return len(l.b.Disputes)
	}
	return len(l.b.Quotes)
}

// heading sets a section heading, with "none found" beside it when the
// section is empty, and a hairline under it.
func (l *layouter) heading(name string, empty bool, small float64) {
	ops := &l.p.ops
	x := l.tracked(ops, name, l.left, l.y, textStyle{faceBold, small, colAccent})
	if empty {
		*ops = append(*ops, drawOp{kind: drawText, x: x + 2, y: baselineAt(l.y, small), text: "none found", st: textStyle{faceItalic, small, colMuted}})
	}
	l.y += lineHeightMM(small) + 0.6
	*ops = append(*ops, drawOp{kind: drawRule, x: l.left, y: l.y, w: l.cw, h: 0.25, color: colRule})
	l.y += 1.8
}

// notice sets a message in place of the sections.
func (l *layouter) notice(head, text string, body float64) {
	ops := &l.p.ops
	l.y += 2
	hs := body + 3
	l.y += l.text(ops, l.m.wrap([]textRun{{head, textStyle{faceBold, hs, colInk}}}, l.cw, 1), l.left, l.y, hs)
	l.y += 1
	l.y += l.text(ops, l.m.wrap([]textRun{{l.m.clean(text), textStyle{faceRegular, body, colMuted}}}, l.cw, 3), l.left, l.y, body)
}

// bottomLineBox sets the bottom-line box: a tinted panel with an accent bar.
func (l *layouter) bottomLineBox(small, lead float64) {
	const pad, bar = 3.5, 1.2
	var inner []drawOp
	x := l.left + bar + pad
	width := l.cw - bar - 2*pad
	y := l.y + pad - 0.5
	l.tracked(&inner, "Bottom line", x, y, textStyle{faceBold, small, colAccent})
	y += lineHeightMM(small) + 0.6
	var spans []textRun
	for i, ln := range l.b.BottomLine {
		text := l.m.clean(ln.Text)
		if i > 0 {
			text = " " + text
		}
		spans = append(spans, textRun{text, textStyle{faceRegular, lead, colInk}})
		if c := citeMark(ln.Cites); c != "" {
			spans = append(spans, textRun{nbsp + c, textStyle{faceRegular, small, colCite}})
		}
	}
	maxLines := 7
	if l.lv.tight {
		maxLines = 5
	}
	y += l.text(&inner, l.m.wrap(spans, width, maxLines), x, y, lead)
	height := y + pad - l.y
	l.p.ops = append(l.p.ops,
		drawOp{kind: drawRect, x: l.left, y: l.y, w: l.cw, h: height, color: colBox},
		drawOp{kind: drawRect, x: l.left, y: l.y, w: bar, h: height, color: colAccent})
	l.p.ops = append(l.p.ops, inner...)
	l.y += height + 5
}

func (l *layouter) maxLines(normal, tight int) int {
	if l.lv.tight {
		return tight
	}
	return normal
}

func (l *layouter) citeSpan(cs []brief.Cite, small float64) []textRun {
	if c := citeMark(cs); c != "" {
		return []textRun{{nbsp + c, textStyle{faceRegular, small, colCite}}}
	}
	return nil
}

// actors sets the key actors in two columns: name and role, then where
// they stand.
func (l *layouter) actors(body, small float64) {
	colW := (l.cw - columnGap) / 2
	stanceSize := math.Max(minTextPt, body-0.5)
	for i := 0; i < len(l.b.Actors); i += 2 {
		rowH := 0.0
		for c := 0; c < 2 && i+c < len(l.b.Actors); c++ {
			a := l.b.Actors[i+c]
			x := l.left + float64(c)*(colW+columnGap)
			spans := []textRun{{l.m.clean(a.Name), textStyle{faceBold, body, colInk}}}
			if a.Role != "" {
				spans = append(spans, textRun{", " + l.m.clean(a.Role), textStyle{faceRegular, body, colMuted}})
			}
			spans = append(spans, l.citeSpan(a.Cites[:min(len(a.Cites), 1)], small)...)
			hgt := l.text(&l.p.ops, l.m.wrap(spans, colW, 2), x, l.y, body)
			if a.Stance != "" {
				st := l.m.wrap([]textRun{{l.m.clean(a.Stance), textStyle{faceRegular, stanceSize, colInk}}}, colW, l.maxLines(2, 1))
				hgt += l.text(&l.p.ops, st, x, l.y+hgt, stanceSize)
			}
			rowH = math.Max(rowH, hgt)
		}
		l.y += rowH + 2
	}
}

// bullet sets a list item with a small square marker.
func (l *layouter) bullet(spans []textRun, marker pdfColor, body float64, normal, tight int) {
	const sq = 1.3
	lines := l.m.wrap(spans, l.cw-itemIndentMM, l.maxLines(normal, tight))
	by := baselineAt(l.y, body)
	mid := by - notoCapHeight*body*ptMM/2
	l.p.ops = append(l.p.ops, drawOp{kind: drawRect, x: l.left + 0.4, y: mid - sq/2, w: sq, h: sq, color: marker})
	l.y += l.text(&l.p.ops, lines, l.left+itemIndentMM, l.y, body) + 1.6
}

// opensWithName reports whether a text opens with a name ("Nigeria will
// …" for the actor Nigeria), so the name need not be repeated before it.
func opensWithName(text, name string) bool {
	return name != "" && len(text) >= len(name) && strings.EqualFold(text[:len(name)], name)
}

func (l *layouter) commitment(c brief.Commitment, body, small float64) {
	text := l.m.clean(c.Text)
	var spans []textRun
	if actor := l.m.clean(c.Actor); actor != "" && !opensWithName(text, actor) {
		spans = append(spans, textRun{actor + ": ", textStyle{faceBold, body, colInk}})
	}
	spans = append(spans, textRun{text, textStyle{faceRegular, body, colInk}})
	if c.Strength == brief.Hedged {
		spans = append(spans, textRun{" (hedged)", textStyle{faceItalic, small, colMuted}})
	}
	spans = append(spans, l.citeSpan(c.Cites, small)...)
	l.bullet(spans, colAccent, body, 3, 2)
}

func (l *layouter) dispute(d brief.Dispute, body, small float64) {
	var spans []textRun
	if len(d.Parties) > 0 {
		spans = append(spans, textRun{l.m.clean(strings.Join(d.Parties, " vs ")) + ": ", textStyle{faceBold, body, colInk}})
	}
	spans = append(spans, textRun{l.m.clean(d.Text), textStyle{faceRegular, body, colInk}})
	spans = append(spans, l.citeSpan(d.Cites, small)...)
	l.bullet(spans, colDispute, body, 3, 2)
}

func (l *layouter) quote(q brief.Quote, body, small float64) {
	spans := []textRun{{"“" + l.m.clean(quoteBody(q.Text)) + "”", textStyle{faceItalic, body, colInk}}}
	if q.Speaker != "" {
		spans = append(spans, textRun{" — ", textStyle{faceRegular, body, colMuted}},
			textRun{l.m.clean(q.Speaker), textStyle{faceBold, body, colInk}})
		if role := l.roleOf(q.Speaker); role != "" && !l.onPage(q.Speaker) {
			spans = append(spans, textRun{", " + l.m.clean(role), textStyle{faceRegular, body, colMuted}})
		}
	} else {
		spans = append(spans, textRun{" — unattributed", textStyle{faceItalic, body, colMuted}})
	}
	spans = append(spans, l.citeSpan(q.Cites, small)...)
	lines := l.m.wrap(spans, l.cw-itemIndentMM, l.maxLines(4, 3))
	top := l.y
	hgt := l.text(&l.p.ops, lines, l.left+itemIndentMM, l.y, body)
	l.p.ops = append(l.p.ops, drawOp{kind: drawRect, x: l.left + 0.4, y: top + 0.8, w: 0.7, h: hgt - 1.6, color: colRule})
	l.y += hgt + 1.6
}

// onPage reports whether an actor is among the key actors on the page,
// where its role is already given.
func (l *layouter) onPage(name string) bool {
	for _, a := range l.b.Actors {
		if foldName(a.Name) == foldName(name) {
			return true
		}
	}
	return false
}

// roleOf finds a speaker's role among the analysis's actors.
func (l *layouter) roleOf(name string) string {
	for _, a := range l.b.Actors {
		if foldName(a.Name) == foldName(name) {
			return a.Role
		}
	}
	if l.b.Analysis != nil {
		for _, a := range l.b.Analysis.Actors {
			if foldName(a.Name) == foldName(name) {
				return a.Role
			}
		}
	}
	return ""
}

// footer sets the sources the page cites at the foot of the page and
// returns its top.
func (l *layouter) footer(small float64) float64 {
	b := l.b
	if len(b.Sources) == 0 {
		return l.p.h - pageMarginBottom
	}
	cited := b.citedSources()
	list := cited
	if len(cited) == 0 {
		for i := range b.Sources[:min(len(b.Sources), 6)] {
			list = append(list, i+1)
		}
	}
	var extra string
	if rest := len(b.Sources) - len(list); rest > 0 {
		if len(cited) > 0 {
			extra = fmt.Sprintf("+%d more %s analysed, not cited on this page", rest, nounFor(rest, "source", "sources"))
		} else {
			extra = fmt.Sprintf("+%d more %s", rest, nounFor(rest, "source", "sources"))
		}
	}
	// One source a line; past six, two columns, naming the outlet
	// without the date.
	cols := 1
	if len(list) > 6 {
		cols = 2
	}
	rows := (len(list) + cols - 1) / cols
	lh := lineHeightMM(small)
	height := 2.2 + lh + 0.4 + float64(rows)*lh
	if extra != "" {
		height += lh
	}
	top := l.p.h - pageMarginBottom - height
	var ops []drawOp
	ops = append(ops, drawOp{kind: drawRule, x: l.left, y: top, w: l.cw, h: 0.25, color: colRule})
	y := top + 2.2
	l.tracked(&ops, "Sources", l.left, y, textStyle{faceBold, small, colMuted})
	y += lh + 0.4
	colW := (l.cw - float64(cols-1)*columnGap) / float64(cols)
	for i, n := range list {
		s := b.Sources[n-1]
		col, row := i/rows, i%rows
		x := l.left + float64(col)*(colW+columnGap)
		title := strings.TrimSpace(s.Title)
		if title == "" {
			title = sourceFileName(s.Path)
		}
		num := fmt.Sprintf("[%d] ", n)
		meta := sourceMeta(s)
		if cols > 1 {
			meta = sourceOutlet(s)
		}
		if meta != "" {
			meta = " — " + l.m.clean(meta)
		}
		// Cut the title rather than the outlet and date, but keep at least
		// half of the room for it.
		title = l.m.clean(title)
		room := colW - l.m.measure(num, faceBold, small)
		titleRoom := max(room-l.m.measure(meta, faceRegular, small), room/2)
		title = l.m.clipWidth(title, faceRegular, small, titleRoom)
		if meta != "" {
			meta = l.m.clipWidth(meta, faceRegular, small, room-l.m.measure(title, faceRegular, small))
			if utf8.RuneCountInString(strings.TrimPrefix(meta, " — ")) < 6 {
				meta = ""
			}
		}
		spans := []textRun{{num, textStyle{faceBold, small, colMuted}}, {title, textStyle{faceRegular, small, colInk}}}
		if meta != "" {
			spans = append(spans, textRun{meta, textStyle{faceRegular, small, colMuted}})
		}
		l.text(&ops, l.m.wrap(spans, colW, 1), x, y+float64(row)*lh, small)
	}
	if extra != "" {
		l.text(&ops, l.m.wrap([]textRun{{extra, textStyle{faceItalic, small, colMuted}}}, l.cw, 1), l.left, y+float64(rows)*lh, small)
	}
	l.p.ops = append(l.p.ops, ops...)
	return top
}

// sourceMeta is "Outlet, 26 Nov 2026" for a source.
func sourceMeta(s brief.Source) string {
	var parts []string
	if o := sourceOutlet(s); o != "" {
		parts = append(parts, o)
	}
	if !s.Date.IsZero() {
		parts = append(parts, s.Date.Format("2 Jan 2006"))
	}
	return strings.Join(parts, ", ")
}

func sourceFileName(p string) string {
	p = strings.TrimRight(p, "/\\")
	if i := strings.LastIndexAny(p, "/\\"); i >= 0 {
		p = p[i+1:]
	}
	if p == "" || p == "-" {
		return "Untitled article"
	}
	return p
}

// citedSources lists the numbers of the sources the page cites, in order.
func (b *Briefing) citedSources() []int {
	seen := map[int]bool{}
	note := func(cs []brief.Cite) {
		for _, c := range cs {
			if n := citeNumber(c.Source); n > 0 && n <= len(b.Sources) {
				seen[n] = true
			}
		}
	}
	for _, ln := range b.BottomLine {
		note(ln.Cites)
	}
	for _, a := range b.Actors {
		note(a.Cites[:min(len(a.Cites), 1)])
	}
	for _, c := range b.Commitments {
		note(c.Cites)
	}
	for _, d := range b.Disputes {
		note(d.Cites)
	}
	for _, q := range b.Quotes {
		note(q.Cites)
	}
	out := make([]int, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Ints(out)
	return out
}

// ---- The one-page cut ----

// cutItem is one item of a briefing with its place in the cut order.
type cutItem struct {
	sec, idx int
	priority float64
	pinned   bool
}

// pageSectionWeight tilts the cut between sections; within a section items go
// from the least important up, so every section keeps its best items
// longest.
var pageSectionWeight = [numSections]float64{1.0, 1.05, 1.05, 0.95}

// repeatsBottomLine is how much less an item that only restates a sentence
// of the bottom line is worth on the page: the reader has just read it.
const repeatsBottomLine = 0.15

// rankedItems lists a briefing's items, most important first: the first of
// each section, then the second of each, and so on, weighted by section.
// A commitment, dispute or quote whose every citation is a sentence of the
// bottom line comes last: on the page it would say the same thing twice.
func (b *Briefing) rankedItems() []cutItem {
	lead := map[brief.Cite]bool{}
	for _, l := range b.BottomLine {
		for _, c := range l.Cites {
			lead[c] = true
		}
	}
	repeats := func(cs []brief.Cite) bool {
		for _, c := range cs {
			if !lead[c] {
				return false
			}
		}
		return len(cs) > 0
	}
	var items []cutItem
	add := func(sec, n int, key func(int) string, cites func(int) []brief.Cite) {
		for i := range n {
			p := pageSectionWeight[sec] / float64(i+1)
			if cites != nil && repeats(cites(i)) {
				p *= repeatsBottomLine
			}
			items = append(items, cutItem{sec, i, p, b.Pinned[key(i)]})
		}
	}
	add(secActors, len(b.Actors), func(i int) string { return b.Actors[i].Key() }, nil)
	add(secCommitments, len(b.Commitments), func(i int) string { return b.Commitments[i].Key() }, func(i int) []brief.Cite { return b.Commitments[i].Cites })
	add(secDisputes, len(b.Disputes), func(i int) string { return b.Disputes[i].Key() }, func(i int) []brief.Cite { return b.Disputes[i].Cites })
	add(secQuotes, len(b.Quotes), func(i int) string { return b.Quotes[i].Key() }, func(i int) []brief.Cite { return b.Quotes[i].Cites })
	sort.SliceStable(items, func(i, j int) bool { return items[i].priority > items[j].priority })
	return items
}

// keep returns a copy of the briefing with only the given items.
func (b *Briefing) keep(items []cutItem, paper Paper, lv density, found [numSections]int) *Briefing {
	var on [numSections]map[int]bool
	for s := range on {
		on[s] = map[int]bool{}
	}
	for _, it := range items {
		on[it.sec][it.idx] = true
	}
	c := *b
	c.Actors = keepIndexes(b.Actors, on[secActors])
	c.Commitments = keepIndexes(b.Commitments, on[secCommitments])
	c.Disputes = keepIndexes(b.Disputes, on[secDisputes])
	c.Quotes = keepIndexes(b.Quotes, on[secQuotes])
	cut := len(b.Actors) + len(b.Commitments) + len(b.Disputes) + len(b.Quotes) - len(items)
	c.Omitted = b.Omitted + cut
	c.Paper = paper
	c.fit = &fitState{paper: paper, level: lv, found: found}
	return &c
}

func keepIndexes[T any](xs []T, on map[int]bool) []T {
	out := make([]T, 0, len(on))
	for i, x := range xs {
		if on[i] {
			out = append(out, x)
		}
	}
	return out
}

// fillTries is how many items in a row may fail to fit in the space left at
// the foot of the page before FitOnePage stops trying smaller ones.
const fillTries = 6

// FitOnePage returns a copy of the briefing cut to fit one page of the
// paper: the least important items go first (the last of each section,
// taking turns between sections), pinned items stay, text never goes below
// 9 pt, and Omitted counts the items cut. When the pinned items alone do not
// fit, the text is set smaller (down to 9 pt) and each item kept to fewer
// lines; only when even that fails are pinned items cut too. The PDF prints
// exactly the page this returns.
func (b *Briefing) FitOnePage(paper Paper) *Briefing {
	paper = paper.orA4()
	m, err := loadFontMetrics()
	if err != nil {
		// Without the fonts nothing can be measured or printed; WritePDF
		// reports the error.
		c := *b
		c.Paper = paper
		return &c
	}
	found := [numSections]int{len(b.Actors), len(b.Commitments), len(b.Disputes), len(b.Quotes)}
	if b.fit != nil {
		found = b.fit.found
	}
	items := b.rankedItems()
	var pinned, free []cutItem
	for _, it := range items {
		if it.pinned {
			pinned = append(pinned, it)
		} else {
			free = append(free, it)
		}
	}
	try := func(its []cutItem, lv density) (*Briefing, bool) {
		c := b.keep(its, paper, lv, found)
		return c, planPage(m, c, paper, lv, found).fits()
	}
	// search returns the copy with the most of order[fixed:] that fits
	// (order[:fixed] always kept), given that keeping order[:fixed] fits:
	// the longest run of the order that fits, then, in the space the first
	// item that did not fit leaves, the next items that do (so one long
	// quote does not leave the foot of the page empty).
	search := func(order []cutItem, fixed int, lv density) *Briefing {
		if c, ok := try(order, lv); ok {
			return c
		}
		lo, hi := fixed, len(order)-1 // lo fits, hi+1 does not
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if _, ok := try(order[:mid], lv); ok {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		kept := append([]cutItem{}, order[:lo]...)
		misses := 0
		for _, it := range order[lo+1:] {
			if misses == fillTries {
				break
			}
			if _, ok := try(append(kept, it), lv); ok {
				kept = append(kept, it)
				misses = 0
			} else {
				misses++
			}
		}
		c, _ := try(kept, lv)
		return c
	}
	order := append(append([]cutItem{}, pinned...), free...)
	for _, lv := range densities {
		if _, ok := try(pinned, lv); ok {
			return search(order, len(pinned), lv)
		}
	}
	// Even the pinned items do not fit: cut them too, least important first.
	return search(order, 0, densities[len(densities)-1])
}
