package gui

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/brief/search"
)

// fakeAnalyze runs the engine for the sources and articles, then replaces
// its findings with items made by hand from the test articles, each citing
// the sentence it names: these tests check the app, not the extraction.
func fakeAnalyze(ctx context.Context, articles ...*brief.Article) (*brief.Analysis, error) {
	an, err := brief.AnalyzeContext(ctx, articles...)
	if err != nil {
		return nil, err
	}
	an.Actors, an.Quotes, an.Commitments, an.Disputes = nil, nil, nil, nil
	find := func(word string) (brief.Cite, string, bool) {
		for i, a := range an.Articles {
			for j := range a.Sentences {
				if s := a.SentenceText(j); strings.Contains(s, word) {
					return brief.Cite{Source: brief.SourceID(i), Sentence: j}, s, true
				}
			}
		}
		return brief.Cite{}, "", false
	}
	for _, name := range []string{"José Martínez", "Zoë Ångström", "Graham Pell", "Helen Moss"} {
		if c, _, ok := find(name); ok {
			an.Actors = append(an.Actors, brief.Actor{Name: name, Kind: brief.KindPerson, Mentions: 2, Acts: 2, Cites: []brief.Cite{c}})
		}
	}
	if c, s, ok := find("Nobody wanted the ships"); ok {
		an.Quotes = append(an.Quotes, brief.Quote{Text: strings.Trim(s[:strings.Index(s, ",")], "\""), Speaker: "José Martínez", Cites: []brief.Cite{c}})
	}
	if c, s, ok := find("The hard part is not signing"); ok {
		an.Quotes = append(an.Quotes, brief.Quote{Text: s, Speaker: "José Martínez", Cites: []brief.Cite{c}})
	}
	if c, s, ok := find("hire four more pilots"); ok {
		an.Actors = append(an.Actors, brief.Actor{Name: "port authority", Kind: brief.KindOrganization, Mentions: 3, Acts: 2, Cites: []brief.Cite{c}})
		an.Commitments = append(an.Commitments, brief.Commitment{Actor: "port authority", What: "to hire four more pilots", When: "by the end of the summer",
			Text: s, Strength: brief.Firm, Cites: []brief.Cite{c}})
	}
	if c, s, ok := find("The union rejected that account"); ok {
		an.Disputes = append(an.Disputes, brief.Dispute{Parties: []string{"Port Alder Pilots' Association", "port authority"}, Text: s, Cites: []brief.Cite{c}})
	}
	return an, nil
}

// testUI is the app under test. The functions its background work hands
// to the UI goroutine are queued and run by wait on the test's goroutine,
// one at a time, as the real driver runs them on its own.
type testUI struct {
	*ui
	t     *testing.T
	mu    sync.Mutex
	queue []func()
}

// wait runs the queued UI work until no background work is left.
func (u *testUI) wait() {
	u.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		u.mu.Lock()
		q := u.queue
		u.queue = nil
		u.mu.Unlock()
		for _, f := range q {
			f()
		}
		if len(q) == 0 {
			if u.busy.Load() == 0 {
				u.mu.Lock()
				n := len(u.queue)
				u.mu.Unlock()
				if n == 0 {
					return
				}
			}
			if time.Now().After(deadline) {
				u.t.Fatal("the app did not settle")
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// newTestUI opens the app on a library in dir (a new temporary one when
// dir is "") and waits until it has settled.
func newTestUI(t *testing.T, dir string) *testUI {
	t.Helper()
	a := test.NewTempApp(t)
	return newTestUIWithApp(t, a, dir)
}

func newTestUIWithApp(t *testing.T, a fyne.App, dir string) *testUI {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	w := a.NewWindow("Briefing")
	tu := &testUI{t: t}
	tu.ui = newUI(a, w, Options{LibraryDir: dir, Version: "9.9.9"})
	tu.post = func(f func()) {
		tu.mu.Lock()
		tu.queue = append(tu.queue, f)
		tu.mu.Unlock()
	}
	tu.analyze = fakeAnalyze
	w.Resize(fyne.NewSize(1280, 800))
	w.Show()
	tu.start(nil)
	tu.wait()
	t.Cleanup(func() {
		tu.wait()
		w.Close()
	})
	return tu
}

func testdata(name string) string { return filepath.Join("testdata", name) }

// loadAndWait loads files and waits for the briefing.
func loadAndWait(u *testUI, paths ...string) {
	u.loadPaths(paths)
	u.wait()
}

func TestFirstLaunchShowsTheSample(t *testing.T) {
	u := newTestUI(t, "")
	if u.lib == nil || u.lib.Len() != 1 || !u.current.Sample {
		t.Fatalf("library after first launch holds %v articles, want the sample in its briefing", u.lib.Len())
	}
	sample := u.lib.Articles(u.bid)[0]
	if u.page == nil || u.page.Title != sample.Title {
		t.Errorf("briefing title = %q, want the sample's %q", u.page.Title, sample.Title)
	}
	if u.source.article == nil || u.source.article.ID != sample.ID {
		t.Error("the source pane does not show the sample")
	}
	if u.briefing.titleText.Text != sample.Title {
		t.Errorf("title shown = %q", u.briefing.titleText.Text)
	}
	// The second launch does not add it again, even after the user deleted it.
	dir := u.lib.Dir()
	if _, err := u.lib.DeleteBriefing(u.bid); err != nil {
		t.Fatal(err)
	}
	u2 := newTestUI(t, dir)
	if u2.lib.Len() != 0 || len(u2.lib.Briefings()) != 0 {
		t.Errorf("the sample came back after being deleted")
	}
}

func TestSearchShowsGroupedHighlightedResults(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))

	test.Type(u.search.entry, "martinez")
	u.wait()
	if !u.search.view.Visible() || u.library.view.Visible() {
		t.Fatal("the results did not replace the library")
	}
	kinds := map[search.Kind]bool{}
	for _, r := range u.search.results {
		kinds[r.Kind] = true
	}
	if !kinds[search.Actors] || !kinds[search.Sentences] {
		t.Errorf("result kinds = %v, want the actor and the sentences naming him", kinds)
	}
	first := u.search.results[0]
	if first.Kind != search.Actors || first.Text != "José Martínez" {
		t.Errorf("first result = %q (%v), want the actor", first.Text, first.Kind)
	}
	// The matched letters are drawn in the match style, accents included.
	var matched strings.Builder
	for _, s := range u.search.rows[0].text.Segments {
		if t, ok := s.(*widget.TextSegment); ok && t.Style.ColorName == styleMatch.ColorName && t.Style.TextStyle.Bold {
			matched.WriteString(strings.TrimPrefix(t.Text, zwsp))
		}
	}
	if matched.String() != "Martínez" {
		t.Errorf("highlighted %q, want %q", matched.String(), "Martínez")
	}

	// Enter goes to the selected result: the actor in the briefing, its
	// sentence in the source.
	u.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	u.wait()
	if got := u.source.highlighted(); !strings.Contains(got, "José Martínez") {
		t.Errorf("source highlights %q, want the sentence naming the actor", got)
	}
	if key := (brief.Actor{Name: "José Martínez"}).Key(); u.briefing.selected != key || !u.briefing.rows[key].selected {
		t.Error("the actor is not selected in the briefing")
	}

	// Escape clears the search and brings the library back.
	u.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.search.entry.Text != "" || !u.library.view.Visible() || u.search.view.Visible() {
		t.Error("Escape did not clear the search")
	}

	// A query with no match says so.
	test.Type(u.search.entry, "qqqzzz")
	u.wait()
	if len(u.search.results) != 0 || u.search.header.Text != "No results" {
		t.Errorf("no-match query: %d results, header %q", len(u.search.results), u.search.header.Text)
	}
}

func TestClickingAnItemHighlightsItsSourceSentence(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))

	var q brief.Quote
	for _, x := range u.page.Quotes {
		if strings.Contains(x.Text, "The hard part") {
			q = x
		}
	}
	row := u.briefing.rows[q.Key()]
	if row == nil {
		t.Fatalf("the quote is not on the page: %+v", u.page.Quotes)
	}
	test.Tap(row)
	want := u.an.Article(q.Cite().Source).SentenceText(q.Cite().Sentence)
	if got := u.source.highlighted(); got != want {
		t.Errorf("source highlights %q, want %q", got, want)
	}
	// The row is rebuilt selected, with the whole sentence under the
	// quote's words: the page prints a clause, the click shows all.
	row = u.briefing.rows[q.Key()]
	if !row.selected {
		t.Error("the clicked row is not shown as selected")
	}
	if got := richText(row.text); !strings.Contains(got, want) {
		t.Errorf("the selected row does not show its sentence %q: %q", want, got)
	}
	// The sentence is near the end of a long article: the pane scrolled to it.
	if u.source.scrollOffset() <= 0 {
		t.Error("the source pane did not scroll to the sentence")
	}
	// Another item moves the highlight.
	d := u.page.Disputes[0]
	test.Tap(u.briefing.rows[d.Key()])
	if got := u.source.highlighted(); got != d.Text {
		t.Errorf("after the second click the source highlights %q, want %q", got, d.Text)
	}
	if u.briefing.rows[q.Key()].selected {
		t.Error("the first row is still selected")
	}
	if got := richText(u.briefing.rows[q.Key()].text); strings.Contains(got, want) {
		t.Error("the first row still shows its whole sentence")
	}
}

func TestPinRemoveAndRestore(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	c := u.page.Commitments[0]
	// The second button of a row removes the item.
	buttons := u.briefing.rows[c.Key()].actions.(*fyne.Container).Objects
	test.Tap(buttons[1].(*widget.Button))
	u.wait()
	if _, ok := u.briefing.rows[c.Key()]; ok || len(u.page.Commitments) != 0 {
		t.Fatal("the removed commitment is still on the page")
	}
	if !u.lib.Options(u.bid).Removed[c.Key()] {
		t.Error("the removal was not saved in the library")
	}
	u.restoreRemoved()
	u.wait()
	if _, ok := u.briefing.rows[c.Key()]; !ok {
		t.Error("restore did not bring the commitment back")
	}
	// The first button pins it.
	buttons = u.briefing.rows[c.Key()].actions.(*fyne.Container).Objects
	test.Tap(buttons[0].(*widget.Button))
	u.wait()
	buttons = u.briefing.rows[c.Key()].actions.(*fyne.Container).Objects
	if !u.lib.Options(u.bid).Pinned[c.Key()] || buttons[0].(*widget.Button).Icon != pinnedIcon {
		t.Error("the pin was not saved and shown")
	}
}

func TestTheScreenShowsWhatThePageHolds(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"), testdata("ferry-fares.md"))
	var shown []string
	for k := range u.briefing.rows {
		if !strings.HasPrefix(k, "line:") {
			shown = append(shown, k)
		}
	}
	want := pageKeys(u.page)
	slices.Sort(shown)
	slices.Sort(want)
	if !slices.Equal(shown, want) {
		t.Errorf("rows %v, page items %v", shown, want)
	}
	if u.page.Omitted > 0 && !u.briefing.showOmitted {
		found := false
		for _, o := range u.briefing.body.Objects {
			if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "+") {
				found = true
			}
		}
		if !found {
			t.Error("no line tells what did not fit")
		}
	}
}

func TestLoadingABadFileShowsOneErrorAndKeepsTheRest(t *testing.T) {
	u := newTestUI(t, "")
	dir := t.TempDir()
	bin := filepath.Join(dir, "scan.txt")
	os.WriteFile(bin, []byte{0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x00, 0x00}, 0o644)
	empty := filepath.Join(dir, "empty.md")
	os.WriteFile(empty, nil, 0o644)
	pdf := filepath.Join(dir, "report.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.4"), 0o644)
	missing := filepath.Join(dir, "gone.txt")

	loadAndWait(u, bin, testdata("harbour-strike.txt"), empty, pdf, missing, testdata("ferry-fares.md"))

	if got := u.lib.Len(); got != 3 { // the sample and the two good articles
		t.Errorf("library holds %d articles, want 3", got)
	}
	if len(u.lastErrors) != 4 {
		t.Fatalf("errors shown: %v, want one for each of the 4 bad files", u.lastErrors)
	}
	for i, name := range []string{"scan.txt", "empty.md", "report.pdf", "gone.txt"} {
		if !strings.Contains(u.lastErrors[i].Error(), name) {
			t.Errorf("error %d = %q, want it to name %s", i, u.lastErrors[i], name)
		}
	}
	// One dialog, not four.
	if n := len(u.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open, want 1", n)
	}
	if len(u.an.Sources) != 2 {
		t.Errorf("briefing made from %d sources, want the 2 good files (the sample apart)", len(u.an.Sources))
	}
}

func TestLoadingAFolderAddsItsArticles(t *testing.T) {
	u := newTestUI(t, "")
	dir := t.TempDir()
	for _, n := range []string{"harbour-strike.txt", "ferry-fares.md"} {
		data, _ := os.ReadFile(testdata(n))
		os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
		os.WriteFile(filepath.Join(dir, "sub", n), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "notes.docx"), []byte("x"), 0o644)
	loadAndWait(u, dir)
	if got := u.lib.Len(); got != 3 || len(u.lastErrors) != 0 {
		t.Errorf("library holds %d, errors %v", got, u.lastErrors)
	}
	// Loading again adds nothing: the articles are already there.
	loadAndWait(u, dir)
	if got := u.lib.Len(); got != 3 {
		t.Errorf("after loading twice the library holds %d", got)
	}
}

func TestPasteAddsAnArticle(t *testing.T) {
	u := newTestUI(t, "")
	data, _ := os.ReadFile(testdata("ferry-fares.md"))
	u.app.Clipboard().SetContent(strings.TrimPrefix(string(data), "# "))
	u.pasteArticle()
	u.wait()
	if u.lib.Len() != 2 || u.lib.Entries(u.bid)[0].Title != "Island ferry fares frozen until next summer" {
		t.Errorf("library after paste: %+v", u.lib.Entries(u.bid))
	}
	u.app.Clipboard().SetContent("   ")
	u.pasteArticle()
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), "clipboard") {
		t.Errorf("pasting nothing: %v", u.lastErrors)
	}
}

func TestExportWritesAOnePagePDF(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	name := pdfFileName(u.page)
	if !strings.HasSuffix(name, ".pdf") || strings.ContainsAny(name, `/\`) {
		t.Errorf("file name %q", name)
	}
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	u.writePDF(u.bid, u.page, paperLetter, path, f)
	u.wait()
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v %q", err, data[:min(len(data), 16)])
	}
	if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(data, -1)); n != 1 {
		t.Errorf("the PDF has %d pages, want 1", n)
	}
	if len(u.lastErrors) != 0 {
		t.Errorf("errors: %v", u.lastErrors)
	}
	if top := u.win.Canvas().Overlays().Top(); top == nil {
		t.Error("no confirmation after the export")
	}
	// The PDF prints what the pane shows: every actor on the screen is in it.
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Log("pdftotext is not installed: the PDF's text is not checked")
		return
	}
	out, err := exec.Command(pdftotext, path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	if !strings.Contains(text, u.page.Title) {
		t.Errorf("the PDF does not hold the title %q", u.page.Title)
	}
	for _, a := range u.page.Actors {
		if _, ok := u.briefing.rows[a.Key()]; !ok {
			t.Errorf("actor %q is on the page but not on the screen", a.Name)
		}
		if !strings.Contains(text, a.Name) {
			t.Errorf("actor %q is on the screen but not in the PDF", a.Name)
		}
	}
}

func TestLibrarySurvivesARestart(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	u := newTestUIWithApp(t, a, dir)
	loadAndWait(u, testdata("harbour-strike.txt"))
	q := u.page.Quotes[0]
	u.setPinned(q.Key(), true)
	u.wait()
	u.setTitle("Port Alder strike: the deal")
	u.wait()
	u.setPaper(paperLetter)
	u.wait()

	u2 := newTestUIWithApp(t, a, dir)
	if u2.lib.Len() != 2 {
		t.Errorf("after restart the library holds %d articles, want 2", u2.lib.Len())
	}
	if u2.page.Title != "Port Alder strike: the deal" || u2.briefing.titleText.Text != u2.page.Title {
		t.Errorf("title after restart = %q", u2.page.Title)
	}
	if !u2.lib.Options(u2.bid).Pinned[q.Key()] {
		t.Error("the pin was lost")
	}
	if u2.paper != paperLetter || u2.paperPick.Selected != string(paperLetter) {
		t.Errorf("paper after restart = %v", u2.paper)
	}
}

func TestACorruptLibraryIsMovedAsideAndReported(t *testing.T) {
	dir := t.TempDir()
	u := newTestUI(t, dir)
	loadAndWait(u, testdata("ferry-fares.md"))
	if err := os.WriteFile(filepath.Join(dir, "library.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}

	u2 := newTestUI(t, dir)
	var lerr *library.Error
	if len(u2.lastErrors) != 1 || !errors.As(u2.lastErrors[0], &lerr) {
		t.Fatalf("errors shown: %v, want the library's", u2.lastErrors)
	}
	if _, err := os.Stat(lerr.Problems[0].MovedTo); err != nil {
		t.Errorf("the damaged index was not kept: %v", err)
	}
	if u2.win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog reports the damage")
	}
	// The articles were recovered from their own files.
	if u2.lib.Len() != 2 {
		t.Errorf("recovered %d articles, want 2", u2.lib.Len())
	}
}

func TestShortcutFocusesSearch(t *testing.T) {
	u := newTestUI(t, "")
	c := u.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	c.TypedShortcut(scFind)
	if u.win.Canvas().Focused() != u.search.entry {
		t.Error("Ctrl+F did not focus the search box")
	}
}

func TestHighlightSegsAndWindow(t *testing.T) {
	segs := highlightSegs([]rune("Zoë Ångström"), []int{4, 5, 6})
	var got []string
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		got = append(got, ts.Text)
	}
	if !slices.Equal(got, []string{"Zoë ", "Ång", "ström"}) {
		t.Errorf("segments %q", got)
	}
	long := []rune(strings.Repeat("word ", 100) + "Martínez" + strings.Repeat(" word", 100))
	idx := []int{500, 501, 502}
	text, m := window(long, idx, 150)
	if len(text) > 152 || string(text[m[0]:m[2]+1]) != "Mar" || m[0] > 20 {
		t.Errorf("window lost the match: %q %v", string(text), m)
	}
	// A short text with the match at its end still starts near the match.
	quote := []rune("“This is not another deal where the ore leaves” — Amara Okafor")
	text, m = window(quote, []int{56, 57, 58}, 150)
	if m[0] > 20 || string(text[m[0]:m[2]+1]) != "Oka" {
		t.Errorf("short text: %q %v", string(text), m)
	}
}

func TestFilePickerOpensSeveralFiles(t *testing.T) {
	u := newTestUI(t, "")
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "news"), 0o755)
	for _, n := range []string{"harbour-strike.txt", "ferry-fares.md"} {
		data, _ := os.ReadFile(testdata(n))
		os.WriteFile(filepath.Join(dir, "news", n), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "news", "budget.xlsx"), []byte("x"), 0o644)

	var opened []string
	fp := newFilePicker(u.ui, dir, func(files []string) { opened = files })
	fp.show()
	names := func() []string {
		var out []string
		for _, e := range fp.entries {
			out = append(out, e.name)
		}
		return out
	}
	if got := names(); !slices.Equal(got, []string{"..", "news"}) {
		t.Fatalf("entries %q", got)
	}
	fp.onSelected(1) // into news/
	if got := names(); !slices.Equal(got, []string{"..", "ferry-fares.md", "harbour-strike.txt"}) {
		t.Fatalf("entries in news/ %q: want the article files only", got)
	}
	if !fp.openBtn.Disabled() {
		t.Error("Open is enabled with nothing selected")
	}
	fp.onSelected(1)
	fp.onSelected(2)
	fp.onSelected(2) // a second click deselects
	fp.onSelected(2)
	if fp.openBtn.Text != "Open 2 files" {
		t.Errorf("button says %q", fp.openBtn.Text)
	}
	test.Tap(fp.openBtn)
	want := []string{filepath.Join(dir, "news", "ferry-fares.md"), filepath.Join(dir, "news", "harbour-strike.txt")}
	if !slices.Equal(opened, want) {
		t.Errorf("opened %q, want %q", opened, want)
	}
}

func TestDroppedFilesAreLoaded(t *testing.T) {
	u := newTestUI(t, "")
	abs, _ := filepath.Abs(testdata("ferry-fares.md"))
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(abs)})
	u.wait()
	if u.lib.Len() != 2 || u.source.article == nil || u.source.article.Title != "Island ferry fares frozen until next summer" {
		t.Errorf("after the drop: %d articles, source shows %v", u.lib.Len(), u.source.article)
	}
}

func TestWindowSizeIsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUIWithApp(t, a, "")
	u.win.Resize(fyne.NewSize(1111, 666))
	u.savePrefs()
	if got := windowSizePref(a.Preferences()); got != fyne.NewSize(1111, 666) {
		t.Errorf("remembered %v", got)
	}
	u.outerSplit.Offset = 0.3
	u.savePrefs()
	u2 := newTestUIWithApp(t, a, "")
	if u2.outerSplit.Offset != 0.3 {
		t.Errorf("split offset %v after restart", u2.outerSplit.Offset)
	}
}

func TestWrapSafeKeepsASegmentWhole(t *testing.T) {
	test.NewTempApp(t)
	first := "The port authority rejected claims"
	width := fyne.MeasureText(first, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + 1
	height := func(segs ...widget.RichTextSegment) float32 {
		rt := widget.NewRichText(segs...)
		rt.Wrapping = fyne.TextWrapWord
		w := test.NewWindow(rt)
		defer w.Close()
		w.Resize(fyne.NewSize(width+2*theme.Padding(), 400))
		rt.Resize(fyne.NewSize(width, rt.MinSize().Height))
		return rt.MinSize().Height
	}
	line := height(seg(first, widget.RichTextStyleParagraph))
	// One pixel is left after the first segment: the cite must go to the next
	// line whole, not one character per line.
	got := height(wrapSafe([]widget.RichTextSegment{seg(first, styleInline), seg("  [S1:12]", styleCite)})...)
	if got > 2.5*line {
		t.Errorf("two segments take %.0f px, %.1f lines", got, got/line)
	}
	if raw := height(seg(first, styleInline), seg("  [S1:12]", styleCite)); raw > 2.5*line {
		t.Logf("without wrapSafe they take %.1f lines (the Fyne bug it works around)", raw/line)
	}
}

func TestCutLineEndsInAnEllipsis(t *testing.T) {
	// One unit per character.
	measure := func(s string, _ widget.RichTextStyle) float32 { return float32(len([]rune(s))) }
	line := []*widget.TextSegment{seg("Amara ", styleInline), seg("Okaf", styleMatch), seg("or (Ms Okafor, Foreign Minister)", styleInline)}
	text := func(segs []widget.RichTextSegment) string {
		var b strings.Builder
		for _, s := range segs {
			b.WriteString(s.(*widget.TextSegment).Text)
		}
		return b.String()
	}
	if got := text(cutLine(line, 100, measure)); got != "Amara Okafor (Ms Okafor, Foreign Minister)" {
		t.Errorf("a line that fits was changed: %q", got)
	}
	got := cutLine(line, 16, measure)
	if s := text(got); s != "Amara Okafor (M…" {
		t.Errorf("cut to 16: %q, want %q", s, "Amara Okafor (M…")
	}
	if m := got[1].(*widget.TextSegment); m.Style != styleMatch || m.Text != "Okaf" {
		t.Errorf("the matched letters lost their style: %+v", m)
	}
	if last := got[len(got)-1].(*widget.TextSegment); last.Style.Inline {
		t.Error("the last segment must end the paragraph")
	}
	// Cut inside the highlighted letters: they keep their style up to the cut.
	got = cutLine(line, 9, measure)
	if s := text(got); s != "Amara Ok…" || len(got) != 2 {
		t.Errorf("cut to 9: %q in %d segments", s, len(got))
	}
	// The originals are untouched.
	if line[2].Text != "or (Ms Okafor, Foreign Minister)" || !line[0].Style.Inline {
		t.Error("cutLine changed the full line")
	}
}

func TestNarrowSearchResultsEndInAnEllipsis(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	u.outerSplit.SetOffset(0.15)
	test.Type(u.search.entry, "port")
	u.wait()
	cut := 0
	for _, r := range u.search.rows {
		segs := r.text.Segments
		last := segs[len(segs)-1].(*widget.TextSegment)
		if strings.HasSuffix(last.Text, "…") {
			cut++
		}
		var shown float32
		for _, s := range segs {
			t := s.(*widget.TextSegment)
			shown += fyne.MeasureText(t.Text, theme.TextSize(), t.Style.TextStyle).Width
		}
		if shown > r.Size().Width {
			t.Errorf("row text is %.0f px wide in a %.0f px row", shown, r.Size().Width)
		}
	}
	if cut == 0 {
		t.Error("no result was cut with an ellipsis in a narrow pane")
	}
	// Clearing the search puts the briefing's summary back in the status bar.
	u.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got := u.status.Segments[0].(*widget.TextSegment).Text; !strings.Contains(got, "briefing built in") {
		t.Errorf("status after clearing the search = %q", got)
	}
}

// richText is the text of a rich text's segments.
func richText(rt *widget.RichText) string {
	var b strings.Builder
	for _, s := range rt.Segments {
		if t, ok := s.(*widget.TextSegment); ok {
			b.WriteString(strings.ReplaceAll(t.Text, zwsp, ""))
		}
	}
	return b.String()
}
