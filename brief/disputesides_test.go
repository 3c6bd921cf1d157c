package brief

import "testing"

// "Both sides" and "the two sides" count the parties the story has just
// named: a dispute told of them is between the two actors a sentence
// joins with "and" — in the sentence before or earlier in the same one.
// The count must fit them ("the two countries" are two countries, "both
// men" two people), and three names, or none, leave the sides unknown.
func TestDisputeCountedSides(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"both sides accused each other, after talks between A and B", []string{
			"Talks between Kenya and Tanzania over the shared lake resumed in Arusha on Monday. Both sides accused each other of breaking the fishing truce."},
			"accused each other", []string{"Kenya", "Tanzania"}, nil, ""},
		{"the two sides remain at odds, after A and B met", []string{
			"On Friday the port operator Calder Terminals and the Dockworkers Union met again. The two sides remain at odds over overtime pay."},
			"at odds", []string{"Calder Terminals", "Dockworkers Union"}, nil, ""},
		{"the two sides blamed each other, in the same sentence", []string{
			"Ethiopia and Egypt ended a third round of talks on the dam without agreement, and the two sides blamed each other for the failure."},
			"blamed each other", []string{"Ethiopia", "Egypt"}, nil, ""},
		{"both sides disagree", []string{
			"Leith Rovers and Tom Brannigan parted ways in June. Both sides disagree over how much compensation is owed."},
			"disagree", []string{"Leith Rovers", "Tom Brannigan"}, nil, ""},
		{"the two women have clashed", []string{
			"Senator Ruth Okonjo and Governor Ann Marsh spoke at the same rally on Thursday. The two women have clashed repeatedly over the state budget."},
			"clashed", []string{"Ruth Okonjo", "Ann Marsh"}, nil, ""},
		{"the two countries traded accusations", []string{
			"Sudan and Chad closed their shared border crossing last week. The two countries have since traded accusations over the refugee camps."},
			"accusations", []string{"Sudan", "Chad"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"three named: the sides are unknown", []string{
			"Kenya, Uganda and Tanzania sent ministers to Arusha on Monday. Both sides accused each other of breaking the fishing truce."},
			"accused each other", nil, nil, ""},
		{"none named: the sides are unknown", []string{
			"The talks resumed in Arusha on Monday. Both sides accused each other of breaking the fishing truce."},
			"accused each other", nil, nil, ""},
		{"both sides against a third: no dispute between them", []string{
			"Leith Rovers and Dunmore City drew 1-1 on Saturday. Both sides criticised the referee after the match."},
			"criticised the referee", nil, nil, ""},
		{"clashed with a third", []string{
			"Fans of Leith Rovers and Dunmore City gathered before the derby. The two sides clashed with police outside the ground."},
			"clashed with police", nil, nil, ""},
		{"declined to comment", []string{
			"Kenmore Council and the Harbour Landlords Association met on Monday. Both sides declined to comment on the talks."},
			"declined to comment", nil, nil, ""},
		{"the two countries are not a person and a firm", []string{
			"Ruth Okonjo and Calder Terminals signed the lease in May. The two countries have since traded accusations over the port."},
			"accusations", nil, nil, ""},
	})
}
