//go:build unix

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFODoesNotBlock: `briefing analyze x.txt` on a FIFO answers at once
// that it is not a file, and goes on with the other files.
func TestFIFODoesNotBlock(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "x.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := runCLI(t, "", "analyze", fifo, fares)
		done <- result{code, stdout, stderr}
	}()
	select {
	case r := <-done:
		if r.code != exitFiles || !strings.Contains(r.stderr, "x.txt: it is a named pipe (FIFO), not a file") ||
			!strings.Contains(r.stdout, "KEY ACTORS") {
			t.Errorf("exit %d, stderr %q, stdout %.80q", r.code, r.stderr, r.stdout)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("briefing analyze hangs on a FIFO")
	}
}

// TestSignalStopsTheCommand: Ctrl+C (SIGINT) during a command cancels its
// work through the context: it says so and exits with 130.
func TestSignalStopsTheCommand(t *testing.T) {
	var errOut strings.Builder
	ctx, done := interruptible(&errOut)
	defer done()
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("SIGINT did not cancel the command's context")
	}
	articles, _ := loadFiles(ctx, []string{fares}, nil, &errOut)
	if len(articles) != 0 {
		t.Errorf("after the signal %d articles were still loaded", len(articles))
	}
	if code := interrupted(&errOut); code != exitInterrupted || !strings.Contains(errOut.String(), "interrupted") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}

// TestBriefingFIFODoesNotBlock: `briefing export x.briefing` on a FIFO
// answers at once that it is not a file.
func TestBriefingFIFODoesNotBlock(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "x.briefing")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan string, 1)
	go func() {
		code, _, stderr := runCLI(t, "", "export", "-o", filepath.Join(t.TempDir(), "out.pdf"), fifo)
		done <- fmt.Sprint(code, " ", stderr)
	}()
	select {
	case r := <-done:
		if !strings.HasPrefix(r, fmt.Sprint(exitFiles, " ")) || !strings.Contains(r, "x.briefing: it is a named pipe (FIFO), not a file") {
			t.Errorf("exit and stderr: %q", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("briefing export hangs on a FIFO named x.briefing")
	}
}
