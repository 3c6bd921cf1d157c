package brief

import (
	"strings"
	"testing"
)

// "Her country would sign", "his state would sign", "his city would sign"
// after a verb of saying: the speaker commits for her own side, also when
// the verb of saying follows another of her acts ("criticised X … and said
// his state would…"). Sentences written for the test.
func TestOwnSideCommitment(t *testing.T) {
	cases := []struct{ text, actor, words string }{
		{`Foreign Minister Ana Borg said her country would sign the treaty in May.`, "Ana Borg", "her country would sign"},
		{`Mayor Tom Kell said his city would sign the water pact in June.`, "Tom Kell", "his city would sign"},
		{`Premier Joel Ambrose criticised Tarrow for putting upstream farms ahead of the river and said his state would sign the agreement in Albury.`, "Joel Ambrose", "his state would sign"},
	}
	for _, c := range cases {
		an := analyzeText(t, `Ministers from four states met in Albury on Monday to agree how the river is shared.`, c.text)
		x := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
		if x == nil || !strings.EqualFold(x.Actor, c.actor) {
			t.Errorf("%q: commitment = %+v, want one of %s", c.text, x, c.actor)
		}
	}
}
