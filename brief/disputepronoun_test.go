package brief

import "testing"

// "It" and "they" whose actor the sentences before do not make plain give
// no party: the dispute is left out rather than given a guessed side.
func TestDisputeUnsafePronoun(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"they after two bodies that met", []string{
			"The Harbour Board met the Dockworkers Union on Tuesday.",
			"They rejected the proposal to close the north quay."},
			"They rejected the proposal", nil, nil, ""},
		{"it after a possessive subject", []string{
			"Kenya's talks with Uganda stalled on Monday.",
			"It accused the mediators of bias."},
			"It accused the mediators", nil, nil, ""},
		{"they after unnamed delegates", []string{
			"Tanzania hosted delegates from Kenya and Uganda on Monday.",
			"They criticised the plan to dam the river."},
			"They criticised the plan", nil, nil, ""},
		{"it after two conjoined bodies", []string{
			"The Transport Ministry and the Dockworkers Union met on Monday.",
			"It rejected the proposal to close the north quay."},
			"It rejected the proposal", nil, nil, ""},
		// "It" after the report the article is about is the report, which
		// speaks for its author, not the name the sentence before opens with.
		{"it after the report", []string{
			"A report by the Audit Office was published on Monday.",
			"According to the report, Kenya's ports lost money for a third year.",
			"It criticised the Harbour Board for hiring consultants."},
			"It criticised the Harbour Board", []string{"Audit Office", "Harbour Board"}, []string{"Kenya"}, ""},
		{"it after a report with no author", []string{
			"A report on the ports was published on Monday.",
			"According to the report, Kenya's ports lost money for a third year.",
			"It criticised the Harbour Board for hiring consultants."},
			"It criticised the Harbour Board", []string{"report", "Harbour Board"}, []string{"Kenya"}, ""},
		// Look-alikes: one actor plainly before the pronoun.
		{"it after a named subject", []string{
			"The European Commission fined Orbis Software on Tuesday.",
			"It accused the company of abusing its dominance."},
			"It accused the company", []string{"European Commission"}, nil, ""},
		{"they after a group", []string{
			"The Taliban crossed the river at dawn.",
			"They accused the army of shelling the villages."},
			"They accused the army", []string{"Taliban"}, nil, ""},
		{"it in the sentence of its actor", []string{
			"Kenya said on Monday that it rejected Tanzania's claims over the lake."},
			"rejected Tanzania", []string{"Kenya"}, nil, ""},
		{"it along a chain of its own", []string{
			"The Harbour Board met on Monday.",
			"It said the budget was too small.",
			"It accused the Transport Ministry of starving the port."},
			"It accused the Transport Ministry", []string{"Harbour Board", "Transport Ministry"}, nil, ""},
	})
}
