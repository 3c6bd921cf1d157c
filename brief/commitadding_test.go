package brief

import "testing"

// A second report after a participle of saying (", adding that the
// ministry would publish the timetable", ", saying the board would meet")
// is a clause of its own: each commitment's text is its own clause, so
// neither actor is printed beside the other's undertaking.
func TestCommitmentsAddingThat(t *testing.T) {
	cases := []struct {
		name                string
		paras               []string
		first, firstActor   string
		second, secondActor string
	}{
		{"adding that", []string{
			"Transport Minister Ada Lund said Kestrel Lines would hire 200 crew members, adding that the government would publish the timetable next week."},
			"Kestrel Lines would hire 200 crew members", "Kestrel Lines", "would publish the timetable", "Ada Lund"},
		{"saying", []string{
			"Velmark's water minister, Paul Okafor, said Kelso Water would replace every lead pipe by October, saying Dunmore Council would pay for the filters."},
			"would replace every lead pipe", "Kelso Water", "would pay for the filters", "Dunmore Council"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			checkClauseItem(t, an, c.first, c.second, c.firstActor)
			checkClauseItem(t, an, c.second, c.first, c.secondActor)
		})
	}
}
