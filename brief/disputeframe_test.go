package brief

import "testing"

// A criticism told as a noun that a verb of launching carries (CAMEO
// "LAUNCH * BROADSIDE", "LAUNCH * TIRADE" [111]) or that a possessive
// owns: "launched a scathing attack on Marsh", "delivered a stinging
// rebuke to the council", "mounted a legal challenge to the regulator's
// decision", "offered a scorching review of the governor's speech",
// "took aim at", "at odds with". An attack or assault is a criticism only
// told in words ("scathing", "verbal"): CAMEO codes "launched an attack"
// as force (190), which is no dispute between two sides on this page.
func TestDisputeNounFrames(t *testing.T) {
	port := "Senator Paul Hadley and Governor Ann Marsh met in Kenmore on Friday to discuss the port."
	checkDisputeCases(t, []disputeCase{
		{"launched a scathing attack on a person", []string{port,
			"Mr Hadley launched a scathing attack on Ms Marsh over the flooding."},
			"scathing attack", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"delivered a stinging rebuke to a person", []string{port,
			"Mr Hadley delivered a stinging rebuke to Ms Marsh on Tuesday."},
			"stinging rebuke", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"launched a legal challenge to a body's decision", []string{
			"Dalmore Shipping launched a legal challenge to the Port Regulator's decision."},
			"legal challenge", []string{"Dalmore Shipping", "Port Regulator"}, nil, ""},
		{"offered a scorching review of an owner's speech", []string{port,
			"Mr Hadley offered a scorching review of Ms Marsh's speech to the assembly."},
			"scorching review", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"a pronoun and an adverb before the verb", []string{port,
			"But he nonetheless offered a withering assessment of Ms Marsh's budget."},
			"withering assessment", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"a possessive's broadside against a body", []string{
			"The Seafarers Guild's latest broadside against Dalmore Shipping came a day before the vote."},
			"broadside against", []string{"Seafarers Guild", "Dalmore Shipping"}, nil, "111"},
		{"took aim at a person", []string{port,
			"Mr Hadley took aim at Ms Marsh over the cost of the port."},
			"took aim at", []string{"Paul Hadley", "Ann Marsh"}, nil, ""},
		{"at odds with a body", []string{
			"The Seafarers Guild has been at odds with Dalmore Shipping over pay since March."},
			"at odds with", []string{"Seafarers Guild", "Dalmore Shipping"}, nil, "110"},
		{"both sides at loggerheads", []string{port,
			"Mr Hadley and Ms Marsh remain at loggerheads over the port."},
			"at loggerheads", []string{"Paul Hadley", "Ann Marsh"}, nil, "110"},
	})
	checkDisputeCases(t, []disputeCase{
		{"an army's attack: force, not words", []string{
			"The Kivu Alliance launched an attack on Rwanda's army near the border."},
			"launched an attack", nil, nil, ""},
		{"an assault on a place", []string{
			"The Kivu Alliance launched a fierce assault on Goma at dawn."},
			"fierce assault", nil, nil, ""},
		{"a review with no scorn", []string{port,
			"Mr Hadley offered a careful review of Ms Marsh's speech to the assembly."},
			"careful review", nil, nil, ""},
		{"a challenge to a thing no one is named for", []string{
			"Dalmore Shipping launched a legal challenge to the new levy."},
			"legal challenge", nil, nil, ""},
		{"one side at odds with itself", []string{
			"The Seafarers Guild is at odds over how to answer the offer."},
			"at odds", nil, nil, ""},
		{"aim at a target no one is", []string{
			"The Seafarers Guild took aim at the summer season with a new ferry."},
			"took aim", nil, nil, ""},
		{"a rebuke denied", []string{port,
			"Mr Hadley did not deliver a rebuke to Ms Marsh, aides said."},
			"rebuke to", nil, nil, ""},
	})
}

// Criticism received, told from the side of the one criticised: "is
// facing mounting criticism from", "drew a rebuke from", "came under fire
// from"; and a standing critic: "Hadley, a longtime critic of Marsh",
// "has been a fierce critic of the Guild".
func TestDisputeCriticismReceived(t *testing.T) {
	port := "Senator Paul Hadley and Governor Ann Marsh met in Kenmore on Friday to discuss the port."
	checkDisputeCases(t, []disputeCase{
		{"facing criticism from a person", []string{port,
			"Ms Marsh is facing mounting criticism from Mr Hadley over the cost of the port."},
			"mounting criticism", []string{"Ann Marsh", "Paul Hadley"}, nil, "111"},
		{"drew condemnation from a body", []string{
			"Dalmore Shipping drew sharp condemnation from the Seafarers Guild after the layoffs."},
			"sharp condemnation", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, "111"},
		{"a critic in an apposition", []string{port,
			"Mr Hadley, a longtime critic of Ms Marsh, spoke at the harbour on Friday."},
			"critic of", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"has been a fierce critic", []string{
			"The Seafarers Guild has been a fierce critic of Dalmore Shipping since the strike."},
			"fierce critic", []string{"Seafarers Guild", "Dalmore Shipping"}, nil, "111"},
	})
	checkDisputeCases(t, []disputeCase{
		{"a critic of a thing", []string{port,
			"Mr Hadley, a longtime critic of the war, spoke at the harbour on Friday."},
			"critic of", nil, nil, ""},
		{"praise from a body", []string{
			"Dalmore Shipping drew praise from the Seafarers Guild after the deal."},
			"drew praise", nil, nil, ""},
		{"a film critic", []string{
			"Ann Lowe, a film critic of the Kenmore Courier, praised the festival."},
			"film critic", nil, nil, ""},
	})
}
