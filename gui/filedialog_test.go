package gui

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"
)

// The tests use the app's own dialogs unless one puts a fake system dialog
// in (useChooser): a test must never open a real one.
func init() { native = nil }

// fakeChooser stands for the system's file dialog: it records what it is
// asked and answers with answer, after release is closed when it is set.
type fakeChooser struct {
	mu      sync.Mutex
	reqs    []fileRequest
	answer  func(fileRequest) ([]string, error)
	release chan struct{}
}

func (f *fakeChooser) choose(ctx context.Context, _ string, req fileRequest) ([]string, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	f.mu.Unlock()
	if f.release != nil {
		select {
		case <-f.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return f.answer(req)
}

func (f *fakeChooser) requests() []fileRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.reqs)
}

// useChooser makes c the system's file dialog for the test.
func useChooser(t *testing.T, c nativeChooser) {
	t.Helper()
	saved := native
	native = c
	t.Cleanup(func() { native = saved })
}

// dialogShown reports whether one of the app's own dialogs is open.
func dialogShown(u *testUI) bool { return u.win.Canvas().Overlays().Top() != nil }

func TestNoSystemDialogFallsBackToTheAppsOwnAtOnce(t *testing.T) {
	u := newTestUI(t, "")
	f := &fakeChooser{answer: func(fileRequest) ([]string, error) { return nil, errNoNative }}
	useChooser(t, f)
	start := time.Now()
	u.openFiles()
	u.wait()
	if took := time.Since(start); took > time.Second {
		t.Errorf("the app's own dialog came after %v", took)
	}
	if !dialogShown(u) {
		t.Fatal("no dialog: the app's own picker did not take over")
	}
	if len(u.lastErrors) > 0 {
		t.Errorf("the missing system dialog was reported: %v", u.lastErrors)
	}
	u.win.Canvas().Overlays().Top().Hide()
	u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())

	// The system is not asked again.
	u.openBriefingDialog()
	u.wait()
	if n := len(f.requests()); n != 1 {
		t.Errorf("the system's dialog was asked for %d times", n)
	}
	if !dialogShown(u) {
		t.Error("Open Briefing showed no dialog")
	}
}

func TestNoSystemDialogsOnThisPlatformShowsTheAppsOwn(t *testing.T) {
	u := newTestUI(t, "")
	useChooser(t, nil)
	u.openFolder()
	if !dialogShown(u) {
		t.Error("Open Folder showed no dialog")
	}
}

func TestAFailingSystemDialogFallsBackSilently(t *testing.T) {
	u := newTestUI(t, "")
	f := &fakeChooser{answer: func(fileRequest) ([]string, error) {
		return nil, errors.New("org.freedesktop.DBus.Error.NoReply: the portal did not answer")
	}}
	useChooser(t, f)
	u.openFolder()
	u.wait()
	if !dialogShown(u) || len(u.lastErrors) > 0 || !u.nativeDown {
		t.Errorf("dialog shown %v, errors %v, system dialogs given up %v", dialogShown(u), u.lastErrors, u.nativeDown)
	}
}

func TestSystemDialogOpensThePickedArticles(t *testing.T) {
	u := newTestUI(t, "")
	dir := t.TempDir()
	var picked []string
	for _, n := range []string{"harbour-strike.txt", "ferry-fares.md"} {
		data, _ := os.ReadFile(testdata(n))
		p := filepath.Join(dir, n)
		os.WriteFile(p, data, 0o644)
		picked = append(picked, p)
	}
	f := &fakeChooser{answer: func(fileRequest) ([]string, error) { return picked, nil }}
	useChooser(t, f)
	u.openFiles()
	u.wait()
	if dialogShown(u) {
		t.Error("the app's own dialog was shown too")
	}
	if got := len(u.lib.Entries(u.bid)); got != 2 {
		t.Fatalf("the briefing has %d articles, want the 2 picked", got)
	}
	req := f.requests()[0]
	if !req.multiple || req.save || req.folder {
		t.Errorf("request %+v: want several files to open", req)
	}
	for _, e := range []string{".txt", ".md", ".html", ".htm", ".briefing"} {
		if !slices.Contains(req.exts, e) {
			t.Errorf("the dialog does not offer %s files: %v", e, req.exts)
		}
	}
	// The next dialog starts in the folder of the files.
	f.answer = func(fileRequest) ([]string, error) { return nil, nil } // cancelled
	u.openFiles()
	u.wait()
	if got := f.requests()[1].dir; got != dir {
		t.Errorf("the second dialog starts in %q, want %q", got, dir)
	}
	if dialogShown(u) || len(u.lastErrors) > 0 {
		t.Error("cancelling the system's dialog showed a dialog")
	}
}

func TestSystemDialogExportsThePDFAndTheBriefing(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	dir := t.TempDir()
	// A name typed without its extension gets it.
	f := &fakeChooser{answer: func(fileRequest) ([]string, error) { return []string{filepath.Join(dir, "for Monday")}, nil }}
	useChooser(t, f)
	u.exportPDF()
	u.wait()
	data, err := os.ReadFile(filepath.Join(dir, "for Monday.pdf"))
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("no PDF written: %v", err)
	}
	req := f.requests()[0]
	if !req.save || req.name != pdfFileName(u.page) || !slices.Equal(req.exts, []string{".pdf"}) {
		t.Errorf("request %+v: want to save %q as a PDF", req, pdfFileName(u.page))
	}
	if got := u.prefs.String(keyExportFolder); got != dir {
		t.Errorf("the export folder remembered is %q, want %q", got, dir)
	}
	// The confirmation says where it went.
	if !dialogShown(u) {
		t.Error("no confirmation of the export")
	}

	f.answer = func(fileRequest) ([]string, error) { return []string{filepath.Join(dir, "monday.briefing")}, nil }
	u.saveBriefingAs(u.bid)
	u.wait()
	if req := f.requests()[1]; !req.save || req.dir != dir || !slices.Equal(req.exts, []string{".briefing"}) {
		t.Errorf("request %+v: want to save a .briefing file, starting in %q", req, dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "monday.briefing")); err != nil {
		t.Errorf("the briefing file was not written: %v", err)
	}
}

func TestOneSystemDialogAtATime(t *testing.T) {
	u := newTestUI(t, "")
	f := &fakeChooser{answer: func(fileRequest) ([]string, error) { return nil, nil }, release: make(chan struct{})}
	useChooser(t, f)
	u.openFiles()
	u.openFolder()
	u.openBriefingDialog()
	deadline := time.Now().Add(5 * time.Second)
	for len(f.requests()) == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	close(f.release)
	u.wait()
	if n := len(f.requests()); n != 1 {
		t.Errorf("%d system dialogs were open at once", n)
	}
	// Once it is closed, the next one opens.
	u.openFolder()
	u.wait()
	if n := len(f.requests()); n != 2 {
		t.Errorf("after the first dialog closed, %d in all were asked for, want 2", n)
	}
}

func TestWithExt(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "taken.pdf"), nil, 0o644)
	for _, tc := range []struct{ in, want string }{
		{"notes", "notes.pdf"},
		{"notes.pdf", "notes.pdf"},
		{"notes.v2", "notes.v2"},
		// The dialog asked before replacing "taken", not "taken.pdf".
		{"taken", "taken"},
	} {
		if got := withExt(filepath.Join(dir, tc.in), ".pdf"); got != filepath.Join(dir, tc.want) {
			t.Errorf("withExt(%q) = %q, want %q", tc.in, filepath.Base(got), tc.want)
		}
	}
}
