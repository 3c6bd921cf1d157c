package brief

import "testing"

// Sentences that tell a worry about an event, blame put on a cause, a
// refusal to say something, or lobbying for a change: no two sides, one
// against the other. Written for the test; each has a twin that is a
// dispute.
func TestDisputeNeedsASideAgainst(t *testing.T) {
	lead := "Mayor Dana Whitcombe of Carrow met the Carrow Tenants Union and the Halvard Bank board on Monday."
	checkDisputeCases(t, []disputeCase{
		{name: "concern about an event", paras: []string{lead,
			"Officials in Carrow are concerned by the collapse of Halvard Bank, the region's largest lender."},
			words: "concerned by the collapse"},
		{name: "anger about delays", paras: []string{lead,
			"The Carrow Tenants Union is angry about the delays to the repairs, its chair said."},
			words: "angry about the delays"},
		{name: "blame on a cause, in the passive", paras: []string{lead,
			"The rise in homelessness was blamed on deinstitutionalization by several Carrow councillors."},
			words: "was blamed on"},
		{name: "a word not repeated", paras: []string{lead,
			"Asked about it by reporters, Ms Whitcombe declined to repeat that word."},
			words: "declined to repeat"},
		{name: "a refusal to explain", paras: []string{lead,
			"The Halvard Bank board refused to explain the losses at the meeting."},
			words: "refused to explain"},
		{name: "lobbying for a change", paras: []string{lead,
			"The Halvard Bank board lobbied the Carrow council to loosen the rules on lending."},
			words: "lobbied the Carrow council"},
		// The twins: someone against someone.
		{name: "anger at an actor", paras: []string{lead,
			"The Carrow Tenants Union is furious with Halvard Bank over the evictions."},
			words: "furious with Halvard Bank", want: []string{"Tenants Union", "Halvard Bank"}},
		{name: "lobbying against a bill", paras: []string{lead,
			"The Carrow Tenants Union lobbied against the Halvard Bank plan for months."},
			words: "lobbied against", want: []string{"Tenants Union"}},
		{name: "blame on a person, in the passive", paras: []string{lead,
			"Ms Whitcombe was blamed for the delays by the Carrow Tenants Union."},
			words: "was blamed for", want: []string{"Dana Whitcombe", "Tenants Union"}},
	})
}
