package brief

import "testing"

// A counted group of parties as the subject ("the three countries",
// "the two unions"): the parties act, so "will" binds them as it binds a
// named body, and the actor is the group as told, with its count, also
// when the plural was named before ("the juntas… The three juntas
// agreed").
func TestCommitmentsCountedParties(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"three countries will", []string{
			"The foreign ministers of Chile, Peru and Bolivia met in Arica on Monday.",
			"The three countries will set up a joint water office in Lima."},
			"will set up a joint water office", "three countries", ""},
		{"two governments will", []string{
			"The prime ministers of Laos and Cambodia met in Vientiane on Tuesday.",
			"The two governments will share the cost of a new bridge over the Mekong."},
			"will share the cost", "two governments", ""},
		{"four nations will", []string{
			"Leaders of Ghana, Togo, Benin and Nigeria met in Accra.",
			"The four nations will open a joint customs post at the border next year."},
			"will open a joint customs post", "four nations", ""},
		{"juntas named before", []string{
			"The juntas of Mali, Niger and Burkina Faso left the bloc last year. The juntas have since formed their own alliance.",
			"The three juntas agreed not to raise transit fees while the talks continue."},
			"agreed not to raise transit fees", "three juntas", ""},
		{"unions named before", []string{
			"Unions at the Kelso and Dunmore ports called off the strike. The unions had asked for 8%.",
			"The two unions agreed to resume talks with the port operators on Monday."},
			"agreed to resume talks", "two unions", ""},
		{"both countries will", []string{
			"Kenya and Tanzania ended a row over cross-border trade on Friday.",
			"Both countries will lift the new fees on lorries from Monday."},
			"will lift the new fees", "countries", ""},
		{"governments agreed, as before", []string{
			"The foreign ministers of Chile, Peru and Bolivia met in Arica on Monday.",
			"The three governments agreed to share data on water use from next year."},
			"agreed to share data", "three governments", ""},
		{"companies agreed, as before", []string{
			"Harlan Energy and Kestrel Mining met regulators in Dunmore on Tuesday.",
			"The two companies agreed to share the cost of a new pipeline."},
			"agreed to share the cost", "two companies", ""},
		// A counted thing is no party.
		{"three plants will", []string{
			"Harlan Energy runs three gas plants in Ohio.",
			"The three plants will close for repairs in May."},
			"will close for repairs", "", ""},
	})
}
