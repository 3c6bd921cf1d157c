package brief

import (
	"context"
	"sync"
	"sync/atomic"
)

// Cache keeps the analysis of each article (AnalyzeArticle) between
// analyses of a changing set of articles, as the app's library is, and
// where its last merge got to: adding one article to a briefing of a
// thousand analyses that one and merges it into the merge of the
// thousand. Its zero value is ready to use; it is safe for use by several
// goroutines. Successive analyses share the actors later articles did not
// change (their citations and aliases): treat an analysis as read-only, or
// change a copy.
type Cache struct {
	mu sync.Mutex
	// byID holds the analyses by article ID: most often one, more for
	// articles of the same text under other titles or outlets.
	byID map[string][]*ArticleAnalysis
	// analysed counts the articles analysed, not taken from the cache.
	analysed atomic.Int64
	// merged is where the last merge got to: a merge of its articles and
	// more after them goes on from there (see mergeDocsFrom).
	merged *mergeState
}

// AnalyzeContext is the package's AnalyzeContext, with the analyses of the
// articles analysed before taken from the cache: an article is analysed
// again only when what the engine reads of it changed (ArticleAnalysis.For). The
// result is the same as AnalyzeContext's. The cache then keeps the
// analyses of these articles only, so that articles no longer asked for
// are let go. Articles are known by their ID (articles with the same text
// under other titles each keep their analysis); those without one are
// analysed every time. When the articles are those of the call before
// with more after them, the merge goes on from that call's.
func (c *Cache) AnalyzeContext(ctx context.Context, articles ...*Article) (*Analysis, error) {
	c.mu.Lock()
	old := c.byID
	c.mu.Unlock()
	parts := make([]*ArticleAnalysis, len(articles))
	var todo []int
	for i, a := range articles {
		if a == nil {
			continue
		}
		if p, ok := analysisFor(old[a.ID], a); ok && a.ID != "" {
			parts[i] = p
			continue
		}
		todo = append(todo, i)
	}
	c.analysed.Add(analyzeEach(ctx, articles, todo, parts, nil))
	if err := ctx.Err(); err != nil {
		// What was analysed in full is kept for the next call.
		c.keep(articles, parts, true)
		return nil, err
	}
	c.keep(articles, parts, false)
	c.mu.Lock()
	prev := c.merged
	c.mu.Unlock()
	an, st := mergeFrom(prev, parts...)
	c.mu.Lock()
	c.merged = st
	c.mu.Unlock()
	return an, nil
}

// keep puts the analyses of articles in the cache: in place of what it
// held, or beside it when add is set (an analysis called off, whose
// articles may yet be asked for again).
func (c *Cache) keep(articles []*Article, parts []*ArticleAnalysis, add bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := make(map[string][]*ArticleAnalysis, len(articles))
	if add {
		for id, ps := range c.byID {
			m[id] = ps
		}
	}
	for i, a := range articles {
		if a == nil || a.ID == "" || parts[i] == nil {
			continue
		}
		ps := m[a.ID]
		if _, ok := analysisFor(ps, a); ok {
			continue // an analysis that serves it is kept already
		}
		m[a.ID] = append(ps[:len(ps):len(ps)], parts[i])
	}
	c.byID = m
}

// analysisFor returns the analysis of ps that serves article a
// (ArticleAnalysis.For).
func analysisFor(ps []*ArticleAnalysis, a *Article) (*ArticleAnalysis, bool) {
	for _, p := range ps {
		if q, ok := p.For(a); ok {
			return q, true
		}
	}
	return nil, false
}

// Len returns how many analyses the cache holds.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, ps := range c.byID {
		n += len(ps)
	}
	return n
}
