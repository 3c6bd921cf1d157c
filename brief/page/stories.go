package page

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// This file groups the loaded articles into stories: articles that name the
// same people, places and things (weighed by how often each names them),
// published close together, are one story; so are articles whose headlines
// say the same thing. The lead story is the one with the most sources, then
// the most recent (published, else loaded).

// Story is a group of loaded articles about the same events.
type Story struct {
	// Title is the story's headline: the headline of its articles that
	// says most of what they share, or one made from its lead actors and
	// topic when its articles have no headline.
	Title string `json:"title"`
	// Sources are the IDs of the story's articles ("S1", "S3"), in the
	// order they were loaded.
	Sources []string `json:"sources"`
}

// Story-grouping limits.
const (
	// storyLink is the similarity of two articles' named things above
	// which they are one story.
	storyLink = 0.3
	// storyLinkFar is the similarity needed when the articles' dates are
	// more than storyDays apart.
	storyLinkFar = 0.45
	storyDays    = 7
	// storyMaxDays: articles published further apart are never one story.
	storyMaxDays = 30
	// storyShared is how many named things two articles must share.
	storyShared = 3
)

// groupStories groups the sources of an analysis into stories, lead story
// first, each with its sources in load order.
func groupStories(an *brief.Analysis) [][]int {
	groups, _ := groupStoriesWith(an, nil, nil)
	return groups
}

// storyLinks is what groupStories found of a briefing's articles, for the
// next briefing to take (see groupStoriesWith). It is never changed once
// made.
type storyLinks struct {
	generic map[string]bool
	arts    []storyArticle
	// root is each article's story, as the first of its articles.
	root []int32
	// byThing and byHead list the articles (of arts[:indexed]) that use
	// each named thing and each headline word.
	byThing, byHead map[string][]int
	indexed         int
}

// storyArticle is what the stories read of an article: its source and
// the facts of its text (nil for none), with its named things and
// headline words (namedThings, headlineWords).
type storyArticle struct {
	src   brief.Source
	facts *articleFacts
	vec   map[string]float64
	heads map[string]bool
}

// sameForStories reports whether two articles are the same to the
// stories: the same text, and the same date, headline and outlet.
func (a storyArticle) sameForStories(b storyArticle) bool {
	return a.facts == b.facts && a.src.Date.Equal(b.src.Date) && a.src.Title == b.src.Title &&
		a.src.Path == b.src.Path && a.src.Site == b.src.Site
}

// storyIndexSlack is how many articles added since the briefing whose
// index of words groupStoriesWith takes it compares one by one.
const storyIndexSlack = 64

// groupStoriesWith is groupStories, taking what it may of the links found
// for the briefing before (prev, which may be nil), and returning its own.
// Articles are one story when they are linked through pairs that tell the
// same story (sameStory): the stories are the same whatever order the
// pairs are tried in. When the articles are those of prev with more after
// them, and the words that name no story are the same, the pairs of
// prev's articles link as they did: only the pairs of an added article
// are tried.
func groupStoriesWith(an *brief.Analysis, prev *storyLinks, facts []*articleFacts) ([][]int, *storyLinks) {
	n := len(an.Sources)
	if n == 0 {
		return nil, nil
	}
	next := &storyLinks{generic: genericNameWords(an), arts: make([]storyArticle, n)}
	same := prev != nil && maps.Equal(prev.generic, next.generic)
	var keptVecs map[*articleFacts]map[string]float64
	if same {
		keptVecs = make(map[*articleFacts]map[string]float64, len(prev.arts))
		for _, a := range prev.arts {
			if a.facts != nil {
				keptVecs[a.facts] = a.vec
			}
		}
	}
	from := 0 // the articles before from are prev's, linked as they were
	if same && len(prev.arts) <= n {
		from = len(prev.arts)
	}
	for i := range n {
		a := storyArticle{src: an.Sources[i]}
		if i < len(an.Articles) && an.Articles[i] != nil {
			a.facts = factsIn(facts, an.Articles, i)
		}
		if i < from && a.sameForStories(prev.arts[i]) {
			a.vec, a.heads = prev.arts[i].vec, prev.arts[i].heads
		} else {
			from = min(from, i)
			if v, ok := keptVecs[a.facts]; ok && a.facts != nil {
				a.vec = v
			} else {
				a.vec = namedThings(a.facts, next.generic)
			}
			a.heads = headlineWords(a.src, next.generic)
		}
		next.arts[i] = a
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	link := func(i, j int) {
		if find(i) != find(j) && sameStory(next.arts[i].src, next.arts[j].src, next.arts[i].vec, next.arts[j].vec, next.arts[i].heads, next.arts[j].heads) {
			parent[find(j)] = find(i)
		}
	}
	if from < len(prev.linkedArts()) || from == 0 {
		from = 0
	}
	switch {
	case from == 0:
		next.index(n)
		next.linkAll(link)
	default:
		for i := range from {
			parent[i] = int(prev.root[i])
		}
		if n-prev.indexed <= storyIndexSlack {
			next.byThing, next.byHead, next.indexed = prev.byThing, prev.byHead, prev.indexed
		} else {
			next.index(from)
		}
		for k := from; k < n; k++ {
			for _, j := range next.candidates(k) {
				link(j, k)
			}
		}
		if next.indexed < n-storyIndexSlack {
			next.index(n)
		}
	}
	next.root = make([]int32, n)
	for i := range n {
		next.root[i] = int32(find(i))
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range n {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	groups := make([][]int, 0, len(roots))
	for _, r := range roots {
		groups = append(groups, byRoot[r])
	}
	// The lead story: most sources, then the most recent: published last
	// (an undated story is taken as recent as any), then loaded last — in
	// the app, the article just added.
	var latest time.Time
	for _, s := range an.Sources {
		if s.Date.After(latest) {
			latest = s.Date
		}
	}
	date := func(g []int) time.Time {
		var d time.Time
		for _, i := range g {
			if an.Sources[i].Date.IsZero() {
				return latest
			}
			if an.Sources[i].Date.After(d) {
				d = an.Sources[i].Date
			}
		}
		return d
	}
	before := func(a, b []int) bool {
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return date(a).After(date(b))
	}
	lead := 0
	for i, g := range groups {
		if !before(groups[lead], g) {
			lead = i // the last of the best
		}
	}
	// The other stories follow, most sources and most recent first, else
	// in the order they were loaded.
	rest := append(append([][]int{}, groups[:lead]...), groups[lead+1:]...)
	sort.SliceStable(rest, func(a, b int) bool { return before(rest[a], rest[b]) })
	return append([][]int{groups[lead]}, rest...), next
}

// linkedArts is the articles links were found for (none for nil).
func (l *storyLinks) linkedArts() []storyArticle {
	if l == nil {
		return nil
	}
	return l.arts
}

// index lists the articles of arts[:n] that use each word.
func (l *storyLinks) index(n int) {
	vecs := make([]map[string]float64, n)
	heads := make([]map[string]bool, n)
	for i, a := range l.arts[:n] {
		vecs[i], heads[i] = a.vec, a.heads
	}
	l.byThing, l.byHead, l.indexed = articlesByWord(vecs), articlesByWord(heads), n
}

// linkAll tries, with link, the pairs of articles that may tell the same
// story (see candidates), each article with those after it, in order;
// byThing and byHead must list every article.
func (l *storyLinks) linkAll(link func(i, j int)) {
	n := len(l.arts)
	// sameStory asks two articles for storyShared named things in
	// common, or two headline words: only such pairs are tried, found
	// through the articles that use each word.
	things, words := make([]int32, n), make([]int32, n)
	var met, cand []int
	for i := range n {
		met = met[:0]
		count := func(by map[string][]int, c []int32, w string) {
			for _, j := range slices.Backward(by[w]) {
				if j <= i {
					break
				}
				if things[j] == 0 && words[j] == 0 {
					met = append(met, j)
				}
				c[j]++
			}
		}
		for w := range l.arts[i].vec {
			count(l.byThing, things, w)
		}
		for w := range l.arts[i].heads {
			count(l.byHead, words, w)
		}
		cand = cand[:0]
		for _, j := range met {
			if things[j] >= storyShared || words[j] >= 2 {
				cand = append(cand, j)
			}
			things[j], words[j] = 0, 0
		}
		slices.Sort(cand)
		for _, j := range cand {
			link(i, j)
		}
	}
}

// candidates lists the articles before article k that share storyShared
// named things or two headline words with it, in order: those of the
// index, and those after it compared one by one.
func (l *storyLinks) candidates(k int) []int {
	things, words := map[int]int{}, map[int]int{}
	a := l.arts[k]
	for w := range a.vec {
		for _, j := range l.byThing[w] {
			if j < k {
				things[j]++
			}
		}
	}
	for w := range a.heads {
		for _, j := range l.byHead[w] {
			if j < k {
				words[j]++
			}
		}
	}
	for j := l.indexed; j < k; j++ {
		for w := range a.vec {
			if _, ok := l.arts[j].vec[w]; ok {
				things[j]++
			}
		}
		for w := range a.heads {
			if l.arts[j].heads[w] {
				words[j]++
			}
		}
	}
	var out []int
	for j, c := range things {
		if c >= storyShared {
			out = append(out, j)
		}
	}
	for j, c := range words {
		if c >= 2 && things[j] < storyShared {
			out = append(out, j)
		}
	}
	slices.Sort(out)
	return out
}

// articlesByWord lists, for each word of the sets, the articles (indices
// of sets) whose set holds it, in order.
func articlesByWord[V any](sets []map[string]V) map[string][]int {
	by := map[string][]int{}
	for i, set := range sets {
		for w := range set {
			by[w] = append(by[w], i)
		}
	}
	return by
}

// sameStory reports whether two articles tell the same story: they name
// enough of the same things, often enough, and were published close
// together; or their headlines say nearly the same.
func sameStory(a, b brief.Source, va, vb map[string]float64, ha, hb map[string]bool) bool {
	days := 0.0
	if !a.Date.IsZero() && !b.Date.IsZero() {
		days = math.Abs(a.Date.Sub(b.Date).Hours()) / 24
		if days > storyMaxDays {
			return false
		}
	}
	need := storyLink
	if days > storyDays {
		need = storyLinkFar
	}
	shared, dot, na, nb := 0, 0.0, 0.0, 0.0
	for w, x := range va {
		na += x * x
		if y, ok := vb[w]; ok {
			shared++
			dot += x * y
		}
	}
	for _, y := range vb {
		nb += y * y
	}
	if shared >= storyShared && na > 0 && nb > 0 && dot/math.Sqrt(na*nb) >= need {
		return true
	}
	// Headlines that share most of their words ("Kessmere strike, day 3:
	// talks resume", "Kessmere strike, day 4: talks resume").
	common := 0
	for w := range ha {
		if hb[w] {
			common++
		}
	}
	union := len(ha) + len(hb) - common
	return common >= 2 && union > 0 && float64(common)/float64(union) >= 0.5
}

// namedThings weighs the names, codes and numbers-with-letters an article
// (of facts f, nil for none) uses inside its sentences ("Northwind", "Portven", "NW212"), by the
// square root of how often it uses each: the things a story is about come
// up again and again. Countries, capitals, titles and the other words
// every story may name are left out, as are credit lines.
func namedThings(f *articleFacts, generic map[string]bool) map[string]float64 {
	v := map[string]float64{}
	if f == nil {
		return v
	}
	for w, n := range f.named {
		if !generic[w] {
			v[w] = math.Sqrt(n)
		}
	}
	return v
}

// namedCounts counts the names, codes and numbers-with-letters of
// namedThings, the generic words among them too.
func namedCounts(a *brief.Article) map[string]float64 {
	v := map[string]float64{}
	for si := range a.Sentences {
		s := a.SentenceText(si)
		if isCredit(s) {
			continue
		}
		first := true
		for _, w := range strings.FieldsFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
		}) {
			initial := first
			first = false
			core := strings.Trim(w, "-'’")
			lw := nameStem(core)
			if utf8.RuneCountInString(lw) < 3 || leadStopWords[lw] {
				continue
			}
			code := strings.ContainsFunc(core, unicode.IsDigit) && strings.ContainsFunc(core, unicode.IsLetter)
			if code || !initial && capitalised(core) {
				v[lw]++
			}
		}
	}
	return v
}

// nameStem folds a name word for comparison: lower case, without a
// possessive or a plural "s".
func nameStem(w string) string {
	lw := strings.ToLower(w)
	lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
	if len(lw) > 4 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") {
		lw = lw[:len(lw)-1]
	}
	return lw
}

// headlineWords are a headline's content words, without the generic ones.
func headlineWords(s brief.Source, generic map[string]bool) map[string]bool {
	out := map[string]bool{}
	if !realHeadline(s) {
		return out
	}
	for _, w := range leadTerms(cleanHeadline(s)) {
		if !generic[w] && !headlineFiller[w] {
			out[w] = true
		}
	}
	return out
}

// genericNameWords are the capitalised words that say nothing of which
// story an article tells: the countries of the analysis with their short
// forms, demonyms and capitals, titles, days and months, and words such
// as "House", "State" or "National" that many names share.
func genericNameWords(an *brief.Analysis) map[string]bool {
	m := map[string]bool{}
	for w := range officeWords {
		m[w] = true
	}
	for _, w := range genericNames {
		m[w] = true
	}
	for _, a := range an.Actors {
		if a.Kind != brief.KindCountry {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, w := range strings.Fields(n) {
				m[nameStem(strings.Trim(w, ".,"))] = true
			}
		}
	}
	return m
}

var genericNames = strings.Fields(`house white state states council international union national news
	city new york street party republican democrat democratic government united kingdom north south east
	west central european europe asia africa african america american pacific atlantic middle
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir the`)

// credit matches the credit lines of wire copy and photographs:
// "(Additional reporting by …)", "Editing by …", "Photo: …".
var credit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^[(\[]?\s*(?:additional\s+)?(?:reporting|editing|writing|compiled|produced)\s+by\b|^(?:photo|picture|image)s?\s*(?:credit)?\s*:|^(?:photograph|illustration):|\b(?:editing by|reporting by)\b`)
})

// isCredit reports whether a sentence is a credit line, never printed.
func isCredit(s string) bool {
	// Most sentences have none of the words a credit line must have: a
	// quick look before the expression.
	head := s[:min(len(s), 16)]
	if !strings.Contains(s, "ing by") && !strings.Contains(s, "ed by") && !strings.ContainsAny(head, ":") {
		return false
	}
	return credit().MatchString(strings.TrimSpace(s))
}

// siteSuffix matches the outlet a headline may end with ("… - Telegraph",
// "… | CNN").
var siteSuffix = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+[-|–—]\s+([^-|–—]{2,40})$`) })

// cleanHeadline is a source's headline without the outlet it ends with.
func cleanHeadline(s brief.Source) string {
	t := strings.Join(strings.Fields(s.Title), " ")
	if m := siteSuffix().FindStringSubmatchIndex(t); m != nil {
		suffix := foldName(t[m[2]:m[3]])
		site := foldName(s.Site)
		known := site != "" && (strings.Contains(site, suffix) || strings.Contains(suffix, site))
		if known || newsOutlet(suffix) {
			t = strings.TrimSpace(t[:m[0]])
		}
	}
	return t
}

// newsOutlet reports whether a headline's last part names an outlet
// ("The New York Times", "BBC News").
func newsOutlet(s string) bool {
	for _, w := range []string{"news", "times", "post", "telegraph", "guardian", "journal", "reuters", "herald",
		"tribune", "bbc", "cnn", "breitbart", "daily", "gazette", "magazine"} {
		if slices.Contains(strings.Fields(s), w) {
			return len(strings.Fields(s)) <= 5
		}
	}
	return false
}

// storyTitleActors is how many of a story's first actors storyTitleOf
// reads the names of to choose among its headlines.
const storyTitleActors = 3

// storyTitleOf names a story: the headline of its articles that best says
// what they share (its words used by the story's other articles, and the
// story's lead actors), or, when none of them has a headline, its lead
// actors and topic. headline reports the first: the title is then a
// function of the story's articles and of the names of its first
// storyTitleActors actors.
func storyTitleOf(sub *brief.Analysis, actors []brief.Actor) (title string, headline bool) {
	type cand struct {
		title string
		score float64
		date  time.Time
	}
	words := make([]map[string]bool, len(sub.Articles))
	for i, a := range sub.Articles {
		words[i] = map[string]bool{}
		if a != nil {
			// The article's opening says what it is about.
			words[i] = factsOf(a).opening
		}
	}
	lead := map[string]bool{}
	for i, a := range actors {
		if i == storyTitleActors {
			break
		}
		for _, w := range leadTerms(a.Name) {
			lead[w] = true
		}
	}
	var cands []cand
	for i, s := range sub.Sources {
		if !realHeadline(s) {
			continue
		}
		t := cleanHeadline(s)
		terms := leadTerms(t)
		if len(terms) == 0 {
			continue
		}
		score := 0.0
		for _, w := range terms {
			for j := range sub.Articles {
				if j != i && words[j][w] {
					score++
				}
			}
			if lead[w] {
				score += 0.5
			}
		}
		cands = append(cands, cand{t, score / math.Sqrt(float64(len(terms))), s.Date})
	}
	if len(cands) == 0 {
		return briefingTitle(sub, actors), false
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := math.Round(cands[i].score*1e6), math.Round(cands[j].score*1e6)
		if a != b {
			return a > b
		}
		return cands[i].date.After(cands[j].date)
	})
	return cands[0].title, true
}

// storyLeadBytes is how much of an article's opening storyTitle compares
// headlines with.
const storyLeadBytes = 3000

// shortHeadline cuts a headline to at most maxWords words where a clause
// of it ends (" as …", ", …", ": …"), keeping at least four words; a
// headline without such a place is kept whole.
func shortHeadline(h string, maxWords int) string {
	words := strings.Fields(h)
	if len(words) <= maxWords {
		return h
	}
	best := ""
	for i := 4; i <= maxWords && i < len(words); i++ {
		prev, next := words[i-1], strings.ToLower(words[i])
		if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ";") ||
			headlineBreaks[next] {
			best = strings.TrimRight(strings.Join(words[:i], " "), ",:;")
		}
	}
	if best == "" {
		// A kicker before a colon names the story ("Zimbabwe coup: …").
		if i := strings.Index(h, ": "); i > 0 && wordCount(h[:i]) <= 4 {
			return h[:i]
		}
		return h
	}
	return best
}

var headlineBreaks = map[string]bool{"as": true, "after": true, "amid": true, "while": true, "with": true,
	"—": true, "–": true, "-": true, "|": true, "but": true, "despite": true, "over": true}

// openingWords are the words of an article's opening (storyTitle).
func openingWords(a *brief.Article) map[string]bool {
	m := map[string]bool{}
	for _, w := range leadTerms(a.Text[:min(len(a.Text), storyLeadBytes)]) {
		m[w] = true
	}
	return m
}

// subAnalyses is, for each group of sources, the part of an analysis that
// cites them: their articles (with their IDs), and the actors that cite
// them, with only those citations; made in one pass over the actors'
// citations.
func subAnalyses(an *brief.Analysis, groups [][]int) []*brief.Analysis {
	subs := make([]*brief.Analysis, len(groups))
	group := map[string]int{}
	for g, srcs := range groups {
		sub := &brief.Analysis{}
		for _, i := range srcs {
			sub.Sources = append(sub.Sources, an.Sources[i])
			var a *brief.Article
			if i < len(an.Articles) {
				a = an.Articles[i]
			}
			sub.Articles = append(sub.Articles, a)
			group[an.Sources[i].ID] = g
		}
		subs[g] = sub
	}
	var cites [][]brief.Cite // each group's citations of one actor
	var touched []int
	for _, a := range an.Actors {
		if cites == nil {
			cites = make([][]brief.Cite, len(groups))
		}
		touched = touched[:0]
		for _, c := range a.Cites {
			if g, ok := group[c.Source]; ok {
				if cites[g] == nil {
					touched = append(touched, g)
				}
				cites[g] = append(cites[g], c)
			}
		}
		slices.Sort(touched)
		for _, g := range touched {
			b := a
			b.Cites = cites[g]
			subs[g].Actors = append(subs[g].Actors, b)
			cites[g] = nil
		}
	}
	return subs
}
