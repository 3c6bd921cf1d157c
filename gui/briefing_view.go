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
	scroll *wheelScroll
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
	p.scroll = newVScroll(p.body)

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

// metaLine is the line under the page's title: "26 Nov 2026 · The Courier
// · fits one A4 page" for one source, "… · 3 sources · …" for several;
// nothing before there is a source.
func (p *briefingPane) metaLine() string {
	b := p.page
	if len(b.Sources) == 0 {
		return ""
	}
	from := plural(len(b.Sources), "source", "sources")
	if len(b.Sources) == 1 {
		if o := outletName(b.Sources[0].Site, b.Sources[0].Path); o != "" {
			from = o
		}
	}
	return metaLine(localDate(b.Date), from, "fits one "+string(p.u.paper)+" page")
}

// fill rebuilds the sections: the page's, as the PDF prints them
// (page.Sections), each item in the short form the page prints; the
// selected item shows its whole sentence under it.
func (p *briefingPane) fill() {
	b := p.page
	p.rows = map[string]*itemRow{}
	var objs []fyne.CanvasObject
	section := func(title string, n int, empty bool) {
		if len(objs) > 0 {
			objs = append(objs, gap(theme.Padding()*2))
		}
		count := ""
		if n > 0 {
			count = fmt.Sprint(n)
		}
		objs = append(objs, sectionHeading(title, count))
		if empty {
			objs = append(objs, newMuted("None found"))
		}
	}
	add := func(key string, segs []widget.RichTextSegment, cite brief.Cite, keyed bool) {
		var actions fyne.CanvasObject
		if keyed {
			actions = p.actions(key)
			segs = p.u.markNew(key, segs) // see briefings.go
		}
		if key == p.selected {
			segs = append(segs, p.detailSegs(cite)...)
		}
		row := newItemRow(segs, actions, func() { p.u.selectItem(key, cite) })
		row.selected = key == p.selected
		p.rows[key] = row
		objs = append(objs, row)
	}

	label := "Bottom line"
	if len(b.Stories) > 1 {
		label = "Lead story"
	}
	section(label, len(b.BottomLine), len(b.BottomLine) == 0)
	for i, l := range b.BottomLine {
		add(lineKey(i), lineSegs(l), firstCite(l.Cites), false)
	}
	if len(b.Sections()) == 0 && len(b.Sources) > 0 {
		objs = append(objs, newMuted("No actors, commitments, open disputes or direct quotes were found in these articles."))
	}
	others := 0
	for _, sec := range b.Sections() {
		if sec.Other {
			if others == 0 {
				section("Other stories", len(b.Stories)-1, false)
			}
			others++
			objs = append(objs, storyHeading(sec))
		} else {
			section(sec.Title, len(sec.Items), sec.Empty)
		}
		for _, it := range sec.Items {
			add(it.Key(), itemSegs(sec, it), firstCite(it.Cites()), true)
		}
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

// detailSegs are the whole sentence an item was read from, shown under
// the selected item: the page prints a clause of it.
func (p *briefingPane) detailSegs(c brief.Cite) []widget.RichTextSegment {
	if p.page == nil || p.page.Analysis == nil || c.Source == "" {
		return nil
	}
	text := strings.Join(strings.Fields(p.page.Analysis.Article(c.Source).SentenceText(c.Sentence)), " ")
	if text == "" {
		return nil
	}
	return []widget.RichTextSegment{
		seg(text, widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, TextStyle: fyne.TextStyle{Italic: true}}),
	}
}

// storyHeading is the heading of a story other than the lead: its
// headline and the articles that tell it.
func storyHeading(sec page.Section) fyne.CanvasObject {
	rt := widget.NewRichText(wrapSafe(endParagraph([]widget.RichTextSegment{seg(sec.Title, styleStrong), sourcesSeg(sec.Sources)}))...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
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
		if key == p.selected {
			segs = append(segs, p.detailSegs(cite)...)
		}
		row := newItemRow(segs, p.actions(key), func() { p.u.selectItem(key, cite) })
		row.selected = key == p.selected
		p.rows[key] = row
		objs = append(objs, row)
	}
	for _, it := range fullItems(p.full) {
		add(it.Key(), itemSegs(page.Section{}, it), firstCite(it.Cites()))
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
	// The selected item shows its whole sentence: rebuild the rows.
	offset := p.scroll.Offset
	p.fill()
	p.scroll.ScrollToOffset(offset)
	row = p.rows[key]
	if row == nil {
		return
	}
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

// pageKeys lists the keys of the items on a briefing's page.
func pageKeys(b *page.Briefing) []string {
	var keys []string
	for _, sec := range b.Sections() {
		for _, it := range sec.Items {
			keys = append(keys, it.Key())
		}
	}
	return keys
}

// fullItems lists every item of a briefing, section by section, whichever
// story it belongs to.
func fullItems(b *page.Briefing) []page.Item {
	var out []page.Item
	for i := range b.Differences {
		out = append(out, page.Item{Kind: page.ItemDifference, Difference: &b.Differences[i]})
	}
	for i := range b.Actors {
		out = append(out, page.Item{Kind: page.ItemActor, Actor: &b.Actors[i]})
	}
	for i := range b.Commitments {
		out = append(out, page.Item{Kind: page.ItemCommitment, Commitment: &b.Commitments[i]})
	}
	for i := range b.Disputes {
		out = append(out, page.Item{Kind: page.ItemDispute, Dispute: &b.Disputes[i]})
	}
	for i := range b.Quotes {
		out = append(out, page.Item{Kind: page.ItemQuote, Quote: &b.Quotes[i]})
	}
	return out
}

func fullKeys(b *page.Briefing) []string {
	var keys []string
	for _, it := range fullItems(b) {
		keys = append(keys, it.Key())
	}
	return keys
}

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

// sourcesSeg names a story's articles: "  S2 S5".
func sourcesSeg(ids []string) *widget.TextSegment {
	return seg("  "+strings.Join(ids, " "), styleCite)
}

// itemSegs is an item as the page prints it: an actor's name, role and
// stance; a commitment's actor, clause and time; a dispute's parties and
// clause; a quote's words and speaker; where the sources differ and who
// says what.
func itemSegs(sec page.Section, it page.Item) []widget.RichTextSegment {
	switch it.Kind {
	case page.ItemActor:
		return actorSegs(*it.Actor)
	case page.ItemCommitment:
		c := it.Commitment
		cl := sec.Clause(it)
		segs := leadSegs(cl.Lead)
		segs = append(segs, seg(cl.Clause, styleInline))
		if cl.When != "" {
			segs = append(segs, seg(" — "+cl.When, styleInline))
		}
		if cl.Hedged {
			segs = append(segs, seg(" · hedged", styleMuted))
		}
		return endParagraph(append(segs, citeSeg(c.Cites)))
	case page.ItemDispute:
		cl := sec.Clause(it)
		segs := append(leadSegs(cl.Lead), seg(cl.Clause, styleInline), citeSeg(it.Dispute.Cites))
		return endParagraph(segs)
	case page.ItemQuote:
		cl := sec.Clause(it)
		speaker := cl.Lead
		if speaker == "" {
			speaker = "unattributed"
		}
		return endParagraph([]widget.RichTextSegment{seg("“"+cl.Clause+"”", styleItalic), seg(" — "+speaker, styleStrong), citeSeg(it.Quote.Cites)})
	}
	d := it.Difference
	lead, claims, _ := page.DifferenceClause(*d)
	return endParagraph([]widget.RichTextSegment{seg(lead+": ", styleStrong), seg(strings.Join(claims, "; "), styleInline), citeSeg(d.Cites())})
}

// leadSegs open an item with its actor or parties in bold and a dash.
func leadSegs(lead string) []widget.RichTextSegment {
	if lead == "" {
		return nil
	}
	return []widget.RichTextSegment{seg(lead, styleStrong), seg(" — ", styleMuted)}
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
