package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// docFileTimeout bounds the reading of one .briefing file, as the loaders
// bound an article file's.
const docFileTimeout = 20 * time.Second

// ErrNotFile is the reason a path that names a folder, a named pipe, a
// device or a socket is not read as a .briefing file; the error returned
// wraps it and says what the path is.
var ErrNotFile = errors.New("not a regular file")

// notFileError says what a path that is not a regular file is.
type notFileError struct{ what string }

func (e notFileError) Error() string {
	if e.what == "a folder" {
		return "it is a folder, not a file"
	}
	return "it is " + e.what + ", not a file: Briefing reads only regular files"
}

func (e notFileError) Unwrap() error { return ErrNotFile }

// ErrSlow is the reason a .briefing file that took longer than its budget
// to read was given up.
var ErrSlow = fmt.Errorf("it took longer than %d seconds to read, so it was skipped", int(docFileTimeout/time.Second))

// ReadDocumentFile reads the .briefing file at path (see ReadDocument).
// Only a regular file is read: a folder, a named pipe, a device or a socket
// is refused without being read (a FIFO is opened non-blocking, so no
// writer is waited for). The reading has a budget of its own and stops
// waiting once ctx is done: it then returns ErrSlow, or ctx's error. The
// work runs on a goroutine of its own, so that a read the system never
// finishes cannot hold the caller.
func ReadDocumentFile(ctx context.Context, path string) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, docFileTimeout)
	defer cancel()
	type result struct {
		d   *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := readDocumentFile(path)
		done <- result{d, err}
	}()
	select {
	case r := <-done:
		return r.d, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, ErrSlow
		}
		return nil, ctx.Err()
	}
}

func readDocumentFile(path string) (*Document, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := notFile(fi.Mode()); err != nil {
		return nil, err
	}
	// Should the file have been swapped for a FIFO since Stat, opening it
	// does not wait for a writer; the type is checked again on what was
	// opened.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := notFile(fi.Mode()); err != nil {
		return nil, err
	}
	return ReadDocument(f, fi.Size())
}

// notFile says what a path that is not a regular file is, or nil.
func notFile(mode fs.FileMode) error {
	switch {
	case mode.IsRegular():
		return nil
	case mode.IsDir():
		return notFileError{"a folder"}
	case mode&fs.ModeNamedPipe != 0:
		return notFileError{"a named pipe (FIFO)"}
	case mode&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return notFileError{"a device"}
	case mode&fs.ModeSocket != 0:
		return notFileError{"a socket"}
	}
	return notFileError{"a special file"}
}
