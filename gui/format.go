package gui

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
)

// plural writes "1 article", "3 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands writes 12345 as "12,345".
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// roundDuration writes a duration the way a person reads it: "35 ms", "1.2 s".
func roundDuration(d time.Duration) string {
	if d < time.Second {
		return strconv.Itoa(int(d.Milliseconds())) + " ms"
	}
	return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + " s"
}

// formatDate writes a date as "26 Nov 2026".
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}

// citeLabel writes a citation as the briefing does: "[S1:4]" (the sentence
// counted from 1).
func citeLabel(c brief.Cite) string {
	if c.Source == "" {
		return ""
	}
	if c.Sentence < 0 {
		return "[" + c.Source + "]"
	}
	return "[" + c.Source + ":" + strconv.Itoa(c.Sentence+1) + "]"
}

// entryMeta writes what the library shows under an article's title:
// "The Courier · 26 Nov 2026 · 812 words", the outlet being the site's name
// or, for a page read from the web without one, its address's host; the
// date in the user's order (see localDate). A field the article lacks is
// left out, with its separator.
func entryMeta(e library.Entry) string {
	var parts []string
	if site := strings.Join(strings.Fields(e.Site), " "); site != "" {
		parts = append(parts, site)
	} else if host := webHost(e.Path); host != "" {
		parts = append(parts, host)
	}
	if d := localDate(e.Date); d != "" {
		parts = append(parts, d)
	}
	if e.Words > 0 {
		parts = append(parts, plural(e.Words, "word", "words"))
	}
	return strings.Join(parts, " · ")
}

// briefingMeta writes what the library shows under a briefing's name:
// "3 articles · exported 4 Dec 2026".
func briefingMeta(b library.Briefing) string {
	parts := []string{plural(len(b.Articles), "article", "articles")}
	if b.Sample {
		parts = append(parts, "sample")
	}
	if b.Exported != nil {
		parts = append(parts, "exported "+localDate(b.Exported.At.Local()))
	}
	return strings.Join(parts, " · ")
}

// webHost is the host of a web address without "www.", or "".
func webHost(path string) string {
	u, err := url.Parse(path)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// clip shortens s to at most n runes, on a word boundary, with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
