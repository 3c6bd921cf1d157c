package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pinSVG is Briefing's pin icon (drawn for the app): a push pin, tilted.
const pinSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<path fill="#000000" d="M15.5 2.6l5.9 5.9-1.4 1.4-1.1-.4-3.6 3.6.3 3.4-1.4 1.4-3.3-3.3-4.9 4.9-1.4-.3-.3-1.4 4.9-4.9-3.3-3.3 1.4-1.4 3.4.3 3.6-3.6-.4-1.1z"/>
</svg>`

var pinIcon fyne.Resource = theme.NewThemedResource(fyne.NewStaticResource("pin.svg", []byte(pinSVG)))

// pinnedIcon is the pin drawn in the theme's primary colour: the item is pinned.
var pinnedIcon fyne.Resource = theme.NewPrimaryThemedResource(fyne.NewStaticResource("pinned.svg", []byte(pinSVG)))

// itemRow is a clickable row of the briefing or of the search results: a
// rich text with optional action buttons on the right, a background that
// shows hover and selection.
type itemRow struct {
	widget.BaseWidget
	text     *widget.RichText
	sub      *widget.RichText // an optional second line
	actions  fyne.CanvasObject
	bg       *canvas.Rectangle
	onTap    func()
	selected bool
	hovered  bool

	// line is the text of a single-line row in full; the text shown is
	// cut from it to the row's width (see fitLine).
	line     []*widget.TextSegment
	lineFits float32 // the width the shown text was cut for
}

var (
	_ fyne.Tappable      = (*itemRow)(nil)
	_ desktop.Hoverable  = (*itemRow)(nil)
	_ desktop.Cursorable = (*itemRow)(nil)
)

func newItemRow(segs []widget.RichTextSegment, actions fyne.CanvasObject, onTap func()) *itemRow {
	rt := widget.NewRichText(wrapSafe(displaySegs(segs))...)
	rt.Wrapping = fyne.TextWrapWord
	r := &itemRow{text: rt, actions: actions, onTap: onTap, bg: canvas.NewRectangle(nil)}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the text out with the actions on the right, over the
// hover and selection background.
func (r *itemRow) CreateRenderer() fyne.WidgetRenderer {
	r.updateBackground()
	var content fyne.CanvasObject = r.text
	if r.sub != nil {
		content = container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), r.text, r.sub)
	}
	if r.actions != nil {
		content = container.NewBorder(nil, nil, nil, container.NewCenter(r.actions), content)
	}
	return &itemRowRenderer{widget.NewSimpleRenderer(container.NewStack(r.bg, content)), r}
}

// itemRowRenderer cuts a single-line row's text to its width before laying
// it out.
type itemRowRenderer struct {
	fyne.WidgetRenderer
	r *itemRow
}

// Layout fits the text, then lays the row out.
func (rr *itemRowRenderer) Layout(size fyne.Size) {
	if rr.r.line != nil && rr.r.actions == nil {
		rr.r.fitLine(size.Width)
	}
	rr.WidgetRenderer.Layout(size)
}

// singleLine keeps the row's text on one line, cut with an ellipsis: the
// rich text's word wrapping breaks words where a segment ends, which
// highlighted letters make frequent.
//
// Fyne's own ellipsis (2.7.1) is lost when the text has several segments,
// so the row cuts the text itself: fitLine.
func (r *itemRow) singleLine(sub string) {
	r.text.Wrapping = fyne.TextWrapOff
	r.text.Truncation = fyne.TextTruncateClip
	r.line = nil
	for _, s := range r.text.Segments {
		if t, ok := s.(*widget.TextSegment); ok {
			c := *t
			c.Text = strings.ReplaceAll(c.Text, zwsp, "")
			r.line = append(r.line, &c)
		}
	}
	if sub != "" {
		r.sub = newMuted(sub)
		setMutedSize(r.sub, theme.SizeNameCaptionText)
		r.sub.Truncation = fyne.TextTruncateEllipsis
	}
}

// fitLine shows as much of the row's text as fits in width, ending in an
// ellipsis when it is cut.
func (r *itemRow) fitLine(width float32) {
	if width == r.lineFits {
		return
	}
	r.lineFits = width
	segs := cutLine(r.line, width-2*theme.InnerPadding()-1, func(text string, st widget.RichTextStyle) float32 {
		size := theme.TextSize()
		if st.SizeName != "" {
			size = r.Theme().Size(st.SizeName)
		}
		return fyne.MeasureText(text, size, st.TextStyle).Width
	})
	r.text.Segments = segs
	r.text.Refresh()
}

// cutLine returns copies of segments that fit in width when set side by
// side on one line: the segment that overflows is cut on a character and
// an ellipsis added, the rest dropped.
func cutLine(line []*widget.TextSegment, width float32, measure func(string, widget.RichTextStyle) float32) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	total := float32(0)
	for _, s := range line {
		total += measure(s.Text, s.Style)
	}
	if total <= width {
		for _, s := range line {
			c := *s
			out = append(out, &c)
		}
		return out
	}
	used := float32(0)
	for _, s := range line {
		ell := measure("…", s.Style)
		w := measure(s.Text, s.Style)
		c := *s
		c.Style.Inline = true
		if used+w+ell <= width {
			out = append(out, &c)
			used += w
			continue
		}
		runes := []rune(s.Text)
		lo, hi := 0, len(runes) // runes[:lo] fits
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if used+measure(string(runes[:mid]), s.Style)+ell <= width {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		c.Text = strings.TrimRight(string(runes[:lo]), " ,;:") + "…"
		out = append(out, &c)
		break
	}
	if n := len(out); n > 0 {
		out[n-1].(*widget.TextSegment).Style.Inline = false
	}
	return out
}

// Tapped selects the row.
func (r *itemRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

// Cursor shows the row can be clicked.
func (r *itemRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn highlights the row under the mouse.
func (r *itemRow) MouseIn(*desktop.MouseEvent) {
	r.hovered = true
	r.updateBackground()
}

// MouseMoved does nothing: hovering is tracked by MouseIn and MouseOut.
func (r *itemRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the hover highlight.
func (r *itemRow) MouseOut() {
	r.hovered = false
	r.updateBackground()
}

// setSelected marks the row as the selected one.
func (r *itemRow) setSelected(on bool) {
	if r.selected == on {
		return
	}
	r.selected = on
	r.updateBackground()
}

// Refresh follows theme changes.
func (r *itemRow) Refresh() {
	r.updateBackground()
	r.BaseWidget.Refresh()
}

func (r *itemRow) updateBackground() {
	paintRow(r.bg, r.Theme(), r.selected, false, r.hovered)
}

// paintRow colours a row's background bg in the theme th: the selection
// colour when selected, else a neutral band (the input background) when
// band, else the hover colour when hovered, else none; with the theme's
// selection corners.
func paintRow(bg *canvas.Rectangle, th fyne.Theme, selected, band, hovered bool) {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	switch {
	case selected:
		bg.FillColor = th.Color(theme.ColorNameSelection, v)
	case band:
		bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	case hovered:
		bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		bg.FillColor = nil
	}
	bg.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	bg.Refresh()
}

// keyEntry is an Entry that lets its owner handle some keys first (Escape,
// arrows, Return) before the entry does.
type keyEntry struct {
	widget.Entry
	onKey func(*fyne.KeyEvent) bool
}

func newKeyEntry() *keyEntry {
	e := &keyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey offers the key to onKey; keys it does not take go to the entry.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(ev) {
		return
	}
	e.Entry.TypedKey(ev)
}

// minWidth is a layout that gives its single object at least a width.
type minWidth float32

// MinSize is the object's minimum size, widened to at least w.
func (w minWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := objs[0].MinSize()
	return fyne.NewSize(max(s.Width, float32(w)), s.Height)
}

// Layout gives the object the whole space.
func (w minWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// iconButton makes a borderless icon button.
func iconButton(icon fyne.Resource, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("", icon, tapped)
	b.Importance = widget.LowImportance
	return b
}

// sectionHeading makes a section heading: the title in bold capitals, a
// count after it.
func sectionHeading(title, count string) fyne.CanvasObject {
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: strings.ToUpper(title), Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}},
	}
	if count != "" {
		segs = append(segs, &widget.TextSegment{Text: "  " + count, Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}})
	}
	return widget.NewRichText(segs...)
}

// Text styles shared by the panes.
var (
	styleInline = widget.RichTextStyleInline
	styleStrong = widget.RichTextStyleStrong
	styleItalic = widget.RichTextStyleEmphasis
	styleCite   = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}
	styleMuted  = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}
	styleMatch  = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
)

// seg makes a text segment.
func seg(text string, style widget.RichTextStyle) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: style}
}

// zwsp is a zero-width space.
const zwsp = "\u200b"

// wrapSafe works around a line-wrapping bug of Fyne's RichText (2.7.1): an
// inline text segment that starts where less than one character's width is
// left on the line is laid out one character per line. A zero-width space
// at its start always fits, so the segment wraps as it should.
func wrapSafe(segs []widget.RichTextSegment) []widget.RichTextSegment {
	first := true
	for _, s := range segs {
		t, ok := s.(*widget.TextSegment)
		if !ok {
			continue
		}
		if !first && !strings.HasPrefix(t.Text, zwsp) {
			t.Text = zwsp + t.Text
		}
		first = !t.Style.Inline // the next segment starts a paragraph
	}
	return segs
}

// maxItemRunes bounds the text of one segment of a row of the briefing or
// of the search results: an item is a sentence or a quote, and the source
// pane shows it whole when it is clicked.
const maxItemRunes = 1000

// displaySegs returns segs cut for display: the text of a segment longer
// than maxItemRunes characters is clipped with an ellipsis, and a segment
// longer than pieceBytes is drawn in pieces (see appendPieces), so that a
// row is laid out in time linear in its text.
func displaySegs(segs []widget.RichTextSegment) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, 0, len(segs))
	for _, s := range segs {
		t, ok := s.(*widget.TextSegment)
		if !ok || len(t.Text) <= pieceBytes {
			out = append(out, s)
			continue
		}
		style := t.Style
		style.Inline = true
		out = appendPieces(out, clip(t.Text, maxItemRunes), style)
		out[len(out)-1].(*widget.TextSegment).Style.Inline = t.Style.Inline
	}
	return out
}

// endParagraph marks the last segment of a list as ending its paragraph.
func endParagraph(segs []widget.RichTextSegment) []widget.RichTextSegment {
	if n := len(segs); n > 0 {
		if t, ok := segs[n-1].(*widget.TextSegment); ok {
			t.Style.Inline = false
		}
	}
	return segs
}

// gap is vertical space of height h.
func gap(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(0, h))
	return r
}

// layoutNow lays out box, the content of scroll, at the scroll's width so
// the positions of its children can be read. Twice: rich texts that wrap
// learn their height from their width, which the first pass gives them.
func layoutNow(s *wheelScroll, box *fyne.Container) {
	w := s.Size().Width
	if w <= 0 {
		return
	}
	for range 2 {
		size := fyne.NewSize(w, box.MinSize().Height)
		box.Resize(size)
		box.Layout.Layout(box.Objects, size)
	}
}

// scrollIntoView scrolls s so that o, a direct child of its content, is
// visible.
func scrollIntoView(s *wheelScroll, o fyne.CanvasObject) {
	y, h := o.Position().Y, o.Size().Height
	view := s.Size().Height
	off := s.Offset.Y
	switch {
	case y < off:
		s.ScrollToOffset(fyne.NewPos(0, max(0, y-theme.Padding())))
	case y+h > off+view:
		s.ScrollToOffset(fyne.NewPos(0, y+h-view+theme.Padding()))
	}
}

// newMuted makes secondary text (counts, dates, hints) in the theme's
// placeholder colour, which reads better than a disabled-looking label.
func newMuted(text string) *widget.RichText {
	return widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}})
}

// newMutedHint makes centred muted text for an empty pane.
func newMutedHint(text string) *widget.RichText {
	rt := newMuted(text)
	rt.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignCenter
	return rt
}

// setMuted changes the text of a newMuted.
func setMuted(rt *widget.RichText, text string) {
	if t := rt.Segments[0].(*widget.TextSegment); t.Text != text {
		t.Text = text
		rt.Refresh()
	}
}

// setMutedSize sets the text size of a newMuted.
func setMutedSize(rt *widget.RichText, size fyne.ThemeSizeName) {
	rt.Segments[0].(*widget.TextSegment).Style.SizeName = size
}
