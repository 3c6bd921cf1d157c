package brief

import "sync"

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
}

// maxPooledToks bounds the tables the pool keeps: those of an article of
// up to about 1 MB. A longer one's are left to the garbage collector, so
// that a pooled table is never much larger than the next article's, and
// clearing the word map stays cheap.
const maxPooledToks = 1 << 18

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// takeScratch returns tables for an analysis, from the pool when it has
// some.
func takeScratch() *scratch { return scratchPool.Get().(*scratch) }

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
	s.toks, s.lex, s.lem, s.wid, s.tokSent, s.byTok = d.toks[:0], d.lex[:0], d.lem[:0], d.wid[:0], d.tokSent[:0], d.byTok[:0]
	s.words, s.sets = d.words[:0], d.sets[:0]
	clear(d.low) // its strings are the article's: let go
	s.low = d.low[:0]
	clear(d.ments[:cap(d.ments)]) // the same, past a mention taken back too
	s.ments = d.ments[:0]
	s.cover, s.occStart, s.occPos = d.cover[:0], d.occStart[:0], d.occPos[:0]
	s.wordTab = d.wordTab // emptied when taken (wordTable.reset)
	scratchPool.Put(s)
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
	if x == nil || x.base != nil || len(x.one) > maxPooledToks/4 {
		return
	}
	x.m.reset()
	clear(x.named)
	clear(x.namedAs)
	clear(x.lists) // the lists themselves are let go
	x.one, x.lists = x.one[:0], x.lists[:0]
	s.eidx = x
}

// takeByKey returns an empty map of entities by name, with room for
// about n (resolveEntities).
func (s *scratch) takeByKey(n int) map[string]int {
	if m := s.byKey; m != nil {
		s.byKey = nil
		return m
	}
	return make(map[string]int, n)
}

// giveByKey gives a map of entities by name back, emptied (its keys are
// substrings of the article: let go), unless it is too large to keep.
func (s *scratch) giveByKey(m map[string]int) {
	if len(m) > maxPooledToks/4 {
		return
	}
	clear(m)
	s.byKey = m
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
