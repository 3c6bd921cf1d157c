//go:build linux

package hugeheap

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// Reserve grows the heap by size bytes that ask for huge pages and frees
// them with a collection, so that the heap's next allocations (up to
// about size bytes) are backed by huge pages. It returns the address
// range that asks for them, or ErrNotOffered, or the error of the
// system call. It costs a collection of the heap as it is: call it at
// the start of a run, while the heap is small.
func Reserve(size int) (lo, hi uintptr, err error) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		return 0, 0, ErrNotOffered
	}
	huge := uintptr(2 << 20)
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size"); err == nil {
		if n, err := strconv.ParseUint(string(bytes.TrimSpace(b)), 10, 64); err == nil && n > 0 && n&(n-1) == 0 {
			huge = uintptr(n)
		}
	}
	lo, hi, err = advise(size, huge)
	runtime.GC() // the region advise allocated is free again
	return lo, hi, err
}

// advise allocates size bytes and asks for huge pages for the whole huge
// pages among them. What it allocated is garbage once it returns.
//
//go:noinline
func advise(size int, huge uintptr) (lo, hi uintptr, err error) {
	b := make([]byte, size)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo, hi = (p+huge-1)&^(huge-1), (p+uintptr(len(b)))&^(huge-1)
	if lo >= hi {
		return 0, 0, fmt.Errorf("hugeheap: %d bytes hold no whole huge page of %d", size, huge)
	}
	if err := syscall.Madvise(b[lo-p:hi-p], syscall.MADV_HUGEPAGE); err != nil {
		return 0, 0, fmt.Errorf("hugeheap: madvise: %w", err)
	}
	return lo, hi, nil
}

// AdvisedIn returns how many bytes of the address range [lo, hi) lie in
// mappings of the process that ask for huge pages (the "hg" flag of
// /proc/self/smaps), or the error reading that file.
func AdvisedIn(lo, hi uintptr) (uint64, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return 0, fmt.Errorf("hugeheap: %w", err)
	}
	defer f.Close()
	var start, end, advised uint64
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
	if err := sc.Err(); err != nil {
		return advised, fmt.Errorf("hugeheap: reading /proc/self/smaps: %w", err)
	}
	return advised, nil
}
