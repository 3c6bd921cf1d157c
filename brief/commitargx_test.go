package brief

import "testing"

// A second reported verb joined by "and said", whose clause has its own
// subject: "called the cuts reckless and said the union would seek…" is
// the union's commitment.
func TestCommitmentsSecondReport(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"and said, an organisation's own plan", []string{
			"Ruth Ansah, regional secretary of the RMT union, called the timetable cuts reckless and said the RMT would ballot its members next month."},
			"would ballot its members", "RMT", ""},
		{"and told reporters, a company's plan", []string{
			"Colin Prew, chairman of Harlow Foods, dismissed the bid as cheap and told reporters Harlow Foods would publish its own forecasts on Monday."},
			"would publish its own forecasts", "Harlow Foods", ""},
	})
}

// A duty with a deadline is a commitment of the one bound: "must repay
// customers within 28 days", "is required to publish the report by March",
// "has been ordered to pay… by Friday". A duty with no time, or one laid on
// no one named, is none.
func TestCommitmentsDutyWithDeadline(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"must, within days", []string{
			"Brenmoor Capital confirmed on Monday that it is preparing a formal bid for the grocer Harlow Foods.",
			"Brenmoor Capital must now send its offer document to Harlow Foods shareholders within 28 days under takeover rules."},
			"must now send its offer document", "Brenmoor Capital", ""},
		{"is required to, by a month", []string{
			"Dunmore Water is required to publish a repair plan for the Carrow network by March, the regulator said."},
			"required to publish a repair plan", "Dunmore Water", ""},
		{"has been ordered to, by a day", []string{
			"Greyfield Insurance has been ordered to settle the outstanding claims by Friday, after a ruling by the Financial Ombudsman Service."},
			"ordered to settle the outstanding claims", "Greyfield Insurance", ""},
		{"must with no deadline: an opinion, none", []string{
			"Senator Paul Hadley said Dunmore Water must do better for its customers."},
			"must do better", "", ""},
		{"must in a general rule: no one named, none", []string{
			"Under the new rules, shops must display prices by the end of the year, the Kelby Trading Office said."},
			"shops must display prices", "", ""},
	})
}

// Two commitments in one sentence: the first, reported, and the second
// after ", and": both are kept, or one item covers both.
func TestCommitmentsTwoInOneSentence(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"the first of two", []string{
			"The Kelby Trading Office said it would review the complaints, and it is expected to publish its findings by June."},
			"would review the complaints", "Kelby Trading Office", ""},
		{"the second of two", []string{
			"The Kelby Trading Office said it would review the complaints, and it is expected to publish its findings by June."},
			"expected to publish its findings", "Kelby Trading Office", ""},
		{"the first of two, a person", []string{
			"Governor Ruth Amadi said she would visit the flooded districts, and she plans to meet the relief agencies on Thursday."},
			"would visit the flooded districts", "Ruth Amadi", ""},
	})
}
