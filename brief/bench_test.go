package brief_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// benchArticles loads the project's own news-style articles (the sample
// and the labelled test articles), written for Briefing.
func benchArticles(b testing.TB) []*brief.Article {
	b.Helper()
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	paths = append(paths, "../assets/samples/sample.txt")
	var out []*brief.Article
	for _, p := range paths {
		a, err := load.File(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkAnalyze measures the engine on news text: every stage from
// tokens to ranked items, one article of about 10,000 words per iteration.
func BenchmarkAnalyze(b *testing.B) {
	var sb strings.Builder
	for _, a := range benchArticles(b) {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	text := strings.Repeat(sb.String(), 3)
	a, err := load.Parse("bench.txt", []byte(text), load.FormatText)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		brief.Analyze(a)
	}
	b.ReportMetric(float64(a.Words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkAnalyzeArticles analyses the articles together, as a briefing of
// several sources does.
func BenchmarkAnalyzeArticles(b *testing.B) {
	arts := benchArticles(b)
	words := 0
	for _, a := range arts {
		words += a.Words
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		brief.Analyze(arts...)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
