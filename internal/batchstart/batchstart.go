// Package batchstart readies the process for one of cmd/briefing's batch
// commands (`briefing analyze`, `briefing export`) before the rest of the
// program is initialised.
//
// Go initialises every package before main runs, and the program's
// packages (the app's toolkit and its translations, the Markdown and HTML
// readers, the engine's word lists) allocate about 3 MB as they do: some
// 750 fresh pages, each a page fault, at about 10 µs a fault on a virtual
// machine, before main could ask for huge pages (package hugeheap). Go
// initialises a package as soon as the packages it imports are, and this
// one imports no more than hugeheap and the standard library: it runs
// before the heavy ones (as long as it imports no package the others do
// not need first: slices or runtime/debug would hold it back until after
// them), and from its init the heap grows into huge pages for what they
// allocate too. It reads the command line to know whether
// the process is a batch command; the app, and every other command, are
// left as they are.
package batchstart

import (
	"os"

	"github.com/briefing-app/briefing/internal/hugeheap"
)

// Commands are the subcommands readied: those that read articles, analyse
// them and end.
var Commands = []string{"analyze", "export"}

// heapRegion is the size of the region the heap grows into: the 1 MB
// news corpus peaks at about 55 MB.
const heapRegion = 64 << 20

func init() {
	for _, c := range Commands {
		if len(os.Args) > 1 && os.Args[1] == c {
			_, _, _ = hugeheap.Reserve(heapRegion)
		}
	}
}
