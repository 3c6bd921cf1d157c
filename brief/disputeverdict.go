package brief

import "strings"

// Verdicts reported of another side's act (CAMEO 111, criticize or
// denounce): "Hadley said Marsh's decision was a mistake", "the levy
// imposed by the council was unlawful, the association said", "called
// the minister's plan a costly blunder". The one who gives the verdict and
// the actor whose act or thing it judges are the parties; both must be
// named, or there is no dispute to print: a verdict on "the closure of the
// port" judges no one in particular, one on one's own decision is no
// dispute between sides.

// verdictWords end a verdict: the scorn of a quote's predicate
// (scornPredicates) and the words that call an act an error.
var verdictWords = func() map[string]bool {
	m := setOf("mistake", "error", "blunder", "misguided", "flawed", "wrong", "wrongheaded", "counterproductive",
		"short-sighted", "shortsighted", "ill-conceived", "unworkable", "unlawful", "illegal", "unjustified",
		// and the words of ineffect: "was ineffective", "was a failure"
		"ineffective", "ineffectual", "inadequate", "insufficient", "inept", "incompetent", "negligent", "failure")
	for w := range scornPredicates {
		m[w] = true
	}
	return m
}()

// verdictModifiers stand between "was a" and the verdict: "was a historic
// mistake", "was deeply flawed".
var verdictModifiers = setOf("a", "an", "the", "historic", "big", "huge", "grave", "serious", "terrible", "costly",
	"major", "fundamental", "tragic", "strategic", "dangerous", "complete", "total", "utter", "clear", "terrible",
	"colossal", "massive", "catastrophic", "bad", "grievous", "monumental", "another")

// describeForms name a thing "as" what it is: "described the plan as a
// blunder", "characterised the ruling as unlawful".
var describeForms = setOf("described", "describes", "describe", "describing", "characterised", "characterized",
	"characterises", "characterizes", "portrayed", "portrays", "depicted", "depicts")

// verdictWeight is the weight of a reported verdict with both sides named.
const verdictWeight = 3

// verdictDispute finds a verdict told of another side in [lo, hi).
func (d *doc) verdictDispute(lo, hi int) docDispute {
	if lo >= hi || !d.sentHasWord(&d.verdict, verdictWords, d.sentenceOf(lo)) || d.questionSentence(lo, hi) {
		return docDispute{}
	}
	for v := lo + 2; v < hi; v++ {
		if d.toks[v].kind != tWord || d.toks[v].flags&fCap != 0 || !d.tokIn(v, inVerdictWords) {
			continue
		}
		if v+1 < hi && d.tokLower(v+1) == "with" {
			continue // "something was wrong with the engine"
		}
		k := v - 1
		for k > lo && (d.toks[k].kind == tWord && (verdictModifiers[d.tokLower(k)] || isAdverb(d.tokLower(k))) ||
			(d.toks[k].kind == tQuote || d.toks[k].kind == tPunct && d.quoteMarkAt(k))) {
			k--
		}
		var x docDispute
		if k > lo && d.toks[k].kind == tWord && isBe(d.tokLower(k)) {
			x = d.reportedVerdict(k, v, lo, hi)
		} else if k > lo {
			x = d.namedVerdict(k, v, lo, hi)
		}
		if len(x.parties) == 2 {
			return x
		}
	}
	return docDispute{}
}

// quoteMarkAt reports a quotation mark at punctuation token k.
func (d *doc) quoteMarkAt(k int) bool {
	switch d.text[d.toks[k].s] {
	case '"', '\'':
		return true
	}
	r := d.text[d.toks[k].s:]
	return len(r) >= 3 && (r[:3] == "\u201c" || r[:3] == "\u201d" || r[:3] == "\u2018" || r[:3] == "\u2019")
}

// reportedVerdict reads "said [X's act] was [a mistake]": be is the copula
// at token be, v the verdict word. The speaker is the one who reports the
// clause; the judged side is the clause's subject, an actor ("the
// regulator was wrong") or the owner or maker of the thing it names
// ("Marsh's decision", "the levy imposed by the council").
func (d *doc) reportedVerdict(be, v, lo, hi int) docDispute {
	if d.toks[be].flags&fInQuote != 0 || d.negatedBefore(be) || d.notBetween(be, v) || d.inConditional(be) {
		return docDispute{} // a direct quote is quoteDispute's; "was not a mistake"
	}
	s := d.verdictClauseStart(be, lo)
	if s < 0 || d.askedBefore(lo, s+1) {
		return docDispute{}
	}
	judged, actor := d.judgedPhrase(s, be)
	if !actor && d.tokLower(v) == "wrong" {
		return docDispute{} // "the figures were wrong": a fact disputed, not a side
	}
	speaker := d.reporterOf(be)
	return d.verdictParties(speaker, judged, v, hi)
}

// verdictClauseStart returns the first token of the clause whose copula
// is at be: after the speech verb and its "that" ("said that…", "told the
// committee that…"), or the sentence's start when the speech verb follows
// ("…was unlawful, the union said"); -1 when no one reports it or the
// clause is too long to read as one phrase and its copula.
func (d *doc) verdictClauseStart(be, lo int) int {
	s := lo
	for k := be - 1; k >= lo; k-- {
		if d.toks[k].kind != tWord || d.toks[k].flags&fInQuote != 0 || d.lex[k]&lexSpeech == 0 ||
			k > lo && (d.tokIn(k-1, inDeterminers) || d.cover[k-1] != 0 && d.ments[d.cover[k-1]-1].flags&mPoss != 0) {
			continue // "the report by the regulator", "Tanzania's claim": a noun
		}
		s = k + 1
		for j := k + 1; j < be && j <= k+6; j++ {
			if d.tokLower(j) == "that" {
				s = j + 1 // "told the committee that…"
				break
			}
		}
		break
	}
	if be-s > 14 || s >= be {
		return -1
	}
	return s
}

// judgedPhrase returns the actor the phrase [s, e) judges: an actor it
// names whole ("the regulator", "Ms Marsh"; actor is true), the owner of
// what it names ("Marsh's decision to close the port") or its maker ("the
// report by the regulator", "the levy imposed by the council"); noActor
// when it names no one, or people of someone's ("Marsh's critics").
func (d *doc) judgedPhrase(s, e int) (r actorRef, actor bool) {
	j := s
	for j < e && d.toks[j].kind == tWord && d.cover[j] == 0 && (d.tokIn(j, inDeterminers) || d.isTitleWord(j)) {
		j++
	}
	if j >= e {
		return noActor, false
	}
	if c := d.cover[j]; c != 0 && d.toks[j].flags&fCap == 0 && d.ments[c-1].flags&mPoss == 0 {
		return d.makerAfter(int(d.ments[c-1].t1), e), false // "the report by the regulator"
	} else if c != 0 {
		m := d.ments[c-1]
		if m.ent < 0 || m.form == formPronoun || d.ents[m.ent].kind == KindOther ||
			m.form == formPlace && !(m.flags&mPoss != 0 && d.ents[m.ent].kind == KindCountry) {
			return noActor, false // a place, but "Tanzania's claim" is the state's
		}
		t1 := int(m.t1)
		switch {
		case t1 == e && m.flags&mPoss == 0:
			return actorRef{ent: int(m.ent)}, true
		case m.flags&mPoss != 0 && t1 < e && d.toks[t1].kind == tWord && d.cover[t1] == 0 && !d.agentNounAt(t1):
			return actorRef{ent: int(m.ent)}, false
		case m.form == formDemonym && d.ents[m.ent].kind == KindCountry && d.statePolicyAt(t1, e):
			// "the Kenyan quota system": a state's policy, named by its
			// people's adjective, is the state's.
			return actorRef{ent: int(m.ent)}, false
		}
		return noActor, false
	}
	// A thing's head, then its maker.
	for j < e && j < s+4 && d.toks[j].kind == tWord && d.cover[j] == 0 && d.toks[j].flags&fCap == 0 &&
		!isPreposition(d.tokLower(j)) && !(strings.HasSuffix(d.tokLower(j), "ed") && j > s) {
		j++
	}
	return d.makerAfter(j, e), false
}

// makerAfter returns the named maker of a thing after its phrase, from
// end up to the copula at be: "the levy imposed by the council", "the
// report by the regulator", "the ruling of the tribunal".
func (d *doc) makerAfter(end, be int) actorRef {
	k := end
	if w := d.tokLower(k); k < be && d.toks[k].kind == tWord && (formTags(w)&formPast != 0 || strings.HasSuffix(w, "ed")) {
		k++ // "imposed by"
	}
	if k+1 >= be || d.tokLower(k) != "by" && d.tokLower(k) != "of" && d.tokLower(k) != "from" {
		return noActor
	}
	j := k + 1
	for j < be && d.toks[j].kind == tWord && d.tokIn(j, inDeterminers) && d.cover[j] == 0 {
		j++
	}
	if j >= be || d.cover[j] == 0 {
		return noActor
	}
	m := d.ments[d.cover[j]-1]
	if m.ent < 0 || m.form == formPlace || m.form == formPronoun || m.flags&mPoss != 0 {
		return noActor
	}
	return actorRef{ent: int(m.ent)}
}

// namedVerdict reads "called [X's plan to close the port] [a costly
// blunder]": k is the last token before the verdict's article and
// modifiers, v the verdict word; the naming verb is at most twelve words
// before.
func (d *doc) namedVerdict(k, v, lo, hi int) docDispute {
	as := d.tokLower(k) == "as"
	if as {
		k-- // "described the plan as a blunder"
	}
	verb := -1
	for j := k - 1; j > lo && j >= k-12; j-- {
		if d.toks[j].kind == tWord && d.toks[j].flags&fInQuote == 0 &&
			(!as && d.lex[j]&lexNaming != 0 || as && describeForms[d.tokLower(j)]) {
			verb = j
			break
		}
	}
	if verb < 0 || d.negatedBefore(verb) || d.inConditional(verb) || d.notBetween(verb, v) {
		return docDispute{}
	}
	judged, _ := d.judgedPhrase(verb+1, k+1)
	r, ok := d.criticSubject(verb)
	if !ok {
		return docDispute{}
	}
	return d.verdictParties(r, judged, v, hi)
}

// verdictParties makes the dispute of a verdict given by speaker on
// judged, both named and apart, or none.
func (d *doc) verdictParties(speaker, judged actorRef, v, hi int) docDispute {
	x := docDispute{cue: d.tokLower(v), cameo: "111", cueTok: v}
	x.add(speaker)
	x.add(judged)
	if x = d.twoSides(x, verdictWeight); len(x.parties) == 2 {
		x.topic = d.disputeTopic(v, hi)
	}
	return x
}

// notBetween reports a negation in tokens (a, b): "was not a mistake",
// "was never wrong".
func (d *doc) notBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := d.tokLower(k); w == "not" || w == "never" || w == "hardly" || w == "no" || strings.HasSuffix(w, "n't") ||
			strings.HasSuffix(w, "n\u2019t") {
			return true
		}
	}
	return false
}

// askedBefore reports a question's "whether" or "if" in tokens [lo, k):
// "asked whether the decision was a mistake".
func (d *doc) askedBefore(lo, k int) bool {
	for j := lo; j < k; j++ {
		if w := d.tokLower(j); w == "whether" || w == "if" {
			return true
		}
	}
	return false
}

// statePolicyAt reports a thing's phrase [t, e) after a people's
// adjective that names what a state does or runs: lower-case words with no
// person, agent or group among them ("quota system", "safety net",
// "fishing ban"; not "fishermen", "officials", "team").
func (d *doc) statePolicyAt(t, e int) bool {
	if t >= e || e-t > 4 {
		return false
	}
	for k := t; k < e; k++ {
		w := d.tokLower(k)
		if d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 || d.cover[k] != 0 || d.agentNounAt(k) ||
			isPersonNoun(w) || groupNouns[w] != "" || isPreposition(w) || d.lex[k]&lexFunction != 0 {
			return false
		}
	}
	return true
}
