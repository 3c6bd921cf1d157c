package brief

import (
	"slices"
	"strings"
	"testing"
)

// capitalCase is an article, a country and whether its capital must be
// one of its names (as) or must not (not).
type capitalCase struct {
	name    string
	paras   []string
	country string // the country the capital belongs to
	capital string
	as      bool // the capital names the country in this article
}

// checkCapitals checks, for each case, that the capital is listed among
// the country's names only when the case says so, and is never an actor
// of its own other than a place.
func checkCapitals(t *testing.T, cases []capitalCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var country *Actor
			for i := range an.Actors {
				if an.Actors[i].Name == c.country {
					country = &an.Actors[i]
				}
			}
			has := country != nil && slices.ContainsFunc(country.Aliases, func(a string) bool { return strings.EqualFold(a, c.capital) })
			switch {
			case c.as && !has:
				t.Errorf("%q is not a name of %q; actors: %q", c.capital, c.country, actorNames(an))
			case !c.as && has:
				t.Errorf("%q is a name of %q, but only locates; actors: %q", c.capital, c.country, actorNames(an))
			}
			if a := actorNamed(an, c.capital); !c.as && a != nil && a.Kind != KindOther {
				t.Errorf("%q is a %s; actors: %q", c.capital, a.Kind, actorNames(an))
			}
		})
	}
}

// A capital stands for its country when it acts as a government: the
// subject of a verb, a side of talks, the owner of a proposal, the one a
// rebuke comes from. One that only locates ("a hotel in Dublin", "flights
// to Lisbon", "the summit in Bangkok") is the city, not another name of
// the country. Sentences written for the test.
func TestCapitalActsOrLocates(t *testing.T) {
	checkCapitals(t, []capitalCase{
		{"a hotel in the capital", []string{
			`The delegates met at a hotel in Dublin on Tuesday and stayed until Thursday.`,
			`Ireland has backed the plan since March, said Mary Keane, a trade adviser.`},
			"Ireland", "Dublin", false},
		{"flights to the capital", []string{
			`Flights to Lisbon were cancelled on Friday after the storm.`,
			`Portugal's airports authority said the runways had flooded.`},
			"Portugal", "Lisbon", false},
		{"a meeting in the capital", []string{
			`Ministers gathered in Bangkok for the two-day meeting on fishing rights.`,
			`Thailand agreed to send observers, the organisers said.`},
			"Thailand", "Bangkok", false},
		{"across and near the capital", []string{
			`Power cuts across Nairobi left thousands of homes dark on Monday.`,
			`Kenya's energy regulator said it would fine the operator, and schools near Nairobi stayed shut.`},
			"Kenya", "Nairobi", false},
		// The other direction: the capital acts.
		{"the capital said", []string{
			`Dublin said on Tuesday it would veto the proposal.`,
			`Ireland's foreign minister, Sean Daly, called the plan unfair.`},
			"Ireland", "Dublin", true},
		{"the capital rejected", []string{
			`Beijing rejected the claim on Monday and summoned the envoy.`},
			"China", "Beijing", true},
		{"talks between two capitals", []string{
			`Talks between London and Brussels broke down on Friday over fishing quotas.`},
			"United Kingdom", "London", true},
		{"the capital's proposal", []string{
			`Manila's proposal for joint patrols was turned down by the other members.`},
			"Philippines", "Manila", true},
		{"the subject of a clause inside", []string{
			`Zambia agreed to host the talks, a step Lusaka had resisted for years.`},
			"Zambia", "Lusaka", true},
		{"a rebuke from the capital", []string{
			`The pact drew a sharp rebuke from Ottawa within hours of its signing.`},
			"Canada", "Ottawa", true},
		{"the capital's authorities", []string{
			`The crash comes at a difficult time for Hanoi's aviation authorities.`},
			"Vietnam", "Hanoi", true},
		{"the capital's officials said", []string{
			`Seoul officials said on Friday that the talks would resume in March.`},
			"South Korea", "Seoul", true},
		{"acts once, locates once", []string{
			`Dublin said on Tuesday it would veto the proposal.`,
			`Officials in Dublin said the vote would take place next month.`},
			"Ireland", "Dublin", true},
	})
}

// A capital whose name is also a common place elsewhere (a state, a
// province, a town) or a surname stands for its country only when it acts
// and the article names that country too: "hospitals throughout
// Victoria" is the Australian state, "Kingston police" a town's.
// Sentences written for the test.
func TestSharedCapitalNeedsItsCountry(t *testing.T) {
	checkCapitals(t, []capitalCase{
		{"a state's hospitals", []string{
			`Hospitals throughout Victoria were told to cancel routine surgery on Monday.`,
			`Victoria's health minister, Anne Moss, said the state would hire 500 nurses.`},
			"Seychelles", "Victoria", false},
		{"a town's police and residents", []string{
			`Kingston police said three people were arrested after the match.`,
			`Residents of Kingston complained about the noise, said councillor Ray Holt.`},
			"Jamaica", "Kingston", false},
		{"acting, but no country named", []string{
			`Georgetown said on Monday it would reopen the campus library next week.`},
			"Guyana", "Georgetown", false},
		{"a surname-like capital that acts, no country", []string{
			`Wellington said the storm would not delay the new budget.`},
			"New Zealand", "Wellington", false},
		{"a town's harbour", []string{
			`Ferries to Valletta were held in port as the wind rose.`,
			`Malta's transport authority said crossings would resume on Sunday.`},
			"Malta", "Valletta", false},
		// With the country named, an acting capital is the country.
		{"acting, with the country named", []string{
			`A storm hit Wellington on Sunday.`,
			`Wellington said on Monday that the storm would not delay the budget.`,
			`New Zealand's finance minister, Grant Ruane, agreed.`},
			"New Zealand", "Wellington", true},
		{"rejected, with the country named", []string{
			`Kingston rejected the demand on Friday.`,
			`Jamaica's foreign minister, Alma Reid, said the matter was closed.`},
			"Jamaica", "Kingston", true},
	})
}

// A one-word name the gazetteer does not know, written only after a
// preposition of place or as "the city of X", is a place, not an
// organisation: "fires near the city of Pekanbaru", "flights to Tarvik".
// Sentences written for the test.
func TestLocatedPlacesAreNoBodies(t *testing.T) {
	checkNoAgents(t, []kindCase{
		{"the city of, then from", []string{
			`Fires near the city of Pekanbaru forced schools to close on Monday.`,
			`Smoke from Pekanbaru drifted across the strait, said Lee Min, a meteorologist.`},
			map[string]ActorKind{"Lee Min": KindPerson}, []string{"Pekanbaru"}},
		{"to and across a town", []string{
			`Flights to Tarvik were cancelled after the storm.`,
			`Roads across Tarvik were closed until Friday, the police said.`},
			nil, []string{"Tarvik"}},
		{"the port of", []string{
			`The ship was held in the port of Ostrelo for a week.`},
			nil, []string{"Ostrelo"}},
	})
}

// A country the article names mostly by its capital and its adjective
// ("Manila said", "Philippine officials said") ranks by all of those
// mentions, above someone quoted once. Sentences written for the test.
func TestCountryByCapitalRanks(t *testing.T) {
	cases := []struct {
		name            string
		paras           []string
		country, person string
	}{
		{"capital, adjective and possessive", []string{
			`Manila said on Monday that it had rejected the claim.`,
			`Philippine officials said the ships had entered its waters without permission.`,
			`Manila's proposal for joint patrols will be discussed next week.`,
			`"We will watch closely," said Peter Lang, a Norwegian diplomat.`},
			"Philippines", "Peter Lang"},
		{"the name before its military", []string{
			`The U.S. military said on Tuesday that a second ship would join the search.`,
			`The U.S. navy sent two planes, and Japanese officials said a third was ready.`,
			`"We are hopeful," said Mark Olsen, a retired pilot.`},
			"United States", "Mark Olsen"},
		{"capital and officials", []string{
			`Hanoi warned on Tuesday that it would respond to the seizure.`,
			`Vietnamese officials said the fishing boat had been in its own waters.`,
			`"This is a dangerous step," said Ana Ruiz, an analyst at the Verel Institute.`},
			"Vietnam", "Ana Ruiz"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			ci, pi := -1, -1
			for i, a := range an.Actors {
				switch a.Name {
				case c.country:
					ci = i
				case c.person:
					pi = i
				}
			}
			if ci < 0 || pi < 0 || ci > pi {
				t.Errorf("%q (at %d) should rank above %q (at %d): %q", c.country, ci, c.person, pi, actorNames(an))
			}
		})
	}
}
