package brief

import "testing"

// A character or a franchise named like a person is no actor when the
// article names a work by it: a short quote that is all a title ("“Super
// Mario Dash” will cost $10"), or a work's noun the name qualifies ("any
// other Mario game", "a third Harry Potter film"). A real person who
// speaks stays one, even when a work is named after them. Sentences
// written for the test.
func TestWorkCharactersAreNoActors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a quoted game title and its hero", []string{
			`Nintendo announced "Super Mario Dash" on Monday, its first game for phones. "Super Mario Dash" will cost $10 and launch on December 15.`,
			`In the game you don't control Mario's movement. Like any other Mario game, it is split into levels with a clear end, and Mario jumps on his own.`,
			`Analyst Kenji Oda said the price was high.`},
			map[string]ActorKind{"Nintendo": KindOrganization, "Kenji Oda": KindPerson},
			[]string{"Mario", "Mario Dash"}},
		{"a film series named after its hero", []string{
			`The studio will release a third Harry Potter film next year, its chief executive, Ana Ruiz, said.`,
			`Ruiz said the Harry Potter films had earned the studio $2 billion.`},
			map[string]ActorKind{"Ana Ruiz": KindPerson},
			[]string{"Harry Potter"}},
		{"a director who speaks keeps her name", []string{
			`Director Lena Hartwig said her new film would open in May.`,
			`The Lena Hartwig film has already sold out in Berlin, her distributor said.`},
			map[string]ActorKind{"Lena Hartwig": KindPerson}, nil},
		{"a nickname in quotes keeps the person", []string{
			`Governor Hal Brecken and his wife Mirela attended the rally on Sunday. Mirela Brecken, dubbed "Mink Mirela" by the tabloids, said she would not stand for office.`},
			map[string]ActorKind{"Mirela Brecken": KindPerson}, nil},
		{"a quoted nickname in a speech quote stays", []string{
			`"We will win this seat," said Marta Vell, the candidate for Harwick. Vell said the vote would be close.`},
			map[string]ActorKind{"Marta Vell": KindPerson}, nil},
	})
}

// A law or written instrument ("the First Amendment", "the Harbour
// Safety Act", "the Orvane Declaration") is no actor however often the
// article names it. Sentences written for the test.
func TestInstrumentsAreNoActors(t *testing.T) {
	an := analyzeText(t, `The Harbour Safety Act will take effect in May, Transport Minister Ruth Okafor said on Monday. Critics say the Harbour Safety Act will raise costs.`,
		`The union said the law breached the First Amendment. Lawyers for the union said the First Amendment protected the right to strike, and the Orvane Declaration, signed by six ports, said the same. The Orvane Declaration was signed in 2019.`)
	for _, n := range []string{"Harbour Safety Act", "First Amendment", "Orvane Declaration"} {
		if a := actorNamed(an, n); a != nil {
			t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
		}
	}
	if actorNamed(an, "Ruth Okafor") == nil {
		t.Errorf("no actor Ruth Okafor; actors: %q", actorNames(an))
	}
}
