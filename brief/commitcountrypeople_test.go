package brief

import "testing"

// A country's people of a trade or walk of life ("Kenya's teachers",
// "Britain's farmers", "Portugal's junior doctors", "Japan's carmakers")
// are not the country: what they will do is no commitment of the state,
// and with no body of theirs named as the subject no one is credited.
// The country's own bodies ("Kenya's police", "Japan's Defence
// Ministry") still commit it.
func TestCommitmentsCountryPeople(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"teachers", []string{
			"Kenya's teachers will strike on Monday, their union said."},
			"will strike on Monday", "", ""},
		{"farmers, a union warning", []string{
			"Britain's farmers will block roads in Kent next week, the National Farmers' Union warned."},
			"will block roads in Kent", "", ""},
		{"junior doctors", []string{
			"Talks in Lisbon ended on Sunday.",
			"Portugal's junior doctors will suspend their strike on Monday, the doctors' union said."},
			"will suspend their strike", "", ""},
		{"carmakers", []string{
			"Japan's carmakers will raise prices in Europe from April, an industry group said."},
			"will raise prices in Europe", "", ""},
		// The country's own bodies commit it.
		{"a country's police", []string{
			"Kenya's police will patrol the border towns from Monday, the interior minister said."},
			"will patrol the border towns", "Kenya", ""},
		{"a country's ministry", []string{
			"Japan's Defence Ministry said on Friday it would send two frigates to Manila next month."},
			"would send two frigates", "Japan", ""},
	})
}
