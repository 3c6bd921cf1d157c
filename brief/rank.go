package brief

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief/internal/caps"
)

// scoreEntities weighs each entity's importance in its article: how often
// and how prominently it is named, whether it speaks, commits or disputes.
func (d *doc) scoreEntities() {
	d.demoteTerms()
	// The role of each mention in its clause, read in text order: read
	// entity by entity, a long article's tokens would be visited out of
	// order, each from memory rather than from the processor's cache.
	roles := make([]uint8, len(d.ments))
	for mi := range d.ments {
		if m := &d.ments[mi]; m.flags&mInQuote == 0 && m.form != formDesc {
			roles[mi] = uint8(d.mentionRole(m))
		}
	}
	// speech is what each person's statements weigh, which the body the
	// person speaks for gets too (spokesBody).
	var speech []float64
	for ei, e := range d.ents {
		s := 0.0
		lead := false
		reports, acts := 0, 0
		for _, mi := range e.ments {
			m := &d.ments[mi]
			w := 1.0
			switch {
			case m.form == formPronoun:
				w = 0.5
			case m.flags&mInQuote != 0:
				w = 0.4
			case m.flags&mAdj != 0:
				w = 0.35
			case m.flags&mLocative != 0:
				w = 0.6
			case m.form == formCapital:
				w = 0.7
			}
			// The lead counts for an actor named there, not for a country
			// named only as an adjective or a place only as where.
			if m.flags&mLead != 0 && m.flags&(mInQuote|mAdj) == 0 &&
				(m.flags&mLocative == 0 || m.kind != KindCountry && m.form != formPlace && m.form != formCapital) {
				lead = true
			}
			s += w
			if m.flags&mInQuote == 0 && m.form != formDesc {
				switch roles[mi] {
				case roleReports:
					reports++
				case roleActs:
					acts++
				}
			}
		}
		if lead {
			s += 1.5
		}
		// Acting roles: the subject of a reporting verb, direct or
		// indirect ("The Finch Institute said on Monday that…"), or of another verb.
		s += 1.5*float64(min(reports, 3)) + 0.75*float64(min(acts, 3))
		e.acts = reports + acts + e.quotes + e.commits + e.disputes
		s += 1.5*float64(e.quotes) + 1.0*float64(e.commits) + 1.0*float64(e.disputes)
		// A body or group that commits or disputes is a party to the
		// story; it gains nothing from a full name or a title, as a person
		// does, so what it does counts for more ("Labour MPs threatened
		// to rebel" above a body the article only names).
		if e.kind != KindPerson && e.kind != KindOther {
			s += 0.5 * float64(min(e.commits+e.disputes, 2))
		}
		if e.kind == KindPerson && reports+e.quotes > 0 {
			if speech == nil {
				speech = make([]float64, len(d.ents))
			}
			speech[ei] = 1.5*float64(min(reports, 3)) + 1.5*float64(e.quotes)
		}
		if e.kind == KindPerson && strings.Contains(e.name, " ") && len(e.ments) >= 2 {
			s += 1.25 // a person named in full is someone the article introduces
			if e.role != "" || d.hasTitle(e) {
				s += 0.5
			}
		}
		if e.kind == KindOther {
			s *= 0.3
		}
		if e.kind == KindPerson && len(e.ments) == 1 && e.quotes+e.commits+e.disputes == 0 && d.datingClause(&d.ments[e.ments[0]]) {
			s = 0 // "since Mayor Alden Pryce took office": background, named once
		}
		if e.common {
			// A group named by a common noun ranks below the named actors
			// it is as prominent as, and is listed only when it matters.
			s *= 0.8
			if !d.commonGroupMatters(e) {
				s = 0
			}
		}
		e.score = s
	}
	// A body that speaks through its spokesperson ("White House press
	// secretary Dana Osei said") is as much an actor as the statements
	// made in its name: they count for it too.
	for ei, w := range speech {
		if w > 0 {
			if b := d.spokesBody(ei); b >= 0 && b != ei {
				d.ents[b].score += w
			}
		}
	}
	// So do the quotes of a spokesperson left unnamed ("“We cannot staff
	// them,” the spokeswoman said" after "a spokeswoman for the Health
	// Ministry said").
	for i := range d.quoteItems {
		q := &d.quoteItems[i]
		if q.ent >= 0 || q.speaker == "" || !spokesNouns[lastWord(strings.ToLower(q.speaker))] {
			continue
		}
		if b := d.unnamedSpokesBody(q.sent); b >= 0 {
			d.ents[b].score += 1.5
		}
	}
}

// datingClause reports a mention, with its title, right after "since" or
// "under", in the clause that dates the story ("since Mayor Alden Pryce
// took office", "began under President Rhea Vantongeren").
func (d *doc) datingClause(m *mention) bool {
	p := int(m.r0) - 1
	if m.flags&mInQuote != 0 || p < 0 || d.toks[p].kind != tWord || d.sentenceOf(p) != int(m.sent) {
		return false
	}
	switch d.tokLower(p) {
	case "since", "under":
		return true
	}
	return false
}

// Roles of a mention in its clause (mentionRole).
const (
	roleNone    = iota
	roleActs    // the subject of a verb: "Varga opened the bridge"
	roleReports // the subject of a reporting verb: "Tanoto told reporters"
)

// mentionRole tells whether a mention is the subject of a reporting verb
// ("X said", "X, head of the agency, told", "said X") or of another verb
// ("X ordered"), looking a few words on, past adverbs, auxiliaries and an
// apposition set off by commas.
func (d *doc) mentionRole(m *mention) int {
	si := int(m.sent)
	lo, hi := d.sentRange(si)
	if d.kinInPhrase(*m, lo) {
		// "Asberg, who lives with her husband, Piet Tolvik, said": the
		// verb is not the relative's.
		return roleNone
	}
	k := int(m.t1)
	subject := m.flags&mSubject != 0
	// "Harbour Games and Corvessa shocked players": the verb after the
	// last name of the subject is each name's.
	chained := false
	if first, end, _, ok := d.conjoinedSubject(m); ok {
		k, subject, chained = end, subject || first.flags&mSubject != 0, true
	}
	// "Philippine officials said", "Seoul officials said", "the U.S.
	// military said": a country's adjective, capital or name acts through
	// its government's people when they are the subject.
	if m.kind == KindCountry && (m.flags&mAdj != 0 || m.form == formCapital || m.form == formName) {
		k = d.govGroupEnd(k, hi)
	}
	// ", head of the agency," / ", 60,": skip one apposition.
	if k < hi && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' {
		j := k + 1
		for j < hi && j < k+14 && !(d.toks[j].kind == tPunct && strings.ContainsRune(",;:", rune(d.text[d.toks[j].s]))) {
			j++
		}
		if j < hi && d.text[d.toks[j].s] == ',' && j+1 < hi && d.toks[j+1].kind == tWord {
			if w := d.tokLower(k + 1); w != "which" && w != "who" && w != "and" && w != "but" {
				k = j + 1
			}
		}
	}
	// "The Finch Institute on Monday said", "the ministry last week warned": a time.
	if k+1 < hi && d.toks[k].kind == tWord && (d.tokLower(k) == "on" || d.tokLower(k) == "last" || d.tokLower(k) == "this" ||
		d.tokLower(k) == "late" || d.tokLower(k) == "early") && (isCalendarWord(d.tokLower(k+1)) || isTimeWord(d.tokLower(k+1))) {
		k += 2
	}
	for n := 0; k < hi && n < 3 && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 &&
		(isAdverb(d.tokLower(k)) || isAuxiliary(d.tokLower(k)) && !isBe(d.tokLower(k))); n++ {
		if d.lex[k]&lexSpeech != 0 {
			break
		}
		k++
	}
	if k < hi && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 {
		w := d.tokLower(k)
		if chained && !d.conjoinedVerbAt(k, m) {
			return roleNone // "Corvessa and Harbour Games shares": a noun, not the verb
		}
		switch {
		case d.lex[k]&lexSpeech != 0 && !weakSpeechVerbs[w]:
			return roleReports
		case subject && (isVerbLike(w) || irregularPast[w] || d.lex[k]&(lexCommit|lexDispute) != 0 ||
			formTags(w)&(formPast|formPresent) != 0):
			return roleActs
		}
	}
	// `," said Tanoto`: the inverted frame.
	if p := int(m.r0) - 1; p > 0 && d.toks[p].kind == tWord && d.lex[p]&lexSpeech != 0 && d.toks[p-1].kind == tQuote {
		return roleReports
	}
	return roleNone
}

// govGroupEnd returns the end of a noun phrase for a government's people
// opening at token k ("officials", "foreign ministry officials"): up to
// two lower-case words, then a head isGroupHead knows, not one person
// ("president"); k when none.
func (d *doc) govGroupEnd(k, hi int) int {
	for j := k; j < hi && j < k+3; j++ {
		if d.toks[j].kind != tWord || d.toks[j].flags&fCap != 0 {
			break
		}
		if w := d.tokLower(j); isGroupHead(w) && w != "president" && w != "leader" {
			return j + 1
		}
	}
	return k
}

// mentionCount counts an entity's references, pronouns included.
func (e *entity) mentionCount() int { return len(e.ments) }

// actorAliases lists the other forms of an entity's name, most used first.
func actorAliases(name string, forms *formCounts) []string {
	list := make([]formCount, 0, forms.len())
	for _, x := range forms.list {
		if x.f != "" {
			list = append(list, x)
		}
	}
	// Most actors have one form: their name, or one other.
	if len(list) <= 1 {
		if len(list) == 0 || sameLower(list[0].f, name) {
			return []string{}
		}
		return []string{list[0].f}
	}
	// Most used first; ties in a fixed order, so the output is stable.
	slices.SortFunc(list, func(a, b formCount) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.f, b.f)
	})
	seen := map[string]bool{strings.ToLower(name): true}
	// Made at the first alias: most actors have none beyond their name
	// (empty, not nil: an actor's aliases are a list, maybe empty).
	var out []string
	for k, x := range list {
		if isTrue(byLower(seen, x.f)) {
			continue
		}
		seen[strings.ToLower(x.f)] = true
		if out == nil {
			out = make([]string, 0, len(list)-k)
		}
		out = append(out, x.f)
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// mergeFacts is what merging reads of an article's doc that is the same
// whatever it is merged with, worked out once (mergeFactsOf) when the
// article is analysed, so that the doc's mentions can be let go (release):
// an app keeps the analysis of every article of its library, and a long
// text's blocks are kept until the last is analysed; what holds no
// pointer the garbage collector does not read through at each collection.
type mergeFacts struct {
	// sentAt and sentOf are, for each entity ei, the sentences of its
	// mentions, each once, in the order of its mentions: the citations of
	// its actor, sentOf[sentAt[ei]:sentAt[ei+1]] (see sents).
	sentAt, sentOf []int32
	// alone tells, for each entity, an organisation named by one word that
	// could be a surname (doc.surnameAlone).
	alone []bool
	// commitTexts and disputeTexts are the texts of the commitments and
	// disputes, tidied (itemText).
	commitTexts, disputeTexts []string
}

// sents returns the sentences of entity ei's mentions (see mergeFacts).
func (f *mergeFacts) sents(ei int) []int32 { return f.sentOf[f.sentAt[ei]:f.sentAt[ei+1]] }

// mergeFactsOf works out the merge facts of a doc.
func mergeFactsOf(d *doc) *mergeFacts {
	m := &mergeFacts{sentAt: make([]int32, len(d.ents)+1), alone: make([]bool, len(d.ents)),
		commitTexts: make([]string, len(d.commits)), disputeTexts: make([]string, len(d.disputes))}
	// seen[s] is ei+1 once entity ei's sentence s is listed.
	n := int32(0)
	for mi := range d.ments {
		n = max(n, d.ments[mi].sent+1)
	}
	seen := make([]int32, n)
	most := 0 // a sentence a mention at most: room for them made at once
	for _, e := range d.ents {
		most += len(e.ments)
	}
	m.sentOf = make([]int32, 0, most)
	for ei, e := range d.ents {
		for _, mi := range e.ments {
			s := d.ments[mi].sent
			if s >= 0 && seen[s] != int32(ei)+1 {
				seen[s] = int32(ei) + 1
				m.sentOf = append(m.sentOf, s)
			}
		}
		m.sentAt[ei+1] = int32(len(m.sentOf))
		m.alone[ei] = d.surnameAlone(e)
	}
	for i, c := range d.commits {
		m.commitTexts[i] = itemText(c.text)
	}
	for i, x := range d.disputes {
		m.disputeTexts[i] = itemText(x.text)
	}
	return m
}

// mergeAgg is an actor as the articles merged so far make it.
type mergeAgg struct {
	a     Actor
	forms formCounts
	last  string
	term  bool // every entity merged into it is a term (markTerms)
	own   bool // every entity merged into it is the article's own outlet or author (markOwn)
	// lastDoc is the last article that named the actor (the docs are
	// merged in order: the actor is named in the doc being merged when it
	// is that doc); alone is set for a lone surname filed as an
	// organisation, and agreed for a name cut to the given names the
	// outlets agree on (crossdoc.go).
	lastDoc       int
	alone, agreed bool
	// idx is the actor's place in actors.
	idx int
	// gen is the merge that made it, the only one that may change it (see
	// merger.mine).
	gen uint64
}

// mergeState is where merging a list of docs got to once each was merged
// (the actors, before the items are listed): merging those docs and more
// after them goes on from it (mergeDocsFrom), and comes to what merging
// them all from the start comes to. It is never changed once made.
type mergeState struct {
	docs    []*doc
	srcs    []string
	actors  []*mergeAgg
	byName  *nameIndex
	x       *entIndex
	entName [][]string // per doc: entity → merged actor name
	folded  bool       // x holds the case-folded keys (see merger.folded)
}

// extends reports whether docs, of source IDs srcs, are the state's with
// more after them.
func (st *mergeState) extends(docs []*doc, srcs []string) bool {
	return st != nil && len(st.docs) <= len(docs) && slices.Equal(st.docs, docs[:len(st.docs)]) &&
		slices.Equal(st.srcs, srcs[:len(st.srcs)])
}

// nameIndex maps the keys of the actors' first entities (entity.keyNow)
// to the actors' places; like entIndex, one may be made over another
// (over) without changing it.
type nameIndex struct {
	m     map[string]int32
	base  *nameIndex
	depth int
}

func (n *nameIndex) get(key string) (int32, bool) {
	for ; n != nil; n = n.base {
		if i, ok := n.m[key]; ok {
			return i, true
		}
	}
	return 0, false
}

// over returns an index of n's keys and those put into it; n is not
// changed.
func (n *nameIndex) over() *nameIndex {
	if n.depth >= 4 {
		flat := &nameIndex{m: map[string]int32{}}
		var levels []*nameIndex
		for y := n; y != nil; y = y.base {
			levels = append(levels, y)
		}
		for _, y := range slices.Backward(levels) {
			maps.Copy(flat.m, y.m)
		}
		n = flat
	}
	return &nameIndex{m: map[string]int32{}, base: n, depth: n.depth + 1}
}

// mergeGens numbers the merges (mergeAgg.gen).
var mergeGens atomic.Uint64

// merger merges docs into actors, one doc after another.
type merger struct {
	gen     uint64
	actors  []*mergeAgg
	byName  *nameIndex
	x       *entIndex
	entName [][]string
	cands   []int32
	// folded is set once x holds the actors' case-folded keys, which
	// only the comparisons between articles read: the first article's
	// actors are indexed under them only when a second one comes (fold),
	// so that a merge of one article does without them.
	folded bool
}

// mine returns the actor g for this merge to change: g when this merge
// made it, else a copy of it, which takes its place.
func (m *merger) mine(g *mergeAgg) *mergeAgg {
	if g.gen == m.gen {
		return g
	}
	c := *g
	c.gen = m.gen
	c.forms = g.forms.clone()
	c.a.Cites = slices.Clone(g.a.Cites)
	m.actors[g.idx] = &c
	return &c
}

// index indexes an actor by surname and by name (see entIndex), so that
// an entity is compared with the actors that may be it, not with all;
// candidates come in the order of actors, and each is tested as before.
//
// An actor without a surname is not indexed by surname: every comparison
// that finds actors by surname asks for one. Until x is folded (see fold)
// the case-folded keys are left out.
func (m *merger) index(g *mergeAgg) {
	if g.last != "" {
		m.x.putSurname(g.last, int32(g.idx))
	}
	if m.folded {
		m.indexFolded(g)
	}
}

// indexFolded indexes an actor under its name and surname case-folded.
func (m *merger) indexFolded(g *mergeAgg) {
	m.x.put(foldHash(ixCaseFold, g.a.Name), int32(g.idx))
	m.x.put(foldHash(ixCaseFoldSurname, g.last), int32(g.idx))
}

// fold indexes the actors made so far under their case-folded keys, once:
// under their names of now, which are all the comparisons read (a key an
// actor no longer has would only give a candidate that fails).
func (m *merger) fold() {
	if m.folded {
		return
	}
	m.folded = true
	for _, g := range m.actors {
		m.indexFolded(g)
	}
}

// mergeDocsFrom merges the per-article results into the analysis: the
// same actor across articles becomes one, the same quote from two outlets
// one item with both cites; everything is ordered by importance. facts are
// the docs' merge facts (mergeFactsOf, worked out before release), srcs
// the docs' source IDs. It reads the docs and changes none of them.
//
// When docs and srcs are those of prev (which may be nil) with more after
// them, it goes on from where the merge of prev's docs got to: the docs
// are merged one after another, so merging the first ones again would
// come to prev. It returns where it got to, for a merge of these docs and
// more.
func mergeDocsFrom(an *Analysis, prev *mergeState, docs []*doc, facts []*mergeFacts, srcs []string) *mergeState {
	m, from := newMerger(prev, docs, srcs)
	for di := from; di < len(docs); di++ {
		m.add(di, docs[di], facts[di], srcs[di])
	}
	return m.finish(an, docs, facts, srcs)
}

// newMerger starts the merge of docs of source IDs srcs (see
// mergeDocsFrom): from where prev got to when they extend prev's, and it
// returns the first doc left to add, else from nothing.
func newMerger(prev *mergeState, docs []*doc, srcs []string) (m *merger, from int) {
	m = &merger{gen: mergeGens.Add(1), entName: make([][]string, len(docs))}
	if prev.extends(docs, srcs) {
		m.actors = slices.Clone(prev.actors)
		m.byName, m.x = prev.byName.over(), prev.x.over()
		m.folded = prev.folded
		copy(m.entName, prev.entName)
		return m, len(prev.docs)
	}
	m.byName, m.x = &nameIndex{m: map[string]int32{}}, takeMergeIndex()
	return m, 0
}

// surnameKeys returns about how many keys merging d puts in the merge's
// index (merger.index): those of each surname (entIndex.putSurname),
// counted once an entity. mergeDoc makes room for them at once: growing
// the index a doubling at a time made and filled each of its larger tables
// in turn.
func surnameKeys(d *doc) int {
	n := 0
	for _, e := range d.ents {
		switch {
		case len(e.last) >= 6:
			n += len(e.last) + 5
		case e.last != "":
			n += 2
		}
	}
	return n
}

// add merges doc di (of merge facts f and source ID src) into the actors:
// the docs are added in their order, each once.
func (m *merger) add(di int, d *doc, f *mergeFacts, src string) {
	if testMergeAdd != nil {
		testMergeAdd(di)
	}
	if di > 0 {
		m.fold() // the comparisons between articles start
	}
	m.mergeDoc(di, d, f, src)
}

// testMergeAdd, when set, is called as each doc is added to a merge:
// tests make it fail.
var testMergeAdd func(di int)

// finish ends the merge of docs, every one of them added: the actors'
// aliases and citations, and the items listed into an. It returns where
// the merge got to.
func (m *merger) finish(an *Analysis, docs []*doc, facts []*mergeFacts, srcs []string) *mergeState {
	// The actors this merge made or changed are done: their aliases, and
	// their citations in order (the order they were added in matters no
	// more: the merge of more docs takes the first 50 all the same).
	for _, g := range m.actors {
		if g.gen == m.gen {
			g.a.Aliases = actorAliases(g.a.Name, &g.forms)
			slices.SortFunc(g.a.Cites, citeCompare)
		}
	}
	m.listItems(an, docs, facts, srcs)
	return &mergeState{docs: slices.Clone(docs), srcs: slices.Clone(srcs), actors: m.actors,
		byName: m.byName, x: m.x, entName: m.entName, folded: m.folded}
}

// mergeDoc merges the entities of doc di (of merge facts f and source ID
// src) into the actors.
func (m *merger) mergeDoc(di int, d *doc, f *mergeFacts, src string) {
	x := m.x
	x.m.reserve(surnameKeys(d))
	if len(m.byName.m) == 0 {
		// The first doc: room for its entities at once (the merge was
		// started before there was a doc to size the map by), or the
		// map of an earlier merge when one was given back.
		m.byName.m = takeMergeMap(&mergeKept.byName, len(d.ents))
	}
	m.entName[di] = make([]string, len(d.ents))
	for ei, e := range d.ents {
		key := e.keyNow()
		var g *mergeAgg
		if i, ok := m.byName.get(key); ok {
			g = m.actors[i]
		}
		if g == nil && e.kind == KindPerson && e.last != "" {
			// "Starmer" in one article, "Keir Starmer" in another.
			m.cands = inOrder(x.surnames(e.last, m.cands[:0]))
			for _, ai := range m.cands {
				o := m.actors[ai]
				if o.a.Kind == KindPerson && o.last != "" && sameSurname(o.last, e.last) &&
					(!strings.Contains(o.a.Name, " ") || !strings.Contains(e.name, " ") ||
						nameKey(firstField(o.a.Name)) == nameKey(firstField(e.name))) {
					g = o
					break
				}
			}
		}
		var name0, last0 string // g's name and surname before this entity
		if g != nil {
			name0, last0 = g.a.Name, g.last
		}
		if g == nil && di > 0 {
			// Between articles only: one person whose given names the
			// outlets disagree on, or named by surname alone. (In the
			// first article every actor is of this article: none to
			// compare with.)
			m.cands = m.cands[:0]
			if e.kind == KindPerson && e.last != "" {
				m.cands = append(m.cands, x.key(ixSurname, e.last)...)
				m.cands = append(m.cands, x.get(foldHash(ixCaseFold, e.last))...)
			}
			if f.alone[ei] {
				m.cands = append(m.cands, x.get(foldHash(ixCaseFoldSurname, e.name))...)
			}
			for _, ai := range inOrder(m.cands) {
				o := m.actors[ai]
				if o.lastDoc == di {
					continue
				}
				name0, last0 = o.a.Name, o.last
				switch {
				case e.kind == KindPerson && o.a.Kind == KindPerson && e.last != "" && o.last == e.last:
					if shared := sharedGivenNames(o.a.Name, e.name); len(shared) > 0 {
						g = m.mine(o)
						if n := sharedName(o.a.Name, shared); n != o.a.Name {
							g.forms.add(g.a.Name, 1)
							g.a.Name, g.agreed = n, true
						}
					}
				case e.kind == KindPerson && e.last != "" && o.alone && strings.EqualFold(o.a.Name, e.last),
					o.a.Kind == KindPerson && o.last != "" && f.alone[ei] && strings.EqualFold(e.name, o.last):
					g = m.mine(o)
					if g.alone {
						g.last = e.last
					}
					g.a.Kind, g.alone = KindPerson, false
				}
				if g != nil {
					break
				}
			}
		}
		indexed := g != nil
		if g == nil {
			g = &mergeAgg{a: Actor{Name: e.name, Kind: e.kind, Role: e.role}, last: e.last,
				lastDoc: -1, alone: f.alone[ei], term: true, own: true, idx: len(m.actors), gen: m.gen}
			m.actors = append(m.actors, g)
			m.byName.m[key] = int32(g.idx)
		}
		g = m.mine(g)
		g.lastDoc = di
		g.term = g.term && e.term && e.quotes+e.commits+e.disputes == 0
		g.own = g.own && e.own
		if !g.agreed && strings.Count(e.name, " ") > strings.Count(g.a.Name, " ") && e.kind == KindPerson {
			g.forms.add(g.a.Name, 1)
			g.a.Name = e.name
		}
		if !indexed || g.a.Name != name0 || g.last != last0 {
			m.index(g) // a new actor, or one whose name or surname changed
		}
		if g.a.Role == "" {
			g.a.Role = e.role
		}
		g.forms.addAll(&e.forms)
		g.forms.add(e.name, 1)
		g.a.Mentions += e.mentionCount()
		g.a.Acts += e.acts
		g.a.Score += e.score
		if g.a.Cites == nil && len(f.sents(ei)) > 0 {
			g.a.Cites = make([]Cite, 0, min(50, len(f.sents(ei)))) // at once, not by growing
		}
		for _, sent := range f.sents(ei) {
			if len(g.a.Cites) >= 50 {
				break
			}
			g.a.Cites = append(g.a.Cites, Cite{Source: src, Sentence: d.sent0 + int(sent)})
		}
		m.entName[di][ei] = g.a.Name
	}
}

// mergeKept holds listItems' maps from one merge to the next, empty
// (takeMergeMap, giveMergeMap): a library of articles merges each as it is
// analysed, and these maps were a tenth of what a merge allocated.
var mergeKept struct {
	sync.Mutex
	final map[string]string  // nameKey of a form → the actor's name
	score map[string]float64 // actor name → score
	// x and byName are a merge's index and map of actors by name
	// (merger.x, merger.byName.m), given back by a merge whose state no
	// one keeps (mergeState.giveBack).
	x      *entIndex
	byName map[string]int32
}

// takeMergeIndex returns the empty index of mergeKept, or a new one when it
// has none (another merge has it).
func takeMergeIndex() *entIndex {
	mergeKept.Lock()
	defer mergeKept.Unlock()
	if x := mergeKept.x; x != nil {
		mergeKept.x = nil
		return x
	}
	return newEntIndex()
}

// giveBack gives the index and the map of actors by name of st to
// mergeKept, emptied, for the next merge: only for a state no one keeps
// (AnalyzeContext's, which merges all its articles at once), which is
// never to be read again.
func (st *mergeState) giveBack() {
	mergeKept.Lock()
	defer mergeKept.Unlock()
	if st.byName.base == nil {
		giveMap(&mergeKept.byName, st.byName.m)
	}
	if st.x.emptied() {
		mergeKept.x = st.x
	}
	st.x, st.byName = nil, nil
}

// takeMergeMap returns the map of mergeKept in *kept, or a new one with
// room for about n keys when it has none (another merge has it).
func takeMergeMap[V any](kept *map[string]V, n int) map[string]V {
	mergeKept.Lock()
	defer mergeKept.Unlock()
	return takeMap(kept, n)
}

// giveMergeMap gives m back to mergeKept (see giveMap).
func giveMergeMap[V any](kept *map[string]V, m map[string]V) {
	mergeKept.Lock()
	defer mergeKept.Unlock()
	giveMap(kept, m)
}

// listItems lists the merged actors and items in the analysis.
func (m *merger) listItems(an *Analysis, docs []*doc, facts []*mergeFacts, srcs []string) {
	entName := m.entName
	// Names may have grown (a full name found in a later article): map again.
	forms := len(m.actors)
	for _, g := range m.actors {
		forms += len(g.forms.list)
	}
	final := takeMergeMap(&mergeKept.final, forms)
	defer giveMergeMap(&mergeKept.final, final)
	for _, g := range m.actors {
		for _, x := range g.forms.list {
			if x.f != g.a.Name { // the name itself is keyed right after
				final[nameKey(x.f)] = g.a.Name
			}
		}
		final[nameKey(g.a.Name)] = g.a.Name
	}
	canon := func(di, ei int) string {
		if ei < 0 {
			return ""
		}
		n := ""
		if ei < len(entName[di]) {
			n = entName[di][ei]
		}
		if f, ok := byNameKey(final, n); ok {
			return f
		}
		return n
	}
	actors := slices.Clone(m.actors)
	slices.SortStableFunc(actors, func(x, y *mergeAgg) int {
		ox, oy := x.a.Kind == KindOther, y.a.Kind == KindOther
		switch {
		case ox == oy:
			return byScore(x.a.Score, y.a.Score)
		case oy:
			return -1
		}
		return 1
	})
	listed := func(g *mergeAgg) bool {
		return keepActor(g.a) && !g.term && !g.own // else not worth listing, or a term ("the benchmark Telibor")
	}
	n := 0
	for _, g := range actors {
		if listed(g) {
			n++
		}
	}
	an.Actors = make([]Actor, 0, n) // of the actors listed only: most are not
	for _, g := range actors {
		if listed(g) {
			an.Actors = append(an.Actors, g.a)
		}
	}
	// The lists are made at their full length at once (and stay nil when
	// empty).
	var quotes, commits, disputes int
	for _, d := range docs {
		quotes += len(d.quoteItems)
		commits += len(d.commits)
		disputes += len(d.disputes)
	}
	an.Quotes = slices.Grow(an.Quotes, quotes)
	an.Commitments = slices.Grow(an.Commitments, commits)
	an.Disputes = slices.Grow(an.Disputes, disputes)
	// Quotes: the same words from two outlets are one quote.
	byText := make(map[string]int, quotes)
	for di, d := range docs {
		for _, q := range d.quoteItems {
			k := q.key
			sp := q.speaker
			if q.ent >= 0 {
				sp = canon(di, q.ent)
			}
			c := Cite{Source: srcs[di], Sentence: d.sent0 + q.sent}
			if i, ok := byText[k]; ok {
				an.Quotes[i].Cites = append(an.Quotes[i].Cites, c)
				if an.Quotes[i].Speaker == "" {
					an.Quotes[i].Speaker = sp
				}
				continue
			}
			byText[k] = len(an.Quotes)
			an.Quotes = append(an.Quotes, Quote{Text: q.text, Speaker: sp, Cites: []Cite{c}, Score: quoteScore(q)})
		}
	}
	for di, d := range docs {
		for ci, c := range d.commits {
			an.Commitments = append(an.Commitments, Commitment{Actor: canonOr(canon(di, c.ent), c.actor), Text: facts[di].commitTexts[ci],
				What: c.what, When: c.when, Strength: c.strength, SaidBy: c.saidBy, Cameo: c.cameo,
				Cites: []Cite{{Source: srcs[di], Sentence: d.sent0 + c.sent}}, Score: c.score})
		}
		for xi, x := range d.disputes {
			var parties []string
			for k, p := range x.parties {
				n := x.names[k]
				if p >= 0 {
					n = canon(di, p)
				}
				if n != "" && !containsStr(parties, n) {
					parties = append(parties, n)
				}
			}
			an.Disputes = append(an.Disputes, Dispute{Parties: parties, Text: facts[di].disputeTexts[xi], Topic: x.topic, Cue: x.cue, Cameo: x.cameo,
				Cites: []Cite{{Source: srcs[di], Sentence: d.sent0 + x.sent}}, Score: x.score})
		}
	}
	// Speakers and parties that are important raise their items.
	score := takeMergeMap(&mergeKept.score, len(an.Actors))
	defer giveMergeMap(&mergeKept.score, score)
	for _, a := range an.Actors {
		score[a.Name] = a.Score
	}
	for i := range an.Quotes {
		an.Quotes[i].Score += 0.1 * min(score[an.Quotes[i].Speaker], 20)
	}
	sortByScore(an.Quotes, func(q *Quote) float64 { return q.Score })
	sortByScore(an.Commitments, func(c *Commitment) float64 { return c.Score })
	sortByScore(an.Disputes, func(d *Dispute) float64 { return d.Score })
}

// keepActor drops what is not worth listing: places named once, things
// mentioned once only in passing.
func keepActor(a Actor) bool {
	if a.Kind == KindOther {
		return a.Mentions >= 2
	}
	return a.Score >= 1
}

func canonOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// byScore orders items by descending score (a stable sort keeps the
// order of equal ones).
func byScore(a, b float64) int {
	switch {
	case a > b:
		return -1
	case b > a:
		return 1
	}
	return 0
}

// sortByScore orders items by score, highest first, equal scores in the
// order they came, as slices.SortStableFunc with byScore does. It sorts
// the scores with their places and then moves each item once: the stable
// sort's insertion and symmetric merges moved every item (a quote is 80
// bytes, a commitment more) O(log² n) times, 7% of the whole process on
// a 1 MB article.
func sortByScore[T any](items []T, score func(*T) float64) {
	if len(items) < 2 {
		return
	}
	type place struct {
		score float64
		at    int
	}
	order := make([]place, len(items))
	for i := range items {
		order[i] = place{score(&items[i]), i}
	}
	slices.SortFunc(order, func(a, b place) int {
		if c := byScore(a.score, b.score); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	// Item i is to be the one at order[i].at: each cycle of the
	// permutation is walked once, in place, with no copy of the list; a
	// place done is marked -1.
	for i := range order {
		if order[i].at < 0 {
			continue
		}
		first := items[i]
		j := i
		for {
			k := order[j].at
			order[j].at = -1
			if k == i {
				items[j] = first
				break
			}
			items[j] = items[k]
			j = k
		}
	}
}

// citeCompare is citeLess as a comparison.
func citeCompare(a, b Cite) int {
	switch {
	case citeLess(a, b):
		return -1
	case citeLess(b, a):
		return 1
	}
	return 0
}

func citeLess(a, b Cite) bool {
	if a.Source != b.Source {
		if len(a.Source) != len(b.Source) {
			return len(a.Source) < len(b.Source)
		}
		return a.Source < b.Source
	}
	return a.Sentence < b.Sentence
}

// normKey folds a text for comparing quotes across outlets: its letters and
// digits in lower case (strings.ToLower), without spaces, punctuation,
// quotation marks or ellipses.
func normKey(s string) string {
	// Folded in a buffer on the stack when s fits (most quotes), so that
	// the key is the one thing made.
	var buf [256]byte
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// The rest rune by rune, as strings.ToLower lowers it (an
			// invalid byte becomes U+FFFD).
			for _, r := range s[i:] {
				r = unicode.ToLower(r)
				if r > 127 && !isQuoteRune(r) && r != '\u2026' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
					b = utf8.AppendRune(b, r)
				}
			}
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

// quoteScore prefers substantive quotes: whole sentences of some length,
// with a known speaker.
func quoteScore(q docQuote) float64 {
	s := float64(min(q.words, 40)) / 10
	if !q.partial {
		s += 1
	}
	if q.speaker != "" {
		s += 1
	}
	return s
}

// hasTitle reports whether the entity is ever named with a title ("Mr Putin").
func (d *doc) hasTitle(e *entity) bool {
	for _, mi := range e.ments {
		if d.ments[mi].title() != "" {
			return true
		}
	}
	return false
}

// itemText tidies the text of a commitment or dispute: no dateline, no
// dangling conjunction at either end, a capital first letter.
func itemText(s string) string {
	return caps.First(trimClause(dropDateline(s)))
}

// dropDateline removes the wire dateline ("LONDON — ") that opens an
// article's first sentence from the text of a commitment or dispute.
func dropDateline(s string) string {
	s = strings.TrimSpace(s)
	if t := strings.TrimSpace(TrimDateline(s)); t != "" && t != s {
		return caps.First(t)
	}
	return s
}

// leadDateline matches a wire-style dateline opening a lead: "LONDON — ",
// "WASHINGTON (Reuters) - ".
var leadDateline = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{M} .,'’/-]{1,40}(\s*\([^)]{1,30}\))?\s*[—–-]\s+`)
})

// TrimDateline returns s without the wire dateline that may open it
// ("LONDON — ", "WASHINGTON (Reuters) - "); s is returned unchanged when it
// has none. The engine strips it from the items it extracts; the page strips
// it from the lead sentences it quotes.
func TrimDateline(s string) string {
	if !leadDateline().MatchString(s) {
		return s // most texts: ReplaceAllString would copy them whole
	}
	return leadDateline().ReplaceAllString(s, "")
}

// demoteTerms turns capitalised terms read as organisations into things
// when nothing shows they act: a common acronym ("CPU", "TV", "ID"), a lone
// title named once ("Sheriff"), a capitalised phrase (or one ordinary
// word) named once, never before a verb and never speaking, promising or
// disputing ("Creative Inventory Action"), and a name nothing is known of —
// not the gazetteer, not an organisation's head word, only its capitals —
// that never acts anywhere in the article ("the benchmark Telibor", "the
// Harwood 200 index", "the Harriers are modern"). Names the gazetteer knows and
// organisation names ("… Council") stay.
func (d *doc) demoteTerms() {
	for _, e := range d.ents {
		if e.kind != KindOrganization || len(e.ments) == 0 || e.quotes+e.commits+e.disputes > 0 {
			continue
		}
		if n := strings.ToLower(e.name); techAcronyms[n] || titleHeads[n] && len(e.ments) == 1 {
			// "CPU", "TV"; a lone title read as a name ("Sheriff").
			e.kind = KindOther
			continue
		}
		if e.term {
			e.kind = KindOther
			continue
		}
	}
}

// markTerms flags the organisations nothing is known of — not the
// gazetteer, not an organisation's head word, only their capitals — that
// never act anywhere in the article ("the benchmark Telibor", "the Harwood 200
// index", "the Harriers are modern"): terms, not actors. An acronym stays
// an organisation when it stands as a noun of its own ("a donation to the
// USO"), and is a term when it only qualifies nouns ("BTEC results").
func (d *doc) markTerms() {
	defer d.markArtefacts()
	// What each organisation's mentions tell, read in one walk over the
	// mentions in the article's order (see markArtefacts), each
	// organisation's as far as its first that acts.
	type seen struct {
		named                     int
		known, acts, shape, heads bool
	}
	st := make([]seen, len(d.ents))
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || m.form == formPronoun || m.form == formDesc {
			continue
		}
		s := &st[m.ent]
		if s.acts || d.ents[m.ent].kind != KindOrganization {
			continue
		}
		if m.flags&mShape != 0 {
			s.shape = true
			if !d.modifierUse(m) {
				s.heads = true
			}
		} else if m.form != formUnknown {
			s.known = true
		}
		s.named++
		s.acts = d.mentionActs(m)
	}
	for ei, e := range d.ents {
		if e.kind != KindOrganization || len(e.ments) == 0 {
			continue
		}
		s := st[ei]
		first := firstField(e.name)
		e.term = !s.known && !s.acts && s.named > 0 && first != "" && (s.shape && !s.heads || !s.shape && !d.g.isGivenName(first))
		if !e.term && s.shape && !s.known && d.acronymThing(e) {
			// A thing even where a verb follows it: no commitment or
			// dispute is its.
			e.term, e.kind = true, KindOther
			// The words it stands for name the same thing: "Named Binary
			// Tag (NBT)".
			for _, mi := range e.ments {
				if m := &d.ments[mi]; mi > 0 && d.acronymExpansion(m) < 0 {
					if p := &d.ments[mi-1]; int(p.t1) == int(m.t0)-1 && p.ent >= 0 && p.form != formPronoun {
						d.ents[p.ent].term, d.ents[p.ent].kind = true, KindOther
					}
				}
			}
		}
	}
}

// acronymThing reports an acronym nothing is known of that names a thing,
// not a body: a format, a technique, a machine ("the PCR machine", "written
// in PHP", "an IDE", "HDR support", "a file format known as Named Binary
// Tag (NBT)"). An acronym is a body's only with evidence of it: it speaks,
// owns, employs or is a source ("the NWRA said", "NWRA officials", "a
// spokesman for the NWRA", "according to the NWRA"), or it stands as a
// noun after "the" or acts, and is never used as a thing. A verb alone
// is no evidence once the acronym qualifies a thing ("The PCR promises
// faster results" after "the PCR machine").
func (d *doc) acronymThing(e *entity) bool {
	strong, definite, acts, thing := false, false, false, false
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if m.form == formPronoun || m.form == formDesc {
			continue
		}
		if m.flags&mPoss != 0 || d.acronymSpeaksOrEmploys(m) {
			strong = true
			break
		}
		if d.acronymThingUse(m) {
			thing = true
			continue
		}
		if d.acronymExpansion(m) > 0 {
			strong = true // "The Union des métiers… (UMIH)": a body's name written out
			break
		}
		if d.mentionActs(m) {
			acts = true
		}
		if p := int(m.r0) - 1; p >= 0 && d.toks[p].kind == tWord && d.tokLower(p) == "the" && !d.modifierUse(m) {
			definite = true
		}
	}
	if strong {
		return false
	}
	return thing || !acts && !definite
}

// acronymSpeaksOrEmploys reports a mention of an acronym that speaks or
// employs: "the NWRA said", "NWRA officials", "a spokesman for the NWRA",
// "according to the NWRA", "the NWRA, which said".
func (d *doc) acronymSpeaksOrEmploys(m *mention) bool {
	k := int(m.t1)
	for k < len(d.toks) && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) && d.toks[k].flags&fCap == 0 {
		k++
	}
	if k < len(d.toks) && d.toks[k].kind == tWord && d.sentenceOf(k) == int(m.sent) && d.toks[k].flags&fCap == 0 {
		w := d.tokLower(k)
		// A verb of saying, not one that also promises or disputes: "the
		// PCR promises faster results" is no one speaking.
		if d.lex[k]&lexSpeech != 0 && d.lex[k]&(lexCommit|lexDispute) == 0 && !weakSpeechVerbs[w] || titleHeads[w] ||
			isPersonNoun(w) || staffHeads[w] {
			return true
		}
		if _, ok := agentOf(d.lemmaAt(k)); ok {
			return true
		}
	}
	p := d.beforeDeterminers(m)
	if p < 1 || d.toks[p].kind != tWord || d.sentenceOf(p) != int(m.sent) {
		return false
	}
	switch d.tokLower(p) {
	case "to":
		return d.tokLower(p-1) == "according"
	case "at", "for", "of", "from":
		for q := p - 1; q >= 0 && q >= p-3 && d.toks[q].kind == tWord; q-- {
			if w := d.tokLower(q); titleHeads[w] || isPersonNoun(w) && !reportNouns[w] {
				return true
			}
		}
	}
	return false
}

// acronymThingUse reports a mention of an acronym used as a thing: after
// "a" or "an" ("an IDE"), or qualifying a noun that is no person, staff,
// document or body ("the PCR machine", "GIS maps", "HDR support"), or
// written out as ordinary words ("personally identifiable information
// (PII)", "Named Binary Tag (NBT)").
func (d *doc) acronymThingUse(m *mention) bool {
	if d.indefiniteBefore(int(m.r0)) {
		return true
	}
	if d.modifierUse(m) {
		k := int(m.t1)
		if d.toks[k].kind == tNum {
			return true // "HDR 10"
		}
		w := d.tokLower(k)
		if titleHeads[w] || isPersonNoun(w) || staffHeads[w] || orgHeads[w] || reportNouns[w] || commNouns[w] || groupNouns[w] != "" {
			return false
		}
		if _, ok := agentOf(d.lemmaAt(k)); ok {
			return false
		}
		return true
	}
	// "… Named Binary Tag (NBT)": the words before the bracket.
	if d.acronymExpansion(m) < 0 {
		return true
	}
	return false
}

// actsAt reports the verb (or the title of a person) at token k, after
// adverbs, that shows mention m's actor acting: "Zeiss said", "Ford
// will…", "are lining up", "Tarvik CEO".
func (d *doc) actsAt(k int, m *mention) bool {
	for k < len(d.toks) && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) && d.toks[k].flags&fCap == 0 {
		k++
	}
	if k >= len(d.toks) || d.toks[k].kind != tWord || d.sentenceOf(k) != int(m.sent) {
		return false
	}
	w := d.tokLower(k)
	switch {
	case isBe(w):
		// "are lining up": the progressive acts; "were introduced",
		// "is modern" do not.
		return k+1 < len(d.toks) && d.toks[k+1].kind == tWord && strings.HasSuffix(d.tokLower(k+1), "ing") &&
			d.toks[k+1].flags&fCap == 0 && len(d.tokLower(k+1)) > 5
	case isAuxiliary(w) || isVerbLike(w) || irregularPast[w] || d.lex[k]&(lexSpeech|lexCommit|lexDispute|lexThink) != 0:
		return true // "Zeiss said", "Ford will…"
	case formTags(w)&(formPast|formPresent) != 0 && d.toks[k].flags&fCap == 0:
		return true
	case (titleHeads[w] || isPersonNoun(w)) && !d.indefiniteBefore(int(m.r0)):
		return true // "Tarvik CEO Ana Borg", "Zentrix officials"; not "a Jesuit priest"
	}
	return false
}

// beforeDeterminers returns the token before mention m and the
// determiners before it ("with the search engine" → "with"), or -1.
func (d *doc) beforeDeterminers(m *mention) int {
	p := int(m.r0) - 1
	for p >= 0 && d.toks[p].kind == tWord && d.tokIn(p, inDeterminers) {
		p--
	}
	return p
}

// opensClause reports a mention with nothing but determiners between it
// and the start of its sentence or a punctuation mark: "Harbour Mutual,
// which…", "…; the Kelby Mutual, which…".
func (d *doc) opensClause(m *mention) bool {
	p := d.beforeDeterminers(m)
	return p < 0 || d.sentenceOf(p) != int(m.sent) || d.toks[p].kind != tWord
}

// relClauseComma returns the comma that closes a clause opened before token k
// in sentence si, or -1: none within reach, or a quote or another clause
// mark in between.
func (d *doc) relClauseComma(k, si int) int {
	for t := k; t < len(d.toks) && t < k+30 && d.sentenceOf(t) == si; t++ {
		switch tk := d.toks[t]; {
		case tk.kind == tQuote:
			return -1
		case tk.kind == tPunct && d.text[tk.s] == ',':
			return t
		case tk.kind == tPunct && strings.IndexByte(";:()", d.text[tk.s]) >= 0:
			return -1
		}
	}
	return -1
}

// mentionActs reports whether a mention shows its actor acting or being
// one: it is the subject of a verb other than "be" ("Zeiss said", "Ford
// will", "Hachette had waged"), a possessor ("Airbus's"), the employer of
// a person ("Tarvik CEO", "a spokesman for Zentrix", "an analyst at
// Harlow"), or a source ("according to Zentrix").
func (d *doc) mentionActs(m *mention) bool {
	if m.flags&mPoss != 0 {
		return true
	}
	k := int(m.t1)
	if d.actsAt(k, m) {
		return true
	}
	// "Corvessa and Harbour Games shocked players": the verb after the
	// last name of the subject.
	if _, end, known, ok := d.conjoinedSubject(m); ok && known && end != k && d.conjoinedVerbAt(end, m) {
		return true
	}
	// "Larkmoor, which owns four depots": a relative clause on it.
	if k+1 < len(d.toks) && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' && d.sentenceOf(k) == int(m.sent) {
		if w := d.tokLower(k + 1); w == "who" || w == "which" && k+2 < len(d.toks) && agentiveAfterWhich(d, k+2) {
			return true
		}
		// "Larkmoor, which insures half the homes, faces claims": the
		// verb after the clause is its own.
		// Only a name that opens its clause: not "a deal struck with the
		// search engine Tarvo, which…, will…", whose verb is the deal's.
		if w := d.tokLower(k + 1); (w == "which" || w == "who") && d.opensClause(m) {
			if c := d.relClauseComma(k+2, int(m.sent)); c > 0 && d.actsAt(c+1, m) {
				return true
			}
		}
	}
	p := d.beforeDeterminers(m)
	if p < 1 || d.toks[p].kind != tWord {
		return false
	}
	switch d.tokLower(p) {
	case "to":
		return d.tokLower(p-1) == "according"
	case "at", "for", "of", "from", "with":
		// "a spokesman for", "chief executive of", "an analyst at"
		for q := p - 1; q >= 0 && q >= p-3 && d.toks[q].kind == tWord; q-- {
			if w := d.tokLower(q); titleHeads[w] || isPersonNoun(w) && !reportNouns[w] {
				return true
			}
		}
	}
	return false
}

// modifierUse reports a name that qualifies the noun or number after it:
// "the Harwood 200 index", "BTEC results".
func (d *doc) modifierUse(m *mention) bool {
	k := int(m.t1)
	if k >= len(d.toks) || d.sentenceOf(k) != int(m.sent) || m.flags&mPoss != 0 {
		return false
	}
	t := d.toks[k]
	if t.kind == tNum {
		return true
	}
	w := d.tokLower(k)
	return t.kind == tWord && t.flags&fCap == 0 && d.plainLower(k) && !isPreposition(w) && !clauseLinks[w]
}

// indefiniteBefore reports "a" or "an" right before token t: "a Jesuit
// priest", where the name only qualifies the noun.
func (d *doc) indefiniteBefore(t int) bool {
	p := t - 1
	return p >= 0 && d.toks[p].kind == tWord && (d.tokLower(p) == "a" || d.tokLower(p) == "an")
}

// techAcronyms are capitalised abbreviations of things, not of actors.
var techAcronyms = setOf("tv", "cpu", "gpu", "id", "pc", "usb", "vr", "ar", "os", "api", "url", "pdf", "gps",
	"led", "oled", "lcd", "hd", "4k", "dna", "rna", "gdp", "faq", "pin", "sim", "sms", "ram", "ssd", "wifi",
	"wi-fi", "html", "http", "https", "ios", "dvd", "cd", "mp3", "ui", "ux", "iq", "atm", "suv", "ev", "evs",
	"ceo", "cfo", "cto", "coo", "ipo", "tbd", "rsvp", "diy", "aka", "eta", "fyi", "am", "pm", "gmt", "utc")

// acronymExpansion tells what the words before an acronym in brackets
// write out: +1 a body's name ("Food Standards Agency (FSA)", "the Union
// des métiers et des industries de l'hôtellerie (UMIH)", "the Overseas
// Credit Agency of the United States (OCA)"), -1 ordinary
// words ("personally identifiable information (PII)", "a file format
// known as Named Binary Tag (NBT)"), 0 no such words.
func (d *doc) acronymExpansion(m *mention) int {
	t0 := int(m.t0)
	if t0 < 2 || d.tokText(t0-1) != "(" || d.sentenceOf(t0-1) != int(m.sent) {
		return 0
	}
	j := t0 - 2
	if d.toks[j].kind == tQuote {
		j--
	}
	words, body := 0, false
	for ; j >= 0 && t0-j <= 12 && d.toks[j].kind == tWord && d.sentenceOf(j) == int(m.sent); j-- {
		w := d.tokLower(j)
		if w == "the" && j > 0 && d.tokLower(j-1) == "of" {
			continue // "the Export-Import Bank of the United States (EXIM)"
		}
		if determiners[w] || d.lex[j]&lexFunction != 0 && !nameConnectors[w] {
			break
		}
		if n := d.byTok[j]; n != 0 && d.ments[n-1].form < formPerson && (d.ments[n-1].kind == KindCountry || d.ments[n-1].kind == KindOrganization) {
			body = true // a country or body the gazetteer knows: "… of the United States (OCA)"
		}
		if orgHeads[w] || d.toks[j].flags&fCap != 0 && !d.g.common[w] && !nameConnectors[w] {
			body = true
		}
		if !nameConnectors[w] {
			words++
		}
	}
	switch {
	case body:
		return 1
	case words >= 2:
		return -1
	}
	return 0
}
