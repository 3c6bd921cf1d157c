package brief

import (
	"testing"
	"time"
)

// The sentences of these tests are written for them: invented towns,
// firms and people, told the way news reports tell them.

// "Would" in a story of past events tells what came later (the future in
// the past): no one promised it. Under a verb of saying or promising it
// is a reported plan and stays one.
func TestCommitmentsNarrativeWould(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a year before it", []string{
			"Nadia Ferreira opened a bakery in the town of Vilar in 1991.",
			"In 1998 she would buy the flour mill next to it."},
			"would buy the flour mill", "", ""},
		{"later", []string{
			"Tobias Lind began as a printer's apprentice in Harnby.",
			"He would later own three newspapers in the north."},
			"would later own three newspapers", "", ""},
		{"go on to", []string{
			"Harrow Foods was founded in a garage in Dunmore in 1971.",
			"The company would go on to sell frozen pies across Europe."},
			"would go on to sell frozen pies", "", ""},
		{"years later", []string{
			"Luis Ortiz ran a hardware shop in Calvera for two decades.",
			"Years later, Ortiz would become mayor of the town."},
			"would become mayor", "", ""},
		{"by a past year", []string{
			"Arden Energy drilled its first well off the coast of Skarn in 1988.",
			"By 2001 the company would employ 4,000 people in the region."},
			"would employ 4,000 people", "", ""},
		{"within a span after a past event", []string{
			"Kestrel Motors lost its biggest contract in 2009.",
			"Within two years the carmaker would close both of its plants in Brill."},
			"would close both of its plants", "", ""},
		{"in a relative clause about a past career", []string{
			"Mara Quint, who would later lead the Velden Party, grew up on a farm near Oslin."},
			"would later lead the Velden Party", "", ""},
		{"what came of a past decision", []string{
			"In 2012 the council sold the harbour to Norvik Holdings, which would resell it two years later."},
			"would resell it", "", ""},
		{"went on, with no sentence before", []string{
			"In 1998 Ferreira would buy the flour mill in Vilar."},
			"would buy the flour mill", "", ""},
		{"then aged", []string{
			"Harrow Foods on Monday named Jane Obi as its chief executive.",
			"Obi joined the firm in 2003 and would later run its frozen foods division."},
			"would later run its frozen foods division", "", ""},
		{"eventually, with a past year", []string{
			"Tobias Lind bought the Harnby Courier in 1979.",
			"He would eventually sell the paper to Norvik Holdings in 2015."},
			"would eventually sell the paper", "", ""},
		{"over the next decade", []string{
			"Harrow Foods opened its first shop in Dunmore in 1975.",
			"Over the next decade the company would open 40 more shops."},
			"would open 40 more shops", "", ""},
		{"two years after a past event", []string{
			"The sea wall at Calvera failed in the storm of 2014.",
			"Two years after the flood, the council would rebuild it with Dutch engineers."},
			"would rebuild it with Dutch engineers", "", ""},
		{"go on to win", []string{
			"Mara Quint first won the Oslin seat in 1994.",
			"She would go on to win three more elections."},
			"would go on to win three more elections", "", ""},
		{"come to regret", []string{
			"Luis Ortiz sold the shop to a developer in 2006.",
			"It was a choice Ortiz would come to regret."},
			"would come to regret", "", ""},
		// A verb of saying in the sentence does not make a story's future
		// a plan.
		{"who would later, in a report", []string{
			"Mara Quint said her father, who would later lead the Velden Party, grew up on a farm."},
			"would later lead the Velden Party", "", ""},
		{"a past act, and would later, told to a paper", []string{
			"Jane Obi told the Courier that she joined Harrow Foods in 2003 and would later run its frozen foods division."},
			"would later run its frozen foods division", "", ""},
		{"recalled that", []string{
			"The harbour chief, Omar Reyes, recalled that in 2004 the council would sell the site to a developer."},
			"would sell the site to a developer", "", ""},
		// Still commitments: a plan reported or promised.
		{"said she would", []string{
			"Health Minister Ana Ruiz met the nurses' union in Calvera on Monday.",
			"She said she would resign at the end of the month."},
			"would resign at the end of the month", "Ana Ruiz", ""},
		{"the ministry said it would", []string{
			"The Velden Ministry of Finance said on Tuesday it would publish the data next week."},
			"would publish the data next week", "Ministry of Finance", ""},
		{"promised it would", []string{
			"Brennock Water promised it would repair the burst main by Friday."},
			"would repair the burst main", "Brennock Water", ""},
		{"told reporters it would, with later", []string{
			"Arden Energy told reporters on Monday that it would later sell its stake in the Skarn field."},
			"would later sell its stake", "Arden Energy", ""},
		{"a past act, and would, reported", []string{
			"Calvera Bank said it sold its insurance arm in March and would use the money to cut its debt."},
			"would use the money to cut its debt", "Calvera Bank", ""},
		{"a plan for a year ahead, reported", []string{
			"Kestrel Motors said on Friday that in 2027 it would open a plant in Brill."},
			"would open a plant in Brill", "Kestrel Motors", ""},
	})
}

// A "would" anchored to a year before the article's date tells a story's
// future, whoever tells it; a year after it is a plan.
func TestCommitmentsNarrativeWouldDated(t *testing.T) {
	cases := []struct {
		text, words string
		want        bool
	}{
		{"Nadia Ferreira opened a bakery in Vilar in 1991. In 1998 she would buy the flour mill next to it, her son said.",
			"would buy the flour mill", false},
		{"The mill, which Ferreira would buy in 1998, stands next to the bakery, residents of Vilar said.",
			"would buy in 1998", false},
		{"Kestrel Motors said on Friday that it would open a plant in Brill in 2027.", "would open a plant in Brill", true},
	}
	for _, c := range cases {
		a := NewArticle("Test", Normalize(c.text))
		a.Date = time.Date(2025, time.March, 4, 0, 0, 0, 0, time.UTC)
		an := Analyze(a)
		got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
		if (got != nil) != c.want {
			t.Errorf("%q: commitment %v, want %v (%+v)", c.text, got != nil, c.want, an.Commitments)
		}
	}
}

// A plan denied or absent is no commitment: "has no plans to close the
// plant", "ruled out raising taxes", "denied it would…", "declined to
// say whether it would…". A plan stated plainly still is.
func TestCommitmentsDeniedPlans(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"says it has no plans to", []string{
			"Norvik Steel says it has no plans to close the Redcar plant."},
			"no plans to close the Redcar plant", "", ""},
		{"there are no plans, the body said", []string{
			"Velden's Interior Ministry denied reports of a crackdown.",
			"There are no plans to close the border, the Interior Ministry said."},
			"no plans to close the border", "", ""},
		{"no intention of", []string{
			"Mayor Lena Holt has no intention of selling the city's water company, her office said."},
			"selling the city's water company", "", ""},
		{"is not planning to", []string{
			"Calvera Bank is not planning to cut jobs this year, its chief executive said."},
			"cut jobs this year", "", ""},
		{"does not plan to", []string{
			"Arden Energy does not plan to sell its stake in the Skarn field, a spokesman said."},
			"sell its stake in the Skarn field", "", ""},
		{"denied he would", []string{
			"Finance Minister Paolo Greco denied on Sunday that he would raise fuel duty in the budget."},
			"would raise fuel duty", "", ""},
		{"denied it would, a firm", []string{
			"Harrow Foods denied it would move its head office to Dunmore."},
			"would move its head office", "", ""},
		{"dismissed reports that", []string{
			"Calvera Bank dismissed reports that it would cut 300 jobs in the spring."},
			"would cut 300 jobs", "", ""},
		{"rejected claims that", []string{
			"Arden Energy rejected claims that it would sell the Skarn field to Norvik Holdings."},
			"would sell the Skarn field", "", ""},
		{"ruled out", []string{
			"Prime Minister Ines Laukkanen ruled out raising income tax before the election."},
			"raising income tax before the election", "", ""},
		{"declined to say whether it would", []string{
			"Kestrel Motors declined to say whether it would close the plant in Brill."},
			"would close the plant in Brill", "", ""},
		{"would not say whether", []string{
			"A spokeswoman for Norvik Steel would not say whether the company would cut prices."},
			"would cut prices", "", ""},
		// Still commitments.
		{"plans to, stated", []string{
			"Norvik Steel says it plans to close the Redcar plant next year."},
			"plans to close the Redcar plant", "Norvik Steel", ""},
		{"said it would, after a denial of something else", []string{
			"Harrow Foods denied the report but said it would move its head office to Dunmore in May."},
			"would move its head office to Dunmore", "Harrow Foods", ""},
		{"intends to", []string{
			"Mayor Lena Holt intends to sell the city's water company by 2027, her office said."},
			"intends to sell the city's water company", "Lena Holt", ""},
	})
}

// Work already under way tells what is being done, not what is promised:
// "had begun replacing the pipes", "has started building", "is already
// repairing". Work that will begin is a commitment.
func TestCommitmentsWorkUnderWay(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"had begun replacing", []string{
			"Brennock Water said it had begun replacing the pipes under Mill Street."},
			"begun replacing the pipes", "", ""},
		{"has started building", []string{
			"Arden Energy has started building the substation outside Skarn, the company said."},
			"started building the substation", "", ""},
		{"is already repairing", []string{
			"The Calvera council is already repairing the bridge over the Brill, the mayor said."},
			"already repairing the bridge", "", ""},
		{"already, announced by the actor", []string{
			"Brennock Water said it was already repairing the burst main on Mill Street."},
			"already repairing the burst main", "", ""},
		{"begins, with no time ahead", []string{
			"Arden Energy begins building the substation as protests grow in Skarn."},
			"begins building the substation", "", ""},
		{"began cutting", []string{
			"Norvik Steel began cutting jobs at the Redcar plant in March."},
			"began cutting jobs", "", ""},
		{"started to replace", []string{
			"Brennock Water said it had started to replace the lead pipes in older homes."},
			"started to replace the lead pipes", "", ""},
		{"begun, told to the council", []string{
			"Northfield Rail officials told the council they had begun installing new signals on the coast line."},
			"begun installing new signals", "", ""},
		// Still commitments.
		{"will begin replacing", []string{
			"Brennock Water will begin replacing the pipes under Mill Street next month."},
			"will begin replacing the pipes", "Brennock Water", ""},
		{"begins, on the timetable", []string{
			"Brennock Water begins replacing the pipes under Mill Street on Monday, the company said."},
			"begins replacing the pipes", "Brennock Water", ""},
		{"plans to start building", []string{
			"Arden Energy plans to start building the substation outside Skarn in May."},
			"plans to start building the substation", "Arden Energy", ""},
		{"is due to begin repairing", []string{
			"The Calvera council is due to begin repairing the bridge over the Brill on Monday."},
			"due to begin repairing the bridge", "Calvera", ""},
	})
}
