package brief

import "testing"

// What a thing or a kind of actor does as a matter of course — a craft's,
// a machine's or a product's capacity, a trade's habit — told with "will"
// is no commitment: "the ferry will carry 900 passengers", "a single
// turbine will power 3,000 homes", "longline fishermen will trail lines up
// to 40 miles long". Only an actor that can commit does ("Northvale
// Ferries will carry the extra passengers free from Monday").
func TestCommitmentsNotCapacity(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a named trawler with its apposition", []string{
			"The Ocean Harvester, a factory trawler registered in Vigo, will trail lines up to 40 miles long."},
			"will trail lines", "", ""},
		{"a named ferry's capacity", []string{
			"The Aurora Star will carry 900 passengers and 300 cars, Northvale Ferries said."},
			"will carry 900 passengers", "", ""},
		{"a firm's drones, reported", []string{
			"Skyreach Systems said its drones will fly for six hours on one charge."},
			"will fly for six hours", "", ""},
		{"our drones, in a quote", []string{
			"\u201cOur drones will fly for six hours on one charge,\u201d said Ilse Brandt, chief executive of Skyreach Systems."},
			"will fly for six hours", "", ""},
		{"the ferry, in a quote", []string{
			"\u201cThe ferry will carry 900 passengers,\u201d Maria Tull of Northvale Ferries said."},
			"will carry 900 passengers", "", ""},
		{"a kind of actor's habit", []string{
			"Longline fishermen will trail lines up to 40 miles long, fisheries officer Anna Berg said."},
			"will trail lines", "", ""},
		{"a turbine's output", []string{
			"A single turbine will power 3,000 homes, said Ilse Brandt, chief executive of Vestmark Energy."},
			"will power 3,000 homes", "", ""},
		{"a battery's life", []string{
			"Kalon Motors said the new battery will last ten years."},
			"will last ten years", "", ""},
	})
	checkCommitCases(t, []commitCase{
		{"a ministry carries out a review", []string{
			"The Ministry of Transport will carry out a review of ferry safety, Transport Minister Hugo Lenz said."},
			"will carry out a review", "Ministry of Transport", ""},
		{"a company carries passengers free", []string{
			"Northvale Ferries will carry the extra passengers free from Monday, its chief executive Maria Tull said."},
			"will carry the extra passengers", "Northvale Ferries", ""},
		{"we will carry, in a quote", []string{
			"\u201cWe will carry the extra passengers free from Monday,\u201d said Maria Tull of Northvale Ferries."},
			"will carry the extra passengers", "Maria Tull", ""},
		{"a warship named by apposition still acts for its navy", []string{
			"The navy said the HMS Tern, a guided missile frigate, would be on the scene by Thursday evening."},
			"would be on the scene", "HMS Tern", ""},
		{"a firm's own plan with a figure", []string{
			"Skyreach Systems will fly 40 extra flights a day from May, its chief executive Ilse Brandt said."},
			"will fly 40 extra flights", "Skyreach Systems", ""},
	})
}
