package brief

import "testing"

// "Kenya and Tanzania condemned Uganda": each conjoined subject is a
// side; a pair that did something else before the clause is none.
func TestDisputeConjoinedSubjects(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"two countries condemned a third", []string{
			"Kenya and Tanzania condemned Uganda over the lake closures."},
			"condemned Uganda", []string{"Kenya", "Tanzania", "Uganda"}, nil, ""},
		{"two people accused a body", []string{
			"Governor Ana Lutz and Senator Ruta Venn accused the Keldar Water Board of hiding the audit."},
			"accused the Keldar Water Board", []string{"Ana Lutz", "Ruta Venn", "Keldar Water Board"}, nil, ""},
		{"two bodies rejected an offer", []string{
			"The Riders Council and the Farmers Union rejected the offer from Velta Rail."},
			"rejected the offer", []string{"Riders Council", "Farmers Union", "Velta Rail"}, nil, ""},
		{"a list of three", []string{
			"Orvex Holdings, Velta Rail and the Riders Council criticised the Keldar Water Board."},
			"criticised the Keldar Water Board", []string{"Orvex Holdings", "Velta Rail", "Riders Council", "Keldar Water Board"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a pair in a clause before", []string{
			"Kenya and Tanzania signed a pact, and Uganda criticised the deal."},
			"Uganda criticised", []string{"Uganda"}, []string{"Kenya", "Tanzania"}, ""},
		{"an object met before the verb", []string{
			"Mayor Piet Darro met Governor Ana Lutz and criticised the Keldar Water Board."},
			"criticised the Keldar Water Board", []string{"Piet Darro", "Keldar Water Board"}, []string{"Ana Lutz"}, ""},
		{"a passive: the makers of the offer", []string{
			"The offer from Velta Rail was rejected by the Farmers Union and the Riders Council."},
			"was rejected", []string{"Farmers Union"}, nil, ""},
	})
}
