package brief_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestSpeakerPronoun: a "he" or "she" opening the clause a verb of saying
// reports is that verb's named subject when the gender fits, whoever the
// sentence before named ("The council leader, Omar Haddad, said he…" is
// Haddad's, not the mayor's); "She said he…", "told him" and a subject
// the clause does not name are left to the usual reading.
func TestSpeakerPronoun(t *testing.T) {
	for _, c := range []struct {
		text    string
		parties []string // of the dispute the sentence gives
		others  []string // who may be a party of another dispute it gives
	}{
		{"Mayor Lena Frost opened the session on Monday. The council leader, Omar Haddad, said he rejected the developer's plan and accused Kestrel Homes of ignoring residents.",
			[]string{"Omar Haddad", "Kestrel Homes"}, nil},
		{"Governor Ruth Amadi spoke first. The transport secretary, Kofi Mensah, said he opposed the rail union's demands and criticised the Harbour Workers Union.",
			[]string{"Kofi Mensah", "Harbour Workers Union"}, []string{"rail union"}},
		{"Mayor Dan Ortega opened the meeting. Councillor Priya Nair says she rejects the Orbis Homes offer and accused Orbis Homes of bad faith.",
			[]string{"Priya Nair", "Orbis Homes"}, nil},
	} {
		an := brief.Analyze(brief.NewArticle("Council row", c.text))
		found := false
		for _, d := range an.Disputes {
			if slices.Equal(d.Parties, c.parties) {
				found = true
			}
			for _, p := range d.Parties {
				if !slices.Contains(c.parties, p) && !slices.Contains(c.others, p) {
					t.Errorf("%.50q: a dispute with %q, who is no party: %q", c.text, p, d.Parties)
				}
			}
		}
		if !found {
			var got []string
			for _, d := range an.Disputes {
				got = append(got, strings.Join(d.Parties, " vs "))
			}
			t.Errorf("%.50q: disputes %q, want %q", c.text, got, c.parties)
		}
	}
}
