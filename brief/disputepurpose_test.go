package brief

import "testing"

// The subject of an infinitive of purpose after a sum ("Harlow Bank paid
// $2.3 billion to settle charges by…", "spent millions to fight the
// ruling") is the subject of the verb before the sum.
func TestDisputePurposeAfterSum(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"paid a sum to settle charges", []string{
			"Harlow Bank paid $2.3 billion to settle charges by the Kenya Markets Authority that its traders had rigged bond prices."},
			"to settle charges", []string{"Harlow Bank", "Kenya Markets Authority"}, nil, ""},
		{"spent millions to oppose a body's plan", []string{
			"The Velmont Fishing Association spent millions to oppose the Dunmere Port Company's dredging plan."},
			"to oppose the Dunmere", []string{"Velmont Fishing Association", "Dunmere Port Company"}, nil, ""},
	})
}
