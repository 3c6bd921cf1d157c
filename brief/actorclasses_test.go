package brief

import (
	"strings"
	"testing"
)

// A reporter named through an outlet ("the BBC's Jon Sopel", "CNN's Jake
// Tapper", "Reuters correspondent Maren Solvik") who only asks or is told
// things is a source of the story, like the outlet: no key actor. A
// reporter the story acts on stays one, and so does someone who speaks for
// an outlet that is itself in the story. Sentences written for the test.
func TestReportersNamedThroughOutlets(t *testing.T) {
	cases := []struct {
		name     string
		paras    []string
		not      []string // no actor by these names
		actors   []string // actors that must stay
		speakers map[string]string
	}{
		{"told the broadcaster's reporter", []string{
			`Prime Minister Ilse Varnholt ruled out a second referendum on Sunday, telling the BBC's Jon Sopel that the matter was closed.`,
			`“The people have spoken and we will respect them,” Varnholt told Sopel. Opposition leader Marek Haldane accused her of ignoring young voters.`},
			[]string{"Jon Sopel", "Sopel"}, []string{"Ilse Varnholt", "Marek Haldane"},
			map[string]string{"The people have spoken": "Ilse Varnholt"}},
		{"an interview with the anchor, who asked", []string{
			`Senator Ruth Calder defended the farm bill in an interview with CNN's Jake Tapper on Sunday.`,
			`Tapper asked whether the bill would raise food prices. Calder said it would not, but her rival, Senator Owen Pike, said it would.`},
			[]string{"Jake Tapper", "Tapper"}, []string{"Ruth Calder", "Owen Pike"}, nil},
		{"according to an agency's correspondent", []string{
			`The ministry will review the harbour contract, according to Reuters correspondent Maren Solvik.`,
			`Finance Minister Ilse Varnholt said the review would take a month and cost nothing.`},
			[]string{"Maren Solvik"}, []string{"Ilse Varnholt"}, nil},
		{"the reporter said, with the quote kept", []string{
			`The summit ended without a statement on Friday.`,
			`“Nobody expected the talks to collapse this fast,” the BBC's Jon Sopel said from Geneva. Foreign Minister Ilse Varnholt blamed Russia for the failure.`},
			[]string{"Jon Sopel", "BBC"}, []string{"Ilse Varnholt"},
			map[string]string{"Nobody expected the talks": "Jon Sopel"}},
		// Acted on: an actor.
		{"a reporter the story is about", []string{
			`The President accused CNN's Jim Acosta of lying and revoked his press pass on Wednesday.`,
			`Acosta said he would sue. The White House defended the decision.`},
			nil, []string{"Jim Acosta"}, nil},
		// The outlet is in the story itself.
		{"the editor of an outlet that is sued", []string{
			`The Kestrel Times was sued for libel on Monday by the property developer Anton Varga.`,
			`The Kestrel Times's Ruth Okafor said the paper would defend every word of the report.`},
			nil, []string{"Ruth Okafor", "Anton Varga"}, nil},
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
			for words, sp := range c.speakers {
				if q := findQuote(t, an, words); !strings.EqualFold(q.Speaker, sp) {
					t.Errorf("quote %q by %q, want %q", words, q.Speaker, sp)
				}
			}
		})
	}
}

// A product or device named like a person ("Raspberry Pi", "Glow
// Spinner") is counted, takes "a", or qualifies a noun after a
// determiner, and never speaks: a thing, no actor. A person with a name
// the engine does not know as a given name stays one. Sentences written
// for the test.
func TestProductsAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"boards and kits, counted", []string{
			`The school bought forty Raspberry Pi boards and a dozen Arduino Uno kits for its robotics club, head teacher Sarah Collins said.`,
			`Collins said the council had paid for the kits.`},
			map[string]ActorKind{"Sarah Collins": KindPerson}, []string{"Raspberry Pi", "Arduino Uno"}},
		{"a toy, seized", []string{
			`Police seized a Glow Spinner and two hundred other toys from a warehouse in Leeds on Monday.`,
			`The Glow Spinner toy had been sold online for months, Detective Sergeant Anna Rees said.`},
			map[string]ActorKind{"Anna Rees": KindPerson}, []string{"Glow Spinner"}},
		// People with names the engine does not know.
		{"a player with an unknown given name", []string{
			`Ndamukong Suh stepped on the quarterback's leg twice, and the league will review the play.`,
			`Suh said he had slipped on the wet grass.`},
			map[string]ActorKind{"Ndamukong Suh": KindPerson}, nil},
		{"a manager after a determiner, who speaks", []string{
			`The Vekla Harbour director, Oskar Lindqvist, met reporters at the gate on Monday.`,
			`Lindqvist said the smelter would reopen in May.`},
			map[string]ActorKind{"Oskar Lindqvist": KindPerson}, nil},
	})
}
