package load

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/briefing-app/briefing/brief"
)

func TestMetadataIsCutToALength(t *testing.T) {
	huge := strings.Repeat("Harbour strike talks resume ", 4000) // about 110 KB
	story := "<p>" + strings.Repeat("The harbour pilots stopped work on Monday after talks with the port authority broke down. ", 5) + "</p>"
	page := "<html><head><title>" + huge + "</title><meta name=\"author\" content=\"" + huge +
		"\"><meta property=\"og:site_name\" content=\"" + huge + "\"></head><body><article>" + story + "</article></body></html>"
	md := "---\ntitle: " + huge + "\n---\n\n" + strings.Repeat("The pilots stopped work on Monday. ", 10)
	for _, tc := range []struct {
		name   string
		data   string
		format Format
	}{
		{"HTML", page, FormatHTML},
		{"Markdown", md, FormatMarkdown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("page", []byte(tc.data), tc.format)
			if err != nil {
				t.Fatal(err)
			}
			for field, v := range map[string]string{"title": a.Title, "byline": a.Byline, "site": a.Site} {
				if n := utf8.RuneCountInString(v); n > brief.MaxMeta {
					t.Errorf("the %s is %d characters long, over %d", field, n, brief.MaxMeta)
				}
				if v != "" && (!strings.HasSuffix(v, "…") || !strings.HasPrefix(v, "Harbour strike talks resume")) {
					t.Errorf("the %s was not cut at a word with an ellipsis: %q", field, v)
				}
			}
			if a.Title == "" {
				t.Error("the title was lost")
			}
		})
	}
	// A title of ordinary length is kept as it is.
	a, err := Parse("page", []byte(strings.ReplaceAll(page, huge, "Harbour strike talks resume")), FormatHTML)
	if err != nil || a.Title != "Harbour strike talks resume" {
		t.Errorf("an ordinary title became %q (%v)", a.Title, err)
	}
}

func TestClipMeta(t *testing.T) {
	if got := brief.ClipMeta("Short title"); got != "Short title" {
		t.Errorf("ClipMeta changed a short title: %q", got)
	}
	exact := strings.Repeat("é", brief.MaxMeta)
	if got := brief.ClipMeta(exact); got != exact {
		t.Errorf("ClipMeta cut a title of exactly %d characters", brief.MaxMeta)
	}
	noSpace := strings.Repeat("長", 1000)
	got := brief.ClipMeta(noSpace)
	if n := utf8.RuneCountInString(got); n != brief.MaxMeta || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
		t.Errorf("a title without spaces became %d characters: %q", n, got)
	}
	words := strings.Repeat("word, ", 200)
	if got := brief.ClipMeta(words); strings.HasSuffix(got, ",…") || !strings.HasSuffix(got, "word…") {
		t.Errorf("cut at %q, want a word with an ellipsis", got[len(got)-12:])
	}
}

// depth returns how deeply the elements under n nest (n counts as 1).
func depth(n *html.Node) int {
	deepest := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		deepest = max(deepest, depth(c))
	}
	return deepest + 1
}

func TestBoundNesting(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Paragraph %d: the pilots' union said the talks with the port authority would resume on Friday.</p>", i)
	}
	deep := func(open, close string, n int) string {
		var b strings.Builder
		b.WriteString("<html><head><title>Deep</title></head><body>")
		for i := range n {
			b.WriteString(open)
			if i%1000 == 0 {
				b.WriteString(para(i))
			}
		}
		b.WriteString(strings.Repeat(close, n))
		b.WriteString("</body></html>")
		return b.String()
	}
	for _, tc := range []struct {
		name string
		page string
		// paras counts the paragraphs that must come through.
		paras int
	}{
		{"nested divs", deep("<div>", "</div>", 20000), 20},
		{"nested sections and spans", deep("<section><span>", "</span></section>", 10000), 10},
		{"unclosed bold with attributes", deep(`<b class="x">`, "", 20000), 20},
		{"nested tables", deep("<table><tr><td>", "", 5000), 5},
		{"self-closed divs", deep("<div/>", "", 20000), 20},
		{"a script deep down", deep("<div>", "</div>", 300) + "", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bounded := boundNesting(tc.page, maxNesting)
			root, err := html.Parse(strings.NewReader(bounded))
			if err != nil {
				t.Fatal(err)
			}
			// Tables add their implied tbody and tr: at most a third more.
			if d := depth(root); d > maxNesting*4/3+4 {
				t.Errorf("the parsed page nests %d deep, over the bound of %d", d, maxNesting)
			}
			for i := 0; i < tc.paras; i++ {
				want := fmt.Sprintf("Paragraph %d:", i*1000)
				if !strings.Contains(bounded, want) {
					t.Fatalf("%q was lost", want)
				}
			}
		})
	}

	// A script or style too deep is dropped with its text, not shown.
	page := "<html><body>" + strings.Repeat("<div>", 200) + "<script>var secret = 1;</script><style>p{}</style>" +
		para(1) + strings.Repeat("</div>", 200) + "</body></html>"
	if b := boundNesting(page, maxNesting); strings.Contains(b, "secret") || strings.Contains(b, "p{}") || !strings.Contains(b, "Paragraph 1") {
		t.Errorf("a deep script's text was kept, or the paragraph lost: %q", b[len(b)-400:])
	}

	// Pages that nest no deeper than the bound are left byte for byte, even
	// sloppy ones: unclosed paragraphs, list items and cells, links that
	// close each other, formatting closed out of order.
	var sloppy strings.Builder
	sloppy.WriteString("<html><body><ul>")
	for i := range 2000 {
		fmt.Fprintf(&sloppy, "<li><a href=\"/%d\">link %d<p>text <b>bold <i>both</b> italic</i><table><tr><td>a<td>b<tr><td>c</table>", i, i)
	}
	sloppy.WriteString("</ul></body></html>")
	if b := boundNesting(sloppy.String(), maxNesting); b != sloppy.String() {
		t.Error("a sloppy but shallow page was changed")
	}
	for _, p := range []string{"testdata/pages/harbour-strike.html", "testdata/pages/broken.html"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if b := boundNesting(string(data), maxNesting); b != string(data) {
			t.Errorf("%s was changed", p)
		}
	}
}

func TestParseReadsADeepPage(t *testing.T) {
	story := strings.Repeat("The pilots' union said the talks with the port authority would resume on Friday. ", 8)
	page := "<html><head><title>Deep page</title></head><body>" + strings.Repeat("<div>", 50000) +
		"<article><p>" + story + "</p><p>" + story + "</p></article>" + strings.Repeat("</div>", 50000) + "</body></html>"
	a, err := Parse("deep.html", []byte(page), FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "resume on Friday") || a.Title != "Deep page" {
		t.Errorf("the story was not read: title %q, text %q", a.Title, a.Text[:min(len(a.Text), 200)])
	}
}

func TestUTF16WithoutAMarkIsNamedAsSuch(t *testing.T) {
	text := "The harbour pilots stopped work on Monday after talks broke down.\n"
	var le, be []byte
	for _, r := range text {
		le = append(le, byte(r), 0)
		be = append(be, 0, byte(r))
	}
	for name, data := range map[string][]byte{"le.txt": le, "be.txt": be, "le.html": le} {
		_, err := Parse(name, data, FormatOf(name))
		if !errors.Is(err, errEncoding) {
			t.Errorf("%s: error %v, want the encoding not recognised", name, err)
		}
		if err != nil && strings.Contains(err.Error(), "binary") {
			t.Errorf("%s: %q calls UTF-16 text binary", name, err)
		}
	}
	// Binary data with NUL bytes is still binary.
	bin := []byte("\x00\x01\x02\x03\x00\xff\xfe\x00\x10\x00\x00\x00\x00\x07\x00\x00\x01\x00\x00\x00")
	if _, err := Parse("data.txt", bin, FormatText); !errors.Is(err, errBinary) {
		t.Errorf("binary data: %v, want binary", err)
	}
}

func TestFileContextCancelAndBudget(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "story.txt", []byte("The council met on Monday and agreed the budget for next year."))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := FileContext(ctx, p); !errors.Is(err, errCancelled) {
		t.Errorf("a cancelled load: %v, want %v", err, errCancelled)
	}
	// A file that takes longer than its budget is given up on. The budget
	// is shortened to a microsecond so that no file can make it.
	old := fileTimeout
	fileTimeout = time.Microsecond
	defer func() { fileTimeout = old }()
	// Whichever notices first, the work or the wait, it is said as the
	// budget: many times, so that both orders are seen.
	big := writeFile(t, dir, "big.html", []byte("<html><body>"+strings.Repeat("<div><p>The council met. ", 20000)+"</body></html>"))
	for range 50 {
		_, err := FileContext(context.Background(), big)
		var e *Error
		if !errors.Is(err, errSlow) || !errors.As(err, &e) || e.Path != big {
			t.Fatalf("a file over its budget: %v, want %v for %s", err, errSlow, big)
		}
	}
}

func TestGroupErrors(t *testing.T) {
	var errs []error
	for i := range 300 {
		errs = append(errs, &Error{fmt.Sprintf("dir/b%03d.txt", i), errBinary})
	}
	errs = append(errs[:1], append([]error{&Error{"dir/x.md", errEmpty}}, errs[1:]...)...)
	errs = append(errs, errors.New("the folder holds nothing"), &Error{"a.txt", errEmpty})
	got := GroupErrors(errs)
	if len(got) != 4 {
		t.Fatalf("GroupErrors made %d errors, want 4: %v", len(got), got)
	}
	var g *GroupError
	if !errors.As(got[0], &g) || len(g.Paths) != 300 || !errors.Is(got[0], errBinary) {
		t.Fatalf("first = %v, want the 300 binary files in one", got[0])
	}
	want := "cannot read 300 files: it is a binary file, not text (b000.txt, b001.txt, b002.txt and 297 more)"
	if got[0].Error() != want {
		t.Errorf("grouped message = %q\nwant %q", got[0].Error(), want)
	}
	if got[1] != errs[1] || got[2] != errs[301] || got[3] != errs[302] {
		t.Errorf("the other errors were not kept in order: %v", got[1:])
	}
}

func TestFetchKeepsNoPassword(t *testing.T) {
	var gotUser, gotPass string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUser, gotPass, _ = r.BasicAuth()
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(fetchPage))
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	u.User = url.UserPassword("reader", "s3cret-pw")
	a, err := Fetch(context.Background(), u.String()+"/story")
	if err != nil {
		t.Fatal(err)
	}
	if gotUser != "reader" || gotPass != "s3cret-pw" {
		t.Errorf("the request did not carry the credentials: %q %q", gotUser, gotPass)
	}
	if strings.Contains(a.Path, "s3cret") || strings.Contains(a.Path, "reader") || a.Path != srv.URL+"/story" {
		t.Errorf("the article's path is %q, want %q", a.Path, srv.URL+"/story")
	}
	_, err = Fetch(context.Background(), u.String()+"/missing")
	if err == nil || strings.Contains(err.Error(), "s3cret") || strings.Contains(err.Error(), "reader@") {
		t.Errorf("the error shows the credentials: %v", err)
	}
	for in, want := range map[string]string{
		"https://user:pw@example.com/a?b=c": "https://example.com/a?b=c",
		"http://user@example.com/":          "http://example.com/",
		"https://example.com/story":         "https://example.com/story",
		"not a url":                         "not a url",
	} {
		if got := RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
