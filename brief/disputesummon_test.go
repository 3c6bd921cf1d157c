package brief

import "testing"

// Summoning another country's ambassador or envoy is a diplomatic
// protest: the country that summons and the diplomat's country are the
// parties. Summoning to a court, a committee or one's courage is none.
// Sentences written for the test.
func TestDisputeSummonedDiplomat(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a country's ambassador", []string{
			"Greece summoned Turkey's ambassador on Monday over a drilling ship sent into disputed waters."},
			"summoned Turkey's ambassador", []string{"Greece", "Turkey"}, nil, "111"},
		{"the ambassador of a country", []string{
			"Kenya summoned the ambassador of Uganda after soldiers crossed the border near Busia, the foreign ministry said."},
			"summoned the ambassador of Uganda", []string{"Kenya"}, nil, "111"},
		{"a country's envoy, with a minister", []string{
			"Japan's foreign minister, Mori Takeshi, summoned China's envoy to protest against the drills near the islands."},
			"summoned China's envoy", []string{"Mori Takeshi", "China"}, nil, "111"},
		{"summoned to court", []string{
			"Councillor Jane Orr was summoned to court in Leeds on Monday to give evidence about the accounts."},
			"summoned to court", nil, nil, ""},
		{"summoned the courage", []string{
			"Kenya's young captain, Joseph Ndegwa, summoned the courage to take the final penalty against Uganda."},
			"summoned the courage", nil, nil, ""},
	})
}
