package page

import (
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestKinOnlyPersonIsNoKeyActor checks that a person the story names only
// as someone's relative inside a phrase ("who lives with her husband,
// Piet Tolvik, said", "a yard that belongs to Asberg's husband, former
// mayor Piet Tolvik", "with his wife, Sofia Lind, and their sons") and
// who does nothing in it is not listed among the key actors — not even
// with a role, nor as the one who "said" after the phrase — while a
// relative who speaks, acts or is a party to a printed item stays. Sentences written for the test, in
// invented places.
func TestKinOnlyPersonIsNoKeyActor(t *testing.T) {
	const lead = "Maren Asberg, a hydrologist at the Kestrel River board, said on Monday that the flood would reach the town of Harlow by Wednesday."
	for _, c := range []struct {
		name string
		body string
		drop string // a person who must not be a key actor
		keep string // an actor who must stay a key actor
	}{
		{"her husband, in a phrase of the speaker's relative clause",
			"Asberg, who lives in Harlow with her husband, Piet Tolvik, said the board would open a shelter in the school by Friday. Asberg said the shelter would stay open until Friday.",
			"Tolvik", "Maren Asberg"},
		{"her husband with a role, in a phrase",
			"Asberg, who lives in Harlow with her husband, retired judge Piet Tolvik, said the board would open a shelter in the school by Friday. Asberg said the shelter would stay open until Friday.",
			"Tolvik", "Maren Asberg"},
		{"a named person's husband with a role, in a phrase",
			"The boats are kept at a yard that belongs to Asberg's husband, former mayor Piet Tolvik, the board said. Asberg said the boats would be moved on Tuesday.",
			"Tolvik", "Maren Asberg"},
		{"his wife, in a phrase, and more after her",
			"Brenner, who moved to the hills with his wife, Sofia Lind, and their two sons, said the port would stay closed until Friday. Asberg said the port would reopen next week.",
			"Lind", "Maren Asberg"},

		// They speak, act or are parties: they stay.
		{"the husband with a role speaks, opening the sentence",
			"Her husband, former mayor Piet Tolvik, said the harbour had never flooded so fast. Asberg said the board would open a shelter.",
			"", "Tolvik"},
		{"the husband is a party",
			"Asberg accused her husband, Piet Tolvik, of ignoring the board's warnings. Tolvik denied the charge on Tuesday.",
			"", "Tolvik"},
		{"the husband acts in a clause of his own",
			"Asberg, who lives in Harlow with her husband, Piet Tolvik, who runs the ferry, said the board would open a shelter. Tolvik cancelled every crossing on Tuesday.",
			"", "Tolvik"},
		{"the husband is quoted",
			"Asberg, who lives in Harlow with her husband, Piet Tolvik, said the board would open a shelter. \"The water is rising faster than in 1998,\" Tolvik said.",
			"", "Tolvik"},
		{"the husband speaks later",
			"Asberg, who lives in Harlow with her husband, Piet Tolvik, said the board would open a shelter. Tolvik said he would stay on his boat until the water fell.",
			"", "Tolvik"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := brief.NewArticle("Flood warning for Harlow", lead+"\n\n"+c.body)
			an := brief.Analyze(art)
			names := keyActorNames(Build(an, Options{Date: testDate}))
			if c.drop != "" && namesHold(names, c.drop) {
				t.Errorf("key actors %q list %q, only named as a relative", names, c.drop)
			}
			if c.keep != "" && !namesHold(names, c.keep) {
				t.Errorf("key actors %q lost %q", names, c.keep)
			}
		})
	}
}
