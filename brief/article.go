package brief

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one loaded news article, normalised and segmented.
//
// Text holds the normalised body; paragraphs are separated by a blank line
// ("\n\n") and every Span indexes Text by byte offset, so a sentence is
// a.Text[s.Start:s.End].
type Article struct {
	// ID is a stable identifier derived from the body text, so that the same
	// article loaded twice is recognised as one.
	ID string `json:"id"`
	// Title is the headline: the page title, a Markdown heading, or the first
	// line of a text file when it reads like a headline.
	Title string `json:"title"`
	// Path is where the article came from: a file path, "-" for standard
	// input, a URL, or empty for pasted text.
	Path string `json:"path,omitempty"`
	// Byline names the author when the source gives one.
	Byline string `json:"byline,omitempty"`
	// Site is the outlet ("BBC News") when the source gives one.
	Site string `json:"site,omitempty"`
	// Date is the publication date when known.
	Date time.Time `json:"date,omitzero"`
	// Format is the format the article was read from: "text", "markdown" or "html".
	Format string `json:"format"`
	// Text is the normalised body.
	Text string `json:"text"`
	// Words counts the words of the body.
	Words int `json:"words"`
	// Paragraphs lists the body's paragraphs in order.
	Paragraphs []Paragraph `json:"-"`
	// Sentences lists the body's sentences in order, across all paragraphs.
	Sentences []Sentence `json:"-"`
}

// Span is a half-open byte range [Start, End) of an article's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Paragraph is a block of body text; its sentences are
// Sentences[First : First+Count].
type Paragraph struct {
	Span
	First int
	Count int
}

// Sentence is one sentence of the body; Para is the index of its paragraph.
type Sentence struct {
	Span
	Para int
}

// SentenceText returns the text of sentence i, or "" when i is out of range.
func (a *Article) SentenceText(i int) string {
	if a == nil || i < 0 || i >= len(a.Sentences) {
		return ""
	}
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}

// ParagraphText returns the text of paragraph i, or "" when i is out of range.
func (a *Article) ParagraphText(i int) string {
	if a == nil || i < 0 || i >= len(a.Paragraphs) {
		return ""
	}
	p := a.Paragraphs[i]
	return a.Text[p.Start:p.End]
}

// sentenceAt returns the index of the sentence that contains byte offset off,
// or -1 when no sentence does.
func (a *Article) sentenceAt(off int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := a.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// contentID hashes the body so an article has the same ID however it was loaded.
func contentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:6])
}

// NewArticle makes an article of a title and a body of normalised text
// (see Normalize): the body is split into paragraphs, one a line, and
// sentences (see Segment); its words are counted and its ID derived from it.
// Loaders (package load) call it with the paragraphs they read, normalised
// and separated by blank lines; Format, Path and the other fields are theirs
// to fill in.
//
// A long body (see splitMin) is counted and hashed while it is segmented.
func NewArticle(title, body string) *Article {
	a := &Article{Title: title, Text: body}
	if halfAtLine(body) < 0 {
		a.Paragraphs, a.Sentences = Segment(body)
		a.Words, a.ID = CountWords(body), contentID(body)
		return a
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		a.Words, a.ID = CountWords(body), contentID(body)
	}()
	a.Paragraphs, a.Sentences = Segment(body)
	<-done
	return a
}

// CountWords counts runs of letters or digits separated by spaces, the way a
// word processor does; in Chinese and Japanese, written without spaces, each
// character counts as a word. It is how Article.Words is counted.
func CountWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				n++
				in = true // the punctuation after it is no word
				continue
			}
			if !in {
				n++
			}
			in = true
			continue
		}
		i++
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// MaxMeta bounds, in characters, an article's title, byline and outlet
// name. Headlines run to about 150 characters; a page whose title holds a
// whole text (megabytes, some do) would otherwise carry it into every pane
// of the app, the library's index and the PDF's document information.
const MaxMeta = 300

// ClipMeta cuts a title, byline or outlet name to at most MaxMeta
// characters: at the last space in the second half of the bound when
// there is one, ending in an ellipsis. Shorter text is returned as it is.
// Loaders (package load) clip what they read, and the library clips what
// it finds on disk.
func ClipMeta(s string) string {
	n, cut := 0, -1
	for i := range s {
		if n == MaxMeta {
			cut = i
			break
		}
		n++
	}
	if cut < 0 {
		return s
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > len(head)/2 {
		head = head[:sp]
	} else {
		// No space to cut at: leave room for the ellipsis.
		_, size := utf8.DecodeLastRuneInString(head)
		head = head[:len(head)-size]
	}
	return strings.TrimRight(head, " ,;:.-\u2013\u2014") + "\u2026"
}
