package library

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

// writeDoc writes a briefing of l as a .briefing file.
func writeDoc(t *testing.T, l *Library, bid string) []byte {
	t.Helper()
	d, err := l.Document(bid)
	must(t, err)
	var buf bytes.Buffer
	must(t, WriteDocument(&buf, d))
	return buf.Bytes()
}

func readDoc(data []byte) (*Document, error) {
	return ReadDocument(bytes.NewReader(data), int64(len(data)))
}

func TestDocumentRoundTripShowsTheSamePage(t *testing.T) {
	l, b := openNew(t, "Ashford week")
	a, bb := mustArticle(t, libArticleA), mustArticle(t, libArticleB)
	a.Path = "/home/alice/Documents/news/housing.txt"
	a.Site = "Ashford Courier"
	bb.Path = "https://news.example.com/rail?id=4"
	addAll(t, l, b.ID, a, bb)
	must(t, l.SetTitle(b.ID, "Ashford: homes and trains"))
	must(t, l.SetPinned(b.ID, "quote:1", true))
	must(t, l.SetRemoved(b.ID, "actor:2", true))
	must(t, l.SetPaper(b.ID, page.PaperLetter))
	data := writeDoc(t, l, b.ID)
	if !bytes.Equal(data, writeDoc(t, l, b.ID)) {
		t.Error("the same briefing gave two different files")
	}
	// The type is in the first bytes, as in an OpenDocument file.
	if !bytes.Contains(data[:80], []byte("mimetype"+MIMEType)) {
		t.Errorf("no mimetype entry first: %q", data[:80])
	}
	// Nothing of the user's home or password leaves with the file.
	c := mustArticle(t, libArticleC)
	c.Path = "https://alice:s3cret@news.example.com/library"
	withPassword, _ := l.NewBriefing("Marlow", nil)
	addAll(t, l, withPassword.ID, c)
	raw := unzipJSON(t, data) + unzipJSON(t, writeDoc(t, l, withPassword.ID))
	for _, leak := range []string{"/home/alice", "Documents", "s3cret", "alice:"} {
		if strings.Contains(raw, leak) {
			t.Errorf("the file holds %q", leak)
		}
	}
	if !strings.Contains(raw, `"source": "https://news.example.com/library"`) {
		t.Errorf("the web address was lost:\n%s", raw)
	}

	// A colleague opens it in their own library.
	other, err := Open(t.TempDir())
	must(t, err)
	d, err := readDoc(data)
	must(t, err)
	got, existed, err := other.Import(d)
	must(t, err)
	if existed || got.Name != "Ashford week" || got.Title != "Ashford: homes and trains" || got.Paper != page.PaperLetter ||
		!slices.Equal(got.Articles, []string{a.ID, bb.ID}) {
		t.Errorf("imported %+v", got)
	}
	arts := other.Articles(got.ID)
	if arts[0].Path != "housing.txt" || arts[0].Site != "Ashford Courier" || arts[1].Path != "https://news.example.com/rail?id=4" {
		t.Errorf("sources %q %q", arts[0].Path, arts[1].Path)
	}
	mine := page.Build(brief.Analyze(l.Articles(b.ID)...), l.Options(b.ID))
	theirs := page.Build(brief.Analyze(arts...), other.Options(got.ID))
	if mine.PlainText() != theirs.PlainText() {
		t.Errorf("the page differs:\n%s\n---\n%s", mine.PlainText(), theirs.PlainText())
	}

	// Opening the same file again adds nothing.
	d2, _ := readDoc(data)
	again, existed, err := other.Import(d2)
	if err != nil || !existed || again.ID != got.ID || len(other.Briefings()) != 1 || other.Len() != 2 {
		t.Errorf("second open: %+v existed=%v err=%v, %d briefings", again, existed, err, len(other.Briefings()))
	}
	// Changed since, it comes in as a new briefing beside the first; the
	// articles are still stored once.
	must(t, other.SetTitle(got.ID, "My notes"))
	d3, _ := readDoc(data)
	third, existed, err := other.Import(d3)
	if err != nil || existed || third.ID == got.ID || third.Name != "Ashford week (2)" || other.Len() != 2 {
		t.Errorf("third open: %+v existed=%v err=%v", third, existed, err)
	}
	if len(articleFiles(t, other.Dir())) != 2 {
		t.Error("articles were stored twice")
	}
}

func unzipJSON(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	for _, f := range zr.File {
		if f.Name == "briefing.json" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			return string(b)
		}
	}
	t.Fatal("no briefing.json")
	return ""
}

// makeZip writes a zip with the given entries, in order.
func makeZip(t *testing.T, entries ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e[0])
		must(t, err)
		io.WriteString(w, e[1])
	}
	must(t, zw.Close())
	return buf.Bytes()
}

func TestDamagedOrForeignDocumentsAreRefusedClearly(t *testing.T) {
	l, b := openNew(t, "Week")
	addAll(t, l, b.ID, mustArticle(t, libArticleA))
	good := writeDoc(t, l, b.ID)

	flipped := slices.Clone(good)
	// A byte in the middle of the compressed briefing.json.
	flipped[len(flipped)/2] ^= 0xff

	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotDocument},
		{"text", []byte("Council approves riverside housing plan"), ErrNotDocument},
		{"cut short", good[:len(good)/2], ErrNotDocument}, // the zip's directory is at the end
		{"altered", flipped, ErrDamaged},
		{"other zip", makeZip(t, [2]string{"word/document.xml", "<w/>"}), ErrNotDocument},
		{"other type", makeZip(t, [2]string{"mimetype", "application/epub+zip"}), ErrNotDocument},
		{"no json", makeZip(t, [2]string{"mimetype", MIMEType}), ErrDamaged},
		{"bad json", makeZip(t, [2]string{"mimetype", MIMEType}, [2]string{"briefing.json", `{"format":"briefing","version":1,"articles":[`}), ErrDamaged},
		{"no version", makeZip(t, [2]string{"mimetype", MIMEType}, [2]string{"briefing.json", `{"format":"briefing","name":"x"}`}), ErrDamaged},
		{"empty article", makeZip(t, [2]string{"mimetype", MIMEType}, [2]string{"briefing.json", `{"format":"briefing","version":1,"name":"x","articles":[{"id":"a","title":"T","text":"  "}]}`}), ErrDamaged},
	} {
		_, err := readDoc(tc.data)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}

	newer := makeZip(t, [2]string{"mimetype", MIMEType},
		[2]string{"briefing.json", `{"format":"briefing","version":2,"name":"x","chapters":{}}`})
	_, err := readDoc(newer)
	var nv *NewerVersionError
	if !errors.As(err, &nv) || nv.Version != 2 || !strings.Contains(err.Error(), "update Briefing") {
		t.Errorf("newer file: %v", err)
	}
}

func TestDocumentIDsAreMadeAgainFromTheText(t *testing.T) {
	a := mustArticle(t, libArticleA)
	doc := `{"format":"briefing","version":1,"id":"../../x","name":"  Hostile  ","articles":[` +
		`{"id":"../../../etc/passwd","title":"` + a.Title + `","source":"C:\\Users\\bob\\news\\a.txt","text":` + jsonString(a.Text) + `}]}`
	d, err := readDoc(makeZip(t, [2]string{"mimetype", MIMEType}, [2]string{"briefing.json", doc}))
	must(t, err)
	if d.ID != "" || d.Name != "Hostile" || len(d.Articles) != 1 || d.Articles[0].ID != a.ID || d.Articles[0].Path != "a.txt" {
		t.Errorf("document %+v, article %+v", d, d.Articles[0])
	}
	l, err := Open(t.TempDir())
	must(t, err)
	b, _, err := l.Import(d)
	must(t, err)
	if !validBriefingID(b.ID) {
		t.Errorf("imported briefing ID %q", b.ID)
	}
	if _, err := os.Stat(l.Dir() + "/articles/" + a.ID + ".json"); err != nil {
		t.Errorf("article stored under another name: %v", err)
	}
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func TestPortableSource(t *testing.T) {
	for in, want := range map[string]string{
		"":                                    "",
		"-":                                   "-",
		SamplePath:                            SamplePath,
		"/home/alice/news/a.txt":              "a.txt",
		`C:\Users\bob\Desktop\b.html`:         "b.html",
		"notes/c.md":                          "c.md",
		"https://user:pw@example.com/p?q=1#f": "https://example.com/p?q=1#f",
		"http://example.com":                  "http://example.com",
		"HTTPS://bob@Example.com/a/b":         "https://Example.com/a/b",
		"https://example.com/a@b":             "https://example.com/a@b",
	} {
		if got := PortableSource(in); got != want {
			t.Errorf("PortableSource(%q) = %q, want %q", in, got, want)
		}
	}
}
