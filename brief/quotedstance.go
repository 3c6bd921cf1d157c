package brief

import "strings"

// A stance in the speaker's own quotation against what another has just
// put forward: "The Finance Ministry proposed a new fuel levy on Monday.
// “We reject this plan outright,” said the hauliers' leader." The quote
// names what it rejects only as "this plan", "the offer" or "it"; the
// sentence before tells who proposed it, and that one is the other side.
// Only a quote that opens its sentence reads back, only a sentence that
// puts one thing forward (one proposer) answers, and only a verb that puts
// a thing forward counts: "proposed", "tabled" whatever the thing;
// "announced", "unveiled", "offered" a plan, a levy or an offer, not a
// profit.

// proposeVerbs put forward whatever they take: "proposed raising the
// pension age". The particle each needs is given, "" for none.
var proposeVerbs = map[string]string{"proposed": "", "tabled": "", "floated": "", "suggested": "",
	"submitted": "", "put": "forward"}

// presentVerbs put forward a proposal, a plan or a measure
// (proposedThings), or what the quote names by the verb's own noun
// ("offered a 3% rise" … “this offer”).
var presentVerbs = map[string]string{"announced": "", "unveiled": "", "offered": "", "presented": "",
	"outlined": "", "introduced": "", "set": "out", "laid": "out", "drew": "up"}

// proposedThings are what a side puts forward for another to accept:
// proposals, plans, laws and measures.
var proposedThings = func() map[string]bool {
	m := setOf("scheme", "schemes", "programme", "programmes", "program", "idea", "ideas", "package", "charge",
		"charges", "fee", "fees", "rise", "cut", "freeze", "cap", "ultimatum", "amendment", "amendments")
	for _, set := range []map[string]bool{proposalNouns, lawNouns, condemnedMeasures} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// quotedThingAt reads what a quoted cue takes at token k: a phrase of a
// proposed thing with a demonstrative or "the" ("this plan", "the
// offer"), whose noun it returns, or a bare "it", "this" or "that" ("").
// ok is false for anything else ("any tax", "Kenya's plan").
func (d *doc) quotedThingAt(k, hi int) (noun string, ok bool) {
	if k >= hi || d.toks[k].kind != tWord || d.cover[k] != 0 || d.toks[k].flags&fInQuote == 0 {
		return "", false
	}
	w := d.tokLower(k)
	switch w {
	case "this", "that", "these", "the", "such":
		if h := d.thingHead(k+1, hi); h >= 0 {
			// The head: the last proposed thing before any word that
			// tells how ("this plan outright").
			for j := h; j > k; j-- {
				if hw := d.tokLower(j); proposedThings[hw] && d.toks[j].flags&fInQuote != 0 {
					return hw, true
				}
			}
			return "", false
		}
		if w == "this" || w == "that" {
			return "", d.phraseEnds(k+1, hi)
		}
	case "it":
		return "", d.phraseEnds(k+1, hi)
	}
	return "", false
}

// phraseEnds reports the end of an object phrase at token k: punctuation,
// a closing quotation mark, the sentence's end, or an adverb or a
// conjunction that starts what follows ("reject it outright", "and").
func (d *doc) phraseEnds(k, hi int) bool {
	if k >= hi || d.toks[k].kind != tWord {
		return true
	}
	w := d.tokLower(k)
	return isAdverb(w) || strings.HasSuffix(w, "ly") || w == "and" || w == "but" || w == "because" || w == "as" ||
		w == "if" || w == "unless" || w == "in" || w == "at"
}

// quotedProposer returns the one who put forward what the quoted cue at t
// takes ("“We reject this plan,”" after "The Finance Ministry proposed a
// new fuel levy"), or noActor.
func (d *doc) quotedProposer(t, hi int) actorRef {
	if d.toks[t].flags&fInQuote == 0 {
		return noActor
	}
	k := t + 1
	for k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (objectParticles[d.tokLower(k)] || d.tokLower(k) == "to") {
		k++
	}
	noun, ok := d.quotedThingAt(k, hi)
	if !ok {
		return noActor
	}
	// The quote opens its sentence: at most its mark before it.
	si := d.sentenceOf(t)
	lo, _ := d.sentRange(si)
	q := t
	for q > lo && d.toks[q-1].flags&fInQuote != 0 {
		q--
	}
	if q > lo+1 || q == lo+1 && d.toks[lo].kind != tQuote || si == 0 {
		return noActor
	}
	plo, phi := d.sentRange(si - 1)
	who := noActor
	for v := plo; v < phi; v++ {
		if !d.narrationWord(v) {
			continue
		}
		w := d.tokLower(v)
		part, strong := proposeVerbs[w]
		if !strong {
			var weak bool
			if part, weak = presentVerbs[w]; !weak {
				continue
			}
		}
		j := v + 1
		if part != "" {
			if j >= phi || d.tokLower(j) != part {
				continue
			}
			j++
		}
		// What is put forward: its head, after a determiner or a
		// possessive pronoun.
		if j < phi && d.toks[j].kind == tWord && d.cover[j] == 0 && (d.tokIn(j, inDeterminers) || possessivePronouns[d.tokLower(j)]) {
			j++
		}
		passive := v > plo && isBe(d.tokLower(v-1))
		if !strong {
			hw := ""
			if h := d.thingHead(j, phi); h >= 0 && !passive {
				hw = d.tokLower(h)
			}
			if !proposedThings[hw] && !(noun != "" && strings.HasPrefix(w, strings.TrimSuffix(noun, "s"))) {
				continue
			}
		}
		r := noActor
		if passive {
			// "A ban on night flights was proposed by the Harbour Trust"
			for j < phi && d.toks[j].kind == tWord && d.tokLower(j) != "by" && d.cover[j] == 0 && j < v+5 {
				j++
			}
			if j >= phi || d.tokLower(j) != "by" {
				continue
			}
			r = d.agentNamed(j+1, phi)
		} else if s := d.subjectArg(v); s.ref.ent >= 0 && !s.thing {
			r = s.ref
		}
		if r.ent < 0 || d.ents[r.ent].kind == KindOther {
			return noActor // put forward by someone the article does not name
		}
		if who.ok() && who.ent != r.ent {
			return noActor // two proposers: which one is unknown
		}
		who = actorRef{ent: r.ent}
	}
	return who
}

// agentNamed returns the actor the name at token k (after "by", past a
// "the" or a title) refers to, or noActor: a possessive ("by the
// federation's members") names someone else.
func (d *doc) agentNamed(k, hi int) actorRef {
	if k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (d.tokLower(k) == "the" || d.isTitleWord(k)) {
		k++
	}
	if k >= hi || d.cover[k] == 0 {
		return noActor
	}
	m := d.ments[d.cover[k]-1]
	if m.flags&mPoss != 0 {
		return noActor
	}
	return d.namedOwner(m)
}

// ownGroupBefore reports a subject, right before the verb at t inside a
// quote, that the speaker calls her own group: "our members", "our
// farmers", "my party colleagues". It speaks for the speaker's side.
func (d *doc) ownGroupBefore(t int) bool {
	k := d.skipAux(t - 1)
	if k < 1 || d.toks[k].kind != tWord || d.cover[k] != 0 || d.toks[k].flags&(fInQuote|fCap) != fInQuote {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2 && d.toks[j].kind == tWord && d.toks[j].flags&fInQuote != 0 && d.cover[j] == 0; j-- {
		switch d.tokLower(j) {
		case "our", "my":
			return true
		}
		if d.toks[j].flags&fCap != 0 || d.lex[j]&lexFunction != 0 {
			return false
		}
	}
	return false
}
