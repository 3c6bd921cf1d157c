//go:build windows || darwin

package gui

import (
	"context"
	"errors"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/sqweek/dialog"
)

// On Windows and macOS the save, open and folder dialogs are the system's,
// through github.com/sqweek/dialog: GetSaveFileName, GetOpenFileName and
// the folder browser on Windows, NSSavePanel and NSOpenPanel on macOS.
// That library picks one file at a time, so opening articles, where
// several may be picked at once, keeps the app's own picker.

// sqweekChooser shows the system's dialogs through sqweek/dialog.
type sqweekChooser struct{}

func newNativeChooser() nativeChooser { return sqweekChooser{} }

// nativeParent is unused here: sqweek/dialog takes no parent window.
func nativeParent(fyne.Window) string { return "" }

// choose shows the system's dialog. It cannot be closed from outside: ctx
// is not watched.
func (sqweekChooser) choose(_ context.Context, _ string, req fileRequest) ([]string, error) {
	if req.multiple {
		return nil, errNoNative
	}
	// A Windows dialog belongs to the thread that made it: one thread
	// from the start to the end of the call.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var (
		path string
		err  error
	)
	if req.folder {
		path, err = dialog.Directory().Title(req.title).SetStartDir(req.dir).Browse()
	} else {
		b := dialog.File().Title(req.title).SetStartDir(req.dir)
		if len(req.exts) > 0 {
			var exts []string
			for _, e := range req.exts {
				exts = append(exts, strings.TrimPrefix(e, "."))
			}
			b = b.Filter(filterName(req.filter, req.exts), exts...).Filter("All files", "*")
		}
		if req.save {
			path, err = b.SetStartFile(req.name).Save()
		} else {
			path, err = b.Load()
		}
	}
	switch {
	case errors.Is(err, dialog.ErrCancelled):
		return nil, nil
	case err != nil:
		return nil, err
	case path == "":
		return nil, nil
	}
	return []string{path}, nil
}
