package gui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief/library"
)

// libraryPane lists the articles of the library: title, outlet, date and
// words, with a button to add more and one per article to remove it.
type libraryPane struct {
	u       *ui
	entries []library.Entry
	list    *widget.List
	count   *widget.RichText
	addBtn  *widget.Button
	empty   fyne.CanvasObject
	view    fyne.CanvasObject

	selected string // ID of the selected article
	syncing  bool   // selecting from code: do not show the article again
}

func newLibraryPane(u *ui) *libraryPane {
	p := &libraryPane{u: u}
	p.list = &widget.List{
		Length:     func() int { return len(p.entries) },
		CreateItem: p.createRow,
		UpdateItem: p.updateRow,
		OnSelected: p.onSelected,
	}
	title := widget.NewLabel("Library")
	title.TextStyle = fyne.TextStyle{Bold: true}
	p.count = newMuted("")
	p.addBtn = iconButton(theme.ContentAddIcon(), p.onAdd)
	header := container.NewBorder(nil, nil, container.NewHBox(title, p.count), p.addBtn)

	hint := newMutedHint("No articles yet.\nDrop .txt, .md or .html files here,\nor use Open, Paste or Web page.")
	p.empty = container.NewCenter(hint)
	p.empty.Hide()

	p.view = container.NewBorder(header, nil, nil, nil, container.NewStack(p.list, p.empty))
	return p
}

// refresh reloads the list from the library.
func (p *libraryPane) refresh() {
	if p.u.lib == nil {
		return
	}
	p.entries = p.u.lib.Entries()
	setMuted(p.count, fmt.Sprint(len(p.entries)))
	if len(p.entries) == 0 {
		p.empty.Show()
	} else {
		p.empty.Hide()
	}
	p.list.Refresh()
	i := slices.IndexFunc(p.entries, func(e library.Entry) bool { return e.ID == p.selected })
	if i >= 0 {
		p.syncing = true
		p.list.Select(i)
		p.syncing = false
	} else {
		p.list.UnselectAll()
	}
}

// selectID marks an article as selected without showing it again.
func (p *libraryPane) selectID(id string) {
	p.selected = id
	i := slices.IndexFunc(p.entries, func(e library.Entry) bool { return e.ID == id })
	p.syncing = true
	defer func() { p.syncing = false }()
	if i < 0 {
		p.list.UnselectAll()
		return
	}
	p.list.Select(i)
}

func (p *libraryPane) onSelected(i widget.ListItemID) {
	if i < 0 || i >= len(p.entries) {
		return
	}
	p.selected = p.entries[i].ID
	if !p.syncing {
		p.u.source.showArticle(p.entries[i].ID, -1)
	}
}

func (p *libraryPane) onAdd() {
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Open Files…", p.u.openFiles),
		fyne.NewMenuItem("Open Folder…", p.u.openFolder),
		fyne.NewMenuItem("Paste Text as Article", p.u.pasteArticle),
		fyne.NewMenuItem("Open Web Page…", p.u.openURL),
	)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.addBtn)
	widget.ShowPopUpMenuAtPosition(menu, p.u.win.Canvas(), pos.Add(fyne.NewPos(0, p.addBtn.Size().Height)))
}

func (p *libraryPane) createRow() fyne.CanvasObject {
	return newLibraryRow(p)
}

func (p *libraryPane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.entries) {
		return
	}
	o.(*libraryRow).set(i, p.entries[i])
}

// confirmRemove asks before removing an article from the library.
func (p *libraryPane) confirmRemove(e library.Entry) {
	msg := widget.NewLabel(fmt.Sprintf("Remove “%s” from the library?\nThe briefing is rebuilt without it; the original file is not touched.", clip(e.Title, 80)))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Remove article", "Remove", "Cancel", container.New(minWidth(420), msg), func(ok bool) {
		if ok {
			p.remove(e.ID)
		}
	}, p.u.win)
	d.Show()
}

func (p *libraryPane) remove(id string) {
	lib := p.u.lib
	p.u.background(func() {
		err := lib.Remove(id)
		p.u.do(func() {
			if err != nil {
				p.u.showError(err)
			}
			if p.selected == id {
				p.selected = ""
				p.u.source.clear()
			}
			p.u.articlesChanged()
		})
	})
}

// rename asks for an article's new title.
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
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	p.u.win.Canvas().Focus(entry)
}

// move puts an article elsewhere in the library's order.
func (p *libraryPane) move(e library.Entry, to int) {
	lib := p.u.lib
	p.u.background(func() {
		err := lib.Move(e.ID, to)
		p.u.do(func() {
			if err != nil {
				p.u.showError(err)
			}
			p.u.articlesChanged()
		})
	})
}

// libraryRow shows one article: its title, and its outlet, date and length.
// A right click opens a menu (rename, move, remove).
type libraryRow struct {
	widget.BaseWidget
	p      *libraryPane
	i      int
	e      library.Entry
	title  *widget.Label
	meta   *widget.RichText
	remove *widget.Button
}

func newLibraryRow(p *libraryPane) *libraryRow {
	r := &libraryRow{p: p, title: widget.NewLabel(""), meta: newMuted("")}
	r.title.TextStyle = fyne.TextStyle{Bold: true}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.meta.Truncation = fyne.TextTruncateEllipsis
	setMutedSize(r.meta, theme.SizeNameCaptionText)
	r.remove = iconButton(theme.ContentClearIcon(), func() { r.p.confirmRemove(r.e) })
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer stacks the title over the details, the remove button on
// the right.
func (r *libraryRow) CreateRenderer() fyne.WidgetRenderer {
	text := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), r.title, r.meta)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, container.NewCenter(r.remove), text))
}

func (r *libraryRow) set(i int, e library.Entry) {
	r.i, r.e = i, e
	r.title.SetText(e.Title)
	setMuted(r.meta, entryMeta(e))
}

// TappedSecondary opens the article's menu.
func (r *libraryRow) TappedSecondary(ev *fyne.PointEvent) {
	n := len(r.p.entries)
	up := fyne.NewMenuItem("Move Up", func() { r.p.move(r.e, r.i-1) })
	up.Disabled = r.i == 0
	down := fyne.NewMenuItem("Move Down", func() { r.p.move(r.e, r.i+1) })
	down.Disabled = r.i >= n-1
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Show Article", func() { r.p.u.source.showArticle(r.e.ID, -1) }),
		fyne.NewMenuItem("Rename…", func() { r.p.rename(r.e) }),
		fyne.NewMenuItemSeparator(),
		up, down,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Remove from Library…", func() { r.p.confirmRemove(r.e) }),
	)
	widget.ShowPopUpMenuAtPosition(menu, r.p.u.win.Canvas(), ev.AbsolutePosition)
}
