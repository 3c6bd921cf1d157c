package brief

import (
	"strings"
	"testing"
)

// itemWith returns the last item whose text contains words, or nil.
func itemWith[T any](items []T, text func(T) string, words string) *T {
	var got *T
	for i := range items {
		if strings.Contains(text(items[i]), words) {
			got = &items[i]
		}
	}
	return got
}

func TestCommitments(t *testing.T) {
	cases := []struct {
		name     string
		paras    []string
		words    string // words of the sentence that states it
		actor    string
		when     string
		strength Strength
	}{
		{"promised", []string{"Prime Minister Helen Carter promised on Monday to cut energy bills by 2027."},
			"promised on Monday to cut energy bills", "Helen Carter", "by 2027", Firm},
		{"is ready to", []string{"Germany is ready to send more air defence systems, Chancellor Rachel Dunmore said."},
			"ready to send more air defence", "Germany", "", Firm},
		{"is due to", []string{"Transport Minister Anna Kowalczyk is due to open the new rail link in Gdansk on Thursday."},
			"due to open the new rail link", "Anna Kowalczyk", "on Thursday", Firm},
		{"agreed", []string{"Japan and Canada agreed to lift tariffs on farm goods next month."},
			"agreed to lift tariffs", "", "next month", Firm},
		{"would in reported speech", []string{"Energy Secretary Mark Delaney said he would publish the safety report next week."},
			"would publish the safety report", "Mark Delaney", "next week", Hedged},
		{"plans to", []string{"The European Union plans to open talks with Norway this summer."},
			"plans to open talks", "European Union", "this summer", Hedged},
		{"accepted an invitation", []string{"President Laura Brennan accepted an invitation to address the assembly."},
			"accepted an invitation", "Laura Brennan", "", Firm},
		{"inside a quote", []string{
			"Defence Secretary Tom Ashby spoke in Leeds.",
			`“Britain is ready to lend its minesweepers to the Baltic states,” Mr Ashby said.`},
			"ready to lend its minesweepers", "United Kingdom", "", Firm},
		{"conjoined subjects: the first leads", []string{"Japan and Canada agreed to lift tariffs on farm goods next month."},
			"agreed to lift tariffs", "Japan", "next month", Firm},
		{"a vow, the noun", []string{"Prime Minister Helen Carter restated her vow on Friday that rail fares would stay frozen."},
			"her vow on Friday", "Helen Carter", "on Friday", Firm},
		{"an intention", []string{"Mayor Sadia Brook has announced her intention to rebuild the sea wall next year."},
			"intention to rebuild the sea wall", "Sadia Brook", "next year", Hedged},
		{"will become the first", []string{"President Laura Brennan will become the first foreign guest to speak at the Oslo forum next month."},
			"will become the first foreign guest", "Laura Brennan", "next month", Firm},
		{"an actor's stated plan", []string{"Greens on the city council are planning to close the coal plant by 2029."},
			"planning to close the coal plant", "Green Party", "by 2029", Hedged},
		{"a scheduled passive: the body that acts", []string{"The Clean Rivers Bill will be voted on in the Senate next Tuesday."},
			"will be voted on in the Senate", "Senate", "next Tuesday", Firm},
		{"agreeing", []string{"Prime Minister Helen Carter backed down on Monday, agreeing to hold talks with the unions next month."},
			"agreeing to hold talks", "Helen Carter", "next month", Firm},
		{"refusing to give up", []string{"Senator James Holloway said he would not back down on the pension reform."},
			"would not back down", "James Holloway", "", Hedged},
		{"present tense with a time ahead", []string{"President Laura Brennan arrives in Hanoi on Sunday evening for a three-day state visit."},
			"arrives in Hanoi", "Laura Brennan", "on Sunday evening", Firm},
		{"subject before a prepositional phrase, time at the start", []string{"Next, on Wednesday, CEOs from the three big banks will brief the committee."},
			"will brief the committee", "CEOs", "on Wednesday", Firm},
		{"they in someone else's quote", []string{
			"Analyst Priya Raman spoke to reporters.",
			"“The Democrats have said they will fight the pipeline in every court,” Ms Raman said."},
			"will fight the pipeline", "Democrats", "", Firm},
		{"they are the speakers", []string{
			"The Latvian Prime Minister Ilze Berzina met Chancellor Rachel Dunmore.",
			"Both governments said they would meet again in Riga in the autumn."},
			"would meet again in Riga", "Both governments", "in the autumn", Hedged},
		{"work under way", []string{"Chilean officials are preparing a water rights bill to table next month."},
			"are preparing a water rights bill", "Chile", "next month", Firm},
		{"a law's terms bind the government", []string{
			"The government said on Monday that the Housing Standards Bill could not wait.",
			"The Bill would oblige landlords to fit smoke alarms in every rented flat."},
			"would oblige landlords", "Government", "", Hedged},
		{"an organisation's change of form", []string{
			"Shares in Talvo Group rose on Monday.",
			"Talvo Group will become a trust that holds its remaining mines."},
			"will become a trust", "Talvo Group", "", Firm},
		{"a scheduled passive with no body named", []string{"The Harbour Safety Bill will be published next week."},
			"will be published next week", "Harbour Safety Bill", "next week", Firm},
		{"the company is no court", []string{
			"Coliva lost its case before the Paris Court of Appeal on Monday.",
			"Its chief executive said the company would cut its commission to 25% by September."},
			"would cut its commission", "Coliva", "by September", Hedged},
		{"a law taking effect, by its owner", []string{"Canada's new carbon levy will take effect on 1 January, the finance ministry said."},
			"will take effect", "Canada", "on 1 January", Firm},
		{"a partnership to act", []string{"Shares in Norlys Energy rose after the company said it had teamed up with Vestas to build offshore turbines."},
			"teamed up with Vestas to build", "Norlys Energy", "", Firm},
		{"a thing on the schedule, by its owner", []string{
			"A Dutch dredger finished clearing the channel in May, and a Norwegian survey ship is scheduled to map the seabed in early August."},
			"Norwegian survey ship is scheduled", "Norway", "early August", Firm},
		{"what an owner will do with what it owns", []string{
			"Halden Media bought the Evening Post last year.",
			"Halden Media's Evening Post will then be merged with its Sunday title."},
			"will then be merged with", "Halden Media", "", Firm},
		{"the military, of the country the article is about", []string{
			"Troops guarded the state radio building in Lusaka as Zambia President Chanda Mwale stayed out of sight.",
			"Zambia officials gave no statement, while the military said it was evacuating the president's family to a safe house."},
			"was evacuating the president's family", "Zambia military", "", Firm},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
			if got == nil {
				t.Fatalf("no commitment with %q in %+v", c.words, an.Commitments)
			}
			if c.actor != "" && got.Actor != c.actor {
				t.Errorf("actor = %q, want %q", got.Actor, c.actor)
			}
			if got.Actor == "" {
				t.Errorf("no actor")
			}
			if got.When != c.when {
				t.Errorf("when = %q, want %q", got.When, c.when)
			}
			if got.Strength != c.strength {
				t.Errorf("strength = %q, want %q", got.Strength, c.strength)
			}
		})
	}
}

func TestNotCommitments(t *testing.T) {
	cases := []struct{ name, text string }{
		{"negated", "Prime Minister Helen Carter refused to commit to a date for the referendum."},
		// A wish and the terms of an instrument already introduced are no
		// promise (TestCommitmentsWishNoPromise,
		// TestCommitmentsInstrumentMadeNoPromise).
		{"an actor's wish", "Greens on the city council want to close the coal plant by 2029."},
		{"an instrument's terms, introduced", "House Democrats introduced a measure on Tuesday that would cap insulin prices by 2029."},
		{"never", "Senator James Holloway said he would never support the bill."},
		{"prediction about a thing", "The new bridge will carry ten thousand cars a day."},
		{"due to as cause", "The delay was due to the bad weather in the north."},
		{"counterfactual", "Ms Carter might have said that she would resign, but she did not."},
		{"question", "Will the government keep its promise to the nurses?"},
		{"a thing's future in reported belief", "Senator James Holloway said he believed the flood would bring the town closer together."},
		{"time clause", "Farmers here say the geese leave when they are ready to fly south."},
		{"indirect question", "Analysts asked how Corvane plans to pay for the new plant."},
		{"an obligation, not a promise", "“The next drought will come, and we will have to ration water,” said Senator James Holloway."},
		{"a forecast", "The treasury projected that the fuel duty freeze would cost £4 billion over five years."},
		{"a wish in a quote", "“We want to be happy here,” said Senator James Holloway."},
		{"a passive that is no schedule", "The harbour will be hit hard by the new tariffs, analysts in Canada said."},
		{"a comparison", "“Within a decade, we will pay more for pensions than for hospitals,” said Senator James Holloway."},
		{"present tense without a time ahead", "President Laura Brennan visits the flooded towns every year."},
		{"a negated action", "Senator James Holloway said he would not sign the pension reform."},
		{"cue as a noun in a compound", "In 2004 President Laura Brennan cancelled export guarantees to help the shipyards."},
		{"a deal's effect, with no maker", "The deal would make the farmers poorer, economists in Lyon warned."},
		{"a person's future", "Senator James Holloway will become a target for his critics, analysts said."},
		{"it is the thing named before", "The Greek ferry was damaged on rocks near Rhodes on Monday, the coastguard said. It was set to sail for Crete on Wednesday."},
		{"a past signing describing the person", "Governor Tom Brannigan, who signed the law in 2023, criticised the ruling on Monday."},
		{"a thing's duration is no schedule", "Canada's new carbon levy will take years to show results, analysts said."},
		{"an owned thing's misfortune", "Canada's harbour will be hit hard by the new tariffs, analysts said."},
		{"past narrative in the progressive", "At the time, a trader recalled, Corvane Motors was offering free servicing in Lyon."},
		{"a progressive of no policy action", "Senator James Holloway is facing a tough election in Ohio."},
		{"what a thing will cost", "School meals cost £2 billion, a fraction of what the state will spend on roads this year."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.text)
			if len(an.Commitments) > 0 {
				t.Errorf("found commitments: %+v", an.Commitments)
			}
		})
	}
}

func TestDisputes(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		parties []string // parties that must all be listed
		cue     string
	}{
		{"rejected", "Prime Minister Helen Carter rejected the union's demand for a four-day week.", []string{"Helen Carter"}, "rejected"},
		{"criticised", "Senator James Holloway criticised President Laura Brennan over the border plan.", []string{"James Holloway", "Laura Brennan"}, "criticised"},
		{"accused", "China accused Japan of provoking the incident near the islands.", []string{"China", "Japan"}, "accused"},
		{"differences between", "Differences between France and Germany over the farm budget remain.", []string{"France", "Germany"}, "differences"},
		{"baulked", "Mr Holloway, the senator, baulked at the price of the new ferries.", []string{"Holloway"}, "baulked"},
		{"warned against", "Mr Holloway warned against rushing into a “weak treaty” with Japan.", []string{"Holloway"}, "warned"},
		// Some Canadians are not Canada (genericPlural): the accused only.
		{"present tense accuse", "Many Canadians accuse Japan of dumping steel on their market.", []string{"Japan"}, "accuse"},
		{"cue inside scare quotes", "Ms Carter said she was “appalled” that Japan had reopened the whaling season.", []string{"Helen Carter", "Japan"}, "appalled"},
		{"unnamed group as a party", "A number of opposition lawmakers oppose the fishing pact with Japan.", []string{"opposition lawmakers"}, "oppose"},
		{"party named before a noun cue", "Canadian diplomats said the Canadian demand that Mr. Holloway step aside still stood.", []string{"Canada", "Holloway"}, "demand"},
		{"the one who reports being dismissed", "Mr Holloway says the fishermen's warnings are being dismissed as scaremongering.", []string{"Holloway"}, "dismissed"},
		{"concerned", "The Canadian Bar Council is concerned the reform would weaken legal aid.", []string{"Bar Council"}, "concerned"},
		{"up in arms", "Teachers, parents and even the Canadian Bar Association are up in arms about the plan.", []string{"Bar Association"}, "arms"},
		{"set against an actor", "Mr Holloway promised to join forces with the Liberals against President Brennan.", []string{"Holloway", "Laura Brennan"}, "against"},
		{"responsible for", "“The Liberal Party is responsible for this mess in our hospitals,” Mr Holloway said.", []string{"Liberal Party"}, "responsible"},
		{"conflicts with", "Everyone in Ottawa knows about Mr Holloway's bitter conflicts with President Brennan.", []string{"Laura Brennan"}, "conflicts"},
		{"called it a scornful name", "Mr. Holloway, the Ohio Republican, called the pension bill “a betrayal of every retired miner.”", []string{"James Holloway"}, "called"},
		{"a demand not met", "Ms Carter has campaigned for a sugar tax but has so far been unable to win over her cabinet.", []string{"Helen Carter"}, "unable"},
		{"seized power", "The colonels who seized power from President Brennan in a night-time coup met foreign envoys on Friday.", []string{"Laura Brennan"}, "seized"},
		{"abuses", "Mr Holloway said Japan's coast guard was guilty of repeated abuses in the disputed waters.", []string{"Holloway", "Japan"}, "abuses"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, "Senator James Holloway and Prime Minister Helen Carter met President Laura Brennan.", c.text)
			var got *Dispute
			for i := range an.Disputes {
				if strings.Contains(an.Disputes[i].Text, c.text[:20]) {
					got = &an.Disputes[i]
				}
			}
			if got == nil {
				t.Fatalf("no dispute found in %q: %+v", c.text, an.Disputes)
			}
			for _, p := range c.parties {
				found := false
				for _, gp := range got.Parties {
					if strings.Contains(gp, p) {
						found = true
					}
				}
				if !found {
					t.Errorf("party %q missing from %q", p, got.Parties)
				}
			}
			if got.Cue != c.cue {
				t.Errorf("cue = %q, want %q", got.Cue, c.cue)
			}
		})
	}
}

func TestNotDisputes(t *testing.T) {
	for _, text := range []string{
		"Prime Minister Helen Carter did not reject the proposal outright.",
		"Senator James Holloway welcomed the agreement with Canada.",
		"Mr Holloway is known across Ottawa as the best bridge engineer, called on by towns all over Canada for help.",
		"Despite the tensions, Canada and Japan signed the trade pact on Monday.",
		"Opposition leader Mark Tan met Japan's ambassador on Friday.",
		"Two shops owned by the mayor's family were attacked by rioters overnight, Canada's police said.",
		"The money spent on the conflict has doubled, Japan's finance ministry said.",
		"Researchers in Canada are tracking the beetle destroying Japan's pine forests – and threatening the famous Nikko cedars.",
		"Canada's ice fields shrank again last year, the weather agency said, warning that many glaciers will not survive.",
		"A spokeswoman for Japan's trade ministry declined to comment on the talks with Canada.",
		"As far as the Canadian delegation was concerned, the week in Japan was a success.",
		"Japan's exports are measured against the targets Canada set last year.",
		"Mr. Holloway, the Ohio Republican, called the show “the news programme of record” in Canada.",
		"Japan's new satellite failed to reach its orbit on Tuesday, Canada's space agency said.",
		"Mr. Holloway has called for hiring two thousand more nurses.",
	} {
		an := analyzeText(t, text)
		if len(an.Disputes) > 0 {
			t.Errorf("%q: found disputes %+v", text, an.Disputes)
		}
	}
}

func TestCommitmentTextAndClause(t *testing.T) {
	an := analyzeText(t,
		"NAIROBI — Kenya and Ethiopia agreed on Monday to build a power line across the border, a deal both governments hailed as historic.",
		"The Kenya Grid Authority said the first section was due to open in the spring of 2027, and that tariffs would fall.",
		"Its chairman, Daniel Kiprop, vowed to hold fares steady, but critics in parliament said the sums did not add up.")
	byWords := func(w string) Commitment {
		for _, c := range an.Commitments {
			if strings.Contains(c.Text, w) {
				return c
			}
		}
		t.Fatalf("no commitment with %q: %+v", w, an.Commitments)
		return Commitment{}
	}
	c := byWords("agreed on Monday to build a power line")
	if strings.HasPrefix(c.Text, "NAIROBI") {
		t.Errorf("dateline kept in %q", c.Text)
	}
	if strings.Contains(c.What, "a deal both governments") {
		t.Errorf("what runs into the comment on it: %q", c.What)
	}
	c = byWords("due to open")
	if !strings.HasPrefix(c.What, "the first section was due to open") {
		t.Errorf("what %q lacks its subject, the first section", c.What)
	}
	if strings.HasSuffix(c.Text, "and") || strings.HasSuffix(c.Text, ",") {
		t.Errorf("dangling conjunction in %q", c.Text)
	}
	c = byWords("vowed to hold fares steady")
	if strings.Contains(c.Text, "critics") {
		t.Errorf("the contrasting clause is not the commitment: %q", c.Text)
	}
}

func TestDisputeTopic(t *testing.T) {
	cases := []struct{ sentence, words, topic string }{
		{"A foreign ministry spokesman, Zhao Lin, accused Britain of “stoking bloc confrontation” in Africa.", "accused Britain", "stoking bloc confrontation"},
		{"The company's chief executive, Paul Renard, rejected the findings and said the firm would appeal.", "rejected the findings", "the findings"},
		{"Senator Ana Ruiz criticised the government for signing the pact without a vote.", "criticised the government", "the government for signing the pact"},
		{"Mayor Lisa Grant faced criticism from shopkeepers after the parking vote.", "faced criticism", ""},
	}
	for _, c := range cases {
		an := analyzeText(t, "Talks were held in Geneva on Monday.", c.sentence)
		got := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, c.words)
		if got == nil {
			t.Errorf("%q: no dispute; got %+v", c.words, an.Disputes)
			continue
		}
		if got.Topic != c.topic {
			t.Errorf("%q: topic %q, want %q", c.words, got.Topic, c.topic)
		}
	}
}

func TestDisputeTextStartsAtTheRelativeClause(t *testing.T) {
	an := analyzeText(t,
		"Lena Sorvik described how her firm hires engineers while giving evidence on Monday in a case brought by Taldra Systems, which accuses Norvex and its parent of copying its designs.")
	got := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "accuses Norvex")
	if got == nil {
		t.Fatalf("no dispute with the accusation: %+v", an.Disputes)
	}
	if !strings.HasPrefix(got.Text, "Taldra Systems, which accuses") {
		t.Errorf("text = %q, want it to start at the name the clause is about", got.Text)
	}
}

func TestCommitmentInItsOwnClause(t *testing.T) {
	an := analyzeText(t, "Nordcargo Shipping delivered fuel to the research base in September, and a Chilean survey ship is scheduled to map the seabed in early August.")
	got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, "scheduled to map")
	if got == nil {
		t.Fatalf("no commitment: %+v", an.Commitments)
	}
	if strings.Contains(got.Text, "Nordcargo") {
		t.Errorf("text = %q, want the clause that states the commitment", got.Text)
	}
}
