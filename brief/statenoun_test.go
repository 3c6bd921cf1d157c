package brief

import "testing"

// "state" before a noun after a name or a people's adjective is the noun of
// "state media", "state aid", "a state visit", not the verb of "the rules
// state that": a quote after it is spoken by the sentence's real speaker.
// Sentences written for the test.
func TestStateAsNounIsNoSpeechVerb(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"statement carried by state media", []string{
			`China on Monday condemned a new round of tariffs on its steel.`,
			`The commerce ministry said in a statement carried by Chinese state media: “The measures break every rule of fair trade and will be answered.”`},
			"The measures break every rule", "The commerce ministry"},
		{"checked against EU state aid law, and that", []string{
			`Poland has promised its fishermen 900 million zlotys in aid.`,
			`Commission spokesman Anton Verhoef said any such payments would be checked against EU state aid law, and that “the rules of the market apply in Warsaw as they do everywhere else”.`},
			"the rules of the market apply", "Anton Verhoef"},
		{"according to state television, and that", []string{
			`Vice Minister Zhao Peng met the delegation in Tianjin on Friday.`,
			`Zhao said the talks would continue, according to Chinese state television, and that “nobody wins a trade war”.`},
			"nobody wins a trade war", "Zhao Peng"},
		// The verb is still a verb.
		{"the guidelines state", []string{
			`Health Minister Rasa Petrauskas published the new hospital guidelines on Monday.`,
			`Petrauskas said the guidelines state plainly that “no patient waits more than four hours for a bed”.`},
			"no patient waits more than four hours", "Rasa Petrauskas"},
	})
}
