package library

import (
	"io"
	"io/fs"
	"os"
)

// fileSystem is what the library does to the disk: the few operations of
// its atomic writes (a temporary file written, synced and renamed over the
// old one, then the folder synced), and the reading, listing, renaming and
// removing of its files. A Library uses the system's (osFS); the tests put
// a file system that fails on the Nth write, sync or rename in its place,
// to check that a failed save leaves the old file whole, no temporary file
// behind and the library as it was.
type fileSystem interface {
	// MkdirAll makes a folder and its parents.
	MkdirAll(dir string) error
	// ReadDir lists a folder.
	ReadDir(dir string) ([]fs.DirEntry, error)
	// ReadFile reads a whole file.
	ReadFile(path string) ([]byte, error)
	// Lstat describes a file without following a link.
	Lstat(path string) (fs.FileInfo, error)
	// CreateTemp makes a new file in dir whose name is pattern with its
	// "*" replaced by a random string.
	CreateTemp(dir, pattern string) (tempFile, error)
	// Rename moves a file, replacing the one at to.
	Rename(from, to string) error
	// Remove deletes a file.
	Remove(path string) error
	// SyncDir makes the renames in a folder durable.
	SyncDir(dir string) error
}

// tempFile is a file made by fileSystem.CreateTemp.
type tempFile interface {
	io.Writer
	Name() string
	Sync() error
	Chmod(mode fs.FileMode) error
	Close() error
}

// osFS is the system's file system.
type osFS struct{}

func (osFS) MkdirAll(dir string) error                 { return os.MkdirAll(dir, 0o755) }
func (osFS) ReadDir(dir string) ([]fs.DirEntry, error) { return os.ReadDir(dir) }
func (osFS) ReadFile(path string) ([]byte, error)      { return os.ReadFile(path) }
func (osFS) Lstat(path string) (fs.FileInfo, error)    { return os.Lstat(path) }
func (osFS) Rename(from, to string) error              { return os.Rename(from, to) }
func (osFS) Remove(path string) error                  { return os.Remove(path) }

func (osFS) CreateTemp(dir, pattern string) (tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// SyncDir syncs a folder. Not every system can (Windows cannot): the
// caller ignores a failure, the rename itself being atomic already.
func (osFS) SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
