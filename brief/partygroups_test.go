package brief

import "testing"

// A group named by its party ("Conservative MEPs", "Green councillors",
// "Republican senators") keeps the party in its name, also when the party
// word opens the sentence, and two parties' groups of one noun are two
// actors, not one "councillors". Sentences written for the test.
func TestPartyQualifiedGroups(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		actors []string // actors that must be listed
		not    []string // no actor (name or alias) by these
		apart  [][2]string
	}{
		{"party word opening the sentence before MEPs", []string{
			`Conservative MEPs said on Tuesday that they would vote against the Orvane fisheries pact.`,
			`Conservative MEPs added that the pact was "a betrayal of coastal towns". Commissioner Lena Vasko said the pact was fair.`},
			[]string{"Conservative MEPs"}, []string{"MEPs"}, nil},
		{"two parties' councillors", []string{
			`Green councillors voted on Monday to block the Harwick bypass, but Labour councillors backed the plan.`,
			`Council leader Tom Aspley said the road would open in 2028. Green councillors said they would fight on, and Labour councillors said the vote was fair.`},
			[]string{"Green councillors", "Labour councillors"}, []string{"councillors"},
			[][2]string{{"Green councillors", "Labour councillors"}}},
		{"each party's councillors named once", []string{
			`Green councillors voted on Monday to block the Harwick bypass, but Labour councillors backed the plan.`,
			`Council leader Tom Aspley said the road would open in 2028.`},
			[]string{"Green councillors", "Labour councillors"}, []string{"councillors"},
			[][2]string{{"Green councillors", "Labour councillors"}}},
		{"senators of two parties", []string{
			`Republican senators blocked the farm bill on Thursday, and Democratic senators walked out of the chamber.`,
			`Republican senators said the bill cost too much. Democratic senators said they would try again in June. Senator Ruth Calder said the bill would return.`},
			[]string{"Republican senators", "Democratic senators"}, []string{"senators"},
			[][2]string{{"Republican senators", "Democratic senators"}}},
		{"a party's MPs mid-sentence stay one group", []string{
			`About 30 Labour MPs said on Sunday they would vote against the budget.`,
			`Chancellor Mira Hollis said the budget was fair. The Labour MPs said they would not back down.`},
			[]string{"Labour MPs"}, []string{"MPs"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.actors {
				if actorNamed(an, n) == nil {
					t.Errorf("no actor %q; actors: %q", n, actorNames(an))
				}
			}
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor (%s, aliases %q); actors: %q", n, a.Name, a.Aliases, actorNames(an))
				}
			}
			for _, p := range c.apart {
				if a, b := actorNamed(an, p[0]), actorNamed(an, p[1]); a != nil && a == b {
					t.Errorf("%q and %q are one actor %q", p[0], p[1], a.Name)
				}
			}
		})
	}
}

// A verb after a modal is no qualifier of the group it takes as object:
// "would send envoys" names no group "send envoys", "could face
// protesters" none "face protesters". Sentences written for the test.
func TestModalVerbBeforeGroup(t *testing.T) {
	an := analyzeText(t, `The regional bloc said on Monday it would send envoys to Marundi after the disputed vote. The ministry will hire lawyers to fight the case, and it could face protesters at the border.`,
		`The envoys said they would meet both candidates. Lawyers for the ministry declined to comment. Protesters gathered at the border on Tuesday.`)
	for _, n := range []string{"send envoys", "face protesters", "hire lawyers"} {
		if a := actorNamed(an, n); a != nil {
			t.Errorf("%q is an actor (%s); actors: %q", n, a.Name, actorNames(an))
		}
	}
}
