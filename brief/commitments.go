package brief

import (
	"strings"
)

// docCommitment is a commitment found in one article, before merging.
type docCommitment struct {
	ent      int
	actor    string
	text     string
	what     string
	when     string
	strength Strength
	saidBy   string
	cameo    string // the CAMEO event code (cameo.go)
	sent     int
	score    float64
	// clause is the clause that states it, used as its text when the
	// sentence holds several commitments.
	clause string
	// clauseLo, clauseHi are clause's tokens; coord is the "and" that
	// joins it to a commitment of the same subject before it
	// (coordinatedWith), -1 when none; bare: the clause after it has no
	// subject of its own ("and would host talks").
	clauseLo, clauseHi, coord int
	bare                      bool
}

// commitCue describes a word that signals a commitment.
type commitCue struct {
	strength Strength
	// needTo: the cue takes "to" + verb ("ready to", "plans to").
	needTo bool
	// weight orders cues by how clearly they state an obligation.
	weight float64
}

// commitVerbs are the verbs that state a commitment (CAMEO 03 intent to
// cooperate, 057 sign agreement, 08 yield): promised, agreed, plans to…
// They are lemmas: a finite form counts ("guarantees", "announces"), an
// -ing form in the progressive ("is intending to"), a base form where
// commitCues lists it, with its lemma's cue unless commitCues gives the
// form its own or notCommitForms leaves it out (lexrules.go,
// inflectionCounts).
var commitVerbs = map[string]commitCue{
	"promise": {Firm, false, 3}, "pledge": {Firm, false, 3}, "vow": {Firm, false, 3}, "agree": {Firm, false, 3},
	"sign": {Firm, false, 2}, "commit": {Firm, true, 3}, "partner": {Firm, true, 2.5}, "team": {Firm, true, 2.5},
	"accept": {Firm, false, 2.5}, "offer": {Firm, false, 2.5}, "guarantee": {Firm, false, 2.5},
	"undertake": {Firm, true, 2.5}, "announce": {Firm, false, 1.5},
	// Only with an agreement as the object (agreementObject): "reached a
	// deal with", "struck an accord", "sealed the pact".
	"reach": {Firm, false, 2}, "strike": {Firm, false, 2}, "clinch": {Firm, false, 2}, "seal": {Firm, false, 2},
	"conclude": {Firm, false, 2}, "finalise": {Firm, false, 2},
	"plan": {Hedged, true, 2.5}, "intend": {Hedged, true, 2.5}, "expect": {Hedged, true, 2},
}

// wishVerbs and wishForms state what an actor hopes, wants or strives for
// ("the company hopes to resume launches in December", "Republicans want
// to make the cuts permanent", "as it seeks to combine…"): a wish, with a
// date or without one, is no promise. CAMEO's verb dictionary (petrarch2)
// codes the block of HOPE and DESIRE as an optimistic comment (013), WANT
// in the block of DEMAND (100) and AIM in one of force (19x), and lists
// SEEK in the block of SEARCH, which has no code of its own (its patterns
// spread from 021 to 173): no block of intent (03) holds them, where
// PROMISE, PLEDGE, INTEND and OFFER have theirs. They keep the class of
// the commitment cues (lexCommit, set in
// buildRuleTables for the same forms as before), which ends a name and
// cuts a clause ("SpaceX hopes…", "will build the plant and hopes to…"),
// but no commitment reader takes them as a cue. The lemmas count in every
// form but notCommitForms; wishForms are single forms.
var wishVerbs = setOf("hope", "seek", "aim")

var wishForms = setOf("hoped", "want", "wants")

// notCommitForms are forms of commitment verbs that are mostly another
// word or use: nouns ("a sign", "the plan", "partners"), a view ("I
// agree"), a past act told as a gerund ("criticised the government for
// signing the pact"), a past aim or attempt ("six years ago he aimed to",
// "sought to").
var notCommitForms = setOf("agree", "sign", "signing", "partner", "partners", "team", "teams", "offer",
	"offering", "guarantee", "plan", "aim", "aimed", "hope", "sought", "strikes", "striking", "seals")

// commitCues are the words that state a commitment in one form, or with a
// cue of their own: the nouns of the verbs ("a promise to"), the -ing forms
// that hedge ("vowing to"), adjectives and participles (is ready to, is due
// to), the modals (will, would) and the present of a scheduled move.
var commitCues = map[string]commitCue{
	"promise": {Firm, false, 2.5}, "pledge": {Firm, false, 2.5}, "vow": {Firm, false, 2.5},
	"agreeing": {Firm, false, 2.5}, "signed": {Firm, false, 1.2},
	"offers": {Firm, false, 2}, "guarantees": {Firm, false, 2},
	"ready": {Firm, true, 3}, "prepared": {Firm, true, 3}, "willing": {Firm, true, 2.5},
	"due": {Firm, true, 3}, "scheduled": {Firm, true, 3}, "set": {Firm, true, 2.5}, "poised": {Firm, true, 2.5},
	"determined": {Firm, true, 2}, "will": {Firm, false, 2}, "'ll": {Firm, false, 1.5}, "shall": {Firm, false, 2},
	"planning": {Hedged, true, 2.5}, "planned": {Hedged, true, 2}, "intended": {Hedged, true, 1.5},
	"expected": {Hedged, true, 2.5}, "would": {Hedged, false, 1.5}, "going": {Hedged, true, 1.2},
	"launch": {Hedged, false, 0}, "seeking": {Firm, false, 2},
	"promising": {Hedged, true, 2}, "pledging": {Hedged, true, 2}, "vowing": {Hedged, true, 2},
	"working": {Hedged, false, 2}, "intention": {Hedged, true, 2},
	// The present tense of a scheduled move, with a time ahead: "Mr Obama
	// lands in Kenya later on Friday".
	"lands": {Firm, false, 2}, "arrives": {Firm, false, 2}, "travels": {Firm, false, 2}, "visits": {Firm, false, 2},
	"flies": {Firm, false, 2}, "heads": {Firm, false, 2}, "hosts": {Firm, false, 2}, "addresses": {Firm, false, 2},
	"expect": {Hedged, true, 1.5},
	// A refusal in the first person, in a quote ("we won't be releasing
	// the list"), and the periphrastic progressive ("is in the process
	// of reviewing").
	"won't": {Firm, false, 2}, "won\u2019t": {Firm, false, 2}, "process": {Hedged, false, 2},
	// Steps set in motion (stepInMotionAt): "ordered an immediate review",
	// "had no option but to go ahead".
	"ordered": {Firm, false, 0}, "orders": {Firm, false, 0}, "commissioned": {Firm, false, 0},
	"launched": {Firm, false, 0}, "option": {Firm, false, 0}, "choice": {Firm, false, 0},
	"alternative": {Firm, false, 0},
}

// dutyCues state a duty with a deadline (dutyAt): "must repay customers
// within 28 days", "is required to publish the plan by March", "has been
// ordered to settle the claims by Friday" (the active "ordered a review"
// is a step set in motion, stepInMotionAt). They are no commitCues: the
// class bit would make "must" a verb that ends a name ("Huey, Dewey and
// Louie must repeat…").
var dutyCues = map[string]commitCue{"must": {Firm, false, 2}, "required": {Firm, true, 2},
	"obliged": {Firm, true, 2}, "obligated": {Firm, true, 2},
	"told": {Firm, true, 2}, "instructed": {Firm, true, 2}, "directed": {Firm, true, 2}}

// dutyCue is the cue of "has been ordered to".
var dutyCue = commitCue{Firm, true, 2}

// ongoingVerbs, in the progressive after an actor, state work under way
// that the actor announces or that a step of policy is for (forwardStep):
// "lawmakers are lining up a vote to…", "the company said it was lowering
// prices". Work
// begun or already going ("had begun replacing the lines", "is already
// repairing the bridge") is no promise (ongoingAt). Only verbs of policy
// and business action: "is facing", "was trying" promise nothing, and an
// inquiry going on ("police are investigating", "examining",
// "probing") tells what is being done, not what is promised.
var ongoingVerbs = setOf("drafting", "preparing", "negotiating", "developing", "building", "replacing",
	"lowering", "raising", "cutting", "reducing", "increasing", "expanding", "investing", "hiring", "recruiting",
	"deploying", "sending", "moving", "considering", "weighing", "reviewing", "exploring", "mapping",
	"finalising", "finalizing", "introducing", "launching", "opening", "closing", "shutting", "withdrawing",
	"keeping", "rolling", "phasing", "upgrading", "restoring", "repairing", "installing", "providing",
	"supplying", "funding", "pursuing", "stepping", "ramping", "tightening", "easing", "lifting", "imposing",
	"extending", "creating", "selling", "buying", "acquiring", "shifting", "converting", "overhauling",
	"reforming", "rewriting", "revising", "updating", "testing", "trialling", "piloting", "swapping",
	"setting", "establishing", "designing", "modernising", "modernizing", "evacuating", "relocating",
	"redeploying", "mobilising", "mobilizing", "stockpiling", "scrapping", "dismantling", "laying", "inviting",
	"lining", "organising", "organizing", "arranging", "coordinating", "rebuilding", "recalling", "suspending",
	"halting", "hosting")

func init() {
	for w := range ongoingVerbs {
		commitCues[w] = commitCue{Firm, false, 1.5}
	}
}

// ongoingAt reports the ongoing-action verb at t in the progressive, with
// an actor (or a pronoun for one) as its subject and an object after it:
// "are drafting an anti-terrorism bill", "is also replacing older mains",
// or at a start on the timetable ("begins replacing the mains on
// Monday").
func (d *doc) ongoingAt(t, hi int) bool {
	if t+1 >= hi || d.toks[t+1].kind != tWord || isPreposition(d.tokLower(t+1)) && d.tokLower(t+1) != "out" && d.tokLower(t+1) != "up" {
		return false
	}
	k := t - 1
	for k >= 0 && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
		if d.tokLower(k) == "already" {
			return false // "is already repairing the bridge": work done, not promised
		}
		k--
	}
	if k < 0 || d.toks[k].kind != tWord {
		return false
	}
	past, timetable := false, false
	switch d.tokLower(k) {
	case "is", "are", "been", "'s", "\u2019s", "'re", "\u2019re":
	case "was", "were":
		past = true
	case "begins", "starts":
		// "begins replacing the pipes on Monday": a start on the
		// timetable; with no time ahead, work under way.
		if timetable = d.timeAhead(t, d.clauseEnd(t, hi)); !timetable {
			return false
		}
	default:
		// "had begun replacing the lines", "started building": work
		// under way tells what is done, not what is promised.
		return false
	}
	for k > 0 && d.toks[k-1].kind == tWord && (d.verbGroupWord(k-1) || d.tokLower(k-1) == "been") {
		k--
		if w := d.tokLower(k); w == "had" || w == "was" || w == "were" {
			past = true
		}
	}
	subj := d.subjectArg(t)
	if !d.subjectAdjacent(k) && d.subjectPronounBefore(k+1) < 0 && !subj.ref.ok() {
		return false
	}
	if timetable {
		return true
	}
	// Announced by the actor itself: "the company said it was inviting
	// relatives to a meeting", "the ministry is drafting rules for next
	// year, its spokesman said" — and pointing ahead (pointsAhead): "the
	// company said it was lowering prices" reports what it does.
	reported := d.saidBefore(k)
	announced := reported && d.subjectPronounBefore(k+1) >= 0
	if !announced && reported && subj.start >= 0 {
		// "Gill said his party was drafting…": the speaker's own side.
		w := d.tokLower(subj.start)
		announced = w == "his" || w == "her" || w == "its" || w == "their" || w == "our"
	}
	if !announced && !past && subj.ref.ent >= 0 {
		announced = d.reportingSpeaker(t).ent == subj.ref.ent
	}
	// In the past tense it is the story's narrative ("by then the store
	// was selling cheaper eggs"), unless it is reported speech: "the
	// company said it was inviting relatives to a meeting" (not "Whole Foods was selling
	// cheaper eggs, an analyst said").
	if past && !reported {
		return false
	}
	// A description of work going on ("police are investigating", "she is
	// raising three children", "Firefox is exploring new techniques") is
	// no commitment unless the actor announces work that points ahead, or
	// it is a step of policy or law with what it is for: "House
	// Republicans are lining up a vote to extend the grace period".
	return announced && d.pointsAhead(t, hi) || d.forwardStep(t, hi)
}

// policySteps are the steps of policy, law and business that work under way
// can bring about: "drafting a bill to ban…", "lining up a vote to extend…".
var policySteps = setOf("bill", "bills", "law", "legislation", "amendment", "amendments", "vote", "plan", "plans",
	"proposal", "proposals", "rule", "rules", "regulation", "regulations", "measure", "measures", "reform",
	"reforms", "sanctions", "ban", "deal", "agreement", "treaty", "budget", "package", "motion", "resolution",
	"referendum", "policy", "strategy", "scheme", "programme", "program", "lawsuit", "appeal", "case", "charges",
	"contract", "offer", "bid", "merger", "takeover", "sale", "code", "standards", "framework", "tariffs", "cuts",
	"sentence", "penalty", "damages", "compensation", "extradition", "injunction", "retrial", "inquiry", "review")

// seekVerbs ask for a step of policy or law: their object is the step.
var seekVerbs = setOf("seeking", "pursuing")

// calendarSteps are the steps of policy that are events put on the
// calendar: "are lining up a vote to extend the grace period".
var calendarSteps = setOf("vote", "referendum", "retrial")

// forwardStep reports a step of policy or law after the progressive verb at
// t that points ahead: a vote lined up for what it is for ("a vote to
// extend the grace period", "a vote that would…"), or any step with a time
// ahead ("new rules next month", "a bill to be tabled next month"). A bill,
// a plan or rules being drafted, prepared or considered for what they
// would do, with no time, is work described, no promise: "lawmakers are
// drafting an anti-terrorism bill to give security forces more tools"
// (CAMEO codes DRAFT and DELIBERATE as considering a policy option, 014,
// not an intent, 03).
func (d *doc) forwardStep(t, hi int) bool {
	end := d.clauseEnd(t, hi)
	k := t + 1
	if k < end && (d.tokLower(k) == "up" || d.tokLower(k) == "out") {
		k++
	}
	for n := 0; k < end && n < 6; n, k = n+1, k+1 {
		if d.toks[k].kind != tWord {
			return false
		}
		if !policySteps[d.tokLower(k)] {
			continue
		}
		// "prosecutors are seeking a ten-year sentence", "pursuing an
		// appeal": asking for the step is the step.
		if seekVerbs[d.tokLower(t)] {
			return true
		}
		j := k + 1
		if !calendarSteps[d.tokLower(k)] {
			return d.timeAhead(j, max(end, min(j+4, hi)))
		}
		if j+1 < hi && d.tokLower(j) == "to" && d.toks[j+1].kind == tWord && d.toks[j+1].flags&fCap == 0 {
			return true
		}
		if j+1 < hi && (d.tokLower(j) == "that" || d.tokLower(j) == "which") &&
			(d.tokLower(j+1) == "would" || d.tokLower(j+1) == "will") {
			return true
		}
		return d.timeAhead(j, max(end, min(j+4, hi)))
	}
	return false
}

// saidBefore reports a speech verb just before the subject of the clause
// whose auxiliary is at k: "officials said they had begun…".
func (d *doc) saidBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if d.toks[j].kind != tWord {
			return false
		}
		if d.lex[j]&lexSpeech != 0 {
			return true
		}
	}
	return false
}

// giveUpVerbs, negated after a modal, state resolve: "he would not fall
// silent", "we will not back down".
var giveUpVerbs = map[string]string{"back": "down", "give": "up", "fall": "silent", "walk": "away", "step": "aside",
	"stop": "", "relent": "", "retreat": "", "surrender": "", "quit": "", "yield": "", "bow": "", "abandon": ""}

// commitObjects make "signed" and "accepted" commitments only when what is
// signed or accepted is an agreement or an invitation.
var commitObjects = setOf("deal", "agreement", "accord", "treaty", "pact", "invitation", "offer", "contract",
	"deals", "agreements", "memorandum", "ceasefire", "truce", "plan", "proposal", "terms", "bill", "law",
	"settlement", "framework", "declaration", "communique", "charter", "partnership", "package", "loan")

// findCommitments finds the sentences that state a commitment, each with
// its actor, the action, the time and its strength.
func (d *doc) findCommitments() {
	rest := d.tokensWith(lexCommit | lexDuty) // the words that may be a cue
	for si := range d.a.Sentences {
		lo, hi := d.sentRange(si)
		var cues []int32
		if cues, rest = cuesIn(rest, lo, hi); len(cues) == 0 {
			continue // no cue, no commitment
		}
		if strings.HasSuffix(strings.TrimSpace(d.a.SentenceText(si)), "?") || d.headingSent(si) {
			continue // a question, or a heading ("Minister orders review")
		}
		// The strongest cue of each actor in the sentence.
		var found []docCommitment
		// The "that" after a promise found ("He promised that…") and the
		// promise's item.
		promised, promise := -1, -1
		for _, t32 := range cues {
			t := int(t32)
			if d.toks[t].kind != tWord {
				continue
			}
			w := d.tokLower(t)
			nested := promised >= 0 && (w == "will" || w == "would" || w == "shall" || contractedWill(w)) && d.underPromise(promised, t)
			duty, isDuty := commitCue{}, false
			if d.lex[t]&lexCommit == 0 { // a duty's cue (cues holds no other)
				duty, isDuty = dutyCues[w]
			}
			if contractedWill(w) {
				w = "'ll"
			}
			var cue commitCue
			var isCue, ok bool
			var c docCommitment
			if isOrderWord(w) {
				c, ok = d.orderGivenAt(t, hi) // "ordered Corran Estates to pay… by 1 March"
			}
			if !ok && isDuty {
				if c, ok = d.commitmentAt(t, hi, w, duty); !ok {
					continue
				}
			} else if !ok {
				cue, isCue = d.commitCueAt(t, w)
				c, ok = d.stepInMotionAt(t, hi)
				if !ok {
					c, ok = d.agreementPassiveAt(t, hi) // "similar deals were reached with…"
				}
			}
			if !ok && !isDuty {
				if w == "ordered" && t > 0 && isBe(d.tokLower(t-1)) {
					cue, isCue = dutyCue, true // "has been ordered to"
				}
				if !isCue || cue.weight == 0 {
					continue
				}
				if c, ok = d.commitmentAt(t, hi, w, cue); !ok {
					continue
				}
			}
			if c.score < minCommitScore || c.ent >= 0 && d.ents[c.ent].own {
				continue // weak, or the outlet at work ("will update this post")
			}
			if nested {
				// "She vowed that the government would cut the deficit, and
				// that it would sell its stake": what she vowed is her
				// commitment, whoever the content clause names; a content
				// clause the promise's own item holds is that item.
				p := found[promise]
				if strings.Contains(p.clause, c.clause) {
					continue
				}
				c.ent, c.actor, c.saidBy = p.ent, p.actor, p.saidBy
				c.sent = si
				found = append(found, c)
				continue
			}
			if c.ent < 0 && bareBody(c.actor) {
				continue // "the ministry said it would…" with no ministry named: no one commits
			}
			if bareBody(c.saidBy) {
				c.saidBy = ""
			}
			c.sent = si
			if c.bare {
				// "would hire 150 people in northern Norway for the build
				// and planned to base its ship…": a verb group with no
				// subject after "and" shares the subject of the
				// commitment it follows, not a name inside it.
				for k := range found {
					if found[k].clauseHi == c.coord && found[k].clauseLo < c.coord {
						c.ent, c.actor = found[k].ent, found[k].actor
					}
				}
			}
			dup := -1 // the actor's item found before in the sentence
			for k := range found {
				if found[k].ent == c.ent && found[k].actor == c.actor && c.coord > found[k].clauseLo && disjointClauses(found[k].clause, c.clause) {
					// "said Qatar would contribute $50m … and would host
					// talks": two commitments, each its own item; the
					// first runs up to the "and" (across a quote's mark).
					if found[k].clauseHi < c.coord && d.toks[found[k].clauseHi].kind == tQuote || found[k].clauseHi > c.coord {
						found[k].clauseHi = c.coord
						found[k].clause = strings.TrimRight(d.spanText(found[k].clauseLo, c.coord), " ,;")
					}
					continue
				}
				if found[k].ent == c.ent && found[k].actor == c.actor {
					if dup < 0 {
						dup = k
					}
					both := found[k].clause != c.clause
					if found[k].score < c.score {
						found[k] = c
					}
					if both {
						// "She said she would visit the districts, and she
						// plans to meet the agencies on Thursday": one item
						// covers both of the actor's commitments.
						found[k].text = d.a.SentenceText(si)
					}
				}
			}
			if dup < 0 {
				found = append(found, c)
			}
			if promised < 0 {
				if promised = d.promiseThat(t, hi); promised >= 0 {
					promise = len(found) - 1
					if dup >= 0 {
						promise = dup
					}
				}
			}
		}
		if len(found) > 1 {
			// Several actors commit in one sentence ("the UK will invest…,
			// and Nigeria will guarantee…"): each item gets its own clause.
			for k := range found {
				found[k].text = found[k].clause
			}
		}
		d.commits = append(d.commits, found...)
	}
	for _, c := range d.commits {
		if c.ent >= 0 {
			d.ents[c.ent].commits++
		}
	}
}

// reportedPlan reports a plan, told by whoever carries it out or speaks
// for them, whose subject is no actor: a passive ("officials said the
// search area would be expanded"), a thing the actor operates ("the
// search operation would go on all night", "ships from Kenya would search
// the bay") or an agent noun that names no one ("authorities would begin
// searching the islands, the agency chief said"). It returns who commits:
// the owner of the asset when the subject names one, else the reporter,
// who must speak for a body (speaksForInstitution: not a scientist's
// forecast). A thing's own course ("the debris would drift east") and a
// passive of what befalls it ("would be hit hard") are no plan.
func (d *doc) reportedPlan(t, nk, hi int, arg argument, rep actorRef) (actorRef, bool) {
	w := d.tokLower(t)
	switch w {
	case "will", "would", "'ll":
	case "due", "scheduled", "set", "expected", "planned", "poised":
		// "the first section was due to open in the spring": the verb
		// after "to".
		if nk+1 >= hi || d.tokLower(nk) != "to" || !arg.thing {
			return noActor, false
		}
		nk++
	default:
		return noActor, false
	}
	if nk >= hi || d.toks[nk].kind != tWord {
		return noActor, false
	}
	// An unnamed group the reporter may speak for: a faction or a body's
	// agents ("the rebels", "authorities"), not firms or residents whose
	// course the reporter tells ("shipping firms would leave").
	unnamed := arg.thing || arg.generic || arg.desc && arg.ref.ent < 0 && arg.ref.name != "" && d.factionNoun(arg.head) ||
		!arg.found() && d.toks[t].flags&fInQuote != 0 && d.quoteSubjectless(t)
	if !unnamed || arg.desc && (d.otherPossessor(arg, rep) || d.foreignBody(arg, rep) || d.otherForce(arg, rep)) {
		return noActor, false // "the union said the airline's board would…", "the bank said the court would…"
	}
	v := d.tokLower(nk)
	head := ""
	if arg.found() {
		head = d.tokLower(arg.head)
	}
	agent := noActor
	if v == "be" {
		k := nk + 1
		for k < hi && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
			k++
		}
		if k >= hi || d.toks[k].kind != tWord {
			return noActor, false
		}
		pw := d.tokLower(k)
		if !(strings.HasSuffix(pw, "ed") || strings.HasSuffix(pw, "en") || formTags(pw)&formPart != 0) || befallPassives[pw] ||
			d.lex[k]&lexCommit != 0 {
			return noActor, false
		}
		agent = d.passiveAgent(k, d.clauseEnd(t, hi))
	} else if !(arg.thing && eventNouns[head] && (scheduleVerbs[v] || eventVerbs[v])) {
		if (statives[v] || courseVerbs[v] || isAuxiliary(v) || d.lex[nk]&lexFunction != 0) && !d.policyState(nk, hi) {
			return noActor, false
		}
		after := ""
		if nk+1 < hi {
			after = d.tokLower(nk + 1)
		}
		// A thing acts for its owner when it is an asset ("ships would
		// search"), keeps its timetable ("the plant is due to open", "the
		// search would go on") or stays as policy has it ("would stay
		// frozen").
		if arg.thing && !assetNouns[head] && !(scheduleVerbs[v] && scheduleParticle(v, after)) &&
			!(eventNouns[head] && (eventVerbs[v] || v == "go" && after == "on")) && !d.policyState(nk, hi) {
			return noActor, false
		}
	}
	if arg.thing && arg.owner.ok() && assetNouns[head] {
		return arg.owner, true
	}
	// "Its new release will ship in May, the regulator's chief said": the
	// plan of the thing's owner, not of whoever tells it.
	if arg.thing && arg.owner.ok() && (arg.owner.ent < 0 || arg.owner.ent != rep.ent) {
		return noActor, false
	}
	if arg.thing && arg.start >= 0 && rep.ent >= 0 {
		if w := d.tokLower(arg.start); w == "its" || w == "their" {
			if o := d.neuterAntecedent(arg.start, w == "their"); o >= 0 && o != rep.ent {
				return noActor, false
			}
		}
	}
	// "Energy minister Tomas Brekke said the first plant was due to open
	// in 2027": a thing's timetable told by a person is the plan of the
	// thing's owner, not the teller's own promise.
	if w != "will" && w != "would" && w != "'ll" && rep.ent >= 0 && d.ents[rep.ent].kind == KindPerson {
		return noActor, false
	}
	if d.speaksForInstitution(rep) {
		if agent.ok() {
			// "Kelby Council said the bridge would be reopened by Dunmore
			// Highways in May": the named agent carries the plan out.
			return agent, true
		}
		return rep, true
	}
	return noActor, false
}

// reporterOf returns who reports the clause of token t: the speaker the
// attribution finds (reportingSpeaker), else the subject of the speech
// verb of the sentence by the clause structure ("The U.S. military said
// the destroyer would…" → the United States).
func (d *doc) reporterOf(t int) actorRef {
	if r := d.reportingSpeaker(t); r.ok() || d.toks[t].flags&fInQuote != 0 && !d.shortFragmentAt(t) {
		return r
	}
	lo, hi := d.sentRange(d.sentenceOf(t))
	for k := lo; k < hi; k++ {
		if k != t && d.toks[k].kind == tWord && d.lex[k]&lexSpeech != 0 && d.toks[k].flags&fInQuote == 0 && !weakSpeechVerbs[d.tokLower(k)] {
			if d.ownClauseAfter(k, t) {
				continue
			}
			a := d.subjectArg(k)
			if j := d.skipAux(k - 1); !a.found() && j > 0 && d.tokLower(j) == "and" && !d.coordinated(j+1) {
				// "Its chair, Ana Ruiz, described the offer as “a start”
				// and said members would vote…": the subject the two
				// verbs share.
				if a = d.prevVerbSubject(j); !a.ref.ok() {
					a.ref = d.openingPerson(d.sentenceOf(t))
				}
			}
			if a.ref.ok() {
				return a.ref
			}
		}
	}
	return noActor
}

// carriedReporter returns the reporter of the sentence before token t's
// when that sentence reports a plan ("…told local television the search
// area would be expanded") and t's sentence starts a new one without a
// frame of its own; noActor otherwise.
func (d *doc) carriedReporter(t int) actorRef {
	si := d.sentenceOf(t)
	if si == 0 || d.a.Sentences[si].Para-d.a.Sentences[si-1].Para > 1 {
		return noActor
	}
	if d.speechInSentence(t) {
		// "Mediators said the talks would resume": a frame of its own
		// whose speaker no name tells is no one's, not the last one's.
		return noActor
	}
	lo, hi := d.sentRange(si - 1)
	for k := lo; k < hi; k++ {
		if d.toks[k].flags&fInQuote == 0 && (d.tokLower(k) == "would" || d.tokLower(k) == "will") {
			if r := d.reporterOf(k); r.ok() {
				return r
			}
		}
	}
	return noActor
}

// prevVerbSubject returns the subject of the verb before the conjunction
// at k, the subject both verbs share ("Qatar would contribute $50m … and
// would host talks" → Qatar; "Ars is asking Mojang for comment and will
// update…" → Ars; "Harlan bought the field last year and will drill…" →
// Harlan). A modal's group is passed over when the verb after the
// conjunction is a finite form that cannot follow it ("Corvane believes
// demand will hold and said it will build…": "said" pairs with
// "believes"); a finite verb counts only with its subject right before it.
func (d *doc) prevVerbSubject(k int) argument {
	lo := d.sentTokLo(k)
	n := k + 1
	for n < len(d.toks) && d.toks[n].kind == tWord && isAdverb(d.tokLower(n)) {
		n++
	}
	finiteAfter := n < len(d.toks) && d.toks[n].kind == tWord && d.cover[n] == 0 && !isAuxiliary(d.tokLower(n)) &&
		formTags(d.tokLower(n))&(formPast|formPresent) != 0 && formTags(d.tokLower(n))&formLemma == 0
	for j := k - 1; j > lo && j >= k-25; j-- {
		if d.toks[j].kind != tWord || d.toks[j].flags&fInQuote != d.toks[k].flags&fInQuote {
			continue
		}
		w := d.tokLower(j)
		if d.toks[j].flags&fCap != 0 {
			continue // "in May": a month, not a modal
		}
		if isAuxiliary(w) && w != "not" && w != "never" || isBe(w) && w != "be" && w != "been" {
			// The first word of that verb group.
			for j > lo && d.toks[j-1].kind == tWord && (isAuxiliary(d.tokLower(j-1)) || isBe(d.tokLower(j-1))) {
				j--
			}
			if finiteAfter && modalWords[d.tokLower(j)] {
				continue
			}
			return d.subjectArg(j + 1)
		}
		if d.cover[j] == 0 && d.lex[j]&lexFunction == 0 && formTags(w)&(formPast|formPresent) != 0 && !nounDeterminers[d.tokLower(j-1)] {
			// "Harlan Energy bought the field": a finite verb right after
			// its subject (not "the bids", a noun after its determiner).
			if a := d.subjectArg(j); a.ref.ok() && !a.thing && (a.head == d.subjectEnd(j) || d.relativeSetOff(a.head, j)) {
				return a
			}
		}
	}
	return noArgument
}

// nounDeterminers make the word after them a noun ("for the build", "its
// plans"), never a finite verb.
var nounDeterminers = setOf("a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those")

// capacityVerbs, after "will", tell what a thing or a kind does as a
// matter of course when a measure follows: a craft's load and range, a
// machine's output, a product's life ("will carry 900 passengers", "will
// power 3,000 homes", "will fly for six hours", "will last ten years").
var capacityVerbs = setOf("carry", "hold", "seat", "accommodate", "sleep", "house", "store", "power", "heat",
	"light", "supply", "generate", "produce", "pump", "process", "handle", "haul", "tow", "lift", "trail", "fly",
	"travel", "cruise", "sail", "run", "last", "cover", "reach", "absorb", "print", "stretch", "span", "weigh",
	"measure", "fit", "serve", "feed", "set", "catch", "lay", "swim", "dive", "climb", "charge")

// measureUnits count a stretch of time or space: "for six hours", "up to
// 40 miles".
var measureUnits = setOf("hours", "hour", "days", "day", "weeks", "months", "years", "decades", "miles", "mile",
	"kilometres", "kilometers", "km", "metres", "meters", "feet", "litres", "liters", "tonnes", "tons")

// capacityAt reports a capacity verb at v with a measure in its clause: a
// figure ("900 passengers", "3,000 homes", "thousands of miles") or "for"
// and a unit ("for hours").
func (d *doc) capacityAt(v, hi int) bool {
	if v >= hi || d.toks[v].kind != tWord || !capacityVerbs[d.tokLower(v)] {
		return false
	}
	end := d.clauseEnd(v, hi)
	for k := v + 1; k < end; k++ {
		switch {
		case d.toks[k].kind == tNum:
			return true
		case d.toks[k].kind != tWord:
		case numberWords[d.tokLower(k)] || d.tokLower(k) == "millions" || d.tokLower(k) == "billions":
			return true
		case d.tokLower(k) == "for" && k+1 < end && measureUnits[d.tokLower(k+1)]:
			return true
		}
	}
	return false
}

// committingSubject reports a subject of the modal at t that can commit:
// a person, a body or a country named or told ("Northvale Ferries will
// carry…", "the ministry will…", "we will…"), not a thing ("the ferry",
// "our drones") nor a kind told by a bare plural ("longline fishermen",
// "such vessels").
func (d *doc) committingSubject(t int, arg argument) bool {
	if arg.thing || arg.generic || !arg.found() {
		return !arg.found() && d.subjectPronounBefore(t) >= 0
	}
	// A bare plural: a kind, not a party ("longline fishermen will trail
	// lines…"); "the crews" or "its engineers" are someone's.
	if h, s := arg.head, arg.start; h >= 0 && s >= 0 && d.toks[h].kind == tWord && d.toks[h].flags&fCap == 0 &&
		!d.tokIn(s, inDeterminers) && (formTags(d.tokLower(h))&formPlural != 0 || strings.HasSuffix(d.tokLower(h), "s")) {
		return false
	}
	if arg.ref.ent >= 0 {
		k := d.ents[arg.ref.ent].kind
		return k == KindPerson || k == KindOrganization || k == KindCountry || k == KindGroup
	}
	return arg.ref.ok()
}

// modalWords open a verb group whose head is a bare verb.
var modalWords = setOf("will", "would", "could", "may", "might", "should", "can", "shall", "must")

// mayReportPlan reports a cue and subject reportedPlan can accept: a
// modal or a timetable adjective with a subject that is no named actor.
func mayReportPlan(w string, arg argument) bool {
	switch w {
	case "will", "would", "'ll", "due", "scheduled", "set", "expected", "planned", "poised":
		return arg.thing || arg.generic || arg.desc && arg.ref.ent < 0
	}
	return false
}

// quoteSubjectless reports a modal in a quote whose subject is an
// indefinite pronoun or a passive's patient that names no one: "anyone
// deemed to be at risk will be contacted".
func (d *doc) quoteSubjectless(t int) bool {
	for k := t - 1; k >= 0 && k >= t-8 && d.toks[k].flags&fInQuote != 0; k-- {
		switch d.tokLower(k) {
		case "anyone", "everyone", "those", "all", "everybody", "anybody":
			return true
		}
	}
	return false
}

// befallPassives are passives of what befalls a thing, not of what an
// actor plans for it: "the harbour will be hit hard".
var befallPassives = setOf("hit", "affected", "hurt", "damaged", "destroyed", "killed", "injured", "wounded",
	"lost", "seen", "found", "needed", "required", "expected", "forced", "caught", "exposed", "flooded", "delayed",
	"left", "stranded", "trapped", "threatened", "harmed", "disrupted", "blamed", "criticised", "criticized",
	"surprised", "known", "remembered", "missed", "swept", "buried", "washed", "covered", "driven", "given",
	"taken", "told", "asked", "used", "able", "based", "worth", "gone", "done", "made", "shown", "proven",
	"drawn", "written", "born", "beaten", "broken", "shaken", "fallen", "seized", "welcomed", "pleased",
	"concerned", "worried", "interested", "involved", "linked", "tied", "related", "allowed", "obliged")

// courseVerbs tell what a thing does on its own, not what anyone plans:
// "debris would drift east", "prices will rise".
var courseVerbs = setOf("float", "drift", "sink", "rise", "fall", "amount", "remain", "stay", "survive", "grow",
	"shrink", "spread", "decline", "drop", "increase", "decrease", "slow", "weaken", "strengthen", "reach", "hit",
	"affect", "cause", "help", "mean", "last", "keep", "lead", "result", "include", "cost", "take", "make",
	"be", "do", "give", "pose", "allow", "let", "force", "require", "create", "bring", "put", "wash", "break",
	"burn", "melt", "flood", "collapse", "crash", "explode", "arrive", "land", "return")

// assetNouns are things an actor operates, which act for it: "ships from
// Kenya would search the bay".
var assetNouns = setOf("ship", "ships", "vessel", "vessels", "aircraft", "plane", "planes", "helicopter",
	"helicopters", "destroyer", "frigate", "warship", "warships", "boats", "drones", "team", "teams", "unit", "units",
	"operation", "mission", "search", "convoy", "fleet", "squad", "task", "force", "service", "services", "divers")

// eventNouns are events on a timetable: "the search would go on all
// night", "the hearing will resume on Monday".
var eventNouns = setOf("search", "operation", "mission", "talks", "hearing", "trial", "vote", "meeting", "summit",
	"inquiry", "investigation", "review", "session", "conference", "election", "sale", "auction", "ceremony",
	"funeral", "negotiations", "strike", "visit", "tour", "programme", "program", "scheme", "project", "work",
	"works", "service", "services", "flights", "consultation", "debate", "discussions", "exercises", "drills",
	"patrols")

// publicNouns name the public, for whom no one commits.
var publicNouns = setOf("people", "persons", "anyone", "everyone", "nobody", "residents", "voters", "consumers",
	"customers", "users", "patients", "passengers", "travellers", "travelers", "families", "homeowners", "drivers",
	"taxpayers", "households", "children", "parents", "students", "fans", "viewers", "readers", "shoppers",
	"buyers", "investors", "markets", "public")

// eventVerbs, after an event noun, tell its programme: "future
// discussions would include Ukraine", "the search would continue".
var eventVerbs = setOf("continue", "include", "cover", "focus", "involve", "resume", "run", "last")

// policyState reports "stay frozen", "remain closed", "remain in place"
// at token v: a state an actor keeps by policy.
func (d *doc) policyState(v, hi int) bool {
	w := d.tokLower(v)
	if (w != "stay" && w != "remain") || v+1 >= hi {
		return false
	}
	switch n := d.tokLower(v + 1); n {
	case "frozen", "closed", "shut", "open", "unchanged", "suspended", "banned", "capped", "fixed", "in":
		return n != "in" || v+2 < hi && (d.tokLower(v+2) == "place" || d.tokLower(v+2) == "force")
	}
	return false
}

// eventBody returns the body that holds an event named by its kind
// ("the hearing" → the court, "the vote" → the assembly): the last such
// organisation named in the sentence or the three before it, or -1.
func (d *doc) eventBody(event string, t int) int {
	var heads []string
	switch event {
	case "hearing", "trial", "sentencing", "appeal":
		heads = []string{"court", "tribunal"}
	case "vote", "debate", "session":
		heads = []string{"parliament", "senate", "assembly", "council", "committee", "house", "congress", "commons"}
	case "inquiry", "investigation", "review", "consultation":
		heads = []string{"commission", "committee", "inquiry", "ministry", "department", "agency", "office", "board"}
	default:
		return -1
	}
	si := d.sentenceOf(t)
	first, _ := d.sentRange(max(si-3, 0))
	for mi := d.mentionsBefore(t+8) - 1; mi >= 0; mi-- {
		m := d.ments[mi]
		if int(m.t0) < first {
			break
		}
		if m.ent < 0 || d.ents[m.ent].kind != KindOrganization {
			continue
		}
		name := asciiLower(d.ents[m.ent].name)
		for _, h := range heads {
			if strings.HasSuffix(name, " "+h) || name == h || strings.HasPrefix(name, h+" of") {
				return int(m.ent)
			}
		}
	}
	return -1
}

// firstPersonRefusal reports "we will not be releasing the list", "I will
// not stand again" in a quote: the speaker commits not to act.
func (d *doc) firstPersonRefusal(t, nk, hi int) bool {
	if d.toks[t].flags&fInQuote == 0 || !d.firstPersonBefore(t) || nk+1 >= hi || d.tokLower(nk) != "not" {
		return false
	}
	v := d.tokLower(nk + 1)
	if v == "be" && nk+2 < hi {
		return strings.HasSuffix(d.tokLower(nk+2), "ing") && !statives[strings.TrimSuffix(d.tokLower(nk+2), "ing")]
	}
	return d.toks[nk+1].kind == tWord && !statives[v] && !courseVerbs[v] && !isAuxiliary(v) && d.lex[nk+1]&lexFunction == 0
}

// stepNouns are the steps an actor orders or launches: "ordered an
// immediate review", "launched an inquiry".
var stepNouns = setOf("review", "inquiry", "investigation", "probe", "audit", "overhaul", "evacuation", "study",
	"assessment", "examination", "crackdown", "recall", "withdrawal", "search", "operation")

// stepObject reports a step noun as the head of the object of the verb
// at t ("ordered an immediate review of…").
func (d *doc) stepObject(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+5; k++ {
		if d.toks[k].kind != tWord || d.cover[k] != 0 || isPreposition(d.tokLower(k)) {
			return false
		}
		if stepNouns[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// stepInMotionAt reports the steps an actor sets in motion or cannot
// avoid at the verb or noun at t: "ordered an immediate review", "had no
// option but to go ahead". Its actor is the subject of the clause. A plan
// denied or absent ("there are no plans to close the border", "has no
// intention of standing again", "has ruled out raising taxes") binds no
// one to act and is no commitment.
func (d *doc) stepInMotionAt(t, hi int) (docCommitment, bool) {
	w := d.tokLower(t)
	var arg argument
	switch w {
	case "ordered", "orders", "commissioned", "launched":
		// "ordered an immediate review of all aviation procedures".
		if t > 0 && isBe(d.tokLower(t-1)) || !d.stepObject(t, hi) {
			return docCommitment{}, false
		}
		arg = d.subjectArg(t)
	case "option", "choice", "alternative":
		// "had no option but to go ahead".
		if t < 2 || d.tokLower(t-1) != "no" || t+2 >= hi || d.tokLower(t+1) != "but" || d.tokLower(t+2) != "to" {
			return docCommitment{}, false
		}
		if v := d.tokLower(t - 2); v != "has" && v != "have" && v != "had" && v != "having" {
			return docCommitment{}, false
		}
		arg = d.subjectArg(t - 1)
	default:
		return docCommitment{}, false
	}
	if d.isConditionalClause(t) || d.counterfactualBefore(t) {
		return docCommitment{}, false
	}
	rep := d.reportingSpeaker(t)
	actor := arg.ref
	switch {
	case !arg.found() && !arg.thing:
		actor = rep // no subject: the one who reports the step
	case arg.desc && arg.ref.ent < 0 && rep.ent >= 0:
		actor = rep
	}
	if !actor.ok() || arg.thing || actor.ent >= 0 && d.ents[actor.ent].kind == KindOther {
		return docCommitment{}, false
	}
	si := d.sentenceOf(t)
	end := d.clauseEnd(t, hi)
	c := docCommitment{ent: actor.ent, actor: actor.name, strength: Firm, text: d.a.SentenceText(si), cameo: "030",
		score: 2.5}
	if c.actor == "" && c.ent >= 0 {
		c.actor = d.ents[c.ent].name
	}
	if rep.ok() && rep.ent != actor.ent {
		c.saidBy = rep.name
		if rep.ent >= 0 {
			c.saidBy = d.ents[rep.ent].name
		}
	}
	c.what = trimClause(d.spanText(max(d.clauseStart(t), t-3), end))
	c.clause = c.what
	c.when = d.timeExpr(t, end)
	if d.head() && si < 3 {
		c.score++
	}
	return c, true
}

// nounCues are the commitment cues that are nouns: their actor is their
// possessor, not a subject.
var nounCues = setOf("promise", "pledge", "vow", "intention", "promises", "pledges", "vows", "plans")

// minCommitScore is the confidence below which a commitment is left out.
const minCommitScore = 1.5

// commitmentAt checks the cue at token t and builds the commitment.
func (d *doc) commitmentAt(t, hi int, w string, cue commitCue) (docCommitment, bool) {
	next := ""
	nk := t + 1
	for nk < hi && d.toks[nk].kind == tWord && isAdverb(d.tokLower(nk)) && !isAuxiliary(d.tokLower(nk)) {
		nk++ // "would ever be", "will also travel"
	}
	if nk < hi {
		next = d.tokLower(nk)
	}
	after := ""
	if nk+1 < hi {
		after = d.tokLower(nk + 1)
	}
	// "…, as the authority had promised.", "Ministers promised, and then
	// did nothing": nothing promised in the clause.
	if d.noComplement(nk, hi) {
		return docCommitment{}, false
	}
	// "The Bill will be debated in the House this week."
	scheduled := d.scheduledPassive(t, nk, hi, w)
	// "“Super Mario Run” will launch on iPhone on December 15": a thing's
	// launch on a date is on the schedule too.
	launch, titled := noActor, false
	if w == "will" && scheduleVerbs[next] && scheduleParticle(next, after) && d.toks[t].flags&fInQuote == 0 &&
		d.timeExpr(nk, d.clauseEnd(t, hi)) != "" {
		if launch = d.thingOwner(t); !launch.ok() {
			if name := d.titleBefore(t); name != "" {
				launch, titled = actorRef{ent: -1, name: name}, true
			} else if name := d.thingBefore(t); name != "" && !d.actorMentionAt(t-1) {
				launch = actorRef{ent: -1, name: name}
			}
		}
		scheduled = scheduled || launch.ok()
	}
	// "The Bill would require…", "legislation that would make…": the
	// terms of an instrument, committed by its maker.
	owner, provision := noActor, false
	// "Applications are due next month, the ministry said": a deadline
	// the reporting body set.
	deadline := false
	if w == "due" && next != "to" && d.timeExpr(nk, min(nk+4, hi)) != "" {
		if a := d.subjectArg(t); a.thing {
			deadline = d.speaksForInstitution(d.reporterOf(t))
		}
	}
	// "prosecutors are seeking a ten-year sentence": a step under way.
	// "is seeking to double the trains" is a quest (wishVerbs), and in a
	// quote "seeking" tells no step.
	seeking := w == "seeking"
	if seeking && (next == "to" || d.toks[t].flags&fInQuote != 0) {
		return docCommitment{}, false
	}
	if cue.needTo && !deadline {
		// "ready to", "due to", "plans to"; "set to" but not "set up";
		// "undertook not to".
		if next != "to" && !d.notTo(nk, hi) {
			// "committed itself to", "commits both sides to"
			// "has partnered with Zeiss to sell…", "teamed up with… to…"
			partner := (d.lemmaIs(t, "partner") || d.lemmaIs(t, "team")) && (next == "with" || next == "up") && d.toWithin(nk, hi, 8)
			if !(d.lemmaIs(t, "commit") && d.toWithin(nk, hi, 4)) && !partner {
				return docCommitment{}, false
			}
		}
		// "expected to" needs an actor subject; "is set to" needs "is".
		if w == "set" || w == "going" {
			if t == 0 || !isBe(d.tokLower(t-1)) {
				return docCommitment{}, false
			}
		}
	}
	switch w {
	case "promised", "pledged", "offered", "agreed", "signed", "guaranteed", "accepted", "reached", "struck",
		"clinched", "sealed", "concluded", "finalised", "finalized":
		// "It was promised for 2023": a passive says nothing of who commits.
		if t > 0 && isBe(d.tokLower(t-1)) {
			return docCommitment{}, false
		}
	}
	if agreementVerbs[lemmaName(d.lemmaAt(t))] && !d.agreementObject(t, hi) {
		return docCommitment{}, false // "reached the final", "struck down the law", "concluded that…"
	}
	if d.lemmaIs(t, "sign") || d.lemmaIs(t, "accept") || d.lemmaIs(t, "offer") || d.lemmaIs(t, "guarantee") {
		if !d.objectFollows(t, hi) && next != "to" {
			return docCommitment{}, false
		}
		// "Governor Tom Brannigan, who signed the law in 2023, criticised
		// the ruling": a relative clause telling a past act describes the
		// person.
		if w == "signed" && t > 0 && (d.tokLower(t-1) == "who" || d.tokLower(t-1) == "which") {
			return docCommitment{}, false
		}
	}
	// The subject by the clause structure (a noun cue's actor is its
	// possessor: "Labour's election promise"), and a plan reported for a
	// subject that is no actor (reportedPlan).
	arg := noArgument
	if !nounCues[w] {
		arg = d.subjectArg(t)
		// "Kenya and the governments of Uganda and Rwanda agreed…": the
		// first of coordinated subjects leads when it names an actor;
		// else the later one, a party to the joint step too, stays.
		if first, ok := d.leadConjunct(t, arg); ok && first.ref.ok() && !first.thing {
			arg = first
		}
	}
	// "Kenya's teachers will strike", "Japan's carmakers will raise
	// prices": a country's people of a trade are not the country.
	if d.countryPeople(arg) {
		return docCommitment{}, false
	}
	// "Pemberton Bank's profits are expected to fall", "Corvel Motors is
	// set to lose $2bn", "demand for its rails is set to increase": a
	// forecast of a figure or an outcome, no one's undertaking.
	if scheduleCues[w] && next == "to" && d.forecastAfter(w, after, arg) {
		return docCommitment{}, false
	}
	// The reporter, found once and only when a rule needs it.
	var rep actorRef
	repKnown := false
	reporter := func() actorRef {
		if !repKnown {
			repKnown = true
			rep = d.reporterOf(t)
			if !rep.ok() && w == "would" && (arg.generic || arg.thing || arg.desc && arg.ref.ent < 0) {
				// "Authorities would also begin scouring the islands." after
				// "The agency chief said the search area would be
				// expanded": the reported account goes on.
				rep = d.carriedReporter(t)
			}
		}
		return rep
	}
	// "Foreign Minister Ana Borg said her country would sign the treaty",
	// "…and said his state would sign": the speaker's own side, for which
	// she speaks.
	if !nounCues[w] && d.ownSideSubject(t, d.sentTokLo(t)) {
		r := reporter()
		if ei := d.sentenceSubjectEnt(d.sentenceOf(t)); !r.ok() && ei >= 0 && d.ents[ei].kind == KindPerson {
			// "criticised NSW … and said his state would…": the subject
			// of the coordinated verb of saying reports it.
			r = actorRef{ent: ei}
			rep, repKnown = r, true
		}
		if r.ok() {
			arg = argument{ref: r, owner: noActor, head: t - 1, start: t - 2}
		}
	}
	// "The ferry will carry 900 passengers", "our drones will fly for six
	// hours", "longline fishermen will trail lines up to 40 miles long":
	// what a thing or a kind does as a matter of course, no one's promise.
	if (w == "will" || w == "would" || w == "'ll") && d.capacityAt(nk, hi) && !d.committingSubject(t, arg) {
		return docCommitment{}, false
	}
	// "Some of our members will miss payroll", "our members will run out
	// of cash": a misfortune foretold, no one's plan.
	if (w == "will" || w == "would" || w == "'ll") && d.misfortuneAt(nk, hi, arg) {
		return docCommitment{}, false
	}
	planner, planned := noActor, false
	if mayReportPlan(w, arg) || !arg.found() && d.toks[t].flags&fInQuote != 0 {
		planner, planned = d.reportedPlan(t, nk, hi, arg, reporter())
	}
	switch w {
	case "will", "would", "'ll", "shall":
		// "Verizon's Yahoo will then be run under the same umbrella": what
		// an owner will do with what it owns.
		if next == "be" && ownerPassives[after] && w != "would" {
			owner = d.thingOwner(t)
		}
		// A modal followed by a verb of action, not "will be"/"would have".
		if next == "be" || next == "have" || next == "not" || next == "never" || strings.HasSuffix(next, "n't") ||
			after == "have" || next == "" || d.toks[nk].kind != tWord {
			if !(next == "be" && (beCommitments[after] || strings.HasSuffix(after, "ing") && len(after) > 5)) && !d.refusesToGiveUp(nk, hi) &&
				!scheduled && !owner.ok() && !planned && !d.firstPersonRefusal(t, nk, hi) {
				return docCommitment{}, false
			}
		}
		if w == "would" && d.toks[t].flags&fInQuote != 0 && !d.firstPersonBefore(t) {
			return docCommitment{}, false // a hypothetical inside a quote
		}
		// "we will spend more on interest than on kids": a comparison, a
		// forecast.
		if after == "more" || after == "less" || after == "fewer" {
			return docCommitment{}, false
		}
		if (w == "will" || w == "would") && d.toks[t].flags&fInQuote == 0 && provisionVerbs[next] {
			owner, provision = d.provisionOwner(t)
		}
		if statives[next] && !launch.ok() && !planned && !(next == "become" && (after == "the" || d.organizationBefore(t))) &&
			!d.holdsEvent(nk, hi) && !d.takesToForum(nk, hi) {
			return docCommitment{}, false // "would need", "will fail": a prediction
		}
		// "Netanyahu's disavowal would force…", "the attack would unite…":
		// what a thing will do is a prediction, not a promise — unless the
		// thing is an instrument that binds its maker ("the Bill would
		// require providers to store…").
		if w != "shall" && !provision && !planned && d.toks[t].flags&fInQuote == 0 && (arg.thing && !launch.ok() && !scheduled || d.thingSubjectStart(t) != t && !scheduled) {
			return docCommitment{}, false
		}
	case "expect", "expects", "expecting":
		// "The ministry expects to publish the rules in May": a plan of
		// the actor's own; "expects to post a loss", "analysts expect to
		// see…" foresee an outcome.
		if !d.ownPlanAfter(nk, hi) || arg.desc && expertWords[d.tokLower(arg.head)] {
			return docCommitment{}, false
		}
	case "lands", "arrives", "travels", "visits", "flies", "heads", "hosts", "addresses":
		if !d.timeAhead(t, d.clauseEnd(t, hi)) || !d.subjectAdjacent(t) {
			return docCommitment{}, false
		}
	case "must", "required", "obliged", "obligated", "ordered", "told", "instructed", "directed":
		if !d.dutyAt(t, nk, hi, w, arg) {
			return docCommitment{}, false
		}
	case "due":
		// "due to meet", not "due to its extreme levels".
		if determiners[after] || after == "the" || after == "a" {
			return docCommitment{}, false
		}
	case "working":
		// "are working with partner agencies to…", "is still working to
		// restore…"
		if !d.progressiveAt(t) || next != "with" && next != "to" {
			return docCommitment{}, false
		}
	case "process":
		// "is in the process of reviewing the defences".
		if t < 2 || d.tokLower(t-1) != "the" || d.tokLower(t-2) != "in" || next != "of" || !strings.HasSuffix(after, "ing") {
			return docCommitment{}, false
		}
		arg = d.subjectArg(t - 2)
	case "won't", "won\u2019t":
		// Only in the first person, in a quote: "we won't be releasing the
		// list", "I won't stand again".
		if d.toks[t].flags&fInQuote == 0 || !d.firstPersonBefore(t) || statives[next] && next != "be" ||
			next == "be" && !strings.HasSuffix(after, "ing") {
			return docCommitment{}, false
		}
	case "promise", "pledge", "vow":
		// The nouns: "a promise to", "his pledge to", "his vow that".
		if next != "to" && next != "that" && !(next == "on" && d.timeExpr(nk-1, hi) != "") {
			return docCommitment{}, false
		}
	}
	// "broke its promise to cut bills", "reneged on its pledge", "abandoned
	// plans to…": a commitment no longer in force.
	if nounCues[w] && d.abandonedCue(t) {
		return docCommitment{}, false
	}
	switch {
	case d.lemmaIs(t, "intend"):
		// "intends to publish its offer on Monday" is a plan on the
		// calendar; "intends to challenge the ruling", with no time, an
		// intention like a hope (wishVerbs).
		if d.timeExpr(nk, d.clauseEnd(t, hi)) == "" {
			return docCommitment{}, false
		}
	case d.lemmaIs(t, "announce"):
		// "announced that it would…" is caught by "would"; "announced plans to…"
		if next != "plans" && next != "a" && next != "an" {
			return docCommitment{}, false
		}
	case d.lemmaIs(t, "agree"):
		if next != "to" && next != "on" && next != "a" && next != "an" && next != "that" && next != "with" && !d.notTo(nk, hi) {
			return docCommitment{}, false
		}
		// "the chief agrees with me": a view; "agreed with Kenya to
		// open…" binds.
		if next == "with" && !d.toWithin(nk, d.clauseEnd(t, hi), 10) {
			return docCommitment{}, false
		}
	}
	if ongoingVerbs[w] || seeking {
		if !d.ongoingAt(t, hi) || d.toks[t].flags&fInQuote != 0 {
			return docCommitment{}, false
		}
	}
	// "will keep striking until the minister agrees to reopen the
	// review", "would not return before Castlemere has agreed to…": a
	// condition not yet met, no one's commitment.
	if k := d.subordinateOpener(t); k >= 0 && conditionSubordinators[d.tokLower(k)] {
		return docCommitment{}, false
	}
	if d.negatedBefore(t) || d.isConditionalClause(t) || d.counterfactualBefore(t) || d.nounCompound(t, w) || d.forecastBefore(t, w) ||
		d.deniedBefore(t) || d.possibleBefore(t) || (w == "will" || w == "would" || w == "'ll") && d.habitualAt(t, hi) {
		return docCommitment{}, false
	}
	// "most people will start weighing the cost": what the public will
	// do is a forecast; no one speaks for it.
	if (w == "will" || w == "would" || w == "'ll") && arg.desc && arg.ref.ent < 0 && publicNouns[d.tokLower(arg.head)] {
		return docCommitment{}, false
	}
	// "Campaigners said other landlords would follow", "our rivals will
	// match the offer": what others will do is the speaker's forecast.
	if (w == "will" || w == "would" || w == "'ll") && d.othersSubject(arg) {
		return docCommitment{}, false
	}
	reporter()
	// "The two governments claim it will close dairies": "it" is not the
	// speakers.
	if d.itAfterPluralSpeaker(t) {
		return docCommitment{}, false
	}
	// "The council will vote for whoever pays, critics said": what
	// critics or analysts say an actor will do is their forecast.
	if (w == "will" || w == "would" || w == "'ll") && (rep.ent < 0 && expertWords[lastWord(asciiLower(rep.name))] || d.expertAtBody(t, rep)) {
		return docCommitment{}, false
	}
	// The subject by the clause structure; the nearest actor when the
	// structure tells none.
	actor := arg.ref
	if (actor.ent >= 0 && d.ents[actor.ent].common || actor.ent < 0 && arg.desc) && arg.head >= 0 && d.countedActors(arg.head) {
		// "The three juntas agreed…" after "the juntas": the parties as
		// told, counted, like "the three governments".
		actor = actorRef{ent: -1, name: d.spanText(arg.head-1, arg.head+1)}
	}
	// A named subject the structure finds away from its verb: across a
	// description set off by commas ("Harrow Foods, a family firm founded
	// in 1921, will list…") or shared with the verb before "and" ("Harlan
	// bought the field and will drill…").
	structural := d.subjectAcross(t, arg)
	if !arg.found() {
		if k := d.skipAux(t - 1); k > 0 && (d.tokLower(k) == "and" || d.tokLower(k) == "but") && !d.coordinated(k+1) {
			// "Ars is asking Mojang for comment and will update the post":
			// the subject of the first verb, not the nearest name.
			a := d.prevVerbSubject(k)
			if d.embeddedSubject(a) {
				// "the union believes Harwick broke the terms and will ask
				// the panel to rule": "will ask" may share the subject of
				// "believes" or of "broke"; unclear, no one.
				return docCommitment{}, false
			}
			if a.ref.ok() {
				actor = a.ref
				structural = a.ref.ent >= 0 && !a.desc && !a.generic && !a.thing
				if a.desc && a.ref.ent < 0 {
					// "said members had hired lawyers and would seek a
					// review": an unnamed group, read like a subject of
					// its own (the reporter may speak for it).
					arg = a
				}
			} else {
				actor = d.subjectOf(t)
			}
		} else {
			actor = d.subjectOf(t)
		}
	}
	saidBy := actorRef{ent: -1}
	if k := d.subjectPronounBefore(t); !rep.ok() && k > 0 && d.speechBeforePronoun(k) >= 0 && (d.tokLower(k) == "they" || d.tokLower(k) == "it") {
		// "The coalition said it would file…", "Dorvale Carriers said on
		// Wednesday it would file…": the subject of the speech verb, found
		// by the clause structure.
		v := d.speechBeforePronoun(k)
		sub := d.subjectArg(v)
		if j := d.skipAux(v - 1); !sub.found() && j > 0 && d.tokLower(j) == "and" && !d.coordinated(j+1) {
			// "Corvane believes demand will hold and said it will build…":
			// the speaker is the subject the two verbs share.
			sub = d.prevVerbSubject(j)
		}
		if sub.ref.ok() {
			rep = sub.ref
			actor = sub.ref
		}
	}
	if rs := rep; rs.ok() {
		saidBy = rs
		// "Both ministers said they would meet again", "the military said
		// it was keeping him safe": "they" and "it" are the speakers.
		if k := d.subjectPronounBefore(t); k > 0 && d.speechBeforePronoun(k) >= 0 && (d.tokLower(k) == "they" || d.tokLower(k) == "it") {
			v := d.speechBeforePronoun(k)
			if j := d.skipAux(v - 1); j >= 0 && quantifierSubjects[d.tokLower(j)] && (j == 0 || d.toks[j-1].kind != tWord) {
				// "Some have said they will withhold the rent": people
				// the article mentioned, no body's pledge.
				actor, saidBy = actorRef{ent: -1}, actorRef{ent: -1}
			} else if sub := d.subjectOf(v); sub.ok() {
				actor = sub // "The Republicans have said they will…"
			} else if sp := d.clauseSubject(d.clauseStart(v), v); sp.ok() {
				actor = actorRef{ent: sp.ent, name: sp.desc} // "Both ministers said they would…"
			} else if d.toks[t].flags&fInQuote == 0 {
				actor = rs
			}
		}
	}
	// "“His parents are worried, and he will ask the club for more
	// time,” the manager said": a third person in a quote is whom the
	// speaker tells of, never the speaker; with no one found, no one.
	// A spokesperson's "he" is the principal she speaks for ("The
	// president has been clear: he will sign this bill," his press
	// secretary said), whose word she gives.
	if d.thirdPersonInQuote(t) && (!actor.ok() || sameActor(actor, saidBy) || sameActor(actor, rep)) &&
		!d.spokespersonRef(saidBy) && !d.spokespersonRef(rep) {
		return docCommitment{}, false
	}
	if !actor.ok() && !arg.thing && d.speaksForInstitution(saidBy) {
		// "Future discussions would include…, an official said": an
		// official (or an organisation) speaking for its side commits it.
		if w == "will" || w == "would" || w == "'ll" || cue.strength == Hedged && w != "expected" {
			actor = saidBy
		}
	}
	if deadline {
		actor = rep
	}
	if planned {
		actor = planner
		if !saidBy.ok() {
			saidBy = planner
		}
	} else if arg.desc && arg.ref.ent < 0 && saidBy.ent >= 0 && d.toks[t].flags&fInQuote == 0 {
		// "She said the rebels would table an amendment": the named
		// reporter speaks for the unnamed group — a faction one may lead,
		// not firms, residents or investors she tells of ("the port chief
		// said shipping firms would leave": their course, not his plan).
		actor = saidBy
		if !d.factionNoun(arg.head) || d.otherPossessor(arg, saidBy) || d.foreignBody(arg, saidBy) || d.otherForce(arg, saidBy) {
			// "The union said the airline's board would review the
			// offer": another's board, not the union's.
			actor = noActor
		} else if d.countedDesc(arg) {
			// "The three governments agreed to cut tariffs, the Chilean
			// minister said": several bodies counted, the reporter at
			// most one of them; the group as told.
			actor = arg.ref
		}
	} else if arg.desc && arg.ref.ent < 0 && arg.start >= 0 && d.toks[t].flags&fInQuote != 0 &&
		(d.tokLower(arg.start) == "our" || d.tokLower(arg.start) == "my") {
		// "“Our soldiers will stay in the north,” the general said": the
		// speaker's own faction is his side, for which he speaks; "our
		// citizens will vote", "our farmers will feed the nation" tell
		// of people, no one's commitment.
		actor = noActor
		if d.factionNoun(arg.head) {
			actor = saidBy
		}
	}
	if titled {
		// "Nintendo said “Super Mario Run” will launch on December 15":
		// a title's launch is its maker's word, when the maker says it;
		// a game, a film or a character commits to nothing.
		actor = noActor
		if saidBy.ent >= 0 && d.ents[saidBy.ent].kind == KindOrganization {
			actor = saidBy
		}
	} else if launch.ok() {
		actor = launch
	} else if scheduled && (!actor.ok() || actor.ent >= 0 && d.ents[actor.ent].kind == KindOther) {
		// "The Data Retention Bill will be debated in the House this
		// week": the body that acts on it ("signed by the President",
		// "debated in the House"), else the thing on the schedule itself.
		if v := d.agentAfter(t, d.clauseEnd(t, hi)); v.ok() {
			actor = v
		} else if name := d.thingBefore(t); name != "" {
			actor = actorRef{ent: -1, name: name}
		}
	}
	switch w {
	case "scheduled", "due", "set", "poised", "expected":
		// "a Japanese cargo spaceship is scheduled to launch…": the
		// owner of the thing on the schedule.
		if o := d.thingOwner(t); o.ok() {
			owner, provision = o, true
		} else if arg.thing && eventNouns[d.tokLower(arg.head)] && !actor.ok() {
			// "The hearing, which is scheduled to resume on March 9": the
			// court that holds it.
			if b := d.eventBody(d.tokLower(arg.head), t); b >= 0 {
				owner, provision = actorRef{ent: b}, true
			}
		}
	}
	if owner.ok() { // always so for a provision
		actor = owner
	}
	// "A Commission spokeswoman said its inquiry would last until May": an unnamed
	// spokesperson gives the word of the body named with her office.
	if actor.ent < 0 && actor.name != "" {
		if b := d.spokesNameBody(t, actor.name); b >= 0 {
			actor = actorRef{ent: b}
		}
	}
	// "Finance Minister Grace Wanjiru said the government was ready to
	// cut fuel duty": a government the article names with no country is
	// the one the reporting official speaks for; she is who commits.
	if gi, ok := d.institutions["government"]; ok && actor.ent >= 0 && actor.ent == gi && d.ents[actor.ent].kind == KindOrganization &&
		saidBy.ent >= 0 && saidBy.ent != actor.ent && d.governmentOfficial(saidBy.ent) {
		actor = saidBy
	}
	// "…, a spokesman for the Kent fire service said", "…, the official
	// added": a bare word of office with no body found for it names no
	// one to credit; nor do "Both ministers" or "two officials", people
	// counted who act for a side they do not name.
	if !actor.ok() || actor.ent < 0 && (bareOffice(actor.name) || countedAgents(actor.name)) {
		return docCommitment{}, false
	}
	if actor.ent >= 0 && d.ents[actor.ent].kind == KindOther {
		return docCommitment{}, false
	}
	// Modals are commitments only for actors who act: a person, an
	// organisation, a country, a group — and only when reported or quoted
	// from them (not the writer's prediction about a thing).
	inQuote := d.toks[t].flags&fInQuote != 0
	// "The county council will vote on the plan in May": a body named by
	// its kind, with a date ahead, is on the schedule.
	bodyDated := arg.desc && d.tokIn(arg.head, inOrgHeads) && d.timeExpr(t, d.clauseEnd(t, hi)) != ""
	// "The three countries will set up a joint office": the parties the
	// article named, counted.
	counted := arg.desc && arg.head >= 0 && d.countedActors(arg.head)
	if (w == "would" || w == "will" || w == "'ll") && !inQuote && !saidBy.ok() && !d.subjectAdjacent(t) && !structural && !scheduled && !provision && !bodyDated && !counted {
		return docCommitment{}, false
	}
	// "Years later, Reyes would say that the deal was a mistake": a verb
	// of saying after "would", with no one else reporting, tells the
	// story's later course.
	if w == "would" && !inQuote && d.verbAfterIsSpeech(t) && !d.speechInSentence(t) && !d.carriedReporter(t).ok() {
		return docCommitment{}, false
	}
	// "He would later present the idea to the governor": with no one
	// reporting it, "would" tells a past story's future, not a plan.
	if w == "would" && !inQuote && !saidBy.ok() && !provision && !planned && !d.speechInSentence(t) && !d.carriedReporter(t).ok() {
		return docCommitment{}, false
	}
	// "Her father, who would later lead the party", "joined the firm in
	// 2003 and would later run it", "recalled that in 2004 the council
	// would sell the site": a story's future even where someone tells it.
	if w == "would" && !inQuote && !provision && d.storyWould(t, nk, hi) {
		return docCommitment{}, false
	}
	si := d.sentenceOf(t)
	c := docCommitment{ent: actor.ent, actor: actor.name, strength: cue.strength, text: d.a.SentenceText(si),
		cameo: d.commitCameo(t, d.actionVerbAfter(t, hi))}
	if cut := d.relativeCut(t, hi, w); cut < hi {
		lo, _ := d.sentRange(si)
		c.text = strings.TrimRight(d.spanText(lo, cut), " ,;")
	}
	if c.actor == "" && c.ent >= 0 {
		c.actor = d.ents[c.ent].name
	}
	if saidBy.ok() && saidBy.ent != actor.ent {
		c.saidBy = saidBy.name
		if saidBy.ent >= 0 {
			c.saidBy = d.ents[saidBy.ent].name
		}
	}
	end := d.clauseEnd(t, hi)
	// "The union will suspend its walkout after the minister pledged to
	// publish a plan": the clause of time holds the minister's own
	// commitment, neither part of the union's nor in its text.
	for k := t + 1; k < end; k++ {
		if d.subordinateCommitCue(k, end) >= 0 || d.tokLower(k) == "and" && d.coordinatedCue(k, end) >= 0 || d.addedReport(k) {
			end = k // "would put 300 million crowns into the port and would host…"
			break
		}
	}
	c.what = cutAppositive(trimClause(d.spanText(d.thingSubjectStart(t), end)))
	cs := d.clauseStart(t)
	sub := d.subordinateOpener(t)
	if sub >= 0 {
		cs = sub + 1 // the minister's item starts at its subject
	}
	for k := t - 1; k > cs; k-- {
		if d.addedReport(k) {
			// ", adding that the ministry would publish…": the added
			// report starts after its participle.
			cs = k + 2
			if cs < t && d.tokLower(cs) == "that" {
				cs++
			}
			break
		}
	}
	if actor.ent >= 0 {
		// Start at the subject when it stands before the clause.
		for k := t - 1; k >= d.sentTokLo(t) && k >= t-12; k-- {
			if c := d.cover[k]; c != 0 && d.ments[c-1].ent == int32(actor.ent) {
				cs = min(cs, int(d.ments[c-1].r0))
				break
			}
		}
	}
	// "…and would host the talks": the second of two coordinated
	// commitments starts at its own verb group.
	for k := t - 1; k > cs && k >= t-4; k-- {
		if d.tokLower(k) == "and" && d.coordinatedCue(k, t+1) == t {
			cs = k + 1
			break
		}
	}
	// "The council hired Corran Estates, which has promised to finish
	// the flats by 2027": the promise of the relative clause's
	// antecedent, not of the main clause's subject, starts there.
	onObject := d.relativeOnObject(t, arg)
	if onObject {
		cs = max(cs, arg.start)
		// "the Grid Office (GO), which…": from the name before the
		// bracketed short form.
		if p := cs - 2; p > d.sentTokLo(t) && d.toks[cs-1].kind == tPunct && d.text[d.toks[cs-1].s] == '(' && d.cover[p] != 0 {
			cs = int(d.ments[d.cover[p]-1].r0)
		}
	}
	c.clauseLo, c.clauseHi = cs, min(end, d.relativeCut(t, end, w))
	c.clause = strings.TrimRight(d.spanText(c.clauseLo, c.clauseHi), " ,;")
	c.coord, c.bare = d.coordinatedWith(cs, t, actor)
	// "Orbital ATK sent up supplies in October, and a Japanese spaceship
	// is scheduled to launch in mid-December": a clause of its own after
	// a long first one is the commitment's text.
	if slo := d.sentTokLo(t); cs-slo >= 8 && d.coordinated(cs) && fieldCount(c.clause) >= 6 {
		c.text = c.clause
	} else if onObject || sub >= 0 {
		c.text = c.clause
	}
	// The time of the action, not of the promise: "promised on Monday to
	// cut bills by 2027" → "by 2027".
	for k := t + 1; k < end; k++ {
		if d.tokLower(k) == "to" {
			c.when = d.timeExpr(k, end)
			break
		}
	}
	if c.when == "" {
		c.when = d.timeExpr(t, end)
	}
	if c.when == "" {
		// "Then, on Friday, the CEOs will…": a time opening the sentence.
		lo := d.sentTokLo(t)
		c.when = d.timeExpr(lo, min(t, lo+4))
	}
	c.score = cue.weight
	if (w == "would" || w == "will") && saidBy.ok() && d.subjectAdjacent(t) {
		c.score += 0.5 // "Mr Starmer said he would work with…"
	}
	if d.relativeBefore(t) && !provision {
		c.score -= 1 // "a peace that Ukraine will help shape"
	}
	if inQuote {
		c.score -= 0.5
	}
	if d.sentenceOf(t) < 3 {
		c.score += 1
	}
	if c.when != "" {
		c.score += 0.5
	}
	return c, true
}

// forecastWords report a guess at what will happen: "the budget office
// estimated that…", "it is unlikely that…".
var forecastWords = setOf("estimated", "estimates", "projected", "projects", "forecast", "forecasts", "predicted",
	"predicts", "calculated", "calculates", "warned", "warns", "fears", "feared", "worry", "worries", "believes",
	"believed", "unlikely", "likely", "possible", "probable", "doubt", "doubts", "doubted", "doubtful", "uncertain",
	"see", "sees", "expect", "expects", "anticipate", "anticipates", "suspect", "suspects", "imagine", "guess")

// forecastWordAt reports a forecast word at k. One that is also a verb of
// belief counts only where it is used as a verb: "Norvik Steel, believed
// to be the largest employer, will open…" and "despite the estimates"
// describe, they do not report a guess.
func (d *doc) forecastWordAt(k int) bool {
	w := d.tokLower(k)
	if !forecastWords[w] {
		return false
	}
	if beliefVerbs[w] || inferenceVerbs[w] {
		return d.beliefVerbAt(k)
	}
	return true
}

// statementVerbs state what follows as the speaker's word: nearer the
// modal than a verb of belief, they govern it.
var statementVerbs = setOf("said", "says", "told", "tells", "added", "adds", "announced", "announces", "confirmed",
	"confirms", "stated", "states", "insisted", "insists", "promised", "promises", "pledged", "pledges", "vowed",
	"vows")

// forecastBefore reports a modal in a clause reported by a forecast verb:
// "the budget office estimated that they would add $250 billion".
func (d *doc) forecastBefore(t int, w string) bool {
	// "debris would be expected to drift north": what a modal expects is
	// a guess.
	if w == "expected" && t >= 2 && d.tokLower(t-1) == "be" {
		switch d.tokLower(t - 2) {
		case "would", "could", "should", "might", "may", "will":
			return true
		}
	}
	if w != "will" && w != "would" && w != "'ll" {
		return false
	}
	lo, _ := d.sentRange(d.sentenceOf(t))
	for k := t - 1; k >= lo && k >= t-8; k-- {
		if d.tokText(k) == ";" {
			break
		}
		if d.toks[k].kind != tWord {
			continue
		}
		// "investors think the bank will…", "the deal shows the group
		// will…": a belief or an inference; "whatever analysts believe,
		// Arden Energy said it will drill" is the actor's word.
		if k < t-1 && (d.beliefVerbAt(k) || attitudeWords[d.tokLower(k)] && (k == 0 || !d.tokIn(k-1, inDeterminers))) {
			return true
		}
		if k < t-1 && statementVerbs[d.tokLower(k)] || clauseBreak(d.tokLower(k)) ||
			d.tokLower(k) == "and" && k > 0 && d.toks[k-1].kind == tPunct {
			break // "…, but the company will pay a dividend": a clause of its own
		}
		if d.forecastWordAt(k) || hedgeAdverbs[d.tokLower(k)] {
			return true // "Perhaps we will open a second shop"
		}
	}
	if d.hedgeComment(t) || d.beliefFrameAfter(t) {
		return true
	}
	// "will probably just sit there", "would likely be": a hedged guess.
	for k := t + 1; k < len(d.toks) && k <= t+3 && d.toks[k].kind == tWord; k++ {
		switch d.tokLower(k) {
		case "probably", "likely", "possibly", "perhaps", "maybe", "normally", "presumably", "inevitably", "expected":
			return true
		}
	}
	return false
}

// othersWords mark a subject as others than the one told of: "other
// landlords", "rival banks", "competing airlines", "its competitors".
var othersWords = setOf("other", "others", "rival", "rivals", "competing", "competitor", "competitors", "peers")

// othersSubject reports a subject that names no actor but others or a
// kind: "other landlords", "our rivals", "competing airlines",
// "landlords across the city" (a bare plural that is no faction a
// speaker leads: "rebels" and "authorities" may be). What such a subject
// will do is a forecast, no one's commitment.
func (d *doc) othersSubject(arg argument) bool {
	if !arg.found() || arg.start < 0 || arg.generic || arg.ref.ent >= 0 && !d.groupKindAt(arg) {
		return false
	}
	for k := arg.start; k <= arg.head; k++ {
		if d.toks[k].kind == tWord && othersWords[d.tokLower(k)] {
			return true
		}
	}
	h := d.tokLower(arg.head)
	return arg.desc && !d.tokIn(arg.start, inDeterminers) && d.toks[arg.start].flags&fCap == 0 &&
		strings.HasSuffix(h, "s") && !d.factionNoun(arg.head) && d.cover[arg.start] == 0
}

// groupKindAt reports a subject resolved to a group named only by a
// common plural ("landlords"), no body.
func (d *doc) groupKindAt(arg argument) bool {
	e := d.ents[arg.ref.ent]
	return e.kind == KindGroup && strings.ToLower(e.name) == e.name
}

// otherPossessor reports a possessive in the phrase of arg that names
// someone other than rep: "the airline's board", "Kestrel's pilots".
func (d *doc) otherPossessor(arg argument, rep actorRef) bool {
	for k := max(arg.start, 0); k < arg.head; k++ {
		if d.toks[k].kind != tWord || d.toks[k].flags&fPoss == 0 {
			continue
		}
		if c := d.cover[k]; c == 0 || rep.ent < 0 || int(d.ments[c-1].ent) != rep.ent {
			return true
		}
	}
	return false
}

// attitudeWords tell how one feels about what may happen: "residents are
// afraid the council will close the school", "farmers are worried that
// the ministry will cut subsidies", "parents hope the council will reopen
// the pool". The clause they govern is a fear or a wish, no promise.
var attitudeWords = setOf("afraid", "worried", "concerned", "fearful", "anxious", "nervous", "hopeful", "optimistic",
	"pessimistic", "hope", "hopes", "hoped", "wish", "wishes", "wished", "dread", "dreads", "dreaded")

// frameBeliefVerbs end a sentence as its frame: "…, residents fear.",
// "…, traders predict.", "…, the union feared."
var frameBeliefVerbs = setOf("fear", "fears", "feared", "predict", "predicts", "predicted", "expect", "expects",
	"expected", "believe", "believes", "believed", "think", "thinks", "thought", "suspect", "suspects", "suspected",
	"reckon", "reckons", "reckoned", "worry", "worries", "worried", "hope", "hopes", "hoped", "speculate",
	"speculates", "speculated", "forecast", "forecasts", "guess", "guessed", "bet", "bets", "estimate", "estimates",
	"estimated")

// beliefFrameAfter reports a sentence whose frame after the modal at t
// is a belief, not a statement: "Ollam County Council will close the
// library in May, residents fear", "the bank will cut rates, traders
// predict". What others fear or predict an actor will do is their guess.
func (d *doc) beliefFrameAfter(t int) bool {
	lo, hi := d.sentRange(d.sentenceOf(t))
	e := hi - 1
	for e > t && d.toks[e].kind != tWord {
		e--
	}
	if e <= t+2 || !frameBeliefVerbs[d.tokLower(e)] || d.toks[e].flags&fInQuote != 0 {
		return false
	}
	// Back over the frame's subject ("residents", "the Transport Workers
	// Union", "many traders") to the comma or quote that opens it.
	for k := e - 1; k > t && k >= e-7 && k >= lo; k-- {
		switch d.toks[k].kind {
		case tPunct:
			return d.text[d.toks[k].s] == ',' && k < e-1
		case tQuote:
			return k < e-1
		}
		// "…, as expected", "…, sooner than feared": no one's frame.
		if w := d.tokLower(k); isAuxiliary(w) || isBe(w) || w == "as" || w == "than" || w == "if" || w == "once" ||
			d.lex[k]&(lexSpeech|lexThink) != 0 && d.cover[k] == 0 {
			return false
		}
	}
	return false
}

// hedgeAdverbs open a clause as a guess: "Perhaps we will open a second
// shop", "Maybe I'll run again".
var hedgeAdverbs = setOf("perhaps", "maybe", "probably", "possibly", "presumably", "conceivably", "hopefully")

// commentVerbs make a first-person comment a hedge when set off by
// commas: "we will build a plant there, I suppose", "I will, I think,
// miss it".
var commentVerbs = setOf("think", "suppose", "guess", "reckon", "imagine", "believe", "expect", "hope", "bet",
	"presume", "assume", "suspect", "fear")

// hedgeComment reports a first-person comment of belief set off by a
// comma in the clause of the modal at t: "“I will miss the old building,
// I think,”", "“We will, I suppose, build it eventually”". The speaker
// guesses; a pledge carries no such hedge.
func (d *doc) hedgeComment(t int) bool {
	end := d.clauseEnd(t, len(d.toks))
	for k := t + 1; k+1 < end; k++ {
		if d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',' {
			continue
		}
		if w := d.tokLower(k + 1); (w == "i" || w == "we") && k+2 < len(d.toks) && commentVerbs[d.tokLower(k+2)] &&
			(k+3 >= len(d.toks) || d.toks[k+3].kind != tWord) {
			return true
		}
	}
	return false
}

// denialVerbs deny or dismiss what their clause says: "denied that he
// would raise fuel duty", "dismissed reports that the bank would cut
// jobs".
var denialVerbs = setOf("deny", "dismiss", "refute", "rebut", "dispute", "disavow", "downplay")

// deniedBefore reports a cue in a clause that a denial governs: the
// nearest verb of saying or denying before it in its sentence is one of
// denialVerbs ("Harrow Foods denied it would move its head office"; not
// "denied the report but said it would move…"). A plan denied binds no
// one.
func (d *doc) deniedBefore(t int) bool {
	lo, _ := d.sentRange(d.sentenceOf(t))
	for k := t - 1; k >= lo && k >= t-12; k-- {
		if d.toks[k].kind != tWord || d.toks[k].flags&fInQuote != d.toks[t].flags&fInQuote {
			continue
		}
		if denialVerbs[lemmaName(d.lemmaAt(k))] {
			return true
		}
		if d.lex[k]&(lexSpeech|lexThink) != 0 && !isAuxiliary(d.tokLower(k)) && !isBe(d.tokLower(k)) {
			return false
		}
	}
	return false
}

// nounCompound reports a cue in -s used as a noun after another noun:
// "held back loan guarantees", "the price offers".
func (d *doc) nounCompound(t int, w string) bool {
	if t == 0 {
		return false
	}
	switch w {
	case "guarantees", "offers", "pledges", "promises", "vows", "signs", "plans", "accepts", "commits", "aims", "hopes":
	default:
		return false
	}
	p := t - 1
	return d.toks[p].kind == tWord && d.cover[p] == 0 && d.plainLower(p) && !isAdverb(d.tokLower(p)) &&
		!isAuxiliary(d.tokLower(p)) && !isPersonNoun(d.tokLower(p))
}

// scheduledPassives are the participles of a "will be …" that puts
// something on a timetable.
var scheduledPassives = setOf("debated", "voted", "signed", "introduced", "published", "presented", "unveiled",
	"tabled", "considered", "reviewed", "heard", "released", "launched", "held", "opened", "delivered",
	"implemented", "enacted", "ratified", "announced")

// scheduledPassive reports "will be debated this week", "will be signed on
// Friday": a passive that puts something on the timetable (a time ahead,
// or a chamber: "in the House").
func (d *doc) scheduledPassive(t, nk, hi int, w string) bool {
	if w != "will" && w != "shall" || nk+1 >= hi || d.tokLower(nk) != "be" || !scheduledPassives[d.tokLower(nk+1)] {
		return false
	}
	end := d.clauseEnd(t, hi)
	if d.timeAhead(t, end) || d.timeExpr(nk+1, end) != "" {
		return true
	}
	for k := nk + 2; k+2 < end; k++ {
		if (d.tokLower(k) == "in" || d.tokLower(k) == "by" || d.tokLower(k) == "before") && d.toks[k+2].flags&fCap != 0 {
			switch strings.ToLower(d.tokText(k + 2)) {
			case "house", "parliament", "senate", "congress", "assembly", "court", "council", "commons", "lords", "chamber":
				return true
			}
		}
	}
	return false
}

// thingBefore returns the name of the thing right before the modal at t:
// a mention ("the Data Retention Bill") or, failing that, "".
func (d *doc) thingBefore(t int) string {
	k := t - 1
	for k >= 0 && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) && !isAuxiliary(d.tokLower(k)) {
		k--
	}
	if k < 0 {
		return ""
	}
	if c := d.cover[k]; c != 0 {
		m := d.ments[c-1]
		if m.form != formPronoun {
			return cleanName(d.spanText(int(m.t0), int(m.t1)))
		}
	}
	return ""
}

// refusesToGiveUp reports "not fall silent", "never back down" at token k
// (the negation after a modal): a negated surrender is a commitment.
func (d *doc) refusesToGiveUp(k, hi int) bool {
	if k >= hi || (d.tokLower(k) != "not" && d.tokLower(k) != "never") || k+1 >= hi {
		return false
	}
	part, ok := giveUpVerbs[d.tokLower(k+1)]
	return ok && (part == "" || k+2 < hi && d.tokLower(k+2) == part)
}

// timeAhead reports a time still to come in tokens [t, end): "later on
// Friday", "next week", "tomorrow", "on Sunday".
func (d *doc) timeAhead(t, end int) bool {
	for k := t; k < end; k++ {
		switch w := d.tokLower(k); {
		case w == "later" || w == "tomorrow" || w == "tonight" || w == "next" || w == "soon":
			return true
		case weekdays[w] && k > 0 && (d.tokLower(k-1) == "on" || d.tokLower(k-1) == "this"):
			// A weekday, not a date: captions tell past events in the
			// present tense ("reacts as he visits the Wall on March 18").
			return true
		}
	}
	return false
}

var weekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// subjectPronounBefore returns the token of a pronoun that is the subject
// right before the cue at t ("they would", "they will soon"), or -1.
func (d *doc) subjectPronounBefore(t int) int {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := d.tokLower(k)
		if d.toks[k].kind != tWord {
			return -1
		}
		switch {
		case w == "they" || w == "he" || w == "she" || w == "it" || w == "we":
			return k
		case isAdverb(w) || isAuxiliary(w) || isBe(w):
			continue
		}
		return -1
	}
	return -1
}

// speechBeforePronoun returns the verb of saying whose clause the subject
// pronoun at k opens: right before it ("said it would"), or across a
// time adjunct and "that" ("said on Wednesday it would", "said late on
// Tuesday that they would"); -1 when none.
func (d *doc) speechBeforePronoun(k int) int {
	lo := d.sentTokLo(k)
	v := k - 1
	if v > lo && d.tokLower(v) == "that" {
		v--
	}
	v = d.timeBack(v, lo)
	if v < lo || v < 0 || d.toks[v].kind != tWord || d.lex[v]&lexSpeech == 0 {
		return -1
	}
	if v != k-1 && (d.toks[v].flags&fCap != 0 || d.toks[v].flags&fInQuote != d.toks[k].flags&fInQuote) {
		return -1
	}
	return v
}

// thingSubjectStart returns where the clause of the cue at t starts when
// its subject is a thing, not an actor ("He said the first plant was due to
// open…" → "the first plant was due to open…"); otherwise t.
func (d *doc) thingSubjectStart(t int) int {
	k := t - 1
	for k >= 0 && d.toks[k].kind == tWord && d.cover[k] == 0 && (isBe(d.tokLower(k)) || isAuxiliary(d.tokLower(k)) || isAdverb(d.tokLower(k))) {
		k--
	}
	if k < 0 || !d.plainLower(k) || d.cover[k] != 0 || isPersonNoun(d.tokLower(k)) || commNouns[d.tokLower(k)] {
		return t
	}
	if d.tokIn(k, inGroupNouns|inDescHeads) || d.countedActors(k) {
		return t
	}
	// The noun phrase: back to its determiner.
	for j := k; j >= 0 && j >= k-4; j-- {
		if d.toks[j].kind != tWord || d.cover[j] != 0 {
			return t
		}
		if w := d.tokLower(j); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "this" {
			if j > 0 && d.toks[j-1].kind == tWord && isPreposition(d.tokLower(j-1)) {
				return t // "CEOs from the big broadcasters will…": a phrase, not the subject
			}
			return j
		}
	}
	return t
}

// countedNouns are the plural nouns of parties that a count before them
// makes a group of actors: "the three countries", "both sides".
var countedNouns = setOf("countries", "states", "nations", "sides", "parties", "governments", "blocs", "allies")

// countedActors reports a plural noun of parties or agents at k after a
// count ("the three countries", "both sides", "the two juntas"): the
// parties the article named, who act, not a thing.
func (d *doc) countedActors(k int) bool {
	if k < 1 || d.toks[k-1].kind != tWord {
		return false
	}
	if c := d.tokLower(k - 1); c != "both" && (c == "one" || !numberWords[c]) {
		return false
	}
	w := d.tokLower(k)
	if countedNouns[w] {
		return true
	}
	_, ok := agentOf(lemmaOf(w))
	return ok && strings.HasSuffix(w, "s")
}

// cutAppositive ends an action clause before a phrase that comments on it:
// "agreed to build a supply chain, a deal both governments hailed as…".
func cutAppositive(s string) string {
	for _, sep := range []string{", a ", ", an ", ", which ", ", in a "} {
		if i := strings.Index(s, sep); i > 0 && fieldCount(s[:i]) >= 5 {
			return s[:i]
		}
	}
	return s
}

// trimClause drops a dangling conjunction or comma at either end of a
// clause: "that Nigeria plans to…" → "Nigeria plans to…"; "…of 2026, and"
// → "…of 2026".
func trimClause(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, " ,;:")
		for _, w := range []string{" and", " or", " but", " that", " which"} {
			t = strings.TrimSuffix(t, w)
		}
		for _, w := range []string{"that ", "and ", "but "} {
			t = strings.TrimPrefix(t, w)
		}
		if t == s {
			return s
		}
		s = t
	}
}

// isBe reports a form of "to be".
func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "am":
		return true
	}
	return false
}

// subjectAdjacent reports an actor (or he/she/they) right before the modal
// at t: "Mr Starmer will travel", "she would resign".
func (d *doc) subjectAdjacent(t int) bool {
	k := d.subjectEnd(t)
	if k < 0 {
		return false
	}
	// "CEOs from leading media organisations will…": back over the
	// prepositional phrase to the name before it.
	if d.cover[k] == 0 {
		for j := k; j > 0 && j >= k-5 && d.toks[j].kind == tWord && d.cover[j] == 0 && !isVerbLike(d.tokLower(j)); j-- {
			if w := d.tokLower(j); isPreposition(w) && w != "of" {
				return d.actorMentionAt(j - 1)
			}
		}
	}
	if k > 0 && d.cover[k] == 0 && isGroupHead(d.tokLower(k)) && d.cover[k-1] != 0 && d.ments[d.cover[k-1]-1].ent >= 0 {
		return true // "Tunisian lawmakers are drafting…", "British officials will…"
	}
	if !d.actorMentionAt(k) {
		return false
	}
	// "CEOs from Fox News will front…": the subject is the name before
	// the prepositional phrase.
	m := d.ments[d.cover[k]-1]
	if p := int(m.r0) - 1; p > 0 && isPreposition(d.tokLower(p)) && d.tokLower(p) != "of" {
		for j := p - 1; j >= 0 && j >= p-4; j-- {
			if d.cover[j] != 0 {
				return d.actorMentionAt(j)
			}
			if d.toks[j].kind != tWord || isVerbLike(d.tokLower(j)) {
				return false
			}
		}
		return false
	}
	return true
}

// subjectAcross reports a subject arg, found by the clause structure for
// the cue at t, that names an actor and stands before a description set
// off by commas: "Harrow Foods, a family firm founded in 1921, will…",
// "Velaro Airlines, whose pilots struck twice, will…".
func (d *doc) subjectAcross(t int, arg argument) bool {
	k := d.subjectEnd(t)
	if k <= 0 || d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',' {
		return false
	}
	return arg.ref.ent >= 0 && !arg.desc && !arg.generic && !arg.thing && arg.head < k && d.actorMentionAt(arg.head)
}

// actorMentionAt reports a mention at token k that can be a subject: an
// actor, not an adjective ("British") or a place.
func (d *doc) actorMentionAt(k int) bool {
	c := d.cover[k]
	if c == 0 {
		return false
	}
	m := d.ments[c-1]
	return m.ent >= 0 && m.flags&mAdj == 0 && m.form != formPlace
}

// objectFollows reports an agreement-like object within a few words after
// token t ("signed a trade deal", "accepted an invitation").
func (d *doc) objectFollows(t, hi int) bool {
	for k := t + 1; k < hi && k < t+7; k++ {
		if d.toks[k].kind != tWord {
			break
		}
		if commitObjects[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// isConditionalClause reports a cue inside an "if" clause or a question.
func (d *doc) isConditionalClause(t int) bool {
	lo := d.clauseStart(t)
	if lo > 0 {
		w := d.tokLower(lo - 1)
		if w == "if" || w == "unless" {
			return true
		}
	}
	for k := t - 1; k >= lo && k >= t-8; k-- {
		if w := d.tokLower(k); w == "whether" || w == "if" {
			return true
		}
	}
	// "when they are ready to die", "how Amazon plans to…": a clause of
	// time or an indirect question, not a promise.
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if d.toks[k].kind == tPunct {
			break
		}
		if w := d.tokLower(k); (w == "when" || w == "how" || w == "why" || w == "whenever" || w == "what") && d.toks[k].flags&fStart == 0 {
			return true
		}
	}
	return false
}

// speaksForInstitution reports a speaker who can commit an institution: an
// organisation, a country, or an unnamed official ("a senior official").
func (d *doc) speaksForInstitution(r actorRef) bool {
	if r.ent >= 0 {
		k := d.ents[r.ent].kind
		return k == KindOrganization || k == KindCountry || k == KindGroup || d.officialPerson(r.ent)
	}
	if r.name == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(r.name)) {
		switch w {
		case "official", "officials", "spokesman", "spokeswoman", "spokesperson", "statement", "minister",
			"ministry", "government", "aide", "diplomat", "representative", "source", "sources":
			return true
		}
		// "the airline", "the agency": a body named by its kind.
		if descHeads[w] == KindOrganization && !reportNouns[w] || w == "airline" || w == "carrier" || w == "navy" {
			return true
		}
	}
	return false
}

// governmentOfficial reports a person whose role is an office of the
// government, by the agent table ("Finance Minister", "Prime Minister",
// "Chancellor") or a portfolio's secretary ("Health Secretary"), or its
// spokesperson ("Government spokesman") — not the
// opposition's ("Opposition leader", "shadow chancellor") or a former
// holder's.
func (d *doc) governmentOfficial(ei int) bool {
	e := d.ents[ei]
	if e.kind != KindPerson || e.role == "" {
		return false
	}
	r := strings.ToLower(e.role)
	for _, w := range strings.Fields(r) {
		if w == "opposition" || w == "shadow" || w == "former" || w == "ex" {
			return false
		}
	}
	h := roleHead(r)
	if spokesNouns[h] {
		return strings.Contains(r, "government")
	}
	if (h == "secretary" || h == "commissioner") && !strings.Contains(r, "general") && strings.Contains(r, " ") {
		return true // "Health Secretary", not a union's "general secretary"
	}
	a, ok := agentOf(lemmaOf(h))
	return ok && a.class == agentGovernment
}

// officialPerson reports a person who holds an office, and so speaks for
// a body: a role or title that is not an expert's ("Attorney General Dana
// Whitfield", "Pentagon spokesman Mark Wright"; not "oceanographer Lena
// Marsh", whose forecast binds no one).
func (d *doc) officialPerson(e int) bool {
	en := d.ents[e]
	if en.kind != KindPerson {
		return false
	}
	if v, ok := d.officials[e]; ok {
		return v
	}
	v := d.officialRoles(en)
	if d.officials == nil {
		d.officials = map[int]bool{}
	}
	d.officials[e] = v
	return v
}

// officeMentions returns the first mentions of an entity that its office
// is read from (officialRoles, spokespersonRef), and its role with those
// mentions' roles and titles.
func (d *doc) officeMentions(en *entity) ([]mention, []string) {
	n := min(len(en.ments), 24)
	ms := make([]mention, 0, n)
	roles := make([]string, 1, 1+2*n)
	roles[0] = en.role
	for _, mi := range en.ments[:n] {
		m := d.ments[mi]
		ms = append(ms, m)
		roles = append(roles, m.role, m.title())
	}
	return ms, roles
}

// officialRoles reads a person's office from their role, titles and
// appositions (officialPerson).
func (d *doc) officialRoles(en *entity) bool {
	ms, roles := d.officeMentions(en)
	for _, m := range ms {
		// "Lena Marsh, an oceanographer at…", "Tomas Reyes, head of the
		// agency,": the apposition.
		if k := int(m.t1); k+2 < len(d.toks) && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' {
			for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
				if d.tokIn(j, inExpertWords) {
					return false
				}
				if w := d.tokLower(j); titleHeads[w] && w != "writer" && w != "author" || spokesWords[w] {
					roles = append(roles, w)
				}
			}
		}
		if p := int(m.r0) - 1; p >= 0 && d.tokIn(p, inExpertWords) {
			return false
		}
		// "the head of the search and rescue agency, Bambang Soelistyo":
		// the office told before the name.
		if p := int(m.r0) - 1; p > 0 && d.toks[p].kind == tPunct && d.text[d.toks[p].s] == ',' {
			for j := p - 1; j >= 0 && j >= p-8 && d.toks[j].kind == tWord; j-- {
				if w := d.tokLower(j); d.tokIn(j, inExpertWords) {
					return false
				} else if titleHeads[w] && w != "writer" && w != "author" || spokesWords[w] {
					roles = append(roles, w)
				}
			}
		}
	}
	office := false
	for _, r := range roles {
		for _, w := range strings.Fields(strings.ToLower(r)) {
			if expertWords[w] {
				return false
			}
			if w != "mr" && w != "ms" && w != "mrs" && w != "dr" && w != "mr." && w != "ms." && w != "mrs." && w != "dr." {
				office = true
			}
		}
	}
	return office
}

// expertWords are roles that speak for no body: their forecasts and
// readings commit no one.
var expertWords = setOf("oceanographer", "scientist", "analyst", "economist", "expert", "professor", "researcher",
	"forecaster", "meteorologist", "consultant", "observer", "critic", "commentator", "historian", "academic",
	"lecturer", "strategist", "columnist", "writer", "author", "student", "resident", "witness", "oceanographers",
	"critics", "scientists", "analysts", "economists", "experts", "researchers", "physicist", "geologist",
	"seismologist", "volcanologist", "climatologist", "epidemiologist", "virologist", "fellow", "pundit",
	"opponents", "observers", "commentators", "forecasters")

// clauseEnd returns the end of the clause holding token t.
func (d *doc) clauseEnd(t, hi int) int {
	inQ := d.toks[t].flags&fInQuote != 0
	for k := t + 1; k < hi; k++ {
		tk := d.toks[k]
		if (tk.flags&fInQuote != 0) != inQ || tk.kind == tQuote {
			return k
		}
		if tk.kind == tPunct {
			c := d.text[tk.s]
			if c == '.' && d.innerDot(k) {
				continue // "on Dec. 14", "in St. Louis"
			}
			if c == ';' || c == '.' || c == ':' || c == '!' || c == '?' {
				return k
			}
			if c == ',' && k+1 < hi {
				switch d.tokLower(k + 1) {
				case "but", "while", "although", "which", "who", "and", "as":
					return k
				}
				if d.cover[k+1] != 0 && k+2 < hi && d.lex[k+2]&lexSpeech != 0 {
					return k // ", Mr Starmer said"
				}
			}
		}
	}
	return hi
}

// firstPersonBefore reports "I" or "we" just before the modal at t.
func (d *doc) firstPersonBefore(t int) bool {
	if t == 0 {
		return false
	}
	switch d.tokLower(t - 1) {
	case "i", "we":
		return true
	}
	w := d.tokLower(t)
	return strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "we'") || strings.HasPrefix(w, "i’") || strings.HasPrefix(w, "we’")
}

// counterfactualBefore reports "might have", "could have", "should have"
// in the clause before t: what did not happen is no commitment.
func (d *doc) counterfactualBefore(t int) bool {
	lo := d.clauseStart(t)
	for k := t - 1; k > lo; k-- {
		if d.tokLower(k) == "have" {
			switch d.tokLower(k - 1) {
			case "might", "could", "should", "would", "may", "must":
				return true
			}
		}
	}
	return false
}

// relativeBefore reports a cue in a relative clause: "that"/"which" right
// before its subject ("a peace that Ukraine will help shape").
func (d *doc) relativeBefore(t int) bool {
	k := t - 1
	if k >= 0 && d.cover[k] != 0 {
		k = int(d.ments[d.cover[k]-1].t0) - 1
	}
	if k < 1 {
		return false
	}
	w := d.tokLower(k)
	return (w == "that" || w == "which") && !(d.toks[k-1].kind == tWord && d.lex[k-1]&lexSpeech != 0)
}

// relativeOnObject reports a cue at t in a relative clause ("which has
// promised", "who will meet") whose antecedent, the cue's subject arg,
// stands after the verb of the main clause ("The council hired Corran
// Estates, which…", "the three governments will set up an office, the
// Grid Office, which is due to open…"), so the main clause tells another
// actor's act.
func (d *doc) relativeOnObject(t int, arg argument) bool {
	k := t - 1
	for k > 0 && d.toks[k].kind == tWord && d.cover[k] == 0 && d.verbGroupWord(k) {
		k--
	}
	if k <= 0 || !arg.found() || arg.start < 0 || arg.head >= k || d.toks[k].kind != tWord {
		return false
	}
	if w := d.tokLower(k); w != "which" && w != "who" {
		return false
	}
	for j := d.sentTokLo(t); j < arg.start; j++ {
		if d.toks[j].kind != tWord || d.cover[j] != 0 || d.toks[j].flags&fInQuote != d.toks[t].flags&fInQuote {
			continue
		}
		w := d.tokLower(j)
		if isAuxiliary(w) || formTags(w)&(formPast|formPresent) != 0 && formTags(w)&formLemma == 0 && d.lex[j]&lexFunction == 0 {
			return true
		}
		if isVerbLike(w) && d.toks[j].flags&fCap == 0 && j > 0 && !d.tokIn(j-1, inDeterminers) {
			return true // "hired", a past verb the form table lacks
		}
	}
	return false
}

// relativeCut returns where a relative clause after the cue at t starts
// ("…to sign a contentious deal | that would give…"), so the commitment's
// text ends with its own clause; hi when there is none. Cues that take a
// that-clause ("promised that…") are not cut.
func (d *doc) relativeCut(t, hi int, w string) int {
	// "He vowed to keep trying, but the editor said…": a contrasting
	// clause is someone else's.
	for k := t + 2; k+1 < hi; k++ {
		if d.toks[k].kind != tPunct || d.toks[k].flags&fInQuote != d.toks[t].flags&fInQuote {
			continue
		}
		if c := d.text[d.toks[k].s]; c == ';' || c == ',' && (contrastWords[d.tokLower(k+1)] || d.tokLower(k+1) == "where") {
			return k // "…next month, where a comparable law is due…": another clause
		}
	}
	switch w {
	case "promised", "promises", "pledged", "pledges", "vowed", "vows", "agreed", "agrees", "announced", "announces", "guaranteed":
		return hi
	}
	for k := t + 2; k < hi; k++ {
		if d.toks[k].flags&fInQuote != d.toks[t].flags&fInQuote {
			return hi
		}
		lw := d.tokLower(k)
		if (lw == "that" || lw == "which") && d.toks[k-1].kind == tWord && d.toks[k-1].flags&fCap == 0 &&
			d.lex[k-1]&(lexSpeech|lexThink) == 0 && !isAdverb(d.tokLower(k-1)) {
			return k
		}
	}
	return hi
}

// contrastWords open a contrasting clause after a comma.
var contrastWords = setOf("but", "while", "although", "though", "whereas", "yet")

// beCommitments follow "will be" in a commitment: "will be working with",
// "will be in charge of", "will be responsible for".
var beCommitments = setOf("working", "signing", "meeting", "joining", "leading", "hosting", "travelling",
	"traveling", "visiting", "sending", "providing", "funding", "deploying", "launching", "in", "on", "responsible",
	"tasked", "taking", "introducing", "publishing", "releasing", "offering", "holding", "opening")

// statives follow a modal in a prediction, not a commitment: "would need",
// "will fail", "would cost". The verbs of loss and failure among them
// ("will miss payroll", "will lose jobs", "will go bankrupt", "will
// starve") tell a misfortune no one chooses (see misfortuneAt for the
// phrasal ones).
var statives = setOf("need", "have", "face", "cost", "hold", "fail", "happen", "become", "mean", "seem", "appear",
	"last", "lose", "suffer", "matter", "depend", "die", "collapse", "struggle", "find", "get", "go", "come",
	"see", "look", "feel", "know", "like", "want", "prove", "turn", "fall", "rise", "grow", "end", "take",
	"miss", "starve", "perish", "vanish", "disappear", "falter", "fold", "founder", "crumble", "wither")

// toWithin reports "to" within n tokens from k.
func (d *doc) toWithin(k, hi, n int) bool {
	for j := k; j < hi && j < k+n; j++ {
		if d.tokLower(j) == "to" {
			return true
		}
	}
	return false
}

// sentTokLo returns the first token of token t's sentence.
func (d *doc) sentTokLo(t int) int { return int(d.sentTok[d.tokSent[t]]) }

// lawNouns are instruments whose terms bind the actor who makes them.
var lawNouns = setOf("bill", "law", "legislation", "order", "agreement", "deal", "treaty", "accord", "pact",
	"plan", "proposal", "measure", "package", "budget", "regulation", "regulations", "rules", "reform",
	"contract", "settlement", "ceasefire", "framework", "amendment", "act", "directive", "decree", "scheme")

// govInstruments are the lawNouns a government makes when no one else is
// named as their maker.
var govInstruments = setOf("bill", "law", "legislation", "regulation", "regulations", "rules", "budget",
	"amendment", "act", "decree", "measure")

// provisionVerbs state what an instrument's terms do: "the Bill would
// require", "legislation that would make the cuts permanent".
var provisionVerbs = setOf("require", "allow", "force", "ban", "bar", "prohibit", "give", "grant", "create",
	"establish", "cut", "reduce", "raise", "increase", "extend", "expand", "limit", "cap", "protect", "exempt",
	"impose", "lift", "abolish", "replace", "introduce", "provide", "fund", "make", "let", "oblige", "compel",
	"remove", "restrict", "prevent", "guarantee", "scrap", "freeze", "double", "halve", "transfer", "phase",
	"allocate", "set")

// lawMakers are the verbs by which an actor makes an instrument: "House
// Republicans introduced legislation…".
var lawMakers = setOf("introduced", "introduces", "proposed", "proposes", "unveiled", "unveils", "tabled",
	"tables", "drafted", "drafting", "submitted", "submits", "announced", "announces", "published", "publishes",
	"presented", "presents", "signed", "signs", "wants", "want", "backed", "backs", "put", "sent", "sends")

// provisionOwner reports the modal at t with an instrument as its subject
// ("The Bill would require…", "legislation this month that would make…")
// and returns the actor the terms bind: the one named in the subject ("the
// British Bill"), the maker of the instrument ("House Republicans
// introduced legislation that would…", "the Bill it wants passed"), else,
// for a law, the government of the article.
func (d *doc) provisionOwner(t int) (actorRef, bool) {
	lo := d.sentTokLo(t)
	k := t - 1
	for k > lo && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
		k--
	}
	if k < lo {
		return noActor, false // "Would cut prices…": nothing before the verb
	}
	rel := false
	if w := d.tokLower(k); w == "that" || w == "which" {
		rel = true
		j := k - 1
		for j > lo && j >= k-4 && d.toks[j].kind == tWord && !lawNouns[d.tokLower(j)] {
			j--
		}
		k = j
	}
	if k < lo || d.toks[k].kind != tWord || !lawNouns[d.tokLower(k)] {
		return noActor, false
	}
	head := d.tokLower(k)
	// The maker: "introduced legislation", "proposed a new law".
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if d.toks[j].kind != tWord {
			break
		}
		if lawMakers[d.tokLower(j)] {
			// "House Republicans introduced legislation this month that
			// would make the cuts permanent", "is drafting a bill which
			// would ban…": the clause tells the terms of an instrument
			// already made or in the works, a completed act or work under
			// way, not its makers' promise.
			if rel && formTags(d.tokLower(j))&(formPast|formPart|formIng) != 0 {
				return noActor, false
			}
			if r := d.subjectOf(j); r.ok() {
				return r, true
			}
			break
		}
	}
	if rel {
		return noActor, false
	}
	// An actor named in the subject: "Trump's tax plan", "the British Bill".
	for j := k - 1; j >= lo && j >= k-6; j-- {
		if d.toks[j].kind != tWord || isPreposition(d.tokLower(j)) {
			break
		}
		if c := d.cover[j]; c != 0 {
			if m := d.ments[c-1]; m.ent >= 0 && m.form != formPlace && d.ents[m.ent].kind != KindOther {
				return actorRef{ent: int(m.ent)}, true
			}
		}
	}
	// The maker named earlier: "the Data Retention Bill it wants passed".
	si := d.sentenceOf(t)
	for s := si - 1; s >= 0 && s >= si-6; s-- {
		slo, shi := d.sentRange(s)
		for j := slo; j < shi; j++ {
			if d.tokLower(j) != head {
				continue
			}
			for v := j + 1; v < shi && v <= j+3; v++ {
				if lawMakers[d.tokLower(v)] {
					if r := d.subjectOf(v); r.ok() {
						return r, true
					}
				}
			}
		}
	}
	if ei, ok := d.institutions["government"]; ok && govInstruments[head] {
		return actorRef{ent: ei}, true
	}
	return noActor, false
}

// organizationBefore reports an organisation as the subject right before
// the modal at t: "Remain Co. will become a holding company" is a plan,
// where "he will become a target" is a prediction.
func (d *doc) organizationBefore(t int) bool {
	if !d.subjectAdjacent(t) {
		return false
	}
	k := d.subjectEnd(t)
	if k < 0 || d.cover[k] == 0 {
		return false
	}
	m := d.ments[d.cover[k]-1]
	return m.ent >= 0 && d.ents[m.ent].kind == KindOrganization
}

// subjectEnd returns the last token of the subject right before the cue at
// t: back over adverbs and the full stop of an abbreviated name ("Remain
// Co. will…"); -1 at the start of the text.
func (d *doc) subjectEnd(t int) int {
	k := t - 1
	for k >= 0 && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
		k--
	}
	if d.nameDot(k) {
		k--
	}
	return k
}

// nameDot reports a full stop at token k that ends an abbreviated name
// inside the sentence: "Remain Co. will…", "Tesla Inc. said".
func (d *doc) nameDot(k int) bool {
	return k > 0 && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == '.' && d.cover[k-1] != 0 &&
		d.toks[k].s == d.toks[k-1].e
}

// ownerPassives are what an owner does to what it owns, told in the
// passive: "Verizon's Yahoo will be run under the same umbrella as AOL".
var ownerPassives = setOf("run", "managed", "operated", "merged", "sold", "transferred", "renamed", "split",
	"spun", "closed", "shut", "opened", "replaced", "funded", "financed", "paid", "built", "launched", "moved",
	"relocated", "restructured", "reorganised", "reorganized", "integrated", "combined", "folded", "absorbed",
	"expanded", "upgraded", "scrapped", "dismantled", "privatised", "privatized", "nationalised",
	"nationalized", "listed", "delisted", "rebranded", "overhauled", "extended", "renewed", "retired", "deployed")

// thingOwner returns the actor named as the owner in the subject of the cue
// at t when the subject is a thing or an owned actor: "a Japanese cargo
// spaceship is scheduled…" → Japan; "Verizon's Yahoo will be run…" →
// Verizon. It returns noActor when the subject has no owner.
func (d *doc) thingOwner(t int) actorRef {
	lo := d.sentTokLo(t)
	k := d.skipAux(t - 1)
	if k < lo || d.toks[k].kind != tWord {
		return noActor
	}
	head := true
	for j := k; j >= lo && j >= k-5; j-- {
		if d.toks[j].kind != tWord {
			return noActor
		}
		if c := d.cover[j]; c != 0 {
			m := d.ments[c-1]
			if !head && m.ent >= 0 && m.flags&(mAdj|mPoss) != 0 && m.form != formPlace && d.ents[m.ent].kind != KindOther {
				return actorRef{ent: int(m.ent)}
			}
			if !head || m.flags&mPoss != 0 || m.form == formPronoun {
				return noActor
			}
			j = int(m.t0)
			head = false
			continue
		}
		w := d.tokLower(j)
		if !d.plainLower(j) || d.lex[j]&lexFunction != 0 || isPreposition(w) || isVerbLike(w) || isPersonNoun(w) {
			return noActor
		}
		if _, group := groupNouns[w]; group && head {
			return noActor // "Japanese officials are due to…": the group speaks for itself
		}
		head = false
	}
	return noActor
}

// coordinated reports a clause at k opened by ", and", ", but" or ";".
func (d *doc) coordinated(k int) bool {
	p := k - 1
	if p > 0 && d.toks[p].kind == tWord && (d.tokLower(p) == "and" || d.tokLower(p) == "but") {
		p--
		return p >= 0 && d.toks[p].kind == tPunct && d.text[d.toks[p].s] == ','
	}
	return p >= 0 && d.toks[p].kind == tPunct && d.text[d.toks[p].s] == ';'
}

// agentAfter returns the actor named after "by", "in" or "before" in the
// passive clause [t, end): "will be signed by the President", "will be
// debated in the House of Representatives".
func (d *doc) agentAfter(t, end int) actorRef {
	for k := t + 1; k+1 < end; k++ {
		w := d.tokLower(k)
		if w != "by" && w != "in" && w != "before" {
			continue
		}
		j := k + 1
		if j < end && d.tokLower(j) == "the" {
			j++
		}
		// "by President William Ruto": the name after its title.
		for j < end && j < k+4 && d.cover[j] == 0 && d.toks[j].kind == tWord && d.isTitleWord(j) {
			j++
		}
		if j >= end || d.cover[j] == 0 {
			continue
		}
		m := d.ments[d.cover[j]-1]
		if m.ent < 0 || m.form == formPlace || m.flags&mAdj != 0 {
			continue
		}
		if k := d.ents[m.ent].kind; k == KindPerson || k == KindOrganization || w == "by" && k != KindOther {
			return actorRef{ent: int(m.ent)}
		}
	}
	return noActor
}

// scheduleVerbs, after "will", put a thing's start or end on the calendar:
// "will launch on December 15", "will take effect next month".
var scheduleVerbs = setOf("launch", "ship", "open", "reopen", "start", "begin", "close", "end", "arrive", "debut",
	"resume", "take", "come", "go", "expire", "premiere", "air", "release")

// scheduleParticle reports the words the phrasal schedule verbs need:
// "take effect", "take place", "come into force", "go live", "go on sale".
func scheduleParticle(v, next string) bool {
	switch v {
	case "take":
		return next == "effect" || next == "place"
	case "come":
		return next == "into"
	case "go":
		return next == "live" || next == "on"
	}
	return true
}

// titleBefore returns the title in quotation marks right before the cue at
// t ("“Super Mario Run” will launch…"), or "".
func (d *doc) titleBefore(t int) string {
	k := t - 1
	if k < 1 || d.toks[k].kind != tQuote {
		return ""
	}
	j := k - 1
	for j >= 0 && d.toks[j].kind != tQuote && k-j <= 7 {
		j--
	}
	if j < 0 || d.toks[j].kind != tQuote || j+1 >= k || d.toks[j+1].flags&fCap == 0 {
		return ""
	}
	return d.spanText(j+1, k)
}

// noComplement reports a cue with nothing after it in its clause: the
// sentence ends, a conjunction follows, or a comma that no "to" or "that"
// follows ("agreed, after weeks of talks, to cap…" has one).
func (d *doc) noComplement(nk, hi int) bool {
	if nk >= hi {
		return true
	}
	tk := d.toks[nk]
	if tk.kind == tWord {
		w := d.tokLower(nk)
		return w == "and" || w == "but" || w == "or"
	}
	if tk.kind != tPunct {
		return false
	}
	switch d.text[tk.s] {
	case '.', ';', '!', '?':
		return true
	case ',':
		for k := nk + 1; k < hi && k <= nk+10; k++ {
			if w := d.tokLower(k); d.toks[k].kind == tWord && (w == "to" || w == "that") {
				return false
			}
		}
		return true
	}
	return false
}

// verbAfterIsSpeech reports a verb of saying right after the modal at t,
// past adverbs: "would later say", "would tell".
func (d *doc) verbAfterIsSpeech(t int) bool {
	k := t + 1
	for k < len(d.toks) && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
		k++
	}
	return k < len(d.toks) && d.toks[k].kind == tWord && narrativeSpeech[lemmaName(d.lemmaAt(k))]
}

// laterWords, between "would" and its verb, tell what came after in a
// story: "would later lead", "would eventually sell".
var laterWords = setOf("later", "eventually", "subsequently", "afterwards", "afterward")

// memoryVerbs tell a story of the past: a "would" they report is what
// came after, not a plan ("recalled that the council would sell the
// site").
var memoryVerbs = setOf("recall", "remember", "recount", "reminisce")

// storyWould reports a "would" at t (its verb at nk) that tells what came
// later in a story of past events, in a sentence where a verb of saying
// stands: reported by a verb of memory; opening a relative clause about
// someone, or following a past act of its subject, with a word of what
// came after ("her father, who would later lead the party", "joined the
// firm in 2003 and would later run its frozen division"); or anchored to a
// year before the article's date.
func (d *doc) storyWould(t, nk, hi int) bool {
	later := false
	for k := t + 1; k < nk; k++ {
		later = later || laterWords[d.tokLower(k)]
	}
	// "would go on to sell", "would come to regret".
	if v := d.tokLower(nk); (v == "go" && nk+2 < hi && d.tokLower(nk+1) == "on" && d.tokLower(nk+2) == "to") || v == "come" && nk+1 < hi && d.tokLower(nk+1) == "to" {
		later = true
	}
	lo := d.sentTokLo(t)
	if later && t > lo {
		switch d.tokLower(t - 1) {
		case "who", "which":
			return true
		case "and":
			// A past act of the same subject before "and": "joined … in
			// 2003 and would later run…".
			for k := t - 2; k >= lo && k >= t-12; k-- {
				if d.toks[k].kind != tWord {
					continue
				}
				lw := d.tokLower(k)
				if d.lex[k]&(lexSpeech|lexThink) != 0 || isAuxiliary(lw) || isBe(lw) || lw == "that" {
					break
				}
				if formTags(lw)&formPast != 0 && (k == lo || !isAuxiliary(d.tokLower(k-1))) {
					return true
				}
			}
		}
	}
	// The nearest verb of saying before it is one of memory.
	for k := t - 1; k >= lo && k >= t-12; k-- {
		if d.toks[k].kind == tWord && d.toks[k].flags&fInQuote == 0 && d.lex[k]&(lexSpeech|lexThink) != 0 &&
			!isAuxiliary(d.tokLower(k)) && !isBe(d.tokLower(k)) {
			if memoryVerbs[lemmaName(d.lemmaAt(k))] {
				return true
			}
			break
		}
	}
	// "In 1998 she would buy the mill", in an article of 2024.
	if y := d.a.Date.Year(); !d.a.Date.IsZero() {
		for k, end := d.clauseStart(t), d.clauseEnd(t, hi); k < end; k++ {
			if yr, ok := yearWord(d.tokLower(k)); ok && d.toks[k].kind == tNum && yr < y {
				return true
			}
		}
	}
	return false
}

// narrativeSpeech are the verbs of saying a story tells of its people:
// "would later say", "would recall", "would write".
var narrativeSpeech = setOf("say", "tell", "write", "recall", "describe", "explain", "admit", "concede", "remark",
	"reflect", "acknowledge", "insist", "claim", "testify", "confess", "joke", "muse", "complain", "recount", "call")

// speechInSentence reports a verb of saying or thinking outside quotation
// marks in the sentence of token t: "rejected the findings and said Coliva
// would appeal" reports the plan even where the speaker is not found.
func (d *doc) speechInSentence(t int) bool {
	lo, hi := d.sentRange(d.sentenceOf(t))
	// "Reyes would later say that…": the verb "would" governs tells the
	// story; it reports nothing.
	own := t + 1
	for own < hi && d.toks[own].kind == tWord && isAdverb(d.tokLower(own)) {
		own++
	}
	for k := lo; k < hi; k++ {
		if k != t && k != own && d.toks[k].kind == tWord && d.toks[k].flags&fInQuote == 0 && d.lex[k]&(lexSpeech|lexThink) != 0 &&
			!isAuxiliary(d.tokLower(k)) && !isBe(d.tokLower(k)) &&
			!weakSpeechVerbs[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// factionNoun reports a description's head that names a faction a speaker
// may belong to and speak for: rebels, lawmakers, members, the party, a
// union — by the agent table's class (government, legislature, opposition,
// party, labour, military, police, judiciary), not businesses, the public
// or people a story is about.
func (d *doc) factionNoun(k int) bool {
	if k < 0 {
		return false
	}
	w := d.tokLower(k)
	if w == "rebels" || w == "members" || genericAgents[w] {
		return true
	}
	a, ok := agentOf(d.lemmaAt(k))
	if !ok {
		return orgHeads[w] && !businessHeads[w]
	}
	switch a.class {
	case agentGovernment, agentLegislature, agentOpposition, agentParty, agentLabour, agentMilitary, agentPolice,
		agentJudiciary:
		return true
	}
	return false
}

// dutyAt reports a duty with a deadline laid on a named actor at the cue
// t ("must", "required", "obliged", "ordered"): "Brenmoor must send its
// offer document within 28 days", "the utility is required to publish a
// plan by March", "the insurer has been ordered to settle the claims by
// Friday". A duty with no deadline ("must do better"), in a quote, or on
// no one named ("shops must display prices") is an opinion or a rule, no
// one's commitment.
func (d *doc) dutyAt(t, nk, hi int, w string, arg argument) bool {
	if d.toks[t].flags&fInQuote != 0 || nk >= hi || d.toks[nk].kind != tWord {
		return false
	}
	next := d.tokLower(nk)
	if w == "must" {
		if next == "be" || next == "have" || next == "not" || next == "never" || d.lex[nk]&lexFunction != 0 {
			return false
		}
	} else if t == 0 || !isBe(d.tokLower(t-1)) || next != "to" || isOrderWord(w) && !d.orderAsks(nk+1, hi) {
		return false
	}
	if !arg.ref.ok() || arg.ref.ent < 0 || arg.thing || arg.generic {
		return false
	}
	_, ahead := d.deadlineAhead(nk, d.clauseEnd(t, hi))
	return ahead && !d.pastYearBefore(t)
}

// scheduleCues put an act on someone's schedule ("is due to", "is set to").
var scheduleCues = setOf("scheduled", "due", "set", "poised", "expected")

// moveVerbs tell how a figure moves, never an act one plans: "shares are
// expected to fall", "output is set to rise".
var moveVerbs = setOf("rise", "fall", "climb", "slump", "soar", "surge", "plunge", "tumble", "jump", "rebound",
	"dip", "slip", "sink", "slide", "fluctuate", "peak", "worsen", "deteriorate", "balloon", "skyrocket", "rocket",
	"stagnate", "plummet", "spike")

// amountVerbs change an amount; with a thing for subject ("demand is set to
// double", "costs are expected to exceed £1bn") they tell a forecast, with
// an actor ("the council is set to increase fees") they may tell a plan.
var amountVerbs = setOf("increase", "decrease", "double", "triple", "treble", "halve", "quadruple", "reach", "hit",
	"top", "exceed", "surpass", "outpace", "overtake", "total", "grow", "drop", "shrink", "decline", "ease", "slow",
	"widen", "narrow", "weaken", "strengthen", "contract", "expand", "recover")

// forecastAfter reports a forecast after a schedule cue w and "to" (the
// verb is v, the subject arg): a figure's move, an amount a thing reaches,
// or an outcome foreseen for an actor ("is expected to post a loss", "is
// set to lose $2bn"), which an actor may be due to report but not to
// undergo.
func (d *doc) forecastAfter(w, v string, arg argument) bool {
	if moveVerbs[v] {
		return true
	}
	if amountVerbs[v] && arg.thing {
		return true
	}
	if w == "expected" || w == "set" || w == "poised" {
		return outcomeVerbs[v] || v == "lose" || v == "suffer" || v == "incur" || v == "miss"
	}
	return false
}

// publicModifiers make a body public: "the central bank", "the federal
// court", "the national regulator".
var publicModifiers = setOf("central", "federal", "national", "state", "public", "supreme", "high")

// foreignBody reports a body the reporter rep cannot speak for, told by a
// description (arg): a body of another sort than the reporting
// organisation ("Harcourt Capital said the central bank would raise rates",
// "Delmont Partners said the court would rule on Friday"), or any body an
// expert tells of ("Ravi Menon, an economist, said the government would
// cut taxes"): their forecast of another's act, no one's commitment.
func (d *doc) foreignBody(arg argument, rep actorRef) bool {
	if rep.ent < 0 || arg.head < 0 {
		return false
	}
	e := d.ents[rep.ent]
	switch e.kind {
	case KindPerson:
		return expertWords[roleHead(strings.ToLower(e.role))]
	case KindOrganization:
		h := d.tokLower(arg.head)
		if descHeads[h] != KindOrganization {
			return false
		}
		for k := max(arg.start, 0); k < arg.head; k++ {
			if publicModifiers[d.tokLower(k)] && orgSortOf(e) != sortPublic {
				return true
			}
		}
		if publicDescHeads[h] && orgSortOf(e) == sortPublic {
			return false // a council may call itself "the authority"
		}
		return !d.descFits(descKey{kind: KindOrganization, head: h}, e)
	}
	return false
}

// forceNouns name a force of its own ("Police will investigate", "Troops
// will deliver food"): not the people of whichever body tells the plan.
var forceNouns = setOf("police", "troops", "forces", "soldiers")

// forceBodyWords in a body's name tell one that commands or is a force,
// or speaks for the state that does: "Kelso Police", "the Interior
// Ministry", "the Defence Department".
var forceBodyWords = setOf("police", "constabulary", "sheriff", "gendarmerie", "army", "military", "navy", "defence",
	"defense", "forces", "force", "guard", "marines", "security", "interior", "home", "justice", "ministry",
	"department", "government", "administration", "cabinet", "office", "command", "pentagon", "state", "federal")

// forceRoleWords in a person's role tell one who commands a force or
// holds an office of the state: "Police Chief", "Interior Minister",
// "Mayor", "General".
var forceRoleWords = setOf("mayor", "governor", "president", "minister", "secretary", "premier", "chancellor",
	"commissioner", "constable", "officer", "inspector", "detective", "superintendent", "sergeant", "general",
	"colonel", "commander", "admiral", "captain", "lieutenant", "major", "marshal")

// otherForce reports a force named as the subject of a plan (forceNouns)
// told by an organisation that is no force nor any part of the state, or
// by a person whose role names a body of another kind: "Police will
// investigate the cause, a spokesman for Dunmore Fire and Rescue Service
// said" is the police's plan, not the fire service's, nor the fire
// chief's. A bare role ("a spokesman") tells no body.
func (d *doc) otherForce(arg argument, rep actorRef) bool {
	if arg.head < 0 || !forceNouns[d.tokLower(arg.head)] {
		return false
	}
	name := rep.name
	if rep.ent >= 0 {
		switch e := d.ents[rep.ent]; e.kind {
		case KindOrganization:
			name = e.name
		case KindPerson:
			if name = e.role; len(strings.Fields(name)) < 2 {
				return false
			}
		default:
			return false
		}
	}
	if name == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w = strings.Trim(w, ".,'’"); forceBodyWords[w] || forceRoleWords[w] {
			return false
		}
	}
	return true
}

// abandonVerbs end a commitment they govern: "broke its promise",
// "abandoned its pledge", "scrapped plans".
var abandonVerbs = setOf("break", "abandon", "drop", "scrap", "ditch", "withdraw", "retract", "rescind", "revoke",
	"cancel", "shelve", "jettison", "breach", "violate", "betray", "dump", "reverse", "forsake", "renounce",
	"repudiate", "disown")

// renegeVerbs end a commitment across "on" or "from": "reneged on its
// pledge", "went back on its promise", "backed away from its plan".
var renegeVerbs = setOf("renege", "reneged", "reneges", "reneging", "backtrack", "backtracked", "backtracks",
	"backtracking", "retreat", "resile", "resiled", "default")

// abandonedCue reports a noun cue at t ("promise", "pledge", "plans") its
// verb tells broken or given up: "broke its promise to cut bills",
// "accused Ostrava Steel of breaking its promise", "reneged on its pledge",
// "went back on its promise", "abandoned plans to…". One the actor keeps
// or renews stays a commitment.
func (d *doc) abandonedCue(t int) bool {
	lo := d.sentTokLo(t)
	if v := d.governingVerb(t, lo); v >= 0 {
		return abandonVerbs[lemmaName(d.lemmaAt(v))]
	}
	// Back over the noun's possessor and modifiers to "on" or "from".
	k := t - 1
	for k > lo && k >= t-5 && d.toks[k].kind == tWord && d.tokLower(k) != "on" && d.tokLower(k) != "from" {
		k--
	}
	if k <= lo || d.toks[k].kind != tWord || d.tokLower(k) != "on" && d.tokLower(k) != "from" {
		return false
	}
	p := k - 1
	if w := d.tokLower(p); w == "back" || w == "away" {
		// "went back on", "rowed back on", "backed away from", "walked
		// away from"
		return p > lo && d.toks[p-1].kind == tWord && d.cover[p-1] == 0 && formTags(d.tokLower(p-1))&(formPast|formPresent|formIng) != 0
	}
	return renegeVerbs[lemmaName(d.lemmaAt(p))] || renegeVerbs[d.tokLower(p)]
}

// countedDesc reports a subject told by a count of bodies or sides before
// its head: "the three governments", "both sides", "the two juntas".
func (d *doc) countedDesc(arg argument) bool {
	for k := max(arg.start, 0); k < arg.head; k++ {
		if w := d.tokLower(k); d.toks[k].kind == tWord && (w == "both" || w != "one" && numberWords[w]) {
			return true
		}
	}
	return false
}

// timeSubordinators open a clause of time: "after", "once", "until"….
var timeSubordinators = setOf("after", "before", "once", "until", "till", "when")

// conditionSubordinators open a clause of time that tells a condition not
// yet met: "until the minister agrees to…".
var conditionSubordinators = setOf("before", "until", "till")

// subordinateOpener returns the subordinator that opens the clause of
// time whose commitment cue is t ("after Castlemere Terminals agreed to"
// for "agreed"), -1 when t's clause is none.
func (d *doc) subordinateOpener(t int) int {
	lo := d.clauseStart(t)
	for k := t - 1; k >= lo && k >= t-8; k-- {
		if d.subordinateCommitCue(k, t+1) == t {
			return k
		}
	}
	return -1
}

// subordinateCommitCue returns the commitment cue of a clause of time that
// token k opens with a named subject of its own ("after Health Minister
// Ruth Odegaard pledged to…", "once Castlemere Terminals has agreed to…"),
// the cue the subject's verb group ends in; -1 when k opens no such clause
// before hi.
func (d *doc) subordinateCommitCue(k, hi int) int {
	if d.toks[k].kind != tWord || !d.tokIn(k, inTimeSubordinators) {
		return -1
	}
	first := k + 1
	if first < hi && d.tokLower(first) == "the" {
		first++
	}
	for j := first; j < hi && j <= first+4; j++ {
		if d.cover[j] == 0 {
			continue
		}
		m := d.ments[d.cover[j]-1]
		if int(m.r0) > first && int(m.t0) > first || m.form == formPronoun {
			return -1 // words before the name: no subject of its own
		}
		v := int(m.t1)
		for v < hi && d.toks[v].kind == tWord && (isAuxiliary(d.tokLower(v)) || isAdverb(d.tokLower(v))) {
			v++
		}
		if v < hi && d.toks[v].kind == tWord && d.lex[v]&lexCommit != 0 {
			return v
		}
		return -1
	}
	return -1
}

// coordinatedCue returns the commitment cue of a verb group that the "and"
// at k opens ("and would host…", "and had agreed to…", "and also
// pledged…"), -1 when the words after it are no such group before hi.
func (d *doc) coordinatedCue(k, hi int) int {
	for j := k + 1; j < hi && j <= k+3; j++ {
		if d.toks[j].kind != tWord {
			return -1
		}
		if d.lex[j]&lexCommit != 0 {
			return j
		}
		if w := d.tokLower(j); !isAdverb(w) && !isAuxiliary(w) {
			return -1
		}
	}
	return -1
}

// coordinatedWith returns the "and" before the clause of the commitment
// cue t that starts at cs, when the clause goes on with the subject of
// the clause before it: with none ("and would host talks"), a pronoun
// (", and we will invite…"), the actor's own name, or a verb of saying
// before one of those (", and said he would meet…"); -1 otherwise
// (", and Polish workers will run them" has a subject of its own).
func (d *doc) coordinatedWith(cs, t int, actor actorRef) (and int, bare bool) {
	lo := d.sentTokLo(t)
	switch {
	case cs-1 > lo && d.tokLower(cs-1) == "and":
		and = cs - 1
	case cs-2 > lo && d.tokLower(cs-1) == "that" && d.tokLower(cs-2) == "and":
		and = cs - 2
	default:
		return -1, false
	}
	j := cs
	bare = d.tokLower(cs-1) == "and"
	if j < t && d.lex[j]&lexSpeech != 0 {
		j++ // "and said…"
		if j < t && d.tokLower(j) == "that" {
			j++
		}
	}
	if j < t && (d.isPronoun(j) || ownPronouns[d.tokLower(j)] || d.tokLower(j) == "he" || d.tokLower(j) == "she") {
		j++
		bare = false
	} else if j < t && d.cover[j] != 0 {
		m := d.ments[d.cover[j]-1]
		if actor.ent < 0 || int(m.ent) != actor.ent {
			return -1, false
		}
		j = int(m.t1)
		bare = false
	}
	for ; j < t; j++ {
		if w := d.tokLower(j); d.toks[j].kind != tWord || !isAdverb(w) && !isAuxiliary(w) && !isBe(w) {
			return -1, false
		}
	}
	return and, bare
}

// disjointClauses reports two clauses of one sentence neither of which
// holds the other: two commitments of one actor ("would put… and would
// host…"), each an item of its own.
func disjointClauses(a, b string) bool {
	return a != "" && b != "" && !strings.Contains(a, b) && !strings.Contains(b, a)
}

// openingPerson returns the person who opens sentence si as its subject
// ("Its general secretary, Ana Ruiz, described…", "Rui Gomes, president
// of the federation, praised…"), noActor when the sentence opens
// otherwise.
func (d *doc) openingPerson(si int) actorRef {
	lo := int(d.sentTok[si])
	for mi := d.mentionsBefore(lo); mi < len(d.ments) && int(d.ments[mi].sent) == si; mi++ {
		m := d.ments[mi]
		if m.flags&mSubject == 0 || m.ent < 0 {
			continue
		}
		if int(m.r0) <= lo+6 && d.ents[m.ent].kind == KindPerson {
			return actorRef{ent: int(m.ent)}
		}
		break
	}
	return noActor
}

// countryPeople reports a subject told as a country's people of a trade
// or walk of life ("Kenya's teachers", "Portugal's junior doctors",
// "Japan's carmakers"), which the description resolves to the country:
// a plural agent noun of a class that is no arm of the state.
func (d *doc) countryPeople(arg argument) bool {
	if !arg.desc || arg.ref.ent < 0 || arg.head < 0 || d.ents[arg.ref.ent].kind != KindCountry {
		return false
	}
	if formTags(d.tokLower(arg.head))&formPlural == 0 {
		return false
	}
	a, ok := agentOf(d.lemmaAt(arg.head))
	if !ok {
		return false
	}
	switch a.class {
	case agentCivilians, agentBusiness, agentLabour, agentEducation, agentHealth, agentAgriculture, agentRefugees,
		agentMedia, agentReligion, agentNGO, agentRights, agentEnvironment, agentSettlers, agentCriminals:
		return true
	}
	return false
}

// expertAtBody reports a reporter of token t's sentence told as experts
// at a body ("Analysts at Tarrow Bank said…", "…, an economist at Harbin
// Securities said"): their reading of what others will do is a forecast,
// not the body's word.
func (d *doc) expertAtBody(t int, rep actorRef) bool {
	if !rep.ok() {
		return false
	}
	if rep.ent < 0 {
		w, _, _ := strings.Cut(asciiLower(rep.name), " ")
		return expertWords[w]
	}
	lo, hi := d.sentRange(d.sentenceOf(t))
	for k := lo; k+2 < hi; k++ {
		if !d.tokIn(k, inExpertWords) {
			continue
		}
		switch d.tokLower(k + 1) {
		case "at", "from", "with", "of":
		default:
			continue
		}
		j := k + 2
		if d.tokLower(j) == "the" && j+1 < hi {
			j++
		}
		if c := d.cover[j]; c != 0 && int(d.ments[c-1].ent) == rep.ent {
			return true
		}
	}
	return false
}

// addedReport reports a comma at k before a participle of saying that
// adds a report of its own (", adding that…", ", saying…").
func (d *doc) addedReport(k int) bool {
	if d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',' || k+1 >= len(d.toks) || d.toks[k+1].kind != tWord {
		return false
	}
	w := d.tokLower(k + 1)
	return strings.HasSuffix(w, "ing") && d.lex[k+1]&lexSpeech != 0
}

// innerDot reports a full stop at k that closes an abbreviation inside
// its sentence ("Dec. 14", "St. Louis"): it touches the word before, and
// the sentence goes on after it (abbrevDot knows titles and initials
// only).
func (d *doc) innerDot(k int) bool {
	if k == 0 || d.toks[k-1].kind != tWord || d.toks[k-1].e != d.toks[k].s || d.toks[k-1].flags&fCap == 0 ||
		d.toks[k-1].e-d.toks[k-1].s > 4 {
		return false // a short capitalised word: "Dec", "Sept", "St"
	}
	_, hi := d.sentRange(d.sentenceOf(k))
	return k+1 < hi && (d.toks[k+1].kind == tWord || d.toks[k+1].kind == tNum)
}

// bareOffice reports a name that is only a word of office after an
// article ("spokesman", "the official"), with nothing that says whose.
func bareOffice(name string) bool {
	w := asciiLower(name)
	for _, a := range []string{"the ", "a ", "an "} {
		w = strings.TrimPrefix(w, a)
	}
	return spokesWords[w]
}
