package brief

import (
	"slices"
	"strings"
	"testing"
)

// A body's name with a plural possessive before its head word ("the
// Scottish Teachers' Federation", "the Miners' Union") is one name: the
// apostrophe does not cut it into a group of people ("Miners") or drop it.
// A plural possessive before an ordinary word ("the Greens' plan") or a
// lower-case head ("the miners' union") names no body. Sentences written
// for the test.
func TestPluralPossessiveInBodyName(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		actor  string   // an actor that must be listed
		not    []string // actors that must not be
		checks []descCheck
	}{
		{"a federation commits", []string{
			`The Scottish Teachers' Federation said on Tuesday it would ballot its members on strike action in May.`},
			"Scottish Teachers' Federation", []string{"Scottish Teachers"},
			[]descCheck{{"commit", "ballot its members", "Scottish Teachers' Federation", nil}}},
		{"a union disputes", []string{
			`The Miners' Union accused the Ministry of Mines on Monday of ignoring safety warnings at the Kestrel pit.`},
			"Miners' Union", []string{"Miners"},
			[]descCheck{{"dispute", "ignoring safety warnings", "Miners' Union", []string{"Miners"}}}},
		{"curly apostrophe, a leader's body", []string{
			`Kemi Adair, general secretary of the National Dockers’ Federation, said her members would walk out on Friday.`},
			"National Dockers’ Federation", []string{"National Dockers"}, nil},
		{"an ordinary word after the possessive", []string{
			`The Greens' plan would cost 4 billion euros, the Finance Ministry of Ireland said on Monday.`},
			"", []string{"Greens' Plan", "Greens' plan"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var names []string
			for _, a := range an.Actors {
				names = append(names, a.Name)
			}
			if c.actor != "" && !slices.Contains(names, c.actor) {
				t.Errorf("actor %q not listed: %q", c.actor, names)
			}
			for _, n := range c.not {
				if slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(s, n) }) {
					t.Errorf("actor %q listed: %q", n, names)
				}
			}
			checkCredits(t, an, c.checks)
		})
	}
}
