package brief

import (
	"slices"
	"strings"
)

// Negotiations breaking down (CAMEO 164, halt negotiations), after the
// TALK patterns of the CAMEO verb file that give 164: the talks as subject
// ("* COLLAPSED", "* BETWEEN % STALL", "* SUSPENDED", "* WITH + ENDED
// FAILURE") or as the object of a side that halts them ("BROKE OFF *",
// "SUSPEND *", "WALK OUT *", "STORM OUT *"). The sides of the talks are
// the dispute's parties: "talks between A and B", "A's talks with B", the
// subject that breaks them off and the side it talked with.

// cameoHaltTalks is the CAMEO code of a halt to negotiations.
const cameoHaltTalks = "164"

// talksWeight is the weight of a breakdown of talks: a clear statement,
// as strong as a dispute verb of the table's two-word cues.
const talksWeight = 2.5

// talksNouns name negotiations; meetingNouns also the sessions a side
// walks or storms out of ("walk out of summit", "of meet", "of dinner").
var talksNouns = setOf("talks", "negotiations", "negotiation")
var meetingNouns = setOf("talks", "negotiations", "negotiation", "meeting", "meetings", "summit", "session",
	"sessions", "dinner", "conference", "hearing")

// talksEndVerbs, after the talks, end them without a deal: "talks
// collapsed", "are collapsing", "have stalled", "were suspended", "remain
// deadlocked", "broke down" (with the particle, and no object: "broke down
// the barriers" is another sense). They are lemmas: every tense and aspect
// counts (talksEndAt). "foundered" is the one form of its lemma kept
// apart ("the company's founders" is no verb).
var talksEndVerbs = setOf("collapse", "stall", "falter", "flounder", "fail", "suspend", "postpone", "break",
	"deadlock")

// talksHaltVerbs, before the talks, halt them: "broke off talks with",
// "suspended negotiations", "abandoned the talks", "called off talks";
// with "out of", the sides that leave them ("pulled out of the talks",
// "walked out of the meeting").
var talksHaltVerbs = setOf("suspended", "suspends", "suspend", "suspending", "abandoned", "abandons", "halted",
	"halts", "torpedoed")
var talksOffVerbs = setOf("broke", "broken", "breaks", "break", "breaking", "called", "calls", "call", "calling")
var talksOutVerbs = setOf("walked", "walks", "walk", "walking", "pulled", "pulls", "pull", "pulling", "stormed",
	"storms", "storm", "storming")

// failedEnds are what talks that "ended without" or "ended in" lack or
// end in: "ended without agreement", "ended in deadlock".
var failedEnds = setOf("agreement", "deal", "accord", "breakthrough", "progress", "result", "results",
	"settlement", "failure", "deadlock", "stalemate", "acrimony", "disarray")

// talksDispute finds a breakdown of talks in the sentence [lo, hi).
func (d *doc) talksDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.meeting, meetingNouns, d.sentenceOf(lo)) {
		return docDispute{}
	}
	for n := lo; n < hi; n++ {
		if d.toks[n].kind != tWord || d.toks[n].flags&fCap != 0 && n != lo {
			continue
		}
		w := d.tokLower(n)
		if !d.tokIn(n, inMeetingNouns) {
			continue
		}
		if v := d.talksHaltBefore(n, lo); v >= 0 {
			x := docDispute{cue: d.tokLower(v), score: talksWeight, cameo: cameoHaltTalks, cueTok: v}
			if s := d.subjectArg(v); s.ref.ok() {
				x.add(s.ref)
			}
			for _, r := range d.nounArgs(n, hi) {
				x.add(r)
			}
			if len(x.parties) > 0 {
				return d.talksScore(x, n, hi)
			}
			continue
		}
		if !talksNouns[w] {
			continue
		}
		if v := d.talksEndAfter(n, hi); v >= 0 {
			x := docDispute{cue: d.tokLower(v), score: talksWeight, cameo: cameoHaltTalks, cueTok: v}
			// "the union's talks with Calder", "its negotiations with…"
			if k := n - 1; k >= lo && d.cover[k] != 0 {
				if m := d.ments[d.cover[k]-1]; m.ent >= 0 && (m.flags&mPoss != 0 || m.form == formPronoun && possPronouns[d.tokLower(k)]) {
					x.add(actorRef{ent: int(m.ent)})
				}
			}
			// What the talks are over ("over Bolivia's pipeline") is the
			// issue: its owner, which nounArgs takes, is no side.
			issue := d.talksIssueEnts(n, v)
			for _, r := range d.nounArgs(n, hi) {
				if r.ent < 0 || !slices.Contains(issue, r.ent) {
					x.add(r)
				}
			}
			if len(x.parties) < 2 {
				// "between the union and the port operator Calder
				// Terminals": a conjunct nounArgs does not take.
				for _, r := range d.talksSides(n, v) {
					x.add(r)
				}
			}
			if !slices.ContainsFunc(x.parties, func(p int) bool { return p >= 0 }) {
				// "The two governments' talks stalled", "talks between
				// the two sides": the two the story has just joined
				// with "and" (namedSides), for the counted phrase.
				p, kind, ok := d.countedOwner(n, lo)
				if !ok {
					p, kind, ok = d.countedSidesBetween(n, v)
				}
				if ok {
					if a, b, ok := d.namedSides(p, kind); ok {
						x.parties, x.names = nil, nil
						x.add(a)
						x.add(b)
					}
				}
			}
			if len(x.parties) > 0 {
				return d.talksScore(x, n, hi)
			}
		}
	}
	return docDispute{}
}

// countedOwner reads counted sides that own the talks noun at n, over up
// to two lower-case words that qualify it ("The two governments' talks",
// "both sides' fishing negotiations"), and returns where the counted
// phrase starts and the kind its noun asks for (countedNounAt).
func (d *doc) countedOwner(n, lo int) (int, ActorKind, bool) {
	k := n - 1
	for j := 0; j < 2 && k > lo && d.toks[k].kind == tWord && d.cover[k] == 0 && d.toks[k].flags&fCap == 0 &&
		d.lex[k]&lexFunction == 0; j++ {
		k-- // "fishing", "pay"
	}
	// k is the apostrophe after the plural: "governments'".
	if k-2 < lo || d.toks[k].kind == tWord || !d.apostropheAfter(k-1) {
		return 0, "", false
	}
	p := k - 2
	if p > lo && d.tokLower(p) == "two" && d.tokLower(p-1) == "the" {
		p--
	}
	if m, kind, ok := d.countedNounAt(p, k, true); ok && m == k-1 {
		return p, kind, true
	}
	return 0, "", false
}

// countedSidesBetween reads counted sides after "between" right after the
// talks noun at n, before their verb at v ("talks between the two
// governments") and returns where the counted phrase starts and the kind
// its noun asks for.
func (d *doc) countedSidesBetween(n, v int) (int, ActorKind, bool) {
	if n+3 >= v || d.tokLower(n+1) != "between" {
		return 0, "", false
	}
	if _, kind, ok := d.countedNounAt(n+2, v, true); ok {
		return n + 2, kind, true
	}
	return 0, "", false
}

// talksScore adds the topic and the weight of two named sides.
func (d *doc) talksScore(x docDispute, n, hi int) docDispute {
	// "talks between A and B stalled over fishing quotas": the issue
	// after "over", in the talks' phrase or after their verb; else what
	// follows the talks noun.
	if x.cueTok > n {
		end := min(hi, x.cueTok+8)
		for k := n + 1; k < end; k++ {
			if t := d.toks[k]; k > x.cueTok && t.kind == tPunct && d.text[t.s] != '-' {
				break
			}
			if d.toks[k].kind == tWord && d.overIssue(k, hi) {
				stop := hi
				if k < x.cueTok {
					// "talks over quotas between A and B broke down":
					// the issue ends at the next preposition or the verb.
					stop = k + 2
					for stop < x.cueTok && !(d.toks[stop].kind == tWord && isPreposition(d.tokLower(stop))) {
						stop++
					}
				} else {
					// "over fishing quotas on Wednesday": not the time.
					for j := k + 2; j+1 < hi && j < k+10; j++ {
						if isPreposition(d.tokLower(j)) && (isCalendarWord(d.tokLower(j+1)) || isTimeWord(d.tokLower(j+1))) {
							stop = j
							break
						}
					}
				}
				x.topic = d.disputeTopic(k-1, stop)
				break
			}
		}
	}
	if x.topic == "" && !d.talksVerbNext(n, x.cueTok) {
		x.topic = d.disputeTopic(n, hi)
	}
	if len(x.parties) >= 2 {
		x.score++
	}
	return x
}

// talksVerbNext reports the talks' verb v right after the talks noun at
// n, past auxiliaries and adverbs ("talks have collapsed"): what follows
// the noun is the verb's, no topic.
func (d *doc) talksVerbNext(n, v int) bool {
	if v <= n {
		return false
	}
	for k := n + 1; k < v; k++ {
		w := d.tokLower(k)
		if d.toks[k].kind != tWord || !isAuxiliary(w) && !isBe(w) && !isAdverb(w) && !remainWords[w] {
			return false
		}
	}
	return true
}

// talksHaltBefore returns the verb before the meeting noun at n that halts
// it ("broke off peace talks", "walked out of the meeting"), or -1. Only
// "out of" takes a meeting that is not talks.
func (d *doc) talksHaltBefore(n, lo int) int {
	k := n - 1
	// The noun's determiner and up to two modifiers: "the", "pay", "peace".
	for j := 0; j < 3 && k >= lo && d.toks[k].kind == tWord && d.cover[k] == 0; j++ {
		w := d.tokLower(k)
		if talksOffVerbs[w] || talksHaltVerbs[w] || w == "of" || w == "off" || !determiners[w] && !d.plainLower(k) {
			break
		}
		k--
	}
	if k-1 < lo || d.toks[k].kind != tWord {
		return -1
	}
	talks := talksNouns[d.tokLower(n)]
	v := -1
	switch w := d.tokLower(k); {
	case w == "off" && talks && talksOffVerbs[d.tokLower(k-1)]:
		v = k - 1
	case w == "of" && k-2 >= lo && d.tokLower(k-1) == "out" && talksOutVerbs[d.tokLower(k-2)]:
		v = k - 2
	case talks && talksHaltVerbs[w]:
		v = k
	}
	if v < 0 || d.negatedBefore(v) || d.inConditional(v) {
		return -1
	}
	return v
}

// talksEndAfter returns the verb after the talks noun at n, past its
// prepositional phrases and auxiliaries, that ends them without a deal
// ("talks between A and B broke down on Friday", "negotiations with Calder
// have collapsed", "ended without agreement"), or -1.
func (d *doc) talksEndAfter(n, hi int) int {
	aux := false // an auxiliary or "remain" before the verb
	for k := n + 1; k < hi && k <= n+14; k++ {
		if d.toks[k].kind != tWord {
			if d.toks[k].kind == tPunct && d.text[d.toks[k].s] == '(' {
				// "Maasvlakte Terminals (MCT)": an acronym in brackets.
				j := k + 1
				for j < hi && j <= k+4 && !(d.toks[j].kind == tPunct && d.text[d.toks[j].s] == ')') {
					j++
				}
				if j < hi && j <= k+4 {
					k = j
					continue
				}
			}
			if d.toks[k].kind == tPunct && d.text[d.toks[k].s] != '-' {
				return -1
			}
			continue
		}
		if d.cover[k] != 0 {
			continue
		}
		w := d.tokLower(k)
		switch {
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n\u2019t"):
			return -1 // "have not collapsed"
		case modalWords[w]:
			// "talks could collapse": a breakdown foreseen, not one
			// under way.
			return -1
		case isAuxiliary(w) || isBe(w) || w == "has" || w == "have" || w == "had" || remainWords[w]:
			// "have stalled", "were suspended", "remain deadlocked"
			aux = true
		case clauseLinks[w] && w != "and" || d.lex[k]&(lexSpeech|lexThink) != 0:
			return -1
		case w == "foundered" || lexData().rules.talksEnd[d.lemmaAt(k)]:
			if d.talksEndAt(k, hi, aux) {
				return k
			}
			return -1
		case w == "ended" || w == "ends" || w == "end":
			if k+2 < hi && (d.tokLower(k+1) == "without" || d.tokLower(k+1) == "in") {
				j := k + 2
				if d.tokIn(j, inDeterminers) && j+1 < hi {
					j++
				}
				if failedEnds[d.tokLower(j)] {
					return k
				}
			}
			return -1
		case formTags(w)&(formPast|formPresent) != 0:
			// Another verb: "talks between them produced a deal"; not
			// the noun after a count ("between the two sides").
			if k-1 > n && (d.tokLower(k-1) == "two" || d.tokLower(k-1) == "both") {
				continue
			}
			if !d.plainLower(k) || formTags(w)&formPlural == 0 {
				return -1
			}
		}
	}
	return -1
}

// remainWords link talks to the state they are left in: "remain
// deadlocked", "remained stalled".
var remainWords = setOf("remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "appear",
	"appears", "appeared", "seem", "seems", "seemed")

// talksEndAt reports the form at k of a talksEndVerbs lemma, after the
// talks and their auxiliaries (aux: one or more), as a breakdown: a past
// or a participle ("collapsed", "have faltered", "were suspended", "remain
// deadlocked"), an -ing form in the progressive ("are collapsing", "were
// breaking down"), a present with no auxiliary ("talks collapse as…"),
// not an infinitive or a gerund ("in danger of collapsing"). "Break" needs
// "down" and no object ("broke down the barriers" is another sense), "fail"
// no object ("talks failed the test").
func (d *doc) talksEndAt(k, hi int, aux bool) bool {
	w := d.tokLower(k)
	tags := formTags(w)
	switch {
	case w == "foundered" || tags&(formPast|formPart) != 0:
	case tags&formIng != 0:
		if !d.progressiveAt(k) {
			return false
		}
	case tags&(formPresent|formLemma) != 0:
		if aux || k > 0 && d.tokLower(k-1) == "to" {
			return false
		}
	default:
		return false
	}
	if d.lemmaIs(k, "break") {
		// "broke down" with no object: "broke down the barriers" and
		// "broke off" (the talks) are other senses. "Broke up" (the
		// CAMEO verb file's "BROKE UP * [164]" of a meeting) only with
		// what it failed for: "broke up for the weekend" adjourns.
		if k+1 < hi && d.tokLower(k+1) == "up" {
			return d.failedAfter(k+2, hi)
		}
		return k+1 < hi && d.tokLower(k+1) == "down" && !d.talksObjectAt(k+2, hi)
	}
	if d.lemmaIs(k, "fail") && k+1 < hi && d.tokLower(k+1) != "to" && d.toks[k+1].kind == tWord && !isPreposition(d.tokLower(k+1)) {
		return false // "talks failed the test"
	}
	return true
}

// failedAfter reports, right after a verb that ends talks at k, how they
// failed: "without a deal", "with no agreement", "in acrimony" (a
// failedEnds word), or "over" an issue ("over the border fence"; not
// "over the weekend").
func (d *doc) failedAfter(k, hi int) bool {
	if k+1 >= hi || d.toks[k].kind != tWord {
		return false
	}
	w := d.tokLower(k)
	j := k + 1
	if w == "with" && d.tokLower(j) == "no" {
		w, j = "without", j+1
	}
	if j < hi && d.tokIn(j, inDeterminers) {
		j++
	}
	if j >= hi || d.toks[j].kind != tWord {
		return false
	}
	switch w {
	case "without", "in":
		return failedEnds[d.tokLower(j)]
	case "over":
		return d.overIssue(k, hi)
	}
	return false
}

// overIssue reports "over" at k before an issue, not a time: "over
// fishing quotas", not "over the weekend", "over Christmas" or "over
// lunch".
func (d *doc) overIssue(k, hi int) bool {
	j := k + 1
	if j < hi && d.tokIn(j, inDeterminers) {
		j++
	}
	if d.tokLower(k) != "over" || j >= hi || d.toks[j].kind != tWord {
		return false
	}
	n := d.tokLower(j)
	return !isTimeWord(n) && !isCalendarWord(n) && !overTimes[n]
}

// overTimes are the times "over" spans that isTimeWord lacks: "over
// lunch", "over the holidays".
var overTimes = setOf("night", "lunch", "dinner", "breakfast", "coffee", "christmas", "easter", "holiday", "holidays",
	"period", "past", "next", "last", "years", "hours")

// talksObjectAt reports a noun phrase object at k: "broke down the
// barriers", not "broke down on Friday" or "broke down, officials said".
func (d *doc) talksObjectAt(k, hi int) bool {
	if k >= hi || d.toks[k].kind != tWord {
		return false
	}
	w := d.tokLower(k)
	if isPreposition(w) || isAdverb(w) || clauseLinks[w] || w == "as" || w == "after" || w == "before" || w == "when" ||
		w == "again" || w == "late" || w == "early" || w == "yesterday" || w == "today" || w == "last" || w == "this" {
		return false
	}
	return true
}

// walkOutCounts reports whether the walk-out cue at t (the table's "walk
// out", CAMEO 164) is a dispute on its own: not "walked out of…", which
// talksDispute takes when it is a meeting ("walked out of the building" is
// none), and only for sides that negotiate, not a person who leaves ("she
// walked out on Tuesday").
func (d *doc) walkOutCounts(t, hi int, x docDispute) bool {
	if t+2 < hi && d.tokLower(t+1) == "out" && d.tokLower(t+2) == "of" {
		return false
	}
	for _, p := range x.parties {
		if p >= 0 && d.ents[p].kind == KindPerson {
			return false
		}
	}
	return true
}

// talksIssuePreps open what talks are about: "talks over the dam", "on
// the border bridge".
var talksIssuePreps = setOf("over", "on", "about", "concerning", "regarding")

// talksIssueEnd returns, for an issue's preposition at k after a talks
// noun ("over the Kessel dam", "on Bolivia's pipeline"), where the issue
// ends: at another "between" or "with", or at the talks' verb v; else k.
func (d *doc) talksIssueEnd(k, v int) int {
	if !talksIssuePreps[d.tokLower(k)] || d.cover[k] != 0 {
		return k
	}
	e := k + 1
	for e < v && d.tokLower(e) != "between" && d.tokLower(e) != "with" {
		e++
	}
	return e
}

// talksIssueEnts returns the actors named in the issues between the talks
// noun at n and their verb at v: the owner of what they are over.
func (d *doc) talksIssueEnts(n, v int) []int {
	var out []int
	for k := n + 1; k < v; k++ {
		e := d.talksIssueEnd(k, v)
		for ; k < e; k++ {
			if c := d.cover[k]; c != 0 && d.ments[c-1].ent >= 0 {
				out = append(out, int(d.ments[c-1].ent))
			}
		}
	}
	return out
}

// talksSides returns the actors named between the talks noun at n and
// their verb at v ("between Kenya and the port operator Calder
// Terminals"): not a place, a pronoun, or an owner or adjective ("on
// Uganda's dam").
func (d *doc) talksSides(n, v int) []actorRef {
	var out []actorRef
	if n+1 >= v || d.tokLower(n+1) != "between" && d.tokLower(n+1) != "with" && !talksIssuePreps[d.tokLower(n+1)] {
		return nil
	}
	for k := n + 1; k < v; k++ {
		if e := d.talksIssueEnd(k, v); e > k {
			k = e - 1
			continue
		}
		c := d.cover[k]
		if c == 0 {
			continue
		}
		m := d.ments[c-1]
		k = int(m.t1) - 1
		if m.ent < 0 || m.flags&(mAdj|mPoss) != 0 || m.form == formPlace || m.form == formPronoun || d.ents[m.ent].kind == KindOther {
			continue
		}
		out = append(out, actorRef{ent: int(m.ent)})
	}
	return out
}

// sentTables is the number of sentHasWord tables an analysis may ask
// for: the twelve a doc keeps and findDisputes' own (quoteCue).
const sentTables = 13

// sentTable returns a table of false, one for each sentence, for
// sentHasWord: cut from an array (d.sentFlags) with room for the
// sentTables tables the rules ask for, the scratch tables' when it is
// large enough, so that the next analysis reuses it.
func (d *doc) sentTable() []bool {
	n := len(d.a.Sentences)
	if d.sentFlags == nil {
		d.sentFlags = emptyCap(d.scratch().sentFlags, sentTables*n)
	}
	if cap(d.sentFlags)-len(d.sentFlags) < n {
		// More tables than foreseen: a new array (the tables cut from
		// the last one keep it).
		d.sentFlags = make([]bool, 0, sentTables*n)
	}
	k := len(d.sentFlags)
	d.sentFlags = d.sentFlags[:k+n]
	t := d.sentFlags[k : k+n : k+n]
	clear(t) // the last analysis' values
	return t
}

// sentHasWord reports whether sentence si holds a word of set, read from a
// table by sentence (*sents) made on the first call from the tokens of
// each of the set's words the article has (occurrences): the rules that
// need a rare word skip every other sentence without reading its words.
func (d *doc) sentHasWord(sents *[]bool, set map[string]bool, si int) bool {
	if *sents == nil {
		*sents = d.sentTable()
		for w := range set {
			if id, ok := d.wordIDOf(w); ok {
				for _, k := range d.occurrences(int(id)) {
					(*sents)[d.tokSent[k]] = true
				}
			}
		}
	}
	return (*sents)[si]
}
