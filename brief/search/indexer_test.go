package search

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// sameIndex reports where two indexes differ ("" when they do not).
func sameIndex(a, b *Index) string {
	items := func(ix *Index) []Item {
		var out []Item
		for i := range ix.Len() {
			out = append(out, ix.item(i))
		}
		return out
	}
	switch {
	case !reflect.DeepEqual(items(a), items(b)):
		return "items"
	case !slices.Equal(a.fold, b.fold):
		return "folded texts"
	case !slices.Equal(a.mask, b.mask):
		return "letter masks"
	case !slices.Equal(a.kind, b.kind):
		return "kinds"
	}
	return ""
}

// TestIndexerIndexesAsNewIndex checks that an Indexer, which keeps the
// folded texts and keys of each index for the next, makes the index
// NewIndex makes, as articles are added, taken out, edited (a new copy,
// and in place) and moved, and on several goroutines at once.
func TestIndexerIndexesAsNewIndex(t *testing.T) {
	root, err := newscorpus.Root()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := newscorpus.LibraryArticles(root, 40)
	if err != nil {
		t.Fatal(err)
	}
	parts := make([]*brief.ArticleAnalysis, len(arts))
	for i, a := range arts {
		if parts[i], err = brief.AnalyzeArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(21, 22))
	cur := append([]*brief.ArticleAnalysis(nil), parts[:25]...)
	var x Indexer
	for step := range 30 {
		switch op := r.IntN(5); op {
		case 0, 1:
			cur = append(cur, parts[r.IntN(len(parts))])
		case 2:
			i := r.IntN(len(cur))
			cur = append(cur[:i:i], cur[i+1:]...)
		case 3:
			i := r.IntN(len(cur))
			a := *cur[i].Article()
			e := brief.NewArticle(a.Title, a.Text+"\n\nThe harbour board said it would meet again on Friday.")
			if step%2 == 0 {
				// Changed in place: the same article, another text.
				*cur[i].Article() = *e
				e = cur[i].Article()
			}
			p, err := brief.AnalyzeArticle(context.Background(), e)
			if err != nil {
				t.Fatal(err)
			}
			cur[i] = p
		default:
			i, j := r.IntN(len(cur)), r.IntN(len(cur))
			cur[i], cur[j] = cur[j], cur[i]
		}
		an := brief.Merge(cur...)
		if d := sameIndex(x.Index(an), NewIndex(an)); d != "" {
			t.Fatalf("step %d: the Indexer's %s differ from NewIndex's", step, d)
		}
	}
	an := brief.Merge(cur...)
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			if d := sameIndex(x.Index(an), NewIndex(an)); d != "" {
				t.Errorf("on goroutines: the Indexer's %s differ from NewIndex's", d)
			}
		})
	}
	wg.Wait()
	if d := sameIndex(x.Index(nil), NewIndex(nil)); d != "" {
		t.Errorf("no analysis: the Indexer's %s differ from NewIndex's", d)
	}
}

// TestMemoKeepsAndLetsGo checks that the memo an Indexer keeps its folded
// texts and keys in gives each key its value, shares its base from one
// index to the next while most of it is used, and makes it again once a
// third is not, or once the new values outgrow it.
func TestMemoKeepsAndLetsGo(t *testing.T) {
	made := 0
	use := func(prev *memo[int, int], keys ...int) *memo[int, int] {
		m := newMemo(prev)
		for _, k := range keys {
			v, ok := m.get(k)
			if !ok {
				made++
				v = 10 * k
				m.add(k, v)
			}
			if v != 10*k {
				t.Fatalf("key %d: value %d, want %d", k, v, 10*k)
			}
		}
		m.done()
		return m
	}
	keys := func(lo, hi int) []int {
		var out []int
		for k := lo; k < hi; k++ {
			out = append(out, k)
		}
		return out
	}
	m := use(nil, keys(0, 100)...)
	if made != 100 || len(m.base) != 100 {
		t.Fatalf("first index: %d values made, base of %d", made, len(m.base))
	}
	base := m.base
	// One key more: base is shared, the new key is made once and kept.
	m = use(m, keys(0, 101)...)
	m = use(m, append(keys(0, 101), 100)...)
	if made != 101 || len(m.base) != 100 || len(m.delta) != 1 {
		t.Fatalf("adding one key: %d values made, base of %d, delta of %d", made, len(m.base), len(m.delta))
	}
	if reflect.ValueOf(m.base).UnsafePointer() != reflect.ValueOf(base).UnsafePointer() {
		t.Fatal("adding one key: base was not shared")
	}
	// Half the keys gone: the next index makes base again of those used.
	m = use(m, keys(50, 101)...)
	m = use(m, keys(50, 101)...)
	if made != 101 || len(m.base) != 51 || m.delta != nil {
		t.Fatalf("half the keys gone: %d values made, base of %d, delta of %d", made, len(m.base), len(m.delta))
	}
	// Many new keys: base is made again with them.
	m = use(m, keys(50, 120)...)
	m = use(m, keys(50, 120)...)
	if made != 120 || len(m.base) != 70 {
		t.Fatalf("many new keys: %d values made, base of %d", made, len(m.base))
	}
}
