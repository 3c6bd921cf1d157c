package brief

import "testing"

// A person with two surnames, as Spanish and Portuguese names have them
// ("Álvaro Choque Villca", "María José Quispe Mamani"), is called by the
// first of them alone later ("Mr Choque", "Quispe"): one actor, not two.
// A middle word that is a given name ("John Paul Jones") is no surname.
// Sentences written for the test.
func TestDoubleSurnames(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		forms []string // one actor
		apart []string // not that actor
	}{
		{"a minister called by his first surname", []string{
			`The accord was signed by Bolivia's Minister of Energy, Álvaro Choque Villca, on Tuesday in La Paz.`,
			`Mr Choque said the ministry would open a consultation with farmers within weeks.`},
			[]string{"Álvaro Choque Villca", "Mr Choque"}, nil},
		{"a leader named in four words", []string{
			`Its leader, María José Quispe Mamani, accused the government of ignoring the villages near the salt flats.`,
			`Quispe said her federation would take the case to court if the plant went ahead.`},
			[]string{"María José Quispe Mamani", "Quispe"}, nil},
		{"a given name in the middle is no surname", []string{
			`Senator John Paul Harwell said on Monday he would vote against the bill.`,
			`Paul Brandt, a farmer from Kestrel County, said the bill would ruin him. Paul said he had written to the senator.`},
			[]string{"John Paul Harwell"}, []string{"Paul"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			first := actorNamed(an, c.forms[0])
			if first == nil {
				t.Fatalf("no actor %q; actors: %q", c.forms[0], actorNames(an))
			}
			for _, f := range c.forms[1:] {
				if a := actorNamed(an, f); a != first {
					t.Errorf("%q is not %q; actors: %q", f, first.Name, actorNames(an))
				}
			}
			for _, f := range c.apart {
				if a := actorNamed(an, f); a == first {
					t.Errorf("%q joined %q", f, first.Name)
				}
			}
		})
	}
}
