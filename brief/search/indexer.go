package search

import (
	"slices"
	"sync"

	"github.com/briefing-app/briefing/brief"
)

// Indexer makes indexes as NewIndex does, one after another, keeping from
// each what the next may take: the folded text of every item and the keys
// of the actors and items. When one article is added to a briefing of
// many, the next index folds that article's sentences and the items that
// changed, not every sentence again. What it makes is what NewIndex makes
// from the same analysis.
//
// Its zero value is ready to use; it is safe for use by several
// goroutines.
type Indexer struct {
	mu   sync.Mutex
	last *indexed
}

// indexed is what an index leaves for the next: never changed once made.
type indexed struct {
	// texts are the folded texts of the items other than sentences, and
	// keys the items' keys, by what they are made of.
	texts *memo[string, folded]
	keys  *memo[keyOf, string]
	// articles are the folded sentences of each article.
	articles map[*brief.Article]*articleFolds
}

// memo holds values by key for the indexes made one after another: those
// of base, which several indexes share, and those of delta, used by this
// index and not in base. Neither map changes once the index is made.
// Each index takes base from the one before, and puts what is new in a
// delta of its own, until base holds too many entries no index uses or
// delta grows: then the index after puts every value it uses in a new
// base.
type memo[K comparable, V any] struct {
	prev        *memo[K, V]
	base, delta map[K]V
	// calls counts the values asked for (get).
	calls int
}

// newMemo returns the memo of an index made after the one that left prev
// (nil for none).
func newMemo[K comparable, V any](prev *memo[K, V]) *memo[K, V] {
	m := &memo[K, V]{prev: prev, delta: map[K]V{}}
	// Made again when an index asked for fewer values than two thirds of
	// base's (so a third at least are not used any more), or when the
	// new ones outgrow a quarter of base.
	if prev != nil && len(prev.base) > 0 && 3*prev.calls >= 2*len(prev.base) && 4*len(prev.delta) <= len(prev.base) {
		m.base = prev.base
	}
	return m
}

// get returns the value of k kept before, if any; the value of a k not
// kept is to be given to add.
func (m *memo[K, V]) get(k K) (V, bool) {
	m.calls++
	if v, ok := m.base[k]; ok {
		return v, true
	}
	v, ok := m.delta[k]
	if ok {
		return v, true
	}
	if p := m.prev; p != nil {
		if v, ok = p.delta[k]; !ok {
			v, ok = p.base[k]
		}
		if ok {
			m.delta[k] = v
		}
	}
	return v, ok
}

// add keeps v, the value of k, which get did not find.
func (m *memo[K, V]) add(k K, v V) { m.delta[k] = v }

// done ends the index's use of m: the memo before is let go.
func (m *memo[K, V]) done() {
	if m.base == nil {
		m.base, m.delta = m.delta, nil
	}
	m.prev = nil
}

// keyOf is what an item's key is made of: its kind and one or two
// strings.
type keyOf struct{ kind, a, b string }

// folded is a text folded (foldString).
type folded struct {
	fold string
	mask uint64
}

// articleFolds are the folded sentences of an article's text.
type articleFolds struct {
	text  string
	sents []brief.Sentence
	folds []folded
}

// Index indexes an analysis: NewIndex's index, made with what the index
// made before left.
func (x *Indexer) Index(an *brief.Analysis) *Index {
	if an == nil {
		return newIndexOf(nil)
	}
	x.mu.Lock()
	prev := x.last
	x.mu.Unlock()
	if prev == nil {
		prev = &indexed{}
	}
	next := &indexed{texts: newMemo(prev.texts), keys: newMemo(prev.keys), articles: map[*brief.Article]*articleFolds{}}
	fold := func(s string) folded {
		f, ok := next.texts.get(s)
		if !ok {
			f.fold, f.mask = foldString(s)
			next.texts.add(s, f)
		}
		return f
	}
	key := func(kind string, mk func() string, parts ...string) string {
		k := keyOf{kind: kind, a: parts[0]}
		if len(parts) > 1 {
			k.b = parts[1]
		}
		v, ok := next.keys.get(k)
		if !ok {
			v = mk()
			next.keys.add(k, v)
		}
		return v
	}
	items := indexItems(an, key)
	n := len(items)
	for _, a := range an.Articles {
		if a != nil {
			n += len(a.Sentences)
		}
	}
	ix := &Index{items: items, n: n, fold: make([]string, n), mask: make([]uint64, n), kind: make([]Kind, n)}
	for i, it := range items {
		f := fold(it.Text)
		ix.kind[i], ix.fold[i], ix.mask[i] = it.Kind, f.fold, f.mask
	}
	// Sentences, folded by article.
	for i, a := range an.Articles {
		if a == nil {
			continue
		}
		af := next.articles[a]
		if af == nil {
			af = prev.articles[a]
			if af == nil || af.text != a.Text || !slices.Equal(af.sents, a.Sentences) {
				af = &articleFolds{text: a.Text, sents: slices.Clone(a.Sentences), folds: make([]folded, len(a.Sentences))}
				for j := range a.Sentences {
					af.folds[j].fold, af.folds[j].mask = foldString(a.SentenceText(j))
				}
			}
			next.articles[a] = af
		}
		if len(af.sents) == 0 {
			continue
		}
		first := len(items)
		if len(ix.sents) > 0 {
			last := ix.sents[len(ix.sents)-1]
			first = last.first + len(last.art.sents)
		}
		ix.sents = append(ix.sents, sentenceItems{first: first, src: brief.SourceID(i), art: af})
		for j := range af.sents {
			k := first + j
			ix.kind[k], ix.fold[k], ix.mask[k] = Sentences, af.folds[j].fold, af.folds[j].mask
		}
	}
	next.texts.done()
	next.keys.done()
	x.mu.Lock()
	x.last = next
	x.mu.Unlock()
	return ix
}
