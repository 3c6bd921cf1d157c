//go:build linux

package hugeheap

import (
	"bufio"
	"errors"
	"os"
	"runtime"
	"strconv"
	"strings"
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
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var start, end uint64
	advised := uint64(0)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rng, _, ok := strings.Cut(line, " "); ok && strings.Contains(rng, "-") && !strings.HasSuffix(line, ":") {
			a, b, _ := strings.Cut(rng, "-")
			s, err1 := strconv.ParseUint(a, 16, 64)
			e, err2 := strconv.ParseUint(b, 16, 64)
			if err1 == nil && err2 == nil {
				start, end = s, e
				continue
			}
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+flags+" ", " hg ") {
			if e, s := min(end, uint64(hi)), max(start, uint64(lo)); e > s {
				advised += e - s
			}
		}
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
