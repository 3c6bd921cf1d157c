package caps

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFirst(t *testing.T) {
	for in, want := range map[string]string{
		"":                    "",
		"the levy":            "The levy",
		"Already capitalised": "Already capitalised",
		"élysée talks":        "Élysée talks",
		"1 January":           "1 January",
		"iPhone sales":        "IPhone sales",
	} {
		if got := First(in); got != want {
			t.Errorf("First(%q) = %q, want %q", in, got, want)
		}
	}
}

// firstReference is First as first written: always a new string.
func firstReference(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func TestFirstAgreesWithReference(t *testing.T) {
	for _, head := range []string{"", "a", "A", "é", "É", "ǆ", "ǅ", "Ǆ", "ß", "ﬀ", "1", " ", "“", "\xff", "\xc3",
		"\uFFFD", "ı", "İ", "ſ", "ǰ", "ᾳ", "\u0301", "日"} {
		for _, tail := range []string{"", "he levy", "\xff", " talks"} {
			s := head + tail
			if got, want := First(s), firstReference(s); got != want {
				t.Errorf("First(%q) = %q, want %q", s, got, want)
			}
		}
	}
	if got := First(strings.Repeat("x", 3)); got != "Xxx" {
		t.Errorf("First(xxx) = %q", got)
	}
}
