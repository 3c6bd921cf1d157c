package gui

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
	"github.com/briefing-app/briefing/brief/search"
)

// TestEngineFollowsMetadataEdits: the window's engine against from scratch
// as articles' titles, outlets, dates, bylines change, articles are
// appended (the continued merge), options change with the analysis kept
// (an != nil), and the paper changes.
func TestEngineFollowsMetadataEdits(t *testing.T) {
	pool := libraryPool(t, 40)
	ctx := context.Background()
	analyze := analyzer()
	var e briefingEngine
	opt := page.Options{Date: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)}
	arts := append([]*brief.Article(nil), pool[:24]...)
	r := rand.New(rand.NewPCG(7, 8))
	var last briefingUpdate
	for step := range 30 {
		c := func(i int) *brief.Article { x := *arts[i]; return &x }
		i := r.IntN(len(arts))
		var an *brief.Analysis
		var index *search.Index
		p := []paper{paperA4, paperLetter}[step%2]
		switch step % 8 {
		case 0, 1:
			arts = append(arts, pool[r.IntN(len(pool))])
		case 2:
			x := c(i)
			x.Title = fmt.Sprintf("Ferry talks collapse, day %d", step)
			arts[i] = x
		case 3:
			x := c(len(arts) - 1)
			x.Site = "The Harbour Gazette"
			arts[len(arts)-1] = x
		case 4:
			x := c(i)
			x.Date = x.Date.Add(-72 * time.Hour)
			arts[i] = x
		case 5:
			x := c(len(arts) - 1)
			x.Byline = "By Tomas Reyes"
			arts[len(arts)-1] = x
		case 6:
			if last.an != nil { // options only: the analysis and index kept
				an, index = last.an, last.index
				opt.Date = opt.Date.AddDate(0, 0, 1)
				opt.Title = "Harbour"
			}
		default:
			arts = append(arts[:i:i], arts[i+1:]...)
		}
		got, err := e.update(ctx, analyze, arts, an, index, opt, p)
		if err != nil {
			t.Fatal(err)
		}
		last = got
		wan := brief.Analyze(arts...)
		full := page.Build(wan, opt)
		if !reflect.DeepEqual(got.an, wan) {
			t.Fatalf("step %d: the analysis differs", step)
		}
		for _, pair := range [][2]*page.Briefing{{got.full, full}, {got.page, fitOnePage(full, p)}} {
			g, _ := pair[0].JSON()
			w, _ := pair[1].JSON()
			if !bytes.Equal(g, w) || pair[0].Markdown() != pair[1].Markdown() {
				t.Fatalf("step %d: the briefing differs from the one made from scratch", step)
			}
		}
		widx := search.NewIndex(wan)
		for _, q := range []string{"said", "ferry", "gazette", "will"} {
			if g, w := got.index.Search(q, 30), widx.Search(q, 30); !reflect.DeepEqual(g, w) {
				t.Fatalf("step %d: searching %q differs", step, q)
			}
		}
	}
}
