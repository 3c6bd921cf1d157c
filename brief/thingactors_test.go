package brief

import (
	"strings"
	"testing"
)

// A vessel named like a person or a place ("the Marigold left port",
// "aboard the Kestrel", "the cargo ship Saffron Star ran aground") is a
// thing the story happens to: no actor. Its owner, its crew and a person
// who bears the same name stay actors. Sentences written for the test.
func TestVesselsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"left port, then a verb", []string{
			`The Marigold left port at dawn with forty crew, the coastguard said.`,
			`The Marigold was carrying grain to Odessa when her engine failed. Captain Piet Jansen said the crew were safe.`},
			map[string]ActorKind{"Piet Jansen": KindPerson}, []string{"Marigold"}},
		{"aboard the ship", []string{
			`Fourteen people were lifted from aboard the Kestrel after she ran aground off Skye on Tuesday.`,
			`Lifeboat coxswain Ewan Grant said the Kestrel had lost power in the storm. The Kestrel was towed to Oban.`},
			map[string]ActorKind{"Ewan Grant": KindPerson}, []string{"Kestrel"}},
		{"a cargo ship that ran aground, and its owner", []string{
			`The cargo ship Saffron Star ran aground on Sunday, and its owner, the shipping firm Arvel Marine, said it would pay for the clean-up.`,
			`French rescuers said the Saffron Star was leaking fuel. Arvel Marine said the crew had been taken off.`},
			map[string]ActorKind{"Arvel Marine": KindOrganization}, []string{"Saffron Star"}},
		{"docked, on board", []string{
			`The Northern Lark docked in Rotterdam on Friday with 300 passengers on board the Northern Lark, the operator Harbour Lines said.`,
			`Harbour Lines said it would refund every passenger.`},
			map[string]ActorKind{"Harbour Lines": KindOrganization}, []string{"Northern Lark"}},
		// People and companies stay.
		{"a person with a ship's name", []string{
			`Marigold Hayes left the ministry on Friday after ten years, and Hayes said she would join Harbour Lines.`,
			`Harbour Lines said Hayes would start in May.`},
			map[string]ActorKind{"Marigold Hayes": KindPerson, "Harbour Lines": KindOrganization}, nil},
		{"a shipping company whose ship docked", []string{
			`The shipping firm Velmar Lines said on Monday its ships had docked safely in Genoa after the storm.`,
			`Velmar Lines will pay the crews a bonus, chief executive Ana Ruiz said.`},
			map[string]ActorKind{"Velmar Lines": KindOrganization, "Ana Ruiz": KindPerson}, nil},
	})
}

// A name used only to qualify a financial instrument ("Treasury yields",
// "Brent crude", "Nasdaq futures") names a market, not an actor, and takes
// no commitment. The body that acts under the same name stays one.
// Sentences written for the test.
func TestInstrumentNamesAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"yields, crude and futures", []string{
			`Treasury yields rose on Monday as Brent crude fell below $80 and Nasdaq futures slipped.`,
			`Investors sold Treasury bonds after the Federal Reserve said it would keep rates high. Brent crude has lost a tenth of its value since June.`},
			map[string]ActorKind{"Federal Reserve": KindOrganization}, []string{"Treasury", "Brent", "Nasdaq"}},
		{"bills and futures", []string{
			`Traders dumped Treasury bills and Brent futures on Thursday, analyst Sara Lind said.`,
			`Lind said Treasury bills were now cheap and Brent futures would stay volatile.`},
			map[string]ActorKind{"Sara Lind": KindPerson}, []string{"Treasury", "Brent"}},
		// The bodies act.
		{"the Treasury said", []string{
			`The Treasury said on Monday it would sell more bonds to pay for the tax cut, and Treasury yields rose.`,
			`Treasury Secretary Alma Reyes said the sale would begin in March.`},
			map[string]ActorKind{"Treasury": KindOrganization, "Alma Reyes": KindPerson}, nil},
		{"the exchange speaks", []string{
			`Nasdaq said on Tuesday it would delist the Harrow Mining shares, and Nasdaq futures fell.`,
			`Nasdaq said the firm had missed three filing deadlines.`},
			map[string]ActorKind{"Nasdaq": KindOrganization}, nil},
	})
	an := analyzeText(t, `Investors sold Treasury bonds on Monday after the Federal Reserve said it would keep rates high.`,
		`Treasury yields rose to their highest level since May.`)
	for _, c := range an.Commitments {
		if strings.EqualFold(c.Actor, "Treasury") {
			t.Errorf("commitment of the bonds' name: %q", c.Text)
		}
	}
}

// A character of a game, film or book ("players guide Zelda through…",
// "the character Max Rivers", "play as Kirra") is no actor when the text
// shows it is one; a person who shares the name stays. Sentences written
// for the test.
func TestFictionalCharactersAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"players guide her", []string{
			`In the new game, players guide Zelda through a flooded kingdom, and Zelda can climb any wall.`,
			`Nintendo said the game would go on sale in May. Critics praised the way players guide Zelda past the guards.`},
			map[string]ActorKind{"Nintendo": KindOrganization}, []string{"Zelda"}},
		{"the character, in a film", []string{
			`In the film, the character Max Rivers hunts a rogue robot across Lisbon.`,
			`Director Lena Ortiz said the character Max Rivers was based on her father. Rivers wins in the end.`},
			map[string]ActorKind{"Lena Ortiz": KindPerson}, []string{"Max Rivers"}},
		{"play as", []string{
			`Gamers can play as Kirra, a fox who steals from the rich, in the studio's new release.`,
			`Studio head Tomas Berg said players who play as Kirra would unlock a secret level. Kirra returns in the sequel.`},
			map[string]ActorKind{"Tomas Berg": KindPerson}, []string{"Kirra"}},
		// People stay.
		{"a banker with a character's first name", []string{
			`Mario Draghi said on Thursday that Europe must borrow together to pay for defence.`,
			`Draghi warned that the bloc would fall behind China.`},
			map[string]ActorKind{"Mario Draghi": KindPerson}, nil},
		{"a character actor", []string{
			`The character actor Simon Hale said on Monday he would retire from the stage next year.`,
			`Hale said he wanted to spend more time in his garden.`},
			map[string]ActorKind{"Simon Hale": KindPerson}, nil},
	})
}

// The words of a work's title ("the 2012 book La Nuit et le Jour", "the
// album Songs for the Drowned Harbour", a quoted film title) name no
// actor. Sentences written for the test.
func TestTitleWordsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a French title after the year", []string{
			`Her 2012 book La Nuit et le Jour sold a million copies in France, the publisher Gallimard said.`,
			`The author, Claire Dubois, said she was writing a sequel. Gallimard said the sequel would appear in 2026.`},
			map[string]ActorKind{"Claire Dubois": KindPerson, "Gallimard": KindOrganization}, []string{"Jour", "Nuit", "La Nuit"}},
		{"an album title", []string{
			`The band's 1998 album Songs for the Drowned Harbour went platinum, and the label Redwing Records said a new edition was due.`,
			`Redwing Records said the edition would include four unreleased songs.`},
			map[string]ActorKind{"Redwing Records": KindOrganization}, []string{"Drowned Harbour", "Harbour"}},
		{"a quoted film title", []string{
			`The documentary “Water Under Kessler Bridge” opens on Friday, the broadcaster Channel Nine said.`,
			`Channel Nine said the film had cost two million dollars.`},
			map[string]ActorKind{"Channel Nine": KindOrganization}, []string{"Kessler Bridge"}},
		// The author stays.
		{"the book's author", []string{
			`The novel's author, Tom Reed, said on Monday he would give the prize money to a library in Hull.`,
			`Reed said the library had taught him to read.`},
			map[string]ActorKind{"Tom Reed": KindPerson}, nil},
	})
}

// A practice or method written with capitals ("adopt DevSecOps",
// "DevSecOps teams", "embraced Kaizen") is no actor; a firm that is
// hired or acts stays one. Sentences written for the test.
func TestPracticesAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"adopted, then qualifying teams", []string{
			`The bank adopted DevSecOps last year, and DevSecOps teams now review every release, chief technology officer Raj Patel said.`,
			`Patel said the bank would hire forty engineers.`},
			map[string]ActorKind{"Raj Patel": KindPerson}, []string{"DevSecOps"}},
		{"embraced, then workshops", []string{
			`Hospitals that embraced Kaizen cut waiting times by a third, health minister Ines Duarte said on Monday.`,
			`Duarte said Kaizen workshops would be offered to every hospital, and more hospitals will adopt Kaizen next year.`},
			map[string]ActorKind{"Ines Duarte": KindPerson}, []string{"Kaizen"}},
		// A firm that acts stays.
		{"a consultancy that acts", []string{
			`The bank adopted a plan drawn up by Corvell Partners, and Corvell Partners said it would review progress in May.`,
			`Corvell Partners warned that the bank must cut costs.`},
			map[string]ActorKind{"Corvell Partners": KindOrganization}, nil},
	})
}

// People spoken of in general ("Writers made up most of the staff",
// "many writers now work…") are no group actor; a group that acts in the
// story ("the unions said…", "striking writers") stays one. Sentences
// written for the test.
func TestGenericPluralsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"writers in general", []string{
			`Writers made up most of the staff at the magazine, which closed on Friday after forty years.`,
			`Writers earn far less than they did a decade ago, and many writers now work for several outlets at once.`,
			`Editor Jane Moss said the magazine had always paid writers on time.`},
			map[string]ActorKind{"Jane Moss": KindPerson}, []string{"writers"}},
		{"readers in general", []string{
			`Readers trust local papers more than national ones, a survey by the Harwell Trust found.`,
			`Readers under thirty rarely pay for news, and readers over sixty still buy print, the trust said.`,
			`Harwell Trust director Amy Cole said readers were not to blame.`},
			map[string]ActorKind{"Amy Cole": KindPerson}, []string{"readers"}},
		// Groups that act stay.
		{"unions called a strike", []string{
			`Unions called a strike at the port on Monday, saying workers had not been paid.`,
			`The unions said the strike would last a week. Port owner Kelvar Group said the unions had refused its offer.`},
			map[string]ActorKind{"unions": KindGroup}, nil},
		{"striking writers", []string{
			`Striking writers picketed the studio on Tuesday.`,
			`The writers said they would stay out until the studio raised pay.`},
			map[string]ActorKind{"striking writers": KindGroup}, nil},
	})
}

// Some members of a body ("some members of Congress", "several board
// members at Kelbrook Bank") are a part of it: what they want or oppose is
// not the body's. The body that acts as a whole keeps its items.
// Sentences written for the test.
func TestPartOfABodyIsNotTheBody(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		not   string // no commitment or dispute of this actor
		has   string // a commitment or dispute of this actor
	}{
		{"some members want", []string{
			`Some members of Congress want to cut the aid package before the summer recess.`},
			"Congress", ""},
		{"several board members oppose", []string{
			`Several board members at Kelbrook Bank oppose the merger with Halden Trust.`},
			"Kelbrook Bank", ""},
		{"a few members promise", []string{
			`A few members of the Harwick council have promised to block the housing plan.`},
			"Harwick council", ""},
		// The whole body.
		{"Congress will vote", []string{
			`Congress will vote on the aid package next week.`},
			"", "Congress"},
		{"the board rejects", []string{
			`The board of Kelbrook Bank rejected the merger with Halden Trust on Monday.`},
			"", "Kelbrook Bank"},
		{"most of the union", []string{
			`A majority of the members of the Harbour Porters Union have agreed to return to work on Monday.`},
			"", "Harbour Porters Union"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var got []string
			for _, cm := range an.Commitments {
				got = append(got, cm.Actor)
			}
			for _, dp := range an.Disputes {
				got = append(got, dp.Parties...)
			}
			found := false
			for _, g := range got {
				if c.not != "" && strings.EqualFold(g, c.not) {
					t.Errorf("an item of %q: %q", c.not, got)
				}
				if strings.EqualFold(g, c.has) {
					found = true
				}
			}
			if c.has != "" && !found {
				t.Errorf("no item of %q: %q", c.has, got)
			}
		})
	}
}
