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
	texts map[string]folded
	keys  map[keyOf]string
	// articles are the folded sentences of each article.
	articles map[*brief.Article]*articleFolds
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
	next := &indexed{texts: map[string]folded{}, keys: map[keyOf]string{}, articles: map[*brief.Article]*articleFolds{}}
	fold := func(s string) folded {
		f, ok := next.texts[s]
		if !ok {
			if f, ok = prev.texts[s]; !ok {
				f.fold, f.mask = foldString(s)
			}
			next.texts[s] = f
		}
		return f
	}
	key := func(kind string, mk func() string, parts ...string) string {
		k := keyOf{kind: kind, a: parts[0]}
		if len(parts) > 1 {
			k.b = parts[1]
		}
		v, ok := next.keys[k]
		if !ok {
			if v, ok = prev.keys[k]; !ok {
				v = mk()
			}
			next.keys[k] = v
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
	x.mu.Lock()
	x.last = next
	x.mu.Unlock()
	return ix
}
