package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nameKey is the one key under which the forms of a name are compared:
// lower case, with diacritics folded, so that "Müller" and "Muller",
// "José" and "Jose", "Łukasz" and "Lukasz" are one name. ASCII text costs
// no more than lower-casing it.
func nameKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent
		}
		if f, ok := foldLetters[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldLetters are the letters NFD does not split into a base and an accent.
var foldLetters = map[rune]string{
	'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'đ': "d", 'Đ': "d", 'ı': "i", 'þ': "th", 'ð': "d",
	'\u2019': "'", // the curly apostrophe of "O’Brien"
}

// surnameFold folds a surname key once more for comparison: German "ue",
// "oe", "ae" stand for "ü", "ö", "ä" (Mueller, Müller and Muller).
func surnameFold(k string) string {
	if !strings.Contains(k, "e") {
		return k
	}
	return germanDigraphs.Replace(k)
}

var germanDigraphs = strings.NewReplacer("ue", "u", "oe", "o", "ae", "a")
