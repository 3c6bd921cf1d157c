package fserr

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteReason(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "exp")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "brief.pdf")
	for _, tc := range []struct {
		name string
		err  error
		path string
		want string
	}{
		{"onto a folder", &os.LinkError{Op: "rename", Old: filepath.Join(dir, ".briefing-export-1"), New: sub, Err: syscall.EEXIST}, sub, sub + " is a folder: name a file inside it"},
		{"missing folder", &fs.PathError{Op: "open", Path: filepath.Join(dir, "no", "x"), Err: syscall.ENOENT}, filepath.Join(dir, "no", "x.pdf"), "the folder " + filepath.Join(dir, "no") + " does not exist"},
		{"permission", &fs.PathError{Op: "open", Path: file, Err: fs.ErrPermission}, file, "you do not have permission to write in the folder " + dir},
		{"disk full", &fs.PathError{Op: "write", Path: file, Err: syscall.ENOSPC}, file, "the disk is full"},
		{"read-only", &fs.PathError{Op: "open", Path: file, Err: syscall.EROFS}, file, "the disk is read-only"},
		{"other", &fs.PathError{Op: "write", Path: file, Err: syscall.EIO}, file, syscall.EIO.Error()},
	} {
		got := WriteReason(tc.err, tc.path)
		if got.Error() != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
		if !errors.Is(got, tc.err) {
			t.Errorf("%s: the reason does not wrap the system's error", tc.name)
		}
		if strings.Contains(got.Error(), ".briefing-export-") {
			t.Errorf("%s: %q names the temporary file", tc.name, got)
		}
	}
	if WriteReason(nil, file) != nil {
		t.Error("WriteReason(nil) is not nil")
	}
}
