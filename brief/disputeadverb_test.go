package brief

import "testing"

// An adverb of time or frequency without -ly between a dispute's subject
// and its verb ("has always denied", "has long opposed", "has often
// criticised", "has already rejected") keeps the subject a party, in a
// main clause and in a relative one ("a charge Varnia has always
// denied"). "never" negates: no dispute. Sentences written for the test.
func TestDisputeAdverbBeforeVerb(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a charge a government has always denied", []string{
			"Talks between Ostravia and Varnia opened in Geneva on Monday.",
			"The Ostravian envoy, Mira Halse, repeated the accusation that the militia is armed from across the border, a charge the Varnian government has always denied."},
			"has always denied", []string{"Mira Halse", "Varnia"}, nil, ""},
		{"a charge a capital has long denied", []string{
			"Lithuania and Belarus are in talks.",
			"The Lithuanian envoy, Mira Halse, repeated the accusation that the militia is armed from across the border, a charge Minsk has long denied."},
			"has long denied", []string{"Mira Halse", "Belarus"}, nil, ""},
		{"a claim a company often denied", []string{
			"Corvane Shipping and the Harbour Workers Union met on Monday.",
			"Union leader Ada Ferris repeated the accusation that the docks were unsafe, a charge Corvane Shipping often denied."},
			"often denied", []string{"Ada Ferris", "Corvane"}, nil, ""},
		{"a charge a company has already denied", []string{
			"Corvane Shipping and the Harbour Workers Union met on Monday.",
			"Union leader Ada Ferris repeated the accusation that the port had been starved of money, a charge Corvane Shipping has already denied."},
			"already denied", []string{"Ada Ferris", "Corvane"}, nil, ""},
		{"has long opposed", []string{
			"The Harbour Workers Union and Corvane Shipping met on Monday.",
			"The Harbour Workers Union has long opposed Corvane Shipping's plan to automate the docks."},
			"has long opposed", []string{"Harbour Workers Union", "Corvane"}, nil, ""},
		{"has often criticised", []string{
			"The Harbour Workers Union and Corvane Shipping met on Monday.",
			"The Harbour Workers Union has often criticised Corvane Shipping over pay."},
			"has often criticised", []string{"Harbour Workers Union", "Corvane"}, nil, ""},
		{"always rejected, without an auxiliary", []string{
			"The Harbour Workers Union and Corvane Shipping met on Monday.",
			"The Harbour Workers Union always rejected Corvane Shipping's offers."},
			"always rejected", []string{"Harbour Workers Union", "Corvane"}, nil, ""},
		{"has already rejected", []string{
			"The Harbour Workers Union and Corvane Shipping met on Monday.",
			"The Harbour Workers Union has already rejected Corvane Shipping's offer."},
			"already rejected", []string{"Harbour Workers Union", "Corvane"}, nil, ""},
		{"never is no dispute", []string{
			"The Harbour Workers Union and Corvane Shipping met on Monday.",
			"The Harbour Workers Union has never rejected Corvane Shipping's offers."},
			"never rejected", nil, nil, ""},
	})
}
