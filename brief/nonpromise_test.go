package brief

import "testing"

// The sentences of these tests are written for them: invented towns,
// firms and people, told the way news reports tell them.

// A hope, a wish, an aim or a quest is no promise (a reviewer's audit of
// printed briefings): CAMEO codes "hope" and "desire" as an optimistic
// comment (013), "want" as a demand (100), and gives "wish" and "strive"
// no intent at all; a date does not make a hope a schedule. A promise, an
// agreement, a plan or a timetable beside the wish still counts.
func TestCommitmentsWishNoPromise(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"hopes, with a month", []string{
			"Orvane Aerospace grounded its rockets after a failed launch in August.",
			"The company hopes to resume launches in March to deliver weather satellites."},
			"hopes to resume launches", "", ""},
		{"hoped", []string{
			"Harnby council hoped to reopen the swimming baths by the summer."},
			"hoped to reopen the swimming baths", "", ""},
		{"want, a party's aim", []string{
			"Conservatives in the Harnby assembly want to make the tourist levy cut permanent, instead of letting it lapse in 2027."},
			"want to make the tourist levy cut permanent", "", ""},
		{"wants, with a date", []string{
			"Norvik Holdings wants to sell its shipping arm by the end of the year."},
			"wants to sell its shipping arm", "", ""},
		{"wishes", []string{
			"Calder Mining wishes to expand copper output at its Brill mine."},
			"wishes to expand copper output", "", ""},
		{"seeks, in the writer's analysis", []string{
			"Calder's ferry deal offers a glimpse of Norvik's strategy as it seeks to win a larger share of the island trade."},
			"seeks to win a larger share", "", ""},
		{"is seeking to", []string{
			"Velden Rail is seeking to double the number of trains on the coast line."},
			"seeking to double the number of trains", "", ""},
		{"aims", []string{
			"The Skarn Water Board aims to cut leaks from its pipes by a third."},
			"aims to cut leaks", "", ""},
		{"strives", []string{
			"Brill Hospital strives to see every patient within four hours."},
			"strives to see every patient", "", ""},
		{"intends, with no date", []string{
			"Norvik Holdings intends to challenge the ruling."},
			"intends to challenge the ruling", "", ""},
		// Commitments beside them stay.
		{"promised, beside a hope", []string{
			"Orvane Aerospace hopes to resume launches in March and has promised to repay its customers by June."},
			"promised to repay its customers", "Orvane Aerospace", ""},
		{"promised", []string{
			"Norvik Holdings promised to reopen the Brill plant in March."},
			"promised to reopen the Brill plant", "Norvik Holdings", ""},
		{"agreed", []string{
			"Calder Mining agreed to pay 40 million crowns to the families of the miners."},
			"agreed to pay 40 million crowns", "Calder Mining", ""},
		{"due to sign", []string{
			"Governor Ana Borg is due to sign the budget on Friday."},
			"due to sign the budget", "Ana Borg", ""},
		{"will vote on a day", []string{
			"Harnby council will vote on the tourist levy on Tuesday."},
			"will vote on the tourist levy", "Harnby", ""},
		{"plans with a date", []string{
			"Foreign Minister Tomas Reyes plans to hold talks with his Velden counterpart on Monday."},
			"plans to hold talks", "Tomas Reyes", ""},
		{"intends, with a date", []string{
			"Norvik Holdings intends to publish its offer for Calder Mining on Monday."},
			"intends to publish its offer", "Norvik Holdings", ""},
		{"said it will", []string{
			"Orvane Aerospace said it will resume launches in March."},
			"will resume launches in March", "Orvane Aerospace", ""},
	})
}

// An instrument someone introduced, unveiled or proposed is a completed
// act; the "would" of the clause that tells its terms belongs to the
// bill, not to a promise of its makers. A maker's own future step stays.
func TestCommitmentsInstrumentMadeNoPromise(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"introduced legislation that would", []string{
			"Velden Party lawmakers introduced a bill last week that would make the fuel duty cut permanent."},
			"would make the fuel duty cut permanent", "", ""},
		{"unveiled a bill that would", []string{
			"Senator Mara Quint unveiled a bill on Tuesday that would cap rents in Harnby."},
			"would cap rents in Harnby", "", ""},
		{"proposed rules which would", []string{
			"The Skarn transport ministry proposed rules last year which would require ferry operators to carry more lifeboats."},
			"would require ferry operators", "", ""},
		{"is drafting legislation that would", []string{
			"The Harnby assembly is drafting legislation that would ban short-term lets."},
			"would ban short-term lets", "", ""},
		// Not a made instrument: a maker's own step ahead, an instrument's
		// terms told as its own sentence.
		{"will introduce a bill", []string{
			"Senator Mara Quint said she will introduce a bill on Monday that would cap rents in Harnby."},
			"will introduce a bill", "Mara Quint", ""},
		{"the Bill would require", []string{
			"The government said on Monday that the Ferry Safety Bill could not wait.",
			"The Bill would require operators to carry more lifeboats."},
			"would require operators", "Government", ""},
	})
}

// Work going on, told by the writer with no date and no promise, is a
// description of the day, not a commitment: "lawmakers are drafting a
// bill to…", "officials are working on a plan", "the board is considering
// a plan to…" (CAMEO codes drafting and deliberating as considering a
// policy option, 014, not an intent, 03). A vote being lined up is an
// event on the calendar; work with a date ahead is a schedule.
func TestCommitmentsWorkUnderWayNoPromise(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"drafting a bill to", []string{
			"Lawmakers in Velden are drafting an anti-smuggling bill to give customs officers more powers."},
			"drafting an anti-smuggling bill", "", ""},
		{"considering a plan to", []string{
			"The Calder Mining board is considering a plan to close the Brill mine."},
			"considering a plan to close", "", ""},
		{"preparing rules to", []string{
			"Skarn's transport ministry is preparing rules to limit night flights."},
			"preparing rules to limit night flights", "", ""},
		{"working on a plan", []string{
			"Harnby officials are working on a plan to ease traffic in the old town."},
			"working on a plan", "", ""},
		// They stay: an event lined up, a date ahead, the actor's own word.
		{"lining up a vote", []string{
			"Velden Party leaders are lining up a vote to scrap the tourist levy."},
			"lining up a vote", "Velden Party", ""},
		{"drafting a bill with a date", []string{
			"Lawmakers in Velden are drafting an anti-smuggling bill to be tabled next month."},
			"drafting an anti-smuggling bill", "Lawmakers", ""},
		{"announced by the actor", []string{
			"The Skarn transport ministry said it was preparing rules to limit night flights."},
			"preparing rules to limit night flights", "Skarn", ""},
	})
}

// What a boat, a machine or a plant does as it works, told with "will",
// is a description, not a promise: the Marit Ann is a trawler, not a
// party to anything. A company's own "will" with a date stays.
func TestCommitmentsMachineWillNoPromise(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a trawler's fishing", []string{
			"Ola Brekke and his crew loaded the Marit Ann, one of three wooden trawlers still working out of Skarn.",
			"The Marit Ann will set out miles of baited line, and the crew will haul it back aboard after a few hours."},
			"will set out miles of baited line", "", ""},
		{"a ferry's crossing", []string{
			"The Nordvik Star, a 40-metre ferry built in Brill, entered service on Monday.",
			"The Nordvik Star will cross the sound for several hours each day."},
			"will cross the sound", "", ""},
		{"the operator's plan stays", []string{
			"Nordvik Ferries will resume sailings to the islands on Monday."},
			"will resume sailings", "Nordvik Ferries", ""},
	})
}
