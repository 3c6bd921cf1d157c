package brief

import "strings"

// A court or a judge that rules on a case is no side of the dispute the
// case is about (dropRulingCourt): "The Supreme Court rejected Norvel's
// appeal" sets the appellant against whoever it appealed against, not
// against the court; "a judge dismissed the case against Marta Olsen"
// names neither the one who brought the case nor anyone who lost it.

// rulingHeads are the words that name a body or a person that rules on
// a case: the courtHeads without the panels and arbitrators, which may
// be sides.
var rulingHeads = setOf("court", "courts", "judge", "judges", "tribunal", "magistrate", "magistrates", "justices")

// rulingForms are the forms of the verbs a court rules with: it turns
// down, sets aside or confirms what a party asked or what was decided.
var rulingForms = setOf("dismissed", "dismisses", "rejected", "rejects", "overturned", "overturns", "quashed",
	"quashes", "threw", "throws", "thrown", "struck", "strikes", "upheld", "upholds", "overruled", "overrules",
	"denied", "denies", "refused", "refuses", "set", "sets", "acquitted", "acquits", "cleared", "clears", "annulled",
	"annuls", "voided", "voids", "invalidated", "invalidates", "reversed", "reverses", "blocked", "blocks", "halted",
	"halts")

// winnerForms leave the one the case was against the winner: "acquitted
// Rina Sato", "cleared the firm".
var winnerForms = setOf("acquitted", "acquits", "cleared", "clears")

// rulingName reports a party's name that names a court or a judge.
func rulingName(name string) bool {
	for f := range strings.FieldsSeq(strings.ToLower(name)) {
		if rulingHeads[f] {
			return true
		}
	}
	return false
}

// dropRulingCourt drops from x, a dispute of the sentence [lo, hi), a
// court or a judge that is the subject of a ruling verb (or its agent in
// the passive), and keeps the party whose appeal, claim or plan the
// ruling turns down. A ruling on a case against someone ("dismissed the
// charges against Pavel Dunn", "the charges against him were thrown out
// by a magistrate") or one that clears someone names no loser: false,
// nothing to print, whether the court was a party or not.
func (d *doc) dropRulingCourt(x *docDispute, lo, hi int) bool {
	court := -1
	for i, p := range x.parties {
		if p >= 0 && rulingName(d.ents[p].name) || p < 0 && i < len(x.names) && rulingName(x.names[i]) {
			court = i
			break
		}
	}
	for v := lo + 1; v < hi; v++ {
		if d.toks[v].kind != tWord || d.toks[v].flags&fCap != 0 || !d.tokIn(v, inRulingForms) {
			continue
		}
		// The ruled-on phrase: after the verb, or its subject in the
		// passive ("the appeal was rejected by the High Court").
		r0, r1 := v+1, min(v+9, hi)
		if d.passiveAt(v) {
			if !d.rulingAgent(v, hi) {
				continue
			}
			r0, r1 = lo, v
		} else if arg := d.subjectArg(v); !arg.found() ||
			!(rulingHeads[d.tokLower(arg.head)] || court >= 0 && arg.ref.ent >= 0 && arg.ref.ent == x.parties[court]) {
			continue
		}
		if winnerForms[d.tokLower(v)] {
			return false
		}
		for k := r0; k < r1; k++ {
			if d.tokLower(k) == "against" {
				return false // "the case against…": the one it was against has won
			}
		}
		if court < 0 {
			return true
		}
		x.parties = append(x.parties[:court:court], x.parties[court+1:]...)
		if court < len(x.names) {
			x.names = append(x.names[:court:court], x.names[court+1:]...)
		}
		return len(x.parties) > 0
	}
	return true
}

// rulingAgent reports a court or a judge as the agent of the passive
// ruling verb at v: "was rejected by the High Court", "were thrown out by
// a magistrate".
func (d *doc) rulingAgent(v, hi int) bool {
	k := v + 1
	if k < hi && objectParticles[d.tokLower(k)] {
		k++ // "thrown out by"
	}
	if k >= hi || d.tokLower(k) != "by" {
		return false
	}
	for j := k + 1; j < hi && j <= k+5; j++ {
		if d.toks[j].kind != tWord {
			return false
		}
		if rulingHeads[d.tokLower(j)] {
			return true
		}
	}
	return false
}
