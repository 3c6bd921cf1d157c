package brief

import "testing"

// A name whose last word is the head noun of a body ("Velmont Fishing
// Guild", "Velmora Embassy", "Tarn Valley Militia", "Dunmore Railway")
// is an organisation's, not a person's. A person whose surname is such a
// word, after a given name, stays a person. Sentences written for the test.
func TestBodyHeadNamesAreOrganisations(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a guild rejects a plan", []string{
			"The Velmont Fishing Guild rejected the new port plan on Monday.",
			"Velmont Fishing Guild said the plan would ruin the trade, and the Orlen Weavers Guild agreed."},
			map[string]ActorKind{"Velmont Fishing Guild": KindOrganization, "Orlen Weavers Guild": KindOrganization}, nil},
		{"an embassy protests", []string{
			"The Velmora Embassy said on Tuesday it would protest the arrest of two of its citizens in Harwick."},
			map[string]ActorKind{"Velmora Embassy": KindOrganization}, nil},
		{"a militia rejects a ceasefire", []string{
			"The Tarn Valley Militia rejected the ceasefire on Sunday and vowed to keep fighting."},
			map[string]ActorKind{"Tarn Valley Militia": KindOrganization}, nil},
		{"a railway and an orchestra", []string{
			"The Dunmore Railway promised on Friday to restore the night trains by June.",
			"The Tarn Orchestra said it would cancel its spring tour."},
			map[string]ActorKind{"Dunmore Railway": KindOrganization, "Tarn Orchestra": KindOrganization}, nil},
		{"a syndicate accused", []string{
			"Prosecutors in Harwick accused the Orlen Syndicate of fixing the grain price.",
			"The Orlen Syndicate denied the charge on Monday."},
			map[string]ActorKind{"Orlen Syndicate": KindOrganization}, nil},
		// Look-alikes.
		{"a person named Guild", []string{
			"Mayor Anna Guild said on Monday she would not run again.",
			"Guild has led the town since 2019."},
			map[string]ActorKind{"Anna Guild": KindPerson}, nil},
	})
}
