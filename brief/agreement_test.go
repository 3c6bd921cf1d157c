package brief

import "testing"

// Reaching, striking or sealing an agreement commits its parties as
// signing one does (CAMEO 057); the same verbs with other objects ("reached
// the final", "struck down the law"), a failure to agree, a denial and a
// passive that names no one are no commitment. In the passive ("a deal
// was struck with…") the party named after "with" or "between" commits.
// The sentences are written for the test.
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
		{"plans to reach a deal", []string{
			"Harrow Foods plans to reach a deal with the council by May, its chief executive said."},
			"plans to reach a deal", "Harrow Foods", "057"},
		// The passive: the party named after "with" or "between".
		{"agreements were reached with", []string{
			"Similar agreements were reached with Calvera Bank and Norvik Holdings last year, the ministry said."},
			"agreements were reached with Calvera Bank", "Calvera Bank", "057"},
		{"a deal was struck with", []string{
			"A deal was struck with the Velden Dockers Union on Friday after six weeks of talks."},
			"deal was struck with the Velden Dockers Union", "Velden Dockers Union", "057"},
		{"a ceasefire was agreed between", []string{
			"A ceasefire was agreed between Velden and Oslin on Sunday, the mediators said."},
			"ceasefire was agreed between Velden and Oslin", "Velden", "057"},
		// No commitment.
		{"no agreement was reached with", []string{
			"No agreement was reached with the Brill council on Friday, its leader said."},
			"No agreement was reached with the Brill council", "", ""},
		{"was not signed with", []string{
			"The supply deal was not signed with Harrow Foods after all."},
			"deal was not signed with Harrow Foods", "", ""},
		{"if a deal is reached with", []string{
			"If a deal is reached with Calvera Bank, the Redcar plant will stay open."},
			"If a deal is reached with Calvera Bank", "", ""},
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
