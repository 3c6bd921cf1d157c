// Package migrate moves Briefing's storage folder to where a new app ID
// puts it, so that no user's library is lost when the ID changes.
//
// Fyne keeps an app's storage — Briefing's library and Fyne's own
// preferences.json — in a folder named after the app ID (see StorageRoot).
// Briefing 0.1 was "app.briefing.desktop"; it is now
// "io.github.briefing_app.Briefing". Storage moves the old folder's contents
// into the new one before the app opens them.
package migrate

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
)

// LibraryFolder is the folder of the app's storage that holds the library
// (the gui package opens the library there).
const LibraryFolder = "library"

// NoteFile is written into the old folder when some of its entries could not
// be moved because the new folder already had an entry of the same name.
const NoteFile = "BRIEFING-MOVED.txt"

// tempPrefix starts the name of a copy in progress inside the new folder; a
// copy is renamed to its real name only once it is complete.
const tempPrefix = ".briefing-migrating-"

// Result says what Storage did.
type Result struct {
	// Moved lists the entries (file and folder names) moved from the old
	// folder to the new one; empty when there was nothing to do.
	Moved []string
	// Kept lists the entries left in the old folder because the new one
	// already had an entry of that name: neither is overwritten.
	Kept []string
	// OldRemoved is true when the old folder was left empty and removed.
	OldRemoved bool
}

// Storage moves the contents of oldDir, the storage folder of the old app
// ID, into newDir, that of the new one, when oldDir holds a library and
// newDir holds none. It does nothing (and returns a zero Result) otherwise,
// so it is cheap to call at every start.
//
// Each entry of oldDir is renamed into newDir; when the rename fails because
// the folders are on different devices, the entry is copied to a temporary
// name in newDir, renamed into place, and only then removed from oldDir.
// Nothing in newDir is overwritten: an entry that exists in both stays in
// oldDir (listed in Kept, and explained in a NoteFile there), except for an
// empty folder in newDir (one without any file, such as a library folder
// created but never written), which is replaced. On an error Storage stops;
// entries already moved stay moved, the rest stay where they were, and no
// file is deleted from either folder.
func Storage(oldDir, newDir string) (Result, error) {
	var res Result
	if oldDir == "" || newDir == "" || filepath.Clean(oldDir) == filepath.Clean(newDir) {
		return res, nil
	}
	if !hasFiles(filepath.Join(oldDir, LibraryFolder)) || hasFiles(filepath.Join(newDir, LibraryFolder)) {
		return res, nil
	}
	if err := os.MkdirAll(newDir, 0o700); err != nil {
		return res, fmt.Errorf("cannot create the new storage folder: %w", err)
	}
	removeStaleCopies(newDir)
	entries, err := os.ReadDir(oldDir)
	if err != nil {
		return res, fmt.Errorf("cannot read the old storage folder: %w", err)
	}
	// The library first: if anything fails, the library is what matters.
	names := []string{LibraryFolder}
	for _, e := range entries {
		if e.Name() != LibraryFolder && e.Name() != NoteFile {
			names = append(names, e.Name())
		}
	}
	for _, name := range names {
		from, to := filepath.Join(oldDir, name), filepath.Join(newDir, name)
		if _, err := os.Lstat(to); err == nil {
			if !isEmptyTree(to) {
				res.Kept = append(res.Kept, name)
				continue
			}
			if err := os.RemoveAll(to); err != nil {
				return res, fmt.Errorf("cannot replace the empty %s: %w", to, err)
			}
		}
		if err := move(from, to); err != nil {
			return res, fmt.Errorf("cannot move %s to %s: %w", from, to, err)
		}
		res.Moved = append(res.Moved, name)
	}
	if len(res.Kept) > 0 {
		note := fmt.Sprintf("Briefing now keeps its library and settings in\n\n  %s\n\n"+
			"and moved them there from this folder. These entries were left here\n"+
			"because that folder already had an entry of the same name:\n\n  %s\n",
			newDir, strings.Join(res.Kept, "\n  "))
		if err := os.WriteFile(filepath.Join(oldDir, NoteFile), []byte(note), 0o600); err != nil {
			return res, fmt.Errorf("cannot leave a note in the old storage folder: %w", err)
		}
		return res, nil
	}
	res.OldRemoved = os.Remove(oldDir) == nil // only succeeds when empty
	return res, nil
}

// rename is os.Rename; tests replace it to make a rename cross devices.
var rename = os.Rename

// move renames from to to, copying across devices.
func move(from, to string) error {
	err := rename(from, to)
	if err == nil || !crossDevice(err) {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(to), tempPrefix)
	if err != nil {
		return err
	}
	dst := filepath.Join(tmp, filepath.Base(to))
	if err := copyTree(from, dst); err != nil {
		os.RemoveAll(tmp) // only the incomplete copy; from is untouched
		return err
	}
	if err := rename(dst, to); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	os.Remove(tmp)
	// The copy is complete and in place: now the original may go.
	return os.RemoveAll(from)
}

// crossDevice reports whether err is a rename across file systems (EXDEV on
// Unix, ERROR_NOT_SAME_DEVICE on Windows).
func crossDevice(err error) bool {
	if runtime.GOOS == "windows" {
		const errorNotSameDevice = syscall.Errno(17)
		return errors.Is(err, errorNotSameDevice)
	}
	return errors.Is(err, syscall.EXDEV)
}

// copyTree copies the file or folder from to to, keeping permissions.
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		target := filepath.Join(to, rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return os.MkdirAll(target, info.Mode().Perm()|0o700)
		case d.Type()&fs.ModeSymlink != 0:
			link, err := os.Readlink(path)
			if err != nil {
				return err
			}
			return os.Symlink(link, target)
		case d.Type().IsRegular():
			return copyFile(path, target, info.Mode().Perm())
		}
		return nil // sockets, devices: nothing the app writes
	})
}

func copyFile(from, to string, perm fs.FileMode) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// removeStaleCopies removes the incomplete copies an interrupted Storage
// left in dir (complete ones were renamed away; the originals are still in
// the old folder).
func removeStaleCopies(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tempPrefix) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// hasFiles reports whether the folder dir exists and holds at least one
// file other than a folder, at any depth.
func hasFiles(dir string) bool {
	found := false
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if !d.IsDir() {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// isEmptyTree reports whether path is a folder with no file at any depth.
func isEmptyTree(path string) bool {
	info, err := os.Lstat(path)
	return err == nil && info.IsDir() && !hasFiles(path)
}

// StorageRoot returns the folder Fyne v2.7 keeps the storage of the app with
// the given ID in, on a desktop (fyne.io/fyne/v2/internal/app's
// rootConfigDir joined with the ID; preferences.json is in it too):
//
//	Linux, BSD  $XDG_CONFIG_HOME/fyne/ID (~/.config/fyne/ID)
//	Windows     %USERPROFILE%\AppData\Roaming\fyne\ID
//	macOS       ~/Library/Preferences/fyne/ID
//
// It is needed before the app is created (Fyne reads preferences.json when
// it creates the app), so it cannot ask the app; the caller checks it
// against the app's Storage().RootURI() afterwards.
func StorageRoot(id string) (string, error) {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(home, "AppData", "Roaming")
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(home, "Library", "Preferences")
	default:
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		root = dir
	}
	return filepath.Join(root, "fyne", id), nil
}
