package borrowcheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func wordTexts(ws []Word) string {
	var t []string
	for _, w := range ws {
		t = append(t, w.Text)
	}
	return strings.Join(t, " ")
}

func TestWords(t *testing.T) {
	cases := []struct {
		name, in string
		html     bool
		want     string
	}{
		{"case and punctuation", `“The Ferry,” she said — LATE again!`, false, "the ferry she said late again"},
		{"apostrophes join a word", `Don't, don’t; Ukraine’s port; the workers' union`, false, "dont dont ukraines port the workers union"},
		{"accents dropped", "Martínez in Zürich, Ngātiwai", false, "martinez in zurich ngatiwai"},
		{"entities decoded", "AT&amp;T &ldquo;said&rdquo; caf&eacute;", false, "at t said cafe"},
		{"tags dropped in a test string", `"<p>Deals <b>take</b> time</p>"`, false, "deals take time"},
		{"code comparisons kept", "if a < b && c > d {", false, "if a b c d"},
		{"Go escapes", `"\u201cWe will\u201d\nsign"`, false, "we will sign"},
		{"page: script, style and select dropped", `<html><head><style>p{color:red}</style><script>var x = "words";</script></head>
<body><!-- a comment --><p>Port talks resume</p><select><option>Chad</option><option>Chile</option></select></body></html>`,
			true, "port talks resume"},
		{"page: a tag split over lines", "<a\nhref=\"x\">Link text</a>", true, "link text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := wordTexts(Words(c.in, c.html)); got != c.want {
				t.Errorf("Words(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	// Line numbers survive dropped markup.
	ws := Words("one\n<div\nclass=\"x\">two</div>\n\nthree", true)
	if len(ws) != 3 || ws[0].Line != 1 || ws[1].Line != 3 || ws[2].Line != 5 {
		t.Errorf("lines: %+v, want one@1 two@3 three@5", ws)
	}
}

func TestChecker(t *testing.T) {
	page := `<html><body><p>The harbour board said on Tuesday that the new cranes would arrive in March.</p></body></html>`
	c := NewChecker()
	// Eight words in common, other case and punctuation: found.
	c.AddFile("a_test.go", "x := \"THE HARBOUR BOARD said, on Tuesday, that the new pilots…\"", false)
	// Seven words in common: not found.
	c.AddFile("b_test.go", "said on Tuesday that the new cranes — or so we heard", false)
	// Own text: not found.
	c.AddFile("c.txt", "Ferry fares stay frozen for a year, the island council said.", false)
	// A longer run, on its second line.
	c.AddFile("d.txt", "Intro.\nThe harbour board said on Tuesday that the new cranes would arrive in March.", false)
	c.Scan("page.html", page, true)
	got := c.Matches()
	if len(got) != 2 {
		t.Fatalf("matches = %+v, want a_test.go and d.txt", got)
	}
	if m := got[0]; m.File != "a_test.go" || m.Line != 1 || m.Words != 9 || m.Source != "page.html" ||
		m.Text != "the harbour board said on tuesday that the new" {
		t.Errorf("first match = %+v", m)
	}
	if m := got[1]; m.File != "d.txt" || m.Line != 2 || m.Words != 14 {
		t.Errorf("second match = %+v, want the whole sentence (14 words) on line 2", m)
	}
}

// TestNoBorrowedText fails when a test file, a testdata file or a sample
// article shares a run of eight words with a third-party page: one of
// go-readability's test pages (the module the project depends on) or a
// page beside the repository in ../shared (the evaluation's raw pages and
// articles; BRIEFING_SHARED names another folder). It is skipped when
// neither is on this machine.
func TestNoBorrowedText(t *testing.T) {
	start := time.Now()
	root := repoRoot(t)
	var sources []string
	if dir := readabilityDir(t, root); dir != "" {
		for _, name := range []string{"source.html", "expected.html"} {
			m, _ := filepath.Glob(filepath.Join(dir, "test-pages", "*", name))
			sources = append(sources, m...)
		}
	}
	shared := os.Getenv("BRIEFING_SHARED")
	if shared == "" {
		shared = filepath.Join(root, "..", "shared")
	}
	for _, pat := range []string{"eval/*/pages/*", "articles/*"} {
		m, _ := filepath.Glob(filepath.Join(shared, filepath.FromSlash(pat)))
		sources = append(sources, m...)
	}
	if len(sources) == 0 {
		t.Skip("no third-party pages here: neither go-readability's test pages nor ../shared")
	}

	c := NewChecker()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || rel == "dist" || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !checkedFile(rel) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.IndexByte(data[:min(len(data), 8000)], 0) >= 0 {
			return nil // binary
		}
		c.AddFile(rel, string(data), isHTML(rel))
		checked++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 30 {
		t.Fatalf("only %d test files and fixtures found under %s: the walk looks wrong", checked, root)
	}

	var wg sync.WaitGroup
	work := make(chan string)
	errs := make(chan error, len(sources))
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for src := range work {
				data, err := os.ReadFile(src)
				if err != nil {
					errs <- err
					continue
				}
				c.Scan(sourceName(src, root, shared), string(data), isHTML(src))
			}
		})
	}
	for _, s := range sources {
		work <- s
	}
	close(work)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, m := range c.Matches() {
		t.Errorf("%s:%d: %d words in a row from %s: %q — write a sentence of your own", m.File, m.Line, m.Words, m.Source, m.Text)
	}
	t.Logf("%d files checked against %d pages in %v", checked, len(sources), time.Since(start).Round(time.Millisecond))
}

// checkedFile reports whether the file at rel (slash-separated, from the
// repository's root) is a test file or a fixture.
func checkedFile(rel string) bool {
	return strings.HasSuffix(rel, "_test.go") || strings.HasPrefix(rel, "assets/samples/") ||
		slices.Contains(strings.Split(rel, "/"), "testdata")
}

func isHTML(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".html" || ext == ".htm"
}

// sourceName names a page for the report without this machine's paths.
func sourceName(path, root, shared string) string {
	if i := strings.Index(filepath.ToSlash(path), "/test-pages/"); i >= 0 {
		return "go-readability " + filepath.ToSlash(path)[i+1:]
	}
	if rel, err := filepath.Rel(shared, path); err == nil {
		return "../shared/" + filepath.ToSlash(rel)
	}
	return path
}

// repoRoot returns the folder with go.mod above the test's folder.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// readabilityDir returns the folder of the go-readability module the
// project requires, as `go list -m -json` gives it, or "" when the module
// is not in the module cache (or there is no go command).
func readabilityDir(t *testing.T, root string) string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Logf("no go command: go-readability's test pages not checked")
		return ""
	}
	cmd := exec.Command(goCmd, "list", "-m", "-json", "codeberg.org/readeck/go-readability/v2")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Logf("go list -m: %v: %s", err, ee.Stderr)
		}
		return ""
	}
	var m struct{ Version, Dir string }
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("go list -m -json: %v", err)
	}
	if m.Dir == "" {
		t.Logf("go-readability %s is not in the module cache: its test pages not checked", m.Version)
	}
	return m.Dir
}
