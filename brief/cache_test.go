package brief_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestCacheAnalysesOnlyWhatChanged checks that a Cache gives what
// AnalyzeContext gives while analysing only the articles it has not seen:
// one added, one whose text changed; a copy of an article with the same
// text at another path is taken from the cache and shows its own path,
// one with another title or outlet is analysed again;
// articles no longer asked for are let go; an analysis called off keeps
// nothing cut short.
func TestCacheAnalysesOnlyWhatChanged(t *testing.T) {
	arts := benchArticles(t)
	if len(arts) < 4 {
		t.Fatalf("%d articles; the test needs 4", len(arts))
	}
	for i, a := range arts {
		a.ID = string(rune('a' + i))
	}
	ctx := context.Background()
	var c brief.Cache
	check := func(step string, wantAnalysed int, set ...*brief.Article) {
		t.Helper()
		before := c.Analysed()
		an, err := c.AnalyzeContext(ctx, set...)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if got, want := analysisJSON(t, an), analysisJSON(t, brief.Analyze(set...)); !bytes.Equal(got, want) {
			t.Errorf("%s: the cache's analysis differs from Analyze", step)
		}
		if n := c.Analysed() - before; n != wantAnalysed {
			t.Errorf("%s: %d articles analysed, want %d", step, n, wantAnalysed)
		}
	}
	check("first", 3, arts[0], arts[1], arts[2])
	check("one added", 1, arts[0], arts[1], arts[2], arts[3])
	check("the same again, reordered, with a nil", 0, arts[3], nil, arts[1], arts[0], arts[2])

	moved := *arts[1]
	moved.Path = "elsewhere/" + moved.Path
	moved.Date = moved.Date.AddDate(0, 0, 1)
	check("a copy at another path, of another date", 0, arts[0], &moved, arts[2], arts[3])

	// The title and the outlet tell the engine which outlet and authors
	// are the article's own (no actors): a copy retitled is analysed again.
	retitled := *arts[1]
	retitled.Title = "Another headline for the same report - Harbour Gazette"
	retitled.Site = "Harbour Gazette"
	check("a copy with another title and outlet", 1, arts[0], &retitled, arts[2], arts[3])
	plain := retitled
	plain.Title, plain.Site = "Another headline for the same report", ""
	check("the title's outlet taken off", 1, arts[0], &plain, arts[2], arts[3])

	edited := *arts[2]
	edited.Text += "\n\nThe mayor said on Friday that the ferry would run again next week."
	check("a text changed, and the retitled one back to its title", 2, arts[0], arts[1], &edited, arts[3])

	check("two dropped", 0, arts[0], arts[1])
	if c.Len() != 2 {
		t.Errorf("the cache keeps %d analyses after two articles were dropped, want 2", c.Len())
	}
	check("a dropped one back", 1, arts[0], arts[1], arts[3])

	done, cancel := context.WithCancel(ctx)
	cancel()
	if an, err := c.AnalyzeContext(done, arts...); err == nil || an != nil {
		t.Errorf("called off: got %v, %v; want no analysis and an error", an, err)
	}
	check("after one called off", len(arts)-3, arts...)
}

// TestCacheKeepsOneTextUnderTwoTitles checks that two articles of the
// same text (and so the same ID) under two titles, both in a briefing,
// each keep their analysis: neither is analysed again when one more
// article is added.
func TestCacheKeepsOneTextUnderTwoTitles(t *testing.T) {
	arts := benchArticles(t)
	if len(arts) < 3 {
		t.Fatalf("%d articles; the test needs 3", len(arts))
	}
	twin := *arts[0]
	twin.Title = "The same report under another headline"
	ctx := context.Background()
	var c brief.Cache
	set := []*brief.Article{arts[0], &twin, arts[1]}
	if _, err := c.AnalyzeContext(ctx, set...); err != nil {
		t.Fatal(err)
	}
	before := c.Analysed()
	set = append(set, arts[2])
	an, err := c.AnalyzeContext(ctx, set...)
	if err != nil {
		t.Fatal(err)
	}
	if n := c.Analysed() - before; n != 1 {
		t.Errorf("%d articles analysed after one was added, want 1", n)
	}
	if got, want := analysisJSON(t, an), analysisJSON(t, brief.Analyze(set...)); !bytes.Equal(got, want) {
		t.Error("the cache's analysis differs from Analyze")
	}
	if c.Len() != 4 {
		t.Errorf("the cache keeps %d analyses of 4 articles", c.Len())
	}
}
