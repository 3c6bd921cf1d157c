package brief

import "testing"

// A body that commits or disputes is a party to the story and ranks above
// a body the article only names, even three times: it gains nothing from
// a full name or a title, as a person does, so what it does counts for
// more. Sentences written for the test.
func TestActingBodyRanksAboveNamedBody(t *testing.T) {
	cases := []struct {
		name         string
		paras        []string
		above, below string
	}{
		{"a union that disputes, a review office only cited", []string{
			`Chancellor Mira Hollis defended her budget on Monday in a speech to business leaders in Harwick.`,
			`Hollis cited the Office for Fiscal Review in her speech. The Office for Fiscal Review's figures showed growth of 1%, and forecasts by the Office for Fiscal Review were lower still.`,
			`Separately, the Rail Workers Union accused Hollis of breaking her promise on fares.`},
			"Rail Workers Union", "Office for Fiscal Review"},
		{"a company that commits, a regulator only named", []string{
			`Transport Secretary Dan Okoro opened the new Varden line on Tuesday.`,
			`The line was approved by the Office of Rail Standards. Okoro thanked the Office of Rail Standards, and a report by the Office of Rail Standards praised the design.`,
			`Later, Harwick Rail said it would freeze fares on the line until 2028.`},
			"Harwick Rail", "Office of Rail Standards"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			ia, ib := -1, -1
			for i, a := range an.Actors {
				if a.Name == c.above {
					ia = i
				}
				if a.Name == c.below {
					ib = i
				}
			}
			if ia < 0 || ib >= 0 && ia > ib {
				t.Errorf("%q (%d) should rank above %q (%d); actors: %q", c.above, ia, c.below, ib, actorNames(an))
			}
		})
	}
}
