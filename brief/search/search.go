package search

import (
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
	unorm "golang.org/x/text/unicode/norm"

	"github.com/briefing-app/briefing/brief"
)

// Kind says what a search result is; results are grouped by kind, in
// the order of these constants.
type Kind int

// The kinds of searchable items.
const (
	Actors Kind = iota
	Quotes
	Commitments
	Disputes
	Articles
	Sentences
	numKinds
)

// String names the kind as a heading: "Actors", "Quotes", …
func (k Kind) String() string {
	switch k {
	case Actors:
		return "Actors"
	case Quotes:
		return "Quotes"
	case Commitments:
		return "Commitments"
	case Disputes:
		return "Disputes"
	case Articles:
		return "Articles"
	case Sentences:
		return "Sentences"
	}
	return "Other"
}

// Item is one searchable thing: an actor, quote, commitment, dispute,
// article title or sentence, with a pointer back to where it came from.
type Item struct {
	Kind Kind
	// Text is what is searched and shown.
	Text string
	// Key is the item's Key() for actors, quotes, commitments and disputes
	// (to find it in the briefing); empty for articles and sentences.
	Key string
	// Index is the item's position in its list of the analysis (Actors,
	// Quotes, Commitments, Disputes), the article's index for an article, or
	// the sentence's index within its article for a sentence.
	Index int
	// Cite is where the item stands in its source. For an article title,
	// Cite.Sentence is -1: the title is not a sentence of the body.
	Cite brief.Cite
}

// Result is one item that matched a query.
type Result struct {
	Item
	// Matched holds the indexes of the matched characters of Text, counted in
	// runes (not bytes), ascending: ready for highlighting.
	Matched []int
	// Score ranks the result; higher is a better match.
	Score int
}

// Group holds the best results of one kind.
type Group struct {
	Kind    Kind
	Results []Result
	// Total counts every item of this kind that matched, including those
	// beyond the limit.
	Total int
}

// Index is a fuzzy search index over everything an analysis found.
// Its items never change once built; it is safe for concurrent use.
//
// Matching is case- and accent-insensitive ("jose" finds "José"): each item
// is folded rune by rune (lower case, diacritics dropped) so the folded text
// has exactly as many runes as the original and a match's rune indexes
// point at the same letters in both. Two cheap filters run before
// github.com/sahilm/fuzzy scores an item: a bitmask of the letters the item
// contains, then a subsequence test; the scan is split across CPUs.
//
// A search remembers the items that could still match a longer query
// (see prefix): the next keystroke, which extends the query, looks only at
// those, and finds exactly what a search of every item would.
type Index struct {
	// items are the items but sentences; the sentences follow them, by
	// article (sents), and are made when a search returns them (item).
	items []Item
	sents []sentenceItems
	n     int // how many items, sentences too
	fold  []string
	mask  []uint64
	kind  []Kind

	mu   sync.Mutex
	last *prefix
}

// NewIndex indexes the actors, quotes, commitments, disputes, article
// titles and sentences of an analysis.
func NewIndex(an *brief.Analysis) *Index {
	if an == nil {
		return newIndexOf(nil)
	}
	items := indexItems(an, func(_ string, mk func() string, _ ...string) string { return mk() })
	n := len(items)
	var sents []sentenceItems
	for i, a := range an.Articles {
		if a == nil || len(a.Sentences) == 0 {
			continue
		}
		sents = append(sents, sentenceItems{first: n, src: brief.SourceID(i),
			art: &articleFolds{text: a.Text, sents: slices.Clone(a.Sentences)}})
		n += len(a.Sentences)
	}
	return newIndexWith(items, sents, n)
}

// sentenceItems are the items of an article's sentences, from item
// first of an index on: one for each of art's sentences, of source src.
type sentenceItems struct {
	first int
	src   string
	art   *articleFolds
}

// item returns item i of the index.
func (ix *Index) item(i int) Item {
	if i < len(ix.items) {
		return ix.items[i]
	}
	k := sort.Search(len(ix.sents), func(k int) bool { return ix.sents[k].first > i }) - 1
	s := ix.sents[k]
	j := i - s.first
	sp := s.art.sents[j]
	return Item{Kind: Sentences, Text: s.art.text[sp.Start:sp.End], Index: j, Cite: brief.Cite{Source: s.src, Sentence: j}}
}

// indexItems are the items of an index of an analysis but its sentences:
// its actors, quotes, commitments, disputes and article titles, in that
// order. key returns an item's key, made by mk of the parts named.
func indexItems(an *brief.Analysis, key func(kind string, mk func() string, parts ...string) string) []Item {
	n := len(an.Actors) + len(an.Quotes) + len(an.Commitments) + len(an.Disputes)
	for _, a := range an.Articles {
		if a != nil && a.Title != "" {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	items := make([]Item, 0, n)
	for i, a := range an.Actors {
		text := a.Name
		if len(a.Aliases) > 0 {
			text += " (" + strings.Join(a.Aliases, ", ") + ")"
		}
		items = append(items, Item{Kind: Actors, Text: text, Key: key("actor", a.Key, a.Name), Index: i, Cite: a.Cite()})
	}
	for i, q := range an.Quotes {
		// The speaker first: a row shows the start of its text.
		text := "“" + q.Text + "”"
		if q.Speaker != "" {
			text = q.Speaker + ": " + text
		}
		items = append(items, Item{Kind: Quotes, Text: text, Key: key("quote", q.Key, q.Text), Index: i, Cite: q.Cite()})
	}
	for i, c := range an.Commitments {
		items = append(items, Item{Kind: Commitments, Text: c.Text, Key: key("commitment", c.Key, c.Actor, c.Text), Index: i, Cite: c.Cite()})
	}
	for i, d := range an.Disputes {
		items = append(items, Item{Kind: Disputes, Text: d.Text, Key: key("dispute", d.Key, d.Text), Index: i, Cite: d.Cite()})
	}
	for i, a := range an.Articles {
		if a != nil && a.Title != "" {
			items = append(items, Item{Kind: Articles, Text: a.Title, Index: i, Cite: brief.Cite{Source: brief.SourceID(i), Sentence: -1}})
		}
	}
	return items
}

// newIndexOf indexes the given items. Items of one kind should come
// most important first: among equally good matches the earlier item ranks
// higher.
func newIndexOf(items []Item) *Index { return newIndexWith(items, nil, len(items)) }

// newIndexWith indexes n items: items, then the sentences of sents.
func newIndexWith(items []Item, sents []sentenceItems, n int) *Index {
	ix := &Index{items: items, sents: sents, n: n, fold: make([]string, n), mask: make([]uint64, n), kind: make([]Kind, n)}
	parallel(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			it := ix.item(i)
			ix.kind[i] = it.Kind
			ix.fold[i], ix.mask[i] = foldString(it.Text)
		}
	})
	return ix
}

// Len returns the number of searchable items.
func (ix *Index) Len() int { return ix.n }

// Search returns the items that fuzzy-match query, grouped by kind in the
// order of the Kind constants, each group holding at most limit
// results, best first. Kinds without a match are left out; an empty query
// matches nothing.
func (ix *Index) Search(query string, limit int) []Group {
	return ix.search(query, limit, true)
}

// search is Search; with reuse false it looks at every item, not only at
// those the previous query kept.
func (ix *Index) search(query string, limit int, reuse bool) []Group {
	q, qmask := foldString(strings.Join(strings.Fields(query), " "))
	if q == "" || limit <= 0 || ix == nil || ix.n == 0 {
		return nil
	}
	pattern := []rune(q)
	runes := make([]string, len(pattern))
	for k, r := range pattern {
		runes[k] = string(r)
	}
	span := maxSpan(q)
	var prev *prefix
	if reuse {
		ix.mu.Lock()
		prev = ix.last
		ix.mu.Unlock()
		if prev != nil && !prev.covers(q) {
			prev = nil
		}
	}
	n, most := ix.n, len(q)+extendBy
	if prev != nil {
		n, most = len(prev.kept), prev.most
	}
	// What q must be found within to keep an item for a query up to most
	// bytes long (see prefix).
	bound := span + most - len(q)
	pool := max(limit*8, 64)
	var (
		mu     sync.Mutex
		tops   [numKinds]topList[cand]
		totals [numKinds]int
		parts  = map[int][]keptItem{}
	)
	for k := range tops {
		tops[k] = topList[cand]{limit: pool, better: cand.better}
	}
	parallel(n, func(lo, hi int) {
		var local [numKinds]topList[cand]
		var counts [numKinds]int
		for k := range local {
			local[k] = topList[cand]{limit: pool, better: cand.better}
		}
		kept := make([]keptItem, 0, hi-lo)
		for j := lo; j < hi; j++ {
			i, from, whole := j, 0, 0
			if prev != nil {
				k := prev.kept[j]
				i, from, whole = int(k.item), int(k.from), int(k.whole)
			}
			if ix.mask[i]&qmask != qmask {
				continue
			}
			s := ix.fold[i]
			tier, at, first := -1, 0, -1
			if whole >= 0 {
				tier, at, first = tierOf(s, q, whole)
			}
			end := at + len(q)
			if tier >= 0 {
				kept = append(kept, keptItem{item: int32(i), whole: int32(first)})
			} else {
				var keep int
				at, end, keep = window(s, runes, from, span, bound)
				if keep < 0 {
					continue
				}
				kept = append(kept, keptItem{item: int32(i), from: int32(keep), whole: -1})
				if end < 0 {
					continue
				}
			}
			k := ix.kind[i]
			counts[k]++
			c := cand{item: i, tier: tier, length: len(s), at: at, end: end}
			if l := &local[k]; len(l.list) < pool || c.better(l.list[pool-1]) {
				l.add(c)
			}
		}
		mu.Lock()
		defer mu.Unlock()
		parts[lo] = kept
		for k := range local {
			totals[k] += counts[k]
			for _, c := range local[k].list {
				tops[k].add(c)
			}
		}
	})
	next := &prefix{q: q, most: most}
	for _, lo := range slices.Sorted(maps.Keys(parts)) {
		next.kept = append(next.kept, parts[lo]...)
	}
	ix.mu.Lock()
	ix.last = next
	ix.mu.Unlock()
	var groups []Group
	for k := range tops {
		if totals[k] == 0 {
			continue
		}
		best := topList[hit]{limit: limit, better: hit.better}
		for _, c := range tops[k].list {
			if h, ok := scoreWindow(ix.fold[c.item], q, c); ok {
				best.add(h)
			}
		}
		g := Group{Kind: Kind(k), Total: totals[k]}
		for _, h := range best.list {
			g.Results = append(g.Results, Result{
				Item:    ix.item(h.item),
				Matched: runeIndexes(ix.fold[h.item], h.offs),
				Score:   h.score,
			})
		}
		groups = append(groups, g)
	}
	return groups
}

// extendBy is how many bytes a query may grow by, from the last one searched
// among all items, and still be searched only among the items kept.
const extendBy = 16

// prefix is what a search keeps for the next: the folded query q and every
// item that a query extending q, up to most bytes long, could match.
//
// Such a query q+t matches an item either in one piece, and then q is in it
// in one piece too (whole), or within a stretch of at most maxSpan(q+t)
// bytes that starts with its first letter. That stretch starts with q's
// shortest stretch from the same letter, which is then at most
// maxSpan(q+t)-len(t) ≤ maxSpan(q)+most-len(q) bytes long: an item with no
// such stretch of q cannot match. Each item kept notes where the first such
// stretch starts (from): no stretch of a longer query starts before. The
// items kept for q+t are found among those kept for q, so most stays that of
// the last search of every item.
type prefix struct {
	q    string
	most int
	kept []keptItem
}

// keptItem is an item a prefix keeps.
type keptItem struct {
	item int32
	// from is where the first stretch of q that may start a longer query's
	// starts; 0 when q is in the item in one piece.
	from int32
	// whole is where q first occurs in one piece, -1 if it does not: a
	// longer query in one piece cannot occur before.
	whole int32
}

// covers reports whether a search for the folded query q may look only at
// the items p kept.
func (p *prefix) covers(q string) bool {
	return strings.HasPrefix(q, p.q) && len(q) <= p.most
}

// maxSpan is how far apart, in bytes of folded text, the first and last
// matched letters of query q may be: a query's letters scattered across a
// whole sentence ("okafor" in "…open in Kaduna in the spring of…") are not
// a match anyone wants.
func maxSpan(q string) int { return 2*len(q) + 8 }

// window finds the first stretch s[start:end], at most span bytes long,
// that holds the pattern (its runes, each as a string) as a subsequence,
// looking only at stretches that start at from or later; end is -1 when
// there is none. The stretch from an occurrence of the first rune is the
// one the rest matches greedily in: the shortest that starts there. keep is
// where the first such stretch at most bound bytes long starts (bound ≥
// span), -1 when there is none.
//
// Starts are taken a run at a time: from a start, the pattern is matched
// greedily forwards to its end e, then backwards from e to the last start
// s' that still holds it before e. Every start in between ends at e too,
// and every start after s' ends after e: the first start of the run within
// span (or bound) of e is the answer, and the next run begins after s'.
func window(s string, pattern []string, from, span, bound int) (start, end, keep int) {
	keep = -1
	first := pattern[0]
	for {
		i := strings.Index(s[from:], first)
		if i < 0 {
			break
		}
		start = from + i
		e := start + len(first)
		for _, r := range pattern[1:] {
			j := strings.Index(s[e:], r)
			if j < 0 {
				// Not after this start, so after no later one.
				return 0, -1, keep
			}
			e += j + len(r)
		}
		if e-start <= span {
			if keep < 0 {
				keep = start
			}
			return start, e, keep
		}
		b := e
		for k := len(pattern) - 1; k >= 0; k-- {
			b = strings.LastIndex(s[:b], pattern[k])
		}
		// The runs' starts: start … b, all ending at e.
		if keep < 0 && e-b <= bound {
			keep = start + strings.Index(s[max(start, e-bound):], first) + max(0, e-bound-start)
		}
		if e-b <= span {
			at := max(start, e-span)
			return at + strings.Index(s[at:], first), e, keep
		}
		from = b + len(first)
	}
	return 0, -1, keep
}

// cand is an item that contains the query as a subsequence within a
// narrow stretch s[at:end] of its folded text, with a cheap estimate of how
// well it matches. Only the best candidates of each kind are scored by
// sahilm/fuzzy, whose scan of a long sentence costs far more.
type cand struct {
	item    int
	tier    int
	length  int
	at, end int
}

// scoreWindow scores a candidate with sahilm/fuzzy on its stretch only, and
// adds what fuzzy would have given for the rest of the text: a point off per
// unmatched character, and the bonuses and penalties that depend on where
// the stretch starts. Scoring the whole text would let fuzzy pick letters
// scattered before the stretch ("n…i…g" in "one, saying Nigeria"), since it
// settles each letter of the query before it sees the rest.
func scoreWindow(s, q string, c cand) (hit, bool) {
	ms := fuzzy.Find(q, []string{s[c.at:c.end]})
	if len(ms) == 0 {
		return hit{}, false
	}
	m := ms[0]
	score := m.Score - (len(s) - (c.end - c.at))
	if c.at > 0 {
		score -= firstCharBonus
		if prev, _ := utf8.DecodeLastRuneInString(s[:c.at]); strings.ContainsRune(fuzzySeparators, prev) {
			score += separatorBonus
		}
		score += max(-5*c.at, -15)
	}
	offs := m.MatchedIndexes
	for i := range offs {
		offs[i] += c.at
	}
	return hit{item: c.item, score: score, offs: offs}, true
}

// The parts of sahilm/fuzzy's scoring that depend on where a match starts.
const (
	firstCharBonus  = 10
	separatorBonus  = 20
	fuzzySeparators = "/-_ .\\"
)

// better orders candidates the way sahilm/fuzzy tends to rank them (see
// tierOf): the query at the start, then at a word start, then anywhere in
// one piece, then scattered; among those, shorter texts first (fuzzy takes a point off
// per unmatched character), then the earlier (more important) item.
func (c cand) better(o cand) bool {
	if c.tier != o.tier {
		return c.tier > o.tier
	}
	if c.length != o.length {
		return c.length < o.length
	}
	return c.item < o.item
}

// tierOf grades how the folded query q occurs in the folded text s: 3 at
// the start, 2 at the start of a word, 1 inside a word, and -1 when q is
// not in s in one piece (it may still be there scattered: a weaker match).
// at is where the best occurrence starts, first where the first one does
// (-1 when none). It looks from byte from on: q must not occur before.
func tierOf(s, q string, from int) (tier, at, first int) {
	tier, first = -1, -1
	for pos, n := from, 0; n < 8; n++ {
		i := strings.Index(s[pos:], q)
		if i < 0 {
			break
		}
		i += pos
		if first < 0 {
			first = i
		}
		if i == 0 {
			return 3, 0, first
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return 2, i, first
		}
		if tier < 0 {
			tier, at = 1, i
		}
		pos = i + 1
	}
	return tier, at, first
}

// hit is a scored candidate: the item, its fuzzy score and the byte offsets
// of the matched characters in the folded text.
type hit struct {
	item  int
	score int
	offs  []int
}

// better orders hits: higher score first, then the earlier (more important)
// item.
func (h hit) better(o hit) bool {
	if h.score != o.score {
		return h.score > o.score
	}
	return h.item < o.item
}

// topList keeps the best elements added, at most limit of them, best first.
type topList[T any] struct {
	limit  int
	better func(a, b T) bool
	list   []T
}

func (t *topList[T]) add(x T) {
	n := len(t.list)
	if n == t.limit && !t.better(x, t.list[n-1]) {
		return
	}
	if n < t.limit {
		t.list = append(t.list, x)
	} else {
		t.list[n-1] = x
	}
	for i := len(t.list) - 1; i > 0 && t.better(t.list[i], t.list[i-1]); i-- {
		t.list[i], t.list[i-1] = t.list[i-1], t.list[i]
	}
}

// parallel runs fn over [0, n) split into one range per CPU; small inputs
// run on the calling goroutine.
func parallel(n int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/4096+1)
	if workers <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	size := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += size {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, min(lo+size, n))
	}
	wg.Wait()
}

// runeIndexes converts ascending byte offsets into s to rune indexes.
func runeIndexes(s string, offs []int) []int {
	out := make([]int, 0, len(offs))
	n := 0
	for i := range s {
		for len(out) < len(offs) && offs[len(out)] == i {
			out = append(out, n)
		}
		if len(out) == len(offs) {
			break
		}
		n++
	}
	return out
}

// foldString lower-cases s and drops diacritics rune by rune, so the result
// has as many runes as s (an invalid byte becomes one U+FFFD), and returns
// the bitmask of the runes it contains.
func foldString(s string) (string, uint64) {
	var mask uint64
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		mask |= runeBit(rune(c))
	}
	if ascii {
		return strings.ToLower(s), mask
	}
	var b strings.Builder
	b.Grow(len(s))
	mask = 0
	for _, r := range s {
		f := foldRune(r)
		mask |= runeBit(f)
		b.WriteRune(f)
	}
	return b.String(), mask
}

// foldCache remembers the folded form of non-ASCII runes.
var foldCache sync.Map // rune → rune

// foldRune maps a rune to its lower-case base letter: 'É' → 'e', 'ñ' → 'n'.
// Runes whose decomposition is not one base letter plus combining marks
// ('ß', 'ø', 'ł') are only lower-cased.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if f, ok := foldCache.Load(r); ok {
		return f.(rune)
	}
	l := unicode.ToLower(r)
	f := l
	d := unorm.NFD.String(string(l))
	base, n := utf8.DecodeRuneInString(d)
	if base != utf8.RuneError && n < len(d) {
		marks := true
		for _, m := range d[n:] {
			if !unicode.Is(unicode.Mn, m) {
				marks = false
				break
			}
		}
		if marks {
			f = base
		}
	}
	foldCache.Store(r, f)
	return f
}

// runeBit gives each letter and digit a bit of its own; other runes share
// the remaining bits. Spaces set none, so a query's spaces never rule an
// item out.
func runeBit(r rune) uint64 {
	switch {
	case 'a' <= r && r <= 'z':
		return 1 << uint(r-'a')
	case '0' <= r && r <= '9':
		return 1 << uint(26+r-'0')
	case r == ' ':
		return 0
	}
	return 1 << (36 + uint(r)%28)
}
