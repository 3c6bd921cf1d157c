package brief

import "testing"

// People who act or speak for a side the phrase does not name, counted
// ("Both ministers", "Two officials", "Three negotiators") or bare
// ("Negotiators", "Envoys"), are no actor to print: no dispute takes
// them as a party (the other side named stays; in a clash only two sides
// can have, they stand for the two the story joins with "and"), and no
// commitment is the counted ones'. A group the article names ("French negotiators" are France's,
// "the Group of Seven"), a public group that is a side of its own
// ("Teachers") and counted bodies ("Both governments") stay. Sentences
// written for the test.
func TestUnnamedAgentsAreNoActor(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"bare negotiators reject a map", []string{
			"Envoys of Velmora and Ostrava met in Geneva on Monday.",
			"Negotiators rejected the map from the mediator on Tuesday."},
			"rejected the map", nil, nil, ""},
		{"bare envoys reject a map", []string{
			"Talks on the Kessel river resumed in Geneva on Monday.",
			"Envoys rejected the new map on Tuesday."},
			"rejected the new map", nil, nil, ""},
		{"counted negotiators accuse a country", []string{
			"Three negotiators walked out of the talks in Geneva on Tuesday, accusing Ostrava of bad faith."},
			"accusing Ostrava", []string{"Ostrava"}, []string{"negotiators"}, ""},
		{"several diplomats accuse a country", []string{
			"Talks between Velmora and Ostrava over the Kessel river ended without a deal on Thursday.",
			"Several diplomats accused Ostrava of stalling the talks."},
			"accused Ostrava", []string{"Ostrava"}, []string{"diplomats"}, ""},
		// In a clash only two sides can have, they stand for the two
		// sides the story joins with "and".
		{"negotiators of two named sides fail to close gaps", []string{
			"Talks between Velmora and Ostrava over the Kessel river ended on Thursday, after negotiators failed to close gaps over water quotas."},
			"failed to close gaps", []string{"Velmora", "Ostrava"}, []string{"negotiators"}, ""},
		{"diplomats of two sides named before disagree", []string{
			"Envoys of Peru and Chile met in Lima on Monday.",
			"Diplomats disagreed over the water quotas late into the night."},
			"disagreed over the water quotas", []string{"Peru", "Chile"}, []string{"Diplomats"}, ""},
		{"negotiators unable to agree", []string{
			"Envoys of Peru and Chile met in Lima on Monday.",
			"Negotiators were unable to agree on the water quotas."},
			"unable to agree", []string{"Peru", "Chile"}, []string{"Negotiators"}, ""},
		// Named or public groups stay.
		{"a country's negotiators", []string{
			"French negotiators rejected the German proposal on Tuesday."},
			"rejected the German proposal", []string{"France", "Germany"}, nil, ""},
		{"teachers reject an offer", []string{
			"Teachers rejected the pay offer from the Harwick School Board on Monday."},
			"rejected the pay offer", []string{"Teachers", "Harwick School Board"}, nil, ""},
		{"a named group", []string{
			"The Group of Seven criticised Velmora over the dam on Monday."},
			"criticised Velmora", []string{"G7", "Velmora"}, nil, ""},
	})
	// Nor are they a group actor of their own, however often they come
	// back: "negotiators" and "diplomats" never were.
	for _, c := range []struct {
		name  string
		paras []string
		not   []string
	}{
		{"envoys named three times", []string{
			"Talks on the Kessel river resumed in Geneva on Monday.",
			"Envoys rejected the new map on Tuesday.",
			"The envoys said the map ignored the river's course. Envoys walked out of the talks on Wednesday."},
			[]string{"Envoys", "envoys"}},
		{"emissaries named twice", []string{
			"Emissaries of the rebel council reached Harwick on Monday.",
			"The emissaries rejected the army's offer of a truce."},
			[]string{"Emissaries", "emissaries"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkListed(t, analyzeText(t, c.paras...), nil, c.not)
		})
	}
	checkCommitCases(t, []commitCase{
		{"both ministers said they would", []string{
			"Foreign Minister Anja Roth of Velmora met Foreign Minister Piet Dorn of Ostrava in Geneva on Monday.",
			"Both ministers said they would return to the table next month."},
			"return to the table", "", ""},
		{"the two ministers agreed", []string{
			"Foreign Minister Anja Roth of Velmora met Foreign Minister Piet Dorn of Ostrava in Geneva on Monday.",
			"The two ministers agreed to meet again in March."},
			"meet again in March", "", ""},
		{"two officials quoted", []string{
			"Envoys of Velmora and Ostrava met in Geneva on Monday.",
			"\u201cWe will not sign this map,\u201d two officials said."},
			"will not sign this map", "", ""},
		// Named groups and counted bodies stay.
		{"a country's negotiators said they would", []string{
			"French negotiators said they would table a new offer next week."},
			"table a new offer", "France", ""},
		{"both governments said they would", []string{
			"Foreign Minister Anja Roth of Velmora met Foreign Minister Piet Dorn of Ostrava in Geneva on Monday.",
			"Both governments said they would return to the table next month."},
			"return to the table", "Both governments", ""},
		{"a named group will", []string{
			"The Group of Seven will meet again in June, its chair said."},
			"meet again in June", "G7", ""},
	})
}
