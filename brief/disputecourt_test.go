package brief

import "testing"

// "A took B to court" is a lawsuit (CAMEO 115) between the two; a thing
// taken to court, a passive or a supposed case is none.
func TestDisputeTakenToCourt(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"took a company to court", []string{
			"The Riders Council took Velta Rail to court over the fare rise."},
			"took Velta Rail to court", []string{"Riders Council", "Velta Rail"}, nil, "115"},
		{"is taking a body to court", []string{
			"The Farmers Union is taking the Keldar Water Board to court."},
			"taking the Keldar Water Board", []string{"Farmers Union", "Keldar Water Board"}, nil, "115"},
		{"dragged a senator to court", []string{
			"Governor Ana Lutz dragged Senator Ruta Venn to court for defamation."},
			"dragged Senator Ruta Venn", []string{"Ana Lutz", "Ruta Venn"}, nil, "115"},
		{"hauled a firm to court", []string{
			"Karvela City Council hauled Orvex Holdings to court over unpaid rates."},
			"hauled Orvex Holdings", []string{"Karvela City Council", "Orvex Holdings"}, nil, "115"},
	})
	checkDisputeCases(t, []disputeCase{
		{"a case taken to court", []string{
			"Velta Rail took its case to court on Monday."},
			"took its case", nil, nil, ""},
		{"a thing taken to court", []string{
			"Governor Ana Lutz took the bus to court on Friday."},
			"took the bus", nil, nil, ""},
		{"not taken", []string{
			"The Riders Council did not take Velta Rail to court."},
			"take Velta Rail", nil, nil, ""},
		{"a supposed case", []string{
			"If the Riders Council takes Velta Rail to court, it could win."},
			"takes Velta Rail", nil, nil, ""},
		{"a pronoun taken", []string{
			"The Riders Council took them to court."},
			"took them", nil, nil, ""},
	})
}

// A case that may come is a threat (CAMEO 13), not a case taken.
func TestDisputeTakenToCourtThreat(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"could take to court", []string{
			"The Riders Council warned that it could take Velta Rail to court."},
			"take Velta Rail", []string{"Riders Council", "Velta Rail"}, nil, "131"},
	})
}

// "A won its case against B", "A filed a case against B": a lawsuit
// between the two (CAMEO 115); a case that may come is a threat.
func TestDisputeCaseAgainst(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"won its case against", []string{
			"The Riders Council won its case against Velta Rail on Friday."},
			"won its case", []string{"Riders Council", "Velta Rail"}, nil, "115"},
		{"lost its case against", []string{
			"The Keldar Farmers Union lost its case against the Keldar Water Board in the High Court."},
			"lost its case", []string{"Keldar Farmers Union", "Keldar Water Board"}, []string{"High Court"}, "115"},
		{"filed a case against", []string{
			"The Green League has filed a case against Governor Ana Lutz over the port permits."},
			"filed a case", []string{"Green League", "Ana Lutz"}, nil, "115"},
	})
	checkDisputeCases(t, []disputeCase{
		{"the case against a policy", []string{
			"Senator Ruta Venn made the case against raising fuel duty."},
			"case against raising", nil, nil, ""},
		{"could file: not a case filed", []string{
			"The Riders Council warned it could file a case against Velta Rail."},
			"could file a case", []string{"Riders Council", "Velta Rail"}, nil, "110"},
	})
}
