package brief

import (
	"slices"
	"strings"
	"testing"
)

// The classes of dispute sentences of issue #14, with sentences written
// for the test (news style, invented people) and cases that must give no
// dispute. A case's paragraphs are one article; the first is a lead that
// names the actors.
type disputeCase struct {
	name  string
	paras []string
	words string   // words of the item's text
	want  []string // words of each party that must be listed; nil for no dispute
	not   []string // words of names that must not be a party
	cameo string   // the CAMEO code, when the case checks it
}

func checkDisputeCases(t *testing.T, cases []disputeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, c.words)
			if c.want == nil {
				if got != nil {
					t.Errorf("found a dispute: %+v", *got)
				}
				return
			}
			if got == nil {
				t.Fatalf("no dispute with %q in %+v", c.words, an.Disputes)
			}
			for _, w := range c.want {
				if !slices.ContainsFunc(got.Parties, func(p string) bool { return strings.Contains(p, w) }) {
					t.Errorf("party %q missing from %q", w, got.Parties)
				}
			}
			for _, w := range c.not {
				if slices.ContainsFunc(got.Parties, func(p string) bool { return strings.Contains(p, w) }) {
					t.Errorf("%q is no party of %q", w, got.Parties)
				}
			}
			if c.cameo != "" && got.Cameo != c.cameo {
				t.Errorf("cameo = %q, want %q", got.Cameo, c.cameo)
			}
		})
	}
}

// The parties are the cue's arguments — its subject and its object — not
// the names nearest to it.
func TestDisputeParties(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"subject and conjoined objects", []string{
			"Beijing rebuked Britain and Nigeria for signing the pact without consulting the region."},
			"rebuked Britain and Nigeria", []string{"China", "United Kingdom", "Nigeria"}, nil, "111"},
		{"a noun frame on a thing: its makers", []string{
			"Britain and Nigeria signed a minerals pact on Tuesday, a deal both governments hailed but one that drew a sharp rebuke from Beijing."},
			"sharp rebuke from Beijing", []string{"China", "United Kingdom", "Nigeria"}, nil, ""},
		{"the object, not a name further on", []string{
			"Kenya accused Tanzania of stoking tensions, days before the summit in Uganda."},
			"accused Tanzania", []string{"Kenya", "Tanzania"}, []string{"Uganda"}, "112"},
		{"a thing's owner as the object", []string{
			"Senator Paul Hadley criticised the ministry's plan to close the port, calling it rushed."},
			"criticised the ministry", []string{"Paul Hadley"}, nil, ""},
		{"an apposition before the verb", []string{
			"A foreign ministry spokesman, Gao Wen, accused Britain of stoking bloc confrontation in Africa."},
			"accused Britain", []string{"Gao Wen", "United Kingdom"}, nil, ""},
		{"a passive's agent", []string{
			"The new port law was challenged by the Coastline Ports Authority on Monday."},
			"was challenged by", []string{"Coastline Ports Authority"}, nil, ""},
		{"a city naming talks is not its country", []string{
			"In 1991 Prime Minister Yitzhak Levi opposed the Nairobi peace talks on the border."},
			"opposed the Nairobi peace talks", []string{"Yitzhak Levi"}, []string{"Kenya"}, ""},
		{"a place is no party", []string{
			"Senator Paul Hadley criticised Governor Ann Marsh over the flooding in Mombasa."},
			"criticised Governor Ann Marsh", []string{"Paul Hadley", "Ann Marsh"}, []string{"Mombasa"}, ""},
		// A verb that needs two sides, with both named.
		{"two sides of a reciprocal verb", []string{
			"Kenya and Tanzania disagreed on Monday over who should pay for the new bridge."},
			"disagreed", []string{"Kenya", "Tanzania"}, nil, ""},
		{"one side in a second clause", []string{
			"Kenya signed the bridge deal on Monday and Tanzania disagreed, its foreign minister said."},
			"disagreed", []string{"Tanzania"}, nil, ""},
		{"a reciprocal verb with its other side", []string{
			"Dockers clashed with the Kenya Ports Authority over the new shift rota on Friday."},
			"clashed with", []string{"Dockers", "Kenya Ports Authority"}, nil, ""},
		{"the accused in the clause the noun tells", []string{
			"Kenya's foreign minister spoke in Geneva.",
			"She repeated Kenya's accusation that neighbouring Tanzania arms the rebels."},
			"Kenya's accusation", []string{"Kenya", "Tanzania"}, nil, ""},
	})
}

// Disputes told by a noun or an idiom (research class D2), in legal
// conflict, in contested claims, in quotes and in conflicting figures.
func TestDisputeClasses(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		// Nouns and idioms.
		{"came under fire from", []string{
			"The Kenya Ports Authority came under fire from shareholders of the port operator on Monday."},
			"came under fire from shareholders", []string{"Kenya Ports Authority", "shareholders"}, nil, ""},
		{"drew the ire of", []string{
			"Striker Tom Okello drew the ire of the Coastline Rovers on Sunday after a late tackle."},
			"drew the ire of", []string{"Tom Okello", "Coastline Rovers"}, nil, "111"},
		{"under assault from", []string{
			"Norvia chief executive Ivan Petrov spoke at a banking conference on Monday.",
			"He said the banks were under assault from government regulators."},
			"under assault from government regulators", []string{"regulators"}, nil, ""},
		{"pose a threat to", []string{
			"Kenya bought twelve attack jets from Russia last year.",
			"Britain's defence ministry said Kenya's new jets could pose a threat to Tanzania."},
			"could pose a threat to Tanzania", []string{"Kenya", "Tanzania"}, nil, "130"},
		{"bad blood, told by one side", []string{
			"The dockers' strike ended on Friday.",
			"Union leader Maria Costa told reporters there was still bad blood after the strike."},
			"still bad blood", []string{"Maria Costa"}, nil, ""},
		{"branded a disgrace", []string{
			"Senator Paul Hadley branded the harbour plan a disgrace on Tuesday."},
			"branded the harbour plan a disgrace", []string{"Paul Hadley"}, nil, "111"},
		// Legal conflict.
		{"charged with", []string{
			"Federal prosecutors charged Daniel Morrow, the former harbour chief, with fraud on Friday."},
			"charged Daniel Morrow", []string{"prosecutors", "Daniel Morrow"}, nil, "173"},
		{"a lawsuit against", []string{
			"Norvia Holdings filed a lawsuit against the Kenya Ports Authority over the ban."},
			"filed a lawsuit against", []string{"Norvia Holdings", "Kenya Ports Authority"}, nil, "115"},
		{"appealing a ruling", []string{
			"Daniel Morrow lost his case in the High Court in March.",
			"Morrow is appealing the ruling, his lawyer said on Monday."},
			"appealing the ruling", []string{"Morrow"}, []string{"lawyer"}, ""},
		{"a sentence sought", []string{
			"Federal prosecutors are seeking a ten-year sentence for Daniel Morrow, the former harbour chief."},
			"seeking a ten-year sentence", []string{"prosecutors", "Daniel Morrow"}, nil, ""},
		// Contested claims.
		{"insists, a standing claim", []string{
			"Tanzania has claimed the two islands since 1990.",
			"Kenya's Foreign Ministry insists the islands are Kenyan territory."},
			"insists the islands", []string{"Kenya"}, []string{"Foreign Ministry"}, ""},
		// In a quote.
		{"an attempt to silence", []string{
			"The Kenya Ports Authority banned union inspectors from the docks on Monday.",
			`"This is an attempt to silence the inspectors," union leader Maria Costa said of the Kenya Ports Authority's ban.`},
			"an attempt to silence", []string{"Maria Costa", "Kenya Ports Authority"}, nil, "111"},
		{"scorn in a quote", []string{
			`"The new port fee is a disgrace," said Senator Paul Hadley of the Kenya Ports Authority's decision.`},
			"is a disgrace", []string{"Paul Hadley", "Kenya Ports Authority"}, nil, ""},
		// Conflicting figures.
		{"two sources, two figures", []string{
			"The search for the missing ferry went on through the night.",
			"The Kenyan navy said 40 bodies had been recovered, but the rescue agency chief, Tomas Reyes, said only three had been found."},
			"said 40 bodies", []string{"Kenya", "Tomas Reyes"}, nil, ""},
		// A body only described ("the army", no country named) is no
		// party: the named source is left, with the sentence that tells
		// both figures.
		{"two sources, two figures: a body only described is no party", []string{
			"Rebels ambushed a convoy near Marrow Point on Sunday.",
			"The army initially said 25 soldiers had died in the ambush, although local radio later cited the district governor, Ines Valbo, as saying only two were killed."},
			"said 25 soldiers", []string{"Ines Valbo"}, []string{"army"}, "110"},
		// A part of a group.
		{"what share of a group refused", []string{
			"Irish nuns met the visitors sent by the Vatican in Cork on Monday.",
			"Not every convent returned the forms, and Mother Ann Healy would not guess what proportion of Irish nuns refused to take part."},
			"refused to take part", []string{"Irish nuns"}, nil, "120"},
		{"a majority of a group rejected", []string{
			"Dock workers in Mombasa voted on the new rota on Friday.",
			"A majority of the dock workers rejected the Kenya Ports Authority's offer."},
			"rejected the Kenya Ports Authority", []string{"workers", "Kenya Ports Authority"}, nil, ""},
		// A possessive after an apposition in a prepositional phrase is
		// the subject's, not the apposition's.
		{"a possessive after a prepositional phrase with an apposition", []string{
			"Sir Peter Lowe was education secretary for five years.",
			"The new exams arrived in 1986 with Kenneth Marsh, now Lord Marsh of Alton, as education secretary, after Sir Peter resigned in June, a month after his bitter clash with Prime Minister Ann Hale over the syllabus."},
			"his bitter clash with", []string{"Peter Lowe", "Ann Hale"}, []string{"Marsh"}, ""},
		// After a thing with a relative clause set off by a comma, the
		// clause's subject.
		{"a relative clause set off by a comma", []string{
			"Norvia Holdings ran an advertisement in the Sunday papers, which accused the Kenya Ports Authority of negligence."},
			"accused the Kenya Ports Authority", []string{"Norvia Holdings", "Kenya Ports Authority"}, nil, ""},
		// Not disputes.
		{"a restrictive relative clause on a thing", []string{
			"Gunmen opened fire on shoppers at a market in Mombasa on Wednesday, killing 12 people in a raid that threatened to wreck the shaky truce on the coast.",
			"The gunmen escaped in a white van, police said.",
			"Witnesses said the gunmen wore masks."},
			"threatened to wreck", nil, nil, ""},
		{"a worry of people in general told in a quote", []string{
			"Nora Lindqvist is an analyst at Farrow Research.",
			"“Staff morale across the sector is low. Individuals are concerned over the privacy of their data,” said Nora Lindqvist."},
			"are concerned", nil, nil, ""},
		{"praise in a quote", []string{
			`"This is a great day for the port," said Senator Paul Hadley of the Kenya Ports Authority's decision.`},
			"a great day", nil, nil, ""},
		{"scorn denied in a quote", []string{
			`"The new fee is not a disgrace," said Senator Paul Hadley of the Kenya Ports Authority's decision.`},
			"not a disgrace", nil, nil, ""},
		{"one figure from two sources", []string{
			"The Kenyan navy said 40 bodies had been recovered, and the rescue agency said 40 had been identified."},
			"said 40 bodies", nil, nil, ""},
		{"a charge for a service", []string{
			"The Kenya Ports Authority charged shipping lines a new fee for night berths."},
			"charged shipping lines", nil, nil, ""},
		{"loath to criticise", []string{
			"Most Kenyan senators have been loath to publicly criticise Governor Ann Marsh over the port."},
			"loath to publicly criticise", nil, nil, ""},
		{"responsible for a share, not a harm", []string{
			"Norvia Holdings is responsible for about 60 percent of the cargo handled at the port."},
			"responsible for about 60 percent", nil, nil, ""},
		{"differences between a side and a thing", []string{
			"There are minor differences between Norvia Holdings and the rules used in the book."},
			"minor differences between", nil, nil, ""},
		{"the many are no party", []string{
			"In Kenya, many blame Norvia Holdings for the port delays."},
			"many blame Norvia Holdings", nil, nil, ""},
		{"the gerund of a charge", []string{
			"The Supreme Court of Kenya ruled that dockers are shielded from penalties for misleading the port authority."},
			"for misleading the port authority", nil, nil, ""},
		{"a naturally posed threat", []string{
			"The storm could pose a threat to the coast on Friday, forecasters said."},
			"pose a threat to the coast", nil, nil, ""},
	})
}

// TestDisputeDropReasons has a case for each reason a cue is not a
// dispute (dropReason), and for a thing as the subject.
func TestDisputeDropReasons(t *testing.T) {
	cases := []struct{ reason, text, words string }{
		{dropNoAnswer, "A spokesman for Kenya Airways declined to answer questions about the cause of the crash.", "declined to answer"},
		{dropNoAnswer, "Governor Ann Marsh refused to comment on the report by the Kenya Ports Authority.", "refused to comment"},
		{dropAppeal, "The mayor of Mombasa, Ana Ruiz, consoled the families and urged them to stay strong.", "urged them"},
		{dropAppeal, "Governor Ann Marsh urged residents to stay calm after the Kenya Ports Authority closed the docks.", "urged residents"},
		{dropPastEvent, "The Kenya Airways pilots were still arguing about the altimeter readings as the jet lost height.", "still arguing"},
		{dropOneSide, "Politicians in Mombasa and politicians in Nairobi disagreed on Monday over who should pay for the new bridge.", "disagreed"},
		{dropHypothetical, "Kenya and Tanzania agreed on a procedure to follow if ever there was a disagreement over the islands.", "a disagreement"},
		{dropPhysical, "Governor Ann Marsh was lying on a stretcher when the Kenya Ports Authority chief arrived.", "was lying on"},
		{dropNoun, "Kenya Ports Authority bars almost always close before midnight, Governor Ann Marsh said.", "bars almost"},
		{dropForecast, "Kenya's glaciers shrank again last year, the weather agency said, warning that many will not survive.", "warning that"},
		{dropPhysical, "The Kenya Airways jet slammed into the sea shortly after take-off, Governor Ann Marsh said.", "slammed into"},
		{dropGuess, "An analyst at Ruvuma Capital said the Kenya Ports Authority's unions could resist the new shift rota.", "could resist"},
		{dropGuess, "The decision may anger Tanzania, which wants the port expanded first, Governor Ann Marsh said.", "may anger"},
		{dropGuess, "An analyst at Ruvuma Capital cautioned that Tanzania could block the Kenya Ports Authority's new berth, Governor Ann Marsh said.", "cautioned that"},
		{dropGuess, "Lawmakers might well reject the Kenya Ports Authority budget when it comes to a vote, aides said.", "reject the"},
		{dropFeeling, "“She was concerned … because she always felt the Kenya Ports Authority changed too much,” said Governor Ann Marsh.", "was concerned"},
		{dropNoAnswer, "A reporter asked Governor Ann Marsh about the Kenya Ports Authority budget, and she rejected the question.", "rejected the question"},
		{dropCondemnEvent, "Governor Ann Marsh condemned the bombing of a market in Mombasa, which killed six people.", "condemned the bombing"},
		{dropCondemnEvent, "The Kenya Ports Authority condemned the cholera outbreak as a failure of the old water system.", "condemned the cholera"},
		{dropCondemnEvent, "Governor Ann Marsh blamed the damage at the docks on climate change.", "blamed the damage"},
		{dropSelf, "Governor Ann Marsh blamed herself for the defeat of the Kenya Ports Authority budget.", "blamed herself"},
		{dropSelf, "The Kenya Ports Authority chief criticised himself after the vote, Governor Ann Marsh said.", "criticised himself"},
		{"a thing as the subject", "The old lock of the Kenya Ports Authority office resisted every key, Governor Ann Marsh said.", "resisted every key"},
		{"a thing as the subject", "The storm threatened the coast of Kenya on Friday, Governor Ann Marsh said.", "threatened the coast"},
		{dropDismissal, "The Kenya Ports Authority dismissed its director, Tom Adair, on Monday after the collision.", "dismissed its director"},
		{dropDismissal, "The Kenya Ports Authority dismissed 40 dock workers last week to cut costs.", "dismissed 40 dock workers"},
		{dropDismissal, "The harbour church dismissed its volunteers and turned its hall into a field kitchen.", "dismissed its volunteers"},
		{dropDismissal, "Tom Adair was dismissed by the Kenya Ports Authority on Monday after the collision.", "was dismissed by"},
	}
	for _, c := range cases {
		t.Run(c.reason, func(t *testing.T) {
			an := analyzeText(t, "Governor Ann Marsh of Kenya met the Kenya Ports Authority board on Monday.", c.text)
			if got := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, c.words); got != nil {
				t.Errorf("%q: found a dispute: %+v", c.text, *got)
			}
		})
	}
	// Every reason is told in words a reader can follow.
	for _, r := range []string{dropNoAnswer, dropAppeal, dropPastEvent, dropOneSide, dropHeadline, dropForecast, dropGuess, dropHypothetical,
		dropPhysical, dropNoun, dropFeeling, dropCondemnEvent, dropFeelingOneSide, dropSelf, dropDismissal} {
		if len(strings.Fields(r)) < 4 {
			t.Errorf("drop reason %q says too little", r)
		}
	}
}

// A headline of another story inside the page is no dispute of this one.
func TestDisputeDropsHeadlines(t *testing.T) {
	an := analyzeText(t,
		"Kenya and Tanzania signed a border accord in Arusha on Monday, ending years of talks.",
		"Files reveal minister warned against 'harbour tax'",
		"Both governments said the accord would be ratified by June.")
	if got := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "Warned Against"); got != nil {
		t.Errorf("headline read as a dispute: %+v", *got)
	}
}

// The parties of a dispute are on opposite sides, and each is the body or
// person that acts: not some members of a people, not the country for its
// police, not a co-defendant or an ally set against his own side, not a
// president for "the mayor".
func TestDisputeSides(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"some members of a people", []string{
			"President Lina Marzouk of Tunisia signed the fuel law on Friday.",
			"Many Tunisians criticised the new fuel law on Sunday."},
			"Many Tunisians criticised", nil, nil, ""},
		{"the police are not the country", []string{
			"President Lina Marzouk of Tunisia signed the fuel law on Friday.",
			"Tunisian police accused the protesters of looting shops in Sfax."},
			"accused the protesters", []string{"Tunisian police", "protesters"}, nil, ""},
		{"a co-defendant is on the same side", []string{
			"The fraud trial of two former aides opened in Tunis on Monday.",
			"Former aide Karim Belhadj clashed with his co-defendant, Samir Toumi, over who had signed the transfers."},
			"clashed with his co-defendant", nil, nil, ""},
		{"a former ally may be an adversary", []string{
			"The fraud trial of two former aides opened in Tunis on Monday.",
			"Karim Belhadj accused his former ally, Samir Toumi, of forging the transfers."},
			"accused his former ally", []string{"Karim Belhadj", "Samir Toumi"}, nil, ""},
		{"a condemnation that names who is condemned", []string{
			"President Lina Marzouk of Tunisia met the envoy of Libya on Friday.",
			"Marzouk condemned the attack by the Kivu Alliance on the border post."},
			"condemned the attack", []string{"Lina Marzouk", "Kivu Alliance"}, nil, ""},
	})
	// "The mayor" is not the president named before: no party of hers.
	an := analyzeText(t, "President Lina Marzouk of Tunisia visited Sfax on Friday.",
		"The mayor accused the Sfax Port Authority of ignoring the floods.")
	for _, x := range an.Disputes {
		if slices.ContainsFunc(x.Parties, func(p string) bool { return strings.Contains(p, "Marzouk") }) {
			t.Errorf("the president as the mayor: %+v", x)
		}
	}
}

// A verb turned on its subject inside someone's words ("replied to her,
// saying she was deceiving herself") is the speaker's charge against her:
// a dispute of the two. Sentences written for the test.
// The words may stand in quotation marks ("saying she was “deceiving
// herself”"): a fragment too short to be a quote of its own is still the
// reporter's words.
func TestReflexiveInsideACharge(t *testing.T) {
	for _, text := range []string{
		"Mr Ames replied to her on Friday, saying she was deceiving herself over the tram budget.",
		"Mr Ames replied to her on Friday, saying she was “deceiving herself” over the tram budget.",
		// A note that says it is no party: its sender is.
		"Two days later Mr Ames sent her a note saying she was deceiving herself over the tram budget.",
	} {
		an := analyzeText(t, "Education Secretary Keith Ames met Prime Minister Ana Borg on Monday.", text)
		x := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "deceiving herself")
		if x == nil || !slices.Contains(x.Parties, "Keith Ames") || !slices.Contains(x.Parties, "Ana Borg") {
			t.Errorf("%q: dispute = %+v, want Keith Ames and Ana Borg", text, x)
		}
	}
}

// A document that accuses ("issued a statement accusing the union of
// sabotage") is no party: its author, the sentence's subject, is.
// Sentences written for the test.
func TestDocumentAccuserIsItsAuthor(t *testing.T) {
	an := analyzeText(t, "The strike at the Tarrow port entered its third week on Monday.",
		"The Tarrow Ports Authority issued a statement accusing the Harbour Workers Union of sabotage.")
	x := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "accusing the Harbour Workers Union")
	if x == nil || slices.Contains(x.Parties, "statement") || !slices.Contains(x.Parties, "Tarrow Ports Authority") {
		t.Errorf("dispute = %+v, want the Tarrow Ports Authority and no 'statement'", x)
	}
}
