package brief

import "testing"

// A made thing — a board, an app, a release, a ballot measure — is no side
// of a dispute: criticism of it is the critics' against its maker, or no
// dispute at all when the article names neither.
func TestDisputeThingNoParty(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a product criticised, no one named", []string{
			"Corvane shipped its first smart speaker, the Glowbox Mini, in March.",
			"The Glowbox Mini has received some criticism for its always-on microphone."},
			"has received some criticism", nil, nil, ""},
		{"critics of a release, its maker named", []string{
			"Brevik Logistics launched Tidewater 3.0, a routing app for lorry drivers, on Tuesday.",
			"Drivers' union leader Ivo Karsten criticised Tidewater 3.0 for tracking drivers off duty."},
			"criticised Tidewater 3.0", []string{"Ivo Karsten"}, []string{"Tidewater"}, ""},
		{"a ballot measure is no party", []string{
			"Voters in Harlow County will decide on Measure K, a sales tax for the bus network, in November.",
			"Measure K is opposed by the county's taxpayers' association."},
			"Measure K is opposed", nil, nil, ""},
		{"a numbered proposition is no party", []string{
			"Californians will vote on Proposition 31, which would cap rents in older buildings, in November.",
			"Landlord groups have spent $40 million fighting Proposition 31, while tenant unions back it."},
			"fighting Proposition 31", nil, []string{"Proposition"}, ""},
	})
}

// An event is no side either: what an attack "is meant" to do is an
// analyst's reading, outrage at a shooting names no one; outrage at the
// police who fired does.
func TestDisputeEventNoParty(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"what an attack is meant to do", []string{
			"Gunmen opened fire at a bus station in Lamu on Tuesday.",
			"“The attack is meant to threaten the government and frighten tourists,” said analyst Mei Tan of the Kestrel Institute."},
			"meant to threaten the government", nil, nil, ""},
		{"outrage at a shooting", []string{
			"Gunmen opened fire at a bus station in Lamu on Tuesday.",
			"Governor Ann Marsh expressed outrage at the shooting and promised a full inquiry."},
			"outrage at the shooting", nil, nil, ""},
		{"an idea about an event is not the event", []string{
			"A bomb went off outside the Lamu ferry office on Sunday.",
			"Several historians have challenged the claim by Governor Ann Marsh that the explosion was the work of smugglers."},
			"challenged the claim", []string{"historians"}, nil, ""},
	})
}
