package brief

import "testing"

// A threat made with a condition on another side ("threatened to block
// the harbour road unless the port company agrees to talks"): the one
// the condition is put to is the threat's other party.
func TestDisputeThreatUnless(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"threatened unless another agrees", []string{
			"The Velmont Fishing Association has threatened to block the harbour road from Monday unless the Dunmere Port Company agrees to a formal consultation."},
			"threatened to block", []string{"Velmont Fishing Association", "Dunmere Port Company"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a condition on the weather names no side", []string{
			"The Velmont Fishing Association has threatened to block the harbour road from Monday unless the storm passes."},
			"threatened to block", []string{"Velmont Fishing Association"}, []string{"storm"}, ""},
	})
}
