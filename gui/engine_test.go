package gui

import (
	"bytes"
	"context"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
	"github.com/briefing-app/briefing/brief/search"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// libraryArticles are the 1,001 articles of the library benchmarks
// (newscorpus.LibraryArticles).
var libraryArticles = sync.OnceValues(func() ([]*brief.Article, error) {
	root, err := newscorpus.Root()
	if err != nil {
		return nil, err
	}
	return newscorpus.LibraryArticles(root, 1001)
})

// BenchmarkLibraryAddArticle measures what the window does when one
// article is added to a briefing of 1,000 (briefingEngine.update, as
// rebuild calls it): the new article analysed, the 1,001 analyses merged,
// the search index, the briefing and its page made again, each from what
// the window kept of the briefing before. Between two adds (not timed)
// the article is taken out again, as a user may.
func BenchmarkLibraryAddArticle(b *testing.B) {
	arts, err := libraryArticles()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	analyze := analyzer()
	var e briefingEngine
	opt := page.Options{Date: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)}
	update := func(arts []*brief.Article) {
		if _, err := e.update(ctx, analyze, arts, nil, nil, opt, paperA4); err != nil {
			b.Fatal(err)
		}
	}
	update(arts)
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		update(arts[:1000])
		b.StartTimer()
		start := newscorpus.CPUTime()
		update(arts)
		cpu += newscorpus.CPUTime() - start
	}
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

// TestEngineUpdatesAsFromScratch checks that the window's engine, which
// keeps its work from one briefing to the next, makes what the engine
// makes from scratch — the analysis, the briefing (JSON), its page (JSON,
// Markdown) and what a search finds — as articles are added, taken out,
// edited and moved, and pins change.
func TestEngineUpdatesAsFromScratch(t *testing.T) {
	pool := libraryPool(t, 40)
	ctx := context.Background()
	analyze := analyzer()
	var e briefingEngine
	opt := page.Options{Date: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)}
	arts := append([]*brief.Article(nil), pool[:28]...)
	r := rand.New(rand.NewPCG(27, 28))
	for step := range 16 {
		switch op := step % 5; op {
		case 0, 3:
			arts = append(arts, pool[r.IntN(len(pool))])
		case 1:
			i := r.IntN(len(arts))
			arts = append(arts[:i:i], arts[i+1:]...)
		case 2:
			i := r.IntN(len(arts))
			a := *arts[i]
			edited := brief.NewArticle(a.Title, a.Text+"\n\nThe mayor said the ferry would run again next week.")
			edited.Site, edited.Date = a.Site, a.Date
			arts[i] = edited
		default:
			opt.Pinned = map[string]bool{}
		}
		got, err := e.update(ctx, analyze, arts, nil, nil, opt, paperA4)
		if err != nil {
			t.Fatal(err)
		}
		an := brief.Analyze(arts...)
		full := page.Build(an, opt)
		if len(full.Commitments) > 0 && step%5 == 4 {
			opt.Pinned[full.Commitments[len(full.Commitments)-1].Key()] = true
		}
		want := briefingUpdate{an: an, index: search.NewIndex(an), full: full, page: full.FitOnePage(paperA4)}
		if !reflect.DeepEqual(got.an, want.an) {
			t.Fatalf("step %d: the analysis differs", step)
		}
		for _, pair := range [][2]*page.Briefing{{got.full, want.full}, {got.page, want.page}} {
			g, err := pair[0].JSON()
			if err != nil {
				t.Fatal(err)
			}
			w, err := pair[1].JSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(g, w) || pair[0].Markdown() != pair[1].Markdown() {
				t.Fatalf("step %d: the briefing differs from the one made from scratch", step)
			}
		}
		for _, q := range []string{"said", "minister", "harbour talks", "will", "z"} {
			if g, w := got.index.Search(q, 20), want.index.Search(q, 20); !reflect.DeepEqual(g, w) {
				t.Fatalf("step %d: searching %q finds other items", step, q)
			}
		}
	}
}

// libraryPool is n articles of the benchmark library (newscorpus), for
// tests that build briefings of changing sets of real news.
func libraryPool(t *testing.T, n int) []*brief.Article {
	t.Helper()
	root, err := newscorpus.Root()
	if err != nil {
		t.Fatal(err)
	}
	pool, err := newscorpus.LibraryArticles(root, n)
	if err != nil {
		t.Fatal(err)
	}
	return pool
}
