package page

import (
	"sync"

	"github.com/briefing-app/briefing/brief"
)

// Builder builds briefings as Build does, one after another, keeping from
// each briefing the work the next may take: the clauses of its items and
// the counts of its words' cases. When one article is added to a briefing
// of many, the next briefing makes the clauses of the new items and those
// whose context changed, and counts the new article's words, not all
// again. What it builds is what Build builds from the same analysis and
// options, whatever was built before.
//
// Its zero value is ready to use; it is safe for use by several
// goroutines (each Build then takes what the last one to finish left).
// Successive briefings share slices (citations, a difference's claims, the
// bottom line's): treat a briefing as read-only, or change a copy.
type Builder struct {
	mu   sync.Mutex
	last *built
}

// built is what a briefing leaves for the next one to take. It is never
// changed once made.
type built struct {
	clauses map[clauseKey]*clauseEntry
	cases   *caseCounts
	texts   *textWords // what this briefing's textWords read (now)
	layouts *layoutMemo
	stories *storyLinks
	kept    map[string]*keptStory
	reports [3]*reportGroups
}

// textWords returns the words of texts to keep for a briefing made after
// b (b may be nil).
func (b *built) textWords() *textWords {
	t := &textWords{now: map[string][]string{}, nowFold: map[string]string{}, nowLower: map[string]string{}, nowCount: map[string]int{}}
	if b != nil && b.texts != nil {
		t.prev, t.prevFold, t.prevLower, t.prevCount = b.texts.now, b.texts.nowFold, b.texts.nowLower, b.texts.nowCount
	}
	return t
}

// Build makes a briefing from an analysis: Build's briefing, made with
// what the briefing built before left.
func (bl *Builder) Build(an *brief.Analysis, opt Options) *Briefing {
	bl.mu.Lock()
	prev := bl.last
	bl.mu.Unlock()
	if prev == nil {
		prev = &built{} // nothing to take, but this briefing leaves its work
	}
	b, next := build(an, opt, prev)
	bl.mu.Lock()
	bl.last = next
	bl.mu.Unlock()
	return b
}

// done ends Build: it lets go of what the briefing before left and
// returns what this one leaves.
func (b *Briefing) done() *built {
	b.prev = nil
	stories := b.stories
	b.stories = nil
	var kept map[string]*keptStory
	if b.kept != nil {
		kept = b.kept.now
	}
	b.kept = nil
	reports := b.reports
	b.reports = [3]*reportGroups{}
	texts := b.words
	b.words = nil
	b.facts = nil
	cx := b.clauseContext()
	if cx == nil {
		return nil
	}
	cx.mu.Lock()
	defer cx.mu.Unlock()
	// The clauses made so far are the next briefing's to read: this
	// briefing keeps reading them too, and puts any it makes later in a
	// map of its own.
	made := cx.clauses
	cx.clauses, cx.kept = map[clauseKey]*clauseEntry{}, made
	return &built{clauses: made, cases: cx.cases, texts: texts, layouts: b.layouts, stories: stories, kept: kept, reports: reports}
}
