// Package fserr says in words why a file could not be written: the
// command line's export and the app's both report a failed write as a
// sentence ("the folder /tmp/x does not exist"), not as the system's
// "rename /tmp/x/.briefing-export-123 /tmp/x/exp: file exists".
package fserr

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// reason is an error in words that still unwraps to the system's error.
type reason struct {
	msg string
	err error
}

func (r *reason) Error() string { return r.msg }
func (r *reason) Unwrap() error { return r.err }

// WriteReason says why writing the file at path failed with err: the
// folder is missing, the file is a folder, permission, a full or read-only
// disk, a name too long; else the system's own words without the paths
// (the caller names the file). An empty path is taken from err when it
// names one. The result wraps err.
func WriteReason(err error, path string) error {
	if err == nil {
		return nil
	}
	if pe := (*fs.PathError)(nil); path == "" && errors.As(err, &pe) {
		path = pe.Path
	}
	dir := filepath.Dir(path)
	say := func(format string, args ...any) error {
		return &reason{fmt.Sprintf(format, args...), err}
	}
	switch {
	case isDir(path) && (errors.Is(err, fs.ErrExist) || errors.Is(err, syscall.EISDIR)):
		return say("%s is a folder: name a file inside it", path)
	case errors.Is(err, syscall.ENOSPC):
		return say("the disk is full")
	case errors.Is(err, syscall.EROFS):
		return say("the disk is read-only")
	case errors.Is(err, syscall.ENAMETOOLONG):
		return say("the file name is too long")
	case errors.Is(err, fs.ErrNotExist) && !isDir(dir):
		return say("the folder %s does not exist", dir)
	case errors.Is(err, fs.ErrPermission):
		return say("you do not have permission to write in the folder %s", dir)
	}
	var (
		pe *fs.PathError
		le *os.LinkError
	)
	switch {
	case errors.As(err, &pe):
		return &reason{pe.Err.Error(), err}
	case errors.As(err, &le):
		return &reason{le.Err.Error(), err}
	}
	return err
}

// isDir reports whether path is a folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
