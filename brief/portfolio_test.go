package brief

import "testing"

// The field of a government office before a title ("Agriculture
// Commissioner", "Fisheries Minister") is part of the title, from the
// agent table's offices, never an organisation's name; a firm before a
// title ("Vantor CEO") still is one. Sentences written for the test.
func TestPortfolioBeforeTitleIsNoName(t *testing.T) {
	cases := []struct {
		title, role string
		body        string // an organisation that must be an actor; "" for none
	}{
		{"Agriculture Commissioner", "Agriculture Commissioner", ""},
		{"Fisheries Minister", "Fisheries Minister", ""},
		{"Tourism Minister", "Tourism Minister", ""},
		{"Irrigation Minister", "Irrigation Minister", ""},
		{"Vantor CEO", "Vantor CEO", "Vantor"},
	}
	for _, c := range cases {
		t.Run(c.title, func(t *testing.T) {
			an := analyzeText(t,
				`The rule, drawn up by `+c.title+` Ilse Vandermeer, would require every large farm to leave some land fallow.`,
				`Vandermeer refused to back down on Tuesday.`)
			p := actorNamed(an, "Ilse Vandermeer")
			if p == nil || p.Role != c.role {
				t.Fatalf("Ilse Vandermeer = %+v, want role %q; actors: %q", p, c.role, actorNames(an))
			}
			for _, a := range an.Actors {
				if a.Kind == KindOrganization && a.Name != c.body {
					t.Errorf("organisation %q from the title %q", a.Name, c.title)
				}
			}
			if c.body != "" && actorNamed(an, c.body) == nil {
				t.Errorf("no %q; actors: %q", c.body, actorNames(an))
			}
		})
	}
}
