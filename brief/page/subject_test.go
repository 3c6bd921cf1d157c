package page

import (
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// The sentences of these tests are invented for them: a ferry search in a
// made-up strait, a port company, two made-up countries.

// clauseBody is an article that holds the tests' sentences, so that the
// page can tell which of their words are names.
const clauseBody = `Harbour Minister Marta Quell ordered an immediate audit of every ferry operator.
Brandvik, who heads the coastguard, told reporters the search zone west of Tarn Island would be widened.
Rescue crews would also comb the northern shore.
Velden Shipping said it would refund every passenger on the cancelled sailings.
The company has agreed to repay £12m of the port subsidy by 2029.
Danmore and Kestal agreed on Friday to pool their coastguard budgets.
Around 20 ships and six aircraft from Danmore, Kestal and Oslin would sweep the strait on Sunday.
It was the launch of the Pell 3, a compact electric van that chief executive Ruth Amsel says will reach buyers by next spring.
The central bank is expected to raise rates again on Thursday.
“But we won't cut the pension budget,” she said.
The harbour committee is due to vote again in May, and both parties say they want a deal.
Former harbour chief Emil Strand, who was dismissed in March, has been drafting a rescue plan with the unions.
Mr Lund played down the differences.
Differences over the fishing quotas remain unresolved, officials said.`

func clauseAnalysis() *brief.Analysis {
	return &brief.Analysis{
		Articles: []*brief.Article{brief.NewArticle("Ferry search widens in the strait", clauseBody)},
		Actors: []brief.Actor{
			{Name: "Marta Quell", Kind: brief.KindPerson, Role: "Harbour Minister", Aliases: []string{"Quell", "Ms Quell"}},
			{Name: "Oskar Brandvik", Kind: brief.KindPerson, Role: "Coastguard chief", Aliases: []string{"Brandvik"}},
			{Name: "Velden Shipping", Kind: brief.KindOrganization},
			{Name: "Danmore", Kind: brief.KindCountry},
			{Name: "Ruth Amsel", Kind: brief.KindPerson, Role: "Chief executive"},
			{Name: "Ilse Varga", Kind: brief.KindPerson, Aliases: []string{"Ms Varga"}},
			{Name: "Emil Strand", Kind: brief.KindPerson},
			{Name: "Tomas Reed", Kind: brief.KindPerson, Role: "Liberal leader"},
			{Name: "Green Party", Kind: brief.KindOrganization, Aliases: []string{"Greens", "Green"}},
		},
	}
}

func TestCommitmentClauseKeepsItsOwnSubject(t *testing.T) {
	cx := newClauseContext(clauseAnalysis())
	tests := []struct {
		actor, text, what, when string
		want                    string
		own                     bool
	}{
		// The engine's clause holds the actor's name, and the deed is
		// done: no "will".
		{"Marta Quell", "Harbour Minister Marta Quell ordered an immediate audit of every ferry operator.",
			"Quell ordered an immediate audit of every ferry operator", "",
			"Marta Quell — ordered an immediate audit of every ferry operator", true},
		// The actor tells what will happen to something else.
		{"Oskar Brandvik", "Brandvik, who heads the coastguard, told reporters the search zone west of Tarn Island would be widened.",
			"would be widened", "",
			"Oskar Brandvik — said the search zone west of Tarn Island would be widened", false},
		// Someone else does it: the actor was named a sentence before.
		{"Oskar Brandvik", "Rescue crews would also comb the northern shore.", "would also comb the northern shore", "",
			"Oskar Brandvik — rescue crews would also comb the northern shore", false},
		// "it" and "the company" stand for the company.
		{"Velden Shipping", "Velden Shipping said it would refund every passenger on the cancelled sailings.",
			"would refund every passenger on the cancelled sailings", "",
			"Velden Shipping — would refund every passenger on the cancelled sailings", true},
		{"Velden Shipping", "The company has agreed to repay £12m of the port subsidy by 2029.",
			"agreed to repay £12m of the port subsidy", "by 2029",
			"Velden Shipping — agreed to repay £12m of the port subsidy — by 2029", true},
		// One of several, or the actor's things, are not the actor.
		{"Danmore", "Danmore and Kestal agreed on Friday to pool their coastguard budgets.",
			"agreed on Friday to pool their coastguard budgets", "on Friday",
			"Danmore — Danmore and Kestal agreed on Friday to pool their coastguard budgets", false},
		{"Danmore", "Around 20 ships and six aircraft from Danmore, Kestal and Oslin would sweep the strait on Sunday.",
			"would sweep the strait on Sunday", "on Sunday",
			"Danmore — around 20 ships and six aircraft from Danmore, Kestal and Oslin would sweep the strait on Sunday", false},
		// The subject is the noun the relative clause hangs on.
		{"Ruth Amsel", "It was the launch of the Pell 3, a compact electric van that chief executive Ruth Amsel says will reach buyers by next spring.",
			"will reach buyers by next spring", "by next spring",
			"Ruth Amsel — says a compact electric van will reach buyers by next spring", false},
		// The auxiliary that makes the predicate read.
		{"central bank", "The central bank is expected to raise rates again on Thursday.",
			"expected to raise rates again on Thursday", "on Thursday",
			"central bank — is expected to raise rates again on Thursday", true},
		{"Emil Strand", "Former harbour chief Emil Strand, who was dismissed in March, has been drafting a rescue plan with the unions.",
			"drafting a rescue plan with the unions", "",
			"Emil Strand — has been drafting a rescue plan with the unions", true},
		// A negated auxiliary is no bare action: no "will" before it.
		{"Ilse Varga", "“But we won't cut the pension budget,” she said.", "won't cut the pension budget", "",
			"Ilse Varga — won't cut the pension budget", true},
		// "May" the month is no modal left hanging.
		{"harbour committee", "The harbour committee is due to vote again in May, and both parties say they want a deal.",
			"due to vote again in May", "",
			"harbour committee — due to vote again in May", true},
	}
	for _, tt := range tests {
		c := brief.Commitment{Actor: tt.actor, Text: tt.text, What: tt.what, When: tt.when, Strength: brief.Firm}
		got, own := commitmentClause(c, maxItemWords, cx)
		if got.String() != tt.want || own != tt.own {
			t.Errorf("commitmentClause(%q)\n = %q, own %v\nwant %q, own %v", tt.text, got.String(), own, tt.want, tt.own)
		}
	}
}

func TestStanceIsTheActorsOwnAct(t *testing.T) {
	an := clauseAnalysis()
	cx := newClauseContext(an)
	cs := []brief.Commitment{
		{Actor: "Oskar Brandvik", Text: "Brandvik, who heads the coastguard, told reporters the search zone west of Tarn Island would be widened.", What: "would be widened"},
		{Actor: "Ruth Amsel", Text: "It was the launch of the Pell 3, a compact electric van that chief executive Ruth Amsel says will reach buyers by next spring.", What: "will reach buyers by next spring"},
		{Actor: "Velden Shipping", Text: "Velden Shipping said it would refund every passenger on the cancelled sailings.", What: "would refund every passenger on the cancelled sailings"},
		{Actor: "Oskar Brandvik", Text: "Brandvik said he would fly over the strait on Monday.", What: "would fly over the strait on Monday", When: "on Monday"},
	}
	stance := func(name string) string {
		for _, a := range an.Actors {
			if a.Name == name {
				return stanceOf(a, cs, nil, cx)
			}
		}
		t.Fatalf("no actor %s", name)
		return ""
	}
	// A van's schedule is not where its maker's chief stands.
	if s := stance("Ruth Amsel"); s != "" {
		t.Errorf("Amsel's stance = %q, want none", s)
	}
	// The search zone is not Brandvik's stance; his own flight is.
	if s := stance("Oskar Brandvik"); s != "Would fly over the strait on Monday" {
		t.Errorf("Brandvik's stance = %q, want his own commitment", s)
	}
	if s := stance("Velden Shipping"); s != "Would refund every passenger on the cancelled sailings" {
		t.Errorf("Velden's stance = %q", s)
	}
	// A stance that names its object by a pronoun does not say what.
	cs[2].Text, cs[2].What = "Velden Shipping said it would sell it by March.", "would sell it by March"
	if s := stance("Velden Shipping"); s != "" {
		t.Errorf("Velden's stance = %q, want none", s)
	}
	// Unless the pronoun is in the part the stance line leaves out.
	cs[2].Text = "Velden Shipping said it would refund every passenger on the cancelled sailings, instead of letting some of them wait for vouchers."
	cs[2].What = "would refund every passenger on the cancelled sailings, instead of letting some of them wait for vouchers"
	if s := stance("Velden Shipping"); s != "Would refund every passenger on the cancelled sailings" {
		t.Errorf("Velden's stance = %q", s)
	}
}

func TestDisputeClauseKeepsItsOwnSubject(t *testing.T) {
	cx := newClauseContext(clauseAnalysis())
	tests := []struct {
		parties   []string
		cue, text string
		want      string
	}{
		// The actor said what someone else did.
		{[]string{"Nils Arvo"}, "ignored", "In a dissent, Judge Nils Arvo said the majority had “ignored the plain words of the charter”.",
			"Nils Arvo — said the majority had “ignored the plain words of the charter”"},
		{[]string{"Tomas Reed"}, "vote", "The Liberal leader, Tomas Reed, said his party would vote against the levy when it reaches the chamber.",
			"Tomas Reed — said his party would vote against the levy when it reaches the chamber"},
		// A conjunction, a pronoun or a title with the party's name is no
		// subject of its own.
		{[]string{"Velden Shipping"}, "rejected", "But it rejected claims that it bore any blame for the delays, saying contractors must meet the deadlines set by the council.",
			"Velden Shipping — rejected claims that it bore any blame for the delays, saying contractors must meet the deadlines set by the council"},
		{[]string{"Ilse Varga"}, "dismissed", "Ms Varga dismissed the proposal as a stunt.", "Ilse Varga — dismissed the proposal as a stunt"},
		// A noun cue comes with the verb that governs it.
		{[]string{"Danmore", "Kestal"}, "accusation", "She also repeated Danmore’s accusation that Kestal shelters the smugglers.",
			"Danmore vs Kestal — repeated Danmore’s accusation that Kestal shelters the smugglers"},
		{[]string{"Lornvik", "Danmore"}, "dispute", "The mayor said Lornvik would take the dispute to the regional court if talks failed.",
			"Lornvik vs Danmore — would take the dispute to the regional court if talks failed"},
		{[]string{"Green Party"}, "demanding", "About 40 Green councillors have signed a letter demanding that the plant close by 2030.",
			"Green Party — about 40 Green councillors have signed a letter demanding that the plant close by 2030"},
		// A relative clause ends at its comma; a finding is the finder's.
		{[]string{"Emil Strand"}, "dismissed", "Former harbour chief Emil Strand, who was dismissed in March, has been drafting a rescue plan with the unions.",
			"Emil Strand — was dismissed in March"},
		{[]string{"Press Standards Board", "Daily Harrow"}, "misleading", "Then came the Press Standards Board, which ruled in June that the paper's claim of a “record harvest” was misleading.",
			"Press Standards Board vs Daily Harrow — ruled that the paper's claim of a “record harvest” was misleading"},
		// A phrasal verb, a noun without a determiner, a preposition's
		// noun and verb.
		{[]string{"Per Lund"}, "differences", "Mr Lund played down the differences.", "Per Lund — played down the differences"},
		{[]string{"Ilse Varga"}, "criticism", "Ms Varga, who has faced criticism over the pension reform, did not comment.",
			"Ilse Varga — has faced criticism over the pension reform"},
		{[]string{"Danmore", "Kestal"}, "against", "In 2009 Danmore imposed a trade embargo against Kestal and froze its assets.",
			"Danmore vs Kestal — imposed a trade embargo against Kestal and froze its assets"},
		// A clause that opens a sentence loses the capital it had there.
		{[]string{"Danmore", "Kestal"}, "differences", "Differences over the fishing quotas remain unresolved, officials said.",
			"Danmore vs Kestal — differences over the fishing quotas remain unresolved"},
		{[]string{"negotiators"}, "failed", "Talks on a fisheries pact between Danmore and Kestal ended on Friday without a deal, after three days in which negotiators failed to settle quotas for herring and cod.",
			"negotiators — failed to settle quotas for herring and cod"},
	}
	for _, tt := range tests {
		d := brief.Dispute{Parties: tt.parties, Cue: tt.cue, Text: tt.text}
		if got := disputeClause(d, maxItemWords, cx).String(); got != tt.want {
			t.Errorf("disputeClause(%q)\n = %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestDisputeTopic(t *testing.T) {
	an := clauseAnalysis()
	an.Actors = append(an.Actors, brief.Actor{Name: "Port Authority", Kind: brief.KindOrganization})
	cx := newClauseContext(an)
	tests := []struct {
		topic   string
		parties []string
		want    string
	}{
		// "accused the government of hiding the deficit": over hiding it.
		{"the government of hiding the deficit", []string{"Lena Marsh", "government"}, "hiding the deficit"},
		// A party is not what the parties differ over.
		{"the company", []string{"Ilse Varga", "Velden Shipping"}, ""},
		{"the Port Authority", []string{"Ilse Varga", "Port Authority"}, ""},
		{"a fixed annual quota", []string{"Danmore", "Kestal"}, "a fixed annual quota"},
	}
	for _, tt := range tests {
		if got := disputeTopic(tt.topic, tt.parties, cx); got != tt.want {
			t.Errorf("disputeTopic(%q) = %q, want %q", tt.topic, got, tt.want)
		}
	}
}

func TestClipLeavesNoFragment(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string // "" when no phrase of n words can be cut from it
	}{
		// A name of two parts joined by "and" is not cut in two.
		{"Agreed to halt fighting in the northern valleys of East and West Marrow", 10, ""},
		// A clause put before its main clause is not left without it.
		{"would ask the full appeals court to rehear the case within 14 days and, if that failed, would take it to the top court", 20,
			"would ask the full appeals court to rehear the case within 14 days"},
		// "whether …" needs its verb.
		{"Are examining whether the importer, Harwick Trading Ltd, knew the kits had failed tests", 10, ""},
		// A last part opened by "and" needs its verb.
		{"criticised the council for signing the lease without a vote in the assembly, and residents in Lorne have asked how local the jobs will be", 17,
			"criticised the council for signing the lease without a vote in the assembly"},
		// "under 16" is a number, not a phrase.
		{"struck down a law that would have required apps to get a parent’s consent before anyone under 16 could open an account", 20,
			"struck down a law that would have required apps to get a parent’s consent"},
		// A new clause after "and" is a place to cut.
		{"due to meet again in Lorne in May, and both sides still say they hope to settle", 10, "due to meet again in Lorne in May"},
	}
	for _, tt := range tests {
		got, ok := clipPhrase(tt.in, tt.n)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("clipPhrase(%q, %d) = %q, %v; want %q", tt.in, tt.n, got, ok, tt.want)
		}
	}
	if got, _ := stripAttribution("due to deploy 150 monitors to the border by the end of the month, according to its peace commissioner, Amina Sall"); got != "due to deploy 150 monitors to the border by the end of the month" {
		t.Errorf("stripAttribution = %q", got)
	}
	// Who said it after a quotation is no part of the clause.
	if got, _ := stripAttribution("“The strike is meant to frighten investors,” said Ana Pell, the group's director"); got != "“The strike is meant to frighten investors”" {
		t.Errorf("stripAttribution = %q", got)
	}
	// The predicate of the sentence after a relative clause is not the
	// commitment's.
	if got := ownPredicate("plans to sign on Monday, two days before the recess, will need the council's approval"); got != "plans to sign on Monday" {
		t.Errorf("ownPredicate = %q", got)
	}
	if got := ownPredicate("would appeal within 14 days and, if that failed, would go to the top court"); got != "would appeal within 14 days and, if that failed, would go to the top court" {
		t.Errorf("ownPredicate cut a clause put first: %q", got)
	}
	// A participle after a comma tells a deed of the past main verb.
	c := brief.Commitment{Actor: "Northern Front", What: "agreeing to open the border crossings within a week",
		Text: "The two sides signed a truce in Valmora on Saturday, agreeing to open the border crossings within a week."}
	if got := CommitmentClause(c).Clause; !strings.HasPrefix(got, "agreed to open the border crossings") {
		t.Errorf("CommitmentClause = %q, want it in the past", got)
	}
}
