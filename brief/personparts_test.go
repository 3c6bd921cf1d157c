package brief

import (
	"strings"
	"testing"
)

// TestPersonParts checks the first and last names personParts finds
// against the rule read off the list of the name's words: a royal title
// dropped, a regnal numeral dropped, a king known by one name.
func TestPersonParts(t *testing.T) {
	listParts := func(name string) (string, string) {
		f := strings.Fields(nameKey(name))
		royal := len(f) > 1 && royalTitles[f[0]] != 0
		if royal {
			f = f[1:]
		}
		if sp := strings.LastIndexByte(name, ' '); len(f) > 1 && sp > 0 && regnalNumeral(name[sp+1:]) {
			royal = royal || len(f) == 2
			f = f[:len(f)-1]
		}
		if royal && len(f) == 1 {
			return f[0], f[0]
		}
		return f[0], f[len(f)-1]
	}
	for _, c := range []struct{ name, first, last string }{
		{"Keir Starmer", "keir", "starmer"},
		{"King Aldric III", "aldric", "aldric"},
		{"Pope Leontius", "leontius", "leontius"},
		{"Queen Mirela Anna Vos", "mirela", "vos"},
		{"Aldric III", "aldric", "aldric"},
		{"Jon Paul Kessler Jr", "jon", "jr"},
		{"Tomasz  Brückner", "tomasz", "bruckner"},
		{"Ana\u00a0Lima Costa", "ana", "costa"},
		{"Prince Edmund Ray II", "edmund", "ray"},
		{"Voss", "voss", "voss"},
	} {
		first, last := personParts(c.name)
		wf, wl := listParts(c.name)
		if first != wf || last != wl {
			t.Errorf("personParts(%q) = %q, %q; the word list gives %q, %q", c.name, first, last, wf, wl)
		}
		if first != c.first || last != c.last {
			t.Errorf("personParts(%q) = %q, %q, want %q, %q", c.name, first, last, c.first, c.last)
		}
	}
}
