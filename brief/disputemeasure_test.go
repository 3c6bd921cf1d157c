package brief

import "testing"

// A count or share of people is a quantity, no party, also when a
// parenthesis between dashes stands between it and its verb: "The high
// number of homeless people on the streets—about half the town's
// shelter users—is often blamed on…".
func TestDisputeMeasureAcrossDashes(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a count of people before a parenthesis", []string{
			"The high number of homeless people on the streets\u2014about half the town's shelter users, by some counts\u2014is often blamed on the closure of the Velmont shelter."},
			"often blamed on", nil, nil, ""},
	})
}
