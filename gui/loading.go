package gui

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// progressThreshold is the number of files above which loading shows a
// progress bar.
const progressThreshold = 3

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
	u.loadingStarted("Opening " + plural(len(paths), "item", "items") + "…")
	u.background(func() {
		files, errs := load.Expand(paths)
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
			a, err := load.File(f)
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
			if err != nil {
				errs = append(errs, err)
			}
			if many && (time.Since(last) > 50*time.Millisecond || i == len(files)-1) {
				last = time.Now()
				v, msg := float64(i+1)/float64(len(files)), fmt.Sprintf("Loading %d of %d files…", i+1, len(files))
				u.do(func() {
					u.progress.SetValue(v)
					u.setStatus(msg)
				})
			}
		}
		u.do(func() {
			u.loadingFinished()
			u.reportLoad(added, dups, errs)
		})
	})
}

// reportLoad shows what a load did: the new articles in the library, the
// first of them in the source pane, the failures in one dialog.
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
		parts = append(parts, "they are in a briefing of their own: the sample stays apart (Help > Show Sample Briefing)")
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
		u.showErrors(sentence(title), errs)
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
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if dir == nil {
			return
		}
		u.prefs.SetString(keyOpenFolder, dir.Path())
		u.loadPaths([]string{dir.Path()})
	}, u.win)
	if start := u.startFolder(); start != nil {
		d.SetLocation(start)
	}
	d.Resize(dialogSize(u.win))
	d.Show()
}

// startFolder is where the open dialogs start: the last folder used, if it
// is still there.
func (u *ui) startFolder() fyne.ListableURI {
	dir := u.prefs.String(keyOpenFolder)
	if dir == "" {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

// dialogSize is a comfortable size for a file dialog in this window.
func dialogSize(w fyne.Window) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(min(860, s.Width*0.9), min(600, s.Height*0.85))
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
	u.loadingStarted("Adding the pasted text…")
	u.background(func() {
		a, err := load.Text(text)
		added, dups := []*brief.Article(nil), 0
		if err == nil {
			var ok bool
			if ok, err = lib.Add(bid, a); ok {
				added = append(added, a)
			} else if err == nil {
				dups++
			}
		}
		var errs []error
		if err != nil {
			errs = append(errs, err)
		}
		u.do(func() {
			u.loadingFinished()
			u.reportLoad(added, dups, errs)
		})
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
	u.loadingStarted("Downloading " + clip(addr, 80) + "…")
	u.background(func() {
		a, err := load.Fetch(context.Background(), addr)
		added, dups := []*brief.Article(nil), 0
		if err == nil {
			var ok bool
			if ok, err = lib.Add(bid, a); ok {
				added = append(added, a)
			} else if err == nil {
				dups++
			}
		}
		var errs []error
		if err != nil {
			errs = append(errs, err)
		}
		u.do(func() {
			u.loadingFinished()
			u.reportLoad(added, dups, errs)
		})
	})
}
