package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

// briefingPane shows the page exactly as FitOnePage cut it (so the PDF
// shows what the screen shows): the editable title, the bottom line, the
// key actors, commitments, open disputes and quotes, each with its
// citation and buttons to pin or remove it, and a line for what did not
// fit.
type briefingPane struct {
	u *ui

	titleText  *widget.Label
	titleEntry *keyEntry
	editBtn    *widget.Button
	saveBtn    *widget.Button
	showView   fyne.CanvasObject
	editView   fyne.CanvasObject
	meta       *widget.RichText

	body   *fyne.Container
	scroll *container.Scroll
	empty  fyne.CanvasObject
	view   fyne.CanvasObject

	page, full  *page.Briefing
	opt         page.Options
	rows        map[string]*itemRow // by item key ("line:N" for the bottom line)
	selected    string
	showOmitted bool
}

func newBriefingPane(u *ui) *briefingPane {
	p := &briefingPane{u: u, rows: map[string]*itemRow{}}
	p.titleText = widget.NewLabel("")
	p.titleText.TextStyle = fyne.TextStyle{Bold: true}
	p.titleText.SizeName = theme.SizeNameSubHeadingText
	p.titleText.Wrapping = fyne.TextWrapWord
	p.editBtn = iconButton(theme.DocumentCreateIcon(), p.editTitle)

	p.titleEntry = newKeyEntry()
	p.titleEntry.PlaceHolder = "Title (leave empty for the automatic one)"
	p.titleEntry.OnSubmitted = p.onTitleSubmitted
	p.titleEntry.onKey = p.onTitleKey
	p.saveBtn = iconButton(theme.ConfirmIcon(), func() { p.onTitleSubmitted(p.titleEntry.Text) })

	p.showView = container.NewBorder(nil, nil, nil, container.NewVBox(p.editBtn), p.titleText)
	p.editView = container.NewBorder(nil, nil, nil, p.saveBtn, p.titleEntry)
	p.editView.Hide()

	p.meta = newMuted("")
	p.meta.Wrapping = fyne.TextWrapWord

	p.body = container.NewVBox()
	p.scroll = container.NewVScroll(p.body)

	hint := newMutedHint("Add an article to see its briefing:\nthe bottom line, key actors, commitments,\nopen disputes and quotes, each with its source.")
	open := widget.NewButtonWithIcon("Open Files…", theme.FolderOpenIcon(), u.openFiles)
	paste := widget.NewButtonWithIcon("Paste Text", theme.ContentPasteIcon(), u.pasteArticle)
	p.empty = container.NewCenter(container.NewVBox(hint, container.NewCenter(container.NewHBox(open, paste))))
	p.empty.Hide()

	header := container.NewVBox(container.NewStack(p.showView, p.editView), p.meta, widget.NewSeparator())
	p.view = container.NewBorder(container.NewPadded(header), nil, nil, nil,
		container.NewStack(p.scroll, p.empty))
	return p
}

// show displays a new page (fitted to one sheet). full is the briefing before the cut (for the
// items that did not fit), opt the user's pins and removals.
func (p *briefingPane) show(fitted, full *page.Briefing, opt page.Options) {
	p.page, p.full, p.opt = fitted, full, opt
	if p.editView.Visible() && p.u.win.Canvas().Focused() == p.titleEntry {
		// Keep the user's typing; the title shown updates when they finish.
	} else {
		p.titleText.SetText(clip(fitted.Title, brief.MaxMeta))
	}
	setMuted(p.meta, p.metaLine())
	if len(fitted.Sources) == 0 {
		p.body.RemoveAll()
		p.rows = map[string]*itemRow{}
		p.scroll.Hide()
		p.empty.Show()
		return
	}
	p.empty.Hide()
	p.scroll.Show()
	offset := p.scroll.Offset
	p.fill()
	p.scroll.Refresh()
	p.scroll.ScrollToOffset(offset)
}

func (p *briefingPane) metaLine() string {
	b := p.page
	parts := []string{formatDate(b.Date), plural(len(b.Sources), "source", "sources")}
	if len(b.Sources) == 1 && b.Sources[0].Site != "" {
		parts[1] = b.Sources[0].Site
	}
	parts = append(parts, "fits one "+string(p.u.paper)+" page")
	return strings.Join(parts, " · ")
}

// fill rebuilds the sections.
func (p *briefingPane) fill() {
	b := p.page
	p.rows = map[string]*itemRow{}
	var objs []fyne.CanvasObject
	section := func(title string, n int) {
		if len(objs) > 0 {
			objs = append(objs, gap(theme.Padding()*2))
		}
		count := ""
		if n > 0 {
			count = fmt.Sprint(n)
		}
		objs = append(objs, sectionHeading(title, count))
		if n == 0 {
			objs = append(objs, newMuted("None found"))
		}
	}
	add := func(key string, segs []widget.RichTextSegment, cite brief.Cite, keyed bool) {
		var actions fyne.CanvasObject
		if keyed {
			actions = p.actions(key)
		}
		row := newItemRow(segs, actions, func() { p.u.selectItem(key, cite) })
		row.selected = key == p.selected
		p.rows[key] = row
		objs = append(objs, row)
	}

	section("Bottom line", len(b.BottomLine))
	for i, l := range b.BottomLine {
		add(lineKey(i), lineSegs(l), firstCite(l.Cites), false)
	}
	section("Key actors", len(b.Actors))
	for _, a := range b.Actors {
		add(a.Key(), actorSegs(a), firstCite(a.Cites), true)
	}
	section("Commitments", len(b.Commitments))
	for _, c := range b.Commitments {
		add(c.Key(), commitmentSegs(c), c.Cite(), true)
	}
	section("Open disputes", len(b.Disputes))
	for _, d := range b.Disputes {
		add(d.Key(), disputeSegs(d), d.Cite(), true)
	}
	section("Quotes", len(b.Quotes))
	for _, q := range b.Quotes {
		add(q.Key(), quoteSegs(q), q.Cite(), true)
	}

	objs = append(objs, gap(theme.Padding()*2))
	if b.Omitted > 0 {
		label := fmt.Sprintf("+%s did not fit on one page — show", plural(b.Omitted, "more item", "more items"))
		if p.showOmitted {
			label = fmt.Sprintf("+%s did not fit on one page — hide", plural(b.Omitted, "more item", "more items"))
		}
		more := widget.NewButton(label, p.toggleOmitted)
		more.Importance = widget.LowImportance
		more.Alignment = widget.ButtonAlignLeading
		objs = append(objs, more)
		if p.showOmitted {
			objs = append(objs, p.omittedRows()...)
		}
	}
	if n := removedCount(p.full); n > 0 {
		restore := widget.NewButtonWithIcon(fmt.Sprintf("%s removed — restore", plural(n, "item", "items")),
			theme.ContentUndoIcon(), p.u.restoreRemoved)
		restore.Importance = widget.LowImportance
		restore.Alignment = widget.ButtonAlignLeading
		objs = append(objs, restore)
	}
	p.body.Objects = objs
	p.body.Refresh()
}

// omittedRows lists the items the cut left out, each with a pin button that
// puts it on the page.
func (p *briefingPane) omittedRows() []fyne.CanvasObject {
	on := map[string]bool{}
	for _, k := range pageKeys(p.page) {
		on[k] = true
	}
	var objs []fyne.CanvasObject
	add := func(key string, segs []widget.RichTextSegment, cite brief.Cite) {
		if on[key] {
			return
		}
		for _, s := range segs {
			if t, ok := s.(*widget.TextSegment); ok && (t.Style.ColorName == "" || t.Style.ColorName == theme.ColorNameForeground) {
				t.Style.ColorName = theme.ColorNamePlaceHolder
			}
		}
		row := newItemRow(segs, p.actions(key), func() { p.u.selectItem(key, cite) })
		row.selected = key == p.selected
		p.rows[key] = row
		objs = append(objs, row)
	}
	f := p.full
	for _, a := range f.Actors {
		add(a.Key(), actorSegs(a), firstCite(a.Cites))
	}
	for _, c := range f.Commitments {
		add(c.Key(), commitmentSegs(c), c.Cite())
	}
	for _, d := range f.Disputes {
		add(d.Key(), disputeSegs(d), d.Cite())
	}
	for _, q := range f.Quotes {
		add(q.Key(), quoteSegs(q), q.Cite())
	}
	return objs
}

func (p *briefingPane) toggleOmitted() {
	p.showOmitted = !p.showOmitted
	offset := p.scroll.Offset
	p.fill()
	p.scroll.ScrollToOffset(offset)
}

// actions makes an item's pin and remove buttons.
func (p *briefingPane) actions(key string) fyne.CanvasObject {
	pinned := p.opt.Pinned[key]
	icon := pinIcon
	if pinned {
		icon = pinnedIcon
	}
	pin := iconButton(icon, func() { p.u.setPinned(key, !pinned) })
	remove := iconButton(theme.ContentClearIcon(), func() { p.u.setRemoved(key, true) })
	return container.NewHBox(pin, remove)
}

// setSelected highlights the row of an item and scrolls it into view; it
// shows the items cut from the page when the item is one of them.
func (p *briefingPane) setSelected(key string) {
	if old := p.rows[p.selected]; old != nil {
		old.setSelected(false)
	}
	p.selected = key
	row := p.rows[key]
	if row == nil && key != "" && !p.showOmitted && p.full != nil && p.page != nil && p.page.Omitted > 0 {
		for _, k := range fullKeys(p.full) {
			if k == key {
				p.toggleOmitted()
				row = p.rows[key]
				break
			}
		}
	}
	if row == nil {
		return
	}
	row.setSelected(true)
	layoutNow(p.scroll, p.body)
	scrollIntoView(p.scroll, row)
}

// editTitle switches the title to an entry.
func (p *briefingPane) editTitle() {
	if p.page == nil {
		return
	}
	p.titleEntry.SetText(p.opt.Title)
	if p.opt.Title == "" {
		p.titleEntry.SetText(p.page.Title)
	}
	p.showView.Hide()
	p.editView.Show()
	p.u.win.Canvas().Focus(p.titleEntry)
}

func (p *briefingPane) onTitleKey(ev *fyne.KeyEvent) bool {
	if ev.Name == fyne.KeyEscape {
		p.endEdit()
		return true
	}
	return false
}

func (p *briefingPane) onTitleSubmitted(text string) {
	p.endEdit()
	text = strings.TrimSpace(text)
	if p.page != nil && text == p.page.Title {
		return
	}
	if text != "" {
		p.titleText.SetText(text)
	}
	p.u.setTitle(text)
}

func (p *briefingPane) endEdit() {
	p.editView.Hide()
	p.showView.Show()
	p.u.win.Canvas().Unfocus()
}

// lineKey names a bottom-line sentence, which has no Key of its own.
func lineKey(i int) string { return fmt.Sprintf("line:%d", i) }

func firstCite(cs []brief.Cite) brief.Cite {
	if len(cs) == 0 {
		return brief.Cite{}
	}
	return cs[0]
}

// pageKeys lists the keys of a briefing's items.
func pageKeys(b *page.Briefing) []string {
	var keys []string
	for _, a := range b.Actors {
		keys = append(keys, a.Key())
	}
	for _, c := range b.Commitments {
		keys = append(keys, c.Key())
	}
	for _, d := range b.Disputes {
		keys = append(keys, d.Key())
	}
	for _, q := range b.Quotes {
		keys = append(keys, q.Key())
	}
	return keys
}

func fullKeys(b *page.Briefing) []string { return pageKeys(b) }

// The rich text of each kind of item, its citation last.

func citeSeg(cs []brief.Cite) *widget.TextSegment {
	var parts []string
	for i, c := range cs {
		if i == 3 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, citeLabel(c))
	}
	return seg("  "+strings.Join(parts, " "), styleCite)
}

func lineSegs(l page.Line) []widget.RichTextSegment {
	return endParagraph([]widget.RichTextSegment{seg(l.Text, styleInline), citeSeg(l.Cites)})
}

func actorSegs(a brief.Actor) []widget.RichTextSegment {
	segs := []widget.RichTextSegment{seg(a.Name, styleStrong)}
	if a.Role != "" {
		segs = append(segs, seg(", "+a.Role, styleInline))
	}
	if a.Mentions > 1 {
		segs = append(segs, seg(fmt.Sprintf(" · %d mentions", a.Mentions), styleMuted))
	}
	segs = append(segs, citeSeg(a.Cites[:min(len(a.Cites), 1)]))
	segs = endParagraph(segs)
	if a.Stance != "" {
		segs = append(segs, seg(a.Stance, widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}))
	}
	return segs
}

func commitmentSegs(c brief.Commitment) []widget.RichTextSegment {
	segs := []widget.RichTextSegment{}
	text := c.Text
	if c.Actor != "" && !opensWithName(text, c.Actor) {
		segs = append(segs, seg(c.Actor+": ", styleStrong))
	}
	segs = append(segs, seg(text, styleInline))
	if c.Strength == brief.Hedged {
		segs = append(segs, seg(" · hedged", styleMuted))
	}
	segs = append(segs, citeSeg(c.Cites))
	return endParagraph(segs)
}

func disputeSegs(d brief.Dispute) []widget.RichTextSegment {
	segs := []widget.RichTextSegment{}
	if len(d.Parties) > 0 {
		segs = append(segs, seg(strings.Join(d.Parties, " vs ")+": ", styleStrong))
	}
	segs = append(segs, seg(d.Text, styleInline), citeSeg(d.Cites))
	return endParagraph(segs)
}

// opensWithName reports whether a text opens with a name ("Nigeria will
// …" for the actor Nigeria): the name is not repeated before it, as on the
// PDF.
func opensWithName(text, name string) bool {
	return len(text) >= len(name) && strings.EqualFold(text[:len(name)], name)
}

func quoteSegs(q brief.Quote) []widget.RichTextSegment {
	speaker := q.Speaker
	if speaker == "" {
		speaker = "unattributed"
	}
	segs := []widget.RichTextSegment{
		seg("“"+q.Text+"”", styleItalic),
		seg(" — "+speaker, styleStrong),
		citeSeg(q.Cites),
	}
	return endParagraph(segs)
}
