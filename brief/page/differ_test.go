package page

import (
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
)

// The articles of these tests are invented for them: a landslide in a
// made-up valley, told by made-up outlets.

const (
	slideTitle = "Landslide buries homes in the Orsk valley"
	// One article that sets two counts against each other.
	slideOne = `Rescuers searched through the night after a landslide buried a village in the Orsk valley on Sunday.

The army said 40 people had been rescued, although a local radio station quoted the mayor, Ilse Norberg, as saying only 12 people had been rescued.

“The mud is still moving,” Ms Norberg said.`
	// Another outlet's count.
	slideTwo = `Rescue teams reached the buried village in the Orsk valley on Sunday, after a landslide swept away a dozen homes.

The mayor, Ilse Norberg, said 12 people had been rescued by the evening.

“The mud is still moving,” Ms Norberg said.`
	// A third, with a count of its own.
	slideThree = `A landslide buried part of a village in the Orsk valley on Sunday, and rescue teams worked through the night.

Army officers said 25 people had been rescued from the mud.

“We are still digging,” an officer said.`
)

func slideArticle(body, site string, day int) *brief.Article {
	a := brief.NewArticle(slideTitle, body)
	a.Site = site
	a.Date = time.Date(2026, 5, day, 0, 0, 0, 0, time.UTC)
	return a
}

func rescuedDifferences(b *Briefing) []Difference {
	var out []Difference
	for _, d := range b.Differences {
		if d.Kind == "number" {
			out = append(out, d)
		}
	}
	return out
}

// TestSourcesDifferOnlyAcrossOutlets checks that "Sources differ" sets the
// versions of different outlets against each other, never two counts of
// one article, two articles of one outlet or a count and its later update.
func TestSourcesDifferOnlyAcrossOutlets(t *testing.T) {
	build := func(arts ...*brief.Article) *Briefing {
		return Build(brief.Analyze(arts...), Options{Date: testDate})
	}
	// One article: its two counts are no sources differing.
	if ds := rescuedDifferences(build(slideArticle(slideOne, "Valley Post", 3))); len(ds) != 0 {
		t.Errorf("one article differs from itself: %+v", ds)
	}
	// Two outlets the same day: they differ.
	ds := rescuedDifferences(build(slideArticle(slideTwo, "Valley Post", 3), slideArticle(slideThree, "Orsk Radio", 3)))
	if len(ds) != 1 || len(ds[0].Claims) != 2 || ds[0].Claims[0].Says != "12" || ds[0].Claims[1].Says != "25" ||
		ds[0].Claims[0].Cites[0].Source == ds[0].Claims[1].Cites[0].Source {
		t.Fatalf("two outlets' counts: %+v", ds)
	}
	// The same outlet twice: not two sources.
	if ds := rescuedDifferences(build(slideArticle(slideTwo, "Valley Post", 3), slideArticle(slideThree, "Valley Post", 3))); len(ds) != 0 {
		t.Errorf("one outlet's two articles differ: %+v", ds)
	}
	// Days apart: the later count updates the earlier.
	if ds := rescuedDifferences(build(slideArticle(slideTwo, "Valley Post", 3), slideArticle(slideThree, "Orsk Radio", 6))); len(ds) != 0 {
		t.Errorf("a later report differs from an earlier one: %+v", ds)
	}
	// An article that gives two counts itself cannot be set against
	// another: which of its two would differ?
	if ds := rescuedDifferences(build(slideArticle(slideOne, "Valley Post", 3), slideArticle(slideThree, "Orsk Radio", 3))); len(ds) != 0 {
		t.Errorf("an article with two counts differs: %+v", ds)
	}
	// A claim and its denial by one outlet are that outlet's report.
	arts := storyArticles(t, ferryFiles...)
	for _, a := range arts {
		a.Site = "Baltic Wire"
	}
	for _, d := range build(arts...).Differences {
		t.Errorf("one outlet's articles differ: %+v", d)
	}
}

func TestComparable(t *testing.T) {
	day := time.Date(2026, 5, 3, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		a, b brief.Source
		want bool
	}{
		{brief.Source{Site: "Valley Post", Date: day}, brief.Source{Site: "Orsk Radio", Date: day.Add(20 * time.Hour)}, true},
		{brief.Source{Site: "Valley Post", Date: day}, brief.Source{Site: "valley post", Date: day}, false},
		{brief.Source{Site: "Valley Post", Date: day}, brief.Source{Site: "Orsk Radio", Date: day.Add(60 * time.Hour)}, false},
		{brief.Source{Title: "Notes"}, brief.Source{Title: "More notes"}, true}, // unknown outlets, no dates: two articles
	}
	for _, tt := range tests {
		if got := comparable(tt.a, tt.b); got != tt.want {
			t.Errorf("comparable(%+v, %+v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
