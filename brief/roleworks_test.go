package brief

import (
	"strings"
	"testing"
)

// A capitalised role word before a single capitalised word most often
// opens the name of a work or a term ("Star Wars", "Student Survival"), not
// a role and a surname: a role that describes (descriptiveRoles) needs a
// full name, and a form of address after an article a name the article has
// given. Sentences written for the test.
func TestRoleWordsInNamesOfWorks(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		not   []string // no person actor by these names
	}{
		{"a film series", []string{
			"Cinemas in Leeds sold out of tickets for the new Star Wars film on Friday.",
			"The manager of the Orion cinema said queues began at dawn."},
			[]string{"Wars", "Star Wars"}},
		{"a guide after a possessive", []string{
			"The university's Student Survival guide was published on Monday, said Anna Kowalski, the dean of students.",
			"“We want every new student to read it,” she said."},
			[]string{"Survival", "Student Survival"}},
		{"a trophy and a handbook", []string{
			"The Host Nation trophy went on display in the town hall, beside the Player Handbook the club printed in 1950.",
			"Officials said the display would stay open until June."},
			[]string{"Nation", "Handbook"}},
		{"a term after an article", []string{
			"The shop in Bristol sold out of decks after a video explained the Major Arcana cards.",
			"Its owner said sales had tripled since March."},
			[]string{"Arcana", "Major Arcana"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil && a.Kind == KindPerson {
					t.Errorf("%q read as a person (%s, role %q); actors: %q", n, a.Name, a.Role, actorNames(an))
				}
			}
			for _, q := range an.Quotes {
				for _, n := range c.not {
					if strings.EqualFold(q.Speaker, n) {
						t.Errorf("quote %q given to %q", q.Text, q.Speaker)
					}
				}
			}
		})
	}
}

// Forms of address before a surname, and describing roles before a full
// name or a surname given in full before, still name people.
func TestRoleWordsBeforePeople(t *testing.T) {
	cases := []struct {
		name        string
		paras       []string
		person      string
		role, alias string
	}{
		{"a form of address before a surname", []string{
			"Mayor Whitlock said on Monday that the budget was balanced, and Detective Ruiz closed the inquiry."},
			"Whitlock", "Mayor", ""},
		{"a describing role before a full name", []string{
			"Student Ana Ruiz, 19, organised the sit-in at the library on Tuesday."},
			"Ana Ruiz", "Student", ""},
		{"a describing role before a surname given in full", []string{
			"The actor Tomas Varga said he would return to the stage in May.",
			"Audiences loved actor Varga in the last season, the theatre said."},
			"Tomas Varga", "Actor", "Varga"},
		{"an address after an article, for a person named before", []string{
			"Detective Okonjo reopened the harbour case on Sunday.",
			"“The ledger was hidden under a floorboard,” the Detective Okonjo told the court."},
			"Okonjo", "Detective", ""},
		{"an abbreviated title", []string{
			"Sen. Marsh and Gov. Hale met in the capital on Friday to discuss the budget."},
			"Marsh", "Sen.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			a := actorNamed(an, c.person)
			if a == nil || a.Kind != KindPerson {
				t.Fatalf("no person %q; actors: %q", c.person, actorNames(an))
			}
			if !strings.EqualFold(a.Role, c.role) {
				t.Errorf("role %q, want %q", a.Role, c.role)
			}
			if c.alias != "" && actorNamed(an, c.alias) != a {
				t.Errorf("%q is not a form of %s; actors: %q", c.alias, a.Name, actorNames(an))
			}
		})
	}
}
