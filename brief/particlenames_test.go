package brief

import "testing"

// A name with "de" and an article inside it, as Spanish and French write
// them ("Banco de la Nación", "Rosa de los Santos"), is one name, not the
// word after the article alone. Sentences written for the test.
func TestNamesWithDeAndAnArticle(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"a bank", []string{
			`Farmers in the north will get cheaper credit this year.`,
			`The state lender Banco de la Nación said it would lend 2 billion pesos to farmers by June.`},
			[]descCheck{{"commit", "lend 2 billion pesos", "Banco de la Nación", []string{"Nación"}}}},
		{"a person", []string{
			`The port of Valdora has been shut for a week by a strike.`,
			`Rosa de los Santos, who leads the dockers, said they would return to work by Monday if the talks went well. “We want this over,” de los Santos said.`},
			[]descCheck{
				{"commit", "return to work", "Rosa de los Santos", []string{"Santos"}},
				{"quote", "We want this over", "Rosa de los Santos", []string{"Santos"}},
			}},
	})
}
