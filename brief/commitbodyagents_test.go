package brief

import "testing"

// The officials or executives of a body, told by the body's word before
// them ("Company officials", "Harlan executives"), speak for it: "it"
// after their verb of saying is their body, and their plan is its plan —
// not a plural speaker's "it" that names some other thing ("Farm unions
// said it would ruin small growers").
func TestCommitmentsBodyAgents(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"company officials, it", []string{
			"Kestrel Mining halted work at the Dunmore pit after a collapse.",
			"Company officials said it would reopen the pit once inspectors had finished."},
			"would reopen the pit", "Kestrel Mining", ""},
		{"company executives, it", []string{
			"Velaro Airlines cancelled 40 flights on Friday.",
			"Company executives said it would refund every passenger by the end of the month."},
			"would refund every passenger", "Velaro Airlines", ""},
		{"company officials, across an adjunct", []string{
			"Orvik Systems lost the contract for the Kelso trams last week.",
			"Company officials said on Monday it would appeal against the decision."},
			"would appeal against the decision", "Orvik Systems", ""},
		{"a named body's executives, it", []string{
			"Harlan Energy reported a loss on Thursday.",
			"Harlan executives said it would sell its refinery in Texas next year."},
			"would sell its refinery", "Harlan Energy", ""},
		{"bank officials, it", []string{
			"Teller Bank was fined by the regulator on Tuesday.",
			"Bank officials said it would pay the fine and compensate 3,000 customers."},
			"would pay the fine", "Teller Bank", ""},
		{"firm executives, it plans", []string{
			"Corran Estates lost a planning appeal in Dunmore.",
			"Firm executives said it would resubmit the plans for the flats in the spring."},
			"would resubmit the plans", "Corran Estates", ""},
		{"company officials, that it", []string{
			"Kestrel Mining halted work at the Dunmore pit after a collapse.",
			"Company officials said that it would pay the wages of the 300 miners while the pit is shut."},
			"would pay the wages", "Kestrel Mining", ""},
		{"a company spokeswoman, as before", []string{
			"Velaro Airlines cancelled 40 flights on Friday.",
			"A company spokeswoman said the airline would refund all passengers within a week."},
			"would refund all passengers", "Velaro Airlines", ""},
		// Not the speakers' body.
		{"a plural speaker of no body, it", []string{
			"Kestrel Mining plans a new pit near Dunmore.",
			"Farm unions said it would ruin small growers in the valley."},
			"would ruin small growers", "", ""},
	})
}
