package main

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefing-app/briefing/internal/migrate"
)

// oldAppID is the app ID of Briefing 0.1, whose storage folder (library and
// preferences) is moved to the new ID's at start-up.
const oldAppID = "app.briefing.desktop"

// defaultLibraryDir is the app's own library: the "library" folder of the
// app's storage folder (the one Fyne gives the app ID), after moving a
// library left under the old ID there — so that the app and the commands
// that take --library see the same briefings, and a command never makes a
// new library beside an old one that the app would then no longer move.
func defaultLibraryDir(stderr io.Writer) (string, error) {
	libraryDir, newRoot := moveOldStorage(stderr)
	if libraryDir != "" {
		return libraryDir, nil
	}
	if newRoot == "" {
		return "", fmt.Errorf("cannot find the app's storage folder: name the library with --library DIR")
	}
	return filepath.Join(newRoot, migrate.LibraryFolder), nil
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
