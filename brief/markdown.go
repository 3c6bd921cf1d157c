package brief

import (
	"strings"
)

// parseMarkdown reads a Markdown article: the first top-level heading (or a
// front-matter title) becomes the title; other headings and paragraphs stay
// paragraphs; emphasis, links, images, inline code, list and quote markers,
// HTML tags and fenced code blocks are removed.
func parseMarkdown(text string) *Article {
	lines := strings.Split(text, "\n")
	title := ""
	// Front matter: a leading block between "---" lines.
	if len(lines) > 2 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			l := strings.TrimSpace(lines[i])
			if l == "---" || l == "..." {
				lines = lines[i+1:]
				break
			}
			if k, v, ok := strings.Cut(l, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "title") {
				title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		}
	}
	var blocks []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			if s := strings.TrimSpace(strings.Join(cur, " ")); s != "" {
				blocks = append(blocks, s)
			}
			cur = cur[:0]
		}
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
		case strings.HasPrefix(l, "#"):
			flush()
			level := len(l) - len(strings.TrimLeft(l, "#"))
			h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(l[level:]), "#"))
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
	return newArticle(title, strings.Join(blocks, "\n\n"))
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
		if k := strings.IndexByte(s[j+1:], ')'); k > 0 {
			return text, j + 1 + k + 1, true
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
