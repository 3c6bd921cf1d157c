package brief

import "testing"

// An appeal to the speaker's own audience — its members, shareholders,
// investors, staff — sets no one against that audience: "urged
// shareholders to take no action", "called on members to reject the
// offer". The dispute, if any, is with whoever the appeal is against:
// the maker of the offer the audience is asked to reject. An appeal to a
// named party ("urged Governor Marsh to veto the bill") stays a demand of
// that party.
func TestDisputeAppealToOwnAudience(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"urged shareholders to take no action", []string{
			"The board of Harrow Foods urged shareholders to take no action on the offer from Vestmark Group."},
			"urged shareholders", nil, nil, ""},
		{"urged investors not to sell", []string{
			"Harrow Foods urged investors not to sell their shares to Vestmark Group."},
			"urged investors", nil, nil, ""},
		{"called on shareholders to ignore the approach", []string{
			"Harrow Foods chairman Tomas Reyes called on shareholders to ignore the approach."},
			"called on shareholders", nil, nil, ""},
		{"urged its members to accept", []string{
			"The Seafarers Guild urged its members to accept the new rota at Dalmore Shipping."},
			"urged its members", nil, nil, ""},
		{"called on staff to stay calm", []string{
			"Calder Terminals called on staff to stay calm during the review."},
			"called on staff", nil, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"called on members to reject the offer from Y", []string{
			"The Harbour Workers Union called on members to reject the pay offer from Calder Terminals."},
			"called on members", []string{"Harbour Workers Union", "Calder Terminals"}, []string{"members"}, ""},
		{"urged shareholders to reject the bid from Y", []string{
			"The board of Harrow Foods urged shareholders to reject the hostile bid from Vestmark Group."},
			"urged shareholders", []string{"Harrow Foods", "Vestmark Group"}, []string{"shareholders"}, ""},
		{"an appeal to a named party stays", []string{
			"Senator Paul Hadley urged Governor Ann Marsh to veto the bill."},
			"urged Governor Ann Marsh", []string{"Paul Hadley", "Ann Marsh"}, nil, ""},
		{"an unnamed body that decides stays", []string{
			"The Child Safety Alliance, a charity, has called on ministers to make online marketplaces liable for unsafe toys."},
			"called on ministers", []string{"Child Safety Alliance", "ministers"}, nil, ""},
		{"a country called on another", []string{
			"Kenya called on Tanzania to withdraw its troops from the border."},
			"called on Tanzania", []string{"Kenya", "Tanzania"}, nil, ""},
	})
}
