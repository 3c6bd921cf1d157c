package brief

import "testing"

// An "it" that stands for no one: the subject of an extraposed predicate
// ("it is easy to criticise…", "it would be foolish to reject…", "it is
// always sad to see a falling out between…"). Whoever would criticise or
// reject is left unnamed, so the body named in the sentence before is no
// party; an "it" that is the body's own ("It rejected their offer") still
// is.
func TestDisputeExpletiveIt(t *testing.T) {
	board := "The Velmont Harbour Board published its levy figures for the coming year on Monday."
	checkDisputeCases(t, []disputeCase{
		{"an it that stands for the body before", []string{board,
			"The Velmont Harbour Board met the traders on Monday. It rejected their offer of a smaller levy."},
			"It rejected their offer", []string{"Velmont Harbour Board"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"easy to criticise", []string{board,
			"It is easy to criticise the new levy when the harbour wall is crumbling."},
			"criticise the new levy", nil, nil, ""},
		{"foolish to reject", []string{board,
			"It would be foolish to reject the offer out of hand."},
			"reject the offer", nil, nil, ""},
		{"hard not to condemn", []string{board,
			"It was hard not to condemn the attack on the harbour office."},
			"condemn the attack", nil, nil, ""},
		{"sad to see a falling out", []string{board,
			"Of course, it is always sad to see a falling out between old partners, particularly in a small town."},
			"falling out", nil, nil, ""},
		{"time to challenge", []string{board,
			"It is time to challenge the levy in court, and the traders know it."},
			"challenge the levy", nil, nil, ""},
	})
}
