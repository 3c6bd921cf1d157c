package page

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefing-app/briefing/brief"
)

// This file keeps what the page works out for each story on its own — its
// differences, its title, the bottom line of the lead story — from one
// briefing to the next: each is a function of the story's articles (their
// sources and the facts of their texts) and of a little more that is
// recorded beside it and checked before it is taken. Adding an article
// changes one story; the others are taken as they were.

// keptStories are the results kept for stories: those of the briefing
// before (prev, read only) and those of this one (now).
type keptStories struct {
	prev, now map[string]*keptStory
}

// keptStory is what was worked out for a story of the articles of facts.
type keptStory struct {
	facts []*articleFacts
	// diffs are the story's differences, and calls who says their
	// claims.
	diffs []Difference
	calls []sayerCall
	title string
	lines []Line
}

// storyKey is what a story's results are kept by: what they are (what),
// more that they read (extra), and every field of the story's sources. It
// returns the facts of the story's articles too, which a kept result must
// have been worked out from.
func storyKey(an *brief.Analysis, story []int, what string, extra ...string) (string, []*articleFacts) {
	var sb strings.Builder
	part := func(s string) {
		sb.WriteString(strconv.Itoa(len(s)))
		sb.WriteByte(':')
		sb.WriteString(s)
	}
	part(what)
	sb.WriteString(strconv.Itoa(len(extra)))
	for _, x := range extra {
		part(x)
	}
	facts := make([]*articleFacts, len(story))
	for k, i := range story {
		s := an.Sources[i]
		part(s.ID)
		part(s.ArticleID)
		part(s.Title)
		part(s.Path)
		part(s.Site)
		part(s.Byline)
		part(s.Date.String())
		part(strconv.Itoa(s.Words))
		part(strconv.FormatBool(s.Failed))
		if i < len(an.Articles) && an.Articles[i] != nil {
			facts[k] = factsOf(an.Articles[i])
		}
	}
	return sb.String(), facts
}

// get returns the result kept for key, worked out from the articles of
// facts; nil when there is none (or k is nil).
func (k *keptStories) get(key string, facts []*articleFacts) *keptStory {
	if k == nil {
		return nil
	}
	e := k.now[key]
	if e == nil {
		e = k.prev[key]
	}
	if e == nil || !slices.Equal(e.facts, facts) {
		return nil
	}
	k.now[key] = e
	return e
}

// saysSame reports whether who says each claim of the story's
// differences is the same with names.
func (k *keptStory) saysSame(names []sayerName) bool {
	for _, c := range k.calls {
		if c.answer(names) != c.who {
			return false
		}
	}
	return true
}

// put keeps a story's result for the next briefing (when k is not nil).
func (k *keptStories) put(key string, e *keptStory) {
	if k != nil {
		k.now[key] = e
	}
}

// bottomLine is the bottom line of the briefing of stories groups (lead
// story first): pickBottomLine of the lead story, kept by its articles,
// whether there are others, and the names of the first actors, which it
// reads.
func (b *Briefing) bottomLine(an *brief.Analysis, groups [][]int) []Line {
	lead := an
	if len(groups) > 1 {
		lead = subAnalysis(an, groups[0])
	}
	if b.kept == nil || len(groups) == 0 || len(an.Articles) != len(an.Sources) {
		return pickBottomLine(lead, b.Actors, len(groups) > 1)
	}
	extra := []string{strconv.FormatBool(len(groups) > 1)}
	for _, a := range b.Actors[:min(len(b.Actors), bottomLineActors)] {
		extra = append(extra, a.Name)
	}
	key, facts := storyKey(an, groups[0], "bottom line", extra...)
	e := b.kept.get(key, facts)
	if e == nil {
		e = &keptStory{facts: facts, lines: pickBottomLine(lead, b.Actors, len(groups) > 1)}
		b.kept.put(key, e)
	}
	// The briefing adds citations to its lines: a copy.
	return slices.Clone(e.lines)
}

// storyTitle is the title of the story of the articles story (sub, whose
// key actors are own): storyTitle's, kept by its articles and the names of
// its first actors when it is one of its headlines.
func (b *Briefing) storyTitle(an *brief.Analysis, story []int, sub *brief.Analysis, own []brief.Actor) string {
	if b.kept == nil {
		title, _ := storyTitleOf(sub, own)
		return title
	}
	var extra []string
	for _, a := range own[:min(len(own), storyTitleActors)] {
		extra = append(extra, a.Name)
	}
	key, facts := storyKey(an, story, "title", extra...)
	if e := b.kept.get(key, facts); e != nil {
		return e.title
	}
	title, headline := storyTitleOf(sub, own)
	if headline {
		b.kept.put(key, &keptStory{facts: facts, title: title})
	}
	return title
}
