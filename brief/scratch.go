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
	lex     []uint16
	lem     []lemma
	wid     []int32
	tokSent []int32
	byTok   []int32
	words   []wordInfo
	wordID  map[string]int32
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
	s.words = d.words[:0]
	if d.wordID != nil {
		clear(d.wordID) // the keys are substrings of the article: let it go
		s.wordID = d.wordID
	}
	scratchPool.Put(s)
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
