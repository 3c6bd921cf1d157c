package brief

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// dropKeptScratch lets go of the tables kept for the next analyses, so
// that the next analysis makes its own.
func dropKeptScratch() {
	scratchFree.Lock()
	scratchFree.list = nil
	scratchFree.Unlock()
	mergeKept.Lock()
	mergeKept.final, mergeKept.score, mergeKept.x, mergeKept.byName = nil, nil, nil, nil
	mergeKept.Unlock()
}

// TestScratchReuseChangesNothing checks that the tables an analysis takes
// from the one before (scratch.go) change nothing it finds: each article,
// analysed after others long and short in either order, comes to what it
// comes to on tables of its own.
func TestScratchReuseChangesNothing(t *testing.T) {
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	if len(paths) == 0 {
		t.Skip("no test articles")
	}
	arts := []*Article{NewArticle("", ""), NewArticle("Short", "Mira Castell said: \"We will rebuild the bridge.\"")}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, NewArticle(filepath.Base(p), Normalize(string(b))))
	}
	arts = append(arts, NewArticle("", ""))
	out := func(a ...*Article) string {
		b, err := json.Marshal(Analyze(a...))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	own := make([]string, len(arts))
	for i, a := range arts {
		dropKeptScratch()
		own[i] = out(a)
	}
	dropKeptScratch()
	for pass := range 2 {
		for k := range arts {
			i := k
			if pass == 1 {
				i = len(arts) - 1 - k
			}
			if got := out(arts[i]); got != own[i] {
				t.Errorf("article %d (%s), after others (pass %d): the analysis differs from its own tables'", i, arts[i].Title, pass)
			}
		}
	}
	// Articles merged together: the merge's index and map of actors by
	// name are an earlier merge's (mergeKept).
	groups := [][]*Article{arts, arts[1:min(4, len(arts))], arts[len(arts)/2:]}
	ownGroup := make([]string, len(groups))
	for i, g := range groups {
		dropKeptScratch()
		ownGroup[i] = out(g...)
	}
	for pass := range 2 {
		for k := range groups {
			i := k
			if pass == 1 {
				i = len(groups) - 1 - k
			}
			if got := out(groups[i]...); got != ownGroup[i] {
				t.Errorf("group %d, after others (pass %d): the analysis differs from its own tables'", i, pass)
			}
		}
	}
}
