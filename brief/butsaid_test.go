package brief

import "testing"

// A verb of saying after "but" ("she accepted that money was short, but
// said that was “…”") goes on with the subject of the first verb, as after
// "and". Sentences written for the test.
func TestButSaidKeepsTheSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"accepted …, but said", []string{
			`Professor Ruth Okafor, an expert for the tenants, said the trust had ignored damp for years.`,
			`Under cross-examination she accepted that the trust had been short of money, but said that was “an explanation, never a defence”.`},
			"an explanation, never a defence", "Ruth Okafor"},
		{"conceded …, but insisted", []string{
			`Transport Secretary Colm Ferris faced questions about the Tarrow rail link on Monday.`,
			`He conceded that costs had risen, but insisted the line would be “worth every penny by 2035”.`},
			"worth every penny by 2035", "Colm Ferris"},
	})
}
