package brief

import "testing"

// Groups named once by a common noun ("residents", "activists") are a
// party when they are the subject of a clear dispute verb; a measure
// condemned ("denounced the draft law") is someone's, not an event; and
// the parties of a lawsuit are read through its descriptions. The
// sentences are written for the test.

// A group named once, the subject of a dispute verb, is a party.
func TestDisputeGroupOnce(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"residents protest against a runway", []string{
			"The Linford council approved a second runway at the airport on Monday.",
			"Residents protested against the new runway outside the town hall."},
			"protested against the new runway", []string{"Residents"}, nil, ""},
		{"angry parents reject a plan", []string{
			"The Harlow School Board published its plan to merge two schools.",
			"Angry parents rejected the board's plan at a packed meeting on Thursday."},
			"rejected the board", []string{"parents"}, nil, ""},
		{"voters sue a commission", []string{
			"The Dalby Election Commission redrew the county's districts in June.",
			"Voters sued the Dalby Election Commission over the new map."},
			"sued the Dalby Election Commission", []string{"Voters", "Dalby Election Commission"}, nil, ""},
		{"activists denounce a draft law", []string{
			"The mining ministry published its draft mining law on Friday.",
			"Activists denounced the draft law as a gift to foreign miners."},
			"denounced the draft law", []string{"Activists"}, nil, ""},
		{"a senator decries a ruling", []string{
			"Senator Ruth Obi decried the ruling as a blow to free speech."},
			"decried the ruling", []string{"Ruth Obi"}, nil, ""},
		{"commuters condemn a fare rise", []string{
			"The Harbour Transit Board raised bus fares by a fifth on Monday.",
			"Commuters condemned the Harbour Transit Board's decision at a rally."},
			"condemned the Harbour Transit Board", []string{"Commuters", "Harbour Transit Board"}, nil, ""},
		// Not disputes, or not that party.
		{"people in general", []string{
			"The Linford council approved a second runway at the airport on Monday.",
			"People protested against the new runway outside the town hall."},
			"protested against the new runway", nil, nil, ""},
		{"one resident", []string{
			"The Linford council approved a second runway at the airport on Monday.",
			"One resident protested against the new runway outside the town hall."},
			"protested against the new runway", nil, nil, ""},
		{"residents thank", []string{
			"Governor Tom Hale met residents of Linford on Monday.",
			"Residents thanked the governor for the new school."},
			"thanked the governor", nil, nil, ""},
		{"residents urged", []string{
			"Governor Tom Hale urged residents to stay calm after the Harbour Board closed the docks."},
			"urged residents", nil, nil, ""},
		{"a condemned bombing is still no dispute", []string{
			"Activists condemned the bombing of the market in Linford."},
			"condemned the bombing", nil, nil, ""},
		{"a condemned attack on the law's authors is no measure", []string{
			"Residents condemned the violence that followed the vote on the law."},
			"condemned the violence", nil, nil, ""},
	})
}

// The parties of a lawsuit: who sues whom, in the active, the passive and
// the noun frame, and a description of one of them in the next sentence.
func TestDisputeLawsuitParties(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"filed a lawsuit against", []string{
			"Vantor Inc filed a lawsuit against Pell Media on Monday."},
			"filed a lawsuit against", []string{"Vantor Inc", "Pell Media"}, nil, ""},
		{"filed suit against a body with a country's name", []string{
			"Norvia Holdings filed suit against the Kenya Ports Authority on Monday."},
			"filed suit against", []string{"Norvia Holdings", "Kenya Ports Authority"}, nil, ""},
		{"was sued by", []string{
			"Pell Media was sued by Vantor Inc last year over a licence."},
			"was sued by", []string{"Vantor Inc", "Pell Media"}, nil, ""},
		{"is suing over", []string{
			"Vantor Inc is suing Pell Media over the unpaid licence fees."},
			"is suing Pell Media", []string{"Vantor Inc", "Pell Media"}, nil, ""},
		{"a one-word name suing in a short sentence", []string{
			"Vantor Inc makes chips in Austin.",
			"Vantor sued Pell Media in March."},
			"sued Pell Media", []string{"Vantor", "Pell Media"}, nil, ""},
		{"the company is the subject before, not the object", []string{
			"Vantor Inc makes chips in Austin, and Pell Media publishes magazines.",
			"Vantor sued Pell Media in March.",
			"The company says the magazine deal broke its patent licence."},
			"sued Pell Media", []string{"Vantor", "Pell Media"}, nil, ""},
		{"the company after a lawsuit is its plaintiff", []string{
			"Vantor Inc makes chips in Austin, and Pell Media publishes magazines.",
			"Vantor sued Pell Media in March.",
			"The company accuses Pell Media of breaking a patent licence."},
			"The company accuses", []string{"Vantor", "Pell Media"}, nil, "112"},
		{"the company rejecting the other side's offer", []string{
			"Vantor sued Pell Media Group in March over a licence.",
			"The company rejected Pell's offer to settle."},
			"The company rejected", []string{"Vantor", "Pell Media Group"}, nil, ""},
	})
}
