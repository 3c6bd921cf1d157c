package brief

import (
	"strings"
	"testing"
)

// TestLowerOfAgreesWithToLower checks that lowerOf gives what
// strings.ToLower gives for pieces of an article's text, with and without
// letters that lower-casing changes outside ASCII.
func TestLowerOfAgreesWithToLower(t *testing.T) {
	for _, text := range []string{
		"The Minister said: \u201cWe will act.\u201d \u2014 Reuters",
		"\u00c9lodie Marchand met the Caf\u00e9 owners in Zaragoza.",
		"ATHENS \u2014 \u0391\u03b8\u03ae\u03bd\u03b1 and \u00e9t\u00e9, da\u00df Gro\u00dfe",
		"A stray byte \xff in TEXT, and a replacement \ufffd Char.",
		"plain lower ascii",
	} {
		d := &doc{text: text, lower: asciiLower(text)}
		for start := 0; start < len(text); start++ {
			for end := start; end <= len(text); end++ {
				s := text[start:end]
				if got, want := d.lowerOf(s, start), strings.ToLower(s); got != want {
					t.Fatalf("lowerOf(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
