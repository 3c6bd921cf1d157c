package brief

import "testing"

// A plural agent noun made from a common word opening a sentence
// ("Shoppers said…", "Voters told…") is no one's name, while a surname
// opening one after the full name stays the person's. Sentences written
// for the test.
func TestAgentPluralOpeningIsNoName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"shoppers and voters", []string{
			`Prices at the Tarrow market rose by a third in March.`,
			`Shoppers said the new prices were too high. Voters told reporters the council had let them down.`},
			nil, []string{"Shoppers", "Voters"}},
		{"a surname opening a sentence", []string{
			`Senator Ruth Sanders opened the hearing on Tuesday.`,
			`Sanders said the plan was weak.`},
			map[string]ActorKind{"Ruth Sanders": KindPerson}, nil},
	})
}
