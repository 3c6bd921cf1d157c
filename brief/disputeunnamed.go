package brief

import "strings"

// A dispute with one party whose other side the sentence leaves unnamed
// is no open dispute when that party is only the one acted upon, the one
// who failed or admits a failure, or the one blamed in a clause that is
// background (issue: disputes that state no disagreement). The reasons,
// each with a table test (TestDisputeUnnamedSide):
const (
	dropAgentlessPassive = "a passive with no agent: the one ousted or sanctioned is no side of a dispute alone"
	dropFacedMeasure     = "the target of a measure whose maker is unnamed: 'will face sanctions'"
	dropFailure          = "a failure or a frustration told of one party: 'has been unable to secure any change'"
	dropBackgroundBlame  = "blame laid by unnamed critics in a clause that tells a thing: 'policies his critics blamed on him'"
)

// unnamedSideReason returns why the one-party dispute x in tokens [lo, hi)
// names no disagreement, or "".
func (d *doc) unnamedSideReason(x docDispute, lo, hi int) string {
	t := x.cueTok
	if len(x.parties) != 1 || t < lo || t >= hi || d.toks[t].kind != tWord {
		return ""
	}
	w := d.tokLower(t)
	switch {
	case measureCameo(x.cameo) && d.agentlessPassive(t, hi, x):
		// Only a measure taken, not words said: "was accused of breaking
		// a promise" tells the accusation, made by someone, and stays.
		return dropAgentlessPassive
	case measureCameo(x.cameo) && d.facedMeasure(t, lo):
		// "faces complaints that it refuses to pay" tells a grievance
		// and stays.
		return dropFacedMeasure
	case (w == "unable" || lemmaName(d.lemmaAt(t)) == "fail") && d.frustratedGoal(t, hi) && t+2 < hi && gainGoals[d.tokLower(t+2)] &&
		!(t+3 < hi && winOverParticles[d.tokLower(t+3)]):
		// "failed to persuade the union" names the other side (two
		// parties); "has been unable to secure any change" names none.
		return dropFailure
	case feelingCues[w] && disputeNouns[w] != 0 && (d.admissionBefore(t, lo) || d.predicateFeeling(t, lo)):
		// "admitted that his failure … was the biggest frustration of his
		// term": a regret, not a grievance against anyone.
		return dropFailure
	case d.backgroundCriticsBlame(t, lo):
		return dropBackgroundBlame
	}
	return ""
}

// measureCameo reports a CAMEO code of a measure taken against a side
// rather than words said to it: 16 reduce relations (sanctions, expel),
// 17 coerce (oust, arrest, seize), 18 assault, 19 fight.
func measureCameo(c string) bool {
	return len(c) >= 2 && c[0] == '1' && c[1] >= '6' && c[1] <= '9'
}

// gainGoals are the frustratedGoals that tell something one side failed
// to get, with no other side in them: "unable to secure any change",
// "failed to pass the bill" (not "failed to persuade the union", "failed
// to close gaps", which name or imply the other side).
var gainGoals = setOf("secure", "win", "obtain", "pass")

// winOverParticles make "win" a persuading of another side: "unable to win
// over her cabinet", "failed to win round the unions".
var winOverParticles = setOf("over", "round", "around", "back")

// agentlessPassive reports a cue verb in the passive with no agent whose
// only party is its subject, the one acted upon: "Ana Ruiz, who was
// ousted from the cabinet last month" (not "was ousted by the prime
// minister", whose agent is a party).
func (d *doc) agentlessPassive(t, hi int, x docDispute) bool {
	if !d.passiveAt(t) || d.byAgent(t, hi).ok() || d.nounUse(t) {
		return false
	}
	for k := t + 1; k < hi && k <= t+8 && d.toks[k].kind == tWord; k++ {
		if d.tokLower(k) == "by" {
			return false // an agent the clause names, even one no actor covers
		}
	}
	arg := d.subjectArg(t)
	if !arg.found() || arg.thing {
		return false
	}
	p := x.parties[0]
	return p >= 0 && arg.ref.ent == p || p < 0 && arg.ref.ent < 0 && arg.ref.name != "" && arg.ref.name == x.names[0]
}

// faceVerbs take as their object a measure someone else takes against
// their subject: "will face sanctions", "risks a lawsuit".
var faceVerbs = setOf("face", "faces", "faced", "facing", "risk", "risks", "risked", "risking", "incur", "incurs",
	"incurred")

// facedMeasure reports a cue noun that is the object of a verb of facing,
// over a determiner and modifiers: "rebel commanders will still face
// sanctions", "the firm faces fresh criticism".
func (d *doc) facedMeasure(t, lo int) bool {
	if !d.nounUse(t) && disputeNouns[d.tokLower(t)] == 0 {
		return false
	}
	return d.wordBeforePhrase(t, lo, func(w string) bool { return faceVerbs[w] }) >= 0
}

// wordBeforePhrase returns the token before the noun at t, back over its
// determiner, a possessive pronoun and a few modifiers, at which stop
// holds ("face" in "will face tougher sanctions"); -1 when another word,
// a name or a mark comes first.
func (d *doc) wordBeforePhrase(t, lo int, stop func(string) bool) int {
	for k := t - 1; k >= lo && k >= t-4; k-- {
		w := d.tokLower(k)
		if d.toks[k].kind != tWord || d.cover[k] != 0 && !possessivePronouns[w] {
			return -1
		}
		if stop(w) {
			return k
		}
		if !determiners[w] && !possessivePronouns[w] && !isAdverb(w) && d.lex[k]&lexFunction != 0 {
			return -1
		}
	}
	return -1
}

// admissionVerbs report what the speaker owns to: a fault, a failure, a
// regret.
var admissionVerbs = setOf("admitted", "admits", "admit", "admitting", "conceded", "concedes", "concede",
	"conceding", "acknowledged", "acknowledges", "acknowledge", "confessed", "confesses", "confess", "regretted",
	"regrets", "lamented", "laments")

// admissionBefore reports a verb of admission before the cue at t in its
// sentence: "admitted that his failure … was the biggest frustration".
func (d *doc) admissionBefore(t, lo int) bool {
	for k := t - 1; k >= lo; k-- {
		if d.toks[k].kind == tWord && admissionVerbs[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// predicateFeeling reports a feeling noun after a copula and a
// determiner, its subject a thing that caused it: "the delay was the
// biggest frustration of her term" (not "her frustration with the
// ministry", nor the adjective in "the council is concerned the law
// would…").
func (d *doc) predicateFeeling(t, lo int) bool {
	k := d.wordBeforePhrase(t, lo, isBe)
	return k >= 0 && k < t-1 && (d.tokIn(k+1, inDeterminers) || possessivePronouns[d.tokLower(k+1)])
}

// adversaryNouns name the unnamed opponents of someone: "his critics".
var adversaryNouns = setOf("critics", "opponents", "detractors", "enemies", "foes", "adversaries", "rivals")

// backgroundCriticsBlame reports a cue whose subject is someone's unnamed
// critics ("his critics", "the government's opponents") inside a relative
// clause that tells of a thing: "policies his critics have long blamed on
// him", "a decision that her opponents condemned". The clause is
// background; the critics, unnamed, are no party, and the one they blame
// is no dispute alone.
func (d *doc) backgroundCriticsBlame(t, lo int) bool {
	arg := d.subjectArg(t)
	if !arg.found() || arg.start <= lo || !adversaryNouns[d.tokLower(arg.head)] {
		return false
	}
	s := arg.start
	if w := d.tokLower(s); !possessivePronouns[w] && !d.possessorIn(s, arg.head) && d.cover[s] == 0 {
		return false
	}
	p := s - 1
	if d.toks[p].kind != tWord {
		return false
	}
	switch pw := d.tokLower(p); {
	case pw == "that" || pw == "which" || pw == "whom":
		return p-1 >= lo && d.toks[p-1].kind == tWord && d.cover[p-1] == 0 && d.toks[p-1].flags&fCap == 0
	default:
		// A contact clause right after a plain noun: "policies his critics
		// blamed", not "said his critics" or "of his critics".
		return d.cover[p] == 0 && d.toks[p].flags&fCap == 0 && d.lex[p]&(lexFunction|lexSpeech|lexThink|lexDispute) == 0 &&
			!isAdverb(pw) && !isAuxiliary(pw) && formTags(pw)&(formPast|formPart) == 0 && !strings.HasSuffix(pw, "ed")
	}
}

// possessorIn reports a word in the possessive among tokens [s, head): the
// owner of the noun at head, written with a title ("Mr Diallo's critics").
func (d *doc) possessorIn(s, head int) bool {
	for k := s; k < head; k++ {
		if d.toks[k].flags&fPoss != 0 {
			return true
		}
	}
	return false
}
