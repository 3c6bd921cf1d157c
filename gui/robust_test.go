package gui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
)

// waitTimed is wait that also times each piece of work the UI goroutine
// runs, and returns the longest: how long the window would stop answering.
func (u *testUI) waitTimed() time.Duration {
	u.t.Helper()
	longest := time.Duration(0)
	deadline := time.Now().Add(60 * time.Second)
	for {
		u.mu.Lock()
		q := u.queue
		u.queue = nil
		u.mu.Unlock()
		for _, f := range q {
			start := time.Now()
			f()
			longest = max(longest, time.Since(start))
		}
		if len(q) == 0 {
			u.mu.Lock()
			n := len(u.queue)
			u.mu.Unlock()
			if u.busy.Load() == 0 && n == 0 {
				return longest
			}
			if time.Now().After(deadline) {
				u.t.Fatal("the app did not settle")
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// storySentences writes n bytes of the sentences of the test articles, one
// after another without a paragraph break.
func storySentences(t *testing.T, n int) string {
	t.Helper()
	var sb strings.Builder
	for _, f := range []string{"harbour-strike.txt", "ferry-fares.md"} {
		data, err := os.ReadFile(testdata(f))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(strings.TrimPrefix(line, "# ")); strings.HasSuffix(line, ".") {
				sb.WriteString(line + " ")
			}
		}
	}
	return strings.TrimSpace(strings.Repeat(sb.String(), n/sb.Len()+1))
}

// TestHugeArticlesDoNotBlockTheWindow loads an article whose one paragraph
// is a megabyte and a page whose title is a megabyte, as the 19 KB
// paragraph once froze the window for seconds and the 200 KB title for
// half a minute. The longest piece of work the UI goroutine does for them
// is compared with the longest it does for an ordinary article: laying out
// the whole text, which it did, costs hundreds of times more; showing the
// rows in view costs about the same.
func TestHugeArticlesDoNotBlockTheWindow(t *testing.T) {
	u := newTestUI(t, "")
	u.loadPaths([]string{testdata("harbour-strike.txt")})
	normal := u.waitTimed()

	dir := t.TempDir()
	para := filepath.Join(dir, "one-paragraph.txt")
	if err := os.WriteFile(para, []byte("Harbour talks\n\n"+storySentences(t, 1<<20)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "title.html")
	html := "<html><head><title>" + strings.Repeat("Huge title words ", (1<<20)/17) + "</title></head><body><article><p>" +
		storySentences(t, 3000) + "</p></article></body></html>"
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	u.loadPaths([]string{para, page})
	huge := u.waitTimed()
	t.Logf("longest UI step: %v for an ordinary article, %v for the huge ones", normal.Round(time.Millisecond), huge.Round(time.Millisecond))
	if huge > 10*normal+200*time.Millisecond {
		t.Errorf("the UI goroutine worked %v at a stretch for the huge articles, %v for an ordinary one", huge, normal)
	}
	if u.lib.Len() != 4 || len(u.lastErrors) != 0 {
		t.Fatalf("library holds %d articles, errors %v", u.lib.Len(), u.lastErrors)
	}

	// The 1 MB title is cut, on the source pane's title too.
	longID := ""
	for _, e := range u.lib.Entries(u.bid) {
		if n := utf8.RuneCountInString(e.Title); n > brief.MaxMeta {
			t.Errorf("a title of %d characters is in the library", n)
		}
		if strings.HasPrefix(e.Title, "Harbour talks") {
			longID = e.ID
		}
	}

	// The paragraph shows as a list of rows, of which only those in view
	// are drawn.
	a, src := u.source.analysed(longID)
	if a == nil || !strings.HasPrefix(a.Title, "Harbour talks") {
		t.Fatalf("the long article is not in the analysis: %v", a)
	}
	u.source.showArticle(a.ID, -1)
	if rows := len(u.source.rows); rows < (1<<20)/rowBytes {
		t.Errorf("a 1 MB paragraph is shown as %d rows", rows)
	}
	if drawn := len(u.source.shown); drawn == 0 || drawn > 50 {
		t.Errorf("%d rows were drawn for a pane %v high", drawn, u.source.list.Size().Height)
	}

	// A sentence deep down: clicking its item scrolls the list to it, and
	// it is drawn in bold on a tinted paragraph.
	deep := len(a.Sentences) * 2 / 3
	u.source.showCite(brief.Cite{Source: src, Sentence: deep})
	u.wait()
	if got, want := u.source.highlighted(), a.SentenceText(deep); got != want {
		t.Errorf("the source highlights %q, want %q", got, want)
	}
	w := u.source.shown[u.source.rowOf(deep)]
	if w == nil || w.bg.FillColor == nil {
		t.Error("the highlighted sentence's row is not drawn on a tinted background")
	}
	if u.source.scrollOffset() <= 0 {
		t.Error("the list did not scroll to the sentence")
	}
	// The row stands in the pane's view.
	y := float32(0)
	for k := range u.source.rowOf(deep) {
		y += u.source.heights[k] + 4
	}
	if off, h := u.source.scrollOffset(), u.source.list.Size().Height; y < off-h || y > off+h {
		t.Errorf("the sentence's row is at %v, the view at %v (%v high)", y, off, h)
	}
}

// TestSourceRowsKeepParagraphs: ordinary paragraphs are a row each; a long
// one is cut between its sentences, every row within rowBytes unless a
// single sentence is longer.
func TestSourceRowsKeepParagraphs(t *testing.T) {
	text := "Short first paragraph.\n\n" + storySentences(t, 3*rowBytes) + "\n\nShort last paragraph."
	a := brief.NewArticle("T", text)
	rows := sourceRows(a)
	if rows[0].para != 0 || rows[len(rows)-1].para != len(a.Paragraphs)-1 || len(rows) < 5 {
		t.Fatalf("rows %+v", rows)
	}
	next := 0
	for i, r := range rows {
		if r.first != next {
			t.Errorf("row %d starts at sentence %d, want %d", i, r.first, next)
		}
		next = r.first + r.count
		if r.end-r.start > rowBytes && r.count > 1 {
			t.Errorf("row %d holds %d bytes in %d sentences", i, r.end-r.start, r.count)
		}
		if a.Sentences[r.first].Para != r.para {
			t.Errorf("row %d is not in its paragraph", i)
		}
	}
	if next != len(a.Sentences) {
		t.Errorf("the rows hold %d sentences of %d", next, len(a.Sentences))
	}
}

// TestCancelWhileReading: Cancel in the loading dialog stops the reading
// and leaves the library and the briefing as they were.
func TestCancelWhileReading(t *testing.T) {
	u := newTestUI(t, "")
	openNewBriefing(u, "Council")
	before := u.an
	dir := t.TempDir()
	for i := range 60 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%02d.txt", i)),
			[]byte(fmt.Sprintf("Story %d\n\nThe council met on Monday, meeting %d of the year, and agreed the budget.\n", i, i)), 0o644)
	}
	u.loadPaths([]string{dir})
	if len(u.loads) != 1 || len(u.win.Canvas().Overlays().List()) != 1 {
		t.Fatal("no loading dialog")
	}
	test.Tap(cancelButton(t, u.loads[0]))
	u.wait()
	if u.lib.Len() != 1 || u.an != before {
		t.Errorf("after Cancel the library holds %d articles (want the sample alone), briefing changed: %v", u.lib.Len(), u.an != before)
	}
	if got := u.status.Segments[0].(*widget.TextSegment).Text; got != "Loading cancelled: nothing was added." {
		t.Errorf("status %q", got)
	}
	if n := len(u.win.Canvas().Overlays().List()); n != 0 || len(u.loads) != 0 {
		t.Errorf("%d dialogs and %d loads left", n, len(u.loads))
	}
}

// TestCancelWhileBuilding: Cancel while the briefing of the new articles
// is built stops the analysis through its context, takes the articles out
// again, and brings back the briefing from before without analysing it
// again.
func TestCancelWhileBuilding(t *testing.T) {
	u := newTestUI(t, "")
	openNewBriefing(u, "Harbour")
	before := u.an
	stopped := make(chan struct{})
	u.analyze = func(ctx context.Context, arts ...*brief.Article) (*brief.Analysis, error) {
		if len(arts) > 0 { // the briefing with the new article: runs until called off
			<-ctx.Done()
			close(stopped)
			return nil, ctx.Err()
		}
		return fakeAnalyze(ctx, arts...)
	}
	u.loadPaths([]string{testdata("harbour-strike.txt")})
	op := u.loads[0]
	for deadline := time.Now().Add(20 * time.Second); op.phase != phaseBuilding; {
		u.mu.Lock()
		q := u.queue
		u.queue = nil
		u.mu.Unlock()
		for _, f := range q {
			f()
		}
		if time.Now().After(deadline) {
			t.Fatal("the load did not get to the briefing")
		}
		time.Sleep(time.Millisecond)
	}
	if !strings.HasPrefix(op.label.Text, "Building the briefing") || len(u.win.Canvas().Overlays().List()) != 1 {
		t.Errorf("the dialog says %q", op.label.Text)
	}
	test.Tap(cancelButton(t, op))
	u.wait()
	select {
	case <-stopped:
	default:
		t.Error("the analysis was not called off")
	}
	if u.lib.Len() != 1 || u.an != before {
		t.Errorf("library holds %d articles, the briefing from before is back: %v", u.lib.Len(), u.an == before)
	}
	if n := len(u.win.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d dialogs left", n)
	}
}

// TestQuitCallsOffTheWork: quitting cancels the app's context, and an
// analysis in progress stops.
func TestQuitCallsOffTheWork(t *testing.T) {
	u := newTestUI(t, "")
	started, stopped := make(chan struct{}), make(chan struct{})
	u.analyze = func(ctx context.Context, arts ...*brief.Article) (*brief.Analysis, error) {
		close(started)
		<-ctx.Done()
		close(stopped)
		return nil, ctx.Err()
	}
	u.articlesChanged()
	<-started
	u.quit()
	select {
	case <-stopped:
	case <-time.After(2 * time.Second):
		t.Fatal("the analysis went on after quitting")
	}
	u.wait()
}

// TestManyIdenticalFailuresOneLine: 300 files that fail for the same
// reason are one line of the error dialog, with the count.
func TestManyIdenticalFailuresOneLine(t *testing.T) {
	u := newTestUI(t, "")
	dir := t.TempDir()
	for i := range 300 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("scan-%03d.txt", i)), []byte{0, 1, 2, 0xff, 0, 0x10}, 0o644)
	}
	loadAndWait(u, dir, testdata("harbour-strike.txt"))
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), "cannot read 300 files: it is a binary file") {
		t.Errorf("errors shown: %d, first %v", len(u.lastErrors), u.lastErrors[0])
	}
	if u.lib.Len() != 2 {
		t.Errorf("the good article was not added: %d articles", u.lib.Len())
	}
}

// openNewBriefing makes an empty briefing and opens it: the articles
// loaded next go into it (while the sample is open they would go into a
// briefing the load makes).
func openNewBriefing(u *testUI, name string) {
	u.t.Helper()
	b, err := u.lib.NewBriefing(name, nil)
	if err != nil {
		u.t.Fatal(err)
	}
	u.library.refresh()
	u.openBriefing(b.ID)
	u.wait()
}

// cancelButton finds the Cancel button of a load's dialog.
func cancelButton(t *testing.T, op *loadOp) *widget.Button {
	t.Helper()
	var found *widget.Button
	for _, o := range test.LaidOutObjects(op.u.win.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Cancel" {
			found = b
		}
	}
	if found == nil {
		t.Fatal("the loading dialog has no Cancel button")
	}
	return found
}

// TestCancelBringsTheSampleBack: articles loaded while the sample is open
// go into a briefing the load makes; Cancel, while reading or while
// building, takes that briefing away again and the sample is shown.
func TestCancelBringsTheSampleBack(t *testing.T) {
	for _, building := range []bool{false, true} {
		u := newTestUI(t, "")
		sample := u.bid
		if building {
			u.analyze = func(ctx context.Context, arts ...*brief.Article) (*brief.Analysis, error) {
				if len(arts) > 0 && arts[0].Path != library.SamplePath {
					<-ctx.Done()
					return nil, ctx.Err()
				}
				return fakeAnalyze(ctx, arts...)
			}
			u.loadPaths([]string{testdata("harbour-strike.txt")})
		} else {
			dir := t.TempDir()
			for i := range 60 {
				os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%02d.txt", i)),
					[]byte(fmt.Sprintf("Story %d\n\nThe council met on Monday, meeting %d of the year, and agreed the budget.\n", i, i)), 0o644)
			}
			u.loadPaths([]string{dir})
		}
		// The briefing is made first, then the load starts.
		for deadline := time.Now().Add(20 * time.Second); len(u.loads) == 0 || (building && u.loads[0].phase != phaseBuilding); {
			u.mu.Lock()
			q := u.queue
			u.queue = nil
			u.mu.Unlock()
			for _, f := range q {
				f()
			}
			if time.Now().After(deadline) {
				t.Fatal("the load did not start")
			}
			time.Sleep(time.Millisecond)
		}
		if u.bid == sample || len(u.lib.Briefings()) != 2 {
			t.Fatalf("building %v: the load did not make a briefing of its own", building)
		}
		test.Tap(cancelButton(t, u.loads[0]))
		u.wait()
		if u.bid != sample || !u.current.Sample || len(u.lib.Briefings()) != 1 || u.lib.Len() != 1 {
			t.Errorf("building %v: after Cancel the open briefing is %q (sample %v), %d briefings, %d articles",
				building, u.current.Name, u.current.Sample, len(u.lib.Briefings()), u.lib.Len())
		}
	}
}
