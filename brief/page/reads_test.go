package page

import (
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// The sentences of these tests are invented for them: a ferry company, a
// port, a premier and a columnist of made-up places.

// readsBody holds the tests' sentences, so that the page can tell which of
// their words are names.
const readsBody = `Per Lund would speak to the dockers' union on Friday.
Per Lund said he would resign.
Velden Water officials said they had begun replacing the old pipes with plastic.
Minister Ola Brekke vowed on Monday to end the strike by Friday.
Brekke's vow on Monday to end the strike was met with scepticism.
The port authority will seek an injunction on Wednesday.
There, the crews take on ice and bait for the cod Halvorsen will catch first, and later for the halibut.
“We will comply with the order while we appeal,” the company said.
The columnist Ivo Marsh has spent years attacking Lisbet Waite in his writings.
Prosecutors in Lorne say Velden Shipping has been lying to its customers about safety checks.
Velden Shipping said it had rejected the union's demands.
Velden Shipping has been defending its fares in the wake of accusations that it profited from the storm.
Velden Shipping rejected the union's demand for a veto over the timetable.
Velden Shipping has ignored the regulators and used its size to force its terms (a judgement the company rejects) on port after port.
The Harbour Board introduced rules this month that would cap the fares.
Two rescue crews would also comb the northern shore, Lund added.`

func readsContext() *clauseContext {
	return newClauseContext(&brief.Analysis{
		Articles: []*brief.Article{brief.NewArticle("Strike at the port", readsBody)},
		Actors: []brief.Actor{
			{Name: "Per Lund", Kind: brief.KindPerson, Role: "Premier", Aliases: []string{"Lund"}},
			{Name: "Velden Water", Kind: brief.KindOrganization},
			{Name: "Ola Brekke", Kind: brief.KindPerson, Role: "Labour Minister", Aliases: []string{"Brekke"}},
			{Name: "Velden Shipping", Kind: brief.KindOrganization},
			{Name: "Ivo Marsh", Kind: brief.KindPerson},
			{Name: "Lisbet Waite", Kind: brief.KindPerson, Aliases: []string{"Waite"}},
			{Name: "Sven Halvorsen", Kind: brief.KindPerson, Aliases: []string{"Halvorsen"}},
			{Name: "Harbour Board", Kind: brief.KindOrganization},
		},
	})
}

// TestClausesReadAlone checks that an item prints its clause only when
// the clause reads on its own, and its sentence otherwise: never a
// fragment that lost its object, its subject or its tense.
func TestClausesReadAlone(t *testing.T) {
	cx := readsContext()
	commitments := []struct {
		actor, text, what string
		want              string
		own               bool
	}{
		// The object or complement cut off: the sentence.
		{"Per Lund", "Per Lund would speak to the dockers' union on Friday.", "would speak",
			"Per Lund — would speak to the dockers' union on Friday", false},
		// A verb that ends its sentence needs nothing after it.
		{"Per Lund", "Per Lund said he would resign.", "would resign", "Per Lund — would resign", true},
		// A participle takes the verb before it ("had begun replacing").
		{"Velden Water", "Velden Water officials said they had begun replacing the old pipes with plastic.", "replacing the old pipes with plastic",
			"Velden Water — had begun replacing the old pipes with plastic", true},
		// A past vow stays past: "to" takes the verb that governs it, and
		// a bare verb is never given a "will".
		{"Ola Brekke", "Minister Ola Brekke vowed on Monday to end the strike by Friday.", "end the strike by Friday",
			"Ola Brekke — vowed on Monday to end the strike by Friday", true},
		{"Ola Brekke", "Brekke's vow on Monday to end the strike was met with scepticism.", "end the strike",
			"Ola Brekke — Brekke's vow on Monday to end the strike was met with scepticism", false},
		// A clause that reads is kept.
		{"port authority", "The port authority will seek an injunction on Wednesday.", "will seek an injunction on Wednesday",
			"port authority — will seek an injunction on Wednesday", true},
		// The cod Halvorsen will catch: the object is before the actor.
		{"Sven Halvorsen", "There, the crews take on ice and bait for the cod Halvorsen will catch first, and later for the halibut.", "will catch first",
			"Sven Halvorsen — There, the crews take on ice and bait for the cod Halvorsen will catch first, and later for the halibut", false},
		// "we" out of its quotation marks: the sentence, with them.
		{"Velden Shipping", "“We will comply with the order while we appeal,” the company said.", "will comply with the order while we appeal",
			"Velden Shipping — “We will comply with the order while we appeal”", false},
		// Who said it comes after: "said" all the same.
		{"Per Lund", "Two rescue crews would also comb the northern shore, Lund added.", "would also comb the northern shore",
			"Per Lund — said two rescue crews would also comb the northern shore", false},
		// A passive keeps its own subject and who said it: never
		// "Harbour Board — would be expanded".
		{"Harbour Board", "The ferry timetable would be expanded next spring, the Harbour Board said.", "would be expanded next spring",
			"Harbour Board — said the ferry timetable would be expanded next spring", false},
		// Whose words: not the board's act, but what its rules would do.
		{"Harbour Board", "The Harbour Board introduced rules this month that would cap the fares.", "would cap the fares",
			"Harbour Board — introduced rules this month that would cap the fares", false},
	}
	for _, tt := range commitments {
		c := brief.Commitment{Actor: tt.actor, Text: tt.text, What: tt.what, Strength: brief.Firm}
		got, own := commitmentClause(c, maxItemWords, cx)
		if got.String() != tt.want || own != tt.own {
			t.Errorf("commitmentClause(%q)\n = %q, own %v\nwant %q, own %v", tt.text, got.String(), own, tt.want, tt.own)
		}
		if strings.Contains(strings.ToLower(got.Clause), "will vow") || strings.HasPrefix(got.Clause, "will end") {
			t.Errorf("commitmentClause(%q) = %q: a tense the sentence does not say", tt.text, got.Clause)
		}
	}

	disputes := []struct {
		parties   []string
		cue, text string
		want      string
		own       bool
	}{
		// The attacker kept: never "Lisbet Waite — attacking Lisbet Waite".
		{[]string{"Lisbet Waite"}, "attacking", "The columnist Ivo Marsh has spent years attacking Lisbet Waite in his writings.",
			"Lisbet Waite — the columnist Ivo Marsh has spent years attacking Lisbet Waite in his writings", false},
		// Someone else's claim about the only party says whose it is.
		{[]string{"Velden Shipping"}, "lying", "Prosecutors in Lorne say Velden Shipping has been lying to its customers about safety checks.",
			"Velden Shipping — Prosecutors in Lorne say Velden Shipping has been lying to its customers about safety checks", false},
		// The party's own words are its own.
		{[]string{"Velden Shipping"}, "rejected", "Velden Shipping said it had rejected the union's demands.",
			"Velden Shipping — had rejected the union's demands", true},
		// A noun without its verb is no clause.
		{[]string{"Velden Shipping"}, "accusations", "Velden Shipping has been defending its fares in the wake of accusations that it profited from the storm.",
			"Velden Shipping — has been defending its fares in the wake of accusations that it profited from the storm", false},
		{[]string{"Velden Shipping"}, "rejected", "Velden Shipping rejected the union's demand for a veto over the timetable.",
			"Velden Shipping — rejected the union's demand for a veto over the timetable", true},
	}
	for _, tt := range disputes {
		d := brief.Dispute{Parties: tt.parties, Cue: tt.cue, Text: tt.text}
		got, own := disputeClauseOwn(d, maxItemWords, cx)
		if got.String() != tt.want || own != tt.own {
			t.Errorf("disputeClause(%q)\n = %q, own %v\nwant %q, own %v", tt.text, got.String(), own, tt.want, tt.own)
		}
	}

	// Cut to fit, a clause never leaves a bracket open.
	d := brief.Dispute{Parties: []string{"Velden Shipping", "regulators"}, Cue: "ignored",
		Text: "Velden Shipping has ignored the regulators and used its size to force its terms (a judgement the company rejects) on port after port."}
	if got := disputeClause(d, 18, cx).Clause; unbalanced(got) || !strings.HasPrefix(got, "has ignored the regulators") {
		t.Errorf("disputeClause = %q, want it cut before the bracket", got)
	}
}

func TestReadsAlone(t *testing.T) {
	tests := []struct {
		pred, after string
		reads       bool
	}{
		{"would speak", " to the union on Friday.", false},
		{"would speak", ".", true},
		{"would be widened", ".", true}, // a passive needs no object
		{"will target first,", " and later the halibut", false},
		{"seeks to create, those surges would be replaced", "", false},
		{"will sell the stock to Verizon", ".", true},
		{"would appeal", ", officials said.", true},
		{"would appeal", ", and the port would close.", false},
		{"will be in charge of checking", " “paid posts” for the board", false},
		{"replacing the old pipes", ".", false},             // no finite verb
		{"accusations that it profited", ".", false},        // a noun
		{"will comply while we appeal", ".", false},         // "we" out of its quote
		{"has ignored the regulators (my view", ".", false}, // a bracket left open
		{"said it “would fight on”", ".", true},
		{"refused to commit, however, to the faster cuts", ".", true},
	}
	for _, tt := range tests {
		if got := readsAlone(tt.pred, tt.after); got != tt.reads {
			t.Errorf("readsAlone(%q, %q) = %v, want %v", tt.pred, tt.after, got, tt.reads)
		}
	}
}

func TestSentenceClause(t *testing.T) {
	cx := readsContext()
	lund := []actorForms{cx.forms("Per Lund")}
	tests := []struct {
		text string
		n    int
		want string
	}{
		// The actor's own name before the verb is the lead's.
		{"Per Lund would speak to the dockers' union on Friday.", 20, "would speak to the dockers' union on Friday"},
		// Brackets around the whole sentence go; a cut says so.
		{"(The union disagrees.)", 20, "the union disagrees"},
		{"On the quay the premier met the strikers, the owners and the mayor of Lorne before flying back to the capital on Tuesday evening.", 10,
			"on the quay the premier met the strikers…"},
		// The closing quotation mark of a quote of several sentences
		// gets its opening one.
		{"We feel that is unfair.”", 20, "“We feel that is unfair.”"},
	}
	for _, tt := range tests {
		if got := sentenceClause(tt.text, lund, tt.n, cx); got != tt.want {
			t.Errorf("sentenceClause(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSentenceAbout checks when a sentence printed for an item is about
// the item's actor or parties: one of them is its subject.
func TestSentenceAbout(t *testing.T) {
	cx := readsContext()
	lund, velden, waite := cx.forms("Per Lund"), cx.forms("Velden Shipping"), cx.forms("Lisbet Waite")
	tests := []struct {
		text   string
		actors []actorForms
		cue    string
		want   bool
	}{
		{"Per Lund would speak to the dockers' union on Friday.", []actorForms{lund}, "", true},
		// After what opens the sentence.
		{"But Per Lund said he would resign.", []actorForms{lund}, "", true},
		{"Despite the storm warnings, Velden Shipping fought the new rules in court.", []actorForms{velden}, "fought", true},
		{"As the harbour master put it, Velden Shipping ignored the regulators.", []actorForms{velden}, "ignored", true},
		// The party is the object, or named in passing.
		{"The columnist Ivo Marsh has spent years attacking Lisbet Waite in his writings.", []actorForms{waite}, "attacking", false},
		{"Ferry crews complained about the timetable for years, long before Velden Shipping arrived.", []actorForms{velden}, "complained", false},
		{"However, when she posted the photographs, she started to get angry letters.", []actorForms{velden}, "angry", false},
		// The dispute itself is the subject.
		{"Talks over the new timetable collapsed on Tuesday.", []actorForms{velden, lund}, "collapsed", true},
		// A verb the lists do not know, found as the cue.
		{"The Velden Shipping crews disagree.", []actorForms{velden}, "disagree", true},
	}
	for _, tt := range tests {
		if got := sentenceAbout(tt.text, tt.actors, tt.cue); got != tt.want {
			t.Errorf("sentenceAbout(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestClipAdjunct checks that a clause cut to its length never stops
// inside a phrase that leads to the rest of its sentence.
func TestClipAdjunct(t *testing.T) {
	clause := "is still working with the harbour board to find a middle ground and, despite the warm words at the meeting on Tuesday, there is still concern among the crews"
	got := clipAdjunct(clause, 22)
	if got != "is still working with the harbour board to find a middle ground" {
		t.Errorf("clipAdjunct = %q", got)
	}
	// A phrase of the clause's own is kept ("…, in the northern port").
	clause = "will open a second ferry office next spring, in the northern port of Lorne, where the crews and their families have asked for one since the storm"
	if got := clipAdjunct(clause, 16); !strings.Contains(got, "in the northern port") && !strings.HasSuffix(got, "…") {
		t.Errorf("clipAdjunct = %q", got)
	}
	if got := dropOpenAdjunct("would sign the deal on Friday, although the talks", ", they said"); got != "would sign the deal on Friday" {
		t.Errorf("dropOpenAdjunct = %q", got)
	}
}

// TestAmbiguousPronounAndWindow checks that a "he" with another person
// named before it is not read as the actor, and that the part of a
// sentence printed to show a cue opens where a clause does.
func TestAmbiguousPronounAndWindow(t *testing.T) {
	cx := readsContext()
	// "he" may be Brekke: the sentence, not "Per Lund — was ignoring …".
	d := brief.Dispute{Parties: []string{"Per Lund"}, Cue: "ignoring",
		Text: "Per Lund said Ola Brekke's plan for the ferries showed that he was ignoring the outer islands."}
	if got, own := disputeClauseOwn(d, maxItemWords, cx); own || strings.HasPrefix(got.Clause, "was ignoring") {
		t.Errorf("disputeClauseOwn = %q, own %v: the pronoun may be Brekke's", got.Clause, own)
	}
	// With no other person before it, "he" is the actor's.
	d.Text = "Per Lund said that he was ignoring the outer islands."
	if got, own := disputeClauseOwn(d, maxItemWords, cx); !own || got.Clause != "was ignoring the outer islands" {
		t.Errorf("disputeClauseOwn = %q, own %v", got.Clause, own)
	}
	// A window opens at a clause, not at "as saying".
	text := "The harbour office first said forty crew members had been rescued by the evening, although local radio later quoted the harbour master, Sven Halvorsen, as saying only a dozen had been rescued."
	if got := windowAround(text, "dozen", nil, 20, cx); got != "… although local radio later quoted the harbour master, Sven Halvorsen, as saying only a dozen had been rescued" {
		t.Errorf("windowAround = %q", got)
	}
	if got := windowAround("Nobody on the quay knew when the storm would end or whether the crews would get their pay before the first ferry of the spring sailed again from Lorne.", "pay", nil, 10, cx); got != "" {
		t.Errorf("windowAround = %q, want none: no clause opens near the word", got)
	}
}
