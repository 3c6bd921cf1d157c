package brief

import (
	"strings"
	"testing"
)

// A verb of saying in a clause of contrast after a commitment ("the
// ministry has offered to raise night pay by 10%, while the nurses' union
// is asking for 25%") reports that clause, not the commitment: the union
// is no reporter of the ministry's offer, and never its actor.
func TestCommitmentsContrastClauseSpeaker(t *testing.T) {
	cases := []struct {
		name       string
		paras      []string
		words, not string // words of the commitment, an actor it must not have
		want       string // the actor it must have; "" when any other or none
	}{
		{"a ministry's offer, a union asking", []string{
			"Nurses at Velmark General walked out on Monday, and their union warned that the walkouts would go on.",
			"The union said its members were exhausted.",
			"According to two people close to the talks, the ministry has so far offered to raise night pay by 10%, while the union is asking for 25%."},
			"offered to raise night pay", "union", ""},
		{"a board's offer, a federation insisting", []string{
			"Dockers at Tarrow have refused overtime since March, and their federation says it wants a new contract.",
			"The federation said its members had lost a month's pay.",
			"The board has offered to restore the night-shift bonus from June, whereas the federation says the bonus is only a start."},
			"offered to restore the night-shift bonus", "federation", ""},
		{"a council's promise, residents saying", []string{
			"Tenants on Orla Street have campaigned for new housing since 2021, and their association has written to every councillor.",
			"The association said the flats were unsafe.",
			"The council has promised to rehouse every family by spring, while the association insists it has heard that before."},
			"promised to rehouse every family", "association", ""},
		// A reporting verb after the clause still reports it.
		{"a spokesman's word after the clause", []string{
			"Harbin Water was fined last week for leaks at its Dunmore plant.",
			"The company will replace every pipe at the plant by October, a Harbin Water spokesman said."},
			"will replace every pipe", "", "Harbin Water"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
			if c.want != "" {
				if got == nil || !strings.Contains(got.Actor, c.want) {
					t.Fatalf("want %q's commitment with %q in %+v", c.want, c.words, an.Commitments)
				}
				return
			}
			if got != nil && strings.Contains(got.Actor, c.not) {
				t.Errorf("actor = %q: the contrast clause's speaker", got.Actor)
			}
		})
	}
}
