package brief

import "testing"

// A verdict of failure reported of another side's policy or act ("the
// report concluded that the Kenyan quota system was ineffective", "said
// the ministry's response was inadequate"): the verdict words of
// ineffect, and a state's policy named by its people's adjective ("the
// Kenyan quota system" is Kenya's). People named by the adjective
// ("Kenyan fishermen") are not the state, and one's own failure is no
// dispute.
func TestDisputeFailingVerdicts(t *testing.T) {
	report := "A report released on Monday by the Dunmere Institute for Fisheries looked at quota systems in eleven countries."
	checkDisputeCases(t, []disputeCase{
		{"a report's verdict on a state's policy", []string{report,
			"The report concluded that the Kenyan quota system was ineffective because it rewards the largest fleets."},
			"was ineffective", []string{"Dunmere Institute", "Kenya"}, nil, "111"},
		{"an owner's response judged inadequate", []string{
			"The Velmont Fishing Guild said the Fisheries Ministry's response to the oil spill was inadequate."},
			"was inadequate", []string{"Velmont Fishing Guild", "Fisheries Ministry"}, nil, "111"},
		{"a state's policy judged a mistake by its adjective", []string{
			"Senator Ruth Okoro said the Kenyan fishing ban was a mistake."},
			"was a mistake", []string{"Ruth Okoro", "Kenya"}, nil, "111"},
	})
	checkDisputeCases(t, []disputeCase{
		{"one's own response", []string{
			"The Velmont Fishing Guild said its own response to the oil spill had been inadequate."},
			"inadequate", nil, nil, ""},
		{"a thing no one is named for", []string{report,
			"The report concluded that most quota systems were ineffective because they reward the largest fleets."},
			"ineffective", nil, nil, ""},
		{"the state's people, not the state", []string{
			"Senator Ruth Okoro said the Kenyan fishermen were wrong to block the harbour."},
			"were wrong", nil, []string{"Kenya"}, ""},
	})
}
