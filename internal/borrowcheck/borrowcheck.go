// Package borrowcheck finds text that the project's test files and fixtures
// share with third-party pages: runs of eight or more consecutive words in
// common after normalisation. The project's tests must use sentences
// written for the project (see the README); its test compares every test
// file, testdata file and sample article with go-readability's test pages
// and the evaluation pages beside the repository.
//
// Normalisation: HTML comments and tags are dropped (with the contents of
// script, style, svg, template and select elements, which are code and
// form controls, not prose), entities are decoded, and so are a Go
// string's escapes (\u201c, \n); words are runs of letters and digits,
// lower-cased, with accents dropped, and an apostrophe (straight or curly)
// inside a word joins its parts ("don’t" and "don't" are "dont"). Every
// other character — punctuation, quotation marks, dashes — separates words.
package borrowcheck

import (
	"hash/fnv"
	"html"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Run is the number of consecutive words two texts must share to count.
const Run = 8

// A Word is one normalised word of a text and the line it is on (from 1).
type Word struct {
	Text string
	Line int
}

// Words returns the normalised words of text. With isHTML the text is a
// page: its markup is dropped first. Markup that looks like tags is dropped
// from any text (tests hold HTML in strings), as are Go string escapes.
func Words(text string, isHTML bool) []Word {
	text = stripMarkup(text, isHTML)
	text = html.UnescapeString(text)
	if !isHTML {
		text = decodeEscapes(text)
	}
	text = norm.NFD.String(text)
	var (
		words []Word
		cur   strings.Builder
		line  = 1
		start = 1
	)
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, Word{cur.String(), start})
			cur.Reset()
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.Is(unicode.Mn, r):
			// an accent, after NFD: dropped
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if cur.Len() == 0 {
				start = line
			}
			cur.WriteRune(unicode.ToLower(r))
		case isApostrophe(r) && cur.Len() > 0 && i < len(text) && wordRune(text[i:]):
			// "don't", "Ukraine’s": one word
		default:
			flush()
			if r == '\n' {
				line++
			}
		}
	}
	flush()
	return words
}

// wordRune reports whether s starts with a letter or a digit.
func wordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02BC'
}

// skipElements are HTML elements whose content is not prose.
var skipElements = []string{"script", "style", "svg", "template", "select"}

// stripMarkup replaces HTML comments and tags with a space, keeping the
// newlines inside them so that line numbers stay right. In a page
// (isHTML) the content of skipElements goes too. Outside pages only what
// looks like a tag ("<p>", "</div>", "<a href=…>") is dropped, so that
// "a < b" in code stays.
func stripMarkup(s string, isHTML bool) string {
	if !strings.Contains(s, "<") {
		return s
	}
	lower := asciiLower(s)
	var b strings.Builder
	b.Grow(len(s))
	skipTo := func(i, j int) int { // drop s[i:j], keeping its newlines
		b.WriteByte(' ')
		b.WriteString(strings.Repeat("\n", strings.Count(s[i:j], "\n")))
		return j
	}
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				b.WriteString(s[i:])
				break
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		if strings.HasPrefix(s[i:], "<!--") {
			end := strings.Index(s[i+4:], "-->")
			if end < 0 {
				i = skipTo(i, len(s))
				continue
			}
			i = skipTo(i, i+4+end+3)
			continue
		}
		if isHTML {
			if name := skippedElement(lower[i+1:]); name != "" {
				end := strings.Index(lower[i:], "</"+name)
				if end < 0 {
					i = skipTo(i, len(s))
					continue
				}
				close := strings.IndexByte(s[i+end:], '>')
				if close < 0 {
					i = skipTo(i, len(s))
					continue
				}
				i = skipTo(i, i+end+close+1)
				continue
			}
		}
		if i+1 < len(s) && looksLikeTag(s[i+1]) {
			if end := strings.IndexByte(s[i:], '>'); end > 0 && (isHTML || !strings.Contains(s[i+1:i+end], "<")) {
				i = skipTo(i, i+end+1)
				continue
			}
		}
		b.WriteByte('<')
		i++
	}
	return b.String()
}

func skippedElement(rest string) string {
	for _, name := range skipElements {
		if strings.HasPrefix(rest, name) && len(rest) > len(name) {
			switch rest[len(name)] {
			case '>', ' ', '\t', '\n', '\r', '/':
				return name
			}
		}
	}
	return ""
}

func looksLikeTag(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?'
}

// asciiLower lower-cases ASCII letters only, so that byte offsets stay.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// decodeEscapes turns a Go string's escapes into what they stand for:
// \uXXXX and \UXXXXXXXX become the character, \n \t \r a separator.
func decodeEscapes(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch c := s[i+1]; c {
		case 'u', 'U':
			n := 4
			if c == 'U' {
				n = 8
			}
			if i+2+n <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+2+n], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					b.WriteRune(rune(v))
					i += 1 + n
					continue
				}
			}
			b.WriteByte(s[i])
		case 'n', 't', 'r':
			b.WriteByte(' ')
			i++
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// A Match is a run of words a checked file shares with a page.
type Match struct {
	File   string // the checked file
	Line   int    // the line the run starts on
	Words  int    // how many words the run has (at least Run)
	Text   string // the run's words
	Source string // the page it shares them with
}

// Checker holds the words of the checked files and finds the runs they
// share with pages. Only the checked files are indexed (they are small);
// pages are streamed through it.
type Checker struct {
	mu      sync.Mutex // guards matched while pages are scanned
	files   []string
	words   [][]Word
	index   map[uint64][]pos
	matched map[pos]string // first word of a shared shingle → the page
}

type pos struct{ file, word int }

// NewChecker indexes the eight-word shingles of the checked files.
func NewChecker() *Checker {
	return &Checker{index: map[uint64][]pos{}, matched: map[pos]string{}}
}

// AddFile adds a file to check.
func (c *Checker) AddFile(name, text string, isHTML bool) {
	fi := len(c.files)
	w := Words(text, isHTML)
	c.files = append(c.files, name)
	c.words = append(c.words, w)
	for i := 0; i+Run <= len(w); i++ {
		h := shingle(w[i : i+Run])
		c.index[h] = append(c.index[h], pos{fi, i})
	}
}

// Scan looks for the checked files' shingles in a page. Pages may be
// scanned concurrently, once every file is added.
func (c *Checker) Scan(source, text string, isHTML bool) {
	w := Words(text, isHTML)
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := 0; i+Run <= len(w); i++ {
		for _, p := range c.index[shingle(w[i:i+Run])] {
			if _, ok := c.matched[p]; ok || !sameWords(c.words[p.file][p.word:p.word+Run], w[i:i+Run]) {
				continue
			}
			c.matched[p] = source
		}
	}
}

// Matches returns the shared runs, merged where shingles overlap, by file
// and line.
func (c *Checker) Matches() []Match {
	ps := make([]pos, 0, len(c.matched))
	for p := range c.matched {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].file != ps[j].file {
			return ps[i].file < ps[j].file
		}
		return ps[i].word < ps[j].word
	})
	var out []Match
	for k := 0; k < len(ps); {
		p := ps[k]
		end := p.word + Run // the run covers words [p.word, end)
		j := k + 1
		for j < len(ps) && ps[j].file == p.file && ps[j].word <= end {
			end = ps[j].word + Run
			j++
		}
		w := c.words[p.file][p.word:end]
		texts := make([]string, len(w))
		for i := range w {
			texts[i] = w[i].Text
		}
		out = append(out, Match{c.files[p.file], w[0].Line, len(w), strings.Join(texts, " "), c.matched[p]})
		k = j
	}
	return out
}

func shingle(w []Word) uint64 {
	h := fnv.New64a()
	for _, x := range w {
		h.Write([]byte(x.Text))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

func sameWords(a, b []Word) bool {
	for i := range a {
		if a[i].Text != b[i].Text {
			return false
		}
	}
	return true
}
