package brief

import "testing"

// A belief told in the progressive or as a wager ("investors are betting
// that…", "traders are wagering…", "markets are speculating that…") frames
// what an actor will do as someone's guess, as "investors think" does: no
// commitment. The actor's own word stays one.
func TestCommitmentsNotWager(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"investors betting that", []string{
			"Investors are betting that Carrow Bank will close 30 branches."},
			"will close 30 branches", "", ""},
		{"traders wagering that", []string{
			"Traders are wagering that the central bank of Kenya will cut rates in May."},
			"will cut rates", "", ""},
		{"markets speculating that", []string{
			"Markets are speculating that Norvik Energy will sell its Dunmore plant."},
			"will sell its Dunmore plant", "", ""},
		{"investors wagering, no 'that'", []string{
			"Investors are wagering Carrow Bank will close 30 branches."},
			"will close 30 branches", "", ""},
	})
	checkCommitCases(t, []commitCase{
		{"the bank's own word after the guess", []string{
			"Carrow Bank will close 30 branches, the bank said, confirming what investors had been betting on."},
			"will close 30 branches", "Carrow Bank", ""},
		{"the bank says it will despite the wagers", []string{
			"Whatever traders are betting, Carrow Bank said it will close 30 branches."},
			"will close 30 branches", "Carrow Bank", ""},
	})
}
