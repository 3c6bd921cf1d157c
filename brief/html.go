package brief

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// parseHTML keeps the article of a saved web page and drops the page chrome
// (navigation, adverts, comments, scripts) through readability, then turns
// the article's blocks into paragraphs.
func parseHTML(data []byte) (a *Article, err error) {
	// The HTML parser and readability are third-party code run on untrusted
	// input: a bug there must become an error for this file, not a crash.
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("the page could not be parsed: %v", r)
		}
	}()
	text, err := decodeHTML(data)
	if err != nil {
		return nil, err
	}
	doc, err := readability.FromReader(strings.NewReader(text), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoArticle, err)
	}
	if doc.Node == nil {
		return nil, ErrNoArticle
	}
	w := &textWalker{}
	w.walk(doc.Node, false)
	w.flush()
	blocks := w.blocks
	title := Normalize(strings.Join(strings.Fields(doc.Title()), " "))
	// Readability often keeps the headline as the first block: drop it there.
	if len(blocks) > 0 && strings.EqualFold(blocks[0], title) {
		blocks = blocks[1:]
	}
	a = newArticle(title, strings.Join(blocks, "\n\n"))
	a.Byline = Normalize(strings.Join(strings.Fields(doc.Byline()), " "))
	a.Site = Normalize(strings.Join(strings.Fields(doc.SiteName()), " "))
	if t, err := doc.PublishedTime(); err == nil {
		a.Date = t
	}
	if a.Words < 20 {
		return nil, ErrNoArticle
	}
	return a, nil
}

// decodeHTML returns the page as UTF-8: bytes that are valid UTF-8 are kept,
// otherwise the encoding the page declares (or Windows-1252) is used.
func decodeHTML(data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return decodeText(data)
	}
	if looksBinary(data) {
		return "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	return decodeWith(enc, data)
}

// blockTags end a paragraph; skipTags hold no article prose (captions and
// credits of figures, forms, asides left in by readability).
var (
	blockTags = map[string]bool{
		"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
		"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
		"section": true, "article": true, "header": true, "footer": true, "table": true, "tr": true,
		"td": true, "th": true, "pre": true, "hr": true, "main": true, "aside": true, "address": true,
	}
	skipTags = map[string]bool{
		"script": true, "style": true, "noscript": true, "figure": true, "figcaption": true,
		"form": true, "button": true, "nav": true, "svg": true, "iframe": true, "select": true,
		"textarea": true, "template": true, "head": true, "object": true, "video": true, "audio": true,
	}
)

// textWalker turns the article's HTML into paragraphs of text.
type textWalker struct {
	blocks []string
	cur    strings.Builder
	// plain counts the letters of the current block that are not inside a
	// link: a block made only of links is a list of related articles.
	plain int
}

func (w *textWalker) flush() {
	s := Normalize(strings.Join(strings.Fields(w.cur.String()), " "))
	if s != "" && (w.plain > 0 || countWords(s) > 25) {
		w.blocks = append(w.blocks, s)
	}
	w.cur.Reset()
	w.plain = 0
}

func (w *textWalker) walk(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if !inLink {
			for _, r := range n.Data {
				if unicode.IsLetter(r) {
					w.plain++
				}
			}
		}
		return
	case html.ElementNode:
		if skipTags[n.Data] {
			return
		}
		switch {
		case blockTags[n.Data]:
			w.flush()
			defer w.flush()
		case n.Data == "img" || n.Data == "input":
			w.cur.WriteByte(' ')
			return
		case n.Data == "a":
			inLink = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inLink)
	}
}
