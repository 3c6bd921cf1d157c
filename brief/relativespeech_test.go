package brief

import "testing"

// A verb of saying inside a relative clause on another verb's object
// ("telling her something she had already conceded:") says who said that
// thing; the quote after the colon is spoken by the main clause's subject,
// or is printed with no speaker. Sentences written for the test.
func TestRelativeClauseSpeechVerb(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"people telling her something she conceded", []string{
			`Columnist Mara Lindqvist wrote on Monday that the Brill ferry should be free for pensioners.`,
			`Within an hour, readers were telling her something she had already conceded:`,
			`“Free fares for everyone over sixty would cost the council more than the ferry earns in a year.”`},
			"Free fares for everyone", ""},
		{"answered what her critics asked", []string{
			`Columnist Mara Lindqvist wrote on Monday that the Brill ferry should be free for pensioners.`,
			`Lindqvist answered what her critics had asked:`,
			`“The council found money for the bypass, and it can find money for the ferry.”`},
			"found money for the bypass", "Mara Lindqvist"},
		{"repeated what she told the council", []string{
			`Mayor Ida Lund spoke to reporters outside the Brill town hall on Tuesday.`,
			`She repeated what she had told the council in May:`,
			`“The harbour stays open, whatever the insurers say about the north quay.”`},
			"The harbour stays open", "Ida Lund"},
		{"said something she rarely says", []string{
			`Mayor Ida Lund spoke to reporters outside the Brill town hall on Tuesday.`,
			`Lund said something she rarely says:`,
			`“I was wrong about the north quay, and I am sorry for the delay.”`},
			"I was wrong about the north quay", "Ida Lund"},
	})
}
