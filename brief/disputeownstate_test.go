package brief

import "testing"

// A leader who says his own country did wrong ("He says Norway has
// grossly overspent on the war") is no side against that country: the
// accused state is the leader's own, and the leader keeps the complaint.
// A leader who says so of another state accuses it.
func TestDisputeOwnStateAccused(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a leader on his own country's spending", []string{
			"Norwegian Prime Minister Ivo Halvorsen took office last month after a campaign on defence costs.",
			"He says Norway has grossly overspent on the war compared to its neighbours, which should pay a fairer share."},
			"grossly overspent", []string{"Ivo Halvorsen"}, []string{"Norway"}, ""},
		{"a minister on another state", []string{
			"Kenyan Foreign Minister Ruth Okoro met her Tanzanian counterpart in Arusha on Monday.",
			"Ms Okoro says Tanzania has violated the border treaty twice this year."},
			"violated the border treaty", []string{"Ruth Okoro", "Tanzania"}, nil, ""},
	})
}
