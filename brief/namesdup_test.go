package brief

import "testing"

// A surname used on its own is the person named in full before, whatever
// the name's shape: an Arabic particle ("al-", "el-"), a family name
// written first (East Asian order), a compound surname, the first of two
// surnames ("Mr Choque" for "Álvaro Choque Villca"). Sentences written for
// the test.
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
		// Two surnames, called by the first alone (firstOfTwoSurnamesOfKey).
		{"a minister called by his first surname", []string{
			`The accord was signed by Bolivia's Minister of Energy, Álvaro Choque Villca, on Tuesday in La Paz.`,
			`Mr Choque said the ministry would open a consultation with farmers within weeks.`},
			[]string{"Álvaro Choque Villca", "Mr Choque"}},
		{"a leader named in four words", []string{
			`Its leader, María José Quispe Mamani, accused the government of ignoring the villages near the salt flats.`,
			`Quispe said her federation would take the case to court if the plant went ahead.`},
			[]string{"María José Quispe Mamani", "Quispe"}},
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
