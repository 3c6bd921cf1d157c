package load_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// TestReadabilityPages loads every saved page of go-readability's test suite
// (real pages of news sites, blogs and forums, and small pages made to trip
// the parser) and analyses it. A page either gives an article the engine
// analyses, or is refused as having no article; it is refused only when
// readability's own expected output holds fewer than 20 words.
func TestReadabilityPages(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	root, err := newscorpus.Root()
	if err != nil {
		t.Fatal(err)
	}
	dir := newscorpus.ReadabilityDir(root)
	if dir == "" {
		t.Skip("go-readability's test pages are not in the module cache")
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "test-pages", "*", "source.html"))
	if len(pages) < 50 {
		t.Skipf("only %d test pages", len(pages))
	}
	var loaded, refused int
	var slowest time.Duration
	for _, p := range pages {
		name := filepath.Base(filepath.Dir(p))
		start := time.Now()
		a, err := load.File(p)
		if err != nil {
			if !errors.Is(err, load.ErrNoArticle) {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if n := expectedWords(filepath.Join(filepath.Dir(p), "expected.html")); n >= 20 {
				t.Errorf("%s: refused as having no article, but readability finds %d words", name, n)
			}
			refused++
			continue
		}
		an := brief.Analyze(a)
		if an == nil || len(an.Articles) != 1 {
			t.Errorf("%s: no analysis", name)
			continue
		}
		if d := time.Since(start); d > slowest {
			slowest = d
		}
		loaded++
	}
	t.Logf("%d pages: %d analysed, %d refused as too short; slowest %v", len(pages), loaded, refused, slowest)
	if loaded < len(pages)*9/10 {
		t.Errorf("only %d of %d pages analysed", loaded, len(pages))
	}
}

// expectedWords counts the words of a readability test page's expected
// article.
func expectedWords(path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	return len(strings.Fields(strings.Join(newscorpus.StripTags(data), " ")))
}
