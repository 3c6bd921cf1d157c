package load

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b-strike.txt", "a-budget.md", "notes.docx", ".hidden.txt",
		filepath.Join("sub", "c-page.html"), filepath.Join(".git", "d.txt"),
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("The council met."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	named := filepath.Join(dir, "notes.docx") // named explicitly: kept, for File to refuse
	missing := filepath.Join(dir, "gone.txt")

	files, errs := Expand([]string{named, dir, missing, empty})
	// The folder's article files in lexical order, without hidden files,
	// hidden folders or other kinds of file; other paths as they were.
	want := []string{named,
		filepath.Join(dir, "a-budget.md"), filepath.Join(dir, "b-strike.txt"), filepath.Join(dir, "sub", "c-page.html"),
		missing,
	}
	if !slices.Equal(files, want) {
		t.Errorf("Expand = %q\nwant %q", files, want)
	}
	var le *Error
	if len(errs) != 1 || !errors.As(errs[0], &le) || le.Path != empty || !strings.Contains(errs[0].Error(), "holds no .txt, .md or .html files") {
		t.Errorf("errors = %v, want one *Error about the empty folder", errs)
	}
	if files, errs := Expand(nil); files != nil || errs != nil {
		t.Errorf("Expand(nil) = %v, %v", files, errs)
	}
}
