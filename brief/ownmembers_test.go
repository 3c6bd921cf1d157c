package brief

import (
	"slices"
	"testing"
)

// A body's own members, written "its members" or "their members", stand
// on the body's side: a dispute told by the body of them ("The Harbour
// Union says its members raised concerns about the software") does not
// set the members against the body: the members are dropped as a party
// (and the body alone, with no other side, is no dispute). A body's members against another named body stay a
// dispute with that body. Sentences written for the test.
func TestOwnMembersNoOtherSide(t *testing.T) {
	cases := []struct {
		name, text string
		own        string // the body the members belong to
		with       string // a party the dispute keeps ("" for none)
	}{
		{"a union's members", "The Harbour Union says its members raised concerns about the software in a letter to management.",
			"Harbour Union", ""},
		{"a guild's members", "The Ostrava Boatmen's Guild says its members raised concerns about the new locks in a letter to the council.",
			"Ostrava Boatmen's Guild", ""},
		{"another body", "The Harbour Union said its members rejected the offer from Calder Terminals.", "Harbour Union", "Calder Terminals"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.text)
			for _, x := range an.Disputes {
				if slices.Contains(x.Parties, "members") && slices.Contains(x.Parties, c.own) {
					t.Errorf("members set against their body: %q", x.Parties)
				}
			}
			if c.with == "" {
				return
			}
			found := false
			for _, x := range an.Disputes {
				found = found || slices.Contains(x.Parties, c.with)
			}
			if !found {
				t.Errorf("no dispute with %q; disputes: %+v", c.with, an.Disputes)
			}
		})
	}
}
