package main

import (
	"os/exec"
	"strings"
	"testing"
)

// A help text in the form `briefing help` has, for a program we make up.
const tallyHelp = `Tally counts the words in news articles. It reads plain text.

Usage:
  tally [FILE...]              count the words (of standard input
                               when no FILE is named)
  tally top [-n N] FILE...     list the most frequent words
  tally help                   print this help

FILE is a .txt file; "-" reads standard input.
.A line that starts with a period, a back\slash and Zoë.

Top options:
  -n N          how many words (default 10)
  --min-length L
                the shortest word counted
`

func convertTally(t *testing.T) string {
	t.Helper()
	page, err := Convert(tallyHelp, Page{Name: "tally", Section: "1", Version: "2.0.1", Date: "2026-02-03"})
	if err != nil {
		t.Fatal(err)
	}
	return page
}

func TestConvert(t *testing.T) {
	page := convertTally(t)
	lines := strings.Split(page, "\n")
	if want := `.TH "TALLY" "1" "2026\-02\-03" "Tally 2.0.1" "User Commands"`; lines[0] != want {
		t.Errorf("title line %q, want %q", lines[0], want)
	}
	for _, want := range []string{
		".SH NAME\ntally \\- counts the words in news articles\n",
		// Usage becomes the synopsis, each entry a tagged paragraph with
		// its continuation line.
		".SH SYNOPSIS\n.TP\n\\fBtally\\fR [\\fIFILE\\fR...]\ncount the words (of standard input\nwhen no FILE is named)\n",
		".TP\n\\fBtally\\fR \\fBtop\\fR [\\fB\\-n\\fR \\fIN\\fR] \\fIFILE\\fR...\nlist the most frequent words\n",
		// The first paragraph and the free one make the description.
		".SH DESCRIPTION\nTally counts the words in news articles. It reads plain text.\n.PP\nFILE is a .txt file; \"\\-\" reads standard input.\n",
		// Escapes: a leading period, a backslash, a letter outside ASCII.
		"\\&.A line that starts with a period, a back\\eslash and Zo\\[u00EB].\n",
		// Other headings become sections; a term alone on its line takes
		// the next, deeper line as its description.
		".SH TOP OPTIONS\n.TP\n\\fB\\-n\\fR \\fIN\\fR\nhow many words (default 10)\n.TP\n\\fB\\-\\-min\\-length\\fR \\fIL\\fR\nthe shortest word counted\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks\n%s\n--- page ---\n%s", want, page)
		}
	}
	// man(7) order: NAME, SYNOPSIS, DESCRIPTION, then the rest.
	order := []string{".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH TOP OPTIONS"}
	last := -1
	for _, h := range order {
		i := strings.Index(page, h)
		if i < last {
			t.Errorf("%s is out of order", h)
		}
		last = i
	}
}

func TestConvertRefusesEmptyHelp(t *testing.T) {
	for _, help := range []string{"", "\n\n  \n"} {
		if _, err := Convert(help, Page{Name: "tally"}); err == nil {
			t.Errorf("Convert(%q) gave no error", help)
		}
	}
}

// groff reads the page without a warning, and renders what the help says.
func TestGroffReadsThePage(t *testing.T) {
	if _, err := exec.LookPath("groff"); err != nil {
		t.Skip("groff is not installed")
	}
	// -P-cbou: plain text, no bold or underlining by overstriking.
	cmd := exec.Command("groff", "-man", "-Tutf8", "-ww", "-P-cbou")
	cmd.Stdin = strings.NewReader(convertTally(t))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("groff: %v\n%s", err, stderr.String())
	}
	text := string(out)
	for _, want := range []string{"tally - counts the words in news articles", "tally top [-n N] FILE...", "--min-length L", "Zoë"} {
		if !strings.Contains(text, want) {
			t.Errorf("groff's output lacks %q:\n%s", want, text)
		}
	}
}
