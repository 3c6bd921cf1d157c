package migrate

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// writeTree creates the files (relative path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// readTree returns every file under dir (relative slash path → content).
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		got[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return got
}

func sameTree(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for rel, w := range want {
		if g, ok := got[rel]; !ok {
			t.Errorf("%s: %s is missing", what, rel)
		} else if g != w {
			t.Errorf("%s: %s = %q, want %q", what, rel, g, w)
		}
	}
	for rel := range got {
		if _, ok := want[rel]; !ok {
			t.Errorf("%s: unexpected file %s", what, rel)
		}
	}
}

// oldLibrary is a library as Briefing 0.1 left it under the old app ID:
// the index, two articles and Fyne's preferences.
var oldLibrary = map[string]string{
	"library/library.json":               `{"version":1,"articles":[{"id":"a1"},{"id":"b2"}]}`,
	"library/articles/a1.json":           `{"title":"Port strike enters its third week"}`,
	"library/articles/b2.json":           `{"title":"Council agrees a new budget"}`,
	"preferences.json":                   `{"paper":"Letter","window.width":1111}`,
	"Documents/notes from the summit.md": "# Notes\n",
}

func TestMovesTheOldLibrary(t *testing.T) {
	root := t.TempDir()
	oldDir, newDir := filepath.Join(root, "app.briefing.desktop"), filepath.Join(root, "io.github.briefing_app.Briefing")
	writeTree(t, oldDir, oldLibrary)

	res, err := Storage(oldDir, newDir)
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, "new folder", readTree(t, newDir), oldLibrary)
	if _, err := os.Stat(oldDir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the emptied old folder is still there (err %v)", err)
	}
	slices.Sort(res.Moved)
	if want := []string{"Documents", "library", "preferences.json"}; !slices.Equal(res.Moved, want) {
		t.Errorf("Moved = %v, want %v", res.Moved, want)
	}
	if len(res.Kept) != 0 || !res.OldRemoved {
		t.Errorf("Kept = %v, OldRemoved = %v; want nothing kept and the old folder removed", res.Kept, res.OldRemoved)
	}

	// A second start has nothing to do and changes nothing.
	res, err = Storage(oldDir, newDir)
	if err != nil || len(res.Moved)+len(res.Kept) != 0 {
		t.Errorf("second run: %+v, %v; want nothing done", res, err)
	}
	sameTree(t, "new folder after a second run", readTree(t, newDir), oldLibrary)
}

func TestNeverOverwritesANewLibrary(t *testing.T) {
	root := t.TempDir()
	oldDir, newDir := filepath.Join(root, "old"), filepath.Join(root, "new")
	writeTree(t, oldDir, oldLibrary)
	newLibrary := map[string]string{
		"library/library.json":     `{"version":1,"articles":[{"id":"c3"}]}`,
		"library/articles/c3.json": `{"title":"Ministers meet on fishing quotas"}`,
		"preferences.json":         `{"paper":"A4"}`,
	}
	writeTree(t, newDir, newLibrary)

	res, err := Storage(oldDir, newDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Moved)+len(res.Kept) != 0 || res.OldRemoved {
		t.Errorf("Storage did %+v, want nothing", res)
	}
	sameTree(t, "new folder", readTree(t, newDir), newLibrary)
	sameTree(t, "old folder", readTree(t, oldDir), oldLibrary)
}

// Fyne creates the new folder (and may write preferences.json in it) before
// Briefing opens a library there; an empty library folder is no library.
func TestNewFolderWithoutALibrary(t *testing.T) {
	root := t.TempDir()
	oldDir, newDir := filepath.Join(root, "old"), filepath.Join(root, "new")
	writeTree(t, oldDir, oldLibrary)
	writeTree(t, newDir, map[string]string{"preferences.json": `{"paper":"A4"}`})
	if err := os.MkdirAll(filepath.Join(newDir, "library", "articles"), 0o700); err != nil {
		t.Fatal(err)
	}

	res, err := Storage(oldDir, newDir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"preferences.json": `{"paper":"A4"}`}
	for rel, content := range oldLibrary {
		if rel != "preferences.json" {
			want[rel] = content
		}
	}
	sameTree(t, "new folder", readTree(t, newDir), want)
	// The old preferences stay where they were, with a note saying why.
	old := readTree(t, oldDir)
	if old["preferences.json"] != oldLibrary["preferences.json"] {
		t.Errorf("the old preferences.json was not kept: %q", old["preferences.json"])
	}
	if note := old[NoteFile]; !strings.Contains(note, newDir) || !strings.Contains(note, "preferences.json") {
		t.Errorf("the note in the old folder does not name the new folder and the kept entry: %q", note)
	}
	if !slices.Equal(res.Kept, []string{"preferences.json"}) || res.OldRemoved {
		t.Errorf("Kept = %v, OldRemoved = %v; want [preferences.json], false", res.Kept, res.OldRemoved)
	}
}

func TestNothingToMove(t *testing.T) {
	root := t.TempDir()
	newDir := filepath.Join(root, "new")
	for _, tc := range []struct {
		name string
		old  map[string]string
	}{
		{"no old folder", nil},
		{"old folder without a library", map[string]string{"preferences.json": "{}"}},
	} {
		oldDir := filepath.Join(root, strings.ReplaceAll(tc.name, " ", "-"))
		writeTree(t, oldDir, tc.old)
		res, err := Storage(oldDir, newDir)
		if err != nil || len(res.Moved)+len(res.Kept) != 0 {
			t.Errorf("%s: %+v, %v; want nothing done", tc.name, res, err)
		}
		if _, err := os.Stat(newDir); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: the new folder was created", tc.name)
		}
		sameTree(t, tc.name, readTree(t, oldDir), tc.old)
	}
	if res, err := Storage(newDir, newDir); err != nil || len(res.Moved) != 0 {
		t.Errorf("the same folder twice: %+v, %v", res, err)
	}
}

// crossDeviceRename makes every rename out of oldDir fail as a rename across
// file systems does; with failFinal, putting the copy in place fails too.
func crossDeviceRename(t *testing.T, oldDir string, failFinal bool) {
	t.Helper()
	saved := rename
	t.Cleanup(func() { rename = saved })
	rename = func(from, to string) error {
		if strings.HasPrefix(from, oldDir) {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EXDEV}
		}
		if failFinal {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EACCES}
		}
		return saved(from, to)
	}
}

func TestCopiesAcrossDevices(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("EXDEV is the Unix error")
	}
	root := t.TempDir()
	oldDir, newDir := filepath.Join(root, "old"), filepath.Join(root, "new")
	writeTree(t, oldDir, oldLibrary)
	crossDeviceRename(t, oldDir, false)

	res, err := Storage(oldDir, newDir)
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, "new folder", readTree(t, newDir), oldLibrary)
	if !res.OldRemoved {
		t.Error("the old folder was not removed after a complete copy")
	}
	info, err := os.Stat(filepath.Join(newDir, "library", "library.json"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the copied index: %v, mode %v; want mode 0600", err, info.Mode().Perm())
	}
}

func TestAFailedCopyKeepsTheOldLibrary(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("EXDEV is the Unix error")
	}
	root := t.TempDir()
	oldDir, newDir := filepath.Join(root, "old"), filepath.Join(root, "new")
	writeTree(t, oldDir, oldLibrary)
	crossDeviceRename(t, oldDir, true)

	if _, err := Storage(oldDir, newDir); err == nil {
		t.Fatal("Storage reported no error when the copy could not be put in place")
	}
	sameTree(t, "old folder", readTree(t, oldDir), oldLibrary)
	if left := readTree(t, newDir); len(left) != 0 {
		t.Errorf("the failed copy left files in the new folder: %v", left)
	}
	entries, _ := os.ReadDir(newDir)
	for _, e := range entries {
		t.Errorf("the failed copy left %s in the new folder", e.Name())
	}
}

func TestStorageRoot(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("checks the XDG location")
	}
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	got, err := StorageRoot("io.github.briefing_app.Briefing")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(cfg, "fyne", "io.github.briefing_app.Briefing"); got != want {
		t.Errorf("StorageRoot = %s, want %s", got, want)
	}
}
