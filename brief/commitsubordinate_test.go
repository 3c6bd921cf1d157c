package brief

import "testing"

// A commitment told in a subordinate clause of time after another actor's
// commitment ("The nurses' union will suspend its walkout after Health
// Minister Ruth Odegaard pledged to publish a staffing plan"): the
// subordinate clause's promise is its own subject's, and its text starts
// at the subordinator's subject, so the main clause's commitment is never
// printed under the minister's name.
func TestCommitmentsSubordinateClause(t *testing.T) {
	cases := []struct {
		name         string
		paras        []string
		words, actor string // words of the subordinate item, its actor
		mainWords    string // words of the main clause, which the item must not hold
	}{
		{"after a minister pledged", []string{
			"The Halvard Nurses' Association will suspend next week's walkout after Health Minister Ruth Odegaard pledged to publish a staffing plan by June."},
			"pledged to publish a staffing plan", "Ruth Odegaard", "will suspend next week's walkout"},
		{"after an operator agreed", []string{
			"The Tarrow Dockers' Union will end its overtime ban on Monday after Castlemere Terminals agreed to restore the night-shift bonus from March."},
			"agreed to restore the night-shift bonus", "Castlemere Terminals", "will end its overtime ban"},
		{"once a speaker agreed", []string{
			"Opposition leader Maria Okonjo said her party would end its boycott of parliament once Speaker Daniel Achebe agreed to hold a vote on the electoral bill next month."},
			"agreed to hold a vote on the electoral bill", "Daniel Achebe", "would end its boycott"},
		{"after a company agreed, reported", []string{
			"Mayor Lena Frost said the city would drop its lawsuit after Harbin Water agreed to pay for new filters at every school by October."},
			"agreed to pay for new filters", "Harbin Water", "would drop its lawsuit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			checkClauseItem(t, an, c.words, c.mainWords, c.actor)
		})
	}
}

// A commitment cue in a clause of time that tells a condition not yet met
// ("will keep striking until the minister agrees to reopen the review",
// "would not return before Castlemere has agreed to…") is no one's
// commitment: the one named in the clause has promised nothing.
func TestCommitmentsConditionNotMet(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"until a minister agrees", []string{
			"Junior doctors at Velmark General will keep striking until Health Secretary Ana Ruiz agrees to reopen the pay review."},
			"agrees to reopen the pay review", "", ""},
		{"before a company has agreed", []string{
			"The Tarrow Dockers' Union said it would not return to work before Castlemere Terminals has agreed to restore the night-shift bonus."},
			"agreed to restore the night-shift bonus", "", ""},
		{"till a council has promised", []string{
			"Residents of Orla Street will stay in the town hall till Brackford Council has promised to rehouse every family by spring."},
			"promised to rehouse every family", "", ""},
		// A clause of time that tells what happened stays.
		{"after a council promised", []string{
			"Residents of Orla Street left the town hall on Friday after Brackford Council promised to rehouse every family by spring."},
			"promised to rehouse every family", "Brackford Council", ""},
	})
}
