package brief

import "testing"

// "Rome" stands for the Holy See in a story about the Vatican ("the
// accusations from Rome", "Rome ordered the inquiry"), as "Brussels"
// stands for the European Union; in a story that does not name the
// Vatican it is Italy's capital, as any other.
func TestRomeForTheHolySee(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"the accusations from Rome in a Vatican story", []string{
			"The Vatican closed its six-year inquiry into the Sisters of Mercy of Dunmere on Tuesday.",
			"Sister Ana Ruiz, who leads the order, said the accusations from Rome had hurt many of the older sisters."},
			"accusations from Rome", []string{"Vatican"}, []string{"Italy"}, ""},
		{"Rome as Italy where no Vatican is named", []string{
			"Italy and the European Union have argued over the budget rules since March.",
			"Rome rejected the new budget rules from Brussels on Tuesday."},
			"Rome rejected", []string{"Italy", "European Union"}, nil, ""},
	})
}
