package gui

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/instance"
)

// paneNames lists the briefings as the pane shows them, top to bottom.
func paneNames(u *testUI) []string {
	var names []string
	for _, r := range u.library.rows {
		if r.kind == rowBriefing {
			names = append(names, r.briefing.Name)
		}
	}
	return names
}

// articleRows returns the indexes of the pane's article rows.
func articleRows(u *testUI) []int {
	var rows []int
	for i, r := range u.library.rows {
		if r.kind == rowArticle {
			rows = append(rows, i)
		}
	}
	return rows
}

// click clicks row i of the pane as a user does, with modifier keys held.
func click(u *testUI, i int, mods fyne.KeyModifier) {
	r := newPaneRow(u.library)
	r.set(u.library.rows[i], false, false)
	r.MouseDown(&desktop.MouseEvent{Modifier: mods})
	test.Tap(r)
	u.wait()
}

// typeAndEnter types into the focused entry and presses Enter.
func typeAndEnter(u *testUI, text string) {
	u.t.Helper()
	e, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		u.t.Fatalf("the focus is on %T, not an entry", u.win.Canvas().Focused())
	}
	e.SetText("")
	test.Type(e, text)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	u.wait()
}

func shortcut(u *testUI, s fyne.Shortcut) {
	u.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(s)
	u.wait()
}

func menuAction(t *testing.T, m *fyne.Menu, label string) func() {
	t.Helper()
	for _, it := range m.Items {
		if it.Label == label {
			return it.Action
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func statusText(u *testUI) string {
	return u.status.Segments[0].(*widget.TextSegment).Text
}

func TestTheSampleNeverMixesWithTheUsersArticles(t *testing.T) {
	u := newTestUI(t, "")
	if !u.current.Sample || !slices.Equal(paneNames(u), []string{library.SampleName}) {
		t.Fatalf("first launch shows %q (sample %v)", paneNames(u), u.current.Sample)
	}
	sampleID := u.bid
	loadAndWait(u, testdata("harbour-strike.txt"))

	// The article went to a briefing of its own, named after its page, and
	// the page is made of it alone.
	if u.bid == sampleID || u.current.Sample {
		t.Fatal("the article was added to the sample briefing")
	}
	if len(u.an.Sources) != 1 || u.an.Sources[0].Title != "Harbour pilots end strike after nine days of talks" {
		t.Errorf("the page is made of %+v", u.an.Sources)
	}
	if u.current.Name != u.full.Title || u.current.Name == newBriefingName {
		t.Errorf("the new briefing is named %q, its page %q", u.current.Name, u.full.Title)
	}
	if !strings.Contains(statusText(u), "the sample stays apart") {
		t.Errorf("status %q does not say where the sample went", statusText(u))
	}
	if s, _ := u.lib.Briefing(sampleID); len(s.Articles) != 1 {
		t.Errorf("the sample briefing holds %d articles", len(s.Articles))
	}
	// Deleted, the sample comes back from Help.
	u.deleteBriefing(sampleID)
	u.wait()
	if slices.Contains(paneNames(u), library.SampleName) {
		t.Fatal("the sample briefing was not deleted")
	}
	u.showSample()
	u.wait()
	if !u.current.Sample || !slices.Contains(paneNames(u), library.SampleName) || len(u.an.Sources) != 1 {
		t.Errorf("Help > Show Sample Briefing: open %q, pane %q", u.current.Name, paneNames(u))
	}
}

func TestNewBriefingFromSelectedArticles(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"), testdata("ferry-fares.md"))
	pasted, _ := os.ReadFile(testdata("ferry-fares.md"))
	u.app.Clipboard().SetContent("Council backs harbour pilots' pay deal\n\nThe town council said on Monday it backed the pilots' new pay deal and would review harbour charges in May.")
	u.pasteArticle()
	u.wait()
	first := u.current
	rows := articleRows(u)
	if len(rows) != 3 || len(pasted) == 0 {
		t.Fatalf("%d article rows, want 3", len(rows))
	}
	// Click the first article, Ctrl+click the third: two selected.
	click(u, rows[0], 0)
	click(u, rows[2], fyne.KeyModifierShortcutDefault)
	sel := u.library.selectedIDs()
	if len(sel) != 2 {
		t.Fatalf("selected %q", sel)
	}
	// Shift+click selects a range.
	click(u, rows[0], 0)
	click(u, rows[1], fyne.KeyModifierShift)
	if got := u.library.selectedIDs(); len(got) != 2 || got[1] != first.Articles[1] {
		t.Fatalf("shift-selected %q", got)
	}
	click(u, rows[0], 0)
	click(u, rows[2], fyne.KeyModifierShortcutDefault)

	// Ctrl+N: a name, Enter, and the new briefing holds the selection.
	shortcut(u, scNew)
	if u.newDialog == nil {
		t.Fatal("Ctrl+N opened no dialog")
	}
	typeAndEnter(u, "Harbour only")
	if u.current.Name != "Harbour only" || !slices.Equal(u.current.Articles, sel) {
		t.Fatalf("new briefing %q holds %q, want %q", u.current.Name, u.current.Articles, sel)
	}
	if u.lib.Len() != 4 { // the sample and three articles, each stored once
		t.Errorf("the library stores %d articles", u.lib.Len())
	}
	if got := paneNames(u); got[0] != "Harbour only" {
		t.Errorf("pane %q: the newest briefing is not first", got)
	}
	// A taken name is refused in the dialog itself.
	shortcut(u, scNew)
	typeAndEnter(u, "harbour ONLY")
	if u.current.Name != "Harbour only" || len(u.lib.Briefings()) != 3 {
		t.Errorf("a second briefing with a taken name was made: %q", paneNames(u))
	}
}

func TestRenameDuplicateDeleteAndUndo(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	u.setTitle("Port Alder: the strike ends")
	u.wait()
	orig := u.current

	menuAction(t, u.library.briefingMenu(orig), "Rename…")()
	typeAndEnter(u, "Port Alder strike")
	if u.current.Name != "Port Alder strike" || u.win.Title() != "Port Alder strike — Briefing" {
		t.Errorf("after rename: %q, window %q", u.current.Name, u.win.Title())
	}

	menuAction(t, u.library.briefingMenu(u.current), "Duplicate")()
	u.wait()
	dup := u.current
	if dup.ID == orig.ID || dup.Name != "Port Alder strike (copy)" || !slices.Equal(dup.Articles, orig.Articles) ||
		u.page.Title != "Port Alder: the strike ends" {
		t.Errorf("duplicate %+v, page %q", dup, u.page.Title)
	}

	// Delete the original: the copy keeps the article; Undo brings it back.
	menuAction(t, u.library.briefingMenu(orig), "Delete")()
	u.wait()
	if slices.Contains(paneNames(u), "Port Alder strike") || !u.undoBtn.Visible() ||
		!strings.Contains(statusText(u), "Deleted “Port Alder strike”") {
		t.Fatalf("after delete: pane %q, status %q", paneNames(u), statusText(u))
	}
	if u.lib.Article(orig.Articles[0]) == nil {
		t.Error("the article the copy holds was deleted")
	}
	shortcut(u, &fyne.ShortcutUndo{})
	back, ok := u.lib.Briefing(orig.ID)
	if !ok || back.Title != "Port Alder: the strike ends" || u.bid != orig.ID || u.undoBtn.Visible() {
		t.Errorf("Undo: %+v, open %q", back, u.current.Name)
	}

	// Deleting the open briefing opens the next; deleting every one leaves
	// an empty pane that says what to do.
	for _, b := range u.lib.Briefings() {
		u.deleteBriefing(b.ID)
		u.wait()
	}
	if u.bid != "" || len(u.library.rows) != 0 || !u.library.empty.Visible() || u.win.Title() != "Briefing" {
		t.Errorf("after deleting all: open %q, %d rows", u.bid, len(u.library.rows))
	}
	// Loading files then makes a briefing for them.
	loadAndWait(u, testdata("ferry-fares.md"))
	if u.bid == "" || len(u.lib.Briefings()) != 1 || len(u.an.Sources) != 1 {
		t.Errorf("loading with no briefing: %q", paneNames(u))
	}
}

func TestSaveAndOpenABriefingFile(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"), testdata("ferry-fares.md"))
	u.setTitle("Islands and harbours")
	u.wait()
	q := u.page.Quotes[0]
	u.setPinned(q.Key(), true)
	u.wait()
	file := filepath.Join(t.TempDir(), library.FileName(u.current.Name))
	u.writeBriefingFile(u.bid, file)
	u.wait()
	if !strings.Contains(statusText(u), "Saved “") || len(u.lastErrors) != 0 {
		t.Fatalf("status %q, errors %v", statusText(u), u.lastErrors)
	}
	// Nothing of this machine's folders in the file.
	abs, _ := filepath.Abs(testdata("harbour-strike.txt"))
	if strings.Contains(unzipAll(t, file), filepath.Dir(abs)) {
		t.Error("the file holds the folder the articles came from")
	}

	// A colleague opens it: the same page, pins and all.
	v := newTestUI(t, "")
	v.openPaths([]string{file})
	v.wait()
	if v.current.Name != u.current.Name || v.page.Title != "Islands and harbours" || !v.lib.Options(v.bid).Pinned[q.Key()] {
		t.Fatalf("opened %q, page %q", v.current.Name, v.page.Title)
	}
	if !slices.Equal(pageKeys(v.page), pageKeys(u.page)) {
		t.Errorf("the page differs:\n%q\n%q", pageKeys(v.page), pageKeys(u.page))
	}
	// Opening it again (a second double-click) adds nothing.
	n, arts := len(v.lib.Briefings()), v.lib.Len()
	v.openPaths([]string{file})
	v.wait()
	if len(v.lib.Briefings()) != n || v.lib.Len() != arts || !strings.Contains(statusText(v), "already in your library") {
		t.Errorf("second open: %d briefings (was %d), status %q", len(v.lib.Briefings()), n, statusText(v))
	}

	// Damaged and newer files are refused with a message that names them.
	dir := t.TempDir()
	data, _ := os.ReadFile(file)
	cut := filepath.Join(dir, "cut.briefing")
	os.WriteFile(cut, data[:len(data)/2], 0o644)
	newer := filepath.Join(dir, "newer.briefing")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("mimetype")
	io.WriteString(w, library.MIMEType)
	w, _ = zw.Create("briefing.json")
	io.WriteString(w, `{"format":"briefing","version":5}`)
	zw.Close()
	os.WriteFile(newer, buf.Bytes(), 0o644)
	v.openPaths([]string{cut, newer})
	v.wait()
	if len(v.lastErrors) != 2 {
		t.Fatalf("errors %v", v.lastErrors)
	}
	if msg := v.lastErrors[0].Error(); !strings.Contains(msg, "cut.briefing") || !strings.Contains(msg, "not a Briefing file") {
		t.Errorf("damaged file: %q", msg)
	}
	if msg := v.lastErrors[1].Error(); !strings.Contains(msg, "newer.briefing") || !strings.Contains(msg, "newer version of Briefing") {
		t.Errorf("newer file: %q", msg)
	}
	if len(v.lib.Briefings()) != n {
		t.Error("a bad file added a briefing")
	}
}

func unzipAll(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var b strings.Builder
	for _, f := range zr.File {
		rc, _ := f.Open()
		io.Copy(&b, rc)
		rc.Close()
	}
	return b.String()
}

func TestWhatIsNewSinceTheLastExport(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	newMarks := func() []string {
		var keys []string
		for k, r := range u.briefing.rows {
			if ts, ok := r.text.Segments[0].(*widget.TextSegment); ok && ts.Text == "NEW  " {
				keys = append(keys, k)
			}
		}
		return keys
	}
	if m := newMarks(); len(m) != 0 {
		t.Errorf("before any export, %d items are marked new", len(m))
	}
	path := filepath.Join(t.TempDir(), "week.pdf")
	f, _ := os.Create(path)
	u.writePDF(u.bid, u.page, paperA4, path, f)
	u.wait()
	if u.current.Exported == nil || len(newMarks()) != 0 {
		t.Fatalf("after the export: %+v, new %q", u.current.Exported, newMarks())
	}
	onPage := pageKeys(u.page)
	if !strings.Contains(briefingMeta(u.current), "exported ") {
		t.Errorf("the pane does not say when it was exported: %q", briefingMeta(u.current))
	}

	loadAndWait(u, testdata("ferry-fares.md"))
	marked := newMarks()
	if len(marked) == 0 {
		t.Fatal("nothing is marked new after adding an article")
	}
	for _, k := range marked {
		if slices.Contains(onPage, k) {
			t.Errorf("%s was on the exported page but is marked new", k)
		}
	}
	for _, k := range pageKeys(u.page) {
		if !slices.Contains(onPage, k) && !slices.Contains(marked, k) {
			t.Errorf("%s is new since the export but not marked", k)
		}
	}
	if s := u.summary(u.buildTook); !strings.Contains(s, plural(len(marked), "new item", "new items")+" since the export of") {
		t.Errorf("summary %q does not count the %d new items", s, len(marked))
	}
	// The record survives a restart.
	u2 := newTestUI(t, u.lib.Dir())
	if u2.current.Exported == nil || !u2.current.IsNew(marked[0]) {
		t.Error("the export record was lost")
	}
}

func TestLibraryRowsSayWhereArticlesAreFrom(t *testing.T) {
	day := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	saved := dateLayout
	dateLayout = layoutForLocale("en_GB.UTF-8")
	defer func() { dateLayout = saved }()
	dateLayoutOnce.Do(func() {})
	for _, tc := range []struct {
		e    library.Entry
		want string
	}{
		{library.Entry{Site: "The Courier", Date: day, Words: 812}, "The Courier · 26 Nov 2026 · 812 words"},
		{library.Entry{Site: "  ", Byline: "", Words: 1805}, "1,805 words"},
		{library.Entry{Path: "https://www.example.com/news/1", Date: day, Words: 1}, "example.com · 26 Nov 2026 · 1 word"},
		{library.Entry{Path: "/home/alice/news/page.html", Words: 30}, "30 words"},
		{library.Entry{}, ""},
	} {
		got := entryMeta(tc.e)
		if got != tc.want {
			t.Errorf("entryMeta(%+v) = %q, want %q", tc.e, got, tc.want)
		}
		if strings.HasPrefix(got, "·") || strings.HasSuffix(got, "·") || strings.Contains(got, "· ·") || strings.Contains(got, "By") {
			t.Errorf("%q has a placeholder or a lone separator", got)
		}
	}
	for loc, want := range map[string]string{
		"en_US.UTF-8": "Nov 26, 2026", "en-US": "Nov 26, 2026", "en_GB.UTF-8": "26 Nov 2026", "de_DE": "26 Nov 2026",
		"fr_CA.UTF-8": "2026-11-26", "ja_JP.UTF-8": "2026-11-26", "sv_SE": "2026-11-26", "C": "26 Nov 2026", "": "26 Nov 2026",
	} {
		if got := day.Format(layoutForLocale(loc)); got != want {
			t.Errorf("date in %q = %q, want %q", loc, got, want)
		}
	}

	// The pane's rows show it.
	u := newTestUI(t, "")
	a, err := load.Text("Council approves harbour plan\n\nThe council approved the harbour plan on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	a.Site, a.Date = "Port Alder Gazette", day
	u.withTarget(func(bid string) { u.lib.Add(bid, a) })
	u.wait()
	u.articlesChanged()
	u.wait()
	r := newPaneRow(u.library)
	r.set(u.library.rows[articleRows(u)[0]], false, false)
	if got := r.meta.Segments[0].(*widget.TextSegment).Text; got != "Port Alder Gazette · 26 Nov 2026 · 8 words" {
		t.Errorf("row says %q", got)
	}
}

func TestASecondLaunchAndCommandsGoToTheOpenWindow(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	bid := u.bid
	abs, _ := filepath.Abs(testdata("ferry-fares.md"))
	// A second launch with a file: the reply comes at once, the file opens
	// in this window.
	rep := u.handleRequest(instance.Request{Open: []string{abs}})
	u.wait()
	if rep.Err() != nil || u.bid != bid || len(u.an.Sources) != 2 {
		t.Fatalf("second launch: %+v, %d sources", rep, len(u.an.Sources))
	}
	// A command adds to the open briefing: applied here, page rebuilt.
	c, err := load.Text("Pilots' union elects new chair\n\nThe pilots' association elected Graham Pell as its chair on Friday.")
	if err != nil {
		t.Fatal(err)
	}
	rep = u.handleRequest(instance.Request{Change: &library.Change{Op: library.OpAdd, Briefing: u.current.Name, Articles: []*brief.Article{c}}})
	u.wait()
	if rep.Err() != nil || rep.Outcome == nil || rep.Outcome.Added != 1 || len(u.an.Sources) != 3 || len(articleRows(u)) != 3 {
		t.Errorf("command's add: %+v, %d sources", rep, len(u.an.Sources))
	}
	// A command's new briefing appears in the pane; a taken name is
	// refused with the library's error.
	rep = u.handleRequest(instance.Request{Change: &library.Change{Op: library.OpNew, Briefing: "From the command line"}})
	u.wait()
	if rep.Err() != nil || !slices.Contains(paneNames(u), "From the command line") || u.bid != bid {
		t.Errorf("command's new: %+v, pane %q", rep, paneNames(u))
	}
	rep = u.handleRequest(instance.Request{Change: &library.Change{Op: library.OpNew, Briefing: "from the COMMAND line"}})
	if rep.Err() == nil || !strings.Contains(rep.Error, "another briefing has that name") {
		t.Errorf("taken name: %+v", rep)
	}
}

func TestPaperIsPerBriefing(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	a := u.bid
	u.setPaper(paperLetter)
	u.wait()
	u.createBriefing("Second", nil)
	u.wait()
	u.setPaper(paperA4)
	u.wait()
	u.openBriefing(a)
	u.wait()
	if u.paper != paperLetter || u.paperPick.Selected != string(paperLetter) {
		t.Errorf("back in the first briefing the paper is %v", u.paper)
	}
	if b, _ := u.lib.Find("Second"); b.Paper != paperA4 {
		t.Errorf("the second briefing's paper is %q", b.Paper)
	}
}
