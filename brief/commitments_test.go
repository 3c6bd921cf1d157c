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
		{"is due to", []string{"Foreign Minister Anna Kowalczyk is due to meet her French counterpart on Friday."},
			"due to meet her French counterpart", "Anna Kowalczyk", "on Friday", Firm},
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
			`“Britain is ready to put ships in the Gulf to protect the convoys,” Mr Ashby said.`},
			"ready to put ships in the Gulf", "United Kingdom", "", Firm},
		{"conjoined subjects: the first leads", []string{"Japan and Canada agreed to lift tariffs on farm goods next month."},
			"agreed to lift tariffs", "Japan", "next month", Firm},
		{"a vow, the noun", []string{"Prime Minister Helen Carter repeated her vow on Monday that there would be no new taxes."},
			"her vow on Monday", "Helen Carter", "on Monday", Firm},
		{"an intention", []string{"Mayor Sadia Brook has declared her intention to resist the cuts next year."},
			"intention to resist the cuts", "Sadia Brook", "next year", Hedged},
		{"will become the first", []string{"President Laura Brennan will become the first leader to address the assembly next month."},
			"will become the first leader", "Laura Brennan", "next month", Firm},
		{"an actor's stated aim", []string{"Republicans in the Senate want to make the tax cuts permanent by 2027."},
			"want to make the tax cuts permanent", "Republicans", "by 2027", Hedged},
		{"a scheduled passive: the body that acts", []string{"The Harbour Safety Bill will be debated in the House of Commons on Thursday."},
			"will be debated in the House", "House of Commons", "on Thursday", Firm},
		{"agreeing", []string{"Prime Minister Helen Carter backed down on Monday, agreeing to hold talks with the unions next month."},
			"agreeing to hold talks", "Helen Carter", "next month", Firm},
		{"refusing to give up", []string{"Senator James Holloway said he would not back down on the pension reform."},
			"would not back down", "James Holloway", "", Hedged},
		{"present tense with a time ahead", []string{"President Laura Brennan lands in Nairobi later on Friday for two days of talks."},
			"lands in Nairobi", "Laura Brennan", "on Friday", Firm},
		{"subject before a prepositional phrase, time at the start", []string{"Then, on Friday, CEOs from the big broadcasters will meet the committee."},
			"will meet the committee", "CEOs", "on Friday", Firm},
		{"they in someone else's quote", []string{
			"Analyst Priya Raman spoke to reporters.",
			"“The Republicans have said they will do what they can to block a deal,” Ms Raman said."},
			"will do what they can", "Republicans", "", Firm},
		{"they are the speakers", []string{
			"The Latvian Prime Minister Ilze Berzina met Chancellor Rachel Dunmore.",
			"Both leaders said they would meet again in Riga in the autumn."},
			"would meet again in Riga", "Both leaders", "in the autumn", Hedged},
		{"work under way", []string{"Tunisian lawmakers are drafting an anti-terrorism bill to present next month."},
			"are drafting an anti-terrorism bill", "Tunisia", "next month", Firm},
		{"work under way, reported by the actor", []string{
			"Shares in Corvane Motors fell on Monday.",
			"The company also said it was lowering prices across its range."},
			"was lowering prices", "Corvane Motors", "", Firm},
		{"begun, reported", []string{"Harbour Water officials said they had begun replacing the old iron mains."},
			"had begun replacing", "Harbour Water", "", Firm},
		{"an instrument's terms, by its maker", []string{"Senate Democrats introduced a bill on Monday that would raise the minimum wage by 2028."},
			"would raise the minimum wage", "Democrats", "by 2028", Hedged},
		{"a law's terms bind the government", []string{
			"The government said on Monday that the Data Retention Bill was urgent.",
			"The Bill would require telecommunications providers to store metadata for two years."},
			"would require telecommunications providers", "Government", "", Hedged},
		{"an organisation's change of form", []string{
			"Shares in Remain Co. rose on Monday.",
			"Remain Co. will become a holding company for the Alibaba stock."},
			"will become a holding company", "Remain Co", "", Firm},
		{"a scheduled passive with no body named", []string{"The Harbour Safety Bill will be published next week."},
			"will be published next week", "Harbour Safety Bill", "next week", Firm},
		{"the company is no court", []string{
			"Coliva lost its case before the Paris Court of Appeal on Monday.",
			"Its chief executive said the company would cut its commission to 25% by September."},
			"would cut its commission", "Coliva", "by September", Hedged},
		{"a title's launch date", []string{`Nintendo finally set a price: "Super Mario Run" will launch on iPhone and iPad on December 15.`},
			"will launch on iPhone", "Super Mario Run", "on December 15", Firm},
		{"a law taking effect, by its owner", []string{"Canada's new carbon levy will take effect on 1 January, the finance ministry said."},
			"will take effect", "Canada", "on 1 January", Firm},
		{"a partnership to act", []string{"Shares in Apple rose after Apple said it has partnered with Zeiss to sell prescription lenses."},
			"partnered with Zeiss to sell", "Apple", "", Firm},
		{"a thing on the schedule, by its owner", []string{
			"Orbital ATK sent up supplies to the station in October, and a Japanese cargo spaceship is scheduled to launch a full load in mid-December."},
			"Japanese cargo spaceship is scheduled", "Japan", "in mid-December", Firm},
		{"what an owner will do with what it owns", []string{
			"Verizon bought Yahoo last year.",
			"Verizon's Yahoo will then be run under the same umbrella as AOL."},
			"will then be run under", "Verizon", "", Firm},
		{"the military, of the country the article is about", []string{
			"Soldiers patrolled the streets of Harare as Zimbabwe President Robert Mugabe stayed at home.",
			"Zimbabwe officials were silent, and the military said it was keeping him and his family safe."},
			"was keeping him", "Zimbabwe military", "", Firm},
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
		{"never", "Senator James Holloway said he would never support the bill."},
		{"prediction about a thing", "The new bridge will carry ten thousand cars a day."},
		{"due to as cause", "The delay was due to the bad weather in the north."},
		{"counterfactual", "Ms Carter might have said that she would resign, but she did not."},
		{"question", "Will the government keep its promise to the nurses?"},
		{"a thing's future in reported belief", "Senator James Holloway said he believed the attack would unite the country."},
		{"time clause", "The Ngati elders believe the whales beach when they are ready to die."},
		{"indirect question", "Analysts asked how Corvane plans to pay for the new plant."},
		{"an obligation, not a promise", "“Another recession will come, and we will have to cut spending,” said Senator James Holloway."},
		{"a forecast", "The budget office estimated that the tax cuts would add $250 billion to the deficit."},
		{"a wish in a quote", "“We want to be happy here,” said Senator James Holloway."},
		{"a passive that is no schedule", "The harbour will be hit hard by the new tariffs, analysts in Canada said."},
		{"a comparison", "“By 2030, we will spend more on interest than on schools,” said Senator James Holloway."},
		{"present tense without a time ahead", "President Laura Brennan visits the flooded towns every year."},
		{"a negated action", "Senator James Holloway said he would not sign the pension reform."},
		{"cue as a noun in a compound", "In 1991 President Laura Brennan held back loan guarantees to help the farmers."},
		{"a deal's effect, with no maker", "The deal would make the farmers poorer, economists in Lyon warned."},
		{"a person's future", "Senator James Holloway will become a target for his critics, analysts said."},
		{"it is the thing named before", "The Russian cargo ship was lost over Siberia on Thursday, Roscosmos said. It was set to dock with the station on Saturday."},
		{"a past signing describing the person", "Governor Tom Brannigan, who signed the law in 2023, criticised the ruling on Monday."},
		{"a thing's duration is no schedule", "Canada's new carbon levy will take years to show results, analysts said."},
		{"an owned thing's misfortune", "Canada's harbour will be hit hard by the new tariffs, analysts said."},
		{"past narrative in the progressive", "By then, an analyst said, Corvane Motors was selling cheaper cars in Lyon."},
		{"a progressive of no policy action", "Senator James Holloway is facing a tough election in Ohio."},
		{"what a thing will cost", "Grants to students total $30 billion, a tenth of what the government will pay in interest this year."},
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
		{"baulked", "Mr Holloway, the senator, had baulked at the cost of the scheme.", []string{"Holloway"}, "baulked"},
		{"warned against", "Mr Holloway strongly warned against signing a “bad deal” with Japan.", []string{"Holloway"}, "warned"},
		{"present tense accuse", "Many Canadians accuse Japan of dumping steel on their market.", []string{"Canada", "Japan"}, "accuse"},
		{"cue inside scare quotes", "Ms Carter said she was “appalled” that Japan was lifting the ban.", []string{"Helen Carter", "Japan"}, "appalled"},
		{"unnamed group as a party", "Several opposition lawmakers openly oppose the deal with Japan.", []string{"opposition lawmakers"}, "oppose"},
		{"party named before a noun cue", "Canadian officials said the Canadian demand that Mr. Holloway resign had not changed.", []string{"Canada", "Holloway"}, "demand"},
		{"the one who reports being dismissed", "Mr Holloway says the farmers' knowledge is being dismissed as old-fashioned.", []string{"Holloway"}, "dismissed"},
		{"concerned", "The Press Council of Canada is concerned the laws would crush investigative journalism.", []string{"Press Council"}, "concerned"},
		{"up in arms", "Bosses, journalists and even the Press Council of Canada are up in arms over the bill.", []string{"Press Council"}, "arms"},
		{"set against an actor", "Mr Holloway said he would work with the Liberals against President Brennan.", []string{"Holloway", "Laura Brennan"}, "against"},
		{"responsible for", "“The Liberal Party is responsible for the collapse of the talks,” Mr Holloway said.", []string{"Liberal Party"}, "responsible"},
		{"conflicts with", "Mr Holloway's personal conflicts with President Brennan are well known.", []string{"Laura Brennan"}, "conflicts"},
		{"called it a scornful name", "Mr. Holloway, the Ohio Republican, called the pension bill “the worst piece of legislation in a decade.”", []string{"James Holloway"}, "called"},
		{"a demand not met", "Ms Carter has pushed for stricter gun laws but has been unable to secure any changes in Congress.", []string{"Helen Carter"}, "unable"},
		{"seized power", "The generals of Canada's army, who seized power in an operation against President Brennan, met on Friday.", []string{"Laura Brennan"}, "seized"},
		{"abuses", "Mr Holloway said Japan's government continued to commit grave human rights abuses.", []string{"Holloway", "Japan"}, "abuses"},
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
		"Mr Holloway is renowned in Ottawa as the leading expert, called on by councils across Canada for advice.",
		"Despite the tensions, Canada and Japan signed the trade pact on Monday.",
		"Opposition leader Mark Tan met Japan's ambassador on Friday.",
		"The dock workers' homes were attacked by gangs on Tuesday night, Canada's police said.",
		"The money spent on the conflict has doubled, Japan's finance ministry said.",
		"Scientists in Canada are studying the blight killing Japan's cherry trees – and threatening the old Ueno groves.",
		"Canada's ice fields shrank again last year, the weather agency said, warning that many glaciers will not survive.",
		"A spokeswoman for Japan's trade ministry declined to comment on the talks with Canada.",
		"As far as Canada's ministers were concerned, the trip to Japan had gone well.",
		"Japan's exports are measured against the targets Canada set last year.",
		"Mr. Holloway, the Ohio Republican, called the show “the news programme of record” in Canada.",
		"Japan's rocket failed to reach orbit on Tuesday, Canada's space agency said.",
		"Mr. Holloway has called for spending $1 trillion on roads and bridges.",
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
		"Energy Minister Daniel Kiprop said the first section was due to open in the spring of 2027, and that tariffs would fall.",
		"He vowed to keep costs down, but the opposition said the budget was unrealistic.")
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
	c = byWords("vowed to keep costs down")
	if strings.Contains(c.Text, "opposition") {
		t.Errorf("the contrasting clause is not the commitment: %q", c.Text)
	}
}

func TestDisputeTopic(t *testing.T) {
	cases := []struct{ sentence, words, topic string }{
		{"A foreign ministry spokesman, Zhao Lin, accused Britain of “stoking bloc confrontation” in Africa.", "accused Britain", "stoking bloc confrontation"},
		{"The company's chief executive, Paul Renard, rejected the findings and said the firm would appeal.", "rejected the findings", "the findings"},
		{"Senator Ana Ruiz criticised the government for signing the pact without a vote.", "criticised the government", "the government for signing the pact"},
		{"Mayor Lisa Grant has faced criticism in the city after the budget vote.", "faced criticism", ""},
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
		"Mark Zuckerberg spoke about the strategies his company employs during testimony on Tuesday in a lawsuit with ZeniMax Media, which accuses Oculus and Facebook of stealing trade secrets.")
	got := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "accuses Oculus")
	if got == nil {
		t.Fatalf("no dispute with the accusation: %+v", an.Disputes)
	}
	if !strings.HasPrefix(got.Text, "ZeniMax Media, which accuses") {
		t.Errorf("text = %q, want it to start at the name the clause is about", got.Text)
	}
}

func TestCommitmentInItsOwnClause(t *testing.T) {
	an := analyzeText(t, "Orbital ATK sent up supplies to the space station in October, and a Japanese cargo spaceship is scheduled to launch a full load in mid-December.")
	got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, "scheduled to launch")
	if got == nil {
		t.Fatalf("no commitment: %+v", an.Commitments)
	}
	if strings.Contains(got.Text, "Orbital") {
		t.Errorf("text = %q, want the clause that states the commitment", got.Text)
	}
}
