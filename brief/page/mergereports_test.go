package page

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// mergeReportsReference is mergeReports as first written: every item
// compared with every group.
func mergeReportsReference[T any](items []T, text func(T) string, compatible func(a, b T) bool) [][]T {
	var groups [][]T
	var words []map[string]bool
	for _, it := range items {
		w := simWords(text(it))
		found := false
		for g := range groups {
			if compatible(groups[g][0], it) && nearDupWords(words[g], w) {
				groups[g] = append(groups[g], it)
				found = true
				break
			}
		}
		if !found {
			groups = append(groups, []T{it})
			words = append(words, w)
		}
	}
	return groups
}

type report struct {
	id        int
	text, who string
}

// TestMergeReportsGroupsAsComparingAll checks that mergeReports, which
// compares an item only with the groups that share rare words with it,
// makes the groups comparing it with every group made: on reports that
// repeat, shorten, lengthen and reword each other, short and long, with
// speakers that do and do not agree.
func TestMergeReportsGroupsAsComparingAll(t *testing.T) {
	vocab := strings.Fields(`the council will review port budget ferry union leaders rejected plan minister said
		on monday new ferries fund harbour workers strike pay talks mayor pledged cut fares island coastguard
		rescued crew storm night a of to and in by before after`)
	r := rand.New(rand.NewPCG(5, 6))
	var items []report
	var bases [][]string
	for i := range 1500 {
		var words []string
		if len(bases) > 0 && r.IntN(3) > 0 {
			// Another outlet's report of an earlier one: words dropped,
			// added or changed.
			words = slices.Clone(bases[r.IntN(len(bases))])
			for range r.IntN(4) {
				switch k := r.IntN(len(words) + 1); r.IntN(3) {
				case 0:
					if len(words) > 1 && k < len(words) {
						words = slices.Delete(words, k, k+1)
					}
				case 1:
					words = slices.Insert(words, k, vocab[r.IntN(len(vocab))])
				default:
					if k < len(words) {
						words[k] = vocab[r.IntN(len(vocab))]
					}
				}
			}
		} else {
			for range 1 + r.IntN(14) {
				words = append(words, vocab[r.IntN(len(vocab))])
			}
			bases = append(bases, words)
		}
		who := []string{"", "Helen Carter", "helen  carter", "Marcus Obi"}[r.IntN(4)]
		items = append(items, report{id: i, text: strings.Join(words, " ") + ".", who: who})
	}
	text := func(x report) string { return x.text }
	compatible := func(a, b report) bool { return a.who == "" || b.who == "" || foldName(a.who) == foldName(b.who) }
	names := func(x report) []string { return foldedName(x.who) }
	got := mergeReports(items, text, names, nil)
	want := mergeReportsReference(items, text, compatible)
	// With the words of texts kept from an earlier briefing, the same.
	words := (*built)(nil).textWords()
	mergeReports(items[:700], text, names, words)
	words = (&built{texts: words}).textWords()
	if again := mergeReports(items, text, names, words); !slices.EqualFunc(again, got, slices.Equal[[]report]) {
		t.Fatal("mergeReports made other groups with the words of texts kept")
	}
	if g, w := reportIDs(got), reportIDs(want); !slices.EqualFunc(g, w, slices.Equal[[]int]) {
		t.Fatalf("mergeReports made %d groups, comparing with all %d; first difference at %v",
			len(g), len(w), firstDiff(g, w))
	}
	merged := 0
	for _, g := range want {
		if len(g) > 1 {
			merged++
		}
	}
	if merged < 100 {
		t.Errorf("only %d groups of several reports: the test does not exercise merging", merged)
	}
}

func firstDiff(a, b [][]int) int {
	for i := range min(len(a), len(b)) {
		if !slices.Equal(a[i], b[i]) {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestNamesAgreeAsCompared checks that the names mergeReports compares
// (quoteNames, commitmentNames, disputeNames with namesAgree) say what
// comparing the items' names folded says: either has none, or they share
// one.
func TestNamesAgreeAsCompared(t *testing.T) {
	names := []string{"", " ", "Helen Carter", "helen  carter", " Helen Carter ", "Marcus Obi", "MARCUS OBI", "Zoë Ærø", "zoë ærø"}
	r := rand.New(rand.NewPCG(7, 8))
	parties := func() []string {
		var ps []string
		for range r.IntN(3) {
			ps = append(ps, names[r.IntN(len(names))])
		}
		return ps
	}
	for range 2000 {
		a, b := names[r.IntN(len(names))], names[r.IntN(len(names))]
		want := a == "" || b == "" || foldName(a) == foldName(b)
		if got := namesAgree(quoteNames(brief.Quote{Speaker: a}), quoteNames(brief.Quote{Speaker: b})); got != want {
			t.Fatalf("speakers %q and %q: agree %v, want %v", a, b, got, want)
		}
		if got := namesAgree(commitmentNames(brief.Commitment{Actor: a}), commitmentNames(brief.Commitment{Actor: b})); got != want {
			t.Fatalf("actors %q and %q: agree %v, want %v", a, b, got, want)
		}
		pa, pb := parties(), parties()
		want = len(pa) == 0 || len(pb) == 0
		for _, p := range pa {
			for _, q := range pb {
				want = want || foldName(p) == foldName(q)
			}
		}
		if got := namesAgree(disputeNames(brief.Dispute{Parties: pa}), disputeNames(brief.Dispute{Parties: pb})); got != want {
			t.Fatalf("parties %q and %q: agree %v, want %v", pa, pb, got, want)
		}
	}
}

// TestMergeReportsKeptAsFromScratch checks that grouping items with how
// the items before were grouped (mergeReportsKept) groups as mergeReports
// does: as items are added anywhere — among them ones that join a group
// made before them, or that an item of before joins instead of its group,
// or whose group takes another's first item — taken out and moved.
func TestMergeReportsKeptAsFromScratch(t *testing.T) {
	vocab := strings.Fields(`the council will review port budget ferry union leaders rejected plan minister said
		on monday new ferries fund harbour workers strike pay talks mayor pledged cut fares island coastguard`)
	r := rand.New(rand.NewPCG(19, 20))
	var made []report
	newReport := func() report {
		var words []string
		if len(made) > 0 && r.IntN(2) == 0 {
			// Another outlet's report of an earlier one, a word changed.
			words = strings.Fields(strings.TrimSuffix(made[r.IntN(len(made))].text, "."))
			if k := r.IntN(len(words) + 1); k < len(words) {
				words[k] = vocab[r.IntN(len(vocab))]
			}
		} else {
			for range 2 + r.IntN(8) {
				words = append(words, vocab[r.IntN(len(vocab))])
			}
		}
		who := []string{"", "Helen Carter", "Marcus Obi"}[r.IntN(3)]
		x := report{id: len(made), text: strings.Join(words, " ") + ".", who: who}
		made = append(made, x)
		return x
	}
	text := func(x report) string { return x.text }
	names := func(x report) []string { return foldedName(x.who) }
	var items []report
	for range 300 {
		items = append(items, newReport())
	}
	words := (*built)(nil).textWords()
	_, kept := mergeReportsKept(items, text, names, words, nil)
	regrouped := 0
	for step := range 200 {
		switch op := r.IntN(10); {
		case op < 7:
			for range 1 + r.IntN(4) {
				k := r.IntN(len(items) + 1)
				items = slices.Insert(items, k, newReport())
			}
		case op < 9:
			k := r.IntN(len(items))
			items = slices.Delete(items, k, k+1)
		default:
			i, k := r.IntN(len(items)), r.IntN(len(items))
			items[i], items[k] = items[k], items[i]
		}
		prev := kept
		var got [][]report
		got, kept = mergeReportsKept(items, text, names, words, prev)
		if _, _, ok := regroupReports(items, text, names, words, prev); ok {
			regrouped++
		}
		want := mergeReports(items, text, names, nil)
		if g, w := reportIDs(got), reportIDs(want); !slices.EqualFunc(g, w, slices.Equal[[]int]) {
			t.Fatalf("step %d: %d groups from those before, %d from scratch; first difference at %v", step, len(g), len(w), firstDiff(g, w))
		}
	}
	if regrouped < 100 {
		t.Errorf("only %d of 200 steps regrouped from the groups before: the test does not exercise regroupReports", regrouped)
	}
}

// reportIDs lists the ids of each group's reports.
func reportIDs(gs [][]report) [][]int {
	out := make([][]int, len(gs))
	for i, g := range gs {
		for _, x := range g {
			out[i] = append(out[i], x.id)
		}
	}
	return out
}
