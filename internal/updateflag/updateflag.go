// Package updateflag is the -update flag of the tests that keep golden
// files: it rewrites only what the caller names. A bare -update is refused
// with a message, so that nobody rewrites a package's goldens without
// saying which (and reviewing the change: see make golden-diff).
//
//	go test -tags nogui ./brief -run TestGoldenAnalyses -update=golden      every golden analysis
//	go test -tags nogui ./brief -run TestGoldenAnalyses -update=tax-row     that one
//	go test -tags nogui ./cmd/briefing -run TestAnalyzeJSONShape -update=shape
//
// -update=all names everything the package's -update covers. The PDF hash
// of package page has a flag of its own, -update-pdf.
package updateflag

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
)

// Flag is the value of an -update flag.
type Flag struct {
	kind  string   // what the package's goldens are called: "golden", "shape"
	names []string // the named goldens; nil with all
	all   bool
}

// New defines -update on the command line's flags: kind is the word that
// names every golden file the package keeps ("golden"), and help what
// they are.
func New(kind, help string) *Flag {
	f := &Flag{kind: kind}
	flag.Var(f, "update", fmt.Sprintf("rewrite golden files, naming them: -update=%s (%s), -update=NAME[,NAME], or -update=all", kind, help))
	return f
}

// IsBoolFlag lets the flag package accept a bare -update, so that Set can
// refuse it with a message.
func (f *Flag) IsBoolFlag() bool { return true }

// String returns what the flag names.
func (f *Flag) String() string {
	if f == nil {
		return ""
	}
	if f.all {
		return "all"
	}
	return strings.Join(f.names, ",")
}

// Set reads the names; a bare -update (or -update=true) is an error.
func (f *Flag) Set(s string) error {
	switch s {
	case "true":
		return fmt.Errorf("-update must name what it rewrites: -update=%s for all of this package's golden files, -update=NAME[,NAME] for some, "+
			"and one package at a time (go test ./PACKAGE -run TEST -update=%s); review the change first with make golden-diff", f.kind, f.kind)
	case "false", "":
		f.all, f.names = false, nil
		return nil
	case "all", f.kind:
		f.all, f.names = true, nil
		return nil
	}
	var names []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n == "" {
			return errors.New("-update: an empty name")
		}
		names = append(names, n)
	}
	f.all, f.names = false, names
	return nil
}

// On reports whether the flag names anything.
func (f *Flag) On() bool { return f.all || len(f.names) > 0 }

// Wants reports whether the golden called name is to be rewritten.
func (f *Flag) Wants(name string) bool { return f.all || slices.Contains(f.names, name) }

// Unknown returns the names given that are not among known, so that a
// test can fail on a misspelt name instead of silently rewriting nothing.
func (f *Flag) Unknown(known []string) []string {
	var bad []string
	for _, n := range f.names {
		if !slices.Contains(known, n) {
			bad = append(bad, n)
		}
	}
	return bad
}
