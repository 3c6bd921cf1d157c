package gui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/briefing-app/briefing/internal/fserr"
)

// The file dialogs are the system's where it offers them through a
// maintained library, and the app's own (Fyne's, or the file picker of
// filepicker.go) elsewhere, or when the system's is not there:
//
//   - Linux and the BSDs: the XDG desktop portal's file chooser
//     (filedialog_xdg.go), the dialog of the user's desktop — GNOME's,
//     KDE's — with its bookmarks and recent files;
//   - Windows and macOS: the system's save, open and folder dialogs
//     through github.com/sqweek/dialog (filedialog_native.go), which
//     picks one file at a time: opening articles, where several may be
//     picked at once, keeps the app's own picker there;
//   - elsewhere, and when the portal is not running (no D-Bus session or
//     no portal, as under Xvfb): the app's own.
//
// A system dialog blocks the goroutine that asks for it, so it runs on one
// of its own (see chooseFiles) and its answer comes back through u.do.

// fileRequest is what a file dialog is asked for.
type fileRequest struct {
	// title is the dialog's title; accept its accept button's label.
	title, accept string
	// save asks for a file to write, named name by default; folder for a
	// folder to open; multiple lets several files be picked.
	save, folder, multiple bool
	name                   string
	// dir is the folder the dialog starts in ("" for the system's choice).
	dir string
	// filter names the files shown ("Articles"), exts their extensions
	// (".txt"); none: every file. A file saved gets the first of them when
	// the system's dialog gave none.
	filter string
	exts   []string
	// what names what is saved or opened in a message that it failed:
	// "the PDF" gives "cannot save the PDF: …".
	what string
}

// nativeChooser is a system's file dialog.
type nativeChooser interface {
	// choose shows the dialog for req, its parent the window whose handle
	// parent is (see nativeParent), and blocks until the user answers: the
	// paths picked, none when the user cancelled. It returns errNoNative,
	// soon, when the system has no dialog for req; a dialog still open
	// when ctx is done is closed where the system allows it.
	choose(ctx context.Context, parent string, req fileRequest) ([]string, error)
}

// errNoNative says the system has no dialog for a request: the app shows
// its own.
var errNoNative = errors.New("no system file dialog")

// native is this system's file dialog, or nil (see newNativeChooser in the
// files for each system); tests put fakes in.
var native = newNativeChooser()

// chooseFiles shows the system's file dialog for req, or, when it has
// none, the app's own (appDialog). done gets the paths picked, on the UI
// goroutine; a dialog cancelled does not call it. While a system dialog is
// open another request is ignored: the system's dialogs of Windows and
// macOS do not keep the user from the window.
func (u *ui) chooseFiles(req fileRequest, done func([]string)) {
	if native == nil || u.nativeDown {
		u.appDialog(req, done)
		return
	}
	if u.choosing {
		return
	}
	u.choosing = true
	chooser, parent, ctx := native, nativeParent(u.win), u.ctx
	u.background(func() {
		paths, err := chooser.choose(ctx, parent, req)
		u.do(func() {
			u.choosing = false
			switch {
			case ctx.Err() != nil:
				// Quitting.
			case err != nil:
				// No system dialog, or one that failed: the app's own,
				// from now on.
				u.nativeDown = true
				if !errors.Is(err, errNoNative) {
					fyne.LogError("the system's file dialog failed; using the app's own", err)
				}
				u.appDialog(req, done)
			case len(paths) > 0:
				if req.save && len(req.exts) > 0 {
					paths[0] = withExt(paths[0], req.exts[0])
				}
				done(paths)
			}
		})
	})
}

// appDialog shows the app's own dialog for req: its file picker
// (filepicker.go: folders to browse, article files to tick) when several
// files may be picked, as Fyne's own dialog picks one at a time; Fyne's
// folder, save or open dialog otherwise. Fyne's save dialog creates the file picked, and
// asks first when it is there; done writes it again, whole, as after the
// system's dialog. The extension is not added here: the file named is the
// one the dialog created.
func (u *ui) appDialog(req fileRequest, done func([]string)) {
	if req.multiple {
		start := req.dir
		if start == "" {
			start, _ = os.UserHomeDir()
		}
		newFilePicker(u, start, done).show()
		return
	}
	what := req.what
	if what == "" {
		what = "the file"
	}
	var d interface {
		SetLocation(fyne.ListableURI)
		Resize(fyne.Size)
		Show()
	}
	switch {
	case req.folder:
		d = dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			switch {
			case err != nil:
				u.showError(fmt.Errorf("cannot open %s: %w", what, err))
			case dir != nil:
				done([]string{dir.Path()})
			}
		}, u.win)
	case req.save:
		fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			switch {
			case err != nil:
				u.showError(fmt.Errorf("cannot save %s: %w", what, fserr.WriteReason(err, "")))
			case w != nil:
				path := w.URI().Path()
				w.Close()
				done([]string{path})
			}
		}, u.win)
		fd.SetFileName(req.name)
		setUpFileDialog(fd, req)
		d = fd
	default:
		fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			switch {
			case err != nil:
				u.showError(fmt.Errorf("cannot open %s: %w", what, err))
			case r != nil:
				path := r.URI().Path()
				r.Close()
				done([]string{path})
			}
		}, u.win)
		setUpFileDialog(fd, req)
		d = fd
	}
	if start := lister(req.dir); start != nil {
		d.SetLocation(start)
	}
	d.Resize(dialogSize(u.win))
	d.Show()
}

// setUpFileDialog gives one of Fyne's file dialogs req's filter and
// accept button.
func setUpFileDialog(d *dialog.FileDialog, req fileRequest) {
	if len(req.exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(req.exts))
	}
	if req.accept != "" {
		d.SetConfirmText(req.accept)
	}
}

// dialogSize is a comfortable size for a file dialog in this window.
func dialogSize(w fyne.Window) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(min(860, s.Width*0.9), min(600, s.Height*0.85))
}

// Extensions of the files the dialogs offer.
var (
	articleExts  = []string{".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".html", ".htm", ".xhtml", ".shtml"}
	briefingExts = []string{".briefing"}
	pdfExts      = []string{".pdf"}
)

// openDir is where the open dialogs start: the folder used last, if it is
// still there, else "" (the system's choice).
func (u *ui) openDir() string {
	if dir := u.prefs.String(keyOpenFolder); isDir(dir) {
		return dir
	}
	return ""
}

// saveDir is where the save dialogs start: the folder saved in last, or
// Documents, or the home folder.
func (u *ui) saveDir() string {
	candidates := []string{u.prefs.String(keyExportFolder)}
	if h, err := os.UserHomeDir(); err == nil {
		candidates = append(candidates, filepath.Join(h, "Documents"), h)
	}
	for _, dir := range candidates {
		if isDir(dir) {
			return dir
		}
	}
	return ""
}

// isDir reports whether path names a folder.
func isDir(path string) bool {
	if path == "" {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// lister is a folder as Fyne's dialogs take it, or nil.
func lister(dir string) fyne.ListableURI {
	if dir == "" {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

// withExt gives a path the system's save dialog returned the extension
// ext when it has none, unless a file of that name exists: the dialog
// asked before replacing the file named, not another.
func withExt(path, ext string) string {
	if filepath.Ext(path) != "" {
		return path
	}
	if _, err := os.Lstat(path + ext); err == nil {
		return path
	}
	return path + ext
}

// createFile opens a file picked in a save dialog for writing, as Fyne's
// own dialog does.
func createFile(path string) (fyne.URIWriteCloser, error) {
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w", filepath.Base(path), fserr.WriteReason(err, path))
	}
	return w, nil
}

// filterName is a filter's name with its extensions: "Articles (.txt,
// .md, .html)".
func filterName(name string, exts []string) string {
	var shown []string
	for _, e := range exts {
		switch e {
		case ".text", ".markdown", ".mdown", ".mkd", ".xhtml", ".shtml":
			continue // variants of the ones shown
		}
		shown = append(shown, e)
	}
	if len(shown) == 0 {
		return name
	}
	return name + " (" + strings.Join(shown, ", ") + ")"
}
