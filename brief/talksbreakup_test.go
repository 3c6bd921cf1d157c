package brief

import "testing"

// Talks that break up without a deal, and talks of sides the sentence
// counts ("The two governments' talks stalled"), are a breakdown of
// negotiations (CAMEO 164) between the sides named — "talks between X
// and Y", or the two the story has just joined with "and" — over the
// issue the sentence gives ("over fishing quotas"). With no side named,
// or talks that only adjourn ("broke up for the weekend"), there is no
// dispute. Sentences written for the test.
func TestTalksBreakUpAndCountedSides(t *testing.T) {
	cases := []disputeCase{
		{"talks between two sides broke up without a deal", []string{
			"Talks between Velmora Fisheries and the Harbour Workers Union broke up without a deal on Friday."},
			"broke up without a deal", []string{"Velmora Fisheries", "Harbour Workers Union"}, nil, "164"},
		{"talks broke up in acrimony", []string{
			"Pay talks between the Rail Workers Union and Northline Trains broke up in acrimony late on Monday."},
			"broke up in acrimony", []string{"Rail Workers Union", "Northline Trains"}, nil, "164"},
		{"negotiations broke up over a fence", []string{
			"Negotiations between Peru and Chile broke up over the border fence on Thursday."},
			"broke up over", []string{"Peru", "Chile"}, nil, "164"},
		{"talks between two countries stalled over quotas", []string{
			"Talks between Portugal and Morocco stalled over fishing quotas on Thursday."},
			"stalled over fishing quotas", []string{"Portugal", "Morocco"}, nil, "164"},
		{"the two governments' talks stalled", []string{
			"Portugal and Morocco sent their fisheries ministers to Tangier on Monday.",
			"The two governments' talks stalled over fishing quotas on Wednesday."},
			"stalled over fishing quotas", []string{"Portugal", "Morocco"}, nil, "164"},
		{"both sides' negotiations collapsed", []string{
			"The Rail Workers Union and Calder Terminals met in Leeds on Monday.",
			"Both sides' negotiations collapsed on Tuesday over night-shift pay."},
			"collapsed", []string{"Calder Terminals", "Rail Workers Union"}, nil, "164"},
		{"talks over an issue between two sides collapsed", []string{
			"Talks over the Kessel dam between Peru and Chile collapsed on Friday."},
			"collapsed", []string{"Peru", "Chile"}, []string{"Kessel"}, "164"},
		{"talks between two sides over a third's pipeline collapsed", []string{
			"Talks between Peru and Chile over Bolivia's gas pipeline collapsed on Friday."},
			"collapsed", []string{"Peru", "Chile"}, []string{"Bolivia"}, "164"},
		{"talks between the two governments stalled", []string{
			"Portugal and Morocco sent their fisheries ministers to Tangier on Monday.",
			"Talks between the two governments stalled over fishing quotas on Wednesday."},
			"stalled over fishing quotas", []string{"Portugal", "Morocco"}, nil, "164"},
		{"talks between the two sides collapsed", []string{
			"Portugal and Morocco sent their fisheries ministers to Tangier on Monday.",
			"Talks between the two sides collapsed on Wednesday."},
			"collapsed", []string{"Portugal", "Morocco"}, nil, "164"},
		{"the two countries' fishing talks broke up", []string{
			"Portugal and Morocco sent their fisheries ministers to Tangier on Monday.",
			"The two countries' fishing talks broke up without a deal on Wednesday."},
			"broke up", []string{"Portugal", "Morocco"}, nil, "164"},
		// No side named, or no breakdown.
		{"talks broke up, no side named", []string{
			"Talks broke up without a deal on Friday, and the strike went ahead at dawn."},
			"broke up", nil, nil, ""},
		{"the two governments' talks, no sides named", []string{
			"The fishing season opened in Tangier on Monday.",
			"The two governments' talks stalled over fishing quotas on Wednesday."},
			"stalled", nil, nil, ""},
		{"the two governments' talks, one side named", []string{
			"Morocco sent its fisheries minister to Tangier on Monday.",
			"The two governments' talks stalled over fishing quotas on Wednesday."},
			"stalled", nil, nil, ""},
		{"talks between the two sides, one side named", []string{
			"Portugal sent its fisheries minister to Tangier on Monday.",
			"Talks between the two sides collapsed on Wednesday."},
			"collapsed", nil, nil, ""},
		{"talks broke up for the weekend", []string{
			"Talks between Portugal and Morocco broke up for the weekend and will resume on Monday."},
			"broke up", nil, nil, ""},
		{"talks broke up over the weekend", []string{
			"Talks between Portugal and Morocco broke up over the weekend, both delegations said."},
			"broke up", nil, nil, ""},
		{"talks broke up over lunch", []string{
			"Talks between Portugal and Morocco broke up over lunch on Friday."},
			"broke up", nil, nil, ""},
		{"a band broke up", []string{
			"The Velmora Quartet broke up in 1998 after a tour of Peru and Chile."},
			"broke up", nil, nil, ""},
	}
	checkDisputeCases(t, cases)
	// The issue the talks failed over is the dispute's topic, without the
	// time after it; a verb right after the talks tells none.
	topics := map[string]string{
		"negotiations broke up over a fence":                        "the border fence",
		"talks between two countries stalled over quotas":           "fishing quotas",
		"the two governments' talks stalled":                        "fishing quotas",
		"both sides' negotiations collapsed":                        "night-shift pay",
		"talks over an issue between two sides collapsed":           "the Kessel dam",
		"talks between two sides over a third's pipeline collapsed": "Bolivia's gas pipeline",
		"talks between the two governments stalled":                 "fishing quotas",
		"the two countries' fishing talks broke up":                 "",
	}
	for _, c := range cases {
		want, ok := topics[c.name]
		if !ok {
			continue
		}
		t.Run(c.name+", topic", func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if got := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, c.words); got == nil || got.Topic != want {
				t.Errorf("topic of %q: %+v, want %q", c.words, got, want)
			}
		})
	}
}
