package brief

import "testing"

// An abbreviation's full stop inside a sentence ("on Dec. 14", "by Sept.
// 30", "St. Louis") ends no clause: the commitment's text keeps the words
// after it.
func TestCommitmentsAbbreviationInClause(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a month abbreviated", []string{
			"Talks broke down on Friday.",
			"Kelso Rail will close its Brakna depot after Transport Minister Ada Lund agreed to resume wage talks on Dec. 14 with the union."},
			"agreed to resume wage talks on Dec. 14 with the union", "Ada Lund", ""},
		{"a saint's town", []string{
			"Harlow Energy will open a plant in St. Louis by 2027, and Kelso Rail will build a depot in Dunmore."},
			"Harlow Energy will open a plant in St. Louis by 2027", "Harlow Energy", ""},
	})
}
