package library

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
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

func titles(l *Library, bid string) []string {
	var out []string
	for _, e := range l.Entries(bid) {
		out = append(out, e.Title)
	}
	return out
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// openNew opens a new library in a temporary folder with one empty
// briefing.
func openNew(t *testing.T, name string) (*Library, Briefing) {
	t.Helper()
	l, err := Open(t.TempDir())
	must(t, err)
	b, err := l.NewBriefing(name, nil)
	must(t, err)
	return l, b
}

func addAll(t *testing.T, l *Library, bid string, arts ...*brief.Article) {
	t.Helper()
	for _, a := range arts {
		if added, err := l.Add(bid, a); !added || err != nil {
			t.Fatalf("Add(%q) = %v, %v", a.Title, added, err)
		}
	}
}

func articleFiles(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(filepath.Join(dir, "articles"))
	must(t, err)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func TestLibrarySurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	l, err := Open(dir)
	must(t, err)
	if !l.IsNew() || l.Len() != 0 || len(l.Briefings()) != 0 {
		t.Fatalf("new library: IsNew=%v Len=%d", l.IsNew(), l.Len())
	}
	b, err := l.NewBriefing("  Week in   Ashford ", nil)
	must(t, err)
	if b.Name != "Week in Ashford" {
		t.Errorf("name %q: spaces not cleaned", b.Name)
	}
	a, bb, c := mustArticle(t, libArticleA), mustArticle(t, libArticleB), mustArticle(t, libArticleC)
	addAll(t, l, b.ID, a, bb, c)
	// The same text again is the same article.
	if added, err := l.Add(b.ID, mustArticle(t, libArticleB)); added || err != nil {
		t.Errorf("adding a duplicate: added=%v err=%v", added, err)
	}
	must(t, l.Rename(bb.ID, "Northline timetable"))
	must(t, l.Move(b.ID, c.ID, 0))
	must(t, l.SetTitle(b.ID, "Week in  Ashford: housing"))
	must(t, l.SetPinned(b.ID, "quote:1", true))
	must(t, l.SetRemoved(b.ID, "actor:2", true))
	must(t, l.SetRemoved(b.ID, "actor:3", true))
	must(t, l.SetRemoved(b.ID, "actor:3", false))
	must(t, l.SetPaper(b.ID, "Letter"))
	must(t, l.SetOpenBriefing(b.ID))
	must(t, l.Remove(b.ID, a.ID))

	l2, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	if l2.IsNew() {
		t.Error("reopened library says it is new")
	}
	if got, want := titles(l2, b.ID), []string{c.Title, "Northline timetable"}; !slices.Equal(got, want) {
		t.Errorf("titles after reopen = %q, want %q", got, want)
	}
	arts := l2.Articles(b.ID)
	if len(arts) != 2 || arts[1].Title != "Northline timetable" || arts[1].Text != bb.Text {
		t.Fatalf("articles after reopen: %+v", arts)
	}
	// Sentences are rebuilt, so citations into the article still work.
	if got, want := arts[1].SentenceText(0), bb.SentenceText(0); got != want || got == "" {
		t.Errorf("sentence 0 after reopen = %q, want %q", got, want)
	}
	b2, ok := l2.Briefing(b.ID)
	opt := b2.Options()
	if !ok || opt.Title != "Week in Ashford: housing" || !opt.Pinned["quote:1"] || !opt.Removed["actor:2"] || opt.Removed["actor:3"] {
		t.Errorf("briefing after reopen = %+v", b2)
	}
	if b2.Paper != "Letter" || l2.OpenBriefing() != b.ID {
		t.Errorf("paper %q, open %q", b2.Paper, l2.OpenBriefing())
	}
	// The article removed from its only briefing is gone from the disk.
	if _, err := os.Stat(filepath.Join(dir, "articles", a.ID+".json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("removed article's file is still there: %v", err)
	}
	if l2.Article(bb.ID) == nil || l2.Article(a.ID) != nil || l2.Len() != 2 {
		t.Error("Article lookup by ID is wrong after reopen")
	}
}

func TestBriefingsShareArticlesStoredOnce(t *testing.T) {
	l, week := openNew(t, "Week")
	a, b, c := mustArticle(t, libArticleA), mustArticle(t, libArticleB), mustArticle(t, libArticleC)
	addAll(t, l, week.ID, a, b)
	rail, err := l.NewBriefing("Rail", []string{b.ID, "ffffffffffff"})
	must(t, err)
	if !slices.Equal(rail.Articles, []string{b.ID}) {
		t.Errorf("new briefing from articles holds %q", rail.Articles)
	}
	addAll(t, l, rail.ID, c)
	if files := articleFiles(t, l.Dir()); len(files) != 3 || l.Len() != 3 {
		t.Errorf("article files %q: each article must be stored once", files)
	}
	// Taking b out of one briefing keeps it for the other.
	must(t, l.Remove(week.ID, b.ID))
	if l.Article(b.ID) == nil || len(articleFiles(t, l.Dir())) != 3 {
		t.Error("an article another briefing holds was deleted")
	}
	must(t, l.Remove(rail.ID, b.ID))
	if l.Article(b.ID) != nil || len(articleFiles(t, l.Dir())) != 2 {
		t.Error("an article no briefing holds was kept")
	}
	// Newest first.
	var names []string
	for _, x := range l.Briefings() {
		names = append(names, x.Name)
	}
	if !slices.Equal(names, []string{"Rail", "Week"}) {
		t.Errorf("briefings %q, want newest first", names)
	}
}

func TestBriefingRenameDuplicateDeleteUndo(t *testing.T) {
	l, week := openNew(t, "Week")
	a, b := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	addAll(t, l, week.ID, a, b)
	must(t, l.SetPinned(week.ID, "quote:1", true))
	must(t, l.SetTitle(week.ID, "Ashford this week"))
	other, err := l.NewBriefing("Other", []string{b.ID})
	must(t, err)

	// Names are unique, ignoring case.
	if err := l.RenameBriefing(week.ID, "other"); !errors.Is(err, ErrNameTaken) {
		t.Errorf("renaming onto another's name: %v", err)
	}
	if _, err := l.NewBriefing("WEEK", nil); !errors.Is(err, ErrNameTaken) {
		t.Errorf("a second briefing named week: %v", err)
	}
	if err := l.RenameBriefing(week.ID, ""); err == nil {
		t.Error("an empty name was accepted")
	}
	must(t, l.RenameBriefing(week.ID, "Ashford week"))
	if got, ok := l.Find("ashford  WEEK"); !ok || got.ID != week.ID {
		t.Errorf("Find by name: %+v %v", got, ok)
	}

	dup, err := l.DuplicateBriefing(week.ID)
	must(t, err)
	if dup.Name != "Ashford week (copy)" || dup.ID == week.ID || !slices.Equal(dup.Articles, []string{a.ID, b.ID}) ||
		dup.Title != "Ashford this week" || !slices.Equal(dup.Pinned, []string{"quote:1"}) {
		t.Errorf("duplicate = %+v", dup)
	}
	if dup2, _ := l.DuplicateBriefing(week.ID); dup2.Name != "Ashford week (copy) (2)" {
		t.Errorf("second duplicate named %q", dup2.Name)
	} else {
		must(t, func() error { _, err := l.DeleteBriefing(dup2.ID); return err }())
	}

	// Deleting the duplicate and the original deletes a, which only they
	// held; b stays for Other.
	_, err = l.DeleteBriefing(dup.ID)
	must(t, err)
	del, err := l.DeleteBriefing(week.ID)
	must(t, err)
	if _, ok := l.Briefing(week.ID); ok || l.Article(a.ID) != nil || l.Article(b.ID) == nil {
		t.Fatal("delete did not delete the briefing and its own article")
	}
	if files := articleFiles(t, l.Dir()); len(files) != 1 {
		t.Errorf("after delete the articles folder holds %q", files)
	}
	// Undo brings both back, with the curation.
	back, err := l.Undelete(del)
	must(t, err)
	if back.ID != week.ID || back.Name != "Ashford week" || !slices.Equal(back.Articles, []string{a.ID, b.ID}) || back.Title != "Ashford this week" {
		t.Errorf("undeleted %+v", back)
	}
	l2, err := Open(l.Dir())
	must(t, err)
	if got := titles(l2, week.ID); !slices.Equal(got, []string{a.Title, b.Title}) {
		t.Errorf("after undo and reopen: %q", got)
	}
	if len(l2.Briefings()) != 2 || len(l2.Entries(other.ID)) != 1 {
		t.Errorf("briefings after reopen: %+v", l2.Briefings())
	}
}

func TestLibraryPinAndRemoveExcludeEachOther(t *testing.T) {
	l, b := openNew(t, "B")
	must(t, l.SetPinned(b.ID, "k", true))
	must(t, l.SetRemoved(b.ID, "k", true))
	if o := l.Options(b.ID); o.Pinned["k"] || !o.Removed["k"] {
		t.Errorf("after remove: %+v", o)
	}
	must(t, l.SetPinned(b.ID, "k", true))
	if o := l.Options(b.ID); !o.Pinned["k"] || o.Removed["k"] {
		t.Errorf("after pin: %+v", o)
	}
	l.SetRemoved(b.ID, "x", true)
	l.SetRemoved(b.ID, "y", true)
	if err := l.RestoreAll(b.ID); err != nil || len(l.Options(b.ID).Removed) != 0 {
		t.Errorf("RestoreAll: %v, %v", err, l.Options(b.ID).Removed)
	}
}

func TestExportedMarksWhatIsNew(t *testing.T) {
	l, b := openNew(t, "B")
	if got, _ := l.Briefing(b.ID); got.IsNew("quote:1") {
		t.Error("before any export an item is new")
	}
	must(t, l.MarkExported(b.ID, []string{"quote:2", "actor:1", "quote:2"}))
	got, _ := l.Briefing(b.ID)
	if got.Exported == nil || got.Exported.At.IsZero() || !slices.Equal(got.Exported.Keys, []string{"actor:1", "quote:2"}) {
		t.Fatalf("exported = %+v", got.Exported)
	}
	if got.IsNew("actor:1") || !got.IsNew("quote:1") {
		t.Error("IsNew does not follow the exported page")
	}
	l2, _ := Open(l.Dir())
	if got, _ := l2.Briefing(b.ID); got.IsNew("quote:2") || !got.IsNew("quote:9") {
		t.Error("the export record did not survive a reopen")
	}
}

func TestSampleBriefingTakesNoOtherArticle(t *testing.T) {
	l, err := Open(t.TempDir())
	must(t, err)
	s := mustArticle(t, libArticleC)
	s.Path = SamplePath
	sb, err := l.NewSample(s)
	must(t, err)
	if !sb.Sample || sb.Name != SampleName || !slices.Equal(sb.Articles, []string{s.ID}) {
		t.Errorf("sample briefing %+v", sb)
	}
	if _, err := l.Add(sb.ID, mustArticle(t, libArticleA)); !errors.Is(err, ErrSample) {
		t.Errorf("adding to the sample: %v", err)
	}
	if again, _ := l.NewSample(s); again.ID != sb.ID || len(l.Briefings()) != 1 {
		t.Error("a second sample briefing was made")
	}
	// Deleted, it can be made again (Help > Show Sample Briefing).
	l.DeleteBriefing(sb.ID)
	if _, err := l.NewSample(s); err != nil || len(l.Briefings()) != 1 || l.Len() != 1 {
		t.Errorf("sample made again: %v, %d briefings", err, len(l.Briefings()))
	}
}

func TestApplyMakesTheCommandLinesChanges(t *testing.T) {
	l, err := Open(t.TempDir())
	must(t, err)
	a, b := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	// An article from another process is made again from its text: a wrong
	// ID is not believed.
	forged := *b
	forged.ID = "../../../etc"
	forged.Paragraphs, forged.Sentences = nil, nil
	out, err := l.Apply(Change{Op: OpNew, Briefing: "Rail and housing", Articles: []*brief.Article{a, &forged}})
	must(t, err)
	if out.Added != 2 || out.Briefing.Name != "Rail and housing" || !slices.Equal(out.Briefing.Articles, []string{a.ID, b.ID}) {
		t.Errorf("new: %+v", out)
	}
	if got := l.Article(b.ID); got == nil || len(got.Sentences) == 0 {
		t.Error("the rebuilt article has no sentences")
	}
	if _, err := l.Apply(Change{Op: OpNew, Briefing: "rail AND housing"}); !errors.Is(err, ErrNameTaken) {
		t.Errorf("new with a taken name: %v", err)
	}
	out, err = l.Apply(Change{Op: OpAdd, Briefing: "rail and housing", Articles: []*brief.Article{b, mustArticle(t, libArticleC)}})
	if err != nil || out.Added != 1 || out.Already != 1 {
		t.Errorf("add: %+v, %v", out, err)
	}
	if _, err := l.Apply(Change{Op: OpAdd, Briefing: "Nothing"}); !errors.Is(err, ErrNoBriefing) {
		t.Errorf("add to a missing briefing: %v", err)
	}
	out, err = l.Apply(Change{Op: OpExported, Briefing: "Rail and housing", Keys: []string{"quote:1"}})
	if err != nil || out.Briefing.Exported == nil || out.Briefing.IsNew("quote:1") {
		t.Errorf("exported: %+v, %v", out, err)
	}
}
