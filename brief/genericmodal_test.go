package brief

import (
	"strings"
	"testing"
)

// People named by a bare plural common noun that the article speaks of
// only in general are no actor: a plural whose verbs only say what such
// people can or should do ("publishers can refuse to serve…", "Publishers
// should be free to…") is a kind of people, however often it comes back.
// A group quoted or promising ("publishers said they would boycott…") and
// a body named by a plural ("the Publishers Association") stay. Sentences
// written for the test.
func TestModalPluralsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"what publishers can and should do", []string{
			`Holt Labs said on Monday it would give new tools to publishers.`,
			`The tools were built for publishers in Europe, and publishers can choose which ads to show.`,
			`Publishers should be free to sell bigger ads. Otherwise publishers can refuse to serve anyone who hides the banners.`},
			map[string]ActorKind{"Holt Labs": KindOrganization}, []string{"publishers", "Publishers"}},
		// Groups and bodies that act stay.
		{"publishers quoted and promising", []string{
			`Holt Labs said on Monday it would stop selling the Fold in Europe.`,
			`Publishers said they would boycott Holt Labs. "We will not stock the Fold," publishers said in a joint letter.`},
			map[string]ActorKind{"Holt Labs": KindOrganization}, nil},
		{"an association named by a plural", []string{
			`The Retailers Association said on Monday it would sue Holt Labs over late deliveries.`,
			`Holt Labs denied the claim.`},
			map[string]ActorKind{"Retailers Association": KindOrganization, "Holt Labs": KindOrganization}, nil},
	})
	an := analyzeText(t, `Holt Labs said on Monday it would stop selling the Fold in Europe.`,
		`Publishers said they would boycott Holt Labs. "We will not stock the Fold," publishers said in a joint letter.`)
	if a := actorNamed(an, "publishers"); a == nil {
		t.Errorf("quoted publishers dropped; actors: %q", actorNames(an))
	}
	found := false
	for _, q := range an.Quotes {
		found = found || strings.EqualFold(q.Speaker, "publishers")
	}
	if !found {
		t.Errorf("the publishers' quote lost its speaker")
	}
}
