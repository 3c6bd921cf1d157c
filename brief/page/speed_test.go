package page

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// groupStoriesReference is groupStories' linking as first written: every
// pair of articles tried.
func groupStoriesReference(an *brief.Analysis) [][]int {
	n := len(an.Sources)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	generic := genericNameWords(an)
	vecs := make([]map[string]float64, n)
	heads := make([]map[string]bool, n)
	for i := range n {
		vecs[i] = namedThings(factsOf(an.Articles[i]), generic)
		heads[i] = headlineWords(an.Sources[i], generic)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if find(i) != find(j) && sameStory(an.Sources[i], an.Sources[j], vecs[i], vecs[j], heads[i], heads[j]) {
				parent[find(j)] = find(i)
			}
		}
	}
	var groups [][]int
	at := map[int]int{}
	for i := range n {
		r := find(i)
		if k, ok := at[r]; ok {
			groups[k] = append(groups[k], i)
		} else {
			at[r] = len(groups)
			groups = append(groups, []int{i})
		}
	}
	return groups
}

// TestGroupStoriesTriesOnlyLikelyPairs checks that groupStories, which
// tries only the pairs of articles that share enough named things or
// headline words, makes the stories trying every pair makes: on a library
// of 150 articles made of the project's own, several to a story.
func TestGroupStoriesTriesOnlyLikelyPairs(t *testing.T) {
	root, err := newscorpus.Root()
	if err != nil {
		t.Fatal(err)
	}
	own, err := newscorpus.Own(root)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := newscorpus.Articles(newscorpus.Library(newscorpus.AsPages(own), 150, 400))
	if err != nil {
		t.Fatal(err)
	}
	an := brief.Analyze(arts...)
	got := groupStories(an)
	want := groupStoriesReference(an)
	sortGroups := func(gs [][]int) [][]int {
		gs = slices.Clone(gs)
		slices.SortFunc(gs, func(a, b []int) int { return a[0] - b[0] })
		return gs
	}
	if g, w := sortGroups(got), sortGroups(want); !slices.EqualFunc(g, w, slices.Equal[[]int]) {
		t.Fatalf("groupStories made %d stories, trying every pair %d", len(g), len(w))
	}
	// Each story's analysis, made for all of them at once, is the one
	// made for it alone.
	for i, sub := range subAnalyses(an, got) {
		if !reflect.DeepEqual(sub, subAnalysis(an, got[i])) {
			t.Fatalf("subAnalyses of story %d differs from subAnalysis of it", i)
		}
	}
	several := 0
	for _, g := range want {
		if len(g) > 1 {
			several++
		}
	}
	if several < 5 {
		t.Errorf("only %d stories of several articles: the test does not exercise linking", several)
	}
}

// storyOfReference is storyOf as first written.
func storyOfReference(b *Briefing, cs []brief.Cite) int {
	if len(b.Stories) < 2 {
		return 0
	}
	best, bestN := 0, 0
	for i, c := range cs {
		s, ok := b.storyIdx[c.Source]
		if !ok {
			continue
		}
		n := 0
		for _, d := range cs[i:] {
			if b.storyIdx[d.Source] == s {
				n++
			}
		}
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

// TestStoryOfCountsOnce checks that storyOf, which counts each story's
// citations in one pass, picks the story the first, quadratic, count
// picked: citations of sources in no story and ties included.
func TestStoryOfCountsOnce(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		b := &Briefing{Stories: make([]Story, 2+r.IntN(4)), storyIdx: map[string]int{}}
		for s := range 12 {
			if r.IntN(5) > 0 { // some sources are in no story
				b.storyIdx[brief.SourceID(s)] = r.IntN(len(b.Stories))
			}
		}
		cs := make([]brief.Cite, r.IntN(9))
		for i := range cs {
			cs[i] = brief.Cite{Source: brief.SourceID(r.IntN(12)), Sentence: i}
		}
		if got, want := b.storyOf(cs), storyOfReference(b, cs); got != want {
			t.Fatalf("storyOf(%v) with stories %v = %d, want %d", cs, b.storyIdx, got, want)
		}
	}
}

// TestMayDenyWhereverDenialCueMatches checks that the quick look before
// denialCue lets through every sentence the expression matches: its verbs
// in any case, a long s among them.
func TestMayDenyWhereverDenialCueMatches(t *testing.T) {
	var sentences []string
	for _, verb := range []string{"denied", "denies", "deny", "denying", "refuted", "refutes", "disputed",
		"disputes", "dismissed reports that", "rejected claims", "rejects suggestions", "dismisses allegations"} {
		for _, form := range []string{verb, strings.ToUpper(verb), strings.ToUpper(verb[:1]) + verb[1:],
			strings.ReplaceAll(verb, "s", "ſ")} {
			sentences = append(sentences, "The ferry operator "+form+" that the crossing had been cancelled.")
		}
	}
	sentences = append(sentences, "The mayor said the ferry would run on Friday.",
		"Residents of the island dismissed the idea.", "The president denied nothing.")
	matched := 0
	for _, s := range sentences {
		cue := denialCue().MatchString(s)
		if cue {
			matched++
		}
		if cue && !mayDeny(s) {
			t.Errorf("denialCue matches %q, but mayDeny says it cannot", s)
		}
	}
	if matched < 40 {
		t.Errorf("denialCue matched %d of the sentences: the test does not exercise it", matched)
	}
	if mayDeny("The mayor said the ferry would run on Friday.") {
		t.Errorf("mayDeny lets through a sentence with none of the verbs")
	}
}

// TestFactsReadAgainWhenTheTextChanges checks that the facts kept of an
// article are those of its text: read once, kept while it is the same,
// read again when the text is changed in place.
func TestFactsReadAgainWhenTheTextChanges(t *testing.T) {
	a, err := load.Parse("ferry.txt", []byte("Ferry talks\n\nThe union said 40 crossings had been cancelled. "+
		"The operator denied reports that the ferry would stop."), load.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	f := factsOf(a)
	if len(f.cues) != 1 || countOf(f) != 1 {
		t.Fatalf("facts of the article: %d denials, %d counts; want 1 and 1", len(f.cues), countOf(f))
	}
	if factsOf(a) != f {
		t.Errorf("the facts of an unchanged article were read again")
	}
	b, err := load.Parse("ferry.txt", []byte("Ferry talks\n\nThe union said crossings had been cancelled, "+
		"and the operator said 12 ferries and 30 buses would run."), load.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	*a = *b // the same article, its text changed in place
	if g := factsOf(a); g == f || len(g.cues) != 0 || countOf(g) != 2 {
		t.Errorf("after the text changed: %d denials, %d counts, read again %v; want 0, 2, true",
			len(g.cues), countOf(g), g != f)
	}
}

func countOf(f *articleFacts) int {
	n := 0
	for _, cs := range f.counts {
		n += len(cs)
	}
	return n
}

// subAnalysis is subAnalyses of one group made on its own, the reference
// the test holds subAnalyses to: the part of an analysis that cites the
// given sources (their articles, with their IDs, and the actors and items
// that cite them, with only those citations).
func subAnalysis(an *brief.Analysis, srcs []int) *brief.Analysis {
	in := map[string]bool{}
	sub := &brief.Analysis{}
	for _, i := range srcs {
		sub.Sources = append(sub.Sources, an.Sources[i])
		var a *brief.Article
		if i < len(an.Articles) {
			a = an.Articles[i]
		}
		sub.Articles = append(sub.Articles, a)
		in[an.Sources[i].ID] = true
	}
	keep := func(cs []brief.Cite) []brief.Cite {
		var out []brief.Cite
		for _, c := range cs {
			if in[c.Source] {
				out = append(out, c)
			}
		}
		return out
	}
	for _, a := range an.Actors {
		if cs := keep(a.Cites); len(cs) > 0 {
			a.Cites = cs
			sub.Actors = append(sub.Actors, a)
		}
	}
	return sub
}
