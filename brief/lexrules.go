package brief

import "strings"

// The engine's rule tables keyed by lemma: the dispute verbs
// (disputes.go) and the commitment verbs (commitments.go) are written as
// lemmas, so that every inflection counts ("denying", "ignoring",
// "guaranteeing"), with the forms that are another word left out
// (notDisputeForms, notCommitForms) and the forms that count in one form
// only kept as forms (disputeForms, commitCues).

// ruleTables are the rule tables resolved to lemmas, built with the
// lexicon.
type ruleTables struct {
	disputeVerb map[lemma]float64
	commitVerb  map[lemma]commitCue
	talksEnd    map[lemma]bool // talksEndVerbs (talks.go)
	// missing lists the words of the rule tables the lexicon has no lemma
	// for (TestRuleLemmasKnown fails on any).
	missing []string
}

// buildRuleTables resolves the rule tables against the lexicon m under
// construction and sets the class bits (lexDispute, lexCommit, lexDuty) of
// every word that is a cue.
func buildRuleTables(m map[string]lexEntry, t *lexTables) ruleTables {
	var r ruleTables
	var miss []string
	r.disputeVerb, r.missing = lemmaTable(m, disputeVerbs)
	r.commitVerb, miss = lemmaTable(m, commitVerbs)
	r.missing = append(r.missing, miss...)
	r.talksEnd, miss = lemmaTable(m, talksEndVerbs)
	r.missing = append(r.missing, miss...)
	set := func(w string, bit uint16) {
		e := m[w]
		e.class |= bit
		m[w] = e
	}
	// The dispute cues of the CAMEO-derived table (lexdata/cues.tsv,
	// family dispute, after the seed prunes) that the hand table does not
	// weigh: weaker than the hand cues, so that most need both parties
	// (tableDisputeWeight). Two-word cues ("lash out", "vote down") mark
	// their verb; disputeVerbAt checks the second word.
	for key, c := range t.cues {
		if c.family != famDispute {
			continue
		}
		v := lemma(key >> 16)
		if _, ok := r.disputeVerb[v]; ok {
			continue
		}
		if c.words == 1 {
			r.disputeVerb[v] = tableDisputeWeight(c)
			continue
		}
		t.eachWordOf(v, func(w string) {
			if disputeVerbForm(w, t.names[v], m[w].tags) {
				set(w, lexDispute)
			}
		})
	}
	for l := range r.disputeVerb {
		t.eachWordOf(l, func(w string) {
			if disputeVerbForm(w, t.names[l], m[w].tags) {
				set(w, lexDispute)
			}
		})
	}
	for w := range disputeForms {
		set(w, lexDispute)
	}
	// Every form of a commitment verb, save those that promise nothing.
	commitForms := func(l lemma) {
		t.eachWordOf(l, func(w string) {
			if !notCommitForms[w] {
				set(w, lexCommit)
			}
		})
	}
	for l := range r.commitVerb {
		commitForms(l)
	}
	for w := range commitCues {
		set(w, lexCommit)
	}
	// The verbs of wishing keep the class without being cues (wishVerbs).
	wish, miss := lemmaTable(m, wishVerbs)
	r.missing = append(r.missing, miss...)
	for l := range wish {
		commitForms(l)
	}
	for w := range wishForms {
		set(w, lexCommit)
	}
	for w := range dutyCues {
		set(w, lexDuty)
	}
	return r
}

// tableDisputeWeight is the weight of a dispute cue that only the
// CAMEO-derived table gives: 2 for a disapproval (11x) the file codes
// itself (one party is enough: "complained that…"), else 1.5 (it needs a
// second party to count: "barred the union from…").
func tableDisputeWeight(c cue) float64 {
	if c.weight >= 3 && strings.HasPrefix(c.cameo, "11") {
		return 2 // a disapproval the file codes itself: "complained that…"
	}
	return 1.5
}

// disputeVerbForm reports whether the form w (with its tags) of a dispute
// verb's lemma base counts as the verb: not a form that is mostly another
// word ("fine", "press"), and a word that names a dispute as a noun
// ("protest", "demand"), or the -s form of one ("boycotts"), only where
// disputeForms lists it.
func disputeVerbForm(w, base string, tags uint8) bool {
	if _, ok := disputeForms[w]; ok {
		return true
	}
	if _, noun := disputeNouns[w]; noun || notDisputeForms[w] {
		return false
	}
	_, nounBase := disputeNouns[base]
	return !(nounBase && tags&formPresent != 0)
}

// progressiveWithObject reports an -ing form at t after a form of "be"
// (over an adverb) and before its object: a determiner, a possessive
// pronoun or a name ("is challenging the ruling", "are still challenging
// Velta's permit").
func (d *doc) progressiveWithObject(t int) bool {
	b := t - 1
	if b > 0 && d.toks[b].kind == tWord && isAdverb(d.tokLower(b)) {
		b--
	}
	if b < 0 || t+1 >= len(d.toks) || d.toks[b].kind != tWord || !isBe(d.tokLower(b)) || d.toks[t+1].kind != tWord {
		return false
	}
	return d.cover[t+1] != 0 || d.tokIn(t+1, inDeterminers) || possessivePronouns[d.tokLower(t+1)]
}

// disputeVerbAt returns the weight of the dispute verb w at token t: the
// weight disputeForms gives the form, else its lemma's in disputeVerbs when
// the form counts (inflectionCounts).
func (d *doc) disputeVerbAt(t int, w string) (float64, bool) {
	if w == "challenging" && d.progressiveWithObject(t) {
		return 2.5, true // "is challenging the board's decision", not "a challenging year"
	}
	if v, ok := disputeForms[w]; ok {
		return v, true
	}
	l := d.lemmaAt(t)
	if !disputeVerbForm(w, lemmaName(l), formTags(w)) {
		return 0, false
	}
	v, ok := lexData().rules.disputeVerb[l]
	if !ok {
		// "lashed out at", "voted down": a two-word cue of the table.
		if c, two := d.cueAt(t, len(d.toks)); two && c.words == 2 && c.family == famDispute && d.inflectionCounts(t, w) {
			return 2.5, true
		}
	}
	if ok && v > 0 && !d.inflectionCounts(t, w) {
		return 0, false
	}
	return v, ok
}

// commitCueAt returns the commitment cue w at token t: the cue commitCues
// gives the form, else its lemma's in commitVerbs when the form counts
// (inflectionCounts).
func (d *doc) commitCueAt(t int, w string) (commitCue, bool) {
	if c, ok := commitCues[w]; ok {
		return c, true
	}
	if notCommitForms[w] {
		return commitCue{}, false
	}
	c, ok := lexData().rules.commitVerb[d.lemmaAt(t)]
	if ok && !d.inflectionCounts(t, w) {
		return commitCue{}, false
	}
	return c, ok
}

// inflectionCounts reports whether a form of a cue lemma that its rule
// table does not list counts as the cue: a finite form or a participle
// ("denies", "ignored") always; an -ing form in the progressive ("was
// ignoring", "is accusing"), not as a gerund or a modifier ("for ignoring
// the rules", "a parent rebuking a child"); a base form never ("to refrain
// from", "could defy", "slam on the brakes": mostly infinitives, the
// tables list the base forms that count).
func (d *doc) inflectionCounts(t int, w string) bool {
	tags := formTags(w)
	switch {
	case tags&(formPast|formPart|formPresent) != 0:
		return true
	case tags&formIng != 0:
		return d.progressiveAt(t)
	}
	return false
}

// progressiveAt reports a form of "be" before token t, across adverbs:
// "was ignoring", "are still denying", "she's accusing".
func (d *doc) progressiveAt(t int) bool {
	k := t - 1
	for k >= 0 && d.toks[k].kind == tWord && !isBe(d.tokLower(k)) && (isAdverb(d.tokLower(k)) ||
		strings.HasSuffix(d.tokLower(k), "ly") || d.tokLower(k) == "always" || d.tokLower(k) == "already") {
		k--
	}
	if k < 0 || d.toks[k].kind != tWord {
		return false
	}
	w := d.tokLower(k)
	return isBe(w) || d.toks[k].flags&fPoss != 0 && d.lex[k]&lexPronoun != 0 ||
		strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "\u2019re")
}

// tokensWith returns, in order, the tokens whose lexical classes (d.lex)
// hold any of the bits of class: the only tokens a finder that reads cue
// words (findDisputes, findCommitments) has to look at, found in one pass
// over the article instead of by testing every token of every sentence.
func (d *doc) tokensWith(class uint16) []int32 {
	var out []int32
	for t, c := range d.lex {
		if c&class != 0 {
			out = append(out, int32(t))
		}
	}
	return out
}

// cuesIn returns the part of cues, the tokens of tokensWith, that lies in
// the sentence [lo, hi), with what follows it for the next sentence:
// sentences are read in order, so each call picks up where the last one
// ended.
func cuesIn(cues []int32, lo, hi int) (in, rest []int32) {
	for len(cues) > 0 && int(cues[0]) < lo {
		cues = cues[1:]
	}
	n := 0
	for n < len(cues) && int(cues[n]) < hi {
		n++
	}
	return cues[:n], cues[n:]
}
