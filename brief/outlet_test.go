package brief

import (
	"strings"
	"testing"
)

// The article's own outlet and authors report the story: they are no
// actors, and their own acts ("will update this story") are no items.
func TestOwnOutletAndAuthorsAreNotActors(t *testing.T) {
	text := strings.Join([]string{
		"Norvia Holdings said on Monday it would close its plant in Tarsby, and union leader Petra Lund vowed to fight the closure.",
		"Mira Tanaka, who reported from Tarsby for the Gazette, spoke to workers at the gates.",
		"The Harbour Gazette asked Norvia for comment and will update this story when the company replies.",
		"Workers at Tarsby Metals, a supplier, said they would join the protest on Friday.",
	}, "\n\n")
	cases := []struct {
		name, site, byline, title string
		not, are                  []string
	}{
		{"site name and byline", "The Harbour Gazette", "By Mira Tanaka and Joel Brandt", "Plant to close",
			[]string{"Harbour Gazette", "Mira Tanaka"}, []string{"Norvia Holdings", "Petra Lund"}},
		{"the title's closing tag", "", "", "Plant to close | Harbour Gazette",
			[]string{"Harbour Gazette"}, []string{"Norvia Holdings", "Petra Lund", "Mira Tanaka"}},
		{"a byline with an e-mail and a date", "harbourgazette.com", "Mira Tanaka | mtanaka@example.com March 3, 2025", "Plant to close",
			[]string{"Mira Tanaka"}, []string{"Norvia Holdings", "Petra Lund"}},
		// Without metadata the names are read as any other.
		{"no metadata", "", "", "Plant to close",
			nil, []string{"Norvia Holdings", "Petra Lund", "Mira Tanaka", "Harbour Gazette"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := NewArticle(c.title, Normalize(text))
			a.Site, a.Byline = c.site, c.byline
			an := Analyze(a)
			for _, n := range c.not {
				if x := actorNamed(an, n); x != nil {
					t.Errorf("%q listed as an actor (%s); actors: %q", n, x.Name, actorNames(an))
				}
				for _, cm := range an.Commitments {
					if strings.Contains(cm.Actor, n) {
						t.Errorf("commitment of the outlet or author: %+v", cm)
					}
				}
			}
			for _, n := range c.are {
				if actorNamed(an, n) == nil {
					t.Errorf("%q is not an actor; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}

func TestBylineParts(t *testing.T) {
	for b, want := range map[string]string{
		"By Gayatri Suroyo and Adriana Nina Kusuma":        "Gayatri Suroyo|Adriana Nina Kusuma",
		"Kyle Meinke | kmeinke@example.com":                "Kyle Meinke",
		"by Lucas Nolan22 Dec 2016651":                     "Lucas Nolan",
		"Matt Friedman | Harbour Media for Gazette.com":    "Matt Friedman|Harbour Media|Gazette.com",
		"David Ruiz, The Daily Lantern":                    "David Ruiz|The Daily Lantern",
		"April 28, 2019 at 6:01 am Updated April 29, 2019": "",
		"By GILLIAN ROSS March 11, 2015 3:46 PM":           "GILLIAN ROSS",
	} {
		if got := strings.Join(bylineParts(b), "|"); got != want {
			t.Errorf("bylineParts(%q) = %q, want %q", b, got, want)
		}
	}
}
