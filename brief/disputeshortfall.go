package brief

import "strings"

// Shortfalls reported of another side's effort (CAMEO 111, criticize or
// denounce): "Okoro said Marsh had not done enough to fix the roads",
// "said the governor “didn't fight hard enough”", "the ministry's rules
// did not go far enough, the guild said". A verdict on an effort, read as
// the verdicts of disputeverdict.go are: the one who reports it and the
// actor whose effort it judges (or the owner or maker of the thing that
// falls short) must both be named and apart. Only a negated verb of effort
// counts: "could not do enough for the families" praises, "did not have
// enough votes" tells a lack of means.

// effortVerbs map the forms of the verbs of effort whose "not … enough"
// judges it to their lemma (the lexicon's forms table has few of them);
// effortNeeds the degree word some of them need ("go far enough", "move
// fast enough").
var (
	effortVerbs = func() map[string]string {
		m := map[string]string{"do": "do", "does": "do", "did": "do", "done": "do", "doing": "do",
			"fight": "fight", "fights": "fight", "fought": "fight", "fighting": "fight",
			"go": "go", "goes": "go", "went": "go", "gone": "go", "going": "go",
			"spend": "spend", "spends": "spend", "spent": "spend", "spending": "spend",
			"try": "try", "tries": "try", "tried": "try", "trying": "try"}
		for _, b := range []string{"act", "push", "press", "work", "move", "intervene", "invest", "listen", "consult"} {
			for _, f := range regularForms(b) {
				m[f] = b
			}
		}
		return m
	}()
	effortNeeds = map[string]map[string]bool{
		"go":   setOf("far"),
		"move": setOf("fast", "quickly", "swiftly", "far"),
	}
	// effortDegrees stand between the verb and "enough": "hard enough",
	// "nearly enough".
	effortDegrees = setOf("hard", "far", "fast", "quickly", "swiftly", "strongly", "forcefully", "nearly", "quite",
		"decisively", "urgently", "aggressively", "much")
	// shortfallAux are the auxiliaries of a reported shortfall, not a
	// modal's ("could not do enough" is praise, "would not do enough" a
	// guess).
	shortfallAux = setOf("had", "has", "have", "did", "does", "do", "is", "are", "was", "were")
	// enoughWords are the words a sentence must hold for shortfallDispute.
	enoughWords = setOf("enough")
)

// shortfallDispute finds a shortfall reported of another side in [lo, hi).
func (d *doc) shortfallDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.enough, enoughWords, d.sentenceOf(lo)) || d.questionSentence(lo, hi) {
		return docDispute{}
	}
	for e := lo + 3; e < hi; e++ {
		if d.toks[e].kind != tWord || d.tokLower(e) != "enough" {
			continue
		}
		if x := d.shortfallAt(e, lo, hi); len(x.parties) == 2 {
			return x
		}
	}
	return docDispute{}
}

// shortfallAt reads the shortfall whose "enough" is at token e: the verb
// of effort and its degree words before it, the negated auxiliary before
// them, the judged subject before that and the one who reports the clause.
func (d *doc) shortfallAt(e, lo, hi int) docDispute {
	v := e - 1
	degree := map[string]bool{}
	for v > lo && v >= e-2 && d.toks[v].kind == tWord && effortDegrees[d.tokLower(v)] {
		degree[d.tokLower(v)] = true
		v--
	}
	if d.toks[v].kind != tWord || d.toks[v].flags&fCap != 0 {
		return docDispute{}
	}
	ln, ok := effortVerbs[d.tokLower(v)]
	if !ok {
		return docDispute{}
	}
	if need := effortNeeds[ln]; need != nil && !anyKey(degree, need) {
		return docDispute{}
	}
	aux := d.negatedAux(v, lo)
	if aux < 0 || d.inConditional(aux) {
		return docDispute{}
	}
	s := d.verdictClauseStart(aux, lo)
	if s < 0 || d.askedBefore(lo, s+1) {
		return docDispute{}
	}
	end := aux // the subject ends before a quotation mark: said Marsh “didn't…”
	for end > s && (d.toks[end-1].kind == tQuote || d.toks[end-1].kind == tPunct && d.quoteMarkAt(end-1)) {
		end--
	}
	for k := s; k < end; k++ {
		if d.toks[k].flags&fInQuote != 0 {
			return docDispute{} // a direct quote is quoteDispute's
		}
	}
	judged, _ := d.judgedPhrase(s, end)
	return d.verdictParties(d.reporterOf(s), judged, e, hi)
}

// negatedAux returns the auxiliary that negates the verb at v ("had not
// done", "didn't fight", "is not doing", "has not been doing"), or -1.
func (d *doc) negatedAux(v, lo int) int {
	k := v - 1
	for k > lo && d.toks[k].kind == tWord && (d.tokLower(k) == "been" || d.tokLower(k) == "being" || isAdverb(d.tokLower(k))) {
		k--
	}
	if k <= lo || d.toks[k].kind != tWord {
		return -1
	}
	w := d.tokLower(k)
	for _, suf := range []string{"n't", "n\u2019t"} {
		if strings.HasSuffix(w, suf) {
			if shortfallAux[strings.TrimSuffix(w, suf)] {
				return k // "didn't", "hasn't"
			}
			return -1 // "couldn't", "won't"
		}
	}
	if w != "not" && w != "never" {
		return -1
	}
	if a := k - 1; a > lo && d.toks[a].kind == tWord && shortfallAux[d.tokLower(a)] {
		return a
	}
	return -1
}

// anyKey reports whether set holds a key of want.
func anyKey(set, want map[string]bool) bool {
	for w := range want {
		if set[w] {
			return true
		}
	}
	return false
}
