package gui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

func TestMetaLineLeavesOutPartsThatSayNothing(t *testing.T) {
	for _, tc := range []struct {
		parts []string
		want  string
	}{
		{[]string{"S2", "The Courier", "By Ana Ruiz", "26 Nov 2026", "812 words"}, "S2 · The Courier · By Ana Ruiz · 26 Nov 2026 · 812 words"},
		// The byline of a saved page that printed "By" and no name.
		{[]string{"S2", "", "By", "", "1,805 words"}, "S2 · 1,805 words"},
		{[]string{"S2", "by:", "1,805 words"}, "S2 · 1,805 words"},
		{[]string{"", "", ""}, ""},
		{nil, ""},
		{[]string{"  ", "·", "—", "|", "-", "12 words"}, "12 words"},
		{[]string{"The Courier ·", "· 3 Mar 2026", "| 40 words |"}, "The Courier · 3 Mar 2026 · 40 words"},
		{[]string{"The  Courier\n Weekly", "3 Mar 2026"}, "The Courier Weekly · 3 Mar 2026"},
		// The same part twice is said once.
		{[]string{"Harbour Wire", "harbour wire", "9 words"}, "Harbour Wire · 9 words"},
		// Brackets and quotes that close a part stay.
		{[]string{"[S1:4]", "“Fares rise” (draft)"}, "[S1:4] · “Fares rise” (draft)"},
		{[]string{"Bypass Weekly", "By Nadia Bystrova"}, "Bypass Weekly · By Nadia Bystrova"},
	} {
		got := metaLine(tc.parts...)
		if got != tc.want {
			t.Errorf("metaLine(%q) = %q, want %q", tc.parts, got, tc.want)
		}
		assertCleanMeta(t, got)
	}
}

func TestBylineNameNamesAPersonOrNothing(t *testing.T) {
	for _, tc := range []struct{ byline, site, want string }{
		{"Ana Ruiz", "The Courier", "By Ana Ruiz"},
		{"By Ana Ruiz", "", "By Ana Ruiz"},
		{"BY: ANA RUIZ", "", "By ANA RUIZ"},
		{"by  Ana\nRuiz", "", "By Ana Ruiz"},
		{"Par Élodie Marchand", "", "By Élodie Marchand"},
		{"Written by Tomas Brandt Edited by Ines Vey", "", "By Tomas Brandt Edited by Ines Vey"},
		{"Ana Ruiz and Tomas Brandt", "", "By Ana Ruiz and Tomas Brandt"},
		// Nobody named.
		{"", "The Courier", ""},
		{"By", "", ""},
		{"By:", "", ""},
		{" by — ", "", ""},
		{"Follow Author", "", ""},
		{"Unknown", "", ""},
		// The outlet named again.
		{"The Courier", "The Courier", ""},
		{"the courier", "The  Courier", ""},
		{"By The Courier", "The Courier", ""},
		// Date lines, and dates after the name.
		{"April 2, 2025 at 6:01 am Updated April 3, 2025 at 3:33 pm", "", ""},
		{"Last Updated: January 7, 2025", "", ""},
		{"By Ana Ruiz March 3, 2025", "", "By Ana Ruiz"},
		{"By ANA RUIZ Mar 3, 2025 3:46 PM", "", "By ANA RUIZ"},
		{"by Ana Ruiz14 Feb 2025310", "", "By Ana Ruiz"},
		{"Ana Ruiz on 3 March 2025", "", "By Ana Ruiz"},
		// A web address in the byline.
		{"Ana Ruiz (https://example.com/ana/)", "", "By Ana Ruiz"},
	} {
		if got := bylineName(tc.byline, tc.site); got != tc.want {
			t.Errorf("bylineName(%q, %q) = %q, want %q", tc.byline, tc.site, got, tc.want)
		}
	}
}

func TestOutletName(t *testing.T) {
	for _, tc := range []struct{ site, path, want string }{
		{"The Courier", "/home/ana/page.html", "The Courier"},
		{" The\tCourier ", "", "The Courier"},
		{"", "https://www.example.com/news/1", "example.com"},
		{"http://www.example.org", "", "example.org"},
		{"", "/home/ana/page.html", ""},
		{"|", "https://news.example.net/a", "news.example.net"},
	} {
		if got := outletName(tc.site, tc.path); got != tc.want {
			t.Errorf("outletName(%q, %q) = %q, want %q", tc.site, tc.path, got, tc.want)
		}
	}
}

func TestSourceHeaderOfAPageWithoutByline(t *testing.T) {
	day := useDateLayout(t, "en_GB.UTF-8")
	for _, tc := range []struct {
		a    brief.Article
		src  string
		want string
	}{
		{brief.Article{Title: "Fares rise", Byline: "By", Words: 1805, Path: "/home/ana/nytimes-fares.html"}, "S2", "S2 · 1,805 words"},
		{brief.Article{Title: "Fares rise", Site: "The Courier", Byline: "Ana Ruiz", Date: day, Words: 812, Path: "/tmp/x.html"}, "S1",
			"S1 · The Courier · By Ana Ruiz · 26 Nov 2026 · 812 words"},
		{brief.Article{Title: "Fares rise", Site: "The Courier", Byline: "The Courier", Words: 1}, "", "The Courier · 1 word"},
		{brief.Article{Title: "Pasted", Words: 0}, "", ""},
		{brief.Article{Title: "Fares rise", Path: "https://www.example.com/fares", Words: 40}, "S3", "S3 · example.com · 40 words"},
	} {
		got := articleMeta(&tc.a, tc.src)
		if got != tc.want {
			t.Errorf("articleMeta(%+v, %q) = %q, want %q", tc.a, tc.src, got, tc.want)
		}
		assertCleanMeta(t, got)
	}
}

func TestBriefingMetaSaysNoArticles(t *testing.T) {
	useDateLayout(t, "en_GB.UTF-8")
	at := time.Date(2026, 12, 4, 12, 0, 0, 0, time.Local)
	for _, tc := range []struct {
		b    library.Briefing
		want string
	}{
		{library.Briefing{}, "no articles"},
		{library.Briefing{Articles: []string{"a"}, Sample: true}, "1 article · sample"},
		{library.Briefing{Articles: []string{"a", "b", "c"}, Exported: &library.Export{At: at}}, "3 articles · exported 4 Dec 2026"},
		{library.Briefing{Articles: []string{"a"}, Exported: &library.Export{}}, "1 article"},
	} {
		if got := briefingMeta(tc.b); got != tc.want {
			t.Errorf("briefingMeta(%+v) = %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestMetaLinesOfRealPages reads every page of go-readability's test suite
// — saved pages of news sites and blogs, many without a byline, a date or
// an outlet, some with page chrome in those fields — and checks the lines
// the source pane and the library would show for it.
func TestMetaLinesOfRealPages(t *testing.T) {
	useDateLayout(t, "en_GB.UTF-8")
	root, err := newscorpus.Root()
	if err != nil {
		t.Fatal(err)
	}
	dir := newscorpus.ReadabilityDir(root)
	if dir == "" {
		t.Skip("go-readability's test pages are not in the module cache")
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "test-pages", "*", "source.html"))
	if len(pages) < 50 {
		t.Skipf("only %d test pages", len(pages))
	}
	var noByline, withByline int
	for _, p := range pages {
		a, err := load.File(p)
		if err != nil {
			continue
		}
		head := articleMeta(a, "S1")
		row := entryMeta(library.Entry{Title: a.Title, Site: a.Site, Byline: a.Byline, Path: a.Path, Date: a.Date, Words: a.Words})
		for _, line := range []string{head, row} {
			assertCleanMeta(t, line)
			if strings.Contains(line, ".html") || strings.Contains(line, "source") {
				t.Errorf("%s: %q names the file", p, line)
			}
		}
		if !strings.HasPrefix(head, "S1 · ") || !strings.HasSuffix(head, " words") {
			t.Errorf("%s: header %q", p, head)
		}
		if strings.Contains(head, "By ") {
			withByline++
		} else {
			noByline++
		}
	}
	// Most pages name their author; some do not, or name their outlet.
	if withByline < 40 || noByline < 20 {
		t.Errorf("%d headers with a byline, %d without", withByline, noByline)
	}
}

// assertCleanMeta fails on a line of metadata with a lone separator, an
// empty byline or an empty count.
func assertCleanMeta(t *testing.T, line string) {
	t.Helper()
	parts := strings.Split(line, metaSep)
	for _, p := range parts {
		if line != "" && strings.TrimSpace(p) == "" {
			t.Errorf("%q has an empty part", line)
		}
		if p == "By" || strings.HasPrefix(p, "By ") && !hasWord(p[3:]) {
			t.Errorf("%q has a byline with no name", line)
		}
		if strings.HasPrefix(p, "By ") && strings.IndexFunc(p, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
			t.Errorf("%q has a date in its byline", line)
		}
		if strings.HasPrefix(p, "0 ") || strings.HasPrefix(p, "·") || strings.HasSuffix(p, "·") {
			t.Errorf("%q has a placeholder part %q", line, p)
		}
	}
}

// useDateLayout writes dates in a locale's order for the test and returns
// 26 Nov 2026.
func useDateLayout(t *testing.T, locale string) time.Time {
	t.Helper()
	dateLayoutOnce.Do(func() {})
	saved := dateLayout
	dateLayout = layoutForLocale(locale)
	t.Cleanup(func() { dateLayout = saved })
	return time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
}

func TestFitMetaDropsTheLastPartsFirst(t *testing.T) {
	// One unit of width a character.
	measure := func(s string) float32 { return float32(len([]rune(s))) }
	parts := []string{"The Courier", "", "26 Nov 2026", "1,805 words"}
	for _, tc := range []struct {
		width float32
		want  string
	}{
		{100, "The Courier · 26 Nov 2026 · 1,805 words"},
		{39, "The Courier · 26 Nov 2026 · 1,805 words"},
		{38, "The Courier · 26 Nov 2026"},
		{25, "The Courier · 26 Nov 2026"},
		{24, "The Courier"},
		{3, "The Courier"}, // cut by the label
	} {
		if got := fitMeta(parts, tc.width, measure); got != tc.want {
			t.Errorf("fitMeta at %v = %q, want %q", tc.width, got, tc.want)
		}
	}
	if got := fitMeta([]string{"", "·"}, 10, measure); got != "" {
		t.Errorf("fitMeta of nothing = %q", got)
	}
}

func TestNarrowLibraryRowsShowWholeParts(t *testing.T) {
	u := newTestUI(t, "")
	useDateLayout(t, "en_GB.UTF-8")
	loadAndWait(u, testdata("harbour-strike.txt"))
	e := u.lib.Entries(u.bid)[0]
	e.Site, e.Date, e.Words = "The Harbour Courier", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), 1805
	r := newPaneRow(u.library)
	test.WidgetRenderer(r) // the row is drawn
	r.set(paneItem{kind: rowArticle, entry: e}, false, false)
	for _, w := range []float32{600, 260, 200} {
		r.Resize(fyne.NewSize(w, r.MinSize().Height))
		got := richText(r.meta)
		if !strings.HasPrefix(entryMeta(e), got) || strings.HasSuffix(got, "…") || got == "" {
			t.Errorf("at %v px the row says %q: want whole parts of %q", w, got, entryMeta(e))
		}
		if textWidth := fyne.MeasureText(got, theme.CaptionTextSize(), fyne.TextStyle{}).Width; textWidth > r.meta.Size().Width {
			t.Errorf("at %v px %q (%.0f px) overflows its %.0f px", w, got, textWidth, r.meta.Size().Width)
		}
	}
	if got := richText(r.meta); got == entryMeta(e) {
		t.Errorf("a 200 px row shows all of %q", got)
	}
}
