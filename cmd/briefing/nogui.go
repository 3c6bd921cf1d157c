//go:build nogui

package main

import (
	"fmt"
	"io"
)

// openApp is a stand-in for builds without the desktop app (the nogui tag,
// used by the command-line tests so they need no cgo): it prints the usage.
func openApp(_ []string, stderr io.Writer) int {
	fmt.Fprintf(stderr, "briefing: this build has no desktop app\n\n%s", usage)
	return exitUsage
}
