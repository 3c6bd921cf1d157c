package brief

import "testing"

// A person named once only, in a clause that dates the story ("since
// Mayor Alden Pryce took office", "under President Rhea Vantongeren") and
// who says, promises and disputes nothing, is background, not a key
// actor. A person named there and again, or who speaks, stays. Sentences
// written for the test.
func TestBackgroundPeopleAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"since a mayor took office", []string{
			`The port of Vellmar handled a record four million containers last year.`,
			`Traffic has doubled since Mayor Alden Pryce took office in 2019, and the harbour board wants a new quay.`,
			`Harbour director Mira Solberg said on Monday the board would vote on the quay in June.`},
			map[string]ActorKind{"Mira Solberg": KindPerson}, []string{"Alden Pryce"}},
		{"under a former president", []string{
			`The Castellan senate voted on Tuesday to end the fuel subsidy, which began under President Rhea Vantongeren in 2009.`,
			`Finance Minister Oren Daskal said the savings would go to schools.`},
			map[string]ActorKind{"Oren Daskal": KindPerson}, []string{"Rhea Vantongeren"}},
		// People who stay.
		{"named there and again", []string{
			`Traffic has doubled since Mayor Alden Pryce took office in 2019.`,
			`Pryce said on Monday the city would build a new quay by 2028.`},
			map[string]ActorKind{"Alden Pryce": KindPerson}, nil},
	})
}
