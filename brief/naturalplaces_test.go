package brief

import "testing"

// Seas, oceans, rivers and mountain ranges, and parts of them named with a
// compass word ("the South Atlantic", "the Western Indian Ocean"), are
// where things happen, never actors, however often they are named; the
// compass word makes no region of its own ("the West"). A disputed
// territory named as often stays listed. Sentences written for the test.
func TestNaturalPlacesAreNoActors(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		not    []string
		actors []string
	}{
		{"a part of an ocean, named twice", []string{
			`Britain plans to send two more frigates to the South Atlantic next spring, the defence ministry in London said on Friday.`,
			`Fishing boats have crowded the South Atlantic since the quotas changed. Argentina called the move a provocation.`},
			[]string{"South Atlantic", "Atlantic"}, []string{"United Kingdom", "Argentina"}},
		{"a sea with a compass word is no region", []string{
			`Pirates attacked two tankers in the Western Indian Ocean on Monday, and a third off the coast of Somalia.`,
			`Kenya said it would send a patrol ship to the Western Indian Ocean by the end of the week.`},
			[]string{"the West", "Western Indian Ocean", "Indian Ocean"}, []string{"Kenya"}},
		{"a range named three times", []string{
			`Heavy snow closed four passes in the Alps on Tuesday, and Switzerland shut two rail tunnels.`,
			`Rescuers in the Alps searched for three climbers. Austria said the Alps would stay closed to hikers until Friday.`},
			[]string{"Alps"}, []string{"Switzerland", "Austria"}},
		{"a disputed territory stays", []string{
			`Argentina renewed its claim to the Chagos Islands on Monday, and Mauritius said the Chagos Islands were its own.`,
			`Britain rejected both claims.`},
			nil, []string{"Chagos Islands", "Mauritius"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
				}
			}
			for _, n := range c.actors {
				if actorNamed(an, n) == nil {
					t.Errorf("no actor %q; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}
