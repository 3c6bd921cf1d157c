package brief

import (
	"strconv"
	"strings"
)

// isOrderWord reports the verbs of an order laid on someone: "ordered the
// landlord to pay", "was told to publish", "has been instructed to
// replace", "was directed to rehouse". Compared as strings: cheaper than
// a table for every word of the text.
func isOrderWord(w string) bool {
	return w == "ordered" || w == "told" || w == "instructed" || w == "directed"
}

// orderGivenAt reads an order given in the active voice at the verb t:
// "Judge Helen Marsh ordered Corran Estates to pay £4,000 by 1 March and
// to replace the boilers", "the regulator instructed Kestrel Water to cut
// leaks before 2030". The one ordered — an actor, named or told by a
// description the article resolves, right before "to" and a verb
// (after an appositive: "the landlord, Corran Estates, to…") — is bound:
// a firm commitment, with the one who orders as who said it. Only with a
// time ahead in the clause ("by 1 March", "within 90 days"), outside
// quotes, and not told of a past year ("In 2017 a judge ordered…"). A
// country is given no orders: "ordered Ukraine to withdraw" is a demand
// (disputes.go), not a duty it has. "Told"
// in the active voice is speech ("told reporters to expect"), no order;
// a thing ordered ("ordered 40 new buses") is a purchase.
func (d *doc) orderGivenAt(t, hi int) (docCommitment, bool) {
	w := d.tokLower(t)
	if w != "ordered" && w != "instructed" && w != "directed" || d.toks[t].flags&fInQuote != 0 || t+1 >= hi ||
		t > 0 && isBe(d.tokLower(t-1)) || d.negatedBefore(t) || d.isConditionalClause(t) {
		return docCommitment{}, false
	}
	k := t + 1
	end := d.npEnd(k, hi)
	if end <= k || end >= hi {
		return docCommitment{}, false
	}
	obj := d.npEndingAt(k, end-1, npNoClimb)
	if obj.thing || obj.generic || !obj.ref.ok() || obj.ref.ent < 0 && publicNouns[d.tokLower(obj.head)] {
		return docCommitment{}, false
	}
	ref := obj.ref
	// "the landlord, Corran Estates, to fix…": the name in apposition.
	if d.toks[end].kind == tPunct && d.text[d.toks[end].s] == ',' {
		e2 := d.npEnd(end+1, hi)
		if e2 <= end+1 || e2+1 >= hi || d.toks[e2].kind != tPunct || d.text[d.toks[e2].s] != ',' {
			return docCommitment{}, false
		}
		if app := d.npEndingAt(end+1, e2-1, npNoClimb); app.ref.ok() && app.ref.ent >= 0 && !app.thing {
			if ref.ent < 0 || ref.ent == app.ref.ent {
				ref = app.ref
			}
		}
		end = e2 + 1
	}
	if ref.ent < 0 || d.ents[ref.ent].kind == KindOther || d.ents[ref.ent].kind == KindCountry || d.tokLower(end) != "to" ||
		!d.orderAsks(end+1, hi) || d.toks[end+1].flags&fCap != 0 || d.lex[end+1]&lexFunction != 0 || d.tokIn(end+1, inDeterminers) {
		return docCommitment{}, false
	}
	to := end
	stop := d.orderEnd(to, hi)
	when, ahead := d.deadlineAhead(to, stop)
	if !ahead || d.pastYearBefore(t) {
		return docCommitment{}, false
	}
	by := d.subjectArg(t).ref
	if by.ent < 0 {
		by = d.reportingSpeaker(t) // "The regulator ordered…, Ofwat said"
	}
	si := d.sentenceOf(t)
	c := docCommitment{ent: ref.ent, actor: d.ents[ref.ent].name, strength: Firm, text: d.a.SentenceText(si),
		cameo: d.commitCameo(to, d.actionVerbAfter(to, hi)), when: when, score: dutyCue.weight + 0.5}
	if by.ent >= 0 && by.ent != ref.ent {
		c.saidBy = d.ents[by.ent].name
	}
	c.what = trimClause(d.spanText(to, stop))
	c.clause = strings.TrimRight(d.spanText(d.clauseStart(t), stop), " ,;")
	if si < 3 {
		c.score++
	}
	return c, true
}

// awaitVerbs, after an order's "to", tell someone what is coming, not
// what to do: "was told to expect a decision by Friday", "told to wait
// until Monday".
var awaitVerbs = setOf("expect", "wait", "await", "hope", "anticipate", "brace")

// orderAsks reports that the verb after the "to" of an order at token v
// asks for an act: not "told to expect a decision by Friday".
func (d *doc) orderAsks(v, hi int) bool {
	return v < hi && d.toks[v].kind == tWord && !awaitVerbs[d.tokLower(v)]
}

// orderEnd returns the end of what an order at "to" (token to) asks: its
// clause, and a second "and to…" joined to it ("to pay £4,000 by 1 March
// and to replace the boilers").
func (d *doc) orderEnd(to, hi int) int {
	end := d.clauseEnd(to, hi)
	for end+2 < hi && d.toks[end].kind == tPunct && d.text[d.toks[end].s] == ',' && d.tokLower(end+1) == "and" &&
		d.tokLower(end+2) == "to" {
		end = d.clauseEnd(end+2, hi)
	}
	return end
}

// deadlineAhead returns the time by which a duty in tokens [t, end) is to
// be done, and whether there is one still to come: "by 1 March", "within
// 90 days", "before 2030", "next week". A year already past — before the
// article's year, or any year after "in" in an article with no date — is
// when it was ordered, not a deadline ("ordered to pay costs in 2019").
func (d *doc) deadlineAhead(t, end int) (string, bool) {
	when := d.timeExpr(t, end)
	lw := asciiLower(when)
	if d.timeAhead(t, end) {
		return when, !d.pastYearIn(lw, false)
	}
	for _, p := range []string{"by ", "within ", "before ", "until ", "next ", "later ", "in "} {
		if strings.HasPrefix(lw, p) {
			return when, !d.pastYearIn(lw, p == "in ")
		}
	}
	return when, false
}

// pastYearIn reports a year in the time expression w that is before the
// article's year; with no date known, any year when strict.
func (d *doc) pastYearIn(w string, strict bool) bool {
	for f := range strings.FieldsSeq(w) {
		y, ok := yearWord(f)
		if !ok {
			continue
		}
		if d.a.Date.IsZero() {
			if strict {
				return true
			}
			continue
		}
		if y < d.a.Date.Year() {
			return true
		}
	}
	return false
}

// pastYearBefore reports a year before the verb t in its sentence that
// sets the order in the past: "In 2017 a judge ordered…" (before the
// article's year, or any year when the article has no date).
func (d *doc) pastYearBefore(t int) bool {
	for k := d.sentTokLo(t); k < t; k++ {
		if d.toks[k].kind != tNum {
			continue
		}
		if y, ok := yearWord(d.tokLower(k)); ok && (d.a.Date.IsZero() || y < d.a.Date.Year()) {
			return true
		}
	}
	return false
}

// yearWord reads a four-digit year from 1000 to 2999.
func yearWord(w string) (int, bool) {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil
}
