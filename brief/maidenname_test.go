package brief

import (
	"slices"
	"strings"
	"testing"
)

// A name a person was born with or went by before ("Maren Tolvik, née
// Asberg", "(nee Asberg)", "born Maren Asberg", "formerly Lidia Moreno")
// is one of her forms: a later "Asberg said" is the same actor, not a
// second person or an organisation. The actor is named by the full name
// the story uses most. A body a person once worked for
// ("formerly Acme chief executive"), the place or year she was born
// ("born in Harlow"), and a person with another given name who shares the
// surname are not her forms. Sentences written for the test.
func TestMaidenNameIsAForm(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		actor string   // the actor that must be listed
		alias string   // a form merged with it, if any
		not   []string // names that must not be actors of their own
		keep  []string // other actors that must stay listed
	}{
		{"née and the surname after", []string{
			`Maren Tolvik, née Asberg, a hydrologist at the Kestrel River board, said on Monday that the flood would reach the town by Wednesday.`,
			`Asberg said the warning would stay in place until Friday.`,
			`"We have never seen the river this high," Asberg said.`},
			"Maren Tolvik", "Asberg", []string{"Asberg", "Maren Asberg"}, nil},
		{"nee without its accent", []string{
			`Maren Tolvik, nee Asberg, a hydrologist at the Kestrel River board, said on Monday that the flood would reach the town by Wednesday.`,
			`Asberg said the warning would stay in place until Friday.`},
			"Maren Tolvik", "Asberg", []string{"Asberg", "Maren Asberg"}, nil},
		{"née in brackets", []string{
			`Ines Marlow (née Castell) told the council on Tuesday that the school would close in June.`,
			`Castell said parents had been told in a letter.`},
			"Ines Marlow", "Castell", []string{"Castell", "Ines Castell"}, nil},
		{"born and a full name", []string{
			`Ruth Okafor, born Ruth Adeyemi in Lagos, the head of the Dunmore clinic, said on Monday that the ward would reopen in May.`,
			`Okafor said the clinic had hired six nurses.`},
			"Ruth Okafor", "Ruth Adeyemi", []string{"Adeyemi", "Ruth Adeyemi"}, nil},
		{"formerly and a full name", []string{
			`Councillor Lidia Brennan, formerly Lidia Moreno, proposed the new bus lanes on Monday.`,
			`Brennan said the lanes would open in March, and the council backed Brennan's plan.`},
			"Lidia Brennan", "Lidia Moreno", []string{"Moreno", "Lidia Moreno"}, nil},
		{"the story calls her by the former name", []string{
			`Maren Tolvik, born Maren Asberg, wrote the first flood model for the Kestrel River board in 1968.`,
			`Asberg said the model ran for a week on the board's only computer.`,
			`Asberg later taught hydrology at Harwick University.`},
			"Maren Asberg", "Maren Tolvik", []string{"Tolvik", "Maren Tolvik"}, nil},

		// Not her names.
		{"a body she once led", []string{
			`Dana Lee, formerly Corvane chief executive, said on Monday that she would stand for the board.`,
			`Corvane said it would not comment on the vote.`},
			"Dana Lee", "", nil, []string{"Corvane"}},
		{"a body she once worked at, whole between commas", []string{
			`Dana Lee, formerly Corvane, now runs the Larkmoor plant on the coast.`,
			`Corvane said on Monday it would sell the plant by June.`},
			"Dana Lee", "", nil, []string{"Corvane"}},
		{"born in a place", []string{
			`Maren Tolvik, born in Harlow in 1961, said on Monday that the flood would reach the town by Wednesday.`,
			`Tolvik said the warning would stay in place until Friday.`},
			"Maren Tolvik", "", []string{"Harlow"}, nil},
		{"a father named by an honorific", []string{
			`Maren Tolvik, née Asberg, runs the farm above the Kestrel River with her two sons.`,
			`Her father, Mr Asberg, said the farm would be sold on Monday, and Mr Asberg told the bank the same.`},
			"Maren Tolvik", "", nil, []string{"Asberg"}},
		{"a doctor with a title and a role", []string{
			`Maren Tolvik, née Asberg, runs the farm above the Kestrel River with her two sons.`,
			`Dr Asberg, the family doctor, said he would retire in May, and Dr Asberg later closed the surgery.`},
			"Maren Tolvik", "", nil, []string{"Asberg"}},
		{"a relative with another given name", []string{
			`Maren Tolvik, née Asberg, said on Monday that the flood would reach the town by Wednesday.`,
			`Her brother, Karl Asberg, said the bridge would close on Tuesday, and Karl Asberg later ordered the boats moved.`},
			"Maren Tolvik", "", nil, []string{"Karl Asberg"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var names []string
			for _, a := range an.Actors {
				names = append(names, a.Name)
			}
			i := slices.Index(names, c.actor)
			if i < 0 {
				t.Fatalf("actor %q not listed: %q", c.actor, names)
			}
			if an.Actors[i].Kind != KindPerson {
				t.Errorf("%q is a %s, not a person", c.actor, an.Actors[i].Kind)
			}
			if c.alias != "" && !slices.Contains(an.Actors[i].Aliases, c.alias) {
				t.Errorf("%q not among %q's forms: %q", c.alias, c.actor, an.Actors[i].Aliases)
			}
			for _, n := range c.not {
				if slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(s, n) }) {
					t.Errorf("actor %q listed apart from %q: %q", n, c.actor, names)
				}
			}
			for _, k := range c.keep {
				if !slices.Contains(names, k) {
					t.Errorf("actor %q lost: %q", k, names)
				}
				if slices.Contains(an.Actors[i].Aliases, k) {
					t.Errorf("%q made a form of %q: %q", k, c.actor, an.Actors[i].Aliases)
				}
			}
		})
	}
}
