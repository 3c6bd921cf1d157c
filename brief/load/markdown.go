package load

import (
	"bufio"
	"bytes"
	"fmt"
	stdhtml "html"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/briefing-app/briefing/brief"
)

// markdown is goldmark's CommonMark parser with GitHub's extensions
// (tables, strikethrough, task lists, bare web addresses) and footnotes. It
// keeps no state between documents, so one serves every load.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote)).Parser()

// lineEnds turns Windows and old Mac line ends into "\n", the only one
// goldmark splits lines at.
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// parseMarkdown reads a Markdown article, decoded but not normalised: the
// first top-level heading (or a front-matter title) becomes the title, and
// the front matter's author and date the byline and date. goldmark parses
// the rest; its headings, paragraphs, list items, table cells and footnotes
// become paragraphs of normalised plain text (emphasis, links and code
// spans keep their text; images and footnote marks go), a short block quote
// gets quotation marks (see markQuote), and the text of an HTML block is
// read as a web page's is. Code blocks and rules are dropped.
func parseMarkdown(src string) (a *brief.Article, err error) {
	// goldmark is third-party code run on untrusted input: a bug there must
	// become an error for this file, not a crash.
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("the Markdown could not be parsed: %v", r)
		}
	}()
	meta, lines := frontMatter(strings.Split(lineEnds.Replace(src), "\n"))
	w := &mdWalker{src: []byte(strings.Join(lines, "\n")), title: oneLine(meta["title"])}
	w.block(markdown.Parse(text.NewReader(w.src)), false)
	blocks, title := w.blocks, w.title
	if title == "" && len(blocks) > 1 && isHeadline(blocks[0]) {
		title = blocks[0]
		blocks = blocks[1:]
	}
	a = brief.NewArticle(title, strings.Join(blocks, "\n\n"))
	a.Byline = inlineMarkdown(meta["author"])
	if a.Byline == "" {
		a.Byline = inlineMarkdown(meta["byline"])
	}
	for _, key := range []string{"date", "published", "publishdate"} {
		if t, ok := parseDate(meta[key]); ok {
			a.Date = t
			break
		}
	}
	return a, nil
}

// mdWalker collects the paragraphs of a goldmark document.
type mdWalker struct {
	src    []byte
	blocks []string
	// title is the front matter's title, else the first level-one heading
	// that opens the document.
	title string
}

// block walks a block node; quoted is set inside a block quote that is
// someone's words.
func (w *mdWalker) block(n ast.Node, quoted bool) {
	switch n := n.(type) {
	case *ast.Heading:
		h := w.inline(n)
		if h == "" {
			return
		}
		if n.Level == 1 && w.title == "" && len(w.blocks) == 0 && n.Parent().Kind() == ast.KindDocument {
			w.title = h
			return
		}
		w.blocks = append(w.blocks, h)
	case *ast.Paragraph, *ast.TextBlock, *extast.TableCell:
		if s := w.inline(n); s != "" {
			if quoted {
				s = markQuote(s)
			}
			w.blocks = append(w.blocks, s)
		}
	case *ast.Blockquote:
		// One or two paragraphs are someone's words; a longer block is an
		// excerpt of a document, as in a web page (see textWalker.walk).
		quoted = quoted || countParagraphs(n) <= 2
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c, quoted)
		}
	case *ast.HTMLBlock:
		w.html(n)
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.ThematicBreak:
		// Code and rules are no prose.
	default: // the document, lists, list items, tables and their rows
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c, quoted)
		}
	}
}

// inline returns the plain text of a block's inline content, normalised, on
// one line.
func (w *mdWalker) inline(n ast.Node) string {
	var b strings.Builder
	w.inlineText(&b, n)
	return oneLine(b.String())
}

// oneLine normalises s (see brief.Normalize) and puts it on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(brief.Normalize(s)), " ")
}

func (w *mdWalker) inlineText(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.IsRaw() {
				b.Write(c.Segment.Value(w.src))
			} else {
				b.WriteString(plainText(c.Segment.Value(w.src)))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			if c.IsRaw() || c.IsCode() {
				b.Write(c.Value)
			} else {
				b.WriteString(plainText(c.Value))
			}
		case *ast.AutoLink:
			b.Write(c.Label(w.src))
		case *ast.Image, *ast.RawHTML, *extast.TaskCheckBox, *extast.FootnoteLink, *extast.FootnoteBacklink:
			// An image's text describes a picture; tags, boxes and
			// footnote marks are markup.
		default: // emphasis, links, code spans, strikethrough: their text
			w.inlineText(b, c)
		}
	}
}

// html reads the text of an HTML block as a web page's text is read: a
// paragraph of prose stays, a script, a form or an embedded post goes.
func (w *mdWalker) html(n *ast.HTMLBlock) {
	var src bytes.Buffer
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		src.Write(seg.Value(w.src))
	}
	if n.HasClosure() {
		src.Write(n.ClosureLine.Value(w.src))
	}
	root, err := html.Parse(&src)
	if err != nil {
		return
	}
	hw := &textWalker{}
	hw.walk(root, false)
	hw.flush()
	w.blocks = append(w.blocks, hw.blocks...)
}

// countParagraphs counts the paragraphs (and list items' text) inside n.
func countParagraphs(n ast.Node) int {
	c := 0
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch.Kind() {
		case ast.KindParagraph, ast.KindTextBlock:
			c++
		}
		c += countParagraphs(ch)
	}
	return c
}

// plainText resolves the backslash escapes and the entity and character
// references of Markdown text ("AT&amp;T" is "AT&T", "\*" is "*"), exactly
// as goldmark's HTML renderer does, without the HTML.
func plainText(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	gmhtml.DefaultWriter.Write(bw, v)
	bw.Flush()
	return stdhtml.UnescapeString(buf.String())
}

// inlineMarkdown returns the plain text of a short piece of Markdown (a
// front-matter value such as "[Tom Ellery](https://…)").
func inlineMarkdown(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	w := &mdWalker{src: []byte(s), title: s} // a title set: a heading is text
	w.block(markdown.Parse(text.NewReader(w.src)), false)
	return strings.Join(w.blocks, " ")
}

// frontMatter reads a leading YAML block between "---" lines (closed by
// "---" or "...") and returns its simple "key: value" pairs, keys in lower
// case, and the lines after it. Without a closing line there is no front
// matter: the lines come back whole. (CommonMark has no front matter:
// goldmark would read the block as a rule and a heading.)
func frontMatter(lines []string) (map[string]string, []string) {
	if len(lines) < 3 || strings.TrimSpace(lines[0]) != "---" {
		return nil, lines
	}
	meta := map[string]string{}
	for i := 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "---" || l == "..." {
			return meta, lines[i+1:]
		}
		if k, v, ok := strings.Cut(l, ":"); ok && !strings.HasPrefix(lines[i], " ") {
			v = strings.TrimSpace(v)
			if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
				v = v[1 : len(v)-1]
			}
			meta[strings.ToLower(strings.TrimSpace(k))] = v
		}
	}
	return nil, lines
}

// parseDate reads the dates front matter uses: "2024-02-09",
// "2024-02-09 14:30" or a full RFC 3339 time.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
