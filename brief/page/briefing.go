package page

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/internal/caps"
)

// Briefing is the one-page briefing built from an analysis: what the app
// shows and the PDF prints.
type Briefing struct {
	// Title is the user's title, or one made from the dominant actors.
	Title string
	// Date is the briefing's date (today when built, unless set).
	Date    time.Time
	Sources []brief.Source
	// BottomLine is two or three extractive sentences: the most central lead.
	BottomLine []Line
	// Actors are the key actors, most important first, with their Stance.
	Actors      []brief.Actor
	Commitments []brief.Commitment
	Disputes    []brief.Dispute
	Quotes      []brief.Quote
	// Omitted counts the items left out to fit one page (see FitOnePage).
	Omitted int
	// Stories are the loaded articles grouped by the story they tell, lead
	// story first; one story when they all tell the same.
	Stories []Story
	// Differences are the points on which the sources of a story differ.
	Differences []Difference
	// Analysis is what the briefing was built from (for looking up sources).
	Analysis *brief.Analysis `json:"-"`

	// Pinned holds the keys of the items the user pinned (from
	// Options.Pinned): FitOnePage never cuts them.
	Pinned map[string]bool `json:"-"`
	// Removed counts the items of the analysis the user removed
	// (Options.Removed) that Build left out.
	Removed int
	// Paper is the paper size FitOnePage fitted the briefing to; empty for a
	// briefing that was not fitted.
	Paper Paper

	// storyIdx maps a source ID to its story's index in Stories, and
	// itemStories each item's story, by section (when there are several).
	storyIdx    map[string]int
	itemStories [numSections][]int
	// clauses are the items' clauses (makeClauses), by section, and cx
	// what they are made with.
	clauses [numSections][][2]ItemClause
	cx      *clauseContext

	// fit records how FitOnePage laid the page out, so that WritePDF prints
	// exactly the page FitOnePage measured.
	fit *fitState

	// prev is, while Build runs, what the briefing before left for this
	// one to take (see Builder), and words the words of the items' texts.
	prev  *built
	words *textWords
	// facts are, while Build runs, the facts of the analysis's articles
	// (readAllFacts).
	facts []*articleFacts
	// layouts keeps the lines the page's text is set in (see layoutMemo).
	layouts *layoutMemo
	// stories are the links between articles Build found, and kept what
	// it worked out for each story, for the next briefing of a Builder.
	stories *storyLinks
	kept    *keptStories
	// reports are how Build grouped the quotes, commitments and disputes,
	// for the next briefing of a Builder.
	reports [3]*reportGroups
}

// Line is one sentence of the bottom line with its citation.
type Line struct {
	Text  string       `json:"text"`
	Cites []brief.Cite `json:"cites"`
}

// Options are the user's choices for a briefing.
type Options struct {
	// Title overrides the generated title when not empty.
	Title string
	// Date is the briefing's date; the zero value means today.
	Date time.Time
	// Pinned items (by Key) survive the one-page cut.
	Pinned map[string]bool
	// Removed items (by Key) are left out.
	Removed map[string]bool
}

// Build makes a briefing from an analysis: a title, the bottom line, the key
// actors with where they stand, and the commitments, disputes and quotes in
// order of importance across all articles, without the items the user
// removed.
//
// The same quote, commitment or dispute reported by several articles becomes
// one item that cites them all. Quotes too short to say anything (a phrase
// in scare quotes), quotes the engine found no speaker for and actors
// mentioned once in passing are left out unless pinned.
func Build(an *brief.Analysis, opt Options) *Briefing {
	b, _ := build(an, opt, nil)
	return b
}

// build is Build, taking what it may of the work done for the briefing
// before (prev, which may be nil), and returning what the next briefing
// may take of its own.
func build(an *brief.Analysis, opt Options, prev *built) (*Briefing, *built) {
	if an == nil {
		an = &brief.Analysis{}
	}
	facts := readAllFacts(an.Articles)
	b := &Briefing{
		Title:    strings.Join(strings.Fields(opt.Title), " "),
		Date:     opt.Date,
		Sources:  withOutlets(an),
		Analysis: an,
		Pinned:   map[string]bool{},
		prev:     prev,
		words:    prev.textWords(),
		facts:    facts,
	}
	if prev != nil {
		b.layouts = newLayoutMemo(prev.layouts)
		b.kept = &keptStories{prev: prev.kept, now: map[string]*keptStory{}}
	}
	if b.Date.IsZero() {
		b.Date = time.Now()
	}
	for k, on := range opt.Pinned {
		if on {
			b.Pinned[k] = true
		}
	}
	// The keys of a group's items are made only when the user pinned or
	// removed items: most briefings have none.
	choices := len(opt.Removed) > 0 || len(b.Pinned) > 0
	removed := func(keys []string) bool {
		for _, k := range keys {
			if opt.Removed[k] {
				return true
			}
		}
		return false
	}
	pinned := func(keys []string) int {
		for i, k := range keys {
			if b.Pinned[k] {
				return i
			}
		}
		return -1
	}

	// Merge the same item reported by several articles, then apply the
	// user's choices to the merged items: removing or pinning any form of
	// an item removes or pins the item.
	var quotes []groupedQuote
	for i, g := range b.mergeReportsQuotes(an) {
		var keys []string
		if choices {
			keys = reportKeys(g, brief.Quote.Key)
		}
		if removed(keys) {
			b.Removed++
			continue
		}
		q := combineQuotes(g, pinned(keys))
		if pinned(keys) < 0 && !substantiveQuote(q.Text) {
			continue
		}
		quotes = append(quotes, groupedQuote{q, i})
	}
	// Things (actors of kind other: a ship, a product, a place) neither
	// commit nor disagree.
	things := map[string]bool{}
	for _, a := range an.Actors {
		if a.Kind == brief.KindOther {
			things[foldName(a.Name)] = true
		}
	}
	var commitments []groupedCommitment
	for i, g := range b.mergeReportsCommitments(an) {
		var keys []string
		if choices {
			keys = reportKeys(g, brief.Commitment.Key)
		}
		if removed(keys) {
			b.Removed++
			continue
		}
		if pinned(keys) < 0 && things[foldName(g[0].Actor)] {
			continue // "Northwind — would pay for the families' travel": the ship's owner will
		}
		commitments = append(commitments, groupedCommitment{combineCommitments(g, pinned(keys)), i})
	}
	cx := b.clauseContext()
	// An item printed as its sentence cut short must still show what it
	// is about: a sentence cut before its commitment or its dispute's cue
	// says nothing of them.
	commitments = slices.DeleteFunc(commitments, func(c groupedCommitment) bool {
		// Another subject's act, and the sentence does not name the
		// actor: whose commitment it is cannot be told from it; or a
		// clause that does not show the commitment.
		others, shown := commitmentChecks(c.Commitment, cx)
		return (others || !shown) && !b.pinned(c.Key)
	})
	var disputes []groupedDispute
	for i, g := range b.mergeReportsDisputes(an) {
		var keys []string
		if choices {
			keys = reportKeys(g, brief.Dispute.Key)
		}
		if removed(keys) {
			b.Removed++
			continue
		}
		if pinned(keys) < 0 {
			g[0].Parties = namedParties(g[0], cx)
			if !hasParty(g[0], things) {
				continue // "A330 — slammed into the sea": no one to disagree
			}
		}
		d := combineDisputes(g, pinned(keys))
		if pinned(keys) < 0 && !shows(disputeClause(d, maxItemWords, cx).Clause, d.Text, d.Cue) {
			continue // the sentence cut before its cue: no dispute on the page
		}
		disputes = append(disputes, groupedDispute{d, i})
	}

	// Key actors: those that act (speak, commit, dispute), have a role or
	// come up more than once.
	involved := map[string]int{}
	for _, q := range quotes {
		involved[foldName(q.Speaker)]++
	}
	for _, c := range commitments {
		involved[foldName(c.Actor)]++
	}
	for _, d := range disputes {
		for _, p := range d.Parties {
			involved[foldName(p)]++
		}
	}
	var actors []brief.Actor
	var once []brief.Actor // named once, acting (see leadActors)
	outlets := outletsOf(an.Sources)
	for _, a := range an.Actors {
		if len(opt.Removed) > 0 && opt.Removed[a.Key()] {
			b.Removed++
			continue
		}
		if a.Mentions == 1 && a.Role == "" && involved[foldName(a.Name)] == 0 && !b.pinned(a.Key) {
			if a.Acts > 0 && len(an.Sources) == 1 && an.Sources[0].Words < shortArticleWords && len(a.Cites) == 1 &&
				!creditsOnly(an, facts, a.Cites) && !newsAgency(a.Name, outlets) && !thingName(a.Name) {
				once = append(once, a)
			}
			continue
		}
		if !b.pinned(a.Key) {
			switch {
			case creditsOnly(an, facts, a.Cites):
				continue // a reporter named in a credit line
			case a.Kind == brief.KindOther || thingName(a.Name) && involved[foldName(a.Name)] == 0:
				continue // a place that only locates, a thing ("VX-210")
			case involved[foldName(a.Name)] == 0 && a.Role == "" && newsAgency(a.Name, outlets):
				continue // "told Reuters": the outlet, not an actor
			}
		}
		a.Role = pageRole(a.Role)
		actors = append(actors, a)
	}

	r := newImportance(an, actors, involved)
	r.words = b.words
	b.Actors = r.orderActors(actors)

	// Stories: the lead story's bottom line heads the page.
	var links *storyLinks
	if b.prev != nil {
		links = b.prev.stories
	}
	groups, links := groupStoriesWith(an, links, facts)
	b.stories = links
	b.setStories(groups)
	var refs []storyRef // how what is worked out for each story is kept
	if b.kept != nil {
		refs = storyRefs(an, groups, facts)
	}
	// The bottom line first: items that only repeat it rank lower.
	b.BottomLine = b.bottomLine(an, groups, refs)
	b.corroborateLines(an, refs)
	for _, l := range b.BottomLine {
		for _, c := range l.Cites {
			r.lead[c] = true
		}
	}
	b.Commitments = r.orderCommitments(commitments)
	b.Disputes = r.orderDisputes(disputes)
	b.Quotes = withSpeakers(r.orderQuotes(quotes), b.Pinned)
	b.Commitments = dropQuoted(b.Commitments, b.Quotes, b.Pinned, b.words)
	for _, d := range findDifferencesWith(an, groups, refs, an.Actors, b.kept) {
		if len(opt.Removed) > 0 && opt.Removed[d.Key()] {
			b.Removed++
			continue
		}
		b.Differences = append(b.Differences, d)
	}
	b.Disputes = dropDiffering(b.Disputes, b.Differences, b.Pinned)
	b.dropDuplicates()
	folds := foldedNames(b.Commitments, b.Disputes)
	for i := range b.Actors {
		if b.Actors[i].Stance == "" {
			b.Actors[i].Stance = folds.stanceOf(b.Actors[i], b.Commitments, b.Disputes, b.clauseContext())
		}
	}
	keyActors := b.Actors
	b.Actors = minorActorsThatAct(b.Actors, involved, b.Pinned, outlets)
	b.Actors = withoutGenericPlurals(b.Actors, b.Quotes, b.Pinned)
	b.Actors = withoutMentionedOnly(an, facts, b.Actors, b.Quotes, involved, b.Pinned)
	if len(b.Actors) == 0 && len(once) > 0 {
		b.Actors = b.leadActors(once, involved, outlets)
	}
	actorStory := make([]int, len(keyActors))
	for i, a := range keyActors {
		actorStory[i] = b.storyOf(a.Cites)
	}
	var subs []*brief.Analysis // made when there is nothing kept
	if refs == nil {
		subs = subAnalyses(an, groups)
	}
	for i := range groups {
		var own []brief.Actor
		for k, a := range keyActors {
			if actorStory[k] == i {
				own = append(own, a)
			}
		}
		var sub *brief.Analysis
		if subs != nil {
			sub = subs[i]
		}
		b.Stories[i].Title = b.storyTitle(an, groups, refs, i, sub, own)
	}
	b.indexStories()
	b.makeClauses()
	if b.Title == "" {
		switch {
		case len(b.Stories) > 1:
			b.Title = fmt.Sprintf("Briefing: %d stories — %s", len(b.Stories), shortHeadline(b.Stories[0].Title, 10))
		case len(an.Sources) > 1 && len(b.Stories) == 1:
			b.Title = b.Stories[0].Title
		default:
			b.Title = briefingTitle(an, keyActors)
		}
	}
	return b, b.done()
}

// creditsOnly reports whether every citation is of a credit line
// ("Additional reporting by …"); facts are the articles' facts
// (readAllFacts).
func creditsOnly(an *brief.Analysis, facts []*articleFacts, cs []brief.Cite) bool {
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		a := an.Article(c.Source)
		if a != nil && c.Sentence >= 0 && c.Sentence < len(a.Sentences) {
			// Whether each sentence is a credit line was read with the
			// article's facts. an.Article found a: the source's number
			// is its index plus one.
			n, _ := strconv.Atoi(strings.TrimPrefix(c.Source, "S"))
			if !factsIn(facts, an.Articles, n-1).credits[c.Sentence] {
				return false
			}
			continue
		}
		if !isCredit(a.SentenceText(c.Sentence)) {
			return false
		}
	}
	return true
}

// thingName reports whether a name is a thing's, not an actor's: a model
// or a flight number ("VX-210", "NW212"), a count ("Two crew members").
func thingName(name string) bool {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	return strings.ContainsFunc(name, unicode.IsDigit) || numberWords[first] > 0
}

// namedParties are a dispute's parties without those its sentence names
// only inside a longer name: the United States is no party to a quarrel
// over "the U.S. Flag Code", nor Facebook to one on "Facebook Live". The
// first party stays, as does a party the sentence does not name (a pronoun
// or a description stands for it).
func namedParties(d brief.Dispute, cx *clauseContext) []string {
	if len(d.Parties) < 2 {
		return d.Parties
	}
	toks := tokenize(cleanItemText(d.Text))
	out := []string{d.Parties[0]}
	for _, p := range d.Parties[1:] {
		f := cx.forms(p)
		named, alone := false, false
		for i := range toks {
			for _, form := range f.forms {
				if i+len(form) > len(toks) {
					continue
				}
				match := true
				for k, w := range form {
					if toks[i+k].low != w {
						match = false
						break
					}
				}
				if !match {
					continue
				}
				named = true
				last := toks[i+len(form)-1]
				if j := i + len(form); j >= len(toks) || last.poss || endsPhrase(last.w) || !capitalised(toks[j].w) {
					alone = true
				}
			}
		}
		if !named || alone {
			out = append(out, p)
		}
	}
	return out
}

// shows reports whether an item's printed clause shows the word its item
// is about (a dispute's cue, the head of a commitment): the clause holds
// it, or the sentence does not and the clause is the whole sentence, not
// cut short.
func shows(clause, sentence, word string) bool {
	return showsIn(clause, word) || !showsIn(sentence, word) && !strings.HasSuffix(clause, "…")
}

// commitmentHead is the first word of what a commitment says will be done
// that is not a name (the actor's, which the lead says), "to", an
// auxiliary or an adverb: "lining" of "lining up a vote", "build" of "to
// build a plant", "ordered" of "Widodo ordered a review".
func commitmentHead(what string) string {
	for _, w := range strings.Fields(what) {
		w = strings.Trim(w, ",;:.“”\"'‘’")
		lw := strings.ToLower(w)
		if lw == "" || !lowerWord(w) || lw == "to" || lw == "not" || lw == "never" || auxiliaries[lw] || clauseAdverbs[lw] {
			continue
		}
		return w
	}
	return ""
}

// hasParty reports whether a dispute has a party that can disagree: one
// that is not a thing (thingName, or an actor of kind other the analysis
// lists in things: a product, a place).
func hasParty(d brief.Dispute, things map[string]bool) bool {
	for _, p := range d.Parties {
		if !thingName(p) && !things[foldName(p)] {
			return true
		}
	}
	return len(d.Parties) == 0
}

// newsAgency reports whether a name is an outlet's: a source's site, or a
// news agency ("Reuters", "AFP").
func newsAgency(name string, outlets outletNames) bool {
	n := foldName(name)
	return outlets[n] || newsAgencies[n]
}

// outletNames holds the folded names of the sources' outlets, each also
// without a leading "the ".
type outletNames map[string]bool

func outletsOf(sources []brief.Source) outletNames {
	m := outletNames{}
	for _, s := range sources {
		if o := foldName(sourceOutlet(s)); o != "" {
			m[o] = true
			m[strings.TrimPrefix(o, "the ")] = true
		}
	}
	return m
}

var newsAgencies = map[string]bool{"reuters": true, "associated press": true, "ap": true, "afp": true,
	"agence france-presse": true, "bloomberg": true, "xinhua": true, "tass": true, "upi": true, "dpa": true,
	"ansa": true, "efe": true, "kyodo": true, "yonhap": true, "pti": true, "anadolu": true}

// dropDiffering leaves out the disputes that only restate where the
// sources differ: every sentence they cite gives one of the versions of a
// "Sources differ" line ("The navy said 40 bodies had been recovered,
// although others quoted the rescue chief as saying only three"), which
// says who says what better.
func dropDiffering(ds []brief.Dispute, diffs []Difference, pinned map[string]bool) []brief.Dispute {
	if len(diffs) == 0 {
		return ds
	}
	// The sentences each difference cites, gathered once: every dispute
	// is compared with every difference.
	ins := make([]map[brief.Cite]bool, len(diffs))
	for i, df := range diffs {
		in := map[brief.Cite]bool{}
		for _, c := range df.Claims {
			for _, cite := range c.Cites {
				in[cite] = true
			}
		}
		ins[i] = in
	}
	out := ds[:0:0]
	for _, d := range ds {
		covered := false
		for _, in := range ins {
			all := len(d.Cites) > 0
			for _, c := range d.Cites {
				if !in[c] {
					all = false
				}
			}
			if all {
				covered = true
				break
			}
		}
		if !covered || len(pinned) > 0 && pinned[d.Key()] {
			out = append(out, d)
		}
	}
	return out
}

// dropQuoted leaves out the commitments that a quote on the page states in
// its own words (“We stand ready to assist”, and the commitment "ready to
// assist" read from it): the page need not say it twice.
func dropQuoted(cs []brief.Commitment, qs []brief.Quote, pinned map[string]bool, words *textWords) []brief.Commitment {
	// A quote cites the sentence it opens in; its later sentences are in
	// the same source.
	quoted := map[string][]string{}
	for _, q := range qs {
		for _, c := range q.Cites {
			quoted[c.Source] = append(quoted[c.Source], words.lower(q.Text))
		}
	}
	out := cs[:0:0]
	for _, c := range cs {
		what := words.lower(strings.TrimPrefix(strings.TrimSpace(c.What), "to "))
		// Every report of it is a quote that says it.
		inQuote := wordCount(what) >= 3
		for _, cite := range c.Cites {
			said := false
			for _, q := range quoted[cite.Source] {
				if strings.Contains(q, what) {
					said = true
				}
			}
			inQuote = inQuote && said
		}
		if inQuote && !(len(pinned) > 0 && pinned[c.Key()]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// minorActorsThatAct keeps the key actors the page can describe (a role or
// a stance) and, of the others — the minor actors of the "Also:" line —
// only those that act in the story: a person, organisation, country or
// group the engine saw speak, commit, take part in a dispute or do
// something (Actor.Acts), or that an item names. A country or a place
// named only as where something happened, a thing, an outlet or its
// reporter is not listed. Pinned actors stay.
func minorActorsThatAct(actors []brief.Actor, involved map[string]int, pinned map[string]bool, outlets outletNames) []brief.Actor {
	out := actors[:0:0]
	var lasts []personLast
	for _, a := range actors {
		if a.Role == "" && a.Stance == "" && !(len(pinned) > 0 && pinned[a.Key()]) && !actsInStory(a, involved, outlets) {
			continue
		}
		if a.Role == "" && a.Stance == "" && !(len(pinned) > 0 && pinned[a.Key()]) {
			if lasts == nil {
				lasts = personLasts(actors)
			}
			if shortFormOf(a, lasts) {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// shortArticleWords is the length under which an article is short (see
// leadActors).
const shortArticleWords = 400

// withoutGenericPlurals leaves out of the key actors the people at large a
// story names by a plural common noun: "leftist politicians", "fishermen",
// a role's acronym ("CEOs") or a follower's word ("Islamists") — not a
// body or a party the reader can hold to account. Only such a plural
// named fewer than three times, with no role and no printed quote, is
// left out: a group the story keeps coming back to stays (a party may be
// "the Socialists"), as do "the union", "Labour MPs", "Republicans" and
// the "Tarn Valley Militia". The commitments and disputes that name it
// keep their lines. Pinned actors stay.
func withoutGenericPlurals(actors []brief.Actor, quotes []brief.Quote, pinned map[string]bool) []brief.Actor {
	out := actors[:0:0]
	var speakers map[string]bool // the printed quotes' speakers, folded, made when first asked
	for _, a := range actors {
		if a.Role == "" && genericPluralName(a) && a.Mentions < 3 && !(len(pinned) > 0 && pinned[a.Key()]) {
			if speakers == nil {
				speakers = quoteSpeakers(quotes)
			}
			if !speakers[foldName(a.Name)] {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// genericPluralName reports the name of a group or organisation that is a
// plural common noun: lower-case words ending in a plural ("leftist
// politicians", "fishermen"), a role's acronym in the plural ("CEOs") or
// one capitalised word in -ists ("Islamists").
func genericPluralName(a brief.Actor) bool {
	if a.Kind != brief.KindGroup && a.Kind != brief.KindOrganization {
		return false
	}
	name := strings.TrimSpace(a.Name)
	r, _ := utf8.DecodeRuneInString(name)
	if unicode.IsLower(r) {
		first, _, _ := strings.Cut(name, " ")
		switch first {
		case "the", "a", "an", "his", "her", "its", "their", "our":
			return false // "the union": a body the story names
		}
		if strings.ContainsAny(name, "'\u2019") || thingName(name) {
			return false // "farmers' union", a number
		}
		last := name[strings.LastIndexByte(name, ' ')+1:]
		return strings.HasSuffix(last, "men") || strings.HasSuffix(last, "people") ||
			strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")
	}
	if strings.ContainsRune(name, ' ') {
		return false
	}
	if stem, ok := strings.CutSuffix(name, "s"); ok && len(stem) >= 2 && strings.ToUpper(stem) == stem && !strings.ContainsFunc(stem, unicode.IsDigit) {
		return true // "CEOs", "MPs"
	}
	return unicode.IsUpper(r) && strings.HasSuffix(name, "ists") && strings.ToLower(name[1:]) == name[1:]
}

// leadActors returns, for the page of one short article that would print
// no key actor, the actors of once (each named once, acting, cited by one
// sentence) that act in the article's lead: its first sentence that the
// bottom line quotes ("Harbour Games and Corvessa shocked players earlier
// this year by announcing…"). A short story about them names them once;
// the page should still say who they are.
func (b *Briefing) leadActors(once []brief.Actor, involved map[string]int, outlets outletNames) []brief.Actor {
	lead := -1
	for _, l := range b.BottomLine {
		for _, c := range l.Cites {
			if lead < 0 || c.Sentence < lead {
				lead = c.Sentence
			}
		}
	}
	var out []brief.Actor
	for _, a := range once {
		if a.Cites[0].Sentence == lead && actsInStory(a, involved, outlets) {
			a.Role = pageRole(a.Role)
			out = append(out, a)
		}
	}
	return out
}

// personLast is a person of several words' name and last word, folded.
type personLast struct {
	a    *brief.Actor
	last string
}

// personLasts are the people of several words among actors, with the
// last word of their names.
func personLasts(actors []brief.Actor) []personLast {
	var out []personLast
	for i := range actors {
		b := &actors[i]
		if b.Kind != brief.KindPerson {
			continue
		}
		if ws := strings.Fields(b.Name); len(ws) >= 2 {
			out = append(out, personLast{b, foldName(ws[len(ws)-1])})
		}
	}
	return out
}

// shortFormOf reports whether a person's one-word name is the surname of
// another person on the list, whose people of several words are lasts
// ("Bashir" beside "Omar Hassan al-Bashir"): the same person, whom the
// analysis did not merge.
func shortFormOf(a brief.Actor, lasts []personLast) bool {
	if a.Kind != brief.KindPerson || strings.Contains(strings.TrimSpace(a.Name), " ") {
		return false
	}
	name := foldName(a.Name)
	for _, p := range lasts {
		// The keys, which take a hash to make, are compared last.
		if (p.last == name || strings.HasSuffix(p.last, "-"+name)) && p.a.Key() != a.Key() {
			return true
		}
	}
	return false
}

// actsInStory reports whether a minor actor acts in the story (see
// minorActorsThatAct).
func actsInStory(a brief.Actor, involved map[string]int, outlets outletNames) bool {
	switch a.Kind {
	case brief.KindPerson, brief.KindOrganization, brief.KindCountry, brief.KindGroup:
	default:
		return false
	}
	if newsAgency(a.Name, outlets) || thingName(a.Name) {
		return false
	}
	if a.Kind == brief.KindCountry {
		// A country seen acting once is as often a place, a demonym
		// ("a Japanese spacecraft") or a capital that stands for another
		// body, read as an actor: it must act twice.
		return a.Acts >= 2
	}
	return a.Acts > 0 || involved[foldName(a.Name)] > 0
}

// dropDuplicates leaves out the items that say again what another item on
// the page says, from the same sentence: a dispute whose clause is a
// commitment's ("said his party would vote against the measure" as both),
// a dispute whose words are a quote's (“We feel that is ridiculous.”), and
// a quote whose words a commitment or dispute prints whole ("… ignored what
// every parent already knows" under "said the majority had “ignored what
// every parent already knows”"). Pinned items stay.
func (b *Briefing) dropDuplicates() {
	cx := b.clauseContext()
	type printed struct {
		cites []brief.Cite
		words string // the clause, folded, without its marks
	}
	fold := b.words.folded
	shareCite := func(a, c []brief.Cite) bool {
		for _, x := range a {
			if slices.Contains(c, x) {
				return true
			}
		}
		return false
	}
	pad := func(words string) string { return " " + words + " " }
	// Words stand whole inside another item's when there are at least
	// three (long) and the item's padded words " "+in+" " hold them
	// padded.
	long := func(words string) bool { return strings.Count(words, " ") >= 2 }
	// bySource lists the items that cite each source, each once: only
	// items that share a source are compared (a quote cites the sentence it
	// opens in: words of its later sentences are cited apart, in the same
	// source).
	bySource := func(list []printed) map[string][]int {
		m := map[string][]int{}
		for i, it := range list {
			for _, c := range it.cites {
				if l := m[c.Source]; len(l) == 0 || l[len(l)-1] != i {
					m[c.Source] = append(l, i)
				}
			}
		}
		return m
	}
	var commits []printed
	for _, c := range b.Commitments {
		cl, _ := commitmentClause(c, maxItemWords, cx)
		commits = append(commits, printed{c.Cites, fold(cl.Clause)})
	}
	quotes := make([]printed, len(b.Quotes))
	quotesPadded := make([]string, len(b.Quotes))
	for i, q := range b.Quotes {
		quotes[i] = printed{q.Cites, fold(q.Text)}
		quotesPadded[i] = pad(quotes[i].words)
	}
	quotesBySource := bySource(quotes)
	// Only the commitments that cite a source of a dispute can share a
	// citation with it.
	commitsBySource := bySource(commits)
	tried := make([]int, len(commits)) // the dispute (+1) a commitment was last tried with
	var disputes []brief.Dispute
	var items []printed
	for di, d := range b.Disputes {
		it := printed{d.Cites, fold(disputeClause(d, maxItemWords, cx).Clause)}
		dup := false
		for _, c := range it.cites {
			for _, k := range commitsBySource[c.Source] {
				if tried[k] == di+1 {
					continue
				}
				tried[k] = di + 1
				if c := commits[k]; !dup && shareCite(c.cites, it.cites) && (c.words == it.words || b.words.saysNoMore(it.words, c.words)) {
					dup = true
				}
			}
		}
		padWords := pad(it.words)
		for _, c := range it.cites {
			if dup || !long(it.words) {
				break
			}
			for _, i := range quotesBySource[c.Source] {
				if strings.Contains(quotesPadded[i], padWords) {
					dup = true
					break
				}
			}
		}
		if dup && !b.pinned(d.Key) {
			continue
		}
		disputes = append(disputes, d)
		items = append(items, it)
	}
	b.Disputes = disputes
	items = append(items, commits...)
	itemsPadded := make([]string, len(items))
	for i, it := range items {
		itemsPadded[i] = pad(it.words)
	}
	itemsBySource := bySource(items)
	var kept []brief.Quote
	for i, q := range b.Quotes {
		dup := false
		for _, c := range q.Cites {
			if dup || !long(quotes[i].words) {
				break
			}
			for _, j := range itemsBySource[c.Source] {
				if strings.Contains(itemsPadded[j], quotesPadded[i]) {
					dup = true
					break
				}
			}
		}
		if dup && !b.pinned(q.Key) {
			continue
		}
		kept = append(kept, q)
	}
	b.Quotes = kept
}

// dupMarks are the marks dropDuplicates folds a text without.
var dupMarks = strings.NewReplacer("…", " ", "“", " ", "”", " ", "\"", " ", "«", " ", "»", " ")

// foldForDups is a text as dropDuplicates compares it: its words in lower
// case, without marks, one space between them.
func foldForDups(s string) string {
	return strings.Join(lowerWords(dupMarks.Replace(s)), " ")
}

// saysNoMore is the package's saysNoMore with the words of texts kept
// (of).
func (t *textWords) saysNoMore(text, other string) bool {
	a, b := t.of(text), t.of(other)
	if len(a) == 0 {
		return false
	}
	common := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			common++
		}
	}
	return float64(common) >= 0.9*float64(len(a))
}

// saysNoMore reports whether a text says nothing another does not: nearly
// all its words (nine in ten) are the other's.
func saysNoMore(text, other string) bool {
	a, b := simWords(text), simWords(other)
	if len(a) == 0 {
		return false
	}
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	return float64(common) >= 0.9*float64(len(a))
}

// pageRole is an actor's role as the page prints it: a title or function
// ("Foreign Minister", "Chief Executive, Port of Kessmere") with each word
// of it capitalised but the small ones ("of", "the") and those of other
// scripts than the Latin one, and a past title inside a role ("Mediator,
// former judge"), "then" dropped ("then Prime Minister"), an abbreviated
// title written in full ("Sen." → "Senator", brief.FullTitle); none for a word that alone says no function
// ("Head", "Boss", "Senior"): no role is better than one that reads wrong.
func pageRole(role string) string {
	words := strings.Fields(brief.FullTitle(role)) // "Sen." → "Senator"
	for len(words) > 0 && strings.EqualFold(words[0], "then") {
		words = words[1:]
	}
	if len(words) == 0 || len(words) == 1 && vagueRoles[strings.ToLower(strings.Trim(words[0], ".,"))] {
		return ""
	}
	former := false // inside a role, "former judge" keeps its case up to the comma
	for i, w := range words {
		if i > 0 && strings.HasSuffix(words[i-1], ",") {
			former = false
		}
		former = former || i > 0 && w == "former"
		r, size := utf8.DecodeRuneInString(w)
		// Titles take capitals in English: a role in another script
		// keeps its own case.
		if former || !unicode.IsLower(r) || !unicode.Is(unicode.Latin, r) || i > 0 && roleSmallWords[strings.TrimRight(w, ",")] {
			continue
		}
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

var (
	// vagueRoles say no function alone.
	vagueRoles = setOf(`head boss chief senior junior veteran leader member official staff former acting deputy top
		new ex then`)
	// roleSmallWords stay in lower case inside a role.
	roleSmallWords = setOf("of the and for at in on to a an with de du des la le von van der y")
)

// setStories records the stories of the briefing, lead story first.
func (b *Briefing) setStories(groups [][]int) {
	b.Stories = make([]Story, len(groups))
	b.storyIdx = map[string]int{}
	for i, g := range groups {
		for _, si := range g {
			id := b.Sources[si].ID
			b.Stories[i].Sources = append(b.Stories[i].Sources, id)
			b.storyIdx[id] = i
		}
	}
}

// storyOf is the story an item belongs to: the one most of its citations
// are in (the earlier story on a tie); 0, the lead story, for an item
// without citations.
func (b *Briefing) storyOf(cs []brief.Cite) int {
	if len(b.Stories) < 2 {
		return 0
	}
	// The story with the most citations, the first of those stories when
	// several have as many. A citation of a source in no story counts for
	// the first story, once that story has been cited.
	if len(cs) == 1 {
		// Most items cite one sentence: its story, or the first.
		if s, ok := b.storyIdx[cs[0].Source]; ok {
			return s
		}
		return 0
	}
	if s, ok := b.storyOfFew(cs); ok {
		return s
	}
	n := make([]int, len(b.Stories))
	seen := make([]bool, len(b.Stories))
	for _, c := range cs {
		s, ok := b.storyIdx[c.Source]
		if !ok {
			if seen[0] {
				n[0]++
			}
			continue
		}
		if s >= len(n) { // a story the page no longer shows
			n = append(n, make([]int, s+1-len(n))...)
			seen = append(seen, make([]bool, s+1-len(seen))...)
		}
		seen[s] = true
		n[s]++
	}
	best, bestN := 0, 0
	for s := range n {
		if seen[s] && n[s] > bestN {
			best, bestN = s, n[s]
		}
	}
	return best
}

// storyOfFew is storyOf for citations of a few stories (at most 8),
// counted without allocating; ok is false for more.
func (b *Briefing) storyOfFew(cs []brief.Cite) (story int, ok bool) {
	var stories, counts [8]int
	k := 0
	at := func(s int) int {
		for i := range k {
			if stories[i] == s {
				return i
			}
		}
		return -1
	}
	for _, c := range cs {
		s, ok := b.storyIdx[c.Source]
		if !ok {
			// Counts for the first story once that story is cited.
			if i := at(0); i >= 0 {
				counts[i]++
			}
			continue
		}
		i := at(s)
		if i < 0 {
			if k == len(stories) {
				return 0, false
			}
			stories[k], i = s, k
			k++
		}
		counts[i]++
	}
	best, bestN := 0, 0
	for i := range k {
		// The most cited; of those as cited, the first story.
		if counts[i] > bestN || counts[i] == bestN && stories[i] < best {
			best, bestN = stories[i], counts[i]
		}
	}
	return best, true
}

// corroborateLines cites, for each sentence of the bottom line, the other
// articles of its story that say the same (a fact three outlets report is
// printed once, with three citations).
func (b *Briefing) corroborateLines(an *brief.Analysis, refs []storyRef) {
	for i, l := range b.BottomLine {
		if len(l.Cites) == 0 {
			continue
		}
		b.BottomLine[i].Cites = b.corroborateLine(an, l, b.storyOf(l.Cites), refs)
	}
}

// corroborate is corroborateLines of one line of a story, whose sources
// storyIdx tells.
func corroborate(an *brief.Analysis, l Line, storyIdx map[string]int, story int) []brief.Cite {
	storyOf := func(id string) int {
		if len(storyIdx) == 0 {
			return 0
		}
		return storyIdx[id]
	}
	words := simWords(l.Text)
	n := float64(strings.Count(l.Text, " ") + 1)
	cites := l.Cites
	for si, src := range an.Sources {
		if src.ID == l.Cites[0].Source || storyOf(src.ID) != story || si >= len(an.Articles) || an.Articles[si] == nil {
			continue
		}
		a := an.Articles[si]
		for k := range a.Sentences {
			// Only a sentence of about the same length can say the
			// same thing: count its words before comparing them.
			t := a.SentenceText(k)
			if m := float64(strings.Count(t, " ") + 1); m < 0.6*n || m > n/0.6 {
				continue
			}
			if nearDupWords(words, simWords(trimDateline(t))) {
				cites = mergeCites(cites, []brief.Cite{{Source: src.ID, Sentence: k}})
				break
			}
		}
	}
	return cites
}

// pinned reports whether the user pinned the item of key: key is called
// only when the user pinned any.
func (b *Briefing) pinned(key func() string) bool {
	return len(b.Pinned) > 0 && b.Pinned[key()]
}

// nothing reports whether the briefing has no actor, commitment, dispute or
// quote at all.
func (b *Briefing) nothing() bool {
	return len(b.Actors)+len(b.Commitments)+len(b.Disputes)+len(b.Quotes) == 0
}

// ---- Merging the same item across articles ----

type groupedQuote struct {
	brief.Quote
	at int // position in the analysis
}

type groupedCommitment struct {
	brief.Commitment
	at int
}

type groupedDispute struct {
	brief.Dispute
	at int
}

func quoteText(q brief.Quote) string           { return q.Text }
func commitmentText(c brief.Commitment) string { return c.Text }
func disputeText(d brief.Dispute) string       { return d.Text }

// quoteNames, commitmentNames and disputeNames are the names, folded
// (foldName), that an item of a group must share with the group's first
// (mergeReports) unless either has none: a quote's speaker, a
// commitment's actor, a dispute's parties.
func quoteNames(q brief.Quote) []string           { return foldedName(q.Speaker) }
func commitmentNames(c brief.Commitment) []string { return foldedName(c.Actor) }
func disputeNames(d brief.Dispute) []string {
	if len(d.Parties) == 0 {
		return nil
	}
	out := make([]string, len(d.Parties))
	for i, p := range d.Parties {
		out[i] = foldName(p)
	}
	return out
}

// foldedName is a name, folded, as a list of one; none for no name.
func foldedName(name string) []string {
	if name == "" {
		return nil
	}
	return []string{foldName(name)}
}

// namesAgree reports whether two items may be one: either has no name, or
// they share one.
func namesAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// mergeReports groups items whose texts are near-duplicates of each other (the
// same quote as two outlets print it), keeping the order in which each
// group's first item came. An item joins the first group whose first item
// it agrees with (namesAgree on their names) and is a near-duplicate of
// (nearDupWords).
//
// Near-duplicates share at least half the words of the smaller of the two
// sets (nearDupWords asks for 60% or 85%), so the smaller set's rarest
// words, all but that half less one, include one of the other's: an item
// is compared only with the groups whose words include one of its rarest,
// or whose rarest include one of its words (prefix filtering), not with
// every group. The groups are the same as when it was compared with all.
// words gives the words of a text (textWords.of); nil reads them now.
func mergeReports[T any](items []T, text func(T) string, names func(T) []string, words *textWords) [][]T {
	groups, _ := mergeReportsFirst(items, text, names, words)
	return groups
}

// mergeReportsFirst is mergeReports, and for each item the index of the
// first item of its group.
func mergeReportsFirst[T any](items []T, text func(T) string, names func(T) []string, words *textWords) ([][]T, []int32) {
	// The words are numbered; each item's set is the numbers of its words.
	ids := map[string]int32{}
	var vocab []string
	var df []int32 // how many items hold each word
	sets := make([][]int32, len(items))
	for i, it := range items {
		ws := words.of(text(it))
		set := make([]int32, len(ws))
		for k, w := range ws {
			id, ok := ids[w]
			if !ok {
				id = int32(len(vocab))
				ids[w] = id
				vocab = append(vocab, w)
				df = append(df, 0)
			}
			set[k] = id
			df[id]++
		}
		sets[i] = set
	}
	var groups [][]T
	var first []int32 // the first item of each group
	firstOf := make([]int32, len(items))
	var folded [][]string
	byWord := make([][]int32, len(vocab))   // the words of each group's first item
	byRarest := make([][]int32, len(vocab)) // the rarest of them (rarestPrefix)
	// mark[w] is i+1 while item i's words are compared (nearDup).
	mark := make([]int32, len(vocab))
	var cand, ordered []int32
	rarer := func(a, b int32) int {
		if df[a] != df[b] {
			return int(df[a] - df[b])
		}
		return strings.Compare(vocab[a], vocab[b])
	}
	for i, it := range items {
		w := sets[i]
		ordered = append(ordered[:0], w...)
		slices.SortFunc(ordered, rarer)
		rarest := ordered[:rarestPrefix(len(ordered))]
		cand = cand[:0]
		for _, x := range rarest {
			cand = append(cand, byWord[x]...)
		}
		for _, x := range ordered {
			cand = append(cand, byRarest[x]...)
		}
		slices.Sort(cand)
		cand = slices.Compact(cand)
		for _, x := range w {
			mark[x] = int32(i + 1)
		}
		var names0 []string
		namesMade := false
		found := false
		var gi int32 // the item's group
		for _, g := range cand {
			if !nearDup(sets[first[g]], len(w), mark, int32(i+1)) {
				continue
			}
			if !namesMade {
				names0, namesMade = names(it), true
			}
			if namesAgree(folded[g], names0) {
				groups[g] = append(groups[g], it)
				gi, found = g, true
				break
			}
		}
		if !found {
			if !namesMade {
				names0 = names(it)
			}
			g := int32(len(groups))
			gi = g
			groups = append(groups, []T{it})
			first = append(first, int32(i))
			folded = append(folded, names0)
			for _, x := range ordered {
				byWord[x] = append(byWord[x], g)
			}
			for _, x := range rarest {
				byRarest[x] = append(byRarest[x], g)
			}
		}
		firstOf[i] = first[gi]
	}
	return groups, firstOf
}

// nearDup is nearDupWords of a set of words and the n words marked with
// stamp in mark.
func nearDup(a []int32, n int, mark []int32, stamp int32) bool {
	if len(a) == 0 || n == 0 {
		return false
	}
	common := 0
	for _, x := range a {
		if mark[x] == stamp {
			common++
		}
	}
	return nearDupShare(common, len(a), n)
}

// rarestPrefix is how many of a set's n words (rarest first) must include
// one of any near-duplicate's words when the set is the smaller of the
// two: a near-duplicate shares at least half of it, so all but that half
// less one.
func rarestPrefix(n int) int {
	if n == 0 {
		return 0
	}
	return n - max(1, n/2) + 1
}

func reportKeys[T any](g []T, key func(T) string) []string {
	keys := make([]string, len(g))
	for i, it := range g {
		keys[i] = key(it)
	}
	return keys
}

// combineQuotes makes one quote of a group: the pinned form when one is
// pinned, else the most complete (longest) form, citing every source.
func combineQuotes(g []brief.Quote, pin int) brief.Quote {
	rep := pin
	if rep < 0 {
		rep = 0
		for i, q := range g {
			if utf8.RuneCountInString(q.Text) > utf8.RuneCountInString(g[rep].Text) {
				rep = i
			}
		}
	}
	q := g[rep]
	var cites [][]brief.Cite
	for _, m := range g {
		cites = append(cites, m.Cites)
		if q.Speaker == "" {
			q.Speaker = m.Speaker
		}
		q.Score = math.Max(q.Score, m.Score)
	}
	q.Cites = mergeCites(cites...)
	return q
}

func combineCommitments(g []brief.Commitment, pin int) brief.Commitment {
	c := g[max(pin, 0)]
	var cites [][]brief.Cite
	for _, m := range g {
		cites = append(cites, m.Cites)
		if c.Actor == "" {
			c.Actor = m.Actor
		}
		if c.When == "" {
			c.When = m.When
		}
		if m.Strength == brief.Firm {
			c.Strength = brief.Firm
		}
		c.Score = math.Max(c.Score, m.Score)
	}
	c.Cites = mergeCites(cites...)
	return c
}

func combineDisputes(g []brief.Dispute, pin int) brief.Dispute {
	d := g[max(pin, 0)]
	var cites [][]brief.Cite
	for _, m := range g {
		cites = append(cites, m.Cites)
		if len(d.Parties) == 0 {
			d.Parties = m.Parties
		}
		if d.Topic == "" {
			d.Topic = m.Topic
		}
		d.Score = math.Max(d.Score, m.Score)
	}
	d.Cites = mergeCites(cites...)
	return d
}

// mergeCites merges citation lists without repeats, in source then
// sentence order.
func mergeCites(lists ...[]brief.Cite) []brief.Cite {
	seen := map[brief.Cite]bool{}
	var out []brief.Cite
	for _, l := range lists {
		for _, c := range l {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := citeNumber(out[i].Source), citeNumber(out[j].Source)
		if a != b {
			return a < b
		}
		return out[i].Sentence < out[j].Sentence
	})
	return out
}

// citeNumber is the number a source ID ("S3") stands for, or 0.
func citeNumber(id string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "S"))
	if err != nil || n < 1 {
		return 0
	}
	return n
}

// quoteSpeakers returns the speakers of quotes, folded (foldName).
func quoteSpeakers(quotes []brief.Quote) map[string]bool {
	speakers := make(map[string]bool, len(quotes))
	for _, q := range quotes {
		speakers[foldName(q.Speaker)] = true
	}
	return speakers
}

// citedSourceCount counts the sources among citations.
func citedSourceCount(cs []brief.Cite) int {
	// The sources seen so far: a few, most often.
	var few [8]string
	seen := few[:0]
	for i, c := range cs {
		if slices.Contains(seen, c.Source) {
			continue
		}
		if len(seen) == len(few) {
			// Many sources: counted in a set.
			set := map[string]bool{}
			for _, d := range cs[i:] {
				set[d.Source] = true
			}
			for _, s := range seen {
				set[s] = true
			}
			return len(set)
		}
		seen = append(seen, c.Source)
	}
	return len(seen)
}

// simWords is the set of a text's words, lower-cased.
func simWords(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range lowerWords(s) {
		set[w] = true
	}
	return set
}

// lowerWords splits a text into lower-case runs of letters and digits.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// nearDupWords reports whether two word sets say the same thing: most
// words in common, or the shorter one (of four words or more) nearly all
// inside the longer.
func nearDupWords(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	return nearDupShare(common, len(a), len(b))
}

// nearDupShare is nearDupWords of two sets of na and nb words with common
// words in common.
func nearDupShare(common, na, nb int) bool {
	small := min(na, nb)
	union := na + nb - common
	return float64(common)/float64(union) >= 0.6 ||
		(small >= 4 && float64(common)/float64(small) >= 0.85)
}

// substantiveQuote reports whether a quote says something: a phrase of a few
// words in scare quotes ("punch above its weight") is not worth a line.
func substantiveQuote(text string) bool {
	return len(strings.Fields(text)) >= 6
}

func foldName(s string) string {
	// ASCII names, most of them, in one pass: the spaces between words made
	// one, those around them dropped, the letters lowered.
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(strings.Join(strings.Fields(s), " "))
		}
	}
	plain := true // s is folded already
	space := true // the last byte was a space, or none was read
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		switch {
		case asciiSpace(c):
			plain = c == ' ' && !space
			space = true
		default:
			plain = c < 'A' || c > 'Z'
			space = false
		}
	}
	if plain && !space || s == "" {
		return s
	}
	out := make([]byte, 0, len(s))
	space = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace(c) {
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return string(out)
}

// asciiSpace reports whether an ASCII byte is a space to strings.Fields.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// ---- Ordering by importance across all articles ----

// importance orders items by importance across all articles: the engine's own
// score and order first, then corroboration by several sources and how much
// the actors involved matter.
type importance struct {
	sources  int
	actorImp map[string]float64 // folded name or alias → importance in [0, 1]
	involved map[string]int
	lead     map[brief.Cite]bool // the sentences of the bottom line
	words    *textWords          // what it reads of texts, kept (may be nil)
}

// repeatsLead is the penalty of an item stated by a bottom-line sentence:
// the page need not say it twice.
func (r *importance) repeatsLead(cs []brief.Cite) float64 {
	for _, c := range cs {
		if r.lead[c] {
			return 0.6
		}
	}
	return 0
}

func newImportance(an *brief.Analysis, actors []brief.Actor, involved map[string]int) *importance {
	r := &importance{sources: len(an.Sources), actorImp: map[string]float64{}, involved: involved, lead: map[brief.Cite]bool{}}
	imp := r.actorScores(actors)
	top := 0.0
	for _, v := range imp {
		top = math.Max(top, v)
	}
	for i, a := range actors {
		v := 0.0
		if top > 0 {
			v = imp[i] / top
		}
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			if k := foldName(name); k != "" && v > r.actorImp[k] {
				r.actorImp[k] = v
			}
		}
	}
	return r
}

// orderPrior turns the engine's order into a small bonus: it already lists items
// most important first.
func orderPrior(i, n int) float64 {
	if n <= 1 {
		return 0.5
	}
	return 0.5 * (1 - float64(i)/float64(n-1))
}

// scoreShare scales an engine score against the highest in its list.
func scoreShare(score, top float64) float64 {
	if top <= 0 {
		return 0
	}
	return score / top
}

// corroborated is the bonus for an item several sources report.
func (r *importance) corroborated(cs []brief.Cite) float64 {
	n := citedSourceCount(cs)
	if n <= 1 || r.sources <= 1 {
		return 0
	}
	return 0.3 + 0.3*float64(n-1)/float64(r.sources-1)
}

func (r *importance) actorScores(actors []brief.Actor) []float64 {
	topScore, topMentions := 0.0, 0
	for _, a := range actors {
		topScore = math.Max(topScore, a.Score)
		topMentions = max(topMentions, a.Mentions)
	}
	out := make([]float64, len(actors))
	for i, a := range actors {
		v := 2*scoreShare(a.Score, topScore) + orderPrior(i, len(actors))
		if topMentions > 0 {
			v += math.Log1p(float64(a.Mentions)) / math.Log1p(float64(topMentions))
		}
		v += r.corroborated(a.Cites)
		// Who acts (speaks, commits, disputes) matters more than where;
		// a person with a role more than a place merely named.
		acts := r.involved[foldName(a.Name)]
		v += 0.2 * float64(min(acts, 3))
		if a.Role != "" {
			v += 0.1
		}
		switch {
		case a.Kind == brief.KindPerson && (a.Role != "" || acts > 0):
			v += 0.3
		case a.Kind == brief.KindCountry && acts == 0:
			v -= 0.3
		}
		out[i] = v
	}
	return out
}

// sortByImportance sorts items by descending score, keeping the given order
// among equals.
func sortByImportance[T any](items []T, score []float64) []T {
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	out := make([]T, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	return out
}

func (r *importance) orderActors(actors []brief.Actor) []brief.Actor {
	return sortByImportance(actors, r.actorScores(actors))
}

func (r *importance) orderCommitments(cs []groupedCommitment) []brief.Commitment {
	top := 0.0
	for _, c := range cs {
		top = math.Max(top, c.Score)
	}
	items := make([]brief.Commitment, len(cs))
	score := make([]float64, len(cs))
	for i, c := range cs {
		items[i] = c.Commitment
		v := 2*scoreShare(c.Score, top) + orderPrior(i, len(cs)) + 0.4*r.actorImp[foldName(c.Actor)] + r.corroborated(c.Cites) - r.repeatsLead(c.Cites)
		if c.Strength == brief.Firm {
			v += 0.2
		}
		if c.When != "" {
			v += 0.1
		}
		score[i] = v
	}
	return sortByImportance(items, score)
}

func (r *importance) orderDisputes(ds []groupedDispute) []brief.Dispute {
	top := 0.0
	for _, d := range ds {
		top = math.Max(top, d.Score)
	}
	items := make([]brief.Dispute, len(ds))
	score := make([]float64, len(ds))
	for i, d := range ds {
		items[i] = d.Dispute
		party := 0.0
		for _, p := range d.Parties {
			party = math.Max(party, r.actorImp[foldName(p)])
		}
		v := 2*scoreShare(d.Score, top) + orderPrior(i, len(ds)) + 0.4*party + r.corroborated(d.Cites) - r.repeatsLead(d.Cites)
		if d.Topic != "" {
			v += 0.1
		}
		score[i] = v
	}
	return sortByImportance(items, score)
}

func (r *importance) orderQuotes(qs []groupedQuote) []brief.Quote {
	top := 0.0
	for _, q := range qs {
		top = math.Max(top, q.Score)
	}
	items := make([]brief.Quote, len(qs))
	score := make([]float64, len(qs))
	for i, q := range qs {
		items[i] = q.Quote
		v := 2*scoreShare(q.Score, top) + orderPrior(i, len(qs)) + 0.6*r.actorImp[foldName(q.Speaker)] + r.corroborated(q.Cites) - r.repeatsLead(q.Cites)
		// Quotes of one to three sentences say the most per line.
		switch n := r.words.wordCount(q.Text); {
		case n >= 10 && n <= 45:
			v += 0.3
		case n > 70:
			v -= 0.2
		}
		if q.Speaker == "" {
			v -= 0.3
		}
		score[i] = v
	}
	return sortByImportance(items, score)
}

// withSpeakers keeps the quotes the engine gave a speaker, and those the
// user pinned. A quote without one is most often one whose speaker the
// article names where the engine did not find it: on the page, it would
// read as anyone's words. It stays in the analysis, where search finds it.
func withSpeakers(qs []brief.Quote, pinned map[string]bool) []brief.Quote {
	out := qs[:0:0]
	for _, q := range qs {
		if q.Speaker != "" || len(pinned) > 0 && pinned[q.Key()] {
			out = append(out, q)
		}
	}
	return out
}

// ---- Where an actor stands ----

// stanceOf is a short phrase on where an actor stands: its own act,
// from its main commitment or dispute, whichever ranks higher ("Will
// invest £1.2bn in three processing plants"; "Rejected a British request
// for the plants"), at most stanceWords words and cut only where a phrase
// ends; empty when there is none. A stance is only ever the actor's own
// firm act, in a clause that reads on its own: a firm commitment of which
// the actor is the subject ("said the first plant was due to open" is the
// plant's schedule, "would refund" is hedged), or a dispute whose first
// party it is and whose clause says what that party did. Being a party
// alone says nothing the dispute does not: no "At odds with …".
func stanceOf(a brief.Actor, cs []brief.Commitment, ds []brief.Dispute, cx *clauseContext) string {
	return foldedNames(cs, ds).stanceOf(a, cs, ds, cx)
}

// stanceNames are the names of the actors of commitments and the parties
// of disputes, folded (foldName), for stanceOf to compare with each
// actor's without folding them again for each.
type stanceNames struct {
	actors  []string   // of each commitment
	parties [][]string // of each dispute
	// byActor and byParty list the commitments of each actor and the
	// disputes of each first party, in order.
	byActor, byParty map[string][]int
}

func foldedNames(cs []brief.Commitment, ds []brief.Dispute) stanceNames {
	f := stanceNames{actors: make([]string, len(cs)), parties: make([][]string, len(ds)),
		byActor: map[string][]int{}, byParty: map[string][]int{}}
	for i, c := range cs {
		f.actors[i] = foldName(c.Actor)
		f.byActor[f.actors[i]] = append(f.byActor[f.actors[i]], i)
	}
	for i, d := range ds {
		f.parties[i] = make([]string, len(d.Parties))
		for k, p := range d.Parties {
			f.parties[i][k] = foldName(p)
		}
		if len(d.Parties) > 0 {
			f.byParty[f.parties[i][0]] = append(f.byParty[f.parties[i][0]], i)
		}
	}
	return f
}

// stanceOf is the package's stanceOf, for the commitments and disputes
// whose names f holds.
func (f stanceNames) stanceOf(a brief.Actor, cs []brief.Commitment, ds []brief.Dispute, cx *clauseContext) string {
	name := foldName(a.Name)
	ci, di := -1, -1
	cline, dline := "", ""
	// The actor's commitments and disputes, in order: only they can say
	// where it stands.
	for _, i := range f.byActor[name] {
		if c := cs[i]; c.Strength != brief.Hedged {
			if s := commitmentLine(c, cx); s != "" {
				ci, cline = i, s
				break
			}
		}
	}
	for _, i := range f.byParty[name] {
		if s := disputeLine(ds[i], cx); s != "" {
			di, dline = i, s
			break
		}
	}
	// The lists are ordered by importance; compare relative positions.
	switch {
	case ci >= 0 && (di < 0 || float64(ci)/float64(len(cs)) <= float64(di)/float64(len(ds))):
		return cline
	case di >= 0:
		return dline
	}
	return ""
}

// commitmentLine is a commitment as a stance line ("Will appoint a
// mediator by Friday"); empty when it is not the actor's own act or does
// not make a phrase of stanceWords words.
func commitmentLine(c brief.Commitment, cx *clauseContext) string {
	cl, own := commitmentClause(c, maxItemWords, cx)
	if !own || !namesActor(c.Text, cx.forms(c.Actor)) {
		return ""
	}
	line := cl.Clause
	if cl.When != "" {
		line += " " + cl.When
	}
	return stanceLine(line)
}

// disputeLine is a dispute as a stance line of its first party
// ("Rejected the union's demand for a veto"); empty when the clause is
// not that party's own act or does not make a phrase of stanceWords words.
func disputeLine(d brief.Dispute, cx *clauseContext) string {
	cl, own := disputeClauseOwn(d, maxItemWords, cx)
	if !own || !namesActor(d.Text, cx.forms(d.Parties[0])) {
		return ""
	}
	return stanceLine(cl.Clause)
}

// cutsComplement reports whether a stance line cut from its clause
// stops before what the verb says or asks ("promised the state of New
// York" before "that it will cap …") or on an adverb that leads on
// ("…, particularly").
func cutsComplement(out, clause string) bool {
	toks := tokenize(out)
	if len(toks) == 0 {
		return true
	}
	rest := tokenize(strings.TrimSpace(clause[min(len(out), len(clause)):]))
	if len(rest) > 0 && complementOpeners[rest[0].low] {
		// After a verb that tells or asks someone ("promised the state",
		// "urged the board"), not after a noun's relative clause ("vetoed
		// a bill last week that would have …").
		for _, t := range toks {
			if auxiliaries[t.low] || clauseAdverbs[t.low] {
				continue
			}
			if tellingVerbs[t.low] {
				return true
			}
			break
		}
	}
	last := toks[len(toks)-1]
	return lowerWord(last.w) && strings.HasSuffix(last.low, "ly") && len(last.low) > 4
}

// complementOpeners open what a verb says or asks after its object, and
// tellingVerbs take an object and then that ("promised the state that it
// would …", "urged the board to …").
var (
	complementOpeners = setOf("that whether if to")
	tellingVerbs      = setOf(`promise promises promised promising tell tells told assure assures assured reassured warn warns
		warned remind reminds reminded inform informs informed urge urges urged ask asks asked persuade persuades persuaded
		convince convinces convinced notify notifies notified advise advises advised order orders ordered pledge pledges pledged`)
)

// namesActor reports whether a sentence says itself that its act is the
// actor's: it names the actor, or it describes it ("the authority agreed
// to …") and says no "it", "he", "they" that the engine resolved to
// someone. A pronoun may stand for another than the actor ("It was set to
// dock" of a spacecraft, read as the country it was launched from): a
// stance line, printed without its sentence, is only made when sure.
func namesActor(text string, f actorForms) bool {
	toks := tokenize(cleanItemText(text))
	if j, _ := lastForm(toks, f); j >= 0 {
		return true
	}
	// "The company said it would …": the pronoun is the description's.
	k := 0
	if len(toks) > 2 && determiners[toks[0].low] {
		k = 1
		for k < len(toks) && k <= 3 && lowerWord(toks[k].w) && speechVerbs[toks[k].low] == "" && !endsPhrase(toks[k].w) {
			k++
		}
		for k < len(toks) && clauseAdverbs[toks[k].low] {
			k++
		}
		if k < len(toks) && k > 1 && speechVerbs[toks[k].low] != "" {
			return true
		}
	}
	for _, t := range toks {
		switch t.low {
		case "it", "he", "she", "they", "we", "i":
			if t.low != "i" || t.w == "I" {
				return false
			}
		}
	}
	return true
}

// stanceLine is a clause as a stance line: capitalised, whole or cut where
// a phrase ends in at most stanceWords words, never cut short ("…") or
// naming someone only by a pronoun.
func stanceLine(clause string) string {
	if clause == "" || strings.HasSuffix(clause, "…") {
		return ""
	}
	out, ok := clipPhrase(clause, stanceWords)
	if !ok || danglingPronoun(out) || unbalanced(out) || out != clause && (objectCut(out, goesOn) || endsOpen(out, goesOn) || cutsComplement(out, clause)) {
		return ""
	}
	return caps.First(out)
}

// danglingPronoun reports whether a clause names someone or something only
// by a pronoun its sentence's neighbours explain ("was keeping him and his
// family safe", "to consider it next week", "disputed that"): under an
// actor's name, with no citation beside it, the line would not say who or
// what.
func danglingPronoun(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for _, w := range words {
		switch strings.Trim(w, ",.;:“”\"'’") {
		case "it", "him", "them":
			return true
		}
	}
	// "Disputed that", "dismissed that position", "rejected these
	// claims": the object is in the sentence before.
	for i, w := range words {
		switch strings.Trim(w, ",.;:“”\"'’") {
		case "this", "these", "those":
			return true
		case "that":
			if i == len(words)-1 || i == 1 {
				return true
			}
		}
	}
	return false
}

// finiteVerbs open a predicate that needs no "Will" before it.
var finiteVerbs = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "due": true, "set": true, "ready": true, "prepared": true, "poised": true, "expected": true,
	"agreed": true, "promised": true, "pledged": true, "vowed": true, "signed": true, "committed": true,
	"plans": true, "intends": true, "hopes": true, "wants": true, "aims": true, "expects": true, "said": true,
	"willing": true, "able": true, "unable": true, "likely": true,
}

// intentVerbs open a predicate when "to" follows ("want to make", "seek to
// end"); alone they are bare actions ("seek an injunction").
var intentVerbs = map[string]bool{"want": true, "hope": true, "plan": true, "intend": true, "aim": true,
	"expect": true, "seek": true, "need": true, "try": true, "continue": true}

// joinNames joins names as "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// clipChars cuts a text to at most n characters at a word boundary, with an
// ellipsis when cut.
func clipChars(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:—–-") + "…"
}

// ---- The bottom line ----

// Bottom-line limits: candidate sentences come from each article's lead,
// and the bottom line stops at three sentences or about 75 words.
const (
	leadSentenceCount    = 10
	leadMaxWords         = 75
	leadShortWords       = 50 // the lead story's, when there are several
	leadMinSentenceWords = 8
	leadMaxSentenceWords = 60
)

// bottomLineActors is how many of the first actors pickBottomLine reads
// the names of: sentences that name them rank higher.
const bottomLineActors = 5

type leadCandidate struct {
	src, sent int // article and sentence index
	text      string
	vec       map[string]float64
	score     float64
}

// pickBottomLine picks two or three sentences from the articles' leads by
// centrality: how close each is to what all the articles say overall (the
// centroid of their word weights), favouring early sentences and those that
// name key actors, and skipping sentences that repeat one already chosen.
func pickBottomLine(an *brief.Analysis, actors []brief.Actor, short bool) []Line {
	maxSentences, maxWords, minSentences := 3, leadMaxWords, 2
	if short {
		maxSentences, maxWords, minSentences = 2, leadShortWords, 1
	}
	if len(an.Articles) == 0 {
		return nil
	}
	// Word weights: frequency in a sentence times the inverse of how many
	// sentences use the word.
	// The terms of each sentence are read once per article (leadTermsOf),
	// each term once with its count.
	type sentence struct {
		src, idx int
		terms    []termCount
	}
	var all []sentence
	df := map[string]int{}
	for ai, a := range an.Articles {
		if a == nil {
			continue
		}
		for si, ts := range factsOf(a).leadTermsOf(a) {
			all = append(all, sentence{ai, si, ts})
			for _, t := range ts {
				df[t.term]++
			}
		}
	}
	if len(all) == 0 {
		return nil
	}
	idf := func(t string) float64 { return math.Log(1 + float64(len(all))/float64(df[t])) }
	// weight is a term's weight in a sentence that uses it n times: its
	// idf added n times.
	weight := func(t termCount) float64 {
		w, x := 0.0, idf(t.term)
		for range t.n {
			w += x
		}
		return w
	}
	vector := func(ts []termCount) map[string]float64 {
		v := make(map[string]float64, len(ts))
		for _, t := range ts {
			v[t.term] = weight(t)
		}
		return v
	}
	// Each article weighs the same in the centroid, however long it is.
	centroid := map[string]float64{}
	perArticle := map[int]map[string]float64{}
	for _, s := range all {
		if perArticle[s.src] == nil {
			perArticle[s.src] = map[string]float64{}
		}
		for _, t := range s.terms {
			perArticle[s.src][t.term] += weight(t)
		}
	}
	for _, v := range perArticle {
		n := leadNorm(v)
		for t, w := range v {
			centroid[t] += w / n
		}
	}
	actorWords := map[string]bool{}
	for i, a := range actors {
		if i == bottomLineActors {
			break
		}
		for _, w := range leadTerms(a.Name) {
			actorWords[w] = true
		}
	}

	var cands []leadCandidate
	for _, s := range all {
		if s.idx >= leadSentenceCount {
			continue
		}
		a := an.Articles[s.src]
		text := strings.TrimSpace(trimDateline(a.SentenceText(s.idx)))
		if !leadWorthy(text) || isCredit(text) {
			continue
		}
		vec := vector(s.terms)
		score := leadCosine(vec, centroid) / (1 + 0.15*float64(s.idx))
		named := 0
		for _, t := range s.terms {
			if actorWords[t.term] {
				named += t.n
			}
		}
		score *= 1 + 0.1*float64(min(named, 3))
		cands = append(cands, leadCandidate{s.src, s.idx, text, vec, score})
	}
	// Sums over maps come out in a random order, so scores carry float
	// noise: compare them rounded, and break ties by position, so the same
	// articles always give the same bottom line.
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := math.Round(cands[i].score*1e9), math.Round(cands[j].score*1e9)
		if a != b {
			return a > b
		}
		if cands[i].src != cands[j].src {
			return cands[i].src < cands[j].src
		}
		return cands[i].sent < cands[j].sent
	})

	var chosen []leadCandidate
	wordsSoFar := 0
	for _, c := range cands {
		if len(chosen) == maxSentences {
			break
		}
		redundant := false
		for _, p := range chosen {
			if leadCosine(c.vec, p.vec) > 0.45 {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		n := len(strings.Fields(c.text))
		if len(chosen) >= minSentences && wordsSoFar+n > maxWords {
			break
		}
		chosen = append(chosen, c)
		wordsSoFar += n
	}
	// Sentences of one article read in their own order, after the most
	// central article's.
	rank := map[int]int{}
	for i, c := range chosen {
		if _, ok := rank[c.src]; !ok {
			rank[c.src] = i
		}
	}
	sort.SliceStable(chosen, func(i, j int) bool {
		if chosen[i].src != chosen[j].src {
			return rank[chosen[i].src] < rank[chosen[j].src]
		}
		return chosen[i].sent < chosen[j].sent
	})
	lines := make([]Line, len(chosen))
	for i, c := range chosen {
		lines[i] = Line{Text: c.text, Cites: []brief.Cite{{Source: an.Sources[c.src].ID, Sentence: c.sent}}}
	}
	return lines
}

// leadWorthy reports whether a sentence can stand in the bottom line: a
// full statement of reasonable length, not a question, a quote or a byline.
func leadWorthy(s string) bool {
	n := len(strings.Fields(s))
	if n < leadMinSentenceWords || n > leadMaxSentenceWords || strings.HasSuffix(s, "?") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("“\"‘'«„", first) || !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	lower := strings.ToLower(s)
	return !strings.HasPrefix(lower, "by ") && !strings.HasPrefix(lower, "photo") &&
		!strings.HasPrefix(lower, "updated ")
}

func leadNorm(v map[string]float64) float64 {
	s := 0.0
	for _, w := range v {
		s += w * w
	}
	if s == 0 {
		return 1
	}
	return math.Sqrt(s)
}

func leadCosine(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	dot := 0.0
	for t, w := range a {
		dot += w * b[t]
	}
	return dot / (leadNorm(a) * leadNorm(b))
}

// leadTerms are a text's content words, lower-cased, with a plural "s" dropped.
func leadTerms(s string) []string {
	var out []string
	for _, w := range lowerWords(s) {
		if leadStopWords[w] || utf8.RuneCountInString(w) < 3 {
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	return out
}

var leadStopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above across after again against all almost also although always
		am among an and another any are around as at be because been before being below between both
		but by can could did do does doing down during each either else even ever every few for from
		further had has have having he her here hers herself him himself his how however i if in into
		is it its itself just last least less like made make many may me might more most much must my
		myself never new no nor not now of off often on once one only or other our ours ourselves out
		over own per rather said same says say she should since so some such than that the their theirs
		them themselves then there these they this those though through thus to too told under until
		up upon us very was we were what when where whether which while who whom whose why will with
		within without would yet you your yours yourself mr mrs ms dr week year years day days time
		first two three still back says according added told tuesday monday wednesday thursday friday
		saturday sunday people`) {
		m[w] = true
	}
	return m
}()

// ---- The title ----

// titleActors is how many actors a made-up title names.
const titleActors = 2

// briefingTitle makes a title when the user gave none: one article's own
// headline, or the dominant actors and the topic the headlines share
// ("Starmer and Trump: trade deal").
func briefingTitle(an *brief.Analysis, actors []brief.Actor) string {
	if len(an.Sources) == 0 {
		return "Empty briefing"
	}
	if len(an.Sources) == 1 && realHeadline(an.Sources[0]) {
		return strings.Join(strings.Fields(an.Sources[0].Title), " ")
	}
	// The dominant actors: the leading people when two of the first four
	// actors are people (headlines name people), else the leading actors.
	var lead, people []brief.Actor
	nameWords := map[string]bool{}
	for _, a := range actors {
		if a.Kind == brief.KindPerson {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				for _, w := range lowerWords(n) {
					nameWords[w] = true
				}
			}
		}
		if a.Kind == brief.KindOther || a.Kind == brief.KindGroup || len(lead) == 4 || !printable(a.Name) {
			continue
		}
		lead = append(lead, a)
		if a.Kind == brief.KindPerson {
			people = append(people, a)
		}
	}
	if len(people) >= titleActors {
		lead = people
	}
	var names []string
	for _, a := range lead[:min(len(lead), titleActors)] {
		names = append(names, titleName(a))
	}
	proper := capitalisedWords(an)
	var headlines []brief.Source
	for _, s := range an.Sources {
		if realHeadline(s) {
			headlines = append(headlines, s)
		}
	}
	topic := headlineTopic(headlines, nameWords, proper)
	if topic == "" {
		topic = leadTopic(an, nameWords, proper)
	}
	// One common word two headlines share ("sign") says nothing of what
	// several articles are about; a name ("Kessmere") does.
	if len(an.Sources) > 1 && topic != "" && !strings.Contains(topic, " ") && !proper(strings.ToLower(topic)) {
		// Keep it when every article's text uses it too ("strike"), not
		// when only two headlines happen to share it ("sign").
		lt := strings.ToLower(topic)
		for _, a := range an.Articles {
			if a == nil || !slices.Contains(lowerWords(a.Text), lt) {
				topic = ""
				break
			}
		}
	}
	// Several articles with nothing in common: name the leading actor of
	// each, so the title covers them all ("Okafor, Dunmore and Mbuyi").
	if topic == "" && len(an.Sources) > 1 {
		if spread := actorsAcrossSources(actors, 3); len(spread) > 1 {
			names = names[:0]
			for _, a := range spread {
				names = append(names, titleName(a))
			}
		}
	}
	switch {
	case len(names) > 0 && topic != "":
		return joinNames(names) + ": " + topic
	case len(names) > 0:
		return joinNames(names)
	case topic != "":
		return caps.First(topic)
	}
	for _, s := range an.Sources {
		if t := strings.TrimSpace(s.Title); t != "" {
			return strings.Join(strings.Fields(t), " ")
		}
	}
	return "Briefing"
}

// officeWords are the words of titles that stand next to names in a lead
// ("Prime Minister Keir Starmer"), not topics.
var officeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`president prime minister ministers secretary chancellor chief executive
		spokesman spokeswoman spokesperson leader head director chairman chairwoman chair ambassador
		governor mayor general official officials senator congressman congresswoman king queen prince
		foreign deputy vice commissioner envoy premier sheikh emir counsel attorney judge justice`) {
		m[w] = true
	}
	return m
}()

// realHeadline reports whether a source's title is a headline, not one
// made from its file name ("starmer-trump.txt" → "Starmer trump").
func realHeadline(s brief.Source) bool {
	t := foldName(s.Title)
	if t == "" || t == "untitled article" {
		return false
	}
	base := s.Path
	if i := strings.LastIndexAny(base, "/\\"); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	name := strings.Join(strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), " ")
	return t != foldName(name)
}

// leadTopic finds the topic in the articles' opening sentences when there
// are no headlines to compare: the run of up to three content words the
// articles use most ("Ukraine peace deal").
func leadTopic(an *brief.Analysis, skip map[string]bool, proper func(string) bool) string {
	const maxWords = 3
	freq := map[string]int{}
	for _, a := range an.Articles {
		if a == nil {
			continue
		}
		for _, w := range lowerWords(a.Text) {
			freq[w]++
		}
	}
	// With several articles the topic must be one they share: a word of
	// at least two articles' leads.
	leads := map[string]int{}
	n := 0
	for _, a := range an.Articles {
		if a == nil || len(a.Sentences) == 0 {
			continue
		}
		n++
		seen := map[string]bool{}
		for si := 0; si < min(2, len(a.Sentences)); si++ {
			for _, w := range lowerWords(a.SentenceText(si)) {
				if !seen[w] {
					seen[w] = true
					leads[w]++
				}
			}
		}
	}
	ok := func(lw string) bool {
		return freq[lw] >= 2 && (n < 2 || leads[lw] >= 2) && !leadStopWords[lw] && !skip[lw] && !headlineFiller[lw] && !officeWords[lw] &&
			utf8.RuneCountInString(lw) >= 3
	}
	var best []string
	bestScore, bestAt := 0, 0
	for _, a := range an.Articles {
		if a == nil || len(a.Sentences) == 0 {
			continue
		}
		lead := brief.TrimDateline(a.SentenceText(0))
		ws := strings.FieldsFunc(lead, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
		})
		for i := range ws {
			score, n := 0, 0
			for j := i; j < len(ws) && n < maxWords; j++ {
				lw := strings.ToLower(ws[j])
				// "of" inside a name: "Port of Kessmere", "Bank of England".
				if lw == "of" && j > i && j+1 < len(ws) && capitalised(ws[j-1]) && capitalised(ws[j+1]) {
					continue
				}
				if !ok(lw) {
					break
				}
				score += freq[lw]
				n++
				if score > bestScore {
					best, bestScore, bestAt = ws[i:j+1], score, i
				}
			}
		}
	}
	forms := make([]string, len(best))
	for i, w := range best {
		switch lw := strings.ToLower(w); {
		case lw == "of":
			forms[i] = lw
		case bestAt+i > 0 && capitalised(w):
			forms[i] = w // a capital inside the sentence: a name
		case titleAcronym(w):
			forms[i] = w
		case proper(lw):
			forms[i] = caps.First(lw)
		default:
			forms[i] = lw
		}
	}
	return strings.Join(forms, " ")
}

// actorsAcrossSources returns the leading person or organisation of each
// source, most important first, up to n, one per source.
func actorsAcrossSources(actors []brief.Actor, n int) []brief.Actor {
	var out []brief.Actor
	seen := map[string]bool{}
	for _, a := range actors {
		if a.Kind == brief.KindOther || a.Kind == brief.KindGroup || a.Kind == brief.KindCountry || len(a.Cites) == 0 || !printable(a.Name) {
			continue
		}
		src := a.Cites[0].Source
		if seen[src] {
			continue
		}
		seen[src] = true
		out = append(out, a)
		if len(out) == n {
			break
		}
	}
	return out
}

// titleName is how a title names an actor: a person by surname, anything
// else by its full name.
func titleName(a brief.Actor) string {
	if a.Kind == brief.KindPerson {
		if f := strings.Fields(a.Name); len(f) > 1 {
			return f[len(f)-1]
		}
	}
	return a.Name
}

// headlineTopic finds what the headlines have in common: the run of
// adjacent words that the most headlines share ("Kessmere port strike",
// "trade deal"), leaving out the people's names. proper tells which words
// are names that keep their capital.
func headlineTopic(sources []brief.Source, skip map[string]bool, proper func(string) bool) string {
	const maxWords = 4
	leadCandidate := func(lw string) bool {
		return !leadStopWords[lw] && !skip[lw] && !headlineFiller[lw] && utf8.RuneCountInString(lw) >= 3
	}
	split := func(title string) []string {
		return strings.FieldsFunc(title, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
		})
	}
	df := map[string]int{}
	for _, s := range sources {
		seen := map[string]bool{}
		for _, w := range split(s.Title) {
			if lw := strings.ToLower(w); leadCandidate(lw) && !seen[lw] {
				seen[lw] = true
				df[lw]++
			}
		}
	}
	// The best run: the highest total of headline counts, among runs of
	// words that at least two headlines use.
	var best []string
	bestScore := 0
	for _, s := range sources {
		ws := split(s.Title)
		for i := range ws {
			score := 0
			for j := i; j < len(ws) && j-i < maxWords; j++ {
				n := df[strings.ToLower(ws[j])]
				if n < 2 {
					break
				}
				score += n
				if score > bestScore {
					best, bestScore = ws[i:j+1], score
				}
			}
		}
	}
	forms := make([]string, len(best))
	for i, w := range best {
		switch lw := strings.ToLower(w); {
		case titleAcronym(w):
			forms[i] = w
		case proper(lw):
			forms[i] = caps.First(lw)
		default:
			forms[i] = lw
		}
	}
	return strings.Join(forms, " ")
}

// capitalisedWords tells which words are names: written with a capital inside
// sentences of the articles (or, without articles, inside headlines) more
// often than without.
func capitalisedWords(an *brief.Analysis) func(string) bool {
	return newCaseCounts(an).proper
}

// wordCasesOf counts, for each word of text (in lower case), how often it
// is capitalised inside a sentence and how often not: [upper, lower].
func wordCasesOf(text string) map[string][2]int {
	m := map[string][2]int{}
	countCases(text, func(w string, capital bool) {
		c := m[w]
		if capital {
			c[0]++
		} else {
			c[1]++
		}
		m[w] = c
	})
	return m
}

// countCases calls add with each word of text inside a sentence (not the
// first of one), in lower case, and whether it is capitalised.
func countCases(text string, add func(w string, capital bool)) {
	initial := true
	for _, w := range strings.FieldsFunc(text, unicode.IsSpace) {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core != "" && !initial {
			add(strings.ToLower(core), capitalised(core))
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		initial = core == "" || strings.ContainsRune(".!?:—–\"“”", last)
	}
}

// headlineFiller are headline words that name no topic.
var headlineFiller = map[string]bool{
	"meets": true, "meet": true, "met": true, "urges": true, "warns": true,
	"calls": true, "vows": true, "says": true, "slams": true, "hits": true, "backs": true,
	"amid": true, "latest": true, "live": true, "update": true, "updates": true, "news": true,
	"report": true, "reports": true, "analysis": true, "opinion": true,
}

// headlineSentenceCase reports whether a headline capitalises only some of its
// words (names), not all of them.
func headlineSentenceCase(title string) bool {
	upper, total := 0, 0
	for i, w := range strings.Fields(title) {
		if i == 0 || leadStopWords[strings.ToLower(w)] {
			continue
		}
		total++
		if capitalised(w) {
			upper++
		}
	}
	return upper*2 < total
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func titleAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 5 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}
