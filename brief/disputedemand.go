package brief

// A refusal of what another demanded (CAMEO 12, reject; the demand is
// CAMEO 10): "refused to meet the union's demands", "refused to bow to
// pressure from the landlords", "has refused… despite demands from
// Kenya"; or a bare refusal after the demand ("The guild demanded a 9%
// rise, but Dalmore refused", "Kenya demanded that Tanzania withdraw…
// Tanzania refused."). The one whose demand is refused is the other side.

// refuseLemmas refuse what another asks.
var refuseLemmas = setOf("refuse", "decline", "reject", "rebuff", "resist", "ignore", "defy", "spurn")

// demandNounsRefused are what one side presses on another: "the union's
// demands", "pressure from the landlords", "calls by Kenya".
var demandNounsRefused = setOf("demand", "demands", "call", "calls", "pressure", "request", "requests", "appeal",
	"appeals", "ultimatum", "plea", "pleas", "insistence")

// demandVerbsRefused ask another to act: "demanded a rise", "asked the
// council to scrap", "urged Tanzania to withdraw".
var demandVerbsRefused = setOf("demanded", "demands", "asked", "urged", "requested", "pressed", "insisted", "ordered")

// askVerbs take the one asked as their object ("asked the council to…",
// "urged Tanzania to…"): one the article does not name is not the refuser.
var askVerbs = setOf("asked", "urged", "pressed", "ordered")

// refusedItObjects are the words after a refusal that name what was
// asked only as the demand itself: "refused the demand", "rejected it",
// "declined to do so".
var refusedItObjects = setOf("demand", "demands", "request", "requests", "call", "calls", "it", "them", "this", "that", "ultimatum")

// refusedDemandOwner returns the one whose demand the refusal at t (with
// its object at ot, refuser a) refuses, or noActor.
func (d *doc) refusedDemandOwner(t, ot, hi int, a actorRef) actorRef {
	if !refuseLemmas[lemmaName(d.lemmaAt(t))] {
		return noActor
	}
	// The demand named after the refusal, in its clause.
	for j := ot + 1; j < hi && j < ot+14; j++ {
		tk := d.toks[j]
		if tk.kind == tPunct && (d.text[tk.s] == ',' || d.text[tk.s] == ';') || tk.kind == tQuote {
			break
		}
		if tk.kind != tWord || d.cover[j] != 0 || !demandNounsRefused[d.tokLower(j)] {
			continue
		}
		if p := d.tokLower(j - 1); p == "to" && j-1 == ot+1 || isAuxiliary(p) {
			continue // a verb: "refused to call an election", "would appeal"
		}
		r := noActor
		switch {
		case j+1 < hi && (d.tokLower(j+1) == "from" || d.tokLower(j+1) == "by"):
			r = d.agentNamed(j+2, hi)
		default:
			// "the union's demands", "the union's repeated demands"
			k := j - 1
			if k > ot && d.cover[k] == 0 && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 && d.lex[k]&lexFunction == 0 {
				k--
			}
			if k > ot && d.cover[k] != 0 {
				if m := d.ments[d.cover[k]-1]; m.flags&mPoss != 0 && int(m.t1)-1 == k {
					r = d.namedOwner(m)
				}
			}
		}
		if r.ok() && r.ent != a.ent {
			return r
		}
		if j != ot+2 || d.tokLower(ot+1) != "the" {
			return noActor
		}
		break // "rejected the demand": whose, told before
	}
	// A bare refusal: the one who demanded, before it.
	if k := ot + 1; k < hi && d.toks[k].kind == tWord {
		w := d.tokLower(k)
		if w == "the" && k+1 < hi {
			w = d.tokLower(k + 1)
		}
		if w == "to" && k+2 < hi && d.tokLower(k+1) == "do" && d.tokLower(k+2) == "so" {
			w = "it"
		}
		if !refusedItObjects[w] && !weekdays[w] && w != "on" {
			return noActor
		}
	}
	si := d.sentenceOf(t)
	lo, _ := d.sentRange(si)
	if r := d.demanderIn(lo, d.clauseStart(t), a); r.ok() || r.ent == -2 {
		if r.ent == -2 {
			return noActor
		}
		return r
	}
	if si == 0 || d.clauseStart(t) != lo {
		return noActor
	}
	plo, phi := d.sentRange(si - 1)
	if r := d.demanderIn(plo, phi, a); r.ok() {
		return r
	}
	return noActor
}

// demanderIn returns the one who demanded, in tokens [lo, hi), something
// of the refuser a or of no one named: the subject of the only verb of
// demanding there. Its ent is -2 when there are two or more, or when the
// demand was of someone else.
func (d *doc) demanderIn(lo, hi int, a actorRef) actorRef {
	who := noActor
	for v := lo; v < hi; v++ {
		if !d.narrationWord(v) || !demandVerbsRefused[d.tokLower(v)] {
			continue
		}
		if d.askedQuestion(v, hi) {
			continue // "asked the council for comment": no demand
		}
		s := d.subjectArg(v)
		if s.thing || s.ref.ent < 0 || d.ents[s.ref.ent].kind == KindOther || s.ref.ent == a.ent {
			return actorRef{ent: -2}
		}
		// Of whom: "asked Kenmore Council to…", "demanded that Tanzania…".
		k := v + 1
		if k < hi && d.tokLower(k) == "that" {
			k++
		}
		if k < hi && d.cover[k] == 0 && (d.tokLower(k) == "the" || d.isTitleWord(k)) {
			k++
		}
		if k < hi && d.cover[k] != 0 {
			m := d.ments[d.cover[k]-1]
			if m.ent < 0 || int(m.ent) != a.ent && m.flags&mPoss == 0 {
				return actorRef{ent: -2}
			}
		} else if askVerbs[d.tokLower(v)] {
			return actorRef{ent: -2} // "asked members to vote": of someone else
		}
		if who.ok() && who.ent != s.ref.ent {
			return actorRef{ent: -2}
		}
		who = actorRef{ent: s.ref.ent}
	}
	return who
}

// askedQuestion reports a verb of asking at v that asks a question or a
// comment, not an act: "asked the council for comment", "asked her
// whether…", "asked about the fees".
func (d *doc) askedQuestion(v, hi int) bool {
	for k := v + 1; k < hi && k <= v+6; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		switch d.tokLower(k) {
		case "comment", "comments", "whether", "if", "about", "how", "why", "what", "when", "who", "where", "questions":
			return true
		case "to":
			return false // "asked the council to scrap the fees"
		}
	}
	return false
}

// bareRefusalOfQuestion reports a refusal at t with nothing after it
// ("The council declined.") that answers a question or a request for
// comment put in its clause or the sentence before ("asked the council
// for comment", "asked her whether…"): an answer withheld.
func (d *doc) bareRefusalOfQuestion(t, hi int) bool {
	if t+1 < hi && d.toks[t+1].kind == tWord {
		return false
	}
	si := d.sentenceOf(t)
	lo, _ := d.sentRange(si)
	if si > 0 && d.clauseStart(t) == lo {
		lo, _ = d.sentRange(si - 1)
	}
	for v := lo; v < t; v++ {
		if d.toks[v].kind == tWord && d.cover[v] == 0 {
			switch d.tokLower(v) {
			case "asked", "contacted", "approached", "requested":
				if d.askedQuestion(v, t) {
					return true
				}
			}
		}
	}
	return false
}
