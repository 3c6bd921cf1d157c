package brief

import "testing"

// Legal challenges: "is challenging the board's decision in court", "filed
// a legal challenge to the ministry's rules"; "a challenging year" is
// none.
func TestDisputeLegalChallenge(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"is challenging a body's decision", []string{
			"The Green Alliance is challenging the Keldar Water Board's permit decision in court."},
			"is challenging", []string{"Green Alliance", "Keldar Water Board"}, nil, ""},
		{"are still challenging a ruling", []string{
			"Velta Rail and the Riders Council are still challenging the Transport Authority's ruling on fares."},
			"still challenging", []string{"Transport Authority"}, nil, ""},
		{"filed a legal challenge", []string{
			"The Farmers Union has filed a legal challenge to the Water Ministry's new rules."},
			"filed a legal challenge", []string{"Farmers Union", "Water Ministry"}, nil, ""},
		{"lodged a legal challenge", []string{
			"Orvex Holdings lodged a legal challenge against the Keldar Water Board on Monday."},
			"lodged a legal challenge", []string{"Orvex Holdings", "Keldar Water Board"}, nil, ""},
		{"brought a court challenge", []string{
			"The Riders Council brought a court challenge to Velta Rail's fare rise."},
			"brought a court challenge", []string{"Riders Council", "Velta Rail"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a challenging year", []string{
			"Velta Rail had a challenging year, its chairman Karl Vos told the Riders Council."},
			"challenging year", nil, nil, ""},
		{"conditions are challenging", []string{
			"Conditions on the Keldar line are challenging for Velta Rail, said Karl Vos."},
			"are challenging", nil, nil, ""},
		{"a challenging task for", []string{
			"Governor Ana Lutz said the flood repairs were a challenging task for the Keldar Water Board."},
			"challenging task", nil, nil, ""},
	})
}
