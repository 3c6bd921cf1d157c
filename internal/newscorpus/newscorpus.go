// Package newscorpus gathers, at run time, the news text the speed
// benchmarks run on: the project's own articles, the evaluation's real news
// pages beside the repository (../shared, when it is there) and the English
// test pages of go-readability (from the Go module cache, when they are
// there). Nothing of the third-party pages is copied into the repository;
// they are read where they lie, and a benchmark that needs them skips when
// they are absent.
//
// It is used by the benchmarks (brief, brief/page, brief/search) and by
// `make bench` (tools/bench).
package newscorpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// Root returns the repository's top folder: the nearest folder above the
// working directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("newscorpus: no go.mod above the working directory")
		}
		dir = up
	}
}

// SharedDir returns the evaluation folder beside the repository
// (BRIEFING_SHARED, else ../shared), or "" when it is not there.
func SharedDir(root string) string {
	dir := os.Getenv("BRIEFING_SHARED")
	if dir == "" {
		dir = filepath.Join(root, "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "eval")); err != nil {
		return ""
	}
	return dir
}

// ReadabilityDir returns the folder of go-readability (the version go.mod
// requires) in the module cache, or "" when it is not there.
func ReadabilityDir(root string) string {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return ""
	}
	cmd := exec.Command(goCmd, "list", "-m", "-json", "codeberg.org/readeck/go-readability/v2")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	var m struct{ Dir string }
	if json.Unmarshal(out, &m) != nil || m.Dir == "" {
		return ""
	}
	if _, err := os.Stat(filepath.Join(m.Dir, "test-pages")); err != nil {
		return ""
	}
	return m.Dir
}

// Own loads the project's own news-style articles: the labelled test
// articles and the sample (written for Briefing).
func Own(root string) ([]*brief.Article, error) {
	var paths []string
	for _, ext := range []string{"txt", "md", "html"} {
		m, _ := filepath.Glob(filepath.Join(root, "brief", "testdata", "articles", "*."+ext))
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	paths = append(paths, filepath.Join(root, "assets", "samples", "sample.txt"))
	return loadAll(paths)
}

// Dev loads the evaluation's articles and real news pages under shared
// (../shared): its articles, and the raw pages of its labelled sets as the
// app reads them (readability keeps the article). Pages of the dev set that
// live in go-readability's test pages are read from readabilityDir when it
// is not "". It returns nothing when shared is "".
func Dev(shared, readabilityDir string) ([]*brief.Article, error) {
	if shared == "" {
		return nil, nil
	}
	paths, _ := filepath.Glob(filepath.Join(shared, "articles", "*.txt"))
	pages, _ := filepath.Glob(filepath.Join(shared, "eval", "*", "pages", "*.html"))
	paths = append(paths, pages...)
	if readabilityDir != "" {
		labels, _ := filepath.Glob(filepath.Join(shared, "eval", "gold", "*.json"))
		for _, l := range labels {
			data, err := os.ReadFile(l)
			if err != nil {
				return nil, err
			}
			var lab struct {
				Source struct{ File string } `json:"source"`
			}
			if json.Unmarshal(data, &lab) == nil && strings.HasPrefix(lab.Source.File, "test-pages/") {
				paths = append(paths, filepath.Join(readabilityDir, filepath.FromSlash(lab.Source.File)))
			}
		}
	}
	sort.Strings(paths)
	return loadAll(paths)
}

func loadAll(paths []string) ([]*brief.Article, error) {
	var out []*brief.Article
	for _, p := range paths {
		a, err := load.File(p)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Page is one of go-readability's English test pages: its expected.html
// with the tags stripped, one paragraph a block.
type Page struct {
	Name  string // the test page's folder
	Title string // its title (expected-metadata.json), or the folder's name
	Text  string // paragraphs separated by blank lines
	Words int
}

// ReadabilityPages returns go-readability's English test pages (their
// expected.html: the article readability keeps, tags stripped), in name
// order. A page is English when at least one word in five is a common
// English function word, and it is kept when it has 150 to 15,000 words
// (an article's length: the one longer page is an encyclopaedia's).
// Together they are about 1 MB and 164,000 words of text: news from the
// BBC, CNN, the Guardian, the New York Times and others, plus some
// blogs and technical articles.
func ReadabilityPages(readabilityDir string) ([]Page, error) {
	if readabilityDir == "" {
		return nil, nil
	}
	files, _ := filepath.Glob(filepath.Join(readabilityDir, "test-pages", "*", "expected.html"))
	sort.Strings(files)
	var out []Page
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		paras := StripTags(data)
		text := strings.Join(paras, "\n\n")
		words := strings.Fields(text)
		if len(words) < 150 || len(words) > 15000 || !english(words) {
			continue
		}
		p := Page{Name: filepath.Base(filepath.Dir(f)), Text: text, Words: len(words)}
		p.Title = p.Name
		if meta, err := os.ReadFile(filepath.Join(filepath.Dir(f), "expected-metadata.json")); err == nil {
			var m struct{ Title string }
			if json.Unmarshal(meta, &m) == nil && strings.TrimSpace(m.Title) != "" {
				p.Title = strings.Join(strings.Fields(m.Title), " ")
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// functionWords are common English words; about half the words of English
// prose are among them.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the of and to a in is that for it on was with as by at be are this from
		or an have has had not but he she his her they their we you i its which who will would said were been
		there all one can more about than into if so no what when out up also after our them some only`) {
		m[w] = true
	}
	return m
}()

func english(words []string) bool {
	n := 0
	for _, w := range words {
		if functionWords[strings.ToLower(strings.Trim(w, `.,;:!?"'()“”‘’`))] {
			n++
		}
	}
	return n*5 >= len(words)
}

// blockTags end a paragraph of text.
var blockTags = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "blockquote": true, "pre": true, "tr": true, "br": true, "section": true,
	"article": true, "figcaption": true, "dd": true, "dt": true, "table": true, "ul": true, "ol": true}

// StripTags returns the text of an HTML fragment, one string per block,
// with runs of white space made single spaces.
func StripTags(data []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(data))
	var paras []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			return paras
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch n := string(name); {
			case n == "script" || n == "style":
				skip++
			case blockTags[n]:
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch n := string(name); {
			case n == "script" || n == "style":
				if skip > 0 {
					skip--
				}
			case blockTags[n]:
				flush()
			}
		}
	}
}

// OneFile is the 1 MB corpus of issue #16: the English test pages'
// text (see ReadabilityPages) one after the other, in one file.
func OneFile(pages []Page) string {
	var b strings.Builder
	for _, p := range pages {
		b.WriteString(p.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

// News is the news text of the speed benchmarks: the project's own
// articles, the evaluation's (Dev) and go-readability's English test
// pages, each an article of its own, and those pages (absent when the
// module cache does not hold them).
func News(root string) ([]*brief.Article, []Page, error) {
	own, err := Own(root)
	if err != nil {
		return nil, nil, err
	}
	rd := ReadabilityDir(root)
	dev, err := Dev(SharedDir(root), rd)
	if err != nil {
		return nil, nil, err
	}
	pages, err := ReadabilityPages(rd)
	if err != nil {
		return nil, nil, err
	}
	arts := append(own, dev...)
	for _, p := range pages {
		a, err := ParseText(p.Name+".txt", p.Text)
		if err != nil {
			return nil, nil, err
		}
		arts = append(arts, a)
	}
	return arts, pages, nil
}

// ParseText makes an article of text as `briefing analyze` does of a .txt
// file with that content.
func ParseText(name, text string) (*brief.Article, error) {
	return load.Parse(name, []byte(text), load.FormatText)
}

// Library makes n different articles of about `words` words each, as a
// large library holds them: article i is a run of paragraphs of source
// text i mod len(sources), starting further into it (and going round to
// its start) for each pass over the sources, headed by that text's title
// and a number. The texts differ, the stories repeat, as in a library
// where several outlets tell each story.
func Library(sources []Page, n, words int) []string {
	if len(sources) == 0 {
		return nil
	}
	type split struct {
		title string
		paras []string
		words []int
	}
	srcs := make([]split, len(sources))
	for i, p := range sources {
		s := split{title: p.Title}
		for _, para := range strings.Split(p.Text, "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				s.paras = append(s.paras, para)
				s.words = append(s.words, len(strings.Fields(para)))
			}
		}
		srcs[i] = s
	}
	out := make([]string, 0, n)
	for i := 0; len(out) < n; i++ {
		s := srcs[i%len(srcs)]
		if len(s.paras) == 0 {
			if i > n*len(srcs) {
				break
			}
			continue
		}
		pass := i / len(srcs)
		start := (pass * 7) % len(s.paras)
		var b strings.Builder
		b.WriteString(headline(s.title) + " " + strconv.Itoa(len(out)+1) + "\n\n")
		got := 0
		for k := 0; k < len(s.paras) && got < words; k++ {
			j := (start + k) % len(s.paras)
			b.WriteString(s.paras[j])
			b.WriteString("\n\n")
			got += s.words[j]
		}
		out = append(out, b.String())
	}
	return out
}

// headline makes a headline of a name: no full stop, so the loader takes
// the first line as the title.
func headline(t string) string {
	t = strings.TrimRight(strings.TrimSpace(t), ".")
	if t == "" {
		return "Article"
	}
	return t
}

// Articles turns Library texts into articles as the app reads .txt files.
func Articles(texts []string) ([]*brief.Article, error) {
	out := make([]*brief.Article, len(texts))
	for i, t := range texts {
		a, err := ParseText(fmt.Sprintf("article-%04d.txt", i+1), t)
		if err != nil {
			return nil, err
		}
		out[i] = a
	}
	return out, nil
}

// AsPages turns articles into pages (their title and text), so that Library
// can draw on the project's own articles and the evaluation's pages too.
func AsPages(arts []*brief.Article) []Page {
	out := make([]Page, 0, len(arts))
	for _, a := range arts {
		out = append(out, Page{Name: a.Path, Title: a.Title, Text: a.Text, Words: a.Words})
	}
	return out
}

// Renamed returns text followed by n-1 copies of it in which the names are
// changed: every capitalised word that text never writes in lower case
// ("Obama", "NATO", but not "However") has its vowels moved on by k
// places in the k-th copy (a → e → i → o → u → a: "Ubeme"). The prose stays
// the same, and each copy names other people, places and organisations, as
// a longer text would: a test of how the work grows with the number of
// names, not only of words.
func Renamed(text string, n int) string {
	return strings.Join(RenamedParts(text, n), "\n\n")
}

// RenamedParts returns the n parts that Renamed joins with a blank line:
// text, then its n-1 renamed copies.
func RenamedParts(text string, n int) []string {
	lower := map[string]bool{}
	eachWord(text, func(w string) string {
		if w[0] >= 'a' && w[0] <= 'z' {
			lower[w] = true
		}
		return w
	})
	parts := []string{text}
	for k := 1; k < n; k++ {
		parts = append(parts, eachWord(text, func(w string) string {
			if w[0] < 'A' || w[0] > 'Z' || lower[strings.ToLower(w)] {
				return w
			}
			return shiftVowels(w, k)
		}))
	}
	return parts
}

// eachWord calls f on every run of ASCII letters of s and returns s with
// each run replaced by what f returns.
func eachWord(s string, f func(string) string) string {
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for i < len(s) {
		if !isASCIILetter(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		b.WriteString(f(s[i:j]))
		i = j
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// shiftVowels moves each vowel of w on by k places in aeiou, keeping its
// case.
func shiftVowels(w string, k int) string {
	const vowels = "aeiou"
	b := []byte(w)
	for i, c := range b {
		up := c >= 'A' && c <= 'Z'
		lc := c | 0x20
		if j := strings.IndexByte(vowels, lc); j >= 0 {
			nc := vowels[(j+k)%len(vowels)]
			if up {
				nc -= 0x20
			}
			b[i] = nc
		}
	}
	return string(b)
}

// CPUMeter measures the processor time a benchmark uses, beside the time
// on the clock: on a machine shared with other work the clock counts the
// time other processes held the processor too, the processor time only
// this process's.
type CPUMeter struct{ start time.Duration }

// StartCPU starts measuring (call it after the benchmark's set-up, with
// b.ResetTimer).
func StartCPU() CPUMeter { return CPUMeter{CPUTime()} }

// Elapsed returns the processor time used since StartCPU (0 where it
// cannot be read).
func (m CPUMeter) Elapsed() time.Duration {
	if m.start == 0 && CPUTime() == 0 {
		return 0
	}
	return CPUTime() - m.start
}

// Sources returns every text a library is made from (Library): the own
// articles, then the evaluation's (when ../shared is here), then
// go-readability's English pages (when they are in the module cache).
func Sources(root string) ([]Page, error) {
	own, err := Own(root)
	if err != nil {
		return nil, err
	}
	rd := ReadabilityDir(root)
	dev, err := Dev(SharedDir(root), rd)
	if err != nil {
		return nil, err
	}
	pages, err := ReadabilityPages(rd)
	if err != nil {
		return nil, err
	}
	return append(append(AsPages(own), AsPages(dev)...), pages...), nil
}

// LibraryArticles returns the n articles of a library (Library, about
// 1,500 words each) made from Sources, read as the app reads .txt files.
func LibraryArticles(root string, n int) ([]*brief.Article, error) {
	src, err := Sources(root)
	if err != nil {
		return nil, err
	}
	return Articles(Library(src, n, LibraryWords))
}

// LibraryWords is about how many words each article of a library has.
const LibraryWords = 1500
