package brief

import (
	"strings"
	"testing"
)

// speakerCase is an article written for a test, a quote in it (some of
// its words) and who must be printed as its speaker: an actor's name, or
// "" for a quote printed with no speaker.
type speakerCase struct {
	name    string
	paras   []string
	quote   string
	speaker string
}

// checkSpeakers analyses each case's article and checks its quote's
// speaker: none when the case wants none, else the actor of that name as
// the actors list names it (or, when no actor has the name, the name
// itself, in any case).
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
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

// Speakers on news the rules were not written for: frames after the quote
// or in the next paragraph, statements and documents, insertions between
// the speaker and the verb, pronouns after a quote. speaker "" means the
// quote must be printed with no speaker: an empty speaker is better than a
// wrong one.
func TestSpeakerClasses(t *testing.T) {
	// The words of a quote-only paragraph that repeats the article's own
	// prose are a pull quote, not someone's words (TestPullQuoteDropped).
	checkSpeakers(t, []speakerCase{
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
			"Larkspur Books settled its row over e-book margins with the retailer Tavora on Thursday.",
			`Tavora issued its own statement saying, “The agreement lets us lower prices for readers.”`},
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
			"Divers resumed work on the wreck at first light.",
			`“The bay is barely ten metres deep at low tide,” Ines Varga, a marine geologist at the Baltic Sea Institute in Estonia told reporters.`},
			"The bay is barely ten metres deep", "Ines Varga"},
		{"a party tag and a discourse adverbial", []string{
			"Lawmakers of both parties cheered the budget address.",
			`Assemblywoman Rosa Delgado (D-Marin), for instance, said the governor "has kept every promise he made to the valley."`},
			"has kept every promise", "Rosa Delgado"},
		// Pronouns.
		{"he added, after a named speaker and an organisation", []string{
			"Corvane Motors agreed new terms with its dealers on Monday.",
			`Under the terms the dealers keep their margins, Marcus Ruelle wrote on his blog.`,
			`“Nobody in the trade saw that coming,” he added.`},
			"Nobody in the trade saw that coming", "Marcus Ruelle"},
		{"a title without a name is no speaker", []string{
			"Daniel Orme, who went on to serve as Chief Whip, drew up a plan for the railways which he said would end “the slow decline of the branch lines”."},
			"the slow decline of the branch lines", "Daniel Orme"},
		// Later fragments of one reported sentence.
		{"later fragments of one sentence", []string{
			"Transport Secretary Alan Morrow defended the new timetable.",
			`He argued that the timetable would “cut waiting times” and “fill empty seats” and would become “the backbone of a cheaper network”.`},
			"the backbone of a cheaper network", "Alan Morrow"},
		// Headings and passives.
		{"a heading in capitals is no speaker", []string{
			"Shares fell sharply in Asia on Monday.",
			"MARKETS AT A GLANCE",
			`“Investors are waiting for the central bank to move,” said analyst Mei Tan.`},
			"Investors are waiting for the central bank", "Mei Tan"},
		{"a passive speech verb", []string{
			"Prime Minister Helena Barr wanted the rail reform delayed.",
			`Ahead of the vote she was cautioned that “the new fares will be impossible to explain to anyone”.`},
			"the new fares will be impossible to explain", ""},
		// Excerpts of other outlets, testimony retold.
		{"an outlet quoting someone as saying", []string{
			"The ferry sank in calm water on Tuesday.",
			`A radio station in the port quoted the coastguard commander, Arif Santoso, as saying “eleven passengers are still unaccounted for”.`},
			"eleven passengers are still unaccounted for", "Arif Santoso"},
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
			"Seed supplier Larkmoor announced a truce with the farmers' co-operative on Thursday.",
			"Larkmoor, which runs four depots, said talks had been polite.",
			`The truce lets the co-operative buy in bulk, Larkmoor CEO Joan Avery told staff in an email.`,
			`“Good sense won out in the end,” she added.`},
			"Good sense won out in the end", "Joan Avery"},
		{"a committee of a parliament", []string{
			"Lawmakers debated the surveillance bill on Tuesday.",
			`The powers could be turned on the press, Parliament’s Select Committee on Data warned, since the records would show “every call a reporter has made in two years”.`},
			"every call a reporter has made in two years", "Select Committee on Data"},
		{"a document named after a country", []string{
			"Ministers studied a foreign law before drafting their own.",
			`The draft copies one safeguard — according to the guidance notes of the Irish Act — “a shield for the sources of reporters”.`},
			"a shield for the sources of reporters", ""},
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
			`Harbour Trust ranger and volunteer guide Mina Okoro wrote on Facebook asking whether “anyone had counted the pups this week”.`},
			"anyone had counted the pups this week", "Mina Okoro"},
		{"in someone's words", []string{
			"The team asked why some patients sleep badly after surgery.",
			`In Dr. Amal Haddad's words, “Is the noise of the ward doing more harm than the pain?”`},
			"Is the noise of the ward doing more harm", "Amal Haddad"},
		{"a paragraph opening with the last speaker's next words", []string{
			"Surgeon Amal Haddad led the study at the Larch Institute.",
			`“Patients on quiet wards went home two days sooner,” explains Dr. Haddad.`,
			`“We simply turned the alarms down at night and waited.” The “alarms” were the bedside monitors.`},
			"We simply turned the alarms down", "Amal Haddad"},
		{"a whole quote after a colon, in a sentence about one person", []string{
			"The historian Luc Marand has written a short book about railway clocks.",
			`Marand states his case in the preface: “Every town once set its watches by the station.”`},
			"Every town once set its watches", "Luc Marand"},
		{"a colon in a sentence about two people", []string{
			"The historian Luc Marand met the painter Nora Bell in Lyon.",
			`Marand showed Bell the enamel plate in his workshop: “Trains leave on the hour until midnight.”`},
			"Trains leave on the hour until midnight", ""},
		{"a document introduced by a colon", []string{
			"Governor Ada Lind refused to sign the transit bill on Friday.",
			"Attached to the bill was a memo arguing for the new fares:",
			`“Riders outside the city pay twice what riders inside it pay for the same distance.”`},
			"Riders outside the city pay twice", "memo"},
		{"a passive frame keeps a quote from the person before", []string{
			"Prime Minister Helena Barr read the rail papers on Sunday.",
			`In one paper she was advised that “the fare cap will cost twice the estimate” and that it could wait.`},
			"the fare cap will cost twice the estimate", ""},
		{"two appositions, the second a relative clause", []string{
			"The food bank hands out 900 parcels a week.",
			`“Rents rose faster than wages here,” Tomas Orlov, the manager of St. Brendan’s Hall, who grew up on the estate, told me.`},
			"Rents rose faster than wages here", "Tomas Orlov"},
		{"the writer's own frame", []string{
			`“The clerk has left the key in the door again,” grumbled Mr Pask, the porter.`,
			`“Then lock it yourself tonight,” said I, reaching for my coat.`},
			"Then lock it yourself tonight", ""},
		// Negative: an organisation's name before the quote is no speaker
		// when a person speaks.
		{"a named person, not the body she heads", []string{
			"The Harbour Trust published its annual report on Monday.",
			`“Fish stocks are at their lowest in thirty years,” said Amina Yusuf, who chairs the Harbour Trust.`},
			"Fish stocks are at their lowest", "Amina Yusuf"},
	})
}

// A paragraph that only repeats, in quotation marks, a sentence of the
// article's own prose is a pull quote: no one said it.
func TestPullQuoteDropped(t *testing.T) {
	an := analyzeText(t,
		"Inspector Maria Lenz visited forty ferry ports in two years.",
		"Her inspection looked at the state of the ramps, the lifejackets and the training of the crews.",
		`“The crews have been open with me,” Ms Lenz said.`,
		`“Her inspection looked at the state of the ramps, the lifejackets and the training of the crews.”`,
		"The report will be published in March.")
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, "Her inspection looked") {
			t.Errorf("pull quote listed as a quote of %q: %q", q.Speaker, q.Text)
		}
	}
	findQuote(t, an, "The crews have been open")
}

// A quote split by its frame goes on in lower case: one utterance.
func TestSplitQuoteGoesOnInLowerCase(t *testing.T) {
	an := analyzeText(t,
		"Brewery owner Tom Arlen spoke after the harvest on Wednesday.",
		`“Back in the nineties,” Arlen said, “we bought our hops from one farm, sometimes two.”`)
	q := findQuote(t, an, "Back in the nineties")
	if !strings.Contains(q.Text, "we bought our hops from one farm") || q.Speaker != "Tom Arlen" {
		t.Errorf("got %q by %q, want one utterance by Tom Arlen", q.Text, q.Speaker)
	}
}
