package page

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// The foot of the page: every source listed, whatever the page cites; a
// source without a title named by its file; an outlet read from a web
// address; a title too long for its line cut with "…" within the column,
// keeping the outlet and date.

// setEntry is one entry of the page's sources list as the page sets it:
// its text (its number and lines joined by a space, no-break spaces made
// spaces), its number's left edge, its right edge and first baseline in
// millimetres, and each of its lines of text and their left edges.
type setEntry struct {
	text        string
	left, right float64
	y           float64
	lineLefts   []float64
	lines       []string
	lastY       float64
}

var entryNumber = regexp.MustCompile(`^\[\d+\]$`)

// footEntries sets a briefing on one page of paper and returns the entries
// of its sources list, top to bottom, the left column first, with the
// page's content width.
func footEntries(t *testing.T, b *Briefing, paper Paper) (entries []setEntry, left, width float64) {
	t.Helper()
	m, err := loadFontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	f := b.FitOnePage(paper)
	pg := planPage(m, f, paper, f.fit.level)
	// The list is what is set below its label, "SOURCES" in spaced
	// capitals, one op a letter; the rule above the label spans the page.
	label := -1.0
	for i := range pg.ops {
		var word strings.Builder
		for j := i; j < len(pg.ops) && j < i+7 && pg.ops[j].kind == drawText && pg.ops[j].y == pg.ops[i].y; j++ {
			word.WriteString(pg.ops[j].text)
		}
		if word.String() == "SOURCES" {
			label = pg.ops[i].y
		}
	}
	if label < 0 {
		return nil, 0, 0
	}
	ruleY := -1.0
	for _, op := range pg.ops {
		if op.kind == drawRule && op.y < label && op.y > ruleY {
			ruleY, left, width = op.y, op.x, op.w
		}
	}
	// Each entry is its number, then its lines of text, in that order.
	for _, op := range pg.ops {
		if op.kind != drawText || op.y <= label+0.01 {
			continue
		}
		w := m.measure(op.text, op.st.font, op.st.size)
		if entryNumber.MatchString(op.text) {
			entries = append(entries, setEntry{text: op.text, left: op.x, right: op.x + w, y: op.y, lastY: op.y})
			continue
		}
		n := len(entries)
		if n == 0 {
			continue
		}
		e := &entries[n-1]
		if len(e.lines) == 0 || math.Abs(e.lastY-op.y) > 0.01 {
			e.text += " "
			e.lineLefts = append(e.lineLefts, op.x)
			e.lines = append(e.lines, "")
		}
		text := strings.ReplaceAll(op.text, nbsp, " ")
		e.text += text
		e.lines[len(e.lines)-1] += text
		e.right = max(e.right, op.x+w)
		e.lastY = op.y
	}
	slices.SortStableFunc(entries, func(a, b setEntry) int {
		if a.left != b.left {
			return cmp.Compare(a.left, b.left)
		}
		return cmp.Compare(a.y, b.y)
	})
	return entries, left, width
}

func entryTexts(es []setEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.text)
	}
	return out
}

// sourcesAnalysis is an analysis of the given sources, with one actor
// cited in the first only.
func sourcesAnalysis(t *testing.T, sources ...brief.Source) *brief.Analysis {
	t.Helper()
	an := &brief.Analysis{}
	for i, s := range sources {
		a := brief.NewArticle(s.Title, fmt.Sprintf("Harbour talks resumed on day %d of the strike at the Port of Kessmere, the union said.\n\nThe mediator said both sides would meet again on Thursday.", i+1))
		s.ID, s.ArticleID, s.Words = brief.SourceID(i), a.ID, a.Words
		an.Articles = append(an.Articles, a)
		an.Sources = append(an.Sources, s)
	}
	an.Actors = []brief.Actor{{Name: "Port of Kessmere", Kind: brief.KindOrganization, Mentions: 2, Score: 5, Cites: []brief.Cite{{Source: "S1", Sentence: 0}}}}
	return an
}

var (
	nov24 = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	nov25 = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
)

func TestEverySourceIsListedWhateverThePageCites(t *testing.T) {
	f := newFixture(t)
	third := brief.NewArticle("Shipping lines reroute as the Kessmere strike enters a second week", "Two shipping lines said on Monday they would send their vessels to other ports.")
	third.Site, third.Path = "Harbour Trade Journal", "journal.txt"
	arts := append(slices.Clone(f.articles), third)
	nothing := &brief.Analysis{Articles: arts}
	for i, a := range arts {
		nothing.Sources = append(nothing.Sources, brief.Source{ID: brief.SourceID(i), ArticleID: a.ID, Title: a.Title, Path: a.Path, Site: a.Site, Date: a.Date, Words: a.Words})
	}
	// One page cites nothing; the other cites the first two articles only.
	some := f.analysis()
	some.Articles, some.Sources = arts, nothing.Sources
	for name, an := range map[string]*brief.Analysis{"nothing cited": nothing, "the third not cited": some} {
		b := Build(an, Options{Date: testDate})
		for _, paper := range []Paper{PaperA4, PaperLetter} {
			got := entryTexts(must2(footEntries(t, b, paper)))
			if len(got) != 3 {
				t.Fatalf("%s, %s: the sources list is %q, want the three articles", name, paper, got)
			}
			for i, a := range arts {
				if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, fmt.Sprintf("[%d] %s", i+1, a.Title[:20])) }) {
					t.Errorf("%s, %s: [%d] %q is not listed: %q", name, paper, i+1, a.Title, got)
				}
			}
		}
		for format, text := range map[string]string{"Markdown": b.Markdown(), "text": b.PlainText()} {
			for i, a := range arts {
				// "Title — Outlet · 24 Nov 2026", the date when known.
				line := a.Title + " — " + a.Site
				if !a.Date.IsZero() {
					line += " · " + a.Date.Format("2 Jan 2006")
				}
				want := fmt.Sprintf("- \\[%d\\] %s", i+1, line)
				if format == "text" {
					want = fmt.Sprintf("[%d] %s", i+1, line)
				}
				if !strings.Contains(text, want) {
					t.Errorf("%s, %s: no line %q in\n%s", name, format, want, text)
				}
			}
		}
		if line := sourcesLine(b.Sources); line != "3 sources · The Northern Courier, Baltic Wire, Harbour Trade Journal" {
			t.Errorf("%s: the line under the title is %q", name, line)
		}
	}
	if line := sourcesLine(nil); line != "No sources" {
		t.Errorf("no sources: %q", line)
	}
	if line := sourcesLine(nothing.Sources[:1]); line != "1 source · The Northern Courier" {
		t.Errorf("one source: %q", line)
	}
}

// TestSourcesByStoryListsEverySource: a briefing whose stories do not hold
// every source (one made by hand, or by a later version) still lists every
// source, the stories' first.
func TestSourcesByStoryListsEverySource(t *testing.T) {
	b := &Briefing{Title: "Harbour", Sources: []brief.Source{{ID: "S1", Title: "One"}, {ID: "S2", Title: "Two"}, {ID: "S3", Title: "Three"}}}
	if got := b.sourcesByStory(); !slices.Equal(got, []int{1, 2, 3}) {
		t.Errorf("no stories: %v", got)
	}
	b.Stories = []Story{{Sources: []string{"S3"}}, {Sources: []string{"S1", "S9"}}}
	if got := b.sourcesByStory(); !slices.Equal(got, []int{3, 1, 2}) {
		t.Errorf("stories of S3 and S1: %v, want 3, 1, then 2", got)
	}
}

func must2[T any](v T, _, _ float64) T { return v }

func TestASourceWithoutATitleIsNamedByItsFile(t *testing.T) {
	an := sourcesAnalysis(t,
		brief.Source{Path: "/home/ana/news/harbour-report.txt", Date: nov24},
		brief.Source{Path: `C:\Users\ana\Desktop\ferry notes.md`},
		brief.Source{Title: "   ", Path: "https://www.harbourtimes.example/news/strike-day-9/"},
		brief.Source{},
		brief.Source{Path: "-"},
	)
	b := Build(an, Options{Date: testDate})
	want := []string{
		"[1] harbour-report.txt — 24 Nov 2026",
		"[2] ferry notes.md",
		"[3] strike-day-9 — harbourtimes.example",
		"[4] Untitled article",
		"[5] Untitled article",
	}
	got := entryTexts(must2(footEntries(t, b, PaperA4)))
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("the sources list is\n%q\nwant\n%q", got, want)
	}
	md := b.Markdown()
	for i, w := range want {
		line := fmt.Sprintf("- \\[%d\\] %s", i+1, strings.TrimPrefix(w, fmt.Sprintf("[%d] ", i+1)))
		if !strings.Contains(md, line) {
			t.Errorf("Markdown has no line %q:\n%s", line, md)
		}
	}
}

func TestTheOutletIsReadFromAWebAddress(t *testing.T) {
	an := sourcesAnalysis(t,
		brief.Source{Title: "Strike talks resume", Path: "https://www.harbourtimes.example/2026/11/strike", Date: nov24},
		brief.Source{Title: "Mediator named", Path: "http://www.wire.example/kessmere?id=4"},
		brief.Source{Title: "Ferry fares frozen", Path: "https://islandcourier.example"},
		brief.Source{Title: "Port reopens", Path: "https://www.portnews.example/a", Site: " Port News Daily "},
		brief.Source{Title: "Council notes", Path: "/home/ana/notes/council.txt"},
		brief.Source{Title: "Pasted notes", Path: "ftp://files.example/notes.txt"},
	)
	b := Build(an, Options{Date: testDate})
	want := map[string]string{
		"S1": "harbourtimes.example", "S2": "wire.example", "S3": "islandcourier.example",
		"S4": "Port News Daily", "S5": "", "S6": "",
	}
	for _, s := range b.Sources {
		if got := sourceOutlet(s); got != want[s.ID] {
			t.Errorf("%s (%s): outlet %q, want %q", s.ID, s.Path, got, want[s.ID])
		}
	}
	entries := entryTexts(must2(footEntries(t, b, PaperA4)))
	for _, w := range []string{"[1] Strike talks resume — harbourtimes.example · 24 Nov 2026", "[2] Mediator named — wire.example",
		"[4] Port reopens — Port News Daily", "[5] Council notes", "[6] Pasted notes"} {
		if !slices.Contains(entries, w) {
			t.Errorf("no entry %q in %q", w, entries)
		}
	}
	// Each outlet once, however it is written.
	again := append(slices.Clone(b.Sources), brief.Source{ID: "S7", Title: "Port reopens, day two", Site: "PORT NEWS DAILY"})
	if line := sourcesLine(again); line != "7 sources · harbourtimes.example, wire.example, islandcourier.example, Port News Daily and others" {
		t.Errorf("the line under the title is %q", line)
	}
	var js struct {
		Sources []struct {
			Outlet string `json:"outlet"`
		} `json:"sources"`
	}
	data, err := b.JSON()
	if err != nil || json.Unmarshal(data, &js) != nil || len(js.Sources) != 6 || js.Sources[0].Outlet != "harbourtimes.example" || js.Sources[4].Outlet != "" {
		t.Errorf("JSON sources %+v (%v)", js.Sources, err)
	}
	// Past six sources the list has two columns, one line each: the date
	// is left out where the outlet and date together would take more than
	// their share of the line.
	many := sourcesAnalysis(t,
		brief.Source{Title: "Strike talks resume", Path: "https://www.harbourtimes.example/a", Date: nov24},
		brief.Source{Title: "Day two", Site: "Baltic Wire", Date: nov25}, brief.Source{Title: "Day three", Site: "Baltic Wire"},
		brief.Source{Title: "Day four", Site: "Baltic Wire"}, brief.Source{Title: "Day five", Site: "Baltic Wire"},
		brief.Source{Title: "Day six", Site: "Baltic Wire"}, brief.Source{Title: "Day seven", Path: "http://wire.example/7"})
	es, left, width := footEntries(t, Build(many, Options{Date: testDate}), PaperA4)
	got := entryTexts(es)
	for _, w := range []string{"[1] Strike talks resume — harbourtimes.example", "[2] Day two — Baltic Wire · 25 Nov 2026", "[7] Day seven — wire.example"} {
		if !slices.Contains(got, w) {
			t.Errorf("two columns: no entry %q in %q", w, got)
		}
	}
	cols := map[float64]bool{}
	for _, e := range es {
		cols[math.Round(e.left)] = true
		if e.right > left+width+0.01 {
			t.Errorf("%q runs past the page's edge", e.text)
		}
	}
	if len(cols) != 2 {
		t.Errorf("seven sources in %d columns, want 2", len(cols))
	}
}

// TestALongSourceTitleIsCutToItsLine: past footerWrapMax sources each
// entry is one line: a long title is cut with "…" at a word (a title of
// one word between letters), the outlet and date kept whole; an outlet
// too long for the line is left out, never cut.
func TestALongSourceTitleIsCutToItsLine(t *testing.T) {
	long := strings.Repeat("Harbour strike talks resume as the mediator shuttles between the sides ", 4)
	word := strings.Repeat("Kessmereharbourstrike", 12)
	an := sourcesAnalysis(t,
		brief.Source{Title: long, Site: "The Northern Courier", Date: nov24},
		brief.Source{Title: word, Site: "Baltic Wire", Date: nov25},
		brief.Source{Title: "Short", Site: strings.Repeat("Kessmere Evening Post and Harbour Trade Journal ", 6)},
		brief.Source{Title: "Council notes"},
		brief.Source{Title: "Ferry fares frozen", Site: "Island Courier"},
		brief.Source{Title: "Pilots back at work"},
	)
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		es, left, width := footEntries(t, Build(an, Options{Date: testDate}), paper)
		if len(es) != 6 {
			t.Fatalf("%s: entries %q", paper, entryTexts(es))
		}
		for i, e := range es {
			if e.right > left+width+0.01 {
				t.Errorf("%s: %q ends %.1f mm past the column", paper, e.text, e.right-left-width)
			}
			if len(e.lines) != 1 || i > 0 && math.Abs(e.y-es[i-1].y-(es[1].y-es[0].y)) > 0.01 {
				t.Errorf("%s: the entries are not one line each: %q", paper, entryTexts(es))
			}
		}
		byNum := map[string]string{}
		for _, e := range es {
			byNum[e.text[:3]] = e.text
		}
		// The title is cut, at a word, and the outlet and date kept whole.
		one := byNum["[1]"]
		title, meta, ok := strings.Cut(strings.TrimPrefix(one, "[1] "), " — ")
		if !ok || meta != "The Northern Courier · 24 Nov 2026" || !strings.HasSuffix(title, "…") {
			t.Errorf("%s: %q, want the title cut and the outlet and date kept", paper, one)
		}
		cut := strings.TrimSuffix(title, "…")
		if !strings.HasPrefix(long, cut) || strings.HasSuffix(cut, " ") || utf8.RuneCountInString(cut) < 20 || long[len(cut)] != ' ' {
			t.Errorf("%s: the title is cut to %q, not at a word", paper, title)
		}
		// A title of one word is cut between letters.
		two := byNum["[2]"]
		if title, meta, _ := strings.Cut(strings.TrimPrefix(two, "[2] "), " — "); !strings.HasSuffix(title, "…") || !strings.HasPrefix(word, strings.TrimSuffix(title, "…")) || meta != "Baltic Wire · 25 Nov 2026" {
			t.Errorf("%s: %q", paper, two)
		}
		// An outlet too long for the line is left out, not cut.
		if three := byNum["[3]"]; three != "[3] Short" {
			t.Errorf("%s: %q, want the title alone", paper, three)
		}
		if four := byNum["[4]"]; four != "[4] Council notes" {
			t.Errorf("%s: %q", paper, four)
		}
		if five := byNum["[5]"]; five != "[5] Ferry fares frozen — Island Courier" {
			t.Errorf("%s: %q", paper, five)
		}
	}
}

// TestAFewSourcesTakeTwoLinesEach: up to footerWrapMax sources, a long
// title takes a second line, which starts under the first (the numbers
// are a column of their own), and is cut with "…" only past it.
func TestAFewSourcesTakeTwoLinesEach(t *testing.T) {
	twoLines := "Harbour strike talks resume as the mediator shuttles between the union and the port authority for a third night"
	long := strings.Repeat("Harbour strike talks resume as the mediator shuttles between the sides ", 4)
	an := sourcesAnalysis(t,
		brief.Source{Title: twoLines, Site: "The Northern Courier", Date: nov24},
		brief.Source{Title: long, Site: "Baltic Wire", Date: nov25},
		brief.Source{Title: "Council notes"},
	)
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		es, left, width := footEntries(t, Build(an, Options{Date: testDate}), paper)
		if len(es) != 3 {
			t.Fatalf("%s: entries %q", paper, entryTexts(es))
		}
		byNum := map[string]setEntry{}
		for _, e := range es {
			byNum[e.text[:3]] = e
			if e.right > left+width+0.01 {
				t.Errorf("%s: %q ends %.1f mm past the column", paper, e.text, e.right-left-width)
			}
			if len(e.lines) > 2 {
				t.Errorf("%s: %q takes %d lines", paper, e.text, len(e.lines))
			}
			for _, x := range e.lineLefts {
				if math.Abs(x-e.lineLefts[0]) > 0.01 || x <= e.left {
					t.Errorf("%s: %q: its lines start at %v, not under each other after the number at %.1f", paper, e.text, e.lineLefts, e.left)
				}
			}
		}
		// Whole, on two lines: every word of the title, then the outlet
		// and date.
		one := byNum["[1]"]
		if len(one.lines) != 2 || one.text != "[1] "+twoLines+" — The Northern Courier · 24 Nov 2026" {
			t.Errorf("%s: %q in %d lines, want the whole title and outlet and date in two", paper, one.text, len(one.lines))
		}
		// Too long for two lines: cut at a word on the second, the outlet
		// and date kept.
		two := byNum["[2]"]
		title, meta, ok := strings.Cut(strings.TrimPrefix(two.text, "[2] "), " — ")
		cut := strings.TrimSuffix(title, "…")
		if len(two.lines) != 2 || !ok || meta != "Baltic Wire · 25 Nov 2026" || cut == title || !strings.HasPrefix(long, cut) || long[len(cut)] != ' ' {
			t.Errorf("%s: %q in %d lines, want the title cut at a word on the second line", paper, two.text, len(two.lines))
		}
		if three := byNum["[3]"]; len(three.lines) != 1 || three.text != "[3] Council notes" {
			t.Errorf("%s: %q", paper, three.text)
		}
	}
}

func TestClipWidth(t *testing.T) {
	m, err := loadFontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	// Cut at the last space when it is in the last third of what fits;
	// else between letters, rather than lose most of the room.
	room := func(head string) float64 { return m.measure(head+"…", faceRegular, 8) + 0.01 }
	for _, tc := range []struct{ s, fits, want string }{
		{"Port authority Kessmereharbour", "Port authority Kessm", "Port authority…"},
		{"Port authority Kessmereharbour", "Port authority Kessmereh", "Port authority Kessmereh…"},
		{"Port Kessmereharbourstrike", "Port Kessmereharb", "Port Kessmereharb…"},
	} {
		if got := m.clipWidth(tc.s, faceRegular, 8, room(tc.fits)); got != tc.want {
			t.Errorf("%q cut where %q fits: %q, want %q", tc.s, tc.fits, got, tc.want)
		}
	}
	for _, s := range []string{
		"Harbour strike talks resume as the mediator shuttles between the sides",
		"Kessmereharbourstrikekessmereharbourstrikekessmereharbourstrike",
		"Talks resume, the mediator says; both sides — union and port — agree",
		"Ми не відступимо ні сьогодні ні завтра, сказала міністр",
	} {
		full := m.measure(s, faceRegular, 8)
		if got := m.clipWidth(s, faceRegular, 8, full); got != s {
			t.Errorf("%q fits its own width but was cut to %q", s, got)
		}
		for _, width := range []float64{8, 20, 35, full - 1} {
			got := m.clipWidth(s, faceRegular, 8, width)
			head := strings.TrimSuffix(got, "…")
			if !strings.HasSuffix(got, "…") || !strings.HasPrefix(s, head) {
				t.Errorf("%q at %.0f mm: %q, want a head of it and …", s, width, got)
			}
			if w := m.measure(got, faceRegular, 8); w > width+1e-9 {
				t.Errorf("%q at %.0f mm: %q is %.1f mm wide", s, width, got, w)
			}
			if strings.TrimRight(head, " ,;:—–-") != head {
				t.Errorf("%q at %.0f mm: %q ends in a space or a mark before the …", s, width, got)
			}
			// Nearly all the room is used: at most the last word or a few
			// letters are dropped.
			if w := m.measure(got, faceRegular, 8); width > 15 && w < width*2/3-1 {
				t.Errorf("%q at %.0f mm: %q uses %.1f mm of %.0f", s, width, got, w, width)
			}
		}
	}
}

// TestWrapEndsACutLineWithAnEllipsis: an item cut to its lines ends in "…"
// after a whole word, without a dangling comma or dash before it, within
// the width; a lone word too long for the line is cut between letters.
func TestWrapEndsACutLineWithAnEllipsis(t *testing.T) {
	m, err := loadFontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	st := textStyle{faceRegular, 9, colInk}
	lineText := func(l setLine) string {
		var b strings.Builder
		for _, f := range l.frags {
			b.WriteString(f.text)
		}
		return b.String()
	}
	for _, tc := range []struct {
		text, fits, want string
	}{
		{"The union said, “we will not move until the plan is gone”", "The union said, “we", "The union said…"},
		{"Talks resumed on Monday — the mediator said both sides would meet", "Talks resumed on Monday — the", "Talks resumed on Monday…"},
		{"Talks resumed on Monday — the mediator said both sides would meet", "Talks resumed on Monday —", "Talks resumed on Monday…"},
	} {
		width := m.measure(tc.fits, faceRegular, 9) + 0.01
		lines := m.wrap([]textRun{{tc.text, st}}, width, 1)
		if len(lines) != 1 {
			t.Fatalf("%q: %d lines, want 1", tc.text, len(lines))
		}
		if got := lineText(lines[0]); got != tc.want || lines[0].width > width {
			t.Errorf("%q in the width of %q: %q (%.1f of %.1f mm), want %q", tc.text, tc.fits, got, lines[0].width, width, tc.want)
		}
	}
	word := strings.Repeat("Kessmere", 20)
	for _, n := range []int{1, 2} {
		lines := m.wrap([]textRun{{word, st}}, 40, n)
		last := lineText(lines[len(lines)-1])
		if len(lines) != n || !strings.HasSuffix(last, "…") || lines[len(lines)-1].width > 40 {
			t.Errorf("a long word in %d lines: %d lines, last %q (%.1f mm)", n, len(lines), last, lines[len(lines)-1].width)
		}
		var all strings.Builder
		for _, l := range lines {
			all.WriteString(lineText(l))
		}
		if !strings.HasPrefix(word, strings.TrimSuffix(all.String(), "…")) {
			t.Errorf("a long word in %d lines reads %q", n, all.String())
		}
	}
	// Lines that fit are not cut.
	if lines := m.wrap([]textRun{{"Talks resumed", st}}, 100, 1); len(lines) != 1 || lineText(lines[0]) != "Talks resumed" {
		t.Errorf("a short line was changed: %+v", lines)
	}
}
