package brief

import "testing"

// A second verb after "and" whose first verb has an object ("backed the
// mayor and criticised the government") has the first verb's subject:
// the object before "and" is no party of the criticism, least of all its
// author. Sentences written for the test.
func TestDisputeSecondVerbAfterObject(t *testing.T) {
	mayor := "Mombasa's mayor, Ali Hassan, said on Monday that the city would refuse to hand over the land for the new port."
	checkDisputeCases(t, []disputeCase{
		{"backed the mayor and criticised", []string{mayor,
			"The coast's governor, Grace Wanjiru, backed the mayor and criticised the Ministry of Transport for what she called “a plan drawn up in Nairobi”."},
			"backed the mayor and criticised", []string{"Grace Wanjiru", "Ministry of Transport"}, []string{"Ali Hassan"}, ""},
		{"praised a person and attacked", []string{mayor,
			"Senator Maria Quill praised Mr Hassan and attacked the Kenya Ports Authority for hiding the survey."},
			"praised Mr Hassan and attacked", []string{"Maria Quill", "Kenya Ports Authority"}, []string{"Ali Hassan"}, ""},
		{"conjoined subjects stay", []string{
			"The Harbour Workers Union and the Kenya Ports Authority rejected the ministry's plan on Tuesday."},
			"rejected the ministry's plan", []string{"Kenya Ports Authority"}, nil, ""},
	})
}
