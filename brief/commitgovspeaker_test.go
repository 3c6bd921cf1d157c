package brief

import "testing"

// "The government" in an article that names no home country for it is
// the government the reporting official speaks for: a minister's "the
// government will…" is her commitment, not that of an actor named only
// "Government". A government the article ties to a country stays the
// country's.
func TestCommitmentsGovernmentOfSpeaker(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a minister of a country named once", []string{
			"Finance Minister Grace Wanjiru of Kenya spoke in Nairobi on Monday, a day after talks in Kampala.",
			"She said the government was ready to cut fuel duty in January."},
			"ready to cut fuel duty", "Grace Wanjiru", ""},
		{"a titled minister in the sentence", []string{
			"Kenya raised fuel prices on Monday.",
			"Finance Minister Grace Wanjiru said the government would cut fuel duty in January."},
			"would cut fuel duty", "Grace Wanjiru", ""},
		{"an energy minister, planned to", []string{
			"Peru's energy minister, Ana Salas, met mining firms in Lima on Monday.",
			"Ms Salas said the government planned to raise royalties on copper next year."},
			"planned to raise royalties", "Ana Salas", ""},
		{"a health secretary, would", []string{
			"Health Secretary Tom Fenwick visited a hospital in Leeds on Friday.",
			"Mr Fenwick said the government would hire 5,000 nurses by 2027."},
			"would hire 5,000 nurses", "Tom Fenwick", ""},
		{"a prime minister, pledged", []string{
			"Prime Minister Lena Vik opened the new port in Tromsø on Tuesday.",
			"She said the government would build a second port in the north by 2030."},
			"would build a second port", "Lena Vik", ""},
		{"a deputy minister, was prepared to", []string{
			"Deputy Transport Minister Juan Ortiz met taxi drivers in the capital on Monday.",
			"Mr Ortiz said the government was prepared to cap app fares from March."},
			"prepared to cap app fares", "Juan Ortiz", ""},
		{"a spokesman with a title", []string{
			"Government spokesman Ali Hassan briefed reporters on Monday after the floods.",
			"Mr Hassan said the government would send 40 trucks of food to the north this week."},
			"would send 40 trucks of food", "Ali Hassan", ""},
		// The country's government stays the country's.
		{"a country's minister, the country's government", []string{
			"Kenya's finance minister, Grace Wanjiru, spoke in Nairobi on Monday.",
			"Ms Wanjiru said the government would cut fuel duty in January."},
			"would cut fuel duty", "Kenya", ""},
	})
}
