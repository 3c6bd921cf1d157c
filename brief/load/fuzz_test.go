package load

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// fuzzFormats are the formats FuzzParse tries, chosen by the fuzzer's byte.
var fuzzFormats = []Format{"", FormatText, FormatMarkdown, FormatHTML}

// parseRate is Parse's time per byte on the test page, the slowest kind of
// input per byte (readability), the fastest of three runs, measured once.
var parseRate = sync.OnceValue(func() float64 {
	data, err := os.ReadFile(filepath.Join("testdata", "pages", "harbour-strike.html"))
	if err != nil {
		return 1e-6
	}
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		Parse("rate.html", data, FormatHTML)
		best = min(best, time.Since(start))
	}
	return best.Seconds() / float64(len(data))
})

// FuzzParse feeds arbitrary bytes to Parse in every format: it must never
// panic, every failure must be an *Error, a loaded article must keep the
// invariants of checkArticle (clean, valid, normalised text split as
// Segment splits it), and Parse must take no more than 100 times its
// linear budget: the test page's time per byte, for at least 16 KiB.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	// The engine's own articles, in every format the loaders read.
	articles, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*"))
	files = append(files, articles...)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint8(0))
		}
	}
	f.Add([]byte(coachPage("windows-1252", coachStory)), uint8(3))
	f.Add([]byte("\xEF\xBB\xBF# Title\n\n- item\n\n```\ncode"), uint8(2))
	f.Add([]byte("\xFF\xFEa\x00b\x00"), uint8(1))
	f.Add([]byte("---\ntitle: x\n---\n[a](b(c)d) ![i](j) <b>k</b> **l**"), uint8(2))
	f.Add([]byte("<p>unclosed <b>tags <div>and <a href=x>links"), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		format := fuzzFormats[int(which)%len(fuzzFormats)]
		start := time.Now()
		a, err := Parse("fuzz", data, format)
		budget := time.Duration(100 * parseRate() * float64(max(len(data), 16<<10)) * float64(time.Second))
		if took := time.Since(start); took > budget {
			t.Fatalf("Parse of %d bytes (%s) took %v, over 100 times its linear budget (%v)", len(data), format, took, budget)
		}
		if err != nil {
			var le *Error
			if !errors.As(err, &le) || le.Path != "fuzz" {
				t.Fatalf("error %T %q is not an *Error for the input", err, err)
			}
			return
		}
		checkArticle(t, a)
	})
}
