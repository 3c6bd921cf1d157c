package brief

import "testing"

// A refusal of what another demanded (CAMEO 12): the one whose demand,
// call or pressure is refused is the other side — named after the
// refusal ("refused to meet the union's demands", "refused to bow to
// pressure from X", "despite demands from X"), or the one who demanded it
// in the clause or the sentence before ("X demanded a rise, but Y
// refused", "X has demanded… . Y refused the demand").
func TestDisputeRefusedDemand(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"refused to meet X's demands", []string{
			"Calder Terminals has refused to meet the Dockworkers Union's demands."},
			"refused to meet", []string{"Calder Terminals", "Dockworkers Union"}, nil, ""},
		{"refused to bow to pressure from X", []string{
			"Kenmore Council refused to bow to pressure from the Harbour Landlords Association."},
			"refused to bow", []string{"Kenmore Council", "Harbour Landlords Association"}, nil, ""},
		{"refused despite demands from X", []string{
			"Tanzania has refused to withdraw its boats despite repeated demands from Kenya."},
			"refused to withdraw", []string{"Tanzania", "Kenya"}, nil, ""},
		{"X demanded, but Y refused", []string{
			"The Seafarers Guild demanded a 9% rise, but Dalmore Shipping refused."},
			"refused", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, ""},
		{"X asked Y to, but Y declined", []string{
			"The Harbour Landlords Association asked Kenmore Council to scrap the fees, but the council declined."},
			"declined", []string{"Kenmore Council", "Harbour Landlords Association"}, nil, ""},
		{"X demanded. Y refused the demand", []string{
			"The Seafarers Guild has demanded a 9% rise. Dalmore Shipping rejected the demand on Tuesday."},
			"rejected the demand", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, ""},
		{"X demanded that Y. Y refused", []string{
			"Kenya demanded that Tanzania withdraw its patrol boats from the lake. Tanzania refused."},
			"Tanzania refused", []string{"Tanzania", "Kenya"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a demand of a third: not the demander", []string{
			"The Seafarers Guild demanded that Kenmore Council cut the port fees. Dalmore Shipping refused to comment on the row."},
			"refused", nil, nil, ""},
		{"asked others, not the refuser", []string{
			"The Seafarers Guild asked its members to vote on the offer. Dalmore Shipping refused."},
			"Dalmore Shipping refused", []string{"Dalmore Shipping"}, []string{"Seafarers Guild"}, ""},
		{"asked for comment is no demand", []string{
			"The Leith Gazette asked Kenmore Council for comment on the fees on Monday. The council declined."},
			"declined", nil, nil, ""},
		{"two demanders: neither", []string{
			"The Seafarers Guild and the Harbour Landlords Association demanded new talks, and Kalon Motors asked for a delay. Dalmore Shipping refused."},
			"Dalmore Shipping refused", []string{"Dalmore Shipping"}, []string{"Seafarers Guild", "Kalon Motors"}, ""},
		{"refused to pay its own staff: no demand", []string{
			"Dalmore Shipping refused to pay its drivers for the overtime, Kenmore Council said."},
			"refused to pay", []string{"Dalmore Shipping"}, []string{"Kenmore Council"}, ""},
	})
}
