package gui

import (
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief/library"
)

// libraryPane is the left pane: the briefings of the library, newest
// first, each with its article count and when it was last exported; under
// the open one, its articles (title, then outlet, date and words) and a row
// to add more. A click opens a briefing or shows an article; Ctrl+click and
// Shift+click select several articles (File > New Briefing can start from
// them); a right click opens a menu.
type libraryPane struct {
	u     *ui
	rows  []paneItem
	list  *widget.List
	count *widget.RichText
	// newBtn makes a briefing.
	newBtn *widget.Button
	empty  fyne.CanvasObject
	view   fyne.CanvasObject

	// selected holds the IDs of the selected articles of the open
	// briefing; anchor is the article a Shift+click selects from.
	selected map[string]bool
	anchor   string
	// rowHeight is the height of a two-line row, addHeight that of the
	// "Add articles" row.
	rowHeight, addHeight float32
}

// paneItem is one row of the pane: a briefing, an article of the open
// briefing, or the row that adds articles to it.
type paneItem struct {
	kind     paneKind
	briefing library.Briefing
	entry    library.Entry
	index    int // the article's position in its briefing
}

type paneKind int

const (
	rowBriefing paneKind = iota
	rowArticle
	rowAdd
)

func newLibraryPane(u *ui) *libraryPane {
	p := &libraryPane{u: u, selected: map[string]bool{}}
	p.list = &widget.List{
		Length:     func() int { return len(p.rows) },
		CreateItem: func() fyne.CanvasObject { return newPaneRow(p) },
		UpdateItem: p.updateRow,
	}
	title := widget.NewLabel("Briefings")
	title.TextStyle = fyne.TextStyle{Bold: true}
	p.count = newMuted("")
	p.newBtn = iconButton(theme.ContentAddIcon(), u.newBriefing)
	header := container.NewBorder(nil, nil, container.NewHBox(title, p.count), p.newBtn)

	hint := newMutedHint("No briefings yet.\nFile > New Briefing makes one;\ndropping article files here makes one too.")
	p.empty = container.NewCenter(hint)
	p.empty.Hide()

	p.view = container.NewBorder(header, nil, nil, nil, container.NewStack(wheelList(p.list), p.empty))
	return p
}

// refresh lists the briefings again, and the open one's articles.
func (p *libraryPane) refresh() {
	if p.u.lib == nil {
		return
	}
	bs := p.u.lib.Briefings()
	p.rows = p.rows[:0]
	open := p.u.bid
	var ids []string
	for _, b := range bs {
		p.rows = append(p.rows, paneItem{kind: rowBriefing, briefing: b})
		if b.ID != open {
			continue
		}
		for i, e := range p.u.lib.Entries(b.ID) {
			p.rows = append(p.rows, paneItem{kind: rowArticle, briefing: b, entry: e, index: i})
			ids = append(ids, e.ID)
		}
		// Under the sample, the row starts the user's own briefing (see
		// withTarget).
		p.rows = append(p.rows, paneItem{kind: rowAdd, briefing: b})
	}
	// Selected articles that left the briefing are no longer selected.
	for id := range p.selected {
		if !slices.Contains(ids, id) {
			delete(p.selected, id)
		}
	}
	setMuted(p.count, fmt.Sprint(len(bs)))
	if len(bs) == 0 {
		p.empty.Show()
	} else {
		p.empty.Hide()
	}
	p.setHeights()
	p.list.Refresh()
}

// setHeights makes the "Add articles" row one line high.
func (p *libraryPane) setHeights() {
	if p.rowHeight == 0 {
		p.rowHeight = newPaneRow(p).MinSize().Height
		add := newPaneRow(p)
		add.set(paneItem{kind: rowAdd}, false, false)
		p.addHeight = add.MinSize().Height
	}
	for i, r := range p.rows {
		if r.kind == rowAdd {
			p.list.SetItemHeight(i, p.addHeight)
		} else {
			p.list.SetItemHeight(i, p.rowHeight)
		}
	}
}

func (p *libraryPane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	r := p.rows[i]
	open := r.kind == rowBriefing && r.briefing.ID == p.u.bid
	o.(*paneRow).set(r, open, r.kind == rowArticle && p.selected[r.entry.ID])
}

// tapped acts on a click on row i: a briefing opens, an article is shown
// (and selected; with Ctrl added to the selection, with Shift a range).
func (p *libraryPane) tapped(i int, mods fyne.KeyModifier) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	r := p.rows[i]
	switch r.kind {
	case rowBriefing:
		p.u.openBriefing(r.briefing.ID)
	case rowAdd:
		p.showAddMenu(i)
	case rowArticle:
		id := r.entry.ID
		switch {
		case mods&(fyne.KeyModifierShortcutDefault|fyne.KeyModifierControl) != 0:
			if p.selected[id] {
				delete(p.selected, id)
			} else {
				p.selected[id] = true
			}
			p.anchor = id
		case mods&fyne.KeyModifierShift != 0 && p.anchor != "":
			from := slices.IndexFunc(p.rows, func(x paneItem) bool { return x.kind == rowArticle && x.entry.ID == p.anchor })
			clear(p.selected)
			if from < 0 {
				from = i
			}
			for j := min(from, i); j <= max(from, i); j++ {
				if p.rows[j].kind == rowArticle {
					p.selected[p.rows[j].entry.ID] = true
				}
			}
		default:
			clear(p.selected)
			p.selected[id] = true
			p.anchor = id
			p.u.source.showArticle(id, -1)
		}
		p.list.Refresh()
	}
}

// selectedIDs returns the selected articles, in the briefing's order.
func (p *libraryPane) selectedIDs() []string {
	var ids []string
	for _, r := range p.rows {
		if r.kind == rowArticle && p.selected[r.entry.ID] {
			ids = append(ids, r.entry.ID)
		}
	}
	return ids
}

// selectID marks an article as the selected one, without showing it again.
func (p *libraryPane) selectID(id string) {
	clear(p.selected)
	if id != "" {
		p.selected[id] = true
		p.anchor = id
	}
	p.list.Refresh()
}

// showAddMenu offers the ways to add articles, under row i.
func (p *libraryPane) showAddMenu(i int) {
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Open Files…", p.u.openFiles),
		fyne.NewMenuItem("Open Folder…", p.u.openFolder),
		fyne.NewMenuItem("Paste Text as Article", p.u.pasteArticle),
		fyne.NewMenuItem("Open Web Page…", p.u.openURL),
	)
	pos := fyne.NewPos(theme.Padding()*6, 0)
	if d := fyne.CurrentApp().Driver(); d != nil {
		pos = pos.Add(d.AbsolutePositionForObject(p.list))
	}
	pos.Y += float32(i+1)*p.rowHeight - p.list.GetScrollOffset()
	widget.ShowPopUpMenuAtPosition(menu, p.u.win.Canvas(), pos)
}

// briefingMenu is the menu of a briefing's row.
func (p *libraryPane) briefingMenu(b library.Briefing) *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem("Open", func() { p.u.openBriefing(b.ID) }),
		fyne.NewMenuItem("Rename…", func() { p.u.renameBriefing(b.ID) }),
		fyne.NewMenuItem("Duplicate", func() { p.u.duplicateBriefing(b.ID) }),
		fyne.NewMenuItem("Save As…", func() { p.u.saveBriefingAs(b.ID) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Delete", func() { p.u.deleteBriefing(b.ID) }),
	)
}

// articleMenu is the menu of an article's row.
func (p *libraryPane) articleMenu(r paneItem) *fyne.Menu {
	n := len(r.briefing.Articles)
	up := fyne.NewMenuItem("Move Up", func() { p.move(r, r.index-1) })
	up.Disabled = r.index == 0
	down := fyne.NewMenuItem("Move Down", func() { p.move(r, r.index+1) })
	down.Disabled = r.index >= n-1
	if !p.selected[r.entry.ID] {
		p.selectID(r.entry.ID)
	}
	sel := len(p.selectedIDs())
	fromSel := fyne.NewMenuItem("New Briefing from "+plural(sel, "Article", "Articles")+"…", p.u.newBriefing)
	remove := fyne.NewMenuItem("Remove from Briefing…", func() { p.confirmRemove(r) })
	remove.Disabled = r.briefing.Sample
	return fyne.NewMenu("",
		fyne.NewMenuItem("Show Article", func() { p.u.source.showArticle(r.entry.ID, -1) }),
		fyne.NewMenuItem("Rename…", func() { p.rename(r.entry) }),
		fromSel,
		fyne.NewMenuItemSeparator(),
		up, down,
		fyne.NewMenuItemSeparator(),
		remove,
	)
}

// confirmRemove asks before taking an article out of the open briefing.
func (p *libraryPane) confirmRemove(r paneItem) {
	others := p.u.briefingsHolding(r.entry.ID, r.briefing.ID)
	what := "The briefing is rebuilt without it; the original file is not touched."
	if others > 0 {
		what = fmt.Sprintf("It stays in the %s that also %s it.", plural(others, "other briefing", "other briefings"), map[bool]string{true: "holds", false: "hold"}[others == 1])
	}
	msg := widget.NewLabel(fmt.Sprintf("Remove “%s” from “%s”?\n%s", clip(articleTitle(r.entry.Title), 80), clip(r.briefing.Name, 60), what))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Remove article", "Remove", "Cancel", container.New(minWidth(420), msg), func(ok bool) {
		if ok {
			p.remove(r.briefing.ID, r.entry.ID)
		}
	}, p.u.win)
	d.Show()
}

func (p *libraryPane) remove(bid, id string) {
	lib := p.u.lib
	p.u.background(func() {
		err := lib.Remove(bid, id)
		p.u.do(func() {
			if err != nil {
				p.u.showError(err)
			}
			delete(p.selected, id)
			if p.u.source.article != nil && p.u.source.article.ID == id {
				p.u.source.clear()
			}
			p.u.articlesChanged()
		})
	})
}

// rename asks for an article's new title (in every briefing that holds it).
func (p *libraryPane) rename(e library.Entry) {
	entry := widget.NewEntry()
	entry.SetText(e.Title)
	d := dialog.NewForm("Rename article", "Rename", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Title", entry)}, func(ok bool) {
			if !ok || entry.Text == e.Title {
				return
			}
			lib, title := p.u.lib, entry.Text
			p.u.background(func() {
				err := lib.Rename(e.ID, title)
				p.u.do(func() {
					if err != nil {
						p.u.showError(err)
					}
					p.u.articlesChanged()
				})
			})
		}, p.u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	p.u.win.Canvas().Focus(entry)
}

// move puts an article elsewhere in its briefing's order.
func (p *libraryPane) move(r paneItem, to int) {
	lib := p.u.lib
	p.u.background(func() {
		err := lib.Move(r.briefing.ID, r.entry.ID, to)
		p.u.do(func() {
			if err != nil {
				p.u.showError(err)
			}
			p.u.articlesChanged()
		})
	})
}

// paneRow draws one row of the pane: a briefing (icon, name, count and
// export date), an article (indented: title; outlet, date and words; a
// remove button) or the row that adds articles.
type paneRow struct {
	widget.BaseWidget
	p     *libraryPane
	item  paneItem
	mods  fyne.KeyModifier
	open  bool
	sel   bool
	hover bool

	bg     *canvas.Rectangle
	bar    *canvas.Rectangle // marks the open briefing
	indent *canvas.Rectangle
	icon   *widget.Icon
	title  *widget.Label
	meta   *widget.RichText
	remove *widget.Button
	// metaParts are the parts of the details line, which is made of as
	// many of them as fit (see fitMeta).
	metaParts []string
}

var (
	_ fyne.Tappable          = (*paneRow)(nil)
	_ fyne.SecondaryTappable = (*paneRow)(nil)
	_ desktop.Mouseable      = (*paneRow)(nil)
	_ desktop.Hoverable      = (*paneRow)(nil)
)

func newPaneRow(p *libraryPane) *paneRow {
	r := &paneRow{p: p, bg: canvas.NewRectangle(nil), bar: canvas.NewRectangle(nil), indent: canvas.NewRectangle(nil),
		icon: widget.NewIcon(theme.DocumentIcon()), title: widget.NewLabel(""), meta: newMuted("")}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.meta.Truncation = fyne.TextTruncateEllipsis
	setMutedSize(r.meta, theme.SizeNameCaptionText)
	r.remove = iconButton(theme.ContentClearIcon(), func() { r.p.confirmRemove(r.item) })
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the row out: indent and icon on the left, the title
// over the details, the remove button on the right.
func (r *paneRow) CreateRenderer() fyne.WidgetRenderer {
	text := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), r.title, r.meta)
	r.bar.SetMinSize(fyne.NewSize(3, 1))
	r.bar.CornerRadius = 1.5
	left := container.NewHBox(r.bar, r.indent, container.NewCenter(r.icon))
	return &paneRowRenderer{widget.NewSimpleRenderer(container.NewStack(r.bg,
		container.NewBorder(nil, nil, left, container.NewCenter(r.remove), text))), r}
}

// paneRowRenderer fits the details line to the row once it is laid out.
type paneRowRenderer struct {
	fyne.WidgetRenderer
	r *paneRow
}

// Layout lays the row out, then fits its details line.
func (pr *paneRowRenderer) Layout(size fyne.Size) {
	pr.WidgetRenderer.Layout(size)
	pr.r.fitMeta()
}

// fitMeta shows as many parts of the details line as fit its width.
func (r *paneRow) fitMeta() {
	w := r.meta.Size().Width - 2*theme.InnerPadding()
	if w <= 0 || len(r.metaParts) == 0 {
		return
	}
	size := r.Theme().Size(theme.SizeNameCaptionText)
	setMuted(r.meta, fitMeta(r.metaParts, w, func(s string) float32 {
		return fyne.MeasureText(s, size, fyne.TextStyle{}).Width
	}))
}

// set shows an item; open marks the open briefing, sel a selected article.
func (r *paneRow) set(it paneItem, open, sel bool) {
	r.item, r.open, r.sel = it, open, sel
	indent := float32(0)
	switch it.kind {
	case rowBriefing:
		b := it.briefing
		r.title.TextStyle = fyne.TextStyle{Bold: true}
		r.title.SetText(b.Name)
		r.metaParts = briefingMetaParts(b)
		r.meta.Show()
		if open {
			r.icon.SetResource(theme.FolderOpenIcon())
		} else {
			r.icon.SetResource(theme.FolderIcon())
		}
		r.remove.Hide()
	case rowArticle:
		indent = theme.Padding() * 4
		r.title.TextStyle = fyne.TextStyle{}
		r.title.SetText(articleTitle(it.entry.Title))
		r.metaParts = entryMetaParts(it.entry)
		r.meta.Show()
		r.icon.SetResource(theme.FileTextIcon())
		if it.briefing.Sample {
			r.remove.Hide()
		} else {
			r.remove.Show()
		}
	case rowAdd:
		indent = theme.Padding() * 4
		r.title.TextStyle = fyne.TextStyle{}
		if it.briefing.Sample {
			r.title.SetText("Add your own articles…")
		} else {
			r.title.SetText("Add articles…")
		}
		r.title.Importance = widget.LowImportance
		r.meta.Hide()
		r.icon.SetResource(theme.ContentAddIcon())
		r.remove.Hide()
	}
	if it.kind != rowAdd {
		r.title.Importance = widget.MediumImportance
	}
	if it.kind == rowAdd {
		r.metaParts = nil
	} else {
		setMuted(r.meta, metaLine(r.metaParts...))
		r.fitMeta()
	}
	r.indent.SetMinSize(fyne.NewSize(indent, 1))
	r.title.Refresh()
	r.updateBackground()
}

// MouseDown remembers the modifier keys of a click for Tapped.
func (r *paneRow) MouseDown(ev *desktop.MouseEvent) { r.mods = ev.Modifier }

// MouseUp does nothing: Tapped acts.
func (r *paneRow) MouseUp(*desktop.MouseEvent) {}

// Tapped opens the briefing, shows the article or selects it.
func (r *paneRow) Tapped(*fyne.PointEvent) {
	mods := r.mods
	r.mods = 0
	r.p.tapped(r.index(), mods)
}

// TappedSecondary opens the row's menu.
func (r *paneRow) TappedSecondary(ev *fyne.PointEvent) {
	var menu *fyne.Menu
	switch r.item.kind {
	case rowBriefing:
		menu = r.p.briefingMenu(r.item.briefing)
	case rowArticle:
		menu = r.p.articleMenu(r.item)
	default:
		return
	}
	widget.ShowPopUpMenuAtPosition(menu, r.p.u.win.Canvas(), ev.AbsolutePosition)
}

// MouseIn highlights the row under the mouse.
func (r *paneRow) MouseIn(*desktop.MouseEvent) { r.hover = true; r.updateBackground() }

// MouseMoved does nothing: hovering is tracked by MouseIn and MouseOut.
func (r *paneRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the hover highlight.
func (r *paneRow) MouseOut() { r.hover = false; r.updateBackground() }

// index finds the row's position in the pane (rows are reused by the list).
func (r *paneRow) index() int {
	for i, it := range r.p.rows {
		if it.kind == r.item.kind && it.briefing.ID == r.item.briefing.ID && it.entry.ID == r.item.entry.ID {
			return i
		}
	}
	return -1
}

func (r *paneRow) updateBackground() {
	th := r.Theme()
	// The open briefing: a neutral band and a bar in the primary colour,
	// so that it does not read as one more selected row.
	paintRow(r.bg, th, r.sel, r.open, r.hover)
	r.bar.FillColor = color.Transparent
	if r.open {
		r.bar.FillColor = th.Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())
	}
	r.bar.Refresh()
}
