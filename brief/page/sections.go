package page

import (
	"fmt"
	"sort"
	"strings"

	"github.com/briefing-app/briefing/brief"
)

// This file says what the page holds, in the order it prints it: the
// sections of the lead story (where the sources differ, key actors,
// commitments, open disputes, direct quotes), then each other story with
// its best items. The PDF, the text exports and the app all print
// Sections, so they show the same page.

// Section indexes, in page order.
const (
	secDiffers = iota
	secActors
	secCommitments
	secDisputes
	secQuotes
	numSections
	// secStories stands, in the one-page cut, for the heading of a story
	// other than the lead (its index is the story's).
	secStories = numSections
)

var pageSectionNames = [numSections]string{"Sources differ", "Key actors", "Commitments", "Open disputes", "Direct quotes"}

// otherStoryItems is how many items a story other than the lead shows at
// most.
const otherStoryItems = 5

// ItemKind says what sort of item an Item is.
type ItemKind uint8

// The kinds of item.
const (
	ItemActor ItemKind = iota
	ItemCommitment
	ItemDispute
	ItemQuote
	ItemDifference
)

// Item is one item of the page; the field of its kind is set. The pointers
// point into the briefing's lists: read them, do not change them.
type Item struct {
	Kind       ItemKind
	Actor      *brief.Actor
	Commitment *brief.Commitment
	Dispute    *brief.Dispute
	Quote      *brief.Quote
	Difference *Difference

	// clauses are the item's clauses in the lead story's sections and in
	// another story's, when the briefing has made them already.
	clauses *[2]ItemClause
}

// Key identifies the item, to pin or remove it.
func (it Item) Key() string {
	switch it.Kind {
	case ItemActor:
		return it.Actor.Key()
	case ItemCommitment:
		return it.Commitment.Key()
	case ItemDispute:
		return it.Dispute.Key()
	case ItemQuote:
		return it.Quote.Key()
	}
	return it.Difference.Key()
}

// Cites are the item's citations (an actor's first mention only).
func (it Item) Cites() []brief.Cite {
	switch it.Kind {
	case ItemActor:
		return it.Actor.Cites[:min(len(it.Actor.Cites), 1)]
	case ItemCommitment:
		return it.Commitment.Cites
	case ItemDispute:
		return it.Dispute.Cites
	case ItemQuote:
		return it.Quote.Cites
	}
	return it.Difference.Cites()
}

// Section is a part of the page as it prints.
type Section struct {
	// Title is the heading: "Key actors", "Sources differ"…, or the
	// headline of a story other than the lead.
	Title string
	// Story is the index in Stories of the story the section shows.
	Story int
	// Other is set for a story other than the lead: its heading, its
	// sources and its best items.
	Other bool
	// Sources are the IDs of an other story's articles.
	Sources []string
	// Items are the items in page order.
	Items []Item
	// Empty is set for a section of the lead story in which nothing was
	// found (it prints "none found").
	Empty bool
}

// itemRef points at an item of a briefing: its section and index in that
// section's list.
type itemRef struct{ sec, idx int }

// item is the Item an itemRef points at.
func (b *Briefing) item(r itemRef) Item {
	var it Item
	switch r.sec {
	case secActors:
		return Item{Kind: ItemActor, Actor: &b.Actors[r.idx]}
	case secCommitments:
		it = Item{Kind: ItemCommitment, Commitment: &b.Commitments[r.idx]}
	case secDisputes:
		it = Item{Kind: ItemDispute, Dispute: &b.Disputes[r.idx]}
	case secQuotes:
		it = Item{Kind: ItemQuote, Quote: &b.Quotes[r.idx]}
	default:
		return Item{Kind: ItemDifference, Difference: &b.Differences[r.idx]}
	}
	if l := b.clauses[r.sec]; r.idx < len(l) {
		it.clauses = &l[r.idx]
	}
	return it
}

// makeClauses makes every commitment's, dispute's and quote's clauses once,
// when the lists are final: the one-page cut lays the page out many times.
func (b *Briefing) makeClauses() {
	cx := b.clauseContext()
	for _, sec := range []int{secCommitments, secDisputes, secQuotes} {
		l := make([][2]ItemClause, b.sectionLen(sec))
		for i := range l {
			for k, words := range [2]int{maxItemWords, otherItemWords} {
				switch sec {
				case secCommitments:
					l[i][k], _ = commitmentClause(b.Commitments[i], words, cx)
				case secDisputes:
					l[i][k] = disputeClause(b.Disputes[i], words, cx)
				default:
					l[i][k] = quoteClause(b.Quotes[i], words)
				}
			}
		}
		b.clauses[sec] = l
	}
}

// clauseContext is the briefing's clause context, made once.
func (b *Briefing) clauseContext() *clauseContext {
	if b.cx == nil && b.Analysis != nil {
		var cases *caseCounts
		if b.prev != nil {
			cases = b.prev.cases.recount(b.Analysis, b.facts)
		} else {
			cases = newCaseCounts(b.Analysis)
		}
		b.cx = newClauseContextWith(b.Analysis, cases)
		if b.prev != nil {
			b.cx.kept = b.prev.clauses
		}
	}
	return b.cx
}

// sectionLen is the number of items of a section's list.
func (b *Briefing) sectionLen(sec int) int {
	switch sec {
	case secDiffers:
		return len(b.Differences)
	case secActors:
		return len(b.Actors)
	case secCommitments:
		return len(b.Commitments)
	case secDisputes:
		return len(b.Disputes)
	}
	return len(b.Quotes)
}

// itemStory is the story of an item (0 when the briefing has one story).
func (b *Briefing) itemStory(r itemRef) int {
	if len(b.Stories) < 2 {
		return 0
	}
	if l := b.itemStories[r.sec]; r.idx < len(l) {
		return l[r.idx]
	}
	if r.sec == secActors {
		return b.storyOf(b.Actors[r.idx].Cites)
	}
	return b.storyOf(b.item(r).Cites())
}

// indexStories records the story of every item, once its lists are final.
func (b *Briefing) indexStories() {
	if len(b.Stories) < 2 {
		return
	}
	for sec := range numSections {
		l := make([]int, b.sectionLen(sec))
		for i := range l {
			if sec == secActors {
				l[i] = b.storyOf(b.Actors[i].Cites)
				b.Actors[i].Cites = b.citesOfStoryFirst(b.Actors[i].Cites, l[i])
			} else {
				l[i] = b.storyOf(b.item(itemRef{sec, i}).Cites())
			}
		}
		b.itemStories[sec] = l
	}
}

// citesOfStoryFirst puts the citations in a story first (in their order),
// so that an actor listed under a story cites its first mention there, not
// in another story that also names it.
func (b *Briefing) citesOfStoryFirst(cs []brief.Cite, story int) []brief.Cite {
	out := make([]brief.Cite, 0, len(cs))
	for _, c := range cs {
		if s, ok := b.storyIdx[c.Source]; ok && s == story {
			out = append(out, c)
		}
	}
	for _, c := range cs {
		if s, ok := b.storyIdx[c.Source]; !ok || s != story {
			out = append(out, c)
		}
	}
	return out
}

// leadItems lists the items of a section that belong to the lead story,
// in the section's order.
func (b *Briefing) leadItems(sec int) []itemRef {
	var out []itemRef
	for i := range b.sectionLen(sec) {
		r := itemRef{sec, i}
		if b.itemStory(r) == 0 {
			out = append(out, r)
		}
	}
	return out
}

// otherSectionWeight weighs the kinds of item of a story other than the
// lead: where its sources differ, then what was committed, a voice (a
// quote), what is disputed, and a key actor last.
var otherSectionWeight = [numSections]float64{1.1, 0.7, 1.0, 0.95, 0.98}

// storyCandidates ranks the items of a story other than the lead, best
// first: the first of each kind, then the second, weighed by kind. Only
// the first otherStoryItems can be on the page.
func (b *Briefing) storyCandidates(story int) []itemRef {
	type cand struct {
		r itemRef
		w float64
	}
	var cs []cand
	for sec := range numSections {
		n := 0
		for i := range b.sectionLen(sec) {
			r := itemRef{sec, i}
			if b.itemStory(r) != story {
				continue
			}
			if sec == secActors && b.Actors[i].Stance == "" {
				continue // a name and a role say too little for a story's line
			}
			cs = append(cs, cand{r, otherSectionWeight[sec] / float64(n+1)})
			n++
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].w > cs[j].w })
	// An actor whose stance is the line of a commitment or dispute shown
	// beside it would print one act twice ("Name, Role — Will sign…" and
	// "Name — will sign…"): the item, which says it in full, stays, and
	// the next candidate takes the actor's place.
	top := make([]itemRef, 0, otherStoryItems)
	for _, c := range cs[:min(len(cs), otherStoryItems)] {
		top = append(top, c.r)
	}
	out := make([]itemRef, 0, min(len(cs), otherStoryItems))
	for _, c := range cs {
		if len(out) == otherStoryItems {
			break
		}
		if c.r.sec == secActors && b.stanceShown(b.Actors[c.r.idx], top) {
			continue
		}
		out = append(out, c.r)
	}
	return out
}

// stanceShown reports whether actor a's stance line is the opening of the
// clause of one of its own commitments or disputes among the candidates
// cs: the stance was made from that item (see stanceOf).
func (b *Briefing) stanceShown(a brief.Actor, cs []itemRef) bool {
	if a.Stance == "" {
		return false
	}
	name := foldName(a.Name)
	cx := b.clauseContext()
	for _, r := range cs {
		var clause string
		switch r.sec {
		case secCommitments:
			it := b.Commitments[r.idx]
			if foldName(it.Actor) != name {
				continue
			}
			cl, own := commitmentClause(it, maxItemWords, cx)
			if !own {
				continue
			}
			clause = strings.TrimSpace(cl.Clause + " " + cl.When)
		case secDisputes:
			it := b.Disputes[r.idx]
			if len(it.Parties) == 0 || foldName(it.Parties[0]) != name {
				continue
			}
			cl, own := disputeClauseOwn(it, maxItemWords, cx)
			if !own {
				continue
			}
			clause = cl.Clause
		default:
			continue
		}
		if len(clause) >= len(a.Stance) && strings.EqualFold(clause[:len(a.Stance)], a.Stance) {
			return true
		}
	}
	return false
}

// foundCounts counts the lead story's items of each section: before the
// cut, to tell a section with nothing found from one cut away.
func (b *Briefing) foundCounts() [numSections]int {
	if b.fit != nil {
		return b.fit.found
	}
	var found [numSections]int
	for s := range numSections {
		found[s] = len(b.leadItems(s))
	}
	return found
}

// storyShown reports whether a story other than the lead is on the page.
func (b *Briefing) storyShown(story int) bool {
	return b.fit == nil || b.fit.stories == nil || b.fit.stories[story]
}

// nothingFound reports whether the briefing's articles gave no item at all.
func (b *Briefing) nothingFound() bool {
	return b.nothing() && len(b.Differences) == 0 && b.foundCounts() == [numSections]int{}
}

// Sections lists the page's sections in print order: the lead story's
// (a section whose items were all cut to fit is left out, one in which
// nothing was found is Empty, and "Sources differ" only appears when they
// do), then, when the articles tell several stories, each other story on
// the page with its best items. A briefing with no articles, or nothing
// found in them, has none.
func (b *Briefing) Sections() []Section {
	if len(b.Sources) == 0 || b.nothingFound() {
		return nil
	}
	found := b.foundCounts()
	var out []Section
	for s := range numSections {
		refs := b.leadItems(s)
		if len(refs) == 0 && (found[s] > 0 || s == secDiffers) {
			continue
		}
		sec := Section{Title: pageSectionNames[s], Empty: len(refs) == 0}
		for _, r := range refs {
			sec.Items = append(sec.Items, b.item(r))
		}
		out = append(out, sec)
	}
	for k := 1; k < len(b.Stories); k++ {
		if !b.storyShown(k) {
			continue
		}
		sec := Section{Title: b.Stories[k].Title, Story: k, Other: true, Sources: b.Stories[k].Sources}
		for _, r := range b.storyCandidates(k) {
			sec.Items = append(sec.Items, b.item(r))
		}
		out = append(out, sec)
	}
	return out
}

// hiddenStories counts the stories other than the lead cut from the page.
func (b *Briefing) hiddenStories() int {
	n := 0
	for k := 1; k < len(b.Stories); k++ {
		if !b.storyShown(k) {
			n++
		}
	}
	return n
}

// omittedLine says what the cut left out: "+12 more items not shown",
// "+12 more items and 2 more stories not shown"; empty when nothing was.
func (b *Briefing) omittedLine() string {
	var parts []string
	if b.Omitted > 0 {
		parts = append(parts, fmt.Sprintf("+%d more %s", b.Omitted, nounFor(b.Omitted, "item", "items")))
	}
	if n := b.hiddenStories(); n > 0 {
		s := fmt.Sprintf("%d more %s", n, nounFor(n, "story", "stories"))
		if len(parts) == 0 {
			s = "+" + s
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " and ") + " not shown"
}
