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
// section per part of the page (the other stories each under their
// headline), [n] citations and the numbered sources, story by story, at
// the end.
func (b *Briefing) Markdown() string {
	var w strings.Builder
	fmt.Fprintf(&w, "# %s\n\n", mdEscape(b.Title))
	fmt.Fprintf(&w, "*%s*\n", mdEscape(b.dateLine()))
	if len(b.Sources) == 0 {
		w.WriteString("\nNo articles: this briefing is empty.\n")
		return w.String()
	}
	if len(b.BottomLine) > 0 {
		fmt.Fprintf(&w, "\n## %s\n\n", b.bottomLineLabel())
		var parts []string
		for _, l := range b.BottomLine {
			parts = append(parts, mdEscape(l.Text)+plainCite(l.Cites))
		}
		w.WriteString(strings.Join(parts, " ") + "\n")
	}
	if b.nothingFound() {
		w.WriteString("\nNothing found: no actors, commitments, open disputes or direct quotes in these articles.\n")
	}
	others := false
	for _, sec := range b.Sections() {
		if sec.Other {
			if !others {
				w.WriteString("\n## Other stories\n")
				others = true
			}
			fmt.Fprintf(&w, "\n### %s%s\n\n", mdEscape(sec.Title), plainCite(sourceCites(sec.Sources)))
		} else {
			fmt.Fprintf(&w, "\n## %s\n\n", sec.Title)
			if sec.Empty {
				w.WriteString("None found.\n")
			}
		}
		for _, it := range sec.Items {
			if it.Kind == ItemQuote {
				cl := sec.Clause(it)
				fmt.Fprintf(&w, "> “%s” — ", mdEscape(cl.Clause))
				if cl.Lead != "" {
					fmt.Fprintf(&w, "**%s**", mdEscape(cl.Lead))
				} else {
					w.WriteString("*unattributed*")
				}
				w.WriteString(plainCite(it.Quote.Cites) + "\n\n")
				continue
			}
			lead, rest, tail := itemText(sec, it, mdEscape)
			if it.Kind == ItemActor && sec.Other && it.Actor.Stance != "" {
				rest += " — " + it.Actor.Stance
			}
			w.WriteString("- ")
			if lead != "" {
				fmt.Fprintf(&w, "**%s**%s", mdEscape(lead), rest[:len(rest)-len(strings.TrimLeft(rest, " —:"))])
				rest = strings.TrimLeft(rest, " —:")
			}
			if it.Kind != ItemDifference {
				rest = mdEscape(rest)
			}
			w.WriteString(rest)
			if tail != "" {
				fmt.Fprintf(&w, " *%s*", tail)
			}
			w.WriteString(trailingCite(it) + "\n")
			if it.Kind == ItemActor && it.Actor.Stance != "" && !sec.Other {
				fmt.Fprintf(&w, "  %s\n", mdEscape(it.Actor.Stance))
			}
		}
	}
	if more := b.omittedLine(); more != "" {
		fmt.Fprintf(&w, "\n*%s.*\n", more)
	}
	// Numbered as the citations count them, story by story: not an
	// ordered list, which Markdown would number from its first item.
	w.WriteString("\n## Sources\n\n")
	for _, n := range b.sourcesByStory() {
		fmt.Fprintf(&w, "- \\[%d\\] %s\n", n, mdEscape(sourceLine(b.Sources[n-1])))
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
		fmt.Fprintf(&w, "\n%s\n", strings.ToUpper(b.bottomLineLabel()))
		var parts []string
		for _, l := range b.BottomLine {
			parts = append(parts, l.Text+plainCite(l.Cites))
		}
		w.WriteString(strings.Join(parts, " ") + "\n")
	}
	if b.nothingFound() {
		w.WriteString("\nNothing found: no actors, commitments, open disputes or direct quotes in these articles.\n")
	}
	others := false
	for _, sec := range b.Sections() {
		if sec.Other {
			if !others {
				w.WriteString("\nOTHER STORIES\n")
				others = true
			}
			fmt.Fprintf(&w, "* %s%s\n", sec.Title, plainCite(sourceCites(sec.Sources)))
		} else {
			fmt.Fprintf(&w, "\n%s\n", strings.ToUpper(sec.Title))
			if sec.Empty {
				w.WriteString("None found.\n")
			}
		}
		indent := ""
		if sec.Other {
			indent = "  "
		}
		for _, it := range sec.Items {
			lead, rest, tail := itemText(sec, it, func(s string) string { return s })
			if it.Kind == ItemActor && sec.Other && it.Actor.Stance != "" {
				rest += " — " + it.Actor.Stance
			}
			if tail != "" {
				rest += " " + tail
			}
			w.WriteString(indent + "- " + lead + rest + trailingCite(it) + "\n")
			if it.Kind == ItemActor && it.Actor.Stance != "" && !sec.Other {
				w.WriteString(indent + "  " + it.Actor.Stance + "\n")
			}
		}
	}
	if more := b.omittedLine(); more != "" {
		fmt.Fprintf(&w, "\n%s.\n", more)
	}
	w.WriteString("\nSOURCES\n")
	for _, n := range b.sourcesByStory() {
		fmt.Fprintf(&w, "[%d] %s\n", n, sourceLine(b.Sources[n-1]))
	}
	return w.String()
}

// bottomLineLabel is the heading of the bottom line: "Lead story" when
// the articles tell several stories.
func (b *Briefing) bottomLineLabel() string {
	if len(b.Stories) > 1 {
		return "Lead story"
	}
	return "Bottom line"
}

// sourceCites cites sources by ID, for a story's citation mark.
func sourceCites(ids []string) []brief.Cite {
	cs := make([]brief.Cite, len(ids))
	for i, id := range ids {
		cs[i] = brief.Cite{Source: id}
	}
	return cs
}

// trailingCite is the citation mark at the end of an item's line; none
// for a difference whose versions carry their own.
func trailingCite(it Item) string {
	if it.Kind == ItemDifference {
		if _, _, own := DifferenceClause(*it.Difference); own {
			return ""
		}
	}
	return plainCite(it.Cites())
}

// itemText is an item as the text exports write it: its lead (the actor,
// the parties, the point the sources differ on), the rest of its line
// (opening with the separator after the lead), and a remark in italics
// ("(hedged)"). An actor in another story's list carries its stance.
func itemText(sec Section, it Item, esc func(string) string) (lead, rest, remark string) {
	switch it.Kind {
	case ItemActor:
		a := it.Actor
		rest = ""
		if a.Role != "" {
			rest = ", " + a.Role
		}
		return a.Name, rest, ""
	case ItemCommitment:
		cl := sec.Clause(it)
		rest = cl.Clause
		if cl.When != "" {
			rest += " — " + cl.When
		}
		if cl.Lead != "" {
			rest = " — " + rest
		}
		if cl.Hedged {
			remark = "(hedged)"
		}
		return cl.Lead, rest, remark
	case ItemDispute:
		cl := sec.Clause(it)
		if cl.Lead != "" {
			return cl.Lead, " — " + cl.Clause, ""
		}
		return "", cl.Clause, ""
	case ItemQuote:
		cl := sec.Clause(it)
		speaker := cl.Lead
		if speaker == "" {
			speaker = "unattributed"
		}
		return "", "“" + cl.Clause + "” — " + speaker, ""
	}
	l, claims, own := DifferenceClause(*it.Difference)
	for i := range claims {
		claims[i] = esc(claims[i])
		if own {
			claims[i] += plainCite(it.Difference.Claims[i].Cites)
		}
	}
	return l, ": " + strings.Join(claims, "; "), ""
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
// "Title — Outlet · 24 Nov 2026".
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
		Stories     []jsonStory      `json:"stories"`
		BottomLine  []Line           `json:"bottom_line"`
		Differences []jsonDifference `json:"differences"`
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
	jsonStory struct {
		Number  int      `json:"number"`
		Title   string   `json:"title"`
		Lead    bool     `json:"lead,omitempty"`
		Sources []string `json:"sources"`
	}
	// Each item has its key, the story it belongs to (numbered as in
	// stories), and, for commitments, disputes and quotes, the short
	// form the page prints beside the full sentence (text).
	jsonActor struct {
		Key   string `json:"key"`
		Story int    `json:"story"`
		brief.Actor
	}
	jsonCommitment struct {
		Key   string     `json:"key"`
		Story int        `json:"story"`
		Short ItemClause `json:"short"`
		brief.Commitment
	}
	jsonDispute struct {
		Key   string     `json:"key"`
		Story int        `json:"story"`
		Short ItemClause `json:"short"`
		brief.Dispute
	}
	jsonQuote struct {
		Key   string     `json:"key"`
		Story int        `json:"story"`
		Short ItemClause `json:"short"`
		brief.Quote
	}
	jsonDifference struct {
		Key   string `json:"key"`
		Story int    `json:"story"`
		Difference
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
		Stories:     []jsonStory{},
		BottomLine:  []Line{},
		Differences: []jsonDifference{},
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
	for i, st := range b.Stories {
		ids := st.Sources
		if ids == nil {
			ids = []string{}
		}
		out.Stories = append(out.Stories, jsonStory{Number: i + 1, Title: st.Title, Lead: i == 0 && len(b.Stories) > 1, Sources: ids})
	}
	story := func(sec, i int) int { return b.itemStory(itemRef{sec, i}) + 1 }
	for i, d := range b.Differences {
		out.Differences = append(out.Differences, jsonDifference{d.Key(), story(secDiffers, i), d})
	}
	for _, l := range b.BottomLine {
		if l.Cites == nil {
			l.Cites = []brief.Cite{}
		}
		out.BottomLine = append(out.BottomLine, l)
	}
	for i, a := range b.Actors {
		if a.Aliases == nil {
			a.Aliases = []string{}
		}
		out.Actors = append(out.Actors, jsonActor{a.Key(), story(secActors, i), a})
	}
	for i, c := range b.Commitments {
		if c.Cites == nil {
			c.Cites = []brief.Cite{}
		}
		out.Commitments = append(out.Commitments, jsonCommitment{c.Key(), story(secCommitments, i), b.shortClause(secCommitments, i), c})
	}
	for i, d := range b.Disputes {
		if d.Parties == nil {
			d.Parties = []string{}
		}
		if d.Cites == nil {
			d.Cites = []brief.Cite{}
		}
		out.Disputes = append(out.Disputes, jsonDispute{d.Key(), story(secDisputes, i), b.shortClause(secDisputes, i), d})
	}
	for i, q := range b.Quotes {
		if q.Cites == nil {
			q.Cites = []brief.Cite{}
		}
		out.Quotes = append(out.Quotes, jsonQuote{q.Key(), story(secQuotes, i), b.shortClause(secQuotes, i), q})
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("cannot encode the briefing as JSON: %w", err)
	}
	return data, nil
}

// shortClause is the clause the page prints for an item of the lead
// story's sections.
func (b *Briefing) shortClause(sec, i int) ItemClause {
	if l := b.clauses[sec]; i < len(l) {
		return l[i][0]
	}
	return Section{}.Clause(b.item(itemRef{sec, i}))
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
