package brief

import "testing"

// Names joined by an en dash with no space ("the Murray–Darling Basin")
// are one name of a place or a thing: no person named Murray takes part,
// while a body so named ("the Murray–Darling Basin Authority") stays one.
// Sentences written for the test.
func TestEnDashCompoundNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a river basin", []string{
			`Queensland has refused to sign a new Murray–Darling Basin agreement, Premier Ana Borg said.`,
			`Farmers along the Murray–Darling said the deal was unfair.`},
			map[string]ActorKind{"Ana Borg": KindPerson}, []string{"Murray", "Murray–Darling", "Murray–Darling Basin"}},
		{"a body named after it", []string{
			`The Murray–Darling Basin Authority said on Monday that the plan was sound.`,
			`Premier Ana Borg said she would study it.`},
			map[string]ActorKind{"Murray–Darling Basin Authority": KindOrganization}, nil},
	})
}
