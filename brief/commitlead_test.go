package brief

import "testing"

// Coordinated subjects: the first conjunct leads, as in a plain list of
// names ("Britain and Nigeria agreed…"), also when a later conjunct has
// an "of" list or an apposition of its own, and when two demonyms share
// one head; an object before "and" is no conjunct.
func TestCommitmentsLeadConjunct(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a name before an of-list", []string{
			"Kenya and the governments of Uganda, Rwanda and Burundi agreed on Saturday to open a joint border post."},
			"agreed on Saturday to open a joint border post", "Kenya", ""},
		{"a name before an of-list, reported", []string{
			"The trade minister said Ghana and the governments of Togo and Benin would open a shared customs office in May."},
			"would open a shared customs office", "Ghana", ""},
		{"a person with a country before an apposition", []string{
			"President Ana Ruiz of Chile and Peru's prime minister, Luis Vega, will sign the fisheries treaty in Lima on Friday."},
			"will sign the fisheries treaty", "Ana Ruiz", ""},
		{"two ministers, the second in apposition", []string{
			"Foreign Minister Halima Osei of Ghana and the Danish development minister, Rasmus Holt, signed the grant agreement on Monday."},
			"signed the grant agreement", "Halima Osei", ""},
		{"two demonyms on one head after before", []string{
			"The vote comes a week before Vietnamese and Thai officials are due to hold talks on river dams in Hanoi."},
			"are due to hold talks on river dams", "Vietnam", ""},
		{"two demonyms on one head", []string{
			"Brazilian and Argentine negotiators are due to meet in Montevideo next month."},
			"are due to meet in Montevideo", "Brazil", ""},
		// Not a conjunct.
		{"an object before and", []string{
			"Harlan Energy sold the Sorrel field to Dunmore Oil and the Ministry of Mines will license it in 2027."},
			"will license it", "Ministry of Mines", ""},
		{"a predicate before and", []string{
			"Barack Obama flew to Nairobi on Friday.",
			"His mother was Scottish and the president is expected to visit Edinburgh in June."},
			"is expected to visit Edinburgh", "Barack Obama", ""},
	})
}
