package brief

import "testing"

// A body named "of the" and a country ("the Export Credit Bank of the
// Philippines", "the Grain Board of the United Kingdom") keeps the country
// in its name, as "Bank of Ghana" does: one actor with its bracketed
// acronym and its description, and no country actor made of its name's
// tail. Sentences written for the test.
func TestBodyOfTheCountry(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		forms []string // every form must name one and the same actor
		not   []string // no actor by these names
	}{
		{"a bank with its acronym in brackets", []string{
			`The Korvath Trade Bank of the United States (KTBUS) agreed on Monday to lend $300 million to the Harbor Renewal Fund.`,
			`KTBUS said the loan would be repaid within twelve years.`},
			[]string{"Korvath Trade Bank of the United States", "KTBUS"}, []string{"Korvath Trade Bank", "United States"}},
		{"a board, then the board", []string{
			`The Grain Marketing Board of the Philippines agreed to buy the whole rice harvest from the northern provinces.`,
			`The board said the price would be fixed by March.`},
			[]string{"Grain Marketing Board of the Philippines"}, []string{"Grain Marketing Board", "Philippines"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			first := actorNamed(an, c.forms[0])
			if first == nil {
				t.Fatalf("no actor %q; actors: %q", c.forms[0], actorNames(an))
			}
			if first.Kind != KindOrganization {
				t.Errorf("%s: kind %q, want organization", first.Name, first.Kind)
			}
			for _, f := range c.forms[1:] {
				if a := actorNamed(an, f); a == nil || a.Name != first.Name {
					t.Errorf("form %q is not merged into %q; actors: %q", f, first.Name, actorNames(an))
				}
			}
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil && a.Name != first.Name {
					t.Errorf("%q is an actor of its own; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}
