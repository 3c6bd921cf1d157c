package brief

import (
	"strings"
	"testing"
)

// A product named by its maker's brand and a model word ("the Pellin Nova
// board", "the Tarn Mini", "the Lumo Yara", "the Sennet Air 3
// headphones"), which the article writes as a thing — "the" before it,
// or what only things do after it ("costs", "ships with", "is priced at",
// "is available in") — is no actor and no party, and the maker named on
// its own ("Pellin said…") stays the organisation, not the product. A
// body named after the brand that speaks or acts ("the Pellin board
// voted", "Harrow Foods said") stays an actor. Sentences written for the
// test.
func TestBrandProductsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a board that ships with memory", []string{
			`Pellin, the British chipmaker, said on Tuesday that the Pellin Nova board would go on sale in March.`,
			`The Pellin Nova board costs $45 and ships with 8GB of memory.`,
			`Pellin said it would make a million boards this year.`},
			map[string]ActorKind{"Pellin": KindOrganization}, []string{"Pellin Nova board", "Pellin Nova", "Nova board"}},
		{"a phone that supports charging, and a lawsuit", []string{
			`The Tarn Mini supports fast charging and is available in four colours, Tarn said on Monday.`,
			`Tarn sued Brevo Devices in a California court, accusing it of copying the Tarn Mini's hinge.`,
			`The Tarn Mini is priced at $499, and Tarn said it would open ten shops.`},
			nil, []string{"Tarn Mini"}},
		{"a board criticised, beside the maker's two companies", []string{
			`Lumo LLC and Lumo SRL have fought over the Lumo name for a year.`,
			`Lumo LLC worked with Lumo on the design of the Lumo Yara, which critics have faulted for its closed parts.`,
			`Lumo said it would publish the plans of the Lumo Yara in June.`},
			map[string]ActorKind{"Lumo LLC": KindOrganization}, []string{"Lumo Yara"}},
		{"headphones with a model number", []string{
			`The Sennet Air 3 headphones cost $199, and the Sennet Air 3 ships with a case.`,
			`Sennet said on Friday it would open stores in Paris and Berlin.`},
			map[string]ActorKind{"Sennet": KindOrganization}, []string{"Sennet Air"}},
		// Actors stay.
		{"a company named after its brand speaks and sues", []string{
			`Harrow Foods said on Monday it would sue Velmont over a recipe, and Harrow will ask for damages.`,
			`Harrow Foods chief executive Ana Lima said the case would be filed in May.`},
			map[string]ActorKind{"Harrow Foods": KindOrganization, "Ana Lima": KindPerson}, nil},
		{"the maker's board votes", []string{
			`The Pellin board voted on Monday to sell the factory, and the Pellin board agreed to pay a dividend.`,
			`Pellin said the sale would be finished by June.`},
			map[string]ActorKind{"Pellin": KindOrganization}, nil},
		{"an association named by a plural", []string{
			`The Publishers Association said on Monday it would back Tarn in its case against Brevo Devices.`,
			`"Copying hurts everyone," said its chair, Ruth Kale.`},
			map[string]ActorKind{"Publishers Association": KindOrganization, "Ruth Kale": KindPerson}, nil},
	})
	an := analyzeText(t, `Pellin, the British chipmaker, said on Tuesday that the Pellin Nova board would go on sale in March.`,
		`The Pellin Nova board costs $45. Publishers have complained that the Pellin Nova board is too cheap.`,
		`"We built it for schools," said Pellin chief executive Hana Voss.`)
	for _, x := range an.Disputes {
		for _, p := range x.Parties {
			if strings.Contains(p, "Nova") {
				t.Errorf("dispute %q has the product %q as a party", x.Text, p)
			}
		}
	}
	for _, q := range an.Quotes {
		if strings.Contains(q.Speaker, "Nova") {
			t.Errorf("quote %q credited to the product %q", q.Text, q.Speaker)
		}
	}
}

// Bodies named after a word the article also uses on its own, written
// "the X" and doing nothing a body is seen to do, stay actors: a society
// "of" a country, a ministry, a museum. Sentences written for the test.
func TestBrandBodiesStayActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a society of a country", []string{
			`Harlow was a painter who died in 1850.`,
			`The Harlow Society of England was founded in 1866, and the Harlow Society of England is now the oldest in Europe.`},
			map[string]ActorKind{"Harlow Society of England": KindOrganization}, nil},
		{"a ministry reviewing defences", []string{
			`Kessland is an island of 40,000 people.`,
			`The Kessland Ministry is in the process of reviewing the island's air defences, and the Kessland Ministry is buying six jets.`},
			map[string]ActorKind{"Kessland Ministry": KindOrganization}, nil},
		{"a museum with paintings", []string{
			`Varrow is a town of 9,000 people.`,
			`The Varrow Museum houses 4,000 paintings, and the Varrow Museum is buying more.`},
			map[string]ActorKind{"Varrow Museum": KindOrganization}, nil},
	})
}
