package brief

import "testing"

// Blame put on a cause — a law, a quantity, a thing — names no one blamed,
// and a ballot measure or a section of a law is no actor. Written for the
// test; the twins blame someone the article names.
func TestDisputeBlameOnACause(t *testing.T) {
	lead := "Councillor Maren Obi of Westford met the Westford Tenants Association, the Halden Housing Trust and the Ministry of Housing on Monday."
	checkDisputeCases(t, []disputeCase{
		{name: "a numbered ballot measure blamed", paras: []string{lead,
			"Critics blame Proposition 8 for the fall in home building across the county."},
			words: "blame Proposition 8"},
		{name: "a numbered measure blamed by a named person", paras: []string{lead,
			"Ms Obi blamed Measure 12 for the steep rise in evictions since the spring."},
			words: "blamed Measure 12"},
		{name: "a section of a law blamed", paras: []string{lead,
			"Landlords in Westford blame Section 21 for the wave of no-fault evictions."},
			words: "blame Section 21"},
		{name: "a quantity of people blamed, in the passive", paras: []string{lead,
			"The high number of seasonal workers is often blamed for the shortage of cheap flats."},
			words: "is often blamed for"},
		{name: "a quantity of people blamed, in the active", paras: []string{lead,
			"Shopkeepers blame the high number of day trippers for the litter on the seafront."},
			words: "blame the high number"},
		{name: "an influx blamed", paras: []string{lead,
			"The influx of students has been blamed for the rise in rents near the campus."},
			words: "has been blamed for"},
		{name: "a quantity criticised: the critic alone", paras: []string{lead,
			"The rising number of short-let landlords was criticised by the Westford Tenants Association."},
			words: "was criticised by", want: []string{"Westford Tenants Association"}, not: []string{"landlords"}},
		// The twins: someone blamed.
		{name: "tenants blame a named landlord", paras: []string{lead,
			"Tenants blamed the Halden Housing Trust for the mould in their flats."},
			words: "blamed the Halden Housing Trust", want: []string{"Tenants", "Halden Housing Trust"}},
		{name: "a union blames a ministry", paras: []string{lead,
			"The Westford Tenants Association blamed the Ministry of Housing for the delays to the repairs."},
			words: "blamed the Ministry of Housing", want: []string{"Westford Tenants Association", "Ministry of Housing"}},
		{name: "some of a group blamed", paras: []string{lead,
			"A number of landlords have been blamed for the damp by the Westford Tenants Association."},
			words: "have been blamed for", want: []string{"Westford Tenants Association", "landlords"}},
	})
}

// Pressure from one's own residents, voters, members or supporters,
// answered by action, is no dispute between a representative and them; a
// state pressing another is. A phrase that opens the sentence is no
// dispute clause of its own: the one under pressure is the main clause's
// subject.
func TestDisputeOwnSidePressure(t *testing.T) {
	lead := "Councillor Maren Obi of Westford met the Westford Tenants Association and the Halden Housing Trust on Monday."
	checkDisputeCases(t, []disputeCase{
		{name: "residents press their councillor", paras: []string{lead,
			"Under pressure from residents, some of whom had written to her for months, Ms Obi closed the park at night."},
			words: "Under pressure from residents"},
		{name: "residents, an actor of the article, press their councillor", paras: []string{lead,
			"Residents say the crowds in Mill Park keep them awake, and residents have written to Ms Obi twice.",
			"Under pressure from residents, some of whom had complained about the noise for months, Ms Obi closed the park at night."},
			words: "Under pressure from residents"},
		{name: "residents who complained press their councillor", paras: []string{lead,
			"Under pressure from parents, many of whom had complained about the noise since May, Ms Obi shut the skate ramp."},
			words: "Under pressure from parents"},
		{name: "members press their association", paras: []string{lead,
			"Under pressure from its members, the Westford Tenants Association dropped its case against the plan."},
			words: "Under pressure from its members"},
		{name: "voters press a governor", paras: []string{lead,
			"Under pressure from voters, Governor Ruth Kell signed the repeal of the toll on Friday."},
			words: "pressure from voters"},
		{name: "shareholders press their board", paras: []string{lead,
			"Under pressure from shareholders, the Halden Housing Trust board replaced its chief executive."},
			words: "pressure from shareholders"},
		{name: "the own party, set off by commas", paras: []string{lead,
			"Governor Ruth Kell, under pressure from her own party, withdrew the toll plan on Friday."},
			words: "under pressure from her own party"},
		// The twins: one actor pressing another.
		{name: "a state presses another", paras: []string{lead,
			"Under pressure from Washington, Kenya withdrew its objection to the maritime treaty."},
			words: "Under pressure from Washington", want: []string{"United States", "Kenya"}},
		{name: "pressure from a named body", paras: []string{lead,
			"Ms Obi came under pressure from the Halden Housing Trust over the new levy."},
			words: "came under pressure", want: []string{"Maren Obi", "Halden Housing Trust"}},
		{name: "tenants protest against a road", paras: []string{lead,
			"Tenants protested against the ring road outside the town hall on Saturday."},
			words: "protested against the ring road", want: []string{"Tenants"}},
	})
}

// A party is an actor: not a set of numbers.
func TestDisputeFiguresAreNoParty(t *testing.T) {
	lead := "Councillor Maren Obi of Westford met the Westford Tenants Association on Monday."
	checkDisputeCases(t, []disputeCase{
		{name: "the figures criticised", paras: []string{lead,
			"The figures drew sharp criticism from the Westford Tenants Association, which called them misleading."},
			words: "drew sharp criticism", want: []string{"Westford Tenants Association"}, not: []string{"figures"}},
		{name: "the latest figures challenged", paras: []string{lead,
			"The latest figures were challenged by Ms Obi at the council meeting."},
			words: "were challenged by", want: []string{"Maren Obi"}, not: []string{"figures"}},
		// The twin: people told as figures.
		{name: "senior figures oppose", paras: []string{lead,
			"Senior figures in the Westford Tenants Association openly oppose the rent deal with Ms Obi."},
			words: "openly oppose", want: []string{"Senior figures"}},
	})
}
