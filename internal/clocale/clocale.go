// Package clocale keeps Fyne from logging an error at start-up under the
// "C.UTF-8" locale of containers and CI machines.
//
// Fyne's lang package reads the locale while it is initialised; it takes
// "C.UTF-8" for a language tag "C", fails to parse it and logs "Fyne error:
// Error parsing user locale C" on every run, `briefing version` included
// (it then falls back to English, as it does for "C"). This package's init
// runs first (packages are initialised in import-path order once their
// imports are, and it imports nothing Fyne's lang depends on), shows Fyne a
// plain "C" instead, and Restore puts the variable back for the rest of the
// program and the processes it starts.
package clocale

import (
	"os"
	"strings"
)

var (
	saved   string // the variable changed, or ""
	savedTo string // its value before
)

func init() { hide() }

// hide shows Fyne "C" for a C locale with an encoding.
func hide() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if plainC(v) && v != "C" && v != "POSIX" {
			saved, savedTo = name, v
			os.Setenv(name, "C")
		}
		return // the first one set is the one that counts
	}
}

// plainC reports whether a locale is C or POSIX with an encoding or
// modifier: "C.UTF-8", "C.utf8", "POSIX@euro".
func plainC(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	base, _, _ = strings.Cut(base, "@")
	return base == "C" || base == "POSIX"
}

// Restore puts back the locale variable init changed.
func Restore() {
	if saved != "" {
		os.Setenv(saved, savedTo)
		saved = ""
	}
}
