package page

import (
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// The sentences of this test are invented for it: a governor's office
// under investigation and a port levy in made-up places.
const countedBody = `Governor Elena Varsi, her deputy and three senior aides from the northern office are under investigation and are refusing to hand over their phones.
Mayor Tomas Brenn and several key allies on the council voted against the plan and are blocking its funding.
The port authority and two large exporters from the valley filed complaints in May and are resisting the new levy.
The Harrow ministry denies the charges and rejects the inspectors' findings.`

// TestCountedPluralIsNoVerb checks that a plural noun after a number or a
// quantifier ("three senior aides", "several key allies") is not read as
// the verb of a first predicate that shares its subject with the
// dispute's: the page never prints a subject cut inside its noun phrase
// ("… and three senior are refusing").
func TestCountedPluralIsNoVerb(t *testing.T) {
	cx := newClauseContext(&brief.Analysis{
		Articles: []*brief.Article{brief.NewArticle("Varsi aides under investigation", countedBody)},
		Actors: []brief.Actor{
			{Name: "Elena Varsi", Kind: brief.KindPerson, Role: "Governor", Aliases: []string{"Varsi"}},
			{Name: "Tomas Brenn", Kind: brief.KindPerson, Role: "Mayor", Aliases: []string{"Brenn"}},
			{Name: "port authority", Kind: brief.KindOrganization},
			{Name: "Harrow ministry", Kind: brief.KindOrganization},
		},
	})
	tests := []struct {
		party, cue, text string
		lost             []string // words the printed subject must not lose
		want             string   // the whole line, when it is known
	}{
		{"Elena Varsi", "refusing", strings.Split(countedBody, "\n")[0], []string{"aides"}, ""},
		{"Tomas Brenn", "blocking", strings.Split(countedBody, "\n")[1], []string{"allies"}, ""},
		{"port authority", "resisting", strings.Split(countedBody, "\n")[2], []string{"exporters"}, ""},
		// A verb in -s after a noun stays a verb: the short clause.
		{"Harrow ministry", "rejects", strings.Split(countedBody, "\n")[3], nil,
			"Harrow ministry — rejects the inspectors' findings"},
	}
	for _, tt := range tests {
		d := brief.Dispute{Parties: []string{tt.party}, Cue: tt.cue, Text: tt.text}
		got := disputeClause(d, maxItemWords, cx).String()
		if tt.want != "" && got != tt.want {
			t.Errorf("disputeClause(%q)\n = %q\nwant %q", tt.text, got, tt.want)
		}
		for _, w := range tt.lost {
			if !strings.Contains(got, w) {
				t.Errorf("disputeClause(%q)\n = %q\nlost %q from its subject", tt.text, got, w)
			}
		}
	}
}
