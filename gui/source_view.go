package gui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
)

// styleHighlight marks the cited sentence in the source.
var styleHighlight = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}

// rowBytes bounds the text of one row of the source pane: a paragraph
// longer than that is shown as several rows, cut between sentences. Hardly
// a paragraph of news is that long (one in a thousand); the rows of a long
// article are what the list lays out one by one, only as they come into
// view.
const rowBytes = 2000

// sourcePane shows an article as a virtualised list (widget.List) of its
// paragraphs: only the rows in view are laid out, so an article of
// megabytes shows as fast as a short one. The cited sentence is in bold and
// the theme's primary colour, on a tinted paragraph, scrolled into view.
type sourcePane struct {
	u *ui

	title  *widget.Label
	meta   *widget.RichText
	holder *fyne.Container // holds list, which is made anew for each article
	list   *widget.List
	empty  fyne.CanvasObject
	view   fyne.CanvasObject

	article *brief.Article
	source  string // the article's source ID in the analysis ("S2"), if known
	rows    []sourceRow
	hl      int // highlighted sentence, or -1

	// heights are the rows' heights as given to the list (list.
	// SetItemHeight): estimates until a row is laid out at the list's
	// width, measured after. width is the width they are for.
	heights  []float32
	measured []bool
	width    float32
	// shown maps a row on screen to the widget that draws it.
	shown map[int]*sourceRowWidget
	// measure lays rows out off screen to learn their height.
	measure *widget.RichText
	// pending are rows whose height was measured as they were drawn, to be
	// given to the list once the layout in progress is over.
	pending map[int]float32
}

// sourceRow is one row of the list: the sentences [first, first+count) of
// paragraph para, the text a.Text[start:end].
type sourceRow struct {
	para, first, count int
	start, end         int
}

func newSourcePane(u *ui) *sourcePane {
	s := &sourcePane{u: u, hl: -1, shown: map[int]*sourceRowWidget{}, pending: map[int]float32{}}
	s.title = widget.NewLabel("")
	s.title.TextStyle = fyne.TextStyle{Bold: true}
	s.title.SizeName = theme.SizeNameSubHeadingText
	s.title.Wrapping = fyne.TextWrapWord
	s.meta = newMuted("")
	s.meta.Wrapping = fyne.TextWrapWord
	s.measure = widget.NewRichText()
	s.measure.Wrapping = fyne.TextWrapWord
	s.holder = container.NewStack()

	hint := newMutedHint("Click an item of the briefing\nto see the sentence it comes from.")
	s.empty = container.NewCenter(hint)

	header := container.NewVBox(s.title, s.meta, widget.NewSeparator())
	s.view = container.NewStack(
		container.NewBorder(container.NewPadded(header), nil, nil, nil, s.holder),
		s.empty)
	s.clear()
	return s
}

// clear empties the pane.
func (s *sourcePane) clear() {
	s.article, s.source, s.rows, s.hl = nil, "", nil, -1
	s.list, s.heights, s.measured = nil, nil, nil
	clear(s.shown)
	clear(s.pending)
	s.title.SetText("")
	setMuted(s.meta, "")
	s.holder.RemoveAll()
	s.empty.Show()
}

// showCite shows the article a citation points at with its sentence
// highlighted (Sentence -1: the article's top).
func (s *sourcePane) showCite(c brief.Cite) {
	if s.u.an == nil {
		return
	}
	a := s.u.an.Article(c.Source)
	if a == nil {
		return
	}
	s.show(a, c.Source, c.Sentence)
}

// showArticle shows a library article, with a sentence highlighted or -1.
func (s *sourcePane) showArticle(id string, sentence int) {
	a, src := s.analysed(id)
	if a == nil && s.u.lib != nil {
		a = s.u.lib.Article(id)
	}
	if a == nil {
		return
	}
	s.show(a, src, sentence)
}

// analysed finds an article in the current analysis by ID.
func (s *sourcePane) analysed(id string) (*brief.Article, string) {
	if s.u.an == nil {
		return nil, ""
	}
	for i, a := range s.u.an.Articles {
		if a != nil && a.ID == id {
			return a, brief.SourceID(i)
		}
	}
	return nil, ""
}

// analysisChanged follows a new analysis: the article shown is looked up
// again (it may have been renamed or removed); with nothing shown, the
// first article is.
func (s *sourcePane) analysisChanged() {
	if s.article != nil {
		a, src := s.analysed(s.article.ID)
		if a == nil {
			s.clear()
		} else {
			if a != s.article {
				s.article = nil // renamed: redraw
			}
			s.show(a, src, s.hl)
			return
		}
	}
	if s.u.an != nil && len(s.u.an.Articles) > 0 && s.u.an.Articles[0] != nil {
		s.show(s.u.an.Articles[0], brief.SourceID(0), -1)
	}
}

// show displays article a (re-using its list when it is already shown) and
// highlights sentence hl.
func (s *sourcePane) show(a *brief.Article, source string, hl int) {
	if hl >= len(a.Sentences) {
		hl = -1
	}
	s.empty.Hide()
	if a != s.article {
		s.article, s.source, s.hl = a, source, hl
		s.title.SetText(clip(articleTitle(a.Title), brief.MaxMeta))
		setMuted(s.meta, articleMeta(a, source))
		s.rows = sourceRows(a)
		s.newList()
	} else if hl != s.hl {
		old := s.rowOf(s.hl)
		s.hl = hl
		s.redraw(old)
		s.redraw(s.rowOf(hl))
		s.retint()
	}
	if source != s.source {
		s.source = source
		setMuted(s.meta, articleMeta(a, source))
	}
	s.u.library.selectID(a.ID)
	if hl >= 0 {
		s.scrollToSentence(hl)
	}
}

// sourceRows cuts an article into the rows of the list: a row a paragraph,
// or, for a paragraph longer than rowBytes, a row for each run of its
// sentences that fits (a sentence longer than that has a row to itself).
func sourceRows(a *brief.Article) []sourceRow {
	rows := make([]sourceRow, 0, len(a.Paragraphs))
	for pi, p := range a.Paragraphs {
		if p.Count == 0 || p.End-p.Start <= rowBytes {
			rows = append(rows, sourceRow{para: pi, first: p.First, count: p.Count, start: p.Start, end: p.End})
			continue
		}
		cur := sourceRow{para: pi, first: p.First, start: a.Sentences[p.First].Start}
		for si := p.First; si < p.First+p.Count; si++ {
			st := a.Sentences[si]
			if cur.count > 0 && st.End-cur.start > rowBytes {
				rows = append(rows, cur)
				cur = sourceRow{para: pi, first: si, start: st.Start}
			}
			cur.count++
			cur.end = st.End
		}
		rows = append(rows, cur)
	}
	return rows
}

// rowOf returns the row that holds sentence i, or -1.
func (s *sourcePane) rowOf(i int) int {
	if s.article == nil || i < 0 || i >= len(s.article.Sentences) {
		return -1
	}
	lo, hi := 0, len(s.rows)
	for lo < hi {
		m := (lo + hi) / 2
		switch r := s.rows[m]; {
		case i < r.first:
			hi = m
		case i >= r.first+r.count:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// newList makes the list for the article shown, every row given an
// estimated height before the list is first drawn (setting a height
// refreshes a list that is drawn already).
func (s *sourcePane) newList() {
	clear(s.shown)
	clear(s.pending)
	l := widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject { return newSourceRowWidget() },
		s.updateRow)
	l.HideSeparators = true
	s.width = s.listWidth()
	s.heights = make([]float32, len(s.rows))
	s.measured = make([]bool, len(s.rows))
	est := newHeightEstimator(s.width)
	for i, r := range s.rows {
		s.heights[i] = est.height(s.article.Text[r.start:r.end])
		l.SetItemHeight(i, s.heights[i])
	}
	s.list = l
	s.holder.Objects = []fyne.CanvasObject{&sourceListFrame{list: l, onWidth: s.widthChanged}}
	s.holder.Refresh()
}

// listWidth is the width the rows are laid out at: the list's, or the
// holder's before the list is drawn.
func (s *sourcePane) listWidth() float32 {
	if s.list != nil && s.list.Size().Width > 0 {
		return s.list.Size().Width
	}
	if w := s.holder.Size().Width; w > 0 {
		return w
	}
	return 400
}

// updateRow draws row id into o as the list brings it into view, and
// measures its height at the list's width: when the estimate was wrong,
// the height is corrected once the list's layout is over.
func (s *sourcePane) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	w := o.(*sourceRowWidget)
	if old, ok := s.shown[w.id]; ok && old == w {
		delete(s.shown, w.id)
	}
	w.id = id
	s.shown[id] = w
	if id < 0 || id >= len(s.rows) {
		return
	}
	w.text.Segments = s.rowSegs(id)
	w.text.Refresh()
	s.tint(w)
	if s.measured[id] && s.width == s.listWidth() {
		return
	}
	h := s.rowHeight(id)
	s.measured[id] = true
	if h != s.heights[id] {
		s.pending[id] = h
		if len(s.pending) == 1 {
			list := s.list
			s.u.do(func() { s.applyHeights(list) })
		}
	}
}

// applyHeights gives the list the heights measured while it was drawn.
func (s *sourcePane) applyHeights(list *widget.List) {
	if list != s.list {
		clear(s.pending)
		return
	}
	for id, h := range s.pending {
		s.heights[id] = h
		delete(s.pending, id)
		list.SetItemHeight(id, h)
	}
}

// widthChanged follows a new width of the list: the heights measured are
// for the old one, so the rows in view are measured again and the others
// will be when they come into view.
func (s *sourcePane) widthChanged(width float32) {
	if s.list == nil || width == s.width || width <= 0 {
		return
	}
	s.width = width
	clear(s.measured)
	for id, w := range s.shown {
		if w.id == id && id < len(s.rows) {
			s.measured[id] = true
			if h := s.rowHeight(id); h != s.heights[id] {
				s.pending[id] = h
			}
		}
	}
	if len(s.pending) > 0 {
		list := s.list
		s.u.do(func() { s.applyHeights(list) })
	}
}

// rowHeight lays row id out at the list's width and returns its height.
func (s *sourcePane) rowHeight(id int) float32 {
	s.measure.Segments = s.rowSegs(id)
	s.measure.Refresh()
	s.measure.Resize(fyne.NewSize(s.listWidth(), 0))
	return s.measure.MinSize().Height
}

// redraw draws row id again (its highlight changed), if it is in view.
func (s *sourcePane) redraw(id int) {
	if id < 0 {
		return
	}
	if w, ok := s.shown[id]; ok && w.id == id {
		w.text.Segments = s.rowSegs(id)
		w.text.Refresh()
	}
}

// retint colours the rows in view: the highlighted sentence's paragraph
// tinted, the others not.
func (s *sourcePane) retint() {
	for id, w := range s.shown {
		if w.id == id {
			s.tint(w)
		}
	}
}

// tint colours the background of a row of the highlighted sentence's
// paragraph.
func (s *sourcePane) tint(w *sourceRowWidget) {
	on := s.hl >= 0 && w.id >= 0 && w.id < len(s.rows) && s.rows[w.id].para == s.article.Sentences[s.hl].Para
	th := fyne.CurrentApp().Settings().Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if on {
		w.bg.FillColor = th.Color(theme.ColorNameSelection, v)
	} else {
		w.bg.FillColor = nil
	}
	w.bg.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	w.bg.Refresh()
}

// scrollToSentence scrolls so the sentence stands in the upper third of
// the pane. The rows around it are measured first, so that what comes
// into view is where the offset says.
func (s *sourcePane) scrollToSentence(i int) {
	r := s.rowOf(i)
	if r < 0 || s.list == nil {
		return
	}
	view := s.list.Size().Height
	if view <= 0 {
		view = 600
	}
	s.measureAround(r, view)
	pad := theme.Padding()
	y := float32(0)
	for k := range r {
		y += s.heights[k] + pad
	}
	row, sent := s.rows[r], s.article.Sentences[i]
	if row.end > row.start {
		y += float32(sent.Start-row.start) / float32(row.end-row.start) * s.heights[r]
	}
	s.list.ScrollToOffset(max(0, y-view/3))
}

// measureAround gives the rows within a view's height of row r their
// measured heights.
func (s *sourcePane) measureAround(r int, view float32) {
	set := func(k int) float32 {
		if !s.measured[k] {
			s.measured[k] = true
			if h := s.rowHeight(k); h != s.heights[k] {
				s.heights[k] = h
				s.list.SetItemHeight(k, h)
			}
		}
		return s.heights[k]
	}
	for k, y := r, float32(0); k >= 0 && y < view; k-- {
		y += set(k)
	}
	for k, y := r+1, float32(0); k < len(s.rows) && y < view; k++ {
		y += set(k)
	}
}

// pieceBytes bounds the text segments a row is drawn with: Fyne's rich
// text measures each line against the rest of its segment, so the work of
// wrapping a segment grows with the square of its length (a paragraph of
// 16 KB in one segment takes seconds, in pieces of 400 bytes a tenth of
// one); pieces keep a row's layout linear in its text. Most paragraphs
// are one piece.
const pieceBytes = 400

// rowSegs is the rich text of row id: its sentences in pieces, sentence hl
// in the highlight style.
func (s *sourcePane) rowSegs(id int) []widget.RichTextSegment {
	a, r := s.article, s.rows[id]
	var segs []widget.RichTextSegment
	pos := r.start
	for si := r.first; si < r.first+r.count; si++ {
		st := a.Sentences[si]
		if si == s.hl {
			// The space before the sentence goes with it (see
			// appendPieces).
			b := st.Start
			for b > pos && a.Text[b-1] == ' ' {
				b--
			}
			segs = appendPieces(segs, a.Text[pos:b], styleInline)
			segs = appendPieces(segs, a.Text[b:st.End], styleHighlight)
			pos = st.End
		}
	}
	segs = appendPieces(segs, a.Text[pos:r.end], styleInline)
	return wrapSafe(endParagraph(segs))
}

// appendPieces appends text to segs in segments of about pieceBytes, all
// in one style, cut before a space (else on a character). Before, not
// after: Fyne 2.7.1 wraps a segment that starts in the middle of a line by
// breaking it at its last space that fits, and breaks its first word
// between two letters when there is none; a segment that starts with its
// space always has one, so its first word goes whole to the next line.
func appendPieces(segs []widget.RichTextSegment, text string, style widget.RichTextStyle) []widget.RichTextSegment {
	for len(text) > 0 {
		cut := len(text)
		if cut > pieceBytes {
			cut = pieceBytes
			if sp := strings.LastIndexByte(text[:cut], ' '); sp > pieceBytes/2 {
				cut = sp
			} else {
				for cut > 1 && !utf8.RuneStart(text[cut]) {
					cut--
				}
			}
		}
		segs = append(segs, seg(text[:cut], style))
		text = text[cut:]
	}
	return segs
}

// highlighted returns the text of the highlighted sentence as drawn on
// screen (its pieces joined), or "" when it is not in view.
func (s *sourcePane) highlighted() string {
	w, ok := s.shown[s.rowOf(s.hl)]
	if !ok || w.id != s.rowOf(s.hl) {
		return ""
	}
	var b strings.Builder
	for _, sg := range w.text.Segments {
		if t, ok := sg.(*widget.TextSegment); ok && t.Style.ColorName == styleHighlight.ColorName && t.Style.TextStyle.Bold {
			b.WriteString(strings.TrimPrefix(t.Text, zwsp))
		}
	}
	return strings.TrimLeft(b.String(), " ")
}

// scrollOffset is how far down the list is scrolled.
func (s *sourcePane) scrollOffset() float32 {
	if s.list == nil {
		return 0
	}
	return s.list.GetScrollOffset()
}

// articleMeta describes an article under its title: its source ID in the
// briefing, outlet, byline, date (in the user's order) and length — "S2 ·
// The Courier · By Ana Ruiz · 26 Nov 2026 · 812 words" —, each left out
// when the article does not say (see metaLine). The file it was read from
// is not named: the title above says what it is.
func articleMeta(a *brief.Article, source string) string {
	return metaLine(source, outletName(a.Site, a.Path), bylineName(a.Byline, a.Site), localDate(a.Date), wordCount(a.Words))
}

// heightEstimator guesses the height of a row of text at a width from its
// length, without laying it out: an average character width and the
// height of a line, measured once.
type heightEstimator struct {
	width, charWidth, line, base float32
}

func newHeightEstimator(width float32) heightEstimator {
	const sample = "The port authority said on Monday that talks with the pilots would resume."
	size := theme.TextSize()
	cw := fyne.MeasureText(sample, size, fyne.TextStyle{}).Width / float32(len(sample))
	one := widget.NewRichText(seg("x", widget.RichTextStyleParagraph))
	two := widget.NewRichText(seg("x\nx", widget.RichTextStyleParagraph))
	h1, h2 := one.MinSize().Height, two.MinSize().Height
	return heightEstimator{width: width - 2*theme.InnerPadding(), charWidth: cw, line: h2 - h1, base: 2*h1 - h2}
}

// height estimates the height of text wrapped at the width.
func (e heightEstimator) height(text string) float32 {
	if e.width <= 0 {
		return e.base + e.line
	}
	chars := float32(0)
	for range text {
		chars++
	}
	// Words do not fill a line to its end: a tenth more lines.
	lines := max(1, int(chars*e.charWidth*1.1/e.width)+1)
	return e.base + float32(lines)*e.line
}

// sourceRowWidget draws one row: its text over a background that tints the
// paragraph of the highlighted sentence. It takes taps and hovering
// itself, so that the list neither selects nor highlights the rows of
// what is a page of text.
type sourceRowWidget struct {
	widget.BaseWidget
	id   int
	text *widget.RichText
	bg   *canvas.Rectangle
}

var (
	_ fyne.Tappable     = (*sourceRowWidget)(nil)
	_ desktop.Hoverable = (*sourceRowWidget)(nil)
)

func newSourceRowWidget() *sourceRowWidget {
	w := &sourceRowWidget{id: -1, text: widget.NewRichText(), bg: canvas.NewRectangle(nil)}
	w.text.Wrapping = fyne.TextWrapWord
	w.ExtendBaseWidget(w)
	return w
}

// CreateRenderer draws the text over the background.
func (w *sourceRowWidget) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(w.bg, w.text))
}

// Tapped does nothing: a row is text, not a choice.
func (w *sourceRowWidget) Tapped(*fyne.PointEvent) {}

// MouseIn does nothing (see Tapped).
func (w *sourceRowWidget) MouseIn(*desktop.MouseEvent) {}

// MouseMoved does nothing (see Tapped).
func (w *sourceRowWidget) MouseMoved(*desktop.MouseEvent) {}

// MouseOut does nothing (see Tapped).
func (w *sourceRowWidget) MouseOut() {}

// sourceListFrame holds the list and tells the pane when its width
// changes, which the list itself does not.
type sourceListFrame struct {
	widget.BaseWidget
	list    *widget.List
	onWidth func(float32)
	width   float32
}

// CreateRenderer lays the list out over the whole frame.
func (f *sourceListFrame) CreateRenderer() fyne.WidgetRenderer {
	f.ExtendBaseWidget(f)
	return widget.NewSimpleRenderer(wheelList(f.list))
}

// Resize resizes the list and reports a new width.
func (f *sourceListFrame) Resize(size fyne.Size) {
	f.ExtendBaseWidget(f)
	f.BaseWidget.Resize(size)
	if size.Width != f.width {
		f.width = size.Width
		f.onWidth(size.Width)
	}
}
