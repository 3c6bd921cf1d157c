package brief

import "testing"

// The partner of the dealings a dispute is over ("sanctions over its
// dealings with the junta", "a lawsuit over its trade with…") is no side
// of the dispute; the sides of a dispute noun itself ("a row with
// Pardovia over the border") still are.
func TestDisputeDealingsPartner(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"sanctions over dealings with", []string{
			"Pardovia imposed sanctions on Marsina over its dealings with the Talvek junta."},
			"imposed sanctions", []string{"Pardovia", "Marsina"}, []string{"Talvek"}, ""},
		{"criticism over contracts with", []string{
			"There was fresh criticism of Velta from the Riders Council over its contracts with the Talvek regime."},
			"criticism of Velta", []string{"Velta", "Riders Council"}, []string{"Talvek"}, ""},
		{"a lawsuit over trade with", []string{
			"Marsina faces a lawsuit from Orvex Holdings over its trade with the Talvek junta."},
			"lawsuit from Orvex", []string{"Orvex Holdings", "Marsina"}, []string{"Talvek"}, ""},
		{"a complaint over a deal with", []string{
			"Orvex Holdings filed a complaint against Velta over its deal with the port authority."},
			"complaint against Velta", []string{"Orvex Holdings", "Velta"}, []string{"port authority"}, ""},
		{"protests over ties to", []string{
			"The Riders Council led protests against Velta over its ties to the Halvard cartel."},
			"protests against Velta", []string{"Riders Council", "Velta"}, []string{"Halvard"}, ""},
		{"a row with a side, over a thing", []string{
			"Marsina is in a row with Pardovia over the border."},
			"row with Pardovia", []string{"Marsina", "Pardovia"}, nil, ""},
		{"a dispute with a side", []string{
			"The Riders Council has a long dispute with Velta over fares."},
			"dispute with Velta", []string{"Riders Council", "Velta"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"sanctions that name no one who imposes them", []string{
			"Marsina could face sanctions over its dealings with the junta in Pardovia."},
			"could face sanctions", nil, nil, ""},
	})
}
