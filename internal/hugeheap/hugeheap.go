// Package hugeheap lets the Go heap of a short run grow into memory that
// Linux backs with transparent huge pages.
//
// A command that reads a long article fills tens of megabytes of fresh
// heap in a fraction of a second, and the kernel maps that memory a 4 KiB
// page at a fault. Where a fault is dear (on a virtual machine a fault
// here costs about 10 µs), the faults alone take a quarter of the run.
// Transparent huge pages map 2 MiB at a fault, but most Linux systems
// give them only to memory that asks for them (madvise(MADV_HUGEPAGE),
// the "madvise" setting of /sys/kernel/mm/transparent_hugepage/enabled),
// and Go's heap does not ask. Reserve grows the heap by a region that
// asks for them and lets it go again: the page allocator hands out its
// lowest free pages first, so the heap's next allocations fill that
// region.
//
// It is for short runs. Go's own runtime stopped asking for huge pages for
// the heap because of what they cost a long-running program: a fault in
// the region may wait for the kernel to compact memory into a free huge
// page, and Linux may later gather the region's scattered pages into huge
// pages (khugepaged), holding up to the region's size more memory than the
// program uses. The app does not call it.
package hugeheap

import "errors"

// ErrNotOffered is returned by Reserve where huge pages are not to be had
// by asking: on other systems than Linux, or where the kernel gives them
// to every mapping ("always", the heap has them already) or to none
// ("never").
var ErrNotOffered = errors.New("hugeheap: transparent huge pages are not given on request here")
