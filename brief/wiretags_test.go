package brief

import (
	"strings"
	"testing"
)

// American wire copy writes a lawmaker's party and state after the name,
// between commas or in brackets: "Sen. Ruth Calder, R-Okla.,", "Rep. Tom
// Ivey (D-Minn.)", "R-Texas", "D-N.Y.", "I-Vt.", "R-W.Va.", "D-CA". The
// tag is the person's party and state, never a name of its own: no actor,
// no party to a dispute, no one who commits. Sentences written for the
// test.
func TestPartyStateTagsAreNoActors(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		tags   []string // no actor, commitment actor or dispute party by these names
		actors []string // actors that must stay
	}{
		{"between commas, before the verb", []string{
			`The Clean Wells Act, written by Sen. Marcus Hale, D-Minn., would give grants to counties with dry wells.`,
			`Hale said on Tuesday that he would bring it to a vote before the recess.`},
			[]string{"D-Minn", "D-Minn."}, []string{"Marcus Hale"}},
		{"a list of senators with unabbreviated states", []string{
			`The two Republicans who broke ranks were Sen. Peter Lund, R-Maine, and Sen. Alma Boyd, R-Alaska.`,
			`Rep. Tom Brand, R-Texas, who chairs the transport panel, said he would not take up the bill.`},
			[]string{"R-Maine", "R-Alaska", "R-Texas"}, []string{"Peter Lund", "Alma Boyd", "Tom Brand"}},
		{"dotted states and postal codes", []string{
			`Sen. Owen Pike, D-N.Y., and Sen. Nora Vance, R-W.Va., voted against the pipeline permit on Monday.`,
			`Rep. Nia Cross, D-CA, and Rep. Ed Pryor, R-TX, accused the agency of ignoring farmers.`,
			`Sen. Abel Marsh, I-Vt., said he would vote for it.`},
			[]string{"D-N.Y.", "D-N.Y", "R-W.Va", "D-CA", "R-TX", "I-Vt"}, []string{"Owen Pike", "Nora Vance", "Nia Cross", "Ed Pryor", "Abel Marsh"}},
		{"in brackets", []string{
			`Rep. Lena Moss (D-Ohio) praised the plan, while Rep. Carl Dunn (R-Fla.) said he would fight it.`},
			[]string{"D-Ohio", "R-Fla"}, []string{"Lena Moss", "Carl Dunn"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.tags {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
				}
				for _, cm := range an.Commitments {
					if strings.EqualFold(cm.Actor, n) {
						t.Errorf("commitment by %q: %q", n, cm.Text)
					}
				}
				for _, dp := range an.Disputes {
					for _, p := range dp.Parties {
						if strings.EqualFold(p, n) {
							t.Errorf("dispute party %q: %q", n, dp.Text)
						}
					}
				}
			}
			for _, n := range c.actors {
				if actorNamed(an, n) == nil {
					t.Errorf("no actor %q; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}
