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
	checkKinds(t, []kindCase{
		{"militants named in passing", []string{
			`The army sent two battalions to the border town of Kasso on Tuesday amid fears of militants in the hills.`,
			`The border has been shut, and the police want new tools to fight militants and to track militants who cross it.`,
			`Defence Minister Ilse Varnholt said the army would stay in Kasso until the spring.`},
			map[string]ActorKind{"Ilse Varnholt": KindPerson}, []string{"militants"}},
		{"investors as the ones who lose", []string{
			`Shares in Baltoil fell 9% on Monday, a loss for investors in the week of the pipeline spill.`,
			`Bond prices have dropped too, a second blow to investors. Pension funds and small investors own most of the notes.`,
			`Chief executive Marek Haldane said the firm would pay for the clean-up.`},
			map[string]ActorKind{"Marek Haldane": KindPerson}, []string{"investors"}},
		{"fishermen in a background paragraph", []string{
			`The harbour authority of Kessel approved a new breakwater on Thursday.`,
			`Fishermen have used the old quay for a century; fishermen land most of the town's cod, and tourists come to watch fishermen mend nets.`,
			`Harbour master Ruth Calder said work would begin in May.`},
			map[string]ActorKind{"Ruth Calder": KindPerson}, []string{"fishermen", "tourists"}},
		// Groups that stay.
		{"a group that speaks", []string{
			`Nurses said on Monday they would stay out until Friday.`,
			`Nurses have walked out twice this year, and nurses met the hospital board on Sunday.`,
			`Hospital director Marek Haldane said the wards would stay open.`},
			map[string]ActorKind{"nurses": KindGroup, "Marek Haldane": KindPerson}, nil},
		{"a group named with its party", []string{
			`Labour MPs have criticised the budget, and Labour MPs met the whips on Tuesday.`,
			`Republicans in the assembly and Republicans on the council oppose the plan. Republicans hold nine seats.`,
			`Finance Minister Ilse Varnholt said the budget would pass in March.`},
			map[string]ActorKind{"Labour MPs": KindGroup, "Republicans": KindGroup}, nil},
		{"a group addressed", []string{
			`The board of Cooper Lane rejected the offer on Monday and urged shareholders to take no action.`,
			`The bidder will write to shareholders this week, and shareholders have until May to decide.`,
			`Chairman Owen Pike said the offer undervalued the company.`},
			map[string]ActorKind{"shareholders": KindGroup, "Owen Pike": KindPerson}, nil},
		{"a group the story sets apart", []string{
			`A judge ordered the landlord, Harcastle Homes, to repair forty flats on Friday after a case brought by the tenants.`,
			`The court heard that the tenants had complained for years, and the ruling gives the tenants a month to list the damage.`,
			`Harcastle Homes said it would appeal.`},
			map[string]ActorKind{"tenants": KindGroup, "Harcastle Homes": KindOrganization}, nil},
	})
}
