package brief

import (
	"slices"
	"strings"
	"testing"
)

// Resistance that is over is no open dispute: a pluperfect with a span
// ("had resisted for a decade", "had long opposed"), a stance of once
// ("who once opposed the plan"), or one that ended ("until", "before
// relenting").
func TestDisputeResistanceOver(t *testing.T) {
	fund := "France and Germany agreed on Monday to a joint fund for the defence industry, officials in Paris and Berlin said."
	checkDisputeCases(t, []disputeCase{
		{"a step resisted for a decade", []string{fund,
			"The fund is a step Paris had resisted for a decade."},
			"had resisted", nil, nil, ""},
		{"had long opposed before relenting", []string{fund,
			"The fund, which Paris had long opposed before relenting in May, will open next year."},
			"had long opposed", nil, nil, ""},
		{"had long resisted", []string{fund,
			"It was a step that the German finance ministry had long resisted."},
			"had long resisted", nil, nil, ""},
		{"who once opposed, now backs", []string{fund,
			"Chancellor Klaus Weber, who once opposed the plan, now backs it."},
			"once opposed", nil, nil, ""},
		{"had opposed for years until", []string{fund,
			"Paris had opposed the fund for years until a deal on weapons exports in March."},
			"had opposed", nil, nil, ""},
		{"had formerly rejected", []string{fund,
			"Germany had formerly rejected joint borrowing, but now supports it."},
			"formerly rejected", nil, nil, ""},
		{"opposed until a month", []string{fund,
			"Berlin opposed the fund until March, when it won a seat on its board."},
			"opposed the fund", nil, nil, ""},
		{"resisted before agreeing", []string{fund,
			"Paris resisted the plan for months before agreeing to it in May."},
			"resisted the plan", nil, nil, ""},
		// Resistance still under way.
		{"has long opposed", []string{fund,
			"The Netherlands has long opposed the plan, officials in The Hague said."},
			"has long opposed", []string{"Netherlands"}, nil, ""},
		{"had initially baulked", []string{fund,
			"The Netherlands had initially baulked at the plan, officials in The Hague said."},
			"initially baulked", []string{"Netherlands"}, nil, ""},
		{"has opposed for years", []string{fund,
			"The Netherlands has opposed the plan for years, and it said on Monday it would stay out."},
			"has opposed the plan", []string{"Netherlands"}, nil, ""},
		{"has resisted for a decade", []string{fund,
			"Paris has resisted the plan for a decade."},
			"has resisted", []string{"France"}, nil, ""},
		{"had rejected on a day", []string{fund,
			"Paris had rejected the offer on Friday, officials said."},
			"had rejected", []string{"France"}, nil, ""},
		{"refused until its demands are met", []string{fund,
			"The Netherlands refused to join the fund until its demands on exports were met."},
			"refused to join", []string{"Netherlands"}, nil, ""},
	})
}

// Scare quotes around unnamed others in reported speech name no party:
// the item, if any, has the speaker's side and never the quoted words.
func TestDisputeScareQuotedOthers(t *testing.T) {
	lead := "Foreign Minister Anna Lind of Sweden spoke at the climate meeting in Geneva on Tuesday."
	for _, s := range []string{
		"She said \u201ccertain countries\u201d had tried to \u201chijack\u201d the meeting.",
		"Ms Lind said \u201csome delegations\u201d were trying to \u201csabotage\u201d the talks.",
		"She accused \u201ccertain countries\u201d of trying to \u201chijack\u201d the meeting.",
		"Ms Lind said \u201ccertain players\u201d wanted to \u201cwreck\u201d the summit.",
	} {
		t.Run(s, func(t *testing.T) {
			an := analyzeText(t, lead, s)
			for _, x := range an.Disputes {
				if !strings.Contains(x.Text, "\u201c") {
					continue
				}
				for _, p := range x.Parties {
					if !slices.Contains([]string{"Anna Lind", "Sweden"}, p) {
						t.Errorf("party %q of %q is no one the sentence names", p, x.Text)
					}
				}
			}
		})
	}
}
