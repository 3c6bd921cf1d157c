package brief

import "testing"

// Negotiations breaking down (CAMEO 164, halt negotiations): the talks
// collapse, stall or end without a deal, or one side breaks them off,
// suspends them, pulls or walks out of them. The sides of the talks are
// the parties; talks with no named side give no dispute.
func TestDisputeTalksBreakDown(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"talks between two sides broke down", []string{
			"Talks between the Harbour Workers Union and the port operator Calder Terminals broke down on Thursday over night-shift pay."},
			"broke down", []string{"Harbour Workers Union", "Calder Terminals"}, nil, "164"},
		{"talks between two countries collapsed", []string{
			"Fishing talks between Norway and Iceland collapsed late on Friday, officials in Oslo said."},
			"collapsed", []string{"Norway", "Iceland"}, nil, "164"},
		{"talks have stalled", []string{
			"Negotiations between Dalmore Shipping and the Seafarers Guild have stalled since March."},
			"stalled", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, "164"},
		{"talks ended without agreement", []string{
			"Talks between Kenya and Tanzania on the border bridge ended without agreement in Arusha on Monday."},
			"ended without agreement", []string{"Kenya", "Tanzania"}, nil, "164"},
		{"negotiations with one named side", []string{
			"The Harbour Workers Union said its negotiations with Calder Terminals had collapsed."},
			"collapsed", []string{"Calder Terminals"}, nil, ""},
		{"broke off talks with", []string{
			"The Harbour Workers Union broke off talks with Dalmore Shipping on Wednesday after the company cut overtime rates."},
			"broke off talks", []string{"Harbour Workers Union", "Dalmore Shipping"}, nil, "164"},
		{"broke off talks, the other direction", []string{
			"Dalmore Shipping broke off pay talks with the Harbour Workers Union on Wednesday."},
			"broke off pay talks", []string{"Harbour Workers Union", "Dalmore Shipping"}, nil, "164"},
		{"suspended negotiations with", []string{
			"Iceland suspended negotiations with Norway over the mackerel quota on Tuesday."},
			"suspended negotiations", []string{"Iceland", "Norway"}, nil, "164"},
		{"pulled out of the talks", []string{
			"The Seafarers Guild and Dalmore Shipping met in Leith in May.",
			"The Seafarers Guild pulled out of the talks with Dalmore Shipping on Monday, citing bad faith."},
			"pulled out of the talks", []string{"Seafarers Guild", "Dalmore Shipping"}, nil, "164"},
		{"walked out of the talks", []string{
			"The Harbour Workers Union walked out of the talks with Calder Terminals on Tuesday evening."},
			"walked out of the talks", []string{"Harbour Workers Union", "Calder Terminals"}, nil, "164"},
		{"walked out of the meeting", []string{
			"Finance Minister Grace Otieno walked out of a meeting with the International Monetary Fund in Nairobi on Friday."},
			"walked out of a meeting", []string{"Grace Otieno", "International Monetary Fund"}, nil, "164"},
		{"negotiators walked out with no object", []string{
			"Calder Terminals offered dockers a three percent rise.",
			"Harbour Workers Union negotiators walked out on Tuesday, saying the offer was an insult."},
			"walked out", []string{"Harbour Workers Union"}, nil, ""},
	})
}

// Breaking down, collapsing and walking out in other senses, and talks
// that go on, are no dispute.
func TestDisputeTalksNotBrokenDown(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"talks broke down barriers", []string{
			"Talks between the Harbour Workers Union and Calder Terminals broke down the old barriers between dockers and managers."},
			"broke down", nil, nil, ""},
		{"a car broke down", []string{
			"The car carrying Finance Minister Grace Otieno broke down on the road to Nakuru."},
			"broke down", nil, nil, ""},
		{"figures broke down", []string{
			"Calder Terminals said its figures broke down as follows: 60 percent wages, 40 percent fuel."},
			"broke down", nil, nil, ""},
		{"walked out of a building", []string{
			"Finance Minister Grace Otieno walked out of the building without speaking to reporters."},
			"walked out", nil, nil, ""},
		{"walked out of hospital", []string{
			"Senator Paul Hadley walked out of hospital on Sunday, two days after his fall."},
			"walked out", nil, nil, ""},
		{"she walked out on Tuesday", []string{
			"Grace Otieno met the governor in Nakuru.",
			"She walked out on Tuesday and took the evening train."},
			"walked out", nil, nil, ""},
		{"talks were productive", []string{
			"Talks between Norway and Iceland were productive, officials in Oslo said on Friday."},
			"productive", nil, nil, ""},
		{"talks will resume", []string{
			"Talks between Kenya and Tanzania will resume on Monday in Arusha."},
			"resume", nil, nil, ""},
		{"talks collapsed with no named side", []string{
			"The talks collapsed on Friday night, and the strike went ahead at dawn."},
			"collapsed", nil, nil, ""},
		{"a bridge collapsed", []string{
			"A bridge between Kenya and Tanzania collapsed in heavy rain on Monday."},
			"collapsed", nil, nil, ""},
	})
}

// A breakdown told in any tense or aspect: under way ("are collapsing",
// "were breaking down"), done ("have faltered"), a state ("remain
// deadlocked") or a headline's present ("talks collapse"). A breakdown
// only foreseen or denied is none.
func TestDisputeTalksTenses(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"talks are collapsing", []string{
			"Talks between the Harbour Workers Union and Calder Terminals are collapsing, union officials said on Friday."},
			"are collapsing", []string{"Harbour Workers Union", "Calder Terminals"}, nil, "164"},
		{"negotiations are faltering", []string{
			"Negotiations between Norway and Iceland are faltering over the mackerel quota."},
			"are faltering", []string{"Norway", "Iceland"}, nil, "164"},
		{"talks are stalling", []string{
			"Talks between Dalmore Shipping and the Seafarers Guild are stalling, according to people close to both sides."},
			"are stalling", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, "164"},
		{"talks were breaking down", []string{
			"Pay talks between the Harbour Workers Union and Calder Terminals were breaking down on Thursday night."},
			"breaking down", []string{"Harbour Workers Union", "Calder Terminals"}, nil, "164"},
		{"talks have faltered", []string{
			"Pay talks between Dalmore Shipping and the Seafarers Guild have faltered since the spring."},
			"have faltered", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, "164"},
		{"talks remain deadlocked", []string{
			"The talks between Norway and Iceland remain deadlocked after three rounds."},
			"remain deadlocked", []string{"Norway", "Iceland"}, nil, "164"},
		{"talks collapse, in the present", []string{
			"Fishing talks between Norway and Iceland collapse as both sides walk away from the quota."},
			"collapse as both sides", []string{"Norway", "Iceland"}, nil, "164"},
	})
	checkDisputeCases(t, []disputeCase{
		{"talks could collapse", []string{
			"Talks between Norway and Iceland could collapse next week, officials in Oslo warned."},
			"could collapse", nil, nil, ""},
		{"talks have not collapsed", []string{
			"Talks between Kenya and Tanzania have not collapsed, officials in Arusha insisted on Monday."},
			"collapsed", nil, nil, ""},
		{"talks are progressing", []string{
			"Talks between Norway and Iceland are progressing well, officials said."},
			"progressing", nil, nil, ""},
		{"talks are continuing", []string{
			"Talks between Kenya and Tanzania are continuing in Arusha this week."},
			"continuing", nil, nil, ""},
		{"a bridge is collapsing", []string{
			"A bridge between Kenya and Tanzania is collapsing after heavy rain, engineers said."},
			"collapsing", nil, nil, ""},
		{"talks in danger of collapsing", []string{
			"Talks between Norway and Iceland are in danger of collapsing, officials in Oslo said."},
			"collapsing", nil, nil, ""},
	})
}
