package brief

import (
	"strings"
	"testing"
)

// A reporter told by a bare word of office ("a spokesman for the Kent
// fire service said", "the official added") with no body found for it is
// no actor to print: "spokesman" or "the official" credited with a plan
// tells the reader nothing, and the plan is often another body's. A
// qualified one ("a senior administration official") is left as it was.
func TestCommitmentsBareSpokesActor(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		words string
	}{
		{"a spokesman for another service", []string{
			"A lorry hit a bus on the A2 on Monday.",
			"Police will investigate the crash, a spokesman for the Kent fire service said."},
			"will investigate the crash"},
		{"the official added", []string{
			"A senior official at the Velmark finance ministry spoke on condition of anonymity.",
			"Finance Minister Paul Okafor is scheduled to present a new budget on March 3, and any pay deal is set to be folded into it, the official added."},
			"folded into"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, x := range an.Commitments {
				if !strings.Contains(x.Text, c.words) {
					continue
				}
				switch strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(x.Actor, "the "), "a ")) {
				case "spokesman", "official", "the official", "spokeswoman", "spokesperson":
					t.Errorf("a bare word of office as actor: %+v", x)
				}
			}
		})
	}
}
