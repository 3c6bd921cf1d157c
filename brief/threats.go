package brief

import "strings"

// Threats of action (CAMEO 13, threaten): an act against a party
// announced by the one who would take it. The CAMEO verb file codes a
// coercive or violent verb in a frame of intent as a threat ("SAID WOULD
// * [138]" fight, "MAY * [131]" sue); lexdata/threats.tsv lists those acts
// with their codes. The frames: a modal whose subject is the actor ("said
// it would sue", "will take the council to court"; "could", "may" and
// "might" only in the actor's own warning: "warned that it could take…"),
// an intent verb with "to" ("vowed to fight", "plans to sue") and a
// gerund of deliberation ("is considering taking… to court"). Legal action
// is an act whatever its verb: "take X to court", "take legal action
// against X", "challenge the ruling in court" (the code of "sue").

// threatWeight is the weight of a threat of action: as strong as a
// dispute verb of the table's two-word cues, and one more with its target
// named (threatDispute).
const threatWeight = 2.5

// threatIntents take the act after "to": "vowed to fight", "plans to
// sue", "is ready to take them to court".
var threatIntents = setOf("vow", "pledge", "promise", "plan", "intend", "prepare", "decide", "threaten", "resolve")
var threatReady = setOf("ready", "prepared", "poised", "determined")

// threatPonder take the act as a gerund: "is considering taking the
// council to court".
var threatPonder = setOf("considering", "weighing", "mulling", "contemplating", "exploring", "threatening")

// courtNouns end "take X to court": "to court", "to the High Court", "to a
// tribunal", "to the league's disciplinary panel", "to the ombudsman".
var courtNouns = setOf("court", "courts", "tribunal", "tribunals", "arbitration", "panel", "ombudsman",
	"arbitrator")

// challengedMeasures are what a legal challenge is against when no party
// is named: "challenge the ruling", "fight the decision".
var challengedMeasures = setOf("ruling", "rulings", "decision", "decisions", "verdict", "judgment", "judgement",
	"order", "ban", "law", "levy", "fine", "fines", "sentence", "conviction", "policy", "rules", "regulation",
	"regulations", "decree", "sanctions", "tariff", "tariffs", "tax", "charges", "closure", "merger", "takeover")

// threatDispute finds a threat of action in the sentence [lo, hi).
func (d *doc) threatDispute(lo, hi int) docDispute {
	best := docDispute{}
	if lo >= hi || !d.sentHasWord(&d.threat, lexData().threatWords, d.sentenceOf(lo)) {
		return best
	}
	tab := lexData()
	take, challenge := lemmaOf("take"), lemmaOf("challenge")
	for v := lo + 1; v < hi; v++ {
		if d.toks[v].kind != tWord || d.toks[v].flags&fCap != 0 {
			continue
		}
		l := d.lemmaAt(v)
		if l == 0 {
			continue
		}
		code := tab.threats[l]
		if code == "" && l != take && l != challenge {
			continue
		}
		name := lemmaName(l)
		w := d.tokLower(v)
		if tags := formTags(w); tags&formLemma == 0 && tags&formIng == 0 {
			continue // "sued", "takes": no act announced
		}
		frame := d.threatFrameAt(v, lo, hi)
		if frame < 0 {
			continue
		}
		x, ok := d.threatAct(v, hi, name, code)
		if !ok {
			continue
		}
		// The one who announces the act: the subject of the frame ("it"
		// in "said it would sue" is the body the sentence names).
		subj, a := d.announcer(frame)
		if subj.thing || !a.ok() || a.ent >= 0 && d.ents[a.ent].kind == KindOther {
			continue
		}
		y := docDispute{cue: w, score: threatWeight, cameo: x.cameo, cueTok: v}
		y.add(a)
		for i, p := range x.parties {
			if p >= 0 && p != a.ent {
				y.add(actorRef{ent: p, name: x.names[i]})
			}
		}
		if len(y.parties) < 2 && !strings.HasPrefix(x.topic, "measure") {
			continue // no one the act is against: "will fight relegation"
		}
		if len(y.parties) >= 2 {
			y.score++
		}
		y.topic = d.disputeTopic(v, hi)
		if y.score > best.score {
			best = y
		}
	}
	return best
}

// threatFrameAt returns the token whose subject announces the act at v —
// the modal, the intent verb or the verb of deliberation — or -1.
func (d *doc) threatFrameAt(v, lo, hi int) int {
	p := d.adverbsBack(v-1, lo)
	if p < lo || d.toks[p].kind != tWord {
		return -1
	}
	w := d.tokLower(p)
	ing := formTags(d.tokLower(v))&formIng != 0 && formTags(d.tokLower(v))&formLemma == 0
	switch {
	case ing:
		// "is considering taking the council to court"
		if !threatPonder[w] || !d.progressiveAt(p) {
			return -1
		}
	case w == "will" || w == "would" || w == "shall" || contractedWill(w):
		if w == "would" && d.toks[p].flags&fInQuote != 0 && !d.firstPersonBefore(p) {
			return -1 // a hypothetical inside a quote
		}
	case w == "could" || w == "may" || w == "might":
		// Only the actor's own warning: "warned that it could take the
		// council to court", not "analysts said Dalmore could sue".
		if p-1 < lo || !ownPronouns[d.tokLower(p-1)] || !d.speechBetween(lo, p-1) {
			return -1
		}
	case w == "to":
		// "vowed on Tuesday to sue", "threatened again to take…"
		q := d.adverbsBack(d.timeBack(d.adverbsBack(p-1, lo), lo), lo)
		if q < lo || d.toks[q].kind != tWord || !threatIntents[lemmaName(d.lemmaAt(q))] && !threatReady[d.tokLower(q)] {
			return -1
		}
		if threatReady[d.tokLower(q)] && (q == lo || !isBe(d.tokLower(q-1))) {
			return -1 // "is ready to", not "a team ready to"
		}
		p = q
	default:
		return -1
	}
	if d.negatedBefore(p) || d.negatedBefore(v) || d.inConditional(p) {
		return -1
	}
	return p
}

// ownPronouns are the subjects of a warning about one's own act: "it
// could", "we may".
var ownPronouns = setOf("it", "we", "they", "i")

// threatAct reads the act at v: its target (the parties of x) and its
// code. ok is false when v tells no act against anyone: "take the matter
// to court" names no one, "fight for its workers" is no act against a
// party. A measure with no named maker ("challenge the ruling in court")
// leaves the target out and marks x.topic "measure".
func (d *doc) threatAct(v, hi int, name, code string) (docDispute, bool) {
	x := docDispute{cameo: code}
	sue := lexData().threats[lemmaOf("sue")]
	legal := false
	var targets []actorRef
	switch name {
	case "take":
		// "take legal action against X", "take X to court".
		k := v + 1
		if k+2 < hi && (d.tokLower(k) == "legal" || d.tokLower(k) == "court") && d.tokLower(k+1) == "action" {
			if d.tokLower(k+2) != "against" {
				return x, false
			}
			targets = d.objectArgs(k+2, hi)
			legal = true
			break
		}
		end := d.npEnd(k, hi)
		if end <= k || end+1 >= hi || d.tokLower(end) != "to" {
			return x, false
		}
		j := end + 1
		for j < hi && j <= end+5 && d.toks[j].kind == tWord && !courtNouns[d.tokLower(j)] &&
			(d.tokIn(j, inDeterminers) || d.toks[j].flags&fCap != 0) {
			j++
		}
		if j >= hi || !courtNouns[d.tokLower(j)] {
			return x, false
		}
		targets = d.objectArgs(v, hi)
		legal = true
	case "challenge":
		// "challenge the ruling in court", "challenge the decision by X".
		end := d.clauseEnd(v, hi)
		for k := v + 1; k < end; k++ {
			if courtNouns[d.tokLower(k)] || d.tokLower(k) == "legal" || d.tokLower(k) == "legally" {
				legal = true
			}
		}
		if !legal {
			return x, false
		}
		fallthrough
	default:
		targets = d.namedOnly(d.objectArgs(v, hi))
		if len(targets) == 0 {
			// "the decision by Calder Terminals", "the ruling of the
			// tribunal": the measure's maker.
			end := d.npEnd(v+1, hi)
			if end > v+1 && challengedMeasures[d.tokLower(end-1)] {
				if end < hi && (d.tokLower(end) == "by" || d.tokLower(end) == "of" || d.tokLower(end) == "from") {
					targets = d.namedOnly(d.objectArgs(end, hi))
				}
				if len(targets) == 0 && (legal || name == "fight" || name == "sue") {
					x.topic = "measure"
				}
			}
		}
	}
	if legal {
		x.cameo = sue
	}
	for _, r := range d.namedOnly(targets) {
		x.add(r)
	}
	return x, len(x.parties) > 0 || x.topic == "measure"
}

// namedOnly keeps the named actors of rs: not a description ("the
// ruling", "its workers") nor a thing.
func (d *doc) namedOnly(rs []actorRef) []actorRef {
	out := rs[:0:0]
	for _, r := range rs {
		if r.ent >= 0 && d.ents[r.ent].kind != KindOther {
			out = append(out, r)
		}
	}
	return out
}

// announcer returns the subject of the modal frame at token frame (the
// one who announces what it will do) as an argument, and the actor it
// names: the argument's actor, else the clause's subject, else, for an
// "it", "they" or "we" that names no one ("the Guild said it would…",
// "the union said they would never…"), the one who says so.
func (d *doc) announcer(frame int) (argument, actorRef) {
	subj := d.subjectArg(frame)
	if subj.found() {
		return subj, subj.ref
	}
	a := d.subjectOf(frame)
	if p := d.subjectPronounBefore(frame); !a.ok() && p >= 0 && ownPronouns[d.tokLower(p)] && d.tokLower(p) != "i" {
		a = d.reporterOf(frame)
	}
	return subj, a
}

// adverbsBack returns the token at or before p, not before lo+1, once the
// adverbs of a verb group ("would not ever", "vowed to quickly") are
// passed over; an auxiliary is no adverb.
func (d *doc) adverbsBack(p, lo int) int {
	for p > lo && d.toks[p].kind == tWord && isAdverb(d.tokLower(p)) && !isAuxiliary(d.tokLower(p)) {
		p--
	}
	return p
}

// contractedWill reports a word that ends in a contracted "will": "we'll",
// "they’ll", "'ll".
func contractedWill(w string) bool {
	return strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "\u2019ll")
}
