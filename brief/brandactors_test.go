package brief

import (
	"strings"
	"testing"
)

// A company or body named by a brand and a second word stays an actor,
// with its commitments and quotes, when the article shows it acting: a
// plural noun after the name that is no product's noun ("Brenna Air
// costs rose"), a verb that a company does too ("runs on", "sold out to",
// "weighs job cuts"), a commitment ("will close"), an appositive saying it
// is a body ("the Varrow Echo, the city's daily paper,"), and a quote
// credited to it by a pronoun ("it said") never goes to another entity
// that shares its first word (a town). A trade's plural that speaks and
// sues ("Retailers said…") stays a group with its quote. Sentences
// written for the test.
func TestBrandBodiesKeepTheirActs(t *testing.T) {
	type want struct{ actor, commit, quote string }
	cases := []struct {
		name  string
		paras []string
		want  want
	}{
		{"costs as a noun", []string{
			`Brenna Air costs rose by a quarter last year, the airline's report showed.`,
			`Brenna said on Tuesday that fuel had become dearer. Brenna Air will close two bases in Tartu.`},
			want{"Brenna Air", "close two bases", ""}},
		{"cut costs", []string{
			`Brenna Air cut costs again this year, selling four planes.`,
			`Brenna said on Tuesday that it had lost money for two quarters. Brenna Air will close its Tartu base.`},
			want{"Brenna Air", "close its Tartu base", ""}},
		{"tickets cost", []string{
			`Brenna Air tickets cost $89 on the Tartu route this spring.`,
			`Brenna said on Tuesday that bookings were up. Brenna Air will hire 150 pilots.`},
			want{"Brenna Air", "hire 150 pilots", ""}},
		{"weighs cuts in a headline", []string{
			`Brenna Air weighs job cuts`,
			`Brenna said on Tuesday that it was reviewing its costs. Brenna Air will close three bases.`},
			want{"Brenna Air", "close three bases", ""}},
		{"runs on a network", []string{
			`Brenna Mobile runs on the Elisa network and has a million customers.`,
			`Brenna said on Tuesday that prices would not change. Brenna Mobile will open twenty shops in June.`},
			want{"Brenna Mobile", "open twenty shops", ""}},
		{"sold out to a buyer", []string{
			`Brenna Dairy sold out to Arla in 2018 for a billion euros.`,
			`Brenna had been owned by one family for a century. Brenna Dairy will now close its Tartu plant.`},
			want{"Brenna Dairy", "close its Tartu plant", ""}},
		{"a newspaper in apposition", []string{
			`Tallow voted on Wednesday to build the bypass.`,
			`The Tallow Echo, the town's newspaper, has fought the bypass for a year and will appeal the vote. The Tallow Echo hired a lawyer, and the Tallow Echo will publish the plans on Monday.`},
			want{"Tallow Echo", "publish the plans on Monday", ""}},
		{"a law firm in apposition, quoted by a pronoun", []string{
			`Morrow is a small town near York.`,
			`The Morrow Partnership, a law firm, will represent the tenants. "We intend to win," it said. The Morrow Partnership filed the claim on Tuesday.`},
			want{"Morrow Partnership", "represent the tenants", "We intend to win"}},
		{"a trade plural that sues and is quoted", []string{
			`Retailers said on Tuesday they would sue Dace Labs over missed deliveries.`,
			`Retailers accused Dace Labs of breaking its contracts. "We have waited long enough," Retailers said in a joint letter.`},
			want{"Retailers", "", "We have waited long enough"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if actorNamed(an, c.want.actor) == nil {
				t.Errorf("no actor %q; actors: %q", c.want.actor, actorNames(an))
			}
			if c.want.commit != "" {
				found := false
				for _, x := range an.Commitments {
					found = found || x.Actor == c.want.actor && strings.Contains(strings.ToLower(x.Text), strings.ToLower(c.want.commit))
				}
				if !found {
					t.Errorf("commitment %q of %q lost: %+v", c.want.commit, c.want.actor, an.Commitments)
				}
			}
			if c.want.quote != "" {
				found := false
				for _, q := range an.Quotes {
					if strings.Contains(strings.ToLower(q.Text), strings.ToLower(c.want.quote)) {
						found = true
						if q.Speaker != c.want.actor {
							t.Errorf("quote %q credited to %q, want %q", q.Text, q.Speaker, c.want.actor)
						}
					}
				}
				if !found {
					t.Errorf("no quote %q", c.want.quote)
				}
			}
		})
	}
}
