package brief

import (
	"strings"
	"testing"
)

// The sentences of these tests are written for them: invented towns,
// firms and people, told the way news reports tell them.

// commitActorCase is a sentence whose commitment, when one is printed,
// must name one of the allowed actors: printing none is fine, printing
// another actor is not.
type commitActorCase struct {
	name    string
	paras   []string
	words   string   // words of the item's text
	allowed []string // words one of which the actor's name must hold
}

func checkCommitActorCases(t *testing.T, cases []commitActorCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
			if got == nil {
				return
			}
			for _, a := range c.allowed {
				if strings.Contains(strings.ToLower(got.Actor), strings.ToLower(a)) {
					return
				}
			}
			t.Errorf("actor = %q, want one of %q (or no item)", got.Actor, c.allowed)
		})
	}
}

// A clause reported after a speech verb has its own subject: what "the
// airline would" do is the airline's, never the actor the speaker blamed
// in the clause before, nor a place named inside the subject's
// apposition.
func TestCommitmentsReportedClauseOwnSubject(t *testing.T) {
	checkCommitActorCases(t, []commitActorCase{
		{"accused one body and said another would", []string{
			"Kestrel Air cancelled 40 flights out of Brantwood on Sunday.",
			"Paul Darrow, a lawyer for the passengers, accused the Civil Aviation Agency of delay and said the airline would refund every ticket."},
			"would refund every ticket", []string{"airline", "Kestrel"}},
		{"criticised a bank and said the regulator would", []string{
			"Norvia Bank and the Financial Conduct Office have clashed over fees.",
			"The minister, Anna Kessel, criticised Norvia Bank and said the regulator would publish new rules in May."},
			"would publish new rules", []string{"regulator", "Financial Conduct Office"}},
		{"blamed the council and said the company would", []string{
			"Harbridge Water and Ollam County Council met on Monday.",
			"Residents' leader Joan Pike blamed Ollam County Council for the flooding and said the company would repair the mains by June."},
			"would repair the mains", []string{"company", "Harbridge"}},
		{"a centre based in a city", []string{
			"The ministers of Velden and Arnoria met in Dalat on Friday.",
			"The ministers said the new centre (RHC), to be based in the city of Dalat, would coordinate relief efforts across the region."},
			"would coordinate relief efforts", []string{"centre", "RHC"}},
		{"accused the agency, the airline unnamed", []string{
			"The Civil Aviation Agency has yet to rule on the cancelled flights.",
			"Mr Darrow accused the agency of delay and said the airline would refund every ticket."},
			"would refund every ticket", []string{"airline"}},
		{"accused a named agency, the airline unnamed", []string{
			"Paul Darrow represents 300 passengers stranded in Brantwood.",
			"Mr Darrow accused the Civil Aviation Agency of delay and said the airline would refund every ticket."},
			"would refund every ticket", []string{"airline"}},
		{"a centre based in a city, opening the article", []string{
			"The ministers said the new centre (RHC), to be based in the city of Dalat, would coordinate relief efforts across the region."},
			"would coordinate relief efforts", []string{"centre", "RHC"}},
		{"a unit based in a named city", []string{
			"Arnoria and Velden signed a flood pact on Monday.",
			"Officials said the new unit, based in Korvath, would train rescue crews from both countries."},
			// A unit is an asset its operator's officials speak for
			// (TestCommitmentsReportedPlans); never the town it is in.
			"would train rescue crews", []string{"unit", "Officials"}},
		{"a task force headquartered in a country's capital", []string{
			"Police chiefs from five countries met in Brantwood.",
			"They said the task force, to be headquartered in Arnoria, would share intelligence on smuggling gangs."},
			"would share intelligence", []string{"task force"}},
		{"thanked one body and said the council would", []string{
			"The Ollam Fire Service put out the blaze at the town hall.",
			"Mayor Lena Holt thanked the Ollam Fire Service and said the council would pay for the repairs."},
			"would pay for the repairs", []string{"council", "Lena Holt"}},
		{"blamed the minister, saying the government would", []string{
			"Finance Minister Grace Wanjiru presented the budget on Monday.",
			"The opposition leader, Tomas Brekke, blamed Ms Wanjiru, saying the government would raise taxes next year."},
			"would raise taxes", []string{"government"}},
		{"a suspect arrested in a town", []string{
			"Police in Brantwood arrested a man after the robbery.",
			"Police said the suspect, arrested in Korvath on Friday, would appear in court on Monday."},
			"would appear in court", []string{"suspect", "Police"}},
		{"a board now chaired by a named person", []string{
			"Norvia Bank lost a court case in March.",
			"The bank said its board, now chaired by Anna Kessel, would review the ruling in May."},
			"would review the ruling", []string{"Norvia Bank", "board"}},
		{"a fund, once run by Velden, will pay", []string{
			"Arnoria and Velden set up a flood fund in 2019.",
			"Officials said the fund, once run by Velden alone, would pay farmers from June."},
			"would pay farmers", []string{"fund", "Officials"}},
		{"a panel, its members drawn from two countries", []string{
			"Arnoria and Velden agreed to study the river.",
			"The ministers said the panel, its members drawn from Arnoria and Velden, would report by March."},
			"would report by March", []string{"panel"}},
		{"an office set up in a town", []string{
			"Health ministers from Velden and Arnoria met on Tuesday.",
			"They said the joint office, which will be set up in Korvath, would run the vaccine programme from next year."},
			"would run the vaccine programme", []string{"office"}},
		{"a board that met in a city", []string{
			"The Transport Workers Union wrote to Kestrel Air on Monday.",
			"The union said the airline's board, which met in Brantwood on Monday, would review the pay offer next week."},
			"would review the pay offer", []string{"board", "Kestrel"}},
	})
}

// What a speaker says others will do — other firms, rivals, a body the
// speaker fears or expects to act — is the speaker's prediction, no
// one's commitment.
func TestCommitmentsPredictionsAboutOthers(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"other landlords would follow", []string{
			"Harrow Homes cut its rents by five percent on Monday.",
			"Campaigners said other landlords would follow."},
			"other landlords would follow", "", ""},
		{"other banks would follow suit", []string{
			"Calvera Bank froze its mortgage rates on Tuesday.",
			"Its chief executive, Mara Lind, said other banks would follow suit within weeks."},
			"would follow suit", "", ""},
		{"rivals would match", []string{
			"Pellmont Foods cut the price of bread on Monday.",
			"The chairman, Ivo Raske, predicted that rivals would match the offer by the summer."},
			"would match the offer", "", ""},
		{"analysts expect rivals to", []string{
			"Kestrel Air cut its fares on the coast routes.",
			"Analysts expect rivals to cut prices."},
			"rivals to cut prices", "", ""},
		{"traders expect the bank to", []string{
			"The Central Bank of Arnoria meets on Thursday.",
			"Traders expect the Central Bank of Arnoria to raise rates in June."},
			"to raise rates in June", "", ""},
		{"residents fear the council will", []string{
			"Ollam County Council is reviewing its budget.",
			"Residents fear the council will close the library."},
			"will close the library", "", ""},
		{"fishermen worry the ministry will", []string{
			"The Ministry of Fisheries is reviewing the catch limits.",
			"Fishermen worry the Ministry of Fisheries will cut quotas next year."},
			"will cut quotas", "", ""},
		{"union fears the firm will", []string{
			"Brisk Holdings reported a loss on Monday.",
			"The union fears Brisk Holdings will close the Oslin plant next year."},
			"will close the Oslin plant", "", ""},
		{"other carmakers will follow, a trade body said", []string{
			"Brisk Motors cut the price of its electric car on Monday.",
			"Other carmakers will follow within a month, the Motor Traders Federation said."},
			"will follow within a month", "", ""},
		{"rivals will match, in a quote", []string{
			"Pellmont Foods cut the price of bread on Monday.",
			"\"Our rivals will match the offer by the summer,\" said its chairman, Ivo Raske."},
			"will match the offer", "", ""},
		{"campaigners said landlords would", []string{
			"Harrow Homes cut its rents by five percent on Monday.",
			"Campaigners said landlords across the city would raise rents next year."},
			"would raise rents", "", ""},
		{"competitors would cut fares", []string{
			"Kestrel Air cut its fares on the coast routes.",
			"Passenger groups said competing airlines would cut fares on the same routes."},
			"would cut fares", "", ""},
		{"shopkeepers worry that the council will", []string{
			"Ollam County Council meets on Thursday.",
			"Shopkeepers worry that Ollam County Council will raise parking charges in the spring."},
			"will raise parking charges", "", ""},
		{"unions predicted the government would", []string{
			"The government of Arnoria presented its budget on Monday.",
			"Unions predicted the government would cut public pensions next year."},
			"would cut public pensions", "", ""},
		{"many expect a firm to", []string{
			"Harbridge Water reported a loss on Monday.",
			"Many in the town expect Harbridge Water to raise bills in April."},
			"to raise bills in April", "", ""},
		{"villagers are afraid the council will", []string{
			"Ollam County Council is reviewing its budget.",
			"Villagers are afraid Ollam County Council will close the school in Marsh End."},
			"will close the school", "", ""},
		{"farmers are worried that the ministry will", []string{
			"The Ministry of Agriculture is reviewing grants.",
			"Farmers are worried that the Ministry of Agriculture will cut subsidies next year."},
			"will cut subsidies", "", ""},
		{"parents are concerned the council will", []string{
			"Ollam County Council is reviewing its budget.",
			"Parents are concerned the council will shut the nursery on Mill Street."},
			"will shut the nursery", "", ""},
		{"there are fears the council will", []string{
			"Ollam County Council is reviewing its budget.",
			"There are fears the council will close the library by the summer."},
			"will close the library", "", ""},
		{"residents hope the council will", []string{
			"Ollam County Council closed the pool after the flood.",
			"Residents hope Ollam County Council will reopen the pool before the summer."},
			"will reopen the pool", "", ""},
		{"the union expects the company to", []string{
			"Brisk Holdings and the Transport Workers Union met on Monday.",
			"The Transport Workers Union expects Brisk Holdings to make a new offer by Friday."},
			"to make a new offer", "", ""},
		{"a bank said it expected rivals to follow", []string{
			"Calvera Bank cut its mortgage rates on Tuesday.",
			"Calvera Bank said it expected rivals to follow within weeks."},
			"expected rivals to follow", "", ""},
		{"the council will close, residents fear", []string{
			"Ollam County Council is reviewing its budget.",
			"Ollam County Council will close the library in May, residents fear."},
			"will close the library", "", ""},
		{"the bank will cut rates, traders predict", []string{
			"The Central Bank of Arnoria meets on Thursday.",
			"The Central Bank of Arnoria will cut rates this week, traders predict."},
			"will cut rates this week", "", ""},
		{"the firm would close the plant, the union feared", []string{
			"Brisk Holdings reported a loss on Monday.",
			"Brisk Holdings would close the Oslin plant next year, the Transport Workers Union feared."},
			"would close the Oslin plant", "", ""},
		// Still commitments: the actor's own word.
		{"the council said it will close", []string{
			"Ollam County Council said it will close the library in May."},
			"will close the library", "Ollam County Council", ""},
		{"the firm expects to publish", []string{
			"Brisk Holdings expects to publish its results in May."},
			"expects to publish its results", "Brisk Holdings", ""},
		{"the council will close, as expected", []string{
			"Ollam County Council will close the library in May, as expected."},
			"will close the library", "Ollam County Council", ""},
		{"the council will close, its leader said", []string{
			"Ollam County Council will close the library in May, its leader, Joan Pike, said."},
			"will close the library", "Ollam County Council", ""},
		{"the bank said it would follow", []string{
			"Calvera Bank said it would follow the new rules from June."},
			"would follow the new rules", "Calvera Bank", ""},
	})
}

// A place or a thing on a schedule ("flights from Rome are expected to
// follow") commits no one; a person or a body that is expected to act is
// treated as the engine treats "expected to" elsewhere.
func TestCommitmentsExpectedScheduleOfThings(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"flights from two cities", []string{
			"The first flights from Arnoria landed in Brantwood at noon.",
			"Flights from Rome and Milan are expected to follow by 2pm."},
			"expected to follow by 2pm", "", ""},
		{"trains from two towns", []string{
			"Services on the coast line were suspended after the storm.",
			"Trains from Leeds and York are expected to resume by noon on Tuesday."},
			"expected to resume by noon", "", ""},
		{"the ferry from a port", []string{
			"The harbour reopened on Monday.",
			"The ferry from Korvath is expected to arrive on Wednesday."},
			"expected to arrive on Wednesday", "", ""},
		{"lorries from a town", []string{
			"The border post at Marsh End reopened on Monday.",
			"Lorries from Dalat are expected to cross the border by noon."},
			"expected to cross the border", "", ""},
		{"ships from a town", []string{
			"The harbour at Korvath reopened on Monday.",
			"Ships from Dalat are expected to dock by Friday."},
			"expected to dock by Friday", "", ""},
		{"aid from a country, due to arrive", []string{
			"Floods cut off the town of Marsh End on Sunday.",
			"Relief supplies from Arnoria are due to arrive on Tuesday."},
			"due to arrive on Tuesday", "", ""},
		{"the first trains, expected to run", []string{
			"Services on the coast line were suspended after the storm.",
			"The first trains from Brantwood are expected to run on Monday."},
			"expected to run on Monday", "", ""},
		{"food from a country set to reach", []string{
			"Floods cut off the town of Marsh End on Sunday.",
			"Food parcels from Velden are set to reach the town by Thursday."},
			"set to reach the town", "", ""},
		// A person or a body expected to act stays a commitment, as
		// elsewhere in the engine.
		{"a minister expected to sign", []string{
			"Finance Minister Grace Wanjiru is expected to sign the deal on Friday."},
			"expected to sign the deal", "Grace Wanjiru", ""},
		{"a bank expected to announce", []string{
			"Calvera Bank is expected to announce job cuts next week."},
			"expected to announce job cuts", "Calvera Bank", ""},
		{"buses from a city", []string{
			"Roads into Brantwood reopened after the snow.",
			"Buses from Dalat and Korvath are expected to run again from Friday."},
			"expected to run again", "", ""},
	})
}

// A first-person "will" hedged in its own clause — "I think", "probably",
// "perhaps", "maybe" — is a guess, not a pledge.
func TestCommitmentsHedgedFirstPerson(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"I think after the clause", []string{
			"The Brantwood library closed its doors on Friday.",
			"\"I will miss the old building, I think,\" said Ruth Parvell, a volunteer."},
			"will miss the old building", "", ""},
		{"we will probably", []string{
			"Harrow Foods reported a loss on Monday.",
			"\"We will probably struggle to hire staff this winter,\" said its owner, Dina Marsh."},
			"will probably struggle", "", ""},
		{"perhaps we will open", []string{
			"The bakery on Mill Street reopened after the flood.",
			"\"Perhaps we will open a second shop next year,\" said its owner, Tomas Brekke."},
			"will open a second shop", "", ""},
		{"maybe I'll run again", []string{
			"Mayor Lena Holt lost her seat on Thursday.",
			"\"Maybe I'll run again in four years,\" she said."},
			"run again in four years", "", ""},
		{"we will build, I suppose", []string{
			"Pellmont Foods has bought land near Korvath.",
			"\"We will build a plant there eventually, I suppose,\" said Ivo Raske, its chairman."},
			"will build a plant there", "", ""},
		{"I will likely step down", []string{
			"The chairman of Norvia Bank, Anna Kessel, faces a vote next month.",
			"\"I will likely step down after the vote,\" Ms Kessel said."},
			"will likely step down", "", ""},
		{"I'll probably stay on", []string{
			"The chairman of Norvia Bank, Anna Kessel, faces a vote next month.",
			"\"I'll probably stay on until the summer,\" she said."},
			"stay on until the summer", "", ""},
		{"I guess we will have to sell", []string{
			"Harrow Foods reported a loss on Monday.",
			"\"I guess we will sell the van next year,\" said its owner, Dina Marsh."},
			"will sell the van", "", ""},
		{"we will, I hope, reopen", []string{
			"The bridge at Korvath was closed by the flood.",
			"\"We will, I hope, reopen the bridge by Friday,\" said Mayor Lena Holt."},
			"reopen the bridge by Friday", "", ""},
		// Still pledges: no hedge in the clause.
		{"we will reopen", []string{
			"The bridge at Korvath was closed by the flood.",
			"\"We will reopen the bridge by Friday,\" said Mayor Lena Holt."},
			"will reopen the bridge", "Lena Holt", ""},
		{"a hedge in another clause", []string{
			"Pellmont Foods has bought land near Korvath.",
			"\"Prices will probably rise, but we will build the plant next year,\" said Ivo Raske, its chairman."},
			"will build the plant next year", "Ivo Raske", ""},
	})
}
