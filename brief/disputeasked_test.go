package brief

import "testing"

// A court or a judge asked to rule is no side ("asked the court to reject
// the council's claim": the one who asks is); a subject that is no one in
// particular ("anyone who disputes", "those who criticise") and a refusal
// to take sides give no dispute.
func TestDisputeAskedCourtAndGeneric(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"asked the court to reject: the asker", []string{
			"The Riders Council asked the High Court to block the fare rise.",
			"Velta Rail has asked the court to reject the council's claim."},
			"asked the court to reject", []string{"Velta Rail", "Riders Council"}, []string{"High Court"}, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"an unnamed asker: no dispute", []string{
			"The Riders Council sued Karvela County over the bus cuts on Monday. County attorneys will ask the judge to dismiss the suit, he said."},
			"ask the judge to dismiss", nil, nil, ""},
		{"anyone who disputes", []string{
			"\"Anyone who disputes these figures can go to court,\" said Karl Vos, the Velta Rail chairman."},
			"Anyone who disputes", nil, nil, ""},
		{"anyone who opposes", []string{
			"Anyone who opposes the plan will be heard, Governor Ana Lutz said."},
			"Anyone who opposes", nil, nil, ""},
		{"those who criticise", []string{
			"Those who criticise the Riders Council should come to the meeting, said Mayor Piet Darro."},
			"Those who criticise", nil, nil, ""},
		{"whoever rejects", []string{
			"Whoever rejects the offer from Velta Rail will lose the bonus, said Mayor Piet Darro."},
			"Whoever rejects", nil, nil, ""},
		{"declined to take sides", []string{
			"The Keldar Bar Association chief, Mira Holm, declined to take sides in the row."},
			"declined to take sides", nil, nil, ""},
		{"refused to take sides", []string{
			"Velta Rail refused to take sides on the strike."},
			"refused to take sides", nil, nil, ""},
		{"declined to weigh in", []string{
			"Governor Ana Lutz declined to weigh in on the row between the unions."},
			"declined to weigh in", nil, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"refused to take part: still a refusal", []string{
			"Velta Rail refused to take part in the talks with the Riders Council."},
			"refused to take part", []string{"Velta Rail"}, nil, ""},
		{"a named critic who criticises", []string{
			"Mayor Piet Darro, who criticised the Riders Council last week, met its leaders on Monday."},
			"criticised the Riders Council", []string{"Piet Darro", "Riders Council"}, nil, ""},
	})
}
