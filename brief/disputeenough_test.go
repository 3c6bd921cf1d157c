package brief

import "testing"

// A shortfall reported of another side's effort: "said the governor had
// not done enough to fix the roads", "said Marsh “didn't fight hard
// enough” for the budget". The one who reports it and the actor
// whose effort it judges are the parties; one's own shortfall, a thing
// no one is named for, the praise of "could not do enough" and a lack of
// means ("did not have enough votes") are none.
func TestDisputeShortfallVerdicts(t *testing.T) {
	roads := "Senator Ruth Okoro and Governor Lena Marsh toured the flooded county roads in Dunmere on Friday."
	checkDisputeCases(t, []disputeCase{
		{"said another had not done enough", []string{roads,
			"Ms Okoro said Ms Marsh had not done enough to repair the county roads before the winter."},
			"had not done enough", []string{"Ruth Okoro", "Lena Marsh"}, nil, "111"},
		{"a shortfall in quotation marks inside reported speech", []string{roads,
			"Okoro said Marsh \u201cdidn't fight hard enough\u201d for a bigger roads budget this year."},
			"fight hard enough", []string{"Ruth Okoro", "Lena Marsh"}, nil, "111"},
		{"a body not doing enough, the reporter after", []string{
			"The Velmont council is not doing nearly enough to protect the harbour wall, the Harbour Users Association said on Monday."},
			"not doing nearly enough", []string{"Harbour Users Association", "Velmont council"}, nil, "111"},
		{"an owner's rules that did not go far enough", []string{
			"The Tarrow Fishing Guild said the Fisheries Ministry's new quota rules did not go far enough."},
			"go far enough", []string{"Tarrow Fishing Guild", "Fisheries Ministry"}, nil, "111"},
		{"a body that has not moved fast enough", []string{
			"The Kenmore Nurses Union says the Health Ministry has not moved fast enough to reopen the rural clinics."},
			"moved fast enough", []string{"Kenmore Nurses Union", "Health Ministry"}, nil, "111"},
	})
	checkDisputeCases(t, []disputeCase{
		{"one's own shortfall", []string{roads,
			"Ms Marsh said she had not done enough to warn residents before the flood."},
			"done enough", nil, nil, ""},
		{"praise: could not do enough", []string{roads,
			"Ms Okoro said Ms Marsh could not do enough for the families who lost their homes."},
			"do enough", nil, nil, ""},
		{"rules no one is named for", []string{
			"The Tarrow Fishing Guild said the new quota rules did not go far enough."},
			"go far enough", nil, nil, ""},
		{"a lack of means, not of effort", []string{roads,
			"Ms Okoro said Ms Marsh did not have enough votes to pass the roads bill."},
			"enough votes", nil, nil, ""},
		{"the narrator's judgement, no one reported", []string{roads,
			"Ms Marsh has not done enough to repair the county roads, and the winter is coming."},
			"done enough", nil, nil, ""},
		{"a shortfall asked about", []string{roads,
			"Ms Okoro asked whether Ms Marsh had not done enough to repair the roads."},
			"done enough", nil, nil, ""},
	})
}
