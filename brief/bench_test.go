package brief_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// benchArticles loads the project's own news-style articles (the sample
// and the labelled test articles), written for Briefing.
func benchArticles(b testing.TB) []*brief.Article {
	b.Helper()
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	paths = append(paths, "../assets/samples/sample.txt")
	var out []*brief.Article
	for _, p := range paths {
		a, err := load.File(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkAnalyze measures the engine on news text: every stage from
// tokens to ranked items, one article of about 10,000 words per iteration.
func BenchmarkAnalyze(b *testing.B) {
	var sb strings.Builder
	for _, a := range benchArticles(b) {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	text := strings.Repeat(sb.String(), 3)
	a, err := load.Parse("bench.txt", []byte(text), load.FormatText)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		brief.Analyze(a)
	}
	b.ReportMetric(float64(a.Words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkAnalyzeArticles analyses the articles together, as a briefing of
// several sources does.
func BenchmarkAnalyzeArticles(b *testing.B) {
	arts := benchArticles(b)
	words := 0
	for _, a := range arts {
		words += a.Words
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		brief.Analyze(arts...)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// newsCorpus is the news text of the speed benchmarks: the project's own
// articles, the evaluation's articles and real news pages (../shared) and
// go-readability's English test pages (module cache), each read at run
// time; the last two are left out when they are not on the machine.
type newsCorpus struct {
	arts  []*brief.Article  // every article on its own
	pages []newscorpus.Page // go-readability's English pages
	words int               // in arts
}

var theNewsCorpus = sync.OnceValues(func() (*newsCorpus, error) {
	root, err := newscorpus.Root()
	if err != nil {
		return nil, err
	}
	c := &newsCorpus{}
	if c.arts, c.pages, err = newscorpus.News(root); err != nil {
		return nil, err
	}
	for _, a := range c.arts {
		c.words += a.Words
	}
	return c, nil
})

func loadNewsCorpus(b *testing.B) *newsCorpus {
	b.Helper()
	c, err := theNewsCorpus()
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkAnalyzeNews measures the engine on real news on one core: every
// article of the news corpus (about 100 different articles and pages,
// 190,000 words when ../shared and go-readability's pages are here)
// analysed on its own, one after the other, as the app analyses each
// article it loads.
func BenchmarkAnalyzeNews(b *testing.B) {
	c := loadNewsCorpus(b)
	b.ReportAllocs()
	cpu := newscorpus.StartCPU()
	for b.Loop() {
		for _, a := range c.arts {
			brief.Analyze(a)
		}
	}
	reportWords(b, c.words, cpu)
	b.ReportMetric(float64(len(c.arts)), "articles")
}

// BenchmarkAnalyzeOneArticle measures the engine on one long article: the
// 1 MB corpus of issue #16 (go-readability's English test pages, one after
// the other: about 164,000 words), and a 5 MB one made of it and four
// copies in which every capitalised word the corpus never writes in lower
// case (names, mostly) is changed, so that each copy names other people,
// places and organisations. The work is linear when 5 MB takes about five
// times as long as 1 MB. 5MB_parts analyses the five 1 MB parts of the
// 5 MB article each on its own, one after the other: 5MB against it
// measures only what grows faster than the text, apart from the renamed
// copies being a harder text than the original (unknown names).
// 5MB_samenames is the 1 MB text five times with its own names: a text as
// long with no more names than the 1 MB one. in_turn analyses the 1 MB
// article five times and then the 5 MB one in each of its iterations and
// reports the ratio of their processor times, one analysis each (x), and
// of their times on the clock (clock-x): a machine whose speed drifts over
// seconds moves both alike, where the runs of 1MB and of 5MB, made one
// after the other, may each catch a different speed.
func BenchmarkAnalyzeOneArticle(b *testing.B) {
	c := loadNewsCorpus(b)
	if len(c.pages) == 0 {
		b.Skip("go-readability's test pages are not in the module cache")
	}
	one := newscorpus.OneFile(c.pages)
	parts := newscorpus.RenamedParts(one, 5)
	for _, size := range []struct {
		name  string
		texts []string
	}{{"1MB", []string{one}}, {"5MB", []string{strings.Join(parts, "\n\n")}}, {"5MB_parts", parts},
		// The 1 MB text five times over, its names unchanged: the work of
		// a longer text without more names.
		{"5MB_samenames", []string{strings.Repeat(one+"\n\n", 4) + one}}} {
		b.Run(size.name, func(b *testing.B) {
			var arts []*brief.Article
			words, bytes := 0, 0
			for i, text := range size.texts {
				name := size.name + ".txt"
				if len(size.texts) > 1 {
					name = fmt.Sprintf("%s-%d.txt", size.name, i+1)
				}
				a, err := newscorpus.ParseText(name, text)
				if err != nil {
					b.Fatal(err)
				}
				arts = append(arts, a)
				words += a.Words
				bytes += len(a.Text)
			}
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			// One analysis before the timing, so every length is timed
			// warm: a first run pays for growing the heap and the
			// pooled tables, which would weigh more in the length run
			// fewer times.
			for _, a := range arts {
				brief.Analyze(a)
			}
			cpu := newscorpus.StartCPU()
			for b.Loop() {
				for _, a := range arts {
					brief.Analyze(a)
				}
			}
			reportWords(b, words, cpu)
		})
	}
	b.Run("in_turn", func(b *testing.B) {
		var arts [2]*brief.Article
		for i, text := range []string{one, strings.Join(parts, "\n\n")} {
			a, err := newscorpus.ParseText(fmt.Sprintf("in_turn-%d.txt", i+1), text)
			if err != nil {
				b.Fatal(err)
			}
			brief.Analyze(a) // timed warm, as above
			arts[i] = a
		}
		// Five analyses of the 1 MB article, then one of the 5 MB one:
		// each turn leaves the next as much garbage to collect as the
		// other, so that neither length pays for the other's.
		// The clock is timed beside the processor: a long article keeps
		// both cores busier (fewer idle ends of its blocks), which the
		// clock shows and processor time does not.
		var cpu, clock [2]time.Duration
		for b.Loop() {
			for i, n := range []int{5, 1} {
				t, w := newscorpus.CPUTime(), time.Now()
				for range n {
					brief.Analyze(arts[i])
				}
				cpu[i] += newscorpus.CPUTime() - t
				clock[i] += time.Since(w)
			}
		}
		if cpu[0] > 0 && clock[0] > 0 {
			b.ReportMetric(float64(cpu[1])/float64(cpu[0]/5), "x")
			b.ReportMetric(float64(clock[1])/float64(clock[0]/5), "clock-x")
			b.ReportMetric(float64(cpu[0].Microseconds())/1e3/5/float64(b.N), "1MB-cpu-ms/op")
			b.ReportMetric(float64(cpu[1].Microseconds())/1e3/float64(b.N), "5MB-cpu-ms/op")
		}
	})
}

// reportWords reports the words analysed a second: on the clock, and of
// processor time (what the process itself used: on a machine shared with
// other work the clock also counts the time others held the processor).
func reportWords(b *testing.B, words int, cpu newscorpus.CPUMeter) {
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if t := cpu.Elapsed(); t > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/t.Seconds(), "words/cpu-s")
		b.ReportMetric(float64(t.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	}
}

var theLibrary = sync.OnceValues(func() ([]*brief.Article, error) {
	root, err := newscorpus.Root()
	if err != nil {
		return nil, err
	}
	return newscorpus.LibraryArticles(root, 1000)
})

// BenchmarkAnalyzeLibrary measures analysing a library of 1,000 articles
// (about 950,000 words when ../shared and go-readability's pages are
// here), articles side by side on every CPU, then merged.
func BenchmarkAnalyzeLibrary(b *testing.B) {
	arts, err := theLibrary()
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, a := range arts {
		words += a.Words
	}
	b.ReportAllocs()
	cpu := newscorpus.StartCPU()
	for b.Loop() {
		brief.Analyze(arts...)
	}
	reportWords(b, words, cpu)
	b.ReportMetric(float64(len(arts)), "articles")
}
