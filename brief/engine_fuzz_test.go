package brief_test

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// fuzzRate is the engine's time per byte on the project's own articles,
// the fastest of three runs, measured once: the unit of the fuzz target's
// time bound.
var fuzzRate = sync.OnceValue(func() float64 {
	var sb strings.Builder
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	for _, p := range paths {
		if a, err := load.File(p); err == nil {
			sb.WriteString(a.Text + "\n\n")
		}
	}
	a, err := load.Parse("rate.txt", []byte(sb.String()), load.FormatText)
	if err != nil {
		return 1e-6
	}
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		brief.Analyze(a)
		best = min(best, time.Since(start))
	}
	return best.Seconds() / float64(len(a.Text))
})

// linearBudget is the time an analysis of n bytes may take: 100 times what
// the engine takes on as many bytes of news (16 KiB at least, so that a
// pause of the garbage collector cannot fail a tiny input). A stage whose
// work grows with the square of its input overshoots it by far on inputs
// of a few tens of kilobytes.
func linearBudget(n int) time.Duration {
	return time.Duration(100 * fuzzRate() * float64(max(n, 16<<10)) * float64(time.Second))
}

// FuzzAnalyze runs the whole engine on arbitrary text, loaded as pasted
// text is: it must never panic, every item must cite a real sentence of a
// real source, and the analysis must stay within 100 times its linear
// budget (see linearBudget).
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Prime Minister Helen Carter said: “We will act.” She rejected the plan.",
		"“A,” he said. “B” — Mr X, who said 'no' ‘yes’ « non » „ja“",
		"Mr. U.S. Dr. J. K. Rowling's “quote” 'quote' \"quote",
		"The UK and Britain, the British and Kyiv; he, she, they said \" ' ” “ ‘ ’",
		"IN CAPS. ALL OF IT. — CAIRO —",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		defer brief.SetEnginePanicHook(func(v any) { t.Fatalf("engine panicked on %q: %v", text, v) })()
		a, err := load.Parse("fuzz.txt", []byte(text), load.FormatText)
		if err != nil {
			return
		}
		start := time.Now()
		an := brief.Analyze(a)
		if took, budget := time.Since(start), linearBudget(len(text)); took > budget {
			t.Fatalf("the analysis of %d bytes took %v, over 100 times its linear budget (%v)", len(text), took, budget)
		}
		check := func(kind string, c brief.Cite) {
			art := an.Article(c.Source)
			if art == nil || c.Sentence < 0 || c.Sentence >= len(art.Sentences) {
				t.Fatalf("%s cites %+v, which does not exist", kind, c)
			}
		}
		for _, q := range an.Quotes {
			for _, c := range q.Cites {
				check("quote", c)
			}
		}
		for _, c := range an.Commitments {
			check("commitment", c.Cite())
		}
		for _, d := range an.Disputes {
			check("dispute", d.Cite())
		}
		if _, err := an.JSON(); err != nil {
			t.Fatal(err)
		}
	})
}
