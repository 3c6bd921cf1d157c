package brief

import (
	"context"
	"encoding/json"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Analyze extracts actors, quotes, commitments and disputes from articles.
// The same actor is merged across articles, and every item cites its source
// ("S1" for the first article) and sentence. Analyze never fails: an article
// in which nothing is found yields an analysis with empty lists.
func Analyze(articles ...*Article) *Analysis {
	an, _ := AnalyzeContext(context.Background(), articles...)
	return an
}

// AnalyzeContext is Analyze for work that may be called off: it looks at
// ctx before each article and between the stages of each (a few times per
// article, not per word), and once ctx is done it stops and returns ctx's
// error and no analysis. With a context that is never done it returns
// what Analyze returns.
//
// The articles are analysed side by side, one on each CPU (each article on
// its own, as AnalyzeArticle does), then merged in their order (Merge): the
// result is the same whatever the number of CPUs.
func AnalyzeContext(ctx context.Context, articles ...*Article) (*Analysis, error) {
	parts := make([]*ArticleAnalysis, len(articles))
	todo := make([]int, 0, len(articles))
	for i, a := range articles {
		if a != nil {
			todo = append(todo, i)
		}
	}
	pipe := &mergePipe{}
	analyzeEach(ctx, articles, todo, parts, pipe)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	an, docs, facts, srcs := gather(parts)
	// The merge's state is not kept (Merge keeps its own): its index and
	// map go back for the next merge.
	if m := pipe.finished(docs); m != nil {
		m.finish(an, docs, facts, srcs).giveBack()
	} else {
		mergeDocsFrom(an, nil, docs, facts, srcs).giveBack()
	}
	return an, nil
}

// mergePipe merges the docs of analyzeEach's jobs in their order as they
// are done, while the jobs after them are analysed, so that the merge is
// for the most part over by the time the last job is (a worker merges
// between its jobs, when the docs before are done; the last jobs leave a
// CPU idle for it). The merge is that of Merge: the same docs, added in
// the same order. A job that fails breaks the pipe, and Merge is left to
// do it all.
type mergePipe struct {
	mu    sync.Mutex
	m     *merger
	docs  []*doc // by job, once done
	facts []*mergeFacts
	srcs  []string
	ready []bool
	// next is the first job not merged; merging is set while a worker
	// merges (the others leave the jobs they finish to it).
	next    int
	merging bool
	broken  bool
}

// start readies the pipe for jobs whose articles have source IDs srcs.
func (p *mergePipe) start(srcs []string) {
	n := len(srcs)
	p.docs, p.facts, p.srcs, p.ready = make([]*doc, n), make([]*mergeFacts, n), srcs, make([]bool, n)
	p.m, _ = newMerger(nil, p.docs, srcs)
}

// done takes job k's doc d and merge facts f (failed: the engine failed
// on it), and merges the docs that are done in order from the first not
// merged, unless another worker is merging them.
func (p *mergePipe) done(k int, d *doc, f *mergeFacts, failed bool) {
	p.mu.Lock()
	p.docs[k], p.facts[k], p.ready[k] = d, f, true
	p.broken = p.broken || failed
	if p.merging {
		p.mu.Unlock()
		return
	}
	p.merging = true
	for !p.broken && p.next < len(p.ready) && p.ready[p.next] {
		i := p.next
		p.mu.Unlock()
		ok := p.add(i)
		p.mu.Lock()
		p.next++
		p.broken = p.broken || !ok
	}
	p.merging = false
	p.mu.Unlock()
}

// add adds job i's doc to the merge, and reports false should the merge
// fail: a worker's goroutine has no caller to hand a panic to, so the pipe
// breaks and Merge does it all on the caller's, as it did before the pipe.
func (p *mergePipe) add(i int) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			ok = false
		}
	}()
	p.m.add(i, p.docs[i], p.facts[i], p.srcs[i])
	return true
}

// finished returns the pipe's merger with every one of docs added, once
// the jobs are over: nil when the pipe broke or docs are not the jobs'
// docs in their order (Merge is then to merge them).
func (p *mergePipe) finished(docs []*doc) *merger {
	if p.m == nil || p.broken || !slices.Equal(p.docs, docs) {
		return nil
	}
	for ; p.next < len(docs); p.next++ {
		p.m.add(p.next, p.docs[p.next], p.facts[p.next], p.srcs[p.next])
	}
	return p.m
}

// analyzeEach analyses the articles at the indexes todo side by side, one
// on each CPU, each on its own (a long one in blocks, side by side too:
// see blockMin), into parts; pipe, when not nil, merges them as they are
// done (see mergePipe). Once ctx is done it stops, leaving out any
// analysis ctx cut short. It returns how many articles it analysed in full.
func analyzeEach(ctx context.Context, articles []*Article, todo []int, parts []*ArticleAnalysis, pipe *mergePipe) int64 {
	type job struct {
		art, k int // article articles[art], its k-th block
		b      block
	}
	var jobs []job
	docs := make([][]*doc, len(articles))
	facts := make([][]*mergeFacts, len(articles))
	for _, i := range todo {
		bs := blocksOf(articles[i])
		docs[i], facts[i] = make([]*doc, len(bs)), make([]*mergeFacts, len(bs))
		for k, b := range bs {
			jobs = append(jobs, job{i, k, b})
		}
	}
	failed := make([]bool, len(jobs))
	if pipe != nil {
		srcs := make([]string, len(jobs))
		for k, j := range jobs {
			srcs[k] = SourceID(j.art)
		}
		pipe.start(srcs)
	}
	var next atomic.Int64
	work := func() {
		for {
			k := int(next.Add(1) - 1)
			if k >= len(jobs) || ctx.Err() != nil {
				return
			}
			j := jobs[k]
			d, f, bad := safeAnalyzeDoc(ctx, j.b)
			if ctx.Err() != nil {
				return // d may be cut short
			}
			docs[j.art][j.k], facts[j.art][j.k], failed[k] = d, f, bad
			if pipe != nil {
				pipe.done(k, d, f, bad)
			}
		}
	}
	if workers := min(runtime.GOMAXPROCS(0), len(jobs)); workers <= 1 {
		// One article, or one CPU: on the caller's goroutine, without
		// starting one and waiting for it.
		work()
	} else {
		var wg sync.WaitGroup
		for range workers {
			wg.Go(work)
		}
		wg.Wait()
	}
	var done int64
	for k := 0; k < len(jobs); {
		i, whole, anyFailed := jobs[k].art, true, false
		for ; k < len(jobs) && jobs[k].art == i; k++ {
			whole = whole && docs[i][jobs[k].k] != nil
			anyFailed = anyFailed || failed[k]
		}
		switch {
		case !whole:
			continue
		case anyFailed:
			// The article is listed with nothing taken from it, not with
			// what its other blocks gave (Source.Failed).
			d := &doc{a: articles[i]}
			parts[i] = &ArticleAnalysis{a: articles[i], docs: []*doc{d}, facts: []*mergeFacts{mergeFactsOf(d)}, failed: true}
		default:
			parts[i] = &ArticleAnalysis{a: articles[i], docs: docs[i], facts: facts[i]}
		}
		done++
	}
	return done
}

// ArticleAnalysis is what the engine finds in one article on its own,
// before it is merged with other articles (see Merge). The app keeps one
// per article, so that adding an article to a briefing analyses only that
// article. It holds no more than merging needs, and is not changed by
// merging: one may be merged into any number of analyses, at the same time.
type ArticleAnalysis struct {
	a *Article
	// docs are the analyses of the article's blocks (one, for an article
	// of news length: see blockMin), and facts what merging needs of each.
	docs   []*doc
	facts  []*mergeFacts
	failed bool // the engine failed on the article (see Source.Failed)
}

// AnalyzeArticle analyses one article on its own: what Analyze does for
// each of its articles before merging them. Once ctx is done it stops and
// returns ctx's error.
func AnalyzeArticle(ctx context.Context, a *Article) (*ArticleAnalysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	parts := []*ArticleAnalysis{nil}
	analyzeEach(ctx, []*Article{a}, []int{0}, parts, nil)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return parts[0], nil
}

// appendDocs appends the docs of the analysis to docs, and their source
// ID to srcs, once for each.
func (p *ArticleAnalysis) appendDocs(docs []*doc, srcs []string, src string) ([]*doc, []string) {
	for _, d := range p.docs {
		docs, srcs = append(docs, d), append(srcs, src)
	}
	return docs, srcs
}

// Article returns the article analysed.
func (p *ArticleAnalysis) Article() *Article { return p.a }

// For returns the analysis of article a, which may be another copy of the
// article analysed (its path or date changed since, say): p itself, bound
// to a, when a has the same text, byline, title and outlet — all of an
// article that the analysis reads (the title and outlet name the article's
// own outlet and authors, who are no actors) — and false when it does not.
func (p *ArticleAnalysis) For(a *Article) (*ArticleAnalysis, bool) {
	switch {
	case p == nil || a == nil:
		return nil, false
	case a == p.a:
		return p, true
	case a.Text != p.a.Text || a.Byline != p.a.Byline || a.Title != p.a.Title || a.Site != p.a.Site:
		return nil, false
	}
	return &ArticleAnalysis{a: a, docs: p.docs, facts: p.facts, failed: p.failed}, true
}

// Merge combines analyses of single articles into the analysis of them
// all: the same actor across articles becomes one, the same quote from two
// outlets one item with both citations, and everything is ordered by
// importance. The i-th part's article is source "S<i+1>"; nil parts are
// skipped (their source numbers too). Merge(AnalyzeArticle(a1),
// AnalyzeArticle(a2)) is Analyze(a1, a2).
func Merge(parts ...*ArticleAnalysis) *Analysis {
	an, _ := mergeFrom(nil, parts...)
	return an
}

// mergeFrom is Merge, going on from where the merge of the first parts
// got to (prev, which may be nil; see mergeDocsFrom), and returning where
// this one got to.
func mergeFrom(prev *mergeState, parts ...*ArticleAnalysis) (*Analysis, *mergeState) {
	an, docs, facts, srcs := gather(parts)
	st := mergeDocsFrom(an, prev, docs, facts, srcs)
	return an, st
}

// gather lists what the merge of parts reads: the analysis to be, with
// the parts' articles and sources, and the parts' docs, their merge facts
// and their source IDs, in order.
func gather(parts []*ArticleAnalysis) (an *Analysis, docs []*doc, facts []*mergeFacts, srcs []string) {
	an = &Analysis{}
	docs = make([]*doc, 0, len(parts))
	facts = make([]*mergeFacts, 0, len(parts))
	srcs = make([]string, 0, len(parts))
	for i, p := range parts {
		if p == nil || p.a == nil {
			continue
		}
		a := p.a
		an.Articles = append(an.Articles, a)
		an.Sources = append(an.Sources, Source{
			ID: SourceID(i), ArticleID: a.ID, Title: a.Title, Path: a.Path,
			Site: a.Site, Byline: a.Byline, Date: a.Date, Words: a.Words,
		})
		an.Sources[len(an.Sources)-1].Failed = p.failed
		docs, srcs = p.appendDocs(docs, srcs, SourceID(i))
		facts = append(facts, p.facts...)
	}
	return an, docs, facts, srcs
}

// evalReport is the JSON object `briefing analyze --json` prints: the shape
// the evaluation scorer reads.
type evalReport struct {
	Title       string           `json:"title"`
	Sources     []evalSource     `json:"sources"`
	Actors      []evalActor      `json:"actors"`
	Quotes      []evalQuote      `json:"quotes"`
	Commitments []evalCommitment `json:"commitments"`
	Disputes    []evalDispute    `json:"disputes"`
}

type evalSource struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Path  string `json:"path"`
	Words int    `json:"words"`
}

type evalActor struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Role     string   `json:"role"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
}

type evalQuote struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Source   string `json:"source"`
	Sentence int    `json:"sentence"`
}

type evalCommitment struct {
	Actor    string `json:"actor"`
	Text     string `json:"text"`
	Source   string `json:"source"`
	Sentence int    `json:"sentence"`
	Cameo    string `json:"cameo"`
}

type evalDispute struct {
	Parties  []string `json:"parties"`
	Text     string   `json:"text"`
	Source   string   `json:"source"`
	Sentence int      `json:"sentence"`
	Cameo    string   `json:"cameo"`
}

// JSON renders the analysis as the object `briefing analyze --json` prints
// (title, sources, actors, quotes, commitments, disputes; every item with its
// source ID and sentence index, commitments and disputes with their CAMEO
// event code), indented for reading.
func (an *Analysis) JSON() ([]byte, error) {
	r := evalReport{
		Title:       an.Title(),
		Sources:     []evalSource{},
		Actors:      []evalActor{},
		Quotes:      []evalQuote{},
		Commitments: []evalCommitment{},
		Disputes:    []evalDispute{},
	}
	for _, s := range an.Sources {
		r.Sources = append(r.Sources, evalSource{s.ID, s.Title, s.Path, s.Words})
	}
	for _, a := range an.Actors {
		aliases := a.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		r.Actors = append(r.Actors, evalActor{a.Name, string(a.Kind), a.Role, aliases, a.Mentions})
	}
	for _, q := range an.Quotes {
		c := q.Cite()
		r.Quotes = append(r.Quotes, evalQuote{q.Text, q.Speaker, c.Source, c.Sentence})
	}
	for _, cm := range an.Commitments {
		c := cm.Cite()
		r.Commitments = append(r.Commitments, evalCommitment{cm.Actor, cm.Text, c.Source, c.Sentence, cm.Cameo})
	}
	for _, d := range an.Disputes {
		c := d.Cite()
		parties := d.Parties
		if parties == nil {
			parties = []string{}
		}
		r.Disputes = append(r.Disputes, evalDispute{parties, d.Text, c.Source, c.Sentence, d.Cameo})
	}
	return json.MarshalIndent(r, "", "  ")
}

// Title makes a title for the analysis: the article's own title for one
// article; for several, the leading actors ("Keir Starmer, Donald Trump and
// Ukraine").
func (an *Analysis) Title() string {
	switch {
	case len(an.Sources) == 0:
		return "Empty briefing"
	case len(an.Sources) == 1 && an.Sources[0].Title != "":
		return an.Sources[0].Title
	}
	var names []string
	for _, a := range an.Actors {
		if a.Kind == KindOther {
			continue
		}
		names = append(names, a.Name)
		if len(names) == 3 {
			break
		}
	}
	switch len(names) {
	case 0:
		return an.Sources[0].Title
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// onEnginePanic is told of a panic the engine recovered from; tests make it
// fail, so a bug cannot hide behind the empty analysis the user gets.
var onEnginePanic = func(any) {}

// safeAnalyzeDoc analyses one article, or one block of one (see blockMin);
// should a rule fail on text nobody foresaw, failed is set (and the
// article is kept with nothing extracted from it, see analyzeEach) rather
// than taking the app down (the fuzz tests hunt for such text). It
// returns the doc's merge facts too: once they are worked out, the working
// state that merging does not read is let go (release).
func safeAnalyzeDoc(ctx context.Context, b block) (d *doc, f *mergeFacts, failed bool) {
	defer func() {
		if v := recover(); v != nil {
			onEnginePanic(v)
			d, failed = &doc{a: b.a}, true
			f = mergeFactsOf(d)
		}
	}()
	d = analyzeBlock(ctx, b)
	f = mergeFactsOf(d)
	d.release()
	return d, f, false
}
