package load

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
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
	out, err := exec.Command("go", "list", "-m", "-json", "codeberg.org/readeck/go-readability/v2").Output()
	var m struct{ Dir string }
	if err != nil || json.Unmarshal(out, &m) != nil || m.Dir == "" {
		t.Skip("go-readability's test pages are not in the module cache")
	}
	pages, _ := filepath.Glob(filepath.Join(m.Dir, "test-pages", "*", "source.html"))
	if len(pages) < 50 {
		t.Skipf("only %d test pages", len(pages))
	}
	var loaded, refused int
	var slowest time.Duration
	for _, p := range pages {
		name := filepath.Base(filepath.Dir(p))
		start := time.Now()
		a, err := File(p)
		if err != nil {
			if !errors.Is(err, errNoArticle) {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if n := expectedWords(t, filepath.Join(filepath.Dir(p), "expected.html")); n >= 20 {
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
// article, tags dropped.
func expectedWords(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	var b strings.Builder
	in := false
	for _, r := range string(data) {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return len(strings.Fields(b.String()))
}
