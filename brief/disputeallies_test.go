package brief

import "testing"

// A dispute printed with a wrong party is worse than none. These classes
// set one party on another's side, and the sentences are written for the
// test: an ally or a co-critic is never the one opposed, a member is never
// set against the body he or she speaks for, and a pronoun whose actor the
// article does not make plain gives no party at all.

// Allies: who backs, echoes or joins someone's criticism is on the critic's
// side; the one criticised is the other side.
func TestDisputeAllies(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"support for another's objections", []string{
			"Kenya supported Uganda's objections to the pipeline plan on Tuesday."},
			"supported Uganda's objections", []string{"Uganda"}, []string{"Kenya"}, ""},
		{"an echoed criticism", []string{
			"The Dockworkers Union echoed the Green Party's criticism of the port budget."},
			"echoed the Green Party's criticism", []string{"Green Party"}, []string{"Dockworkers Union"}, ""},
		{"a protest joined", []string{
			"Kenya joined Uganda's protest against Tanzania's dam on Friday."},
			"joined Uganda's protest", []string{"Uganda", "Tanzania"}, []string{"Kenya"}, ""},
		{"a criticism backed, with its target", []string{
			"Germany backed France's criticism of Russia over the strikes on the port."},
			"backed France's criticism", []string{"France", "Russia"}, []string{"Germany"}, ""},
		{"a complaint welcomed, with its target", []string{
			"Poland welcomed Lithuania's complaint against Belarus over the border fence."},
			"welcomed Lithuania's complaint", []string{"Lithuania", "Belarus"}, []string{"Poland"}, ""},
		{"allies in a party are no target", []string{
			"The Dockworkers Union and its allies in the Green Party blamed the ministry for the closures."},
			"blamed the ministry", []string{}, []string{"Green Party"}, ""},
		{"a backer set off by commas", []string{
			"Kenya, backed by Uganda, accused Tanzania of diverting the river."},
			"accused Tanzania", []string{"Kenya", "Tanzania"}, []string{"Uganda"}, ""},
		{"a joint statement's partner", []string{
			"In a joint statement with Sweden, Norway accused Russia of jamming flights."},
			"accused Russia", []string{"Norway", "Russia"}, []string{"Sweden"}, ""},
		{"a co-critic joined in a gerund", []string{
			"Britain joined France in condemning Russia's strikes on the port city."},
			"condemning Russia's strikes", []string{"Russia"}, nil, ""},
		// Look-alikes: a criticism rejected, or a backer of the other side.
		{"a criticism rejected is a dispute with its author", []string{
			"Kenya rejected Uganda's criticism of the pipeline plan on Tuesday."},
			"rejected Uganda's criticism", []string{"Kenya", "Uganda"}, nil, ""},
		{"a criticism dismissed", []string{
			"Russia dismissed France's criticism of the strikes on the port."},
			"dismissed France's criticism", []string{"Russia", "France"}, nil, ""},
		{"the ally as the one accused", []string{
			"Britain condemned France for joining Russia in the naval exercise."},
			"condemned France", []string{"United Kingdom", "France"}, nil, ""},
	})
}

// A member is not set against the body he or she belongs to or speaks for,
// unless the sentence says so.
func TestDisputeMemberAgainstOwnBody(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"of a body, after the name", []string{
			"Ana Ruiz of the World Health Organization criticised the ministry's response to the outbreak."},
			"criticised the ministry", []string{"Ana Ruiz"}, []string{"World Health Organization"}, ""},
		{"of a body, set off by commas", []string{
			"Dr Ana Ruiz, of the World Health Organization, criticised the ministry's response."},
			"criticised the ministry", []string{"Ana Ruiz"}, []string{"World Health Organization"}, ""},
		{"from a body", []string{
			"Tom Reyes from the Farmers Union blamed the ministry for the late payments."},
			"blamed the ministry", []string{"Tom Reyes"}, []string{"Farmers Union"}, ""},
		{"a spokeswoman for a body", []string{
			"Amara Okafor, a spokeswoman for the Kestrel Mining Company, dismissed the regulator's findings."},
			"dismissed the regulator", []string{"Amara Okafor"}, []string{"Kestrel Mining Company"}, ""},
		{"who heads a body", []string{
			"Maria Lund, who heads the Teachers Federation, rejected the offer made by the ministry."},
			"rejected the offer", []string{"Maria Lund"}, []string{"Teachers Federation"}, ""},
		{"speaking for a body", []string{
			"Ken Moss, speaking for the Harbour Pilots Association, dismissed the board's claims."},
			"dismissed the board", []string{"Ken Moss"}, []string{"Harbour Pilots Association"}, ""},
		// Look-alikes: the member names his or her own body as the one opposed.
		{"her own party, named", []string{
			"Jo Pell, a Labour MP, accused the Labour Party of betraying its voters."},
			"accused the Labour Party", []string{"Jo Pell", "Labour"}, nil, ""},
		{"her own university, described", []string{
			"Ana Ruiz, a professor at Oxford University, accused the university of ignoring her complaints."},
			"accused the university", []string{"Ana Ruiz"}, []string{"university"}, ""},
		{"another body named", []string{
			"Ana Ruiz of the World Health Organization criticised Kenya's health ministry for the delays."},
			"criticised Kenya", []string{"Ana Ruiz", "Kenya"}, []string{"World Health Organization"}, ""},
	})
}
