package brief

import "strings"

// Criticism told as a noun (CAMEO 111) that a verb of launching carries or
// a possessive owns, and standing disagreement told as an idiom (CAMEO
// 110). The CAMEO verb file codes "LAUNCH * BROADSIDE" and "LAUNCH *
// TIRADE" as criticism [111] but "LAUNCH * ATTACK" and "LAUNCH * ASSAULT"
// as force [190]: an attack or assault counts here only when its words
// say it was made in words ("a scathing attack", "a verbal assault"), and
// a review or assessment only when they scorn ("a scorching review").
// Both sides must be named: the one who launches (or owns) the criticism
// and the actor it is aimed at, or the owner or maker of what it is aimed
// at ("a legal challenge to the regulator's decision").

// launchForms carry a criticism noun: "launched a broadside", "mounted a
// challenge", "delivered a rebuke", "stepped up his attacks".
var launchForms = func() map[string]bool {
	m := setOf("made", "wrote", "written", "penned", "levelled", "leveled", "stepped", "brought", "bringing", "brings",
		"bring")
	for _, b := range []string{"launch", "mount", "deliver", "issue", "level", "unleash", "fire", "make", "offer",
		"stage", "wage", "write", "step", "file", "lodge"} {
		for _, f := range regularForms(b) {
			m[f] = true
		}
	}
	return m
}()

// regularForms returns the forms of a verb made by the regular endings:
// the base, -ing, the third person and the past ("launch", "launching",
// "launches", "launched"; "fire", "firing", "fires", "fired"). Irregular
// pasts ("made", "wrote") are listed where they are needed.
func regularForms(b string) []string {
	third, past := b+"s", b+"ed"
	if strings.HasSuffix(b, "h") || strings.HasSuffix(b, "ss") {
		third = b + "es"
	}
	if strings.HasSuffix(b, "e") {
		past = b + "d"
	}
	return []string{b, strings.TrimSuffix(b, "e") + "ing", third, past}
}

// criticismNouns are criticism whatever their modifiers; wordedNouns only
// with a modifier of wordedModifiers.
var (
	criticismNouns = setOf("broadside", "broadsides", "tirade", "tirades", "rebuke", "challenge", "swipe", "swipes",
		"diatribe", "denunciation", "critique", "salvo")
	wordedNouns = setOf("attack", "attacks", "assault", "onslaught", "review", "assessment", "appraisal",
		"verdict", "indictment")
	wordedModifiers = setOf("scathing", "stinging", "blistering", "withering", "scorching", "searing", "verbal",
		"vitriolic", "excoriating", "rhetorical", "damning", "caustic", "acerbic", "sarcastic", "strongly-worded",
		"thinly-veiled", "veiled", "personal", "public", "written", "bruising", "biting", "cutting", "savage")
)

// criticismPreps introduce the one a criticism is aimed at.
var criticismPreps = setOf("on", "against", "to", "at", "of")

// frameWeight is the weight of a criticism noun frame with both sides
// named: above the noun alone, which names one side ("a rebuke to Marsh"),
// and above "against" alone, which tells no kind of act.
const frameWeight = 4

// frameWords are the words a sentence must hold for frameDispute to read it.
var frameWords = func() map[string]bool {
	m := setOf("aim", "odds", "loggerheads", "critic", "critics", "court", "courts", "case", "cases")
	for w := range receivedNouns {
		m[w] = true
	}
	for w := range criticismNouns {
		m[w] = true
	}
	for w := range wordedNouns {
		m[w] = true
	}
	return m
}()

// frameDispute finds a criticism noun frame or a disagreement idiom in the
// sentence [lo, hi).
func (d *doc) frameDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.frame, frameWords, d.sentenceOf(lo)) || d.questionSentence(lo, hi) {
		return docDispute{}
	}
	for n := lo + 1; n < hi; n++ {
		if d.toks[n].kind != tWord || d.toks[n].flags&(fCap|fInQuote) != 0 || !d.tokIn(n, inFrameWords) {
			continue // each case below opens with a word of frameWords
		}
		w := d.tokLower(n)
		var x docDispute
		switch {
		case criticismNouns[w] || wordedNouns[w]:
			x = d.criticismFrame(n, lo, hi)
		case w == "aim" && n+1 < hi && d.tokLower(n+1) == "at" && lemmaName(d.lemmaAt(n-1)) == "take":
			x = d.criticismAimedAt(n-1, n+1, hi) // "took aim at"
		case (w == "odds" || w == "loggerheads") && d.tokLower(n-1) == "at":
			x = d.atOdds(n, lo, hi)
		case receivedNouns[w] && n+1 < hi && d.tokLower(n+1) == "from":
			x = d.criticismReceived(n, lo, hi)
		case (w == "critic" || w == "critics") && n+1 < hi && d.tokLower(n+1) == "of":
			x = d.standingCritic(n, lo, hi)
		case (w == "court" || w == "courts") && d.tokLower(n-1) == "to":
			x = d.takenToCourt(n-1, lo)
		case (w == "case" || w == "cases") && n+1 < hi && d.tokLower(n+1) == "against":
			x = d.caseAgainst(n, lo, hi)
		}
		if len(x.parties) == 2 {
			x.topic = d.disputeTopic(n, hi)
			return x
		}
	}
	return docDispute{}
}

// criticismFrame reads the criticism noun at n: its modifiers back to the
// determiner or possessive, then the launching verb or the owner, and the
// one it is aimed at after a preposition.
func (d *doc) criticismFrame(n, lo, hi int) docDispute {
	worded := criticismNouns[d.tokLower(n)]
	k := n - 1
	for k > lo && d.toks[k].kind == tWord && d.cover[k] == 0 && d.toks[k].flags&fCap == 0 && !d.tokIn(k, inDeterminers) &&
		!possessivePronouns[d.tokLower(k)] && k >= n-4 {
		if w := d.tokLower(k); wordedModifiers[w] || w == "legal" || w == "court" {
			worded = true
		}
		k--
	}
	if !worded || k <= lo {
		return docDispute{}
	}
	p := n + 1
	if p >= hi || !criticismPreps[d.tokLower(p)] {
		return docDispute{}
	}
	var by actorRef
	switch c := d.cover[k]; {
	case c != 0 && d.ments[c-1].flags&mPoss != 0:
		// "the Guild's latest broadside against…"
		m := d.ments[c-1]
		if m.ent < 0 || m.form == formPlace || m.form == formPronoun {
			return docDispute{}
		}
		by = actorRef{ent: int(m.ent)}
	case d.tokIn(k, inDeterminers) || possessivePronouns[d.tokLower(k)]:
		v := k - 1
		if v > lo && (d.tokLower(v) == "up" || d.tokLower(v) == "off") {
			v-- // "stepped up his attacks", "fired off a broadside"
		}
		if v <= lo || d.toks[v].kind != tWord || !launchForms[d.tokLower(v)] || d.negatedBefore(v) || d.inConditional(v) {
			return docDispute{}
		}
		r, ok := d.criticSubject(v)
		if !ok {
			return docDispute{}
		}
		by = r
	default:
		return docDispute{}
	}
	x := docDispute{cue: d.tokLower(n), cueTok: n, cameo: "111"}
	x.add(by)
	x.add(d.aimTarget(p, hi))
	return d.twoSides(x, frameWeight)
}

// criticismAimedAt makes the dispute of a criticism made by the subject of verb at
// whom the preposition at p introduces.
func (d *doc) criticismAimedAt(verb, p, hi int) docDispute {
	if verb < 0 || d.negatedBefore(verb) || d.inConditional(verb) {
		return docDispute{}
	}
	x := docDispute{cue: d.tokLower(p - 1), cameo: "111", cueTok: p - 1}
	r, ok := d.criticSubject(verb)
	if !ok {
		return docDispute{}
	}
	x.add(r)
	x.add(d.aimTarget(p, hi))
	return d.twoSides(x, frameWeight)
}

// courtVerbs take an adversary to court: "took Velta to court", "is
// dragging the council to court" (CAMEO 115, bring a lawsuit).
var courtVerbs = setOf("take", "takes", "took", "taken", "taking", "haul", "hauls", "hauled", "hauling", "drag",
	"drags", "dragged", "dragging")

// takenToCourt reads "A took B to court" with "to" at p: the subject of the
// verb of taking and the actor between the verb and "to", both named.
func (d *doc) takenToCourt(p, lo int) docDispute {
	v := p - 1
	for v > lo && v >= p-6 && d.toks[v].kind == tWord && !courtVerbs[d.tokLower(v)] {
		v--
	}
	if !courtVerbs[d.tokLower(v)] || v+1 >= p || d.toks[v].flags&fCap != 0 || d.negatedBefore(v) ||
		d.inConditional(v) {
		return docDispute{}
	}
	// "could take the council to court", "threatened to take…": a threat
	// (threats.go), not a case brought.
	if b := v - 1; b > lo && d.toks[b].kind == tWord && (modalWords[d.tokLower(b)] || d.tokLower(b) == "to") {
		return docDispute{}
	}
	r, ok := d.criticSubject(v)
	if !ok {
		return docDispute{}
	}
	// The one taken: a name or a description that ends right before
	// "to", after at most a determiner or a title.
	j := v + 1
	for j < p && d.cover[j] == 0 && d.toks[j].kind == tWord && (d.tokIn(j, inDeterminers) || d.isTitleWord(j)) {
		j++
	}
	c := d.cover[j]
	if j >= p || c == 0 {
		return docDispute{}
	}
	m := d.ments[c-1]
	if int(m.t1) != p || m.ent < 0 || m.form == formPronoun || m.form == formPlace || m.flags&mPoss != 0 {
		return docDispute{}
	}
	o := actorRef{ent: int(m.ent)}
	x := docDispute{cue: d.tokLower(v), cameo: "115", cueTok: v}
	x.add(r)
	x.add(o)
	return d.twoSides(x, frameWeight)
}

// caseVerbs bring, pursue or decide a legal case one side has against
// another: "won its case against", "filed a case against" (not "the
// judge dismissed the case against…", where the judge is no side).
var caseVerbs = setOf("won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "filed", "file", "files",
	"filing", "brought", "bring", "brings", "bringing", "built", "build", "builds", "building", "pursued", "pursue",
	"pursues", "pursuing", "launched", "launch", "launches", "launching", "opened")

// caseAgainst reads "A won its case against B", "A filed a case against
// B" at the noun n (CAMEO 115): the subject of the verb before the noun's
// determiner and the actor named whole after "against".
func (d *doc) caseAgainst(n, lo, hi int) docDispute {
	v := n - 1
	if v > lo && d.toks[v].kind == tWord && (d.tokIn(v, inDeterminers) || possessivePronouns[d.tokLower(v)]) {
		v--
	}
	if v <= lo || d.toks[v].kind != tWord || !caseVerbs[d.tokLower(v)] || d.negatedBefore(v) || d.inConditional(v) {
		return docDispute{}
	}
	if b := v - 1; b > lo && d.toks[b].kind == tWord && (modalWords[d.tokLower(b)] || d.tokLower(b) == "to") {
		return docDispute{} // "could file a case against": a threat (threats.go)
	}
	r, ok := d.criticSubject(v)
	if !ok {
		return docDispute{}
	}
	j := n + 2
	for j < hi && d.cover[j] == 0 && d.toks[j].kind == tWord && (d.tokIn(j, inDeterminers) || d.isTitleWord(j)) {
		j++
	}
	if j >= hi || d.cover[j] == 0 {
		return docDispute{}
	}
	m := d.ments[d.cover[j]-1]
	if m.ent < 0 || m.form == formPronoun || m.form == formPlace || m.flags&mPoss != 0 {
		return docDispute{}
	}
	x := docDispute{cue: d.tokLower(n), cameo: "115", cueTok: n}
	x.add(r)
	x.add(actorRef{ent: int(m.ent)})
	return d.twoSides(x, frameWeight)
}

// aimTarget returns the actor the phrase after the preposition at p names
// whole, or the owner or maker of what it names.
func (d *doc) aimTarget(p, hi int) actorRef {
	e := p + 1
	for e < hi && e <= p+10 && d.toks[e].kind == tWord && d.lex[e]&lexSpeech == 0 && !clauseLinks[d.tokLower(e)] &&
		(!isPreposition(d.tokLower(e)) || d.tokLower(e) == "by" || d.tokLower(e) == "of") {
		if c := d.cover[e]; c != 0 && d.ments[c-1].flags&mPoss == 0 {
			e = int(d.ments[c-1].t1) // a name ends the phrase: "against Dalmore Shipping came…"
			break
		}
		e++
	}
	r, _ := d.judgedPhrase(p+1, e)
	return r
}

// atOdds reads "A is at odds with B", "A and B are at loggerheads".
func (d *doc) atOdds(n, lo, hi int) docDispute {
	at := n - 1
	be := at - 1
	if be <= lo || !isBe(d.tokLower(be)) && !linkVerbs[d.tokLower(be)] || d.negatedBefore(be) || d.inConditional(be) {
		return docDispute{}
	}
	x := docDispute{cue: d.tokLower(n), cameo: "110", cueTok: n}
	if n+1 < hi && d.tokLower(n+1) == "with" {
		r, ok := d.criticSubject(be)
		if !ok {
			return docDispute{}
		}
		x.add(r)
		x.add(d.aimTarget(n+1, hi))
		return d.twoSides(x, frameWeight)
	}
	for _, r := range d.conjoinedSubjects(be) {
		x.add(r)
	}
	return d.twoSides(x, frameWeight)
}

// twoSides keeps a dispute whose two parties are named actors and apart,
// with the given weight.
func (d *doc) twoSides(x docDispute, weight float64) docDispute {
	if len(x.parties) != 2 {
		return docDispute{}
	}
	for _, p := range x.parties {
		if p < 0 || d.ents[p].kind == KindOther {
			return docDispute{}
		}
	}
	x.score = weight
	return x
}

// criticSubject returns the named actor that is the subject of the verb at
// v, and false for a thing, a description or a generic agent. A pronoun
// the clause reader takes with an unknown adverb for a thing ("he
// nonetheless offered") is the actor it stands for.
func (d *doc) criticSubject(v int) (actorRef, bool) {
	subj := d.subjectArg(v)
	if subj.thing && subj.start >= 0 {
		for k := subj.start; k <= subj.head; k++ {
			if c := d.cover[k]; c != 0 && d.ments[c-1].form == formPronoun {
				r := d.subjectOf(v)
				return r, r.ent >= 0
			}
		}
	}
	if subj.thing || subj.desc || subj.generic {
		return noActor, false
	}
	return subj.ref, subj.ref.ent >= 0
}

// receivedNouns are criticism one side draws from another: "is facing
// mounting criticism from", "drew condemnation from", "came under fire
// from"; receiveForms the verbs that tell it drawn.
var (
	receivedNouns = setOf("criticism", "condemnation", "backlash", "rebuke", "rebukes", "fire", "ire", "scorn",
		"censure", "attacks", "complaints", "accusations")
	receiveForms = setOf("face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", "receive",
		"receives", "received", "receiving", "attract", "attracts", "attracted", "attracting", "under", "incur",
		"incurred", "earned", "provoked", "sparked")
)

// criticismReceived reads "A faced criticism from B" at the noun n: the
// one who faces it is its subject, the one it comes from the actor after
// "from".
func (d *doc) criticismReceived(n, lo, hi int) docDispute {
	k := n - 1
	for k > lo && k >= n-4 && d.toks[k].kind == tWord && d.cover[k] == 0 && !receiveForms[d.tokLower(k)] &&
		d.toks[k].flags&fCap == 0 && !isPreposition(d.tokLower(k)) {
		k--
	}
	if k <= lo || !receiveForms[d.tokLower(k)] {
		return docDispute{}
	}
	v := k
	if d.tokLower(k) == "under" {
		if d.tokLower(n) != "fire" || lemmaName(d.lemmaAt(k-1)) != "come" && d.tokLower(k-1) != "came" {
			return docDispute{}
		}
		v = k - 1 // "came under fire from"
	} else if d.tokLower(n) == "fire" {
		return docDispute{} // "drew fire from the guns"
	}
	if d.negatedBefore(v) || d.inConditional(v) {
		return docDispute{}
	}
	r, ok := d.criticSubject(v)
	if !ok {
		return docDispute{}
	}
	x := docDispute{cue: d.tokLower(n), cueTok: n, cameo: "111"}
	x.add(d.aimTarget(n+1, hi))
	x.add(r)
	return d.twoSides(x, frameWeight)
}

// standingCritic reads "A, a longtime critic of B," and "A has been a
// fierce critic of B" at the noun n.
func (d *doc) standingCritic(n, lo, hi int) docDispute {
	k := n - 1
	for k > lo && k >= n-4 && d.toks[k].kind == tWord && d.cover[k] == 0 && d.toks[k].flags&fCap == 0 &&
		!d.tokIn(k, inDeterminers) && !isBe(d.tokLower(k)) {
		if w := d.tokLower(k); !isAdverb(w) && !criticModifiers[w] {
			return docDispute{} // "a film critic of the Courier": a trade
		}
		k--
	}
	if d.tokIn(k, inDeterminers) {
		k--
	}
	var holder actorRef
	switch {
	case k > lo && isBe(d.tokLower(k)):
		if d.negatedBefore(k) || d.inConditional(k) {
			return docDispute{}
		}
		r, ok := d.criticSubject(k)
		if !ok {
			return docDispute{}
		}
		holder = r
	case k > lo && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' && d.cover[k-1] != 0:
		m := d.ments[d.cover[k-1]-1]
		if m.ent < 0 || m.form == formPlace || m.form == formPronoun || m.flags&mPoss != 0 {
			return docDispute{}
		}
		holder = actorRef{ent: int(m.ent)}
	default:
		return docDispute{}
	}
	x := docDispute{cue: d.tokLower(n), cueTok: n, cameo: "111"}
	x.add(holder)
	x.add(d.aimTarget(n+1, hi))
	return d.twoSides(x, frameWeight)
}

// criticModifiers tell how one is a critic, not of what trade: "a
// longtime critic", "a fierce critic".
var criticModifiers = setOf("longtime", "long-time", "fierce", "vocal", "outspoken", "harsh", "frequent", "leading",
	"prominent", "staunch", "sharp", "strong", "persistent", "bitter", "consistent", "loud", "relentless", "vociferous",
	"frequent", "noted", "chief", "main", "biggest", "fiercest", "harshest", "strongest", "most")
