package brief

import "testing"

// A group the briefing would name by a bare plural common noun
// ("militants", "investors", "fishermen") that never speaks, promises or
// protests in the article is a kind of people, however often it comes
// back: no key actor. A group named with a place or body ("Labour MPs",
// "the Antwerp dockers"), a party's name ("Republicans"), a group that
// speaks or pledges, one addressed ("urged investors to…") and one the
// story sets apart ("for the tenants") stay actors. Sentences written for
// the test.
func TestKindsOfPeopleAreNoActors(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		not    []string // no actor by these names
		actors []string // actors that must stay
	}{
		{"militants named in passing", []string{
			`The army sent two battalions to the border town of Kasso on Tuesday amid fears of militants in the hills.`,
			`The border has been shut to militants and traders alike, and the police want new powers to track militants.`,
			`Defence Minister Ilse Varnholt said the army would stay in Kasso until the spring.`},
			[]string{"militants"}, []string{"Ilse Varnholt"}},
		{"investors as the ones who lose", []string{
			`Shares in Baltoil fell 9% on Monday, a loss for investors in the week of the pipeline spill.`,
			`Bond prices have dropped too, a second blow to investors. Pension funds and small investors own most of the notes.`,
			`Chief executive Marek Haldane said the firm would pay for the clean-up.`},
			[]string{"investors"}, []string{"Marek Haldane"}},
		{"fishermen in a background paragraph", []string{
			`The harbour authority of Kessel approved a new breakwater on Thursday.`,
			`Fishermen have used the old quay for a century; fishermen land most of the town's cod, and tourists come to watch fishermen mend nets.`,
			`Harbour master Ruth Calder said work would begin in May.`},
			[]string{"fishermen", "tourists"}, []string{"Ruth Calder"}},
		// Groups that stay.
		{"a group that speaks", []string{
			`Nurses said on Monday they would stay out until Friday.`,
			`Nurses have walked out twice this year, and nurses met the hospital board on Sunday.`,
			`Hospital director Marek Haldane said the wards would stay open.`},
			nil, []string{"nurses", "Marek Haldane"}},
		{"a group named with its party", []string{
			`Labour MPs have criticised the budget, and Labour MPs met the whips on Tuesday.`,
			`Republicans in the assembly and Republicans on the council oppose the plan. Republicans hold nine seats.`,
			`Finance Minister Ilse Varnholt said the budget would pass in March.`},
			nil, []string{"Labour MPs", "Republicans"}},
		{"a group addressed", []string{
			`The board of Cooper Lane rejected the offer on Monday and urged shareholders to take no action.`,
			`The bidder will write to shareholders this week, and shareholders have until May to decide.`,
			`Chairman Owen Pike said the offer undervalued the company.`},
			nil, []string{"shareholders", "Owen Pike"}},
		{"a group the story sets apart", []string{
			`A judge ordered the landlord, Harcastle Homes, to repair forty flats on Friday after a case brought by the tenants.`,
			`The court heard that the tenants had complained for years, and the ruling gives the tenants a month to list the damage.`,
			`Harcastle Homes said it would appeal.`},
			nil, []string{"tenants", "Harcastle Homes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
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
