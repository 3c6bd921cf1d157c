package load

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/briefing-app/briefing/brief"
)

// parseHTML keeps the article of a saved web page and drops the page chrome
// (navigation, adverts, comments, scripts) through readability, then turns
// the article's blocks into paragraphs.
func parseHTML(ctx context.Context, data []byte) (a *brief.Article, err error) {
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
	// The HTML parser's and readability's work grows with the depth of the
	// page's nesting times its size: deeper nesting than any page needs is
	// flattened first.
	text = boundNesting(text, maxNesting)
	if ctx.Err() != nil {
		return nil, errCancelled
	}
	// Parse the decoded page here rather than through readability.FromReader,
	// which guesses the encoding again from the bytes and could garble the
	// UTF-8 text this function has already decoded.
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("the page could not be parsed: %w", err)
	}
	if ctx.Err() != nil {
		return nil, errCancelled
	}
	// Readability strips the classes that name adverts and promotions, and
	// may keep a short advert inside the story: drop them first.
	dropChrome(root)
	parser := readability.NewParser()
	// Readability strips classes; keep those that say a block quote is not
	// the article's own quotation (see textWalker.walk).
	parser.ClassesToPreserve = append(parser.ClassesToPreserve, quoteBlockClasses...)
	doc, err := parser.ParseAndMutate(root, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNoArticle, err)
	}
	if doc.Node == nil {
		return nil, errNoArticle
	}
	if ctx.Err() != nil {
		return nil, errCancelled
	}
	w := &textWalker{}
	w.walk(doc.Node, false)
	w.flush()
	blocks := w.blocks
	title := brief.Normalize(strings.Join(strings.Fields(doc.Title()), " "))
	// Readability often keeps the headline as the first block: drop it there.
	if len(blocks) > 0 && strings.EqualFold(blocks[0], title) {
		blocks = blocks[1:]
	}
	a = brief.NewArticle(title, strings.Join(blocks, "\n\n"))
	a.Byline = brief.Normalize(strings.Join(strings.Fields(doc.Byline()), " "))
	a.Site = brief.Normalize(strings.Join(strings.Fields(doc.SiteName()), " "))
	if t, err := doc.PublishedTime(); err == nil {
		a.Date = t
	}
	if a.Words < 20 {
		return nil, errNoArticle
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
	if err := checkBinary(data); err != nil {
		return "", err
	}
	if mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
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
	// inQuote is set inside a <blockquote>: its paragraphs are someone's
	// words and get the quotation marks the page's layout stands for.
	inQuote bool
}

func (w *textWalker) flush() {
	s := brief.Normalize(strings.Join(strings.Fields(w.cur.String()), " "))
	if s != "" && (w.plain > 0 || brief.CountWords(s) > 25) && !adLabels[strings.ToLower(s)] {
		if w.inQuote {
			s = markQuote(s)
		}
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
		if skipTags[n.Data] || isChrome(n) {
			return
		}
		switch {
		case n.Data == "blockquote" && !w.inQuote:
			// A pull quote repeats the article; an embedded post keeps its
			// own attribution inside.
			if hasClass(n, quoteBlockClasses) {
				return
			}
			w.flush()
			// One or two paragraphs are someone's words; a longer block is
			// an excerpt of a document (a post, a report) told as such.
			w.inQuote = countBlocks(n) <= 2
			defer func() { w.flush(); w.inQuote = false }()
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

// adLabels are blocks that only label an advert.
var adLabels = map[string]bool{
	"advertisement": true, "advert": true, "ad": true, "sponsored": true, "sponsored content": true,
	"skip advertisement": true, "story continues below advertisement": true,
	"article continues below advertisement": true, "continue reading the main story": true,
}

// chromeWords are class and id words of page chrome that readability may
// leave inside an article: adverts, cookie notices, sharing buttons,
// newsletter sign-ups and lists of related stories.
var chromeWords = map[string]bool{
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "advertising": true,
	"dfp": true, "gpt": true, "sponsor": true, "sponsored": true, "promo": true, "outbrain": true, "taboola": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "newsletter": true, "subscribe": true,
	"paywall": true, "share": true, "sharing": true, "social": true, "related": true,
}

// chromeRoles are ARIA roles of page chrome.
var chromeRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true}

// isChrome reports an element that is page chrome by its class, id or role.
// A long element is kept whatever its name: a wrapper called "has-ads"
// around the whole story is not an advert.
func isChrome(n *html.Node) bool {
	named := false
	for _, at := range n.Attr {
		switch at.Key {
		case "role":
			named = named || chromeRoles[strings.ToLower(strings.TrimSpace(at.Val))]
		case "class", "id":
			named = named || nameHas(at.Val, chromeWords)
		}
	}
	return named && brief.CountWords(nodeText(n, 1000)) < 60
}

// nameHas reports a word of a class or id value ("top-ad-slot") in words.
func nameHas(val string, words map[string]bool) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(val), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if words[w] {
			return true
		}
	}
	return false
}

// dropChrome removes the elements under n that are adverts by their class
// or id (isAdvert), before readability strips the classes: an advert's
// slogan in quotation marks is no one's quote.
func dropChrome(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if c.Data != "body" && c.Data != "html" && isAdvert(c) {
				n.RemoveChild(c)
			} else {
				dropChrome(c)
			}
		}
		c = next
	}
}

// advertWords are the class and id words of adverts, dropped before
// readability runs (it strips classes).
var advertWords = map[string]bool{
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "advertising": true,
	"sponsored": true, "dfp": true,
}

// isAdvert reports a short element that is an advert by its class or id.
func isAdvert(n *html.Node) bool {
	named := false
	for _, at := range n.Attr {
		if at.Key == "class" || at.Key == "id" {
			named = named || nameHas(at.Val, advertWords)
		}
	}
	return named && fewElements(n, 40) && brief.CountWords(nodeText(n, 1000)) < 60
}

// fewElements reports that n holds fewer than limit elements: a wrapper
// around the page whose first thousand bytes of text are blank is no
// advert.
func fewElements(n *html.Node, limit int) bool {
	count := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if count++; count >= limit || !walk(c) {
					return false
				}
			}
		}
		return true
	}
	return walk(n)
}

// nodeText returns up to limit bytes of the text inside n, looking at no
// more than 4×limit nodes (an element with thousands of empty ones inside is
// not read to its end for each of its ancestors).
func nodeText(n *html.Node, limit int) string {
	var b strings.Builder
	visits := 4 * limit
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < limit && visits > 0; c = c.NextSibling {
			visits--
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
				b.WriteByte(' ')
			} else if c.Type == html.ElementNode && !skipTags[c.Data] {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// quoteBlockClasses mark block quotes that are not the article's own
// quotation: pull quotes repeat the story, embedded posts carry their own
// attribution. Readability keeps these classes (and strips all others), and
// the walker skips a block quote that has one.
var quoteBlockClasses = []string{"pullquote", "pull-quote", "pull_quote", "pull", "twitter-tweet", "tweet",
	"instagram-media", "embed", "embedded-post"}

// countBlocks counts the paragraphs (p, li, div, pre) inside n.
func countBlocks(n *html.Node) int {
	c := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode {
			continue
		}
		switch ch.Data {
		case "p", "li", "div", "pre":
			c++
		}
		c += countBlocks(ch)
	}
	return c
}

// hasClass reports an element with one of the given classes.
func hasClass(n *html.Node, classes []string) bool {
	for _, at := range n.Attr {
		if at.Key != "class" {
			continue
		}
		for _, c := range strings.Fields(strings.ToLower(at.Val)) {
			if slices.Contains(classes, c) {
				return true
			}
		}
	}
	return false
}

// markQuote puts a block quotation of five words or more that has no
// quotation marks of its own inside curly quotes: a block quote in a news
// page (testimony, a statement, a post) is someone's words.
func markQuote(s string) string {
	if strings.ContainsAny(s, "\"\u201c\u201d\u00ab\u00bb") || brief.CountWords(s) < 5 {
		return s
	}
	// Prose only: not a note in brackets ("[figure SG07: …]"), a list
	// fragment or a line of code.
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) || !strings.ContainsRune(".!?\u2026", last) {
		return s
	}
	return "\u201c" + s + "\u201d"
}
