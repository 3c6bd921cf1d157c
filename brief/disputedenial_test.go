package brief

import "testing"

// A denial of "the claim", "the charge" or "any such promise" told in the
// sentence before: the one who made the claim is the other side.
func TestDisputeDeniedClaim(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"claims… X denied the claim", []string{
			"Ann Marsh claims the council hid the audit from voters. Kenmore Council denied the claim on Tuesday."},
			"denied the claim", []string{"Kenmore Council", "Ann Marsh"}, nil, ""},
		{"says… X denies the charge", []string{
			"Kenya says fishing boats from Tanzania crossed into its waters. Tanzania denies the charge."},
			"denies the charge", []string{"Tanzania", "Kenya"}, nil, ""},
		{"says… denies making any such promise", []string{
			"The Seafarers Guild says it was promised that no jobs would go. Dalmore Shipping has denied making any such promise."},
			"denied making", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, ""},
		{"alleged… denied the allegations", []string{
			"Senator Ruth Okonjo alleged that state contracts had been rigged. Governor Ann Marsh has denied the allegations."},
			"denied the allegations", []string{"Ann Marsh", "Ruth Okonjo"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a denial with no claim before", []string{
			"Kenmore Council met on Monday. The council leader, Tom Brannigan, denied hiding the accounts."},
			"denied hiding", []string{"Tom Brannigan"}, []string{"Kenmore Council"}, ""},
		{"two claimants: neither", []string{
			"Ann Marsh says the audit was hidden, and Ruth Okonjo claims the minutes were changed. Kenmore Council denied the claims."},
			"denied the claims", []string{"Kenmore Council"}, []string{"Ann Marsh", "Ruth Okonjo"}, ""},
		{"the denier's own claim", []string{
			"Kenmore Council says the audit was published in May. Kenmore Council denied the claim that it was late."},
			"denied the claim", []string{"Kenmore Council"}, nil, ""},
	})
}
