package brief

import "testing"

// A body that does the disputing to a person ("Tarn Inc sued Maria
// Holt", "the council accused Mayor Ben Ray") is a party: the words
// between them are the verb, not a title that makes the person the
// body's own ("Tarn Inc press secretary Maria Holt", whose body is left
// out when she is the one accusing). Sentences written for the test.
func TestBodyVerbPersonKeepsTheBody(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a firm sued a person", []string{
			"Tarn Inc sued Maria Holt on Monday over the leaked designs, court papers show."},
			"sued Maria Holt", []string{"Tarn Inc", "Maria Holt"}, nil, ""},
		{"a council accused its mayor", []string{
			"The Harlow Council accused Mayor Ben Ray of hiding the audit from its members on Tuesday."},
			"accused Mayor Ben Ray", []string{"Harlow Council", "Ben Ray"}, nil, ""},
		{"a union criticised a minister", []string{
			"The Dockers Union criticised Transport Minister Anna Weber for the cuts at a rally in Kessock on Friday."},
			"criticised Transport Minister", []string{"Dockers Union", "Anna Weber"}, nil, ""},
		// The body of the person who disputes stays out.
		{"the body's press secretary accuses", []string{
			"Tarn Inc press secretary Maria Holt accused the Harlow Council of delaying the permit on Monday."},
			"accused the Harlow Council", []string{"Maria Holt", "Harlow Council"}, []string{"Tarn Inc"}, ""},
	})
}
