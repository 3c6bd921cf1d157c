package brief

import (
	"slices"
	"strings"
	"testing"
)

// A person who speaks as a body's spokesperson is tied to that body when
// the article says so: in the role before the name, in an apposition after
// it, or, for a role that names no body, by the body the sentences just
// before have as their subject. A role that names a body the article does
// not name ("union spokesman"), a person's spokesman, or a member who is no
// spokesperson ties the person to no one. Sentences written for the test.
func TestSpokesBody(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		person string
		body   string // "" for none
	}{
		{"body and press secretary before the name", []string{
			`White House press secretary Dana Osei said the president would veto the harbor bill.`},
			"Dana Osei", "White House"},
		{"body and spokesman before the name", []string{
			`Velmar Energy spokesman Ilya Markov told reporters the pipeline would reopen in March.`},
			"Ilya Markov", "Velmar Energy"},
		{"spokeswoman for the body, after the name", []string{
			`Dana Osei, a spokeswoman for the Port Authority, said the terminal would reopen on Monday.`},
			"Dana Osei", "Port Authority"},
		{"the body's spokesman, after the name", []string{
			`Tomas Brenner, the Finance Ministry's spokesman, said the levy would stay.`},
			"Tomas Brenner", "Finance Ministry"},
		{"the body's press secretary, after the name", []string{
			`Dana Osei, the White House press secretary, said the president had not been told.`},
			"Dana Osei", "White House"},
		{"a spokeswoman for the body, then the name", []string{
			`A spokeswoman for the Tarsk City Council, Lena Hartwig, said the bridge would stay closed.`},
			"Lena Hartwig", "Tarsk City Council"},
		{"bare role after the body's statement", []string{
			`The Harbour Board rejected the dredging plan on Monday. Press secretary Dana Osei said the board would not reconsider it this year.`},
			"Dana Osei", "Harbour Board"},
		{"bare role in an apposition", []string{
			`Orvane Rail cancelled all night trains on Friday. Tom Reyes, a spokesman, said the trains would return in May.`},
			"Tom Reyes", "Orvane Rail"},
		// No body.
		{"a body the article does not name", []string{
			`Acme Foods said its profits fell by a third. Union spokesman Tom Reyes said the workers would strike.`},
			"Tom Reyes", ""},
		{"a person's spokesman", []string{
			`Acme Foods said its profits fell by a third. Dana Osei, a spokeswoman for Senator Owen Pike, said he would call for an inquiry.`},
			"Dana Osei", ""},
		{"a member, no spokesperson", []string{
			`The Harbour Board met on Monday. Dana Osei, a board member, said the plan was too costly.`},
			"Dana Osei", ""},
		{"her spokesman", []string{
			`Velmar Energy raised its prices. Mayor Lena Hartwig criticised the rise. Her spokesman, Tom Reyes, said she would write to the company.`},
			"Tom Reyes", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := docOf(t, c.paras...)
			p := slices.IndexFunc(d.ents, func(e *entity) bool { return e.name == c.person })
			if p < 0 {
				t.Fatalf("no person %q", c.person)
			}
			got := ""
			if b := d.spokesBody(p); b >= 0 {
				got = d.ents[b].name
			}
			if got != c.body {
				t.Errorf("%s speaks for %q, want %q", c.person, got, c.body)
			}
		})
	}
}

// A body that speaks through its spokesperson ranks with the statements
// made in its name: above actors named as often that say less. Sentences
// written for the test.
func TestSpokespersonBodyRanks(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		body  string
		above []string
	}{
		{"press secretary after the body's condemnation", []string{
			`The Senate rejected the Harbor Safety Act on Tuesday by a vote of 52-48. Senator Owen Pike, who wrote the bill, said he would bring it back in the autumn.`,
			`The White House condemned the vote. Press secretary Dana Osei said the senators had "chosen the shipping lobby over the workers," and she said the president would keep pushing for the bill.`,
			`"The president will not give up on this," Osei told reporters. "He has been clear from the start."`,
			`Senator Ruth Calder, a Republican, said the bill was too costly.`},
			"White House", []string{"Owen Pike", "Ruth Calder"}},
		{"a spokeswoman for the body", []string{
			`Dana Osei, a spokeswoman for the Port Authority, said the terminal would reopen on Monday. "The damage was smaller than we feared," Osei said.`,
			`Union leader Tomas Brenner said workers would not return until the cranes were inspected. Mayor Lena Hartwig backed the union.`},
			"Port Authority", []string{"Tomas Brenner", "Lena Hartwig"}},
		{"an unnamed spokeswoman for the body", []string{
			`Three rural clinics will close next year, a spokeswoman for the Health Ministry said on Friday.`,
			`"We cannot staff them safely," the spokeswoman said. "Patients will be sent to the regional hospital in Orvik."`,
			`"Nobody will lose care," the spokeswoman added.`,
			`Dr Hana Lind, who runs the Orvik hospital, said she had not been consulted. Lind said the hospital had no spare beds.`},
			"Health Ministry", []string{"Hana Lind"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			rank := func(name string) int {
				return slices.IndexFunc(an.Actors, func(a Actor) bool { return a.Name == name })
			}
			b := rank(c.body)
			if b < 0 {
				t.Fatalf("no actor %q; actors: %q", c.body, actorNames(an))
			}
			for _, o := range c.above {
				if r := rank(o); r >= 0 && r < b {
					t.Errorf("%q ranks above %q; actors: %q", o, c.body, actorNames(an))
				}
			}
		})
	}
}

// A press secretary's role is read whole, not as "Secretary", which would
// print as a cabinet title: before the name, at the start of a sentence and
// in an apposition. Sentences written for the test.
func TestPressSecretaryRole(t *testing.T) {
	cases := []struct{ text, role string }{
		{`The White House condemned the vote. Press secretary Dana Osei said the senators had erred.`, "Press secretary"},
		{`White House press secretary Dana Osei said the senators had erred.`, "press secretary"},
		{`Dana Osei, the White House press secretary, said the senators had erred.`, "White House press secretary"},
		{`Secretary Dana Osei said the department would appeal.`, "Secretary"},
	}
	for _, c := range cases {
		an := analyzeText(t, c.text)
		a := actorNamed(an, "Dana Osei")
		if a == nil {
			t.Errorf("%s: no actor Dana Osei; actors: %q", c.text, actorNames(an))
			continue
		}
		if !strings.EqualFold(a.Role, c.role) {
			t.Errorf("%s: role %q, want %q", c.text, a.Role, c.role)
		}
	}
}

// An unnamed spokesperson's quotes are the body's that the nearest
// spokesperson's role names; one whose role names no body the article
// names is no one's. Sentences written for the test.
func TestUnnamedSpokesBody(t *testing.T) {
	cases := []struct {
		paras []string
		body  string
	}{
		{[]string{`Three rural clinics will close next year, a spokeswoman for the Health Ministry said on Friday.`,
			`"We cannot staff them safely," the spokeswoman said.`}, "Health Ministry"},
		{[]string{`Acme Foods cut wages by a tenth on Monday. A union spokesman said the strike would go on.`,
			`"We will not give in," the spokesman said.`}, ""},
	}
	for _, c := range cases {
		d := docOf(t, c.paras...)
		got := ""
		for _, q := range d.quoteItems {
			if b := d.unnamedSpokesBody(q.sent); b >= 0 {
				got = d.ents[b].name
			}
		}
		if got != c.body {
			t.Errorf("%q: the spokesperson speaks for %q, want %q", c.paras, got, c.body)
		}
	}
}
