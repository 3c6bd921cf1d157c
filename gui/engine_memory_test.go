package gui

import (
	"context"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

// TestEngineMemoryStaysFlat: a long session of briefings of changing article
// sets (fresh copies each time, as edits make) keeps about one briefing's
// worth of memory.
func TestEngineMemoryStaysFlat(t *testing.T) {
	pool := libraryPool(t, 120)
	ctx := context.Background()
	analyze := analyzer()
	var e briefingEngine
	opt := page.Options{Date: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)}
	r := rand.New(rand.NewPCG(1, 2))
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var arts []*brief.Article
	var early uint64
	for step := range 120 {
		if step%2 == 0 || len(arts) < 20 {
			x := *pool[r.IntN(len(pool))]
			x.Title += " (copy)" // a new article each time
			x.ID = ""
			arts = append(arts, &x)
		} else {
			i := r.IntN(len(arts))
			arts = append(arts[:i:i], arts[i+1:]...)
		}
		if len(arts) > 30 {
			arts = arts[len(arts)-30:]
		}
		if _, err := e.update(ctx, analyze, arts, nil, nil, opt, paperA4); err != nil {
			t.Fatal(err)
		}
		switch step {
		case 39:
			early = heap()
		case 119:
			// Only the last briefing's work is kept: 80 briefings later
			// the heap is about what it was.
			if late := heap(); late > early*3/2 {
				t.Errorf("the heap grew from %d KB after 40 briefings to %d KB after 120", early/1024, late/1024)
			}
		}
	}
}
