package brief

import "testing"

// An act that someone expects, predicts or fears from others has not
// happened: "told reporters nobody should expect police action against the
// Liberty Front" sets no one against anyone, neither the speaker against
// the group nor the government, so nothing is printed. An act that was
// done stays a dispute.
func TestDisputeExpectedAct(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"should expect no action against", []string{
			"Oren Dask told reporters in Velta that nobody should expect any police action against the Liberty Front this year."},
			"action against", nil, nil, ""},
		{"expected a crackdown on", []string{
			"Oren Dask said he expected a harsh crackdown on the Liberty Front."},
			"crackdown on", nil, nil, ""},
		{"predicted a crackdown", []string{
			"The analyst Mira Holt predicted a police crackdown on the Liberty Front."},
			"crackdown on", nil, nil, ""},
		{"feared an offensive against", []string{
			"Villagers in Dorvik feared a new army offensive against the Liberty Front."},
			"offensive against", nil, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a campaign launched stays", []string{
			"Oren Dask launched a campaign against the Liberty Front."},
			"campaign against", []string{"Oren Dask", "Liberty Front"}, nil, ""},
	})
}
