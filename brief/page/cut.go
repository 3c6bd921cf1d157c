package page

import (
	"sort"

	"github.com/briefing-app/briefing/brief"
)

// ---- The one-page cut ----

// cutItem is one item of a briefing with its place in the cut order; sec
// secStories stands for the heading of another story (idx is the story).
type cutItem struct {
	sec, idx int
	priority float64
	pinned   bool
}

// pageSectionWeight tilts the cut between the lead story's sections; within a
// section items go from the least important up, so every section keeps
// its best items longest.
var pageSectionWeight = [numSections]float64{1.1, 1.0, 1.05, 1.05, 0.95}

// repeatsBottomLine is how much less an item that only restates a sentence
// of the bottom line is worth on the page: the reader has just read it.
const repeatsBottomLine = 0.15

// The cut's weights for the stories other than the lead: a story's heading
// comes just after the lead story's first items, and its first item soon
// after; each later story a little behind the one before.
const (
	storyHeadingWeight = 0.95
	storyItemWeight    = 0.75
	storyRankFade      = 0.05
)

// rankedItems lists a briefing's items, most important first. The lead
// story's: the first of each section, then the second of each, and so on,
// weighted by section; a commitment, dispute or quote whose every citation
// is a sentence of the bottom line comes last (on the page it would say
// the same thing twice). Each other story: its heading, then its best
// items (at most otherStoryItems), later stories after earlier ones.
func (b *Briefing) rankedItems() []cutItem {
	lead := map[brief.Cite]bool{}
	for _, l := range b.BottomLine {
		for _, c := range l.Cites {
			lead[c] = true
		}
	}
	repeats := func(cs []brief.Cite) bool {
		for _, c := range cs {
			if !lead[c] {
				return false
			}
		}
		return len(cs) > 0
	}
	var items []cutItem
	for sec := range numSections {
		for i, r := range b.leadItems(sec) {
			it := b.item(r)
			p := pageSectionWeight[sec] / float64(i+1)
			if sec != secActors && repeats(it.Cites()) {
				p *= repeatsBottomLine
			}
			items = append(items, cutItem{sec, r.idx, p, b.pinned(it.Key)})
		}
	}
	for k := 1; k < len(b.Stories); k++ {
		fade := 1 / (1 + storyRankFade*float64(k-1))
		items = append(items, cutItem{secStories, k, storyHeadingWeight * fade, false})
		for i, r := range b.storyCandidates(k) {
			items = append(items, cutItem{r.sec, r.idx, storyItemWeight * fade / float64(i+1), b.pinned(b.item(r).Key)})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].priority > items[j].priority })
	return items
}

// keep returns a copy of the briefing with only the given items; a story
// other than the lead is on the page when its heading or one of its items
// is kept.
func (b *Briefing) keep(items []cutItem, paper Paper, lv density, found [numSections]int) *Briefing {
	var on [numSections]map[int]bool
	for s := range on {
		on[s] = map[int]bool{}
	}
	var stories map[int]bool
	if len(b.Stories) > 1 {
		stories = map[int]bool{}
	}
	kept := 0
	for _, it := range items {
		if it.sec == secStories {
			stories[it.idx] = true
			continue
		}
		on[it.sec][it.idx] = true
		kept++
		if stories != nil {
			if k := b.itemStory(itemRef{it.sec, it.idx}); k > 0 {
				stories[k] = true
			}
		}
	}
	c := *b
	c.Differences = keepIndexes(b.Differences, on[secDiffers])
	c.Actors = keepIndexes(b.Actors, on[secActors])
	c.Commitments = keepIndexes(b.Commitments, on[secCommitments])
	c.Disputes = keepIndexes(b.Disputes, on[secDisputes])
	c.Quotes = keepIndexes(b.Quotes, on[secQuotes])
	for s := range numSections {
		if b.itemStories[s] != nil {
			c.itemStories[s] = keepIndexes(b.itemStories[s], on[s])
		}
		if b.clauses[s] != nil {
			c.clauses[s] = keepIndexes(b.clauses[s], on[s])
		}
	}
	total := 0
	for s := range numSections {
		total += b.sectionLen(s)
	}
	c.Omitted = b.Omitted + total - kept
	c.Paper = paper
	c.fit = &fitState{paper: paper, level: lv, found: found, stories: stories}
	return &c
}

// withoutActors is a cut without the (unpinned) key actors of the given
// keys.
func withoutActors(items []cutItem, actors []brief.Actor, keys []string) []cutItem {
	drop := map[string]bool{}
	for _, k := range keys {
		drop[k] = true
	}
	out := make([]cutItem, 0, len(items))
	for _, it := range items {
		if it.sec == secActors && !it.pinned && drop[actors[it.idx].Key()] {
			continue
		}
		out = append(out, it)
	}
	return out
}

func keepIndexes[T any](xs []T, on map[int]bool) []T {
	out := make([]T, 0, len(on))
	for i, x := range xs {
		if on[i] {
			out = append(out, x)
		}
	}
	return out
}

// denserMinItems is how many more items smaller text must put on the page
// to be chosen.
const denserMinItems = 2

// itemCount counts the briefing's items (before any cut of its own).
func (b *Briefing) itemCount() int {
	n := b.Omitted
	for s := range numSections {
		n += b.sectionLen(s)
	}
	return n
}

// fillTries is how many items in a row may fail to fit in the space left at
// the foot of the page before FitOnePage stops trying smaller ones.
const fillTries = 6

// FitOnePage returns a copy of the briefing cut to fit one page of the
// paper: the least important items go first (the last of each section,
// taking turns between sections), pinned items stay, text never goes below
// 9 pt, and Omitted counts the items cut. When the pinned items alone do not
// fit, the text is set smaller (down to 9 pt) and each item kept to fewer
// lines; only when even that fails are pinned items cut too. The PDF prints
// exactly the page this returns.
func (b *Briefing) FitOnePage(paper Paper) *Briefing {
	paper = paper.orA4()
	m, err := loadFontMetrics()
	if err != nil {
		// Without the fonts nothing can be measured or printed; WritePDF
		// reports the error.
		c := *b
		c.Paper = paper
		return &c
	}
	if b.layouts == nil {
		// The page is laid out many times, mostly with the same items.
		c := *b
		c.layouts = newLayoutMemo(nil)
		b = &c
	}
	found := b.foundCounts()
	items := b.rankedItems()
	var pinned, free []cutItem
	for _, it := range items {
		if it.pinned {
			pinned = append(pinned, it)
		} else {
			free = append(free, it)
		}
	}
	fr := frames{}
	try := func(its []cutItem, lv density) (*Briefing, bool) {
		c := b.keep(its, paper, lv, found)
		p := planPageWith(m, c, paper, lv, fr, true)
		if len(p.hidden) > 0 {
			// The minor actors the "Also:" line has no room for are cut
			// like any item: the exports then list the actors the PDF
			// prints, and the page counts them among those not shown.
			its = withoutActors(its, b.Actors, p.hidden)
			c = b.keep(its, paper, lv, found)
			p = planPageWith(m, c, paper, lv, fr, true)
		}
		return c, p.fits()
	}
	// search returns the copy with the most of order[fixed:] that fits
	// (order[:fixed] always kept), given that keeping order[:fixed] fits:
	// the longest run of the order that fits, then, in the space the first
	// item that did not fit leaves, the next items that do (so one long
	// quote does not leave the foot of the page empty).
	search := func(order []cutItem, fixed int, lv density) *Briefing {
		if c, ok := try(order, lv); ok {
			return c
		}
		lo, hi := fixed, len(order)-1 // lo fits, hi+1 does not
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if _, ok := try(order[:mid], lv); ok {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		kept := append([]cutItem{}, order[:lo]...)
		misses := 0
		for _, it := range order[lo+1:] {
			if misses == fillTries {
				break
			}
			if _, ok := try(append(kept, it), lv); ok {
				kept = append(kept, it)
				misses = 0
			} else {
				misses++
			}
		}
		c, _ := try(kept, lv)
		return c
	}
	order := append(append([]cutItem{}, pinned...), free...)
	for i, lv := range densities {
		if _, ok := try(pinned, lv); !ok {
			continue
		}
		best := search(order, len(pinned), lv)
		// Smaller text (never below 9 pt) when it puts clearly more on
		// the page: a few more items, and a tenth more at least. A quick
		// look first: does the run of the order that many items longer
		// fit at all?
		for _, small := range densities[i+1:] {
			if best.Omitted == b.Omitted || small.tight {
				break
			}
			shown := b.itemCount() - best.Omitted
			need := min(len(order), max(len(pinned), shown+max(denserMinItems, shown/10)))
			if _, ok := try(order[:need], small); !ok {
				continue
			}
			c := search(order, need, small)
			if b.itemCount()-c.Omitted >= need {
				best = c
			}
		}
		return best
	}
	// Even the pinned items do not fit: cut them too, least important first.
	return search(order, 0, densities[len(densities)-1])
}
