package brief

import "testing"

// A sentence that opens with a place phrase ("Outside the court, Ms Doyle
// said…", "Inside the hall, …", "Amid the protests, …") has its subject
// after the comma, so a "she said" after it is that subject's, not the
// woman of the paragraph before. Sentences written for the test.
func TestFrontedPlacePhraseKeepsTheSubject(t *testing.T) {
	for _, opening := range []string{"Outside the court", "Inside the courtroom", "Amid the applause in the court", "Within the court"} {
		checkSpeakers(t, []speakerCase{
			{opening, []string{
				`The case against the Brackton housing trust was heard at Brackton County Court and brought by Wendy Harrow, a nurse.`,
				`Professor Ruth Okafor, an expert for the tenants, said the trust had ignored damp for years. She accepted that money had been short, but said that was no defence.`,
				opening + `, Ms Harrow told reporters the families would watch the deadline. “We have had six years of promises from these people,” she said.`},
				"six years of promises", "Wendy Harrow"},
		})
	}
}
