package brief

import (
	"strings"
	"testing"
)

// A second verb that shares the first verb's subject: the subject of the
// first verb is the actor of the coordinated plan ("Harlan Energy bought
// the field and will drill…"); a new subject after "and" (a body, or a
// thing whose course is told) takes the clause from it.
func TestCommitmentsSharedSubject(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"past verb and a modal", []string{
			"Harlan Energy bought the Sorrel field last year and will drill three wells in 2027."},
			"will drill three wells", "Harlan Energy", ""},
		{"past verb and plans to", []string{
			"The Ministry of Transport reviewed the bids on Tuesday and plans to sign the contract in March."},
			"plans to sign the contract", "Ministry of Transport", ""},
		{"past verb and promised to", []string{
			"Health Minister Ada Okoye thanked the nurses at Kelso General and promised to reopen the children's ward by June."},
			"promised to reopen the children's ward", "Ada Okoye", ""},
		{"past verb and vowed to", []string{
			"Mayor Rita Calloway toured the flooded estate on Monday and vowed to rebuild the sea wall before winter."},
			"vowed to rebuild the sea wall", "Rita Calloway", ""},
		{"past verb and agreed to", []string{
			"Premier Joao Matos met union leaders on Friday and agreed to raise the minimum wage in January."},
			"agreed to raise the minimum wage", "Joao Matos", ""},
		{"a belief and a reported plan", []string{
			"Corvane Motors believes demand for small vans will hold and said it will build a second plant in Ohio."},
			"will build a second plant", "Corvane Motors", ""},
		{"present verb and is due to", []string{
			"Teller Bank employs 4,000 people in Wales and is due to open a call centre in Newport next year."},
			"due to open a call centre", "Teller Bank", ""},
		{"inside a reported clause", []string{
			"The Ministry of Mines said Harlan Energy bought the Sorrel field in May and will drill three wells next year."},
			"will drill three wells", "Harlan Energy", ""},
		// A new subject after "and".
		{"a named body as the new subject", []string{
			"Harlan Energy bought the Sorrel field last year and the Ministry of Mines will license it in 2027."},
			"will license it", "Ministry of Mines", ""},
		{"a thing as the new subject", []string{
			"Harlan Energy bought the Sorrel field last year and prices will rise."},
			"prices will rise", "", ""},
		{"output as the new subject", []string{
			"Harlan Energy bought the Sorrel field last year and output will double by 2028."},
			"output will double", "", ""},
		{"people as the new subject", []string{
			"Velaro Airlines cut its fares on Monday and passengers will pay less for flights in May."},
			"passengers will pay less", "", ""},
		{"a second subject that is a pronoun of another", []string{
			"Harlan Energy sold the Sorrel field to Dunmore Oil, and they will drill three wells in 2027."},
			"will drill three wells", "", ""},
	})
}

// A description set off by commas after the subject — an apposition or a
// relative clause — stands between the actor and its verb: "Harrow Foods,
// a family firm founded in 1921, will list its shares in May".
func TestCommitmentsSubjectAcrossDescription(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"an apposition with a participle", []string{
			"Harrow Foods, a family firm founded in 1921, will list its shares in May."},
			"will list its shares", "Harrow Foods", ""},
		{"an apposition naming a role", []string{
			"Ines Valbo, the port's director, promised to publish the cargo figures by Friday."},
			"promised to publish the cargo figures", "Ines Valbo", ""},
		{"a relative clause with which", []string{
			"Dunmore City Council, which lost two seats in May, plans to raise parking fees next year."},
			"plans to raise parking fees", "Dunmore City Council", ""},
		{"a relative clause with whose", []string{
			"Velaro Airlines, whose pilots went on strike twice last year, will cut twelve routes in the spring."},
			"will cut twelve routes", "Velaro Airlines", ""},
		{"an apposition naming another firm", []string{
			"Kestrel Mining, a rival of Harlan Energy, is due to open a copper smelter in 2028."},
			"due to open a copper smelter", "Kestrel Mining", ""},
		{"a relative clause naming another person", []string{
			"Ines Valbo, who replaced Tomas Brandt as the port's director in March, pledged to cut waiting times for lorries."},
			"pledged to cut waiting times", "Ines Valbo", ""},
		{"a modal after a role", []string{
			"Ines Valbo, the port's director, will publish the cargo figures on Friday."},
			"will publish the cargo figures", "Ines Valbo", ""},
		{"a modal after a relative clause", []string{
			"Dunmore City Council, which lost two seats in May, will vote on parking fees next week."},
			"will vote on parking fees", "Dunmore City Council", ""},
		{"an apposition with owned by", []string{
			"Teller Bank, a lender owned by the Welsh government, will close forty branches next year."},
			"will close forty branches", "Teller Bank", ""},
		// Not the description's name, and not a thing's course.
		{"a thing after the apposition's clause", []string{
			"Ines Valbo, the port's director, said cargo volumes will fall in 2027."},
			"cargo volumes will fall", "", ""},
		{"a thing with a past verb before and", []string{
			"Analysts said Harlan Energy's profit fell in 2025 and will recover in 2027."},
			"will recover in 2027", "", ""},
		{"a thing described by a relative clause", []string{
			"Fuel prices, which rose four percent in May, will fall next year."},
			"will fall next year", "", ""},
		{"a thing owned by a name in the description", []string{
			"The Sorrel field, which Harlan Energy bought in 2020, will run dry by 2030."},
			"will run dry", "", ""},
	})
}

// The printed clause of a commitment whose actor stands before a
// description starts at the actor, not inside the description.
func TestCommitmentClauseAcrossDescription(t *testing.T) {
	cases := []struct{ sentence, words, starts, lacks string }{
		{"Harrow Foods, a family firm founded in 1921, will list its shares in May.", "will list its shares", "Harrow Foods", ""},
		{"Harlan Energy bought the Sorrel field last year and will drill three wells in 2027.", "will drill three wells", "", "bought the Sorrel field"},
	}
	for _, c := range cases {
		an := analyzeText(t, c.sentence)
		got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
		if got == nil {
			t.Errorf("%q: no commitment in %+v", c.words, an.Commitments)
			continue
		}
		if !strings.Contains(got.What, c.words) {
			t.Errorf("%q: what = %q", c.words, got.What)
		}
		if c.lacks != "" && strings.Contains(got.What, c.lacks) {
			t.Errorf("%q: what %q holds the first verb's clause", c.words, got.What)
		}
		if c.starts != "" && !strings.HasPrefix(got.Text, c.starts) {
			t.Errorf("%q: text %q does not start at the actor", c.words, got.Text)
		}
	}
}

// A verb coordinated after a clause that a belief governs ("the union
// believes Harwick broke the terms and will ask the panel…") shares the
// believer's subject or belongs to the belief: it is never a pledge of
// the clause's own subject. With the reading unclear, no item. A third
// person in a quote ("and he will ask the club for more time,” the
// manager said) is whom the speaker tells of, never the speaker.
func TestCommitmentsCoordinatedSubjectUnclear(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"believes X broke … and will ask", []string{
			"Kell Rovers striker Jonas Brandt has refused to train for a second week. The Professional Players' Guild has taken up his case. Its chief executive, Maria Okonjo, says the guild believes Kell Rovers broke the terms of his contract and will ask the league's disciplinary panel to rule on it."},
			"will ask the league's disciplinary panel", "", ""},
		{"thinks the council acted … and will take", []string{
			"The Dunmore Teachers' Union thinks Dunmore Council acted unlawfully and will take the matter to the ombudsman next week, its general secretary said."},
			"will take the matter to the ombudsman", "", ""},
		{"he in a quote, the manager speaking", []string{
			"“Paulo is homesick and his parents are worried, and he will ask the club for more time,” Kell City manager Luis Ruiz told reporters."},
			"will ask the club for more time", "", ""},
		{"he in a quote, a lawyer speaking", []string{
			"“My client is not a troublemaker. He will ask the club for more time,” said Ana Ferro, a lawyer in Dunmore."},
			"will ask the club for more time", "", ""},
		// Still commitments: the speaker's own "it", a reported clause
		// going on, a "he" the quote's frame names.
		{"said it had written … and will publish", []string{
			"The Brill Tenants' Association said it had written to Corran Estates and will publish a dossier of the complaints next week."},
			"will publish a dossier", "Brill Tenants' Association", ""},
		{"he in a quote, a press secretary for her principal", []string{
			"The Velden government condemned the vote. Press secretary Ilse Marten said the opposition had sided with the banks.",
			"“The president has been clear: he will sign this bill the moment parliament sends it to him,” Marten told reporters."},
			"will sign this bill", "Ilse Marten", ""},
		{"he in a quote, named before", []string{
			"Ana Ferro, the lawyer for winger Paulo Mendes, met the club on Monday. “He will ask the club for more time,” she said."},
			"will ask the club for more time", "Paulo Mendes", ""},
	})
}

// "X says it will…" after a clause about another actor binds X, the one
// who says it: the striker's refusal opens the sentence, the union's
// pledge follows. Taking someone or something to a court, a tribunal or a
// panel is an act ("will take years" is a course).
func TestCommitmentsSaysItWillAfterAnotherActor(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"another actor first, the union says it will", []string{
			"Kell Rovers striker Jonas Brandt has refused to train for a second week after the club rejected a bid from Dunmore City, and the Professional Players' Union says it will take his case to the league's disciplinary panel if the two sides have not settled by Monday."},
			"will take his case", "Professional Players' Union", ""},
		{"the union named before, then 'the union says it will'", []string{
			"The Professional Players' Union has taken up the case of Kell Rovers striker Jonas Brandt.",
			"Brandt has refused to train for a second week, and the union says it will take his case to the league's disciplinary panel on Monday."},
			"will take his case", "Professional Players' Union", ""},
		{"take the landlord to a tribunal", []string{
			"The Kell Tenants' Association says it will take Corran Estates to the housing tribunal next month."},
			"will take Corran Estates to the housing tribunal", "Kell Tenants' Association", ""},
		// Not commitments.
		{"will take years", []string{
			"The Kell Tenants' Association says the repairs will take years."},
			"will take years", "", ""},
	})
}

// A subject with a relative clause set off by commas keeps its verbs: "X,
// which represents…, called on Y… and said it would…" binds X, not the
// relative clause's object.
func TestCommitmentsSharedSubjectAcrossRelative(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"which represents …, called … and said it would", []string{
			"The Kell Tenants' Association, which represents 900 households, called on Corran Estates to stop the evictions and said it would hold a public meeting on Tuesday."},
			"would hold a public meeting", "Kell Tenants' Association", ""},
		{"who leads …, met … and said she would", []string{
			"Mayor Rita Calloway, who leads the Brill council, met the flood victims on Monday and said she would open a relief fund in March."},
			"would open a relief fund", "Rita Calloway", ""},
		// A new subject after the comma and "and" takes the clause.
		{"a new subject after ', and'", []string{
			"The Kell Tenants' Association, which represents 900 households, called on Corran Estates to stop the evictions, and the Brill council said it would hold a public meeting on Tuesday."},
			"would hold a public meeting", "Brill", ""},
	})
}
