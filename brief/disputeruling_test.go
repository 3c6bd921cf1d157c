package brief

import "testing"

// A court or a judge that rules on a case is no side of it: the sides are
// the one who brought the case and the one it was brought against. When
// the ruling names only the one whose appeal or claim it turns down, that
// loser is the only side; when it names only the one a case was against
// (who wins when it is dismissed), no side is named and nothing is
// printed.
func TestDisputeCourtRulingNoSide(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a court turned down an appeal: the appellant alone", []string{
			"The Supreme Court rejected Norvel Mining's appeal on Monday."},
			"rejected Norvel Mining", []string{"Norvel Mining"}, []string{"Supreme Court"}, ""},
		{"a tribunal dismissed a claim: the claimant alone", []string{
			"The Labour Tribunal dismissed the claim brought by the Dock Workers Guild."},
			"dismissed the claim", []string{"Dock Workers Guild"}, []string{"Tribunal"}, ""},
		{"an appeal turned down in the passive", []string{
			"Norvel Mining's appeal was rejected by the High Court on Monday."},
			"rejected by the High Court", []string{"Norvel Mining"}, []string{"High Court"}, ""},
		{"a court blocked a plan", []string{
			"The Supreme Court blocked the Velta government's plan to close the port."},
			"blocked", []string{"Velta"}, []string{"Supreme Court"}, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a case against someone dismissed in the passive", []string{
			"The case against Marta Olsen was dismissed by a judge on Tuesday."},
			"dismissed by a judge", nil, nil, ""},
		{"charges thrown out in the passive", []string{
			"The charges against Pavel Dunn were thrown out by the Dorvik magistrate."},
			"thrown out", nil, nil, ""},
		{"a judge dismissed the case against someone", []string{
			"A judge dismissed the case against Marta Olsen on Tuesday."},
			"dismissed the case", nil, nil, ""},
		{"a court overturned a ruling against a firm", []string{
			"The High Court overturned the ruling against Keldar Water on Friday."},
			"overturned the ruling", nil, nil, ""},
		{"a magistrate threw out charges", []string{
			"A magistrate in Dorvik threw out the charges against Pavel Dunn."},
			"threw out the charges", nil, nil, ""},
		{"a court quashed a conviction", []string{
			"The Court of Appeal quashed the conviction against Rina Sato."},
			"quashed the conviction", nil, nil, ""},
	})
	// Courts that are sued or criticised stay sides, and so do the
	// parties of a case that is named.
	checkDisputeCases(t, []disputeCase{
		{"a party rejected the court's ruling", []string{
			"Norvel Mining rejected the Supreme Court's ruling on Monday."},
			"rejected the Supreme Court", []string{"Norvel Mining", "Supreme Court"}, nil, ""},
		{"a government criticised a court", []string{
			"Prime Minister Lena Varga criticised the Supreme Court over its ruling on the dam."},
			"criticised the Supreme Court", []string{"Lena Varga", "Supreme Court"}, nil, ""},
	})
}
