package brief

// Disapproval told as an adjective of stance: "has been highly critical of
// Governor Marsh" (CAMEO 111, criticize), "was dismissive of the
// council's plan", "is openly hostile to the union" (110, disapprove). The
// CAMEO verb file codes verbs only; these are their adjectives, each with
// the preposition that names what the stance is aimed at ("critical to"
// tells importance, not blame). The one who holds the stance, a named
// actor subject of "be" (or "remain", "become", "grow"), and the actor or
// the owner of the thing it is aimed at must both be named.

// stanceAdjectives map each adjective of disapproval to the prepositions
// of its target and its CAMEO code.
var stanceAdjectives = map[string]struct {
	preps map[string]bool
	cameo string
}{
	"critical":     {setOf("of"), "111"},
	"dismissive":   {setOf("of"), "111"},
	"scathing":     {setOf("about", "of"), "111"},
	"contemptuous": {setOf("of"), "111"},
	"scornful":     {setOf("of"), "111"},
	"disparaging":  {setOf("of", "about"), "111"},
	"hostile":      {setOf("to", "towards", "toward"), "110"},
}

// stanceAdjWords are the words a sentence must hold for stanceAdjDispute.
var stanceAdjWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range stanceAdjectives {
		m[w] = true
	}
	return m
}()

// stanceLinks are the linking verbs besides "be" that carry a stance:
// "remained critical of", "grew hostile to".
var stanceLinks = setOf("remain", "remains", "remained", "become", "becomes", "became", "grow", "grows", "grew",
	"grown")

// stanceDegrees stand between the linking verb and the adjective: "the
// most critical", "so dismissive".
var stanceDegrees = setOf("the", "most", "more", "very", "so", "too", "quite", "rather", "particularly",
	"especially")

// stanceAdjWeight is the weight of a stance adjective with both sides
// named: a criticism verb's.
const stanceAdjWeight = 3

// stanceAdjDispute finds a stance adjective aimed at another side in
// [lo, hi).
func (d *doc) stanceAdjDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.stanceAdj, stanceAdjWords, d.sentenceOf(lo)) || d.questionSentence(lo, hi) {
		return docDispute{}
	}
	for a := lo + 1; a+2 < hi; a++ {
		if d.toks[a].kind != tWord || d.toks[a].flags&(fCap|fInQuote) != 0 {
			continue
		}
		adj, ok := stanceAdjectives[d.tokLower(a)]
		if !ok || !adj.preps[d.tokLower(a+1)] {
			continue
		}
		be := a - 1
		for be > lo && d.toks[be].kind == tWord && (isAdverb(d.tokLower(be)) || stanceDegrees[d.tokLower(be)]) {
			be--
		}
		if w := d.tokLower(be); d.toks[be].kind != tWord || !isBe(w) && !stanceLinks[w] || d.negatedBefore(be) ||
			d.notBetween(be, a) || d.inConditional(be) {
			continue
		}
		r, ok := d.criticSubject(be)
		if !ok {
			continue
		}
		objs := d.objectArgs(a+1, hi)
		if len(objs) == 0 {
			continue
		}
		x := docDispute{cue: d.tokLower(a), cameo: adj.cameo, cueTok: a}
		x.add(r)
		x.add(objs[0])
		if x = d.twoSides(x, stanceAdjWeight); len(x.parties) == 2 {
			x.score++
			x.topic = d.disputeTopic(a, hi)
			return x
		}
	}
	return docDispute{}
}
