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
	})
}
