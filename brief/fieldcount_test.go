package brief

import (
	"strings"
	"testing"
)

// TestFieldCount checks that fieldCount counts the fields strings.Fields
// makes: ASCII and Unicode white space, runs of it at either end, and
// bytes that are no UTF-8.
func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  two words ", "tab\tand\nnewline\r\nend",
		"no\u00a0break\u2003em\u3000ideographic", "Zoë  Brückner\u0085said", "bad\xffbyte \xfe", "\v\f", "a b c d e f g"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, strings.Fields makes %d", s, got, want)
		}
	}
}

// TestFirstLastField checks firstField and lastField against the first and
// last of the fields strings.Fields makes, on the same strings.
func TestFirstLastField(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  two words ", "tab\tand\nnewline\r\nend",
		"no\u00a0break\u2003em\u3000ideographic", "Zoë  Brückner\u0085said", "bad\xffbyte \xfe", "\v\f", "a b c d e f g"} {
		f := strings.Fields(s)
		first, last := "", ""
		if len(f) > 0 {
			first, last = f[0], f[len(f)-1]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, strings.Fields makes %q first", s, got, first)
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, strings.Fields makes %q last", s, got, last)
		}
	}
}

// TestHasWordPrefix checks hasWordPrefix against strings.HasPrefix of the
// word and a space.
func TestHasWordPrefix(t *testing.T) {
	for _, c := range [][2]string{{"", ""}, {" ", ""}, {"a", "a"}, {"a b", "a"}, {"ab c", "a"}, {"corvane motors", "corvane"},
		{"corvane", "corvane"}, {"corvanemotors", "corvane"}, {"x corvane motors", "corvane"}, {"corvane  motors", "corvane "}} {
		if got, want := hasWordPrefix(c[0], c[1]), strings.HasPrefix(c[0], c[1]+" "); got != want {
			t.Errorf("hasWordPrefix(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}

// TestASCIILowerBytes checks asciiLowerBytes against asciiLower, short
// and longer than its buffer, with bytes that are not ASCII.
func TestASCIILowerBytes(t *testing.T) {
	for _, s := range []string{"", "NATO", "Nato", "Zoë BRÜCKNER", "\xffAB", strings.Repeat("AbC", 30)} {
		var buf [64]byte
		if got := string(asciiLowerBytes(&buf, s)); got != asciiLower(s) {
			t.Errorf("asciiLowerBytes(%q) = %q, want %q", s, got, asciiLower(s))
		}
	}
}

// TestHasWordSuffix checks hasWordSuffix against strings.HasSuffix of a
// space and the word.
func TestHasWordSuffix(t *testing.T) {
	for _, c := range [][2]string{{"", ""}, {" ", ""}, {"a", "a"}, {"b a", "a"}, {"b ca", "a"}, {"harwick rovers", "rovers"},
		{"rovers", "rovers"}, {"harwickrovers", "rovers"}, {"harwick rovers x", "rovers"}, {"harwick  rovers", " rovers"}} {
		if got, want := hasWordSuffix(c[0], c[1]), strings.HasSuffix(c[0], " "+c[1]); got != want {
			t.Errorf("hasWordSuffix(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}
