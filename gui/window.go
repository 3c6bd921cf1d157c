package gui

import (
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// buildWindow lays the window out: the toolbar and search box on top, the
// library (or the search results), the briefing and the source side by
// side, and a status bar.
func (u *ui) buildWindow() {
	u.status = newMuted("")
	u.status.Truncation = fyne.TextTruncateEllipsis
	u.progress = widget.NewProgressBar()
	u.progress.Hide()

	var paperNames []string
	for _, p := range papers {
		paperNames = append(paperNames, string(p))
	}
	u.paperPick = widget.NewSelect(paperNames, u.onPaperSelected)
	u.paperPick.Selected = string(u.paper)

	u.exportBtn = widget.NewButtonWithIcon("Export PDF", theme.DocumentSaveIcon(), u.exportPDF)
	u.exportBtn.Importance = widget.HighImportance
	u.exportBtn.Disable()

	openBtn := widget.NewButtonWithIcon("Open", theme.FolderOpenIcon(), u.openFiles)
	pasteBtn := widget.NewButtonWithIcon("Paste", theme.ContentPasteIcon(), u.pasteArticle)
	webBtn := widget.NewButtonWithIcon("Web page", theme.DownloadIcon(), u.openURL)
	for _, b := range []*widget.Button{openBtn, pasteBtn, webBtn} {
		b.Importance = widget.LowImportance
	}

	paperLabel := newMuted("Paper")
	left := container.NewHBox(openBtn, pasteBtn, webBtn, widget.NewSeparator(),
		u.exportBtn, paperLabel, u.paperPick)
	search := container.New(minWidth(340), u.search.entry)
	toolbar := container.NewBorder(nil, nil, left, search)

	leftPane := container.NewStack(u.library.view, u.search.view)
	u.search.view.Hide()

	l := layoutPref(u.prefs)
	u.innerSplit = container.NewHSplit(u.briefing.view, u.source.view)
	u.innerSplit.Offset = l.right
	u.outerSplit = container.NewHSplit(leftPane, u.innerSplit)
	u.outerSplit.Offset = l.left

	u.undoBtn = u.newUndoButton()
	statusBar := container.NewBorder(nil, nil, nil,
		container.NewHBox(container.New(minWidth(220), u.progress), u.undoBtn), u.status)
	content := container.NewBorder(
		container.NewVBox(container.NewPadded(toolbar), widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), statusBar),
		nil, nil, u.outerSplit)

	u.win.SetContent(content)
	u.win.SetMainMenu(u.mainMenu())
	u.addShortcuts()
	u.win.SetOnDropped(u.onDropped)
	u.win.Resize(windowSizePref(u.prefs))
	u.win.SetCloseIntercept(u.quit)
}

func (u *ui) onPaperSelected(s string) { u.setPaper(paper(s)) }

// mainMenu is the window's menu bar; the items carry the shortcuts listed
// in Help > Keyboard Shortcuts.
func (u *ui) mainMenu() *fyne.MainMenu {
	item := func(label string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	quit := item("Quit", u.quit, scQuit)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New Briefing…", u.newBriefing, scNew),
		fyne.NewMenuItem("Open Briefing…", u.openBriefingDialog),
		item("Save Briefing As…", func() { u.saveBriefingAs(u.bid) }, scSaveAs),
		fyne.NewMenuItemSeparator(),
		item("Open Files…", u.openFiles, scOpen),
		item("Open Folder…", u.openFolder, scOpenFolder),
		item("Open Web Page…", u.openURL, scOpenURL),
		item("Paste Text as Article", u.pasteArticle, scPaste),
		fyne.NewMenuItemSeparator(),
		item("Export PDF…", u.exportPDF, scExport),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu("Edit",
		// Ctrl+Z is the canvas's (see addShortcuts): a menu shortcut would
		// take it from the text being edited.
		fyne.NewMenuItem("Undo Delete Briefing", u.undoDelete),
		fyne.NewMenuItemSeparator(),
		item("Find…", u.focusSearch, scFind),
		fyne.NewMenuItem("Edit Briefing Title", u.briefing.editTitle),
		fyne.NewMenuItem("Restore Removed Items", u.restoreRemoved),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Rename Briefing…", func() { u.renameBriefing(u.bid) }),
		fyne.NewMenuItem("Duplicate Briefing", func() { u.duplicateBriefing(u.bid) }),
		fyne.NewMenuItem("Delete Briefing", func() { u.deleteBriefing(u.bid) }),
	)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Show Sample Briefing", u.showSample),
		fyne.NewMenuItem("Keyboard Shortcuts", u.showShortcuts),
		fyne.NewMenuItem("About Briefing", u.showAbout),
	)
	return fyne.NewMainMenu(file, edit, help)
}

// quit saves the preferences, calls off the work in progress and quits.
//
// The preferences are the last thing written: the app ends there (u.exit,
// which Run makes os.Exit), rather than going through Fyne's shutdown,
// whose own last save of the preferences and the reloads of its file
// watcher run on goroutines of their own once the UI goroutine's queue is
// drained, and race: the watcher could read the file between its
// truncation and its writing and log "Preferences load error: EOF" (one
// end-to-end run in fifteen). The library needs no shutdown either: every
// write to it is atomic, and a temporary file left behind is removed when
// it opens.
//
// The library's lock is given up before the end (see releaseLibrary), so
// that the next launch or command finds no address of a window that is
// gone.
func (u *ui) quit() {
	u.savePrefs()
	u.cancel()
	u.releaseLibrary()
	u.exit()
}

// releaseWait bounds how long quitting waits for the requests of other
// processes being answered (see instance.Lock.Close): the app ends within
// quitTimeout of a signal whatever happens.
const releaseWait = 500 * time.Millisecond

// releaseLibrary gives up the library's lock, when the app holds it: no
// more requests are taken and the address file goes at once; requests
// being answered get at most releaseWait. The app's context is cancelled
// first, so that a request waiting for the library to open gives up.
func (u *ui) releaseLibrary() {
	lock := u.opt.Lock
	if lock == nil {
		return
	}
	done := make(chan struct{})
	go func() {
		lock.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(releaseWait):
	}
}

// showAbout shows the version and what the app does.
func (u *ui) showAbout() {
	version := "Version " + u.opt.Version
	if u.opt.Version == "" {
		version = "Development build"
	}
	if u.opt.Build != "" {
		version += " (build " + u.opt.Build + ")"
	}
	title := widget.NewLabel("Briefing")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.SizeName = theme.SizeNameHeadingText
	title.Alignment = fyne.TextAlignCenter
	ver := widget.NewLabel(version)
	ver.Alignment = fyne.TextAlignCenter
	desc := widget.NewLabel("Turns news articles into a one-page briefing:\nthe bottom line, key actors, commitments, open disputes\nand quotes, each item cited to its source sentence.")
	desc.Alignment = fyne.TextAlignCenter
	fonts := newMutedHint("PDF fonts: Noto Sans, SIL Open Font License 1.1.")
	icon := widget.NewIcon(u.app.Icon())
	content := container.NewVBox(
		container.NewCenter(container.New(layout.NewGridWrapLayout(fyne.NewSize(64, 64)), icon)),
		title, ver, desc, fonts)
	dialog.ShowCustom("About Briefing", "Close", content, u.win)
}

// openFileURL asks the system to open a file in its default app.
func (u *ui) openFileURL(path string) {
	if err := u.app.OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
		u.showError(err)
	}
}
