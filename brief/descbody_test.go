package brief

import (
	"slices"
	"testing"
)

// checkDescCases runs description cases: each item found must be credited
// as its check says (see checkCredits).
func checkDescCases(t *testing.T, cases []struct {
	name   string
	paras  []string
	checks []descCheck
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCredits(t, analyzeText(t, c.paras...), c.checks)
		})
	}
}

// checkCredits checks the items of an analysis against checks: an item with
// a speaker, actor or party it must be credited to (is) must be found and
// credited to it; a found item is never credited to any of not.
func checkCredits(t *testing.T, an *Analysis, checks []descCheck) {
	t.Helper()
	for _, ch := range checks {
		got, ok := creditedTo(an, ch)
		if !ok {
			if ch.is != "" {
				t.Errorf("no %s with %q; actors: %q", ch.item, ch.words, actorNames(an))
			}
			continue
		}
		if ch.is != "" && !slices.Contains(got, ch.is) {
			t.Errorf("%s %q credited to %q, want %q", ch.item, ch.words, got, ch.is)
		}
		for _, n := range ch.not {
			if slices.Contains(got, n) {
				t.Errorf("%s %q credited to %q, which must not be %q", ch.item, ch.words, got, n)
			}
		}
	}
}

// A description with a trade head ("the insurer", "the lender", "the
// utility") stands for the body of that trade named before, not merely the
// one named last: a body whose name shows another trade ("Dunmore Water",
// "Ardent Energy") is not it. A body described by what it does ("Calloway
// Mutual, which insures…") is an actor the description may stand for, and
// "it" as the next subject in the sentence is the same body. When no body
// of that trade is named, the item stays unresolved rather than wrong.
// Sentences written for the test.
func TestTradeDescriptionsFindTheirBody(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"the insurer, described by what it does, not the water company", []string{
			`Tenants in Pellow blamed Dunmore Water for a burst main that flooded twelve flats on Sunday.`,
			`Calloway Mutual, which insures most of the flats on the estate, has been accused of stalling on claims. The insurer said it was “reading every policy with care”, but on Monday it agreed to pay £2,000 to each tenant within a week.`},
			[]descCheck{
				{"quote", "reading every policy with care", "Calloway Mutual", []string{"Dunmore Water"}},
				{"commit", "agreed to pay £2,000", "Calloway Mutual", []string{"Dunmore Water"}},
			}},
		{"the insurer, described by a clause before its verb", []string{
			`Residents of Hale Street say Brennock Water let a culvert silt up for years.`,
			`Garland Mutual, which insures about half of the street's homes, faces claims that it is dragging its feet. The insurer said it was “treating every claim on its merits”, and on Friday it agreed to send loss adjusters to each house.`},
			[]descCheck{
				{"quote", "treating every claim on its merits", "Garland Mutual", []string{"Brennock Water"}},
				{"commit", "send loss adjusters", "Garland Mutual", []string{"Brennock Water"}},
			}},
		{"the lender, not the energy firm named last", []string{
			`Vessel Bank lent £40m for the new turbine hall in March.`,
			`Ardent Energy, which runs the plant, has since fallen behind on payments to its builders. The lender said it would extend the loan by six months.`},
			[]descCheck{{"commit", "extend the loan", "Vessel Bank", []string{"Ardent Energy"}}}},
		{"the insurer, with no insurer named: unresolved", []string{
			`Tolley Water ran the pumps at the depot until the storm cut the power on Friday.`,
			`The insurer said it would pay for the lost stock within a month.`},
			[]descCheck{{"commit", "pay for the lost stock", "", []string{"Tolley Water"}}}},
		{"the utility, not the insurer named last", []string{
			`Carrow Water has blamed the heavy rain for the sewage spill at Fenby.`,
			`Kelby Insurance, which covers the marina, said boats had been damaged. The utility said it would clean the beach by Friday.`},
			[]descCheck{{"commit", "clean the beach by Friday", "Carrow Water", []string{"Kelby Insurance"}}}},
		// Both directions: a body whose name tells no trade still takes
		// the description, and the company is still the one named last.
		{"the insurer whose name says nothing", []string{
			`Ostrand Vale, which insures farm buildings across the county, has faced a rush of claims since the storm.`,
			`The insurer said it would send assessors to every farm by Friday.`},
			[]descCheck{{"commit", "send assessors to every farm", "Ostrand Vale", nil}}},
		{"the company after a utility", []string{
			`Brisk Water Ltd admitted on Monday that a valve had failed at its Holm works.`,
			`The company said it would replace every valve of that make by the spring.`},
			[]descCheck{{"commit", "replace every valve", "Brisk Water Ltd", nil}}},
	})
}

// A quote split around its "she said" is one speaker's: the second half
// keeps the first half's, and when that is someone the article does not
// name ("one resident, who asked not to be named") the second half has no
// named speaker either, never the body just mentioned. A named speaker's
// split quote still goes to that speaker. Sentences written for the test.
func TestSplitQuoteOfAnAnonymousSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an unnamed tenant after the landlord", []string{
			`Kestle Homes Ltd said the damp in the block had been treated in the summer.`,
			`One tenant, who asked not to be named because she is suing the company over a ceiling collapse, disagreed. “They painted over the mould,” she said. “It was back within a fortnight.”`},
			"back within a fortnight", ""},
		{"an unnamed driver after the bus company", []string{
			`Tarn Buses blamed a shortage of mechanics for the cancelled routes.`,
			`A driver, who did not want to give his name, said the depot had been short for a year. “We park buses that need brakes,” he said. “Then they tell us to take them out anyway.”`},
			"tell us to take them out anyway", ""},
		{"an unnamed farmer after the agency, speaker first", []string{
			`The Rural Payments Office has delayed the grants to the spring.`,
			`“I have borrowed to buy seed,” one farmer said. “If the money does not come, I lose the farm.”`},
			"I lose the farm", ""},
		{"an unnamed neighbour after the body's own quoted words", []string{
			`In a statement, Tarrow Rail Ltd said the embankment had been "inspected twice this year" and was safe.`,
			`A neighbour, who asked not to be named because he is in dispute with the company over a fence, was not convinced. "They say it is safe every winter," he said. "Then the mud comes through my kitchen."`},
			"mud comes through my kitchen", ""},
		// The other direction: a named speaker keeps both halves.
		{"a named tenant keeps both halves", []string{
			`Kestle Homes Ltd said the damp in the block had been treated in the summer.`,
			`Moira Penhale, who has lived in the block since 2009, disagreed. “They painted over the mould,” she said. “It was back within a fortnight.”`},
			"back within a fortnight", "Moira Penhale"},
	})
}

// "Some have said they will…", "Many say they…": a quantifier standing for
// people the article mentioned before is no body's commitment or dispute,
// least of all that of the council or company named in the sentence.
// Sentences written for the test.
func TestQuantifierSubjectsAreNoBodys(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"some will withhold rent", []string{
			`Tenants of the Marley estate marched to the offices of Harwell Borough Council on Saturday.`,
			`Some have said they will withhold their rent until the lifts are repaired, a move the council said would be unlawful.`},
			[]descCheck{{"commit", "withhold their rent", "", []string{"Harwell Borough Council"}}}},
		{"a body inside a prepositional phrase, then a relative clause", []string{
			`Harwell Media signed new carriage deals with three cable networks on Monday.`,
			`Many contracts, like the one struck with the search engine Tarvo, which may pay up to $1 billion, will contain change-of-control clauses.`},
			[]descCheck{{"commit", "contain change-of-control clauses", "", []string{"Tarvo"}}}},
		{"many say they will sue", []string{
			`Passengers stranded by Orrin Rail on Friday night slept in the station at Kelso.`,
			`Many say they will sue the operator for the cost of hotels.`},
			[]descCheck{
				{"commit", "sue the operator", "", []string{"Orrin Rail"}},
				{"dispute", "sue the operator", "", []string{"Orrin Rail"}},
			}},
		{"others vowed to keep protesting", []string{
			`Farmers blocked the road outside the headquarters of Dunmore County Council on Monday.`,
			`Others vowed to keep up the protest until the council drops the new levy.`},
			[]descCheck{{"commit", "keep up the protest", "", []string{"Dunmore County Council"}}}},
		// The other direction: a body's own "it will" is still its.
		{"the council's own pledge", []string{
			`Tenants of the Marley estate marched to the offices of Harwell Borough Council on Saturday.`,
			`The council said it would repair the lifts by the end of March.`},
			[]descCheck{{"commit", "repair the lifts", "Harwell Borough Council", nil}}},
	})
}
