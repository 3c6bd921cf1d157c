//go:build !nogui

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2/app"

	"github.com/briefing-app/briefing/gui"
	"github.com/briefing-app/briefing/internal/migrate"
)

// oldAppID is the app ID of Briefing 0.1, whose storage folder (library and
// preferences) is moved to the new ID's at start-up.
const oldAppID = "app.briefing.desktop"

// openApp opens the desktop app with the given article files.
func openApp(files []string, stderr io.Writer) int {
	// Before the app is created: Fyne reads preferences.json from the
	// storage folder when it creates the app.
	libraryDir, newRoot := moveOldStorage(stderr)
	a := app.NewWithID(appID)
	if root := a.Storage().RootURI(); newRoot != "" && root != nil && filepath.Clean(root.Path()) != newRoot {
		fmt.Fprintf(stderr, "briefing: the app's storage is %s, not %s where the library was moved to\n", root.Path(), newRoot)
	}
	gui.Run(a, files, gui.Options{Version: version, Build: build, LibraryDir: libraryDir})
	return exitOK
}

// moveOldStorage moves the storage folder of the old app ID to the new one's
// (see migrate.Storage) and says so on stderr. It returns the new storage
// folder and, when the library could not be moved, the old library folder,
// which the app then keeps using so that the user sees their library; else
// "".
func moveOldStorage(stderr io.Writer) (libraryDir, newRoot string) {
	oldRoot, err1 := migrate.StorageRoot(oldAppID)
	newRoot, err2 := migrate.StorageRoot(appID)
	if err1 != nil || err2 != nil {
		return "", ""
	}
	res, err := migrate.Storage(oldRoot, newRoot)
	if len(res.Moved) > 0 {
		fmt.Fprintf(stderr, "briefing: moved the library and settings from %s to %s (%s)\n",
			oldRoot, newRoot, strings.Join(res.Moved, ", "))
	}
	if len(res.Kept) > 0 {
		fmt.Fprintf(stderr, "briefing: left %s in %s: %s already has them (see %s there)\n",
			strings.Join(res.Kept, ", "), oldRoot, newRoot, migrate.NoteFile)
	}
	if err != nil && !slices.Contains(res.Moved, migrate.LibraryFolder) {
		fmt.Fprintf(stderr, "briefing: the library stays in %s for now: %v\n", oldRoot, err)
		return filepath.Join(oldRoot, migrate.LibraryFolder), newRoot
	}
	if err != nil {
		fmt.Fprintf(stderr, "briefing: %v\n", err)
	}
	return "", newRoot
}
