package page

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// The articles in testdata/stories are fictional, written for these tests:
// one story told by three outlets (a ferry sinks; the outlets disagree on
// how many were rescued and on the rescue chief's first name, one reports
// a sale the owner denies, all three print the same quote, with a
// dateline, a byline and a credit line to keep off the page), and five
// articles on unrelated stories (a central bank, a tram line, river talks
// between two countries, a toy recall, a football stadium).

var (
	ferryFiles = []string{"ferry-courier.txt", "ferry-wire.txt", "ferry-gazette.txt"}
	otherFiles = []string{"bank.txt", "tram.txt", "river.txt", "toys.txt", "stadium.txt"}
	storySites = map[string]string{"ferry-courier.txt": "Harbour Courier", "ferry-wire.txt": "Baltic Wire", "ferry-gazette.txt": "Evening Gazette",
		"bank.txt": "Vellmark Courier", "tram.txt": "Ashby Evening Post", "river.txt": "Baltic Wire", "toys.txt": "Harbour Courier",
		"stadium.txt": "Evening Gazette"}

	exampleStoriesPDF = flag.String("example-stories-pdf", "", "write the example briefing of several stories (testdata/stories) to this PDF file")
)

// storyArticles loads fixture articles, with their outlets and dates.
func storyArticles(t testing.TB, names ...string) []*brief.Article {
	t.Helper()
	var out []*brief.Article
	for _, n := range names {
		a, err := load.File(filepath.Join("testdata", "stories", n))
		if err != nil {
			t.Fatal(err)
		}
		a.Site = storySites[n]
		a.Date = time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
		out = append(out, a)
	}
	return out
}

func storyBriefing(t testing.TB, names ...string) *Briefing {
	return Build(brief.Analyze(storyArticles(t, names...)...), Options{Date: testDate})
}

// pageText is what a fitted briefing prints, for every paper, as the PDF
// shows it.
func pageTexts(t *testing.T, b *Briefing) map[Paper]string {
	out := map[Paper]string{}
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		data := mustPDF(t, b, paper)
		if n := pdfPageCount(t, data); n != 1 {
			t.Fatalf("%s: %d pages, want 1", paper, n)
		}
		if again := mustPDF(t, b, paper); !bytes.Equal(data, again) {
			t.Errorf("%s: two PDFs of the same briefing differ", paper)
		}
		out[paper] = pdfText(t, data)
	}
	return out
}

func TestOneStoryAcrossThreeOutlets(t *testing.T) {
	b := storyBriefing(t, ferryFiles...)
	if len(b.Stories) != 1 || len(b.Stories[0].Sources) != 3 {
		t.Fatalf("the three articles tell one story, got %+v", b.Stories)
	}
	// The title is one of the articles' headlines, not "A and B: verb".
	headlines := map[string]bool{}
	for _, s := range b.Sources {
		headlines[s.Title] = true
	}
	if !headlines[b.Title] {
		t.Errorf("title %q is not one of the headlines %v", b.Title, headlines)
	}

	// One actor for the rescue chief, whom the outlets name three ways.
	var chief []brief.Actor
	for _, a := range b.Actors {
		if strings.Contains(a.Name, "Kusnadi") {
			chief = append(chief, a)
		}
	}
	if len(chief) != 1 || chief[0].Name != "Ravel Kusnadi" {
		t.Errorf("the rescue chief should be one actor, Ravel Kusnadi: %+v", chief)
	}

	// The quote all three print is one item citing all three.
	var shared *brief.Quote
	for i, q := range b.Quotes {
		if strings.Contains(q.Text, "every family has an answer") {
			if shared != nil {
				t.Errorf("the quote is printed twice")
			}
			shared = &b.Quotes[i]
		}
	}
	if shared == nil || citeMark(shared.Cites) != "[1,"+nbsp+"2,"+nbsp+"3]" || shared.Speaker != "Ravel Kusnadi" {
		t.Fatalf("the shared quote should cite [1, 2, 3] and name Ravel Kusnadi: %+v", shared)
	}

	// The count the outlets give differently, and the sale one reports and
	// the owner denies, each with who says what.
	var rescued, sale *Difference
	for i, d := range b.Differences {
		switch {
		case d.Kind == "number" && strings.HasPrefix(d.Topic, "people rescued"):
			rescued = &b.Differences[i]
		case d.Kind == "denial" && strings.Contains(d.Topic, "sold the Northwind"):
			sale = &b.Differences[i]
		}
	}
	if rescued == nil || sale == nil {
		t.Fatalf("differences = %+v, want the number rescued and the denied sale", b.Differences)
	}
	want := []Claim{
		{Says: "31", Who: "the coastguard", Cites: []brief.Cite{{Source: "S1", Sentence: 1}}},
		{Says: "13", Who: "Ravel Kusnadi", Cites: []brief.Cite{{Source: "S2", Sentence: 1}}},
	}
	if !sameClaims(rescued.Claims, want) {
		t.Errorf("people rescued: %+v, want %+v", rescued.Claims, want)
	}
	if len(sale.Claims) != 2 || sale.Claims[0].Says != "reported" || sale.Claims[0].Who != "port officials" ||
		sale.Claims[1].Says != "denied" || sale.Claims[1].Who != "Marguerite Ostrander" {
		t.Errorf("the denied sale: %+v", sale.Claims)
	}
	// The denial is printed once, as a difference, not again as a dispute.
	for _, d := range b.Disputes {
		if strings.Contains(d.Text, "scrap dealer") {
			t.Errorf("a dispute restates where the sources differ: %q", d.Text)
		}
	}
	// Two crew members killed: every outlet says two, so no difference.
	for _, d := range b.Differences {
		if strings.Contains(d.Topic, "crew") {
			t.Errorf("the outlets agree on the crew, yet: %+v", d)
		}
	}

	for paper, text := range pageTexts(t, b) {
		for _, w := range []string{
			"SOURCES DIFFER", "People rescued: 31, per the coastguard [1]; 13, per Ravel Kusnadi [2]",
			"denied by Marguerite Ostrander [2]",
			"every family has an answer", "— Ravel Kusnadi [1, 2, 3]",
		} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the page lacks %q:\n%s", paper, w, text)
			}
		}
		// No dateline, byline or credit anywhere in the printed text.
		for _, bad := range []string{"MARROW ISLAND —", "PORTVEN", "(Baltic Wire)", "By Lotte", "Lotte Maris", "Reporting by", "Jonas Feld", "Ada Brenner"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s: the page prints %q:\n%s", paper, bad, text)
			}
		}
	}
	assertShortItems(t, b.FitOnePage(PaperA4))
}

func sameClaims(got, want []Claim) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i].Says != want[i].Says || got[i].Who != want[i].Who || citeMark(got[i].Cites) != citeMark(want[i].Cites) {
			return false
		}
	}
	return true
}

// assertShortItems checks that every item on the page is a short clause:
// at most about 25 words, never an unclosed phrase, and that a stance is a
// phrase of its own.
func assertShortItems(t *testing.T, b *Briefing) {
	t.Helper()
	for _, sec := range b.Sections() {
		for _, it := range sec.Items {
			var text string
			switch it.Kind {
			case ItemActor:
				text = it.Actor.Stance
				if n := wordCount(text); n > stanceWords || text != "" && dangles(text) || strings.HasSuffix(text, "…") {
					t.Errorf("stance %q of %s is not a short phrase", text, it.Actor.Name)
				}
				continue
			case ItemDifference:
				lead, claims, _ := DifferenceClause(*it.Difference)
				text = lead + " " + strings.Join(claims, " ")
			default:
				text = sec.Clause(it).String()
			}
			if n := wordCount(text); n > maxItemWords+3 {
				t.Errorf("%q has %d words, want about %d at most", text, n, maxItemWords)
			}
			// Cut, it still ends where a phrase does.
			if cut, ok := strings.CutSuffix(text, "…"); ok && dangles(strings.TrimRight(cut, " .?!”\"")) && !strings.HasSuffix(strings.TrimSpace(cut), ".") {
				t.Errorf("%q is cut after a word that needs the next", text)
			}
		}
	}
}

func TestFiveUnrelatedArticles(t *testing.T) {
	b := storyBriefing(t, otherFiles...)
	if len(b.Stories) != 5 {
		t.Fatalf("five unrelated articles are five stories, got %d: %+v", len(b.Stories), b.Stories)
	}
	// The lead story is the one loaded last (none has more sources or a
	// later date); the title counts the stories and names it.
	if b.Stories[0].Sources[0] != "S5" || !strings.HasPrefix(b.Title, "Briefing: 5 stories — Harlow Rovers unveil plans") {
		t.Errorf("title %q, lead story %+v", b.Title, b.Stories[0])
	}
	if regexp.MustCompile(`^\w+ and \w+: `).MatchString(b.Title) {
		t.Errorf("title %q names two actors and a word", b.Title)
	}
	f := b.FitOnePage(PaperA4)
	secs := f.Sections()
	others := 0
	for _, sec := range secs {
		if !sec.Other {
			continue
		}
		others++
		if len(sec.Items) == 0 || len(sec.Items) > otherStoryItems {
			t.Errorf("story %q shows %d items, want one to three", sec.Title, len(sec.Items))
		}
		for _, it := range sec.Items {
			for _, c := range it.Cites() {
				if c.Source != sec.Sources[0] {
					t.Errorf("story %q shows an item of another story: %+v", sec.Title, it)
				}
			}
		}
	}
	if others != 4 {
		t.Errorf("%d other stories on the page, want 4", others)
	}
	assertShortItems(t, f)
	// No article is silently absent: each story's headline and each
	// source are on the page.
	for paper, text := range pageTexts(t, b) {
		for _, st := range b.Stories {
			if !strings.Contains(text, shortHeadline(st.Title, storyHeadlineWords)) && !strings.Contains(b.Title, shortHeadline(st.Title, 10)) {
				t.Errorf("%s: story %q is not on the page:\n%s", paper, st.Title, text)
			}
		}
		for i := range b.Sources {
			if !strings.Contains(text, "["+string(rune('1'+i))+"] ") {
				t.Errorf("%s: source %d is not in the footer", paper, i+1)
			}
		}
		for _, w := range []string{"LEAD STORY", "OTHER STORIES"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the page lacks %q:\n%s", paper, w, text)
			}
		}
	}
}

func TestStoriesOfAMixedBriefing(t *testing.T) {
	// The ferry story (three sources) leads, whatever the order of loading.
	names := append(append([]string{"bank.txt", "toys.txt"}, ferryFiles...), "river.txt")
	b := storyBriefing(t, names...)
	if len(b.Stories) != 4 {
		t.Fatalf("stories = %+v, want the ferry and three others", b.Stories)
	}
	if got := strings.Join(b.Stories[0].Sources, " "); got != "S3 S4 S5" {
		t.Errorf("lead story = %s, want the three ferry articles", got)
	}
	if !strings.HasPrefix(b.Title, "Briefing: 4 stories — ") {
		t.Errorf("title = %q", b.Title)
	}
	// The sources footer lists them story by story, the lead story first.
	if got := b.sourcesByStory(); len(got) != 6 || got[0] != 3 || got[1] != 4 || got[2] != 5 {
		t.Errorf("footer order = %v", got)
	}
	// Each item belongs to the story its sources tell, and the lead
	// story's sections show only its own.
	for _, sec := range b.FitOnePage(PaperLetter).Sections() {
		for _, it := range sec.Items {
			if st := b.storyOf(it.Cites()); st != sec.Story {
				t.Errorf("%q (story %d) shows an item of story %d", sec.Title, sec.Story, st)
			}
		}
	}
}

func TestGroupStories(t *testing.T) {
	arts := storyArticles(t, append(append([]string{}, otherFiles...), ferryFiles...)...)
	an := brief.Analyze(arts...)
	groups := groupStories(an)
	if len(groups) != 6 || len(groups[0]) != 3 {
		t.Fatalf("groups = %v, want the three ferry articles and five others", groups)
	}
	// Far apart in time, the same names are a different story.
	arts[5].Date = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	an = brief.Analyze(arts...)
	if groups := groupStories(an); len(groups[0]) != 2 {
		t.Errorf("an article published a year earlier joined the story: %v", groups)
	}
}

func TestClauses(t *testing.T) {
	commitments := []struct {
		c    brief.Commitment
		want string
	}{
		// The time of the saying is not the time of the deed.
		{brief.Commitment{Actor: "United States", Text: "The government plans to lift trade sanctions, officials said late Thursday.",
			What: "plans to lift trade sanctions, officials said late Thursday", When: "late Thursday"},
			"United States — plans to lift trade sanctions"},
		// A clause cut short at a quotation mark is read on in its sentence.
		{brief.Commitment{Actor: "Vellmark", Text: "Vellmark is ready to send engineers to rebuild a “safe and lasting” river crossing, the premier said after the summit.",
			What: "ready to send engineers to rebuild a"},
			"Vellmark — ready to send engineers to rebuild a “safe and lasting” river crossing"},
		// A bare action says "will"; the time it lacks comes after it.
		{brief.Commitment{Actor: "Helena Sørensen", Text: "The government would appoint a mediator by Friday.", What: "appoint a mediator", When: "by Friday", Strength: brief.Firm},
			"Helena Sørensen — will appoint a mediator — by Friday"},
		// "seek" opens a predicate only before "to".
		{brief.Commitment{Actor: "Port", Text: "The port would seek an injunction on Wednesday.", What: "seek an injunction", When: "on Wednesday", Strength: brief.Firm},
			"Port — will seek an injunction — on Wednesday"},
		{brief.Commitment{Actor: "Republicans", Text: "Republicans want to make the tax cuts permanent.", What: "want to make the tax cuts permanent", Strength: brief.Hedged},
			"Republicans — want to make the tax cuts permanent"},
		// A time inside the clause stays where the sentence puts it.
		{brief.Commitment{Actor: "Nigeria", Text: "Nigeria agreed on Tuesday to build a supply chain.", What: "agreed on Tuesday to build a supply chain", When: "on Tuesday"},
			"Nigeria — agreed on Tuesday to build a supply chain"},
	}
	for _, tt := range commitments {
		if got := CommitmentClause(tt.c).String(); got != tt.want {
			t.Errorf("CommitmentClause = %q, want %q", got, tt.want)
		}
	}
	disputes := []struct {
		d    brief.Dispute
		want string
	}{
		{brief.Dispute{Parties: []string{"Amara Okafor", "United Kingdom"}, Cue: "rejected",
			Text: "She also rejected a British request for the plants to be run by a company listed in London."},
			"Amara Okafor vs United Kingdom — rejected a British request for the plants to be run by a company listed in London"},
		{brief.Dispute{Parties: []string{"Union", "Port"}, Cue: "collapsed", Text: "Talks over automated cranes collapsed, halting most traffic."},
			"Union vs Port — Talks over automated cranes collapsed, halting most traffic"},
		{brief.Dispute{Parties: []string{"China", "European Union"}, Cue: "rebuke",
			Text: "The deal drew a sharp rebuke from Beijing and left the European Union asking for a seat at the table, a diplomat said."},
			"China vs European Union — the deal drew a sharp rebuke from Beijing and left the European Union asking for a seat at the table"},
		{brief.Dispute{Parties: []string{"China"}, Cue: "rebuke",
			Text: "Mr Gao delivered a sharp rebuke to Britain."},
			"China — Mr Gao delivered a sharp rebuke to Britain"},
	}
	for _, tt := range disputes {
		if got := DisputeClause(tt.d).String(); got != tt.want {
			t.Errorf("DisputeClause = %q, want %q", got, tt.want)
		}
	}
	long := brief.Quote{Speaker: "Amara Okafor", Text: "For thirty years our minerals have left Nigeria on ships and come back to us as finished goods at ten times the price. That ends today, and the factories will be ours. We will train our own engineers."}
	if got := QuoteClause(long).Clause; got != "For thirty years our minerals have left Nigeria on ships and come back to us as finished goods at ten times the price. …" {
		t.Errorf("QuoteClause = %q", got)
	}
	// Cut inside its first sentence, a quote ends with "…".
	first := brief.Quote{Text: "We have spoken and we will keep speaking about how our two harbours, Madam Mayor, can make sure that every ferry that leaves is one that comes back, because nothing matters more"}
	if got := quoteClause(first, otherItemWords).Clause; !strings.HasSuffix(got, "…") || wordCount(got) > otherItemWords+1 {
		t.Errorf("quoteClause = %q", got)
	}
	short := brief.Dispute{Parties: []string{"Robert Mugabe"}, Cue: "blamed", Text: "The events could signal change for a breadbasket reduced to destitution by policies his critics have long blamed on him."}
	if got := DisputeClause(short).Clause; wordCount(got) < 5 {
		t.Errorf("a dispute's clause too short to say anything: %q", got)
	}
	// A quote taken up mid-sentence says so.
	if got := QuoteClause(brief.Quote{Text: "also meant to frighten investors and the tourists who still come"}).Clause; got != "… also meant to frighten investors and the tourists who still come" {
		t.Errorf("QuoteClause = %q", got)
	}
	split := brief.Quote{Text: "Tonight our thoughts are with every family waiting at the harbour … For the whole company, I am sorry. No words will bring them back, and we will do all we can for them."}
	if got := QuoteClause(split).Clause; got != "Tonight our thoughts are with every family waiting at the harbour … For the whole company, I am sorry. …" {
		t.Errorf("QuoteClause keeps a split quote's mark: %q", got)
	}
}

func TestClipPhrase(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
		ok   bool
	}{
		// Never "Plans to campaign for Mr".
		{"Plans to campaign for Mr Lindqvist in the spring election", 5, "Plans to campaign", true},
		{"At odds with Amara Okafor over a British request for the plants", 10, "At odds with Amara Okafor over a British request", true},
		{"Seeks a settlement of the longstanding claims of the northern provinces", 6, "", false},
		{"Will invest £1.2bn in three plants", 10, "Will invest £1.2bn in three plants", true},
	}
	for _, tt := range tests {
		got, ok := clipPhrase(tt.in, tt.n)
		if got != tt.want || ok != tt.ok {
			t.Errorf("clipPhrase(%q, %d) = %q, %v; want %q, %v", tt.in, tt.n, got, ok, tt.want, tt.ok)
		}
	}
	// Never ends on a word that needs the next.
	if got := clipClause("Plans to campaign for Mr Lindqvist in the spring election", 5); dangles(strings.TrimSuffix(got, "…")) {
		t.Errorf("clipClause = %q", got)
	}
}

func TestTrimDateline(t *testing.T) {
	tests := map[string]string{
		"LORNE, Vellmark/PORTVEN (Baltic Wire) - Rescuers pulled survivors from the sea.": "Rescuers pulled survivors from the sea.",
		"PORTVEN, Marrow Island (Baltic Wire) - The head of the agency spoke.":            "The head of the agency spoke.",
		"LONDON — Britain and Nigeria agreed on Tuesday.":                                 "Britain and Nigeria agreed on Tuesday.",
		"Rescuers - many of them fishermen - worked through the night.":                   "Rescuers - many of them fishermen - worked through the night.",
	}
	for in, want := range tests {
		if got := trimDateline(in); got != want {
			t.Errorf("trimDateline(%q) = %q, want %q", in, got, want)
		}
	}
	if !isCredit("(Additional reporting by Jonas Feld; editing by Ada Brenner)") || isCredit("Reporters gathered by the gate.") {
		t.Error("isCredit")
	}
}

func TestCountsIn(t *testing.T) {
	cs := countsIn("The harbour police first said 40 bodies had been recovered, although a local radio station quoted the rescue chief, who put the number at only three bodies retrieved by nightfall.", 0, 0)
	if len(cs) != 2 || cs[0].value != 40 || cs[1].written != "three" || cs[0].noun != "body" || cs[1].verb != "recovered" || cs[0].verb != "recovered" {
		t.Errorf("counts = %+v", cs)
	}
	for _, s := range []string{"Inflation rose 4.5 per cent in 2027.", "About 30 ships searched the area.", "The 1990 law still stands."} {
		for _, c := range countsIn(s, 0, 0) {
			if c.exact && c.verb != "" {
				t.Errorf("%q: %+v is not a count of a deed", s, c)
			}
		}
	}
}

func TestTextExportsOfStories(t *testing.T) {
	b := storyBriefing(t, append(append([]string{}, ferryFiles...), "bank.txt", "river.txt")...).FitOnePage(PaperA4)
	md, txt := b.Markdown(), b.PlainText()
	for _, want := range []string{
		"## Lead story\n\n", "## Sources differ\n\n- **People rescued**: 31, per the coastguard [1]; 13, per Ravel Kusnadi [2]\n",
		"## Other stories\n", "### Bank of Vellmark raises interest rate to 4.5 per cent [4]\n",
		"## Sources\n\n- \\[1\\] ", "\n- \\[4\\] Bank of Vellmark raises interest rate to 4.5 per cent — Vellmark Courier · 3 Mar 2026\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	for _, want := range []string{
		"\nLEAD STORY\n", "\nSOURCES DIFFER\n- People rescued: 31, per the coastguard [1]; 13, per Ravel Kusnadi [2]\n",
		"\nOTHER STORIES\n* Bank of Vellmark raises interest rate to 4.5 per cent [4]\n  - ",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q:\n%s", want, txt)
		}
	}
	data, err := b.JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"kind": "number"`, `"topic": "people rescued"`, `"who": "the coastguard"`, `"lead": true`, `"title": "Bank of Vellmark raises interest rate to 4.5 per cent"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
}

func TestStripAttribution(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plans to lift the export ban, Vellmark treasury officials said late Thursday", "plans to lift the export ban"},
		{"ready to send engineers to rebuild a “safe and lasting” river crossing, Premier Oskar Lindahl said after two days of talks with the Kestrian president in the capital on Friday", "ready to send engineers to rebuild a “safe and lasting” river crossing"},
		{"will open an inquiry, according to the ministry", "will open an inquiry"},
		{"He said divers would reach the wreck", "He said divers would reach the wreck"},
		{"would pay for the families' travel", "would pay for the families' travel"},
	}
	for _, tt := range tests {
		if got, _ := stripAttribution(tt.in); got != tt.want {
			t.Errorf("stripAttribution(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStoriesExample makes the README's example page: the ferry story told
// by three outlets, with two other stories. Run with -example-stories-pdf
// FILE to write it.
func TestStoriesExample(t *testing.T) {
	b := storyBriefing(t, "bank.txt", "river.txt", "ferry-courier.txt", "ferry-wire.txt", "ferry-gazette.txt")
	if len(b.Stories) != 3 || len(b.Stories[0].Sources) != 3 {
		t.Fatalf("stories = %+v", b.Stories)
	}
	data := mustPDF(t, b, PaperA4)
	if n := pdfPageCount(t, data); n != 1 {
		t.Fatalf("%d pages", n)
	}
	if *exampleStoriesPDF != "" {
		if err := os.WriteFile(*exampleStoriesPDF, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOtherStoriesInTwoColumns(t *testing.T) {
	b := storyBriefing(t, otherFiles...)
	m, err := loadFontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		f := b.FitOnePage(paper)
		plan := planPage(m, f, paper, f.fit.level)
		w, _ := paper.size()
		colW := (w - 2*pageMarginX - columnGap) / 2
		right := pageMarginX + colW + columnGap
		// Each story's headline opens a block in the left or the right
		// column, the earlier stories on the left.
		var xs []float64
		top := math.Inf(1)
		for _, sec := range f.Sections() {
			if !sec.Other {
				continue
			}
			first := strings.Fields(shortHeadline(sec.Title, storyHeadlineWords))[0]
			for _, op := range plan.ops {
				if op.kind == drawText && op.st.font == faceBold && strings.HasPrefix(op.text, first) && op.y > plan.limit/3 {
					xs = append(xs, op.x)
					top = math.Min(top, op.y)
					break
				}
			}
		}
		if len(xs) != 4 || xs[0] != pageMarginX || xs[len(xs)-1] < right-0.01 {
			t.Errorf("%s: the other stories' headlines start at %v, want the left column then the right", paper, xs)
		}
		for i := 1; i < len(xs); i++ {
			if xs[i] < xs[i-1] {
				t.Errorf("%s: story %d is left of the one before: %v", paper, i, xs)
			}
		}
		// Nothing in the left column runs into the right one.
		for _, op := range plan.ops {
			if op.kind != drawText || op.y < top-5 || op.y > plan.limit || op.x >= right-0.01 {
				continue
			}
			if end := op.x + m.measure(op.text, op.st.font, op.st.size); end > pageMarginX+colW+0.5 {
				t.Errorf("%s: %q runs to %.1f mm, past the left column's %.1f", paper, op.text, end, pageMarginX+colW)
			}
		}
	}
}

func TestBalancedTitle(t *testing.T) {
	m, err := loadFontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	title := []textRun{{"Rescuers pull bodies and debris of the missing ferry from the sea off Marrow", textStyle{faceBold, 18, colInk}}}
	lines := m.balancedWrap(title, 174, 2)
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	// No word alone on the last line: the lines are of about even length.
	if lines[1].width < 0.6*lines[0].width {
		t.Errorf("lines of %.0f and %.0f mm, want them even", lines[0].width, lines[1].width)
	}
	if m.clipped(lines, title) {
		t.Errorf("the title lost words")
	}
}
