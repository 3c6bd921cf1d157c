package page

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/internal/newscorpus"
)

// briefingOutputs is everything a user gets of a briefing: its JSON
// (every item with its clause), and its page fitted to A4 as JSON,
// Markdown, plain text and PDF.
func briefingOutputs(t *testing.T, b *Briefing) []string {
	t.Helper()
	return outputsOn(t, b, PaperA4)
}

// outputsOn is briefingOutputs on the paper p.
func outputsOn(t *testing.T, b *Briefing, p Paper) []string {
	t.Helper()
	full, err := b.JSON()
	if err != nil {
		t.Fatal(err)
	}
	fitted := b.FitOnePage(p)
	page, err := fitted.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := fitted.WritePDF(&pdf, p); err != nil {
		t.Fatal(err)
	}
	return []string{string(full), string(page), fitted.Markdown(), fitted.PlainText(), pdf.String()}
}

// sameOutputs fails the test where two briefings' outputs differ.
func sameOutputs(t *testing.T, step string, got, want *Briefing) {
	t.Helper()
	g, w := briefingOutputs(t, got), briefingOutputs(t, want)
	for i, what := range []string{"JSON", "page JSON", "Markdown", "plain text", "PDF"} {
		if g[i] != w[i] {
			t.Errorf("%s: the Builder's %s differs from Build's", step, what)
			if i > 0 {
				t.Logf("Builder:\n%s\nBuild:\n%s", g[3], w[3])
			}
		}
	}
}

// editedArticle is a copy of an article with a sentence of ours added,
// read again as a loader reads it.
func editedArticle(a *brief.Article, k int) *brief.Article {
	extra := []string{
		"The harbour authority said it would publish the inspection report by Friday.",
		"Opposition leaders rejected the plan, calling it a gift to the shipping firms.",
		"“We will not accept a deal that leaves the islands without a ferry,” said Mara Lindqvist, the council leader.",
	}[k%3]
	e := brief.NewArticle(a.Title, a.Text+"\n\n"+extra)
	e.Site, e.Byline, e.Date, e.Path = a.Site, a.Byline, a.Date, a.Path
	return e
}

// TestBuilderBuildsAsBuild checks that a Builder, which keeps the work of
// each briefing for the next, builds what Build builds from scratch,
// output for output, as articles are added, taken out, edited and moved
// in random order, and items pinned and removed, on a library of a
// hundred articles telling several stories.
func TestBuilderBuildsAsBuild(t *testing.T) {
	n := 100
	if raceEnabled {
		n = 40
	}
	analyse := func(a *brief.Article) *brief.ArticleAnalysis { return analyseArticle(t, a) }
	pool := make([]*brief.ArticleAnalysis, 0, n)
	for _, a := range libraryArticles(t, n) {
		pool = append(pool, analyse(a))
	}
	r := rand.New(rand.NewPCG(11, 12))
	parts := append([]*brief.ArticleAnalysis(nil), pool[:n*3/4]...)
	var bl Builder
	opt := Options{Date: testDate}
	steps := 24
	if raceEnabled {
		steps = 8
	}
	build := func(step string) *Briefing {
		an := brief.Merge(parts...)
		got, want := bl.Build(an, opt), Build(an, opt)
		sameOutputs(t, step, got, want)
		return want
	}
	b := build("first")
	for k := range steps {
		var step string
		switch op := k % 6; {
		case op == 0 || op == 3:
			step = "add"
			parts = append(parts, pool[r.IntN(len(pool))])
		case op == 1:
			step = "take out"
			i := r.IntN(len(parts))
			parts = append(parts[:i:i], parts[i+1:]...)
		case op == 2:
			step = "edit"
			i := r.IntN(len(parts))
			parts[i] = analyse(editedArticle(parts[i].Article(), k))
		case op == 4:
			step = "move"
			i, j := r.IntN(len(parts)), r.IntN(len(parts))
			parts[i], parts[j] = parts[j], parts[i]
		default:
			step = "pin and remove"
			opt.Pinned, opt.Removed = map[string]bool{}, map[string]bool{}
			for _, c := range b.Commitments[:min(2, len(b.Commitments))] {
				opt.Pinned[c.Key()] = true
			}
			for _, q := range b.Quotes[:min(1, len(b.Quotes))] {
				opt.Removed[q.Key()] = true
			}
		}
		b = build(fmt.Sprintf("step %d (%s)", k, step))
	}
	if len(b.Stories) < 3 {
		t.Errorf("the library tells %d stories: the test does not exercise the stories", len(b.Stories))
	}
}

// TestBuilderSharedBetweenGoroutines checks that one Builder may build
// briefings on several goroutines at once, each what Build builds (run
// with the race detector, it checks that what the Builder keeps is not
// written while read).
func TestBuilderSharedBetweenGoroutines(t *testing.T) {
	arts := libraryArticles(t, 24)
	var bl Builder
	var wg sync.WaitGroup
	got := make([]*Briefing, 4)
	ans := make([]*brief.Analysis, len(got))
	for i := range got {
		ans[i] = brief.Analyze(arts[:16+2*i]...)
	}
	for i := range got {
		wg.Go(func() {
			for range 2 {
				got[i] = bl.Build(ans[i], Options{Date: testDate})
				got[i].FitOnePage(PaperA4)
			}
		})
	}
	wg.Wait()
	for i, b := range got {
		sameOutputs(t, fmt.Sprintf("briefing %d", i), b, Build(ans[i], Options{Date: testDate}))
	}
}

// TestFoldNameAsFieldsLowered checks foldName, which folds ASCII names in
// one pass, against what it stands for: the words of a name, lowered,
// joined with one space.
func TestFoldNameAsFieldsLowered(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	bits := []string{"a", "Z", "q", "É", "é", "İ", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "-", "'", "7", "\r", "\v", "\f"}
	for range 20000 {
		var sb strings.Builder
		for range r.IntN(8) {
			sb.WriteString(bits[r.IntN(len(bits))])
		}
		s := sb.String()
		if got, want := foldName(s), strings.ToLower(strings.Join(strings.Fields(s), " ")); got != want {
			t.Fatalf("foldName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestClauseKeptOnlyWhenItsReadsHold checks that a clause made with one
// clause context and kept for another (clauseContext.clause) is the clause
// the other makes from scratch: on the items of a library whose actors
// change kind, role and aliases, and whose articles, which tell which
// words are names, change, between the two contexts.
func TestClauseKeptOnlyWhenItsReadsHold(t *testing.T) {
	arts := libraryArticles(t, 30)
	an := brief.Analyze(arts...)
	r := rand.New(rand.NewPCG(9, 10))
	kinds := []brief.ActorKind{brief.KindPerson, brief.KindOrganization, brief.KindCountry, brief.KindGroup, brief.KindOther}
	// changed is the analysis with some of its actors changed and some of
	// its articles left out.
	changed := func() *brief.Analysis {
		c := *an
		c.Actors = append([]brief.Actor(nil), an.Actors...)
		for i := range c.Actors {
			a := &c.Actors[i]
			switch r.IntN(8) {
			case 0:
				a.Kind = kinds[r.IntN(len(kinds))]
			case 1:
				a.Aliases = nil
			case 2:
				a.Aliases = append(append([]string(nil), a.Aliases...), strings.Fields(a.Name)[0])
			case 3:
				a.Role = "Minister"
			}
		}
		c.Articles = nil
		for _, a := range an.Articles {
			if r.IntN(3) > 0 {
				c.Articles = append(c.Articles, a)
			}
		}
		return &c
	}
	kept, made, differ := 0, 0, 0
	for round := range 4 {
		before, after := newClauseContext(changed()), newClauseContext(changed())
		for _, words := range []int{maxItemWords, otherItemWords} {
			for _, c := range an.Commitments {
				commitmentClause(c, words, before)
				commitmentChecks(c, before)
			}
			for _, d := range an.Disputes {
				disputeClauseOwn(d, words, before)
			}
		}
		after.kept = before.made()
		// A context of its own, which no clause was made with.
		fresh := newClauseContextWith(nil, after.cases)
		fresh.actors = after.actors
		for _, c := range an.Commitments {
			if round%2 == 0 {
				commitmentClause(c, maxItemWords, after) // kept or made before the checks
			}
			gotOthers, gotShown := commitmentChecks(c, after)
			if others, shown := commitmentChecks(c, fresh); gotOthers != others || gotShown != shown {
				t.Fatalf("round %d: the checks of %q kept from another context are %v %v, made in this one %v %v",
					round, c.Text, gotOthers, gotShown, others, shown)
			}
		}
		for _, words := range []int{maxItemWords, otherItemWords} {
			for _, c := range an.Commitments {
				got, gotOwn := commitmentClause(c, words, after)
				want, wantOwn := commitmentClauseNow(c, words, &clauseContext{cxShared: after.cxShared})
				if got != want || gotOwn != wantOwn {
					t.Fatalf("round %d: the clause of %q kept from another context is %+v, made in this one %+v", round, c.Text, got, want)
				}
				if k := commitmentKey(c, words); after.clauses[k] == after.kept[k] {
					kept++
				} else {
					made++
				}
				if b, _ := commitmentClause(c, words, before); b != want {
					differ++
				}
			}
			for _, d := range an.Disputes {
				got, gotOwn := disputeClauseOwn(d, words, after)
				want, wantOwn := disputeClauseOwnNow(d, words, &clauseContext{cxShared: after.cxShared})
				if got != want || gotOwn != wantOwn {
					t.Fatalf("round %d: the clause of %q kept from another context is %+v, made in this one %+v", round, d.Text, got, want)
				}
			}
		}
	}
	// The test means something only if clauses were both kept and made
	// again, and the contexts made some clauses differ.
	if kept == 0 || made == 0 || differ == 0 {
		t.Errorf("%d commitment clauses kept, %d made again, %d differing between the contexts", kept, made, differ)
	}
}

// TestClauseKeptOnlyWhenItsReadsHoldMade checks clauses kept from one
// context for another on items of our own whose clause reads each thing a
// clause reads of its context, and changes with it: whether another
// person is named before its "he" (Brekke a person, then an
// organisation), whether the articles write a word in lower case
// ("harbour", then "Harbour"), and, for the checks Build makes of a
// commitment, whether the sentence names its actor (by surname, when
// Brekke is a person).
func TestClauseKeptOnlyWhenItsReadsHoldMade(t *testing.T) {
	other := brief.Commitment{Actor: "Tomas Lund", Text: "Lund said Brekke's plan showed that he would close the ferry office by March.",
		What: "would close the ferry office by March"}
	common := brief.Commitment{Actor: "Tomas Lund", Text: "Lund said Harbour staff would repair the pier by June.",
		What: "would repair the pier by June"}
	// Another subject's act, in a sentence that names the actor only by
	// a form it has in one context: a person's surname.
	office := brief.Commitment{Actor: "Anna Brekke", Text: "The ferry office would be closed by March, Brekke's aides added.",
		What: "would be closed by March"}
	lund := brief.Actor{Name: "Tomas Lund", Kind: brief.KindPerson, Aliases: []string{"Lund"}}
	context := func(brekke brief.ActorKind, text string) *clauseContext {
		return newClauseContext(&brief.Analysis{
			Articles: []*brief.Article{brief.NewArticle("Harbour", text)},
			Actors:   []brief.Actor{lund, {Name: "Anna Brekke", Kind: brekke}},
		})
	}
	lower := "Boats left the harbour at dawn. Crews cleaned the harbour walls. The harbour was quiet."
	upper := "They met at Harbour House. The Harbour Board sat late. Staff of Harbour Trust left."
	contexts := []*clauseContext{
		context(brief.KindPerson, lower), context(brief.KindOrganization, lower),
		context(brief.KindPerson, upper), context(brief.KindOrganization, upper),
	}
	checksDiffer := false
	for k, c := range []brief.Commitment{other, common, office} {
		differ := k == 2 // the checks of office differ, not its clause
		for i, before := range contexts {
			for j, after := range contexts {
				// Contexts of their own, which no clause was made with.
				b, a := newClauseContextWith(nil, before.cases), newClauseContextWith(nil, after.cases)
				b.actors, a.actors = before.actors, after.actors
				was, _ := commitmentClause(c, maxItemWords, b)
				wasOthers, wasShown := commitmentChecks(c, b)
				a.kept = b.made()
				gotOthers, gotShown := commitmentChecks(c, a)
				got, gotOwn := commitmentClause(c, maxItemWords, a)
				want, wantOwn := commitmentClauseNow(c, maxItemWords, &clauseContext{cxShared: after.cxShared})
				if got != want || gotOwn != wantOwn {
					t.Errorf("%q kept from context %d for context %d: %+v, made in it %+v", c.Text, i, j, got, want)
				}
				fresh := newClauseContextWith(nil, after.cases)
				fresh.actors = after.actors
				if others, shown := commitmentChecks(c, fresh); gotOthers != others || gotShown != shown {
					t.Errorf("%q: checks kept from context %d for context %d: %v %v, made in it %v %v", c.Text, i, j, gotOthers, gotShown, others, shown)
				}
				differ = differ || was != want
				checksDiffer = checksDiffer || wasOthers != gotOthers || wasShown != gotShown
			}
		}
		if !differ {
			t.Errorf("%q: the same clause in every context, the test checks nothing", c.Text)
		}
	}
	if !checksDiffer {
		t.Error("the same checks in every context: the test checks nothing of them")
	}
	// The checks read what the clause they read read, whether the clause
	// was made for them or before them.
	for _, first := range []bool{true, false} {
		cx := contexts[0]
		cx = newClauseContextWith(nil, cx.cases)
		cx.actors = contexts[0].actors
		if first {
			commitmentClause(common, maxItemWords, cx)
		}
		commitmentChecks(common, cx)
		clause, checks := cx.clauses[commitmentKey(common, maxItemWords)], cx.clauses[commitmentKey(common, 0)]
		for _, d := range clause.deps {
			if !slices.ContainsFunc(checks.deps, func(e clauseDep) bool { return e.kind == d.kind && e.text == d.text }) {
				t.Errorf("the checks did not record the clause's read of %q", d.text)
			}
		}
	}
}

// TestCaseCountsRecountAsCount checks that counting the cases of words
// again after articles are added and taken out (caseCounts.recount) gives
// the counts of counting them from scratch, for every word.
func TestCaseCountsRecountAsCount(t *testing.T) {
	arts := libraryArticles(t, 60)
	r := rand.New(rand.NewPCG(13, 14))
	an := &brief.Analysis{Articles: arts[:40]}
	c := newCaseCounts(an)
	recounted := 0
	for range 30 {
		switch cur := an.Articles; r.IntN(3) {
		case 0:
			an = &brief.Analysis{Articles: append(cur[:len(cur):len(cur)], arts[r.IntN(len(arts))])}
		case 1:
			i := r.IntN(len(cur))
			an = &brief.Analysis{Articles: append(cur[:i:i], cur[i+1:]...)}
		default:
			i := r.IntN(len(cur))
			an = &brief.Analysis{Articles: append(cur[:i:i], append([]*brief.Article{editedArticle(cur[i], i)}, cur[i+1:]...)...)}
		}
		next, want := c.recount(an, nil), newCaseCounts(an)
		if next.delta != nil {
			recounted++
		}
		for _, m := range []map[string][2]int{want.base, next.base, next.delta} {
			for w := range m {
				if next.count(w) != want.count(w) {
					t.Fatalf("%q: recounted %v, counted %v", w, next.count(w), want.count(w))
				}
			}
		}
		c = next
	}
	if recounted == 0 {
		t.Error("every count was made from scratch: recount was not tested")
	}
}

// TestClauseReadsNoCitesOrScore checks what the keys of kept clauses
// (commitmentKey, disputeKey) leave out: an item's clause is the same
// whatever its citations and score.
func TestClauseReadsNoCitesOrScore(t *testing.T) {
	arts := libraryArticles(t, 20)
	an := brief.Analyze(arts...)
	cx := newClauseContext(an)
	now := func() *clauseContext { return &clauseContext{cxShared: cx.cxShared} }
	other := []brief.Cite{{Source: "S9", Sentence: 3}, {Source: "S2", Sentence: 0}}
	for _, c := range an.Commitments {
		want, _ := commitmentClauseNow(c, maxItemWords, now())
		c.Cites, c.Score = other, c.Score+7
		if got, _ := commitmentClauseNow(c, maxItemWords, now()); got != want {
			t.Errorf("%q: the clause changed with the citations and score", c.Text)
		}
	}
	for _, d := range an.Disputes {
		want, _ := disputeClauseOwnNow(d, maxItemWords, now())
		d.Cites, d.Score = other, d.Score+7
		if got, _ := disputeClauseOwnNow(d, maxItemWords, now()); got != want {
			t.Errorf("%q: the clause changed with the citations and score", d.Text)
		}
	}
}

// storyLibrary makes articles of our own telling stories: each story's
// articles name a few places and firms of its own (made-up names), several
// times each, and share a headline's words.
func storyLibrary(stories, each int, r *rand.Rand) [][]*brief.Article {
	syllables := strings.Fields("kes mere port ven north wind hal vor sen brek ke lund qvist tor ham ber gen ash ford lin")
	name := func() string {
		w := syllables[r.IntN(len(syllables))] + syllables[r.IntN(len(syllables))] + syllables[r.IntN(len(syllables))]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	out := make([][]*brief.Article, stories)
	for s := range out {
		names := []string{name(), name(), name(), name(), name()}
		topic := name()
		for k := range each {
			var sb strings.Builder
			for range 8 {
				a, b := names[r.IntN(len(names))], names[r.IntN(len(names))]
				fmt.Fprintf(&sb, "Officials from %s met the %s board on Monday to discuss the %s plan. ", a, b, topic)
			}
			art := brief.NewArticle(fmt.Sprintf("%s meets %s", topic, names[0]), sb.String())
			art.Date = testDate.AddDate(0, 0, k)
			out[s] = append(out[s], art)
		}
	}
	return out
}

// TestGroupStoriesWithAsFromScratch checks that grouping stories with the
// links found for the briefing before (groupStoriesWith), which tries only
// the pairs of the articles added, groups as grouping from scratch, as
// articles are added one and a few at a time (some of stories not there
// before, whose articles link to each other only), taken out and edited.
func TestGroupStoriesWithAsFromScratch(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	lib := storyLibrary(14, 8, r)
	var cur, held []*brief.Article
	for s, arts := range lib {
		if s%3 == 0 {
			held = append(held, arts...)
		} else {
			cur = append(cur, arts...)
		}
	}
	analysis := func(arts []*brief.Article) *brief.Analysis {
		an := &brief.Analysis{Articles: arts}
		for i, a := range arts {
			an.Sources = append(an.Sources, brief.Source{ID: brief.SourceID(i), Title: a.Title, Date: a.Date})
		}
		return an
	}
	var links *storyLinks
	added := 0
	for step := range 60 {
		switch op := r.IntN(6); {
		case op < 4:
			for range 1 + r.IntN(3) {
				if len(held) > 0 {
					cur, held = append(cur, held[0]), held[1:]
				}
			}
		case op == 4:
			i := r.IntN(len(cur))
			cur = append(cur[:i:i], cur[i+1:]...)
		default:
			i := r.IntN(len(cur))
			cur = append(cur[:i:i], append([]*brief.Article{editedArticle(cur[i], step)}, cur[i+1:]...)...)
		}
		an := analysis(cur)
		if links != nil && len(links.arts) < len(an.Sources) && maps.Equal(links.generic, genericNameWords(an)) {
			added++
		}
		var got [][]int
		got, links = groupStoriesWith(an, links, nil)
		if want := groupStories(an); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("step %d: %d stories with the links kept, %d from scratch", step, len(got), len(want))
		}
	}
	if added < 10 || len(held) > 0 {
		t.Errorf("%d steps added articles to the same stories, %d articles never added: the test does not exercise groupStoriesWith", added, len(held))
	}
}

// TestStoryResultsKeptOnlyWhenTheyHold checks that what a Builder keeps of
// each story — its differences, its title, the lead story's bottom line —
// is taken for the next briefing only when it is what that briefing works
// out: on the same articles with other actors (names dropped, first actors
// in another order), which change who says a story's claims, which
// headline names a story and which sentences make the bottom line.
func TestStoryResultsKeptOnlyWhenTheyHold(t *testing.T) {
	// Two reports of one storm that count its dead differently: who says
	// each count is a name of the actors, or none; which headline names
	// the story is the one that names its first actor.
	a := brief.NewArticle("Lindqvist counts storm dead on Kessmere coast", "Harbour chief Mara Lindqvist said 31 people were killed in the storm on Kessmere island. The storm hit the Kessmere coast on Monday night. Rescue teams from Portven searched the Kessmere shore.")
	b := brief.NewArticle("Lund counts storm dead on Kessmere coast", "Port spokesman Tomas Lund said 29 people were killed in the storm on Kessmere island. The storm hit the Kessmere coast on Monday night, Lund said. Rescue teams from Portven searched the Kessmere shore.")
	a.Date, b.Date = testDate, testDate
	a.Site, b.Site = "Harbour Gazette", "Island Times"
	storm := brief.Analyze(a, b)
	// The same without headlines: the story's title is made of its actors
	// and topic.
	ua, ub := *a, *b
	ua.Title, ub.Title = "", ""
	untitled := brief.Analyze(&ua, &ub)
	arts := libraryArticles(t, 60)
	library := brief.Analyze(arts...)
	r := rand.New(rand.NewPCG(17, 18))
	// other is the analysis with its actors changed: some names dropped,
	// the first ones shuffled.
	other := func(an *brief.Analysis) *brief.Analysis {
		c := *an
		c.Actors = nil
		for _, x := range an.Actors {
			if r.IntN(4) > 0 {
				c.Actors = append(c.Actors, x)
			}
		}
		top := c.Actors[:min(len(c.Actors), 8)]
		r.Shuffle(len(top), func(i, j int) { top[i], top[j] = top[j], top[i] })
		return &c
	}
	differ := 0
	for round := range 18 {
		base := []*brief.Analysis{storm, library, untitled}[round%3]
		groups := groupStories(base)
		before, after := other(base), other(base)
		kept := &keptStories{now: map[string]*keptStory{}}
		results := func(an *brief.Analysis, kept *keptStories) (diffs []Difference, lines []Line, titles []string) {
			var refs []storyRef
			if kept != nil {
				refs = storyRefs(an, groups, nil)
			}
			diffs = findDifferencesWith(an, groups, refs, an.Actors, kept)
			b := &Briefing{Actors: an.Actors, Sources: an.Sources, kept: kept}
			b.setStories(groups)
			b.BottomLine = b.bottomLine(an, groups, refs)
			b.corroborateLines(an, refs)
			for i, sub := range subAnalyses(an, groups) {
				own := sub.Actors
				if i%2 == 0 {
					sub = nil // made when needed
				}
				titles = append(titles, b.storyTitle(an, groups, refs, i, sub, own))
			}
			return diffs, b.BottomLine, titles
		}
		d0, l0, t0 := results(before, kept)
		d1, l1, t1 := results(after, &keptStories{prev: kept.now, now: map[string]*keptStory{}})
		d2, l2, t2 := results(after, nil)
		if !reflect.DeepEqual(d1, d2) || !reflect.DeepEqual(l1, l2) || !slices.Equal(t1, t2) {
			t.Fatalf("round %d: the results kept from other actors differ from those worked out", round)
		}
		if !reflect.DeepEqual(d0, d2) || !reflect.DeepEqual(l0, l2) || !slices.Equal(t0, t2) {
			differ++
		}
	}
	if differ < 3 {
		t.Errorf("only %d rounds of 18 gave other results with other actors: the test checks little", differ)
	}
	// A text changed in place, its source the same: nothing is kept.
	changed := *b
	changed.Text = strings.Replace(b.Text, "29 people", "27 people", 1)
	changed.Paragraphs, changed.Sentences = brief.Segment(changed.Text)
	edited := brief.Analyze(a, &changed)
	if !slices.Equal(edited.Sources, storm.Sources) {
		t.Fatal("the sources changed with the text: the test checks nothing")
	}
	kept := &keptStories{now: map[string]*keptStory{}}
	findDifferencesWith(storm, groupStories(storm), storyRefs(storm, groupStories(storm), nil), storm.Actors, kept)
	got := findDifferencesWith(edited, groupStories(edited), storyRefs(edited, groupStories(edited), nil), edited.Actors,
		&keptStories{prev: kept.now, now: map[string]*keptStory{}})
	if want := findDifferencesWith(edited, groupStories(edited), nil, edited.Actors, nil); !reflect.DeepEqual(got, want) || len(want) == 0 {
		t.Errorf("after the text changed: %+v kept, %+v worked out", got, want)
	}
}

// dropDuplicatesReference is dropDuplicates as first written: each
// dispute compared with every commitment.
func dropDuplicatesReference(b *Briefing) {
	cx := b.clauseContext()
	type printed struct {
		cites []brief.Cite
		words string
	}
	fold := func(s string) string {
		return strings.Join(lowerWords(strings.NewReplacer("…", " ", "“", " ", "”", " ", "\"", " ", "«", " ", "»", " ").Replace(s)), " ")
	}
	shareCite := func(a, c []brief.Cite) bool {
		for _, x := range a {
			if slices.Contains(c, x) {
				return true
			}
		}
		return false
	}
	inside := func(words, padded string) bool {
		return strings.Count(words, " ") >= 2 && strings.Contains(padded, " "+words+" ")
	}
	var commits []printed
	for _, c := range b.Commitments {
		cl, _ := commitmentClause(c, maxItemWords, cx)
		commits = append(commits, printed{c.Cites, fold(cl.Clause)})
	}
	var disputes []brief.Dispute
	var items []printed
	for _, d := range b.Disputes {
		it := printed{d.Cites, fold(disputeClause(d, maxItemWords, cx).Clause)}
		dup := false
		for _, c := range commits {
			if shareCite(c.cites, it.cites) && (c.words == it.words || saysNoMore(it.words, c.words)) {
				dup = true
			}
		}
		for _, q := range b.Quotes {
			if shareSource(q.Cites, it.cites) && inside(it.words, " "+fold(q.Text)+" ") {
				dup = true
			}
		}
		if dup && !b.Pinned[d.Key()] {
			continue
		}
		disputes = append(disputes, d)
		items = append(items, it)
	}
	b.Disputes = disputes
	items = append(items, commits...)
	var kept []brief.Quote
	for _, q := range b.Quotes {
		dup := false
		for _, it := range items {
			if shareSource(q.Cites, it.cites) && inside(fold(q.Text), " "+it.words+" ") {
				dup = true
			}
		}
		if dup && !b.Pinned[q.Key()] {
			continue
		}
		kept = append(kept, q)
	}
	b.Quotes = kept
}

// shareSource reports whether two lists of citations cite a source in
// common.
func shareSource(a, b []brief.Cite) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Source == y.Source {
				return true
			}
		}
	}
	return false
}

// TestDropDuplicatesAsComparingAll checks that dropDuplicates, which
// compares an item only with those that cite one of its sources, leaves
// out what comparing every pair leaves out: on the items of a library,
// with some pinned.
func TestDropDuplicatesAsComparingAll(t *testing.T) {
	arts := libraryArticles(t, 80)
	an := brief.Analyze(arts...)
	for _, pinned := range []map[string]bool{{}, {an.Disputes[0].Key(): true, an.Quotes[1].Key(): true}} {
		briefing := func() *Briefing {
			return &Briefing{Analysis: an, Pinned: pinned, Commitments: an.Commitments,
				Disputes: slices.Clone(an.Disputes), Quotes: slices.Clone(an.Quotes)}
		}
		got, want := briefing(), briefing()
		got.dropDuplicates()
		dropDuplicatesReference(want)
		if !reflect.DeepEqual(got.Disputes, want.Disputes) || !reflect.DeepEqual(got.Quotes, want.Quotes) {
			t.Fatalf("dropDuplicates kept %d disputes and %d quotes, comparing all %d and %d",
				len(got.Disputes), len(got.Quotes), len(want.Disputes), len(want.Quotes))
		}
		if len(want.Disputes) == len(an.Disputes) || len(want.Quotes) == len(an.Quotes) {
			t.Errorf("nothing dropped (%d of %d disputes, %d of %d quotes kept): the test checks little",
				len(want.Disputes), len(an.Disputes), len(want.Quotes), len(an.Quotes))
		}
	}
}

// TestSayerIndexAsNames checks that looking for the names a text may
// hold (sayerIndex) finds who says what as looking for every name of the
// list (sayerNames) does: sayerOf and resolvePronoun on the sentences of
// a library, at each of their speech verbs.
func TestSayerIndexAsNames(t *testing.T) {
	arts := libraryArticles(t, 40)
	an := brief.Analyze(arts...)
	list, ix := sayerNameList(sayerNames(an.Actors)), newSayerIndex(an.Actors)
	asked, named := 0, 0
	for _, a := range an.Articles {
		for k := range a.Sentences {
			s := a.SentenceText(k)
			for _, m := range speechCue().FindAllStringIndex(s, -1) {
				asked++
				got, want := sayerOf(s, m[0], ix), sayerOf(s, m[0], list)
				if got != want {
					t.Fatalf("%q at %d: %q with the index, %q with every name", s, m[0], got, want)
				}
				if want != "" {
					named++
				}
				for _, p := range []string{"he", "she", "it", "they"} {
					if got, want := resolvePronoun(a, k, p, ix), resolvePronoun(a, k, p, list); got != want {
						t.Fatalf("%q before %q: %q with the index, %q with every name", p, s, got, want)
					}
				}
			}
		}
	}
	if asked < 200 || named < 50 {
		t.Errorf("%d speech verbs, %d speakers found: the test checks little", asked, named)
	}
}

// TestCitedSourceCountAsSet checks citedSourceCount, which counts a few
// sources without a set, against counting them in a set: lists of up to
// 30 citations of up to 12 sources.
func TestCitedSourceCountAsSet(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for range 3000 {
		cs := make([]brief.Cite, r.IntN(30))
		set := map[string]bool{}
		for i := range cs {
			cs[i] = brief.Cite{Source: brief.SourceID(r.IntN(1 + r.IntN(12))), Sentence: r.IntN(5)}
			set[cs[i].Source] = true
		}
		if got := citedSourceCount(cs); got != len(set) {
			t.Fatalf("%v: %d sources counted, %d in a set", cs, got, len(set))
		}
	}
}

// libraryArticles is n articles of the benchmark library (newscorpus).
func libraryArticles(t *testing.T, n int) []*brief.Article {
	t.Helper()
	root, err := newscorpus.Root()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := newscorpus.LibraryArticles(root, n)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// analyseArticle is brief.AnalyzeArticle(a), failing the test on error.
func analyseArticle(t *testing.T, a *brief.Article) *brief.ArticleAnalysis {
	t.Helper()
	p, err := brief.AnalyzeArticle(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
