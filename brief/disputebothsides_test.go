package brief

import "testing"

// "Both sides criticised Uganda": the two actors the story has just
// named, each against a third the verb's object names.
func TestDisputeBothSidesAgainstThird(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"both sides criticised a country", []string{
			"Kenya and Tanzania met in Arusha on Monday to discuss the fishing ban. Both sides criticised Uganda for closing the lake ports."},
			"Both sides criticised Uganda", []string{"Kenya", "Tanzania", "Uganda"}, nil, ""},
		{"both groups condemned a company", []string{
			"The Riders Council and the Transport Workers Union held a joint rally in Karvela. Both groups condemned Velta over the fare rise."},
			"Both groups condemned Velta", []string{"Riders Council", "Transport Workers Union", "Velta"}, nil, ""},
		{"both sides rejected a body's plan", []string{
			"The Farmers Union and the Riders Council met the Keldar Water Board on Monday. Both sides rejected the board's new plan."},
			"Both sides rejected", []string{"Farmers Union", "Riders Council", "Keldar Water Board"}, nil, ""},
		{"the two countries accused a third", []string{
			"Kenya and Tanzania closed their embassies in Kampala on Friday. The two countries accused Uganda of spying."},
			"two countries accused Uganda", []string{"Kenya", "Tanzania", "Uganda"}, nil, ""},
		{"each other: still the two sides", []string{
			"Senator Ivo Rask and Senator Ruta Venn debated the bill on Tuesday. Both sides accused each other of lying."},
			"accused each other", []string{"Ivo Rask", "Ruta Venn"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"both sides against a thing", []string{
			"Kenya and Tanzania met in Arusha on Monday. Both sides criticised the ruling on the lake."},
			"Both sides criticised", nil, nil, ""},
		{"both sides agreed", []string{
			"Marsina and Pardovia signed a trade pact on Friday. Both sides agreed to cut tariffs."},
			"Both sides agreed", nil, nil, ""},
		{"no pair named before", []string{
			"The Keldar Bar Association met on Monday. Both sides criticised the Justice Ministry."},
			"Both sides criticised", nil, nil, ""},
		{"a list of three before", []string{
			"Kenya, Rwanda and Tanzania met in Arusha on Monday. Both sides criticised Uganda."},
			"Both sides criticised", nil, nil, ""},
	})
}
