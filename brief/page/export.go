package page

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// The text exports: Markdown and plain text for pasting into an email or a
// document, JSON for other programs. Each exports the briefing it is called
// on: the one-page cut when called on what FitOnePage returns, with a line
// saying how many items were cut.

// Markdown renders the briefing as Markdown: the title as a heading, a
// section per part, [n] citations and the numbered sources at the end.
func (b *Briefing) Markdown() string {
	var w strings.Builder
	fmt.Fprintf(&w, "# %s\n\n", mdEscape(b.Title))
	fmt.Fprintf(&w, "*%s*\n", mdEscape(b.dateLine()))
	if len(b.Sources) == 0 {
		w.WriteString("\nNo articles: this briefing is empty.\n")
		return w.String()
	}
	if len(b.BottomLine) > 0 {
		w.WriteString("\n## Bottom line\n\n")
		var parts []string
		for _, l := range b.BottomLine {
			parts = append(parts, mdEscape(l.Text)+plainCite(l.Cites))
		}
		w.WriteString(strings.Join(parts, " ") + "\n")
	}
	b.eachSection(func(name string, n int) {
		fmt.Fprintf(&w, "\n## %s\n\n", name)
		if n == 0 {
			w.WriteString("None found.\n")
		}
	}, func() {
		w.WriteString("\nNothing found: no actors, commitments, open disputes or direct quotes in these articles.\n")
	}, itemWriters{
		actor: func(a brief.Actor) {
			fmt.Fprintf(&w, "- **%s**", mdEscape(a.Name))
			if a.Role != "" {
				fmt.Fprintf(&w, ", %s", mdEscape(a.Role))
			}
			w.WriteString(plainCite(a.Cites[:min(len(a.Cites), 1)]))
			if a.Stance != "" {
				fmt.Fprintf(&w, " — %s", mdEscape(a.Stance))
			}
			w.WriteString("\n")
		},
		commitment: func(c brief.Commitment) {
			w.WriteString("- ")
			if c.Actor != "" {
				fmt.Fprintf(&w, "**%s:** ", mdEscape(c.Actor))
			}
			w.WriteString(mdEscape(c.Text))
			if c.Strength == brief.Hedged {
				w.WriteString(" *(hedged)*")
			}
			w.WriteString(plainCite(c.Cites) + "\n")
		},
		dispute: func(d brief.Dispute) {
			w.WriteString("- ")
			if len(d.Parties) > 0 {
				fmt.Fprintf(&w, "**%s:** ", mdEscape(strings.Join(d.Parties, " vs ")))
			}
			w.WriteString(mdEscape(d.Text) + plainCite(d.Cites) + "\n")
		},
		quote: func(q brief.Quote) {
			fmt.Fprintf(&w, "> “%s” — ", mdEscape(quoteBody(q.Text)))
			if q.Speaker != "" {
				fmt.Fprintf(&w, "**%s**", mdEscape(q.Speaker))
			} else {
				w.WriteString("*unattributed*")
			}
			w.WriteString(plainCite(q.Cites) + "\n\n")
		},
	})
	if b.Omitted > 0 {
		fmt.Fprintf(&w, "\n*+%d more %s not shown.*\n", b.Omitted, nounFor(b.Omitted, "item", "items"))
	}
	w.WriteString("\n## Sources\n\n")
	for i, s := range b.Sources {
		fmt.Fprintf(&w, "%d. %s\n", i+1, mdEscape(sourceLine(s)))
	}
	return strings.ReplaceAll(w.String(), "\n\n\n", "\n\n")
}

// PlainText renders the briefing as plain text: the title underlined,
// sections in capitals, one item a line, no hard wrapping (mail programs
// wrap lines themselves).
func (b *Briefing) PlainText() string {
	var w strings.Builder
	fmt.Fprintf(&w, "%s\n%s\n%s\n", b.Title, strings.Repeat("=", max(utf8.RuneCountInString(b.Title), 1)), b.dateLine())
	if len(b.Sources) == 0 {
		w.WriteString("\nNo articles: this briefing is empty.\n")
		return w.String()
	}
	if len(b.BottomLine) > 0 {
		w.WriteString("\nBOTTOM LINE\n")
		var parts []string
		for _, l := range b.BottomLine {
			parts = append(parts, l.Text+plainCite(l.Cites))
		}
		w.WriteString(strings.Join(parts, " ") + "\n")
	}
	b.eachSection(func(name string, n int) {
		fmt.Fprintf(&w, "\n%s\n", strings.ToUpper(name))
		if n == 0 {
			w.WriteString("None found.\n")
		}
	}, func() {
		w.WriteString("\nNothing found: no actors, commitments, open disputes or direct quotes in these articles.\n")
	}, itemWriters{
		actor: func(a brief.Actor) {
			w.WriteString("- " + a.Name)
			if a.Role != "" {
				w.WriteString(", " + a.Role)
			}
			w.WriteString(plainCite(a.Cites[:min(len(a.Cites), 1)]) + "\n")
			if a.Stance != "" {
				w.WriteString("  " + a.Stance + "\n")
			}
		},
		commitment: func(c brief.Commitment) {
			w.WriteString("- ")
			if c.Actor != "" {
				w.WriteString(c.Actor + ": ")
			}
			w.WriteString(c.Text)
			if c.Strength == brief.Hedged {
				w.WriteString(" (hedged)")
			}
			w.WriteString(plainCite(c.Cites) + "\n")
		},
		dispute: func(d brief.Dispute) {
			w.WriteString("- ")
			if len(d.Parties) > 0 {
				w.WriteString(strings.Join(d.Parties, " vs ") + ": ")
			}
			w.WriteString(d.Text + plainCite(d.Cites) + "\n")
		},
		quote: func(q brief.Quote) {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "unattributed"
			}
			fmt.Fprintf(&w, "- “%s” — %s%s\n", quoteBody(q.Text), speaker, plainCite(q.Cites))
		},
	})
	if b.Omitted > 0 {
		fmt.Fprintf(&w, "\n+%d more %s not shown.\n", b.Omitted, nounFor(b.Omitted, "item", "items"))
	}
	w.WriteString("\nSOURCES\n")
	for i, s := range b.Sources {
		fmt.Fprintf(&w, "[%d] %s\n", i+1, sourceLine(s))
	}
	return w.String()
}

// itemWriters write one item of each kind.
type itemWriters struct {
	actor      func(brief.Actor)
	commitment func(brief.Commitment)
	dispute    func(brief.Dispute)
	quote      func(brief.Quote)
}

// eachSection walks the sections as the page shows them: a section whose
// items were all cut to fit the page is left out, and a briefing with
// nothing at all gets the nothing-found note instead.
func (b *Briefing) eachSection(heading func(name string, n int), nothing func(), w itemWriters) {
	found := [numSections]int{len(b.Actors), len(b.Commitments), len(b.Disputes), len(b.Quotes)}
	if b.fit != nil {
		found = b.fit.found
	}
	if b.nothing() && found == [numSections]int{} {
		nothing()
		return
	}
	for s, name := range pageSectionNames {
		n := [numSections]int{len(b.Actors), len(b.Commitments), len(b.Disputes), len(b.Quotes)}[s]
		if n == 0 && found[s] > 0 {
			continue
		}
		heading(name, n)
		switch s {
		case secActors:
			for _, a := range b.Actors {
				w.actor(a)
			}
		case secCommitments:
			for _, c := range b.Commitments {
				w.commitment(c)
			}
		case secDisputes:
			for _, d := range b.Disputes {
				w.dispute(d)
			}
		case secQuotes:
			for _, q := range b.Quotes {
				w.quote(q)
			}
		}
	}
}

// dateLine is "Thursday 26 November 2026 · 2 sources · The Courier, Wire".
func (b *Briefing) dateLine() string {
	line := sourcesLine(b.Sources)
	if !b.Date.IsZero() {
		line = b.Date.Format("Monday 2 January 2006") + " · " + line
	}
	return line
}

// sourceLine is a source as the sources list gives it:
// "Title — Outlet, 24 Nov 2026".
func sourceLine(s brief.Source) string {
	title := strings.Join(strings.Fields(s.Title), " ")
	if title == "" {
		title = sourceFileName(s.Path)
	}
	if meta := sourceMeta(s); meta != "" {
		title += " — " + meta
	}
	return title
}

// plainCite is an item's citation mark with ordinary spaces, after a space.
func plainCite(cs []brief.Cite) string {
	if c := citeMark(cs); c != "" {
		return " " + strings.ReplaceAll(c, nbsp, " ")
	}
	return ""
}

// quoteBody is a quote's words without the quotation marks or the comma
// that led into the attribution.
func quoteBody(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "\"“”"))
	return strings.TrimRight(s, ",")
}

// mdEscape keeps Markdown from reading text as markup.
func mdEscape(s string) string {
	var w strings.Builder
	for i, r := range s {
		if strings.ContainsRune("\\`*_[]<>|", r) || i == 0 && strings.ContainsRune("#+-", r) {
			w.WriteByte('\\')
		}
		w.WriteRune(r)
	}
	return w.String()
}

// The JSON export's shapes.
type (
	jsonBriefing struct {
		Title       string           `json:"title"`
		Date        string           `json:"date,omitempty"`
		Paper       Paper            `json:"paper,omitempty"`
		Sources     []jsonSource     `json:"sources"`
		BottomLine  []Line           `json:"bottom_line"`
		Actors      []jsonActor      `json:"actors"`
		Commitments []jsonCommitment `json:"commitments"`
		Disputes    []jsonDispute    `json:"disputes"`
		Quotes      []jsonQuote      `json:"quotes"`
		Omitted     int              `json:"omitted"`
		Removed     int              `json:"removed"`
	}
	jsonSource struct {
		Number int    `json:"number"`
		ID     string `json:"id"`
		Title  string `json:"title"`
		Outlet string `json:"outlet,omitempty"`
		Byline string `json:"byline,omitempty"`
		Date   string `json:"date,omitempty"`
		Path   string `json:"path,omitempty"`
		Words  int    `json:"words"`
	}
	jsonActor struct {
		Key string `json:"key"`
		brief.Actor
	}
	jsonCommitment struct {
		Key string `json:"key"`
		brief.Commitment
	}
	jsonDispute struct {
		Key string `json:"key"`
		brief.Dispute
	}
	jsonQuote struct {
		Key string `json:"key"`
		brief.Quote
	}
)

// JSON renders the briefing as an indented JSON object: title, date,
// sources (numbered as the citations count them), bottom line, actors,
// commitments, disputes and quotes (each with its key and citations), and
// the counts of items cut to fit the page and removed by the user.
func (b *Briefing) JSON() ([]byte, error) {
	out := jsonBriefing{
		Title:       b.Title,
		Paper:       b.Paper,
		Sources:     []jsonSource{},
		BottomLine:  []Line{},
		Actors:      []jsonActor{},
		Commitments: []jsonCommitment{},
		Disputes:    []jsonDispute{},
		Quotes:      []jsonQuote{},
		Omitted:     b.Omitted,
		Removed:     b.Removed,
	}
	if !b.Date.IsZero() {
		out.Date = b.Date.Format("2006-01-02")
	}
	for i, s := range b.Sources {
		js := jsonSource{Number: i + 1, ID: s.ID, Title: s.Title, Outlet: sourceOutlet(s), Byline: s.Byline, Path: s.Path, Words: s.Words}
		if !s.Date.IsZero() {
			js.Date = s.Date.Format("2006-01-02")
		}
		out.Sources = append(out.Sources, js)
	}
	for _, l := range b.BottomLine {
		if l.Cites == nil {
			l.Cites = []brief.Cite{}
		}
		out.BottomLine = append(out.BottomLine, l)
	}
	for _, a := range b.Actors {
		if a.Aliases == nil {
			a.Aliases = []string{}
		}
		out.Actors = append(out.Actors, jsonActor{a.Key(), a})
	}
	for _, c := range b.Commitments {
		if c.Cites == nil {
			c.Cites = []brief.Cite{}
		}
		out.Commitments = append(out.Commitments, jsonCommitment{c.Key(), c})
	}
	for _, d := range b.Disputes {
		if d.Parties == nil {
			d.Parties = []string{}
		}
		if d.Cites == nil {
			d.Cites = []brief.Cite{}
		}
		out.Disputes = append(out.Disputes, jsonDispute{d.Key(), d})
	}
	for _, q := range b.Quotes {
		if q.Cites == nil {
			q.Cites = []brief.Cite{}
		}
		out.Quotes = append(out.Quotes, jsonQuote{q.Key(), q})
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("cannot encode the briefing as JSON: %w", err)
	}
	return data, nil
}

// fileNameMax is the longest title part of a file name, in characters.
const fileNameMax = 80

// FileName suggests a file name for the briefing: its date and title,
// "2026-11-26 Starmer meets Trump.pdf", safe on every common file system
// (no path separators, reserved or control characters, no trailing dot or
// space, at most 80 characters of title). ext may be given with or
// without its dot.
func (b *Briefing) FileName(ext string) string {
	ext = strings.TrimSpace(ext)
	if ext != "" && !strings.HasPrefix(ext, ".") {
		ext = "." + ext
	}
	ext = safeName(ext)
	var w strings.Builder
	for _, r := range b.Title {
		switch {
		case unicode.IsSpace(r):
			w.WriteRune(' ')
		case r == ':':
			w.WriteString(" - ")
		case r == '/' || r == '\\' || r == '|':
			w.WriteString("-")
		case r == '"':
			w.WriteRune('\'')
		case strings.ContainsRune("<>?*", r), unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		default:
			w.WriteRune(r)
		}
	}
	title := strings.Join(strings.Fields(w.String()), " ")
	title = strings.ReplaceAll(title, "- -", "-")
	if utf8.RuneCountInString(title) > fileNameMax {
		r := []rune(title)[:fileNameMax]
		title = string(r)
		if i := strings.LastIndexByte(title, ' '); i > len(title)/2 {
			title = title[:i]
		}
	}
	title = strings.Trim(title, " .-")
	if title == "" {
		title = "Briefing"
	}
	if !b.Date.IsZero() {
		title = b.Date.Format("2006-01-02") + " " + title
	}
	return title + ext
}

// safeName drops what a file name cannot hold.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?* `, r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// formatNames are the export formats by name, for the command line.
var formatNames = map[string]string{
	"pdf": "pdf", "md": "md", "markdown": "md", "txt": "txt", "text": "txt", "json": "json",
}

// ParseFormat reads an export format name ("pdf", "md", "markdown", "txt",
// "text", "json", in any case, with or without a leading dot) and returns
// its canonical name, which is also its file extension.
func ParseFormat(name string) (string, error) {
	f, ok := formatNames[strings.ToLower(strings.TrimPrefix(strings.TrimSpace(name), "."))]
	if !ok {
		return "", fmt.Errorf("unknown format %s: use pdf, md, txt or json", strconv.Quote(name))
	}
	return f, nil
}
