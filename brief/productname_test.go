package brief

import "testing"

// A model named after its maker ("the Harrow Wren" beside "Harrow
// Motors") is a product, listed as no actor, even where a sentence says
// what it will do ("will reach showrooms in May") or what it is ("the
// Wren is roomy"). Sentences written for the test.
func TestProductNamedAfterMaker(t *testing.T) {
	cases := []struct {
		paras []string
		not   []string
	}{
		{[]string{
			`Harrow Motors unveiled the Harrow Wren on Monday, a compact electric saloon priced at £24,000.`,
			`The company's chief executive, Dana Pell, said the first Harrow Wren would reach showrooms in May.`,
			`"It is the car our buyers asked for," Ms Pell said.`},
			[]string{"Harrow Wren", "Wren"}},
		{[]string{
			`Tarrow Engineering stopped selling the Tarrow Swift after riders reported cracked frames.`,
			`Independent testers found the Swift is light but fragile, and the Tarrow Swift was recalled in June.`,
			`Tarrow Engineering said it would refund every buyer.`},
			[]string{"Tarrow Swift", "Swift"}},
		{[]string{
			`Orlan Aviation delayed the Orlan Kestrel again on Wednesday, blaming a shortage of engines.`,
			`The Orlan Kestrel will carry 90 passengers and was meant to fly in 2025.`,
			`Orlan Aviation chief executive Marta Gil said the Kestrel will fly next year.`},
			[]string{"Orlan Kestrel", "Kestrel"}},
		{[]string{
			`Velmont Foods withdrew the Velmont Crunch from shops after a labelling error.`,
			`The Velmont Crunch was sold in four countries, and the Crunch is still on sale online.`,
			`Velmont Foods said no one had fallen ill.`},
			[]string{"Velmont Crunch", "Crunch"}},
	}
	for _, c := range cases {
		an := analyzeText(t, c.paras...)
		for _, f := range c.not {
			if a := actorNamed(an, f); a != nil {
				t.Errorf("%q listed as actor %q; actors: %q", f, a.Name, actorNames(an))
			}
		}
	}
}
