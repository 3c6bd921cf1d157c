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
