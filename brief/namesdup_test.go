package brief

import "testing"

// A surname used on its own is the person named in full before, whatever
// the name's shape: an Arabic particle ("al-", "el-"), a family name
// written first (East Asian order), a compound surname.
func TestSurnameMergesWithFullName(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		forms []string
	}{
		{"an Arabic particle before the surname", []string{
			"General Khalid Ahmed al-Rashidi seized the radio station in Kassala on Sunday.",
			"Rashidi told soldiers that elections would be held within a year.",
			"Al-Rashidi had not met the envoy, diplomats said."},
			[]string{"Khalid Ahmed al-Rashidi", "Rashidi"}},
		{"an el- particle", []string{
			"Judge Samira el-Tahawy adjourned the trial of the port officials on Monday.",
			"Tahawy said the defence had asked for more time."},
			[]string{"Samira el-Tahawy", "Tahawy"}},
		{"the family name first", []string{
			"President Park Joon-ho vetoed the budget on Thursday, his aides said.",
			"Park told the cabinet that the assembly had cut the welfare fund."},
			[]string{"Park Joon-ho", "Park"}},
		{"a compound surname", []string{
			"Mayor Lucía Fernández Ortega opened the new tram line on Friday.",
			"Fernández Ortega said the line would carry 40,000 people a day."},
			[]string{"Lucía Fernández Ortega", "Fernández Ortega"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			first := actorNamed(an, c.forms[0])
			if first == nil {
				t.Fatalf("no actor %q; actors: %q", c.forms[0], actorNames(an))
			}
			for _, f := range c.forms[1:] {
				if a := actorNamed(an, f); a == nil || a.Name != first.Name {
					t.Errorf("form %q is not merged into %q; actors: %q", f, first.Name, actorNames(an))
				}
			}
		})
	}
}
