package brief

import "strings"

// Guesses, habits and reports of what is going on, which read like
// commitments but bind no one: "Analysts say the firm could be willing
// to…", "investors think the bank will…", "each morning the crew will…",
// "the firm said it was lowering prices".

// possibilityModals are the modals of possibility: a cue after one of them
// ("could be willing to", "might be prepared to", "may be ready to") is
// someone's guess at what the actor may do, not its word.
var possibilityModals = setOf("could", "might", "may", "could've", "might've")

// possibleBefore reports a modal of possibility in the verb group of the
// cue at t: "Tallis might be prepared to sell", "the bank may well be
// ready to…".
func (d *doc) possibleBefore(t int) bool {
	lo := d.sentTokLo(t)
	for k := t - 1; k >= lo && k >= t-4; k-- {
		if d.toks[k].kind != tWord {
			return false
		}
		w := d.tokLower(k)
		if possibilityModals[w] {
			// "May" the month is no modal.
			return d.toks[k].flags&fCap == 0 || d.toks[k].flags&fStart != 0
		}
		if w != "be" && w != "been" && w != "have" && w != "well" && w != "also" && w != "now" && w != "still" &&
			w != "even" && w != "yet" && w != "soon" && w != "eventually" {
			return false
		}
	}
	return false
}

// beliefVerbs are the verbs of belief and expectation, in their finite
// forms: a "will" in the clause they govern is what someone thinks will
// happen ("investors think the bank will raise its dividend", "economists
// reckon the central bank will…"), a prediction, not a promise.
var beliefVerbs = setOf("think", "thinks", "thought", "believe", "believes", "believed", "reckon", "reckons",
	"reckoned", "expect", "expects", "expected", "suspect", "suspects", "suspected", "assume", "assumes", "assumed",
	"presume", "presumes", "presumed", "suppose", "supposes", "supposed", "doubt", "doubts", "doubted", "fear",
	"fears", "feared", "predict", "predicts", "predicted", "forecast", "forecasts", "estimate", "estimates",
	"estimated", "anticipate", "anticipates", "anticipated", "imagine", "imagines", "imagined", "guess", "guesses",
	"guessed", "bet", "bets", "conclude", "concludes", "concluded", "speculate", "speculates", "speculated",
	// the progressive ("investors are betting that the bank will…") and
	// the wager's other verb
	"thinking", "believing", "reckoning", "expecting", "suspecting", "assuming", "presuming", "supposing",
	"doubting", "fearing", "predicting", "forecasting", "estimating", "anticipating", "imagining", "guessing",
	"betting", "concluding", "speculating", "wager", "wagers", "wagered", "wagering", "gambling")

// inferenceVerbs are the verbs by which a fact or a finding points to an
// outcome: "the deal shows the group will keep expanding", "the figures
// suggest the firm will cut jobs", "the merger means Harrow will
// control…". "Suggest" with an actor as its subject is a statement
// ("Harrow suggested it would cut prices").
var inferenceVerbs = setOf("show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "mean", "means",
	"meant", "indicate", "indicates", "indicated", "imply", "implies", "implied")

// beliefVerbAt reports a verb of belief or inference at k, used as a verb:
// not a noun after a determiner ("the figures", "a bet", "the means").
func (d *doc) beliefVerbAt(k int) bool {
	w := d.tokLower(k)
	if !beliefVerbs[w] && !inferenceVerbs[w] {
		return false
	}
	if k > 0 && d.toks[k-1].kind == tWord && (d.tokIn(k-1, inDeterminers) || isPreposition(d.tokLower(k-1))) {
		return false
	}
	if k+1 < len(d.toks) && d.tokLower(k+1) != "that" && isPreposition(d.tokLower(k+1)) {
		return false // "the firm, thought to be the largest, will…", "long thought of as…"
	}
	if strings.HasPrefix(w, "sugg") {
		if a := d.subjectArg(k); a.ref.ok() && !a.thing {
			return false
		}
	}
	return true
}

// frequencyAdverbs tell how often something happens: "will usually ship
// by rail", "will often waive the fee" tell a routine, not a plan.
var frequencyAdverbs = setOf("usually", "typically", "often", "normally", "generally", "sometimes", "routinely",
	"occasionally", "rarely", "seldom", "frequently", "ordinarily", "customarily", "invariably", "commonly")

// habitualAt reports a modal at t that tells how something routinely
// works: a frequency adverb after it ("will usually ship its coils by
// rail"), or a sentence that opens with a recurring time ("Each morning
// the crew will set out…", "Every winter the utility will flush the
// mains", "Whenever the river rises, the council will close the gates")
// with no time ahead in the clause ("From next year the council will
// collect recycling every week" is a plan).
func (d *doc) habitualAt(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+2 && d.toks[k].kind == tWord; k++ {
		if frequencyAdverbs[d.tokLower(k)] {
			return true
		}
	}
	lo := d.sentTokLo(t)
	if lo+1 >= t || d.toks[lo].kind != tWord || d.toks[t].flags&fInQuote != 0 && d.firstPersonBefore(t) {
		return false // "Every day we will fight for this town": a pledge
	}
	switch d.tokLower(lo) {
	case "whenever":
	case "each", "every":
		if n := d.tokLower(lo + 1); !isTimeWord(n) && !isCalendarWord(n) && n != "time" && n != "night" {
			return false
		}
	default:
		return false
	}
	return !d.timeAhead(lo, d.clauseEnd(t, hi))
}

// pointsAhead reports work under way, told at the progressive verb at t,
// that reaches past the present: a time ahead ("was lowering prices from
// next Monday"), a step of policy with what it is for (forwardStep), or a
// purpose or destination ("was inviting relatives to a meeting", "was
// sending a warship to help find the plane"). "The firm said it was
// lowering prices" tells what it is doing, not what it will do.
func (d *doc) pointsAhead(t, hi int) bool {
	end := d.clauseEnd(t, hi)
	if d.timeAhead(t, end) || d.forwardStep(t, hi) {
		return true
	}
	for k := t + 1; k+1 < end; k++ {
		if d.toks[k].kind == tPunct {
			return false
		}
		if d.tokLower(k) == "to" && d.toks[k+1].kind == tWord {
			return true
		}
	}
	return false
}

// outcomeVerbs tell an outcome one foresees rather than an act one plans:
// "expects to post a loss", "expects to see demand recover".
var outcomeVerbs = setOf("post", "report", "record", "earn", "receive", "see", "gain", "incur", "exceed", "benefit",
	"achieve", "hear", "learn", "win", "book", "generate")

// ownPlanAfter reports an act of the actor's own after "to" at k ("expects
// to publish the rules"): no state, no course of things, no outcome.
func (d *doc) ownPlanAfter(k, hi int) bool {
	if k+1 >= hi || d.tokLower(k) != "to" || d.toks[k+1].kind != tWord {
		return false
	}
	v := d.tokLower(k + 1)
	return !statives[v] && !courseVerbs[v] && !outcomeVerbs[v] && !isAuxiliary(v) && !isBe(v) &&
		d.lex[k+1]&lexFunction == 0
}

// holdsEvent reports "hold" at v with an event as its object: "will hold
// talks on Monday", "will hold a vote in May" (not "will hold its value").
func (d *doc) holdsEvent(v, hi int) bool {
	if d.tokLower(v) != "hold" {
		return false
	}
	for k := v + 1; k < hi && k <= v+4 && d.toks[k].kind == tWord; k++ {
		w := d.tokLower(k)
		if eventNouns[w] || w == "referendum" || w == "elections" || w == "rally" || w == "ballot" {
			return true
		}
		if isPreposition(w) {
			return false
		}
	}
	return false
}

// clauseBreak reports a conjunction that opens a clause of its own: what
// stands before it does not govern what follows.
func clauseBreak(w string) bool { return contrastWords[w] || w == "however" }

// proportionWords count a part of a kind: "some of our members", "half
// the clinics", "dozens of surgeries", "a third of farms".
var proportionWords = setOf("some", "half", "many", "most", "several", "few", "dozens", "hundreds", "thousands",
	"scores", "more", "third", "thirds", "quarter", "quarters", "fifth", "majority", "minority")

// partOrKind reports a subject that names a part of a kind or a bare
// kind, no one in particular: "some of our members", "half the clinics",
// "dozens of surgeries", "rural hospitals".
func (d *doc) partOrKind(arg argument) bool {
	if !arg.found() || arg.start < 0 || arg.ref.ent >= 0 {
		return false
	}
	lo := d.sentTokLo(arg.start)
	for k := max(arg.start-3, lo); k <= arg.start; k++ {
		if d.toks[k].kind == tWord && proportionWords[d.tokLower(k)] {
			return true
		}
	}
	s := d.tokLower(arg.start)
	return arg.start < arg.head && !determiners[s] && d.toks[arg.start].flags&fCap == 0 &&
		d.toks[arg.head].kind == tWord && formTags(d.tokLower(arg.head))&formPlural != 0
}

// possessedPhrase reports a subject with an owner: a possessive in its
// phrase ("its branches", "some of our clinics", "half of Brook Bank's
// branches") or an owner the clause structure found.
func (d *doc) possessedPhrase(arg argument) bool {
	if arg.owner.ok() {
		return true
	}
	for k := arg.start; k < arg.head; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		if d.toks[k].flags&fPoss != 0 || possessivePronouns[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// misfortuneAt reports a verb of loss or failure at v, after a modal,
// that statives cannot tell by its word alone: running out ("will run
// out of cash", "would run short of beds") and closing or shutting when a
// part of a kind does it ("half the clinics will close within a year",
// "dozens of surgeries would shut"), not a body on its own timetable
// ("the bank will close the branch in March").
func (d *doc) misfortuneAt(v, hi int, arg argument) bool {
	if v >= hi || d.toks[v].kind != tWord {
		return false
	}
	after := ""
	if v+1 < hi {
		after = d.tokLower(v + 1)
	}
	switch d.tokLower(v) {
	case "run":
		return after == "out" || after == "short" || after == "dry" || after == "low"
	case "close", "shut":
		// "Some of its branches will close in March, the bank said": an
		// owner's branches close on its plan.
		return d.partOrKind(arg) && !d.possessedPhrase(arg)
	}
	return false
}

// sameActor reports two references to one actor: the same entity, or
// the same name where neither is an entity.
func sameActor(a, b actorRef) bool {
	if a.ent >= 0 || b.ent >= 0 {
		return a.ent == b.ent
	}
	return a.name != "" && a.name == b.name
}

// thirdPersonInQuote reports a modal at t inside a quote whose subject is
// "he", "she" or "they": someone the speaker tells of, not the speaker.
func (d *doc) thirdPersonInQuote(t int) bool {
	if d.toks[t].flags&fInQuote == 0 {
		return false
	}
	k := d.subjectPronounBefore(t)
	if k < 0 {
		return false
	}
	switch d.tokLower(k) {
	case "he", "she", "they":
		return true
	}
	return false
}

// embeddedSubject reports the subject arg of a clause that a verb of
// belief governs ("the union believes Harwick broke the terms") when that
// verb has a subject of its own that arg does not name. A verb
// coordinated after the clause ("… and will ask the panel to rule") then
// shares the believer's subject, or belongs to the belief, a guess: never
// a pledge of arg's. (After a verb of speech the reported clause goes on:
// "the ministry said Harlan bought the field and will drill three wells".)
func (d *doc) embeddedSubject(arg argument) bool {
	if !arg.found() || arg.start < 0 {
		return false
	}
	lo := d.sentTokLo(arg.start)
	v := arg.start - 1
	if v > lo && d.tokLower(v) == "that" {
		v--
	}
	if v <= lo || d.toks[v].kind != tWord || !beliefVerbs[d.tokLower(v)] || !d.beliefVerbAt(v) {
		return false
	}
	m := d.subjectArg(v)
	if !m.found() {
		return false
	}
	if m.ref.ok() && arg.ref.ok() && sameActor(m.ref, arg.ref) {
		return false // "the association said it had written to… and will publish…"
	}
	return true
}

// spokespersonRef reports a person whose office is to speak for someone
// else: a spokesman, a spokeswoman, a press secretary.
func (d *doc) spokespersonRef(r actorRef) bool {
	if r.ent < 0 || d.ents[r.ent].kind != KindPerson {
		return false
	}
	ms, roles := d.officeMentions(d.ents[r.ent])
	for _, m := range ms {
		// "Press secretary Danielle Osei", "Osei, the press secretary,".
		for k := max(int(m.r0)-3, 0); k < min(int(m.t1)+4, len(d.toks)); k++ {
			if k >= int(m.r0) && k < int(m.t1) || d.toks[k].kind != tWord {
				continue
			}
			if w := d.tokLower(k); spokesNouns[w] || w == "press" && k+1 < len(d.toks) &&
				(d.tokLower(k+1) == "secretary" || d.tokLower(k+1) == "officer") {
				return true
			}
		}
	}
	for _, role := range roles {
		role = strings.ToLower(role)
		if strings.Contains(role, "spokes") || strings.Contains(role, "press secretary") ||
			strings.Contains(role, "press officer") || strings.Contains(role, "mouthpiece") {
			return true
		}
	}
	return false
}

// takesToForum reports "take" at v with a forum that rules after "to":
// "will take his case to the league's disciplinary panel", "will take the
// council to court" — an act, where "will take years" tells a course.
func (d *doc) takesToForum(v, hi int) bool {
	if d.tokLower(v) != "take" {
		return false
	}
	end := d.clauseEnd(v, hi)
	for k := v + 1; k < end && k <= v+8; k++ {
		if d.tokLower(k) != "to" {
			continue
		}
		for j := k + 1; j < end && j <= k+5 && d.toks[j].kind == tWord; j++ {
			if courtNouns[d.tokLower(j)] {
				return true
			}
		}
		return false
	}
	return false
}

// relativeSetOff reports a relative clause set off by commas between a
// subject's head h and its verb at v: "The Kell Tenants' Association,
// which represents 900 households, called on…".
func (d *doc) relativeSetOff(h, v int) bool {
	e := d.subjectEnd(v)
	if h+2 >= e || e >= v || d.toks[e].kind != tPunct || d.text[d.toks[e].s] != ',' ||
		d.toks[h+1].kind != tPunct || d.text[d.toks[h+1].s] != ',' {
		return false
	}
	switch d.tokLower(h + 2) {
	case "which", "who", "whose":
	default:
		return false
	}
	for k := h + 2; k < e; k++ {
		if d.toks[k].kind == tPunct && d.text[d.toks[k].s] != ',' || d.toks[k].kind == tQuote {
			return false
		}
	}
	return true
}
