package brief

// ownedThings are what an actor puts forward that another rejects,
// disputes or criticises, so that its owner is the other side: the
// engine's proposalNouns (offers, bids, plans, claims, demands…), the
// members of the CAMEO dictionary's &PROPOSAL and &PROGRAM synsets
// (petrarch2, whose patterns "* &PROPOSAL BY +" code a rejection of the
// one who proposed), and the charges and criticism one side levels at
// the other ("denied allegations by…", "dismissed criticism from…").
var ownedThings = func() map[string]bool {
	m := setOf("proposition", "propositions", "motion", "motions", "proffer", "scheme", "schemes",
		"programme", "programmes", "program", "programs", "agenda", "assertion", "assertions", "allegation",
		"allegations", "accusation", "accusations", "criticism", "criticisms", "objection", "objections", "complaint", "complaints",
		"ultimatum", "amendment", "amendments", "version", "argument", "arguments", "idea", "ideas")
	for w := range proposalNouns {
		m[w] = true
	}
	// What a side decided or did that a critic takes aim at: the measures
	// a condemnation sets the critic against (condemnedMeasures,
	// lawNouns) and its conduct ("questioned the ministry's spending",
	// "criticised the board's handling of the sale").
	for w := range condemnedMeasures {
		m[w] = true
	}
	for w := range lawNouns {
		m[w] = true
	}
	for w := range conductNouns {
		m[w] = true
	}
	return m
}()

// conductNouns name what a side did or said, which a critic questions or
// condemns: its owner is the other side.
var conductNouns = setOf("handling", "spending", "conduct", "response", "record", "remarks", "comments",
	"stance", "position", "actions", "treatment", "management", "behaviour", "behavior", "tactics", "failure",
	"refusal", "decisions", "move", "moves")

// putForwardVerbs tell who put a thing forward, in a participle phrase
// after it ("a clause proposed by Portugal", "a plan drawn up by the
// board"): with them any thing is its maker's. The particle each needs
// is given ("put forward", "drawn up"), "" for none.
var putForwardVerbs = map[string]string{"proposed": "", "tabled": "", "floated": "", "submitted": "",
	"drafted": "", "suggested": "", "sponsored": "", "put": "forward", "drawn": "up", "set": "out"}

// makeVerbs tell who made a claim or an offer ("a claim made by…", "the
// offer presented by…"), and count after ownedThings only: "the delays
// caused by", "the damage done by" are no one's proposal.
var makeVerbs = map[string]string{"made": "", "issued": "", "voiced": "", "raised": "", "levelled": "",
	"leveled": "", "brought": "", "offered": "", "presented": "", "advanced": "", "announced": "",
	"unveiled": "", "outlined": "", "laid": "out"}

// ownerPreps name the owner of a thing right after it: "a claim from the
// Harbour Trust", "demands by the federation", "the plan of the water
// board".
var ownerPreps = setOf("by", "from", "of")

// claimOwner returns the one who owns the claim, proposal or plan that is
// the object of the dispute cue at token t ("rejected Mr Ternan's
// claim", "dismissed a proposal put forward by the union", "objected to
// a clause, proposed by Portugal, that…"), or noActor. The owner must be
// an actor the article names: a pronoun (which the clause structure
// reads on its own), a description the engine did not resolve ("claims
// by some residents") or a place is none.
func (d *doc) claimOwner(t, hi int) actorRef {
	k := t + 1
	for k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (objectParticles[d.tokLower(k)] || isAdverb(d.tokLower(k))) {
		k++
	}
	if k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (complementPreps[d.tokLower(k)] || d.tokLower(k) == "to") {
		k++ // "objected to a clause", "protested against the plan of…"
	}
	return d.ownedAt(k, hi)
}

// ownedAt returns the owner of the claim, proposal or plan whose phrase
// starts at token k (claimOwner, after the verb and its particle;
// nounArgs, after a dispute noun's preposition: "objections to
// Tanzania's plan"), or noActor.
func (d *doc) ownedAt(k, hi int) actorRef {
	if k >= hi {
		return noActor
	}
	// "Mr Ternan's claim", "Tanzania's latest offer", "the council's
	// plan": a possessive name.
	if d.toks[k].kind == tWord && d.cover[k] == 0 && (d.isTitleWord(k) || d.tokLower(k) == "the") {
		j := k + 1
		if j < hi && d.abbrevDot(j) {
			j++
		}
		if j < hi && d.cover[j] != 0 {
			k = j
		}
	}
	if c := d.cover[k]; c != 0 {
		m := d.ments[c-1]
		if m.flags&mPoss == 0 {
			return noActor
		}
		h := d.thingHead(int(m.t1), hi)
		if h < 0 || !ownedThings[d.tokLower(h)] {
			return noActor
		}
		return d.namedOwner(m)
	}
	// "a claim from the Harbour Trust", "demands by the federation",
	// "a clause, proposed by Portugal,".
	if d.toks[k].kind != tWord || !d.tokIn(k, inDeterminers) && d.toks[k].flags&fCap != 0 {
		return noActor
	}
	if possessivePronouns[d.tokLower(k)] {
		return noActor // the pronoun's: the clause structure reads it
	}
	if d.tokIn(k, inDeterminers) {
		k++
	}
	h := d.thingHead(k, hi)
	if h < 0 {
		return noActor
	}
	owned := ownedThings[d.tokLower(h)]
	j := h + 1
	comma := j < hi && d.toks[j].kind == tPunct && d.text[d.toks[j].s] == ','
	if comma {
		j++
	}
	if j+1 >= hi || d.toks[j].kind != tWord {
		return noActor
	}
	w := d.tokLower(j)
	if owned && !comma && ownerPreps[w] {
		return d.ownerAt(j+1, hi)
	}
	part, ok := putForwardVerbs[w]
	if !ok && owned {
		part, ok = makeVerbs[w]
	}
	if !ok {
		return noActor
	}
	j++
	if part != "" {
		if d.tokLower(j) != part {
			return noActor
		}
		j++
	}
	if j+1 >= hi || d.tokLower(j) != "by" {
		return noActor
	}
	return d.ownerAt(j+1, hi)
}

// thingHead returns the head noun of the phrase of a thing that starts
// at token k, after at most three modifiers ("claim", "latest offer",
// "new peace plan"), or -1: the last of the lower-case words there, with
// no name, function word or verb among them.
func (d *doc) thingHead(k, hi int) int {
	h := -1
	for j := k; j < hi && j < k+4; j++ {
		tk := d.toks[j]
		w := d.tokLower(j)
		if tk.kind != tWord || d.cover[j] != 0 || tk.flags&fCap != 0 || d.lex[j]&lexFunction != 0 || isPreposition(w) ||
			isAuxiliary(w) || isBe(w) || clauseLinks[w] {
			break
		}
		if _, ok := putForwardVerbs[w]; ok && h >= 0 {
			break // "a proposal put forward by…"
		}
		if _, ok := makeVerbs[w]; ok && h >= 0 {
			break
		}
		h = j
	}
	return h
}

// ownerAt returns the actor named by the noun phrase at token k, after
// "by", "from" or "of", or noActor when the phrase is no named actor.
func (d *doc) ownerAt(k, hi int) actorRef {
	if k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (d.tokLower(k) == "the" || d.isTitleWord(k)) {
		k++
	}
	if k >= hi || d.cover[k] == 0 {
		return noActor
	}
	m := d.ments[d.cover[k]-1]
	// "demands by the federation's members": the members act for it, but
	// "claims by Kenya's neighbours" are others'; a name followed by
	// anything but the end of its phrase is left alone.
	if e := int(m.t1); m.flags&mPoss != 0 || e < hi && d.toks[e].kind == tWord && d.cover[e] == 0 && d.plainLower(e) {
		return noActor
	}
	return d.namedOwner(m)
}

// namedOwner returns the actor of mention m when it names one the
// article knows — a person, a body, a country or its capital — and is
// not a pronoun or a place that only locates.
func (d *doc) namedOwner(m mention) actorRef {
	if m.ent < 0 || m.form == formPronoun || m.form == formPlace || m.form == formDemonym || m.flags&mAdj != 0 ||
		d.ents[m.ent].kind == KindOther {
		return noActor
	}
	return actorRef{ent: int(m.ent)}
}

// bothSidesOver reports a verb that needs two sides, at token t, whose
// subject names both ("Kovac and Dunmore clashed over how to fund the
// line", "Kenya and Tanzania have feuded for years over the lake") and
// that says what they are at odds over: a dispute between them, even
// told in the past. With no "over" or "about" it may be a match or a
// fight ("the two clubs clashed at the stadium").
func (d *doc) bothSidesOver(t, hi int) bool {
	if !d.overFollows(t, hi) {
		return false
	}
	sides := d.conjoinedSubjects(t)
	for i := 1; i < len(sides); i++ {
		if sides[i].ent != sides[0].ent {
			return true
		}
	}
	return false
}

// overFollows reports "over" or "about" within a few words after the verb
// at token t, in its clause: what two sides are at odds over ("clashed
// on Tuesday over the budget", "have feuded for years about…").
func (d *doc) overFollows(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+5; k++ {
		if d.toks[k].kind != tWord {
			return false
		}
		if w := d.tokLower(k); w == "over" || w == "about" {
			return true
		}
	}
	return false
}

// lowerRoleStart returns the first token of a lower-case role written
// right before the name that starts at token r0 ("port chief Ivo
// Karsten", "transport minister Alan Dunmore"): at most three words
// ending in a title head. It is r0 when there is none.
func (d *doc) lowerRoleStart(r0 int) int {
	k := r0 - 1
	if k < 0 || d.toks[k].kind != tWord || d.cover[k] != 0 || d.toks[k].flags&fCap != 0 || !d.tokIn(k, inTitleHeads) {
		return r0
	}
	s := k
	for j := k - 1; j >= 0 && j >= k-2 && d.toks[j].kind == tWord && d.cover[j] == 0 && d.toks[j].flags&fCap == 0 &&
		(d.tokIn(j, inTitleMods) || d.tokIn(j, inTitleHeads) || d.plainLower(j)); j-- {
		s = j
	}
	return s
}
