package brief_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/brief/page"
)

// The hostile-input suite: inputs built to make a stage of the pipeline
// slow (deep nesting, unbalanced quotation marks, a paragraph or a title
// of a megabyte, a megabyte without a full stop), each run through the
// whole pipeline a user's file goes through — load, analysis, the one-page
// briefing and its PDF — and timed against the same pipeline on the same
// number of bytes of ordinary news text, measured in the same process. A
// case has a budget, a multiple of that linear reference; it fails at ten
// times its budget. Comparing with a reference run alongside, rather than
// with a fixed time, keeps the test meaningful on a slow or busy machine
// and under the race detector: what it catches is growth faster than the
// input (a quadratic stage costs hundreds of times the reference at these
// sizes), not a slow day.

// hostileCase is one hostile input.
type hostileCase struct {
	name   string
	format load.Format
	data   func() []byte
	// budget is the time the pipeline may take on this input, in units of
	// the reference's time for as many bytes.
	budget float64
	// check looks at what the pipeline made of the input.
	check func(t *testing.T, a *brief.Article, pdf []byte)
}

// sentenceWords make up the sentences of the hostile inputs: news words,
// names that the engine resolves, verbs of speech, promise and dispute.
var sentenceWords = strings.Fields("Minister Helen Carter said the council would review the port budget " +
	"while union leaders rejected the plan and the European Union agreed to fund new ferries from London")

// wordRun writes n bytes of sentenceWords in a fixed pseudo-random order,
// without punctuation.
func wordRun(n int) string {
	var b strings.Builder
	x := uint32(7)
	for b.Len() < n {
		x = x*1664525 + 1013904223
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(sentenceWords[x>>16%uint32(len(sentenceWords))])
	}
	return b.String()
}

// sentences writes n bytes of twelve-word sentences.
func sentences(n int) string {
	var b strings.Builder
	words := strings.Fields(wordRun(n + 200))
	for i := 0; b.Len() < n; i += 12 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		s := strings.Join(words[i%(len(words)-12):i%(len(words)-12)+12], " ")
		b.WriteString(strings.ToUpper(s[:1]) + s[1:] + ".")
	}
	return b.String()
}

var hostileCases = []hostileCase{
	{
		name: "20,000 nested divs", format: load.FormatHTML, budget: 1,
		data: func() []byte {
			return []byte("<html><body>" + strings.Repeat("<div>", 20000) + "<p>" + sentences(4000) + "</p>" +
				strings.Repeat("</div>", 20000) + "</body></html>")
		},
		check: func(t *testing.T, a *brief.Article, _ []byte) {
			if a.Words < 500 {
				t.Errorf("the text inside the nesting was lost: %d words", a.Words)
			}
		},
	},
	{
		name: "50,000 lines of unbalanced quotation marks", format: load.FormatText, budget: 0.5,
		data: func() []byte {
			var b strings.Builder
			for i := range 50000 {
				fmt.Fprintf(&b, "\"a quote left open, line %d\n", i)
			}
			return []byte(b.String())
		},
	},
	{
		// The reference text itself, without its paragraph breaks.
		name: "a 1 MB paragraph", format: load.FormatText, budget: 2,
		data: func() []byte { return bytes.ReplaceAll(newsText(1<<20), []byte("\n"), []byte(" ")) },
		check: func(t *testing.T, a *brief.Article, _ []byte) {
			if len(a.Paragraphs) < (1<<20)/brief.MaxParagraph {
				t.Errorf("a 1 MB paragraph was kept as %d paragraphs", len(a.Paragraphs))
			}
		},
	},
	{
		name: "a 1 MB paragraph without punctuation", format: load.FormatText, budget: 3,
		data: func() []byte { return []byte(wordRun(1 << 20)) },
		check: func(t *testing.T, a *brief.Article, _ []byte) {
			for i := range a.Sentences {
				if n := len(a.SentenceText(i)); n > brief.MaxSentence {
					t.Fatalf("sentence %d is %d bytes long", i, n)
				}
			}
		},
	},
	{
		name: "a 1 MB title", format: load.FormatHTML, budget: 1,
		data: func() []byte {
			return []byte("<html><head><title>" + strings.Repeat("Huge title words ", (1<<20)/17) +
				"</title></head><body><article><p>" + sentences(3000) + "</p></article></body></html>")
		},
		check: func(t *testing.T, a *brief.Article, pdf []byte) {
			if n := utf8.RuneCountInString(a.Title); n > brief.MaxMeta {
				t.Errorf("the title is %d characters long, over %d", n, brief.MaxMeta)
			}
			if len(pdf) > 300<<10 {
				t.Errorf("the PDF of an article with a 1 MB title weighs %d KB", len(pdf)>>10)
			}
		},
	},
}

// pipeline loads data, analyses it, builds and fits the one-page briefing
// and writes its PDF: the work behind `briefing export`.
func pipeline(t testing.TB, name string, data []byte, format load.Format) (*brief.Article, []byte) {
	a, err := load.Parse(name, data, format)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	b := page.Build(brief.Analyze(a), page.Options{}).FitOnePage(page.PaperA4)
	var pdf bytes.Buffer
	if err := b.WritePDF(&pdf, page.PaperA4); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return a, pdf.Bytes()
}

// timedRuns is how many times each input is timed (the fastest run
// counts): once under the race detector, which is slow enough.
var timedRuns = 2

// fastest runs f runs times and returns its shortest time.
func fastest(runs int, f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range runs {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// newsText is the project's own news-style articles, repeated to n bytes
// or a little more.
func newsText(n int) []byte {
	var sb strings.Builder
	for _, a := range hostileArticles {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	return []byte(strings.Repeat(sb.String(), n/sb.Len()+1))
}

// hostileArticles are the articles newsText repeats.
var hostileArticles []*brief.Article

// referenceRate is the pipeline's time per byte of newsText.
func referenceRate(t *testing.T) float64 {
	t.Helper()
	hostileArticles = benchArticles(t)
	text := newsText(1 << 20)
	d := fastest(timedRuns, func() { pipeline(t, "reference.txt", text, load.FormatText) })
	return d.Seconds() / float64(len(text))
}

func TestHostileInputsStayLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("the hostile inputs take a few seconds")
	}
	rate := referenceRate(t)
	for _, tc := range hostileCases {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data()
			var (
				a   *brief.Article
				pdf []byte
			)
			d := fastest(timedRuns, func() { a, pdf = pipeline(t, "hostile", data, tc.format) })
			ref := time.Duration(rate * float64(len(data)) * float64(time.Second))
			ratio := d.Seconds() / ref.Seconds()
			t.Logf("%d KB in %v: %.1f× the linear reference (%v), budget %g×", len(data)>>10, d.Round(time.Millisecond), ratio, ref.Round(time.Millisecond), tc.budget)
			if ratio > 10*tc.budget {
				t.Errorf("%s took %v, %.0f× the reference for as many bytes of news (%v): over ten times its budget of %g×",
					tc.name, d.Round(time.Millisecond), ratio, ref.Round(time.Millisecond), tc.budget)
			}
			if tc.check != nil {
				tc.check(t, a, pdf)
			}
		})
	}
}
