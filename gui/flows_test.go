package gui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
)

// The flows of the window a user goes through with dialogs: exporting the
// PDF, renaming, moving and removing articles in the library pane, opening
// a web page; and what the user meets when the engine fails.

// overlay returns the objects of the topmost dialog, or nil.
func overlay(u *testUI) []fyne.CanvasObject {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	return test.LaidOutObjects(top)
}

// dialogButton finds the button labelled text in the topmost dialog.
func dialogButton(t *testing.T, u *testUI, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	for _, o := range overlay(u) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	}
	if found == nil {
		t.Fatalf("the dialog has no button %q; it says: %s", text, dialogText(u))
	}
	return found
}

// dialogEntry finds the one entry of the topmost dialog.
func dialogEntry(t *testing.T, u *testUI) *widget.Entry {
	t.Helper()
	var found []*widget.Entry
	for _, o := range overlay(u) {
		if e, ok := o.(*widget.Entry); ok && e.Visible() {
			found = append(found, e)
		}
	}
	if len(found) != 1 {
		t.Fatalf("the dialog has %d entries, want 1", len(found))
	}
	return found[0]
}

// dialogText is what the topmost dialog says.
func dialogText(u *testUI) string {
	var parts []string
	for _, o := range overlay(u) {
		switch x := o.(type) {
		case *canvas.Text:
			parts = append(parts, x.Text)
		case *widget.Label:
			parts = append(parts, x.Text)
		}
	}
	return strings.Join(parts, " | ")
}

func TestExportDialogSavesThePDFWhereTheUserChose(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir) // the first export starts in the home folder
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))

	// Cancel: nothing is written or recorded.
	u.exportPDF()
	if got := dialogEntry(t, u).Text; got != pdfFileName(u.page) {
		t.Errorf("the dialog proposes %q, want %q", got, pdfFileName(u.page))
	}
	test.Tap(dialogButton(t, u, "Cancel"))
	u.wait()
	if files, _ := os.ReadDir(dir); len(files) != 0 || u.current.Exported != nil || len(u.lastErrors) != 0 {
		t.Fatalf("after Cancel: %d files, exported %v, errors %v", len(files), u.current.Exported, u.lastErrors)
	}

	// Export: the PDF where the dialog was, the folder remembered, the
	// page's items recorded, a confirmation that offers to open it.
	if got := u.prefs.String(keyExportFolder); got != "" {
		t.Fatalf("an export folder before any export: %q", got)
	}
	u.exportPDF()
	entry := dialogEntry(t, u)
	entry.SetText("pilots.pdf")
	test.Tap(dialogButton(t, u, "Export"))
	u.wait()
	path := filepath.Join(dir, "pilots.pdf")
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF at %s: %v", path, err)
	}
	if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(data, -1)); n != 1 {
		t.Errorf("the PDF has %d pages", n)
	}
	if got := dialogText(u); !strings.Contains(got, "PDF exported") || !strings.Contains(got, path) || !strings.Contains(got, "one-page") {
		t.Errorf("the confirmation says %q", got)
	}
	dialogButton(t, u, "Open PDF")
	if statusText(u) != "Exported "+path {
		t.Errorf("status %q", statusText(u))
	}
	if b, _ := u.lib.Briefing(u.bid); b.Exported == nil || len(b.Exported.Keys) == 0 || !u.current.IsNew("no such item") {
		t.Errorf("the export was not recorded: %+v", b.Exported)
	}
	if got := u.prefs.String(keyExportFolder); got != dir {
		t.Errorf("the export folder remembered is %q", got)
	}
	test.Tap(dialogButton(t, u, "Close"))

	// A folder that is gone by the time Export is pressed.
	gone := filepath.Join(t.TempDir(), "gone")
	os.Mkdir(gone, 0o755)
	u.prefs.SetString(keyExportFolder, gone)
	u.exportPDF()
	os.Remove(gone)
	test.Tap(dialogButton(t, u, "Export"))
	u.wait()
	if len(u.lastErrors) != 1 || !strings.HasPrefix(u.lastErrors[0].Error(), "cannot save the PDF: ") || !strings.Contains(u.lastErrors[0].Error(), "does not exist") {
		t.Errorf("export into a folder that is gone: %v", u.lastErrors)
	}
}

// failingFile is a file on a full disk.
type failingFile struct{ closed bool }

func (f *failingFile) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/media/stick/pilots.pdf", Err: syscall.ENOSPC}
}
func (f *failingFile) Close() error { f.closed = true; return nil }

func TestExportThatFailsSaysWhy(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	f := &failingFile{}
	u.writePDF(u.bid, u.page, paperA4, "/media/stick/pilots.pdf", f)
	u.wait()
	if len(u.lastErrors) != 1 || u.lastErrors[0].Error() != "cannot write pilots.pdf: the disk is full" {
		t.Errorf("errors %v", u.lastErrors)
	}
	if !f.closed || statusText(u) != "The PDF could not be written." || u.current.Exported != nil {
		t.Errorf("closed %v, status %q, recorded %v", f.closed, statusText(u), u.current.Exported)
	}
	if strings.Contains(dialogText(u), "PDF exported") {
		t.Error("a failed export was confirmed")
	}

	// The briefing was deleted while its PDF was written: the PDF is
	// there, and the message says what could not be recorded.
	b := u.current
	page := u.page
	if _, err := u.lib.DeleteBriefing(b.ID); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "pilots.pdf")
	out, _ := os.Create(path)
	u.writePDF(b.ID, page, paperA4, path, out)
	u.wait()
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("the PDF was not written: %v", err)
	}
	if len(u.lastErrors) != 1 || !strings.HasPrefix(u.lastErrors[0].Error(), "the PDF was written, but ") {
		t.Errorf("errors %v", u.lastErrors)
	}

	// With nothing to export, no dialog: a message.
	u = newTestUI(t, "")
	u.deleteBriefing(u.bid)
	u.wait()
	u.exportPDF()
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), "nothing to export") {
		t.Errorf("export of nothing: %v", u.lastErrors)
	}
}

func TestExportStartsInTheLastFolderOrDocuments(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	u := newTestUI(t, "")
	path := func() string {
		dir := u.saveDir()
		if l := lister(dir); l == nil || l.Path() != dir {
			t.Errorf("the app's own dialog cannot start in %q", dir)
		}
		return dir
	}
	if got := path(); got != home {
		t.Errorf("no Documents: starts in %q, want the home folder", got)
	}
	docs := filepath.Join(home, "Documents")
	os.Mkdir(docs, 0o755)
	if got := path(); got != docs {
		t.Errorf("starts in %q, want Documents", got)
	}
	last := t.TempDir()
	u.prefs.SetString(keyExportFolder, last)
	if got := path(); got != last {
		t.Errorf("starts in %q, want the last export folder", got)
	}
	os.Remove(last)
	if got := path(); got != docs {
		t.Errorf("the last folder is gone: starts in %q, want Documents", got)
	}
}

// paneTitles lists the titles of the open briefing's articles as the pane
// shows them.
func paneTitles(u *testUI) []string {
	var out []string
	for _, i := range articleRows(u) {
		out = append(out, u.library.rows[i].entry.Title)
	}
	return out
}

func articleRow(t *testing.T, u *testUI, title string) paneItem {
	t.Helper()
	for _, i := range articleRows(u) {
		if r := u.library.rows[i]; r.entry.Title == title {
			return r
		}
	}
	t.Fatalf("no article %q in the pane: %q", title, paneTitles(u))
	return paneItem{}
}

func menuItem(t *testing.T, m *fyne.Menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range m.Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

const (
	harbourTitle = "Harbour pilots end strike after nine days of talks"
	ferryTitle   = "Island ferry fares frozen until next summer"
)

func TestRenameMoveAndRemoveArticlesInThePane(t *testing.T) {
	u := newTestUI(t, "")
	openNewBriefing(u, "Week")
	loadAndWait(u, testdata("harbour-strike.txt"), testdata("ferry-fares.md"))
	if got := paneTitles(u); !slices.Equal(got, []string{harbourTitle, ferryTitle}) {
		t.Fatalf("pane %q", got)
	}

	// Rename: the new title in the pane, the page's sources and the source
	// pane; Enter renames as the button does.
	menuAction(t, u.library.articleMenu(articleRow(t, u, harbourTitle)), "Rename…")()
	if got := dialogEntry(t, u).Text; got != harbourTitle {
		t.Errorf("the dialog proposes %q", got)
	}
	typeAndEnter(u, "Pilots back at work")
	if got := paneTitles(u); !slices.Equal(got, []string{"Pilots back at work", ferryTitle}) {
		t.Errorf("after rename: pane %q", got)
	}
	if u.an.Sources[0].Title != "Pilots back at work" {
		t.Errorf("the page's source is still %q", u.an.Sources[0].Title)
	}
	// Cancel renames nothing.
	menuAction(t, u.library.articleMenu(articleRow(t, u, ferryTitle)), "Rename…")()
	dialogEntry(t, u).SetText("Something else")
	test.Tap(dialogButton(t, u, "Cancel"))
	u.wait()
	if got := paneTitles(u); got[1] != ferryTitle {
		t.Errorf("Cancel renamed: %q", got)
	}

	// Move: the first cannot go up, the last cannot go down; Move Down
	// changes the order in the pane, the library and the page.
	first := articleRow(t, u, "Pilots back at work")
	if m := u.library.articleMenu(first); !menuItem(t, m, "Move Up").Disabled || menuItem(t, m, "Move Down").Disabled {
		t.Error("the first article's Move Up is enabled or its Move Down disabled")
	}
	if m := u.library.articleMenu(articleRow(t, u, ferryTitle)); !menuItem(t, m, "Move Down").Disabled {
		t.Error("the last article's Move Down is enabled")
	}
	menuAction(t, u.library.articleMenu(first), "Move Down")()
	u.wait()
	if got := paneTitles(u); !slices.Equal(got, []string{ferryTitle, "Pilots back at work"}) {
		t.Errorf("after Move Down: pane %q", got)
	}
	if u.an.Sources[0].Title != ferryTitle || u.current.Articles[0] != u.an.Sources[0].ArticleID {
		t.Errorf("after Move Down: the page starts with %q", u.an.Sources[0].Title)
	}
	menuAction(t, u.library.articleMenu(articleRow(t, u, "Pilots back at work")), "Move Up")()
	u.wait()
	if got := paneTitles(u); got[0] != "Pilots back at work" {
		t.Errorf("after Move Up: pane %q", got)
	}

	// Remove, with the row's button: the dialog says what happens; Cancel
	// keeps the article, Remove takes it out and, held by no other
	// briefing, out of the library.
	other, err := u.lib.NewBriefing("Islands", []string{articleRow(t, u, ferryTitle).entry.ID})
	if err != nil {
		t.Fatal(err)
	}
	u.library.refresh()
	row := newPaneRow(u.library)
	row.set(articleRow(t, u, "Pilots back at work"), false, false)
	u.source.showArticle(row.item.entry.ID, -1)
	test.Tap(row.remove)
	if got := dialogText(u); !strings.Contains(got, "Remove “Pilots back at work” from “Week”?") || !strings.Contains(got, "the original file is not touched") {
		t.Errorf("the remove dialog says %q", got)
	}
	test.Tap(dialogButton(t, u, "Cancel"))
	u.wait()
	if len(paneTitles(u)) != 2 {
		t.Fatal("Cancel removed the article")
	}
	test.Tap(row.remove)
	test.Tap(dialogButton(t, u, "Remove"))
	u.wait()
	if got := paneTitles(u); !slices.Equal(got, []string{ferryTitle}) || len(u.an.Sources) != 1 {
		t.Errorf("after Remove: pane %q, %d sources on the page", got, len(u.an.Sources))
	}
	if u.lib.Article(row.item.entry.ID) != nil {
		t.Error("the article held by no other briefing is still in the library")
	}
	if u.source.article != nil && u.source.article.ID == row.item.entry.ID {
		t.Errorf("the source pane still shows %q", u.source.article.Title)
	}
	// One another briefing holds stays in the library.
	ferry := articleRow(t, u, ferryTitle)
	menuAction(t, u.library.articleMenu(ferry), "Remove from Briefing…")()
	if got := dialogText(u); !strings.Contains(got, "It stays in the 1 other briefing that also holds it.") {
		t.Errorf("the remove dialog says %q", got)
	}
	test.Tap(dialogButton(t, u, "Remove"))
	u.wait()
	if len(paneTitles(u)) != 0 || u.lib.Article(ferry.entry.ID) == nil {
		t.Errorf("after removing the ferry article: pane %q; in the library: %v", paneTitles(u), u.lib.Article(ferry.entry.ID) != nil)
	}
	if b, _ := u.lib.Briefing(other.ID); len(b.Articles) != 1 {
		t.Errorf("the other briefing holds %q", b.Articles)
	}
	// The sample's articles cannot be removed.
	u.showSample()
	u.wait()
	if sample := u.library.rows[articleRows(u)[0]]; !menuItem(t, u.library.articleMenu(sample), "Remove from Briefing…").Disabled {
		t.Error("the sample's article can be removed")
	}
}

func TestPaneRowsOpenTheirMenus(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	for _, kind := range []paneKind{rowBriefing, rowArticle} {
		i := slices.IndexFunc(u.library.rows, func(r paneItem) bool { return r.kind == kind })
		r := newPaneRow(u.library)
		r.set(u.library.rows[i], false, false)
		before := len(u.win.Canvas().Overlays().List())
		test.TapSecondary(r)
		if len(u.win.Canvas().Overlays().List()) != before+1 {
			t.Errorf("a right click on a %v row opened no menu", kind)
		}
		u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
	}
}

// webServer serves a news page, a missing one and a forbidden one.
func webServer(t *testing.T) *httptest.Server {
	t.Helper()
	page := `<!doctype html><html><head><title>Lighthouse keepers return to Skerry Point</title>
<meta property="og:site_name" content="The Coast Gazette"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Lighthouse keepers return to Skerry Point</h1>
<p>Two keepers moved back into the Skerry Point lighthouse on Friday, forty years after the light was automated, to run a new weather station for the coastguard.</p>
<p>"The instruments need someone on the rock in winter," said Agnes Rowe, the coastguard's regional director, who announced the posts in March.</p>
<p>The harbour board said it would pay for a new boat to take supplies out to the rock every week.</p>
</article></body></html>`
	mux := http.NewServeMux()
	mux.HandleFunc("/skerry", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/private", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, page)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestOpenWebPage(t *testing.T) {
	srv := webServer(t)
	u := newTestUI(t, "")
	openNewBriefing(u, "Coast")

	// An address that is not a web address is not fetched.
	u.openURL()
	e := dialogEntry(t, u)
	typeAndEnter(u, "skerry point lighthouse")
	if e.Validate() == nil || len(u.current.Articles) != 0 || len(u.loads) != 0 {
		t.Fatalf("a phrase was taken for an address: %d articles", len(u.current.Articles))
	}
	test.Tap(dialogButton(t, u, "Cancel"))
	u.wait()

	// The page's article goes into the open briefing, with its address.
	u.openURL()
	typeAndEnter(u, srv.URL+"/skerry")
	u.wait()
	arts := u.lib.Articles(u.bid)
	if len(arts) != 1 || arts[0].Title != "Lighthouse keepers return to Skerry Point" || arts[0].Path != srv.URL+"/skerry" || arts[0].Site != "The Coast Gazette" {
		t.Fatalf("after Open Web Page: %d articles %+v", len(arts), arts)
	}
	if strings.Contains(arts[0].Text, "Home") || len(u.an.Sources) != 1 || len(u.lastErrors) != 0 {
		t.Errorf("text %q, %d sources, errors %v", arts[0].Text, len(u.an.Sources), u.lastErrors)
	}
	if u.source.article == nil || u.source.article.ID != arts[0].ID {
		t.Error("the source pane does not show the new article")
	}

	// An address on the clipboard is proposed; a forbidden page is
	// refused with the address and the server's answer, and nothing is
	// added.
	u.app.Clipboard().SetContent("  " + srv.URL + "/private\n")
	u.openURL()
	if got := dialogEntry(t, u).Text; got != srv.URL+"/private" {
		t.Errorf("the dialog proposes %q, want the clipboard's address", got)
	}
	test.Tap(dialogButton(t, u, "Open"))
	u.wait()
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), srv.URL+"/private") || !strings.Contains(u.lastErrors[0].Error(), "403 Forbidden") {
		t.Errorf("a forbidden page: %v", u.lastErrors)
	}
	if len(u.lib.Articles(u.bid)) != 1 {
		t.Error("a forbidden page was added")
	}

	// Paste with an address on the clipboard fetches it; the same page
	// again is not added twice.
	u.app.Clipboard().SetContent(srv.URL + "/skerry")
	u.lastErrors = nil
	u.pasteArticle()
	u.wait()
	if len(u.lib.Articles(u.bid)) != 1 || len(u.lastErrors) != 0 || !strings.Contains(statusText(u), "already in this briefing") {
		t.Errorf("pasting the address again: %d articles, errors %v, status %q", len(u.lib.Articles(u.bid)), u.lastErrors, statusText(u))
	}
}

// breakArticle returns a copy of a whose second sentence runs past its
// text: the engine fails on it as a rule with a bug would.
func breakArticle(a *brief.Article) *brief.Article {
	b := *a
	b.Sentences = slices.Clone(a.Sentences)
	if len(b.Sentences) > 1 {
		b.Sentences[1].End = len(b.Text) + 40
	}
	return &b
}

// TestAnArticleTheEngineFailsOnIsShownWithAMessage: the engine fails on
// one article: the briefing is made of the others, the article is listed
// with nothing taken from it, and the user is told once.
func TestAnArticleTheEngineFailsOnIsShownWithAMessage(t *testing.T) {
	u := newTestUI(t, "")
	openNewBriefing(u, "Week")
	// The engine is given the article broken; the rest of the app keeps
	// the article as it is.
	u.analyze = func(ctx context.Context, arts ...*brief.Article) (*brief.Analysis, error) {
		var in []*brief.Article
		for _, a := range arts {
			if a.Title == ferryTitle {
				a = breakArticle(a)
			}
			in = append(in, a)
		}
		an, err := brief.AnalyzeContext(ctx, in...)
		if err == nil {
			copy(an.Articles, arts)
		}
		return an, err
	}
	loadAndWait(u, testdata("harbour-strike.txt"), testdata("ferry-fares.md"))
	if len(u.an.Sources) != 2 || !u.an.Sources[1].Failed || u.an.Sources[0].Failed {
		t.Fatalf("sources %+v", u.an.Sources)
	}
	if len(u.page.Sources) != 2 || len(u.an.Actors) == 0 || len(u.an.Quotes) == 0 {
		t.Errorf("the page lists %d sources; the analysis has %d actors, %d quotes", len(u.page.Sources), len(u.an.Actors), len(u.an.Quotes))
	}
	for _, sec := range u.page.Sections() {
		for _, it := range sec.Items {
			for _, c := range it.Cites() {
				if c.Source == "S2" {
					t.Errorf("an item of %q cites the article the engine failed on", sec.Title)
				}
			}
		}
	}
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), "“"+ferryTitle+"”") || !strings.Contains(u.lastErrors[0].Error(), "please report it") {
		t.Fatalf("the user was told %v", u.lastErrors)
	}
	if got := dialogText(u); !strings.Contains(got, "An article could not be analysed") {
		t.Errorf("the dialog says %q", got)
	}
	// A later analysis does not say it again.
	u.lastErrors = nil
	u.app.Clipboard().SetContent("Council backs harbour pilots' pay deal\n\nThe town council said on Monday it backed the pilots' new pay deal and would review harbour charges in May.")
	u.pasteArticle()
	u.wait()
	if len(u.an.Sources) != 3 || len(u.lastErrors) != 0 {
		t.Errorf("after another article: %d sources, told %v", len(u.an.Sources), u.lastErrors)
	}
}

// TestAFailureInTheBackgroundIsAMessage: work that fails outside the
// engine's own guard (a panic in the analysis) gives a message, and the
// window goes on working.
func TestAFailureInTheBackgroundIsAMessage(t *testing.T) {
	u := newTestUI(t, "")
	openNewBriefing(u, "Week")
	u.analyze = func(context.Context, ...*brief.Article) (*brief.Analysis, error) {
		panic(errors.New("index out of range in a rule"))
	}
	loadAndWait(u, testdata("harbour-strike.txt"))
	if len(u.lastErrors) != 1 || !strings.Contains(u.lastErrors[0].Error(), "something went wrong inside Briefing (index out of range in a rule); please report it") {
		t.Fatalf("the user was told %v", u.lastErrors)
	}
	if u.busy.Load() != 0 || u.loadingOps != 0 {
		t.Errorf("work still counted: busy %d, loads %d", u.busy.Load(), u.loadingOps)
	}
	// The window works on.
	u.analyze = fakeAnalyze
	u.lastErrors = nil
	loadAndWait(u, testdata("ferry-fares.md"))
	if len(u.an.Sources) != 2 || len(u.lastErrors) != 0 || u.exportBtn.Disabled() {
		t.Errorf("after the failure: %d sources, errors %v", len(u.an.Sources), u.lastErrors)
	}
}

// TestSavingABriefingFileThatFailsSaysWhy: Save Briefing As… into a folder
// that is gone names the file once and says why.
func TestSavingABriefingFileThatFailsSaysWhy(t *testing.T) {
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	missing := filepath.Join(t.TempDir(), "gone")
	u.writeBriefingFile(u.bid, filepath.Join(missing, "Week.briefing"))
	u.wait()
	want := "cannot write Week.briefing: the folder " + missing + " does not exist"
	if len(u.lastErrors) != 1 || u.lastErrors[0].Error() != want {
		t.Errorf("errors %v, want %q", u.lastErrors, want)
	}
	if statusText(u) != "The briefing could not be saved." || !strings.Contains(dialogText(u), "Could not save") {
		t.Errorf("status %q, dialog %q", statusText(u), dialogText(u))
	}
	// A briefing that is gone is named by the file it was to go to.
	u.writeBriefingFile("0123456789abcdef", filepath.Join(t.TempDir(), "Old.briefing"))
	u.wait()
	if len(u.lastErrors) != 1 || u.lastErrors[0].Error() != "cannot save Old.briefing: there is no such briefing" {
		t.Errorf("errors %v", u.lastErrors)
	}
}

func TestTheAppsOwnSaveDialogWritesTheBriefingFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	u := newTestUI(t, "")
	loadAndWait(u, testdata("harbour-strike.txt"))
	u.saveBriefingAs(u.bid)
	// Fyne's save dialog, set up from the request: the briefing's file
	// name, the Save button.
	entry := dialogEntry(t, u)
	if !strings.HasSuffix(entry.Text, ".briefing") {
		t.Errorf("the dialog proposes %q, want a .briefing name", entry.Text)
	}
	entry.SetText("week.briefing")
	test.Tap(dialogButton(t, u, "Save"))
	u.wait()
	path := filepath.Join(dir, "week.briefing")
	doc, err := library.ReadDocumentFile(context.Background(), path)
	if err != nil {
		t.Fatalf("the briefing file: %v", err)
	}
	if len(doc.Articles) != 1 || len(u.lastErrors) != 0 {
		t.Errorf("%d articles in the file, errors %v; want the 1 loaded", len(doc.Articles), u.lastErrors)
	}
	if got := u.prefs.String(keyExportFolder); got != dir {
		t.Errorf("the folder remembered is %q, want %q", got, dir)
	}
}
