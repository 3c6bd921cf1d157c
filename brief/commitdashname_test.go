package brief

import "testing"

// A body whose name joins two places with an en dash written without
// spaces ("Murray–Darling Basin Authority") is one actor; the commitment
// is never given to the half after the dash. Two names joined by a dash
// before an ordinary word ("US–China talks") stay two names.
func TestCommitmentsDashedBodyName(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a basin authority", []string{
			"The Lake Erne\u2013Tamar Catchment Board is due to publish its next report on river flows in March."},
			"due to publish its next report", "Lake Erne\u2013Tamar Catchment Board", ""},
		{"a joint commission", []string{
			"The Kenya\u2013Tanzania Joint Commission will meet in Arusha on May 4 to settle the border survey."},
			"will meet in Arusha", "Kenya\u2013Tanzania Joint Commission", ""},
		{"a rail company", []string{
			"Halden\u2013Varno Water Company has promised to reopen the coastal line by the end of the year."},
			"promised to reopen the coastal line", "Halden\u2013Varno Water Company", ""},
		{"two countries before an ordinary word", []string{
			"After the Kenya\u2013Tanzania talks in Arusha, Tanzania agreed to reopen the border post at Namanga."},
			"agreed to reopen the border post", "Tanzania", ""},
	})
}
