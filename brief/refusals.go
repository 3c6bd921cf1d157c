package brief

// Refusals told as what one will not do (CAMEO 12, reject): "her country
// would not accept a text that…", "Ankara will not accept the commission's
// draft", "the union said it would never agree to the pay offer". The
// CAMEO verb file codes these frames as rejections: "NOT * &PROPOSAL
// [120]", "CANNOT * &PROPOSAL [120]", "SAID WOULD NEVER * [120]" and "NO
// LONGER ACCEPT [120]" (accept), "* TO ACCEPT PLAN [127]" (refuse). Only
// a verb of accepting or backing (refusedVerbs) withheld from something
// put forward (refusedThings) is a refusal: "would not be able to",
// "will not comment", "will not accept new orders" and "will not back
// down" are none.

// refusalWeight is the weight of a refusal: one more with the maker of
// what is refused named (refusalDispute).
const refusalWeight = 2.5

// refusedVerbs are the base forms of the verbs a refusal withholds.
var refusedVerbs = setOf("accept", "agree", "sign", "support", "back", "endorse")

// refusedThings are what one side puts forward and another will not
// accept: the things a dispute's object may be owned by (ownedThings:
// the engine's proposalNouns, CAMEO's &PROPOSAL and &PROGRAM), the
// members of CAMEO's &TREATY and &SOLUTION synsets, and the texts and
// measures of a negotiation.
var refusedThings = func() map[string]bool {
	m := setOf("treaty", "treaties", "pact", "pacts", "accord", "accords", "agreement", "agreements", "solution",
		"resolution", "resolutions", "text", "texts", "draft", "drafts", "bill", "bills", "law", "quota", "quotas",
		"cut", "cuts", "conditions", "ceasefire", "truce", "budget", "reform", "reforms", "changes", "package",
		"framework", "declaration", "contract", "merger", "takeover", "result", "results", "outcome", "arrangement",
		"roadmap", "ruling", "verdict", "decision", "ban", "levy", "tariffs", "tax", "rise", "increase", "freeze",
		"formula", "wording")
	for w := range ownedThings {
		m[w] = true
	}
	delete(m, "idea") // "will not accept the idea that…" tells a belief
	delete(m, "ideas")
	delete(m, "version")
	return m
}()

// refusalModals are the modals a refusal is told with before "not" or
// "never"; refusalNegModals hold the negation.
var refusalModals = setOf("will", "would", "shall", "can", "could", "'ll")
var refusalNegModals = setOf("won't", "wouldn't", "shan't", "cannot", "can't", "couldn't",
	"won\u2019t", "wouldn\u2019t", "shan\u2019t", "can\u2019t", "couldn\u2019t")

// refusalDispute finds a refusal in the sentence [lo, hi): the one who
// will not accept, and the maker of what is refused when the sentence
// names one ("the commission's draft", "a plan put forward by Norlake").
func (d *doc) refusalDispute(lo, hi int) docDispute {
	best := docDispute{}
	if lo >= hi || !d.sentHasWord(&d.refusal, refusedVerbs, d.sentenceOf(lo)) || d.questionSentence(lo, hi) {
		return best
	}
	for v := lo + 2; v < hi; v++ {
		if d.toks[v].kind != tWord || d.toks[v].flags&fCap != 0 || !d.tokIn(v, inRefusedVerbs) {
			continue
		}
		frame := d.refusalFrameAt(v, lo)
		if frame < 0 || d.inConditional(frame) {
			continue
		}
		obj, ok := d.refusedObject(v, hi)
		if !ok {
			continue
		}
		subj, a := d.announcer(frame)
		if d.ownSideSubject(frame, lo) {
			// "she said her country would not…": the speaker's side.
			a, subj.thing = d.reporterOf(frame), false
		}
		if subj.thing || !a.ok() || a.ent >= 0 && d.ents[a.ent].kind == KindOther {
			continue
		}
		x := docDispute{cue: d.tokLower(v), score: refusalWeight, cameo: "120", cueTok: v}
		x.add(a)
		if own := d.refusedOwner(v, obj, hi); own.ok() && own.ent != a.ent {
			x.add(own)
			x.score++
		}
		x.topic = d.disputeTopic(v, hi)
		if x.score > best.score {
			best = x
		}
	}
	return best
}

// refusalFrameAt returns the modal of a refusal at the verb v — "will
// not", "would never", "won't", "cannot", "will no longer" — or -1.
func (d *doc) refusalFrameAt(v, lo int) int {
	p := d.adverbsBack(v-1, lo) // "would not ever accept", "will not simply sign"
	if p <= lo || d.toks[p].kind != tWord {
		return -1
	}
	switch w := d.tokLower(p); {
	case refusalNegModals[w]:
		return p
	case w == "not" || w == "never":
		p--
	case w == "longer" && d.tokLower(p-1) == "no":
		p -= 2
	default:
		return -1
	}
	if p < lo || d.toks[p].kind != tWord {
		return -1
	}
	if w := d.tokLower(p); refusalModals[w] || contractedWill(w) {
		return p
	}
	return -1
}

// refusedObject returns the first token of what the verb at v withholds
// when it is something put forward (refusedThings), possibly owned by a
// name ("the commission's draft"): "accept a text that…", "agree to
// Norlake's pay offer", "sign the pact". "agree to talk", "back down" and
// "accept new orders" withhold nothing put forward.
func (d *doc) refusedObject(v, hi int) (int, bool) {
	k := v + 1
	if d.tokLower(v) == "agree" {
		if k >= hi || d.tokLower(k) != "to" {
			return 0, false
		}
		k++
	}
	if k >= hi || d.toks[k].kind != tWord && d.cover[k] == 0 {
		return 0, false
	}
	start := k
	if w := d.tokLower(k); d.cover[k] == 0 && (determiners[w] || w == "any" || w == "such") {
		k++
	}
	if k < hi && d.cover[k] != 0 {
		m := d.ments[d.cover[k]-1]
		if m.flags&mPoss == 0 {
			return 0, false // "support Greece": backing withheld from an actor, not a proposal
		}
		k = int(m.t1)
	}
	h := d.thingHead(k, hi)
	if h < 0 || !refusedThings[d.tokLower(h)] {
		return 0, false
	}
	return start, true
}

// refusedOwner returns the maker of what is refused from token k: a
// possessive name ("the commission's draft", "Norlake's offer") or one
// named after it ("a plan put forward by Norlake", "any offer from
// Norlake").
func (d *doc) refusedOwner(v, k, hi int) actorRef {
	if own := d.claimOwner(v, hi); own.ok() {
		return own
	}
	if w := d.tokLower(k); d.cover[k] == 0 && (determiners[w] || w == "any" || w == "such") {
		k++
	}
	if k < hi && d.cover[k] != 0 {
		if m := d.ments[d.cover[k]-1]; m.flags&mPoss != 0 {
			if m.form == formPlace && m.ent >= 0 && (d.ents[m.ent].kind == KindOrganization || d.ents[m.ent].kind == KindPerson) {
				// "agree to Norlake's offer": a possessive after "to" is
				// the owner, not a place gone to.
				return actorRef{ent: int(m.ent)}
			}
			return d.namedOwner(m)
		}
	}
	return noActor
}

// questionSentence reports a sentence [lo, hi) that asks: "Why would
// France not support the proposal?".
func (d *doc) questionSentence(lo, hi int) bool {
	for k := hi - 1; k >= lo && k >= hi-2; k-- {
		if d.toks[k].kind == tPunct && d.text[d.toks[k].s] == '?' {
			return true
		}
	}
	if w := d.tokLower(lo); w == "why" || w == "how" || w == "would" || w == "will" {
		return true
	}
	return false
}

// ownSideNouns are what a speaker's own side is called after a possessive
// pronoun: "her country", "his government", "their union".
var ownSideNouns = setOf("country", "government", "nation", "side", "party", "union", "company", "delegation",
	"administration", "team", "state", "city", "province", "ministry", "council")

// ownSideSubject reports "her country", "his government" just before the
// modal at frame, after a verb of saying: the speaker's own side.
func (d *doc) ownSideSubject(frame, lo int) bool {
	if frame-2 < lo || !ownSideNouns[d.tokLower(frame-1)] {
		return false
	}
	switch d.tokLower(frame - 2) {
	case "her", "his", "their", "our", "its":
		return d.speechBetween(lo, frame-2)
	}
	return false
}

// permitVerbs are the verbs of letting another act that a refusal may
// withhold: "would not allow the company to dredge the bay", "will never
// let the council close the clinic" (the CAMEO verb file's "WILL_NOT *
// ALLOW + TROOP [12]").
var permitVerbs = setOf("allow", "permit", "let")

// permitDispute finds a refusal to let a named actor act in [lo, hi): the
// one who will not allow it against the one kept from acting, both named
// and apart. What follows the actor must tell the act ("to dredge",
// "into the islands"; after "let", a verb), so "will not allow the
// company's plan" (a thing, refusalDispute's) is none here.
func (d *doc) permitDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.permit, permitVerbs, d.sentenceOf(lo)) || d.questionSentence(lo, hi) {
		return docDispute{}
	}
	for v := lo + 2; v+2 < hi; v++ {
		if d.toks[v].kind != tWord || d.toks[v].flags&fCap != 0 || !d.tokIn(v, inPermitVerbs) {
			continue
		}
		frame := d.refusalFrameAt(v, lo)
		if frame < 0 || d.inConditional(frame) {
			continue
		}
		b := d.permittedActor(v, hi)
		if !b.ok() {
			continue
		}
		subj, a := d.announcer(frame)
		if d.ownSideSubject(frame, lo) {
			a, subj.thing = d.reporterOf(frame), false
		}
		if k := frame - 1; k > lo && d.tokLower(k) == "and" {
			// "said it had not been consulted and would not allow…": the
			// subject the two verbs share.
			subj = d.prevVerbSubject(k)
			a = subj.ref
		}
		if subj.thing || !a.ok() || a.ent < 0 || d.ents[a.ent].kind == KindOther {
			continue
		}
		x := docDispute{cue: d.tokLower(v), cameo: "120", cueTok: v}
		x.add(a)
		x.add(b)
		if x = d.twoSides(x, refusalWeight+1); len(x.parties) == 2 {
			x.topic = d.disputeTopic(v, hi)
			return x
		}
	}
	return docDispute{}
}

// permittedActor returns the named actor the verb of letting at v would
// let act: a name (or a people's troops, "Tanzanian troops") right after
// it, then "to" or "into" ("allow", "permit") or a plain verb ("let");
// noActor for a pronoun, a possessive or a thing.
func (d *doc) permittedActor(v, hi int) actorRef {
	m, ok := d.partyMentionAt(v+1, hi)
	if !ok || m.flags&mPoss != 0 {
		return noActor
	}
	e := int(m.t1)
	if m.flags&mAdj != 0 && e < hi && isGroupHead(d.tokLower(e)) || e < hi && d.tokLower(e) == "troops" {
		e++ // "Tanzanian troops", "Kenyan officials"
	} else if m.flags&mAdj != 0 {
		return noActor
	}
	if e >= hi || d.toks[e].kind != tWord {
		return noActor
	}
	switch w := d.tokLower(e); {
	case d.tokLower(v) == "let":
		if d.toks[e].flags&fCap != 0 || d.cover[e] != 0 || d.lex[e]&lexFunction != 0 || isAdverb(w) {
			return noActor
		}
	case w != "to" && w != "into":
		return noActor
	}
	return actorRef{ent: int(m.ent)}
}
