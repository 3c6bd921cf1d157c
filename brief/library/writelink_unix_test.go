//go:build unix

package library

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// WriteFileAtomic follows a symbolic link: the file it names gets the new
// briefing and the link stays a link. A named pipe is written to, not
// replaced.
func TestWriteFileAtomicKeepsLinksAndPipes(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "Week.briefing")
	must(t, os.WriteFile(target, []byte("old"), 0o644))
	link := filepath.Join(dir, "link.briefing")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	must(t, WriteFileAtomic(link, []byte("new")))
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("the link's file holds %q, want the new briefing", got)
	}

	fifo := filepath.Join(dir, "pipe.briefing")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- data
	}()
	must(t, WriteFileAtomic(fifo, []byte("through the pipe")))
	select {
	case data := <-got:
		if string(data) != "through the pipe" {
			t.Errorf("the pipe's reader got %q", data)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pipe's reader got nothing")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the named pipe was replaced (%v)", err)
	}
}

// Paths in /dev and /proc are the system's: written in place, never
// replaced by a renamed file, whatever they are (/dev/stdout is a link to
// the file behind the output, which may be a regular file).
func TestInSystemTree(t *testing.T) {
	for path, want := range map[string]bool{
		"/dev/stdout":       true,
		"/dev/null":         true,
		"/proc/self/fd/1":   true,
		"/dev/../dev/tty":   true,
		"/home/ada/dev/x":   false,
		"/devices/brief.md": false,
		"brief.md":          false,
		"/tmp/proc/x":       false,
	} {
		if got := inSystemTree(path); got != want {
			t.Errorf("inSystemTree(%q) = %v, want %v", path, got, want)
		}
	}
}
