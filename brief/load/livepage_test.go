package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestLivePages loads live pages (rolling coverage) written in the shapes
// news sites use (entries as <div class="entry">, <li class="block"> and
// <section>, each with a <time> stamp, its writer and a heading) and checks
// that the stamps and headings give no actor, quote or item, and that an
// entry's opening quote is not credited to the speaker of the entry before,
// while the entries' own quotes and items stay.
func TestLivePages(t *testing.T) {
	for _, tc := range []struct {
		file string
		// writers are named only in entries' stamps.
		writers []string
		// headings are entry headings: no item or quote from them.
		headings []string
		// opening is an entry's opening quote, whose speaker the page does
		// not name; before is the speaker of the entry before it.
		opening, before string
		// quotes are the entries' own quotes and their speakers.
		quotes map[string]string
		// commits are actors with a commitment in an entry's body.
		commits []string
	}{
		{
			file:     "live-entries.html",
			writers:  []string{"Ravi Lindgren", "Hannah Ostrowski"},
			headings: []string{"Council leader orders review of tram contract", "We were never told the depot was closing", "Linea Transit rejects union’s claims", "Union blames council for walkout", "Shoppers stranded"},
			opening:  "I have been standing here for an hour", before: "Orla Penhaligon",
			quotes:  map[string]string{"The offer on the table is a fair one": "Orla Penhaligon", "Our members did not want to strike": "Callum Yeboah"},
			commits: []string{"Gideon Farrant"},
		},
		{
			file:     "live-blocks.html",
			writers:  []string{"Dana Whitcombe", "Tomas Reinholt"},
			headings: []string{"Governor promises emergency fund", "We warned them about that levee for years", "County engineer defends inspections", "Sheriff calls on residents"},
			opening:  "If you do not need to be on that road", before: "Felix Amundsen",
			quotes: map[string]string{"Nobody who lost a home this week": "Maribel Ostrander", "The structure was sound when we looked at it": "Felix Amundsen"},
		},
		{
			file:     "live-sections.html",
			writers:  []string{"Lucy Abernathy", "Martin Quayle"},
			headings: []string{"Opposition promises to vote against the budget", "A fair deal for working families", "Economists question growth forecast", "Unions reject public sector pay offer"},
			opening:  "We cannot accept another year", before: "Anneke Vos",
			quotes:  map[string]string{"This is a budget for the few": "Ivor Castellane", "The numbers only add up": "Anneke Vos"},
			commits: []string{"Harriet Wren"},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "pages", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(tc.file, data, FormatHTML)
			if err != nil {
				t.Fatal(err)
			}
			an := brief.Analyze(a)
			for _, ac := range an.Actors {
				for _, w := range tc.writers {
					if strings.Contains(ac.Name, w) {
						t.Errorf("the writer %q of an entry's stamp is an actor: %+v", w, ac)
					}
				}
				for _, h := range tc.headings {
					if first := strings.Fields(h)[0]; ac.Name == first {
						t.Errorf("the first word of the heading %q is an actor: %+v", h, ac)
					}
				}
			}
			for _, h := range tc.headings {
				for _, q := range an.Quotes {
					if strings.Contains(h, q.Text) || strings.Contains(q.Text, h) {
						t.Errorf("the heading %q gives a quote: %+v", h, q)
					}
				}
				for _, c := range an.Commitments {
					if strings.Contains(c.Text, h) {
						t.Errorf("the heading %q gives a commitment: %+v", h, c)
					}
				}
				for _, d := range an.Disputes {
					if strings.Contains(d.Text, h) {
						t.Errorf("the heading %q gives a dispute: %+v", h, d)
					}
				}
			}
			found := false
			for _, q := range an.Quotes {
				if strings.HasPrefix(q.Text, tc.opening) {
					found = true
					if q.Speaker == tc.before {
						t.Errorf("an entry's opening quote is credited to %s, of the entry before: %+v", tc.before, q)
					}
				}
				for _, s := range tc.writers {
					if q.Speaker == s {
						t.Errorf("a quote credited to the writer %s: %+v", s, q)
					}
				}
			}
			if !found {
				t.Errorf("the quote %q… is missing: %+v", tc.opening, an.Quotes)
			}
			for text, speaker := range tc.quotes {
				ok := false
				for _, q := range an.Quotes {
					ok = ok || strings.HasPrefix(q.Text, text) && q.Speaker == speaker
				}
				if !ok {
					t.Errorf("no quote %q… of %s: %+v", text, speaker, an.Quotes)
				}
			}
			for _, actor := range tc.commits {
				ok := false
				for _, c := range an.Commitments {
					ok = ok || c.Actor == actor
				}
				if !ok {
					t.Errorf("no commitment of %s: %+v", actor, an.Commitments)
				}
			}
		})
	}
}
