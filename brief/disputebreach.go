package brief

// Broken undertakings (CAMEO 128, defy norms or law; the CAMEO verb file
// codes "BREAK * EMBARGO" so and reads "accused … of breaking the
// ceasefire" as an accusation): "says the union believes the hospital
// broke the terms of a written agreement", "said the council had broken
// its promise to the traders". "break" is no dispute verb by itself (a
// record, a deadlock, the news, a window are broken too): it counts only
// with an undertaking for its object, and only with two sides named, the
// one said to break it and the one who says so (verbDispute reads a
// "breach" cue that way) or the one it was made to.

// breakForms are the forms of "break"; undertakingNouns the things one
// breaks that bind one to another.
var (
	breakForms       = setOf("break", "breaks", "broke", "broken", "breaking")
	undertakingNouns = setOf("promise", "promises", "pledge", "pledges", "terms", "agreement", "agreements", "deal",
		"truce", "ceasefire", "cease-fire", "embargo", "rules", "law", "laws", "contract", "commitment", "commitments",
		"vow", "treaty", "accord", "oath", "undertaking", "undertakings", "sanctions", "regulations", "covenant",
		"armistice", "word")
)

// breachWeight is the weight of a broken undertaking: a plain cue verb's.
const breachWeight = 2.5

// breachDispute finds an undertaking said to be broken in [lo, hi).
func (d *doc) breachDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.breach, breakForms, d.sentenceOf(lo)) || d.questionSentence(lo, hi) {
		return docDispute{}
	}
	for t := lo + 1; t < hi; t++ {
		if d.toks[t].kind != tWord || d.toks[t].flags&(fCap|fInQuote) != 0 || !breakForms[d.tokLower(t)] ||
			d.negatedBefore(t) || d.inConditional(t) {
			continue // (a direct quote is quoteDispute's, as a verdict's is)
		}
		n := d.undertakingAfter(t, hi)
		if n < 0 {
			continue
		}
		x := d.verbDispute(t, hi, "breach", breachWeight)
		// "breaking Labour's election promise": who made the promise is
		// no side against the one who broke it.
		for k := t + 1; k < n; k++ {
			if c := d.cover[k]; c != 0 && d.ments[c-1].flags&mPoss != 0 && d.ments[c-1].ent >= 0 {
				x.dropParties(map[int]bool{int(d.ments[c-1].ent): true})
			}
		}
		if len(x.parties) == 1 {
			// "…broke the truce, the Kenyan army said": the reporter after
			// the clause, by the clause structure.
			if x.add(d.reporterOf(t)); len(x.parties) == 2 {
				x.score++
			}
		}
		if len(x.parties) < 2 {
			continue
		}
		x.cue, x.cueTok, x.cameo = d.tokLower(t), t, "128"
		return x
	}
	return docDispute{}
}

// undertakingAfter returns the head of an undertaking that is the object
// of the verb at t, within a determiner, a possessive and two modifiers
// ("broke the terms", "had broken its own promise", "broke the January
// truce"), with "his word" only after a possessive; -1 when there is
// none.
func (d *doc) undertakingAfter(t, hi int) int {
	for k := t + 1; k < hi && k <= t+4; k++ {
		if d.toks[k].kind != tWord && !(d.toks[k].kind == tPunct && d.cover[k] != 0) {
			return -1 // ("Labour's": the possessive's mark is the name's)
		}
		w := d.tokLower(k)
		if undertakingNouns[w] {
			if w == "word" && !possessivePronouns[d.tokLower(k-1)] {
				return -1
			}
			return k
		}
		if isPreposition(w) || d.lex[k]&lexFunction != 0 && !d.tokIn(k, inDeterminers) && !possessivePronouns[w] {
			return -1
		}
	}
	return -1
}
