package gui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/internal/instance"
)

// This file holds what the app does with briefings: open one, make, rename,
// duplicate and delete them (with Undo), save one as a .briefing file and
// open such a file, bring the sample back, and take requests from a second
// launch or a command (see internal/instance).

// newBriefingName is the name of a briefing the app makes itself for
// articles the user adds while the sample (or nothing) is open; it is
// renamed after its page's title once built.
const newBriefingName = "New briefing"

// undoFor is how long the Undo button stays after a briefing is deleted.
const undoFor = 20 * time.Second

// openBriefing shows a briefing: its articles in the library pane, its page,
// its paper size.
func (u *ui) openBriefing(bid string) {
	if u.lib == nil || bid == u.bid {
		return
	}
	b, ok := u.lib.Briefing(bid)
	if !ok {
		return
	}
	u.bid, u.current = bid, b
	u.paper = u.briefingPaper(b)
	if u.paperPick.Selected != string(u.paper) {
		u.paperPick.SetSelected(string(u.paper))
	}
	clear(u.library.selected)
	u.library.anchor = ""
	u.source.clear()
	u.briefing.selected = ""
	u.briefing.showOmitted = false
	u.search.clear()
	u.setWindowTitle()
	u.articlesChanged()
	lib := u.lib
	u.background(func() {
		if err := lib.SetOpenBriefing(bid); err != nil {
			u.do(func() { u.showError(err) })
		}
	})
}

// closeBriefing shows no briefing (when the last one was deleted).
func (u *ui) closeBriefing() {
	u.bid, u.current = "", library.Briefing{}
	u.source.clear()
	u.setWindowTitle()
	u.articlesChanged()
}

// briefingPaper is a briefing's paper, else the one last chosen.
func (u *ui) briefingPaper(b library.Briefing) paper {
	if slices.Contains(papers, b.Paper) {
		return b.Paper
	}
	return paperPref(u.prefs)
}

// setWindowTitle names the open briefing in the window's title.
func (u *ui) setWindowTitle() {
	if u.bid == "" {
		u.win.SetTitle("Briefing")
		return
	}
	u.win.SetTitle(clip(u.current.Name, 80) + " — Briefing")
}

// isNew reports whether an item of the open briefing's page was not on the
// page it last exported.
func (u *ui) isNew(key string) bool { return u.current.IsNew(key) }

// markNew puts a "new" mark before an item that was not on the page last
// exported.
func (u *ui) markNew(key string, segs []widget.RichTextSegment) []widget.RichTextSegment {
	if !u.isNew(key) {
		return segs
	}
	return append([]widget.RichTextSegment{seg("NEW  ", styleNew)}, segs...)
}

// styleNew is the "new" mark: small bold capitals in the primary colour.
var styleNew = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary,
	SizeName: theme.SizeNameCaptionText, TextStyle: fyne.TextStyle{Bold: true}}

// briefingsHolding counts the briefings other than except that hold an
// article.
func (u *ui) briefingsHolding(id, except string) int {
	n := 0
	for _, b := range u.lib.Briefings() {
		if b.ID != except && slices.Contains(b.Articles, id) {
			n++
		}
	}
	return n
}

// nameEntry is an entry for a briefing's name that refuses an empty name
// and one another briefing (other than except) has.
func (u *ui) nameEntry(text, except string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	e.PlaceHolder = "For example: Ukraine talks, Monday"
	lib := u.lib
	e.Validator = func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			return errors.New("give the briefing a name")
		}
		if b, ok := lib.Find(s); ok && b.ID != except {
			return errors.New("another briefing has this name")
		}
		return nil
	}
	return e
}

// newBriefing asks for the name of a new briefing and what it starts with:
// nothing, the articles selected in the open briefing, or all of them.
func (u *ui) newBriefing() {
	if u.lib == nil {
		return
	}
	name := u.nameEntry("", "")
	choices := []string{"No articles"}
	sel := u.library.selectedIDs()
	all := u.lib.Entries(u.bid)
	const fromSel, fromAll = 1, 2
	var option []int
	if len(sel) > 0 && len(sel) < len(all) {
		choices = append(choices, fmt.Sprintf("The %s selected in “%s”", plural(len(sel), "article", "articles"), clip(u.current.Name, 40)))
		option = append(option, fromSel)
	}
	if len(all) > 0 {
		choices = append(choices, fmt.Sprintf("All %s of “%s”", plural(len(all), "article", "articles"), clip(u.current.Name, 40)))
		option = append(option, fromAll)
	}
	start := widget.NewRadioGroup(choices, nil)
	start.Required = true
	start.SetSelected(choices[0])
	if len(sel) > 0 {
		start.SetSelected(choices[1]) // the selection, or all when all are selected
	}
	items := []*widget.FormItem{widget.NewFormItem("Name", name)}
	if len(choices) > 1 {
		items = append(items, widget.NewFormItem("Start with", start))
	}
	d := dialog.NewForm("New Briefing", "Create", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		var ids []string
		if i := slices.Index(choices, start.Selected); i > 0 {
			switch option[i-1] {
			case fromSel:
				ids = sel
			case fromAll:
				for _, e := range all {
					ids = append(ids, e.ID)
				}
			}
		}
		u.createBriefing(name.Text, ids)
	}, u.win)
	u.showNameForm(d, name, 560)
	u.newDialog = d
}

// showNameForm shows the form d whose field name is a briefing's name, at
// most width wide: it starts in the name, and Return there submits the
// form when the name is valid.
func (u *ui) showNameForm(d *dialog.FormDialog, name *widget.Entry, width float32) {
	name.OnSubmitted = func(string) {
		if name.Validate() == nil {
			d.Submit()
		}
	}
	d.Resize(fyne.NewSize(min(width, u.win.Canvas().Size().Width*0.9), d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(name)
}

// createBriefing makes a briefing in the background and opens it.
func (u *ui) createBriefing(name string, ids []string) {
	lib := u.lib
	u.background(func() {
		b, err := lib.NewBriefing(name, ids)
		u.do(func() {
			if err != nil {
				u.showError(err)
				return
			}
			u.library.refresh()
			u.openBriefing(b.ID)
			u.notify(fmt.Sprintf("Made the briefing “%s”.", b.Name), 0)
		})
	})
}

// renameBriefing asks for a briefing's new name.
func (u *ui) renameBriefing(bid string) {
	b, ok := u.lib.Briefing(bid)
	if !ok {
		return
	}
	name := u.nameEntry(b.Name, bid)
	d := dialog.NewForm("Rename Briefing", "Rename", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Name", name)}, func(ok bool) {
			if !ok || strings.TrimSpace(name.Text) == b.Name {
				return
			}
			lib, text := u.lib, name.Text
			u.background(func() {
				err := lib.RenameBriefing(bid, text)
				u.do(func() {
					if err != nil {
						u.showError(err)
					}
					delete(u.autoName, bid)
					delete(u.madeFrom, bid) // named by the user: it stays
					u.briefingsChanged()
				})
			})
		}, u.win)
	u.showNameForm(d, name, 520)
}

// duplicateBriefing copies a briefing and opens the copy.
func (u *ui) duplicateBriefing(bid string) {
	lib := u.lib
	u.background(func() {
		c, err := lib.DuplicateBriefing(bid)
		u.do(func() {
			if err != nil {
				u.showError(err)
				return
			}
			u.openBriefing(c.ID)
			u.library.refresh()
			u.notify(fmt.Sprintf("Made “%s”.", c.Name), 0)
		})
	})
}

// deleteBriefing deletes a briefing at once; Undo (in the status bar, in
// the Edit menu, or Ctrl+Z) brings it back.
func (u *ui) deleteBriefing(bid string) {
	lib := u.lib
	u.background(func() {
		d, err := lib.DeleteBriefing(bid)
		u.do(func() {
			if d == nil {
				u.showError(err)
				return
			}
			if err != nil {
				u.showError(err)
			}
			u.undo = d
			u.undoBtn.Show()
			u.undoSeq++
			seq := u.undoSeq
			time.AfterFunc(undoFor, func() {
				u.do(func() {
					if u.undoSeq == seq {
						u.undoBtn.Hide()
					}
				})
			})
			if bid == u.bid {
				u.bid = ""
				if bs := lib.Briefings(); len(bs) > 0 {
					u.openBriefing(bs[0].ID)
				} else {
					u.closeBriefing()
				}
			}
			u.library.refresh()
			u.notify(fmt.Sprintf("Deleted “%s”.", d.Briefing.Name), undoFor)
		})
	})
}

// undoDelete brings back the briefing deleted last.
func (u *ui) undoDelete() {
	d := u.undo
	if d == nil || u.lib == nil {
		return
	}
	u.undo = nil
	u.undoBtn.Hide()
	lib := u.lib
	u.background(func() {
		b, err := lib.Undelete(d)
		u.do(func() {
			if err != nil {
				u.showError(err)
				return
			}
			u.library.refresh()
			u.openBriefing(b.ID)
			u.notify(fmt.Sprintf("“%s” is back.", b.Name), 0)
		})
	})
}

// briefingsChanged refreshes the pane and the open briefing's record after
// a change that does not touch its articles.
func (u *ui) briefingsChanged() {
	if b, ok := u.lib.Briefing(u.bid); ok {
		u.current = b
	}
	u.setWindowTitle()
	u.library.refresh()
}

// saveBriefingAs asks where to save a briefing as a .briefing file.
func (u *ui) saveBriefingAs(bid string) {
	if u.lib == nil {
		return
	}
	b, ok := u.lib.Briefing(bid)
	if !ok {
		u.showError(errors.New("there is no briefing to save: make one first"))
		return
	}
	req := fileRequest{title: "Save Briefing As", accept: "Save", save: true, name: library.FileName(b.Name),
		dir: u.saveDir(), filter: "Briefings", exts: briefingExts, what: "the briefing"}
	u.chooseFiles(req, func(paths []string) {
		path := paths[0]
		u.prefs.SetString(keyExportFolder, filepath.Dir(path))
		u.writeBriefingFile(bid, path)
	})
}

// writeBriefingFile writes a briefing to path in the background.
func (u *ui) writeBriefingFile(bid, path string) {
	lib := u.lib
	u.setStatus("Saving " + filepath.Base(path) + "…")
	u.background(func() {
		doc, err := lib.Document(bid)
		var buf bytes.Buffer
		if err == nil {
			err = library.WriteDocument(&buf, doc)
		}
		if err != nil {
			err = fmt.Errorf("cannot save %s: %w", filepath.Base(path), err)
		} else {
			err = library.WriteFileAtomic(path, buf.Bytes()) // "cannot write NAME: why"
		}
		u.do(func() {
			if err != nil {
				u.setStatus("The briefing could not be saved.")
				u.showError(err)
				return
			}
			u.notify(fmt.Sprintf("Saved “%s” as %s — anyone with Briefing can open it.", doc.Name, path), 0)
		})
	})
}

// openBriefingDialog asks for a .briefing file to open.
func (u *ui) openBriefingDialog() {
	req := fileRequest{title: "Open Briefing", accept: "Open", dir: u.openDir(), filter: "Briefings", exts: briefingExts,
		what: "the briefing"}
	u.chooseFiles(req, func(paths []string) {
		u.prefs.SetString(keyOpenFolder, filepath.Dir(paths[0]))
		u.openBriefingFiles(paths[:1])
	})
}

// isBriefingFile reports whether a path names a .briefing file.
func isBriefingFile(path string) bool {
	return strings.EqualFold(filepath.Ext(path), library.Ext)
}

// openPaths opens files and folders: .briefing files as briefings, the rest
// as articles of the open briefing.
func (u *ui) openPaths(paths []string) {
	var docs, rest []string
	for _, p := range paths {
		if isBriefingFile(p) {
			docs = append(docs, p)
		} else {
			rest = append(rest, p)
		}
	}
	u.openBriefingFiles(docs)
	u.loadPaths(rest)
}

// openBriefingFiles adds the briefings of .briefing files to the library
// and opens the last one. A briefing the library already has, unchanged,
// is opened, not added again. The files are read as articles are (see
// load): under a load of their own, with its dialog and Cancel, each
// within its time budget; a load called off adds nothing.
func (u *ui) openBriefingFiles(paths []string) {
	if len(paths) == 0 {
		return
	}
	u.whenReady(func() {
		lib := u.lib
		op := u.startLoad("", "Opening "+plural(len(paths), "briefing", "briefings")+"…")
		u.background(func() {
			var (
				docs   []*library.Document
				names  []string
				opened []library.Briefing
				known  []string
				errs   []error
			)
			for i, p := range paths {
				if op.ctx.Err() != nil {
					break
				}
				doc, err := readBriefingFile(op.ctx, p)
				if err != nil {
					if op.ctx.Err() == nil {
						errs = append(errs, err)
					}
				} else {
					docs, names = append(docs, doc), append(names, filepath.Base(p))
				}
				done, total := i+1, len(paths)
				u.do(func() { op.progress(done, total) })
			}
			if u.ctx.Err() != nil {
				return // quitting
			}
			if op.ctx.Err() != nil {
				u.do(func() {
					u.loadingFinished()
					op.end()
					u.setStatus("Opening cancelled: nothing was added.")
				})
				return
			}
			for i, doc := range docs {
				b, existed, err := lib.Import(doc)
				if err != nil {
					errs = append(errs, fmt.Errorf("cannot open %s: %w", names[i], err))
					continue
				}
				opened = append(opened, b)
				if existed {
					known = append(known, b.Name)
				}
			}
			u.do(func() {
				u.loadingFinished()
				op.end()
				if len(opened) > 0 {
					last := opened[len(opened)-1]
					u.library.refresh()
					if last.ID == u.bid {
						u.articlesChanged()
					}
					u.openBriefing(last.ID)
					msg := fmt.Sprintf("Opened “%s”.", last.Name)
					if len(known) == len(opened) {
						msg = fmt.Sprintf("“%s” was already in your library: it is shown.", last.Name)
					}
					u.notify(msg, 0)
				}
				if len(errs) > 0 {
					u.showErrors(sentence(plural(len(errs), "briefing", "briefings")+" could not be opened"), errs)
				}
			})
		})
	})
}

// readBriefingFile reads a .briefing file, within its time budget and
// until ctx is done (see library.ReadDocumentFile), with messages that
// name it.
func readBriefingFile(ctx context.Context, path string) (*library.Document, error) {
	name := filepath.Base(path)
	doc, err := library.ReadDocumentFile(ctx, path)
	switch {
	case err == nil:
		return doc, nil
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("cannot open %s: there is no such file", name)
	case errors.Is(err, context.Canceled):
		return nil, fmt.Errorf("cannot open %s: opening was cancelled", name)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the name is said once, without its folder
	}
	return nil, fmt.Errorf("cannot open %s: %w", name, err)
}

// withTarget runs f with the briefing that articles the user adds go to:
// the open one, unless it is the sample (which never mixes with the
// user's articles) or there is none — then a new briefing is made first,
// opened, and named after its page once built.
func (u *ui) withTarget(f func(bid string)) {
	if u.bid != "" && !u.current.Sample {
		f(u.bid)
		return
	}
	u.targetWaiters = append(u.targetWaiters, f)
	if len(u.targetWaiters) > 1 {
		return // being made
	}
	fromSample, prev := u.current.Sample, u.bid
	lib := u.lib
	u.background(func() {
		b, err := lib.NewBriefing(lib.UniqueName(newBriefingName), nil)
		u.do(func() {
			waiters := u.targetWaiters
			u.targetWaiters = nil
			if err != nil {
				u.showError(err)
				return
			}
			u.autoName[b.ID] = true
			u.madeFrom[b.ID] = prev
			u.library.refresh()
			u.openBriefing(b.ID)
			if fromSample {
				u.sampleNotice = true
			}
			for _, w := range waiters {
				w(b.ID)
			}
		})
	})
}

// undoMadeBriefing takes back a briefing withTarget made for a load that
// was called off: when no other load goes into it and it is still empty,
// it is deleted and the briefing open before it (the sample) comes back.
func (u *ui) undoMadeBriefing(bid string) {
	prev, ok := u.madeFrom[bid]
	if !ok || slices.ContainsFunc(u.loads, func(o *loadOp) bool { return o.bid == bid }) {
		return
	}
	if b, found := u.lib.Briefing(bid); !found || len(b.Articles) > 0 {
		delete(u.madeFrom, bid)
		return
	}
	delete(u.madeFrom, bid)
	delete(u.autoName, bid)
	lib := u.lib
	u.background(func() {
		_, err := lib.DeleteBriefing(bid)
		u.do(func() {
			if err != nil {
				u.showError(err)
				return
			}
			if u.bid != bid {
				u.briefingsChanged()
				return
			}
			if _, ok := lib.Briefing(prev); ok {
				u.openBriefing(prev)
			} else {
				u.closeBriefing()
			}
			u.library.refresh()
		})
	})
}

// nameFromPage renames a briefing the app made itself after its page's
// title, once the page has sources.
func (u *ui) nameFromPage(bid, title string) {
	if !u.autoName[bid] || strings.TrimSpace(title) == "" {
		return
	}
	delete(u.autoName, bid)
	lib := u.lib
	u.background(func() {
		err := lib.RenameBriefing(bid, lib.UniqueName(title))
		u.do(func() {
			if err != nil {
				u.showError(err)
			}
			u.briefingsChanged()
		})
	})
}

// showSample opens the sample briefing, making it again when it was
// deleted.
func (u *ui) showSample() {
	u.whenReady(func() {
		lib := u.lib
		u.background(func() {
			b, err := addSample(lib)
			u.do(func() {
				if err != nil {
					u.showError(err)
					return
				}
				u.library.refresh()
				u.openBriefing(b.ID)
			})
		})
	})
}

// handleRequest answers another process: a second launch's files (opened
// here, the window brought forward) or a command's change to the library
// (applied here, as the command would have). It runs on the connection's
// goroutine.
func (u *ui) handleRequest(r instance.Request) instance.Reply {
	select {
	case <-u.ready:
	case <-u.ctx.Done():
		return instance.Reply{Error: "Briefing is closing; open the files again once it has closed"}
	case <-time.After(30 * time.Second):
		return instance.Reply{Error: "Briefing is still opening the library; try again in a moment"}
	}
	if u.ctx.Err() != nil {
		return instance.Reply{Error: "Briefing is closing; open the files again once it has closed"}
	}
	if r.Change != nil {
		lib := u.lib // set before ready was closed
		if lib == nil || u.fallback {
			return instance.Reply{Error: "the Briefing window could not open this library, so nothing was changed: close it and try again"}
		}
		rep := instance.ApplyChange(lib, r.Change)
		u.do(func() {
			if rep.Outcome != nil && rep.Outcome.Briefing.ID == u.bid {
				u.articlesChanged()
			} else {
				u.briefingsChanged()
			}
		})
		return rep
	}
	files := r.Open
	u.do(func() {
		u.win.RequestFocus()
		u.openPaths(files)
	})
	return instance.Reply{}
}

// undoButton is the status bar's Undo, shown for a while after a delete.
func (u *ui) newUndoButton() *widget.Button {
	b := widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), u.undoDelete)
	b.Importance = widget.LowImportance
	b.Hide()
	return b
}
