package page

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/briefing-app/briefing/brief"
)

// articleFacts is what the page reads of one article's text on its own,
// whatever the other articles of the briefing: it is kept while the
// article lives (factsOf), so that a briefing made again after one article
// is added to a thousand reads the text of that one only.
type articleFacts struct {
	// text and sentences are those the facts were read from: an article
	// changed in place since is read again.
	text      string
	sentences []brief.Sentence

	// named is namedThings before the generic words are left out and
	// the square roots taken: how often each is used.
	named map[string]float64
	// cases counts how often each word is capitalised inside a sentence
	// and how often not (wordCasesOf).
	cases map[string][2]int
	// opening holds the words of the article's opening (openingWords).
	opening map[string]bool
	// counts holds each sentence's counts of things (countsIn, with
	// source 0), nil for a credit line.
	counts [][]numClaim
	// cues are the sentences that deny a report, with where the denial
	// cue ends (denialCue).
	cues []denialAt
	// credits are the sentences that are credit lines (isCredit).
	credits []bool

	// claimWords are, made on first use (claims), the words of each
	// sentence that may state a claim: nil for a sentence that says no
	// or a credit line.
	claimOnce  sync.Once
	claimWords []map[string]bool

	// lead are, made on first use (leadTermsOf), the lead terms of each
	// sentence, each once with how often the sentence uses it.
	leadOnce sync.Once
	lead     [][]termCount
}

// termCount is a term and how often a text uses it.
type termCount struct {
	term string
	n    int
}

// denialAt is a sentence that denies a report: denialCue spans
// [start, end) of it.
type denialAt struct{ sent, start, end int }

var facts = struct {
	sync.Mutex
	m map[weak.Pointer[brief.Article]]*articleFacts
}{m: map[weak.Pointer[brief.Article]]*articleFacts{}}

// factsOf returns the facts of article a, read now or kept from before.
// They are kept as long as a lives.
func factsOf(a *brief.Article) *articleFacts {
	key := weak.Make(a)
	facts.Lock()
	f := facts.m[key]
	facts.Unlock()
	if f != nil && f.text == a.Text && slices.Equal(f.sentences, a.Sentences) {
		return f
	}
	f = readFacts(a)
	facts.Lock()
	if _, had := facts.m[key]; !had {
		runtime.AddCleanup(a, func(k weak.Pointer[brief.Article]) {
			facts.Lock()
			delete(facts.m, k)
			facts.Unlock()
		}, key)
	}
	facts.m[key] = f
	facts.Unlock()
	return f
}

// readAllFacts returns the facts of every article (factsOf), reading
// those not kept side by side, one article on each CPU: nil for a nil
// article, and for one whose reading failed (factsIn reads it again).
func readAllFacts(arts []*brief.Article) []*articleFacts {
	fs := make([]*articleFacts, len(arts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(arts)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(arts) {
					return
				}
				if arts[i] != nil {
					fs[i] = readFactsAhead(arts[i])
				}
			}
		})
	}
	wg.Wait()
	return fs
}

// factsIn returns the facts of article i of arts: fs[i], read by
// readAllFacts for the briefing being built, else factsOf's. fs may be
// nil.
func factsIn(fs []*articleFacts, arts []*brief.Article, i int) *articleFacts {
	if i < len(fs) && fs[i] != nil {
		return fs[i]
	}
	return factsOf(arts[i])
}

// readFactsAhead is factsOf for readAllFacts: should reading fail on text
// nobody foresaw, Build reads that article again on its own goroutine,
// where the failure is its caller's to handle, not the process's.
func readFactsAhead(a *brief.Article) (f *articleFacts) {
	defer func() { _ = recover() }()
	return factsOf(a)
}

// readFacts reads the facts of a's text.
func readFacts(a *brief.Article) *articleFacts {
	f := &articleFacts{text: a.Text, sentences: slices.Clone(a.Sentences),
		named: namedCounts(a), cases: wordCasesOf(a.Text),
		opening: openingWords(a), counts: make([][]numClaim, len(a.Sentences)), credits: make([]bool, len(a.Sentences))}
	for sent := range a.Sentences {
		s := a.SentenceText(sent)
		if mayDeny(s) {
			if loc := denialCue().FindStringIndex(s); loc != nil {
				f.cues = append(f.cues, denialAt{sent, loc[0], loc[1]})
			}
		}
		if f.credits[sent] = isCredit(s); !f.credits[sent] {
			f.counts[sent] = countsIn(s, 0, sent)
		}
	}
	return f
}

// claims returns the words of each of a's sentences that may state a
// claim (see claimWords); a is the article the facts are of.
func (f *articleFacts) claims(a *brief.Article) []map[string]bool {
	f.claimOnce.Do(func() {
		f.claimWords = make([]map[string]bool, len(a.Sentences))
		for k := range a.Sentences {
			t := a.SentenceText(k)
			if negated().MatchString(t) || isCredit(t) {
				continue
			}
			have := map[string]bool{}
			for _, w := range leadTerms(t) {
				have[w] = true
			}
			f.claimWords[k] = have
		}
	})
	return f.claimWords
}

// leadTermsOf returns the lead terms of each of a's sentences (leadTerms),
// each once, in the order of their first use, with how often the sentence
// uses it; a is the article the facts are of.
func (f *articleFacts) leadTermsOf(a *brief.Article) [][]termCount {
	f.leadOnce.Do(func() {
		f.lead = make([][]termCount, len(a.Sentences))
		for k := range a.Sentences {
			var tcs []termCount
		terms:
			for _, t := range leadTerms(a.SentenceText(k)) {
				for i := range tcs {
					if tcs[i].term == t {
						tcs[i].n++
						continue terms
					}
				}
				tcs = append(tcs, termCount{t, 1})
			}
			f.lead[k] = tcs
		}
	})
	return f.lead
}
