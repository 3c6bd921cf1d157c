package page

import (
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// The articles and names of these tests are invented for them.

func actorNamesOf(as []brief.Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}

// TestMinorActorsAct checks that an actor with neither role nor stance —
// one for the "Also:" line — is listed only when it acts in the story.
func TestMinorActorsAct(t *testing.T) {
	f := newFixture(t)
	an := f.analysis()
	c := f.cite(0, "Nordvik Lines")
	an.Actors = append(an.Actors,
		brief.Actor{Name: "Denmark", Kind: brief.KindCountry, Mentions: 3, Cites: []brief.Cite{c}},                          // only where
		brief.Actor{Name: "Sweden", Kind: brief.KindCountry, Mentions: 2, Acts: 2, Cites: []brief.Cite{c}},                  // acts
		brief.Actor{Name: "Holm", Kind: brief.KindPerson, Mentions: 2, Acts: 2, Cites: []brief.Cite{c}},                     // Lars Holm again
		brief.Actor{Name: "Norway", Kind: brief.KindCountry, Mentions: 2, Acts: 1, Cites: []brief.Cite{c}},                  // once: unsure
		brief.Actor{Name: "Reuters", Kind: brief.KindOrganization, Mentions: 2, Acts: 2, Cites: []brief.Cite{c}},            // an outlet
		brief.Actor{Name: "Crane Works", Kind: brief.KindOther, Mentions: 3, Acts: 1, Cites: []brief.Cite{c}},               // a thing
		brief.Actor{Name: "Lars Holm", Kind: brief.KindPerson, Role: "harbour master", Mentions: 2, Cites: []brief.Cite{c}}, // described
	)
	b := Build(an, Options{Date: testDate})
	names := actorNamesOf(b.Actors)
	for _, n := range []string{"Sweden", "Lars Holm", "Nordvik Lines", "Chamber of Commerce"} {
		if !containsKey(names, n) {
			t.Errorf("%s acts or is described, yet is not listed: %v", n, names)
		}
	}
	for _, n := range []string{"Denmark", "Norway", "Reuters", "Crane Works", "Holm"} {
		if containsKey(names, n) {
			t.Errorf("%s does not act in the story, yet is listed: %v", n, names)
		}
	}
	// Pinned, it stays.
	b = Build(an, Options{Date: testDate, Pinned: map[string]bool{brief.Actor{Name: "Denmark"}.Key(): true}})
	if !containsKey(actorNamesOf(b.Actors), "Denmark") {
		t.Errorf("a pinned actor was left out")
	}
}

// TestAlsoLineExportsMatchThePDF checks that the minor actors the PDF's
// "Also:" line has no room for are cut like any item: the text exports
// list the actors the PDF prints, no more.
func TestAlsoLineExportsMatchThePDF(t *testing.T) {
	f := newFixture(t)
	an := f.analysis()
	c := f.cite(0, "Nordvik Lines")
	first := []string{"Aldo", "Brita", "Cosmo", "Dagny", "Elio", "Freya", "Gunnar", "Hedda", "Ivar", "Jorun"}
	last := []string{"Vastergaard", "Lindqvarn", "Oppenstad", "Kjellborg"}
	var added []string
	for _, l := range last {
		for _, fn := range first {
			n := fn + " " + l
			added = append(added, n)
			an.Actors = append(an.Actors, brief.Actor{Name: n, Kind: brief.KindPerson, Mentions: 2, Acts: 1, Cites: []brief.Cite{c}})
		}
	}
	b := Build(an, Options{Date: testDate}).FitOnePage(PaperA4)
	text := pdfText(t, mustPDF(t, b, PaperA4))
	txt := b.PlainText()
	shown := 0
	for _, n := range added {
		inPDF, inText := strings.Contains(text, n), strings.Contains(txt, n)
		if inPDF != inText {
			t.Errorf("%s: in the PDF %v, in the text export %v", n, inPDF, inText)
		}
		if inPDF {
			shown++
		}
	}
	if shown == 0 || shown == len(added) {
		t.Fatalf("%d of %d minor actors shown: the test needs some cut", shown, len(added))
	}
	if b.Omitted < len(added)-shown {
		t.Errorf("Omitted = %d, want at least the %d minor actors cut", b.Omitted, len(added)-shown)
	}
	// The line ends with a whole name, not "…".
	if i := strings.Index(text, "Also:"); i < 0 || strings.Contains(text[i:strings.Index(text, "COMMITMENTS")], "…") {
		t.Errorf("the Also line is cut short:\n%s", text)
	}
}

func TestPageRole(t *testing.T) {
	tests := map[string]string{
		"chief executive":                           "Chief Executive",
		"Foreign minister":                          "Foreign Minister",
		"general secretary, Harbour Workers' Union": "General Secretary, Harbour Workers' Union",
		"head of the rescue agency":                 "Head of the Rescue Agency",
		"Then Prime Minister":                       "Prime Minister",
		"mediator, former judge":                    "Mediator, former judge",
		"former minister":                           "Former Minister",
		"U.S. Sen.":                                 "U.S. Senator",
		"Sen.":                                      "Senator",
		"Lt. Gov.":                                  "Lieutenant Governor",
		"Brig. Gen.":                                "Brigadier General",
		"Cpl.":                                      "Cpl.",
		"Head":                                      "",
		"Boss":                                      "",
		"Senior":                                    "",
		"chief":                                     "",
		"міністр інфраструктури": "міністр інфраструктури",
		"": "",
	}
	for in, want := range tests {
		if got := pageRole(in); got != want {
			t.Errorf("pageRole(%q) = %q, want %q", in, got, want)
		}
	}
}

const dupBody = `Owen Pryce said his party would vote against the levy when it comes before the chamber.
Judge Nils Arvo said the majority had “ignored the plain words of the charter”.
“The levy is a tax on work. We feel that is unfair.”
The Kestrel would carry the families to the island.`

// TestNoItemTwice checks that an item the page states once is not stated
// again from the same sentence in another section.
func TestNoItemTwice(t *testing.T) {
	a := brief.NewArticle("The levy vote", dupBody)
	cite := func(s string) brief.Cite {
		for k := range a.Sentences {
			if strings.Contains(a.SentenceText(k), s) {
				return brief.Cite{Source: "S1", Sentence: k}
			}
		}
		t.Fatalf("no sentence holds %q", s)
		return brief.Cite{}
	}
	an := &brief.Analysis{Articles: []*brief.Article{a}, Sources: []brief.Source{{ID: "S1", Title: a.Title}}}
	an.Actors = []brief.Actor{
		{Name: "Owen Pryce", Kind: brief.KindPerson, Mentions: 2, Acts: 2, Cites: []brief.Cite{cite("Pryce")}},
		{Name: "Nils Arvo", Kind: brief.KindPerson, Role: "judge", Mentions: 2, Acts: 2, Cites: []brief.Cite{cite("Arvo")}},
		{Name: "Kestrel", Kind: brief.KindOther, Mentions: 2, Cites: []brief.Cite{cite("Kestrel")}},
	}
	an.Commitments = []brief.Commitment{
		{Actor: "Owen Pryce", Text: "Owen Pryce said his party would vote against the levy when it comes before the chamber.",
			What: "would vote against the levy when it comes before the chamber", Strength: brief.Firm, Score: 3, Cites: []brief.Cite{cite("Pryce")}},
		// A ship does not commit: its owner does.
		{Actor: "Kestrel", Text: "The Kestrel would carry the families to the island.", What: "would carry the families to the island",
			Strength: brief.Firm, Score: 3, Cites: []brief.Cite{cite("Kestrel")}},
	}
	an.Disputes = []brief.Dispute{
		{Parties: []string{"Owen Pryce"}, Cue: "vote", Text: "Owen Pryce said his party would vote against the levy when it comes before the chamber.",
			Score: 3, Cites: []brief.Cite{cite("Pryce")}},
		{Parties: []string{"Nils Arvo"}, Cue: "ignored", Text: "Judge Nils Arvo said the majority had “ignored the plain words of the charter”.",
			Score: 3, Cites: []brief.Cite{cite("Arvo")}},
		{Parties: []string{"Owen Pryce"}, Cue: "unfair", Text: "We feel that is unfair.”", Score: 3, Cites: []brief.Cite{cite("unfair")}},
		// A thing does not disagree.
		{Parties: []string{"Kestrel"}, Cue: "carry", Text: "The Kestrel would carry the families to the island.", Score: 3, Cites: []brief.Cite{cite("Kestrel")}},
	}
	an.Quotes = []brief.Quote{
		{Text: "ignored the plain words of the charter", Speaker: "Nils Arvo", Score: 3, Cites: []brief.Cite{cite("Arvo")}},
		{Text: "The levy is a tax on work. We feel that is unfair.", Speaker: "Owen Pryce", Score: 3, Cites: []brief.Cite{cite("tax on work")}},
	}
	b := Build(an, Options{Date: testDate})
	if len(b.Commitments) != 1 || b.Commitments[0].Actor != "Owen Pryce" {
		t.Errorf("commitments: %+v", b.Commitments)
	}
	// The vote once (a commitment), the judge's words once (the dispute
	// that quotes them), the quote once (not again as a dispute).
	if len(b.Disputes) != 1 || b.Disputes[0].Parties[0] != "Nils Arvo" {
		t.Errorf("disputes: %+v", b.Disputes)
	}
	if len(b.Quotes) != 1 || !strings.HasPrefix(b.Quotes[0].Text, "The levy") {
		t.Errorf("quotes: %+v", b.Quotes)
	}
	// Pinned, a duplicate stays.
	b = Build(an, Options{Date: testDate, Pinned: map[string]bool{an.Quotes[0].Key(): true}})
	if len(b.Quotes) != 2 {
		t.Errorf("a pinned quote was left out: %+v", b.Quotes)
	}
}

// TestPartyNamedInsideAName checks that a country named only inside a
// longer name ("the U.S. Flag Code") is no party to a dispute.
func TestPartyNamedInsideAName(t *testing.T) {
	cx := newClauseContext(&brief.Analysis{Actors: []brief.Actor{
		{Name: "United States", Kind: brief.KindCountry, Aliases: []string{"U.S.", "US"}},
		{Name: "Mara Holt", Kind: brief.KindPerson},
	}})
	d := brief.Dispute{Parties: []string{"Mara Holt", "United States"}, Cue: "against",
		Text: "Critics said her photographs were disrespectful and against the U.S. Flag Code."}
	if got := namedParties(d, cx); len(got) != 1 || got[0] != "Mara Holt" {
		t.Errorf("parties = %v, want Mara Holt alone", got)
	}
	d.Text = "She said the U.S. had ignored her letters."
	if got := namedParties(d, cx); len(got) != 2 {
		t.Errorf("parties = %v, want both", got)
	}
	// Not named at all (a pronoun, a description): kept.
	d.Text = "She said Washington had ignored her letters."
	if got := namedParties(d, cx); len(got) != 2 {
		t.Errorf("parties = %v, want both", got)
	}
}

// TestQuoteCutWherePhraseEnds checks that a quote is never cut in the
// middle of a clause when a phrase ends near the budget.
func TestQuoteCutWherePhraseEnds(t *testing.T) {
	// One long sentence, a little over the budget: printed whole.
	q := brief.Quote{Text: "I think the harbour board should have listened to the people who work on the quays every single day of the year before it voted"}
	if got := quoteClause(q, 20).Clause; got != q.Text {
		t.Errorf("quoteClause = %q, want the whole sentence", got)
	}
	// Far over it: cut where a phrase ends, with "…".
	q.Text = "If the board goes ahead, and I hope it does not, then we will take it to every court in the land and we will win, because the law is on our side and always has been since the charter was written"
	got := quoteClause(q, 20).Clause
	if !strings.HasSuffix(got, " …") || dangles(strings.TrimSuffix(got, " …")) || wordCount(got) > 31 {
		t.Errorf("quoteClause = %q, want a phrase of at most 30 words and a mark", got)
	}
}

// TestStanceIsOwnFirmAct checks that a stance is only the actor's own firm
// act, as the subject or first party of an item whose clause reads.
func TestStanceIsOwnFirmAct(t *testing.T) {
	cx := readsContext()
	lund := brief.Actor{Name: "Per Lund", Kind: brief.KindPerson}
	velden := brief.Actor{Name: "Velden Shipping", Kind: brief.KindOrganization}
	resign := brief.Commitment{Actor: "Per Lund", Text: "Per Lund said he would resign.", What: "would resign", Strength: brief.Firm}
	if got := stanceOf(lund, []brief.Commitment{resign}, nil, cx); got != "Would resign" {
		t.Errorf("stance = %q, want his own act", got)
	}
	// Hedged: no stance.
	resign.Strength = brief.Hedged
	if got := stanceOf(lund, []brief.Commitment{resign}, nil, cx); got != "" {
		t.Errorf("stance = %q, want none for a hedged commitment", got)
	}
	// Its clause cut its object: no stance.
	speak := brief.Commitment{Actor: "Per Lund", Text: "Per Lund would speak to the dockers' union on Friday.", What: "would speak", Strength: brief.Firm}
	if got := stanceOf(lund, []brief.Commitment{speak}, nil, cx); got != "" {
		t.Errorf("stance = %q, want none", got)
	}
	veto := brief.Dispute{Parties: []string{"Velden Shipping", "union"}, Cue: "rejected", Text: "Velden Shipping rejected the union's demand for a veto over the timetable."}
	if got := stanceOf(velden, nil, []brief.Dispute{veto}, cx); got != "Rejected the union's demand for a veto over the timetable" {
		t.Errorf("stance = %q, want its rejection", got)
	}
	// Cut to its length, a stance never ends on a participle that needs
	// what follows ("… the rules put").
	lobby := brief.Dispute{Parties: []string{"Velden Shipping", "Harbour Board"}, Cue: "lobbied",
		Text: "Velden Shipping lobbied the Harbour Board to scrap fare rules put in place after the ferry fire last spring."}
	if got := stanceOf(velden, nil, []brief.Dispute{lobby}, cx); strings.HasSuffix(got, " put") || got != "" && endsOpen(got, goesOn) {
		t.Errorf("stance = %q, cut on a word that needs the next", got)
	}
	// A stance is made only when the sentence says whose act it is: not
	// from a pronoun that may stand for another ("It was set to dock" of a
	// ferry), but from a description that speaks ("The company said it
	// would …").
	dock := brief.Commitment{Actor: "Velden Shipping", Text: "It was set to dock at the northern quay on Saturday.",
		What: "set to dock at the northern quay on Saturday", Strength: brief.Firm}
	if got := stanceOf(velden, []brief.Commitment{dock}, nil, cx); got != "" {
		t.Errorf("stance = %q, want none from a pronoun", got)
	}
	dock.Text, dock.What = "The company said it would refund the fares.", "would refund the fares"
	if got := stanceOf(velden, []brief.Commitment{dock}, nil, cx); got != "Would refund the fares" {
		t.Errorf("stance = %q, want the company's refund", got)
	}
	// Never cut before what a promise says, but after an object that a
	// relative clause goes on from.
	promise := brief.Commitment{Actor: "Per Lund", Text: "Per Lund promised the island councils of the northern fjords that the ferries would run all winter.",
		What: "promised the island councils of the northern fjords that the ferries would run all winter", Strength: brief.Firm}
	if got := stanceOf(lund, []brief.Commitment{promise}, nil, cx); got != "" {
		t.Errorf("stance = %q, want none: the promise is cut off", got)
	}
	promise.Text, promise.What = "Per Lund vetoed a harbour levy last week that would have doubled the fares for island families.",
		"vetoed a harbour levy last week that would have doubled the fares for island families"
	if got := stanceOf(lund, []brief.Commitment{promise}, nil, cx); got != "Vetoed a harbour levy last week" {
		t.Errorf("stance = %q, want the veto", got)
	}
	// The second party of a dispute, or the subject of someone else's
	// claim, has no stance from it: never "At odds with …".
	union := brief.Actor{Name: "union", Kind: brief.KindGroup}
	if got := stanceOf(union, nil, []brief.Dispute{veto}, cx); got != "" {
		t.Errorf("the second party's stance = %q, want none", got)
	}
	lying := brief.Dispute{Parties: []string{"Velden Shipping"}, Cue: "lying", Text: "Prosecutors in Lorne say Velden Shipping has been lying to its customers about safety checks."}
	if got := stanceOf(velden, nil, []brief.Dispute{lying}, cx); got != "" {
		t.Errorf("stance = %q, want none from a claim about it", got)
	}
}

// TestFittedCutsWherePhraseEnds checks that an item too long for its lines
// (a narrow column, tight setting) is cut where a phrase ends, not by the
// wrap in the middle of a clause.
func TestFittedCutsWherePhraseEnds(t *testing.T) {
	m, err := loadFontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	l := &layouter{m: m, lv: density{9, true}, cw: 80}
	clause := "would ask the full appeals court to rehear the case within fourteen days and, if that failed, would take the case to the highest court in the land before the summer recess"
	build := func(c string) []textRun { return []textRun{{c, textStyle{faceRegular, 9, colInk}}} }
	spans := l.fitted(build, clause, "…", 2)
	got := spans[0].text
	if l.m.clipped(l.m.wrap(spans, l.cw-itemIndentMM, 2), spans) {
		t.Fatalf("%q does not fit", got)
	}
	cut, ok := strings.CutSuffix(got, "…")
	if !ok || !strings.HasPrefix(clause, cut) || dangles(cut) || fragment(strings.Fields(cut)) {
		t.Errorf("fitted = %q, want the clause cut where a phrase ends", got)
	}
	// A clause that fits is left whole.
	if got := l.fitted(build, "would appeal", "…", 2)[0].text; got != "would appeal" {
		t.Errorf("fitted = %q", got)
	}
}

// TestCutSentenceShowsItsItem checks that an item printed as its sentence
// cut short is left out when the cut drops what the item is about: the
// dispute's cue, the commitment's verb.
func TestCutSentenceShowsItsItem(t *testing.T) {
	const body = `Only the southern route stayed open through the storms of the past fortnight for the island families who had to reach the mainland in time for the harvest fair before several skippers protested at Kellan Ferries.
With the slipway, the fuel depot and most of the old harbour wall still under water after the weekend's storms and the high tides of Sunday night, the bill Dara Quinn drafted would reopen the ferry office.
Several skippers protested at Kellan Ferries on Monday.
The bill Dara Quinn drafted would reopen the ferry office.`
	a := brief.NewArticle("Storms close the island routes", body)
	cite := func(k int) []brief.Cite { return []brief.Cite{{Source: "S1", Sentence: k}} }
	an := &brief.Analysis{Articles: []*brief.Article{a}, Sources: []brief.Source{{ID: "S1", Title: a.Title}}}
	an.Actors = []brief.Actor{
		{Name: "Kellan Ferries", Kind: brief.KindOrganization, Mentions: 2, Acts: 2, Cites: cite(0)},
		{Name: "Dara Quinn", Kind: brief.KindPerson, Mentions: 2, Acts: 2, Cites: cite(1)},
	}
	an.Disputes = []brief.Dispute{{Parties: []string{"Kellan Ferries"}, Cue: "protested", Text: a.SentenceText(0), Score: 3, Cites: cite(0)}}
	an.Commitments = []brief.Commitment{{Actor: "Dara Quinn", Text: a.SentenceText(1), What: "would reopen the ferry office", Strength: brief.Firm, Score: 3, Cites: cite(1)}}
	b := Build(an, Options{Date: testDate})
	if len(b.Disputes) != 0 || len(b.Commitments) != 0 {
		t.Errorf("items whose cut sentence hides them: %+v %+v", b.Disputes, b.Commitments)
	}
	// The same items in short sentences show what they are about.
	an.Disputes[0].Text, an.Disputes[0].Cites = a.SentenceText(2), cite(2)
	an.Commitments[0].Text, an.Commitments[0].Cites = a.SentenceText(3), cite(3)
	b = Build(an, Options{Date: testDate})
	if len(b.Disputes) != 1 || len(b.Commitments) != 1 {
		t.Errorf("short sentences: %+v %+v", b.Disputes, b.Commitments)
	}
	for _, sec := range b.Sections() {
		for _, it := range sec.Items {
			if it.Kind == ItemDispute && !strings.Contains(sec.Clause(it).Clause, "protested") ||
				it.Kind == ItemCommitment && !strings.Contains(sec.Clause(it).Clause, "reopen") {
				t.Errorf("%q does not show its item", sec.Clause(it).String())
			}
		}
	}
	// A sentence with a clause that shows the cue prints that clause.
	an.Disputes[0].Text = "Only the southern route stayed open through the storms of the past fortnight, and not every island family could reach the mainland in time for the harvest fair, though several skippers protested at Kellan Ferries."
	if got := disputeClause(an.Disputes[0], maxItemWords, newClauseContext(an)).Clause; got != "… though several skippers protested at Kellan Ferries" {
		t.Errorf("disputeClause = %q, want the clause that shows the protest", got)
	}
	// Pinned, an item stays however it prints.
	an.Disputes[0].Text, an.Disputes[0].Cites = a.SentenceText(0), cite(0)
	b = Build(an, Options{Date: testDate, Pinned: map[string]bool{an.Disputes[0].Key(): true}})
	if len(b.Disputes) != 1 {
		t.Errorf("a pinned dispute was left out")
	}
}

// TestCommitmentOfAnotherSubject checks that a commitment whose words are
// another subject's act is printed only when the sentence ties it to the
// actor: it names the actor as who said it, or the subject is the actor's
// own ("its crews").
func TestCommitmentOfAnotherSubject(t *testing.T) {
	const body = `Two rescue crews would also comb the northern shore.
A Danish supply ship is due to reach the outer islands on Friday.
The coastguard would send a helicopter to the outer islands at first light, Lund added.
Its crews would stay in port until the storm warning is lifted.`
	a := brief.NewArticle("Storm search widens", body)
	cite := func(k int) []brief.Cite { return []brief.Cite{{Source: "S1", Sentence: k}} }
	an := &brief.Analysis{Articles: []*brief.Article{a}, Sources: []brief.Source{{ID: "S1", Title: a.Title}}}
	an.Actors = []brief.Actor{
		{Name: "Per Lund", Kind: brief.KindPerson, Aliases: []string{"Lund"}, Mentions: 2, Acts: 2, Cites: cite(1)},
		{Name: "Velden Shipping", Kind: brief.KindOrganization, Mentions: 2, Acts: 1, Cites: cite(3)},
		{Name: "Denmark", Kind: brief.KindCountry, Aliases: []string{"Danish"}, Mentions: 1, Acts: 1, Cites: cite(1)},
	}
	an.Commitments = []brief.Commitment{
		{Actor: "Per Lund", Text: a.SentenceText(0), What: "would also comb the northern shore", Strength: brief.Firm, Score: 3, Cites: cite(0)},
		// "Danish" describes the ship: not Denmark's act.
		{Actor: "Denmark", Text: a.SentenceText(1), What: "due to reach the outer islands on Friday", Strength: brief.Firm, Score: 3, Cites: cite(1)},
		{Actor: "Per Lund", Text: a.SentenceText(2), What: "would send a helicopter to the outer islands at first light", Strength: brief.Firm, Score: 3, Cites: cite(2)},
		{Actor: "Velden Shipping", Text: a.SentenceText(3), What: "would stay in port until the storm warning is lifted", Strength: brief.Firm, Score: 3, Cites: cite(3)},
	}
	b := Build(an, Options{Date: testDate})
	var got []string
	for _, sec := range b.Sections() {
		for _, it := range sec.Items {
			if it.Kind == ItemCommitment {
				got = append(got, sec.Clause(it).String())
			}
		}
	}
	want := []string{
		"Per Lund — said the coastguard would send a helicopter to the outer islands at first light",
		"Velden Shipping — its crews would stay in port until the storm warning is lifted",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("commitments:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
