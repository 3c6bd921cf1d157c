package brief

import "testing"

// A capitalised name that ends in a trade word ("Dorvale Carriers",
// "Westbay Tankers", "Norhaven Logistics", "Orvex Holdings") is a
// business's, never a person's, even after a role noun that reads like a
// title ("tanker owner Dorvale Carriers", "rival Westbay Tankers").
// Sentences written for the test.
func TestTradeNamesAreBusinesses(t *testing.T) {
	checkKinds(t, []kindCase{
		{"an owner and a rival named by their trade", []string{
			`Tanker owner Dunmere Carriers said on Monday it would halt shipments through the strait.`,
			`Dunmere Carriers operates forty ships. Rival Eastholm Tankers also paused sailings on Tuesday.`,
			`Port director Anika Rasmussen said the harbour would stay open.`},
			map[string]ActorKind{"Dunmere Carriers": KindOrganization, "Eastholm Tankers": KindOrganization,
				"Anika Rasmussen": KindPerson}, nil},
		{"holdings and logistics after a person", []string{
			`Tomas Verlaine, chief executive of Kestrel Holdings, said the firm would buy two more vessels.`,
			`Kestrel Holdings shares rose 4% on Wednesday, and Brightwater Logistics said it would reroute cargo.`},
			map[string]ActorKind{"Kestrel Holdings": KindOrganization, "Brightwater Logistics": KindOrganization,
				"Tomas Verlaine": KindPerson}, []string{"Holdings"}},
	})
}
