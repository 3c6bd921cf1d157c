package brief

import (
	"strings"
	"testing"
)

// A relative named in apposition inside a phrase of someone's relative
// clause ("Asberg, who lives in Harlow with her husband, Piet Tolvik,
// said…", "with his wife, Sofia Lind, and their two sons, said…") is not
// the subject of the verb after the phrase: the commitment is the
// clause's person's, or no one's, never the relative's. A relative who
// opens the sentence ("Her husband, Piet Tolvik, said…") may be its
// subject. Sentences written for the test.
func TestKinInPhraseIsNoSubject(t *testing.T) {
	const lead = `Maren Asberg, a hydrologist at the Kestrel River board, said on Monday that the flood would reach Harlow by Wednesday.`
	for _, c := range []struct {
		name   string
		paras  []string
		holder string // who must hold the commitment, "" for no one named
		not    string // who must hold none
	}{
		{"her husband, in the speaker's relative clause", []string{lead,
			`Asberg, who lives in Harlow with her husband, Piet Tolvik, said the board would open a shelter in the school by Friday.`},
			"Asberg", "Piet Tolvik"},
		{"her husband with a role", []string{lead,
			`Asberg, who lives in Harlow with her husband, retired judge Piet Tolvik, said the board would open a shelter in the school by Friday.`},
			"Asberg", "Piet Tolvik"},
		{"his wife and more after her", []string{lead,
			`Harbour master Tomas Brenner closed the port. Brenner, who moved to the hills with his wife, Sofia Lind, and their two sons, said the port would reopen by Friday.`},
			"", "Sofia Lind"},
	} {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, cm := range an.Commitments {
				if cm.Actor == c.not {
					t.Errorf("commitment %q held by the relative %q", cm.Text, cm.Actor)
				}
			}
			if c.holder == "" {
				return
			}
			found := false
			for _, cm := range an.Commitments {
				found = found || strings.Contains(cm.Actor, c.holder)
			}
			if !found {
				t.Errorf("no commitment held by %q: %+v", c.holder, an.Commitments)
			}
		})
	}
}
