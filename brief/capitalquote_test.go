package brief

import "testing"

// A capital inside a quote stands for its government when the speaker
// makes it state, refuse, dispute or promise something ("“Beijing will
// not accept this,” she said"); a capital that a quote only describes or
// locates ("“Dublin was quiet all night”", "“I grew up in Nairobi”") is
// the city. Sentences written for the test.
func TestQuotedCapitalActs(t *testing.T) {
	checkCapitals(t, []capitalCase{
		{"will not accept, in a quote", []string{
			`Trade talks resumed in Geneva on Monday after a week's pause.`,
			`“Beijing will not accept these tariffs,” the envoy, Li Wen, told reporters.`,
			`The Chinese delegation left the talks early.`},
			"China", "Beijing", true},
		{"rejects, in a quote, the country unnamed", []string{
			`Fishing talks resumed in Halifax on Monday.`,
			`“Ottawa rejects this quota outright,” said Marie Tremblay, the negotiator.`},
			"Canada", "Ottawa", true},
		{"has warned, in a quote", []string{
			`The summit opened on Tuesday with a row over grain.`,
			`“Warsaw has warned Brussels many times about this,” said Piotr Nowak, a farm lobbyist.`},
			"Poland", "Warsaw", true},
		// The other direction: the city.
		{"a quiet capital in a quote", []string{
			`Ireland's power grid failed for six hours on Sunday.`,
			`“Dublin was quiet all night, like a village,” said Maura Kinsella, who runs a shop in the city centre.`},
			"Ireland", "Dublin", false},
		{"a capital someone grew up in", []string{
			`Kenya's runners won four medals on Saturday.`,
			`“I grew up in Nairobi and trained there every morning,” said Grace Wanjiru, who won the 10,000 metres.`},
			"Kenya", "Nairobi", false},
		{"a beautiful capital", []string{
			`Portugal's tourism board reported record numbers on Monday.`,
			`“Lisbon is a beautiful city and visitors love it,” said Ana Costa, who runs a guest house.`},
			"Portugal", "Lisbon", false},
	})
}
