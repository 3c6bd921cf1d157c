package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// TestExportWriteErrorsAreSentences: a write that fails is told in words,
// not as the system's "rename …/.briefing-export-… …: file exists".
func TestExportWriteErrorsAreSentences(t *testing.T) {
	art := articleFile(t)
	dir := t.TempDir()
	folder := filepath.Join(dir, "exp")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		out, says string
	}{
		{folder, folder + ": it is a folder: name a file inside it"},
		{filepath.Join(dir, "no", "such", "brief.pdf"), "the folder " + filepath.Join(dir, "no", "such") + " does not exist"},
	} {
		code, stdout, stderr := runCLI(t, "", "export", "-o", tc.out, art)
		if code != exitFiles || stdout != "" {
			t.Errorf("-o %s: exit %d, stdout %q", tc.out, code, stdout)
		}
		if !strings.Contains(stderr, tc.says) || strings.Contains(stderr, ".briefing-export-") ||
			strings.Contains(stderr, "rename") || strings.Contains(stderr, "file exists") {
			t.Errorf("-o %s: stderr %q, want it to say %q in words", tc.out, stderr, tc.says)
		}
	}
}

// TestManyFailuresOneLine: 300 files that fail for the same reason are
// reported on one line that counts them; a different failure keeps its
// own line.
func TestManyFailuresOneLine(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 300 {
		p := filepath.Join(dir, fmt.Sprintf("b%03d.txt", i))
		if err := os.WriteFile(p, []byte("\x00\x01\x02 not text"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	files = append(files, filepath.Join(dir, "gone.txt"), fares)
	code, _, stderr := runCLI(t, "", append([]string{"analyze"}, files...)...)
	if code != exitFiles {
		t.Errorf("exit %d, want %d", code, exitFiles)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "cannot read 300 files: it is a binary file") ||
		!strings.Contains(lines[0], "b000.txt, b001.txt, b002.txt and 297 more") || !strings.Contains(lines[1], "gone.txt") {
		t.Errorf("stderr = %q, want one line for the 300 binary files and one for the missing one", stderr)
	}
}

// TestExportHugeTitle: a page whose title is 200 KB long makes a one-page
// PDF of ordinary size, its title cut.
func TestExportHugeTitle(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "t.html")
	story := strings.Repeat("The ferry company said on Wednesday it would freeze fares until next summer, after a campaign by residents. ", 6)
	html := "<html><head><title>" + strings.Repeat("Huge title words ", 12000) + "</title></head><body><article><p>" +
		story + "</p><p>" + story + "</p></article></body></html>"
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "t.pdf")
	if code, _, stderr := runCLI(t, "", "export", "-o", out, page); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	fi, err := os.Stat(out)
	if err != nil || fi.Size() > 300<<10 {
		t.Errorf("the PDF weighs %d KB (%v)", fi.Size()>>10, err)
	}
	code, stdout, _ := runCLI(t, "", "analyze", "--json", page)
	if code != exitOK {
		t.Fatalf("analyze: exit %d", code)
	}
	title := stdout[strings.Index(stdout, `"title": "`)+10:]
	title = title[:strings.Index(title, `"`)]
	if n := utf8.RuneCountInString(title); n > brief.MaxMeta || !strings.HasSuffix(title, "…") {
		t.Errorf("the title printed is %d characters long: %q…", n, title[:40])
	}
}
