package page

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
)

func TestMarkdown(t *testing.T) {
	b := fixtureBriefing(t)
	md := b.Markdown()
	for _, want := range []string{
		"# " + b.Title + "\n",
		"*Thursday 26 November 2026 · 2 sources · The Northern Courier, Baltic Wire*",
		"## Bottom line\n\n",
		"## Key actors\n\n- **Zoë Lindqvist**, General Secretary, Harbour Workers' Union [1]\n",
		"- **Mattias Berg**, Chief Executive, Port of Kessmere [1]\n  Rejected the union's demand for a veto\n",
		"## Commitments\n\n- **Helena Sørensen** — said the government would appoint an independent mediator — by Friday [1]\n",
		"## Open disputes\n\n- **Mattias Berg vs Harbour Workers' Union** — rejected the union's demand for a veto over the automation plan [1]\n",
		"> “We are not against new machines, we are against losing our jobs to them without a say” — **Zoë Lindqvist** [1, 2]\n",
		"## Sources\n\n- \\[1\\] " + courierTitle + " — The Northern Courier · 24 Nov 2026\n- \\[2\\] " + wireTitle + " — Baltic Wire · 25 Nov 2026\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "\n\n\n") || strings.Contains(md, nbsp) {
		t.Errorf("Markdown has blank-line runs or no-break spaces:\n%q", md)
	}
	// The one-page cut says what it left out.
	f := Build(syntheticAnalysis(10), Options{Date: testDate}).FitOnePage(PaperA4)
	if want := "*+" + strconv.Itoa(f.Omitted) + " more items not shown.*"; f.Omitted == 0 || !strings.Contains(f.Markdown(), want) {
		t.Errorf("fitted Markdown lacks %q", want)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	an := &brief.Analysis{Sources: []brief.Source{{ID: "S1", Title: "*Breaking* [live]"}}}
	an.Quotes = []brief.Quote{{Text: "We will use <b>force</b> if we must, said_nobody * ever", Speaker: "A_B", Cites: []brief.Cite{{Source: "S1", Sentence: 0}}}}
	md := Build(an, Options{Title: "# Not a heading", Date: testDate}).Markdown()
	for _, want := range []string{"# \\# Not a heading", `\<b\>force\</b\>`, `said\_nobody \* ever`, `**A\_B**`, `- \[1\] \*Breaking\* \[live\]`} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestPlainText(t *testing.T) {
	b := fixtureBriefing(t)
	txt := b.PlainText()
	lines := strings.Split(txt, "\n")
	if lines[0] != b.Title || lines[1] != strings.Repeat("=", len([]rune(b.Title))) {
		t.Errorf("title not underlined: %q / %q", lines[0], lines[1])
	}
	for _, want := range []string{
		"\nBOTTOM LINE\n", "\nKEY ACTORS\n- Zoë Lindqvist, General Secretary, Harbour Workers' Union [1]\n- Harbour Workers' Union [1]\n- Helena Sørensen, Transport Minister [1]\n",
		"- Mattias Berg, Chief Executive, Port of Kessmere [1]\n  Rejected the union's demand for a veto\n",
		"\nCOMMITMENTS\n- Helena Sørensen — said the government would appoint an independent mediator — by Friday [1]\n",
		"\nOPEN DISPUTES\n", "\nDIRECT QUOTES\n- “We are not against new machines, we are against losing our jobs to them without a say” — Zoë Lindqvist [1, 2]\n",
		"\nSOURCES\n[1] " + courierTitle + " — The Northern Courier · 24 Nov 2026\n",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("PlainText lacks %q:\n%s", want, txt)
		}
	}
	if strings.ContainsAny(txt, "*#>\u00a0") {
		t.Errorf("PlainText has markup or no-break spaces:\n%s", txt)
	}
}

func TestTextExportsOfEmptyAndNothingFound(t *testing.T) {
	empty := Build(&brief.Analysis{}, Options{Date: testDate})
	if md := empty.Markdown(); !strings.Contains(md, "No articles") || strings.Contains(md, "## Sources") {
		t.Errorf("empty Markdown:\n%s", md)
	}
	if txt := empty.PlainText(); !strings.Contains(txt, "No articles") {
		t.Errorf("empty text:\n%s", txt)
	}
	f := newFixture(t)
	nothing := &brief.Analysis{Articles: f.articles, Sources: f.analysis().Sources}
	b := Build(nothing, Options{Date: testDate})
	for name, out := range map[string]string{"Markdown": b.Markdown(), "text": b.PlainText()} {
		if !strings.Contains(out, "Nothing found") || strings.Contains(strings.ToLower(out), "key actors") {
			t.Errorf("%s of an analysis with nothing found:\n%s", name, out)
		}
	}
	// One empty section among others says so.
	an := f.analysis()
	an.Disputes = nil
	if txt := Build(an, Options{Date: testDate}).PlainText(); !strings.Contains(txt, "OPEN DISPUTES\nNone found.\n") {
		t.Errorf("an empty section should say None found:\n%s", txt)
	}
}

func TestJSON(t *testing.T) {
	b := fixtureBriefing(t).FitOnePage(PaperLetter)
	data, err := b.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Title   string `json:"title"`
		Date    string `json:"date"`
		Paper   string `json:"paper"`
		Sources []struct {
			Number int    `json:"number"`
			ID     string `json:"id"`
			Outlet string `json:"outlet"`
			Date   string `json:"date"`
		} `json:"sources"`
		BottomLine []Line `json:"bottom_line"`
		Actors     []struct {
			Key, Name, Stance string
		} `json:"actors"`
		Quotes []struct {
			Key     string       `json:"key"`
			Text    string       `json:"text"`
			Speaker string       `json:"speaker"`
			Cites   []brief.Cite `json:"cites"`
		} `json:"quotes"`
		Disputes []json.RawMessage `json:"disputes"`
		Omitted  int               `json:"omitted"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
	if got.Title != b.Title || got.Date != "2026-11-26" || got.Paper != "Letter" || got.Omitted != b.Omitted {
		t.Errorf("header: %+v", got)
	}
	if len(got.Sources) != 2 || got.Sources[1].Number != 2 || got.Sources[1].ID != "S2" || got.Sources[1].Outlet != "Baltic Wire" || got.Sources[1].Date != "2026-11-25" {
		t.Errorf("sources: %+v", got.Sources)
	}
	if len(got.Quotes) != len(b.Quotes) || got.Quotes[0].Key != b.Quotes[0].Key() || len(got.Quotes[0].Cites) != 2 {
		t.Errorf("quotes: %+v", got.Quotes)
	}
	stance := ""
	for i, a := range got.Actors {
		if a.Name == "Mattias Berg" {
			stance = a.Stance
		}
		if i < len(b.Actors) && a.Key != b.Actors[i].Key() {
			t.Errorf("actor %d: %+v, want %s", i, a, b.Actors[i].Name)
		}
	}
	if len(got.Actors) != len(b.Actors) || stance != b.Actors[slices.IndexFunc(b.Actors, func(a brief.Actor) bool { return a.Name == "Mattias Berg" })].Stance || stance == "" {
		t.Errorf("actors: %+v", got.Actors)
	}
	// Each item carries the short form the page prints beside its whole
	// sentence, and its story.
	var items struct {
		Stories []struct {
			Number  int      `json:"number"`
			Title   string   `json:"title"`
			Sources []string `json:"sources"`
		} `json:"stories"`
		Commitments []struct {
			Text  string     `json:"text"`
			Story int        `json:"story"`
			Short ItemClause `json:"short"`
		} `json:"commitments"`
	}
	if err := json.Unmarshal(data, &items); err != nil {
		t.Fatal(err)
	}
	if len(items.Stories) != 1 || items.Stories[0].Number != 1 || len(items.Stories[0].Sources) != 2 || items.Stories[0].Title == "" {
		t.Errorf("stories: %+v", items.Stories)
	}
	c := items.Commitments[0]
	// The short form is the clause the page prints.
	if c.Story != 1 || c.Text != b.Commitments[0].Text || c.Short != (Section{}).Clause(b.item(itemRef{secCommitments, 0})) || c.Short.Clause == "" {
		t.Errorf("commitment: %+v", c)
	}
	if len(got.BottomLine) != len(b.BottomLine) {
		t.Errorf("bottom line: %+v", got.BottomLine)
	}
	// Empty lists are lists, not null.
	empty, err := Build(&brief.Analysis{}, Options{}).JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"sources": []`, `"actors": []`, `"quotes": []`, `"bottom_line": []`} {
		if !strings.Contains(string(empty), k) {
			t.Errorf("empty JSON lacks %s:\n%s", k, empty)
		}
	}
}

func TestFileName(t *testing.T) {
	day := time.Date(2026, 11, 26, 23, 59, 0, 0, time.UTC)
	tests := []struct {
		title, ext, want string
	}{
		{"Starmer meets Trump", ".pdf", "2026-11-26 Starmer meets Trump.pdf"},
		{"Starmer meets Trump", "pdf", "2026-11-26 Starmer meets Trump.pdf"},
		{"Lindqvist and Berg: Kessmere port strike", ".md", "2026-11-26 Lindqvist and Berg - Kessmere port strike.md"},
		{`A/B \ C? <D> "E" *F* |G|`, ".txt", "2026-11-26 A-B - C D 'E' F -G.txt"},
		{"Zoë’s “port” row — Ελλάδα", ".pdf", "2026-11-26 Zoë’s “port” row — Ελλάδα.pdf"},
		{"...", ".pdf", "2026-11-26 Briefing.pdf"},
		{"Ends with a dot.", ".pdf", "2026-11-26 Ends with a dot.pdf"},
		{"tab\tand\nnewline\x00", "", "2026-11-26 tab and newline"},
		{strings.Repeat("word ", 40), ".pdf", "2026-11-26 " + strings.TrimSpace(strings.Repeat("word ", 16)) + ".pdf"},
		{"x", "../../etc.pdf", "2026-11-26 x....etc.pdf"},
	}
	for _, tt := range tests {
		b := &Briefing{Title: tt.title, Date: day}
		got := b.FileName(tt.ext)
		if got != tt.want {
			t.Errorf("FileName(%q, %q) = %q, want %q", tt.title, tt.ext, got, tt.want)
		}
		if strings.ContainsAny(got, "/\\:*?\"<>|\x00\n") {
			t.Errorf("FileName(%q) = %q has characters unsafe in file names", tt.title, got)
		}
	}
	if got := (&Briefing{Title: "No date"}).FileName(".json"); got != "No date.json" {
		t.Errorf("without a date: %q", got)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]string{"pdf": "pdf", ".PDF": "pdf", "Markdown": "md", "md": "md", "text": "txt", "txt": "txt", "json": "json"} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "docx", "pdfx"} {
		if _, err := ParseFormat(bad); err == nil || !strings.Contains(err.Error(), "use pdf, md, txt or json") {
			t.Errorf("ParseFormat(%q) error = %v", bad, err)
		}
	}
}

func TestSourcesSayOutletAndDate(t *testing.T) {
	day := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		s    brief.Source
		want string
	}{
		{brief.Source{Title: "Ferry found", Site: "Harbour Courier", Date: day}, "Ferry found — Harbour Courier · 6 Dec 2026"},
		{brief.Source{Title: "Ferry found", Site: "Harbour Courier"}, "Ferry found — Harbour Courier"},
		{brief.Source{Title: "Ferry found", Date: day}, "Ferry found — 6 Dec 2026"},
		{brief.Source{Title: "Ferry found", Path: "https://www.courier.example/ferry"}, "Ferry found — courier.example"},
		// Placeholders say nothing: no empty punctuation either.
		{brief.Source{Title: "Ferry found", Site: " — ", Date: time.Unix(0, 0).UTC()}, "Ferry found"},
		{brief.Source{Title: "Ferry found", Site: "Unknown"}, "Ferry found"},
		{brief.Source{Title: "Ferry found"}, "Ferry found"},
	}
	for _, tt := range tests {
		if got := sourceLine(tt.s); got != tt.want {
			t.Errorf("sourceLine(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
	// The line under the title does not pass two sources off as one
	// outlet's.
	if got := sourcesLine([]brief.Source{{Site: "Harbour Courier"}, {Title: "Untold"}}); got != "2 sources · Harbour Courier and others" {
		t.Errorf("sourcesLine = %q", got)
	}
	if got := sourcesLine([]brief.Source{{Site: "Harbour Courier"}, {Site: "Baltic Wire"}}); got != "2 sources · Harbour Courier, Baltic Wire" {
		t.Errorf("sourcesLine = %q", got)
	}
	// The agency a wire dateline names is the outlet when the page does not
	// say.
	a := brief.NewArticle("Rescuers search strait", "LORNE, Vellmark (Baltic Wire) - Rescuers searched the strait on Monday. The coastguard said more ships would join.")
	an := &brief.Analysis{Articles: []*brief.Article{a}, Sources: []brief.Source{{ID: "S1", Title: a.Title, Date: day}}}
	b := Build(an, Options{Date: day})
	if got := sourceLine(b.Sources[0]); got != "Rescuers search strait — Baltic Wire · 6 Dec 2026" {
		t.Errorf("sourceLine = %q, want the wire's name", got)
	}
	if an.Sources[0].Site != "" {
		t.Errorf("Build changed the analysis's sources")
	}
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		if text := pdfText(t, mustPDF(t, b, paper)); !strings.Contains(text, "[1] Rescuers search strait — Baltic Wire · 6 Dec 2026") {
			t.Errorf("%s: the footer lacks the outlet and date:\n%s", paper, text)
		}
	}
}

func TestFooterKeepsOutletAndDateTogether(t *testing.T) {
	m, err := loadFontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	b := fixtureBriefing(t)
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		f := b.FitOnePage(paper)
		plan := planPage(m, f, paper, f.fit.level)
		lines := map[float64]string{}
		for _, op := range plan.ops {
			if op.kind == drawText && op.y > plan.limit {
				lines[math.Round(op.y*10)/10] += op.text + " "
			}
		}
		for _, l := range lines {
			l = strings.ReplaceAll(l, nbsp, " ")
			if strings.Contains(l, "Nov") != strings.Contains(l, "2026") || strings.Contains(l, "Courier") != strings.Contains(l, "24 Nov 2026") {
				t.Errorf("%s: a footer line splits an outlet or a date: %q", paper, l)
			}
		}
	}
}

// The JSON page gives every item its citations as they are, and an empty
// list — never null — for an item without citations, aliases or parties,
// so that a script can read any list without a check.
func TestJSONListsAreNeverNull(t *testing.T) {
	b := fixtureBriefing(t)
	data, err := b.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		BottomLine  []struct{ Cites []brief.Cite } `json:"bottom_line"`
		Actors      []struct{ Cites []brief.Cite } `json:"actors"`
		Commitments []struct{ Cites []brief.Cite } `json:"commitments"`
		Disputes    []struct{ Cites []brief.Cite } `json:"disputes"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	check := func(what string, n int, cites func(int) ([]brief.Cite, []brief.Cite)) {
		if n == 0 {
			t.Fatalf("no %s in the fixture's page", what)
		}
		for i := range n {
			want, have := cites(i)
			if len(want) == 0 || !reflect.DeepEqual(want, have) {
				t.Errorf("%s %d: cites %v, want %v", what, i, have, want)
			}
		}
	}
	check("bottom-line sentence", len(b.BottomLine), func(i int) ([]brief.Cite, []brief.Cite) { return b.BottomLine[i].Cites, got.BottomLine[i].Cites })
	check("commitment", len(b.Commitments), func(i int) ([]brief.Cite, []brief.Cite) { return b.Commitments[i].Cites, got.Commitments[i].Cites })
	check("dispute", len(b.Disputes), func(i int) ([]brief.Cite, []brief.Cite) { return b.Disputes[i].Cites, got.Disputes[i].Cites })

	// Items without citations, aliases or parties.
	b.BottomLine[0].Cites = nil
	b.Actors[0].Aliases = nil
	b.Commitments[0].Cites = nil
	b.Disputes[0].Cites, b.Disputes[0].Parties = nil, nil
	if data, err = b.JSON(); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("null")) {
		t.Errorf("the JSON page has a null list:\n%s", data)
	}
}
