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
		"By Ilse Varnholt and Teodora Mira Lukas":      "Ilse Varnholt|Teodora Mira Lukas",
		"Renzo Abaddi | rabaddi@example.com":           "Renzo Abaddi",
		"by Oskar Pellwin14 Feb 2021302":               "Oskar Pellwin",
		"Maren Solvik | Harbour Media for Gazette.com": "Maren Solvik|Harbour Media|Gazette.com",
		"David Ruiz, The Daily Lantern":                "David Ruiz|The Daily Lantern",
		"June 3, 2022 at 9:14 pm Updated June 4, 2022": "",
		"By HALVARD KEMPE October 2, 2018 11:20 AM":    "HALVARD KEMPE",
	} {
		if got := strings.Join(bylineParts(b), "|"); got != want {
			t.Errorf("bylineParts(%q) = %q, want %q", b, got, want)
		}
	}
}

// Outlets the article cites as sources are no actors; an outlet that is in
// the story (fined, bought, suing) is.
func TestSourceOutletsAreNoActors(t *testing.T) {
	an := analyzeText(t,
		"Corvane will cut 300 jobs at its Tana River plant, the Lamu Herald reported on Monday.",
		"Chief executive Joan Avery told the Kestrel Times that the cuts were painful, and in an interview with Orbis News she said the plant would stay open.",
		"The plan was first reported by Reuters.")
	for _, o := range []string{"Lamu Herald", "Kestrel Times", "Orbis News", "Reuters"} {
		if a := actorNamed(an, o); a != nil {
			t.Errorf("%s listed; it is only a source: %+v", o, *a)
		}
	}
	if actorNamed(an, "Corvane") == nil {
		t.Errorf("Corvane missing; actors: %q", actorNames(an))
	}
	an = analyzeText(t,
		"The Kestrel Times was fined £2m on Tuesday for hacking the phones of two ministers.",
		"The data regulator said the Kestrel Times had broken the law for a decade.")
	if actorNamed(an, "Kestrel Times") == nil {
		t.Errorf("the fined newspaper is an actor; actors: %q", actorNames(an))
	}
}
