package brief

import "testing"

// A step on the calendar in the passive, with its agent after "by" ("The
// bill will be signed by President William Ruto next week"): the agent
// commits, after a title too, whether the thing is named ("the Data
// Protection Bill") or told by a common noun ("the bill") — never the
// thing itself when a named agent carries the step out.
func TestCommitmentsScheduledPassiveAgent(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a named bill, a titled signer", []string{
			"Kenya's parliament passed the data bill on Thursday.",
			"The Data Protection Bill will be signed by President William Ruto next week."},
			"will be signed by President William Ruto", "William Ruto", ""},
		{"a bill told by its noun", []string{
			"Kenya's parliament passed the data bill on Thursday.",
			"The bill will be signed by President William Ruto next week."},
			"will be signed by President William Ruto", "William Ruto", ""},
		{"signed into law", []string{
			"Kenya's parliament passed the data bill on Thursday.",
			"The bill will be signed into law by President William Ruto next week."},
			"signed into law", "William Ruto", ""},
		{"a report published by a ministry", []string{
			"Ghana's Ministry of Finance finished its review of fuel subsidies in May.",
			"The report will be published by the Ministry of Finance on Friday."},
			"will be published by the Ministry of Finance", "Ghana", ""},
		{"results announced by a commission", []string{
			"Zambians voted on Thursday in a tight presidential race.",
			"The results will be announced by the Electoral Commission of Zambia on Sunday."},
			"will be announced by the Electoral Commission", "Electoral Commission", ""},
		{"a compact signed by a governor", []string{
			"Lawmakers in Ohio approved the water compact on Tuesday.",
			"The compact will be signed by Governor Mike DeWine on Friday."},
			"will be signed by Governor Mike DeWine", "Mike DeWine", ""},
		{"a plan presented by a minister", []string{
			"Britain's Treasury has finished work on the spring budget.",
			"The budget will be presented by Chancellor Rachel Reeves to MPs on Wednesday."},
			"will be presented by Chancellor Rachel Reeves", "Rachel Reeves", ""},
		{"an inquiry opened by a regulator", []string{
			"Teller Bank lost customer data in a cyber attack last week.",
			"A formal inquiry will be opened by the Financial Conduct Authority next month."},
			"will be opened by the Financial Conduct Authority", "Financial Conduct Authority", ""},
		// No named agent: no one.
		{"an agent told by a description", []string{
			"Britain and Nigeria finished talks on a migration pact in Abuja on Monday.",
			"The agreement will be signed by the two foreign ministers in London next month."},
			"will be signed by the two foreign ministers", "", ""},
	})
}
