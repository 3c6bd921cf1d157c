package brief

import "testing"

// What a reporter says an unnamed body of another sort will do is their
// forecast, not the reporter's commitment: a bank or a law firm telling of
// "the central bank" or "the court", an economist telling of the
// government. A body telling of itself by its kind stays its own ("the
// council said the authority would…", "the union said the union would…").
func TestCommitmentsNotForeignBody(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a firm on the central bank", []string{
			"Harcourt Capital said the central bank would raise rates in March."},
			"would raise rates", "", ""},
		{"economists at a firm on the central bank", []string{
			"Economists at Harcourt Capital said the central bank would raise rates in March."},
			"would raise rates", "", ""},
		{"a law firm on the court", []string{
			"Delmont Partners said the court would rule on Friday."},
			"would rule on Friday", "", ""},
		{"lawyers at a firm on the court", []string{
			"Lawyers at Delmont Partners said the court would rule on Friday."},
			"would rule on Friday", "", ""},
		{"an economist on the central bank", []string{
			"Ravi Menon, an economist at Harcourt Capital, said the central bank would raise rates in March."},
			"would raise rates", "", ""},
	})
	checkCommitCases(t, []commitCase{
		{"a council calls itself the authority", []string{
			"Greenmarsh Council said the authority would publish the plan in May."},
			"would publish the plan", "Greenmarsh Council", ""},
		{"a union calls itself the union", []string{
			"The Harbour Workers Union said the union would strike on Monday."},
			"would strike on Monday", "Harbour Workers Union", ""},
		{"a ministry calls itself the department", []string{
			"The Ministry of Health said the department would publish the figures on Monday."},
			"would publish the figures", "Ministry of Health", ""},
	})
}
