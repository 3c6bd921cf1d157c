package page

import (
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/briefing-app/briefing/brief"
)

// This file keeps the work of making items' clauses (clauses.go) from one
// briefing to the next. A clause is a function of its item and of what it
// reads of its clause context: the forms of some names (forms), whether
// some words are common words (lowerOpening) and whether another person
// is named before a pronoun subject (otherPersonBefore). Each clause made
// records what it read (clauseDep); the next briefing takes the clause of
// an item it made before when each of those reads gives the same answer in
// the new context, and makes it again otherwise. The clauses are then the
// ones made from scratch, whatever was kept.

// clauseDep is one thing a clause read of its context, with the answer it
// got.
type clauseDep struct {
	kind depKind
	// text is the name (depForms), the word (depCommon) or the words
	// before the subject (depOtherPerson).
	text string
	// forms is the answer of depForms (one), or the actors asked about in
	// depOtherPerson.
	forms []actorForms
	ok    bool // the answer of depCommon and depOtherPerson
}

type depKind uint8

const (
	depForms depKind = iota
	depCommon
	depOtherPerson
)

// holds reports whether the context gives the answer the clause got.
func (d clauseDep) holds(cx *cxShared) bool {
	switch d.kind {
	case depForms:
		return sameForms(cx.formsNow(d.text), d.forms[0])
	case depCommon:
		return cx.common(d.text) == d.ok
	default:
		return cx.otherPersonNow(d.text, d.forms) == d.ok
	}
}

func sameForms(a, b actorForms) bool {
	return a.kind == b.kind && a.role == b.role && slices.EqualFunc(a.forms, b.forms, slices.Equal)
}

// clauseKey is an item's clause in a number of words: the item's kind and
// every field of it a clause reads (its citations and score are not
// read).
type clauseKey struct {
	kind   ItemKind
	words  int
	fields [7]string
}

// clauseEntry is a clause made, with what it read.
type clauseEntry struct {
	out  ItemClause
	own  bool
	deps []clauseDep
}

// commitmentChecks are the checks Build makes of a commitment's clause
// (see Build): whether it is another subject's act in a sentence that
// does not name the actor (others), and whether it shows the
// commitment's head word (shown). Kept with the clauses.
func commitmentChecks(c brief.Commitment, cx *clauseContext) (others, shown bool) {
	out, others := cx.clause(commitmentKey(c, 0), func(cx *clauseContext) (ItemClause, bool) {
		cl, _ := commitmentClause(c, maxItemWords, cx)
		toks, f := tokenize(cleanItemText(c.Text)), cx.forms(c.Actor)
		j, _ := lastForm(toks, f)
		others := cl.others && (j < 0 || cl.sentence || demonymOnly(toks, f))
		return ItemClause{Hedged: shows(cl.Clause, c.Text, commitmentHead(c.What))}, others
	})
	return others, out.Hedged
}

func commitmentKey(c brief.Commitment, words int) clauseKey {
	return clauseKey{ItemCommitment, words, [7]string{c.Actor, c.Text, c.What, c.When, string(c.Strength), c.SaidBy, c.Cameo}}
}

func disputeKey(d brief.Dispute, words int) clauseKey {
	k := clauseKey{ItemDispute, words, [7]string{d.Text, d.Topic, d.Cue, d.Cameo}}
	if len(d.Parties) > 0 {
		// The parties, each after its length: no two lists make one key.
		var sb strings.Builder
		for _, p := range d.Parties {
			sb.WriteString(strconv.Itoa(len(p)))
			sb.WriteByte(':')
			sb.WriteString(p)
		}
		k.fields[4] = sb.String()
	}
	return k
}

// clause returns the clause of the item of key k: the one made before
// with this context, else the one kept from the briefing before when what
// it read is the same here, else mk's, made now and recorded.
func (cx *clauseContext) clause(k clauseKey, mk func(*clauseContext) (ItemClause, bool)) (ItemClause, bool) {
	s := cx.cxShared
	s.mu.Lock()
	e := s.clauses[k]
	kept := s.kept[k]
	s.mu.Unlock()
	if e == nil {
		if kept != nil && kept.holdsIn(s) {
			e = kept
		} else {
			var deps []clauseDep
			out, own := mk(&clauseContext{cxShared: s, rec: &deps})
			e = &clauseEntry{out: out, own: own, deps: deps}
		}
		s.mu.Lock()
		s.clauses[k] = e
		s.mu.Unlock()
	}
	if cx.rec != nil {
		// Made for another clause that is being recorded: what this one
		// read, that one read.
		*cx.rec = append(*cx.rec, e.deps...)
	}
	return e.out, e.own
}

// holdsIn reports whether every read of the clause gives the same answer
// in the context.
func (e *clauseEntry) holdsIn(cx *cxShared) bool {
	for _, d := range e.deps {
		if !d.holds(cx) {
			return false
		}
	}
	return true
}

// made returns the clauses made or taken with this context, for the next
// briefing to keep.
func (cx *clauseContext) made() map[clauseKey]*clauseEntry {
	if cx == nil {
		return nil
	}
	cx.mu.Lock()
	defer cx.mu.Unlock()
	return cx.clauses
}

// caseCounts counts, for each word (in lower case), how often the
// articles capitalise it inside a sentence and how often they do not (or,
// without articles, their headlines in sentence case): [upper, lower].
// It is never changed once made: a briefing's clause context reads it
// while the next briefing counts again.
type caseCounts struct {
	base map[string][2]int
	// delta, when not nil, is added to base: the counts of the articles
	// added since base was counted, less those of the articles taken out.
	delta map[string][2]int
	// of are the facts counted (see wordCasesOf), with how many of the
	// articles have them.
	of map[*articleFacts]int
}

// newCaseCounts counts the words of an analysis's articles.
func newCaseCounts(an *brief.Analysis) *caseCounts {
	c := &caseCounts{base: map[string][2]int{}, of: map[*articleFacts]int{}}
	for _, a := range an.Articles {
		if a != nil {
			f := factsOf(a)
			c.of[f]++
			addCases(c.base, f.cases, 1)
		}
	}
	if len(an.Articles) == 0 {
		// Title Case headlines say nothing about names.
		for _, s := range an.Sources {
			if headlineSentenceCase(s.Title) {
				countCases(s.Title, func(w string, capital bool) {
					x := c.base[w]
					if capital {
						x[0]++
					} else {
						x[1]++
					}
					c.base[w] = x
				})
			}
		}
	}
	return c
}

// addCases adds the counts of cases, times sign, to m.
func addCases(m, cases map[string][2]int, sign int) {
	for w, x := range cases {
		y := m[w]
		y[0] += sign * x[0]
		y[1] += sign * x[1]
		m[w] = y
	}
}

// count returns the counts of a word.
func (c *caseCounts) count(w string) [2]int {
	x := c.base[w]
	if c.delta != nil {
		d := c.delta[w]
		x[0] += d[0]
		x[1] += d[1]
	}
	return x
}

// proper reports whether the articles mostly capitalise a word (in lower
// case) inside a sentence.
func (c *caseCounts) proper(w string) bool {
	x := c.count(w)
	return x[0] > x[1]
}

// common reports whether the articles mostly write a word (in lower case)
// without a capital inside a sentence.
func (c *caseCounts) common(w string) bool {
	x := c.count(w)
	return x[1] > x[0]
}

// recount returns the counts of an analysis's articles: c's, with the
// articles added since counted and those taken out taken off when they
// are few, else counted again from scratch. c is not changed.
func (c *caseCounts) recount(an *brief.Analysis, facts []*articleFacts) *caseCounts {
	if c == nil || len(an.Articles) == 0 || len(c.of) == 0 {
		return newCaseCounts(an)
	}
	of := make(map[*articleFacts]int, len(c.of)+1)
	for i, a := range an.Articles {
		if a != nil {
			of[factsIn(facts, an.Articles, i)]++
		}
	}
	// What changed: the facts whose number of articles changed, by how
	// much.
	type change struct {
		f *articleFacts
		n int
	}
	var changes []change
	words := 0
	for f, n := range of {
		if d := n - c.of[f]; d != 0 {
			changes = append(changes, change{f, d})
			words += len(f.cases)
		}
	}
	for f, n := range c.of {
		if _, ok := of[f]; !ok {
			changes = append(changes, change{f, -n})
			words += len(f.cases)
		}
	}
	if words+len(c.delta) > len(c.base)/4 {
		// Counting the changes would take about as long as counting all.
		return newCaseCounts(an)
	}
	next := &caseCounts{base: c.base, delta: make(map[string][2]int, len(c.delta)+words), of: of}
	for w, x := range c.delta {
		next.delta[w] = x
	}
	for _, ch := range changes {
		addCases(next.delta, ch.f.cases, ch.n)
	}
	return next
}

// textWords keeps the words of texts (lowerWords, each word once, in the
// order they come) and texts folded for dropDuplicates (foldForDups):
// those read for this briefing, and those the briefing before read.
type textWords struct {
	prev, now         map[string][]string
	prevFold, nowFold map[string]string
	// lower are texts in lower case, and counts how many words each
	// has (lowerWords, each word as often as it comes).
	prevLower, nowLower map[string]string
	prevCount, nowCount map[string]int
}

// lower returns strings.ToLower(s). A nil textWords lowers it now.
func (t *textWords) lower(s string) string {
	if t == nil {
		return strings.ToLower(s)
	}
	return keep(t.prevLower, t.nowLower, s, strings.ToLower)
}

// wordCount returns len(lowerWords(s)). A nil textWords counts now.
func (t *textWords) wordCount(s string) int {
	count := func(s string) int { return len(lowerWords(s)) }
	if t == nil {
		return count(s)
	}
	return keep(t.prevCount, t.nowCount, s, count)
}

// keep returns f(s): from now, else from prev, else made; kept in now.
func keep[V any](prev, now map[string]V, s string, f func(string) V) V {
	if v, ok := now[s]; ok {
		return v
	}
	v, ok := prev[s]
	if !ok {
		v = f(s)
	}
	now[s] = v
	return v
}

// folded returns foldForDups(s). A nil textWords folds it now.
func (t *textWords) folded(s string) string {
	if t == nil {
		return foldForDups(s)
	}
	return keep(t.prevFold, t.nowFold, s, foldForDups)
}

// of returns the words of a text. A nil textWords reads them now.
func (t *textWords) of(s string) []string {
	if t == nil {
		return uniqueWords(s)
	}
	return keep(t.prev, t.now, s, uniqueWords)
}

// uniqueWords is lowerWords, each word once.
func uniqueWords(s string) []string {
	ws := lowerWords(s)
	out := make([]string, 0, len(ws))
	var seen map[string]bool
	for _, w := range ws {
		switch {
		case len(ws) > 32:
			if seen == nil {
				seen = make(map[string]bool, len(ws))
			}
			if seen[w] {
				continue
			}
			seen[w] = true
		case slices.Contains(out, w):
			continue
		}
		out = append(out, w)
	}
	return out
}

// layoutMemo keeps the lines text was set in (fontMetrics.wrap, a function
// of the text's runs, the width and the most lines) and the lines of
// items (layouter.itemLines), so that the one-page cut, which lays the
// page out again for each set of items it tries, and the page of the next
// briefing, which holds most of the same items, set each text once. It is
// safe for use by several goroutines.
type layoutMemo struct {
	mu   sync.Mutex
	sets [numSetKinds]map[string][]setLine
	// prev is the memo of the briefing before, read when sets has not the
	// lines.
	prev *layoutMemo
}

// setKind says what lines a memo's key is of.
type setKind uint8

const (
	wrapSets setKind = iota // fontMetrics.wrap's
	itemSets                // an item's
	numSetKinds
)

// newLayoutMemo returns a memo that reads prev's lines (prev may be nil).
// prev then stops reading its own prev: only one briefing's lines are
// kept beside a briefing's.
func newLayoutMemo(prev *layoutMemo) *layoutMemo {
	if prev != nil {
		prev.mu.Lock()
		prev.prev = nil
		prev.mu.Unlock()
	}
	lm := &layoutMemo{prev: prev}
	for k := range lm.sets {
		lm.sets[k] = map[string][]setLine{}
	}
	return lm
}

// lines returns the lines of key, and whether the memo holds them.
func (lm *layoutMemo) lines(kind setKind, key []byte) ([]setLine, bool) {
	lm.mu.Lock()
	lines, ok := lm.sets[kind][string(key)]
	prev := lm.prev
	lm.mu.Unlock()
	if ok || prev == nil {
		return lines, ok
	}
	prev.mu.Lock()
	lines, ok = prev.sets[kind][string(key)]
	prev.mu.Unlock()
	if ok {
		lm.put(kind, key, lines)
	}
	return lines, ok
}

func (lm *layoutMemo) put(kind setKind, key []byte, lines []setLine) {
	lm.mu.Lock()
	lm.sets[kind][string(key)] = lines
	lm.mu.Unlock()
}

// wrap is m.wrap(spans, width, maxLines), taken from the memo when it
// holds it; buf is room for the key. The lines returned are shared: they
// must not be changed.
func (lm *layoutMemo) wrap(m *fontMetrics, buf *[]byte, spans []textRun, width float64, maxLines int) []setLine {
	if lm == nil {
		return m.wrap(spans, width, maxLines)
	}
	key := binary.AppendUvarint((*buf)[:0], uint64(len(spans)))
	for _, sp := range spans {
		key = appendPart(key, sp.text)
		key = append(key, byte(sp.st.font), sp.st.color.r, sp.st.color.g, sp.st.color.b)
		key = binary.LittleEndian.AppendUint64(key, math.Float64bits(sp.st.size))
	}
	key = binary.LittleEndian.AppendUint64(key, math.Float64bits(width))
	key = binary.LittleEndian.AppendUint64(key, uint64(maxLines))
	*buf = key
	if lines, ok := lm.lines(wrapSets, key); ok {
		return lines
	}
	lines := m.wrap(spans, width, maxLines)
	lm.put(wrapSets, key, lines)
	return lines
}
