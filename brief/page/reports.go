package page

import (
	"slices"

	"github.com/briefing-app/briefing/brief"
)

// This file merges the same item reported by several articles
// (mergeReports) again after articles were added, from how the items of
// the briefing before were merged.
//
// mergeReports puts each item, in order, in the first group (in the order
// the groups were made) whose first item agrees with it and is a
// near-duplicate of it (reportsMatch), else in a group of its own. Whether
// two items match is a function of their texts' words and their names, so
// when the items of the briefing before are all there, in the same order,
// with others among them, an item of before is in the group it was in —
// unless an item added before it made a group it joins first, or its group
// was merged into such a group: only the groups made by added items need
// to be tried for it, and only in those cases must it be compared with
// every group.

// reportGroups is how mergeReports grouped a list of items, for the next
// briefing to take.
type reportGroups struct {
	// texts and names say each item as far as grouping goes.
	texts []string
	names [][]string
	// first is, for each item, the index of the first item of its group.
	first []int32
}

// regroupMaxAdded is, with a sixteenth of the items, how many items may be
// added for regroupReports to group them.
const regroupMaxAdded = 32

// mergeReportsKept is mergeReports, taking what it may of how the items of
// the briefing before were grouped (prev, which may be nil: see
// regroupReports), and returning how these were.
func mergeReportsKept[T any](items []T, text func(T) string, names func(T) []string, words *textWords, prev *reportGroups) ([][]T, *reportGroups) {
	if groups, next, ok := regroupReports(items, text, names, words, prev); ok {
		return groups, next
	}
	groups, first := mergeReportsFirst(items, text, names, words)
	next := &reportGroups{texts: make([]string, len(items)), names: make([][]string, len(items)), first: first}
	for i, it := range items {
		next.texts[i], next.names[i] = text(it), names(it)
	}
	return groups, next
}

// reportItem is an item as grouping reads it.
type reportItem struct {
	words []string // its text's words, each once (textWords.of)
	set   map[string]bool
	sig   uint64 // a bit of each word's hash: items with no bit in common share no word
	names []string
}

// newReportItem reads an item's words and names for grouping.
func newReportItem(words, names []string) *reportItem {
	it := &reportItem{words: words, names: names, set: make(map[string]bool, len(words))}
	for _, w := range words {
		it.set[w] = true
		it.sig |= 1 << (wordHash(w) & 63)
	}
	return it
}

// wordHash is an FNV-1a hash of a word.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// reportsMatch reports whether an item joins the group whose first item
// is first: their names agree and their words are near-duplicates.
func reportsMatch(first, it *reportItem) bool {
	if first.sig&it.sig == 0 || len(first.words) == 0 || len(it.words) == 0 {
		return false
	}
	common := 0
	for _, w := range first.words {
		if it.set[w] {
			common++
		}
	}
	return nearDupShare(common, len(first.words), len(it.words)) && namesAgree(first.names, it.names)
}

// regroupReports is mergeReports of items given how the items before
// (prev) were grouped; ok is false when that cannot tell (an item of
// before is gone or moved), and mergeReports must group them all.
func regroupReports[T any](items []T, text func(T) string, names func(T) []string, words *textWords, prev *reportGroups) (groups [][]T, next *reportGroups, ok bool) {
	if prev == nil {
		return nil, nil, false
	}
	next = &reportGroups{texts: make([]string, len(items)), names: make([][]string, len(items)), first: make([]int32, len(items))}
	itemNames := next.names
	// was[i] is the index before of item i, or -1 for an item added.
	was := make([]int32, len(items))
	j := 0
	for i, it := range items {
		next.texts[i], itemNames[i] = text(it), names(it)
		was[i] = -1
		if j < len(prev.texts) && prev.texts[j] == next.texts[i] && slices.Equal(prev.names[j], itemNames[i]) {
			was[i] = int32(j)
			j++
		}
	}
	if j < len(prev.texts) || len(items)-j > regroupMaxAdded+len(items)/16 {
		// An item of before is gone or moved; or so many were added
		// that comparing each with every group would take longer than
		// grouping all.
		return nil, nil, false
	}
	read := make([]*reportItem, len(items)) // made when first needed
	item := func(i int) *reportItem {
		if read[i] == nil {
			read[i] = newReportItem(words.of(text(items[i])), itemNames[i])
		}
		return read[i]
	}
	// now[k] is the index now of item k of before.
	now := make([]int32, len(prev.texts))
	for i, k := range was {
		if k >= 0 {
			now[k] = int32(i)
		}
	}
	var firsts []int32 // the first items of the groups, in order
	var added []int32  // those of them that were not firsts before
	isFirst := make([]bool, len(items))
	search := func(i int) int32 { // the first group whose first item i joins, by trying all
		for g, f := range firsts {
			if reportsMatch(item(int(f)), item(i)) {
				return int32(g)
			}
		}
		return -1
	}
	groupOf := make([]int32, len(items)) // the group each first item made
	for i := range items {
		g := int32(-1)
		switch k := was[i]; {
		case k < 0:
			g = search(i)
		default:
			f := now[prev.first[k]] // the first item of its group before
			if int(f) != i && !isFirst[f] {
				g = search(i) // that group was merged into another
				break
			}
			if int(f) != i {
				g = groupOf[f]
			}
			// A group made by an item added before it, and made before its
			// group, that it joins.
			for _, a := range added {
				if (g < 0 || groupOf[a] < g) && reportsMatch(item(int(a)), item(i)) {
					g = groupOf[a]
					break
				}
			}
		}
		if g < 0 {
			g = int32(len(firsts))
			isFirst[i] = true
			groupOf[i] = g
			firsts = append(firsts, int32(i))
			if k := was[i]; k < 0 || prev.first[k] != k {
				added = append(added, int32(i))
			}
			groups = append(groups, nil)
		}
		next.first[i] = firsts[g]
		groups[g] = append(groups[g], items[i])
	}
	return groups, next, true
}

// mergeReportsQuotes, mergeReportsCommitments and mergeReportsDisputes are
// mergeReports of an analysis's items, with how the briefing before
// grouped its own (kept by a Builder), which they then keep.
func (b *Briefing) mergeReportsQuotes(an *brief.Analysis) [][]brief.Quote {
	groups, kept := mergeReportsKept(an.Quotes, quoteText, quoteNames, b.words, b.prevReports(0))
	b.keepReports(0, kept)
	return groups
}

func (b *Briefing) mergeReportsCommitments(an *brief.Analysis) [][]brief.Commitment {
	groups, kept := mergeReportsKept(an.Commitments, commitmentText, commitmentNames, b.words, b.prevReports(1))
	b.keepReports(1, kept)
	return groups
}

func (b *Briefing) mergeReportsDisputes(an *brief.Analysis) [][]brief.Dispute {
	groups, kept := mergeReportsKept(an.Disputes, disputeText, disputeNames, b.words, b.prevReports(2))
	b.keepReports(2, kept)
	return groups
}

// prevReports is how the briefing before grouped its items of list k
// (quotes, commitments, disputes); nil without a Builder.
func (b *Briefing) prevReports(k int) *reportGroups {
	if b.prev == nil {
		return nil
	}
	return b.prev.reports[k]
}

// keepReports keeps how the briefing grouped its items of list k, when a
// Builder builds it.
func (b *Briefing) keepReports(k int, g *reportGroups) {
	if b.prev != nil {
		b.reports[k] = g
	}
}
