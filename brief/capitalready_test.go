package brief

import "testing"

// A capital whose readiness a reported clause tells ("He added that
// Muscat was prepared to provide escorts") acts as its country's
// government, as a capital that says or rejects does: the commitment is
// the country's.
func TestCommitmentsCapitalReady(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"added that, prepared to", []string{
			"Oman's transport minister, Saif al-Harthy, spoke on Monday.",
			"He added that Muscat was prepared to provide naval escorts for tankers."},
			"prepared to provide naval escorts", "Oman", ""},
		{"said that, prepared to", []string{
			"Oman's transport minister, Saif al-Harthy, spoke on Monday.",
			"He said that Muscat was prepared to provide naval escorts for tankers."},
			"prepared to provide naval escorts", "Oman", ""},
		{"a spokesperson added that", []string{
			"A spokesperson for Oman's transport ministry said the ports would stay open.",
			"The spokesperson added that Muscat was prepared to provide naval escorts for tankers."},
			"prepared to provide naval escorts", "Oman", ""},
		{"ready to", []string{
			"Turkey's foreign minister, Ayla Demir, met Swedish officials on Tuesday.",
			"She said that Ankara was ready to approve the request at the next summit."},
			"ready to approve the request", "Turkey", ""},
		{"willing to", []string{
			"Japan's trade minister, Kenji Sato, spoke after the talks.",
			"Mr Sato said that Tokyo was willing to cut tariffs on American beef."},
			"willing to cut tariffs", "Japan", ""},
		{"is prepared to, present", []string{
			"Kenya's foreign minister, Ruth Achieng, spoke in Kampala on Friday.",
			"Ms Achieng said that Nairobi is prepared to reopen the Busia crossing next week."},
			"prepared to reopen the Busia crossing", "Kenya", ""},
		{"ready to, after a comma", []string{
			"Poland's deputy defence minister, Marek Nowak, spoke in Berlin on Tuesday.",
			"Warsaw was ready to buy 48 more tanks next year, Mr Nowak said."},
			"ready to buy 48 more tanks", "Poland", ""},
		{"prepared to, told reporters that", []string{
			"Peru's foreign minister, Luis Vega, spoke at the border on Monday.",
			"Mr Vega told reporters that Lima was prepared to host the next round of talks."},
			"prepared to host the next round", "Peru", ""},
		// A capital that only locates is not the actor.
		{"a meeting in the capital", []string{
			"Oman's transport minister, Saif al-Harthy, spoke on Monday.",
			"Ministers are due to meet in Muscat on Sunday."},
			"due to meet in Muscat", "Ministers", ""},
	})
}
