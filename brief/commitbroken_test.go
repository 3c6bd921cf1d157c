package brief

import "testing"

// A promise, pledge or plan its verb tells broken or given up ("broke its
// promise", "reneged on its pledge", "went back on", "abandoned plans to")
// is no commitment in force; one kept or renewed stays.
func TestCommitmentsNotBroken(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"broke its promise", []string{
			"Hollis Water broke its promise to cut bills."},
			"to cut bills", "", ""},
		{"accused of breaking its promise", []string{
			"Norvik Energy accused Ostrava Steel of breaking its promise to supply rails."},
			"to supply rails", "", ""},
		{"reneged on its pledge", []string{
			"Greenmarsh Council reneged on its pledge to plant 10,000 trees."},
			"to plant 10,000 trees", "", ""},
		{"went back on its promise", []string{
			"Quenby Airlines went back on its promise to add twelve routes."},
			"to add twelve routes", "", ""},
		{"abandoned its pledge", []string{
			"Carrow Bank abandoned its pledge to keep every branch open."},
			"to keep every branch open", "", ""},
		{"dropped its promise", []string{
			"Elmridge Council dropped its promise to review the parking charges."},
			"to review the parking charges", "", ""},
		{"abandoned plans", []string{
			"Marlowe University abandoned plans to halve its emissions by 2030."},
			"to halve its emissions", "", ""},
	})
	checkCommitCases(t, []commitCase{
		{"renewed its promise", []string{
			"Hollis Water renewed its promise to cut bills."},
			"to cut bills", "Hollis Water", ""},
		{"repeated its pledge", []string{
			"Greenmarsh Council repeated its pledge to plant 10,000 trees by 2028."},
			"to plant 10,000 trees", "Greenmarsh Council", ""},
	})
}
