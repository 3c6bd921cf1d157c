// Command manpage turns a program's help text (`briefing help`) into a
// manual page in roff (man(7)), so the page the Linux packages install says
// exactly what the program's own help says:
//
//	briefing help | go run ./tools/manpage -name briefing -version 0.1.0 -date 2026-01-31 >briefing.1
//
// The help text is read as plain paragraphs separated by blank lines:
//
//   - the first paragraph describes the program: its first sentence, less
//     the program's name, is the NAME line, and the paragraph opens the
//     DESCRIPTION;
//   - a paragraph whose first line is a heading ("Usage:", "Export
//     options:") becomes a section: SYNOPSIS for "Usage", else the heading
//     in capitals; its indented lines "TERM  description" (two or more
//     spaces apart; lines indented deeper continue the description) become
//     tagged paragraphs, the term's words in bold (commands, options) or
//     italics (CAPITALISED placeholders);
//   - any other paragraph is added to the DESCRIPTION.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"unicode"
)

func main() {
	name := flag.String("name", "", "the program's name (required)")
	section := flag.String("section", "1", "the manual section")
	version := flag.String("version", "", "the program's version, shown in the footer")
	date := flag.String("date", "", "the date shown in the footer (YYYY-MM-DD)")
	flag.Parse()
	if *name == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: PROGRAM help | manpage -name NAME [-section N] [-version V] [-date D] >NAME.N")
		os.Exit(2)
	}
	help, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintf(os.Stderr, "manpage: %v\n", err)
		os.Exit(1)
	}
	page, err := Convert(string(help), Page{Name: *name, Section: *section, Version: *version, Date: *date})
	if err != nil {
		fmt.Fprintf(os.Stderr, "manpage: %v\n", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	w.WriteString(page)
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "manpage: %v\n", err)
		os.Exit(1)
	}
}

// Page is what the help text does not say: the title line's fields.
type Page struct {
	Name    string // the program, "briefing"
	Section string // "1"
	Version string // "0.1.0"
	Date    string // "2026-01-31"
}

// item is one "TERM  description" entry of a section.
type item struct {
	term string
	desc []string
}

// section is a headed paragraph of the help.
type section struct {
	title string
	items []item
	text  []string // lines that are not items (kept as a paragraph)
}

// headingRE matches a heading line: not indented, ending with a colon.
var headingRE = regexp.MustCompile(`^[A-Z][^:]*:$`)

// itemRE splits an indented line into its term and its description.
var itemRE = regexp.MustCompile(`^(\s+)(\S.*?)(?:\s{2,}(\S.*))?$`)

// Convert returns the manual page for the help text.
func Convert(help string, p Page) (string, error) {
	paras := paragraphs(help)
	if len(paras) == 0 {
		return "", fmt.Errorf("the help text is empty")
	}
	summary := nameLine(paras[0], p.Name)
	if summary == "" {
		return "", fmt.Errorf("the help text's first paragraph does not describe the program")
	}
	description := [][]string{paras[0]}
	var sections []section
	for _, para := range paras[1:] {
		if headingRE.MatchString(para[0]) {
			sections = append(sections, parseSection(para))
		} else {
			description = append(description, para)
		}
	}

	var b strings.Builder
	title := strings.ToUpper(p.Name)
	source := strings.TrimSpace(capitalize(p.Name) + " " + p.Version)
	fmt.Fprintf(&b, ".TH %s %s %s %s %s\n", quote(title), quote(p.Section), quote(p.Date), quote(source), quote("User Commands"))
	fmt.Fprintf(&b, ".SH NAME\n%s \\- %s\n", escape(p.Name), escape(summary))
	for _, s := range sections {
		if s.title == "SYNOPSIS" {
			writeSection(&b, s)
		}
	}
	b.WriteString(".SH DESCRIPTION\n")
	for i, para := range description {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		for _, line := range para {
			b.WriteString(escape(strings.TrimSpace(line)) + "\n")
		}
	}
	for _, s := range sections {
		if s.title != "SYNOPSIS" {
			writeSection(&b, s)
		}
	}
	return b.String(), nil
}

// paragraphs splits text into runs of non-blank lines.
func paragraphs(text string) [][]string {
	var paras [][]string
	var cur []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimRight(line, " \t")
		if line == "" {
			if cur != nil {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		paras = append(paras, cur)
	}
	return paras
}

// nameLine returns the first sentence of the description without the
// program's name and the final period: "Briefing turns articles into a
// page." gives "turns articles into a page".
func nameLine(para []string, name string) string {
	text := strings.Join(strings.Fields(strings.Join(para, " ")), " ")
	if end := strings.Index(text, ". "); end >= 0 {
		text = text[:end]
	}
	text = strings.TrimSuffix(text, ".")
	if first, rest, ok := strings.Cut(text, " "); ok && strings.EqualFold(first, name) {
		text = rest
	}
	return text
}

// parseSection reads a headed paragraph.
func parseSection(para []string) section {
	heading := strings.TrimSuffix(para[0], ":")
	s := section{title: strings.ToUpper(heading)}
	if strings.EqualFold(heading, "Usage") {
		s.title = "SYNOPSIS"
	}
	termIndent := -1
	for _, line := range para[1:] {
		m := itemRE.FindStringSubmatch(line)
		if m == nil {
			s.text = append(s.text, line)
			continue
		}
		indent := len(m[1])
		// A line indented deeper than the terms continues the description.
		if termIndent >= 0 && indent > termIndent && len(s.items) > 0 {
			last := &s.items[len(s.items)-1]
			last.desc = append(last.desc, strings.TrimSpace(line))
			continue
		}
		termIndent = indent
		it := item{term: m[2]}
		if m[3] != "" {
			it.desc = []string{m[3]}
		}
		s.items = append(s.items, it)
	}
	return s
}

func writeSection(b *strings.Builder, s section) {
	fmt.Fprintf(b, ".SH %s\n", escape(s.title))
	for _, line := range s.text {
		b.WriteString(escape(strings.TrimSpace(line)) + "\n")
	}
	for _, it := range s.items {
		b.WriteString(".TP\n")
		b.WriteString(formatTerm(it.term) + "\n")
		for _, d := range it.desc {
			b.WriteString(escape(d) + "\n")
		}
	}
}

// placeholderRE matches a CAPITALISED placeholder such as FILE or A4.
var placeholderRE = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)

// tokenRE splits a term into words (options with their dashes included),
// ellipses and single other characters.
var tokenRE = regexp.MustCompile(`-{0,2}[A-Za-z0-9_]+(?:[-_][A-Za-z0-9]+)*|\.\.\.|.`)

// formatTerm sets a term's words in bold (the program, commands, options)
// or italics (CAPITALISED placeholders); brackets, bars and ellipses stay
// roman.
func formatTerm(term string) string {
	var b strings.Builder
	for i, w := range tokenRE.FindAllString(term, -1) {
		switch {
		case placeholderRE.MatchString(w):
			b.WriteString(`\fI` + escapeText(w, false) + `\fR`)
		case w[0] == '-' && len(w) > 1 || unicode.IsLower(rune(w[0])):
			b.WriteString(`\fB` + escapeText(w, false) + `\fR`)
		default:
			b.WriteString(escapeText(w, i == 0))
		}
	}
	return b.String()
}

// escape makes a line of text safe as roff input: backslashes, hyphen-minus
// signs (options must stay ASCII minus signs), a leading period or
// apostrophe, and characters outside ASCII (as \[uXXXX]).
func escape(s string) string {
	return escapeText(s, true)
}

// escapeText is escape for text that starts a line (lineStart) or not.
func escapeText(s string, lineStart bool) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-':
			b.WriteString(`\-`)
		case (r == '.' || r == '\'') && i == 0 && lineStart:
			b.WriteString(`\&` + string(r))
		case r > unicode.MaxASCII:
			fmt.Fprintf(&b, `\[u%04X]`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quote returns s as a roff macro argument.
func quote(s string) string {
	return `"` + strings.ReplaceAll(escape(s), `"`, `\(dq`) + `"`
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
