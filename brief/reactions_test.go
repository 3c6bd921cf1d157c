package brief

import "testing"

// A reaction in a manner of disapproval (the CAMEO REACT block: angrily,
// furiously, with dismay…) to someone or to what someone did or said.
func TestDisputeReactions(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"reacted angrily to the decision by X", []string{
			"Kenya reacted angrily to the decision by Tanzania to close the border."},
			"reacted angrily", []string{"Kenya", "Tanzania"}, nil, "111"},
		{"responded furiously to X's announcement", []string{
			"The Seafarers Guild responded furiously to Dalmore Shipping's announcement of job cuts."},
			"responded furiously", []string{"Seafarers Guild", "Dalmore Shipping"}, nil, ""},
		{"reacted angrily to that remark, told before", []string{
			"Senator Ruth Okonjo called the state budget reckless on Monday. Governor Ann Marsh reacted angrily to that remark."},
			"reacted angrily", []string{"Ann Marsh", "Ruth Okonjo"}, nil, ""},
		{"reacted with dismay to X's decision", []string{
			"Nigeria reacted with dismay to Ghana's decision to expel the traders."},
			"with dismay", []string{"Nigeria", "Ghana"}, nil, "110"},
		{"replied bitterly to X", []string{
			"The Harbour Landlords Association replied bitterly to Kenmore Council on Thursday."},
			"replied bitterly", []string{"Harbour Landlords Association", "Kenmore Council"}, nil, ""},
		{"reacted coolly to the offer from X", []string{
			"Kalon Motors reacted coolly to the offer from the Vestmark Group."},
			"reacted coolly", []string{"Kalon Motors", "Vestmark Group"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a manner that is no disapproval", []string{
			"Kenya reacted cautiously to the news from Tanzania."},
			"reacted", nil, nil, ""},
		{"approval", []string{
			"Kenya reacted positively to the decision by Tanzania to open the border."},
			"reacted", nil, nil, ""},
		{"anger with no one reacted to", []string{
			"Ann Marsh reacted angrily when asked about her expenses."},
			"reacted", nil, nil, ""},
		{"a guess at a reaction", []string{
			"Kenya would react angrily to any move by Tanzania, analysts said."},
			"react angrily", nil, nil, ""},
	})
}
