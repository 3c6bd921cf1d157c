package brief

import "testing"

// A description of the speaker, then a comma, then a titled name ("said
// its author, Professor Anita Roy", "said her lawyer, Senator Tom Brill")
// names the speaker: the title stands before the name as an honorific
// does. Sentences written for the test.
func TestTitledNameAfterDescription(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"its author, Professor", []string{
			`The report, published by the Halden Institute, found that rents in Corvane had doubled since 2019.`,
			`“The numbers are worse than any of us feared,” said its author, Professor Anita Roy.`},
			"worse than any of us feared", "Anita Roy"},
		{"their chairman, Judge", []string{
			`The inquiry into the Tarrow dam collapse published its findings on Monday.`,
			`“Every warning was ignored, and ignored by people who knew better,” said its chairman, Judge Emeka Obi.`},
			"Every warning was ignored", "Emeka Obi"},
	})
}
