package brief

import (
	"strings"
	"testing"
)

// A bare plural of people opening a sentence ("Mediators said…",
// "Auditors found…", "Inspectors will return…", "Spokesmen for the union
// declined…") is a group the sentence does not name: no person actor, no
// quote's speaker named as a person, and not the speaker of the sentence
// before either — what the group says or plans is dropped or left
// unattributed, never credited to the last one who spoke. Sentences
// written for the test.
func TestBarePluralOpeningIsNoPerson(t *testing.T) {
	const lead = "Velmora's foreign minister, Anika Drosdova, said on Tuesday that her government wanted a deal on the Kessel river before winter."
	for _, c := range []struct {
		name  string
		paras []string
		group string // the plural that opens the sentence
		words string // words of a quote or commitment of the group's sentence
	}{
		{"mediators said talks would resume", []string{lead,
			"Drosdova said her government would present a new map. Mediators said the talks would resume next week."},
			"Mediators", "talks would resume"},
		{"mediators quoted after a colon", []string{lead,
			"\u201cWe will not give up the valley,\u201d Drosdova said. Mediators said: \u201cBoth sides are closer than they think.\u201d"},
			"Mediators", "closer than they think"},
		{"negotiators quoted after a colon", []string{lead,
			"\u201cWe will not give up the valley,\u201d Drosdova said. Negotiators said: \u201cThe gap on quotas is narrow.\u201d"},
			"Negotiators", "gap on quotas"},
		{"mediators set off by a relative clause", []string{lead,
			"\u201cWe will not give up the valley,\u201d Drosdova said. Mediators, who met both delegations on Monday, said: \u201cThe gap on fishing is narrow.\u201d"},
			"Mediators", "gap on fishing"},
		{"observers quoted after a colon", []string{lead,
			"\u201cWe will not give up the valley,\u201d Drosdova said. Observers said: \u201cThe vote was calm.\u201d"},
			"Observers", "vote was calm"},
		{"said mediators, inverted", []string{lead,
			"\u201cWe will not give up the valley,\u201d Drosdova said. \u201cBoth sides are closer than they think,\u201d said mediators."},
			"mediators", "closer than they think"},
		{"they of mediators named the sentence before", []string{lead,
			"Drosdova said the plan was fair. Mediators met both delegations on Sunday. They said the talks would resume on Monday.",
			"\u201cWe will not give up the valley,\u201d Drosdova said. Mediators met both delegations on Sunday. \u201cThe gap is narrow,\u201d they said."},
			"Mediators", "gap is narrow"},
		{"they said talks would resume, of mediators", []string{lead,
			"Drosdova said the plan was fair. Mediators met both delegations on Sunday. They said the talks would resume on Monday."},
			"Mediators", "resume on Monday"},
		{"auditors found", []string{lead,
			"Drosdova said the ministry would publish its accounts. Auditors found that the ministry had overspent by four million crowns."},
			"Auditors", "overspent"},
		{"auditors said they would return", []string{lead,
			"Drosdova said the ministry would publish its accounts. Auditors said they would return in March to check the books."},
			"Auditors", "return in March"},
		{"inspectors will return", []string{lead,
			"Drosdova said the crossing points would stay open. Inspectors will return in May to check the crossing points."},
			"Inspectors", "return in May"},
		{"spokesmen for the union declined", []string{lead,
			"Drosdova said the strike was unlawful. Spokesmen for the union declined to comment."},
			"Spokesmen", "declined to comment"},
		{"moderators quoted after the verb", []string{lead,
			"\u201cThe map is fair,\u201d Drosdova said. \u201cThe map ignores the river,\u201d moderators of the talks said."},
			"moderators", "ignores the river"},
		{"regulators said a fine would follow", []string{lead,
			"Drosdova said the port would reopen. Regulators said a fine would follow within a month."},
			"Regulators", "fine would follow"},
	} {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, a := range an.Actors {
				if strings.EqualFold(a.Name, c.group) && a.Kind == KindPerson {
					t.Errorf("%q is a person actor", a.Name)
				}
			}
			person := func(name string) bool {
				if name == "" {
					return false
				}
				if strings.Contains(name, "Drosdova") || strings.EqualFold(name, c.group) {
					return true
				}
				a := actorNamed(an, name)
				return a != nil && a.Kind == KindPerson
			}
			for _, q := range an.Quotes {
				if strings.Contains(q.Text, c.words) && person(q.Speaker) {
					t.Errorf("quote %q credited to %q", q.Text, q.Speaker)
				}
			}
			for _, x := range an.Commitments {
				if strings.Contains(x.Text, c.words) && person(x.Actor) {
					t.Errorf("commitment %q credited to %q", x.Text, x.Actor)
				}
			}
			for _, x := range an.Disputes {
				if strings.Contains(x.Text, c.words) {
					for _, p := range x.Parties {
						if person(p) {
							t.Errorf("dispute %q has party %q", x.Text, p)
						}
					}
				}
			}
		})
	}
}
