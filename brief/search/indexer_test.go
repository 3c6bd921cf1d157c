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
