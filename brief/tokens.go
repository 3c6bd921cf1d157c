package brief

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of an article: a word, a number or a punctuation mark,
// by byte offsets into the article's Text.
type tok struct {
	s, e  int32
	kind  uint8
	flags uint16
}

// Token kinds.
const (
	tWord  uint8 = iota // letters, with inner apostrophes, hyphens and dots
	tNum                // digits, with inner , . and a leading currency sign
	tPunct              // any other single character
	tQuote              // a quotation mark that opens or closes a quote
)

// Token flags.
const (
	fCap     uint16 = 1 << iota // the first letter is upper case
	fAllCaps                    // two or more letters, all upper case
	fPoss                       // followed by a possessive 's (not part of the token)
	fInQuote                    // inside a direct quote
	fStart                      // the first word of its sentence (after opening marks)
	fHyphen                     // holds an inner hyphen
	fDot                        // holds an inner dot (U.S., Snopes.com)
)

// tokenize splits text[start:end] into tokens, appending them to toks.
func tokenize(text string, start, end int, toks []tok) []tok {
	text = text[:end] // so that the loops' bounds tell the reads' bounds
	first := true
	for i := start; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case c < utf8.RuneSelf && asciiClass[c]&aWord != 0 || c >= utf8.RuneSelf && isWordRune(r):
			t := tok{s: int32(i), kind: tWord}
			j := i + n
			upper := unicode.IsUpper(r)
			if upper {
				t.flags |= fCap
			}
			letters, uppers := 1, 0
			if upper {
				uppers = 1
			}
			for j < len(text) {
				// Lower-case ASCII letters, eight at a time.
				if j+8 <= len(text) {
					if n := lowerRun(le64(text[j:])); n > 0 {
						letters += n
						if j += n; n == 8 {
							continue
						}
					}
				}
				c2 := text[j]
				if cl := asciiClass[c2]; cl&aWord != 0 {
					// An ASCII letter, digit, "_", "@" or "#": what
					// isWordRune, unicode.IsLetter and IsUpper tell of it.
					if cl&aLetter != 0 {
						letters++
						if cl&aUpper != 0 {
							uppers++
						}
					}
					j++
					continue
				}
				r2, n2 := rune(c2), 1
				if c2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(text[j:end])
					if isWordRune(r2) {
						if unicode.IsLetter(r2) {
							letters++
							if unicode.IsUpper(r2) {
								uppers++
							}
						}
						j += n2
						continue
					}
				} else if c2 != '\'' && c2 != '-' && c2 != '.' && c2 != '&' {
					break // an ASCII space or mark that joins no word
				}
				// Inner joiners: apostrophes (not the possessive 's), hyphens, dots.
				if j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if isWordRune(r3) {
						switch r2 {
						case '\'', '\u2019':
							if (r3 == 's' || r3 == 'S') && (j+n2+1 >= end || !isWordByteAt(text, j+n2+1, end)) {
								t.flags |= fPoss
								break
							}
							j += n2
							continue
						case '-', '\u2010', '\u2011':
							t.flags |= fHyphen
							j += n2
							continue
						case '.', '&':
							t.flags |= fDot
							j += n2
							continue
						}
					}
				}
				// A trailing dot of a dotted abbreviation: "U.S." keeps its last dot.
				if c2 == '.' && t.flags&fDot != 0 && j-int(t.s) <= 8 && isUpperByte(text[j-1]) {
					j++
				}
				break
			}
			t.e = int32(j)
			if letters >= 2 && uppers == letters {
				t.flags |= fAllCaps
			}
			if unicode.IsDigit(r) && letters <= 2 {
				t.kind = tNum
			}
			if first {
				t.flags |= fStart
				first = false
			}
			toks = append(toks, t)
			i = j
			if t.flags&fPoss != 0 {
				// Skip the 's.
				_, n2 := utf8.DecodeRuneInString(text[i:end])
				i += n2 + 1
			}
		case (r == '$' || r == '£' || r == '€') && i+n < end && text[i+n] >= '0' && text[i+n] <= '9':
			j := i + n
			for j < end && (isDigitByte(text[j]) || ((text[j] == '.' || text[j] == ',') && j+1 < end && isDigitByte(text[j+1]))) {
				j++
			}
			toks = append(toks, tok{s: int32(i), e: int32(j), kind: tNum})
			first = false
			i = j
		default:
			toks = append(toks, tok{s: int32(i), e: int32(i + n), kind: tPunct})
			i += n
		}
	}
	return toks
}

// lowerRun returns how many of the eight bytes of x (le64), from the
// first, are ASCII lower-case letters. (A byte above 0x7f may carry into
// the bytes after it, which are then not counted anyway.)
func lowerRun(x uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	ge := x + (0x80-'a')*ones   // high bit set where a byte is 'a' or above
	gt := x + (0x80-'z'-1)*ones // high bit set where a byte is above 'z'
	lower := ge &^ gt &^ x & highs
	return bits.TrailingZeros64(^lower&highs) >> 3
}

// isWordRune reports a letter, a digit, a combining mark, "_", "@" or "#".
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '@' || r == '#'
	case r >= generalPunctuationLo && r <= generalPunctuationHi:
		// Curly quotes, dashes, ellipses: none a letter, digit or
		// mark, and told without searching the Unicode tables.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// The Unicode block of general punctuation, which holds no letter, digit
// or combining mark (TestIsWordRune).
const generalPunctuationLo, generalPunctuationHi = 0x2000, 0x206f

func isWordByteAt(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return isWordRune(r)
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// asciiLower returns s with ASCII letters lowered; other bytes are kept, so
// offsets into s and into the result agree.
func asciiLower(s string) string {
	if len(s) >= longLower {
		return asciiLowerLong(s)
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 32
				}
			}
			return string(b)
		}
	}
	return s
}

// longLower is the length from which asciiLower lowers eight bytes at a
// time into one new string (an article's text), instead of copying s to
// bytes and the bytes to a string.
const longLower = 1024

// asciiLowerLong is asciiLower of a long s.
func asciiLowerLong(s string) string {
	i := 0
	for i+8 <= len(s) && upperMask(le64(s[i:])) == 0 {
		i += 8
	}
	for i < len(s) && !isUpperByte(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	sb.WriteString(s[:i])
	var buf [4096]byte
	for i < len(s) {
		n := copy(buf[:], s[i:])
		k := 0
		for ; k+8 <= n; k += 8 {
			x := le64b(buf[k:])
			x |= upperMask(x) >> 2 // 0x80 >> 2 is the case bit 0x20
			putLe64b(buf[k:], x)
		}
		for ; k < n; k++ {
			if c := buf[k]; isUpperByte(c) {
				buf[k] = c + 32
			}
		}
		sb.Write(buf[:n])
		i += n
	}
	return sb.String()
}

// upperMask returns 0x80 in each byte of x (le64) that is an ASCII upper-case
// letter, 0 in the others. The sums are made with the high bits cleared, so
// that no byte carries into the next.
func upperMask(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x &^ highs
	ge := y + (0x80-'A')*ones   // high bit set where a byte is 'A' or above
	gt := y + (0x80-'Z'-1)*ones // high bit set where a byte is above 'Z'
	return ge &^ gt &^ x & highs
}

// le64b and putLe64b read and write the first 8 bytes of b, little-endian.
func le64b(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

func putLe64b(b []byte, x uint64) { binary.LittleEndian.PutUint64(b, x) }

// fieldCount returns len(strings.Fields(s)) without making the fields: the
// number of runs of characters other than Unicode white space.
func fieldCount(s string) int { return fieldsUpTo(s, len(s)) }

// firstField returns the first field strings.Fields(s) makes, or "" when
// it makes none, without making the others.
func firstField(s string) string {
	for f := range strings.FieldsSeq(s) {
		return f
	}
	return ""
}

// lastField returns the last field strings.Fields(s) makes, or "" when it
// makes none, without making a list of them.
func lastField(s string) string {
	last := ""
	for f := range strings.FieldsSeq(s) {
		last = f
	}
	return last
}

// moreFields reports whether s has more than n fields (fieldCount(s) > n),
// reading s no further than its field n+1.
func moreFields(s string, n int) bool { return fieldsUpTo(s, n) > n }

// fieldsUpTo returns fieldCount(s), or n+1 once s has more than n fields.
func fieldsUpTo(s string, n int) int {
	k, in := 0, false
	for i := 0; i < len(s); {
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			if k++; k > n {
				return k
			}
		}
	}
	return k
}

// asciiSpace tells the ASCII bytes that are white space (unicode.IsSpace).
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiEqualLower reports whether s, with ASCII letters lowered, is low
// (lower case ASCII).
func asciiEqualLower(s, low string) bool {
	if len(s) != len(low) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

// lowerOf returns strings.ToLower(s) for s, a piece of the article's text
// starting at byte start: the piece of d.lower (no copy) when lowering
// changes no letter outside ASCII, as for ASCII text, curly quotes and
// dashes, or small accented letters.
func (d *doc) lowerOf(s string, start int) string {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && le64(s[i:])&0x8080808080808080 == 0 {
			i += 8 // eight ASCII bytes
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.ToLower(r) != r {
			return strings.ToLower(s)
		}
		i += n
	}
	return d.lower[start : start+len(s)]
}

// ASCII character classes (asciiClass): a word byte (isWordRune), a
// letter, an upper-case letter.
const (
	aWord uint8 = 1 << iota
	aLetter
	aUpper
)

// asciiClass holds the class of each byte below utf8.RuneSelf (0 above).
var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		r := rune(c)
		if isWordRune(r) {
			t[c] |= aWord
		}
		if unicode.IsLetter(r) {
			t[c] |= aLetter
		}
		if unicode.IsUpper(r) {
			t[c] |= aUpper
		}
	}
	return t
}()
