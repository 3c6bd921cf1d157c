package brief

import "testing"

// A role in apposition keeps the ordinary words between its first title
// word and its head ("a senior Indonesian air-force officer"), not only
// the first title word ("Senior"). Sentences written for the test.
func TestRoleKeepsItsHead(t *testing.T) {
	an := analyzeText(t, `Hadi Marsono, a senior Indonesian air-force officer, said on Monday that the samples were being analysed.`,
		`Marsono said the search would go on for another week.`)
	a := actorNamed(an, "Hadi Marsono")
	if a == nil {
		t.Fatalf("no actor Hadi Marsono; actors: %q", actorNames(an))
	}
	if a.Role != "Senior Indonesian air-force officer" {
		t.Errorf("role %q, want %q", a.Role, "Senior Indonesian air-force officer")
	}
}

// After a connector the words lead to the place of the role, not its
// head: "senior analyst at industry analyst Redfern" keeps "Senior
// analyst". Sentences written for the test.
func TestRoleStopsAtConnector(t *testing.T) {
	an := analyzeText(t, `Rachel Moss, senior analyst at industry analyst Redfern, said on Monday that the merger would cut costs.`,
		`Moss said the deal would close in March.`)
	a := actorNamed(an, "Rachel Moss")
	if a == nil {
		t.Fatalf("no actor Rachel Moss; actors: %q", actorNames(an))
	}
	if a.Role != "Senior analyst" {
		t.Errorf("role %q, want %q", a.Role, "Senior analyst")
	}
}
