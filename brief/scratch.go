package brief

import (
	"runtime"
	"sync"
)

// scratch holds the tables an analysis reads only while it runs, which
// release lets go of: the tokens, their lexical classes, lemmas, word ids
// and sentences, the word index and the mention index by token. Analyses
// take them from a pool and give them back, so that a library of articles
// does not allocate them anew for each (they were a third of what the
// engine allocated on news, and so of the garbage collector's work).
type scratch struct {
	toks    []tok
	low     []string
	ments   []mention
	lex     []uint16
	sets    []wordSets
	lem     []lemma
	wid     []int32
	tokSent []int32
	byTok   []int32
	words   []wordInfo
	wordTab wordTable
	// cover is the mention by token (doc.buildCover); occStart, occPos
	// and occNext the word index (doc.occurrences).
	cover, occStart, occPos, occNext []int32
	// eidx and byKey are resolveEntities' entity index and entities by
	// name, given back (empty) when it is done with them.
	eidx  *entIndex
	byKey map[string]int
	// quotes are the quotes' spans (doc.findQuotes).
	quotes []quoteSpan
	// sentFlags holds sentHasWord's tables (doc.sentTable).
	sentFlags []bool
	// brandAlone is demoteBrandProducts' map of the words named alone.
	brandAlone map[string]bool
	// orgNames and orgStems are mergeOrgPrefixes' maps.
	orgNames, orgStems map[string][]int32
}

// maxPooledToks bounds the tables the pool keeps: those of an article of
// up to about 1 MB. A longer one's are left to the garbage collector, so
// that a pooled table is never much larger than the next article's, and
// clearing the word map stays cheap.
const maxPooledToks = 1 << 18

// scratchFree holds the tables given back, for the next analyses: at most
// one set for each processor that may run an analysis at once
// (GOMAXPROCS), however many collections pass. (A sync.Pool let the
// collector drop them: a set left in one processor's own slot cannot be
// taken from another, and went at the second collection, so the tables
// were made and grown again every few dozen articles, a tenth of what
// the engine allocated on news.)
var scratchFree struct {
	sync.Mutex
	list []*scratch
}

// takeScratch returns tables for an analysis, given back by an earlier
// one when there are some.
func takeScratch() *scratch {
	scratchFree.Lock()
	defer scratchFree.Unlock()
	if n := len(scratchFree.list); n > 0 {
		s := scratchFree.list[n-1]
		scratchFree.list[n-1] = nil
		scratchFree.list = scratchFree.list[:n-1]
		return s
	}
	return new(scratch)
}

// putScratch keeps s for a later analysis, unless as many sets as
// processors are kept already.
func putScratch(s *scratch) {
	scratchFree.Lock()
	defer scratchFree.Unlock()
	if len(scratchFree.list) < runtime.GOMAXPROCS(0) {
		scratchFree.list = append(scratchFree.list, s)
	}
}

// scratch returns the tables d reuses, taken from the pool on first use.
func (d *doc) scratch() *scratch {
	if d.scr == nil {
		d.scr = takeScratch()
	}
	return d.scr
}

// giveScratch gives the tables of d back to the pool, empty, unless they
// are too large to keep; d no longer holds them.
func (d *doc) giveScratch() {
	s := d.scr
	d.scr = nil
	if s == nil || cap(d.toks) > maxPooledToks || len(d.words) > maxPooledToks/4 {
		return
	}
	// An array the analysis did not take (a stage it did not come to, a
	// table it asked for on no call) is no reason to lose the one kept.
	s.toks, s.lex, s.lem = larger(s.toks, d.toks), larger(s.lex, d.lex), larger(s.lem, d.lem)
	s.wid, s.tokSent, s.byTok = larger(s.wid, d.wid), larger(s.tokSent, d.tokSent), larger(s.byTok, d.byTok)
	s.words, s.sets = larger(s.words, d.words), larger(s.sets, d.sets)
	clear(d.low) // its strings are the article's: let go
	s.low = larger(s.low, d.low)
	clear(d.ments[:cap(d.ments)]) // the same, past a mention taken back too
	s.ments = larger(s.ments, d.ments)
	s.cover, s.occStart, s.occPos = larger(s.cover, d.cover), larger(s.occStart, d.occStart), larger(s.occPos, d.occPos)
	s.quotes = larger(s.quotes, d.quotes)
	s.sentFlags = larger(s.sentFlags, d.sentFlags)
	if cap(d.wordTab.slots) >= cap(s.wordTab.slots) {
		s.wordTab = d.wordTab // emptied when taken (wordTable.reset)
	}
	putScratch(s)
}

// larger returns the array of kept or of used, the analysis' own, that
// has the more room, emptied: used was taken from kept (sized, zeroed,
// emptyCap), or made larger than it, or is nil when the analysis did not
// need it. (kept's values were cleared when it was given back, if they
// needed to be.)
func larger[T any](kept, used []T) []T {
	if cap(used) >= cap(kept) {
		return used[:0]
	}
	return kept[:0]
}

// sized returns a slice of n values, not cleared, reusing s's array when
// it is large enough.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// takeEntIndex returns an empty entity index with room for about n keys:
// the one given back to the scratch tables (giveEntIndex) when there is
// one.
func (s *scratch) takeEntIndex(n int) *entIndex {
	if x := s.eidx; x != nil {
		s.eidx = nil
		return x
	}
	return newEntIndexSized(n)
}

// giveEntIndex gives an entity index back to the scratch tables, emptied,
// unless it is too large to keep.
func (s *scratch) giveEntIndex(x *entIndex) {
	if x.emptied() {
		s.eidx = x
	}
}

// emptied empties x for another analysis or merge to fill, and reports
// whether it may be kept for one: false, and x left as it is, when x is
// nil, made over another index (over), or too large to keep.
func (x *entIndex) emptied() bool {
	if x == nil || x.base != nil || len(x.one) > maxPooledToks/4 {
		return false
	}
	x.m.reset()
	clear(x.named)
	clear(x.namedAs)
	clear(x.lists) // the lists themselves are let go
	x.one, x.lists = x.one[:0], x.lists[:0]
	return true
}

// takeMap returns the map kept in *kept, emptied when it was given back
// (giveMap), or else a new one with room for about n keys; *kept is left
// nil until the map is given back.
func takeMap[V any](kept *map[string]V, n int) map[string]V {
	if m := *kept; m != nil {
		*kept = nil
		return m
	}
	return make(map[string]V, n)
}

// giveMap keeps m in *kept for the next analysis, emptied (its keys and
// values are the article's: let go), unless it is too large to keep.
func giveMap[V any](kept *map[string]V, m map[string]V) {
	if len(m) > maxPooledToks/4 {
		return
	}
	clear(m)
	*kept = m
}

// zeroed returns a slice of n zero values, reusing s's array when it is
// large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// emptyCap returns an empty slice with room for n values, reusing s's
// array when it is large enough.
func emptyCap[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}
