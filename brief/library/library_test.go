package library

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

const libArticleA = `Council approves riverside housing plan

Ashford council voted on Monday night to approve 400 homes on the old gasworks site by the river.

Councillor Priya Nair, who chairs the planning committee, said the scheme would include 120 affordable flats. "This is the most important decision we will make this year," she said.

Residents' groups criticised the plan, saying the site floods every other winter.`

const libArticleB = `Rail operator promises new timetable by spring

Northline Rail said on Thursday it would publish a new timetable by April after months of cancellations.

The company's chief executive, Tom Reyes, apologised to passengers. "We have let people down and we know it," he said.

The transport union rejected the plan, calling it "a press release, not a fix".`

const libArticleC = `Library hours extended in Marlow

Marlow's central library will stay open until 9pm on weekdays from next month, the county said.

Librarians welcomed the change but said more staff would be needed.`

func mustArticle(t *testing.T, text string) *brief.Article {
	t.Helper()
	a, err := load.Text(text)
	if err != nil {
		t.Fatalf("load.Text: %v", err)
	}
	return a
}

func titles(l *Library) []string {
	var out []string
	for _, e := range l.Entries() {
		out = append(out, e.Title)
	}
	return out
}

func TestLibrarySurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !l.IsNew() || l.Len() != 0 {
		t.Fatalf("new library: IsNew=%v Len=%d", l.IsNew(), l.Len())
	}
	a, b, c := mustArticle(t, libArticleA), mustArticle(t, libArticleB), mustArticle(t, libArticleC)
	for _, art := range []*brief.Article{a, b, c} {
		if added, err := l.Add(art); !added || err != nil {
			t.Fatalf("Add(%q) = %v, %v", art.Title, added, err)
		}
	}
	// The same text again is the same article.
	if added, err := l.Add(mustArticle(t, libArticleB)); added || err != nil {
		t.Errorf("adding a duplicate: added=%v err=%v", added, err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(l.Rename(b.ID, "Northline timetable"))
	must(l.Move(c.ID, 0))
	must(l.SetTitle("Week in  Ashford"))
	must(l.SetPinned("quote:1", true))
	must(l.SetRemoved("actor:2", true))
	must(l.SetRemoved("actor:3", true))
	must(l.SetRemoved("actor:3", false))
	must(l.Remove(a.ID))

	l2, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	if l2.IsNew() {
		t.Error("reopened library says it is new")
	}
	if got, want := titles(l2), []string{c.Title, "Northline timetable"}; !slices.Equal(got, want) {
		t.Errorf("titles after reopen = %q, want %q", got, want)
	}
	arts := l2.Articles()
	if len(arts) != 2 || arts[1].Title != "Northline timetable" || arts[1].Text != b.Text {
		t.Fatalf("articles after reopen: %+v", arts)
	}
	// Sentences are rebuilt, so citations into the article still work.
	if got, want := arts[1].SentenceText(0), b.SentenceText(0); got != want || got == "" {
		t.Errorf("sentence 0 after reopen = %q, want %q", got, want)
	}
	opt := l2.Options()
	if opt.Title != "Week in Ashford" || !opt.Pinned["quote:1"] || !opt.Removed["actor:2"] || opt.Removed["actor:3"] {
		t.Errorf("options after reopen = %+v", opt)
	}
	if _, err := os.Stat(filepath.Join(dir, "articles", a.ID+".json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("removed article's file is still there: %v", err)
	}
	if l2.Article(b.ID) == nil || l2.Article(a.ID) != nil {
		t.Error("Article lookup by ID is wrong after reopen")
	}
}

func TestLibraryPinAndRemoveExcludeEachOther(t *testing.T) {
	l, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := l.SetPinned("k", true); err != nil {
		t.Fatal(err)
	}
	if err := l.SetRemoved("k", true); err != nil {
		t.Fatal(err)
	}
	if o := l.Options(); o.Pinned["k"] || !o.Removed["k"] {
		t.Errorf("after remove: %+v", o)
	}
	if err := l.SetPinned("k", true); err != nil {
		t.Fatal(err)
	}
	if o := l.Options(); !o.Pinned["k"] || o.Removed["k"] {
		t.Errorf("after pin: %+v", o)
	}
	l.SetRemoved("x", true)
	l.SetRemoved("y", true)
	if err := l.RestoreAll(); err != nil || len(l.Options().Removed) != 0 {
		t.Errorf("RestoreAll: %v, %v", err, l.Options().Removed)
	}
}

func TestLibraryCorruptIndexIsMovedAsideAndArticlesRecovered(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	a, b := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	l.Add(a)
	l.Add(b)
	index := filepath.Join(dir, "library.json")
	if err := os.WriteFile(index, []byte(`{"version":1,"articles":[{"id":`), 0o644); err != nil {
		t.Fatal(err)
	}

	l2, err := Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) {
		t.Fatalf("Open on a corrupt index: err = %v, want a *Error", err)
	}
	if !errors.Is(err, errCorrupt) || len(lerr.Problems) != 1 || lerr.Recovered != 2 {
		t.Errorf("error = %+v", lerr)
	}
	moved := lerr.Problems[0].MovedTo
	if !strings.HasPrefix(filepath.Base(moved), "library.json.corrupt-") {
		t.Errorf("moved to %q", moved)
	}
	if data, err := os.ReadFile(moved); err != nil || !strings.Contains(string(data), `"articles":[{"id":`) {
		t.Errorf("the damaged index was not kept: %v", err)
	}
	if !strings.Contains(err.Error(), "library.json") || !strings.Contains(err.Error(), "moved") {
		t.Errorf("message does not tell the user what happened: %q", err)
	}
	// The articles come back from their own files, in the order they were added.
	if got, want := titles(l2), []string{a.Title, b.Title}; !slices.Equal(got, want) {
		t.Errorf("recovered %q, want %q", got, want)
	}
	// A fresh index was written: the next open is clean.
	if _, err := Open(dir); err != nil {
		t.Errorf("third open: %v", err)
	}
}

func TestLibraryCorruptArticleIsMovedAsideAndReported(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	a, b := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	l.Add(a)
	l.Add(b)
	bad := filepath.Join(dir, "articles", a.ID+".json")
	if err := os.WriteFile(bad, []byte("\x00\x01garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	l2, err := Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) || len(lerr.Problems) != 1 || lerr.Problems[0].Path != bad {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(lerr.Problems[0].MovedTo); err != nil {
		t.Errorf("damaged article not kept aside: %v", err)
	}
	if got := titles(l2); !slices.Equal(got, []string{b.Title}) {
		t.Errorf("library holds %q, want only the readable article", got)
	}
}

func TestLibraryAdoptsArticleWrittenBeforeACrash(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	a, b := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	l.Add(a)
	index := filepath.Join(dir, "library.json")
	before, _ := os.ReadFile(index)
	l.Add(b)
	// Simulate a crash between writing b's file and the index.
	os.WriteFile(index, before, 0o644)
	os.WriteFile(filepath.Join(dir, "articles", ".tmp-123"), []byte("half"), 0o644)

	l2, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got := titles(l2); !slices.Equal(got, []string{a.Title, b.Title}) {
		t.Errorf("titles = %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "articles", ".tmp-123")); !errors.Is(err, os.ErrNotExist) {
		t.Error("leftover temporary file not cleaned up")
	}
}

func TestLibraryMissingArticleIsReported(t *testing.T) {
	dir := t.TempDir()
	l, _ := Open(dir)
	a := mustArticle(t, libArticleA)
	l.Add(a)
	os.Remove(filepath.Join(dir, "articles", a.ID+".json"))
	l2, err := Open(dir)
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("err = %v, want the missing article reported", err)
	}
	if l2 == nil || l2.Len() != 0 {
		t.Fatalf("library = %v", l2)
	}
}
