package brief

import (
	"strings"
	"testing"
)

// Speakers on news the rules were not written for: frames after the quote
// or in the next paragraph, statements and documents, insertions between
// the speaker and the verb, pronouns after a quote. speaker "" means the
// quote must be printed with no speaker: an empty speaker is better than a
// wrong one.
func TestSpeakerClasses(t *testing.T) {
	// The words of a quote-only paragraph that repeats the article's own
	// prose are a pull quote, not someone's words (TestPullQuoteDropped).
	cases := []struct {
		name    string
		paras   []string
		quote   string
		speaker string
	}{
		// Frames the rules did not know.
		{"in a statement, the department said", []string{
			"The Harbour Department closed the east pier on Monday after a crane collapsed.",
			`In a statement, the department said: “The pier will stay closed until every crane has been inspected.”`},
			"The pier will stay closed", "Harbour Department"},
		{"according to an email from her spokesman", []string{
			"Senator Lydia Marsh voted against the fishing bill on Thursday.",
			`The bill “does nothing for the families who fish these waters”, according to an email from her spokesman.`},
			"does nothing for the families", "Lydia Marsh"},
		{"wrote in a letter to members", []string{
			"Union leader Pavel Novak told members to reject the pay deal.",
			`“This offer is an insult to every nurse in the country,” Novak wrote in a letter to members on Friday.`},
			"This offer is an insult", "Pavel Novak"},
		{"released a statement saying", []string{
			"Larkspur Books reached a pricing deal with the retailer Tavora on Thursday.",
			`Tavora released a separate statement saying, “The agreement lets us lower prices for readers.”`},
			"The agreement lets us lower prices", "Tavora"},
		// The speaker after the quote.
		{"named in the next sentence", []string{
			"The search resumed at dawn on Wednesday.",
			`“The sea is calmer today and the divers can go down again.” That was the verdict of rescue chief Arif Santoso, who spoke to reporters at the port.`},
			"The sea is calmer today", "Arif Santoso"},
		{"a quote over two paragraphs, framed in the second", []string{
			"The mayor, Elena Duarte, took questions on the flood plan.",
			`“We have spent four years on this plan and we are not going to drop it now.`,
			`“The wall will be built,” Ms Duarte said, “whatever the council decides.”`},
			"We have spent four years on this plan", "Elena Duarte"},
		// Insertions between the speaker and the verb.
		{"an apposition without its closing comma", []string{
			"Rescuers widened the search to the north.",
			`“The area where they are searching is shallow,” Ines Varga, an oceanographer at the University of Tallin in Estonia told Reuters.`},
			"The area where they are searching", "Ines Varga"},
		{"a party tag and a discourse adverbial", []string{
			"Most lawmakers praised the governor's speech.",
			`State Sen. Rosa Delgado (D-Marin), for example, said the governor "has kept every promise he made to the valley."`},
			"has kept every promise", "Rosa Delgado"},
		// Pronouns.
		{"he added, after a named speaker and an organisation", []string{
			"Corvane Motors agreed a deal with its dealers on Monday.",
			`The deal lets Corvane set its own prices, Marcus Ruelle said in his post.`,
			`“Irony has its own business model,” he added.`},
			"Irony has its own business model", "Marcus Ruelle"},
		{"a title without a name is no speaker", []string{
			"Before becoming Chief Whip, Daniel Orme set out a reform of the exams which he said would end “the slow decline of the old system”."},
			"the slow decline of the old system", "Daniel Orme"},
		// Later fragments of one reported sentence.
		{"later fragments of one sentence", []string{
			"Education Secretary Keith Morrow defended the new exam.",
			`He insisted that the exam would “bring more rigour” and “useful skills” and would be “a key instrument for raising standards”.`},
			"a key instrument for raising standards", "Keith Morrow"},
		// Headings and passives.
		{"a heading in capitals is no speaker", []string{
			"Shares fell sharply in Asia on Monday.",
			"MARKETS AT A GLANCE",
			`“Investors are waiting for the central bank to move,” said analyst Mei Tan.`},
			"Investors are waiting for the central bank", "Mei Tan"},
		{"a passive speech verb", []string{
			"Prime Minister Helena Barr wanted the reform delayed.",
			`In one briefing note she was warned that “the new exam is one nobody will fail”.`},
			"the new exam is one nobody will fail", ""},
		// Excerpts of other outlets, testimony retold.
		{"an outlet quoting someone as saying", []string{
			"Rescuers recovered more bodies from the sea on Tuesday.",
			`Other media later quoted the head of the rescue agency, Arif Santoso, as saying only “three bodies have been found so far”.`},
			"three bodies have been found", "Arif Santoso"},
		{"testimony retold by a correspondent", []string{
			"Shop owner Leila Haddad was working when the gunmen arrived.",
			`She hid behind the counter “for what felt like hours”, the correspondent reported.`},
			"for what felt like hours", "Leila Haddad"},
		{"the correspondent's own words", []string{
			"The market reopened on Friday.",
			`The square was “quieter than anyone here can remember”, the correspondent reported.`},
			"quieter than anyone here can remember", "the correspondent"},
		// An organisation typed as such by how the article uses it.
		{"a publisher that announces is no person", []string{
			"Book publishing giant Larkmoor announced a settlement with the retailer on Thursday.",
			"Larkmoor, which owns three imprints, said talks had been civil.",
			`The deal lets the retailer discount prices, Larkmoor CEO Joan Avery said in her post.`,
			`“Irony prospers in the digital age,” she added.`},
			"Irony prospers in the digital age", "Joan Avery"},
		{"a committee of a parliament", []string{
			"Lawmakers debated the data bill on Tuesday.",
			`But, as Parliament’s Select Committee on Data has pointed out, it would also be used “for finding out who a reporter's sources are”.`},
			"for finding out who a reporter", "Select Committee on Data"},
		{"a document named after a country", []string{
			"Ministers studied the foreign law before drafting their own.",
			`There would be a code including — according to the explanatory notes of the British Bill — “a clause to protect the sources of journalists”.`},
			"a clause to protect the sources", ""},
		{"a statement from a named ministry", []string{
			"“The vote was a disgrace,” Senator Ruth Oyelaran wrote on Twitter.",
			`According to a statement from the Transport Ministry, “work on the bridge will begin in June”.`},
			"work on the bridge will begin in June", "Transport Ministry"},
		{"a source described after its noun", []string{
			"Talks on the port deal resumed in Geneva on Monday.",
			`“The talks are going nowhere,” a source close to the negotiations said.`},
			"The talks are going nowhere", "source close to the negotiations"},
		{"quoted as saying, in the passive", []string{
			"Dock workers walked out at dawn on Tuesday.",
			`“We are ready to strike for as long as it takes,” the union leader, Marek Zielinski, was quoted as saying.`},
			"We are ready to strike", "Marek Zielinski"},
		{"a participle after the object of a preposition", []string{
			"The seal colony shrank again this winter.",
			`Harbour Trust researcher and staff writer Mina Okoro posted to Facebook asking whether “anyone had seen the seals this week”.`},
			"anyone had seen the seals this week", "Mina Okoro"},
		{"in someone's words", []string{
			"The researchers wondered whether the threshold explains sudden insights.",
			`In Dr. Amal Haddad's words, “Could the moment the brain decides be the moment we feel sure?”`},
			"Could the moment the brain decides", "Amal Haddad"},
		{"a paragraph opening with the last speaker's next words", []string{
			"Neurologist Amal Haddad led the study at the Larch Institute.",
			`“If the times the volunteers gave us were right, we could predict their answers,” explains Dr. Haddad.`,
			`“We used a small mathematical trick from earlier studies to test it.” This “trick” was a model of how evidence builds up.`},
			"We used a small mathematical trick", "Amal Haddad"},
		{"a whole quote after a colon, in a sentence about one person", []string{
			"The historian Luc Marand has written a short book about neon.",
			`Marand sets out the idea in his introduction: “When we hear the word neon, a picture comes to mind at once.”`},
			"When we hear the word neon", "Luc Marand"},
		{"a colon in a sentence about two people", []string{
			"The historian Luc Marand met the painter Nora Bell in Paris.",
			`Marand showed Bell the old sign in his studio: “Open every night until the last guest leaves.”`},
			"Open every night until the last guest", ""},
		{"a document introduced by a colon", []string{
			"Governor Ada Lind vetoed the pension bill last week. She cited the high fees.",
			"The bill contained a memo justifying the increase:",
			`“The share of the fund held in shares swings far more than the share held in hedge funds.”`},
			"The share of the fund held in shares", "memo"},
		{"a passive frame keeps a quote from the person before", []string{
			"Prime Minister Helena Barr read the briefing notes on Sunday.",
			`In one note she was warned that “the new exam is one nobody will fail” and that it would be costly.`},
			"the new exam is one nobody will fail", ""},
		{"two appositions, the second a relative clause", []string{
			"The shelter feeds 2,000 people a day.",
			`“It is one thing to have jobs,” Jose Ramirez, the director of St. Brendan’s Hall, who was homeless in his youth, told me.`},
			"It is one thing to have jobs", "Jose Ramirez"},
		{"the writer's own frame", []string{
			`“I think, sir, he is a little odd,” replied Ginger Nut, with a grin.`,
			`“You hear what they say,” said I, turning towards the screen.`},
			"You hear what they say", ""},
		// Negative: an organisation's name before the quote is no speaker
		// when a person speaks.
		{"a named person, not the body she heads", []string{
			"The Harbour Trust published its annual report on Monday.",
			`“Fish stocks are at their lowest in thirty years,” said Amina Yusuf, who chairs the Harbour Trust.`},
			"Fish stocks are at their lowest", "Amina Yusuf"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			q := findQuote(t, an, c.quote)
			if c.speaker == "" {
				if q.Speaker != "" {
					t.Errorf("speaker = %q, want none", q.Speaker)
				}
				return
			}
			a := actorNamed(an, c.speaker)
			if a == nil && !strings.EqualFold(q.Speaker, c.speaker) || a != nil && q.Speaker != a.Name {
				t.Errorf("speaker = %q, want %q; actors: %q", q.Speaker, c.speaker, actorNames(an))
			}
		})
	}
}

// A paragraph that only repeats, in quotation marks, a sentence of the
// article's own prose is a pull quote: no one said it.
func TestPullQuoteDropped(t *testing.T) {
	an := analyzeText(t,
		"Inspector Maria Lenz visited forty convents in two years.",
		"The focus of her inquiry was on how the sisters live, work and pray, and on the money they raise.",
		`“The sisters have been generous with their time,” Ms Lenz said.`,
		`“The focus of her inquiry was on how the sisters live, work and pray.”`,
		"The report will be published in March.")
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, "The focus of her inquiry") {
			t.Errorf("pull quote listed as a quote of %q: %q", q.Speaker, q.Text)
		}
	}
	findQuote(t, an, "The sisters have been generous")
}

// A quote split by its frame goes on in lower case: one utterance.
func TestSplitQuoteGoesOnInLowerCase(t *testing.T) {
	an := analyzeText(t,
		"Bank chief Tom Arlen spoke after the results on Wednesday.",
		`“In the old days,” Arlen said, “you dealt with one regulator when you had a problem, maybe two.”`)
	q := findQuote(t, an, "In the old days")
	if !strings.Contains(q.Text, "you dealt with one regulator") || q.Speaker != "Tom Arlen" {
		t.Errorf("got %q by %q, want one utterance by Tom Arlen", q.Text, q.Speaker)
	}
}
