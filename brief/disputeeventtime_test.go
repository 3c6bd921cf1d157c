package brief

import "testing"

// An event as the subject of a threat is no party, with a time between
// it and its verb ("This bombing today is meant to threaten the
// authorities", "The attack on Tuesday was designed to frighten…"): the
// one who says so is no party either.
func TestDisputeEventSubjectWithTime(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"an event today", []string{
			"\u201cThis bombing today is meant to threaten the authorities and to frighten visitors,\u201d said Ana Ruiz, country director for the Dunmere Rights Forum."},
			"meant to threaten the authorities", nil, nil, ""},
		{"an event on a weekday", []string{
			"The attack on Tuesday was designed to threaten the Velmont council, said Ana Ruiz of the Dunmere Rights Forum."},
			"designed to threaten", nil, nil, ""},
	})
}
