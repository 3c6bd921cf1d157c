package brief

import "testing"

// Coordinated parties whose first names a body with its article ("The
// European Union and the governments of Norway and Iceland agreed…"): the
// first party leads, as a bare name does ("Kenya and the governments of
// Uganda and Rwanda agreed…"), not the first country of the later list.
func TestCommitmentsLeadConjunctWithArticle(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a union and governments of", []string{
			"The European Union and the governments of Norway and Iceland agreed to a new fishing quota on Monday."},
			"agreed to a new fishing quota", "European Union", ""},
		{"a regional bloc and military governments", []string{
			"The Economic Community of West African States and the military governments of Mali, Niger and Burkina Faso agreed on Saturday to a timetable for talks on trade."},
			"agreed on Saturday to a timetable", "Ecowas", ""},
		{"a named league and two states", []string{
			"The Arab League and the governments of Sudan and Chad agreed on Friday to open a corridor for aid lorries."},
			"agreed on Friday to open a corridor", "Arab League", ""},
		{"a commission and ministries", []string{
			"The Mekong River Commission and the water ministries of Laos and Cambodia agreed to share dam data every week."},
			"agreed to share dam data", "Mekong River Commission", ""},
		{"a company and unions", []string{
			"The Kelso Port Authority and the unions of the Dunmore docks agreed on Tuesday to end the overtime ban."},
			"agreed on Tuesday to end the overtime ban", "Kelso Port Authority", ""},
		{"an agency and countries, pledged", []string{
			"The World Food Programme and the governments of Malawi and Zambia pledged to deliver maize to the border districts by March."},
			"pledged to deliver maize", "World Food Programme", ""},
		{"an organisation and states, will", []string{
			"The African Union and the governments of Ethiopia and Eritrea will sign a border protocol in Addis Ababa in May."},
			"will sign a border protocol", "African Union", ""},
		{"a bare name, as before", []string{
			"Kenya and the governments of Uganda and Rwanda agreed on Friday to build a railway to Kigali."},
			"agreed on Friday to build a railway", "Kenya", ""},
	})
}
