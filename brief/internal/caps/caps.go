// Package caps holds the one text helper that both the engine (package
// brief, for the items it writes) and the page (package page, for the titles
// and lines it makes) need, so that neither keeps a copy. It imports only
// the standard library.
package caps

import (
	"unicode"
	"unicode/utf8"
)

// First returns s with its first letter in upper case ("the levy" → "The
// levy"); the rest of s is left as it is.
func First(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	u := unicode.ToUpper(r)
	if u == r && r != utf8.RuneError {
		return s // already upper case, or no letter: no copy
	}
	return string(u) + s[n:]
}
