package brief

import "testing"

// "X said on Wednesday it would…": the pronoun subject of a reported plan
// is the subject of the verb of saying, across a time adjunct and "that"
// between them as well as right after the verb. A body whose name ends in
// a plural noun ("Dorvale Carriers") is still the one that says "it".
func TestCommitmentsSaidAcrossAdjunct(t *testing.T) {
	lead := "Gulf ports will refuse cover from the Veltro insurers, Transport Minister Samira Qadir of the United Arab Emirates said on Monday."
	checkCommitCases(t, []commitCase{
		{"said on a weekday", []string{lead,
			"Dorvale Carriers said on Wednesday it would file a claim with the insurers."},
			"would file a claim", "Dorvale Carriers", ""},
		{"said on a weekday that", []string{lead,
			"Dorvale Carriers said on Wednesday that it would file a claim with the insurers."},
			"would file a claim", "Dorvale Carriers", ""},
		{"said late on a weekday", []string{lead,
			"Orrin Tankers said late on Tuesday it would sue the insurers for lost charter fees."},
			"would sue the insurers", "Orrin Tankers", ""},
		{"said last week", []string{lead,
			"Orrin Tankers said last week it would move its ships to a Singapore insurer."},
			"would move its ships", "Orrin Tankers", ""},
		{"said yesterday that", []string{lead,
			"Kelby Freighters said yesterday that it would pay the crew's wages while the ship is held."},
			"would pay the crew's wages", "Kelby Freighters", ""},
		{"an apposition, then the adjunct", []string{lead,
			"Dorvale Carriers, the tanker's owner, said on Wednesday that it would file a claim with the insurers."},
			"would file a claim", "Dorvale Carriers", ""},
		{"two bodies, they", []string{lead,
			"Orrin Tankers and Marlow Shipping said on Monday they would file a joint claim with the insurers."},
			"would file a joint claim", "Orrin Tankers", ""},
		{"right after the verb, as before", []string{lead,
			"Dorvale Carriers said it would file a claim with the insurers."},
			"would file a claim", "Dorvale Carriers", ""},
		{"an evening adjunct", []string{lead,
			"Marlow Shipping said on Friday evening it would send a second tanker through the strait."},
			"would send a second tanker", "Marlow Shipping", ""},
		// Not the speaker's own plan.
		{"a plural speaker and it, across an adjunct", []string{lead,
			"The two governments said on Monday it would close a dozen berths at Fujairah."},
			"would close a dozen berths", "", ""},
	})
}
