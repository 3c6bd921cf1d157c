package brief

import (
	"strings"
	"testing"
)

// noCommitmentOf fails when an actor named name takes a commitment.
func noCommitmentOf(t *testing.T, an *Analysis, name string) {
	t.Helper()
	for _, c := range an.Commitments {
		if strings.EqualFold(c.Actor, name) {
			t.Errorf("commitment of the thing %q: %q", name, c.Text)
		}
	}
}

// A product whose name ends in a model token (a single capital letter, or
// a short code of letters and figures: "the Novaplay Z", "the Brixa X2")
// and that the article writes as a thing, "the" right before its name, is
// no actor, even where it "loads games" or "will go on sale". Its maker
// stays an organisation, and a person or body whose name ends in a letter
// and who speaks stays an actor. Sentences written for the test.
func TestModelNamedProductsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a console under review", []string{
			`The Novaplay Z is the most powerful console Kirel has ever made, and it costs $499.`,
			`In our tests the Novaplay Z loaded games in half the time of its rival. The Novaplay Z runs quietly.`,
			`Kirel said it would release twelve new games for the console by Christmas. The Novaplay Z will go on sale on November 7.`},
			map[string]ActorKind{"Kirel": KindOrganization}, []string{"Novaplay Z"}},
		{"a phone with a code of letters and figures", []string{
			`The Brixa X2 has a brighter screen than last year's phone, and the Brixa X2 will ship in March.`,
			`Tellon, which makes the Brixa X2, said on Monday it would cut the price in Europe.`},
			map[string]ActorKind{"Tellon": KindOrganization}, []string{"Brixa X2"}},
		{"sales of, then a cheaper one", []string{
			`Sales of the Vantix Q doubled in May, and the Vantix Q will reach Brazil next year.`,
			`Drell Games chief executive Ana Lima said a cheaper Vantix Q would follow in 2027.`},
			map[string]ActorKind{"Ana Lima": KindPerson}, []string{"Vantix Q"}},
		// Actors stay.
		{"the maker acts", []string{
			`Novatek said on Tuesday it would stop making its cheapest console, and Novatek will refund buyers.`,
			`Novatek chief executive Lara Vint said the company had lost money on every unit.`},
			map[string]ActorKind{"Novatek": KindOrganization, "Lara Vint": KindPerson}, nil},
		{"a singer's concert", []string{
			`Fans queued all night for the Jay Z concert in Lagos, and Jay Z will play again on Sunday.`},
			map[string]ActorKind{"Jay Z": KindPerson}, nil},
		{"a rapper named with a letter speaks", []string{
			`The rapper Kofi Q said on Friday he would play three concerts in Accra next year.`,
			`Kofi Q said the money would go to a school in his home town.`},
			map[string]ActorKind{"Kofi Q": KindPerson}, nil},
	})
	an := analyzeText(t, `Sales of the Vantix Q doubled in May, and the Vantix Q will reach Brazil next year.`)
	noCommitmentOf(t, an, "Vantix Q")
}

// A fishing boat or other craft written as "the X" and shown to be one —
// "the X is a 40-metre longliner", "the crew of the X", "the X's hull" —
// is no actor and takes no commitment ("the Halcyon will trail long lines
// of hooks"). Its skipper and its owner stay actors, and a body whose
// captain or crew is spoken of (a team) stays one. Sentences written for
// the test.
func TestCraftShownByCrewOrKindAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"is a longliner, then trails hooks", []string{
			`The Halcyon will trail long lines of hooks across the Grand Banks this winter.`,
			`The Halcyon is a 40-metre longliner built in Norway. The skipper, Ewan Grant, said the catch had fallen.`,
			`The Halcyon will head home in March, Grant said.`},
			map[string]ActorKind{"Ewan Grant": KindPerson}, []string{"Halcyon"}},
		{"the crew of the trawler", []string{
			`The crew of the Sea Lark were rescued on Tuesday off Shetland.`,
			`The coastguard said the Sea Lark would be towed to Lerwick, and the Sea Lark will be repaired in Aberdeen.`,
			`Kessock Fishing, which owns the boat, said it would pay the crew in full.`},
			map[string]ActorKind{"Kessock Fishing": KindOrganization}, []string{"Sea Lark"}},
		{"the ferry's hull", []string{
			`The Kittiwake's hull cracked in a storm on Friday, and the Kittiwake will stay in dock for a month.`,
			`Harwick Lines, which runs the ferry, said on Saturday it would charter another ship.`},
			map[string]ActorKind{"Harwick Lines": KindOrganization}, []string{"Kittiwake"}},
		{"an apposition with a figure", []string{
			`The Polaris, a 150-foot longliner, will trail long lines of hooks across the Bering Sea this winter.`,
			`The Polaris will land its catch in Kodiak in March, the skipper, Ed Burns, said.`},
			map[string]ActorKind{"Ed Burns": KindPerson}, []string{"Polaris"}},
		// Bodies and people stay.
		{"the captain of a team", []string{
			`The captain of the Harbour Hawks said on Sunday the team would appeal against the ban.`,
			`The Harbour Hawks said they would pay the fine.`},
			map[string]ActorKind{"Harbour Hawks": KindOrganization}, nil},
		{"a ferry owner in apposition", []string{
			`The Seagull, a ferry owner based in Oban, said on Monday it would raise fares.`,
			`The Seagull will add two routes in May. The Bluebird is a boat builder in Hull, and the Bluebird will hire forty apprentices.`},
			map[string]ActorKind{"Seagull": KindOrganization, "Bluebird": KindOrganization}, nil},
		{"a person named like a ship", []string{
			`Halcyon Reyes said on Monday she would stand for mayor, and Reyes will launch her campaign in May.`,
			`Reyes is a former harbour pilot.`},
			map[string]ActorKind{"Halcyon Reyes": KindPerson}, nil},
	})
	an := analyzeText(t, `The Halcyon will trail long lines of hooks across the Grand Banks this winter.`,
		`The Halcyon is a 40-metre longliner built in Norway.`)
	noCommitmentOf(t, an, "Halcyon")
}

// A platform named only as where something was posted ("a message posted
// on Chirper", "in a post on Chirper", "his Chirper account") is no actor
// and takes part in no dispute. A platform company that acts ("Chirper
// removed the posts", "Chirper said it would…") stays an organisation.
// Sentences written for the test.
func TestPlatformsWherePostedAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"posted on, a post on, shared on", []string{
			`Transport minister Alan Pryce apologised on Monday for a message posted on Chirper that mocked striking rail workers.`,
			`In a post on Chirper, Pryce had called the strikers lazy. The message was shared thousands of times on Chirper before it was deleted.`,
			`Union leader Mary Fenn said Pryce must resign.`},
			map[string]ActorKind{"Alan Pryce": KindPerson, "Mary Fenn": KindPerson}, []string{"Chirper"}},
		{"wrote on, a video on, an account", []string{
			`Senator Ruth Calder wrote on Flickstream that she would vote against the budget.`,
			`Calder later posted a video on Flickstream, and her Flickstream account now has a million followers.`},
			map[string]ActorKind{"Ruth Calder": KindPerson}, []string{"Flickstream"}},
		{"said on, comments on, an account", []string{
			`Senator Ruth Calder said on Chirper that she would vote against the budget.`,
			`Her comments on Chirper angered colleagues, and her Chirper account now has a million followers.`},
			map[string]ActorKind{"Ruth Calder": KindPerson}, []string{"Chirper"}},
		// The company acts, or is what comments are about.
		{"comments about a firm", []string{
			`His comments on Velmar Group angered investors, and Velmar Group will answer them on Monday.`},
			map[string]ActorKind{"Velmar Group": KindOrganization}, nil},
		{"the platform removes the posts", []string{
			`Chirper removed the posts on Tuesday after a message posted on Chirper mocked the victims.`,
			`Chirper said it would ban accounts that spread the claim.`},
			map[string]ActorKind{"Chirper": KindOrganization}, nil},
		{"the platform is sued", []string{
			`Regulators in Brussels fined Chirper 40 million euros on Wednesday, and Chirper said it would appeal.`,
			`Videos posted on Chirper had broken the rules, the regulator said.`},
			map[string]ActorKind{"Chirper": KindOrganization}, nil},
	})
	an := analyzeText(t, `Transport minister Alan Pryce apologised on Monday for a message posted on Chirper that mocked striking rail workers.`,
		`In a post on Chirper, Pryce had called the strikers lazy.`)
	for _, d := range an.Disputes {
		for _, p := range d.Parties {
			if a := actorNamed(an, p); strings.EqualFold(p, "Chirper") && (a == nil || a.Kind != KindOther) {
				t.Errorf("dispute party %q: %q", p, d.Text)
			}
		}
	}
}

// A department named only to qualify the debt it issues ("Treasury
// notes", "Treasury securities", "Treasury bonds") is no actor. The
// department that acts ("the Treasury said", "Treasury officials warned")
// stays an organisation, and a person who notes something stays a person.
// Sentences written for the test.
func TestDebtNamedAfterABodyIsNoActor(t *testing.T) {
	checkKinds(t, []kindCase{
		{"notes, yields, bonds, securities", []string{
			`Prices of Treasury notes fell on Tuesday after inflation rose faster than expected, pushing Treasury yields higher.`,
			`Investors sold Treasury bonds and bought gold, said Lena Ortiz, an analyst at Harwell Bank.`,
			`Treasury securities have lost 5% this year.`},
			map[string]ActorKind{"Lena Ortiz": KindPerson}, []string{"Treasury"}},
		{"exchequer notes", []string{
			`Banks in Veloria bought Exchequer notes worth two billion on Monday.`,
			`Exchequer notes pay 4% a year, analyst Omar Haddad said.`},
			map[string]ActorKind{"Omar Haddad": KindPerson}, []string{"Exchequer"}},
		{"yields, then the market and the auction", []string{
			`Treasury yields jumped on Friday and the Treasury market had its worst week since March.`,
			`The 10-year Treasury note yield rose to 4.9%, traders said. Analyst Omar Haddad said the Treasury auction next week would test demand.`},
			map[string]ActorKind{"Omar Haddad": KindPerson}, []string{"Treasury"}},
		// The department acts.
		{"Treasury officials warned", []string{
			`Treasury officials warned on Monday that the deficit would grow, and Treasury notes fell.`,
			`Treasury officials said the sale of new securities would begin in March.`},
			map[string]ActorKind{"Treasury": KindOrganization}, nil},
		{"the Treasury said", []string{
			`The Treasury said on Monday it would sell more notes, and Treasury securities fell.`},
			map[string]ActorKind{"Treasury": KindOrganization}, nil},
		{"a person who notes", []string{
			`Economist Vera Holm notes that prices rose in every month of the year.`,
			`Holm said the central bank would act in May.`},
			map[string]ActorKind{"Vera Holm": KindPerson}, nil},
	})
}
