package load

import (
	"io"
	"strings"

	"golang.org/x/net/html"
)

// maxNesting is how deeply a page's elements may nest before the deeper
// ones are flattened. Pages nest 15 to 40 elements deep (the deepest of
// readability's test pages and the labelled news pages: 40); the HTML
// parser's work and readability's grow with the depth times the size of a
// page, so 100,000 nested <div>s once took a quarter of an hour.
const maxNesting = 128

// nestingLookback is how far down the open elements an end tag (or a tag
// that closes an open one) is looked for: far enough for any page, and
// bounded, so that a stray end tag costs the same at any depth.
const nestingLookback = 256

// voidElements have no end tag and hold nothing.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "keygen": true, "link": true, "meta": true, "param": true, "source": true,
	"track": true, "wbr": true,
}

// rawTextElements hold text that is not the page's prose (scripts, styles)
// or not markup (a title, a text area): the tokenizer reads their content
// as one text token.
var rawTextElements = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true, "iframe": true,
	"noembed": true, "noframes": true, "noscript": true, "plaintext": true,
}

// closesP are the start tags that close an open <p>, as the HTML parser
// does (a paragraph ends where a block begins).
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "center": true, "details": true,
	"dialog": true, "dir": true, "div": true, "dl": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "header": true, "hgroup": true, "hr": true, "main": true, "menu": true,
	"nav": true, "ol": true, "p": true, "pre": true, "section": true, "summary": true, "table": true,
	"ul": true, "li": true, "dd": true, "dt": true,
}

// closesSame are elements that a start tag of the same kind (or of one of
// its kind) closes: list items, table cells and rows, options.
var closesSame = map[string][]string{
	"li": {"li"}, "dd": {"dd", "dt"}, "dt": {"dd", "dt"}, "td": {"td", "th"}, "th": {"td", "th"},
	"tr": {"tr"}, "option": {"option"}, "optgroup": {"optgroup", "option"},
}

// Scopes, as the HTML parser has them: the elements that stop the search
// for an open element to close. A list item does not close one of an
// outer list, nor a cell one of an outer table.
var (
	defaultScope = map[string]bool{
		"applet": true, "caption": true, "html": true, "table": true, "td": true, "th": true,
		"marquee": true, "object": true, "template": true,
	}
	listItemScope = union(defaultScope, "ol", "ul")
	buttonScope   = union(defaultScope, "button")
	tableScope    = map[string]bool{"html": true, "table": true, "template": true}
)

// union returns the scope s with more elements.
func union(s map[string]bool, more ...string) map[string]bool {
	u := map[string]bool{}
	for k := range s {
		u[k] = true
	}
	for _, k := range more {
		u[k] = true
	}
	return u
}

// tableParts are closed within a table's scope.
var tableParts = map[string]bool{
	"table": true, "tbody": true, "thead": true, "tfoot": true, "tr": true, "td": true, "th": true,
	"caption": true, "colgroup": true,
}

// formatting are the elements the HTML parser opens again after the block
// that closed them ("reconstructs"), so that an unclosed <b> goes on
// making the text after it bold: they are counted open until their own end
// tag.
var formatting = map[string]bool{
	"a": true, "b": true, "big": true, "code": true, "em": true, "font": true, "i": true, "nobr": true,
	"s": true, "small": true, "strike": true, "strong": true, "tt": true, "u": true,
}

// boundNesting returns page with no element nested deeper than about max:
// the start and end tags of deeper elements are dropped (a block
// element's become <br>, so that its text stays a paragraph of its own),
// their text is kept in place. A page that nests no deeper is returned as
// it is, byte for byte.
//
// The depth is counted from the tags the way the HTML parser nests them,
// erring on the deep side: void elements, the implied ends of paragraphs,
// list items, cells and options are followed; an end tag closes what is
// open above its element, but a formatting element (<b>, <a>…) stays
// counted until its own end tag, since the parser opens it again after;
// html, head and body, which the parser never nests, are not counted. The
// tables' implied tbody and tr, which are not counted, can make the parsed
// page deeper than max, by at most a third. The work is linear in the
// size of the page.
func boundNesting(page string, max int) string {
	type open struct {
		name    string
		emitted bool
	}
	var (
		stack   []open
		out     *strings.Builder // nil until the first tag is dropped
		pos     int              // bytes of page read so far
		skipRaw bool             // the text of a dropped script or style goes too
		foreign int              // open <svg> and <math>: there "<x/>" closes
		// openCount counts the open elements by name: most searches
		// end at once, for there is none open.
		openCount = map[string]int{}
	)
	emit := func(raw []byte) {
		if out != nil {
			out.Write(raw)
		}
	}
	drop := func(raw []byte, block bool) {
		if out == nil {
			out = &strings.Builder{}
			out.Grow(len(page))
			out.WriteString(page[:pos-len(raw)])
		}
		if block {
			out.WriteString("<br>")
		} else {
			out.WriteByte(' ')
		}
	}
	// find returns the index of the nearest open element named one of
	// names, looking no further than nestingLookback and stopping at an
	// element of scope (nil: none); -1 when there is none.
	find := func(scope map[string]bool, names ...string) int {
		someOpen := false
		for _, n := range names {
			someOpen = someOpen || openCount[n] > 0
		}
		if !someOpen {
			return -1
		}
		for i := len(stack) - 1; i >= 0 && i >= len(stack)-nestingLookback; i-- {
			for _, n := range names {
				if stack[i].name == n {
					return i
				}
			}
			if scope[stack[i].name] {
				return -1
			}
		}
		return -1
	}
	// closeAt closes the element at i and those above it, but for the
	// formatting elements above it, which stay open.
	closeAt := func(i int) {
		kept := i
		for j := i; j < len(stack); j++ {
			o := stack[j]
			if j > i && formatting[o.name] {
				stack[kept] = o
				kept++
				continue
			}
			openCount[o.name]--
			if o.name == "svg" || o.name == "math" {
				foreign--
			}
		}
		stack = stack[:kept]
	}
	// remove closes the element at i alone.
	remove := func(i int) {
		openCount[stack[i].name]--
		stack = append(stack[:i], stack[i+1:]...)
	}
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				return page
			}
			break
		}
		raw := z.Raw()
		pos += len(raw)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			nameBytes, _ := z.TagName()
			name := string(nameBytes)
			if voidElements[name] || name == "html" || name == "head" || name == "body" ||
				tt == html.SelfClosingTagToken && foreign > 0 {
				emit(raw)
				continue
			}
			if closesP[name] {
				if i := find(buttonScope, "p"); i >= 0 {
					closeAt(i)
				}
			}
			if same := closesSame[name]; same != nil {
				scope := listItemScope
				if tableParts[name] {
					scope = tableScope
				}
				if i := find(scope, same...); i >= 0 {
					closeAt(i)
				}
			}
			if name == "a" {
				if i := find(nil, "a"); i >= 0 {
					remove(i)
				}
			}
			o := open{name: name, emitted: len(stack) < max}
			stack = append(stack, o)
			openCount[name]++
			if name == "svg" || name == "math" {
				foreign++
			}
			if o.emitted {
				emit(raw)
			} else {
				drop(raw, blockTags[name])
				skipRaw = rawTextElements[name]
			}
		case html.EndTagToken:
			nameBytes, _ := z.TagName()
			name := string(nameBytes)
			scope := defaultScope
			switch {
			case formatting[name]:
				scope = nil
			case tableParts[name]:
				scope = tableScope
			case name == "li":
				scope = listItemScope
			}
			i := find(scope, name)
			emitted := i < 0 || stack[i].emitted
			switch {
			case i < 0:
			case formatting[name]:
				remove(i)
			default:
				closeAt(i)
			}
			if emitted {
				emit(raw) // an end tag of nothing open is left to the parser
			} else {
				drop(raw, blockTags[name])
			}
			skipRaw = false
		case html.TextToken:
			if skipRaw {
				drop(raw, false)
				continue
			}
			emit(raw)
		default: // comments, doctypes
			emit(raw)
		}
	}
	if out == nil {
		return page
	}
	return out.String()
}
