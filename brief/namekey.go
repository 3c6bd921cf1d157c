package brief

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nameKey is the one key under which the forms of a name are compared:
// lower case, with diacritics folded, so that "Brückner" and "Bruckner",
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
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r >= latinLo && r < latinHi:
			b.WriteString(latinFold()[r-latinLo])
		case unicode.Is(unicode.Mn, r):
			// a combining accent
		default:
			if f, ok := foldLetters[r]; ok {
				b.WriteString(f)
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// The Latin letters with accents (U+00C0–U+024F), folded once to their
// lower-case base letters.
const latinLo, latinHi = 0xC0, 0x250

var (
	latinOnce  sync.Once
	latinTable []string
)

func latinFold() []string {
	latinOnce.Do(func() {
		latinTable = make([]string, latinHi-latinLo)
		for r := rune(latinLo); r < latinHi; r++ {
			if f, ok := foldLetters[r]; ok {
				latinTable[r-latinLo] = f
				continue
			}
			var b strings.Builder
			for _, c := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, c) {
					b.WriteRune(unicode.ToLower(c))
				}
			}
			latinTable[r-latinLo] = b.String()
		}
	})
	return latinTable
}

// foldLetters are the letters NFD does not split into a base and an accent.
var foldLetters = map[rune]string{
	'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'đ': "d", 'Đ': "d", 'ı': "i", 'þ': "th", 'ð': "d",
	'\u2019': "'", // the curly apostrophe of "O’Brien"
}

// surnameFold folds a surname key once more for comparison: German "ue",
// "oe", "ae" stand for "ü", "ö", "ä" (Brueckner, Brückner and Bruckner).
func surnameFold(k string) string {
	i := 1
	for ; i < len(k); i++ {
		if k[i] == 'e' && (k[i-1] == 'u' || k[i-1] == 'o' || k[i-1] == 'a') {
			break
		}
	}
	if i >= len(k) {
		return k // no digraph: no allocation
	}
	b := make([]byte, 0, len(k))
	for j := 0; j < len(k); j++ {
		if j+1 < len(k) && k[j+1] == 'e' && (k[j] == 'u' || k[j] == 'o' || k[j] == 'a') {
			b = append(b, k[j])
			j++
			continue
		}
		b = append(b, k[j])
	}
	return string(b)
}

// keyNow returns nameKey(e.name): the key nameKey cached when it is the
// name's, else made now. It never writes to e, so that merging may read
// an analysed article's entities from several goroutines.
func (e *entity) keyNow() string {
	if e.keyOf == e.name && e.key != "" {
		return e.key
	}
	return nameKey(e.name)
}

// nameKey returns the key of the entity's name, computed once per name.
func (e *entity) nameKey() string {
	if e.keyOf != e.name || e.key == "" {
		e.key, e.keyOf = nameKey(e.name), e.name
	}
	return e.key
}

// byNameKey returns m[nameKey(s)]. An ASCII s of up to 64 bytes is lowered
// on the stack: a map read of string(b) makes no copy.
func byNameKey[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if b, ok := asciiLowerTo(&buf, s); ok {
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[nameKey(s)]
	return v, ok
}

// byLower returns m[strings.ToLower(s)], without a copy for an ASCII s of
// up to 64 bytes (see byNameKey).
func byLower[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if b, ok := asciiLowerTo(&buf, s); ok {
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[strings.ToLower(s)]
	return v, ok
}

// sameLower reports whether strings.ToLower(a) == strings.ToLower(b),
// without lowering two ASCII strings into copies. (Not strings.EqualFold,
// which folds otherwise: "\u212A" and "k" lower alike, "\u0130" and
// "i\u0307" too, and EqualFold tells only the first.)
func sameLower(a, b string) bool {
	if len(a) != len(b) {
		if isASCII(a) && isASCII(b) {
			return false // lowering ASCII keeps each length
		}
		return lowersAlike(a, b)
	}
	for i := 0; i < len(a); i++ {
		c, d := a[i], b[i]
		if c >= utf8.RuneSelf || d >= utf8.RuneSelf {
			return lowersAlike(a, b)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// lowersAlike reports whether a and b lower to one string.
func lowersAlike(a, b string) bool {
	//lint:ignore SA6005 the test is of lowering, which EqualFold's folding is not (sameLower)
	return strings.ToLower(a) == strings.ToLower(b)
}

// asciiLowerTo writes s with its letters lowered into buf and returns
// that, when s is ASCII and fits (false when not: nothing is written then
// that counts).
func asciiLowerTo(buf *[64]byte, s string) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b, true
}

// asciiLowerBytes returns asciiLower(s) as bytes, in buf when s fits, for
// reading maps: m[string(b)] makes no string, where m[asciiLower(s)] makes
// one for each name with a capital.
func asciiLowerBytes(buf *[64]byte, s string) []byte {
	if len(s) > len(buf) {
		return []byte(asciiLower(s))
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// isTrue is the value of a map[string]bool read by byNameKey.
func isTrue(v, _ bool) bool { return v }
