//go:build windows

package instance

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// errorSharingViolation is ERROR_SHARING_VIOLATION: another process has the
// file open without sharing.
const errorSharingViolation syscall.Errno = 32

// lockFile opens path without sharing it: while the file is open, no other
// process can open it. The system closes it, and so releases the lock, when
// the process ends.
func lockFile(path string) (*os.File, error) {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open the library's lock: %w", err)
	}
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ|syscall.GENERIC_WRITE, 0, nil,
		syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_HIDDEN, 0)
	if err != nil {
		if errors.Is(err, errorSharingViolation) {
			return nil, ErrLocked
		}
		return nil, fmt.Errorf("cannot lock the library: %w", err)
	}
	return os.NewFile(uintptr(h), path), nil
}
