package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief/load"
)

// openFiles asks for article files (and .briefing files), as many as
// wanted: in the system's dialog where it picks several (see
// chooseFiles), else in the app's file picker.
func (u *ui) openFiles() {
	req := fileRequest{title: "Open Articles", accept: "Open", multiple: true, dir: u.openDir(),
		filter: "Articles and briefings", exts: append(append([]string{}, articleExts...), briefingExts...)}
	u.chooseFiles(req, u.openChosen)
}

// openChosen opens the files picked in a dialog and remembers their folder.
func (u *ui) openChosen(files []string) {
	if len(files) > 0 {
		u.prefs.SetString(keyOpenFolder, filepath.Dir(files[0]))
	}
	u.openPaths(files)
}

// pickEntry is a folder or article file listed by the picker.
type pickEntry struct {
	name string
	path string
	dir  bool
	size int64
	isUp bool
}

// filePicker is the dialog of openFiles.
type filePicker struct {
	u        *ui
	dir      string
	entries  []pickEntry
	selected map[string]bool
	onOpen   func([]string)

	list    *widget.List
	where   *widget.Label
	count   *widget.RichText
	openBtn *widget.Button
	dlg     *dialog.CustomDialog
}

func newFilePicker(u *ui, dir string, onOpen func([]string)) *filePicker {
	fp := &filePicker{u: u, selected: map[string]bool{}, onOpen: onOpen}
	fp.list = &widget.List{
		Length:     func() int { return len(fp.entries) },
		CreateItem: fp.createRow,
		UpdateItem: fp.updateRow,
		OnSelected: fp.onSelected,
	}
	fp.where = widget.NewLabel("")
	fp.where.Truncation = fyne.TextTruncateEllipsis
	fp.where.TextStyle = fyne.TextStyle{Bold: true}
	fp.count = newMuted("")
	fp.openBtn = widget.NewButtonWithIcon("Open", theme.FolderOpenIcon(), fp.open)
	fp.openBtn.Importance = widget.HighImportance
	fp.setDir(dir)
	return fp
}

func (fp *filePicker) show() {
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { fp.setDir(filepath.Dir(fp.dir)) })
	home := widget.NewButtonWithIcon("", theme.HomeIcon(), func() {
		if h, err := os.UserHomeDir(); err == nil {
			fp.setDir(h)
		}
	})
	top := container.NewBorder(nil, nil, container.NewHBox(up, home), nil, fp.where)

	places := container.NewVBox()
	if h, err := os.UserHomeDir(); err == nil {
		for _, name := range []string{"", "Desktop", "Documents", "Downloads"} {
			p := filepath.Join(h, name)
			if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
				continue
			}
			label := name
			if name == "" {
				label = "Home"
			}
			b := widget.NewButtonWithIcon(label, theme.FolderIcon(), func() { fp.setDir(p) })
			b.Alignment = widget.ButtonAlignLeading
			b.Importance = widget.LowImportance
			places.Add(b)
		}
	}

	all := widget.NewButton("Select All", fp.selectAll)
	cancel := widget.NewButton("Cancel", func() { fp.dlg.Hide() })
	bottom := container.NewBorder(nil, nil, container.NewHBox(all, fp.count), container.NewHBox(cancel, fp.openBtn))

	content := container.NewBorder(top, container.NewVBox(widget.NewSeparator(), bottom),
		container.NewHBox(places, widget.NewSeparator()), nil, wheelList(fp.list))
	fp.dlg = dialog.NewCustomWithoutButtons("Open Articles", content, fp.u.win)
	fp.dlg.Resize(dialogSize(fp.u.win))
	fp.dlg.Show()
}

// setDir lists a folder: its subfolders, then its article files.
func (fp *filePicker) setDir(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		if fp.dlg != nil {
			fp.u.showError(fmt.Errorf("cannot open the folder %s: %w", dir, err))
		}
		if fp.dir != "" {
			return
		}
	}
	fp.dir = dir
	fp.entries = fp.entries[:0]
	if parent := filepath.Dir(dir); parent != dir {
		fp.entries = append(fp.entries, pickEntry{name: "..", path: parent, dir: true, isUp: true})
	}
	var dirs, files []pickEntry
	for _, e := range ents {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if fi, err := os.Stat(p); err == nil {
				isDir = fi.IsDir()
			}
		}
		switch {
		case isDir:
			dirs = append(dirs, pickEntry{name: name, path: p, dir: true})
		case load.FormatOf(name) != "" || isBriefingFile(name):
			var size int64
			if fi, err := e.Info(); err == nil {
				size = fi.Size()
			}
			files = append(files, pickEntry{name: name, path: p, size: size})
		}
	}
	byName := func(l []pickEntry) {
		sort.Slice(l, func(i, j int) bool { return strings.ToLower(l[i].name) < strings.ToLower(l[j].name) })
	}
	byName(dirs)
	byName(files)
	fp.entries = append(append(fp.entries, dirs...), files...)
	fp.where.SetText(dir)
	fp.list.UnselectAll()
	fp.list.Refresh()
	if fp.dlg != nil { // the list has been drawn: it can scroll
		fp.list.ScrollToTop()
	}
	fp.updateCount()
}

func (fp *filePicker) onSelected(i widget.ListItemID) {
	fp.list.Unselect(i)
	if i < 0 || i >= len(fp.entries) {
		return
	}
	e := fp.entries[i]
	if e.dir {
		fp.setDir(e.path)
		return
	}
	fp.selected[e.path] = !fp.selected[e.path]
	if !fp.selected[e.path] {
		delete(fp.selected, e.path)
	}
	fp.list.RefreshItem(i)
	fp.updateCount()
}

func (fp *filePicker) selectAll() {
	for _, e := range fp.entries {
		if !e.dir {
			fp.selected[e.path] = true
		}
	}
	fp.list.Refresh()
	fp.updateCount()
}

func (fp *filePicker) updateCount() {
	n := len(fp.selected)
	if n == 0 {
		setMuted(fp.count, "Click files to select them")
		fp.openBtn.SetText("Open")
		fp.openBtn.Disable()
		return
	}
	setMuted(fp.count, plural(n, "file", "files")+" selected")
	fp.openBtn.SetText("Open " + plural(n, "file", "files"))
	fp.openBtn.Enable()
}

func (fp *filePicker) open() {
	var files []string
	for p := range fp.selected {
		files = append(files, p)
	}
	sort.Strings(files)
	fp.dlg.Hide()
	fp.onOpen(files)
}

func (fp *filePicker) createRow() fyne.CanvasObject {
	icon := widget.NewIcon(theme.FileTextIcon())
	check := widget.NewIcon(theme.CheckButtonIcon())
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	size := newMuted("")
	return container.NewBorder(nil, nil, container.NewHBox(check, icon), size, name)
}

func (fp *filePicker) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(fp.entries) {
		return
	}
	e := fp.entries[i]
	c := o.(*fyne.Container)
	name := c.Objects[0].(*widget.Label)
	icons := c.Objects[1].(*fyne.Container)
	size := c.Objects[2].(*widget.RichText)
	check, icon := icons.Objects[0].(*widget.Icon), icons.Objects[1].(*widget.Icon)
	name.SetText(e.name)
	switch {
	case e.isUp:
		name.SetText("Parent folder")
		icon.SetResource(theme.MoveUpIcon())
		check.SetResource(nil)
		setMuted(size, "")
	case e.dir:
		icon.SetResource(theme.FolderIcon())
		check.SetResource(nil)
		setMuted(size, "")
	default:
		icon.SetResource(theme.FileTextIcon())
		if fp.selected[e.path] {
			check.SetResource(theme.CheckButtonCheckedIcon())
		} else {
			check.SetResource(theme.CheckButtonIcon())
		}
		setMuted(size, fileSize(e.size))
	}
}

// fileSize writes a size as "12 KB".
func fileSize(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%d KB", (n+512)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
}
