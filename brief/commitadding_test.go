package brief

import (
	"strings"
	"testing"
)

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
			found := false
			for _, x := range an.Commitments {
				if strings.Contains(x.Text, c.first) {
					found = true
					if !strings.Contains(x.Actor, c.firstActor) {
						t.Errorf("actor = %q, want %q", x.Actor, c.firstActor)
					}
				}
				if strings.Contains(x.Text, c.second) && strings.Contains(x.Text, c.first) {
					t.Errorf("one text holds both reports: %+v", x)
				}
				if c.secondActor != "" && strings.Contains(x.Text, c.second) && !strings.Contains(x.Actor, c.secondActor) {
					t.Errorf("actor of %q = %q, want %q", c.second, x.Actor, c.secondActor)
				}
			}
			if !found {
				t.Errorf("no item with %q in %+v", c.first, an.Commitments)
			}
		})
	}
}
