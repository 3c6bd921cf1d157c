package gui

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The app's keyboard shortcuts. KeyModifierShortcutDefault is Ctrl, or
// Cmd on macOS.
var (
	mod          = fyne.KeyModifierShortcutDefault
	scNew        = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod}
	scSaveAs     = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: mod | fyne.KeyModifierShift}
	scOpen       = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: mod}
	scOpenFolder = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: mod | fyne.KeyModifierShift}
	scOpenURL    = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: mod}
	scPaste      = &desktop.CustomShortcut{KeyName: fyne.KeyV, Modifier: mod | fyne.KeyModifierShift}
	scExport     = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: mod}
	scFind       = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: mod}
	scQuit       = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: mod}
)

// shortcutHelp lists every shortcut for Help > Keyboard Shortcuts.
var shortcutHelp = []struct {
	keys string
	what string
}{
	{keyName(scNew), "Make a new briefing (from the selected articles, if you like)"},
	{keyName(scSaveAs), "Save the briefing as a .briefing file to send"},
	{keyName(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: mod}), "Undo deleting a briefing"},
	{keyName(scOpen), "Open article files (.txt, .md, .html) or .briefing files"},
	{keyName(scOpenFolder), "Open every article in a folder"},
	{keyName(scOpenURL), "Open a web page"},
	{keyName(scPaste), "Paste the clipboard's text as a new article"},
	{keyName(scExport), "Export the briefing as a one-page PDF"},
	{keyName(scFind), "Search actors, quotes, commitments, disputes and text"},
	{"↑  ↓", "Move through the search results"},
	{"Enter", "Go to the selected result and its source"},
	{"Esc", "Clear the search"},
	{keyName(scQuit), "Quit"},
}

// keyName writes a shortcut the way the platform does: "Ctrl+Shift+O", "⌘⇧O".
func keyName(s *desktop.CustomShortcut) string {
	mac := runtime.GOOS == "darwin"
	var parts []string
	if s.Modifier&fyne.KeyModifierShortcutDefault != 0 {
		if mac {
			parts = append(parts, "⌘")
		} else {
			parts = append(parts, "Ctrl")
		}
	}
	if s.Modifier&fyne.KeyModifierShift != 0 {
		if mac {
			parts = append(parts, "⇧")
		} else {
			parts = append(parts, "Shift")
		}
	}
	parts = append(parts, string(s.KeyName))
	if mac {
		return strings.Join(parts, "")
	}
	return strings.Join(parts, "+")
}

// addShortcuts registers the shortcuts on the window's canvas too: the
// menu bar handles them in the running app, the canvas in tests and when a
// driver has no menu bar.
func (u *ui) addShortcuts() {
	c := u.win.Canvas()
	for sc, f := range map[*desktop.CustomShortcut]func(){
		scOpen: u.openFiles, scOpenFolder: u.openFolder, scOpenURL: u.openURL, scPaste: u.pasteArticle,
		scExport: u.exportPDF, scFind: u.focusSearch, scQuit: u.quit,
		scNew: u.newBriefing, scSaveAs: func() { u.saveBriefingAs(u.bid) },
	} {
		c.AddShortcut(sc, func(fyne.Shortcut) { f() })
	}
	// Ctrl+Z reaches the canvas only when no text field has the focus.
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.undoDelete() })
}

// showShortcuts lists the keyboard shortcuts.
func (u *ui) showShortcuts() {
	var cells []fyne.CanvasObject
	for _, s := range shortcutHelp {
		k := widget.NewLabel(s.keys)
		k.TextStyle = fyne.TextStyle{Bold: true}
		cells = append(cells, k, widget.NewLabel(s.what))
	}
	dialog.ShowCustom("Keyboard Shortcuts", "Close", container.New(&shortcutLayout{}, cells...), u.win)
}

// shortcutLayout is a two-column table: keys on the left at their natural
// width, descriptions on the right.
type shortcutLayout struct{}

func (l *shortcutLayout) widths(objs []fyne.CanvasObject) (float32, float32, []float32) {
	var left, right float32
	var heights []float32
	for i := 0; i+1 < len(objs); i += 2 {
		a, b := objs[i].MinSize(), objs[i+1].MinSize()
		left, right = max(left, a.Width), max(right, b.Width)
		heights = append(heights, max(a.Height, b.Height))
	}
	return left, right, heights
}

// MinSize is the widest key and description and the rows' heights.
func (l *shortcutLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	left, right, heights := l.widths(objs)
	var h float32
	for _, x := range heights {
		h += x
	}
	return fyne.NewSize(left+right, h)
}

// Layout places each pair on a row.
func (l *shortcutLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	left, _, heights := l.widths(objs)
	var y float32
	for i := 0; i+1 < len(objs); i += 2 {
		h := heights[i/2]
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(left, h))
		objs[i+1].Move(fyne.NewPos(left, y))
		objs[i+1].Resize(fyne.NewSize(size.Width-left, h))
		y += h
	}
}
