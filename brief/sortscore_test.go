package brief

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// sortByScore gives the order slices.SortStableFunc with byScore gives:
// highest score first, equal scores in the order they came, each item
// once (the texts are all different).
func TestSortByScoreIsStable(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, n := range []int{0, 1, 2, 3, 17, 200, 3000} {
		qs := make([]Quote, n)
		for i := range qs {
			qs[i] = Quote{Text: strconv.Itoa(i), Speaker: string(rune('A' + i%7)), Score: float64(r.IntN(5))}
		}
		want := slices.Clone(qs)
		slices.SortStableFunc(want, func(a, b Quote) int { return byScore(a.Score, b.Score) })
		got := slices.Clone(qs)
		sortByScore(got, func(q *Quote) float64 { return q.Score })
		for i := range want {
			if got[i].Text != want[i].Text || got[i].Speaker != want[i].Speaker || got[i].Score != want[i].Score {
				t.Fatalf("n=%d: item %d is %+v, want %+v", n, i, got[i], want[i])
			}
		}
	}
}
