//go:build !linux

package hugeheap

// Reserve returns ErrNotOffered: only Linux gives huge pages on request.
func Reserve(size int) (lo, hi uintptr, err error) { return 0, 0, ErrNotOffered }
