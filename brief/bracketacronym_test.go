package brief

import (
	"slices"
	"strings"
	"testing"
)

// An acronym in brackets right after a body's name ("the Kestrel Haulage
// Workers Union (KHU)", "the Tagus Estuary Port Authority (APL)") is that body's
// short form even when its letters are not the name's initials (a name
// translated, a body's own choice), and a name written with its initials
// in brackets ("Harwick Quay Terminals (HQT)") is an organisation, however
// much its words look like a person's. Later uses of the acronym are the
// same actor. A person's name before a bracketed agency credit ("Ana Soto
// (AP)") is not merged with it. Sentences written for the test.
func TestBracketedAcronymIsTheName(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		actor  string // the actor that must be listed, once
		kind   ActorKind
		not    []string // names that must not be listed as actors of their own
		checks []descCheck
	}{
		{"letters of another language", []string{
			`LISBON — The Tagus Estuary Port Authority (APL) said on Monday it would reopen the northern berths by Friday.`,
			`Nordmar Shipping accused APL of moving too slowly after the storm.`},
			"Tagus Estuary Port Authority", KindOrganization, []string{"APL"},
			[]descCheck{{"dispute", "accused APL of moving too slowly", "Tagus Estuary Port Authority", []string{"APL"}}}},
		{"initials of a name read as a person", []string{
			`Harwick Quay Terminals (HQT) offered the drivers a 3% rise on Tuesday.`,
			`The drivers' union rejected the offer from HQT within an hour, calling it "an insult to every driver on the quay".`},
			"Harwick Quay Terminals", KindOrganization, []string{"HQT"}, nil},
		{"a person known by initials", []string{
			`The board of the Lisbon Coding Society voted on Monday to suspend its founder, Martin J. Kessler (MJK), over his remarks.`,
			`MJK said he would appeal, and several members defended him in a letter.`},
			"Martin J. Kessler", KindPerson, []string{"MJK"}, nil},
		{"an agency credit after a person", []string{
			`Fishermen blocked the harbour at Peniche on Sunday, photographer Ana Soto (AP) reported.`,
			`The fishermen's leader, Rui Matos, said they would stay until the quotas were raised.`},
			"Rui Matos", KindPerson, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var names []string
			n := 0
			for _, a := range an.Actors {
				names = append(names, a.Name)
				if a.Name == c.actor {
					n++
					if a.Kind != c.kind {
						t.Errorf("%q is a %s, want %s", a.Name, a.Kind, c.kind)
					}
				}
				if strings.Contains(a.Name, "Ana Soto") && a.Kind == KindPerson && slices.Contains(a.Aliases, "AP") {
					t.Errorf("a person merged with an agency credit: %+v", a)
				}
			}
			if n != 1 {
				t.Errorf("actor %q listed %d times: %q", c.actor, n, names)
			}
			for _, x := range c.not {
				if slices.Contains(names, x) {
					t.Errorf("%q listed as an actor of its own: %q", x, names)
				}
			}
			checkCredits(t, an, c.checks)
		})
	}
}
