package brief

import "testing"

// Disapproval told as an adjective of stance (CAMEO 110/111): "has been
// highly critical of Governor Marsh", "was dismissive of the council's
// plan", "is openly hostile to the union". The one who holds the stance
// and the actor (or the owner of the thing) it is aimed at are the
// parties, both named; "critical to", a stance on a thing no one is named
// for, and one's own side give none.
func TestDisputeStanceAdjectives(t *testing.T) {
	lead := "Senator Ruth Okoro and Governor Lena Marsh met in Dunmere on Friday to discuss the flood."
	checkDisputeCases(t, []disputeCase{
		{"critical of a person", []string{lead,
			"Ms Okoro has been highly critical of Ms Marsh since the flood."},
			"highly critical of", []string{"Ruth Okoro", "Lena Marsh"}, nil, "111"},
		{"critical of an owner's decision", []string{lead,
			"Ms Okoro was critical of the Velmont council's decision to close the clinic."},
			"critical of the Velmont council", []string{"Ruth Okoro", "Velmont council"}, nil, "111"},
		{"the most critical among others", []string{lead,
			"Ms Okoro has been the most critical of Ms Marsh among the county's lawmakers."},
			"most critical of", []string{"Ruth Okoro", "Lena Marsh"}, nil, "111"},
		{"dismissive of an owner's plan", []string{lead,
			"Ms Okoro was dismissive of the Velmont council's plan to rebuild the bridge."},
			"dismissive of", []string{"Ruth Okoro", "Velmont council"}, nil, ""},
		{"openly hostile to a body", []string{lead,
			"The Dunmere Farmers Association is openly hostile to the Velmont council."},
			"openly hostile to", []string{"Dunmere Farmers Association", "Velmont council"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"critical to an act", []string{lead,
			"Ms Okoro said it is critical to reach the flooded farms within a day."},
			"critical to reach", nil, nil, ""},
		{"critical of a thing no one is named for", []string{lead,
			"Ms Okoro was critical of the decision to close the clinic."},
			"critical of the decision", nil, nil, ""},
		{"a thing that is critical", []string{lead,
			"The report on the flood is critical of the old drainage system."},
			"critical of the old", nil, nil, ""},
	})
}
