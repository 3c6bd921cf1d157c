package brief

import "testing"

// A rejection told by a phrasal verb ("turned down the offer", "knocked
// back the bid"): a dispute when what is turned down is an actor or what
// an actor put forward; the physical senses are none.
func TestDisputePhrasalRejection(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"turned down approaches from a bidder", []string{
			"Harlow Foods has turned down two approaches from Brenmoor Capital since March, people close to the talks said."},
			"turned down two approaches", []string{"Harlow Foods", "Brenmoor Capital"}, nil, ""},
		{"turned down the offer, its maker named before", []string{
			"Brenmoor Capital offered 410p a share for Harlow Foods on Monday.",
			"The board of Harlow Foods turned down the offer within hours, calling it opportunistic."},
			"turned down the offer", []string{"Harlow Foods"}, nil, ""},
		{"knocked back the bid", []string{
			"Pellam Brewing's board knocked back the latest bid from Castlegate Group on Friday."},
			"knocked back the latest bid", []string{"Pellam Brewing", "Castlegate Group"}, nil, ""},
		{"turns down a request from a minister", []string{
			"The Northfield Health Trust turns down a request from Health Secretary Alan Grieve to reopen the ward."},
			"turns down a request", []string{"Northfield Health Trust", "Alan Grieve"}, nil, ""},
		{"turned down the volume: no dispute", []string{
			"Organisers at the Tanner Hall turned down the volume after neighbours in Bexley Road complained on Saturday."},
			"turned down the volume", nil, nil, ""},
		{"turned down a side street: no dispute", []string{
			"The convoy carrying Governor Ruth Amadi turned down a side street to avoid the crowds."},
			"turned down a side street", nil, nil, ""},
		{"knocked back a drink: no dispute", []string{
			"Mayor Colin Prew knocked back a coffee before the council meeting at Halford Town Hall."},
			"knocked back a coffee", nil, nil, ""},
	})
}

// Criticism told by a noun aimed at someone: "the criticism was aimed at
// the utility", "anger was directed at the council".
func TestDisputeCriticismAimedAt(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"criticism aimed at a company", []string{
			"Residents of Carrow met on Tuesday after the third burst main this year.",
			"Much of the criticism was aimed at Dunmore Water, which runs the network."},
			"criticism was aimed at", []string{"Dunmore Water"}, nil, ""},
		{"anger directed at the council", []string{
			"Traders in the old market say their takings have halved since the road closed.",
			"Their anger has been directed at Kelby Borough Council, which closed the road in June."},
			"directed at Kelby Borough Council", []string{"Kelby Borough Council"}, nil, ""},
		{"complaints centred on an insurer", []string{
			"Hundreds of households flooded in January are still waiting for payouts.",
			"The complaints centred on Greyfield Insurance, which has settled fewer than a third of claims."},
			"complaints centred on Greyfield Insurance", []string{"Greyfield Insurance"}, nil, ""},
		{"criticism aimed at a policy: no party named", []string{
			"The criticism was aimed at the new parking charges, not at anyone in particular."},
			"criticism was aimed at", nil, nil, ""},
		{"criticism that is fair: no dispute", []string{
			"Dunmore Water published its annual report on Monday.",
			"The criticism was fair, the report said, and the network would improve."},
			"criticism was fair", nil, nil, ""},
		{"a campaign aimed at a group of buyers: no dispute", []string{
			"The advertising campaign was aimed at first-time buyers in the north, Brackley Homes said."},
			"aimed at first-time buyers", nil, nil, ""},
	})
}

// Failing to satisfy someone: "did little to reassure the union", "failed to
// satisfy residents".
func TestDisputeFailedToSatisfy(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a pledge did little to reassure a union", []string{
			"Castlegate Group promised to keep both breweries open until 2027.",
			"The promise did little to reassure the RMT union, which represents 900 staff at Pellam Brewing."},
			"did little to reassure", []string{"RMT"}, nil, ""},
		{"the minister failed to satisfy the committee", []string{
			"Transport Minister Hugh Farrant failed to satisfy the Harrow Residents Association over the rail delays on Wednesday."},
			"failed to satisfy", []string{"Hugh Farrant", "Harrow Residents Association"}, nil, ""},
		{"an apology did nothing to calm critics", []string{
			"Kelby Borough Council apologised for the road closure on Thursday.",
			"The apology did nothing to calm the Kelby Traders Association, whose members lost weeks of trade."},
			"did nothing to calm", []string{"Kelby Traders Association"}, nil, ""},
		{"did little to change the result: no dispute", []string{
			"A late goal from Tom Bexley did little to change the result for Halford Town on Saturday."},
			"did little to change", nil, nil, ""},
		{"failed to calm the markets: no dispute", []string{
			"Finance Minister Grace Oduya failed to calm the markets on Monday as the currency fell again."},
			"failed to calm the markets", nil, nil, ""},
		{"did much to reassure: no dispute", []string{
			"The statement from Castlegate Group did much to reassure the Unite union on Friday."},
			"did much to reassure", nil, nil, ""},
	})
}
