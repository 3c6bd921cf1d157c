package gui

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
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
