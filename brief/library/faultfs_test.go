package library

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// fsCall is one call the library made to its file system.
type fsCall struct {
	op   string // create, write, sync, chmod, close, rename, remove, mkdir, syncdir; readdir, readfile, lstat
	path string // the file (for rename, the one renamed over)
}

// changesDisk reports whether the call writes to the disk: the calls a
// fault or a power cut can hit.
func (c fsCall) changesDisk() bool {
	switch c.op {
	case "readdir", "readfile", "lstat":
		return false
	}
	return true
}

func (c fsCall) String() string { return c.op + " " + filepath.Base(c.path) }

// faultFS is the system's file system, in a test's folder, with faults put
// in where the test asks, a record of the calls, and a model of what a
// power cut keeps: a renamed file is durable once its content was synced
// before the rename and its folder synced after it.
type faultFS struct {
	osFS
	mu sync.Mutex
	// calls are the library's calls, in order.
	calls []fsCall
	// writes counts the calls that change the disk.
	writes int
	// fault is asked before each call that changes the disk, with its
	// number among them (from 0); an error makes the call fail. A write
	// that fails writes half its bytes first, as a full disk does.
	fault func(n int, c fsCall) error
	// temps are the temporary files made, by name: written since their
	// last sync (dirty) or not.
	temps map[string]*faultTemp
	// pending are the renames a power cut could still undo or empty.
	pending []pendingRename
}

// pendingRename is a rename not yet durable: its folder not synced since
// (renamed false), or its content never synced (synced false).
type pendingRename struct {
	to      string
	prev    []byte
	existed bool
	renamed bool
	synced  bool
}

func newFaultFS() *faultFS { return &faultFS{temps: map[string]*faultTemp{}} }

// call records a call and asks the fault function about it.
func (f *faultFS) call(op, path string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := fsCall{op, path}
	f.calls = append(f.calls, c)
	if !c.changesDisk() {
		return nil
	}
	n := f.writes
	f.writes++
	if f.fault != nil {
		return f.fault(n, c)
	}
	return nil
}

// setFault installs a fault function and starts counting the calls that
// change the disk from 0 again.
func (f *faultFS) setFault(fault func(n int, c fsCall) error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fault, f.writes, f.calls = fault, 0, nil
}

// diskWrites returns the calls that changed (or tried to change) the disk
// since the last setFault.
func (f *faultFS) diskWrites() []fsCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []fsCall
	for _, c := range f.calls {
		if c.changesDisk() {
			out = append(out, c)
		}
	}
	return out
}

func (f *faultFS) MkdirAll(dir string) error {
	if err := f.call("mkdir", dir); err != nil {
		return &fs.PathError{Op: "mkdir", Path: dir, Err: err}
	}
	return f.osFS.MkdirAll(dir)
}

func (f *faultFS) ReadDir(dir string) ([]fs.DirEntry, error) {
	f.call("readdir", dir)
	return f.osFS.ReadDir(dir)
}

func (f *faultFS) ReadFile(path string) ([]byte, error) {
	f.call("readfile", path)
	return f.osFS.ReadFile(path)
}

func (f *faultFS) Lstat(path string) (fs.FileInfo, error) {
	f.call("lstat", path)
	return f.osFS.Lstat(path)
}

func (f *faultFS) CreateTemp(dir, pattern string) (tempFile, error) {
	if err := f.call("create", filepath.Join(dir, pattern)); err != nil {
		return nil, &fs.PathError{Op: "open", Path: filepath.Join(dir, pattern), Err: err}
	}
	file, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	t := &faultTemp{File: file, fs: f}
	f.mu.Lock()
	f.temps[file.Name()] = t
	f.mu.Unlock()
	return t, nil
}

func (f *faultFS) Rename(from, to string) error {
	if err := f.call("rename", to); err != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
	}
	prev, rerr := os.ReadFile(to)
	if err := os.Rename(from, to); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	synced := true // a file moved aside keeps the content it had
	if t := f.temps[from]; t != nil {
		synced = !t.dirty
	}
	f.pending = append(f.pending, pendingRename{to: to, prev: prev, existed: rerr == nil, synced: synced})
	return nil
}

func (f *faultFS) Remove(path string) error {
	if err := f.call("remove", path); err != nil {
		return &fs.PathError{Op: "remove", Path: path, Err: err}
	}
	return f.osFS.Remove(path)
}

func (f *faultFS) SyncDir(dir string) error {
	if err := f.call("syncdir", dir); err != nil {
		return err
	}
	if err := f.osFS.SyncDir(dir); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	kept := f.pending[:0]
	for _, p := range f.pending {
		if filepath.Dir(p.to) == filepath.Clean(dir) {
			p.renamed = true
		}
		if !p.renamed || !p.synced {
			kept = append(kept, p)
		}
	}
	f.pending = kept
	return nil
}

// powerCut leaves on disk what a power cut at this moment would: of the
// renames whose folder was not synced since, only the last one is kept
// (the others are undone: the old file, or none, is back), and a file
// renamed before its content was synced is left empty.
func (f *faultFS) powerCut(t *testing.T) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	last := -1
	for i, p := range f.pending {
		if !p.renamed {
			last = i
		}
	}
	for i := len(f.pending) - 1; i >= 0; i-- {
		p := f.pending[i]
		switch {
		case !p.renamed && i != last && p.existed:
			must(t, os.WriteFile(p.to, p.prev, 0o644))
		case !p.renamed && i != last:
			must(t, os.Remove(p.to))
		case !p.synced:
			must(t, os.WriteFile(p.to, nil, 0o644))
		}
	}
	f.pending = nil
}

// faultTemp is a temporary file of a faultFS.
type faultTemp struct {
	*os.File
	fs    *faultFS
	dirty bool
}

func (t *faultTemp) Write(p []byte) (int, error) {
	if err := t.fs.call("write", t.Name()); err != nil {
		n, _ := t.File.Write(p[:len(p)/2])
		t.dirty = true
		return n, &fs.PathError{Op: "write", Path: t.Name(), Err: err}
	}
	t.dirty = true
	return t.File.Write(p)
}

func (t *faultTemp) Sync() error {
	if err := t.fs.call("sync", t.Name()); err != nil {
		return &fs.PathError{Op: "sync", Path: t.Name(), Err: err}
	}
	if err := t.File.Sync(); err != nil {
		return err
	}
	t.dirty = false
	return nil
}

func (t *faultTemp) Chmod(mode fs.FileMode) error {
	if err := t.fs.call("chmod", t.Name()); err != nil {
		return &fs.PathError{Op: "chmod", Path: t.Name(), Err: err}
	}
	return t.File.Chmod(mode)
}

func (t *faultTemp) Close() error {
	if err := t.fs.call("close", t.Name()); err != nil {
		t.File.Close()
		return &fs.PathError{Op: "close", Path: t.Name(), Err: err}
	}
	return t.File.Close()
}

// The faults.
var (
	errIO    = syscall.EIO
	errCrash = errors.New("the power went off")
)

// failAt fails the nth call that changes the disk (from 0) with err, once.
func failAt(n int, err error) func(int, fsCall) error {
	return func(i int, _ fsCall) error {
		if i == n {
			return err
		}
		return nil
	}
}

// failFrom fails every call that changes the disk from the nth on: a full
// disk, or a machine that stopped.
func failFrom(n int, err error) func(int, fsCall) error {
	return func(i int, _ fsCall) error {
		if i >= n {
			return err
		}
		return nil
	}
}

// failOp fails the first call of op with err.
func failOp(op string, err error) func(int, fsCall) error {
	done := false
	return func(_ int, c fsCall) error {
		if c.op == op && !done {
			done = true
			return err
		}
		return nil
	}
}

// tempFiles lists the temporary files left anywhere in dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var left []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), tempPrefix) {
			left = append(left, p)
		}
		return nil
	})
	return left
}

// copyDir copies the files of a library folder into a new one.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
	must(t, err)
	return dst
}
