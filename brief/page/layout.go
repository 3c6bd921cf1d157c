package page

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

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

// fitState records how FitOnePage set the page.
type fitState struct {
	paper Paper
	level density
	// found counts the lead story's items of each section before the cut,
	// to tell a section with nothing found from one cut away.
	found [numSections]int
	// stories are the stories other than the lead on the page (nil when
	// there is one story).
	stories map[int]bool
}

// Page geometry, in millimetres.
const (
	pageMarginX      = 18.0
	pageMarginTop    = 15.0
	pageMarginBottom = 13.0
	columnGap        = 6.0
	itemIndentMM     = 4.5
	itemGapMM        = 1.0 // after a list item
	sectionGapMM     = 2.4 // between sections
	lineLeading      = 1.3
	notoCapHeight    = 0.714 // Noto Sans, in em
)

// pagePlan is a laid-out page: what the PDF draws.
type pagePlan struct {
	w, h   float64
	ops    []drawOp
	bottom float64 // where the content ends
	limit  float64 // where it may end at most
	// hidden are the keys of the minor actors the "Also:" line had no
	// room for.
	hidden []string
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
	// memo keeps the lines text is set in (see layoutMemo), and key is
	// room for its keys.
	memo    *layoutMemo
	key     []byte
	itemBuf []byte
	// measure is set when only heights are wanted: no text is drawn.
	measure bool
}

// wrap is l.m.wrap, through the layouter's memo.
func (l *layouter) wrap(spans []textRun, width float64, maxLines int) []setLine {
	return l.memo.wrap(l.m, &l.key, spans, width, maxLines)
}

// itemKey opens the key of an item's lines (itemLines): its kind, what
// it prints, and the width and density it is set at.
func (l *layouter) itemKey(kind byte, parts ...string) []byte {
	key := append(l.itemBuf[:0], kind)
	key = binary.LittleEndian.AppendUint64(key, math.Float64bits(l.cw))
	key = binary.LittleEndian.AppendUint64(key, math.Float64bits(l.lv.body))
	key = strconv.AppendBool(key, l.lv.tight)
	for _, p := range parts {
		key = appendPart(key, p)
	}
	return key
}

// appendPart adds a string to a key, after its length: no two lists of
// strings make the same key.
func appendPart(key []byte, s string) []byte {
	return append(binary.AppendUvarint(key, uint64(len(s))), s...)
}

// appendCites adds citations to an item's key.
func appendCites(key []byte, cs []brief.Cite) []byte {
	key = binary.AppendUvarint(key, uint64(len(cs)))
	for _, c := range cs {
		key = binary.AppendVarint(appendPart(key, c.Source), int64(c.Sentence))
	}
	return key
}

// itemLines returns the lines of an item of key, set by set when the
// layouter's memo does not hold them: an item's lines are a function of
// what it prints, its width and the density (the key says them all).
func (l *layouter) itemLines(key []byte, set func() []setLine) []setLine {
	l.itemBuf = key
	if l.memo == nil {
		return set()
	}
	if lines, ok := l.memo.lines(itemSets, key); ok {
		return lines
	}
	lines := set()
	l.memo.put(itemSets, key, lines)
	return lines
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
	if l.measure {
		return float64(len(lines)) * lh
	}
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
		if !l.measure {
			*ops = append(*ops, drawOp{kind: drawText, x: x, y: by, text: t, st: st})
		}
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
func planPage(m *fontMetrics, b *Briefing, paper Paper, lv density) *pagePlan {
	return planPageWith(m, b, paper, lv, nil, false)
}

// frame is the part of a page that does not depend on which items are on
// it: the header, the bottom line and the footer, with where the items
// start and may end at most.
type frame struct {
	ops      []drawOp
	y, limit float64
}

// frames remembers the frame of a briefing's page by density, so that the
// one-page cut, which lays the page out many times, sets it once.
type frames map[density]*frame

// planPageWith plans the page, taking its frame from fr when it has one
// (and keeping it there). With measure set, it only measures: the plan
// says where the page ends and what the "Also:" line hides, without the
// text it draws (the one-page cut needs no more).
func planPageWith(m *fontMetrics, b *Briefing, paper Paper, lv density, fr frames, measure bool) *pagePlan {
	w, h := paper.size()
	l := &layouter{m: m, b: b, lv: lv, p: &pagePlan{w: w, h: h}, y: pageMarginTop, left: pageMarginX, cw: w - 2*pageMarginX,
		memo: b.layouts, measure: measure}
	body, small, _, _ := l.sizes()
	if f := fr[lv]; f != nil {
		if !measure {
			l.p.ops = append(make([]drawOp, 0, len(f.ops)+256), f.ops...)
		}
		l.y, l.p.limit = f.y, f.limit
	} else {
		l.frame()
		if fr != nil {
			fr[lv] = &frame{ops: append([]drawOp(nil), l.p.ops...), y: l.y, limit: l.p.limit}
		}
	}

	l.content(body, small)
	return l.p
}

// frame sets the header (kicker and date, title, sources line, rule), the
// footer and the bottom line.
func (l *layouter) frame() {
	m, b := l.m, l.b
	_, small, titleSize, lead := l.sizes()
	ops := &l.p.ops
	kicker := textStyle{faceBold, small, colAccent}
	l.tracked(ops, "Briefing", l.left, l.y, kicker)
	date := m.clean(b.Date.Format("Monday 2 January 2006"))
	dst := textStyle{faceRegular, small, colMuted}
	*ops = append(*ops, drawOp{kind: drawText, x: l.left + l.cw - m.measure(date, faceRegular, small), y: baselineAt(l.y, small), text: date, st: dst})
	l.y += lineHeightMM(small) + 1.5

	title := m.balancedWrap([]textRun{{m.clean(b.Title), textStyle{faceBold, titleSize, colInk}}}, l.cw, 2)
	l.y += l.textTight(ops, title, l.left, l.y, titleSize)
	l.y += 0.8
	meta := l.wrap([]textRun{{m.clean(sourcesLine(b.Sources)), dst}}, l.cw, 1)
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
}

// content sets the sections under the frame, and what did not fit.
func (l *layouter) content(body, small float64) {
	b := l.b
	ops := &l.p.ops
	switch {
	case len(b.Sources) == 0:
		l.notice("No articles", "This briefing has no articles yet. Add news articles — text, Markdown or saved web pages — to build it.", body)
	case b.nothingFound():
		n := "the article"
		if len(b.Sources) > 1 {
			n = fmt.Sprintf("the %d articles", len(b.Sources))
		}
		l.notice("Nothing found", "No actors, commitments, open disputes or direct quotes were found in "+n+" listed below.", body)
	default:
		first := true
		var others []Section
		for _, sec := range b.Sections() {
			if sec.Other {
				others = append(others, sec)
				continue
			}
			if !first {
				l.y += sectionGapMM
			}
			first = false
			l.heading(sec.Title, sec.Empty, small)
			if sec.Title == pageSectionNames[secActors] {
				l.actors(sec.Items, body, small)
				continue
			}
			for _, it := range sec.Items {
				l.item(sec, it, body, small)
			}
		}
		if len(others) > 0 {
			l.y += sectionGapMM
			l.heading("Other stories", false, small)
			l.otherStories(others, body, small)
		}
	}
	if more := b.omittedLine(); more != "" {
		l.y += 2.5
		lines := l.wrap([]textRun{{more, textStyle{faceItalic, small, colMuted}}}, l.cw, 1)
		l.y += l.text(ops, lines, l.left, l.y, small)
	}
	l.p.bottom = l.y
}

// textTight places lines with a tighter leading (the title).
func (l *layouter) textTight(ops *[]drawOp, lines []setLine, x, y, size float64) float64 {
	lh := size * 1.18 * ptMM
	if l.measure {
		return float64(len(lines)) * lh
	}
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

// sourcesLine is the line under the title: "3 sources · Reuters, BBC
// News", "8 sources · Baltic Wire and others" when some have no outlet.
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
		// Not all from these: "8 sources · Baltic Wire" would say so.
		for _, s := range ss {
			if sourceOutlet(s) == "" {
				line += " and others"
				break
			}
		}
	}
	return line
}

// sourceOutlet names where a source was published: its site, or a URL's
// host; empty when neither is known or the site is a placeholder ("—",
// "unknown").
func sourceOutlet(s brief.Source) string {
	o := strings.Join(strings.Fields(s.Site), " ")
	if o == "" {
		if rest, ok := strings.CutPrefix(s.Path, "https://"); ok {
			o = strings.TrimPrefix(strings.SplitN(rest, "/", 2)[0], "www.")
		} else if rest, ok := strings.CutPrefix(s.Path, "http://"); ok {
			o = strings.TrimPrefix(strings.SplitN(rest, "/", 2)[0], "www.")
		}
	}
	if !strings.ContainsFunc(o, unicode.IsLetter) || placeholders[strings.ToLower(strings.Trim(o, " .-—–()[]"))] {
		return ""
	}
	return o
}

// placeholders are what a page's metadata says when it knows nothing.
var placeholders = map[string]bool{"unknown": true, "n/a": true, "na": true, "none": true, "null": true,
	"undefined": true, "nil": true, "untitled": true, "tbd": true, "site": true, "source": true}

// sourceDate is a source's date as the sources list gives it ("6 Dec
// 2026"); empty when it has none, or a placeholder's (the Unix epoch, a
// year before 1900).
func sourceDate(s brief.Source) string {
	d := s.Date
	if d.IsZero() || d.Year() < 1900 || d.Unix() == 0 || d.UTC().Format("2006-01-02") == "1970-01-01" {
		return ""
	}
	return d.Format("2 Jan 2006")
}

// withOutlets is a copy of the analysis's sources in which a source whose
// outlet is unknown takes the news agency its article's wire dateline
// names ("SURABAYA, Indonesia (Reuters) - …").
func withOutlets(an *brief.Analysis) []brief.Source {
	out := append([]brief.Source(nil), an.Sources...)
	for i := range out {
		if sourceOutlet(out[i]) != "" {
			continue
		}
		if a := an.Article(out[i].ID); a != nil && len(a.Sentences) > 0 {
			out[i].Site = datelineOutlet(a.SentenceText(0))
		}
	}
	return out
}

// datelineOutlet is the agency a wire dateline names in brackets
// ("JAKARTA (Reuters) -" gives "Reuters"); empty without one.
func datelineOutlet(s string) string {
	m := wireDateline().FindString(strings.TrimSpace(s))
	first, _, _ := strings.Cut(m, " ")
	if m == "" || utf8.RuneCountInString(strings.Trim(first, ",")) < 3 || strings.ToUpper(first) != first {
		return ""
	}
	open, close := strings.LastIndexByte(m, '('), strings.LastIndexByte(m, ')')
	if open < 0 || close < open {
		return ""
	}
	name := strings.TrimSpace(m[open+1 : close])
	if !capitalised(name) || strings.ContainsFunc(name, unicode.IsDigit) {
		return ""
	}
	return name
}

// heading sets a section heading, with "none found" beside it when the
// section is empty, and a hairline under it.
func (l *layouter) heading(name string, empty bool, small float64) {
	ops := &l.p.ops
	x := l.tracked(ops, name, l.left, l.y, textStyle{faceBold, small, colAccent})
	if empty {
		*ops = append(*ops, drawOp{kind: drawText, x: x + 2, y: baselineAt(l.y, small), text: "none found", st: textStyle{faceItalic, small, colMuted}})
	}
	l.y += lineHeightMM(small) + 0.4
	*ops = append(*ops, drawOp{kind: drawRule, x: l.left, y: l.y, w: l.cw, h: 0.25, color: colRule})
	l.y += 1.3
}

// notice sets a message in place of the sections.
func (l *layouter) notice(head, text string, body float64) {
	ops := &l.p.ops
	l.y += 2
	hs := body + 3
	l.y += l.text(ops, l.wrap([]textRun{{head, textStyle{faceBold, hs, colInk}}}, l.cw, 1), l.left, l.y, hs)
	l.y += 1
	l.y += l.text(ops, l.wrap([]textRun{{l.m.clean(text), textStyle{faceRegular, body, colMuted}}}, l.cw, 3), l.left, l.y, body)
}

// bottomLineBox sets the bottom-line box: a tinted panel with an accent bar.
func (l *layouter) bottomLineBox(small, lead float64) {
	const pad, bar = 3.5, 1.2
	var inner []drawOp
	x := l.left + bar + pad
	width := l.cw - bar - 2*pad
	y := l.y + pad - 0.5
	label := "Bottom line"
	if len(l.b.Stories) > 1 {
		label = "Lead story"
	}
	l.tracked(&inner, label, x, y, textStyle{faceBold, small, colAccent})
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
	y += l.text(&inner, l.wrap(spans, width, maxLines), x, y, lead)
	height := y + pad - l.y
	l.p.ops = append(l.p.ops,
		drawOp{kind: drawRect, x: l.left, y: l.y, w: l.cw, h: height, color: colBox},
		drawOp{kind: drawRect, x: l.left, y: l.y, w: bar, h: height, color: colAccent})
	l.p.ops = append(l.p.ops, inner...)
	l.y += height + 4.2
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

// actors sets the key actors: those with a role or a stance in two
// columns (name and role, then where they stand), then the others on one
// line ("Also: Indonesia [1] · Airbus [1]"), which takes a third of the room.
func (l *layouter) actors(items []Item, body, small float64) {
	colW := (l.cw - columnGap) / 2
	stanceSize := math.Max(minTextPt, body-0.5)
	var described, bare []*brief.Actor
	for _, it := range items {
		if it.Actor.Role == "" && it.Actor.Stance == "" {
			bare = append(bare, it.Actor)
		} else {
			described = append(described, it.Actor)
		}
	}
	for i := 0; i < len(described); i += 2 {
		rowH := 0.0
		for c := 0; c < 2 && i+c < len(described); c++ {
			a := described[i+c]
			x := l.left + float64(c)*(colW+columnGap)
			hgt := l.text(&l.p.ops, l.wrap(l.actorSpans(a, body, small), colW, 2), x, l.y, body)
			if a.Stance != "" {
				st := l.wrap([]textRun{{l.m.clean(a.Stance), textStyle{faceRegular, stanceSize, colInk}}}, colW, 2)
				hgt += l.text(&l.p.ops, st, x, l.y+hgt, stanceSize)
			}
			rowH = math.Max(rowH, hgt)
		}
		l.y += rowH + 1.6
	}
	if len(bare) > 0 {
		// As many as fit on alsoLines lines, whole; the others are not on
		// the page (FitOnePage leaves them out, so that the text exports
		// list the same actors).
		spans := []textRun{{"Also: ", textStyle{faceRegular, body, colMuted}}}
		var lines []setLine
		shown := 0
		for i, a := range bare {
			next := spans
			if i > 0 {
				next = append(next[:len(next):len(next)], textRun{" · ", textStyle{faceRegular, body, colMuted}})
			}
			next = append(next[:len(next):len(next)], l.actorSpans(a, body, small)...)
			set := l.wrap(next, l.cw, 0)
			if len(set) > alsoLines && i > 0 {
				break
			}
			spans, lines, shown = next, set, i+1
		}
		for _, a := range bare[shown:] {
			l.p.hidden = append(l.p.hidden, a.Key())
		}
		if len(lines) > alsoLines {
			lines = l.wrap(spans, l.cw, alsoLines)
		}
		l.y += l.text(&l.p.ops, lines, l.left, l.y, body) + 1.6
	}
}

// alsoLines is how many lines the "Also:" line of minor actors takes at
// most.
const alsoLines = 3

// actorSpans are an actor's name, role and first citation.
func (l *layouter) actorSpans(a *brief.Actor, body, small float64) []textRun {
	spans := []textRun{{l.m.clean(a.Name), textStyle{faceBold, body, colInk}}}
	if a.Role != "" {
		spans = append(spans, textRun{", " + l.m.clean(a.Role), textStyle{faceRegular, body, colMuted}})
	}
	return append(spans, l.citeSpan(a.Cites[:min(len(a.Cites), 1)], small)...)
}

// storyHeadlineWords is the most words of another story's headline on the
// page (cut where a clause of it ends).
const storyHeadlineWords = 12

// storyGapMM is the space between two stories other than the lead.
const storyGapMM = 1.6

// otherStories sets the stories other than the lead: one across the page,
// several in two columns, the first stories down the left column and the
// rest down the right, split where the columns come out most even.
func (l *layouter) otherStories(secs []Section, body, small float64) {
	if len(secs) == 1 {
		l.story(secs[0], body, small)
		return
	}
	colW := (l.cw - columnGap) / 2
	left, cw, y0 := l.left, l.cw, l.y
	blocks := make([][]drawOp, len(secs))
	heights := make([]float64, len(secs))
	l.cw = colW
	for i, sec := range secs {
		ops := l.p.ops
		l.p.ops, l.y = nil, 0
		l.story(sec, body, small)
		blocks[i], heights[i] = l.p.ops, l.y-itemGapMM
		l.p.ops = ops
	}
	l.cw = cw
	column := func(hs []float64) float64 {
		h := 0.0
		for i, x := range hs {
			if i > 0 {
				h += storyGapMM
			}
			h += x
		}
		return h
	}
	split, best := 0, math.Inf(1)
	for m := (len(secs) + 1) / 2; m <= len(secs); m++ {
		if h := math.Max(column(heights[:m]), column(heights[m:])); h < best-1e-6 {
			split, best = m, h
		}
	}
	for c, part := range [2][2]int{{0, split}, {split, len(secs)}} {
		x, y := left+float64(c)*(colW+columnGap), y0
		for i := part[0]; i < part[1]; i++ {
			for _, op := range blocks[i] {
				op.x += x - left
				op.y += y
				l.p.ops = append(l.p.ops, op)
			}
			y += heights[i] + storyGapMM
		}
	}
	l.y = y0 + best + itemGapMM
}

// story sets a story other than the lead: its headline with the citations
// of all its articles, then its best items.
func (l *layouter) story(sec Section, body, small float64) {
	lines := 1
	if l.cw < l.p.w/2 {
		lines = 2 // in a column
	}
	key := l.itemKey('h', sec.Title, strconv.Itoa(lines))
	for _, id := range sec.Sources {
		key = appendPart(key, id)
	}
	head := l.itemLines(key, func() []setLine {
		var cites []brief.Cite
		for _, id := range sec.Sources {
			cites = append(cites, brief.Cite{Source: id})
		}
		spans := append([]textRun{{l.m.clean(shortHeadline(sec.Title, storyHeadlineWords)), textStyle{faceBold, body, colInk}}}, l.citeSpan(cites, small)...)
		return l.wrap(spans, l.cw, lines)
	})
	l.y += l.text(&l.p.ops, head, l.left, l.y, body) + 0.7
	for _, it := range sec.Items {
		if it.Kind == ItemActor {
			a := it.Actor
			key := appendCites(l.itemKey('a', a.Name, a.Role, a.Stance), a.Cites[:min(len(a.Cites), 1)])
			lines := l.itemLines(key, func() []setLine {
				spans := l.actorSpans(a, body, small)
				if a.Stance != "" {
					spans = append(spans[:len(spans)-1], textRun{" — ", textStyle{faceRegular, body, colMuted}},
						textRun{l.m.clean(a.Stance), textStyle{faceRegular, body, colInk}}, spans[len(spans)-1])
				}
				return l.wrap(spans, l.cw-itemIndentMM, l.maxLines(2, 2))
			})
			l.bulletLines(lines, colMuted, body)
			continue
		}
		l.item(sec, it, body, small)
	}
}

// item sets a commitment, dispute, quote or difference as a list item.
func (l *layouter) item(sec Section, it Item, body, small float64) {
	switch it.Kind {
	case ItemCommitment:
		l.commitment(*it.Commitment, sec.Clause(it), body, small)
	case ItemDispute:
		l.dispute(*it.Dispute, sec.Clause(it), body, small)
	case ItemQuote:
		l.quote(*it.Quote, sec.Clause(it), body, small)
	case ItemDifference:
		l.difference(*it.Difference, body, small)
	}
}

// bullet sets a list item with a small square marker.
func (l *layouter) bullet(spans []textRun, marker pdfColor, body float64, normal, tight int) {
	l.bulletLines(l.wrap(spans, l.cw-itemIndentMM, l.maxLines(normal, tight)), marker, body)
}

// bulletLines sets the lines of a list item with a small square marker.
func (l *layouter) bulletLines(lines []setLine, marker pdfColor, body float64) {
	const sq = 1.3
	by := baselineAt(l.y, body)
	mid := by - notoCapHeight*body*ptMM/2
	l.p.ops = append(l.p.ops, drawOp{kind: drawRect, x: l.left + 0.4, y: mid - sq/2, w: sq, h: sq, color: marker})
	l.y += l.text(&l.p.ops, lines, l.left+itemIndentMM, l.y, body) + itemGapMM
}

// leadSpans open an item with its bold lead and a dash.
func (l *layouter) leadSpans(lead, sep string, body float64) []textRun {
	if lead = l.m.clean(lead); lead == "" {
		return nil
	}
	return []textRun{{lead, textStyle{faceBold, body, colInk}}, {sep, textStyle{faceRegular, body, colMuted}}}
}

func (l *layouter) commitment(c brief.Commitment, cl ItemClause, body, small float64) {
	key := l.itemKey('c', cl.Lead, cl.Clause, cl.When, strconv.FormatBool(cl.Hedged))
	lines := l.itemLines(appendCites(key, c.Cites), func() []setLine {
		return l.wrap(l.commitmentSpans(c, cl, body, small), l.cw-itemIndentMM, l.maxLines(3, 2))
	})
	l.bulletLines(lines, colAccent, body)
}

// commitmentSpans are a commitment's runs, its clause cut to fit.
func (l *layouter) commitmentSpans(c brief.Commitment, cl ItemClause, body, small float64) []textRun {
	return l.fitted(func(clause string) []textRun {
		spans := l.leadSpans(cl.Lead, " — ", body)
		spans = append(spans, textRun{l.m.clean(clause), textStyle{faceRegular, body, colInk}})
		if cl.When != "" {
			spans = append(spans, textRun{" — ", textStyle{faceRegular, body, colMuted}}, textRun{l.m.clean(cl.When), textStyle{faceRegular, body, colInk}})
		}
		if cl.Hedged {
			spans = append(spans, textRun{" (hedged)", textStyle{faceItalic, small, colMuted}})
		}
		return append(spans, l.citeSpan(c.Cites, small)...)
	}, cl.Clause, "…", l.maxLines(3, 2))
}

func (l *layouter) dispute(d brief.Dispute, cl ItemClause, body, small float64) {
	lines := l.itemLines(appendCites(l.itemKey('d', cl.Lead, cl.Clause), d.Cites), func() []setLine {
		spans := l.fitted(func(clause string) []textRun {
			spans := l.leadSpans(cl.Lead, " — ", body)
			spans = append(spans, textRun{l.m.clean(clause), textStyle{faceRegular, body, colInk}})
			return append(spans, l.citeSpan(d.Cites, small)...)
		}, cl.Clause, "…", l.maxLines(3, 2))
		return l.wrap(spans, l.cw-itemIndentMM, l.maxLines(3, 2))
	})
	l.bulletLines(lines, colDispute, body)
}

// fitted is an item's line as the page sets it: made by build from its
// clause when it fits in maxLines lines of the item's width; else from the
// clause cut shorter where a phrase ends (with mark), so that the line is
// not cut by the page in the middle of a clause or a word. When no cut
// fits either, the clause as it is (the wrap cuts it with "…").
func (l *layouter) fitted(build func(clause string) []textRun, clause, mark string, maxLines int) []textRun {
	spans := build(clause)
	width := l.cw - itemIndentMM
	if !l.m.clipped(l.wrap(spans, width, maxLines), spans) {
		return spans
	}
	body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(clause), mark))
	last := ""
	for n := wordCount(body) - 1; n >= 5; n-- {
		out, ok := clipPhrase(body, n)
		if !ok || out == last {
			continue
		}
		last = out
		cut := build(strings.TrimRight(out, " ,;:—–") + mark)
		if !l.m.clipped(l.wrap(cut, width, maxLines), cut) {
			return cut
		}
	}
	return spans
}

func (l *layouter) difference(d Difference, body, small float64) {
	lead, claims, own := DifferenceClause(d)
	spans := l.leadSpans(lead, ": ", body)
	for i, c := range claims {
		if i > 0 {
			spans = append(spans, textRun{"; ", textStyle{faceRegular, body, colInk}})
		}
		spans = append(spans, textRun{l.m.clean(c), textStyle{faceRegular, body, colInk}})
		if own {
			spans = append(spans, l.citeSpan(d.Claims[i].Cites, small)...)
		}
	}
	if !own {
		spans = append(spans, l.citeSpan(d.Cites(), small)...)
	}
	l.bullet(spans, colDiffer, body, 3, 2)
}

func (l *layouter) quote(q brief.Quote, cl ItemClause, body, small float64) {
	role := "" // the speaker's role, when the page does not give it already
	if q.Speaker != "" {
		if r := l.roleOf(q.Speaker); r != "" && !l.onPage(q.Speaker) {
			role = r
		}
	}
	lines := l.itemLines(appendCites(l.itemKey('q', cl.Clause, q.Speaker, role), q.Cites), func() []setLine {
		spans := l.fitted(func(clause string) []textRun {
			spans := []textRun{{"“" + l.m.clean(clause) + "”", textStyle{faceItalic, body, colInk}}}
			if q.Speaker != "" {
				spans = append(spans, textRun{" — ", textStyle{faceRegular, body, colMuted}},
					textRun{l.m.clean(q.Speaker), textStyle{faceBold, body, colInk}})
				if role != "" {
					spans = append(spans, textRun{", " + l.m.clean(role), textStyle{faceRegular, body, colMuted}})
				}
			} else {
				spans = append(spans, textRun{" — unattributed", textStyle{faceItalic, body, colMuted}})
			}
			return append(spans, l.citeSpan(q.Cites, small)...)
		}, cl.Clause, " …", l.maxLines(3, 2))
		return l.wrap(spans, l.cw-itemIndentMM, l.maxLines(3, 2))
	})
	top := l.y
	hgt := l.text(&l.p.ops, lines, l.left+itemIndentMM, l.y, body)
	l.p.ops = append(l.p.ops, drawOp{kind: drawRect, x: l.left + 0.4, y: top + 0.8, w: 0.7, h: hgt - 1.6, color: colRule})
	l.y += hgt + itemGapMM
}

// hedgeWords open a clause that says it is hedged.
var hedgeWords = map[string]bool{"would": true, "could": true, "may": true, "might": true, "expected": true,
	"hopes": true, "hoped": true, "plans": true, "planned": true, "wants": true, "aims": true, "intends": true,
	"likely": true, "seeks": true, "should": true, "hope": true, "want": true, "plan": true}

// onPage reports whether an actor is among the key actors on the page,
// where its role is already given.
func (l *layouter) onPage(name string) bool {
	for _, a := range l.b.Actors {
		if strings.EqualFold(a.Name, name) {
			return true
		}
	}
	return false
}

// roleOf finds a speaker's role among the analysis's actors.
func (l *layouter) roleOf(name string) string {
	for _, a := range l.b.Actors {
		if strings.EqualFold(a.Name, name) {
			return a.Role
		}
	}
	if l.b.Analysis != nil {
		for _, a := range l.b.Analysis.Actors {
			if strings.EqualFold(a.Name, name) {
				return pageRole(a.Role)
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
	// Every source, story by story (the lead story's first), so that no
	// article loaded is missing; past footerMax, the rest are counted.
	list := b.sourcesByStory()
	var extra string
	if len(list) > footerMax {
		rest := len(list) - footerMax
		list = list[:footerMax]
		extra = fmt.Sprintf("+%d more %s", rest, nounFor(rest, "source", "sources"))
	}
	// One source a line; past six, two columns. A few sources may take
	// two lines each rather than cut their titles.
	cols := 1
	if len(list) > 6 {
		cols = 2
	}
	maxLines := 1
	if len(list) <= footerWrapMax {
		maxLines = 2
	}
	colW := (l.cw - float64(cols-1)*columnGap) / float64(cols)
	lines := make([][]setLine, len(list))
	rows := (len(list) + cols - 1) / cols
	height := 2.2 + lineHeightMM(small) + 0.4
	// The numbers in a column of their own, so that a title's second line
	// starts under its first.
	numW := 0.0
	for _, n := range list {
		numW = max(numW, l.m.measure(fmt.Sprintf("[%d] ", n), faceBold, small))
	}
	textW := colW - numW
	for i, n := range list {
		lines[i] = l.wrap(l.sourceSpans(b.Sources[n-1], textW, maxLines, small), textW, maxLines)
		if cols == 1 {
			height += float64(len(lines[i])) * lineHeightMM(small)
		}
	}
	lh := lineHeightMM(small)
	if cols > 1 {
		height += float64(rows) * lh
	}
	if extra != "" {
		height += lh
	}
	top := l.p.h - pageMarginBottom - height
	var ops []drawOp
	ops = append(ops, drawOp{kind: drawRule, x: l.left, y: top, w: l.cw, h: 0.25, color: colRule})
	y := top + 2.2
	l.tracked(&ops, "Sources", l.left, y, textStyle{faceBold, small, colMuted})
	y += lh + 0.4
	num := textStyle{faceBold, small, colMuted}
	for i, n := range list {
		x, ly := l.left, y
		if cols > 1 {
			col, row := i/rows, i%rows
			x, ly = l.left+float64(col)*(colW+columnGap), y+float64(row)*lh
		}
		l.text(&ops, l.wrap([]textRun{{fmt.Sprintf("[%d]", n), num}}, numW, 1), x, ly, small)
		h := l.text(&ops, lines[i], x+numW, ly, small)
		if cols == 1 {
			y += h
		}
	}
	if cols > 1 {
		y += float64(rows) * lh
	}
	if extra != "" {
		l.text(&ops, l.wrap([]textRun{{extra, textStyle{faceItalic, small, colMuted}}}, l.cw, 1), l.left, y, small)
	}
	l.p.ops = append(l.p.ops, ops...)
	return top
}

// footerWrapMax is the most sources the footer lists that may take two
// lines each.
const footerWrapMax = 4

// sourceSpans are a source's line in the footer after its number: "Title —
// Outlet · 6 Dec 2026". On one line the title is cut rather than the outlet and date,
// keeping at least two fifths of the room; the outlet and date are whole or
// left out (the date first), never cut.
func (l *layouter) sourceSpans(s brief.Source, width float64, lines int, small float64) []textRun {
	title := strings.TrimSpace(s.Title)
	if title == "" {
		title = sourceFileName(s.Path)
	}
	title = l.m.clean(title)
	room := float64(lines)*width - 2 // the wrap's slack
	metas := []string{sourceMeta(s), sourceOutlet(s), ""}
	meta := ""
	for _, m := range metas {
		if m != "" {
			// The outlet and date stay together: a line may break
			// before the dash, never inside "24 Nov 2026".
			m = " —" + nbsp + strings.ReplaceAll(l.m.clean(m), " ", nbsp)
		}
		if l.m.measure(m, faceRegular, small) <= room*0.6 || m == "" {
			meta = m
			break
		}
	}
	title = l.m.clipWidth(title, faceRegular, small, room-l.m.measure(meta, faceRegular, small))
	spans := []textRun{{title, textStyle{faceRegular, small, colInk}}}
	if meta != "" {
		spans = append(spans, textRun{meta, textStyle{faceRegular, small, colMuted}})
	}
	return spans
}

// sourceMeta is "Outlet · 26 Nov 2026" for a source: what it knows of
// the two, never an empty part.
func sourceMeta(s brief.Source) string {
	var parts []string
	if o := sourceOutlet(s); o != "" {
		parts = append(parts, o)
	}
	if d := sourceDate(s); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, " · ")
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

// footerMax is the most sources the footer lists.
const footerMax = 12

// sourcesByStory lists the numbers of the sources (as citations count
// them) story by story, the lead story's first, each story's in the order
// they were loaded.
func (b *Briefing) sourcesByStory() []int {
	num := map[string]int{}
	for i, s := range b.Sources {
		num[s.ID] = i + 1
	}
	var out []int
	seen := map[int]bool{}
	for _, st := range b.Stories {
		for _, id := range st.Sources {
			if n := num[id]; n > 0 && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	for i := range b.Sources {
		if !seen[i+1] {
			out = append(out, i+1)
		}
	}
	return out
}
