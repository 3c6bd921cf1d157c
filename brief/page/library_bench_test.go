package page

import (
	"context"
	"sync"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// libraryParts is a library of 1,001 articles (newscorpus.Library), each
// analysed on its own (brief.AnalyzeArticle), as the app keeps them.
var libraryParts = sync.OnceValues(func() ([]*brief.ArticleAnalysis, error) {
	root, err := newscorpus.Root()
	if err != nil {
		return nil, err
	}
	arts, err := newscorpus.LibraryArticles(root, 1001)
	if err != nil {
		return nil, err
	}
	parts := make([]*brief.ArticleAnalysis, len(arts))
	for i, a := range arts {
		if parts[i], err = brief.AnalyzeArticle(context.Background(), a); err != nil {
			return nil, err
		}
	}
	return parts, nil
})

// BenchmarkLibraryPage measures the page of a briefing of 1,000 articles
// made from their analyses from scratch: merging them (brief.Merge), Build
// and FitOnePage. (What adding one article to them costs the app, which
// keeps its work from one briefing to the next, is the gui package's
// BenchmarkLibraryAddArticle.)
func BenchmarkLibraryPage(b *testing.B) {
	parts, err := libraryParts()
	if err != nil {
		b.Fatal(err)
	}
	parts = parts[:1000]
	if _, err := loadFontMetrics(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := newscorpus.StartCPU()
	for b.Loop() {
		Build(brief.Merge(parts...), Options{Date: testDate}).FitOnePage(PaperA4)
	}
	reportCPU(b, cpu)
}

// reportCPU reports the processor time a run took (cpu-ms/op): on a
// machine shared with other work the clock also counts the time others
// held the processor.
func reportCPU(b *testing.B, cpu newscorpus.CPUMeter) {
	if t := cpu.Elapsed(); t > 0 {
		b.ReportMetric(float64(t.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
