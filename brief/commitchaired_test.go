package brief

import "testing"

// A name that someone chairs, heads or runs ("Gary Pellow, who chairs
// Riverside Irrigators,") is a body, even when a "his" follows it: "the
// group" in the speaker's words is that body, not another organisation
// named before.
func TestCommitmentsChairedBody(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"who chairs, then the group", []string{
			"Queensland is firmly behind the Commonwealth on the cuts.",
			"Gary Pellow, who chairs Riverside Irrigators, said his members had already sold too much water and that the group would challenge any new buybacks in the High Court."},
			"would challenge any new buybacks", "Riverside Irrigators", ""},
		{"who heads, then the group", []string{
			"The Fisheries Ministry wants the quota cut by a third.",
			"Ama Owusu, who heads Coastline Netmakers, said her members were angry and that the group would sue the ministry next month."},
			"would sue the ministry", "Coastline Netmakers", ""},
		{"who runs, then he", []string{
			"Tom Baird, who runs the Bay Cafe, said he would reopen the terrace in May."},
			"would reopen the terrace", "Tom Baird", ""},
	})
}
