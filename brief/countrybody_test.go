package brief

import (
	"strings"
	"testing"
)

// A state body named by a generic capitalised name after a country's
// possessive ("Egypt's Foreign Ministry", "Japan's Defence Ministry") is
// that country's: it speaks, commits and disputes as the country, as the
// lower-case "Egypt's foreign ministry" does, and two countries' ministries
// are never one actor called "Foreign Ministry". The bare name later stands
// for the one country whose body the article named so. A body that is not
// the state's executive (a party, a court) keeps its own name. Sentences
// written for the test.
func TestCountryPossessiveStateBody(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"two countries' foreign ministries", []string{
			`CAIRO — Egypt's Foreign Ministry accused Ethiopia on Sunday of filling the new dam without a deal, calling the move "a danger to millions of farmers downstream".`,
			`Ethiopia's Foreign Ministry rejected the charge within hours. "Cairo wants a veto over our rivers, and it will not get one," it said.`},
			[]descCheck{
				{"quote", "a danger to millions of farmers", "Egypt", []string{"Foreign Ministry", "Ethiopia"}},
				{"quote", "Cairo wants a veto over our rivers", "Ethiopia", []string{"Foreign Ministry", "Egypt"}},
				{"dispute", "rejected the charge", "Ethiopia", []string{"Foreign Ministry"}},
			}},
		{"a defence ministry commits", []string{
			`TOKYO — Japan's Defence Ministry said on Friday it would send two destroyers to the Philippines next month for joint drills.`},
			[]descCheck{
				{"commit", "send two destroyers", "Japan", []string{"Defence Ministry"}},
			}},
		{"the bare name later", []string{
			`Kenya's Interior Ministry said on Monday that the border crossing at Moyale would reopen on June 1.`,
			`The Interior Ministry said it would add 40 officers at the crossing by the end of the month.`},
			[]descCheck{
				{"commit", "add 40 officers", "Kenya", []string{"Interior Ministry"}},
			}},
		{"a party keeps its name", []string{
			`Britain's Green Party accused the government on Monday of breaking its promise on home insulation.`},
			[]descCheck{
				{"dispute", "breaking its promise on home insulation", "Green Party", []string{"Britain", "United Kingdom"}},
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			checkCredits(t, an, c.checks)
			for _, a := range an.Actors {
				if n := strings.ToLower(a.Name); strings.HasSuffix(n, "ministry") && !strings.Contains(n, " of ") && len(strings.Fields(n)) == 2 {
					t.Errorf("a generic ministry among the actors: %q", a.Name)
				}
			}
		})
	}
}
