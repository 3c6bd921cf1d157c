package gui

import (
	"strconv"
	"strings"
	"time"

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
// left out, with its separator (see metaLine).
func entryMeta(e library.Entry) string { return metaLine(entryMetaParts(e)...) }

// entryMetaParts are the parts of entryMeta, the most telling first.
func entryMetaParts(e library.Entry) []string {
	return []string{outletName(e.Site, e.Path), localDate(e.Date), wordCount(e.Words)}
}

// briefingMeta writes what the library shows under a briefing's name:
// "3 articles · exported 4 Dec 2026", "no articles · sample".
func briefingMeta(b library.Briefing) string { return metaLine(briefingMetaParts(b)...) }

// briefingMetaParts are the parts of briefingMeta, the most telling first.
func briefingMetaParts(b library.Briefing) []string {
	count := "no articles"
	if len(b.Articles) > 0 {
		count = plural(len(b.Articles), "article", "articles")
	}
	exported := ""
	if b.Exported != nil && !b.Exported.At.IsZero() {
		exported = "exported " + localDate(b.Exported.At.Local())
	}
	sample := ""
	if b.Sample {
		sample = "sample"
	}
	return []string{count, sample, exported}
}

// clip shortens s to at most n runes, on a word boundary, with an ellipsis.
// Its work is bounded by n, however long s is.
func clip(s string, n int) string {
	count, end := 0, len(s)
	for i := range s {
		if count == n {
			end = i
			break
		}
		count++
	}
	if end == len(s) {
		return s
	}
	cut := s[:end]
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
