package library

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

func TestLibraryCorruptIndexIsMovedAsideAndBriefingsKept(t *testing.T) {
	l, b := openNew(t, "Week")
	dir := l.Dir()
	a, bb := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	addAll(t, l, b.ID, a, bb)
	must(t, l.Rename(a.ID, "Housing vote"))
	index := filepath.Join(dir, "library.json")
	must(t, os.WriteFile(index, []byte(`{"version":2,"articles":[{"id":`), 0o644))

	l2, err := Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) {
		t.Fatalf("Open on a corrupt index: err = %v, want a *Error", err)
	}
	if !errors.Is(err, errCorrupt) || len(lerr.Problems) != 1 {
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
	// The articles come back from their own files and the briefing from
	// its own: nothing is lost but the article's new title.
	if got := titles(l2, b.ID); !slices.Equal(got, []string{a.Title, bb.Title}) {
		t.Errorf("recovered %q", got)
	}
	if len(l2.Briefings()) != 1 {
		t.Errorf("briefings after recovery: %+v", l2.Briefings())
	}
	// A fresh index was written: the next open is clean.
	if _, err := Open(dir); err != nil {
		t.Errorf("third open: %v", err)
	}
}

func TestLibraryDamagedBriefingIsMovedAsideAndItsArticlesRecovered(t *testing.T) {
	l, b := openNew(t, "Week")
	dir := l.Dir()
	other, _ := l.NewBriefing("Other", nil)
	a, bb := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	addAll(t, l, b.ID, a)
	addAll(t, l, other.ID, bb)
	bad := filepath.Join(dir, "briefings", b.ID+".json")
	must(t, os.WriteFile(bad, []byte(`{"version":1,"id":"`+b.ID+`","name":"Week","articles":[`), 0o644))

	l2, err := Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) || len(lerr.Problems) != 1 || lerr.Problems[0].Path != bad || lerr.Recovered != 1 {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(lerr.Problems[0].MovedTo); err != nil {
		t.Errorf("the damaged briefing was not kept aside: %v", err)
	}
	if !strings.Contains(err.Error(), RecoveredName) {
		t.Errorf("the message does not say where the articles went: %q", err)
	}
	rec, ok := l2.Find(RecoveredName)
	if !ok || !slices.Equal(rec.Articles, []string{a.ID}) {
		t.Errorf("recovered briefing %+v", rec)
	}
	if got := titles(l2, other.ID); !slices.Equal(got, []string{bb.Title}) {
		t.Errorf("the other briefing holds %q", got)
	}
	// Saved: the next open finds nothing wrong and no second copy.
	l3, err := Open(dir)
	if err != nil || len(l3.Briefings()) != 2 {
		t.Errorf("third open: %v, %d briefings", err, len(l3.Briefings()))
	}
}

func TestLibraryCorruptArticleIsMovedAsideAndReported(t *testing.T) {
	l, b := openNew(t, "Week")
	dir := l.Dir()
	a, bb := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	addAll(t, l, b.ID, a, bb)
	bad := filepath.Join(dir, "articles", a.ID+".json")
	must(t, os.WriteFile(bad, []byte("\x00\x01garbage"), 0o644))
	l2, err := Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) || len(lerr.Problems) != 1 || lerr.Problems[0].Path != bad {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(lerr.Problems[0].MovedTo); err != nil {
		t.Errorf("damaged article not kept aside: %v", err)
	}
	if got := titles(l2, b.ID); !slices.Equal(got, []string{bb.Title}) {
		t.Errorf("library holds %q, want only the readable article", got)
	}
}

func TestLibraryKeepsArticleWrittenBeforeACrash(t *testing.T) {
	l, b := openNew(t, "Week")
	dir := l.Dir()
	a, bb := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	addAll(t, l, b.ID, a)
	index := filepath.Join(dir, "library.json")
	before, _ := os.ReadFile(index)
	addAll(t, l, b.ID, bb)
	// A crash after the article's file and the briefing's were written,
	// before the index.
	os.WriteFile(index, before, 0o644)
	os.WriteFile(filepath.Join(dir, "articles", ".tmp-123"), []byte("half"), 0o644)

	l2, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got := titles(l2, b.ID); !slices.Equal(got, []string{a.Title, bb.Title}) {
		t.Errorf("titles = %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "articles", ".tmp-123")); !errors.Is(err, os.ErrNotExist) {
		t.Error("leftover temporary file not cleaned up")
	}
	// A crash after the article's file only: the article is not lost, it
	// waits in the recovered briefing.
	c := mustArticle(t, libArticleC)
	data, _ := json.Marshal(storedArticle{Version: 1, Added: time.Now(), Article: c})
	os.WriteFile(filepath.Join(dir, "articles", c.ID+".json"), data, 0o644)
	l3, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if rec, ok := l3.Find(RecoveredName); !ok || !slices.Equal(rec.Articles, []string{c.ID}) {
		t.Errorf("the orphan article is not in %q: %+v", RecoveredName, l3.Briefings())
	}
}

func TestLibraryMissingArticleIsReported(t *testing.T) {
	l, b := openNew(t, "Week")
	a := mustArticle(t, libArticleA)
	addAll(t, l, b.ID, a)
	os.Remove(filepath.Join(l.Dir(), "articles", a.ID+".json"))
	l2, err := Open(l.Dir())
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("err = %v, want the missing article reported", err)
	}
	if l2 == nil || l2.Len() != 0 || len(l2.Entries(b.ID)) != 0 {
		t.Fatalf("library = %v", l2)
	}
}

func TestLibraryOfANewerVersionIsNotTouched(t *testing.T) {
	dir := t.TempDir()
	index := filepath.Join(dir, "library.json")
	newer := `{"version":3,"articles":[],"shelves":[{"id":"x"}]}`
	must(t, os.WriteFile(index, []byte(newer), 0o644))
	l, err := Open(dir)
	var nv *NewerVersionError
	if l != nil || !errors.As(err, &nv) || nv.Version != 3 {
		t.Fatalf("Open = %v, %v", l, err)
	}
	if !strings.Contains(err.Error(), "newer version of Briefing") {
		t.Errorf("message %q", err)
	}
	if data, _ := os.ReadFile(index); string(data) != newer {
		t.Error("the newer library was rewritten")
	}
	// A briefing file of a newer version is left alone, and said so.
	l2, b := openNew(t, "Week")
	p := filepath.Join(l2.Dir(), "briefings", b.ID+".json")
	newerB := `{"version":7,"id":"` + b.ID + `","name":"Week","articles":[]}`
	must(t, os.WriteFile(p, []byte(newerB), 0o644))
	l3, err := Open(l2.Dir())
	if !errors.As(err, &nv) || nv.Version != 7 || len(l3.Briefings()) != 0 {
		t.Errorf("newer briefing: %v", err)
	}
	if data, _ := os.ReadFile(p); string(data) != newerB {
		t.Error("the newer briefing file was changed or moved")
	}
}

// TestLibraryIDsNeverLeaveTheFolder: IDs in library.json and briefing files
// that point outside the library ("../") are never read, written or renamed.
func TestLibraryIDsNeverLeaveTheFolder(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "lib")
	l, err := Open(dir)
	must(t, err)
	b, _ := l.NewBriefing("Week", nil)
	a := mustArticle(t, libArticleA)
	addAll(t, l, b.ID, a)

	// A file outside the library, shaped like an article so that reading
	// it would succeed and renaming it would be noticed.
	secret := filepath.Join(root, "secret.json")
	secretData, _ := json.Marshal(storedArticle{Version: 1, Article: &brief.Article{ID: "../secret", Title: "Secret", Text: "Private text."}})
	must(t, os.WriteFile(secret, secretData, 0o600))
	idx := `{"version":2,"articles":[{"id":"../secret","title":"x"},{"id":"..\\secret"},{"id":"` + a.ID + `"},{"id":"/etc/passwd"}]}`
	must(t, os.WriteFile(filepath.Join(dir, "library.json"), []byte(idx), 0o644))
	bf := `{"version":1,"id":"` + b.ID + `","name":"Week","articles":["../secret","` + a.ID + `"]}`
	must(t, os.WriteFile(filepath.Join(dir, "briefings", b.ID+".json"), []byte(bf), 0o644))
	// A briefing file whose name is not an ID is not read.
	must(t, os.WriteFile(filepath.Join(dir, "briefings", "..json"), []byte("{}"), 0o644))
	// A link in the articles folder to the outside is not followed.
	link := filepath.Join(dir, "articles", "0123456789ab.json")
	if err := os.Symlink(secret, link); err != nil {
		t.Logf("no symlinks here: %v", err)
		link = ""
	}

	l2, err := Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) {
		t.Fatalf("err = %v, want the bad IDs reported", err)
	}
	if data, err := os.ReadFile(secret); err != nil || string(data) != string(secretData) {
		t.Fatalf("the file outside the library was touched: %v", err)
	}
	if m, _ := filepath.Glob(filepath.Join(root, "secret.json.corrupt-*")); len(m) > 0 {
		t.Errorf("a file outside the library was renamed: %q", m)
	}
	if link != "" {
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced or removed: %v", err)
		}
	}
	for _, e := range l2.AllEntries() {
		if e.ID != a.ID {
			t.Errorf("the library took %q in", e.ID)
		}
	}
	if got, _ := l2.Briefing(b.ID); !slices.Equal(got.Articles, []string{a.ID}) {
		t.Errorf("briefing holds %q", got.Articles)
	}
	// The index with the bad IDs was kept aside before it was rewritten.
	kept := false
	for _, p := range lerr.Problems {
		if p.MovedTo != "" && strings.HasPrefix(filepath.Base(p.MovedTo), "library.json.corrupt-") {
			data, err := os.ReadFile(p.MovedTo)
			kept = err == nil && string(data) == idx
		}
	}
	if !kept {
		t.Errorf("problems %v: the index with bad IDs was not kept as it was", lerr.Problems)
	}
	// Adding an article whose ID is not one the engine makes is refused.
	bad := *a
	bad.ID = "../../x"
	if _, err := l2.Add(b.ID, &bad); err == nil {
		t.Error("an article with a path for an ID was added")
	}
}

func TestReadOnlyLibraryWritesNothing(t *testing.T) {
	l, b := openNew(t, "Week")
	dir := l.Dir()
	addAll(t, l, b.ID, mustArticle(t, libArticleA))
	temp := filepath.Join(dir, "articles", ".tmp-999")
	must(t, os.WriteFile(temp, []byte("another process's write in progress"), 0o644))
	bad := filepath.Join(dir, "briefings", "0123456789abcdef.json")
	must(t, os.WriteFile(bad, []byte("{"), 0o644))

	ro, err := OpenReadOnly(dir)
	if ro == nil || err == nil {
		t.Fatalf("OpenReadOnly = %v, %v; want the library and the damaged file reported", ro, err)
	}
	if _, err := os.Stat(temp); err != nil {
		t.Error("a read-only open removed another process's temporary file")
	}
	if _, err := os.Stat(bad); err != nil {
		t.Error("a read-only open moved a damaged file")
	}
	if got := titles(ro, b.ID); len(got) != 1 {
		t.Errorf("read-only library holds %q", got)
	}
	if _, err := ro.NewBriefing("Other", nil); err == nil {
		t.Error("a read-only library was written")
	}
	// A folder that does not exist is an empty library, not created.
	missing := filepath.Join(t.TempDir(), "none")
	if ro, err := OpenReadOnly(missing); err != nil || ro.Len() != 0 {
		t.Errorf("OpenReadOnly on no folder: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Error("OpenReadOnly created the folder")
	}
}

// writeV1 writes a library as Briefing 0.2 did: one index with the title,
// pins and removals, and the article files.
func writeV1(t *testing.T, dir, title string, pinned, removed []string, arts ...*brief.Article) []byte {
	t.Helper()
	must(t, os.MkdirAll(filepath.Join(dir, "articles"), 0o755))
	type v1 struct {
		Version  int      `json:"version"`
		Title    string   `json:"title,omitempty"`
		Pinned   []string `json:"pinned,omitempty"`
		Removed  []string `json:"removed,omitempty"`
		Articles []Entry  `json:"articles"`
	}
	idx := v1{Version: 1, Title: title, Pinned: pinned, Removed: removed}
	for i, a := range arts {
		added := time.Date(2026, 3, 1, 9, i, 0, 0, time.UTC)
		data, _ := json.MarshalIndent(storedArticle{Version: 1, Added: added, Article: a}, "", "  ")
		must(t, os.WriteFile(filepath.Join(dir, "articles", a.ID+".json"), data, 0o644))
		idx.Articles = append(idx.Articles, entryOf(a, added))
	}
	data, _ := json.MarshalIndent(idx, "", "  ")
	must(t, os.WriteFile(filepath.Join(dir, "library.json"), data, 0o644))
	return data
}

func TestVersion1LibraryBecomesBriefings(t *testing.T) {
	dir := t.TempDir()
	sample := mustArticle(t, libArticleC)
	sample.Path = SamplePath
	a, b := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	v1 := writeV1(t, dir, "Ashford and the railway", []string{"quote:1"}, []string{"actor:9"}, sample, a, b)

	l, err := Open(dir)
	must(t, err)
	if l.IsNew() {
		t.Error("a migrated library says it is new")
	}
	bs := l.Briefings()
	if len(bs) != 2 {
		t.Fatalf("briefings %+v, want the user's and the sample's", bs)
	}
	user, ok := l.Find("Ashford and the railway")
	if !ok || user.Title != "Ashford and the railway" || !slices.Equal(user.Articles, []string{a.ID, b.ID}) ||
		!slices.Equal(user.Pinned, []string{"quote:1"}) || !slices.Equal(user.Removed, []string{"actor:9"}) {
		t.Errorf("user's briefing %+v", user)
	}
	if bs[0].ID != user.ID || l.OpenBriefing() != user.ID {
		t.Error("the user's briefing is not first and open")
	}
	smp, ok := l.Find(SampleName)
	if !ok || !smp.Sample || !slices.Equal(smp.Articles, []string{sample.ID}) {
		t.Errorf("sample briefing %+v", smp)
	}
	// The old index is kept, and the new one is version 2.
	if kept, err := os.ReadFile(filepath.Join(dir, "library-v1.json")); err != nil || string(kept) != string(v1) {
		t.Errorf("library-v1.json: %v", err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "library.json"))
	if !strings.Contains(string(data), `"version": 2`) || strings.Contains(string(data), "quote:1") {
		t.Errorf("new index:\n%s", data)
	}
	// Opening again migrates nothing more.
	l2, err := Open(dir)
	must(t, err)
	if len(l2.Briefings()) != 2 || l2.Len() != 3 {
		t.Errorf("second open: %d briefings, %d articles", len(l2.Briefings()), l2.Len())
	}
}

func TestVersion1LibraryWithoutTitleIsNamedFromItsPage(t *testing.T) {
	dir := t.TempDir()
	a, b := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	writeV1(t, dir, "", nil, nil, a, b)
	l, err := Open(dir)
	must(t, err)
	want := page.Build(brief.Analyze(a, b), page.Options{}).Title
	bs := l.Briefings()
	if len(bs) != 1 || bs[0].Name != want || bs[0].Title != "" {
		t.Errorf("briefings %+v, want one named %q with the generated title", bs, want)
	}
}

// TestEveryDamagedFileIsKeptAsideAndNamed: two damaged articles are two
// problems in one message, each kept aside with its bytes, under a name no
// earlier copy of the same second holds; a copy that cannot be written is
// said, and the file stays where it was.
func TestEveryDamagedFileIsKeptAsideAndNamed(t *testing.T) {
	l, b := openNew(t, "Week")
	dir := l.Dir()
	a, bb, c := mustArticle(t, libArticleA), mustArticle(t, libArticleB), mustArticle(t, libArticleC)
	addAll(t, l, b.ID, a, bb, c)
	badA := filepath.Join(dir, "articles", a.ID+".json")
	badB := filepath.Join(dir, "articles", bb.ID+".json")
	damage := map[string]string{badA: "\x00\x01first garbage", badB: `{"id":"` + bb.ID + `","title":`}
	for p, d := range damage {
		must(t, os.WriteFile(p, []byte(d), 0o644))
	}
	// Two copies of A from earlier opens in this second and each of the
	// next ten (a slow machine): this one must take a name of its own.
	now := time.Now()
	var earlier []string
	for s := range 11 {
		stamp := now.Add(time.Duration(s) * time.Second).Format("20060102-150405")
		for _, name := range []string{badA + corruptSuffix + stamp, badA + corruptSuffix + stamp + "-2"} {
			must(t, os.WriteFile(name, []byte("an earlier copy"), 0o644))
			earlier = append(earlier, name)
		}
	}

	l2, err := Open(dir)
	var lerr *Error
	if !errors.As(err, &lerr) || len(lerr.Problems) != 2 {
		t.Fatalf("err = %v, want two problems", err)
	}
	want := "2 files of the library could not be read: " + lerr.Problems[0].Error() + "; " + lerr.Problems[1].Error()
	if msg := err.Error(); msg != want || strings.Contains(msg, "recovered") {
		t.Errorf("message %q\nwant %q: both files, once each, and no recovery", msg, want)
	}
	for _, p := range lerr.Problems {
		want, ok := damage[p.Path]
		if !ok {
			t.Errorf("problem %+v is not one of the damaged files", p)
			continue
		}
		if data, err := os.ReadFile(p.MovedTo); err != nil || string(data) != want {
			t.Errorf("%s kept aside as %q: %q, %v, want its own bytes", filepath.Base(p.Path), p.MovedTo, data, err)
		}
		if p.Path == badA && !strings.HasSuffix(p.MovedTo, "-3") {
			t.Errorf("A kept aside as %q, want the name after the two earlier copies (-3)", filepath.Base(p.MovedTo))
		}
	}
	for _, name := range earlier {
		if data, err := os.ReadFile(name); err != nil || string(data) != "an earlier copy" {
			t.Errorf("the earlier copy %s was overwritten: %q, %v", filepath.Base(name), data, err)
		}
	}
	if got := titles(l2, b.ID); !slices.Equal(got, []string{c.Title}) {
		t.Errorf("library holds %q, want only the readable article", got)
	}
	// One problem: said so, in the singular.
	one := &Error{Problems: lerr.Problems[:1]}
	if got := one.Error(); got != "part of the library could not be read: "+lerr.Problems[0].Error() {
		t.Errorf("one problem: %q", got)
	}

	// The damaged file cannot be moved aside: the message says so,
	// nothing is named as moved, and the file is still there to be moved
	// on the next open.
	fresh := copyDir(t, dir)
	badC := filepath.Join(fresh, "articles", c.ID+".json")
	must(t, os.WriteFile(badC, []byte("\x00garbage"), 0o644))
	ffs := newFaultFS()
	ffs.setFault(func(_ int, c fsCall) error {
		if c.op == "rename" && strings.Contains(c.path, corruptSuffix) {
			return syscall.EACCES
		}
		return nil
	})
	_, err = open(ffs, fresh, false)
	if !errors.As(err, &lerr) {
		t.Fatalf("open with a full disk: %v", err)
	}
	found := false
	for _, p := range lerr.Problems {
		if p.Path != badC {
			continue
		}
		found = true
		if p.MovedTo != "" || !strings.Contains(p.Error(), "could not be moved aside: ") {
			t.Errorf("a copy that failed: %+v (%q)", p, p.Error())
		}
	}
	if data, err := os.ReadFile(badC); !found || err != nil || string(data) != "\x00garbage" {
		t.Errorf("the damaged file: found %v, now %q, %v", found, data, err)
	}
	if m, _ := filepath.Glob(badC + corruptSuffix + "*"); len(m) > 0 {
		t.Errorf("a copy was named though the move failed: %q", m)
	}
}
