package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// searchArticle is a short news story written for these tests.
const searchArticle = `Harbour pilots accept pay offer after Martínez talks

Harbour pilots in Port Alder voted on Tuesday to accept a revised pay offer, ending a strike that had left cargo ships waiting offshore for nine days.

The deal was brokered by José Martínez, the regional labour commissioner, after two nights of talks.

"Nobody wanted the ships to sit out there another week," Martínez told reporters outside the port authority building.

Zoë Ångström, who leads the pilots' union, said the union would review the agreement in six months.

The port authority rejected claims that it had delayed the talks.`

func searchAnalysis(t testing.TB) *brief.Analysis {
	t.Helper()
	a, err := load.Text(searchArticle)
	if err != nil {
		t.Fatalf("load.Text: %v", err)
	}
	// The items are written by hand: these tests check the search, not the
	// engine's extraction.
	return &brief.Analysis{
		Sources:  []brief.Source{{ID: "S1", Title: a.Title}},
		Articles: []*brief.Article{a},
		Actors: []brief.Actor{
			{Name: "José Martínez", Kind: brief.KindPerson, Role: "regional labour commissioner", Aliases: []string{"Martínez"}, Cites: []brief.Cite{{Source: "S1", Sentence: 1}}},
			{Name: "Zoë Ångström", Kind: brief.KindPerson, Cites: []brief.Cite{{Source: "S1", Sentence: 3}}},
			{Name: "Port Alder port authority", Kind: brief.KindOrganization, Cites: []brief.Cite{{Source: "S1", Sentence: 4}}},
		},
		Quotes: []brief.Quote{
			{Text: "Nobody wanted the ships to sit out there another week,", Speaker: "José Martínez", Cites: []brief.Cite{{Source: "S1", Sentence: 2}}},
		},
		Commitments: []brief.Commitment{
			{Actor: "Zoë Ångström", Text: "the union would review the agreement in six months", Cites: []brief.Cite{{Source: "S1", Sentence: 3}}},
		},
		Disputes: []brief.Dispute{
			{Parties: []string{"Port Alder port authority"}, Text: "The port authority rejected claims that it had delayed the talks.", Cites: []brief.Cite{{Source: "S1", Sentence: 4}}},
		},
	}
}

// highlighted returns the runes of text at the matched rune indexes.
func highlighted(text string, idx []int) string {
	r := []rune(text)
	var b strings.Builder
	for _, i := range idx {
		if i < 0 || i >= len(r) {
			return fmt.Sprintf("<index %d out of range>", i)
		}
		b.WriteRune(r[i])
	}
	return b.String()
}

func findGroup(groups []Group, k Kind) *Group {
	for i := range groups {
		if groups[i].Kind == k {
			return &groups[i]
		}
	}
	return nil
}

func TestSearchAccentedNamesHighlightRightLetters(t *testing.T) {
	ix := NewIndex(searchAnalysis(t))
	cases := []struct{ query, want string }{
		{"martinez", "Martínez"},
		{"Martí", "Martí"},
		{"angstrom", "Ångström"},
		{"zoe", "Zoë"},
		{"JOSÉ", "José"},
		{"mrtnz", "Mrtnz"},
	}
	for _, c := range cases {
		g := findGroup(ix.Search(c.query, 5), Actors)
		if g == nil || len(g.Results) == 0 {
			t.Errorf("%q: no actor found", c.query)
			continue
		}
		r := g.Results[0]
		if got := highlighted(r.Text, r.Matched); got != c.want {
			t.Errorf("%q: highlighted %q in %q, want %q", c.query, got, r.Text, c.want)
		}
	}
}

func TestSearchGroupsByKindInOrder(t *testing.T) {
	an := searchAnalysis(t)
	ix := NewIndex(an)
	groups := ix.Search("port authority", 10)
	var kinds []Kind
	for _, g := range groups {
		kinds = append(kinds, g.Kind)
		if len(g.Results) == 0 || g.Total < len(g.Results) {
			t.Errorf("%v: %d results, total %d", g.Kind, len(g.Results), g.Total)
		}
	}
	if !slices.IsSorted(kinds) {
		t.Errorf("groups not in kind order: %v", kinds)
	}
	for _, k := range []Kind{Actors, Disputes, Sentences} {
		if findGroup(groups, k) == nil {
			t.Errorf("no %v group for %q; got %v", k, "port authority", kinds)
		}
	}
	// The best actor is the one named after the port authority, with its key
	// and citation so the app can jump to it.
	act := findGroup(groups, Actors).Results[0]
	if act.Key != an.Actors[2].Key() || act.Cite != (brief.Cite{Source: "S1", Sentence: 4}) {
		t.Errorf("actor result = %+v, want the port authority with its key and cite", act.Item)
	}
}

func TestSearchSentencesPointBackToTheirSource(t *testing.T) {
	an := searchAnalysis(t)
	ix := NewIndex(an)
	g := findGroup(ix.Search("nine days", 3), Sentences)
	if g == nil {
		t.Fatal("no sentence matched \"nine days\"")
	}
	r := g.Results[0]
	if !strings.Contains(r.Text, "nine days") {
		t.Errorf("best sentence %q does not contain the words typed", r.Text)
	}
	if got := an.Article(r.Cite.Source).SentenceText(r.Cite.Sentence); got != r.Text {
		t.Errorf("cite %+v points at %q, want %q", r.Cite, got, r.Text)
	}
	if got := highlighted(r.Text, r.Matched); got != "nine days" {
		t.Errorf("highlighted %q, want the contiguous words %q", got, "nine days")
	}
	art := findGroup(ix.Search("pay offer", 3), Articles)
	if art == nil || art.Results[0].Cite != (brief.Cite{Source: "S1", Sentence: -1}) {
		t.Errorf("article title result = %+v, want cite S1 with no sentence", art)
	}
}

func TestSearchLimitAndTotal(t *testing.T) {
	var items []Item
	for i := range 30 {
		items = append(items, Item{Kind: Sentences, Text: fmt.Sprintf("Sentence %d about the harbour strike.", i), Index: i})
	}
	items = append(items, Item{Kind: Sentences, Text: "Nothing to see here.", Index: 30})
	ix := newIndexOf(items)
	g := findGroup(ix.Search("harbour", 4), Sentences)
	if g == nil || len(g.Results) != 4 || g.Total != 30 {
		t.Fatalf("got %+v, want 4 results of 30", g)
	}
	// Equal scores keep the items' order.
	for i, r := range g.Results {
		if r.Index != i {
			t.Errorf("result %d is item %d", i, r.Index)
		}
	}
	if got := ix.Search("   ", 4); got != nil {
		t.Errorf("blank query found %v", got)
	}
	if got := ix.Search("zzz", 4); got != nil {
		t.Errorf("query with no match found %v", got)
	}
}

func TestSearchIgnoresLettersScatteredOverASentence(t *testing.T) {
	ix := newIndexOf([]Item{
		{Kind: Sentences, Text: "He said the first plant was due to open in Kaduna in the spring of 2026, and that a joint board would meet.", Index: 0},
		{Kind: Sentences, Text: "Ms Okafor refused to commit to a quota.", Index: 1},
		{Kind: Sentences, Text: "Officials said Ok, a fortnight more.", Index: 2},
	})
	g := findGroup(ix.Search("okafor", 5), Sentences)
	if g == nil || g.Total != 2 || g.Results[0].Index != 1 {
		t.Fatalf("got %+v, want the sentence naming Okafor first and the scattered one left out", g)
	}
	if got := highlighted(g.Results[1].Text, g.Results[1].Matched); got != "Okafor" {
		t.Errorf("second result highlights %q", got)
	}
}

func TestSearchHighlightsTheWordNotEarlierLetters(t *testing.T) {
	ix := newIndexOf([]Item{
		{Kind: Disputes, Text: "Ms Okafor refused to commit to one, saying Nigeria’s own factories would have first call.", Index: 0},
	})
	g := findGroup(ix.Search("nigeria", 5), Disputes)
	if g == nil {
		t.Fatal("no match")
	}
	r := g.Results[0]
	if got := highlighted(r.Text, r.Matched); got != "Nigeria" || r.Matched[6]-r.Matched[0] != 6 {
		t.Errorf("highlighted %q at %v, want the word Nigeria", got, r.Matched)
	}
}

func TestSearchRanksContiguousMatchesFirst(t *testing.T) {
	ix := newIndexOf([]Item{
		{Kind: Sentences, Text: "Trade unions met the mayor.", Index: 0},
		{Kind: Sentences, Text: "The treaty was signed.", Index: 1},
	})
	g := findGroup(ix.Search("treaty", 5), Sentences)
	if g == nil || g.Results[0].Index != 1 {
		t.Fatalf("got %+v, want the sentence with the word itself first", g)
	}
}

// narrowMatch reports, the slow way, whether the runes of q occur in order
// in s within a stretch of at most span bytes.
func narrowMatch(s string, q []rune, span int) bool {
	for i := range s {
		k, j := 0, i
		for ; j < len(s) && j-i < span && k < len(q); j++ {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r == q[k] {
				k++
			}
			j += size - 1
		}
		if k == len(q) {
			return true
		}
	}
	return false
}

// TestSearchFiltersDropNoMatch checks the bitmask, subsequence and window
// filters and the split across goroutines against sahilm/fuzzy run over
// every item.
func TestSearchFiltersDropNoMatch(t *testing.T) {
	items := syntheticItems(20000, 7)
	ix := newIndexOf(items)
	for _, q := range []string{"s", "ma", "Martí", "port a", "zoe", "ångs", "qx", "tariff talks", "pmr"} {
		folded, _ := foldString(q)
		want := [numKinds]int{}
		for _, m := range fuzzy.Find(folded, ix.fold) {
			if narrowMatch(m.Str, []rune(folded), maxSpan(folded)) {
				want[items[m.Index].Kind]++
			}
		}
		got := [numKinds]int{}
		for _, g := range ix.Search(q, 3) {
			got[g.Kind] = g.Total
			for _, r := range g.Results {
				if len(r.Matched) != len([]rune(folded)) {
					t.Errorf("%q: %d matched runes in %q", q, len(r.Matched), r.Text)
				} else if w := r.Matched[len(r.Matched)-1] - r.Matched[0]; w >= maxSpan(folded) {
					t.Errorf("%q: letters spread over %d runes in %q", q, w, r.Text)
				}
			}
		}
		if got != want {
			t.Errorf("%q: totals %v, want %v", q, got, want)
		}
	}
}

func TestFoldKeepsRuneCount(t *testing.T) {
	for _, s := range []string{"José Martínez", "ZOË ÅNGSTRÖM", "Straße", "Łódź", "İstanbul", "bad \xff byte", "北京 talks"} {
		f, _ := foldString(s)
		if a, b := len([]rune(s)), len([]rune(f)); a != b {
			t.Errorf("fold(%q) = %q: %d runes, want %d", s, f, b, a)
		}
	}
	if f, _ := foldString("Ångström"); f != "angstrom" {
		t.Errorf("fold(Ångström) = %q", f)
	}
}

// syntheticItems makes n searchable items of every kind from a small
// vocabulary, the way a big library would.
func syntheticItems(n int, seed uint64) []Item {
	rng := rand.New(rand.NewPCG(seed, seed))
	names := []string{"José Martínez", "Zoë Ångström", "Keir Starmer", "Amara Okafor", "Li Wei", "Søren Kierkegaard",
		"Port Alder", "the port authority", "the Ministry of Transport", "Marta Núñez", "Ines Ferreira"}
	words := strings.Fields("the a strike talks tariff harbour union deal minister council budget said would " +
		"agreed rejected criticised offer week months pilots ships cargo vote plan court ruling election " +
		"opposition spokesperson government trade sanctions summit ceasefire negotiators housing rents " +
		"hospital funding schools teachers pay review inquiry report police")
	sentence := func(k int) string {
		var b strings.Builder
		b.WriteString(names[rng.IntN(len(names))])
		for range k {
			b.WriteByte(' ')
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteByte('.')
		return b.String()
	}
	items := make([]Item, 0, n)
	for i := range n {
		var it Item
		switch r := i % 100; {
		case r < 2:
			it = Item{Kind: Actors, Text: names[rng.IntN(len(names))]}
		case r < 5:
			it = Item{Kind: Quotes, Text: "“" + sentence(12) + "” — " + names[rng.IntN(len(names))]}
		case r < 8:
			it = Item{Kind: Commitments, Text: sentence(14)}
		case r < 10:
			it = Item{Kind: Disputes, Text: sentence(14)}
		case r < 11:
			it = Item{Kind: Articles, Text: sentence(6)}
		default:
			it = Item{Kind: Sentences, Text: sentence(12 + rng.IntN(20))}
		}
		it.Index = i
		items = append(items, it)
	}
	return items
}

// raceEnabled is set in builds with the race detector, which slows the
// code down too much for timings to mean anything.
var raceEnabled bool

// TestSearch100kItemsKeepsUp: one keystroke's search over 100,000 items
// must finish well within the typing pause the app waits for, so the
// results keep up with the typing.
func TestSearch100kItemsKeepsUp(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test")
	}
	ix := newIndexOf(syntheticItems(100000, 1))
	for _, q := range []string{"s", "sta", "starm", "martinez", "tariff talks"} {
		best := time.Hour
		for range 3 {
			start := time.Now()
			ix.Search(q, 8)
			best = min(best, time.Since(start))
		}
		t.Logf("%q: %v", q, best)
		if best > 200*time.Millisecond {
			t.Errorf("searching 100,000 items for %q took %v, want under 200 ms", q, best)
		}
	}
}

// BenchmarkSearch measures one keystroke: a search over 100,000 items as a
// name is typed letter by letter, and a two-word query.
func BenchmarkSearch(b *testing.B) {
	ix := newIndexOf(syntheticItems(100000, 1))
	for _, q := range []string{"s", "st", "sta", "star", "starm", "starmer", "martinez", "tariff talks", "xyzzy"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Search(q, 8)
			}
		})
	}
}

// BenchmarkSearchKeystrokes measures what one types: the queries of
// BenchmarkSearch and others, each typed letter by letter over 100,000
// items, and reports the median and 99th percentile of a keystroke's
// search (p50-ms, p99-ms).
func BenchmarkSearchKeystrokes(b *testing.B) {
	ix := newIndexOf(syntheticItems(100000, 1))
	var took []time.Duration
	for b.Loop() {
		for _, q := range []string{"starmer", "martinez", "tariff talks", "xyzzy", "ferry union", "minister"} {
			for n := 1; n <= len(q); n++ {
				start := time.Now()
				ix.Search(q[:n], 8)
				took = append(took, time.Since(start))
			}
		}
	}
	slices.Sort(took)
	at := func(p float64) float64 {
		return float64(took[min(len(took)-1, int(p*float64(len(took))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(float64(len(took))/float64(b.N), "keystrokes/op")
}

// BenchmarkSearchIndex measures building the index over 100,000 items.
func BenchmarkSearchIndex(b *testing.B) {
	items := syntheticItems(100000, 1)
	for b.Loop() {
		newIndexOf(items)
	}
}

// TestSearchNarrowingMatchesFullSearch types, deletes, pastes and replaces
// queries at random: a search that looks only among the items the
// previous query kept must give exactly what a search of every item gives
// (results, order, scores, highlighted letters and totals).
func TestSearchNarrowingMatchesFullSearch(t *testing.T) {
	items := syntheticItems(5000, 11)
	items = append(items,
		Item{Kind: Actors, Text: "Zoë Ångström"}, Item{Kind: Quotes, Text: "Øresund ÉTÉ: “straße starts at Łódź”"},
		Item{Kind: Sentences, Text: "s t a r m e r, spelt out, and starmer said so."},
		Item{Kind: Sentences, Text: strings.Repeat("sta ", 40) + "starmer"})
	ix, full := newIndexOf(items), newIndexOf(items)
	rng := rand.New(rand.NewPCG(5, 6))
	letters := []rune("staremniopu lkwzéøÅSTAR")
	words := []string{"starmer", "martinez", " talks", "tariff", "ångs", "port authority", "minister said", "s t a"}
	query := []rune{}
	steps := 800
	if testing.Short() || raceEnabled {
		steps = 200
	}
	check := func(step int) {
		limit := 1 + rng.IntN(10)
		got := ix.Search(string(query), limit)
		want := full.search(string(query), limit, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d, query %q: narrowed search differs from a full one:\n%v\nwant\n%v", step, string(query), got, want)
		}
	}
	for step := range steps {
		switch r := rng.IntN(20); {
		case r < 11 || len(query) == 0:
			query = append(query, letters[rng.IntN(len(letters))])
		case r < 14:
			query = query[:len(query)-1]
		case r < 16:
			query = append(query, []rune(words[rng.IntN(len(words))])...)
		case r < 17:
			// A long phrase typed letter by letter, searched at each.
			query = query[:0]
			for _, r := range "the minister said the port authority would" {
				query = append(query, r)
				check(step)
			}
		case r < 19:
			query = []rune(words[rng.IntN(len(words))])
		default:
			query = query[:0]
		}
		if len(query) > 30 {
			query = query[:rng.IntN(4)]
		}
		check(step)
	}
}
