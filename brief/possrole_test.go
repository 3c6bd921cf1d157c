package brief

import (
	"strings"
	"testing"
)

// A title in the possessive before the role of someone else ("the Foreign
// Secretary's special envoy, Tom Rayner", "the mayor's chief of staff")
// names a person tied to the title's holder: it is no description of the
// person mentioned just before, who must not take the title as a role.
// Sentences written for the test.
func TestPossessiveTitleIsNoRoleOfThePersonBefore(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		who   string // the person mentioned before the possessive title
		not   string // a role that person must not take
	}{
		{"an envoy after an adjective", []string{
			`Maria Ellison met business leaders in Perth on Monday.`,
			`The Foreign Secretary's special envoy, Tom Rayner, said talks would resume in May.`},
			"Maria Ellison", "Foreign Secretary"},
		{"a chief of staff", []string{
			`Omar Haddad toured the flooded valley on Tuesday.`,
			`The governor's chief of staff said the state would pay for the repairs.`},
			"Omar Haddad", "governor"},
		{"a senior adviser", []string{
			`Lena Voss arrived in Oslo late on Sunday.`,
			`The president's senior economic adviser, Karl Brandt, told reporters the deal was close.`},
			"Lena Voss", "president"},
	}
	for _, tt := range tests {
		an := analyzeText(t, tt.paras...)
		for _, a := range an.Actors {
			if a.Name == tt.who && strings.Contains(strings.ToLower(a.Role), strings.ToLower(tt.not)) {
				t.Errorf("%s: %s takes the role %q", tt.name, a.Name, a.Role)
			}
		}
	}
}

// A title set off by a comma keeps the whole title it is tied to ("the
// Prime Minister's national security adviser, Ravi Menon", not "Minister's
// National Security Adviser") and "chief of staff". Sentences written for
// the test.
func TestPossessiveTitleBeforeCommaIsRead(t *testing.T) {
	tests := []struct {
		text, who, role string
	}{
		{`The roadshow was led by the Prime Minister's national security adviser, Ravi Menon, who met business leaders in Perth.`,
			"Ravi Menon", "prime minister's national security adviser"},
		{`The Prime Minister's chief of staff, Maria Ellison, said the plan would be published next week.`,
			"Maria Ellison", "prime minister's chief of staff"},
		{`The mayor's chief of staff, Omar Haddad, said the city would pay for the repairs.`,
			"Omar Haddad", "mayor's chief of staff"},
		{`The Foreign Secretary's special envoy, Tom Rayner, said talks would resume in May.`,
			"Tom Rayner", "foreign secretary's special envoy"},
	}
	for _, tt := range tests {
		an := analyzeText(t, tt.text)
		found := false
		for _, a := range an.Actors {
			if a.Name == tt.who {
				found = true
				if strings.ToLower(a.Role) != tt.role {
					t.Errorf("%q: %s has the role %q, want %q", tt.text, a.Name, a.Role, tt.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: no actor %s", tt.text, tt.who)
		}
	}
}
