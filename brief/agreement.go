package brief

// agreementVerbs state a commitment only with an agreement as their
// direct object (agreementObject): "reached a deal", "struck an accord".
// They need the lemmas' forms in brief/lexdata (tools/lexgen/seeds).
var agreementVerbs = setOf("reach", "strike", "clinch", "seal", "conclude", "finalise", "finalize")

// agreementNouns name an agreement that parties reach or strike.
var agreementNouns = setOf("deal", "deals", "agreement", "agreements", "accord", "accords", "treaty", "pact",
	"ceasefire", "truce", "settlement", "settlements", "compromise", "bargain", "contract", "understanding",
	"arrangement")

// agreementObject reports an agreement as the direct object of the verb
// at t: its noun within five tokens, with no preposition, clause word or
// punctuation between ("reached a tentative two-year deal", not "reached
// the final after a deal" or "struck down the law").
func (d *doc) agreementObject(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+5; k++ {
		if d.toks[k].kind == tNum || d.text[d.toks[k].s] == '$' {
			continue // "a $2bn deal", "a 10-year pact"
		}
		if d.toks[k].kind != tWord {
			return false
		}
		w := d.tokLower(k)
		if agreementNouns[w] {
			return true
		}
		if isPreposition(w) || w == "that" || w == "down" || w == "out" || d.lex[k]&lexFunction != 0 && !determiners[w] {
			return false
		}
	}
	return false
}

// agreementPassiveAt reads an agreement reached, struck or signed in
// the passive at the participle t, with the party it names after "with"
// or "between": "Similar agreements were reached with Calvera Bank",
// "a ceasefire was agreed between Velden and Oslin". The party is the
// commitment's actor. A denied or missing agreement ("no deal was
// reached", "was not signed") and one in a condition bind no one.
func (d *doc) agreementPassiveAt(t, hi int) (docCommitment, bool) {
	l := lemmaName(d.lemmaAt(t))
	if !agreementVerbs[l] && l != "sign" && l != "agree" || formTags(d.tokLower(t))&formPart == 0 {
		return docCommitment{}, false
	}
	// Back over the passive's "be" ("were", "has been", "was finally") to
	// the agreement noun that is its subject.
	k := t - 1
	be := false
	for ; k >= 0 && k >= t-4 && d.toks[k].kind == tWord; k-- {
		w := d.tokLower(k)
		if w == "not" || w == "never" {
			return docCommitment{}, false
		}
		if isBe(w) {
			be = true
			continue
		}
		if !isAuxiliary(w) && !isAdverb(w) {
			break
		}
	}
	if !be || k < 0 || !agreementNouns[d.tokLower(k)] {
		return docCommitment{}, false
	}
	for j := k - 1; j >= 0 && j >= k-3 && d.toks[j].kind == tWord; j-- {
		if w := d.tokLower(j); w == "no" || w == "any" {
			return docCommitment{}, false // "No agreement was reached"
		}
	}
	if d.isConditionalClause(t) || d.counterfactualBefore(t) {
		return docCommitment{}, false
	}
	end := d.clauseEnd(t, hi)
	party := -1
	for j := t + 1; j < end && j <= t+6; j++ {
		if w := d.tokLower(j); w != "with" && w != "between" {
			continue
		}
		p := j + 1
		for p < end && d.tokIn(p, inDeterminers) {
			p++
		}
		if p < end && d.actorMentionAt(p) {
			party = int(d.ments[d.cover[p]-1].ent)
		}
		break
	}
	if party < 0 || d.ents[party].kind == KindOther {
		return docCommitment{}, false
	}
	si := d.sentenceOf(t)
	c := docCommitment{ent: party, actor: d.ents[party].name, strength: Firm, text: d.a.SentenceText(si),
		cameo: "057", score: 2.5}
	if rep := d.reportingSpeaker(t); rep.ok() && rep.ent != party {
		c.saidBy = rep.name
		if rep.ent >= 0 {
			c.saidBy = d.ents[rep.ent].name
		}
	}
	c.what = trimClause(d.spanText(k, end))
	c.clause = c.what
	c.when = d.timeExpr(t, end)
	return c, true
}
