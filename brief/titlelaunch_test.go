package brief

import "testing"

// A game, film or album named by its title in quotation marks commits to
// nothing: its launch on a date is the word of the maker that says it
// ("Nintendo said “Super Mario Run” will launch…"), and no one's when no
// maker says it. A maker's own plan, a law taking effect and a bill on the
// schedule stay as they were. Sentences written for the test.
func TestTitleLaunchIsTheMakersWord(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a game's date, told by the writer", []string{
			`Fans have waited two years for the sequel. "Star Harbour 2" will arrive on consoles on March 3, at a price of $60.`},
			"will arrive on consoles", "", ""},
		{"a film's date with an unnamed studio", []string{
			`The studio named the day: "Harbour Lights" will open in cinemas on June 9.`},
			"will open in cinemas", "", ""},
		{"an album's date, with a label in the next sentence", []string{
			`"Quiet Rooms" will launch on streaming services on Friday. Northwind Records printed only 5,000 copies on vinyl.`},
			"will launch on streaming", "", ""},
		{"the maker says it", []string{
			`Nintendo said on Monday that "Star Harbour 2" will arrive on its consoles on March 3.`},
			"will arrive on its consoles", "Nintendo", ""},
		{"the maker's own plan stays", []string{
			`Nintendo will release "Star Harbour 2" on March 3.`},
			"will release", "Nintendo", ""},
		{"a law taking effect stays", []string{
			`Canada's new carbon levy will take effect on 1 January, the finance ministry said.`},
			"will take effect", "Canada", ""},
		{"a bill on the schedule stays", []string{
			`The Harbour Safety Bill will be published next week.`},
			"will be published next week", "Harbour Safety Bill", ""},
	})
}
