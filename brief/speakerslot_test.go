package brief

import (
	"strings"
	"testing"
)

// A lead-in that ends in a colon opens a speaker slot: the quote after it
// is the words of whoever fills the slot. When the slot names no one
// ("Then came the replies:", "One reader put it bluntly:", "Someone in the
// thread noted that…:") the quote has no speaker; the article's main
// person or the nearest name is no fallback. A first name on a line of its
// own ("Priya:") fills the slot with the person of that name. Blog and
// tweet-collage layout, sentences written for the test.
func TestColonLeadInSlot(t *testing.T) {
	post := []string{
		`Mara Lindqvist runs a small bakery in Tromsø. Last week she wrote a long post about her rent, which has doubled since 2021.`,
		`Lindqvist said she would close the shop in March unless the landlord gave way.`,
	}
	with := func(extra ...string) []string { return append(append([]string(nil), post...), extra...) }
	checkSpeakers(t, []speakerCase{
		{"then came the replies", with(
			`Then came the replies:`,
			`“You should have thought about the rent before you opened a shop.”`),
			"thought about the rent", ""},
		{"one reader put it bluntly", with(
			`One reader put it bluntly:`,
			`“Nobody owes you a living for selling bread.”`),
			"owes you a living", ""},
		{"someone in the thread noted", with(
			`Someone in the thread noted that the figures in the post were wrong:`,
			`“The rent went up by forty per cent, not a hundred.”`),
			"went up by forty per cent", ""},
		{"the messages got worse", with(
			`The messages got worse:`,
			`“Go back to where you came from and take your bread with you.”`),
			"take your bread with you", ""},
		{"the replies to her", with(
			`The replies to Lindqvist were brutal:`,
			`“Nobody owes you a living for selling bread.”`),
			"owes you a living", ""},
		{"her post had replies", with(
			`Within an hour, Lindqvist's post had three hundred replies:`,
			`“Nobody owes you a living for selling bread.”`),
			"owes you a living", ""},
		{"a commenter wrote", with(
			`A commenter wrote:`,
			`“I have bought bread there for ten years and it is worth every krone.”`),
			"worth every krone", "commenter"},
		{"the replies, same paragraph", with(
			`Then came the replies: “You should have thought about the rent before you opened a shop.”`),
			"thought about the rent", ""},
		{"anonymous lead-in after her own words", with(
			`“I have nothing left to cut,” Lindqvist wrote.`,
			`Then came the replies:`,
			`“Then raise your prices like everyone else has done.”`),
			"raise your prices", ""},
		{"anonymous lead-in in the paragraph of her words", with(
			`“I have nothing left to cut,” Lindqvist wrote. The messages got worse:`,
			`“Then raise your prices like everyone else has done.”`),
			"raise your prices", ""},
		{"a description fills the slot", with(
			`“I have nothing left to cut,” Lindqvist wrote.`,
			`Another user replied:`,
			`“Then raise your prices like everyone else has done.”`),
			"raise your prices", "Another user"},
		// The slot filled: the person it names speaks.
		{"a first name on a line of its own", with(
			`Her friend Priya Raman, who owns the café next door, joined the thread.`,
			`Priya:`,
			`“Mara has kept this street alive for a decade and everyone knows it.”`),
			"kept this street alive", "Priya Raman"},
		{"full name wrote", with(
			`Priya Raman, who owns the café next door, joined the thread.`,
			`Raman wrote:`,
			`“Mara has kept this street alive for a decade and everyone knows it.”`),
			"kept this street alive", "Priya Raman"},
		{"she replied", with(
			`She replied:`,
			`“I will keep baking until the day they change the locks.”`),
			"until the day they change the locks", "Mara Lindqvist"},
		{"plain said after, unchanged", with(
			`“I will keep baking until the day they change the locks,” she said.`),
			"until the day they change the locks", "Mara Lindqvist"},
		{"a quote-only paragraph after a paragraph about her", with(
			`Lindqvist has baked in the town for twenty years.`,
			`“I will keep baking until the day they change the locks.”`),
			"until the day they change the locks", "Mara Lindqvist"},
	})
}

// A quoted phrase used as a label ("a “pay what you like” model", "the
// “I was here first” card", "the so-called “efficiency first” drive") is
// no one's words: it is not printed as the quote of the person the
// sentence describes. "What he calls a “…”" still names the speaker, and
// a real quote in the same sentence keeps its speaker. Sentences written
// for the test.
func TestLabelQuotes(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		quote   string
		speaker string // "" = not printed, or printed with no speaker
	}{
		{"a model", []string{
			`Café owner Daniel Fiske opened the Kettle in Leeds in 2019.`,
			`Fiske runs a “pay what you like” model for soup and bread on weekdays.`},
			"pay what you like", ""},
		{"a card", []string{
			`Councillor Ana Bellamy spoke for forty minutes at the planning meeting.`,
			`Bellamy played the “I was here first” card when the new residents asked for a crossing.`},
			"I was here first", ""},
		{"the so-called drive", []string{
			`Chief executive Tom Harlow announced the cuts on Monday.`,
			`Harlow said the so-called “efficiency before everything” drive would cost 400 jobs.`},
			"efficiency before everything", ""},
		{"the model, and a frame", []string{
			`Café owner Daniel Fiske opened the Kettle in Leeds in 2019.`,
			`The “pay what you like” model has kept the café open through two winters, Fiske said.`},
			"pay what you like", ""},
		{"their approach, and a frame", []string{
			`Union leader Kofi Mensah met the board of Vantor Freight on Tuesday.`,
			`Their “cut first and ask later” approach to the depots has failed, Mensah said.`},
			"cut first and ask later", ""},
		{"their approach", []string{
			`Union leader Kofi Mensah met the board of Vantor Freight on Tuesday.`,
			`Mensah attacked their “cut first and ask later” approach to the depots.`},
			"cut first and ask later", ""},
		{"a possessive's strategy", []string{
			`Critics mocked Mayor Ida Lund's “build it and they will come” strategy for the harbour.`},
			"build it and they will come", ""},
		// Right speakers kept.
		{"what she calls", []string{
			`Minister Joan Petit defended what she calls a “necessary reset of priorities” at the ministry.`},
			"necessary reset of priorities", "Joan Petit"},
		{"a fragment that is speech", []string{
			`Minister Joan Petit said the cuts were “a necessary reset of priorities” for the ministry.`},
			"necessary reset of priorities", "Joan Petit"},
		{"a whole quote after a label", []string{
			`Café owner Daniel Fiske opened the Kettle in Leeds in 2019.`,
			`Fiske runs a “pay what you like” model for soup and bread on weekdays.`,
			`“People pay what they can and nobody has ever walked out without paying,” Fiske said.`},
			"nobody has ever walked out", "Daniel Fiske"},
		{"a quote that ends before a noun", []string{
			`Councillor Ana Bellamy spoke for forty minutes at the planning meeting.`,
			`“We were here first,” Bellamy said, and the residents laughed.`},
			"We were here first", "Ana Bellamy"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var q *Quote
			for i := range an.Quotes {
				if strings.Contains(an.Quotes[i].Text, c.quote) {
					q = &an.Quotes[i]
				}
			}
			if c.speaker == "" {
				if q != nil && q.Speaker != "" {
					t.Errorf("label %q printed as %q's words", c.quote, q.Speaker)
				}
				return
			}
			if q == nil {
				t.Fatalf("no quote with %q", c.quote)
			}
			if a := actorNamed(an, c.speaker); a == nil || q.Speaker != a.Name {
				t.Errorf("speaker = %q, want %q", q.Speaker, c.speaker)
			}
		})
	}
}

// A speaker is an actor: a named person or body, or a description the page
// can print ("a spokesman for the ministry", "residents"). Phrases that a
// frame's words happen to end in ("the response", "anything past what
// other people") are not. Sentences written for the test.
func TestPhraseSpeakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the response was", []string{
			`Harbour master Ilse Brandt asked the shipping firms to slow down in the fjord.`,
			`The response was swift: “We will not accept rules written for tourists.”`},
			"rules written for tourists", ""},
		{"what other people said", []string{
			`Ilse Brandt does not read the comments any more.`,
			`She has stopped caring about anything past what other people said: “My job is to keep the fjord safe.”`},
			"keep the fjord safe", ""},
		{"the people", []string{
			`The council voted to close the ferry on Sundays.`,
			`For the people of Lysøy it was the last straw: “We have been forgotten by the mainland.”`},
			"forgotten by the mainland", ""},
		{"the people said", []string{
			`The council voted to close the ferry on Sundays.`,
			`“We have been forgotten by the mainland,” the people said.`},
			"forgotten by the mainland", ""},
		{"everyone agreed", []string{
			`The council voted to close the ferry on Sundays.`,
			`“The island will empty out,” everyone said afterwards.`},
			"island will empty out", ""},
		// Descriptions that are actors stay.
		{"residents said", []string{
			`The council voted to close the ferry on Sundays.`,
			`“We have been forgotten by the mainland,” residents said.`},
			"forgotten by the mainland", "residents"},
		{"a spokesman for the ministry", []string{
			`The Ministry of Fisheries closed the fjord to trawlers on Monday.`,
			`“The stocks need two years to recover,” said a spokesman for the ministry.`},
			"stocks need two years", "Ministry of Fisheries"},
	})
}

// Father and son, or two sisters, share a surname: a bare "Tane" is the
// one named just before (same or previous sentence), else the one named in
// full far more often, else the one the article named first (the son is
// introduced through his father); two named first together leave the quote
// with no speaker. Sentences written for the test.
func TestSharedSurnameSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"father and son, then the surname", []string{
			`Hori Tane, 71, has farmed the valley since 1975. His son Rewi Tane took over the milking shed last year.`,
			`The drought has cost the family half its herd.`,
			`“We have never seen the river this low,” Tane said.`},
			"river this low", "Hori Tane"},
		{"father and son, for Tane and his family", []string{
			`Hori Tane, 71, has farmed the valley since 1975. His son Rewi Tane took over the milking shed last year.`,
			`It has been a hard year for Tane and his family. “We have never seen the river this low,” he said.`},
			"river this low", "Hori Tane"},
		{"father and son, a neighbour named before the frame", []string{
			`Hori Tane, 71, has farmed the valley since 1975. His son Rewi Tane took over the milking shed last year.`,
			`The drought has cost the family half its herd.`,
			`Their neighbour Wiremu Kahu lost forty cows in March. “We have never seen the river this low,” Tane said.`},
			"river this low", "Hori Tane"},
		{"father and son, a split quote", []string{
			`Hori Tane, 71, has farmed the valley since 1975. His son Rewi Tane took over the milking shed last year.`,
			`Their neighbour Wiremu Kahu lost forty cows in March.`,
			`“We have never seen the river this low,” said Tane. “The eels have gone from the lower pools.”`},
			"eels have gone", "Hori Tane"},
		{"father and son, the quote goes on in the next paragraph", []string{
			`Hori Tane, 71, has farmed the valley since 1975. His son Rewi Tane took over the milking shed last year.`,
			`Their neighbour Wiremu Kahu lost forty cows in March.`,
			`“We have never seen the river this low,” Tane said.`,
			`“The eels have gone from the lower pools and the cows will not drink from the creek.”`},
			"eels have gone", "Hori Tane"},
		{"father and son, then a woman speaks", []string{
			`Hori Tane, 71, has farmed the valley since 1975. His son Rewi Tane took over the milking shed last year.`,
			`Sarah Ngata, a vet from Taupō, has visited the farm every week since January.`,
			`It has been a hard year for Tane and his family. “The herd is thinner than I have ever seen it,” she said.`},
			"herd is thinner", "Sarah Ngata"},
		// The nearest full mention decides.
		{"the surname right after one full name", []string{
			`Hori Tane, 71, has farmed the valley since 1975.`,
			`His son Rewi Tane took over the milking shed last year after studying in Hamilton.`,
			`“I came home because the farm needed someone young,” Rewi Tane said. “We have never seen the river this low,” Tane added.`},
			"river this low", "Rewi Tane"},
		// One of them named in full throughout, the other once: the bare
		// surname is the one the story is about.
		{"a senator named throughout, her husband once", []string{
			`Senator Marta Quill opened the inquiry into the harbour contracts on Tuesday.`,
			`Marta Quill has chaired the committee since 2019. Her husband, Ruben Quill, is a retired judge.`,
			`The hearing ran for six hours. Marta Quill questioned the port's finance chief for most of it.`,
			`The drought of bids was no accident, the committee heard.`,
			`“Someone made sure the other tenders never arrived,” Quill said.`},
			"other tenders never arrived", "Marta Quill"},
		{"the husband named throughout, the bare name nearer him", []string{
			`Senator Marta Quill opened the inquiry into the harbour contracts on Tuesday.`,
			`Her husband, Ruben Quill, is a retired judge. Ruben Quill sat in the gallery. Ruben Quill left at noon.`,
			`The drought of bids was no accident, the committee heard.`,
			`“Someone made sure the other tenders never arrived,” Quill said.`},
			"other tenders never arrived", "Ruben Quill"},
		{"the son named first", []string{
			`Rewi Tane took over the milking shed last year. His father, Hori Tane, still rises at four.`,
			`The drought has cost the family half its herd.`,
			`“We have never seen the river this low,” Tane said.`},
			"river this low", "Rewi Tane"},
		{"both named first in one sentence", []string{
			`Hori Tane and his son Rewi Tane have farmed the valley together since 2015.`,
			`The drought has cost the family half its herd.`,
			`“We have never seen the river this low,” Tane said.`},
			"river this low", ""},
		{"one Tane only", []string{
			`Hori Tane, 71, has farmed the valley since 1975.`,
			`The drought has cost the family half its herd.`,
			`“We have never seen the river this low,” Tane said.`},
			"river this low", "Hori Tane"},
	})
}
