package brief

import (
	"strings"
	"sync"
)

// Groups named by common nouns: "federal prosecutors", "teaching unions",
// "the jury", "regulators". An agent noun of the Phoenix table
// (lexdata/agents.tsv) in the plural, with the words that qualify it, is a
// mention of a group actor named as the article names it; the mentions
// with one head (and no conflicting qualifier) are one group ("teaching
// unions", then "the unions"). A group is listed among the actors only
// when it acts or comes back (see commonGroupMatters).

// groupGenerics are agent nouns too general to name a group: the sources
// and spokespeople who report for someone else, and people in general.
var groupGenerics = setOf("official", "authority", "source", "spokesman", "spokeswoman", "spokesperson",
	"analyst", "expert", "observer", "commentator", "insider", "member", "staff", "person", "man", "woman",
	"child", "witness", "representative", "leader", "executive", "employee", "aide", "adviser", "advisor",
	"participant", "individual", "citizen", "victim", "user", "customer", "consumer", "passenger", "negotiator",
	"minister", "diplomat", "envoy", "emissary", "mediator", "government", "administration", "lawyer", "attorney", "doctor", "scientist",
	"researcher", "student", "company", "firm", "business", "corporation", "organization", "organisation")

// groupMods are words that qualify a group noun without naming it:
// quantities and degrees ("many nuns", "some regulators").
var groupMods = setOf("many", "some", "most", "several", "few", "other", "all", "both", "more", "fewer",
	"such", "various", "numerous", "certain", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "dozens", "hundreds", "thousands", "no", "any", "each", "every", "these", "those", "the", "their",
	"our", "its", "his", "her", "my", "your", "own")

var (
	agentEndsOnce sync.Once
	agentEnds     []bool
)

// endsAgent reports whether lemma l ends an agent noun or phrase of the
// table ("prosecutor"; "police" of "riot police").
func endsAgent(l lemma) bool {
	agentEndsOnce.Do(func() {
		t := lexData()
		agentEnds = make([]bool, len(t.names))
		for i := range t.agent1 {
			agentEnds[i] = t.agent1[i].class != agentNone
		}
		for k := range t.agents {
			last := k[0]
			for _, x := range k[1:] {
				if x != 0 {
					last = x
				}
			}
			if int(last) < len(agentEnds) {
				agentEnds[last] = true
			}
		}
	})
	return l != 0 && int(l) < len(agentEnds) && agentEnds[l]
}

// groupStops are words that never qualify a group noun: question words,
// degrees and comparisons ("how little pupils", "more voters").
var groupStops = setOf("how", "what", "why", "when", "where", "who", "whom", "whose", "which", "that", "than",
	"very", "much", "little", "less", "least", "so", "too", "also", "just", "only", "even", "up", "out", "down",
	"not", "never", "already", "still", "yet", "now", "then", "there", "here", "other", "same", "new", "young",
	"old", "local", "top", "senior", "largest", "biggest", "main", "key", "whether", "if", "because", "while",
	"although", "though", "as", "since", "unless", "until", "once", "nor", "either", "neither", "about")

// matchGroup records a group mention whose head (a plural agent noun) is
// token t of the sentence starting at lo. It returns 1 when it recorded
// one, 0 otherwise.
func (d *doc) matchGroup(t, lo, si int) int {
	l := d.lem[t]
	if l == 0 {
		return 0
	}
	ag, s, ok := d.agentAt(lo, t)
	if !ok || ag.class == agentNone {
		return 0
	}
	w := d.tokLower(t)
	if formTags(w)&formPlural == 0 && !ag.pluralOnly {
		return 0
	}
	if groupGenerics[lemmaName(l)] || d.toks[t].flags&fPoss != 0 || d.apostropheAfter(t) {
		return 0 // generic sources; "the farmers' knowledge": a possessor, no actor here
	}
	// "funds" as a verb: "the state funds schools".
	if formTags(w)&formPresent != 0 && s == t && !(t > lo && d.toks[t-1].kind == tWord && (groupMods[d.tokLower(t-1)] ||
		d.plainLower(t-1))) {
		return 0
	}
	// The words that qualify it: "federal", "teaching", "New York",
	// "American"; not a possessive ("her lawyers": someone's).
	// "Riot police" opening a sentence: the capital is no name.
	for len(d.ments) > 0 {
		last := d.ments[len(d.ments)-1]
		if int(last.t0) < s || last.form != formUnknown {
			break
		}
		d.byTok[last.t0] = 0
		d.ments = d.ments[:len(d.ments)-1]
	}
	start := s
	mods := 0
	for k := s - 1; k >= lo && mods < 3; k-- {
		tk := d.toks[k]
		if tk.kind != tWord || (tk.flags&fInQuote != 0) != (d.toks[t].flags&fInQuote != 0) || !d.adjacent(k) {
			break
		}
		lw := d.tokLower(k)
		switch lw {
		case "his", "her", "their", "its", "our", "my", "your":
			return 0 // "their lawyers": someone's, not a group of its own
		}
		if c := d.byTok[k]; c != 0 || d.mentionEndingAt(k) >= 0 {
			// A name that qualifies it: "Irish monks", "New York
			// pension funds", "Wall Street lobbyists".
			mi := d.mentionEndingAt(k)
			if mi < 0 {
				break
			}
			m := d.ments[mi]
			if m.form != formDemonym && m.form != formPlace && m.flags&mAdj == 0 && !d.partyWordsIn(int(m.t0), int(m.t1)) {
				break
			}
			if m.kind == KindCountry && stateAgent(ag.class) {
				return 0 // "Tunisian lawmakers", "Chinese troops": the country acts
			}
			start = int(m.t0)
			k = start
			mods++
			continue
		}
		if tk.flags&fPoss != 0 {
			if d.lex[k]&lexPronoun != 0 || lw == "their" || lw == "its" {
				return 0
			}
			break
		}
		if determiners[lw] || groupMods[lw] {
			break
		}
		if d.partyWordsIn(k, k+1) {
			start = k // "and Democratic senators": the party names the group
			mods++
			continue
		}
		if tk.flags&fCap != 0 && tk.flags&fStart == 0 {
			break
		}
		if groupStops[lw] || irregularPast[lw] || isPreposition(lw) || clauseLinks[lw] || isAuxiliary(lw) ||
			strings.HasSuffix(lw, "est") && len(lw) > 5 {
			break
		}
		if strings.HasSuffix(lw, "ing") && len(lw) > 5 {
			if d.lex[k]&(lexSpeech|lexCommit|lexDispute|lexFunction) != 0 {
				break
			}
		} else if !d.plainLower(k) && !(tk.flags&fStart != 0 && d.plainAtStart(k)) {
			break
		}
		// The qualifier opens the noun phrase ("of teaching unions",
		// "from government regulators", "said federal prosecutors"): a
		// word before it that is no article, preposition or mark may be
		// a verb taking the group as object ("hold nuns", "prompting
		// relatives"), or a noun ending another phrase ("system pupils").
		if mods == 0 && !d.npOpensBefore(k, lo) && !(k > lo && d.isModifierChain(k-1, lo)) {
			break
		}
		// "would send envoys", "could face protesters": after a modal
		// the word is a verb taking the group as object.
		if k > lo && d.toks[k-1].kind == tWord && isAuxiliary(d.tokLower(k-1)) && !isBe(d.tokLower(k-1)) {
			break
		}
		// "a plan to make farmers leave": after "to" the word may be a
		// verb taking the group as object; only an adjective's ending ("to
		// federal prosecutors") qualifies the group there.
		if mods == 0 && k > lo && d.toks[k-1].kind == tWord && d.tokLower(k-1) == "to" && !adjectiveEnding(lw) {
			break
		}
		start = k
		mods++
	}
	key := strings.TrimSpace(d.spanText(start, t+1))
	m := mention{sent: int32(si), t0: int32(start), t1: int32(t + 1), r0: int32(start), ent: -1, kind: KindGroup,
		form: formGroup, key: key, cold: coldGKey(d.groupKey(start, s, t))}
	d.addMentionAt(m)
	return 1
}

// adjectiveEnding reports a word with an adjective's ending: "federal",
// "public", "elective", "various".
func adjectiveEnding(w string) bool {
	for _, e := range [...]string{"al", "ic", "ive", "ous", "ary", "ian", "ese", "ish", "ful", "less", "ern", "ist"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// plainAtStart reports a capitalised content word opening a sentence that
// the article writes in lower case elsewhere or that is no name
// ("Federal prosecutors…").
func (d *doc) plainAtStart(k int) bool {
	w := d.tokLower(k)
	return d.toks[k].flags&(fPoss|fAllCaps) == 0 && d.lex[k]&lexFunction == 0 && !isVerbLike(w) &&
		!strings.HasSuffix(w, "ly") && len(w) > 2 && d.capsAt(k)&seenCapMid == 0 && !d.givenAt(k)
}

// npOpensBefore reports that a noun phrase opens right before token k: a
// determiner, a quantity, a preposition, or the start of the sentence.
func (d *doc) npOpensBefore(k, lo int) bool {
	p := k - 1
	if p < lo {
		return true
	}
	if d.toks[p].kind != tWord {
		return d.toks[p].kind == tQuote
	}
	w := d.tokLower(p)
	return determiners[w] || groupMods[w] || isPreposition(w) || d.lex[p]&(lexSpeech|lexFunction) != 0 ||
		w == "and" || w == "or" || w == "but"
}

// isModifierChain reports a second qualifier at token k whose own phrase
// opens before it: "the New York state pension funds".
func (d *doc) isModifierChain(k, lo int) bool {
	return d.toks[k].kind == tWord && d.plainLower(k) && !groupStops[d.tokLower(k)] && d.npOpensBefore(k, lo)
}

// apostropheAfter reports a plural possessive: "the farmers' knowledge".
func (d *doc) apostropheAfter(t int) bool {
	if t+1 >= len(d.toks) || d.toks[t+1].s != d.toks[t].e {
		return false
	}
	c := d.text[d.toks[t+1].s:d.toks[t+1].e]
	return c == "'" || c == "’"
}

// stateAgent reports the agent classes that act for a state: with a
// demonym or a country they are the country ("Tunisian lawmakers").
func stateAgent(c agentClass) bool {
	switch c {
	case agentGovernment, agentLegislature, agentMilitary, agentPolice, agentJudiciary, agentIntelligence:
		return true
	}
	return false
}

// groupKey is the key under which group mentions merge: the lemmas of the
// agent phrase, and a qualifier that tells one group from another (a name
// or a demonym: "Republican senators", "Irish monks"); lower-case
// qualifiers ("federal", "government") do not split a group.
func (d *doc) groupKey(start, s, t int) string {
	var b strings.Builder
	for k := s; k <= t; k++ {
		if k > s {
			b.WriteByte(' ')
		}
		b.WriteString(lemmaName(d.lem[k]))
	}
	for k := start; k < s; k++ {
		if d.toks[k].flags&fCap != 0 && (d.toks[k].flags&fStart == 0 || d.partyWordsIn(k, k+1)) || d.byTok[k] != 0 {
			b.WriteString("|")
			b.WriteString(nameKey(d.tokText(k)))
		}
	}
	return b.String()
}

// partyWords are the words that name a political party as a qualifier:
// "Conservative MEPs", "Green councillors", "Republican senators".
var partyWords = setOf("conservative", "conservatives", "labour", "liberal", "democrat", "democratic", "democrats",
	"republican", "republicans", "green", "greens", "tory", "tories", "reform", "lib", "dem", "dems", "socialist",
	"unionist", "snp", "dup", "gop")

// partyWordsIn reports that the tokens [i, j) are capitalised words that
// name a party ("Labour", "Liberal Democrat"): a party's group is named by
// them, as a nation's by its demonym.
func (d *doc) partyWordsIn(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].kind != tWord || d.toks[k].flags&fCap == 0 || !d.tokIn(k, inPartyWords) {
			return false
		}
	}
	return j > i
}

// partyGroupKey reports a group key qualified by a party's word
// ("councillor|green"): members of a party, named by it.
func partyGroupKey(gkey string) bool {
	_, q, ok := strings.Cut(gkey, "|")
	for ok {
		var w string
		w, q, ok = strings.Cut(q, "|")
		if partyWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// mentionEndingAt returns the last mention recorded whose last token is
// k, or -1.
func (d *doc) mentionEndingAt(k int) int {
	for mi := len(d.ments) - 1; mi >= 0 && mi >= len(d.ments)-3; mi-- {
		if int(d.ments[mi].t1) == k+1 {
			return mi
		}
	}
	return -1
}

// resolveGroups makes the group mentions entities: one per key, and the
// mentions of the bare head ("the unions") join the one qualified group of
// that head ("teaching unions") when there is exactly one.
func (d *doc) resolveGroups() {
	byKey := map[string]int{}
	heads := map[string][]int{} // agent phrase → its qualified groups
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.form != formGroup {
			continue
		}
		ei, ok := byKey[m.gkey()]
		if !ok {
			d.ents = append(d.ents, &entity{name: m.key, kind: KindGroup, firstSent: int(m.sent),
				common: true})
			ei = len(d.ents) - 1
			byKey[m.gkey()] = ei
			// "teaching union", "union|american": qualified forms of the
			// head "union".
			phrase, _, q := strings.Cut(m.gkey(), "|")
			if head := phrase[strings.LastIndexByte(phrase, ' ')+1:]; q || head != phrase {
				heads[head] = append(heads[head], ei)
			}
		}
		d.attach(mi, ei)
	}
	for h, list := range heads {
		bare, ok := byKey[h]
		if !ok || len(list) != 1 {
			continue
		}
		d.mergeInto(bare, list[0])
	}
	// The name: the form the article uses most, the first of equals.
	for _, e := range d.ents {
		if !e.common || len(e.ments) == 0 {
			continue
		}
		count := map[string]int{}
		for _, mi := range e.ments {
			if m := d.ments[mi]; m.form == formGroup {
				count[m.key]++
			}
		}
		best, n := "", 0
		for _, mi := range e.ments {
			if k := d.ments[mi].key; count[k] > n {
				best, n = k, count[k]
			}
		}
		if best != "" {
			e.name = best
		}
	}
}

// commonGroupMatters reports whether a group named by a common noun is
// worth listing: it is quoted, it comes back (three mentions), or it comes
// back once with a qualifier that sets it apart ("teaching unions").
func (d *doc) commonGroupMatters(e *entity) bool {
	if d.kindOfPeople(e) {
		return false
	}
	if e.quotes > 0 || len(e.ments) >= 3 && !d.peopleInGeneral(e) || len(e.ments) >= 2 && strings.HasPrefix(e.name, "the ") {
		return true // quoted, named three times, or a body ("the jury") named twice
	}
	if len(e.ments) < 2 {
		return len(e.ments) == 1 && partyGroupKey(d.ments[e.ments[0]].gkey()) // "Green councillors voted…": named by their party, as "Labour MPs" is
	}
	for _, mi := range e.ments {
		if m := d.ments[mi]; m.form == formGroup && strings.ContainsRune(m.key, ' ') || m.form == formDesc && m.t1-m.t0 > 1 {
			return true // "teaching unions", then "the unions"; "the regional health board"
		}
	}
	return false
}

// peopleInGeneral reports a group the article speaks of only in general:
// every mention a bare plural ("Writers made up most of the staff",
// "many writers now work…", "paid writers on time"), never set apart by
// "the", "these", a qualifier or what they are of or at ("relatives of
// the missing"), and never saying, promising, disputing
// or thinking anything ("the unions said…", "striking writers", "writers
// said they would…" are groups that act in the story).
func (d *doc) peopleInGeneral(e *entity) bool {
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if d.personVerbAfter(m) {
			return false
		}
		if m.form == formPronoun {
			continue
		}
		if m.form != formGroup || strings.ContainsRune(m.key, ' ') {
			return false
		}
		if p := int(m.t0) - 1; p >= 0 && d.toks[p].kind == tWord && d.sentenceOf(p) == int(m.sent) {
			switch d.tokLower(p) {
			case "the", "these", "those", "such":
				return false
			}
		}
		// "relatives of the missing", "writers at the magazine": people
		// the story sets apart.
		if k := int(m.t1); k < len(d.toks) && d.toks[k].kind == tWord && d.sentenceOf(k) == int(m.sent) {
			switch d.tokLower(k) {
			case "of", "at", "from":
				return false
			}
		}
	}
	return true
}

// dropMinorGroups detaches the groups named by common nouns that do not
// matter (commonGroupMatters) from their mentions, once the quotes are
// attributed: "more nurses", "against fishermen" named once in passing are
// then no party to a commitment or a dispute, as before groups were read.
func (d *doc) dropMinorGroups() {
	dropped := false
	for _, e := range d.ents {
		if !e.common || d.commonGroupMatters(e) {
			continue
		}
		for _, mi := range e.ments {
			d.ments[mi].ent = -1
			d.ments[mi].flags |= mDropped
		}
		e.ments = nil
		dropped = true
	}
	if dropped {
		d.buildCover()
	}
}

// kindOfPeople reports a group the briefing would name by a bare plural
// common noun ("militants", "investors", "fishermen") that never speaks
// or commits in the article: a kind of people, however often it comes
// back, not an actor the reader can hold to account. A name of more words
// ("Labour MPs", "striking dockers"), a capital that names ("Republicans",
// "Tories"), a quote, a verb of saying or promising after any mention
// ("investors said…", "they pledged…") or of urging or telling right
// before it ("urged investors to…"), or a group the story sets apart
// more than once ("for the tenants", "relatives of the crew") keeps it.
func (d *doc) kindOfPeople(e *entity) bool {
	if e.quotes > 0 || len(e.ments) == 0 || strings.ContainsRune(e.name, ' ') {
		return false
	}
	apart := 0
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if d.verbAfter(m, lexSpeech|lexCommit|lexDispute, false) && !d.genericModalAfter(m) {
			return false
		}
		if m.form != formGroup {
			continue
		}
		if strings.ContainsRune(m.gkey(), '|') {
			return false // "the Antwerp workers": a place or body names them
		}
		if m.key == e.name {
			if tk := d.toks[m.t0]; tk.flags&fCap != 0 && tk.flags&fStart == 0 {
				return false // "Republicans", "Copts": a name
			}
		}
		if p := int(m.t0) - 1; p >= 0 && d.toks[p].kind == tWord && d.sentenceOf(p) == int(m.sent) {
			if d.lex[p]&lexSpeech != 0 && d.toks[p].flags&fCap == 0 {
				return false // "urged investors to…", "told residents": a party addressed
			}
			switch d.tokLower(p) {
			case "the", "these", "those":
				apart++
				continue
			}
		}
		if k := int(m.t1); k < len(d.toks) && d.toks[k].kind == tWord && d.sentenceOf(k) == int(m.sent) {
			switch d.tokLower(k) {
			case "of", "at", "from":
				apart++
			}
		}
	}
	return apart < 2
}

// genericModalAfter reports "can", "cannot" or "should" right after
// mention m, past an adverb: what such people can or should do
// ("publishers can refuse to serve…", "Publishers should be free to…"),
// said of people in general, not what a group does.
func (d *doc) genericModalAfter(m *mention) bool {
	for k, n := int(m.t1), 0; k < len(d.toks) && n < 2 && d.toks[k].kind == tWord && d.sentenceOf(k) == int(m.sent); k, n = k+1, n+1 {
		switch w := d.tokLower(k); {
		case w == "can" || w == "cannot" || w == "should":
			return true
		case !isAdverb(w):
			return false
		}
	}
	return false
}
