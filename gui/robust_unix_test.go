//go:build unix

package gui

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFolderWithAFIFOLoads: a FIFO named like an article, in a folder the
// user opens, is reported and skipped at once; the folder's other article
// is added (the load once hung on it, "Opening 1 item… 0%" forever).
func TestFolderWithAFIFOLoads(t *testing.T) {
	u := newTestUI(t, "")
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "x.txt"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	data, err := os.ReadFile(testdata("harbour-strike.txt"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "y.txt"), data, 0o644)
	u.loadPaths([]string{dir})
	u.wait() // fails the test if the app does not settle
	if u.lib.Len() != 2 {
		t.Errorf("library holds %d articles, want the sample and y.txt", u.lib.Len())
	}
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), "x.txt: it is a named pipe (FIFO), not a file") {
		t.Errorf("errors shown: %v", u.lastErrors)
	}
}

// TestBriefingFileFIFO: a FIFO named x.briefing, opened with an article,
// is reported at once under a load with its dialog; the article is added.
func TestBriefingFileFIFO(t *testing.T) {
	u := newTestUI(t, "")
	fifo := filepath.Join(t.TempDir(), "x.briefing")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	u.openPaths([]string{fifo, testdata("harbour-strike.txt")})
	// The article waits for the briefing that withTarget makes (the sample
	// is open); the briefing file's load has started.
	if len(u.loads) != 1 || u.loads[0].bid != "" {
		t.Errorf("%d loads started, want one for the briefing file", len(u.loads))
	}
	u.wait() // fails the test if the app does not settle
	if u.lib.Len() != 2 || len(u.loads) != 0 {
		t.Errorf("library holds %d articles, want the sample and the article; %d loads left", u.lib.Len(), len(u.loads))
	}
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), "cannot open x.briefing: it is a named pipe (FIFO), not a file") {
		t.Errorf("errors shown: %v", u.lastErrors)
	}
}
