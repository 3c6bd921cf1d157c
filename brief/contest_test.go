package brief

import "testing"

// A game, a race or an election is a contest: the side a team plays
// "against", or the rival a candidate runs against, is an opponent on the
// field, not a party to a dispute. A campaign or a vote against someone
// stays one. The sentences are written for the test.
func TestDisputesContestNotDispute(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"the home game against", []string{
			"Coach Lars Vinter says Marco Bellini will not be picked for Sunday's home game against Dunmore Rovers."},
			"home game against Dunmore Rovers", nil, nil, ""},
		{"scored against", []string{
			"Brill Athletic striker Jonas Pekka scored twice against Calvera City on Saturday."},
			"scored twice against Calvera City", nil, nil, ""},
		{"a 3-1 win against", []string{
			"Harbour United moved top of the table after a 3-1 win against Oslin Wanderers."},
			"win against Oslin Wanderers", nil, nil, ""},
		{"his debut against", []string{
			"The 19-year-old made his debut against Norvik Town in the cup last week, the club said."},
			"debut against Norvik Town", nil, nil, ""},
		{"ran against in the primary", []string{
			"Senator Ruth Oyelaran ran against Tom Brekke in the 2022 primary and won by nine points."},
			"ran against Tom Brekke", nil, nil, ""},
		// A move in the game a few words before "against".
		{"scored in the second half against", []string{
			"Harbour United scored twice in the second half against Oslin Wanderers on Saturday to move top of the table."},
			"second half against Oslin Wanderers", nil, nil, ""},
		{"played for an hour against", []string{
			"Velden Rovers played with ten men for the last hour against Oslin Wanderers on Tuesday night."},
			"last hour against Oslin Wanderers", nil, nil, ""},
		{"won in the capital against", []string{
			"Velden Rovers won 2-1 in the capital against Oslin Wanderers on Tuesday night, their first win there since 2005."},
			"capital against Oslin Wanderers", nil, nil, ""},
		// Still disputes.
		{"a campaign against", []string{
			"The Velden Taxi Drivers Association launched a campaign against Ridely, the ride-hailing firm, on Monday."},
			"campaign against Ridely", []string{"Velden Taxi Drivers Association", "Ridely"}, nil, ""},
		{"sided with against", []string{
			"Mayor Lena Holt will work with the Green Party against Governor Paul Arden on the budget."},
			"against Governor Paul Arden", []string{"Paul Arden"}, nil, ""},
		{"a vote against, after a clause with a game word", []string{
			"After the match was cancelled, the Velden Taxi Drivers Association voted against the Oslin City Council's plan to run buses to the stadium."},
			"voted against the Oslin City Council", []string{"Velden Taxi Drivers Association", "Oslin City Council"}, nil, ""},
	})
}
