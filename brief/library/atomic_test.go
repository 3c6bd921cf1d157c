package library

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

// The library's saves under faults: a write, sync, rename or removal that
// fails (once, or from some point on, as a full disk does), and a power cut
// at every step of every change. Whatever happens, no file is left half
// written, no temporary file is left behind, the library in memory is what
// it was before a change that failed, the message says what could not be
// saved and why in words, and nothing the user had is lost.

// libState is everything the user can see of a library, as JSON: the
// briefings, the articles' entries and texts, the open briefing.
func libState(l *Library) string {
	type state struct {
		Open      string
		Briefings []Briefing
		Entries   []Entry
		Texts     map[string]string
	}
	s := state{Open: l.OpenBriefing(), Briefings: l.Briefings(), Entries: l.AllEntries(), Texts: map[string]string{}}
	for _, e := range s.Entries {
		s.Texts[e.ID] = l.Article(e.ID).Text
	}
	data, _ := json.MarshalIndent(s, "", " ")
	return string(data)
}

// shape is a library's state without what differs between two runs of the
// same change (random briefing IDs, times), with the briefing named
// RecoveredName and the articles it holds apart: after a crash between two
// writes, the articles no briefing held are found there.
type shape struct {
	Open      string
	Briefings map[string]string // name → articles (by title), title, pins …
	Articles  map[string]string // ID → title and text
	recovered []string          // the IDs RecoveredName holds
}

func shapeOf(l *Library) shape {
	s := shape{Briefings: map[string]string{}, Articles: map[string]string{}}
	for _, b := range l.Briefings() {
		if b.Name == RecoveredName {
			s.recovered = b.Articles
			continue
		}
		var exported []string
		if b.Exported != nil {
			exported = b.Exported.Keys
		}
		s.Briefings[b.Name] = fmt.Sprintf("articles %q title %q paper %q sample %v pinned %q removed %q exported %q",
			b.Articles, b.Title, b.Paper, b.Sample, b.Pinned, b.Removed, exported)
		if b.ID == l.OpenBriefing() {
			s.Open = b.Name
		}
	}
	for _, e := range l.AllEntries() {
		s.Articles[e.ID] = e.Title + "\n" + l.Article(e.ID).Text
	}
	return s
}

// without drops the articles ids from a shape.
func (s shape) without(ids []string) shape {
	out := shape{Open: s.Open, Briefings: s.Briefings, Articles: map[string]string{}}
	for id, v := range s.Articles {
		if !slices.Contains(ids, id) {
			out.Articles[id] = v
		}
	}
	return out
}

func (s shape) String() string {
	data, _ := json.MarshalIndent(struct {
		Open      string
		Briefings map[string]string
		Articles  []string
		Recovered []string
	}{s.Open, s.Briefings, sortedKeys(s.Articles), s.recovered}, "", " ")
	return string(data)
}

// lineDiff shows the lines of want and got that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d: was %s\n         now %s\n", i+1, strings.TrimSpace(wl), strings.TrimSpace(gl))
		}
	}
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func sameShape(a, b shape) bool {
	return a.String() == b.String() && fmt.Sprint(a.Articles) == fmt.Sprint(b.Articles)
}

// checkNothingLost reopens the library in dir as the next launch would and
// checks that every file is whole (Open reports nothing), and that the
// library is as it was before the change or as the change made it —
// except for articles a crash between two writes left without a briefing,
// which are in RecoveredName and must be articles of one of the two.
func checkNothingLost(t *testing.T, dir string, before, after shape) {
	t.Helper()
	l, err := Open(dir)
	if err != nil {
		t.Fatalf("the next launch finds a damaged library: %v", err)
	}
	got := shapeOf(l)
	for _, id := range got.recovered {
		if _, ok := before.Articles[id]; !ok {
			if _, ok := after.Articles[id]; !ok {
				t.Errorf("the recovered briefing holds %s, an article of neither state", id)
			}
		}
	}
	g := got.without(got.recovered)
	if !sameShape(g, before.without(got.recovered)) && !sameShape(g, after.without(got.recovered)) {
		t.Errorf("the library is neither as it was nor as the change made it:\n%v\nbefore:\n%v\nafter:\n%v", got, before, after)
	}
}

// checkMessage checks that a failed save says, in words, what could not be
// saved: no temporary file's name, no folder of the library.
func checkMessage(t *testing.T, err error, dir string) {
	t.Helper()
	msg := err.Error()
	if !strings.HasPrefix(msg, "cannot ") && !strings.HasPrefix(msg, "the article was removed") {
		t.Errorf("message %q does not say what could not be done", msg)
	}
	if strings.Contains(msg, tempPrefix) || strings.Contains(msg, dir) || strings.Contains(msg, "\n") {
		t.Errorf("message %q names files the user never sees", msg)
	}
}

// fixture is a library to change: "Week" holds the articles A and B and is
// open, with a page title and a pinned item; "Other" holds B. C is an
// article the library does not have, and gone a deleted briefing ("Marlow",
// holding C alone) that Undelete can bring back.
type fixture struct {
	dir       string
	week, oth Briefing
	a, b, c   *brief.Article
	gone      *Deleted
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{dir: t.TempDir(), a: mustArticle(t, libArticleA), b: mustArticle(t, libArticleB), c: mustArticle(t, libArticleC)}
	l, err := Open(f.dir)
	must(t, err)
	marlow, err := l.NewBriefing("Marlow", nil)
	must(t, err)
	addAll(t, l, marlow.ID, f.c)
	f.gone, err = l.DeleteBriefing(marlow.ID)
	must(t, err)
	f.week, err = l.NewBriefing("Week", nil)
	must(t, err)
	addAll(t, l, f.week.ID, f.a, f.b)
	must(t, l.SetTitle(f.week.ID, "Ashford and the railway"))
	must(t, l.SetPinned(f.week.ID, "quote:1", true))
	f.oth, err = l.NewBriefing("Other", nil)
	must(t, err)
	addAll(t, l, f.oth.ID, f.b)
	must(t, l.SetOpenBriefing(f.week.ID))
	return f
}

// change is one change of the library a user makes.
type change struct {
	name string
	run  func(l *Library, f *fixture) error
	// halfDone tells the calls whose failure leaves the change half
	// made: the briefing changed and saved, the articles it let go still
	// in the index or on disk. Such a failure loses nothing (the next
	// launch recovers them), but the library is not as it was.
	halfDone func(c fsCall) bool
}

// afterTheBriefing tells the calls that come after the briefing's own file
// was written or removed: those to the index and the articles' files.
func afterTheBriefing(c fsCall) bool { return filepath.Base(filepath.Dir(c.path)) != briefingsDir }

func changes(t *testing.T) []change {
	doc := func(l *Library, f *fixture) *Document {
		d, err := l.Document(f.week.ID)
		must(t, err)
		d.ID, d.Name = "", "From a colleague"
		d.Articles = append(d.Articles, f.c)
		return d
	}
	return []change{
		{name: "add a new article", run: func(l *Library, f *fixture) error { _, err := l.Add(f.week.ID, f.c); return err }},
		{name: "add an article another briefing holds", run: func(l *Library, f *fixture) error { _, err := l.Add(f.oth.ID, f.a); return err }},
		{name: "rename an article", run: func(l *Library, f *fixture) error { return l.Rename(f.a.ID, "Housing vote") }},
		{name: "new briefing", run: func(l *Library, f *fixture) error { _, err := l.NewBriefing("Fresh", []string{f.a.ID}); return err }},
		{name: "rename a briefing", run: func(l *Library, f *fixture) error { return l.RenameBriefing(f.week.ID, "Week 12") }},
		{name: "move an article", run: func(l *Library, f *fixture) error { return l.Move(f.week.ID, f.b.ID, 0) }},
		{name: "set the page title", run: func(l *Library, f *fixture) error { return l.SetTitle(f.week.ID, "Homes and trains") }},
		{name: "pin an item", run: func(l *Library, f *fixture) error { return l.SetPinned(f.week.ID, "actor:2", true) }},
		{name: "remove an item", run: func(l *Library, f *fixture) error { return l.SetRemoved(f.week.ID, "quote:1", true) }},
		{name: "set the paper", run: func(l *Library, f *fixture) error { return l.SetPaper(f.week.ID, page.PaperLetter) }},
		{name: "record an export", run: func(l *Library, f *fixture) error { return l.MarkExported(f.week.ID, []string{"actor:1", "quote:1"}) }},
		{name: "open another briefing", run: func(l *Library, f *fixture) error { return l.SetOpenBriefing(f.oth.ID) }},
		{name: "duplicate a briefing", run: func(l *Library, f *fixture) error { _, err := l.DuplicateBriefing(f.week.ID); return err }},
		{name: "remove an article another briefing holds", run: func(l *Library, f *fixture) error { return l.Remove(f.week.ID, f.b.ID) }},
		{name: "remove an article from its last briefing", run: func(l *Library, f *fixture) error { return l.Remove(f.week.ID, f.a.ID) },
			halfDone: afterTheBriefing},
		{name: "delete a briefing", run: func(l *Library, f *fixture) error { _, err := l.DeleteBriefing(f.week.ID); return err },
			halfDone: afterTheBriefing},
		{name: "undo a deletion", run: func(l *Library, f *fixture) error { _, err := l.Undelete(f.gone); return err }},
		{name: "open a .briefing file", run: func(l *Library, f *fixture) error { _, _, err := l.Import(doc(l, f)); return err }},
		{name: "the sample", run: func(l *Library, f *fixture) error { _, err := l.NewSample(f.c); return err }},
	}
}

// run makes a change on a copy of the fixture's library, opened on a
// faultFS with the fault given, and returns the library, its folder and
// the change's error.
func (ch change) runWith(t *testing.T, f *fixture, fault func(int, fsCall) error) (*Library, *faultFS, string, error) {
	t.Helper()
	dir := copyDir(t, f.dir)
	ffs := newFaultFS()
	l, err := open(ffs, dir, false)
	must(t, err)
	ffs.setFault(fault)
	return l, ffs, dir, ch.run(l, f)
}

// TestAFailedSaveChangesNothing fails each call of each change to the disk
// in turn, once: the change is refused with a message in words, the
// library in memory and on disk is as it was, and no temporary file is
// left. A failed sync of the folder is not a failure (Windows cannot sync
// one; the rename is atomic already).
func TestAFailedSaveChangesNothing(t *testing.T) {
	f := newFixture(t)
	for _, ch := range changes(t) {
		t.Run(ch.name, func(t *testing.T) {
			l, ffs, dir, err := ch.runWith(t, f, nil)
			if err != nil {
				t.Fatalf("the change fails without a fault: %v", err)
			}
			after := shapeOf(l)
			calls := ffs.diskWrites()
			if len(calls) == 0 {
				t.Fatal("the change writes nothing")
			}
			before, _ := Open(copyDir(t, f.dir))
			beforeShape, beforeState := shapeOf(before), libState(before)
			for n, c := range calls {
				l, _, dir, err := ch.runWith(t, f, failAt(n, errIO))
				if c.op == "syncdir" {
					if err != nil {
						t.Errorf("%v failing fails the change: %v", c, err)
					}
					continue
				}
				if err == nil {
					t.Errorf("%v failed and the change says it succeeded", c)
					continue
				}
				checkMessage(t, err, dir)
				if !strings.Contains(err.Error(), syscall.EIO.Error()) {
					t.Errorf("%v: message %q does not give the reason", c, err)
				}
				if left := tempFiles(t, dir); len(left) > 0 {
					t.Errorf("%v failed: temporary files left: %q", c, left)
				}
				if ch.halfDone != nil && ch.halfDone(c) {
					checkNothingLost(t, dir, beforeShape, after)
					// A failed write is undone in memory as on disk: the
					// library holds what the next launch will find (but
					// for the briefing of recovered articles it makes).
					// A file that could not be removed is found again.
					if c.op != "remove" {
						re, _ := Open(dir)
						disk := shapeOf(re)
						disk.recovered = nil
						if mem := shapeOf(l); !sameShape(mem, disk) {
							t.Errorf("%v failed: the library in memory is not what the disk holds:\n%v\ndisk:\n%v", c, mem, disk)
						}
					}
					continue
				}
				if got := libState(l); got != beforeState {
					t.Errorf("%v failed and the library in memory changed:\n%s", c, lineDiff(beforeState, got))
				}
				re, err := Open(dir)
				if err != nil {
					t.Errorf("%v failed: the next launch finds a damaged library: %v", c, err)
				} else if got := shapeOf(re); !sameShape(got, beforeShape) {
					t.Errorf("%v failed and the library on disk changed:\n%v\nwas:\n%v", c, got, beforeShape)
				}
			}
			_ = dir
		})
	}
}

// TestAFullDiskLosesNothing fills the disk at each write of each change:
// every write from then on fails, the undoing ones too. The message says
// the disk is full, no temporary file is left, and the next launch finds
// every file whole and the library as it was or as the change made it.
func TestAFullDiskLosesNothing(t *testing.T) {
	f := newFixture(t)
	full := func(from int) func(int, fsCall) error {
		writes := 0
		return func(_ int, c fsCall) error {
			if c.op != "write" {
				return nil
			}
			writes++
			if writes > from {
				return syscall.ENOSPC
			}
			return nil
		}
	}
	before, _ := Open(copyDir(t, f.dir))
	beforeShape := shapeOf(before)
	for _, ch := range changes(t) {
		t.Run(ch.name, func(t *testing.T) {
			l, ffs, _, err := ch.runWith(t, f, nil)
			must(t, err)
			after := shapeOf(l)
			writes := 0
			for _, c := range ffs.diskWrites() {
				if c.op == "write" {
					writes++
				}
			}
			for from := range writes {
				_, _, dir, err := ch.runWith(t, f, full(from))
				if err == nil {
					t.Errorf("write %d: the disk is full and the change says it succeeded", from)
					continue
				}
				checkMessage(t, err, dir)
				if !strings.Contains(err.Error(), "the disk is full") {
					t.Errorf("write %d: message %q does not say the disk is full", from, err)
				}
				if left := tempFiles(t, dir); len(left) > 0 {
					t.Errorf("write %d: temporary files left: %q", from, left)
				}
				checkNothingLost(t, dir, beforeShape, after)
			}
		})
	}
}

// TestAPowerCutLosesNothing stops the machine at each call of each change
// to the disk, and once after the change returned: what the disk keeps of
// writes not synced is lost (see faultFS.powerCut). The next launch finds
// every file whole and the library as it was or as the change made it;
// after a change that returned, as the change made it.
func TestAPowerCutLosesNothing(t *testing.T) {
	f := newFixture(t)
	before, _ := Open(copyDir(t, f.dir))
	beforeShape := shapeOf(before)
	for _, ch := range changes(t) {
		t.Run(ch.name, func(t *testing.T) {
			l, ffs, _, err := ch.runWith(t, f, nil)
			must(t, err)
			after := shapeOf(l)
			n := len(ffs.diskWrites())
			for at := 0; at <= n; at++ {
				_, ffs, dir, err := ch.runWith(t, f, failFrom(at, errCrash))
				ffs.powerCut(t)
				if at == n {
					if err != nil {
						t.Fatalf("the change fails without a fault: %v", err)
					}
					re, err := Open(dir)
					if err != nil {
						t.Fatalf("a power cut after the change: the next launch finds a damaged library: %v", err)
					}
					if got := shapeOf(re); !sameShape(got, after) {
						t.Errorf("a power cut after the change returned undid it:\n%v\nwant:\n%v", got, after)
					}
					continue
				}
				checkNothingLost(t, dir, beforeShape, after)
			}
		})
	}
}

// TestAFailedSyncFailsTheSave: a file whose content could not be synced is
// not renamed over the old one.
func TestAFailedSyncFailsTheSave(t *testing.T) {
	f := newFixture(t)
	l, _, dir, err := change{run: func(l *Library, f *fixture) error { return l.SetTitle(f.week.ID, "Homes and trains") }}.
		runWith(t, f, failOp("sync", errIO))
	if err == nil {
		t.Fatal("the save succeeded though its file could not be synced")
	}
	if b, _ := l.Briefing(f.week.ID); b.Title != "Ashford and the railway" {
		t.Errorf("the title in memory is %q", b.Title)
	}
	re, _ := Open(dir)
	if b, _ := re.Briefing(f.week.ID); b.Title != "Ashford and the railway" {
		t.Errorf("the title on disk is %q", b.Title)
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

// TestWriteFileAtomic is the write of the app's .briefing files: at each
// failing step the old file is whole and no temporary file is left; after a
// power cut at any step the file is the old one or the new one, never a
// part; the message names the file and says why in words.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Week.briefing")
	old := bytes.Repeat([]byte("the old briefing "), 100)
	data := bytes.Repeat([]byte("the new briefing "), 200)
	ffs := newFaultFS()
	must(t, os.WriteFile(path, old, 0o644))
	must(t, writeFileAtomic(ffs, path, data))
	calls := ffs.diskWrites()
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Fatal("the file was not written")
	}
	for n, c := range calls {
		for _, crash := range []bool{false, true} {
			must(t, os.WriteFile(path, old, 0o644))
			ffs := newFaultFS()
			ffs.setFault(failAt(n, errIO))
			if crash {
				ffs.setFault(failFrom(n, errCrash))
			}
			err := writeFileAtomic(ffs, path, data)
			if crash {
				ffs.powerCut(t)
			}
			got, _ := os.ReadFile(path)
			switch {
			case c.op == "syncdir" && !crash:
				if err != nil || !bytes.Equal(got, data) {
					t.Errorf("a failed folder sync failed the write: %v", err)
				}
			case crash:
				if !bytes.Equal(got, old) && !bytes.Equal(got, data) {
					t.Errorf("power cut at %v: the file holds %d bytes, neither the old nor the new", c, len(got))
				}
			default:
				if err == nil {
					t.Errorf("%v failed and the write succeeded", c)
				}
				if !bytes.Equal(got, old) {
					t.Errorf("%v failed and the old file changed", c)
				}
			}
			if left := tempFiles(t, dir); len(left) > 0 && !crash {
				t.Errorf("%v failed: temporary files left: %q", c, left)
			}
			for _, p := range tempFiles(t, dir) {
				os.Remove(p)
			}
		}
	}
	// The app's own call: it writes, and with the system's faults its
	// message names the file, not the temporary one, and says why.
	must(t, WriteFileAtomic(path, old))
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Error("WriteFileAtomic did not write the file")
	}
	for _, tc := range []struct {
		path, want string
	}{
		{filepath.Join(dir, "missing", "Week.briefing"), "cannot write Week.briefing: the folder " + filepath.Join(dir, "missing") + " does not exist"},
		{dir, "cannot write " + filepath.Base(dir) + ": " + dir + " is a folder: name a file inside it"},
	} {
		err := WriteFileAtomic(tc.path, data)
		if err == nil || err.Error() != tc.want {
			t.Errorf("WriteFileAtomic(%s) = %v, want %q", tc.path, err, tc.want)
		}
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

// TestOpenReportsWhatItCouldNotSave: when the disk refuses the repairs Open
// makes (moving a damaged file aside, saving the recovered briefing and
// the index), the library still opens, with what it holds, and the
// problems say so.
func TestOpenReportsWhatItCouldNotSave(t *testing.T) {
	f := newFixture(t)
	dir := copyDir(t, f.dir)
	// A damaged briefing: "Other" cannot be read; B is still held by Week.
	must(t, os.WriteFile(filepath.Join(dir, briefingsDir, f.oth.ID+".json"), []byte("{"), 0o644))
	// An article file the index does not list: it is adopted.
	data, _ := json.Marshal(storedArticle{Version: articleVersion, Article: f.c})
	must(t, os.WriteFile(filepath.Join(dir, articlesDir, f.c.ID+".json"), data, 0o644))
	ffs := newFaultFS()
	ffs.setFault(func(_ int, c fsCall) error {
		if c.op == "rename" {
			return errIO
		}
		return nil
	})
	l, err := open(ffs, dir, false)
	var lerr *Error
	if l == nil || !errors.As(err, &lerr) {
		t.Fatalf("Open = %v, %v; want the library and its problems", l, err)
	}
	msg := err.Error()
	for _, want := range []string{"could not be moved aside", "cannot save the briefing “" + RecoveredName + "”", "cannot save the library"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the problems do not say %q: %s", want, msg)
		}
	}
	if got := titles(l, f.week.ID); len(got) != 2 {
		t.Errorf("Week holds %q", got)
	}
	if l.Article(f.c.ID) == nil {
		t.Error("the article file the index did not list was not adopted")
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
	// The damaged file is where it was, for the next launch to try again.
	if _, err := os.Stat(filepath.Join(dir, briefingsDir, f.oth.ID+".json")); err != nil {
		t.Errorf("the damaged file is gone: %v", err)
	}
}
