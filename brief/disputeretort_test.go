package brief

import "testing"

// "Hit back at" is a retort to criticism in news (lexgen's cue table,
// seeds/cues-override.txt): the one who hits back and the one it is aimed
// at are the parties; a storm hitting back-to-back ports is none.
// Sentences written for the test.
func TestDisputeHitBack(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"hit back at a body", []string{
			"The Kenya Ports Authority hit back at the Harbour Workers Union on Monday, saying the strike was unlawful."},
			"hit back at the Harbour Workers Union", []string{"Kenya Ports Authority", "Harbour Workers Union"}, nil, "111"},
		{"hit back at a person", []string{
			"Mayor Helen Carrow hit back at councillor Daniel Ostrov on Wednesday, calling his budget figures misleading."},
			"hit back at councillor", []string{"Helen Carrow", "Daniel Ostrov"}, nil, "111"},
		{"no side in a storm", []string{
			"The storm hit back-to-back ports along the coast of Kenya on Monday, officials said."},
			"back-to-back ports", nil, nil, ""},
	})
}

// A dispute noun its verb tells settled is no open dispute; one that
// sides hope to settle stays open.
// Sentences written for the test.
func TestDisputeSettled(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"settled their dispute", []string{
			"Delmont Shipping and the Harbour Workers Union settled their dispute on Friday, ending a three-week strike at the port."},
			"settled their dispute", nil, nil, ""},
		{"resolved the row", []string{
			"Kenya and Tanzania resolved their row over the fishing grounds at a summit in Arusha on Monday, officials said."},
			"resolved their row", nil, nil, ""},
		{"hope to settle stays open", []string{
			"The Harbour Workers Union said it hoped to settle its dispute with Delmont Shipping before the end of the month."},
			"settle its dispute with Delmont Shipping", []string{"Harbour Workers Union", "Delmont Shipping"}, nil, ""},
	})
}

// A name after a described person ends the phrase before a time
// preposition: "a feud with his former business partner Martin Kell
// since 2019" names Kell as the other side. Sentences written for the
// test.
func TestDisputeNameBeforeSince(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a feud with a described person, since a year", []string{
			"Rico Alvarez has been locked in a bitter feud with his former business partner Martin Kell since 2019."},
			"feud with his former business partner", []string{"Rico Alvarez", "Martin Kell"}, nil, ""},
		{"a row with a described person, since a vote", []string{
			"Senator Ann Marsh has been in a bitter row with her old rival Governor Paul Hadley since the budget vote in March."},
			"row with her old rival", []string{"Ann Marsh", "Paul Hadley"}, nil, ""},
		{"a dispute with a described country, since a decade", []string{
			"Kenya has been locked in a dispute with its neighbour Tanzania since the 1990s over the islands in the lake."},
			"dispute with its neighbour", []string{"Kenya", "Tanzania"}, nil, ""},
	})
}
