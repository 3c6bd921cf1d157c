//go:build linux

package hugeheap

import (
	"errors"
	"runtime"
	"testing"
	"unsafe"
)

// TestReserve checks that the region Reserve returns asks for huge pages
// (its mappings carry the "hg" flag in /proc/self/smaps) and that the
// heap's next allocations land in it.
func TestReserve(t *testing.T) {
	lo, hi, err := Reserve(32 << 20)
	if errors.Is(err, ErrNotOffered) {
		t.Skip("this kernel gives huge pages to every mapping or to none")
	}
	if err != nil {
		t.Fatal(err)
	}
	if hi-lo < 16<<20 {
		t.Fatalf("region %#x-%#x: under 16 MiB of 32", lo, hi)
	}
	advised, err := AdvisedIn(lo, hi)
	if err != nil {
		t.Skip(err)
	}
	if advised != uint64(hi-lo) {
		t.Errorf("%d of the region's %d bytes ask for huge pages", advised, hi-lo)
	}
	in := 0
	var keep [][]byte
	for range 64 {
		b := make([]byte, 64<<10)
		keep = append(keep, b)
		if p := uintptr(unsafe.Pointer(&b[0])); p >= lo && p < hi {
			in++
		}
	}
	runtime.KeepAlive(keep)
	if in < 32 {
		t.Errorf("%d of 64 allocations after Reserve landed in its region", in)
	}
}
