// Command briefing turns news articles into a one-page briefing.
//
// With no arguments (or with article files only) it opens the desktop app;
// `briefing analyze` and `briefing export` run the same engine headless.
package main

import (
	"os"

	// Readies `briefing analyze` and `briefing export` before the other
	// packages are initialised (see the package).
	_ "github.com/briefing-app/briefing/internal/batchstart"
	"github.com/briefing-app/briefing/internal/clocale"
)

func main() {
	clocale.Restore()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
