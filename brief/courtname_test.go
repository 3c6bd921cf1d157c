package brief

import "testing"

// A court named with its city ("the Lyon Court of Appeal", "the Nairobi
// High Court") is one actor under that name, even when the city is a
// capital that stands for its country elsewhere; a court of appeals named
// with its circuit ("the US Court of Appeals for the Ninth Circuit") is
// one actor, and the circuit named alone later is that court. Sentences
// written for the test.
func TestCourtNamedWithPlace(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		forms []string
		not   []string
	}{
		{"Paris Court of Appeal", []string{
			`The scooter firm Velocar said on Thursday it would take its case to the Paris Court of Appeal.`,
			`"We acted within the rules," said Odile Marchal, its chief executive.`},
			nil, []string{"Court of Appeal"}},
		{"Nairobi High Court", []string{
			`The Nairobi High Court froze the accounts of the Tarrow Grain Board on Monday.`,
			`Board chair Wanjiru Kamau said the order would delay payments to growers.`},
			nil, []string{"High Court"}},
		{"Berlin Regional Court", []string{
			`A tenants' group won its claim against the landlord Hausring at the Berlin Regional Court last week.`,
			`Hausring said it would study the ruling before deciding whether to appeal.`},
			nil, []string{"Regional Court"}},
		{"US Court of Appeals for the Ninth Circuit", []string{
			`A panel of the US Court of Appeals for the Ninth Circuit blocked the state's water rule on Tuesday.`,
			`Governor Anna Pike said the state would ask the full Ninth Circuit to hear the case again.`},
			[]string{"Ninth Circuit"}, []string{"US Court of Appeals"}},
		{"Court of Appeals for the Fifth Circuit", []string{
			`The Court of Appeals for the Fifth Circuit sided with the ranchers in their fight over grazing fees.`,
			`Mayor Tom Reyes said the city would ask the Fifth Circuit to look at the case again.`},
			[]string{"Fifth Circuit"}, nil},
	}
	for _, c := range cases {
		an := analyzeText(t, c.paras...)
		a := actorNamed(an, c.name)
		if a == nil || a.Name != c.name {
			t.Errorf("no actor %q; actors: %q", c.name, actorNames(an))
			continue
		}
		for _, f := range c.forms {
			if actorNamed(an, f) != a {
				t.Errorf("%q is not %q; actors: %q", f, c.name, actorNames(an))
			}
		}
		for _, f := range c.not {
			if b := actorNamed(an, f); b != nil && b.Name == f {
				t.Errorf("%q listed beside %q; actors: %q", f, c.name, actorNames(an))
			}
		}
	}
}
