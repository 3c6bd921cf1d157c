package brief

import "testing"

// A sentence of two clauses, each with a subject of its own, tells two
// disputes; a second clause with no dispute, or with the same two sides,
// adds none.
func TestDisputeTwoClauses(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"while: the first clause", []string{
			"The Farmers Union of Keldar rejected the water plan on Monday, while the Green Alliance accused Interior Minister Tomas Brevik of hiding the survey."},
			"Farmers Union of Keldar rejected the water plan", []string{"Farmers Union of Keldar"}, []string{"Green Alliance"}, ""},
		{"while: the second clause", []string{
			"The Farmers Union of Keldar rejected the water plan on Monday, while the Green Alliance accused Interior Minister Tomas Brevik of hiding the survey."},
			"Green Alliance accused", []string{"Green Alliance", "Tomas Brevik"}, []string{"Farmers Union"}, ""},
		{"while: a title before the second subject", []string{
			"Mayor Piet Darro criticised the port authority, while opposition leader Sela Moor attacked the finance ministry over the budget."},
			"Sela Moor attacked", []string{"Sela Moor", "finance ministry"}, []string{"Piet Darro"}, ""},
		{"and: a description before the name", []string{
			"Governor Ana Lutz dismissed the audit as \"fiction\", and the mining firm Orvex Holdings sued the provincial council over the permits."},
			"Orvex Holdings sued", []string{"Orvex Holdings", "provincial council"}, []string{"Ana Lutz"}, ""},
		{"and: the first clause's own text", []string{
			"Governor Ana Lutz dismissed the audit as \"fiction\", and the mining firm Orvex Holdings sued the provincial council over the permits."},
			"Ana Lutz dismissed the audit", []string{"Ana Lutz"}, []string{"Orvex Holdings"}, ""},
		{"semicolon", []string{
			"Mayor Piet Darro criticised the port authority; the Riders Council accused the rail operator Velta of hiding its profits."},
			"Piet Darro criticised the port authority", []string{"Piet Darro", "port authority"}, []string{"Velta", "Riders Council"}, ""},
		{"semicolon: the second clause", []string{
			"Mayor Piet Darro criticised the port authority; the Riders Council accused the rail operator Velta of hiding its profits."},
			"Riders Council accused", []string{"Riders Council", "Velta"}, []string{"Piet Darro"}, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a second clause that disputes nothing", []string{
			"Senator Ivo Rask opposed the mining bill, while Senator Ruta Venn supported it."},
			"Ruta Venn supported", nil, nil, ""},
		{"a second clause of a plan, no dispute", []string{
			"The Senate rejected the budget bill, but the governor vowed to try again next month."},
			"governor vowed", nil, nil, ""},
		{"a welcome in the second clause", []string{
			"Velta blamed the port authority for the delays, while the Riders Council welcomed the new timetable."},
			"Riders Council welcomed", nil, nil, ""},
	})
}

// Two clauses that tell the same two sides, or a second clause whose
// subject is a pronoun, give one dispute.
func TestDisputeTwoClausesOne(t *testing.T) {
	checkAtMostOneDispute(t,
		"Marsina criticised Pardovia over the border closure, while Pardovia accused Marsina of sheltering rebels.",
		"The Keldar Water Board rejected the permit for Orvex Holdings, and it accused the firm of lying.")
}

// checkAtMostOneDispute checks that each text, an article of its own,
// gives no more than one dispute.
func checkAtMostOneDispute(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if an := analyzeText(t, s); len(an.Disputes) > 1 {
			t.Errorf("%q: want at most one dispute, got %+v", s, an.Disputes)
		}
	}
}

// Two verb phrases of one named subject joined by "and", the second
// opening with a dispute verb, tell two disputes, each with its own text
// and the subject they share; a pronoun subject or a relative clause's
// verbs give one.
func TestDisputeTwoVerbPhrases(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"rejected … and threatened: the first", []string{
			"The Riders Council rejected the offer from Velta Rail and threatened a strike."},
			"Riders Council rejected the offer", []string{"Riders Council", "Velta Rail"}, nil, ""},
		{"rejected … and threatened: the second with its subject", []string{
			"The Riders Council rejected the offer from Velta Rail and threatened a strike."},
			"The Riders Council threatened a strike", []string{"Riders Council"}, nil, ""},
		{"imposed … and blocked", []string{
			"In 2019, President Ruta Venn imposed an embargo against Pardovia and blocked the assets of the Pardovian central bank."},
			"President Ruta Venn blocked the assets", []string{"Ruta Venn"}, nil, ""},
	})
	checkAtMostOneDispute(t,
		"And yet, it rejects the offer from Velta Rail and threatens a strike.",
		"The response from Mayor Piet Darro, who rejected the offer from Velta Rail and attacked the Riders Council, was swift.",
		"Mayor Piet Darro met the Riders Council and praised Velta Rail.")
}
