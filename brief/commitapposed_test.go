package brief

import "testing"

// A subject told by a description with the name set off after it ("The
// regulator, Ofwat, will rule on the levy next month") is the body named,
// never another body the description was taken for.
func TestCommitmentsApposedName(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"the regulator, named", []string{
			"Harlow Council approved a water plan on Monday.",
			"The regulator, Ofwat, will rule on the levy next month."},
			"will rule on the levy", "Ofwat", ""},
		{"the regulator, named, expected", []string{
			"Harlow Council approved a water plan on Monday.",
			"The regulator, Ofwat, is expected to rule on the levy next month."},
			"expected to rule on the levy", "Ofwat", ""},
		{"the operator, named", []string{
			"Harlow Council approved a ferry plan on Monday.",
			"The operator, Kestrel Lines, will run the route from June."},
			"will run the route", "Kestrel Lines", ""},
	})
}
