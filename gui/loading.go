package gui

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/brief/load"
)

// progressThreshold is the number of files above which loading shows a
// progress bar.
const progressThreshold = 3

// loadDialogDelay is how long a load runs before its dialog (progress and
// Cancel) is shown: quick loads show none.
const loadDialogDelay = 400 * time.Millisecond

// loadPaths adds files and folders (every article file inside, subfolders
// included) to the open briefing in the background (see withTarget).
// Files that cannot be read are reported together in one dialog; the
// others are still added.
func (u *ui) loadPaths(paths []string) {
	if len(paths) == 0 {
		return
	}
	u.whenReady(func() { u.withTarget(func(bid string) { u.load(bid, paths) }) })
}

func (u *ui) load(bid string, paths []string) {
	lib := u.lib
	op := u.startLoad(bid, "Opening "+plural(len(paths), "item", "items")+"…")
	u.background(func() {
		files, errs := load.ExpandContext(op.ctx, paths)
		many := len(files) > progressThreshold
		if many {
			u.do(func() {
				u.progress.SetValue(0)
				u.progress.Show()
			})
		}
		var added []*brief.Article
		dups := 0
		last := time.Now()
		for i, f := range files {
			if op.ctx.Err() != nil {
				break
			}
			a, err := load.FileContext(op.ctx, f)
			if err == nil {
				var ok bool
				ok, err = lib.Add(bid, a)
				switch {
				case ok:
					added = append(added, a)
				case err == nil:
					dups++
				}
			}
			if err != nil && op.ctx.Err() == nil {
				errs = append(errs, err)
			}
			if time.Since(last) > 50*time.Millisecond || i == len(files)-1 {
				last = time.Now()
				done, total := i+1, len(files)
				u.do(func() {
					op.progress(done, total)
					if many {
						u.progress.SetValue(float64(done) / float64(total))
						u.setStatus(fmt.Sprintf("Loading %d of %d files…", done, total))
					}
				})
			}
		}
		op.finishReading(added, dups, errs)
	})
}

// reportLoad shows what a load did: the new articles in the library, the
// first of them in the source pane, the failures in one dialog (those
// that share a reason on one line).
func (u *ui) reportLoad(added []*brief.Article, dups int, errs []error) {
	var parts []string
	if len(added) > 0 {
		parts = append(parts, "Added "+plural(len(added), "article", "articles"))
	}
	if dups > 0 {
		parts = append(parts, plural(dups, "article was", "articles were")+" already in this briefing")
	}
	if u.sampleNotice && len(added) > 0 {
		u.sampleNotice = false
		where := "they are in a briefing of their own"
		if len(added) == 1 {
			where = "it is in a briefing of its own"
		}
		parts = append(parts, where+": the sample stays apart (Help > Show Sample Briefing)")
	}
	if len(errs) > 0 {
		parts = append(parts, plural(len(errs), "file", "files")+" could not be opened")
	}
	if len(parts) > 0 {
		u.notify(strings.Join(parts, "; ")+".", 0)
	}
	if len(added) > 0 {
		u.articlesChanged()
		u.source.showArticle(added[0].ID, -1)
	}
	if len(errs) > 0 {
		title := plural(len(errs), "file", "files") + " could not be opened"
		if len(added) > 0 {
			title += "; the others were added"
		}
		u.showErrors(sentence(title), load.GroupErrors(errs))
	}
}

func (u *ui) loadingStarted(msg string) {
	u.loadingOps++
	u.setStatus(msg)
}

func (u *ui) loadingFinished() {
	u.loadingOps--
	if u.loadingOps <= 0 {
		u.loadingOps = 0
		u.progress.Hide()
	}
}

// loadOp is one load in progress (files, a pasted text or a web page) and
// the dialog that shows it with a Cancel button. Cancel calls the whole
// load off, through its context: the files not read yet are not read, the
// articles it added are taken out of the library again, and when it has
// got as far as the briefing the analysis is stopped and the briefing
// stays as it was. Its fields are the UI goroutine's, but ctx.
type loadOp struct {
	u      *ui
	bid    string // the briefing the articles go to
	ctx    context.Context
	cancel context.CancelFunc

	dlg   *dialog.CustomDialog
	label *widget.Label
	bar   *widget.ProgressBar
	timer *time.Timer

	// added are the articles the load put in the library; before and after
	// the library versions around it (see cancelNow).
	added         []*brief.Article
	before, after int
	// phase: reading, then building (the briefing of the new articles),
	// then over.
	phase int
}

// The phases of a load.
const (
	phaseReading = iota
	phaseBuilding
	phaseOver
)

// startLoad starts a load: its context, derived from the app's (quitting
// cancels it), the status line, and the dialog, shown if the load is still
// running after loadDialogDelay (at once when the delay is 0).
func (u *ui) startLoad(bid, msg string) *loadOp {
	ctx, cancel := context.WithCancel(u.ctx)
	op := &loadOp{u: u, bid: bid, ctx: ctx, cancel: cancel}
	u.loadingStarted(msg)
	op.label = widget.NewLabel(msg)
	op.label.Wrapping = fyne.TextWrapWord
	op.bar = widget.NewProgressBar()
	op.bar.Hide()
	cancelBtn := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), op.cancelNow)
	op.dlg = dialog.NewCustomWithoutButtons("Opening articles", container.New(minWidth(420), container.NewVBox(op.label, op.bar)), u.win)
	op.dlg.SetButtons([]fyne.CanvasObject{cancelBtn})
	u.loads = append(u.loads, op)
	if u.loadDialogDelay <= 0 {
		op.dlg.Show()
	} else {
		op.timer = time.AfterFunc(u.loadDialogDelay, func() {
			u.do(func() {
				if op.phase != phaseOver {
					op.dlg.Show()
				}
			})
		})
	}
	return op
}

// progress shows that done of total files were read.
func (op *loadOp) progress(done, total int) {
	if op.phase != phaseReading {
		return
	}
	op.label.SetText(fmt.Sprintf("Reading %d of %d files…", done, total))
	if total > 1 {
		op.bar.SetValue(float64(done) / float64(total))
		op.bar.Show()
	}
}

// finishReading ends the reading phase; the load's goroutine calls it. A
// load called off before its result reached the UI goroutine takes its
// articles out of the library again; one that was not reports what it did
// and goes on to the briefing.
func (op *loadOp) finishReading(added []*brief.Article, dups int, errs []error) {
	u := op.u
	if u.ctx.Err() != nil {
		return // quitting: what was added stays, as after any stop
	}
	u.do(func() {
		if op.ctx.Err() != nil {
			lib := u.lib
			u.background(func() {
				err := removeArticles(lib, op.bid, added)
				u.do(func() {
					u.loadingFinished()
					op.end()
					u.setStatus("Loading cancelled: nothing was added.")
					if err != nil {
						u.showError(err)
					}
					u.undoMadeBriefing(op.bid)
				})
			})
			return
		}
		u.loadingFinished()
		op.added = added
		op.before = u.libVersion
		u.reportLoad(added, dups, errs)
		if len(added) == 0 {
			op.end()
			return
		}
		op.after = u.libVersion
		op.phase = phaseBuilding
		op.label.SetText("Building the briefing of " + plural(len(u.lib.Articles(op.bid)), "article", "articles") + "…")
		op.bar.Hide()
		u.whenBuilt(func() {
			op.end()
			delete(u.madeFrom, op.bid) // it holds what was loaded: it stays
		})
	})
}

// cancelNow is the Cancel button: while files are read, the reading stops
// (finishReading then undoes it); while the briefing is built, the
// analysis is stopped, the new articles are taken out of the library and
// the briefing from before comes back.
func (op *loadOp) cancelNow() {
	u := op.u
	switch op.phase {
	case phaseReading:
		op.label.SetText("Cancelling…")
		op.cancel()
	case phaseBuilding:
		op.cancel()
		op.end()
		if u.rebuildCancel != nil {
			u.rebuildCancel()
		}
		lib, added := u.lib, op.added
		u.setStatus("Cancelling…")
		u.background(func() {
			err := removeArticles(lib, op.bid, added)
			u.do(func() {
				if err != nil {
					u.showError(err)
				}
				// The library is as it was before the load: so is the
				// analysis to show, when nothing else changed meanwhile.
				if u.libVersion == op.after {
					u.libVersion = op.before
				} else {
					u.libVersion++
				}
				u.library.refresh()
				u.rebuild()
				u.setStatus("Loading cancelled: nothing was added.")
				u.undoMadeBriefing(op.bid)
			})
		})
	}
}

// end closes the load's dialog.
func (op *loadOp) end() {
	if op.phase == phaseOver {
		return
	}
	op.phase = phaseOver
	if op.timer != nil {
		op.timer.Stop()
	}
	hideUnder(op.u.win.Canvas(), op.dlg)
	op.u.loads = slices.DeleteFunc(op.u.loads, func(o *loadOp) bool { return o == op })
}

// hideUnder hides a dialog that other dialogs may have been shown over (an
// error while loading): Fyne takes the overlays above a dialog away with
// it, so they are put back.
func hideUnder(c fyne.Canvas, d dialog.Dialog) {
	// A copy: the stack clears the overlays it removes in its own slice.
	before := slices.Clone(c.Overlays().List())
	d.Hide()
	after := c.Overlays().List()
	if len(before) > len(after)+1 {
		for _, o := range before[len(after)+1:] {
			c.Overlays().Add(o)
		}
	}
}

// removeArticles takes articles out of a briefing (and out of the library
// when no other briefing holds them).
func removeArticles(lib *library.Library, bid string, articles []*brief.Article) error {
	var errs []error
	for _, a := range articles {
		if err := lib.Remove(bid, a.ID); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// onDropped loads the files and folders dropped on the window (a
// .briefing file opens as a briefing); a dropped web address is
// downloaded.
func (u *ui) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		switch uri.Scheme() {
		case "file":
			paths = append(paths, uri.Path())
		case "http", "https":
			u.fetchURL(uri.String())
		}
	}
	u.openPaths(paths)
}

// openFolder asks for a folder and adds every article in it.
func (u *ui) openFolder() {
	req := fileRequest{title: "Open Folder", accept: "Open", folder: true, dir: u.openDir(), what: "the folder"}
	u.chooseFiles(req, func(dirs []string) { u.openChosenFolder(dirs[0]) })
}

// openChosenFolder adds the articles of a folder picked in a dialog.
func (u *ui) openChosenFolder(dir string) {
	u.prefs.SetString(keyOpenFolder, dir)
	u.loadPaths([]string{dir})
}

// pasteArticle adds the clipboard's text as an article (or downloads it,
// when it is a web address).
func (u *ui) pasteArticle() {
	text := u.app.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		u.showError(errors.New("the clipboard holds no text: copy an article's text first"))
		return
	}
	if isWebAddress(text) {
		u.fetchURL(strings.TrimSpace(text))
		return
	}
	u.whenReady(func() { u.withTarget(func(bid string) { u.addPasted(bid, text) }) })
}

// addPasted adds pasted text to a briefing as an article.
func (u *ui) addPasted(bid, text string) {
	lib := u.lib
	op := u.startLoad(bid, "Adding the pasted text…")
	u.background(func() {
		a, err := load.Text(text)
		op.finishReading(addOne(lib, bid, a, err))
	})
}

// isWebAddress reports whether text is a single http(s) address.
func isWebAddress(text string) bool {
	text = strings.TrimSpace(text)
	if strings.ContainsAny(text, " \n\t") {
		return false
	}
	u, err := url.Parse(text)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// openURL asks for a web address and downloads its article.
func (u *ui) openURL() {
	entry := widget.NewEntry()
	entry.PlaceHolder = "https://…"
	if c := u.app.Clipboard().Content(); isWebAddress(c) {
		entry.SetText(strings.TrimSpace(c))
	}
	entry.Validator = func(s string) error {
		if !isWebAddress(s) {
			return errors.New("enter an address starting with http:// or https://")
		}
		return nil
	}
	d := dialog.NewForm("Open Web Page", "Open", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Address", entry)}, func(ok bool) {
			if ok {
				u.fetchURL(entry.Text)
			}
		}, u.win)
	entry.OnSubmitted = func(string) {
		if entry.Validate() == nil {
			d.Submit()
		}
	}
	d.Resize(fyne.NewSize(min(620, u.win.Canvas().Size().Width*0.9), d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(entry)
}

// fetchURL downloads a web page's article into the open briefing.
func (u *ui) fetchURL(addr string) {
	u.whenReady(func() { u.withTarget(func(bid string) { u.fetchInto(bid, addr) }) })
}

// fetchInto downloads a web page's article into a briefing.
func (u *ui) fetchInto(bid, addr string) {
	lib := u.lib
	op := u.startLoad(bid, "Downloading "+clip(load.RedactURL(addr), 80)+"…")
	u.background(func() {
		a, err := load.Fetch(op.ctx, addr)
		op.finishReading(addOne(lib, bid, a, err))
	})
}

// addOne adds an article that was read (unless reading it failed) to a
// briefing, and says what came of it as finishReading takes it.
func addOne(lib *library.Library, bid string, a *brief.Article, err error) (added []*brief.Article, dups int, errs []error) {
	if err == nil {
		var ok bool
		if ok, err = lib.Add(bid, a); ok {
			added = append(added, a)
		} else if err == nil {
			dups++
		}
	}
	if err != nil {
		errs = append(errs, err)
	}
	return added, dups, errs
}
