//go:build unix

package library

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadDocumentFileFIFO: a FIFO named x.briefing is refused at once,
// not waited on for a writer.
func TestReadDocumentFileFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "x"+Ext)
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadDocumentFile(context.Background(), fifo)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotFile) || !strings.Contains(err.Error(), "named pipe (FIFO)") {
			t.Errorf("err = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO named x.briefing blocks")
	}
}
