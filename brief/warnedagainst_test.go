package brief

import (
	"slices"
	"testing"
)

// "Warned X against doing" is a dispute of the warner and the one warned,
// when an actor is warned; a warning to people in general ("warned
// residents against travelling") is none. Sentences written for the test.
func TestWarnedAgainst(t *testing.T) {
	an := analyzeText(t, `Talks between Norway and Finland on the Tarrow pipeline broke down on Monday.`,
		`Russia warned Finland against joining the pipeline consortium, the Kremlin said.`)
	x := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "warned Finland against")
	if x == nil || !slices.Contains(x.Parties, "Russia") || !slices.Contains(x.Parties, "Finland") {
		t.Errorf("dispute = %+v, want Russia and Finland", x)
	}
	// With no speech verb after it to carry the dispute.
	an = analyzeText(t, `Talks on the Tarrow pipeline broke down on Monday.`,
		`China warned the United States against interfering in its internal affairs.`)
	x = itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "warned the United States against")
	if x == nil || !slices.Contains(x.Parties, "China") {
		t.Errorf("dispute = %+v, want one of China's", x)
	}
	an = analyzeText(t, `Storms hit the Tarrow coast on Monday.`, `Mayor Ana Borg warned residents against travelling on Friday.`)
	if x := itemWith(an.Disputes, func(x Dispute) string { return x.Text }, "warned residents"); x != nil {
		t.Errorf("a safety warning made a dispute: %+v", *x)
	}
}
