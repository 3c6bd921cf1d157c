package brief

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize cleans text without losing meaning: line endings become "\n",
// soft hyphens, zero-width and other invisible characters are removed,
// non-breaking and other special spaces become plain spaces, runs of spaces
// collapse, and lines are trimmed. Quotation marks, dashes and paragraph
// breaks are kept as they are. Invalid UTF-8 is replaced by U+FFFD, and
// accents are composed (NFC), so that "José" typed two ways is one name.
//
// The engine reads normalised text: loaders normalise what they read before
// they split it into paragraphs and hand it to NewArticle. A long text is
// normalised by halves, side by side (see splitMin), the second from just
// after a line break: what is done to a line depends on no other line.
func Normalize(s string) string {
	mid := halfAtLine(s)
	if mid < 0 {
		return strings.Trim(normalizeLines(s), "\n ")
	}
	mid++ // the first half ends with the line break
	var (
		second string
		done   = make(chan struct{})
	)
	go func() {
		defer close(done)
		second = normalizeLines(s[mid:])
	}()
	first := normalizeLines(s[:mid])
	<-done
	return strings.Trim(first+second, "\n ")
}

// normalizeLines is Normalize but for the trimming of blank lines and
// spaces at the start and end of s.
func normalizeLines(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	lineStart := true
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7f {
			// A run of visible ASCII characters is copied as it is.
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i:j])
			lineStart = false
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\r':
				if i < len(s) && s[i] == '\n' {
					continue
				}
				c = '\n'
			case c == '\t' || c == '\f' || c == '\v':
				c = ' '
			case c < 0x20 && c != '\n', c == 0x7f:
				continue
			}
			if c == ' ' {
				space = !lineStart
				continue
			}
			if c == '\n' {
				space = false
				b.WriteByte('\n')
				lineStart = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			lineStart = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u180E':
			continue
		case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
			'\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\u1680':
			space = !lineStart
			continue
		case '\u2028', '\u2029', '\u0085':
			space = false
			b.WriteByte('\n')
			lineStart = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r) // utf8.RuneError for invalid bytes
		lineStart = false
	}
	// The loop drops pending spaces at "\n" already: only blank lines
	// and spaces at the start and end are left for Normalize to trim.
	return b.String()
}
