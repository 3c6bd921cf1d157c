package brief

import (
	"strings"
	"testing"
)

// unnamedCase is an article in which someone the text does not name (a
// commenter, a neighbour, critics) speaks about a person it names: the
// quote must never be printed as the named person's. notBy is that
// person; want, when set, is the only speaker the quote may have besides
// none (a description of the unnamed speaker).
type unnamedCase struct {
	name  string
	paras []string
	quote string
	notBy string
	want  string
}

// An unnamed agent that is the subject of the clause that frames a quote,
// or of the sentence just before it, blocks the person named as its object
// or in its object's possessor from being the quote's speaker: in the same
// sentence ("A neighbour of Councillor Tom Brisk described his fence as
// “…”"), in a quote that follows the sentence ("Critics attacked Velden's
// post. “…”"), and through a pronoun that may stand for the unnamed agent
// ("A critic attacked Velden. She called it “…”"). Sentences written for
// the test.
func TestUnnamedAgentBlocksNamedObject(t *testing.T) {
	cases := []unnamedCase{
		{"neighbour of a named person described … as", []string{
			`A neighbour of Councillor Edwin Tallis described his new garden wall as “a blot on the whole street”.`},
			"a blot on the whole street", "Edwin Tallis", ""},
		{"friend of a named person said … was", []string{
			`A friend of singer Loretta Vance said the tour had been “exhausting for everyone involved”.`},
			"exhausting for everyone involved", "Loretta Vance", ""},
		{"fan of a named person called", []string{
			`A fan of footballer Dario Menck called the transfer “the worst decision of his career”.`},
			"the worst decision of his career", "Dario Menck", ""},
		{"commenter on her page called", []string{
			`One commenter on Priya Lomond's campaign page called the leaflet “cheap, lazy and misleading”.`},
			"cheap, lazy and misleading", "Priya Lomond", "One commenter"},
		{"critics attacked her post, quote follows", []string{
			`Critics attacked Priya Lomond's post about the flood. “This is a stunt to win more votes.”`},
			"a stunt to win more votes", "Priya Lomond", ""},
		{"a spokesperson for the group attacked him, quote follows", []string{
			`A spokesperson for the residents' group attacked Mayor Gideon Farrow on Tuesday. “He has ignored this estate for ten years.”`},
			"ignored this estate for ten years", "Gideon Farrow", ""},
		{"one user mocked her, quote follows", []string{
			`Presenter Ilse Marchetti shared a photo of her new kitchen on Sunday.`,
			`One user mocked Marchetti. “What a waste of money in a crisis.”`},
			"a waste of money in a crisis", "Ilse Marchetti", ""},
		{"one commenter slammed her photo, quote paragraph follows", []string{
			`Presenter Ilse Marchetti shared a photo of her new kitchen on Sunday. One commenter slammed Marchetti's photo.`,
			`“What a waste of money in the middle of a crisis.”`},
			"a waste of money in the middle", "Ilse Marchetti", ""},
		{"a critic attacked her; she called (gender fits the critic)", []string{
			`A critic attacked novelist Hanna Brequet on Monday. She called the book “lazy, cynical and far too long”.`},
			"lazy, cynical and far too long", "Hanna Brequet", ""},
		{"a critic attacked him; he called (gender fits the critic)", []string{
			`A critic attacked novelist Oskar Brenning on Monday. He called the book “lazy, cynical and far too long”.`},
			"lazy, cynical and far too long", "Oskar Brenning", ""},
		{"one resident criticised him; “…,” she said", []string{
			`One resident criticised Councillor Edwin Tallis at the meeting. “He has never once visited our street,” she said.`},
			"never once visited our street", "Edwin Tallis", ""},
		{"a commenter criticised her; “…,” she wrote", []string{
			`A commenter criticised Priya Lomond after the debate. “She has no idea what a food bank is,” she wrote.`},
			"no idea what a food bank is", "Priya Lomond", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			q := findQuote(t, an, c.quote)
			if q.Speaker == "" {
				return
			}
			if a := actorNamed(an, c.notBy); a != nil && q.Speaker == a.Name || strings.EqualFold(q.Speaker, c.notBy) {
				t.Fatalf("speaker = %q, the person spoken about", q.Speaker)
			}
			if c.want != "" && !strings.EqualFold(q.Speaker, c.want) {
				t.Errorf("speaker = %q, want none or %q", q.Speaker, c.want)
			}
		})
	}
}

// The rule blocks only a named object under an unnamed subject: the named
// person who is the subject, the one after "said", "according to", a
// split quote, the one criticised who answers by name or as the only
// "she" the gender allows, keep their words. Sentences written for the
// test.
func TestNamedSpeakerKeptBesideUnnamed(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"named subject called", []string{
			`Presenter Ilse Marchetti shared a photo of her new kitchen on Sunday.`,
			`Marchetti called the criticism “a storm in a very small teacup”.`},
			"a storm in a very small teacup", "Ilse Marchetti"},
		{"said Name after critics", []string{
			`Critics attacked Priya Lomond's post about the flood.`,
			`“I was there with the volunteers all night,” said Priya Lomond.`},
			"with the volunteers all night", "Priya Lomond"},
		{"according to Name", []string{
			`Critics attacked Priya Lomond's post about the flood.`,
			`According to Lomond, the picture was “taken before the water rose”.`},
			"taken before the water rose", "Priya Lomond"},
		{"split quote", []string{
			`One user mocked Ilse Marchetti on Sunday.`,
			`“It is my kitchen,” Marchetti said, “and I paid for every tile of it myself.”`},
			"paid for every tile", "Ilse Marchetti"},
		{"critics …, but others, such as Name, …; he told me", []string{
			`Some residents have called the new shelter “a prison camp”, but others, such as pastor Ewan Talbot, hope it will spread.`,
			`“Nobody should sleep in a doorway when there is a bed across the road,” he told me.`},
			"Nobody should sleep in a doorway", "Ewan Talbot"},
		{"a man attacked her; she (only she fits)", []string{
			`A man attacked novelist Hanna Brequet at a reading on Monday. She called the attack “frightening and completely unexpected”.`},
			"frightening and completely unexpected", "Hanna Brequet"},
		{"she was attacked by critics; she called", []string{
			`The novelist Hanna Brequet was attacked by critics on Monday. She called the reviews “lazy and deeply unfair”.`},
			"lazy and deeply unfair", "Hanna Brequet"},
	})
}
