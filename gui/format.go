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
// "The Courier · 26 Nov 2026 · 812 words".
func entryMeta(e library.Entry) string {
	var parts []string
	if e.Site != "" {
		parts = append(parts, e.Site)
	}
	if d := formatDate(e.Date); d != "" {
		parts = append(parts, d)
	}
	parts = append(parts, plural(e.Words, "word", "words"))
	return strings.Join(parts, " · ")
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
