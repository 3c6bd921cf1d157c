package brief

import "testing"

// A charge that a deed led to is brought by whoever charges, not by the
// ones who did the deed: in "Velta troops and their militia allies burned
// villages, leading to charges against Tomas Kiro" the troops and their
// allies are no side against Kiro.
func TestDisputeChargeCausedByDeed(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"leading to charges against", []string{
			"Velta troops and their militia allies burned villages in 2004, leading to war crimes charges at the Special Court against the rebel leader Tomas Kiro."},
			"charges", []string{"Tomas Kiro"}, []string{"allies", "troops"}, ""},
		{"one of a list a deed led to", []string{
			"Velta troops and their militia allies burned villages in 2004, leading to protests around the world, war crimes charges at the Special Court against the rebel leader Tomas Kiro, and new sanctions."},
			"charges", []string{"Tomas Kiro"}, []string{"allies", "troops"}, ""},
		{"prompting charges against", []string{
			"Rebel fighters and their allies shelled the town of Dorvik, prompting charges against their commander, Ivo Brandt."},
			"charges", []string{}, []string{"allies", "fighters", "Dorvik"}, ""},
	})
}
