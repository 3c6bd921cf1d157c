//go:build !windows && !linux && !darwin && !freebsd && !openbsd && !netbsd && !dragonfly

package instance

import (
	"fmt"
	"os"
)

// lockFile opens path. On systems without flock that Briefing is not
// packaged for, the lock is not exclusive.
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("cannot open the library's lock: %w", err)
	}
	return f, nil
}
