package brief

import "testing"

// A schedule cue ("is expected to", "is set to", "is due to") before a
// figure's move or a foreseen outcome is a forecast, not a commitment:
// "Pemberton Bank's profits are expected to fall", "demand for Ostrava
// Steel's rails is set to increase", "Corvel Motors is set to lose $2bn".
// The same cues before an act stay commitments ("is set to cut 30 jobs",
// "is set to increase parking fees", "is due to report to parliament").
func TestCommitmentsNotForecast(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a firm's profits fall", []string{
			"Pemberton Bank's profits are expected to fall this year."},
			"expected to fall", "", ""},
		{"shares of a firm fall", []string{
			"Shares of Pemberton Bank are expected to fall after the results."},
			"expected to fall", "", ""},
		{"a firm's output rises", []string{
			"Norvik Energy's output is set to rise by 8% in 2027."},
			"set to rise", "", ""},
		{"demand for a firm's goods increases", []string{
			"Demand for Ostrava Steel's rails is set to increase."},
			"set to increase", "", ""},
		{"a group's shares fall", []string{
			"The Tarvin Group's shares are expected to fall after the results."},
			"expected to fall", "", ""},
		{"a firm's losses", []string{
			"Corvel Motors is set to lose $2bn this year."},
			"set to lose", "", ""},
		{"a bank's foreseen loss", []string{
			"Brightwell Bank is expected to post its first loss since 2009."},
			"expected to post", "", ""},
		{"a firm's costs exceed a sum", []string{
			"Halvard Rail's costs are due to exceed £1bn by 2028, the auditor said."},
			"due to exceed", "", ""},
	})
	checkCommitCases(t, []commitCase{
		{"a firm set to cut jobs", []string{
			"Carrow Bank is set to cut 300 jobs in Leeds, the union said."},
			"set to cut 300 jobs", "Carrow Bank", ""},
		{"a council set to increase fees", []string{
			"Elmridge Council is set to increase parking fees in April."},
			"set to increase parking fees", "Elmridge Council", ""},
		{"a firm due to sign", []string{
			"Vantage Telecom is expected to sign the contract on Friday."},
			"expected to sign the contract", "Vantage Telecom", ""},
		{"a minister scheduled to arrive", []string{
			"Prime Minister Tomas Ferrante is scheduled to arrive in Accra on Thursday."},
			"scheduled to arrive", "Tomas Ferrante", ""},
	})
}
