package brief_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/updateflag"
)

var update = updateflag.New("golden", "every golden analysis in testdata/golden")

// TestGoldenAnalyses compares the engine's full output on each of the
// project's own articles, loaded as the app loads them (package load), with
// a golden file (testdata/golden/NAME.json). After an engine change, review
// what changed with `make golden-diff` (the items added and removed, and
// those the labels call wrong), then rewrite the goldens, naming them:
//
//	go test -tags nogui ./brief -run TestGoldenAnalyses -update=golden
//	go test -tags nogui ./brief -run TestGoldenAnalyses -update=tax-row,ceasefire
//
// and put golden-diff's summary in the commit message.
func TestGoldenAnalyses(t *testing.T) {
	var paths []string
	for _, pat := range []string{"testdata/articles/*.txt", "testdata/articles/*.md", "testdata/articles/*.html"} {
		m, _ := filepath.Glob(pat)
		paths = append(paths, m...)
	}
	paths = append(paths, "../assets/samples/sample.txt")
	if len(paths) < 5 {
		t.Fatalf("expected the test articles, found %v", paths)
	}
	paths = slices.DeleteFunc(paths, func(p string) bool { return filepath.Base(p) == "README.md" })
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
	}
	if bad := update.Unknown(names); len(bad) > 0 {
		t.Fatalf("-update names %q, which have no golden analysis; the names are %q", bad, names)
	}
	for i, p := range paths {
		name := names[i]
		t.Run(name, func(t *testing.T) {
			a, err := load.File(p)
			if err != nil {
				t.Fatal(err)
			}
			a.Path = filepath.Base(p) // golden files do not depend on where the repo is
			got, err := brief.Analyze(a).JSON()
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", name+".json")
			if update.Wants(name) {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update=%s to create it)", err, name)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("analysis of %s differs from %s; review the change (make golden-diff) and rerun with -update=%s\n%s",
					p, golden, name, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return ""
}
