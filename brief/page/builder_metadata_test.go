package page

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
)

// TestBuilderFollowsMetadataEdits: like TestBuilderBuildsAsBuild, with the
// edits the randomised test leaves out: title, outlet, date, byline and
// path of an article, the briefing's date and title options, both papers,
// and one Builder alternating between two different libraries.
func TestBuilderFollowsMetadataEdits(t *testing.T) {
	n := 60
	analyse := func(a *brief.Article) *brief.ArticleAnalysis { return analyseArticle(t, a) }
	pool := make([]*brief.ArticleAnalysis, 0, n)
	for _, a := range libraryArticles(t, n) {
		pool = append(pool, analyse(a))
	}
	copyOf := func(a *brief.Article) *brief.Article {
		c := *a
		return &c
	}
	r := rand.New(rand.NewPCG(5, 6))
	lib := [2][]*brief.ArticleAnalysis{
		append([]*brief.ArticleAnalysis(nil), pool[:n/2]...),
		append([]*brief.ArticleAnalysis(nil), pool[n/4:]...),
	}
	var bl Builder
	opt := Options{Date: testDate}
	papers := []Paper{PaperA4, PaperLetter}
	fails := 0
	for k := range 40 {
		w := 0
		if k%7 == 6 {
			w = 1 // the other briefing, then back
		}
		parts := lib[w]
		var step string
		i := r.IntN(len(parts))
		a := parts[i].Article()
		switch op := k % 11; op {
		case 0:
			step = "title"
			c := copyOf(a)
			c.Title = "Talks over the harbour resume " + fmt.Sprint(k)
			parts[i] = analyse(c)
		case 1:
			step = "site"
			c := copyOf(a)
			c.Site = []string{"Reuters", "The Harbour Gazette", "", "BBC News"}[k%4]
			parts[i] = analyse(c)
		case 2:
			step = "date"
			c := copyOf(a)
			c.Date = testDate.Add(-time.Duration(r.IntN(400)) * time.Hour)
			p, ok := parts[i].For(c)
			if !ok {
				t.Fatal("For refused a date change")
			}
			parts[i] = p
		case 3:
			step = "byline"
			c := copyOf(a)
			c.Byline = "By Mara Lindqvist"
			parts[i] = analyse(c)
		case 4:
			step = "path"
			c := copyOf(a)
			c.Path = fmt.Sprintf("/tmp/article-%d.txt", k)
			p, _ := parts[i].For(c)
			parts[i] = p
		case 5:
			step = "option date"
			opt.Date = testDate.AddDate(0, 0, k)
		case 6:
			step = "option title"
			opt.Title = []string{"", "Harbour briefing"}[k%2]
		case 7:
			step = "add"
			parts = append(parts, pool[r.IntN(len(pool))])
		case 8:
			step = "take out"
			parts = append(parts[:i:i], parts[i+1:]...)
		case 9:
			step = "edit"
			parts[i] = analyse(editedArticle(a, k))
		default:
			step = "move"
			j := r.IntN(len(parts))
			parts[i], parts[j] = parts[j], parts[i]
		}
		lib[w] = parts
		an := brief.Merge(parts...)
		got, want := bl.Build(an, opt), Build(an, opt)
		p := papers[k%2]
		g, wt := outputsOn(t, got, p), outputsOn(t, want, p)
		for x, what := range []string{"JSON", "page JSON", "Markdown", "plain text", "PDF"} {
			if g[x] != wt[x] {
				fails++
				t.Errorf("step %d (%s, library %d, %s): the Builder's %s differs from Build's", k, step, w, p, what)
				if x >= 1 && x <= 3 {
					t.Logf("Builder:\n%s\nBuild:\n%s", g[x], wt[x])
				}
			}
		}
		if fails > 6 {
			t.FailNow()
		}
	}
}

// TestPreviousBriefingUsableDuringBuild: the GUI keeps the previous
// briefing (and its page) while the next one is built on another
// goroutine; exporting or refitting the previous one must not race with
// the build, nor change what either makes.
func TestPreviousBriefingUsableDuringBuild(t *testing.T) {
	arts := libraryArticles(t, 24)
	var bl Builder
	opt := Options{Date: testDate}
	an1 := brief.Analyze(arts[:16]...)
	prev := bl.Build(an1, opt)
	want1 := outputsOn(t, Build(an1, opt), PaperLetter)
	for k := range 3 {
		an2 := brief.Analyze(arts[:17+k]...)
		done := make(chan *Briefing)
		go func() { done <- bl.Build(an2, opt) }()
		got1 := outputsOn(t, prev, PaperLetter) // the UI refits/exports the old one meanwhile
		next := <-done
		for i := range got1 {
			if got1[i] != want1[i] {
				t.Errorf("step %d: the previous briefing's output %d changed while the next was built", k, i)
			}
		}
		sameOutputs(t, fmt.Sprintf("step %d", k), next, Build(an2, opt))
		prev, an1 = next, an2
		want1 = outputsOn(t, Build(an1, opt), PaperLetter)
	}
}
