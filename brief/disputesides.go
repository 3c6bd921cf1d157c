package brief

// Counted sides: "Both sides accused each other of…", "the two sides
// remain at odds", "the two countries have traded accusations". The
// phrase counts the parties the story has just named, two actors joined
// by "and" ("talks between Kenya and Tanzania", "Calder Terminals and the
// union met"): in the sentence before, or earlier in the same one. The
// dispute is one between them only when its words say so — a verb with
// "each other" or "one another", a verb that needs two sides
// (disagree, clash), accusations traded, "at odds" — not "both sides
// criticised the referee", which sets both against a third.

// sidesNouns are the nouns a counted phrase counts with, and the kind
// both actors must be ("" for any): "the two countries" are countries.
var sidesNouns = map[string]ActorKind{
	"sides": "", "camps": "", "rivals": "", "countries": KindCountry, "nations": KindCountry,
	"governments": KindCountry, "men": KindPerson, "women": KindPerson, "leaders": KindPerson,
	"presidents": KindPerson, "ministers": KindPerson, "groups": "", "parties": "", "unions": KindOrganization,
	"companies": KindOrganization, "firms": KindOrganization,
}

// sidesTraded take a dispute noun as their object between the two:
// "traded accusations", "exchanged barbs".
var sidesTraded = setOf("traded", "trade", "trading", "exchanged", "exchange", "exchanging", "swapped", "hurled")

// sidesStandoff follow "refused to" in a standoff: "refused to budge".
var sidesStandoff = setOf("budge", "compromise", "yield", "back", "give", "concede")

// sidesWeight is the weight of a counted-sides dispute with both named:
// a dispute verb's and one for the second side.
const sidesWeight = 4

// sidesDispute finds a dispute between counted sides in the sentence
// [lo, hi).
func (d *doc) sidesDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.sides, sidesPhraseWords, d.sentenceOf(lo)) {
		return docDispute{}
	}
	for p := lo; p+1 < hi; p++ {
		q, kind, ok := d.countedPhraseAt(p, lo, hi)
		if !ok {
			continue
		}
		t, w, ok := d.sidesCue(q, hi)
		third := noActor
		if !ok {
			// "Both sides criticised Uganda": each side against a third.
			if t, w, third = d.sidesAgainst(q, hi); !third.ok() {
				continue
			}
		}
		a, b, ok := d.namedSides(p, kind)
		if !ok || third.ent == a.ent || third.ent == b.ent {
			return docDispute{}
		}
		x := docDispute{cue: w, score: sidesWeight, cueTok: t}
		x.add(a)
		x.add(b)
		if third.ok() {
			x.add(third)
			x.score += 0.5
		}
		x.cameo = d.disputeCameo(t, w, disputeNouns[w] > 0 && !d.isDisputeVerbForm(t, w))
		x.topic = d.disputeTopic(t, hi)
		return x
	}
	return docDispute{}
}

// sidesPhraseWords are the words a sentence must hold for sidesDispute
// to read it.
var sidesPhraseWords = setOf("both", "two")

// isDisputeVerbForm reports a dispute verb at t.
func (d *doc) isDisputeVerbForm(t int, w string) bool {
	_, ok := d.disputeVerbAt(t, w)
	return ok
}

// countedPhraseAt reads "both sides" or "the two sides" at p, the subject
// of its clause, and returns the token after it and the kind its noun
// asks for.
func (d *doc) countedPhraseAt(p, lo, hi int) (int, ActorKind, bool) {
	if d.toks[p].kind != tWord || d.toks[p].flags&fInQuote != 0 {
		return 0, "", false
	}
	n, kind, ok := d.countedNounAt(p, hi, false)
	if !ok {
		return 0, "", false
	}
	if p > lo {
		switch b := d.toks[p-1]; {
		case b.kind == tPunct && (d.text[b.s] == ',' || d.text[b.s] == ';'):
		case b.kind == tWord && (d.tokLower(p-1) == "and" || d.tokLower(p-1) == "but"):
		default:
			return 0, "", false
		}
	}
	return n + 1, kind, true
}

// countedNounAt reads "both sides" or "the two countries" opening at p
// ("two governments" with bareTwo) and returns the noun's token and the
// kind it asks for (sidesNouns).
func (d *doc) countedNounAt(p, hi int, bareTwo bool) (int, ActorKind, bool) {
	n := p + 1
	switch d.tokLower(p) {
	case "both":
	case "two":
		if !bareTwo {
			return 0, "", false
		}
	case "the":
		if n+1 >= hi || d.tokLower(n) != "two" {
			return 0, "", false
		}
		n++
	default:
		return 0, "", false
	}
	if n >= hi || d.toks[n].kind != tWord || d.cover[n] != 0 {
		return 0, "", false
	}
	kind, ok := sidesNouns[d.tokLower(n)]
	return n, kind, ok
}

// sidesCue returns the cue after the counted phrase that ends before q,
// over auxiliaries and adverbs, when it tells a dispute between the two
// sides themselves.
func (d *doc) sidesCue(q, hi int) (int, string, bool) {
	k := q
	for ; k < hi && k < q+4 && d.toks[k].kind == tWord && d.cover[k] == 0; k++ {
		w := d.tokLower(k)
		if !isAuxiliary(w) && !isAdverb(w) && !isBe(w) && w != "since" &&
			w != "again" && w != "also" && w != "remain" && w != "remained" {
			break
		}
	}
	if k >= hi || d.toks[k].kind != tWord || d.cover[k] != 0 || d.toks[k].flags&fInQuote != 0 {
		return 0, "", false
	}
	w := d.tokLower(k)
	next := func(j int) string {
		if j < hi && d.toks[j].kind == tWord {
			return d.tokLower(j)
		}
		return ""
	}
	switch {
	case w == "at" && (next(k+1) == "odds" || next(k+1) == "loggerheads"):
		if next(k+2) == "with" {
			return 0, "", false // at odds with a third
		}
		return k + 1, next(k + 1), true
	case sidesTraded[w]:
		if n := next(k + 1); disputeNouns[n] > 0 {
			return k + 1, n, true
		}
		return 0, "", false
	}
	if d.negatedBefore(k) && w != "refused" {
		return 0, "", false
	}
	vw, ok := d.disputeVerbAt(k, w)
	if !ok {
		return 0, "", false
	}
	ln := lemmaName(d.lemmaAt(k))
	switch n := next(k + 1); {
	case n == "each" && next(k+2) == "other", n == "one" && next(k+2) == "another":
	case reciprocalVerbs[ln] || ln == "disagree" || ln == "differ":
		if n == "with" || n == "against" {
			return 0, "", false
		}
	case ln == "refuse" && n == "to" && sidesStandoff[next(k+2)]:
	default:
		return 0, "", false
	}
	if vw == 0 && !reciprocalVerbs[ln] {
		return 0, "", false
	}
	return k, w, true
}

// sidesAgainst returns the cue after the counted phrase that ends before
// q when it sets both sides against a third the article names, its
// object: "both sides criticised Uganda", "the two unions rejected the
// board's offer"; noActor when there is none.
func (d *doc) sidesAgainst(q, hi int) (int, string, actorRef) {
	k := q
	for ; k < hi && k < q+4 && d.toks[k].kind == tWord && d.cover[k] == 0; k++ {
		if w := d.tokLower(k); !isAuxiliary(w) && !isAdverb(w) && w != "also" && w != "again" {
			break
		}
	}
	if k >= hi || d.toks[k].kind != tWord || d.cover[k] != 0 || d.toks[k].flags&fInQuote != 0 || d.negatedBefore(k) {
		return 0, "", noActor
	}
	w := d.tokLower(k)
	vw, ok := d.disputeVerbAt(k, w)
	if ln := lemmaName(d.lemmaAt(k)); !ok || vw < 2.5 || reciprocalVerbs[ln] || ln == "disagree" || ln == "differ" || d.passiveAt(k) {
		return 0, "", noActor
	}
	objs := d.objectArgs(k, hi)
	if len(objs) == 0 {
		if r := d.claimOwner(k, hi); r.ok() {
			objs = append(objs, r)
		}
	}
	if len(objs) != 1 || objs[0].ent < 0 || d.ents[objs[0].ent].kind == KindOther {
		return 0, "", noActor // none, or more than one
	}
	return k, w, objs[0]
}

// namedSides returns the two actors the counted phrase at p counts: a
// pair joined by "and" earlier in its sentence, else in the sentence
// before, where that sentence names one pair and no longer list. Both
// must be of the kind the phrase's noun asks for.
func (d *doc) namedSides(p int, kind ActorKind) (actorRef, actorRef, bool) {
	si := d.sentenceOf(p)
	lo, _ := d.sentRange(si)
	a, b, n := d.joinedPair(lo, p)
	if n == 0 && si > 0 {
		plo, phi := d.sentRange(si - 1)
		a, b, n = d.joinedPair(plo, phi)
	}
	if n != 1 {
		return noActor, noActor, false
	}
	for _, e := range [2]int{a, b} {
		if k := d.ents[e].kind; k == KindOther || kind != "" && k != kind {
			return noActor, noActor, false
		}
	}
	return actorRef{ent: a}, actorRef{ent: b}, true
}

// sideMention returns the mention covering token k when it can be one of
// two sides: a named actor, not a place, a pronoun, an adjective, a
// possessive or a name inside a quote.
func (d *doc) sideMention(k int) (mention, bool) {
	if d.cover[k] == 0 {
		return mention{}, false
	}
	m := d.ments[d.cover[k]-1]
	if m.ent < 0 || m.form == formPlace || m.form == formPronoun || m.flags&(mAdj|mPoss|mInQuote|mLocative) != 0 {
		return mention{}, false
	}
	return m, true
}

// joinedPair finds the actors joined by "and" in tokens [lo, hi): "Kenya
// and Tanzania", "Calder Terminals and the Dockworkers Union", "Senator
// Ruth Okonjo and Governor Ann Marsh". It returns the pair and how many
// pairs there are; a list of three or more counts as two (ambiguous).
func (d *doc) joinedPair(lo, hi int) (int, int, int) {
	a, b, n := -1, -1, 0
	for k := lo; k+2 < hi; k++ {
		ma, ok := d.sideMention(k)
		if !ok || int(ma.t1)-1 != k || d.tokLower(k+1) != "and" {
			continue
		}
		// The second: after "and", over a determiner or its title.
		j := k + 2
		if j < hi && d.cover[j] == 0 && d.tokIn(j, inDeterminers) {
			j++
		}
		for j < hi && d.cover[j] == 0 && d.toks[j].kind == tWord && d.toks[j].flags&fCap != 0 && j < k+5 {
			j++
		}
		if j >= hi {
			continue
		}
		mb, ok := d.sideMention(j)
		if !ok || int(mb.t0) != j || mb.ent == ma.ent {
			continue
		}
		// "Kenya, Uganda and Tanzania": a list names more than two.
		if s := d.lowerRoleStart(int(ma.r0)) - 1; s >= lo && d.toks[s].kind == tPunct && d.text[d.toks[s].s] == ',' {
			if s > lo && d.cover[s-1] != 0 {
				return -1, -1, 2
			}
		}
		if a >= 0 && (a != int(ma.ent) || b != int(mb.ent)) {
			return -1, -1, 2
		}
		a, b, n = int(ma.ent), int(mb.ent), 1
	}
	return a, b, n
}
