package brief

import "testing"

// A column's closing note about its writer ("Nina Vale writes about
// transport every Thursday.", "Owen Hart is a columnist for the Tarrow
// Herald.") is page furniture: the writer is no actor of the column.
// Sentences written for the test.
func TestColumnNote(t *testing.T) {
	body := []string{
		`Every year, Harwick Port Authority tells us the new terminal is nearly ready.`,
		`Its chair, Colin Mace, said in March that ships would dock there by June. They did not.`,
		`The authority now says it will open in 2027. That is a promise, not a plan.`,
	}
	notes := map[string]string{
		"Nina Vale":  `Nina Vale writes about transport every Thursday.`,
		"Owen Hart":  `Owen Hart is a columnist for the Tarrow Herald.`,
		"Leah Quinn": `Leah Quinn writes a weekly column on ports and shipping.`,
		"Sam Ortiz":  `Sam Ortiz is a contributing editor at Harbour Weekly.`,
	}
	for name, note := range notes {
		an := analyzeText(t, append(append([]string{}, body...), note)...)
		if a := actorNamed(an, name); a != nil {
			t.Errorf("%q, the column's writer, is actor %q; actors: %q", name, a.Name, actorNames(an))
		}
		if actorNamed(an, "Colin Mace") == nil {
			t.Errorf("Colin Mace is missing; actors: %q", actorNames(an))
		}
	}
}
