//go:build !linux

package hugeheap

// Reserve returns ErrNotOffered: only Linux gives huge pages on request.
func Reserve(size int) (lo, hi uintptr, err error) { return 0, 0, ErrNotOffered }

// AdvisedIn returns 0 and ErrNotOffered: only Linux gives huge pages on
// request.
func AdvisedIn(lo, hi uintptr) (uint64, error) { return 0, ErrNotOffered }
