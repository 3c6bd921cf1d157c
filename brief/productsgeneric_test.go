package brief

import "testing"

// The tail word of a product's name ("Pro" in "Kalyx 9 Pro") is no actor,
// nor is the bare plural of a role's acronym ("CEOs", "CFOs"): a kind of
// people. "CEOs from the three big banks" (set apart, see
// TestCommitments), a person named Max and a company stay. Sentences
// written for the test.
func TestProductTailsAndRoleAcronymsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a phone's model word", []string{
			`The Kalyx 9 Pro phone sold out within an hour on Friday.`,
			`The Kalyx 9 Pro will ship in May, Kalyx said, and the Kalyx 9 Pro costs more than last year's model.`,
			`Rival Brenlo sold the KX4 Pro last year; the KX4 Pro had a smaller screen.`},
			map[string]ActorKind{"Kalyx": KindOrganization}, []string{"Pro"}},
		{"chief executives as a kind", []string{
			`The central bank of Veloria raised its main rate to 6% on Thursday.`,
			`Many CEOs fear the rise will slow lending, and CEOs have warned of job cuts. CFOs expect fewer loans.`,
			`Governor Ilse Marrow said the bank would act again if prices kept rising.`},
			map[string]ActorKind{"Ilse Marrow": KindPerson}, []string{"CEOs", "CFOs"}},
		{"a person named Max stays", []string{
			`Max Dornier, the head of the dockers' union, said on Monday the strike would go on.`,
			`Dornier said the port owed his members three months of pay.`},
			map[string]ActorKind{"Max Dornier": KindPerson}, nil},
	})
}
