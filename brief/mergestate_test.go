package brief_test

import (
	"context"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// TestMergeGoesOnAsFromScratch checks that a merge that goes on from where
// the merge of the first articles got to (MergeFrom) merges as Merge does
// from scratch, field for field, as articles are added one and several at
// a time — some of them again, some nil — taken out, edited and moved;
// and that two merges may go on from one state at the same time.
func TestMergeGoesOnAsFromScratch(t *testing.T) {
	root, err := newscorpus.Root()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := newscorpus.LibraryArticles(root, 60)
	if err != nil {
		t.Fatal(err)
	}
	pool := make([]*brief.ArticleAnalysis, len(arts))
	for i, a := range arts {
		if pool[i], err = brief.AnalyzeArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(23, 24))
	parts := append([]*brief.ArticleAnalysis(nil), pool[:30]...)
	var st *brief.MergeState
	went := 0
	for step := range 50 {
		switch op := r.IntN(8); {
		case op < 5:
			for range 1 + r.IntN(3) {
				var p *brief.ArticleAnalysis
				if r.IntN(8) > 0 {
					p = pool[r.IntN(len(pool))]
				}
				parts = append(parts, p)
			}
		case op == 5:
			i := r.IntN(len(parts))
			parts = append(parts[:i:i], parts[i+1:]...)
		case op == 6:
			i := r.IntN(len(parts))
			if parts[i] == nil {
				continue
			}
			a := *parts[i].Article()
			e := brief.NewArticle(a.Title, a.Text+"\n\nOfficials said talks would resume on Monday.")
			if parts[i], err = brief.AnalyzeArticle(context.Background(), e); err != nil {
				t.Fatal(err)
			}
		default:
			i, j := r.IntN(len(parts)), r.IntN(len(parts))
			parts[i], parts[j] = parts[j], parts[i]
		}
		if st.Extends(parts...) {
			went++
		}
		prev := st
		var got *brief.Analysis
		got, st = brief.MergeFrom(prev, parts...)
		want := brief.Merge(parts...)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: the merge that went on differs from Merge", step)
		}
		// The state it went on from is as it was: a second merge from it
		// merges the same.
		if again, _ := brief.MergeFrom(prev, parts...); !reflect.DeepEqual(again, want) {
			t.Fatalf("step %d: a second merge from the same state differs from Merge", step)
		}
	}
	if went < 20 {
		t.Errorf("only %d of 50 merges went on from the one before: the test checks little", went)
	}
	// Two merges going on from one state at once.
	var wg sync.WaitGroup
	for k := range 2 {
		wg.Go(func() {
			more := append(append([]*brief.ArticleAnalysis(nil), parts...), pool[k], pool[k+1])
			if got, _ := brief.MergeFrom(st, more...); !reflect.DeepEqual(got, brief.Merge(more...)) {
				t.Errorf("merge %d going on from a shared state differs from Merge", k)
			}
		})
	}
	wg.Wait()
}
