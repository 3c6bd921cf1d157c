package brief

import "testing"

// An unknown name right before a noun of the people who live somewhere
// ("Tarrow residents", "Kelby villagers") names a place: the group is the
// party, as "Mombasa residents" is, not an organisation "Tarrow".
func TestResidentsOfUnknownPlace(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"residents of an unknown town", []string{
			"Tarrow residents criticised the Velmont council's new parking charges on Monday."},
			"criticised the Velmont council", []string{"Tarrow residents", "Velmont council"}, nil, ""},
		{"villagers of an unknown village", []string{
			"Kelby villagers protested against the Velmont council's plan to close the school."},
			"protested against", []string{"Kelby villagers", "Velmont council"}, nil, ""},
	})
	an := analyzeText(t, "Tarrow residents criticised the Velmont council's new parking charges on Monday.")
	for _, a := range an.Actors {
		if a.Name == "Tarrow" && a.Kind == KindOrganization {
			t.Errorf("Tarrow listed as an organization")
		}
	}
}
