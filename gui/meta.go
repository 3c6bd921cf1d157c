package gui

import (
	"net/url"
	"strings"
	"unicode"
)

// This file writes the lines of metadata the window shows under titles —
// "S2 · The Courier · By Ana Ruiz · 26 Nov 2026 · 812 words" — from what
// the pages said about themselves, which is often nothing, or chrome taken
// for a byline ("By", "Follow Author", a date line).

// metaSep separates the parts of a line of metadata.
const metaSep = " · "

// metaLine joins the parts of a line of metadata with middle dots. A part
// that says nothing is left out, with its separator: an empty one, one of
// spaces and punctuation only ("·", "—", "|"), a bare "By", and a repeat of
// an earlier part (case aside). Inside a part, runs of white space become
// one space, and separators at its ends go.
func metaLine(parts ...string) string {
	var kept []string
	for _, p := range parts {
		p = strings.Join(strings.Fields(p), " ")
		p = strings.TrimFunc(p, isMetaPunct)
		if !hasWord(p) || isBareBy(p) {
			continue
		}
		dup := false
		for _, k := range kept {
			if strings.EqualFold(k, p) {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, metaSep)
}

// fitMeta joins, as metaLine does, as many of parts as fit in width —
// the first ones, which say most — so that a narrow pane shows "The
// Courier · 26 Nov 2026" rather than "The Courier · 26 Nov 2026 · 1,8…".
// When not even the first part fits, it is returned alone, for the label
// to cut.
func fitMeta(parts []string, width float32, measure func(string) float32) string {
	var kept []string
	for _, p := range parts {
		if p = metaLine(p); p != "" {
			kept = append(kept, p)
		}
	}
	for n := len(kept); n > 1; n-- {
		if s := metaLine(kept[:n]...); measure(s) <= width {
			return s
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return kept[0]
}

// isMetaPunct reports the characters a part of a line of metadata may not
// begin or end with: spaces and the separators pages put between fields.
// Closing and opening brackets and quotes are kept.
func isMetaPunct(r rune) bool {
	switch r {
	case '·', '•', '|', '-', '–', '—', ',', ';', ':', '/', '\\', '*', '~':
		return true
	}
	return unicode.IsSpace(r)
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// isBareBy reports a byline's "By" with no name after it.
func isBareBy(s string) bool {
	s = strings.ToLower(strings.TrimRight(s, ": "))
	return s == "by" || s == "par" || s == "von" || s == "por"
}

// bylineWords are the words that start a byline ("By Ana Ruiz", "Par …",
// "Von …", "Por …"), said once by bylineName.
var bylineWords = []string{"by", "par", "von", "por"}

// bylineVerbs are the words a byline's "by" may follow: "Written by".
var bylineVerbs = map[string]bool{"written": true, "reported": true, "posted": true, "words": true, "story": true, "text": true}

// bylinePlaceholders are bylines that name no one: page chrome and empty
// fields of publishing systems.
var bylinePlaceholders = map[string]bool{
	"author": true, "authors": true, "unknown": true, "unknown author": true, "follow": true,
	"follow author": true, "n/a": true, "none": true, "null": true, "undefined": true, "admin": true,
}

// months are the month names a byline's date line starts with, long and short.
var months = map[string]bool{}

func init() {
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		months[m], months[m[:3]] = true, true
	}
	months["sept"] = true
}

// bylineName writes an article's byline as "By NAME", or "" when it names
// no one: an empty byline, a bare "By", a placeholder ("Follow Author"), a
// date line ("Updated April 2, 2025 at 6:01 am"), or the outlet's own
// name again. A date that follows the name ("By Ana Ruiz March 3, 2025"),
// web addresses and the byline's own "By" are left out.
func bylineName(byline, site string) string {
	s := strings.Join(strings.Fields(byline), " ")
	// Web addresses, and the brackets that held them.
	var words []string
	for _, w := range strings.Fields(s) {
		if !strings.Contains(w, "://") && !strings.HasPrefix(strings.ToLower(w), "www.") {
			words = append(words, w)
		}
	}
	s = strings.ReplaceAll(strings.Join(words, " "), "()", "")
	// The date that ends a byline, or is all of it: cut at the first
	// digit, then the month names and "Updated" before it.
	if i := strings.IndexFunc(s, unicode.IsDigit); i >= 0 {
		s = s[:i]
		words = strings.Fields(s)
		for len(words) > 0 {
			last := strings.ToLower(strings.Trim(words[len(words)-1], ".,:;"))
			if !months[last] && last != "updated" && last != "published" && last != "posted" && last != "on" && last != "at" && last != "last" {
				break
			}
			words = words[:len(words)-1]
		}
		s = strings.Join(words, " ")
	}
	s = strings.TrimFunc(s, isMetaPunct)
	// The byline's own "By" ("Written by", "Reported by" too).
	if first, rest, ok := strings.Cut(s, " "); ok && bylineVerbs[strings.ToLower(first)] {
		if by, name, ok := strings.Cut(rest, " "); ok && strings.EqualFold(by, "by") {
			s = name
		}
	}
	if first, rest, ok := strings.Cut(s, " "); ok {
		for _, by := range bylineWords {
			if strings.EqualFold(strings.TrimRight(first, ":"), by) {
				s = strings.TrimFunc(rest, isMetaPunct)
				break
			}
		}
	}
	switch {
	case !hasWord(s), isBareBy(s), bylinePlaceholders[strings.ToLower(s)]:
		return ""
	case strings.EqualFold(s, strings.Join(strings.Fields(site), " ")):
		return ""
	}
	return "By " + clip(s, 80)
}

// outletName is where an article is from: the site's name or, for a page
// read from the web without one, its address's host ("example.com"). A
// site given as an address is shown as its host.
func outletName(site, path string) string {
	site = strings.Join(strings.Fields(site), " ")
	if host := webHost(site); host != "" {
		return host
	}
	if hasWord(site) {
		return clip(site, 80)
	}
	return webHost(path)
}

// webHost is the host of a web address without "www.", or "".
func webHost(path string) string {
	u, err := url.Parse(path)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// wordCount writes "812 words", "1 word"; "" when the count is unknown.
func wordCount(n int) string {
	if n <= 0 {
		return ""
	}
	return plural(n, "word", "words")
}

// articleTitle is an article's title as shown, never empty.
func articleTitle(title string) string {
	if t := strings.Join(strings.Fields(title), " "); t != "" {
		return t
	}
	return "Untitled article"
}
