package brief

import "testing"

// Reaching, striking or sealing an agreement commits its parties as
// signing one does (CAMEO 057); the same verbs with other objects ("reached
// the final", "struck down the law"), a failure to agree, a denial and a
// passive that names no one are no commitment. The sentences are written
// for the test.
func TestCommitmentsAgreementReached(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"reached a settlement with", []string{
			"Harrow Foods reached a settlement with the Brill council on Thursday over noise from its bakery."},
			"reached a settlement with the Brill council", "Harrow Foods", "057"},
		{"struck a deal", []string{
			"The Velden Dockers Union struck a deal with Norvik Shipping on Friday after six weeks of talks."},
			"struck a deal with Norvik Shipping", "Velden Dockers Union", "057"},
		{"clinched a $2bn deal", []string{
			"Calvera Bank clinched a $2bn deal to buy Oslin Insurance, its chairman said on Monday."},
			"clinched a $2bn deal", "Calvera Bank", "057"},
		{"sealed a ten-year pact", []string{
			"Pellmont Energy sealed a ten-year gas pact with the Brill government in March."},
			"sealed a ten-year gas pact", "Pellmont Energy", "057"},
		{"hopes to reach a deal", []string{
			"Harrow Foods hopes to reach a deal with the council by May, its chief executive said."},
			"hopes to reach a deal", "Harrow Foods", "057"},
		// No commitment.
		{"reached the final", []string{
			"Brill Athletic reached the final after a 2-1 win over Oslin Wanderers."},
			"reached the final", "", ""},
		{"struck down the law", []string{
			"The Velden Supreme Court struck down the settlement law on Monday."},
			"struck down the settlement law", "", ""},
		{"failed to reach a deal", []string{
			"The Velden Dockers Union and Norvik Shipping failed to reach an agreement on Friday."},
			"failed to reach an agreement", "", ""},
		{"has not reached a deal", []string{
			"Harrow Foods has not reached a deal with the Brill council, a spokesman said."},
			"not reached a deal", "", ""},
		{"concluded that", []string{
			"The Oslin Institute concluded that the gas deal was unfair to Brill."},
			"concluded that the gas deal", "", ""},
		{"a passive naming no one", []string{
			"No agreement was reached at the meeting in Brill on Friday."},
			"No agreement was reached", "", ""},
	})
}
