package brief

import "testing"

// A business named by a place-like or made-up word and what it makes
// ("Keystone Atomic", "Orwell Batteries", "Brackley Fisheries") is an
// organisation, not a person. Sentences written for the test.
func TestMadeThingTradeNames(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
	}{
		{"Tarwin Atomic", []string{
			`Under the deal, Tarwin Atomic of Ohio will build two small reactors near the lake.`,
			`Analyst Priya Bhatt said Tarwin Atomic had won the contract on price.`}},
		{"Orwell Batteries", []string{
			`Orwell Batteries will cut 300 jobs at its plant in the north, the union said on Monday.`,
			`Regional mayor Dan Keel said the news was a blow to the town.`}},
		{"Brackley Fisheries", []string{
			`Brackley Fisheries was fined £40,000 for landing more cod than its quota allowed.`,
			`Inspector Ruth Gale said the firm had ignored three warnings.`}},
		{"Dunmere Packaging", []string{
			`The council signed a recycling deal with Dunmere Packaging on Thursday.`,
			`Dunmere Packaging said it would take the town's cardboard for ten years.`}},
	}
	for _, c := range cases {
		an := analyzeText(t, c.paras...)
		a := actorNamed(an, c.name)
		if a == nil || a.Kind != KindOrganization {
			t.Errorf("%q is no organisation; actors: %q", c.name, actorNames(an))
		}
	}
}
