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

// keptStory is what was worked out for a story of the articles of srcs
// and facts.
type keptStory struct {
	srcs  []brief.Source
	facts []*articleFacts
	// diffs are the story's differences, and calls who says their
	// claims.
	diffs []Difference
	calls []sayerCall
	title string
	lines []Line
}

// storyRef is a story as its results are kept by: the IDs of its sources
// (to find them), its sources and the facts of their articles (which the
// results must have been worked out from).
type storyRef struct {
	ids   string
	srcs  []brief.Source
	facts []*articleFacts
}

// storyRefs are the refs of the stories of an analysis (groupStories).
func storyRefs(an *brief.Analysis, groups [][]int, facts []*articleFacts) []storyRef {
	refs := make([]storyRef, len(groups))
	for g, story := range groups {
		r := storyRef{srcs: make([]brief.Source, len(story)), facts: make([]*articleFacts, len(story))}
		var sb strings.Builder
		for k, i := range story {
			r.srcs[k] = an.Sources[i]
			sb.WriteString(an.Sources[i].ID)
			sb.WriteByte(0)
			if i < len(an.Articles) && an.Articles[i] != nil {
				r.facts[k] = factsIn(facts, an.Articles, i)
			}
		}
		r.ids = sb.String()
		refs[g] = r
	}
	return refs
}

// key is what a story's result is kept by: what it is, more that it
// reads (extra), and the story's source IDs.
func (r storyRef) key(what string, extra ...string) string {
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
	sb.WriteString(r.ids)
	return sb.String()
}

// get returns the result kept for key, worked out from the story's
// sources and articles; nil when there is none (or k is nil).
func (k *keptStories) get(key string, r storyRef) *keptStory {
	if k == nil {
		return nil
	}
	e := k.now[key]
	if e == nil {
		e = k.prev[key]
	}
	if e == nil || !slices.Equal(e.facts, r.facts) || !slices.Equal(e.srcs, r.srcs) {
		return nil
	}
	k.now[key] = e
	return e
}

// put keeps a story's result, worked out from its sources and articles,
// for the next briefing (when k is not nil).
func (k *keptStories) put(key string, r storyRef, e *keptStory) {
	if k != nil {
		e.srcs, e.facts = r.srcs, r.facts
		k.now[key] = e
	}
}

// saysSame reports whether who says each claim of the story's
// differences is the same with names.
func (k *keptStory) saysSame(names sayerNamer) bool {
	for _, c := range k.calls {
		if c.answer(names) != c.who {
			return false
		}
	}
	return true
}

// bottomLine is the bottom line of the briefing of stories groups (lead
// story first, of refs when a Builder builds the briefing): pickBottomLine
// of the lead story, kept by its articles, whether there are others, and
// the names of the first actors, which it reads.
func (b *Briefing) bottomLine(an *brief.Analysis, groups [][]int, refs []storyRef) []Line {
	lead := func() *brief.Analysis {
		if len(groups) > 1 {
			return subAnalyses(an, groups[:1])[0]
		}
		return an
	}
	if refs == nil || len(groups) == 0 || len(an.Articles) != len(an.Sources) {
		return pickBottomLine(lead(), b.Actors, len(groups) > 1)
	}
	extra := []string{strconv.FormatBool(len(groups) > 1)}
	for _, a := range b.Actors[:min(len(b.Actors), bottomLineActors)] {
		extra = append(extra, a.Name)
	}
	key := refs[0].key("bottom line", extra...)
	e := b.kept.get(key, refs[0])
	if e == nil {
		e = &keptStory{lines: pickBottomLine(lead(), b.Actors, len(groups) > 1)}
		b.kept.put(key, refs[0], e)
	}
	// The briefing adds citations to its lines: a copy.
	return slices.Clone(e.lines)
}

// storyTitle is the title of story i of an analysis's stories groups (of
// refs when a Builder builds the briefing), whose key actors are own:
// storyTitleOf's, kept by its articles and what it reads of the actors —
// the names of the first ones when the title is one of its headlines, else
// the names, kinds, aliases and first sources of all of them
// (briefingTitle). sub is the story's analysis (nil makes it when needed).
func (b *Briefing) storyTitle(an *brief.Analysis, groups [][]int, refs []storyRef, i int, sub *brief.Analysis, own []brief.Actor) string {
	subOf := func() *brief.Analysis {
		if sub == nil {
			sub = subAnalyses(an, groups[i:i+1])[0]
		}
		return sub
	}
	if refs == nil {
		title, _ := storyTitleOf(subOf(), own)
		return title
	}
	var names []string
	for _, a := range own[:min(len(own), storyTitleActors)] {
		names = append(names, a.Name)
	}
	headKey, noHeadKey := refs[i].key("title", names...), refs[i].key("no headline")
	if e := b.kept.get(headKey, refs[i]); e != nil {
		return e.title
	}
	var actors []string // what briefingTitle reads of the actors
	for _, a := range own {
		first := ""
		if len(a.Cites) > 0 {
			first = a.Cites[0].Source
		}
		actors = append(actors, a.Name, string(a.Kind), strings.Join(a.Aliases, "\x00"), first)
	}
	var fullKey string
	if b.kept.get(noHeadKey, refs[i]) != nil {
		fullKey = refs[i].key("title of actors", actors...)
		if e := b.kept.get(fullKey, refs[i]); e != nil {
			return e.title
		}
	}
	title, headline := storyTitleOf(subOf(), own)
	if headline {
		b.kept.put(headKey, refs[i], &keptStory{title: title})
	} else {
		b.kept.put(noHeadKey, refs[i], &keptStory{})
		b.kept.put(refs[i].key("title of actors", actors...), refs[i], &keptStory{title: title})
	}
	return title
}

// corroborateLine is corroborateLines of bottom-line sentence l of story
// (of refs when a Builder builds the briefing), kept by the story's
// articles and the sentence.
func (b *Briefing) corroborateLine(an *brief.Analysis, l Line, story int, refs []storyRef) []brief.Cite {
	if refs == nil || story >= len(refs) {
		return corroborate(an, l, b.storyIdx, story)
	}
	extra := []string{l.Text}
	for _, c := range l.Cites {
		extra = append(extra, c.Source, strconv.Itoa(c.Sentence))
	}
	key := refs[story].key("corroborated", extra...)
	e := b.kept.get(key, refs[story])
	if e == nil {
		e = &keptStory{lines: []Line{{Cites: corroborate(an, l, b.storyIdx, story)}}}
		b.kept.put(key, refs[story], e)
	}
	return e.lines[0].Cites
}
