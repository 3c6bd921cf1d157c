package brief

import "testing"

// A fragment quoted inside a clause of words heard ("customers were told
// that … “to improve our services”") is the teller's, not the words of the
// reporter whose frame closes the sentence ("the agency said"): with no
// teller named it has no speaker. Sentences written for the test.
func TestHeardFragmentIsNotTheReporters(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"customers were told, the agency said", []string{
			`The Consumer Safety Office fined Brevik Home on Tuesday over its baby monitors.`,
			`Customers were told only that recordings might be kept “for quality and training purposes”, the agency said.`},
			"for quality and training purposes", ""},
		{"tenants were warned, the council said", []string{
			`Residents of the Marlow Court tower were moved out on Friday.`,
			`Tenants had been warned in March that the lifts were “safe for years to come”, a council spokesman said.`},
			"safe for years to come", ""},
		{"told by a named teller", []string{
			`Marta Ilves, a nurse at Tamsalu hospital, was dismissed in June.`,
			`She was told by her manager, Peeter Kask, that her post was “no longer needed on the ward”, her lawyer Ann Sepp said.`},
			"no longer needed on the ward", "Peeter Kask"},
		// No passive: the reporter's own words.
		{"the scheme was, the minister said", []string{
			`Housing Minister Kaja Rand closed the Tamsalu rent scheme on Monday.`,
			`The scheme had become “a magnet for fraud”, the minister said.`},
			"a magnet for fraud", "Kaja Rand"},
	})
}
