package brief_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// Articles for the engine's failure: each names people, and quotes one.
var (
	panicHarbour = brief.NewArticle("Harbour pilots end strike after talks",
		"Harbour pilots in Port Alder returned to work on Tuesday after the port authority agreed to hire four more pilots.\n\n"+
			"\"Nobody wanted the ships to wait at anchor for another week,\" said José Martínez, who chairs the Port Alder Pilots' Association.")
	panicFerry = brief.NewArticle("Island ferry fares frozen until summer",
		"The Westray Ferry Company said on Wednesday it would freeze fares until next summer, after residents campaigned for months.\n\n"+
			"\"We have listened, and the last rise went too far,\" said its managing director, Helen Moss, at a meeting in the village hall.")
	panicCouncil = brief.NewArticle("Council backs new cycle lanes on the ring road",
		"Marlow town council voted on Thursday to build protected cycle lanes along the ring road by the end of next year.\n\n"+
			"\"This is the safest way to get children to school on a bicycle,\" said councillor Priya Nair, who proposed the scheme.")
)

// broken returns a copy of a whose second sentence runs past its text, as
// an article put together by hand with a mistake might: the engine's
// tokenizer reads out of range on it, as a rule with a bug would on text
// nobody foresaw.
func broken(a *brief.Article) *brief.Article {
	b := *a
	b.Sentences = slices.Clone(a.Sentences)
	b.Sentences[1].End = len(b.Text) + 40
	return &b
}

func names(an *brief.Analysis) []string {
	var out []string
	for _, a := range an.Actors {
		out = append(out, a.Name)
	}
	for _, q := range an.Quotes {
		out = append(out, q.Speaker+": "+q.Text)
	}
	for _, c := range an.Commitments {
		out = append(out, c.Actor+" commits: "+c.Text)
	}
	slices.Sort(out)
	return out
}

func cites(an *brief.Analysis, source string) int {
	n := 0
	count := func(cs []brief.Cite) {
		for _, c := range cs {
			if c.Source == source {
				n++
			}
		}
	}
	for _, a := range an.Actors {
		count(a.Cites)
	}
	for _, q := range an.Quotes {
		count(q.Cites)
	}
	for _, c := range an.Commitments {
		count(c.Cites)
	}
	for _, d := range an.Disputes {
		count(d.Cites)
	}
	return n
}

// TestAnArticleTheEngineFailsOnIsKeptWithNothingTaken: when a rule fails on
// one article (a panic), the user still gets the briefing: that article is
// listed, marked Failed, with nothing taken from it, and the others are
// analysed as if it were not there. The failure is reported to the hook.
func TestAnArticleTheEngineFailsOnIsKeptWithNothingTaken(t *testing.T) {
	whole := brief.Analyze(panicHarbour, panicFerry, panicCouncil)
	if cites(whole, "S2") == 0 {
		t.Fatal("the ferry article gives nothing even whole: the test shows nothing")
	}
	var panics []any
	defer brief.SetEnginePanicHook(func(v any) { panics = append(panics, v) })()

	an, err := brief.AnalyzeContext(context.Background(), panicHarbour, broken(panicFerry), panicCouncil)
	if err != nil {
		t.Fatalf("AnalyzeContext: %v", err)
	}
	if len(panics) != 1 || !strings.Contains(fmt.Sprint(panics[0]), "out of range") {
		t.Errorf("the hook was told of %v, want the one failure", panics)
	}
	if len(an.Sources) != 3 || len(an.Articles) != 3 || an.Sources[1].Title != panicFerry.Title || an.Sources[1].ArticleID != panicFerry.ID {
		t.Fatalf("sources %+v: the article the engine failed on is not listed", an.Sources)
	}
	for i, s := range an.Sources {
		if s.Failed != (i == 1) {
			t.Errorf("%s (%s): Failed = %v", s.ID, s.Title, s.Failed)
		}
	}
	if n := cites(an, "S2"); n != 0 {
		t.Errorf("%d items cite the article the engine failed on", n)
	}
	// The others are analysed as without it.
	without := brief.Analyze(panicHarbour, panicCouncil)
	if got, want := names(an), names(without); !slices.Equal(got, want) {
		t.Errorf("with a failed article:\n%q\nwithout it:\n%q", got, want)
	}
	if cites(an, "S1") == 0 || cites(an, "S3") == 0 {
		t.Error("the other articles lost their items")
	}
	if an.Title() == "" {
		t.Error("no title")
	}
	if _, err := an.JSON(); err != nil {
		t.Errorf("JSON: %v", err)
	}
	// Alone, the article gives an empty analysis that still names it.
	panics = nil
	one := brief.Analyze(broken(panicFerry))
	if len(panics) != 1 || len(one.Sources) != 1 || !one.Sources[0].Failed || len(names(one)) != 0 || one.Title() != panicFerry.Title {
		t.Errorf("alone: %d failures, %+v, %q", len(panics), one.Sources, names(one))
	}
	// A whole article is not marked.
	if whole.Sources[1].Failed {
		t.Error("an article the engine read is marked Failed")
	}
}
