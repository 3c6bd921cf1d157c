package brief

import "testing"

// The sentences of these tests are written for them: invented towns,
// firms and people, told the way news reports tell them.

// What others guess an actor could, might or may be willing to do is
// their speculation, not the actor's commitment; what the actor says it
// is willing or ready to do stays one.
func TestCommitmentsHedgedSpeculation(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"could be willing, analysts say", []string{
			"Analysts say Pellmont Foods could be willing to accept thinner margins this year."},
			"willing to accept thinner margins", "", ""},
		{"might be prepared, bankers said", []string{
			"Brisk Holdings might be prepared to sell its stake in the Oslin mine, two bankers said."},
			"prepared to sell its stake", "", ""},
		{"may agree, investors think", []string{
			"Investors think Calvera Bank may agree to a merger with Norvik Holdings."},
			"agree to a merger", "", ""},
		{"may be ready, people close to her", []string{
			"Mayor Lena Holt may be ready to drop the toll plan, according to people close to her."},
			"ready to drop the toll plan", "", ""},
		{"might be willing, some believe", []string{
			"Some diplomats in Velden believe the government might be willing to reopen talks with the rebels."},
			"willing to reopen talks", "", ""},
		{"could offer, a report says", []string{
			"Harrow Foods could offer its workers a pay rise of four percent, a union newsletter reported."},
			"offer its workers a pay rise", "", ""},
		{"could agree, no one reporting", []string{
			"The Brill Regional Council could agree to the bypass as early as March."},
			"agree to the bypass", "", ""},
		{"may be prepared, the actor's rival said", []string{
			"Arden Energy may be prepared to pay more for the Skarn field, said Tomas Brekke, the head of a rival bidder."},
			"prepared to pay more", "", ""},
		{"might be planning, people familiar said", []string{
			"Norvik Holdings might be planning to bid for Harrow Foods, people familiar with the matter said."},
			"planning to bid for Harrow Foods", "", ""},
		// Still commitments: the actor's own word, or a plain statement.
		{"said it was willing", []string{
			"Pellmont Foods said it was willing to accept thinner margins this year."},
			"willing to accept thinner margins", "Pellmont Foods", ""},
		{"said it was ready to sign", []string{
			"Brisk Holdings said on Monday it was ready to sign the sale of its stake in the Oslin mine."},
			"ready to sign the sale", "Brisk Holdings", ""},
		{"is prepared to, its chairman said", []string{
			"Brisk Holdings is prepared to sell its stake in the Oslin mine, its chairman said."},
			"prepared to sell its stake", "Brisk Holdings", ""},
		{"agreed to", []string{
			"Calvera Bank agreed on Monday to a merger with Norvik Holdings."},
			"to a merger with Norvik Holdings", "Calvera Bank", ""},
		{"promised to cut fares", []string{
			"Northfield Rail promised to cut fares on the coast line by ten percent from May."},
			"promised to cut fares", "Northfield Rail", ""},
	})
}

// A "will" under a verb of belief, inference or prediction tells what
// someone expects to happen, not what the actor promises; an actor that
// expects to do something itself states a plan.
func TestCommitmentsBeliefAndAnalysis(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"we believe the course will give", []string{
			"“We believe that the new course will give students the skills that employers need,” said Dean Marta Solis of Brill University."},
			"will give students the skills", "", ""},
		{"the deal shows the group will", []string{
			"The purchase shows Norvik Holdings will keep expanding in Asia, analysts said."},
			"will keep expanding in Asia", "", ""},
		{"experts expect prices will", []string{
			"Experts expect Calvera Bank will raise its mortgage rates before the summer."},
			"will raise its mortgage rates", "", ""},
		{"the figures suggest", []string{
			"The figures suggest Norvik Steel will cut more jobs at the Redcar plant in the spring."},
			"will cut more jobs", "", ""},
		{"investors think", []string{
			"Investors think Calvera Bank will raise its dividend in March."},
			"will raise its dividend", "", ""},
		{"the merger means", []string{
			"The merger means Harrow Foods will control a third of the frozen food market in Velden."},
			"will control a third", "", ""},
		{"economists reckon", []string{
			"Economists at Brill University reckon the Velden central bank will lower interest rates in June."},
			"will lower interest rates", "", ""},
		{"the report concludes", []string{
			"The Oslin Institute report concludes that Arden Energy will abandon the Skarn field within a decade."},
			"will abandon the Skarn field", "", ""},
		{"I think he will", []string{
			"“I think the mayor will sign the budget in the end,” said Tomas Brekke, a councillor in the opposition."},
			"will sign the budget", "", ""},
		{"expects to post, an outcome", []string{
			"Calvera Bank expects to post a loss for the year, its chief executive said."},
			"expects to post a loss", "", ""},
		{"analysts expect to see", []string{
			"Analysts expect to see Harrow Foods shares recover by the summer."},
			"expect to see Harrow Foods shares", "", ""},
		// Still commitments.
		{"expects to publish", []string{
			"The Velden Ministry of Finance expects to publish the new rules in May."},
			"expects to publish the new rules", "Ministry of Finance", ""},
		{"expects to complete, its chief said", []string{
			"Calvera Bank expects to complete the sale of its insurance arm by June, its chief executive said."},
			"expects to complete the sale", "Calvera Bank", ""},
		{"said it will cut", []string{
			"Norvik Steel said it will cut 300 jobs at the Redcar plant in the spring."},
			"will cut 300 jobs", "Norvik Steel", ""},
		{"we will give, quoted", []string{
			"“We will give every first-year student a laptop in September,” said Dean Marta Solis of Brill University."},
			"will give every first-year student a laptop", "Marta Solis", ""},
		{"a finding, then a plan of its own", []string{
			"Analysts expected a loss, but Calvera Bank will pay its usual dividend in March, its chief executive said."},
			"will pay its usual dividend", "Calvera Bank", ""},
		{"will hold talks on Monday", []string{
			"Foreign Minister Paolo Greco will hold talks with the rebels in Oslin on Monday."},
			"will hold talks with the rebels", "Paolo Greco", ""},
		// A belief or forecast word used as a participle or a noun
		// describes the actor; it does not report a guess.
		{"believed to be the largest, an apposition", []string{
			"Norvik Steel, believed to be the largest in Dunmore, will open a second mill in Redcar next year, its chairman said."},
			"will open a second mill", "Norvik Steel", ""},
		{"estimated at, an apposition", []string{
			"Calvera Bank, estimated at the time to hold a fifth of all mortgages, will close 40 branches by March."},
			"will close 40 branches", "Calvera Bank", ""},
		{"the estimates, a noun", []string{
			"Despite the estimates, Harrow Foods will build its new bakery in Brill in the spring."},
			"will build its new bakery", "Harrow Foods", ""},
		{"a belief of others, then the actor's word", []string{
			"Whatever analysts believe, Arden Energy said it will drill two new wells next year."},
			"will drill two new wells", "Arden Energy", ""},
	})
}

// A "will" that tells how something routinely works — each morning, as a
// rule, whenever something happens — describes, it does not promise.
func TestCommitmentsHabitualWill(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"each morning", []string{
			"Each morning the Skarn Fishing Cooperative will send out a dozen boats from the harbour."},
			"will send out a dozen boats", "", ""},
		{"every winter", []string{
			"Every winter Brennock Water will flush the mains under Mill Street, residents said."},
			"will flush the mains", "", ""},
		{"usually", []string{
			"Norvik Steel will usually ship its coils to Dunmore by rail, a spokesman said."},
			"will usually ship its coils", "", ""},
		{"typically", []string{
			"The Brill Regional Council will typically approve such requests within a month, its clerk said."},
			"will typically approve such requests", "", ""},
		{"often", []string{
			"Calvera Bank will often waive the fee for older customers, staff at the branch said."},
			"will often waive the fee", "", ""},
		{"a typical shift", []string{
			"At the Redcar plant of Norvik Steel, a typical shift will last twelve hours."},
			"will last twelve hours", "", ""},
		{"a generic subject", []string{
			"A Harrow Foods driver will deliver about 90 parcels a day, the company said."},
			"will deliver about 90 parcels", "", ""},
		{"whenever", []string{
			"Whenever the river rises above four metres, the Calvera council will close the gates on the quay."},
			"will close the gates", "", ""},
		{"a device at work", []string{
			"The Harrow Foods app will show a warning when an order is late."},
			"will show a warning", "", ""},
		{"would often, a past routine", []string{
			"In the 1990s Harrow Foods would often give its unsold pies to the Dunmore shelter, a former manager said."},
			"would often give its unsold pies", "", ""},
		// Still commitments.
		{"from next year, every week", []string{
			"From next year the Calvera council will collect recycling every week, the mayor said."},
			"will collect recycling every week", "Calvera", ""},
		{"each household, a promise", []string{
			"Brennock Water promised to give each household a rebate of 50 euros."},
			"promised to give each household", "Brennock Water", ""},
		{"every day, a pledge in the first person", []string{
			"“Every day I will fight for the jobs at the Redcar plant,” Mayor Lena Holt told the crowd."},
			"I will fight for the jobs", "Lena Holt", ""},
		{"when the talks end, a date", []string{
			"Foreign Minister Paolo Greco will fly to Oslin on Friday when the talks in Brill end."},
			"will fly to Oslin", "Paolo Greco", ""},
		{"is due to open", []string{
			"The Skarn Fishing Cooperative is due to open its new fish market in 2027."},
			"due to open its new fish market", "Skarn Fishing Cooperative", ""},
	})
}

// What an actor is doing or has done is reported, not promised: a
// reported "was lowering prices" is no "will lower", and a past act stays
// past when its clause names a date ahead. Work that points ahead — a bill
// to ban, relatives invited to a meeting — and plans stay commitments.
func TestCommitmentsOngoingOrPast(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"said it was lowering prices", []string{
			"Pellmont Foods said it was lowering prices on bread and milk."},
			"was lowering prices", "", ""},
		{"said it was cutting, after a sentence on its shares", []string{
			"Shares in Corvane Motors fell on Monday.",
			"The carmaker said it was cutting the price of its smallest model."},
			"was cutting the price", "", ""},
		{"said they were cutting", []string{
			"Managers at Norvik Steel said they were cutting overtime at the Redcar plant."},
			"were cutting overtime", "", ""},
		{"is expanding, its chief said", []string{
			"Harrow Foods is expanding its frozen foods range, its chief executive said."},
			"is expanding its frozen foods range", "", ""},
		{"has already cut fares", []string{
			"Northfield Rail has already cut fares on the coast line, the company said."},
			"already cut fares", "", ""},
		{"introduced, with a date ahead", []string{
			"Senator Ruth Oyelaran introduced legislation this month that takes effect in January."},
			"introduced legislation this month", "", ""},
		{"launched a service, to run until", []string{
			"Northfield Rail launched a night service to Dunmore on Monday, and it will run until September."},
			"launched a night service", "", ""},
		{"cut jobs, said it", []string{
			"Calvera Bank said it cut 300 jobs in March to save money in 2026."},
			"cut 300 jobs in March", "", ""},
		// Still commitments.
		{"was drafting a bill to ban", []string{
			"The assembly's speaker, Rohan Gill, said his party was drafting a bill to ban the payments."},
			"was drafting a bill", "Rohan Gill", ""},
		{"was inviting relatives to a meeting", []string{
			"Kenya Airways said it was inviting relatives to a meeting in the capital."},
			"was inviting relatives", "Kenya Airways", ""},
		{"said it was lowering prices from Monday", []string{
			"Pellmont Foods said it was lowering prices on bread and milk from next Monday."},
			"was lowering prices", "Pellmont Foods", ""},
		{"will cut fares", []string{
			"Northfield Rail will cut fares on the coast line in May, the company said."},
			"will cut fares", "Northfield Rail", ""},
		{"said it would lower prices", []string{
			"Pellmont Foods said it would lower prices on bread and milk."},
			"would lower prices", "Pellmont Foods", ""},
	})
}

// A "will" with a verb of loss or failure — missing a payroll, running
// out of cash, going bankrupt, clinics closing — foretells a misfortune
// no one chooses: the speaker's fear, however firmly said, is no pledge.
// Closing something, or a named place closing on its owner's timetable,
// stays a plan.
func TestCommitmentsForecastOfLoss(t *testing.T) {
	const frame = "“We cannot wait until the spring,” said Dana Whitlow, the head of the Tarn Valley Hospital Association. "
	checkCommitCases(t, []commitCase{
		{"members will miss payroll", []string{
			frame + "“Some of our members will miss payroll by the autumn. I have told two of my own porters that I cannot promise them a job.”"},
			"will miss payroll", "", ""},
		{"half the clinics will close", []string{
			frame + "“Half the clinics in the valley will close within a year.”"},
			"will close within a year", "", ""},
		{"members will run out of cash", []string{
			frame + "“Our members will run out of cash before Christmas.”"},
			"will run out of cash", "", ""},
		{"dozens of surgeries will shut", []string{
			"Dozens of village surgeries would shut by the end of the year, Dana Whitlow of the Tarn Valley Hospital Association said."},
			"would shut by the end of the year", "", ""},
		{"a reported fear of missing payments", []string{
			"Dan Roper, president of the Kell Farmers Union, said its members would miss their loan payments by March."},
			"would miss their loan payments", "", ""},
		{"we will miss the target", []string{
			"“We will miss the emissions target for 2030,” said Ana Birk, chief executive of Harwell Power."},
			"will miss the emissions target", "", ""},
		{"we will go bankrupt", []string{
			"“Half of our growers will go bankrupt by the spring,” said Dan Roper, president of the Kell Farmers Union."},
			"will go bankrupt", "", ""},
		// Still commitments: closing something, a named place on its
		// owner's timetable.
		{"we will close the clinic", []string{
			"“We will close the Dunmore clinic in March,” said Ana Birk, chief executive of Harwell Health."},
			"will close the Dunmore clinic", "Ana Birk", ""},
		{"said it will close branches", []string{
			"Brook Bank said it will close 40 branches by June."},
			"will close 40 branches", "Brook Bank", ""},
		{"its branch will close, the bank said", []string{
			"Brook Bank's branch in Dunmore will close in March, the bank said."},
			"will close in March", "Brook Bank", ""},
		{"some of its branches will close, the bank said", []string{
			"Brook Bank reported a loss for the year. Some of its branches will close in March, the bank said."},
			"will close in March", "Brook Bank", ""},
		{"will run the new clinic", []string{
			"Harwell Health said it will run the new Dunmore clinic from March."},
			"will run the new Dunmore clinic", "Harwell Health", ""},
	})
}
