package load

import (
	"strings"
	"time"

	"github.com/briefing-app/briefing/brief"
)

// parseMarkdown reads a Markdown article: the first top-level heading (or a
// front-matter title) becomes the title, and the front matter's author and
// date the byline and date; other headings and paragraphs stay paragraphs;
// emphasis, links, images, inline code, list and quote markers, HTML tags and
// fenced code blocks are removed.
func parseMarkdown(text string) *brief.Article {
	lines := strings.Split(text, "\n")
	meta, lines := frontMatter(lines)
	title := meta["title"]
	var blocks []string
	var cur []string
	quoted := false // the paragraph is a block quote ("> …")
	flush := func() {
		if len(cur) > 0 {
			if s := strings.TrimSpace(strings.Join(cur, " ")); s != "" {
				if quoted {
					s = markQuote(s)
				}
				blocks = append(blocks, s)
			}
			cur = cur[:0]
		}
		quoted = false
	}
	fence := ""
	for _, raw := range lines {
		l := strings.TrimSpace(raw)
		if fence != "" {
			if strings.HasPrefix(l, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			flush()
			fence = l[:3]
			continue
		}
		switch {
		case l == "":
			flush()
			continue
		case isRule(l):
			flush()
			continue
		case isLinkDefinition(l):
			continue
		case isATXHeading(l):
			flush()
			level := len(l) - len(strings.TrimLeft(l, "#"))
			h := strings.TrimSpace(l[level:])
			// An optional closing run of "#" after a space.
			if t := strings.TrimRight(h, "#"); t == "" || strings.HasSuffix(t, " ") {
				h = strings.TrimSpace(t)
			}
			h = stripInline(h)
			if h == "" {
				continue
			}
			if level == 1 && title == "" && len(blocks) == 0 {
				title = h
				continue
			}
			blocks = append(blocks, h)
			continue
		case len(blocks) > 0 || len(cur) > 0:
			// Setext headings: a line of === or --- under text.
			if strings.Trim(l, "=") == "" || strings.Trim(l, "-") == "" {
				if len(cur) > 0 {
					h := stripInline(strings.Join(cur, " "))
					cur = cur[:0]
					if title == "" && len(blocks) == 0 && l[0] == '=' {
						title = h
					} else {
						blocks = append(blocks, h)
					}
				}
				continue
			}
		}
		// Block quotes and list items.
		if strings.HasPrefix(l, ">") && len(cur) == 0 {
			quoted = true
		}
		for strings.HasPrefix(l, ">") {
			l = strings.TrimSpace(l[1:])
		}
		if item, ok := listItem(l); ok {
			flush()
			l = item
		}
		cur = append(cur, stripInline(l))
	}
	flush()
	if title == "" && len(blocks) > 1 && isHeadline(blocks[0]) {
		title = blocks[0]
		blocks = blocks[1:]
	}
	a := brief.NewArticle(title, strings.Join(blocks, "\n\n"))
	a.Byline = stripInline(meta["author"])
	if a.Byline == "" {
		a.Byline = stripInline(meta["byline"])
	}
	for _, key := range []string{"date", "published", "publishdate"} {
		if t, ok := parseDate(meta[key]); ok {
			a.Date = t
			break
		}
	}
	return a
}

// frontMatter reads a leading YAML block between "---" lines (closed by
// "---" or "...") and returns its simple "key: value" pairs, keys in lower
// case, and the lines after it. Without a closing line there is no front
// matter: the lines come back whole.
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

// isATXHeading reports a heading line: one to six "#" then a space or the
// end of the line ("#hashtag" and "#1" are text).
func isATXHeading(l string) bool {
	n := len(l) - len(strings.TrimLeft(l, "#"))
	return n >= 1 && n <= 6 && (n == len(l) || l[n] == ' ')
}

func isRule(l string) bool {
	if len(l) < 3 {
		return false
	}
	c := l[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	for i := 0; i < len(l); i++ {
		if l[i] != c && l[i] != ' ' {
			return false
		}
	}
	return true
}

// isLinkDefinition reports a reference-link definition: "[id]: http://…".
func isLinkDefinition(l string) bool {
	if !strings.HasPrefix(l, "[") {
		return false
	}
	i := strings.Index(l, "]:")
	return i > 0 && !strings.Contains(l[:i], " ")
}

// listItem strips a list marker ("- ", "* ", "+ ", "1. ", "1) ").
func listItem(l string) (string, bool) {
	if len(l) > 2 && (l[0] == '-' || l[0] == '*' || l[0] == '+') && l[1] == ' ' {
		return strings.TrimSpace(l[2:]), true
	}
	i := 0
	for i < len(l) && i < 4 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' ' {
		return strings.TrimSpace(l[i+2:]), true
	}
	return l, false
}

// stripInline removes inline Markdown: images, links (keeping their text),
// emphasis markers, inline code ticks, HTML tags and backslash escapes.
func stripInline(s string) string {
	if !strings.ContainsAny(s, "*_`[!<\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>\"'", s[i+1]) >= 0 {
				b.WriteByte(s[i+1])
				i++
				continue
			}
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				if _, end, ok := linkAt(s, i+1); ok {
					i = end - 1 // images are dropped
					continue
				}
			}
		case '[':
			if text, end, ok := linkAt(s, i); ok {
				b.WriteString(stripInline(text))
				i = end - 1
				continue
			}
		case '`':
			continue
		case '*', '_':
			// An emphasis marker touches a word on one side and not on the
			// other; an underscore inside a word (snake_case) is kept.
			prev := byte(' ')
			if i > 0 {
				prev = s[i-1]
			}
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			next := byte(' ')
			if j < len(s) {
				next = s[j]
			}
			if c == '_' && isWordByte(prev) && isWordByte(next) {
				b.WriteString(s[i:j])
				i = j - 1
				continue
			}
			if prev == ' ' && next == ' ' {
				b.WriteString(s[i:j]) // a lone "*" between spaces is text
				i = j - 1
				continue
			}
			i = j - 1
			continue
		case '<':
			if end := strings.IndexByte(s[i:], '>'); end > 0 && isTag(s[i+1:i+end]) {
				i += end
				continue
			}
		}
		b.WriteByte(c)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// linkAt parses "[text](url)" or "[text][ref]" at s[i] and returns the text
// and the offset just past the link.
func linkAt(s string, i int) (text string, end int, ok bool) {
	depth := 0
	j := i
	for ; j < len(s); j++ {
		if s[j] == '[' {
			depth++
		} else if s[j] == ']' {
			depth--
			if depth == 0 {
				break
			}
		}
	}
	if j >= len(s) {
		return "", 0, false
	}
	text = s[i+1 : j]
	if j+1 < len(s) && s[j+1] == '(' {
		// The URL may hold balanced brackets: (https://…/Port_(Marlow)).
		depth := 0
		for k := j + 1; k < len(s); k++ {
			switch s[k] {
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					return text, k + 1, true
				}
			}
		}
	}
	if j+1 < len(s) && s[j+1] == '[' {
		if k := strings.IndexByte(s[j+1:], ']'); k > 0 {
			return text, j + 1 + k + 1, true
		}
	}
	return "", 0, false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// isTag reports whether the inside of <…> looks like an HTML tag.
func isTag(in string) bool {
	in = strings.TrimPrefix(in, "/")
	if in == "" {
		return false
	}
	c := in[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '!'
}
