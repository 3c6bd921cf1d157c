package library

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// TestCorruptArticleIsNamedByItsTitle: the user knows an article by its
// title, not by the hash its file is named after.
func TestCorruptArticleIsNamedByItsTitle(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	b, err := l.NewBriefing("Harbour", nil)
	if err != nil {
		t.Fatal(err)
	}
	a := mustArticle(t, libArticleA)
	if _, err := l.Add(b.ID, a); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "articles", a.ID+".json"), []byte("{garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) || len(lerr.Problems) != 1 {
		t.Fatalf("err = %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, `"`+a.Title+`"`) {
		t.Errorf("the message %q does not name the article %q", msg, a.Title)
	}
}

// TestHugeTitleOnDiskIsCut: an article saved with a title of a megabyte
// (before titles were bounded) opens with its title cut.
func TestHugeTitleOnDiskIsCut(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	b, err := l.NewBriefing("Harbour", nil)
	if err != nil {
		t.Fatal(err)
	}
	a := mustArticle(t, libArticleA)
	if _, err := l.Add(b.ID, a); err != nil {
		t.Fatal(err)
	}
	huge := strings.Repeat("Huge title words ", 6000)
	for _, p := range []string{filepath.Join(dir, "articles", a.ID+".json"), filepath.Join(dir, "library.json")} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		data = []byte(strings.ReplaceAll(string(data), `"title":"`+a.Title+`"`, `"title":"`+huge+`"`))
		data = []byte(strings.ReplaceAll(string(data), `"title": "`+a.Title+`"`, `"title": "`+huge+`"`))
		if !strings.Contains(string(data), huge) {
			t.Fatalf("%s: the title was not found to replace", p)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := l2.Articles(b.ID)[0].Title
	if n := utf8.RuneCountInString(got); n > brief.MaxMeta || !strings.HasPrefix(got, "Huge title words") {
		t.Errorf("the title is %d characters long", n)
	}
	if e := l2.Entries(b.ID)[0]; utf8.RuneCountInString(e.Title) > brief.MaxMeta {
		t.Errorf("the library's entry keeps a title of %d characters", utf8.RuneCountInString(e.Title))
	}
}
