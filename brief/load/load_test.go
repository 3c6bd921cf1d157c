package load

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/briefing-app/briefing/brief"
)

// loadOK loads path and fails the test on an error; it also checks the
// invariants every loaded article keeps.
func loadOK(t *testing.T, path string) *brief.Article {
	t.Helper()
	a, err := File(path)
	if err != nil {
		t.Fatalf("File(%s): %v", path, err)
	}
	checkArticle(t, a)
	return a
}

// checkArticle checks what holds for every article: valid UTF-8 without
// invisible characters, paragraphs separated by one blank line, spans that
// match Segment on normalised text, a word count and an ID.
func checkArticle(t *testing.T, a *brief.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("article text is not valid UTF-8")
	}
	if strings.ContainsAny(a.Text, "\u00AD\u200B\u200C\u200D\u2060\uFEFF\u00A0\r\t") {
		t.Errorf("article text keeps invisible or special white space: %q", a.Text)
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.TrimSpace(a.Text) != a.Text {
		t.Errorf("article text has stray blank lines: %q", a.Text)
	}
	checkSegmented(t, a, true)
	for i := range a.Paragraphs {
		if strings.Contains(a.ParagraphText(i), "\n") {
			t.Errorf("paragraph %d spans a line break: %q", i, a.ParagraphText(i))
		}
	}
	if want := len(strings.Split(a.Text, "\n\n")); len(a.Paragraphs) != want {
		t.Errorf("%d paragraphs, but the text has %d blocks", len(a.Paragraphs), want)
	}
	if !hasCJK(a.Text) && a.Words != len(strings.Fields(a.Text)) {
		t.Errorf("Words = %d, the text has %d", a.Words, len(strings.Fields(a.Text)))
	}
	if len(a.ID) != 12 {
		t.Errorf("ID = %q, want 12 hex digits", a.ID)
	}
	if a.Title == "" {
		t.Errorf("article has no title")
	}
}

// checkSegmented checks that the article's paragraphs and sentences are
// those Segment finds in its text (the engine's tests check that Segment's
// spans are in range, in order and tile the text); with clean set, that
// none is empty or starts or ends with white space, as on normalised text.
func checkSegmented(t *testing.T, a *brief.Article, clean bool) {
	t.Helper()
	if paras, sents := brief.Segment(a.Text); !slices.Equal(paras, a.Paragraphs) || !slices.Equal(sents, a.Sentences) {
		t.Fatalf("the paragraphs and sentences are not those Segment finds in the text %q", a.Text)
	}
	if !clean {
		return
	}
	for i := range a.Paragraphs {
		if p := a.ParagraphText(i); p == "" || strings.TrimSpace(p) != p {
			t.Errorf("paragraph %d %q is empty or not trimmed", i, p)
		}
	}
	for i := range a.Sentences {
		if s := a.SentenceText(i); s == "" || strings.TrimSpace(s) != s || strings.Contains(s, "\n") {
			t.Errorf("sentence %d %q is empty, not trimmed or spans a line break", i, s)
		}
	}
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// sentencesOf returns the text of every sentence of a.
func sentencesOf(a *brief.Article) []string {
	out := make([]string, len(a.Sentences))
	for i := range a.Sentences {
		out[i] = a.SentenceText(i)
	}
	return out
}

func TestLoadText(t *testing.T) {
	path := filepath.Join("testdata", "text", "council-budget.txt")
	a := loadOK(t, path)
	if a.Title != "Council approves £4.2m budget despite protests" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Path != path || a.Format != "text" {
		t.Errorf("Path, Format = %q, %q", a.Path, a.Format)
	}
	if len(a.Paragraphs) != 5 {
		t.Errorf("got %d paragraphs, want 5: %q", len(a.Paragraphs), a.Text)
	}
	// Wrapped lines join into one paragraph.
	if got, want := a.ParagraphText(0), "Ashford Vale District Council approved its budget for the coming year on Wednesday night, after a four-hour meeting interrupted twice by protesters from the public gallery."; got != want {
		t.Errorf("paragraph 0 = %q\nwant %q", got, want)
	}
	want := []string{
		`"Nobody came into local politics to close libraries," Mr Royce said.`,
		`"But the law says we must set a balanced budget, and this is the only one that adds up."`,
	}
	p := a.Paragraphs[2]
	if got := sentencesOf(a)[p.First : p.First+p.Count]; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraph 2 sentences = %q\nwant %q", got, want)
	}
	if strings.Contains(a.Text, "Council approves") {
		t.Errorf("the title is repeated in the body")
	}
	// Loading the same text again gives the same ID.
	b, err := Parse("copy.txt", mustRead(t, path), "")
	if err != nil {
		t.Fatal(err)
	}
	if b.ID != a.ID {
		t.Errorf("same text, different IDs: %s, %s", a.ID, b.ID)
	}
}

func TestLoadMarkdown(t *testing.T) {
	a := loadOK(t, filepath.Join("testdata", "text", "flood-defences.md"))
	if a.Title != "Government pledges £300m for northern flood defences" {
		t.Errorf("Title = %q (want the front matter's)", a.Title)
	}
	if a.Format != "markdown" {
		t.Errorf("Format = %q", a.Format)
	}
	if a.Byline != "Tom Ellery" {
		t.Errorf("Byline = %q (want the front matter's author)", a.Byline)
	}
	if want := time.Date(2024, 2, 9, 0, 0, 0, 0, time.UTC); !a.Date.Equal(want) {
		t.Errorf("Date = %v, want %v", a.Date, want)
	}
	for _, want := range []string{
		"This heading is not the title",
		"The Environment Secretary, Fiona Marsh, announced on Friday that the government would spend £300m over five years on flood defences in northern England, following last winter's storms.",
		"What the money pays for",
		"New barriers on the River Calder",
		"Surveys this summer",
		"Building from 2025",
		`"This is the largest single investment in flood protection the north has seen," Ms Marsh said.`,
		`called the plan "a sticking plaster" (full statement).`,
		"flood_spokesman",
		"Work is due to begin in the spring.",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, gone := range []string{
		"#", "**", "](", "![", "```", "CODE_BLOCK_TEXT", "EDITOR_COMMENT_TEXT", "Flooded high street",
		"https://", "tags:", "author:", "***", "[lga]", "\n- ", "1. ", "2) ", "> ", "`",
	} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("text keeps Markdown syntax %q:\n%s", gone, a.Text)
		}
	}
	// Each list item is a paragraph of its own.
	found := false
	for i := range a.Paragraphs {
		if a.ParagraphText(i) == "Upgraded pumping stations in 12 towns" {
			found = true
		}
	}
	if !found {
		t.Errorf("list item is not a paragraph of its own:\n%s", a.Text)
	}
}

func TestMarkdownSyntax(t *testing.T) {
	for _, tc := range []struct{ name, in, title, body string }{
		{"ATX title", "# Pay talks collapse\n\nUnion leaders walked out.", "Pay talks collapse", "Union leaders walked out."},
		{"closing hashes", "# Pay talks collapse #\n\n## Next steps ##\n\nMore talks.", "Pay talks collapse", "Next steps\n\nMore talks."},
		{"setext title", "Pay talks collapse\n==================\n\nUnion leaders walked out.", "Pay talks collapse", "Union leaders walked out."},
		{"hashtag is not a heading", "# Vote count\n\n#1 priority for voters is housing, a poll found.", "Vote count", "#1 priority for voters is housing, a poll found."},
		{"hashtag line", "# Vote count\n\n#Election2024 trended all night.", "Vote count", "#Election2024 trended all night."},
		{"front matter without an end", "---\ntitle: Not front matter\n\nThe vote was held on Monday.", "title: Not front matter", "The vote was held on Monday."},
		{"escapes", "# A \\*star\\* witness\n\nShe said 5 \\* 3 = 15.", "A *star* witness", "She said 5 * 3 = 15."},
		{"lone star", "# Ratings\n\nThe hotel got 4 * from critics.", "Ratings", "The hotel got 4 * from critics."},
		{"nested emphasis", "# X\n\n***Breaking:*** the __talks__ have _failed_.", "X", "Breaking: the talks have failed."},
		{"link with brackets in the URL", "# X\n\nSee [the report](https://example.org/a_(b)) today.", "X", "See the report today."},
		{"reference link", "# X\n\nSee [the report][r] today.\n\n[r]: https://example.org/r", "X", "See the report today."},
		{"inline HTML", "# X\n\nThe <em>final</em> vote<br> passed.", "X", "The final vote passed."},
		{"less-than is text", "# X\n\nTurnout was < 30% in 3 < 4 wards.", "X", "Turnout was < 30% in 3 < 4 wards."},
		{"tilde fence", "# X\n\n~~~\ncode here\n~~~\n\nAfter the code.", "X", "After the code."},
		{"quote levels", "# X\n\n> > Nested quote here.", "X", "Nested quote here."},
		{"block quote is someone's words", "# X\n\nShe wrote:\n\n> The deal is dead and we will not sign it.", "X",
			"She wrote:\n\n\u201cThe deal is dead and we will not sign it.\u201d"},
		// CommonMark as goldmark reads it, where a hand-written reader went wrong.
		{"a long block quote is an excerpt", "# X\n\n> The council met on Monday.\n>\n> It approved the budget.\n>\n> The vote was close.", "X",
			"The council met on Monday.\n\nIt approved the budget.\n\nThe vote was close."},
		{"a heading in a block quote", "# X\n\n> ## Statement\n> We will appeal the ruling.", "X", "Statement\n\n\u201cWe will appeal the ruling.\u201d"},
		{"table cells", "# X\n\n| Party | Seats |\n|---|---|\n| Labour | 412 |", "X", "Party\n\nSeats\n\nLabour\n\n412"},
		{"nested list and a continued item", "# X\n\n- The council will:\n  - close two libraries\n  - raise parking fees\n\n  It votes in March.", "X",
			"The council will:\n\nclose two libraries\n\nraise parking fees\n\nIt votes in March."},
		{"indented code", "# X\n\nThe clerk typed:\n\n    SELECT votes FROM wards;\n\nThe count ended.", "X", "The clerk typed:\n\nThe count ended."},
		{"HTML blocks", "# X\n\n<div class=\"note\">\nThe vote was delayed.\n</div>\n\n<!--\nEditor: check the figures.\n-->\n\n<script>\ntrack();\n</script>\n\nTalks resume on Monday.", "X",
			"The vote was delayed.\n\nTalks resume on Monday."},
		{"shortcut reference link", "# X\n\nSee [the audit report] today.\n\n[the audit report]: https://example.org/r", "X", "See the audit report today."},
		{"autolink", "# X\n\nRead it at <https://example.org/report>.", "X", "Read it at https://example.org/report."},
		{"entities", "# X\n\nAT&amp;T and Procter &amp; Gamble agreed &#8212; at last.", "X", "AT&T and Procter & Gamble agreed \u2014 at last."},
		{"asterisks that are no emphasis", "# X\n\nThe marked (*) seats changed hands.", "X", "The marked (*) seats changed hands."},
		{"code keeps its backslashes", "# X\n\nOfficials cited clause `12\\_b` of the act.", "X", "Officials cited clause 12\\_b of the act."},
		{"hard line break", "# X\n\nThe vote passed.\\\nTurnout was low.", "X", "The vote passed. Turnout was low."},
		{"task list", "# X\n\n- [x] Budget approved\n- [ ] Audit published", "X", "Budget approved\n\nAudit published"},
		{"footnote", "# X\n\nThe fund[^1] grew.\n\n[^1]: Figures from the treasury.", "X", "The fund grew.\n\nFigures from the treasury."},
		{"nested front matter", "---\ntitle: Port strike ends\nseo:\n  title: Buy tickets now\n---\nDockers went back to work.", "Port strike ends", "Dockers went back to work."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("t.md", []byte(tc.in), FormatMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			title := tc.title
			if title == "" {
				title = "T"
			}
			if a.Title != title || a.Text != tc.body {
				t.Errorf("got title %q, body %q\nwant title %q, body %q", a.Title, a.Text, title, tc.body)
			}
		})
	}
}

// chromeMarkers are words placed in the page chrome of harbour-strike.html:
// none may reach the article text.
var chromeMarkers = []string{
	"COOKIE_BANNER_TEXT", "NAV_LINK_TEXT", "AD_BANNER_TEXT", "AD_INLINE_TEXT", "RELATED_LINK_TEXT",
	"COMMENT_TEXT", "FOOTER_TEXT", "INLINE_SCRIPT_TEXT", "TRACKING_SCRIPT_TEXT", "NOSCRIPT_TEXT",
	"font-family", "Accept all", "Related articles", "Comments (3)", "Post comment", "Privacy policy",
	"Advertisement", "schema.org", "Search",
}

func TestLoadHTMLPage(t *testing.T) {
	a := loadOK(t, filepath.Join("testdata", "pages", "harbour-strike.html"))
	if a.Title != "Dockworkers vote to strike over pay offer" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Format != "html" {
		t.Errorf("Format = %q", a.Format)
	}
	if !strings.Contains(a.Byline, "Priya Nandakumar") {
		t.Errorf("Byline = %q", a.Byline)
	}
	if a.Site != "The Coastal Herald" {
		t.Errorf("Site = %q", a.Site)
	}
	if want := time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC); !a.Date.Equal(want) {
		t.Errorf("Date = %v, want %v", a.Date, want)
	}
	for _, want := range []string{
		"Dockworkers at the Port of Marlow have voted to strike",
		"Turnout was 78.5%, well above the legal threshold for industrial action.",
		"“Our members have kept this port running through storms, a pandemic and two changes of owner,” said Dana Whitfield",
		"said the offer was “fair and affordable”",
		"The strike is set to begin on 8 April unless a new offer is made.",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("article text lacks %q", want)
		}
	}
	if !strings.HasPrefix(a.Text, "Dockworkers at the Port of Marlow") {
		t.Errorf("article does not start with its first paragraph: %.80q", a.Text)
	}
	for _, m := range chromeMarkers {
		if strings.Contains(a.Text, m) {
			t.Errorf("page chrome %q kept in the article text", m)
		}
	}
	if len(a.Paragraphs) != 7 {
		t.Errorf("got %d paragraphs, want the article's 7:\n%s", len(a.Paragraphs), a.Text)
	}
}

func TestLoadBrokenHTML(t *testing.T) {
	a := loadOK(t, filepath.Join("testdata", "pages", "broken.html"))
	if a.Title != "Bridge reopens after repairs" {
		t.Errorf("Title = %q", a.Title)
	}
	for _, want := range []string{
		"The Kelmore suspension bridge reopened to traffic on Saturday",
		"lost trade.",
		`"It has been a long winter for everyone on this side of the river," said Anita Roy, who runs a café beside the toll plaza.`,
		"weight limits would stay in place until the summer",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("article text lacks %q:\n%s", want, a.Text)
		}
	}
}

// coachStory is a short article with curly quotes, an en dash and accented
// names: every character of it exists in Windows-1252.
const coachStory = "Coach resigns after cup defeat\n\n" +
	"José Müller stepped down as head coach of Atlético Rivera on Sunday, a day after the club’s 3–0 defeat in the cup final.\n\n" +
	"“I take full responsibility,” Müller told reporters. “The players deserved better.”\n\n" +
	"The club’s président, Zoë Fairbanks, thanked him for “five remarkable years”."

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding the fixture: %v", err)
	}
	return b
}

func coachPage(charset, body string) string {
	meta := ""
	if charset != "" {
		meta = `<meta http-equiv="Content-Type" content="text/html; charset=` + charset + `">`
	}
	var p strings.Builder
	for _, para := range strings.Split(body, "\n\n")[1:] {
		p.WriteString("<p>" + para + "</p>\n")
	}
	return "<!DOCTYPE html>\n<html><head>" + meta + "<title>Coach resigns after cup defeat</title></head>\n" +
		"<body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>\n<article><h1>Coach resigns after cup defeat</h1>\n" +
		p.String() + "</article></body></html>\n"
}

func TestEncodings(t *testing.T) {
	utf16le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	cp1252 := charmap.Windows1252
	for _, tc := range []struct {
		name, file string
		data       []byte
	}{
		{"UTF-8", "a.txt", []byte(coachStory)},
		{"UTF-8 with BOM", "a.txt", append([]byte("\xEF\xBB\xBF"), coachStory...)},
		{"UTF-16 LE with BOM", "a.txt", encode(t, utf16le, coachStory)},
		{"UTF-16 BE with BOM", "a.txt", encode(t, utf16be, coachStory)},
		{"Windows-1252", "a.txt", encode(t, cp1252, coachStory)},
		{"Windows-1252 Markdown", "a.md", encode(t, cp1252, "# "+coachStory)},
		{"UTF-16 LE Markdown", "a.md", encode(t, utf16le, "# "+coachStory)},
		{"HTML UTF-8", "a.html", []byte(coachPage("", coachStory))},
		{"HTML UTF-8 with BOM", "a.html", append([]byte("\xEF\xBB\xBF"), coachPage("utf-8", coachStory)...)},
		{"HTML declaring windows-1252", "a.html", encode(t, cp1252, coachPage("windows-1252", coachStory))},
		{"HTML declaring iso-8859-1", "a.html", encode(t, cp1252, coachPage("iso-8859-1", coachStory))},
		{"HTML Windows-1252 undeclared", "a.htm", encode(t, cp1252, coachPage("", coachStory))},
		{"HTML UTF-8 declaring windows-1252", "a.html", []byte(coachPage("windows-1252", coachStory))},
		{"HTML UTF-16 LE with BOM", "a.html", encode(t, utf16le, coachPage("utf-16", coachStory))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			a := loadOK(t, path)
			if a.Title != "Coach resigns after cup defeat" {
				t.Errorf("Title = %q", a.Title)
			}
			for _, want := range []string{
				"José Müller stepped down as head coach of Atlético Rivera on Sunday, a day after the club’s 3–0 defeat in the cup final.",
				"“I take full responsibility,” Müller told reporters.",
				"“The players deserved better.”",
				"Zoë Fairbanks",
			} {
				if !strings.Contains(a.Text, want) {
					t.Errorf("text lacks %q:\n%s", want, a.Text)
				}
			}
			if len(a.Sentences) != 4 {
				t.Errorf("got %d sentences, want 4: %q", len(a.Sentences), sentencesOf(a))
			}
		})
	}
}

func TestLoadNormalises(t *testing.T) {
	in := "Budget\u00A0talks resume\r\n\r\nThe fi\u00ADnance min\u00ADister,\u00A0Ana\u200B Costa, met union leaders on Monday.\r\n" +
		"She said:\u00A0“We are close.”\r\n\r\n\r\nTalks continue on\u00A0Friday.\r\n"
	a, err := Parse("talks.txt", []byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Title != "Budget talks resume" {
		t.Errorf("Title = %q", a.Title)
	}
	want := "The finance minister, Ana Costa, met union leaders on Monday. She said: “We are close.”\n\nTalks continue on Friday."
	if a.Text != want {
		t.Errorf("Text = %q\nwant %q", a.Text, want)
	}
}

func TestLoadNonEnglish(t *testing.T) {
	russian := "Парламент одобрил бюджет\n\nДепутаты Государственной думы в среду одобрили бюджет на следующий год. " +
		"«Это трудное, но необходимое решение», — заявил министр финансов Сергей Волков.\n\nОппозиция выступила против."
	french := "# Grève des cheminots à Lyon\n\nLes cheminots de la SNCF ont cessé le travail à l’aube, a annoncé le syndicat. " +
		"« Nous ne céderons pas », a déclaré Françoise Dubœuf, secrétaire régionale.\n\nLe trafic reprendra jeudi, selon la direction."
	chinese := "新港码头工人罢工\n\n新港码头的工人周四开始罢工，要求提高工资。工会表示，罢工将持续两周！" +
		"公司发言人说：“我们愿意继续谈判。”\n\n地方政府呼吁双方尽快恢复对话。"
	for _, tc := range []struct {
		name, file, in, title string
		sentences             int
	}{
		{"Russian", "новости.txt", russian, "Парламент одобрил бюджет", 3},
		{"French", "grève.md", french, "Grève des cheminots à Lyon", 3},
		{"Chinese", "罢工.txt", chinese, "新港码头工人罢工", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.file, []byte(tc.in), "")
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			body := tc.in[strings.Index(tc.in, "\n\n")+2:]
			if a.Text != body {
				t.Errorf("Text = %q\nwant %q", a.Text, body)
			}
			if len(a.Sentences) != tc.sentences {
				t.Errorf("got %d sentences, want %d: %q", len(a.Sentences), tc.sentences, sentencesOf(a))
			}
		})
	}
}

func TestLoadChinesePage(t *testing.T) {
	page := "<html><head><meta charset=\"utf-8\"><title>新港码头工人罢工</title></head><body>" +
		"<nav><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></nav><article><h1>新港码头工人罢工</h1>" +
		"<p>新港码头的工人周四开始罢工，要求提高工资。工会表示，罢工将持续两周。</p>" +
		"<p>公司发言人说：“我们愿意继续谈判。”地方政府呼吁双方尽快恢复对话。</p></article></body></html>"
	a, err := Parse("罢工.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Title != "新港码头工人罢工" || len(a.Sentences) != 4 || strings.Contains(a.Text, "首页") {
		t.Errorf("title %q, sentences %q", a.Title, sentencesOf(a))
	}
}

func TestLoadInvalidUTF8(t *testing.T) {
	// Mostly UTF-8 with one stray byte: the good characters must survive.
	in := []byte("Mayor wins second term\n\nJosé Müller won 54% of the vote \xff in Sunday’s election. Turnout rose.")
	a, err := Parse("vote.txt", in, "")
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if !strings.Contains(a.Text, "José Müller won 54% of the vote \uFFFD in Sunday’s election.") {
		t.Errorf("Text = %q", a.Text)
	}
	// Random invalid bytes without NULs decode without a panic.
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		b := make([]byte, r.IntN(300)+1)
		for i := range b {
			b[i] = byte(r.IntN(255) + 1)
		}
		for _, f := range []Format{FormatText, FormatMarkdown, FormatHTML, ""} {
			if a, err := Parse("x", b, f); err == nil {
				checkSegmented(t, a, false)
			}
		}
	}
}

func TestTitles(t *testing.T) {
	for _, tc := range []struct{ name, in, title, first string }{
		{"headline line", "Storm closes port\n\nHigh winds closed the port.", "Storm closes port", "High winds closed the port."},
		{"headline without a blank line", "Storm closes port\nHigh winds closed the port.\nFerries stopped.", "Storm closes port", "High winds closed the port."},
		{"headline over wrapped text", "Storm closes port\nHigh winds closed the port on Sunday\nafter a night of gales.\n\nFerries stopped.", "Storm closes port", "High winds closed the port on Sunday after a night of gales."},
		{"wrapped first line is not a headline", "High winds closed the port on Sunday\nafter a night of gales.\n\nFerries stopped.", "Storm", "High winds closed the port on Sunday after a night of gales."},
		{"quoted first paragraph is not a headline", "“We are not done yet.”\n\nThe union said talks would go on.", "Storm", "“We are not done yet.”"},
		{"question headline", "Is the port safe?\n\nEngineers say yes.", "Is the port safe?", "Engineers say yes."},
		{"one paragraph", "High winds closed the port on Sunday.", "Storm", "High winds closed the port on Sunday."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("storm.txt", []byte(tc.in), FormatText)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Title != tc.title || a.SentenceText(0) != tc.first {
				t.Errorf("title %q, first sentence %q\nwant %q, %q", a.Title, a.SentenceText(0), tc.title, tc.first)
			}
		})
	}
}

func TestTitleFromName(t *testing.T) {
	for in, want := range map[string]string{
		"starmer-trump_washington.txt":  "Starmer trump washington",
		"/tmp/news/port strike.md":      "Port strike",
		"équipe-de-france.html":         "Équipe de france",
		"новости.txt":                   "Новости",
		"-":                             "Untitled article",
		"":                              "Untitled article",
		"---.txt":                       "Untitled article",
		filepath.Join("a", "b", "x.md"): "X",
	} {
		if got := titleFromName(in); got != want {
			t.Errorf("titleFromName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReaderSniffs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
	}{
		{coachPage("", coachStory), FormatHTML},
		{"  \n<div><p>" + strings.Repeat("The council met on Monday to agree the budget. ", 5) + "</p></div>", FormatHTML},
		{"# Port strike\n\nDockers walked out.", FormatMarkdown},
		{"---\r\ntitle: Port strike\r\n---\r\nDockers walked out.", FormatMarkdown},
		{"Port strike\n\nDockers walked out.", FormatText},
		{"<3 the port, said one docker. Dockers walked out.", FormatText},
	} {
		a, err := Reader("-", strings.NewReader(tc.in), "")
		if err != nil {
			t.Errorf("Reader(%.30q): %v", tc.in, err)
			continue
		}
		if a.Format != string(tc.want) || a.Path != "-" {
			t.Errorf("Reader(%.30q): format %q, path %q; want %q, \"-\"", tc.in, a.Format, a.Path, tc.want)
		}
	}
}

func TestText(t *testing.T) {
	a, err := Text("Storm closes port\n\nHigh winds closed the port. Ferries stopped.")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Storm closes port" || len(a.Sentences) != 2 || a.Path != "" {
		t.Errorf("Text: title %q, %d sentences, path %q", a.Title, len(a.Sentences), a.Path)
	}
	_, err = Text(" \n\t ")
	if !errors.Is(err, errEmpty) || !strings.Contains(err.Error(), "pasted text") {
		t.Errorf("Text(blank) error = %v, want errEmpty about the pasted text", err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	rnd := make([]byte, 4096)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range rnd {
		rnd[i] = byte(r.IntN(256))
	}
	rnd[100] = 0
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), rnd[:200]...)
	pdf := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	zip := append([]byte("PK\x03\x04\x14\x00\x06\x00"), rnd[:100]...)
	for _, tc := range []struct {
		name  string
		path  func() string
		want  error
		words string // the message says this
	}{
		{"empty", func() string { return writeFile(t, dir, "empty.txt", nil) }, errEmpty, "empty"},
		{"white space only", func() string { return writeFile(t, dir, "blank.md", []byte(" \n\t\r\n  \n")) }, errEmpty, "empty"},
		{"invisible only", func() string { return writeFile(t, dir, "invisible.txt", []byte("\u00A0\u200B\n\u00AD")) }, errEmpty, "empty"},
		{"empty HTML", func() string { return writeFile(t, dir, "empty.html", []byte("\n\n")) }, errEmpty, "empty"},
		{"PNG", func() string { return writeFile(t, dir, "photo.txt", png) }, errBinary, "PNG image"},
		{"PDF", func() string { return writeFile(t, dir, "report.md", pdf) }, errBinary, "PDF"},
		{"PDF as HTML", func() string { return writeFile(t, dir, "report.html", pdf) }, errBinary, "PDF"},
		{"ZIP", func() string { return writeFile(t, dir, "archive.txt", zip) }, errBinary, "ZIP"},
		{"random bytes", func() string { return writeFile(t, dir, "noise.txt", rnd) }, errBinary, "binary"},
		{"random bytes as HTML", func() string { return writeFile(t, dir, "noise.htm", rnd) }, errBinary, "binary"},
		{"Word document", func() string { return writeFile(t, dir, "letter.docx", zip) }, errUnsupported, "not a text, Markdown or HTML file"},
		{"no extension", func() string { return writeFile(t, dir, "README", []byte("Some text.")) }, errUnsupported, "not a text"},
		{"page without an article", func() string { return filepath.Join("testdata", "pages", "nav-only.html") }, errNoArticle, "no article"},
		{"HTML of tags only", func() string { return writeFile(t, dir, "tags.html", []byte("<html><body><div></div></body></html>")) }, errNoArticle, "no article"},
		{"too large", func() string {
			p := writeFile(t, dir, "huge.txt", nil)
			if err := os.Truncate(p, maxArticleSize+1); err != nil { // sparse: no disk used
				t.Fatal(err)
			}
			return p
		}, errTooLarge, "16 MiB"},
		{"missing", func() string { return filepath.Join(dir, "no-such-article.txt") }, errNotFound, "no such file"},
		{"missing folder", func() string { return filepath.Join(dir, "no-such-folder", "a.txt") }, errNotFound, "no such file"},
		{"file as a folder", func() string { return filepath.Join(writeFile(t, dir, "plain.txt", []byte("x")), "a.txt") }, errNotFound, "no such file"},
		{"directory", func() string { return dir }, errDirectory, "folder"},
		{"directory with an article's name", func() string {
			p := filepath.Join(dir, "looks-like.txt")
			if err := os.Mkdir(p, 0o755); err != nil {
				t.Fatal(err)
			}
			return p
		}, errDirectory, "folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.path()
			a, err := File(path)
			checkLoadError(t, a, err, path, tc.want, tc.words)
		})
	}
}

func TestLoadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	path := writeFile(t, t.TempDir(), "secret.txt", []byte("Talks resume on Monday."))
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	a, err := File(path)
	checkLoadError(t, a, err, path, errPermission, "permission")
}

// checkLoadError checks that a load failed with a *Error that names path,
// wraps want, and says words in its message.
func checkLoadError(t *testing.T, a *brief.Article, err error, path string, want error, words string) {
	t.Helper()
	if err == nil {
		if a != nil {
			t.Fatalf("no error; loaded %.200q", a.Text)
		}
		t.Fatal("no error and no article")
	}
	if a != nil {
		t.Errorf("an article came back with the error")
	}
	if !errors.Is(err, want) {
		t.Errorf("error %q is not %q", err, want)
	}
	var le *Error
	if !errors.As(err, &le) {
		t.Fatalf("error %T %q is not a *Error", err, err)
	}
	if le.Path != path {
		t.Errorf("Error.Path = %q, want %q", le.Path, path)
	}
	msg := err.Error()
	if path != "-" && !strings.Contains(msg, path) {
		t.Errorf("message %q does not name the file", msg)
	}
	if path != "-" && strings.Count(msg, path) > 1 {
		t.Errorf("message %q names the file twice", msg)
	}
	if !strings.Contains(msg, words) {
		t.Errorf("message %q does not say %q", msg, words)
	}
}

// repeat yields its text over and over, forever.
type repeat struct{ chunk []byte }

func (r repeat) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], r.chunk)
	}
	return n, nil
}

var (
	endless = repeat{bytes.Repeat([]byte("The council met again. "), 4096)}
	spaces  = repeat{bytes.Repeat([]byte(" "), 65536)}
)

func TestReaderTooLarge(t *testing.T) {
	a, err := Reader("-", endless, "")
	checkLoadError(t, a, err, "-", errTooLarge, "standard input")
	// Exactly the limit is accepted (spaces after one sentence keep
	// the test quick).
	big := io.MultiReader(strings.NewReader("The council met."), io.LimitReader(spaces, maxArticleSize-16))
	a, err = Reader("big.txt", big, FormatText)
	if err != nil {
		t.Fatalf("a file of exactly maxArticleSize: %v", err)
	}
	if a.Text != "The council met." {
		t.Errorf("Text = %.100q", a.Text)
	}
	_, err = Parse("big.txt", bytes.Repeat([]byte("a "), maxArticleSize/2+1), FormatText)
	if !errors.Is(err, errTooLarge) {
		t.Errorf("Parse of too much data: %v", err)
	}
}

// failing fails after some bytes, like a broken pipe.
type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("connection reset")
	}
	n := min(len(p), f.n)
	for i := range n {
		p[i] = 'a'
	}
	f.n -= n
	return n, nil
}

func TestReaderError(t *testing.T) {
	_, err := Reader("-", &failing{n: 10}, "")
	var le *Error
	if !errors.As(err, &le) || le.Path != "-" || !strings.Contains(err.Error(), "connection reset") {
		t.Errorf("error = %v, want a *Error for standard input", err)
	}
}

func TestHTMLBlockQuotes(t *testing.T) {
	page := `<html><head><title>Energy chief gives evidence</title></head><body><article><h1>Energy chief gives evidence</h1>
<p>The head of Larkfield Energy spent most of Wednesday in the witness box in a contract dispute over a wind farm, answering questions from barristers for both sides about how the company picks its suppliers.</p>
<p>Odile Marchetti spoke at the hearing on Wednesday. Suppliers must be patient, she said, reading from her notes.</p>
<blockquote><p>I spent two years getting to know the turbine makers before we signed anything at all.</p></blockquote>
<blockquote class="pullquote"><p>Suppliers must be patient and this text repeats the story.</p></blockquote>
<blockquote><p>“Already quoted words stay as they are,” the note said.</p><p>[figure 7: a chart of the deals]</p></blockquote>
<blockquote><p>The root object contains three hundred lists of lists.</p><p>Each list holds ten sublists of tags.</p><p>The server unpacks all of them at once.</p></blockquote>
<p>The hearing, which opened last month in Leeds, is expected to run for another fortnight, and the judge will hear from several more managers before the barristers make their closing speeches.</p>
</article></body></html>`
	a, err := Parse("p.html", []byte(page), FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\u201cI spent two years getting to know the turbine makers before we signed anything at all.\u201d",
		"\u201cAlready quoted words stay as they are,\u201d the note said.",
		"\n[figure 7: a chart of the deals]",
		"\nThe root object contains three hundred lists of lists.\n", // an excerpt of a document, not speech
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "repeats the story") {
		t.Errorf("a pull quote was kept:\n%s", a.Text)
	}
	an := brief.Analyze(a)
	i := slices.IndexFunc(an.Quotes, func(q brief.Quote) bool { return strings.Contains(q.Text, "getting to know the turbine makers") })
	if i < 0 || an.Quotes[i].Speaker != "Odile Marchetti" {
		t.Errorf("block quote: %+v, want Odile Marchetti's words", an.Quotes)
	}
}
