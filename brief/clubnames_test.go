package brief

import (
	"slices"
	"testing"
)

// A sports club named by its town and a club word ("Ashbury United",
// "Kelbridge Athletic", "FC Norden") is an organisation, and the town's
// name alone after it is the club. Sentences written for the test.
func TestClubNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"united, then the town alone", []string{
			`Millbrook United have made a second bid for the Dunmore striker, the club confirmed on Friday.`,
			`Millbrook said the offer was final and would not be raised.`},
			map[string]ActorKind{"Millbrook United": KindOrganization}, nil},
		{"athletic after a preposition", []string{
			`The coach said the striker would miss Saturday's home game against Fernley Athletic.`,
			`Fernley are unbeaten in six games.`},
			map[string]ActorKind{"Fernley Athletic": KindOrganization}, nil},
		{"rovers and wanderers", []string{
			`Dunmore Rovers rejected the bid from Carrow Wanderers on Tuesday.`},
			map[string]ActorKind{"Dunmore Rovers": KindOrganization, "Carrow Wanderers": KindOrganization}, nil},
		{"a club word first", []string{
			`FC Norden said it had signed the goalkeeper on a three-year contract.`},
			map[string]ActorKind{"FC Norden": KindOrganization}, nil},
	})
	// One actor for the club and its town's name.
	an := analyzeText(t,
		`Millbrook United have made a second bid for the striker, the club confirmed on Friday.`,
		`Millbrook said the offer was final and would not be raised.`)
	for _, a := range an.Actors {
		if a.Name == "Millbrook" {
			t.Errorf("Millbrook is an actor of its own: %q", actorNames(an))
		}
	}
}

// The club word alone ("Rovers") is the club, not another body whose name
// opens with it ("the Rovers Supporters' Trust").
func TestClubWordAlone(t *testing.T) {
	an := analyzeText(t,
		`Dunmore Rovers rejected the bid on Tuesday. The Rovers Supporters' Trust said it backed the board.`,
		`Rovers will not sell the striker for less than £40 million, the club said.`)
	for _, a := range an.Actors {
		if a.Name != "Dunmore Rovers" && slices.Contains(a.Aliases, "Rovers") {
			t.Errorf("%s has the alias Rovers: %q", a.Name, actorNames(an))
		}
	}
}
