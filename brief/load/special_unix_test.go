//go:build unix

package load

import (
	"context"
	"errors"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFilesDoNotBlock: a FIFO named like an article is refused at
// once (opening it for reading would wait for a writer forever), alone or
// in a folder, and so is a device; the other files of the folder load.
func TestSpecialFilesDoNotBlock(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	writeFile(t, dir, "y.txt", []byte("The council met on Monday and agreed the budget for next year."))

	type result struct {
		errs []error
		n    int
	}
	done := make(chan result, 1)
	go func() {
		files, errs := ExpandContext(context.Background(), []string{dir, "/dev/null"})
		n := 0
		for _, f := range files {
			if _, err := File(f); err != nil {
				errs = append(errs, err)
			} else {
				n++
			}
		}
		done <- result{errs, n}
	}()
	select {
	case r := <-done:
		if r.n != 1 {
			t.Errorf("%d files loaded, want the one article", r.n)
		}
		var pipe, dev bool
		for _, err := range r.errs {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error %v is not an *Error", err)
				continue
			}
			pipe = pipe || e.Path == fifo && errors.Is(err, errPipe)
			dev = dev || e.Path == "/dev/null" && errors.Is(err, errDevice)
		}
		if !pipe || !dev {
			t.Errorf("errors = %v, want the FIFO and the device refused", r.errs)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("loading a folder with a FIFO in it hangs")
	}
}
