package brief

import "testing"

// "the union", "the central bank": when two bodies of that kind are named
// in the sentences just before, the one that was the subject there is
// meant; when both or neither were, the noun is not resolved and names no
// party, rather than a guess at the nearest.
func TestDisputeBareBodyTwoCandidates(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"the subject of the sentence before, not the nearest", []string{
			"The Harbour Workers Union said its members would strike alongside the Rail Union. The union also condemned Calder Terminals for the pay freeze."},
			"condemned Calder Terminals", []string{"Harbour Workers Union", "Calder Terminals"}, []string{"Rail Union"}, ""},
		{"one body of the kind: resolved", []string{
			"The Harbour Workers Union met on Monday. The union condemned Calder Terminals for the pay freeze."},
			"condemned Calder Terminals", []string{"Harbour Workers Union", "Calder Terminals"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"two subjects: no guess", []string{
			"The Westland Central Bank raised rates on Monday. The Eastland Central Bank held its rates. The central bank criticised the finance ministry of Dorvia."},
			"criticised the finance ministry", []string{}, []string{"Westland Central Bank", "Eastland Central Bank"}, ""},
	})
}
