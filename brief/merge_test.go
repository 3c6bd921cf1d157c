package brief_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

func analysisJSON(t *testing.T, an *brief.Analysis) []byte {
	t.Helper()
	data, err := an.JSON()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestMergeOfArticlesIsAnalyze checks that analysing articles one by one
// and merging them is Analyze of them all, in any order and with nil
// articles between them, and that a merged part stays as it was: it can
// be merged again, alone and into other analyses, at the same time.
func TestMergeOfArticlesIsAnalyze(t *testing.T) {
	arts := benchArticles(t)
	parts := make([]*brief.ArticleAnalysis, len(arts))
	for i, a := range arts {
		p, err := brief.AnalyzeArticle(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if p.Article() != a {
			t.Fatalf("part %d holds another article", i)
		}
		parts[i] = p
	}
	want := analysisJSON(t, brief.Analyze(arts...))
	if got := analysisJSON(t, brief.Merge(parts...)); !bytes.Equal(got, want) {
		t.Errorf("Merge of the articles' analyses differs from Analyze of the articles")
	}
	// Another order, a nil between: the source numbers follow the places.
	rev := []*brief.Article{arts[3], nil, arts[0], arts[2]}
	revParts := []*brief.ArticleAnalysis{parts[3], nil, parts[0], parts[2]}
	if got, want := analysisJSON(t, brief.Merge(revParts...)), analysisJSON(t, brief.Analyze(rev...)); !bytes.Equal(got, want) {
		t.Errorf("Merge in another order, with a nil, differs from Analyze in that order")
	}
	// The same parts merged side by side (run with -race), alone and all.
	var wg sync.WaitGroup
	results := make([][]byte, 4)
	for i := range results {
		wg.Go(func() {
			if i%2 == 0 {
				results[i], _ = brief.Merge(parts...).JSON()
			} else {
				results[i], _ = brief.Merge(parts[1]).JSON()
			}
		})
	}
	wg.Wait()
	alone := analysisJSON(t, brief.Analyze(arts[1]))
	for i, r := range results {
		if w := want; i%2 == 1 && !bytes.Equal(r, alone) || i%2 == 0 && !bytes.Equal(r, w) {
			t.Errorf("merge %d, side by side with others, differs from Analyze", i)
		}
	}
}

// TestArticleAnalysisFor checks that an analysis is reused for another
// copy of its article only when the text, byline, title and outlet are the
// same, and that the merge then shows the copy's own path and date.
func TestArticleAnalysisFor(t *testing.T) {
	a := benchArticles(t)[0]
	p, err := brief.AnalyzeArticle(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if q, ok := p.For(a); !ok || q != p {
		t.Errorf("For(the same article) = %v, %v; want the analysis itself", q, ok)
	}
	moved := *a
	moved.Path = "saved/elsewhere.html"
	moved.Date = moved.Date.AddDate(0, 0, -1)
	q, ok := p.For(&moved)
	if !ok || q.Article() != &moved {
		t.Fatalf("For(a moved copy) = %v, %v; want the analysis bound to the copy", q, ok)
	}
	if got, want := analysisJSON(t, brief.Merge(q)), analysisJSON(t, brief.Analyze(&moved)); !bytes.Equal(got, want) {
		t.Errorf("the reused analysis of a moved copy differs from Analyze of the copy")
	}
	renamed := *a
	renamed.Title = "A title the user gave it - The Harbour Gazette"
	if _, ok := p.For(&renamed); ok {
		t.Errorf("For(a renamed copy) reused the analysis: the title names the article's own outlet")
	}
	site := *a
	site.Site = "The Harbour Gazette"
	if _, ok := p.For(&site); ok {
		t.Errorf("For(a copy with another outlet) reused the analysis: the outlet is read by the engine")
	}
	other := *a
	other.Byline = "Someone Else"
	if _, ok := p.For(&other); ok {
		t.Errorf("For(a copy with another byline) reused the analysis: the byline is read by the engine")
	}
	edited := *a
	edited.Text += " One more sentence."
	if _, ok := p.For(&edited); ok {
		t.Errorf("For(a copy with other text) reused the analysis")
	}
	if _, ok := p.For(nil); ok {
		t.Errorf("For(nil) reused the analysis")
	}
}

// TestAnalyzeCalledOff checks that a context done before or during the
// analysis of many articles stops it with the context's error.
func TestAnalyzeCalledOff(t *testing.T) {
	arts := benchArticles(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if an, err := brief.AnalyzeContext(ctx, arts...); an != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("AnalyzeContext(done) = %v, %v; want nil, context.Canceled", an, err)
	}
	if p, err := brief.AnalyzeArticle(ctx, arts[0]); p != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("AnalyzeArticle(done) = %v, %v; want nil, context.Canceled", p, err)
	}
}

// TestAnalysesShareNoState checks that an article's analysis is the same
// whatever was analysed before it on the same goroutine or beside it: the
// engine reuses its working tables between analyses (a long article's, a
// short one's, in turn, and several at once with -race), and none may
// carry anything from one article to the next.
func TestAnalysesShareNoState(t *testing.T) {
	arts := benchArticles(t)
	first := make([][]byte, len(arts))
	for i, a := range arts {
		first[i] = analysisJSON(t, brief.Analyze(a))
	}
	// Longest first, then the others, so that each reuses larger tables
	// than it needs; then side by side.
	long := &brief.Article{}
	for _, a := range arts {
		if len(a.Text) > len(long.Text) {
			long = a
		}
	}
	var wg sync.WaitGroup
	for round := range 3 {
		for i, a := range arts {
			check := func() {
				brief.Analyze(long)
				if got := analysisJSON(t, brief.Analyze(a)); !bytes.Equal(got, first[i]) {
					t.Errorf("round %d: article %d analysed after another differs from its first analysis", round, i)
				}
			}
			if round == 2 {
				wg.Go(check)
			} else {
				check()
			}
		}
	}
	wg.Wait()
}
