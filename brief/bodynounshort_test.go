package brief

import "testing"

// An ordinary word named by a noun for a kind of body ("the think tank
// Reform", "the campaign group Labour") is that body's name, not a longer
// gazetteer entry the word may shorten ("Reform UK", "Labour Party"),
// unless the article writes that entry out; its later bare mentions are
// the same body. Names that are no ordinary word keep their entry ("the
// think tank Brookings" is the Brookings Institution). Sentences written
// for the test.
func TestBodyNounKeepsTheShortName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a think tank", []string{
			`The think tank Reform said the hospital plan would fail within two years.`},
			map[string]ActorKind{"Reform": KindOrganization}, []string{"Reform UK"}},
		{"a think tank, then its bare name", []string{
			`The think tank Reform published a study of waiting lists on Monday.`,
			`Reform said ministers had ignored its advice, and its director, Tom Hale, called for an inquiry.`},
			map[string]ActorKind{"Reform": KindOrganization, "Tom Hale": KindPerson}, []string{"Reform UK"}},
		{"a campaign group", []string{
			`The campaign group Reform has asked the court to block the merger.`},
			map[string]ActorKind{"Reform": KindOrganization}, []string{"Reform UK"}},
		{"a charity", []string{`The charity Shelter said rents had risen again.`},
			map[string]ActorKind{"Shelter": KindOrganization}, nil},
		{"a band", []string{`The band Blur cancelled its tour after the drummer was hurt.`},
			map[string]ActorKind{"Blur": KindOrganization}, nil},
		// The other direction: the entry stays.
		{"the longer form written out", []string{
			`Reform UK won two seats on Thursday.`,
			`The party Reform said it would contest every seat in the next election.`},
			map[string]ActorKind{"Reform UK": KindOrganization}, nil},
		{"no descriptor", []string{`Reform said it would contest every seat in Wales.`},
			map[string]ActorKind{"Reform UK": KindOrganization}, nil},
		{"a name that is no ordinary word", []string{
			`The think tank Brookings said the tariffs would cost each household $1,200 a year.`},
			map[string]ActorKind{"Brookings Institution": KindOrganization}, nil},
	})
}
