package page

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/internal/caps"
	"github.com/briefing-app/briefing/brief/load"
)

// The test articles are fictional, written for these tests.

const courierTitle = "Dockworkers strike shuts Port of Kessmere as talks on automation collapse"

const courierBody = `KESSMERE — Dockworkers walked out at the Port of Kessmere on Monday after talks over automated cranes collapsed, halting most container traffic at the country's second-busiest harbour and stranding dozens of ships offshore.

The Harbour Workers' Union said its 4,200 members would stay out until the port authority withdrew plans to replace half of its crane operators with remote-controlled systems by 2028. The port authority said the strike was unlawful and that it would seek an injunction on Wednesday.

“We are not against new machines, we are against losing our jobs to them without a say,” said Zoë Lindqvist, the union's general secretary, outside the port gates. “Give us a seat at the table and we will be back at work tomorrow.”

The port's chief executive, Mattias Berg, rejected the union's demand for a veto over the automation plan. “No port in Europe gives a union a veto over investment, and Kessmere will not be the first,” he said.

Transport Minister Helena Sørensen said the government would appoint an independent mediator by Friday and urged both sides to return to talks. She said she hoped the port could reopen before the Christmas peak.

Shipping lines warned that a long stoppage would push freight rates higher. Nordvik Lines said it would divert three vessels to Aarhus this week.`

const wireTitle = "Kessmere port strike: minister names mediator as ships queue offshore"

const wireBody = `COPENHAGEN — The government appointed former judge Ana Ramírez as mediator in the Port of Kessmere strike on Tuesday, as more than 40 container ships queued outside the harbour.

Transport Minister Helena Sørensen said Ms Ramírez would meet the Harbour Workers' Union and the port authority separately on Thursday. “Both sides have told me they want a deal,” Ms Sørensen said.

The union's general secretary, Zoë Lindqvist, repeated that members would not return to work without guarantees on jobs. “We are not against new machines, we are against losing our jobs to them without a say,” she said.

Mattias Berg, the port's chief executive, said the authority had agreed to freeze the automation tender for three months while talks continued. But he criticised the union for what he called “holding the country's trade hostage”.

Exporters' groups have urged the government to intervene directly. The Chamber of Commerce said the strike was costing the economy about €30m a day.`

var testDate = time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC)

// fixture builds the analysis an engine would make of the two articles,
// by hand, so that these tests do not depend on the engine.
type fixture struct {
	t        testing.TB
	articles []*brief.Article
}

// cite finds the sentence of article i (0-based) that contains s.
func (f *fixture) cite(i int, s string) brief.Cite {
	a := f.articles[i]
	for n := range a.Sentences {
		if strings.Contains(a.SentenceText(n), s) {
			return brief.Cite{Source: brief.SourceID(i), Sentence: n}
		}
	}
	f.t.Fatalf("no sentence of article %d contains %q", i, s)
	return brief.Cite{}
}

func newFixture(t testing.TB) *fixture {
	courier := brief.NewArticle(courierTitle, courierBody)
	courier.Site, courier.Date, courier.Path = "The Northern Courier", time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), "courier.txt"
	wire := brief.NewArticle(wireTitle, wireBody)
	wire.Site, wire.Date, wire.Path = "Baltic Wire", time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), "wire.txt"
	return &fixture{t: t, articles: []*brief.Article{courier, wire}}
}

// analysis is the hand-made analysis of the fixture's articles.
func (f *fixture) analysis() *brief.Analysis {
	an := &brief.Analysis{Articles: f.articles}
	for i, a := range f.articles {
		an.Sources = append(an.Sources, brief.Source{ID: brief.SourceID(i), ArticleID: a.ID, Title: a.Title, Path: a.Path, Site: a.Site, Date: a.Date, Words: a.Words})
	}
	c := f.cite
	an.Actors = []brief.Actor{
		{Name: "Zoë Lindqvist", Kind: brief.KindPerson, Role: "general secretary, Harbour Workers' Union", Aliases: []string{"Ms Lindqvist"}, Mentions: 4, Score: 9, Cites: []brief.Cite{c(0, "Zoë Lindqvist"), c(1, "Zoë Lindqvist")}},
		{Name: "Harbour Workers' Union", Kind: brief.KindOrganization, Aliases: []string{"the union"}, Mentions: 5, Score: 8, Cites: []brief.Cite{c(0, "Harbour Workers' Union said"), c(1, "meet the Harbour")}},
		{Name: "Mattias Berg", Kind: brief.KindPerson, Role: "chief executive, Port of Kessmere", Aliases: []string{"Mr Berg"}, Mentions: 3, Score: 7, Cites: []brief.Cite{c(0, "Mattias Berg"), c(1, "Mattias Berg")}},
		{Name: "Helena Sørensen", Kind: brief.KindPerson, Role: "Transport Minister", Aliases: []string{"Ms Sørensen"}, Mentions: 4, Score: 7, Cites: []brief.Cite{c(0, "Helena Sørensen"), c(1, "Helena Sørensen")}},
		{Name: "Port of Kessmere", Kind: brief.KindOrganization, Aliases: []string{"the port authority"}, Mentions: 5, Score: 6, Cites: []brief.Cite{c(0, "Dockworkers walked out"), c(1, "agreed to freeze")}},
		{Name: "Ana Ramírez", Kind: brief.KindPerson, Role: "mediator, former judge", Aliases: []string{"Ms Ramírez"}, Mentions: 2, Score: 4, Cites: []brief.Cite{c(1, "Ana Ramírez")}},
		{Name: "Nordvik Lines", Kind: brief.KindOrganization, Mentions: 1, Score: 2, Cites: []brief.Cite{c(0, "Nordvik Lines")}},
		{Name: "Chamber of Commerce", Kind: brief.KindOrganization, Mentions: 1, Score: 1, Cites: []brief.Cite{c(1, "Chamber of Commerce")}},
	}
	an.Commitments = []brief.Commitment{
		{Actor: "Helena Sørensen", Text: "Transport Minister Helena Sørensen said the government would appoint an independent mediator by Friday.", What: "appoint an independent mediator", When: "by Friday", Strength: brief.Firm, Score: 8, Cites: []brief.Cite{c(0, "independent mediator")}},
		{Actor: "Port of Kessmere", Text: "The authority agreed to freeze the automation tender for three months while talks continued.", What: "freeze the automation tender for three months", Strength: brief.Firm, Score: 7, Cites: []brief.Cite{c(1, "agreed to freeze")}},
		{Actor: "Harbour Workers' Union", Text: "Its 4,200 members would stay out until the port authority withdrew plans to replace half of its crane operators with remote-controlled systems by 2028.", What: "stay out until the automation plans are withdrawn", Strength: brief.Firm, Score: 7, Cites: []brief.Cite{c(0, "4,200 members")}},
		{Actor: "Ana Ramírez", Text: "Ms Ramírez would meet the Harbour Workers' Union and the port authority separately on Thursday.", What: "meet both sides separately", When: "on Thursday", Strength: brief.Firm, Score: 6, Cites: []brief.Cite{c(1, "separately on Thursday")}},
		{Actor: "Port of Kessmere", Text: "The port authority would seek an injunction on Wednesday.", What: "seek an injunction", When: "on Wednesday", Strength: brief.Firm, Score: 5, Cites: []brief.Cite{c(0, "seek an injunction")}},
		{Actor: "Helena Sørensen", Text: "She hoped the port could reopen before the Christmas peak.", What: "see the port reopen before the Christmas peak", Strength: brief.Hedged, Score: 3, Cites: []brief.Cite{c(0, "Christmas peak")}},
		{Actor: "Nordvik Lines", Text: "Nordvik Lines said it would divert three vessels to Aarhus this week.", What: "divert three vessels to Aarhus", When: "this week", Strength: brief.Firm, Score: 2, Cites: []brief.Cite{c(0, "divert three vessels")}},
	}
	an.Disputes = []brief.Dispute{
		{Parties: []string{"Mattias Berg", "Harbour Workers' Union"}, Text: "Mattias Berg rejected the union's demand for a veto over the automation plan.", Topic: "the automation plan", Cue: "rejected", Score: 8, Cites: []brief.Cite{c(0, "rejected the union")}},
		{Parties: []string{"Harbour Workers' Union", "Port of Kessmere"}, Text: "Talks over automated cranes collapsed, halting most container traffic.", Topic: "automated cranes", Cue: "collapsed", Score: 7, Cites: []brief.Cite{c(0, "Dockworkers walked out")}},
		{Parties: []string{"Mattias Berg", "Harbour Workers' Union"}, Text: "Mr Berg criticised the union for “holding the country's trade hostage”.", Cue: "criticised", Score: 5, Cites: []brief.Cite{c(1, "criticised the union")}},
		{Parties: []string{"Chamber of Commerce", "government"}, Text: "Exporters' groups have urged the government to intervene directly.", Cue: "urged", Score: 3, Cites: []brief.Cite{c(1, "intervene directly")}},
	}
	an.Quotes = []brief.Quote{
		{Text: "We are not against new machines, we are against losing our jobs to them without a say,", Speaker: "Zoë Lindqvist", Score: 9, Cites: []brief.Cite{c(0, "not against new machines")}},
		{Text: "No port in Europe gives a union a veto over investment, and Kessmere will not be the first,", Speaker: "Mattias Berg", Score: 8, Cites: []brief.Cite{c(0, "No port in Europe")}},
		{Text: "Give us a seat at the table and we will be back at work tomorrow.", Speaker: "Zoë Lindqvist", Score: 6, Cites: []brief.Cite{c(0, "seat at the table")}},
		{Text: "Both sides have told me they want a deal,", Speaker: "Helena Sørensen", Score: 5, Cites: []brief.Cite{c(1, "Both sides")}},
		{Text: "We are not against new machines, we are against losing our jobs to them without a say", Speaker: "Zoë Lindqvist", Score: 7, Cites: []brief.Cite{c(1, "not against new machines")}},
		{Text: "holding the country's trade hostage", Speaker: "Mattias Berg", Score: 4, Cites: []brief.Cite{c(1, "hostage")}},
	}
	return an
}

func keysOf[T any](xs []T, key func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = key(x)
	}
	return out
}

func TestBuildMergesTheSameQuoteFromTwoOutlets(t *testing.T) {
	an := newFixture(t).analysis()
	b := Build(an, Options{Date: testDate})
	var machines []brief.Quote
	for _, q := range b.Quotes {
		if strings.Contains(q.Text, "new machines") {
			machines = append(machines, q)
		}
	}
	if len(machines) != 1 {
		t.Fatalf("the quote both outlets print should be one item, got %d: %+v", len(machines), machines)
	}
	srcs := map[string]bool{}
	for _, c := range machines[0].Cites {
		srcs[c.Source] = true
	}
	if !srcs["S1"] || !srcs["S2"] {
		t.Errorf("the merged quote should cite both sources, cites %v", machines[0].Cites)
	}
	if !strings.HasSuffix(machines[0].Text, ",") {
		t.Errorf("the merged quote should keep its most complete form, got %q", machines[0].Text)
	}
	if b.Quotes[0].Key() != machines[0].Key() {
		t.Errorf("the quote two outlets carry from the top actor should lead, got %q first", b.Quotes[0].Text)
	}
}

func TestBuildQuoteSelection(t *testing.T) {
	an := newFixture(t).analysis()
	b := Build(an, Options{Date: testDate})
	for _, q := range b.Quotes {
		if strings.Contains(q.Text, "hostage") {
			t.Errorf("a five-word phrase in scare quotes is not a quote worth a line: %q", q.Text)
		}
	}
	if len(b.Quotes) != 4 {
		t.Errorf("want 4 quotes (6, one duplicate merged, one phrase dropped), got %d", len(b.Quotes))
	}
	// Pinned, the phrase stays.
	hostage := an.Quotes[5].Key()
	b = Build(an, Options{Date: testDate, Pinned: map[string]bool{hostage: true}})
	if !containsKey(keysOf(b.Quotes, brief.Quote.Key), hostage) {
		t.Errorf("a pinned quote must stay however short")
	}
}

func containsKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

func TestBuildRemovedAndPinnedApplyToMergedItems(t *testing.T) {
	an := newFixture(t).analysis()
	// Removing the form one outlet printed removes the merged quote.
	b := Build(an, Options{Date: testDate, Removed: map[string]bool{an.Quotes[4].Key(): true}})
	for _, q := range b.Quotes {
		if strings.Contains(q.Text, "new machines") {
			t.Fatalf("removing one form of a merged quote should remove it, still there: %q", q.Text)
		}
	}
	if b.Removed != 1 {
		t.Errorf("Removed = %d, want 1", b.Removed)
	}
	// Pinning the shorter form makes it the one shown, so the pin holds.
	short := an.Quotes[4].Key()
	b = Build(an, Options{Date: testDate, Pinned: map[string]bool{short: true}})
	if !containsKey(keysOf(b.Quotes, brief.Quote.Key), short) {
		t.Errorf("the pinned form of a merged quote should be the one kept")
	}
	// Removing an actor and a commitment.
	b = Build(an, Options{Date: testDate, Removed: map[string]bool{an.Actors[0].Key(): true, an.Commitments[0].Key(): true}})
	if containsKey(keysOf(b.Actors, brief.Actor.Key), an.Actors[0].Key()) || containsKey(keysOf(b.Commitments, brief.Commitment.Key), an.Commitments[0].Key()) {
		t.Errorf("removed items are still in the briefing")
	}
	if b.Removed != 2 {
		t.Errorf("Removed = %d, want 2", b.Removed)
	}
}

func TestBuildKeyActorsAndStance(t *testing.T) {
	an := newFixture(t).analysis()
	b := Build(an, Options{Date: testDate})
	names := keysOf(b.Actors, func(a brief.Actor) string { return a.Name })
	if !containsKey(names, "Chamber of Commerce") {
		t.Errorf("an actor in a dispute is a key actor: %v", names)
	}
	if !containsKey(names, "Nordvik Lines") {
		t.Errorf("an actor with a commitment is a key actor: %v", names)
	}
	stances := map[string]string{}
	for _, a := range b.Actors {
		stances[a.Name] = a.Stance
	}
	// A stance is the actor's own firm act: what she said the government
	// would do is the government's, what she hoped is hedged.
	if s := stances["Helena Sørensen"]; s != "" {
		t.Errorf("Sørensen's stance = %q, want none", s)
	}
	// His own rejection, as the dispute's first party.
	if s := stances["Mattias Berg"]; s != "Rejected the union's demand for a veto" {
		t.Errorf("Berg's stance = %q, want his rejection of the union's demand", s)
	}
	if s := stances["Port of Kessmere"]; s != "Agreed to freeze the automation tender for three months" {
		t.Errorf("the port's stance = %q, want its agreement", s)
	}
	// A party is not a stance: no "At odds with …" for the union, whose
	// own dispute's clause has its own subject ("talks … collapsed").
	if s := stances["Harbour Workers' Union"]; s != "" {
		t.Errorf("the union's stance = %q, want none", s)
	}
	// A stance is a phrase of its own, never a cut sentence or quote.
	if s := stances["Zoë Lindqvist"]; s != "" {
		t.Errorf("with no commitment or dispute there is no stance, got %q", s)
	}
	for name, s := range stances {
		if wordCount(s) > stanceWords || s != "" && dangles(s) || strings.HasSuffix(s, "…") || strings.HasPrefix(s, "At odds") {
			t.Errorf("%s's stance %q is not a short phrase of its own act", name, s)
		}
	}
	// A passing mention without role or part in anything is not key.
	an.Actors = append(an.Actors, brief.Actor{Name: "Aarhus", Kind: brief.KindOther, Mentions: 1})
	b = Build(an, Options{Date: testDate})
	if containsKey(keysOf(b.Actors, func(a brief.Actor) string { return a.Name }), "Aarhus") {
		t.Errorf("a one-off mention should not be a key actor")
	}
}

func TestBuildOrdersByImportanceAcrossArticles(t *testing.T) {
	an := &brief.Analysis{Sources: []brief.Source{{ID: "S1"}, {ID: "S2"}, {ID: "S3"}}}
	// Equal engine scores: the commitment three outlets report comes first.
	an.Commitments = []brief.Commitment{
		{Actor: "A", Text: "A will open the bridge on Monday.", Strength: brief.Firm, Cites: []brief.Cite{{Source: "S1", Sentence: 1}}},
		{Actor: "B", Text: "B will close the harbour to ferries from next week.", Strength: brief.Firm, Cites: []brief.Cite{{Source: "S1", Sentence: 2}, {Source: "S2", Sentence: 4}, {Source: "S3", Sentence: 0}}},
	}
	b := Build(an, Options{Date: testDate})
	if b.Commitments[0].Actor != "B" {
		t.Errorf("corroborated commitment should rank first, got %q first", b.Commitments[0].Text)
	}
	// A much higher engine score still wins.
	an.Commitments[0].Score = 10
	an.Commitments[1].Score = 1
	b = Build(an, Options{Date: testDate})
	if b.Commitments[0].Actor != "A" {
		t.Errorf("the engine's score should dominate, got %q first", b.Commitments[0].Text)
	}
}

func TestBuildBottomLine(t *testing.T) {
	f := newFixture(t)
	an := f.analysis()
	b := Build(an, Options{Date: testDate})
	if n := len(b.BottomLine); n < 2 || n > 3 {
		t.Fatalf("bottom line has %d sentences, want 2 or 3: %+v", n, b.BottomLine)
	}
	words := 0
	seen := map[string]bool{}
	for _, l := range b.BottomLine {
		if len(l.Cites) != 1 {
			t.Fatalf("a bottom-line sentence cites one sentence, got %v", l.Cites)
		}
		src := an.Article(l.Cites[0].Source).SentenceText(l.Cites[0].Sentence)
		if !strings.Contains(src, l.Text) {
			t.Errorf("bottom line %q is not extractive (cited sentence %q)", l.Text, src)
		}
		if strings.HasPrefix(l.Text, "“") || strings.HasPrefix(l.Text, "KESSMERE") || strings.HasPrefix(l.Text, "COPENHAGEN") {
			t.Errorf("bottom line should not open with a quote or a dateline: %q", l.Text)
		}
		if seen[l.Text] {
			t.Errorf("repeated bottom line %q", l.Text)
		}
		seen[l.Text] = true
		words += len(strings.Fields(l.Text))
	}
	if words > 90 {
		t.Errorf("bottom line has %d words, too long for two or three sentences", words)
	}
	// The articles' leads are the most central sentences here.
	for i, l := range b.BottomLine[:2] {
		if l.Cites[0].Sentence != 0 {
			t.Errorf("bottom line %d should be an article's lead, got sentence %d: %q", i, l.Cites[0].Sentence, l.Text)
		}
	}
}

func TestBuildTitle(t *testing.T) {
	f := newFixture(t)
	an := f.analysis()
	b := Build(an, Options{Date: testDate})
	// The headlines share "Kessmere port strike" (in one of them, in that
	// order); the leading actors are two people, named by surname.
	var people []string
	for _, a := range b.Actors {
		if a.Kind == brief.KindPerson {
			f := strings.Fields(a.Name)
			people = append(people, f[len(f)-1])
		}
	}
	// One story told by two outlets: its title is the headline that says
	// most of what both articles tell.
	if len(b.Stories) != 1 || b.Title != b.Stories[0].Title || b.Title != courierTitle && b.Title != wireTitle {
		t.Errorf("title = %q (stories %+v), want one of the headlines", b.Title, b.Stories)
	}
	_ = people
	one := &brief.Analysis{Sources: an.Sources[:1], Articles: an.Articles[:1], Actors: an.Actors}
	if b := Build(one, Options{Date: testDate}); b.Title != courierTitle {
		t.Errorf("one article's title should be its headline, got %q", b.Title)
	}
	if b := Build(an, Options{Title: "  Port  strike  ", Date: testDate}); b.Title != "Port strike" {
		t.Errorf("the user's title should win, tidied: %q", b.Title)
	}
	if b := Build(&brief.Analysis{}, Options{}); b.Title != "Empty briefing" || b.Date.IsZero() {
		t.Errorf("empty briefing: title %q, date %v", b.Title, b.Date)
	}
}

func TestTitleOfUnrelatedArticles(t *testing.T) {
	parse := func(name, text string) *brief.Article {
		a, err := load.Parse(name, []byte(text), load.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	an := brief.Analyze(
		parse("a.txt", "Kenya and Japan sign a tea deal\n\nTrade Minister Wanjiru Kamau signed the tea agreement in Nairobi on Monday. Ms Kamau said exports would double."),
		parse("b.txt", "Chile and Peru sign a border pact\n\nForeign Minister Tomás Alvarado signed the pact in Lima on Tuesday. Mr Alvarado said the border would reopen."))
	b := Build(an, Options{Date: testDate})
	// Two stories, nothing in common: the title counts them and names the
	// lead story (the one loaded last) by its headline.
	if b.Title != "Briefing: 2 stories — Chile and Peru sign a border pact" {
		t.Errorf("title = %q, want the count of stories and the lead story's headline", b.Title)
	}
	if len(b.Stories) != 2 || b.Stories[1].Title != "Kenya and Japan sign a tea deal" {
		t.Errorf("stories = %+v", b.Stories)
	}
}

func TestHeadlineTopic(t *testing.T) {
	tests := []struct {
		titles []string
		want   string
	}{
		{[]string{"Starmer meets Trump for trade deal talks", "Trade deal hopes rise as Starmer lands", "What the trade deal means"}, "trade deal"},
		{[]string{"Budget Row Deepens As Council Votes", "Council Budget: What Happens Next"}, "council budget"},
		{[]string{"Zagreb Council Budget Row Deepens", "Zagreb budget vote delayed", "Why the Zagreb council budget matters"}, "Zagreb council budget"},
		{[]string{"NATO allies meet in Vilnius", "Vilnius summit: NATO pledges more"}, "NATO"},
		{[]string{"Flood warning for the east", "Rail strike called off"}, ""},
	}
	for _, tt := range tests {
		var ss []brief.Source
		for _, ti := range tt.titles {
			ss = append(ss, brief.Source{Title: ti})
		}
		proper := capitalisedWords(&brief.Analysis{Sources: ss})
		if got := headlineTopic(ss, map[string]bool{"starmer": true, "trump": true, "vilnius": true}, proper); got != tt.want {
			t.Errorf("headlineTopic(%q) = %q, want %q", tt.titles, got, tt.want)
		}
	}
}

func TestNearDuplicate(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"We will refine it at home", "we will refine it at home,", true},
		{"We will refine it at home, we will train our own engineers", "We will refine it at home", true},
		{"We will refine it at home", "They will sell it abroad", false},
		{"Yes", "Yes", true},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := nearDupWords(simWords(tt.a), simWords(tt.b)); got != tt.want {
			t.Errorf("nearDuplicate(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClipText(t *testing.T) {
	if got := clipChars("short", 20); got != "short" {
		t.Errorf("clipText short = %q", got)
	}
	got := clipChars("Committed to appoint an independent mediator by Friday and more words here", 40)
	if len([]rune(got)) > 40 || !strings.HasSuffix(got, "…") || strings.Contains(got, "  ") {
		t.Errorf("clipText = %q", got)
	}
}

// syntheticAnalysis makes an analysis of n generated articles with items
// spread across them, for the page-fitting and speed tests.
func syntheticAnalysis(n int) *brief.Analysis {
	an := &brief.Analysis{}
	outlets := []string{"The Northern Courier", "Baltic Wire", "Kessmere Evening Post", "Harbour Trade Journal"}
	people := []string{"Zoë Lindqvist", "Mattias Berg", "Helena Sørensen", "Ana Ramírez", "Jonas Åberg", "Petra Novák", "Lars Eklund", "Ingrid Dahl"}
	roles := []string{"general secretary", "chief executive", "Transport Minister", "mediator", "harbour master", "economist", "mayor", "spokeswoman"}
	for i := range n {
		body := fmt.Sprintf("KESSMERE — Talks to end the strike at the Port of Kessmere resumed on day %d of the stoppage, with the mediator shuttling between the union and the port authority.\n\n"+
			"The union said its members would stay out until the automation plan was withdrawn, while the authority said it would keep the tender frozen for now.\n\n"+
			"“We want a deal that keeps people in work,” said %s, the union's %s.\n\n"+
			"Shipping lines said freight rates had risen by %d per cent since the strike began.", i+1, people[i%len(people)], roles[i%len(roles)], 3+i%9)
		a := brief.NewArticle(fmt.Sprintf("Kessmere strike, day %d: talks resume", i+1), body)
		a.Site = outlets[i%len(outlets)]
		a.Date = time.Date(2026, 11, 1+i%28, 0, 0, 0, 0, time.UTC)
		a.Path = fmt.Sprintf("day-%02d.txt", i+1)
		an.Articles = append(an.Articles, a)
		an.Sources = append(an.Sources, brief.Source{ID: brief.SourceID(i), Title: a.Title, Path: a.Path, Site: a.Site, Date: a.Date, Words: a.Words})
	}
	for i, p := range people {
		var cites []brief.Cite
		for j := i; j < n; j += len(people) {
			cites = append(cites, brief.Cite{Source: brief.SourceID(j), Sentence: 2})
		}
		if len(cites) == 0 {
			continue
		}
		an.Actors = append(an.Actors, brief.Actor{Name: p, Kind: brief.KindPerson, Role: roles[i], Mentions: 2 * len(cites), Score: float64(20 - i), Cites: cites})
	}
	verbs := []string{"review", "fund", "expand", "delay", "inspect", "rebuild", "sell", "audit"}
	for i := range n {
		src := brief.SourceID(i)
		an.Commitments = append(an.Commitments, brief.Commitment{Actor: people[i%len(people)],
			Text:     fmt.Sprintf("%s would %s the %s %s at %s before %s, pending a %s %s.", people[i%len(people)], verbs[i%len(verbs)], pseudo(i, 1), pseudo(i, 2), caps.First(pseudo(i, 3)), caps.First(pseudo(i, 4)), pseudo(i, 5), pseudo(i, 6)),
			Strength: brief.Firm, Score: float64(n - i), Cites: []brief.Cite{{Source: src, Sentence: 1}}})
		an.Disputes = append(an.Disputes, brief.Dispute{Parties: []string{"Harbour Workers' Union", "Port of Kessmere"},
			Text:  fmt.Sprintf("The union rejected the %s %s for %s, calling the %s %s a threat to %d jobs.", pseudo(i, 7), pseudo(i, 8), caps.First(pseudo(i, 9)), pseudo(i, 10), pseudo(i, 11), 100+i),
			Score: float64(n - i), Cites: []brief.Cite{{Source: src, Sentence: 1}}})
		an.Quotes = append(an.Quotes, brief.Quote{Text: fmt.Sprintf("The %s %s will not %s the %s while %s %s waits,", pseudo(i, 12), pseudo(i, 13), verbs[(i+3)%len(verbs)], pseudo(i, 14), caps.First(pseudo(i, 15)), pseudo(i, 16)),
			Speaker: people[i%len(people)], Score: float64(n - i), Cites: []brief.Cite{{Source: src, Sentence: 2}}})
	}
	return an
}

// pseudo makes a made-up word, different for each (i, k), so that the
// synthetic items are not near-duplicates of each other.
func pseudo(i, k int) string {
	syl := []string{"ka", "lo", "mer", "vin", "sto", "ra", "den", "tul", "bri", "sa", "gor", "nel", "pa", "ith", "u", "ven"}
	h := uint32(i*7919+k*104729) * 2654435761
	var b strings.Builder
	for range 2 + h%2 {
		b.WriteString(syl[h%uint32(len(syl))])
		h = h/uint32(len(syl)) + uint32(k)
	}
	return b.String()
}

func TestTitleWithoutHeadline(t *testing.T) {
	f := newFixture(t)
	an := f.analysis()
	// One article titled after its file: the title is made from the actors
	// and the lead, not the file name.
	an.Sources = an.Sources[:1]
	an.Articles = an.Articles[:1]
	an.Sources[0].Title, an.Sources[0].Path = "Kessmere strike day one", "/news/kessmere_strike-day-one.txt"
	if realHeadline(an.Sources[0]) {
		t.Fatalf("a title made from the file name is not a headline")
	}
	b := Build(an, Options{Date: testDate})
	if !strings.HasSuffix(b.Title, ": Port of Kessmere") {
		t.Errorf("title = %q, want the actors and the name the lead repeats most", b.Title)
	}
	if strings.Contains(strings.ToLower(b.Title), "day one") {
		t.Errorf("title %q repeats the file name", b.Title)
	}
	if !realHeadline(brief.Source{Title: courierTitle, Path: "courier.txt"}) || realHeadline(brief.Source{Title: "Untitled article"}) {
		t.Errorf("realHeadline misjudges")
	}
}

func TestBuildItemsRepeatingTheBottomLineRankLower(t *testing.T) {
	a := brief.NewArticle("Council approves harbour budget after long debate",
		"The city council approved a new harbour budget on Monday after a debate that lasted late into the night.\n\n"+
			"The mayor said the budget would fund two new ferry berths by 2028.\n\n"+
			"Opposition councillors said the plan ignored the fishing fleet. The mayor said work starts in May.")
	an := &brief.Analysis{Articles: []*brief.Article{a}, Sources: []brief.Source{{ID: "S1", Title: a.Title}}}
	an.Commitments = []brief.Commitment{
		{Actor: "City council", Text: "The city council approved a new harbour budget on Monday.", Strength: brief.Firm, Score: 5, Cites: []brief.Cite{{Source: "S1", Sentence: 0}}},
		{Actor: "Mayor", Text: "The mayor said work starts in May.", Strength: brief.Firm, Score: 5, Cites: []brief.Cite{{Source: "S1", Sentence: 3}}},
	}
	b := Build(an, Options{Date: testDate})
	if len(b.BottomLine) == 0 || b.BottomLine[0].Cites[0] != (brief.Cite{Source: "S1", Sentence: 0}) {
		t.Fatalf("the lead should open the bottom line: %+v", b.BottomLine)
	}
	if b.Commitments[0].Actor != "Mayor" {
		t.Errorf("the commitment the bottom line already states should come second, got %q first", b.Commitments[0].Text)
	}
}

// TestBuildDeterministic checks that the same analysis always gives the
// same briefing (map order and float noise must not show), so that a PDF can
// be compared byte for byte.
func TestBuildDeterministic(t *testing.T) {
	an := syntheticAnalysis(12)
	first, err := Build(an, Options{Date: testDate}).JSON()
	if err != nil {
		t.Fatal(err)
	}
	for range 15 {
		again, _ := Build(an, Options{Date: testDate}).JSON()
		if string(again) != string(first) {
			t.Fatalf("two builds of the same analysis differ")
		}
	}
}

// A quote the engine found no speaker for is left off the page (it would
// read as anyone's words), unless the user pinned it.
func TestBuildLeavesOutQuotesWithoutSpeaker(t *testing.T) {
	f := newFixture(t)
	an := f.analysis()
	nobody := brief.Quote{Text: "If the port is still shut at the Christmas peak, every shop in this region will feel it for a year.", Score: 20, Cites: an.Commitments[4].Cites}
	an.Quotes = append(an.Quotes, nobody)
	b := Build(an, Options{Date: testDate})
	if containsKey(keysOf(b.Quotes, brief.Quote.Key), nobody.Key()) {
		t.Errorf("a quote without a speaker is on the page: %q", nobody.Text)
	}
	if len(b.Quotes) == 0 {
		t.Fatal("the quotes with speakers are gone too")
	}
	for _, q := range b.Quotes {
		if q.Speaker == "" {
			t.Errorf("quote %q has no speaker", q.Text)
		}
	}
	b = Build(an, Options{Date: testDate, Pinned: map[string]bool{nobody.Key(): true}})
	if !containsKey(keysOf(b.Quotes, brief.Quote.Key), nobody.Key()) {
		t.Error("a pinned quote without a speaker is left out")
	}
}
