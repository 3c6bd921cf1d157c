package brief

import "testing"

// "The ministry" after a ministry named as a country's ("Brazil's Health
// Ministry", which stands for the country) is that country; with no such
// ministry it stays no one. Sentences written for the test.
func TestMinistryNamedAsACountrys(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Brazil's Health Ministry … the ministry", []string{
			`BRASILIA (Wire) — Brazil's Health Ministry said on Wednesday that it would license a copy of a dengue drug made by Corvane Pharma unless the company halves its price.`,
			`Corvane offered to donate 100,000 courses. The ministry dismissed the offer as “a gesture that saves nobody”.`},
			"a gesture that saves nobody", "Brazil"},
		{"Chile’s Mining Ministry … the ministry (curly apostrophe)", []string{
			`SANTIAGO (Wire) — Chile’s Mining Ministry on Monday ordered Tarrow Copper to halt work at its Antuco pit.`,
			`Tarrow appealed within hours. The ministry called the appeal “a delaying tactic and nothing more”.`},
			"a delaying tactic and nothing more", "Chile"},
		{"no ministry named", []string{
			`SANTIAGO (Wire) — Chile on Monday ordered Tarrow Copper to halt work at its Antuco pit.`,
			`Tarrow appealed within hours. The ministry called the appeal “a delaying tactic and nothing more”.`},
			"a delaying tactic and nothing more", ""},
	})
}
