package library

import (
	"bytes"
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

// TestHugeTitlesFromOutsideAreCut: a .briefing file whose page title and
// article title are a megabyte each opens with both cut as the loaders cut
// them; so does a page title the user (or a command) sets.
func TestHugeTitlesFromOutsideAreCut(t *testing.T) {
	huge := strings.Repeat("Huge title words ", (1<<20)/17)
	a := mustArticle(t, libArticleA)
	a.Title = huge
	var buf bytes.Buffer
	if err := WriteDocument(&buf, &Document{Name: "Riverside", Title: huge, Articles: []*brief.Article{a}}); err != nil {
		t.Fatal(err)
	}
	d, err := ReadDocument(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for what, s := range map[string]string{"page title": d.Title, "article title": d.Articles[0].Title} {
		if n := utf8.RuneCountInString(s); n > brief.MaxMeta || !strings.HasPrefix(s, "Huge title words") {
			t.Errorf("the %s is %d characters long", what, n)
		}
	}
	l, _ := Open(t.TempDir())
	b, err := l.NewBriefing("Riverside", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.SetTitle(b.ID, huge); err != nil {
		t.Fatal(err)
	}
	if got, _ := l.Briefing(b.ID); utf8.RuneCountInString(got.Title) > brief.MaxMeta {
		t.Errorf("SetTitle keeps a title of %d characters", utf8.RuneCountInString(got.Title))
	}
}
