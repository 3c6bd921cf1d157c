package brief

import (
	"strings"
	"testing"
)

// A commitment in a relative clause on a noun after the main verb ("The
// council hired Corran Estates, which has promised to finish the flats")
// is the antecedent's: its text starts at the antecedent, so it does not
// read as the main clause's act ("the council hired") under another
// actor's name.
func TestCommitmentsRelativeOnObject(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		words   string
		actor   string
		notText string // what the item's text must not hold
	}{
		{"a promise after a past verb", []string{"Dunmore City Council met on Tuesday.",
			"The council hired Corran Estates, which has promised to finish the flats by 2027."},
			"promised to finish the flats", "Corran Estates", "council hired"},
		{"due to, after an apposition", []string{"Kelso County Council approved the budget on Tuesday.",
			"The council will hire a contractor, Dunmore Builders, which is due to start work on the bridge in June."},
			"due to start work", "Dunmore Builders", "will hire"},
		{"due to, after a bracketed short form", []string{"The energy ministers of Peru, Ecuador and Colombia signed a pact in Quito on Monday.",
			"Under it, the three governments will set up a joint agency, the Andean Grid Office (AGO), which is due to open in Lima in March."},
			"due to open in Lima", "Andean Grid Office", "will set up"},
		{"set to, in a reported clause", []string{"Tomas Brandt, the chief executive of Kestrel Mining, spoke in Dunmore on Monday.",
			"Mr Brandt said the firm would sign a deal with Orvik Systems, which is set to supply the software for the mine."},
			"set to supply the software", "Orvik Systems", "would sign"},
		{"pledged to, after a preposition's object", []string{"Velaro Airlines announced a new route on Friday.",
			"The airline signed a lease with Halden Holdings, which pledged to deliver two jets by May."},
			"pledged to deliver two jets", "Halden Holdings", "signed a lease"},
		{"has agreed to, after a present verb", []string{"Harlan Energy owns the Sorrel gas field.",
			"Harlan sells the gas to Kestrel Mining, which has agreed to buy two million tonnes a year until 2030."},
			"agreed to buy two million tonnes", "Kestrel Mining", "Harlan sells"},
		{"who will, after a past verb", []string{"Premier Joao Matos met union leaders on Friday.",
			"Mr Matos named a mediator, Judge Ana Ruiz, who has promised to report to both sides by March."},
			"promised to report to both sides", "Ana Ruiz", "named a mediator"},
		{"is scheduled to, after an auxiliary", []string{"The Kelso Port Authority chose a builder for the new quay on Monday.",
			"The authority has picked Orrin Marine, which is scheduled to begin dredging the harbour in April."},
			"scheduled to begin dredging", "Orrin Marine", "has picked"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
			if got == nil {
				t.Fatalf("no commitment with %q in %+v", c.words, an.Commitments)
			}
			if !strings.Contains(got.Actor, c.actor) {
				t.Errorf("actor = %q, want %q", got.Actor, c.actor)
			}
			if strings.Contains(got.Text, c.notText) {
				t.Errorf("text = %q, holds %q", got.Text, c.notText)
			}
		})
	}
}
