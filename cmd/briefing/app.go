//go:build !nogui

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/app"

	"github.com/briefing-app/briefing/gui"
	"github.com/briefing-app/briefing/internal/instance"
	"github.com/briefing-app/briefing/internal/migrate"
)

// startWait is how long a second launch waits for the app that has the
// library to answer (it may be starting) before it gives up.
const startWait = 15 * time.Second

// openApp opens the desktop app with the given files (articles and
// .briefing files). When the app is already running on the same library,
// it hands the files to that window instead and returns: one library, one
// window (see internal/instance).
func openApp(files []string, stderr io.Writer) int {
	// Before the app is created: Fyne reads preferences.json from the
	// storage folder when it creates the app.
	libraryDir, newRoot := moveOldStorage(stderr)
	dir := libraryDir
	if dir == "" && newRoot != "" {
		dir = filepath.Join(newRoot, migrate.LibraryFolder)
	}
	var lock *instance.Lock
	if dir != "" {
		l, reply, err := instance.Acquire(dir, instance.Request{Open: absPaths(files)}, startWait)
		switch {
		case err != nil:
			msg := "Briefing is already open with this library but does not answer. Close it (or end it) and try again."
			fmt.Fprintf(stderr, "briefing: %s (%v)\n", msg, err)
			// Started from a file manager, no one sees stderr: say it in a
			// window too.
			gui.RunMessage(app.NewWithID(appID), "Briefing", msg)
			return exitFiles
		case reply != nil:
			if err := reply.Err(); err != nil {
				fmt.Fprintf(stderr, "briefing: %v\n", err)
				return exitFiles
			}
			return exitOK
		}
		lock = l
		defer lock.Close()
	}
	a := app.NewWithID(appID)
	if root := a.Storage().RootURI(); newRoot != "" && root != nil && filepath.Clean(root.Path()) != newRoot {
		fmt.Fprintf(stderr, "briefing: the app's storage is %s, not %s where the library was moved to\n", root.Path(), newRoot)
	}
	gui.Run(a, files, gui.Options{Version: version, Build: build, LibraryDir: dir, Lock: lock})
	return exitOK
}

// absPaths makes the paths absolute: the window they are handed to may
// run in another folder.
func absPaths(paths []string) []string {
	out := make([]string, 0, len(paths))
	for _, p := range paths {
		if a, err := filepath.Abs(p); err == nil && p != "-" {
			p = a
		}
		out = append(out, p)
	}
	return out
}
