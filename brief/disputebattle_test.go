package brief

import "testing"

// A battle waged with another side (CAMEO 110): "has fought a bitter
// public battle with the Dunmere Retail Group", "is locked in a legal
// battle with…". Both sides must be named: a battle with an illness, or
// one for a title, names no other side.
func TestDisputeBattleWith(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"fought a battle with a named body", []string{
			"Since May Harlow Books has fought a bitter public battle with the Dunmere Retail Group over e-book prices."},
			"battle with the Dunmere Retail Group", []string{"Harlow Books", "Dunmere Retail Group"}, nil, "110"},
		{"locked in a legal battle with a named body", []string{
			"Harlow Books is locked in a legal battle with the Dunmere Retail Group over e-book prices."},
			"legal battle with", []string{"Harlow Books", "Dunmere Retail Group"}, nil, "110"},
	})
	checkDisputeCases(t, []disputeCase{
		{"a battle with an illness", []string{
			"Senator Ruth Okoro spoke openly about her long battle with cancer on Monday."},
			"battle with cancer", nil, nil, ""},
		{"a battle for something won", []string{
			"As things stand, the Velmont Press has won the battle for younger readers."},
			"won the battle", nil, nil, ""},
		{"a battle for a title", []string{
			"Dunmere Rovers and Velmont Athletic fought a tense battle for the title until the final day."},
			"battle for the title", nil, nil, ""},
	})
}
