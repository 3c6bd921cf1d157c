package brief

import "testing"

// Experts named with the body they work at ("Analysts at Tarrow Bank
// said Kelso Rail would cut 500 jobs", "…, an economist at Harbin
// Securities said") tell a forecast, not the body's word: no one commits.
// A spokesman at a body still speaks for it.
func TestCommitmentsExpertsAtBody(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"analysts at a bank", []string{
			"Analysts at Tarrow Bank said Kelso Rail would cut 500 jobs next year."},
			"would cut 500 jobs", "", ""},
		{"an analyst at a broker, after the clause", []string{
			"Kelso Rail will close two depots by 2027, an analyst at Harbin Securities said."},
			"will close two depots", "", ""},
		{"economists at an institute", []string{
			"Economists at the Velmark Institute for Economic Research said the central bank would raise rates in June."},
			"would raise rates in June", "", ""},
		// A body's spokesman speaks for it.
		{"a spokesman at a bank", []string{
			"Tarrow Bank reported a loss on Monday.",
			"A spokesman at Tarrow Bank said the bank would cut 500 jobs next year."},
			"would cut 500 jobs", "Tarrow Bank", ""},
	})
}
