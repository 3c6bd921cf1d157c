package brief

import "testing"

// A subject that counts several bodies ("the three governments", "both
// sides") is not the one official who reports what they agreed: the
// commitment is never given to the reporter.
func TestCommitmentsCountedSubjectNotReporter(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"three governments and a minister reporting", []string{
			"Trade ministers from Brazil, Argentina and Chile met in Lima on Friday.",
			"The three governments agreed to cut tariffs on farm machinery by 2028, the Chilean trade minister, Rosa Ibarra, said."},
			"agreed to cut tariffs", "three governments", ""},
		{"two governments and a mediator reporting", []string{
			"Envoys of Sudan and South Sudan met in Addis Ababa on Monday.",
			"The two governments agreed to withdraw their troops from the border zone by March, the mediator, Kofi Mensah, said."},
			"agreed to withdraw their troops", "two governments", ""},
		{"an uncounted faction stays the reporter's", []string{
			"Opposition leader Dana Vell said the rebels would table an amendment on Tuesday."},
			"would table an amendment", "Dana Vell", ""},
	})
}
