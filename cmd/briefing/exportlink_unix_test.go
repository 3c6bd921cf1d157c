//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Exporting to a named pipe or through a symbolic link writes to what is
// there: the pipe's reader gets the briefing and the pipe stays, and the
// link stays a link to the file it names, now the briefing. A device
// (/dev/null, /dev/stdout) takes the pipe's path; it is not tested on the
// machine's own devices, which a failing export would replace.
func TestExportToSpecialFilesAndLinks(t *testing.T) {
	art := articleFile(t)
	dir := t.TempDir()

	// A named pipe: its reader gets the whole briefing.
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- data
	}()
	if code, _, stderr := runCLI(t, "", "export", "-o", fifo, art); code != exitOK {
		t.Errorf("export to a named pipe: exit %d, stderr %q", code, stderr)
	}
	select {
	case data := <-got:
		if !strings.HasPrefix(string(data), "# ") {
			t.Errorf("the pipe's reader got %.60q, want the Markdown briefing", data)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pipe's reader got nothing")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the named pipe was replaced (%v)", err)
	}

	// A symbolic link to a file: the file gets the briefing, the link stays.
	target := filepath.Join(dir, "target.md")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	if code, _, stderr := runCLI(t, "", "export", "-o", link, art); code != exitOK {
		t.Errorf("export through a link: exit %d, stderr %q", code, stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if data, _ := os.ReadFile(target); !strings.HasPrefix(string(data), "# ") {
		t.Errorf("the link's file holds %.60q, want the Markdown briefing", data)
	}
}

// "-o /dev/stdout" writes the briefing to the command's own output, as
// "-o -" does, with no file name after it: opening /dev/stdout anew would
// start the file behind a ">>" redirection over, and the name printed
// after the briefing would join it.
func TestExportToDevStdout(t *testing.T) {
	art := articleFile(t)
	code, stdout, stderr := runCLI(t, "", "export", "--format", "md", "-o", "/dev/stdout", art)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "# ") || strings.Contains(stdout, "/dev/stdout") {
		t.Errorf("standard output %.80q…%q: want the Markdown briefing alone", stdout, stdout[max(0, len(stdout)-40):])
	}
}

// A symbolic link to a file not made yet: the export makes the file it
// names, and the link stays a link.
func TestExportThroughLinkToNothingYet(t *testing.T) {
	art := articleFile(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "later.md")
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	if code, _, stderr := runCLI(t, "", "export", "-o", link, art); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if data, _ := os.ReadFile(target); !strings.HasPrefix(string(data), "# ") {
		t.Errorf("the link's file holds %.60q, want the Markdown briefing", data)
	}
}
