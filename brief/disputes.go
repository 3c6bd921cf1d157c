package brief

import (
	"slices"
	"strings"
	"unicode"
)

// docDispute is a dispute found in one article, before merging.
type docDispute struct {
	parties []int    // entities (-1 where names[i] is used)
	names   []string // names for parties that are not entities
	text    string
	topic   string
	cue     string
	cameo   string // the CAMEO event code (cameo.go)
	cueTok  int
	sent    int
	score   float64
}

// disputeVerbs signal a disagreement, rejection, criticism, accusation,
// demand or threat (CAMEO 10 demand, 11 disapprove, 12 reject, 13
// threaten, 16 reduce relations), weighted by how clearly they do. They are
// lemmas: a finite form counts ("denies", "defied"), an -ing form in the
// progressive ("was ignoring"), a base form where disputeForms lists it,
// with the weight of its lemma unless disputeForms gives the form its own
// (lexrules.go, inflectionCounts).
var disputeVerbs = map[string]float64{
	"reject": 3, "dismiss": 3, "refuse": 3, "deny": 2, "criticize": 3, "condemn": 3, "accuse": 3, "attack": 2,
	"blame": 3, "oppose": 2.5, "resist": 3, "challenge": 2.5, "dispute": 3, "disagree": 3, "object": 3,
	"protest": 2.5, "slam": 3, "blast": 3, "denounce": 3, "threaten": 3, "sue": 3, "sanction": 2.5,
	"boycott": 3, "veto": 3, "block": 2.5, "baulk": 3, "balk": 3, "refrain": 2.5, "clash": 3, "demand": 2.5,
	"question": 2, "exclude": 2.5, "rebuke": 3, "rebuff": 3, "snub": 3, "mock": 2.5,
	"ridicule": 2.5, "lambaste": 3, "decry": 3, "deride": 3, "warn": 1.5, "fight": 1.5, "undermine": 2,
	"invade": 1, "deceive": 2.5, "ignore": 2, "defy": 3, "contest": 2.5, "fine": 3, "overturn": 3, "urge": 2,
	"lie": 3, "mislead": 3, "betray": 3, "retaliate": 3, "expel": 2.5, "manipulate": 2.5, "oust": 2.5,
	"sack": 2, "quash": 2.5, "complain": 3,
	// Legal conflict, with the guards findDisputes applies: "charged X
	// with fraud", "is appealing the ruling", "pleaded not guilty", "insists
	// the islands are its territory" (a contested claim).
	"charge": 0, "appeal": 0, "plead": 0, "insist": 0, "maintain": 0, "seek": 0,
	// Verbs that signal a dispute only with a particle or a complement
	// (findDisputes), in every form: "called on", "voted against", "failed
	// to secure", "to call the decision “a disgrace”".
	"call": 0, "vote": 0, "campaign": 0, "rule": 0, "argue": 0, "speak": 0, "brand": 0, "dub": 0, "label": 0,
	"fail": 0, "seize": 0,
	// Lobbying asks for something (CAMEO 02 appeal): "lobbied Congress to
	// loosen the rules" opposes no one; "lobbied against the bill" does.
	"lobby": 0,
	// Quarrels between two sides: a dispute with both named (findDisputes,
	// reciprocalVerbs), "sparred" in a debate only (bothSidesOver).
	"quarrel": 2.5, "feud": 2.5, "bicker": 2, "squabble": 2, "wrangle": 2, "spar": 1.5,
}

// disputeForms are the forms with a weight of their own, and the forms
// that count where their lemma's other forms of that kind would not
// (lexrules.go, inflectionCounts): the base forms that are cues (weaker
// than the past: "reject" 2.5, "rejected" 3), the -ing forms that are cues
// outside the progressive ("…, accusing him of"), and words that count in
// one form only (adjectives, "pressed", "declined", "struck").
var disputeForms = map[string]float64{
	"reject": 2.5, "dismiss": 2.5, "refuse": 2.5, "deny": 1.5, "criticise": 2.5, "criticize": 2.5,
	"condemn": 2.5, "blame": 2.5, "resist": 2.5, "threaten": 2.5, "sanction": 2, "accuse": 3, "oppose": 2.5,
	"disagree": 3, "warn": 1.5, "undermine": 2, "retaliate": 3,
	"rejecting": 2.5, "refusing": 2.5, "accusing": 3, "criticising": 3, "criticizing": 3, "blaming": 3,
	"condemning": 3, "attacking": 2, "threatening": 2.5, "suing": 3, "resisting": 3, "opposing": 2.5,
	"slamming": 3, "blasting": 2.5, "demanding": 2, "fighting": 1.5, "undermining": 2, "manipulating": 2.5,
	"misleading": 2.5, "deceiving": 3, "lying": 3, "betraying": 3, "insisting": 2, "protesting": 0,
	"lobbying": 0, "campaigning": 0, "calling": 0,
	"challenges": 2, "disputes": 2.5, "objects": 2, "blocks": 2, "demands": 2, "fines": 2.5, "insists": 0,
	"declined": 2, "pressed": 1.5, "distanced": 2, "overspent": 2.5, "struck": 0,
	"appalled": 3, "outraged": 3, "furious": 2.5, "responsible": 0, "against": 0, "concerned": 0, "adamant": 0,
	"arms": 0, "unable": 0, "challenging": 0,
}

// notDisputeForms are forms of dispute lemmas that are mostly another word
// in news: nouns ("an attack", "the press"), adjectives ("fine",
// "challenging") and prepositions ("excluding").
var notDisputeForms = setOf("attack", "challenge", "challenging", "object", "blast", "blasts", "block",
	"lobby", "lobbies", "questions", "excluding", "contest", "fine", "campaign", "campaigns", "rule", "rules",
	"lie", "lies", "sack", "sacks", "brand", "label", "labels", "press", "presses")

// scornWords, inside the quotation marks of a naming verb, make it a
// criticism: "called the tax bill “the worst piece of legislation”",
// "branded the plan “a betrayal”".
var scornWords = setOf("worst", "disaster", "disastrous", "disgrace", "disgraceful", "shameful", "shame",
	"outrageous", "ridiculous", "absurd", "dangerous", "reckless", "irresponsible", "betrayal", "lie", "lies",
	"liar", "fraud", "hoax", "sham", "scandal", "scandalous", "failure", "catastrophe", "catastrophic", "crazy",
	"insane", "unacceptable", "appalling", "terrible", "horrible", "awful", "illegal", "unconstitutional",
	"racist", "corrupt", "nonsense", "joke", "farce", "travesty", "dictator", "tyrant", "thug", "thugs",
	"criminal", "criminals", "traitor", "traitors", "evil", "devil", "blunder", "incompetent", "cruel",
	"inhumane", "toxic", "pathetic", "stupid", "idiotic", "madness", "chaos", "fiasco", "baseless", "bogus",
	"fake", "witch", "propaganda", "hypocrisy", "hypocritical", "disgusting", "vile", "insult", "slap")

// accusationNouns charge the party they are told of; the one who reports
// them is the accuser.
var accusationNouns = setOf("abuses", "atrocities", "accusations", "allegations", "accusation", "allegation")

// frustratedGoals follow "unable to" / "failed to": a demand not met,
// "has been unable to secure any changes", "failed to agree". The verbs of
// settling ("reach", "close") count only with what a dispute lacks: "failed
// to close the gaps", not "failed to reach orbit".
var frustratedGoals = setOf("secure", "win", "persuade", "convince", "pass", "obtain", "overcome", "agree")
var settlingVerbs = setOf("reach", "close", "resolve", "bridge", "break", "strike", "narrow")
var settlements = setOf("deal", "agreement", "compromise", "consensus", "gap", "gaps", "differences", "deadlock",
	"impasse", "settlement", "accord", "divide", "rift")

// frustratedGoal reports "unable to secure…", "failed to close gaps…" at
// the cue t.
func (d *doc) frustratedGoal(t, hi int) bool {
	if t+2 >= hi || d.tokLower(t+1) != "to" {
		return false
	}
	v := d.tokLower(t + 2)
	if frustratedGoals[v] {
		return true
	}
	if !settlingVerbs[v] {
		return false
	}
	for k := t + 3; k < hi && k <= t+6; k++ {
		if settlements[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// disputeNouns name a disagreement ("differences between…", "concern over…").
var disputeNouns = map[string]float64{
	"dispute": 3, "row": 2.5, "feud": 3, "spat": 3, "clash": 2.5, "clashes": 2.5, "rift": 3, "standoff": 3,
	"tensions": 2.5, "tension": 2, "differences": 2.5, "disagreement": 3, "disagreements": 3,
	"criticism": 2.5, "backlash": 2.5, "condemnation": 3, "outrage": 2, "concern": 1.5, "concerns": 1.5,
	"opposition": 1.5, "refusal": 1.5, "objection": 2.5, "objections": 2.5, "accusations": 3, "allegations": 2.5, "lawsuit": 2.5,
	"complaint": 2, "complaints": 2, "controversy": 2.5, "firestorm": 2.5, "anger": 2, "fury": 2,
	"frustration": 2, "dismay": 2, "protests": 1.5, "sanctions": 1.5, "tariffs": 1, "war": 0.5,
	"ultimatum": 2.5, "threat": 1.5, "threats": 2, "demand": 1.5, "confrontation": 2.5, "hostility": 2,
	"warning": 1.5, "warnings": 1.5, "conflict": 2, "conflicts": 2.5, "crackdown": 2.5, "charges": 1.5, "grievance": 2, "protest": 1.5,
	"abuses": 2, "atrocities": 2.5, "question": 0, "criticisms": 2.5, "accusation": 3, "allegation": 2.5, "rebuke": 3, "ruling": 0, "grievances": 2, "boycott": 2.5, "veto": 2, "impasse": 2.5, "deadlock": 2.5,
	// Nouns that state a dispute in a frame only (nounFrameWeight):
	// "under fire", "drew the ire of", "hard feelings", "a war of words".
	"ire": 1.5, "wrath": 1.5, "scorn": 1.5, "fire": 0, "assault": 0, "pressure": 0, "feelings": 0, "blood": 0, "words": 0,
	"indictment": 2.5, "prosecution": 1.5, "suit": 0,
	// A battle names a dispute only with the other side named after it
	// ("a legal battle with the retailer"): alone it stays below
	// minDisputeScore.
	"battle": 1.5, "battles": 1.5,
}

// minDisputeScore is the confidence below which a dispute is left out: a
// one-page briefing has no room for noise.
const minDisputeScore = 2.0

// findDisputes finds the sentences that state an open dispute, with its
// parties and cue.
func (d *doc) findDisputes() {
	rest := d.tokensWith(lexDispute) // the words that may be a verb or noun cue
	speechRest := d.tokensWith(lexSpeech)
	var quoteCue []bool // the sentences with a word of quoteCueWords (sentHasWord)
	for si := range d.a.Sentences {
		lo, hi := d.sentRange(si)
		var cues, speech []int32
		cues, rest = cuesIn(rest, lo, hi)
		speech, speechRest = cuesIn(speechRest, lo, hi)
		if d.headlineLine(si) || d.headingSent(si) {
			continue // dropHeadline; a heading of its own
		}
		best := docDispute{}
		// A sentence of two clauses, each with its own subject, may tell
		// two disputes: the best verb cue of each clause (disputeclauses.go).
		// The split is looked for at the first verb or noun cue that could
		// be one of them: a sentence with none has no second dispute, and
		// most sentences have none.
		split, vp, splitKnown := -1, false, false
		var seg [2]docDispute
		for _, t32 := range cues {
			t := int(t32)
			if d.toks[t].kind != tWord || d.toks[t].flags&fCap != 0 && t != lo {
				continue
			}
			w := d.tokLower(t)
			ln := lemmaName(d.lemmaAt(t))
			vw, isVerb := d.disputeVerbAt(t, w)
			nw, isNoun := disputeNouns[w]
			if !isVerb && !isNoun {
				continue
			}
			if d.negatedBefore(t) && w != "refused" && w != "declined" {
				continue
			}
			if ln == "fight" && (t+1 >= hi || d.tokLower(t+1) != "back" && d.tokLower(t+1) != "against") {
				continue
			}
			// "turned down the offer", "knocked back the bid": a phrasal
			// rejection only of an actor or of what one put forward, not
			// "turned down the volume" or "knocked back a coffee".
			if isVerb && d.phrasalRejection(t, hi) && !d.rejectedProposal(t+2, hi) {
				continue
			}
			// "warned against a bad deal", "pressed charges against": a
			// weak cue made plain by "against".
			if (isVerb && vw < 2.5 || w == "charges") && t+1 < hi && d.tokLower(t+1) == "against" {
				vw, nw = max(vw, 3), max(nw, 3)
			}
			// "China warned the United States against interfering": the
			// one warned, then "against", names the other side.
			if isVerb && vw < 3 && ln == "warn" && d.warnedAgainst(t, hi) {
				vw = 3
			}
			if d.dropReason(t, lo, hi, w, ln) != "" {
				continue
			}
			// "summoned Turkey's ambassador": a protest only when a
			// diplomat is summoned, not "summoned to court" or "summoned
			// the courage".
			if ln == "summon" && !d.diplomatObject(t, hi) {
				continue
			}
			if isNoun {
				nw = d.nounFrameWeight(t, lo, hi, w, nw)
			}
			// "the conflict" is most often the war itself; "conflicts with
			// the president" are a dispute.
			if (w == "conflict" || w == "conflicts") && (t+1 >= hi || d.tokLower(t+1) != "with" && d.tokLower(t+1) != "between" && d.tokLower(t+1) != "over") {
				continue
			}
			// "a legal battle with the retailer"; not "won the battle for
			// developers", "her battle with cancer" (no side named).
			if (w == "battle" || w == "battles") && (t+1 >= hi || d.tokLower(t+1) != "with" && d.tokLower(t+1) != "against" && d.tokLower(t+1) != "between") {
				continue
			}
			// "is … called on to help": asked, not demanding.
			if ln == "call" && t+2 < hi && d.tokLower(t+1) == "on" && (d.tokLower(t+2) == "to" || d.tokLower(t+2) == "by") {
				continue
			}
			// Verbs that signal a dispute only with a particle: "called on",
			// "struck down", "voted against".
			if isVerb && vw == 0 {
				nx := ""
				if t+1 < hi {
					nx = d.tokLower(t + 1)
				}
				switch {
				case ln == "call" && (nx == "on" || nx == "for") && !(t > 0 && isBe(d.tokLower(t-1))):
					// "called on Tokyo to…" has an addressee; "called for
					// spending $1 trillion" is a proposal unless someone
					// stands in its way (a second party).
					vw = 2.5
					if nx == "for" {
						// "called for hiring more nurses": what a gerund
						// proposes names no one who stands in the way.
						if t+2 < hi && d.toks[t+2].kind == tWord && d.toks[t+2].flags&fCap == 0 && len(d.tokLower(t+2)) > 5 &&
							strings.HasSuffix(d.tokLower(t+2), "ing") {
							continue
						}
						vw = 1.5
					}
				case w == "struck" && nx == "down":
					vw = 3
				case (w == "concerned" || w == "adamant") && t > 0 && (isBe(d.tokLower(t-1)) || isAdverb(d.tokLower(t-1))) &&
					!d.asFarAs(t, lo):
					// "The Press Council is concerned the laws would…",
					// "the union is adamant that…"
					vw = 2
				case w == "arms" && t > 1 && d.tokLower(t-1) == "in" && d.tokLower(t-2) == "up":
					vw = 3 // "are up in arms"
				case w == "responsible" && nx == "for" && t > 0 && isBe(d.tokLower(t-1)) && d.blameObject(t+2, hi):
					// "Ennahda is responsible for the deterioration": blame.
					vw = 2.5
				case w == "against" && t > 0 && d.toks[t-1].kind == tWord && !isBe(d.tokLower(t-1)) && !measureVerbs[d.tokLower(t-1)] &&
					!d.contestAgainst(t) && !d.expectedAct(t, lo):
					// "will work with the Republicans against the president",
					// "a campaign against Uber": someone set against an actor.
					if r := d.objectAfter(t, -1); r.ent >= 0 && t+1 < hi && (d.cover[t+1] != 0 || determiners[nx] || d.toks[t+1].flags&fCap != 0) {
						vw = 2.5
					} else {
						continue
					}
				case nx == "against":
					vw = 3
				case d.lex[t]&lexNaming != 0:
					// "called the bill “the worst piece of legislation”",
					// "branded the plan a disgrace".
					if !d.scornQuoted(t, hi) && (ln == "call" || !d.scornNamed(t, hi)) {
						continue
					}
					vw = 2.5
				case ln == "charge" && nx == "that" && formTags(w)&formPast != 0 && d.thatClauseSubject(t, hi).ent >= 0:
					// "The union charged that Norlake had hidden its
					// profits": an accusation of the one the clause tells of.
					vw = 2.5
				case ln == "charge" && d.chargedWith(t, hi):
					vw = 2.5 // "charged the former chief with fraud"
				case ln == "appeal" && (nx == "against" || d.legalObject(t, hi)):
					vw = 2.5 // "is appealing the ruling"
				case ln == "seek" && d.legalObject(t, hi):
					vw = 2.5 // "prosecutors are seeking a ten-year sentence for…"
				case ln == "plead" && (nx == "not" || nx == "innocent"):
					vw = 2 // "pleaded not guilty"
				case (w == "insists" || w == "maintains" || w == "insist" && t > lo && !isAuxiliary(d.tokLower(t-1)) && d.tokLower(t-1) != "to") &&
					d.claimFollows(t, hi):
					// "the ministry insists the islands are its territory": a
					// standing claim; "he insisted that…" in the past mostly
					// reports emphasis.
					vw = 2
				case (w == "unable" || ln == "fail") && d.frustratedGoal(t, hi):
					vw = 2
				case ln == "seize" && (nx == "power" || nx == "control"):
					vw = 2.5 // "the generals, who seized power…"
				default:
					continue
				}
			}
			if w == "question" {
				// "calls that into question", "brought into question"
				if t > 0 && (d.tokLower(t-1) == "into" || d.tokLower(t-1) == "in") {
					isNoun, nw = false, 0
					isVerb, vw = true, 3
				} else {
					continue
				}
			}
			if isNoun && !(isVerb && !d.nounUse(t)) && !d.disputeNounUse(t, lo, hi) {
				continue
			}
			if isVerb && (d.passiveViolence(t, w) || d.thingParticiple(t, lo, w)) {
				continue
			}
			var x docDispute
			asVerb := isVerb && !d.nounUse(t)
			if asVerb {
				x = d.verbDispute(t, hi, w, vw)
			} else if isNoun {
				x = d.nounDispute(t, lo, hi, w, nw)
			}
			if !splitKnown {
				split, vp = d.sentenceSplit(lo, hi)
				splitKnown = true
			}
			s := 0
			if split >= 0 && t > split {
				s = 1
			}
			if len(x.parties) == 0 || x.score <= best.score && (split < 0 || x.score <= seg[s].score) {
				continue
			}
			if asVerb && ln == "walk" && !d.walkOutCounts(t, hi, x) {
				continue // a walk out of a room, or a person's: talksDispute
			}
			if asVerb && len(x.parties) < 2 && d.oneSidedReciprocal(t, hi, ln) {
				continue // dropOneSide
			}
			x.cueTok = t
			x.cameo = d.disputeCameo(t, w, !asVerb)
			if x.score > seg[s].score {
				seg[s] = x
			}
			if x.score > best.score {
				best = x
			}
		}
		// Disputes told in a quote ("This is an attempt to silence the
		// inspectors," the union leader said) and conflicting figures from
		// two sources.
		if d.sentHasWord(&quoteCue, quoteCueWords, si) {
			if x := d.quoteDispute(lo, hi); x.score > best.score {
				best = x
			}
		}
		if x := d.conflictingFigures(lo, hi, speech); x.score > best.score {
			best = x
		}
		if x := d.unsatisfied(lo, hi); x.score > best.score {
			best = x
		}
		if x := d.talksDispute(lo, hi); x.score > best.score {
			best = x // "talks between A and B broke down", "A broke off talks with B"
		}
		if x := d.threatDispute(lo, hi); x.score > best.score {
			best = x // "said it would sue the regulator", "vowed to fight the decision"
		}
		if x := d.refusalDispute(lo, hi); x.score > best.score {
			best = x // "will not accept the commission's draft", "would never agree to the offer"
		}
		if x := d.permitDispute(lo, hi); x.score > best.score {
			best = x // "would not allow the port company to dredge the bay"
		}
		if x := d.verdictDispute(lo, hi); x.score > best.score {
			best = x // "said the council's decision was a mistake", "called the plan a blunder"
		}
		if x := d.shortfallDispute(lo, hi); x.score > best.score {
			best = x // "said the governor had not done enough to fix the roads"
		}
		if x := d.breachDispute(lo, hi); x.score > best.score {
			best = x // "said the council had broken its promise to the traders"
		}
		if x := d.stanceAdjDispute(lo, hi); x.score > best.score {
			best = x // "has been highly critical of Governor Marsh"
		}
		if x := d.frameDispute(lo, hi); x.score > best.score {
			best = x // "launched a scathing attack on", "took aim at", "at odds with"
		}
		if x := d.reactionDispute(lo, hi); x.score > best.score {
			best = x // "reacted angrily to the decision by Tanzania"
		}
		if x := d.sidesDispute(lo, hi); x.score > best.score {
			best = x // "both sides accused each other", "the two sides remain at odds"
		}
		if !d.settleDispute(&best, si, lo, hi) {
			continue
		}
		best.text = d.disputeText(si, best.cueTok)
		if x, ok := d.secondClauseDispute(best, seg, split, vp, si, lo, hi); ok {
			best.text = d.clauseTextWith(best, split, vp, lo, hi)
			d.addDispute(best, si)
			d.addDispute(x, si)
			continue
		}
		d.addDispute(best, si)
	}
}

// settleDispute applies the checks a sentence's dispute x must pass to be
// kept, dropping parties that are no side; false when it is no dispute.
func (d *doc) settleDispute(x *docDispute, si, lo, hi int) bool {
	if len(x.parties) == 0 || x.score < minDisputeScore || d.ownParty(*x) || !d.dropBareBodies(x) {
		return false
	}
	d.dropAffiliations(x, lo, hi)
	d.dropOwnSide(x, lo, hi)
	d.dropOwnMembers(x, lo, hi)
	if !d.settleBodyParties(x, lo, hi) {
		return false // disputebody.go: "the union" when two unions were just named
	}
	if !d.dropRulingCourt(x, lo, hi) {
		return false // disputeruling.go: "a judge dismissed the case against…"
	}
	if !d.settlePronounParties(x, si, lo, hi) {
		return false // "The board met the union on Tuesday. They rejected…"
	}
	if d.sameSide(*x, lo, hi) {
		return false // "clashed with his co-defendant": no open dispute between sides
	}
	if d.eventDispute(*x, hi) {
		return false // "the attack is meant to threaten the government", "outrage at the shooting"
	}
	if len(x.parties) == 1 && x.cueTok >= lo && d.feelingAboutThing(x.cueTok, hi) {
		return false // dropFeelingOneSide: "officials are concerned by the collapse of the bank"
	}
	if len(x.parties) == 1 && d.unnamedSideReason(*x, lo, hi) != "" {
		return false // disputeunnamed.go: "who was ousted last month", "will face sanctions", "was unable to secure"
	}
	return true
}

// addDispute files the kept dispute x of sentence si.
func (d *doc) addDispute(x docDispute, si int) {
	x.sent = si
	if d.head() && si < 3 {
		x.score += 0.5
	}
	d.disputes = append(d.disputes, x)
	for _, p := range x.parties {
		if p >= 0 {
			d.ents[p].disputes++
		}
	}
}

// The reasons a cue is not a dispute (issue #14), each with a test
// (TestDisputeDropReasons). A subject that is a thing ("the old lock
// resisted every key", "the storm threatened the coast") is no party
// either: verbDispute finds no actor and the cue is dropped.
const (
	dropNoAnswer   = "declining to comment or to answer refuses nothing"
	dropAppeal     = "an appeal or comfort to people who are no party: urged them to be strong"
	dropPastEvent  = "arguing or fighting inside a told past event, with no other side"
	dropOneSide    = "a verb that needs two sides (disagreed, clashed) whose two sides are one party"
	dropHeadline   = "the headline of another story inside the page"
	dropStanceOver = "a stance given up: had resisted for a decade, once opposed the plan, opposed it until May"
	dropForecast   = "a warning that forecasts: warning that the ice will go"
	dropGuess      = "a clash someone guesses may come: shareholders could resist paying more"
	dropSelf       = "a verb turned on its own subject: blamed herself, was deceiving himself"
	dropDismissal  = "a post taken away, not a stance rejected: dismissed its director, dismissed 40 workers"
	// And three that tell another word or sense of the cue.
	dropHypothetical = "a dispute supposed in an if-clause: if ever there was a disagreement"
	dropPhysical     = "a physical sense: lying on his side, attacked a whale with an axe"
	dropNoun         = "an -s form used as a noun: mini bars almost always lose money"
	dropFeeling      = "a feeling told in a quote, with no side it is against: she was concerned"
	// A worry or anger with one side only (findDisputes).
	dropFeelingOneSide = "a worry or anger about an event, with no other side: concerned by the collapse of a bank"
	// And one that names no other side (verbDispute).
	dropCondemnEvent = "a condemnation of an event, a disease or a cause that names no one: condemned the bombing"
)

// speechBetween reports a verb of saying in tokens [lo, t): a word the
// lexicon calls one, in lower case unless it opens its sentence ("Said" in
// "Edward Said" is a name).
func (d *doc) speechBetween(lo, t int) bool {
	for k := lo; k < t; k++ {
		if d.toks[k].kind == tWord && d.lex[k]&lexSpeech != 0 && (d.toks[k].flags&fCap == 0 || d.toks[k].flags&fStart != 0) {
			return true
		}
	}
	return false
}

// warnedAgainst reports "warned X against": an actor named right after the
// verb at t (with its determiner), then "against".
func (d *doc) warnedAgainst(t, hi int) bool {
	k := t + 1
	if k < hi && d.toks[k].kind == tWord && d.tokIn(k, inDeterminers) {
		k++
	}
	c := d.cover[min(k, len(d.cover)-1)]
	if k >= hi || c == 0 {
		return false
	}
	m := d.ments[c-1]
	if int(m.t0) != k || m.ent < 0 || m.form == formPronoun && d.tokLower(k) != "them" && d.tokLower(k) != "him" && d.tokLower(k) != "her" {
		return false
	}
	e := int(m.t1)
	return e < hi && d.tokLower(e) == "against"
}

// reflexives turn a verb on its own subject.
var reflexives = setOf("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves")

// feelingCues tell a worry or anger; with no one it is against they tell
// a feeling about an event, not a dispute between sides.
var feelingCues = setOf("concerned", "worried", "alarmed", "appalled", "outraged", "furious", "angry", "concern",
	"concerns", "frustration", "dismay", "anger", "fury", "outrage")

// feelingAboutThing reports a feeling cue at t whose object is a thing or
// an event, not an actor: "concerned by the collapse of the bank", "angry
// about the delays" (not "angry at the ministry", "her frustration is
// that…").
func (d *doc) feelingAboutThing(t, hi int) bool {
	if !feelingCues[d.tokLower(t)] {
		return false
	}
	k := t + 1
	for k < hi && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
		k++
	}
	if k >= hi || !feelingPreps[d.tokLower(k)] {
		return false
	}
	for k++; k < hi && d.toks[k].kind == tWord && d.tokIn(k, inDeterminers) && d.cover[k] == 0; k++ {
	}
	return k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && d.plainLower(k)
}

// feelingPreps introduce what a worry or anger is about.
var feelingPreps = setOf("by", "about", "over", "at", "with")

// nounCueWord reports a word that is a dispute noun ("abuses",
// "charges"), which the -s guard leaves to the noun rules.
func (d *doc) nounCueWord(w string) bool {
	_, ok := disputeNouns[w]
	return ok
}

// concernTargets introduce what a concern is about.
var concernTargets = setOf("about", "over", "by", "that", "at", "with", "for")

// lieSenses follow "lie" in its physical sense: "lying low", "lay down".
var lieSenses = setOf("down", "low", "still", "awake", "dormant", "idle", "ahead", "beneath", "flat", "face", "in",
	"on", "around", "back", "there", "here")

// inConditional reports a cue inside an if-clause: "if ever there was a
// disagreement", "unless the union objects".
func (d *doc) inConditional(t int) bool {
	lo := d.clauseStart(t)
	if lo > 0 && (d.tokLower(lo-1) == "if" || d.tokLower(lo-1) == "unless") {
		return true
	}
	for k := t - 1; k >= lo && k >= t-10; k-- {
		if w := d.tokLower(k); w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// verbUseOfS reports an -s form at t used as a verb: followed by its
// object or complement ("accuses the ministry", "objects to", "denies
// that"), not by a verb or an adverb ("bars almost always lose").
func (d *doc) verbUseOfS(t, hi int) bool {
	if t+1 >= hi {
		return false
	}
	n := d.tokLower(t + 1)
	return d.cover[t+1] != 0 || determiners[n] || d.toks[t+1].kind == tQuote || d.toks[t+1].kind == tNum ||
		complementPreps[n] || n == "to" || n == "that" || n == "it" || n == "them" || n == "him" || n == "her" ||
		n == "us" || n == "me" || n == "any" || wrongdoingNouns[n] || objectParticles[n] ||
		d.toks[t+1].kind == tWord && d.plainLower(t+1) && !d.plainLower(t-1) && !isAuxiliary(n) && !d.verbGroupWord(t+1)
}

// noAnswerVerbs follow "declined to", "refused to" when nothing is
// refused but an answer: "declined to comment", "refused to answer
// questions".
var noAnswerVerbs = setOf("comment", "answer", "respond", "elaborate", "say", "discuss", "confirm", "give", "reveal",
	"name", "speculate", "disclose", "specify", "identify", "provide", "detail", "explain", "be", "go", "repeat", "weigh")

// reciprocalVerbs need two sides; told in the past with no other side
// ("the pilots were still arguing over which way was up") they narrate
// an event.
var reciprocalVerbs = setOf("argue", "quarrel", "bicker", "squabble", "fight", "struggle", "wrestle", "clash", "feud",
	"spar", "wrangle")

// dropReason returns why the cue w at token t is not a dispute, or "".
func (d *doc) dropReason(t, lo, hi int, w, ln string) string {
	next := ""
	if t+1 < hi {
		next = d.tokLower(t + 1)
	}
	switch {
	case reflexives[next] && !d.speechBetween(lo, t):
		// "blamed herself for the defeat": no other side ("saying she was
		// deceiving herself" is the speaker's charge against her).
		return dropSelf
	case (w == "declined" || ln == "decline" || ln == "refuse") && next == "to" && t+2 < hi &&
		(noAnswerVerbs[d.tokLower(t+2)] || d.lex[t+2]&lexSpeech != 0 && d.lex[t+2]&lexDispute == 0):
		// "declined to comment", "declined to repeat the word", "refused
		// to explain": a verb of saying withheld, no side taken.
		return dropNoAnswer
	case (w == "declined" || ln == "decline" || ln == "refuse") && next == "to" && t+3 < hi && d.tokLower(t+2) == "take" &&
		d.tokLower(t+3) == "sides":
		return dropNoAnswer // "declined to take sides in the row"
	case (ln == "refuse" || ln == "decline") && d.bareRefusalOfQuestion(t, hi):
		return dropNoAnswer // "The Gazette asked the council for comment. The council declined."
	case (ln == "reject" || ln == "dismiss" || ln == "refuse" || ln == "decline") && t+2 < hi && determiners[next] &&
		(d.tokLower(t+2) == "question" || d.tokLower(t+2) == "questions"):
		return dropNoAnswer // "she rejected the question": an answer withheld, no side taken
	case ln == "dismiss" && d.dismissedFromPost(t, hi):
		return dropDismissal // "dismissed its director", "dismissed 40 dock workers"
	case d.inConditional(t):
		return dropHypothetical
	case (ln == "warn" || ln == "caution") && next == "that" && d.guessedClause(t+2, hi):
		return dropGuess // "cautioned that its shareholders could resist paying more"
	case d.possibleBefore(t):
		// "its own shareholders could resist paying more", "the move may
		// anger Beijing": a guess at a clash, not one under way (the
		// same modals of possibility that make a guess of a commitment).
		return dropGuess
	case ln == "lie" && (isPreposition(next) && next != "to" && next != "about" || lieSenses[next]):
		return dropPhysical // "lying on his side"
	case (ln == "slam" || ln == "blast" || ln == "hit" || ln == "strike") &&
		(next == "into" || next == "onto" || next == "through"):
		return dropPhysical // "the Airbus slammed into the sea"
	case w == "concerned" && d.toks[t].flags&fInQuote != 0 && !concernTargets[next]:
		// "“She was concerned … because she always felt…”", but not
		// "“We are deeply concerned about the rhetoric”".
		return dropFeeling
	case formTags(w)&formPresent != 0 && formTags(w)&formLemma == 0 && !d.verbUseOfS(t, hi) && disputeNouns[w] == 0 && !d.nounCueWord(w):
		return dropNoun // "Mini bars almost always lose money", "Edgestore objects can be…"
	case (w == "warning" || w == "warnings") && (t > lo && d.toks[t-1].kind == tPunct || next == "that"):
		return dropForecast
	case ln == "urge" || ln == "call" && next == "on":
		// "urged them to be strong", "called on residents to stay calm":
		// an appeal to people who are no party, or for comfort.
		k := t + 1
		if next == "on" {
			k++
		}
		end := d.npEnd(k, hi)
		addressee := noArgument
		if end > k {
			addressee = d.npEndingAt(k, end-1, npNoClimb)
		}
		// The public, or the speaker's own audience ("urged shareholders
		// to take no action", "called on its members to reject the
		// offer"), is no party: the dispute, if any, is with whom the
		// appeal is against, which the verb after "to" tells ("to reject
		// the offer from Vestmark"). Those who govern or decide ("called
		// on ministers to act") stay parties.
		if !addressee.ref.ok() || addressee.ref.ent < 0 && d.audienceAddressee(k, addressee.head) ||
			d.tokLower(k) == "them" || d.tokLower(k) == "people" {
			return dropAppeal
		}
		if end+2 < hi && d.tokLower(end) == "to" && (isBe(d.tokLower(end+1)) || d.tokLower(end+1) == "stay" || d.tokLower(end+1) == "remain" || d.tokLower(end+1) == "keep") {
			return dropAppeal // "urged them to be strong", "to stay calm"
		}
	case stanceVerbs[ln] && d.stanceOver(t, hi, w):
		return dropStanceOver
	case ln == "spar" && !d.overFollows(t, hi):
		return dropPastEvent // "sparred with the champion for an hour": boxing, not a debate
	case reciprocalVerbs[ln] && formTags(w)&(formPast|formIng) != 0 && (d.pastTense(t) || formTags(w)&formPast != 0):
		// "the pilots were still arguing over which way was up": no
		// other side named after it.
		if next != "with" && next != "against" && len(d.objectArgs(t, hi)) == 0 && !d.bothSidesOver(t, hi) {
			return dropPastEvent
		}
	}
	return ""
}

// audienceNouns name the people a body speaks to and for, beside the
// public (publicNouns): its members, owners, staff and backers.
var audienceNouns = setOf("members", "shareholders", "stockholders", "unitholders", "bondholders", "creditors",
	"policyholders", "investors", "staff", "employees", "workers", "supporters", "followers", "fans",
	"colleagues", "customers", "clients", "subscribers", "listeners", "viewers", "readers", "membership",
	"workforce")

// audienceAddressee reports an unnamed addressee of an appeal, from token
// k to its head h, that is the public or the speaker's own audience:
// "shareholders", "its members", "their staff".
func (d *doc) audienceAddressee(k, h int) bool {
	if h < 0 {
		return false
	}
	w := d.tokLower(h)
	if publicNouns[w] || audienceNouns[w] {
		return true
	}
	switch d.tokLower(k) {
	case "its", "their", "our":
		return true // "urged its suppliers to…": the speaker's own
	}
	return false
}

// guessedClause reports a clause from k that says what someone else may do
// ("its own shareholders could resist paying more"): a modal of
// possibility whose subject is not the speaker's own "it", "we" or "they"
// ("warned that it could take the council to court" is a threat).
func (d *doc) guessedClause(k, hi int) bool {
	for i := k; i < hi && i < k+12; i++ {
		if d.toks[i].kind != tWord {
			if d.toks[i].kind == tPunct && d.text[d.toks[i].s] != ',' {
				return false
			}
			continue
		}
		if possibilityModals[d.tokLower(i)] && d.toks[i].flags&fCap == 0 {
			p := d.tokLower(i - 1)
			return !ownPronouns[p]
		}
	}
	return false
}

// conjoinedSubjects returns the actors named right before the verb at t
// and joined by "and": "Kenya and Tanzania disagreed", "the union, the
// ministry and the port authority clashed". A name after a preposition
// ("politicians in Carrow") ends the walk, as does anything else.
func (d *doc) conjoinedSubjects(t int) []actorRef {
	k := d.skipAux(t - 1)
	var out []actorRef
	comma := false // the conjunct was reached over a comma: "A, B and C"
	for k >= 0 {
		c := d.cover[k]
		if c == 0 {
			break
		}
		m := d.ments[c-1]
		if m.ent < 0 || m.form == formPlace || m.form == formPronoun || m.flags&(mAdj|mPoss|mInQuote) != 0 || d.ents[m.ent].kind == KindOther {
			break
		}
		p := d.lowerRoleStart(int(m.r0)) - 1
		if p >= 0 && d.toks[p].kind == tWord && d.tokIn(p, inDeterminers) {
			p--
		}
		isComma := func(p int) bool { return p >= 0 && d.toks[p].kind == tPunct && d.text[d.toks[p].s] == ',' }
		// "Unlike Britain, France and Germany…": a list over a comma
		// starts its sentence or follows another comma.
		if comma && p >= 0 && p >= d.sentTokLo(k) && !isComma(p) && d.tokLower(p) != "and" {
			break
		}
		out = append(out, actorRef{ent: int(m.ent)})
		switch {
		case isComma(p) && len(out) > 1:
			p--
			comma = true
		case p >= 1 && d.tokLower(p) == "and":
			p--
			if isComma(p) {
				p-- // "A, B, and C"
			}
			comma = false
		default:
			p = -1
		}
		k = p
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// oneSidedReciprocal reports a verb that needs two sides ("disagreed",
// "clashed", "quarrelled"), with no side named after it ("with",
// "against", an object), whose subject joins two sides with "and" that
// are one and the same party: "Politicians in Carrow and politicians in
// Leeds disagreed" names one group twice, and one side is no dispute. ("The
// Teamsters disagree", against a claim just told, names one side only and
// stays.)
func (d *doc) oneSidedReciprocal(t, hi int, ln string) bool {
	if !reciprocalVerbs[ln] && ln != "disagree" && ln != "differ" {
		return false
	}
	if t+1 < hi {
		switch d.tokLower(t + 1) {
		case "with", "against", "between":
			return false
		}
	}
	if len(d.objectArgs(t, hi)) > 0 {
		return false
	}
	// The subject is all that comes before the verb in its clause, with no
	// verb of its own ("Kenya signed the deal and Tanzania disagreed" has
	// one side in its second clause).
	and := false
	for k := d.clauseStart(t); k <= d.skipAux(t-1); k++ {
		if d.toks[k].kind != tWord || d.toks[k].flags&fInQuote != 0 {
			continue
		}
		switch w := d.tokLower(k); {
		case w == "and":
			and = true
		case d.cover[k] == 0 && (isVerbLike(w) || isAuxiliary(w) || isBe(w) || formTags(w)&(formPast|formPresent) != 0):
			return false
		}
	}
	return and
}

// pastTense reports "was", "were" or "had been" before the -ing form at t.
func (d *doc) pastTense(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && d.toks[k].kind == tWord; k-- {
		switch d.tokLower(k) {
		case "was", "were", "had":
			return true
		case "is", "are", "'s", "'re", "has", "have":
			return false
		}
	}
	return false
}

// headlineLine reports a sentence that is the headline of another story
// inside the page: a short paragraph of its own after the first, with no
// final stop and a name in it ("Files reveal minister warned against
// 'poll tax'").
func (d *doc) headlineLine(si int) bool {
	if si == 0 || si >= len(d.a.Sentences) {
		return false
	}
	p := d.a.Sentences[si].Para
	if si > 0 && d.a.Sentences[si-1].Para == p || si+1 < len(d.a.Sentences) && d.a.Sentences[si+1].Para == p {
		return false
	}
	text := strings.TrimRight(strings.TrimSpace(d.a.SentenceText(si)), "\"'”’")
	if text == "" || strings.ContainsAny(text[len(text)-1:], ".!?:;,") {
		return false
	}
	lo, hi := d.sentRange(si)
	words, caps := 0, 0
	for k := lo; k < hi; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		words++
		if d.toks[k].flags&fCap != 0 {
			caps++
		}
	}
	return words >= 4 && words <= 16 && caps >= 2
}

// nounFrameWeight raises a dispute noun inside a frame that makes it one:
// "came under fire from", "drew the ire of", "could pose a threat to",
// "hard feelings", "a war of words".
func (d *doc) nounFrameWeight(t, lo, hi int, w string, nw float64) float64 {
	prev := func(n int) string {
		if t-n < lo {
			return ""
		}
		return d.tokLower(t - n)
	}
	switch w {
	case "fire", "assault", "attack", "pressure", "criticism", "scrutiny":
		if prev(1) == "under" && w != "scrutiny" {
			return max(nw, 2.5)
		}
	case "threat", "threats":
		for n := 1; n <= 3; n++ {
			if v := prev(n); v == "pose" || v == "poses" || v == "posed" || v == "posing" {
				return max(nw, 2.5)
			}
		}
	case "feelings":
		if prev(1) == "hard" {
			return 2
		}
	case "blood":
		if prev(1) == "bad" {
			return 2
		}
	case "words":
		if prev(1) == "of" && prev(2) == "war" {
			return 2.5
		}
	}
	if d.aimedAt(t, hi).ok() {
		return max(nw, 2.5) // "the anger was directed at the council"
	}
	switch w {
	case "ire", "wrath", "fury", "anger", "criticism", "condemnation", "rebuke", "scorn", "backlash", "outrage", "fire":
		for n := 1; n <= 3; n++ {
			if v := prev(n); drawVerbs[v] {
				return max(nw, 2.5)
			}
		}
	}
	return nw
}

// drawVerbs draw a reaction on their subject: "drew the ire of",
// "sparked a backlash", "faced criticism from".
var drawVerbs = setOf("drew", "draw", "draws", "drawn", "drawing", "sparked", "spark", "sparks", "provoked", "provokes",
	"triggered", "triggers", "attracted", "attracts", "earned", "earns", "incurred", "faced", "faces", "facing",
	"face", "prompted", "prompts")

// disputeNounUse reports whether the cue noun at token t names a dispute
// here: not "opposition leader" or "protest groups" (a noun that modifies
// another), not "despite the tensions" (conceded background).
func (d *doc) disputeNounUse(t, lo, hi int) bool {
	if t+1 < hi && d.toks[t+1].kind == tWord && d.toks[t+1].flags&fCap == 0 {
		nx := d.tokLower(t + 1)
		if _, ok := groupNouns[nx]; ok || titleHeads[nx] || modifiedNouns[nx] {
			return false
		}
	}
	for k := t - 1; k >= lo && k >= t-3; k-- {
		if w := d.tokLower(k); w == "despite" || w == "amid" {
			return false
		}
	}
	return true
}

// modifiedNouns follow a cue noun used as a modifier ("opposition party",
// "war crimes").
var modifiedNouns = setOf("party", "parties", "figure", "figures", "politician", "politicians", "lawmakers",
	"supporters", "movement", "movements", "camp", "bloc", "benches", "bench", "groups", "activists", "leaders",
	"crimes", "criminal", "zone", "zones", "veteran", "veterans", "song", "songs", "march", "marches", "site")

// thingParticiple reports a cue participle whose subject is a thing: "the
// disease killing the trees – and threatening the giant kauri".
func (d *doc) thingParticiple(t, lo int, w string) bool {
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	k := t - 1
	for k >= lo && (d.tokLower(k) == "and" || d.toks[k].kind == tPunct) {
		k--
	}
	if k < lo || k >= t-1 || d.cover[k] != 0 || !d.plainLower(k) || isPersonNoun(d.tokLower(k)) {
		return false
	}
	// "hit back, accusing…", "hit back within hours, accusing…": a verb's
	// particle or a time phrase ends the clause, not a thing that acts.
	w0 := d.tokLower(k)
	if objectParticles[w0] || isAdverb(w0) {
		return false
	}
	return !(timeUnits[w0] && k > lo && d.toks[k-1].kind == tWord && (isPreposition(d.tokLower(k-1)) || d.tokLower(k-1) == "last"))
}

// objectBefore returns the verb in the past whose object is the phrase
// ending right before the conjunction at token c ("backed the mayor
// and…", "praised the inspectors and…"), or -1.
func (d *doc) objectBefore(c int) int {
	slo := d.sentTokLo(c)
	if c-1 <= slo {
		return -1
	}
	if np := d.npEndingAt(slo, c-1, npNoClimb); np.start > slo && d.verbBefore(np.start) {
		return np.start - 1
	}
	return -1
}

// verbBefore reports a finite verb in the past right before the phrase
// that starts at token p ("backed the mayor", "praised the inspectors").
func (d *doc) verbBefore(p int) bool {
	k := p - 1
	if k < d.sentTokLo(p) || d.toks[k].kind != tWord || d.cover[k] != 0 || d.toks[k].flags&fCap != 0 {
		return false
	}
	w := d.tokLower(k)
	return formTags(w)&formPast != 0 && !isPreposition(w) && !isBe(w) && !isAuxiliary(w)
}

// diplomatObject reports a diplomat as the object of the verb at t, within
// a few words and before any punctuation or preposition but "of":
// "summoned Turkey's ambassador", "summoned the ambassador of Turkey".
func (d *doc) diplomatObject(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+6; k++ {
		w := d.tokLower(k)
		if d.toks[k].kind != tWord {
			if w == "'" || w == "’" {
				continue
			}
			return false
		}
		if diplomatWords[w] {
			return true
		}
		if isPreposition(w) && w != "of" {
			return false
		}
	}
	return false
}

// diplomatWords are the heads of a summoned diplomat.
var diplomatWords = setOf("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "chargé", "charge",
	"d'affaires", "d’affaires", "consul", "high-commissioner", "commissioner", "nuncio")

// timeUnits are the nouns of a time phrase: "within hours", "last week".
var timeUnits = setOf("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years")

// passiveViolence reports a physical attack told in the passive ("their
// homes were attacked by troops"): an event, not a dispute between parties.
func (d *doc) passiveViolence(t int, w string) bool {
	if w != "attacked" && w != "invaded" && w != "struck" && w != "fought" {
		return false
	}
	return t > 0 && isBe(d.tokLower(t-1))
}

// dropAffiliations removes a party that is another party's own side, named
// in front of that person: "White House press secretary Josh Earnest",
// "Nigeria's foreign minister, Amara Okafor".
func (d *doc) dropAffiliations(x *docDispute, lo, hi int) {
	if len(x.parties) < 2 {
		return
	}
	drop := map[int]bool{}
	for t := lo; t < hi; t++ {
		c := d.cover[t]
		if c == 0 || int(d.ments[c-1].t0) != t {
			continue
		}
		m := d.ments[c-1]
		if m.ent < 0 || d.ents[m.ent].kind != KindPerson || !slices.Contains(x.parties, int(m.ent)) {
			continue
		}
		k := int(m.r0) - 1
		for n := 0; k >= lo && n < 5; n++ {
			tk := d.toks[k]
			if tk.kind == tWord && d.affiliationBreak(k) {
				break // "Tarn Inc sued Maria Holt": a verb between them, no title
			}
			if tk.kind == tWord && d.cover[k] == 0 && (d.isTitleWord(k) || d.plainLower(k)) || tk.kind == tPunct && d.text[tk.s] == ',' {
				k--
				continue
			}
			break
		}
		if k >= lo {
			if c2 := d.cover[k]; c2 != 0 {
				if e := int(d.ments[c2-1].ent); e >= 0 && e != int(m.ent) && d.ents[e].kind != KindPerson {
					drop[e] = true
				}
			}
		}
	}
	x.dropParties(drop)
}

// affiliationBreak reports a word at token k that cannot stand between a
// body and its own person's name ("Tarn Inc press secretary Maria Holt"):
// a verb of disputing or saying, or a verb in the past tense ("Tarn Inc
// sued Maria Holt"), which makes the body the one who acts.
func (d *doc) affiliationBreak(k int) bool {
	if d.lex[k]&(lexDispute|lexSpeech) != 0 {
		return true
	}
	return !d.isTitleWord(k) && formTags(d.tokLower(k))&formPast != 0
}

// dropOwnSide removes a party the sentence puts on another party's side:
// an ally named in a phrase before the cue ("Kenya, backed by Uganda,
// accused…", "the union and its allies in the Green Party blamed…", "in a
// joint statement with Sweden, Norway accused…"), and the body a person
// who is a party belongs to or speaks for ("Ana Ruiz of the World Health
// Organization", "Amara Okafor, a spokeswoman for the company,", "Maria
// Lund, who heads the federation,", "speaking for the association"). A
// body the sentence names again as the one opposed stays ("a Labour MP,
// accused the Labour Party", "a professor at Oxford University, accused
// the university").
func (d *doc) dropOwnSide(x *docDispute, lo, hi int) {
	if len(x.parties) < 2 {
		return
	}
	party := func(c int32) int {
		if c == 0 {
			return -1
		}
		m := d.ments[c-1]
		if m.ent < 0 || m.form == formPlace || !slices.Contains(x.parties, int(m.ent)) {
			return -1
		}
		return int(m.ent)
	}
	drop := map[int]bool{}
	member := map[int][2]int{} // a body → the span of the phrase that names it
	for t := lo; t < hi; t++ {
		c := d.cover[t]
		if c == 0 || int(d.ments[c-1].t0) != t {
			continue
		}
		m := d.ments[c-1]
		e := party(c)
		if e < 0 || d.toks[t].flags&fInQuote != 0 {
			continue
		}
		if int(m.t1) <= x.cueTok && d.allyPhrase(int(m.r0), lo) {
			drop[e] = true
		}
		if d.ents[e].kind != KindPerson {
			continue
		}
		for _, a := range d.affiliations(m, lo, hi) {
			if b := party(d.cover[a[0]]); b >= 0 && b != e {
				member[b] = a
			}
		}
	}
	for b, span := range member {
		if !d.namedAgainst(b, span, lo, hi) {
			drop[b] = true
		}
	}
	x.dropParties(drop)
}

// memberNouns name the people a body is made of or employs.
var memberNouns = setOf("members", "membership", "staff", "employees")

// dropOwnMembers removes a party named only as a body's own members ("its
// members", "their staff") when the body they belong to, named before
// them in the sentence, is a party too: "The Harbour Union says its
// members raised concerns…" sets no members against their union. Members
// against another body stay.
func (d *doc) dropOwnMembers(x *docDispute, lo, hi int) {
	if len(x.parties) < 2 {
		return
	}
	for i := 0; i < len(x.parties); i++ {
		if x.parties[i] >= 0 || !memberNouns[x.names[i]] {
			continue
		}
		for t := lo + 1; t < hi; t++ {
			if d.tokLower(t) != x.names[i] || d.toks[t].kind != tWord {
				continue
			}
			if w := d.tokLower(t - 1); (w != "its" && w != "their") || !d.bodyPartyBefore(*x, lo, t-1) {
				continue
			}
			x.parties = slices.Delete(x.parties, i, i+1)
			x.names = slices.Delete(x.names, i, i+1)
			return
		}
	}
}

// bodyPartyBefore reports a party of x that is a body (no person, no
// place) named in tokens [lo, end).
func (d *doc) bodyPartyBefore(x docDispute, lo, end int) bool {
	for t := lo; t < end; t++ {
		c := d.cover[t]
		if c == 0 || int(d.ments[c-1].t0) != t {
			continue
		}
		e := int(d.ments[c-1].ent)
		if e >= 0 && slices.Contains(x.parties, e) && (d.ents[e].kind == KindOrganization || d.ents[e].kind == KindGroup) {
			return true
		}
	}
	return false
}

// countedSides reports a name that only counts the people or sides the
// story names elsewhere: "the two leaders", "both men", "the two sides".
// As a party it tells the reader nothing of who they are.
func countedSides(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 3 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) != 2 || f[0] != "two" && f[0] != "both" && f[0] != "three" {
		return false
	}
	switch f[1] {
	case "men", "women", "sides", "countries", "nations", "governments", "leaders", "presidents", "ministers",
		"heads", "officials", "rivals", "camps":
		return true
	}
	return false
}

// unnamedAgentNouns are people who act or speak for a side the noun does
// not name: "Negotiators rejected the map", "Envoys said they would
// return" tell the reader no one.
var unnamedAgentNouns = setOf("negotiators", "diplomats", "envoys", "emissaries", "mediators", "aides", "advisers",
	"advisors", "sources", "spokesmen", "spokeswomen", "spokespeople")

// countedAgentNouns are those and other people counted ("both ministers",
// "two officials", "three delegates"): the count tells how many, not who.
// Bare, they may name a side ("ministers" for a government, "delegates"
// of a conference, "officials" for the body that tells their plan).
var countedAgentNouns = setOf("officials", "ministers", "leaders", "presidents", "heads", "men", "women", "delegates",
	"representatives", "people")

// agentCounts count people without naming them: "both", "several", "two".
var agentCounts = setOf("both", "several", "some", "many", "few", "various", "numerous", "multiple")

// unnamedAgents reports a name that is only people who act for a side it
// does not name, bare or counted: "Negotiators", "Three negotiators",
// "Both ministers", "the two officials". A name qualifies them no more
// ("French negotiators" are France's and resolve to it).
func unnamedAgents(name string) bool {
	f := agentWords(name)
	return len(f) == 1 && unnamedAgentNouns[f[0]] || countedAgentWords(f)
}

// countedAgents reports a name that only counts people who act for a side
// it does not name: "Three negotiators", "Both ministers", "the two
// officials", "several diplomats".
func countedAgents(name string) bool { return countedAgentWords(agentWords(name)) }

// agentWords returns the lower-cased words of a name, less a leading
// article ("the two officials": "two", "officials").
func agentWords(name string) []string {
	f := strings.Fields(asciiLower(name))
	if len(f) > 1 && (f[0] == "the" || f[0] == "a") {
		f = f[1:]
	}
	return f
}

// countedAgentWords is countedAgents of a name's words (agentWords).
func countedAgentWords(f []string) bool {
	if len(f) != 2 {
		return false
	}
	if c := f[0]; !agentCounts[c] && !(numberWords[c] && c != "one") && strings.Trim(c, "0123456789") != "" {
		return false
	}
	return unnamedAgentNouns[f[1]] || countedAgentNouns[f[1]]
}

// dropBareBodies removes the parties that are only a description's head
// ("company", "the ministry": bareBody), count the sides ("the two
// leaders": countedSides) or are people acting for a side they do not
// name ("Negotiators", "several diplomats": unnamedAgents) and reports whether the dispute
// still stands: a party remains, and two remain where the cue needs two
// sides ("the firm clashed with Varga" is no dispute told of Varga alone).
func (d *doc) dropBareBodies(x *docDispute) bool {
	n := len(x.parties)
	parties, names := x.parties[:0:0], x.names[:0:0]
	for i, p := range x.parties {
		if p < 0 && (bareBody(x.names[i]) || countedSides(x.names[i]) || unnamedAgents(x.names[i])) {
			continue
		}
		parties, names = append(parties, p), append(names, x.names[i])
	}
	if len(parties) == n {
		return true
	}
	x.parties, x.names = parties, names
	if len(parties) == 0 {
		return false
	}
	if t := x.cueTok; len(parties) == 1 && t >= 0 && t < len(d.toks) {
		ln := lemmaName(d.lemmaAt(t))
		if reciprocalVerbs[ln] || ln == "disagree" || ln == "differ" || reciprocalNouns[d.tokLower(t)] {
			return false
		}
	}
	return true
}

// dropParties removes the parties in drop, unless that would leave none.
func (x *docDispute) dropParties(drop map[int]bool) {
	if len(drop) == 0 || len(drop) >= len(x.parties) {
		return
	}
	var parties []int
	var names []string
	for i, p := range x.parties {
		if p >= 0 && drop[p] {
			continue
		}
		parties = append(parties, p)
		names = append(names, x.names[i])
	}
	x.parties, x.names = parties, names
}

// settlePronounParties checks the parties of the dispute in sentence si
// that the sentence names only as "it" or "they": one whose actor the
// sentences before do not make plain (safeNeuter) would be a guess, and a
// dispute with a guessed side is worse than none, so it reports false.
// "It" after the report the article is about ("According to the report,
// Switzerland's glaciers lost… It criticised governments") is the report,
// which speaks for its author.
func (d *doc) settlePronounParties(x *docDispute, si, lo, hi int) bool {
	for i, p := range x.parties {
		if p < 0 || d.entInSentence(p, si) {
			continue
		}
		for k := lo; k < hi; k++ {
			if d.toks[k].kind != tWord || d.toks[k].flags&fInQuote != 0 || d.cover[k] != 0 {
				continue
			}
			w := d.tokLower(k)
			if w != "it" && w != "they" || d.neuterAntecedent(k, w == "they") != p || d.safeNeuter(k, p, w == "they") {
				continue
			}
			if a := d.reportBefore(k); w == "it" && a.ok() && !(a.ent >= 0 && slices.Contains(x.parties, a.ent)) {
				x.parties[i], x.names[i] = a.ent, a.name
				break
			}
			return false
		}
	}
	return true
}

// reportBefore returns the report that the sentence of token k, before k,
// or the sentence before it speaks of as one already named ("the report",
// "its study"): its author when it is the report the article is about
// (doc.reportAuthor), else the report as the article names it, as a quote
// of it is given to "the report". noActor when there is none.
func (d *doc) reportBefore(k int) actorRef {
	si := d.sentenceOf(k)
	lo, _ := d.sentRange(si)
	if s := d.narrationBefore(si); s >= 0 {
		lo, _ = d.sentRange(s)
	}
	for t := lo + 1; t < k; t++ {
		w := d.tokLower(t)
		if !reportNouns[w] || d.toks[t].flags&(fInQuote|fCap) != 0 {
			continue
		}
		switch d.tokLower(t - 1) {
		case "the", "its", "this":
			if d.reportAuthor >= 0 && w == d.reportNoun {
				return actorRef{ent: d.reportAuthor}
			}
			return actorRef{ent: -1, name: "the " + w}
		}
	}
	return noActor
}

// safeNeuter reports that "it" or "they" at token k plainly means entity
// e: e is named before it in its sentence, or e is the subject of the
// sentence before (across sentences that open with the same pronoun:
// "The board met on Monday. It said… It accused…"), by its name and on its
// own, not a possessive ("Kenya's talks with Uganda stalled"), not
// conjoined with another ("the ministry and the union met"), and, for
// "they" and one body, with no other actor in that sentence ("the board met
// the union. They…" may mean both).
func (d *doc) safeNeuter(k, e int, plural bool) bool {
	si := d.sentenceOf(k)
	lo, _ := d.sentRange(si)
	for _, mi := range d.ents[e].ments {
		if m := d.ments[mi]; int(m.t0) >= lo && int(m.t0) < k && m.form != formPronoun {
			return true
		}
	}
	w := d.tokLower(k)
	s := si - 1
	for ; s >= 0 && s >= si-4; s-- {
		if d.sentAllQuote(s) {
			continue
		}
		if d.entInSentence(e, s) {
			break
		}
		// The chain goes on through a sentence that opens with the pronoun.
		if slo, shi := d.sentRange(s); slo >= shi || d.tokLower(slo) != w {
			return false
		}
	}
	if s < 0 || s < si-4 {
		return false
	}
	slo, shi := d.sentRange(s)
	subj := -1
	others := false
	for mi := d.mentionsBefore(slo); mi < len(d.ments) && int(d.ments[mi].sent) == s; mi++ {
		m := d.ments[mi]
		if m.flags&mSubject != 0 && subj < 0 {
			subj = mi
		} else if m.ent >= 0 && int(m.ent) != e && m.form != formPlace && m.flags&mInQuote == 0 &&
			d.ents[m.ent].kind != KindOther {
			others = true
		}
	}
	if subj < 0 {
		return false
	}
	m := d.ments[subj]
	if int(m.ent) != e || m.flags&(mPoss|mAdj) != 0 || m.form == formPronoun {
		return false
	}
	if t := int(m.t1); t+1 < shi && (d.tokLower(t) == "and" || d.tokLower(t) == "or") && d.cover[t+1] != 0 {
		return false // "The Transport Ministry and the Dockworkers Union met"
	}
	if t := int(m.t1); t+2 < shi && d.tokLower(t) == "and" && d.tokIn(t+1, inDeterminers) && d.cover[t+2] != 0 {
		return false
	}
	if plural && others && d.ents[e].kind != KindGroup {
		return false
	}
	return true
}

// allyPhrase reports a name starting at token k (its determiner included)
// inside a phrase that makes it someone's ally: "backed by", "joined by",
// "together with", "alongside", "with the support of", "a joint statement
// with", "its allies in", ", like". A former ally is none.
func (d *doc) allyPhrase(k, lo int) bool {
	p := k - 1
	for p >= lo && d.toks[p].kind == tWord && d.tokIn(p, inDeterminers) && d.cover[p] == 0 {
		p--
	}
	if p < lo || d.toks[p].kind != tWord {
		return false
	}
	w, w1, w2 := d.tokLower(p), "", ""
	if p-1 >= lo {
		w1 = d.tokLower(p - 1)
	}
	if p-2 >= lo {
		w2 = d.tokLower(p - 2)
	}
	switch w {
	case "by":
		return allyParticiples[w1]
	case "with":
		return w1 == "together" || w1 == "along" || w1 == "statement" && (w2 == "joint" || w2 == "common") || w1 == "tandem" ||
			w1 == "concert" || w1 == "step"
	case "alongside":
		return true
	case "of":
		if allySupport[w1] {
			return true
		}
		fallthrough
	case "in", "from", "at":
		return allyNouns[w1] && w2 != "former"
	case "like":
		return p-1 >= lo && (d.toks[p-1].kind == tPunct && d.text[d.toks[p-1].s] == ',') || p == lo
	}
	return false
}

// allyParticiples put the one after "by" on the subject's side: "backed by
// Uganda".
var allyParticiples = setOf("backed", "supported", "joined", "flanked", "accompanied", "endorsed", "echoed", "seconded",
	"aided", "helped", "assisted", "encouraged")

// allySupport, after "with the" and before "of", name another's support:
// "with the support of Germany".
var allySupport = setOf("support", "backing", "help", "blessing", "approval", "endorsement", "aid", "assistance")

// allyNouns name someone on a side: "its allies in the Green Party",
// "partners of the union".
var allyNouns = setOf("ally", "allies", "partner", "partners", "friends", "colleagues", "supporters", "backers")

// affiliations returns the spans [name start, phrase end) of the bodies
// the person of mention m is told to belong to or speak for, after the
// name: "of the World Health Organization", ", a spokeswoman for the
// company,", ", Labour's health spokeswoman,", ", who heads the
// federation,"; and anywhere in the sentence, "speaking for…", "on behalf
// of…". Each span starts at the body's name.
func (d *doc) affiliations(m mention, lo, hi int) [][2]int {
	var out [][2]int
	name := func(k int) int { // the name at k, past a determiner
		for k < hi && d.toks[k].kind == tWord && d.tokIn(k, inDeterminers) && d.cover[k] == 0 {
			k++
		}
		if k < hi && d.cover[k] != 0 {
			// ("of the Kenya Ports Authority's decision" tells of a thing.)
			if b := d.ments[d.cover[k]-1]; b.ent >= 0 && d.ents[b.ent].kind != KindPerson && b.form != formPlace && b.flags&mPoss == 0 {
				return k
			}
		}
		return -1
	}
	add := func(k int) {
		if k >= 0 {
			out = append(out, [2]int{k, int(d.ments[d.cover[k]-1].t1)})
		}
	}
	k := int(m.t1)
	if k < hi && d.toks[k].kind == tWord && memberPreps[d.tokLower(k)] {
		add(name(k + 1)) // "Ana Ruiz of the World Health Organization"
	} else if k+1 < hi && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' {
		j := k + 1
		switch w := d.tokLower(j); {
		case w == "who" && j+2 < hi && memberVerbs[d.tokLower(j+1)]:
			// ", who heads the federation," / ", who works for the bank,"
			n := j + 2
			if n < hi && (d.tokLower(n) == "for" || d.tokLower(n) == "at") {
				n++
			}
			add(name(n))
		case d.cover[j] != 0 && d.ments[d.cover[j]-1].flags&mPoss != 0:
			// ", Labour's health spokeswoman,"
			b := d.ments[d.cover[j]-1]
			if n := int(b.t1); n < hi && d.toks[n].kind == tWord && d.titleRun(n, hi) {
				add(name(j))
			}
		default:
			// ", a spokeswoman for the company,", ", president of the union,",
			// ", of the World Health Organization,"
			for n := j; n < hi && n < j+7 && d.toks[n].kind == tWord && d.cover[n] == 0; n++ {
				if memberPreps[d.tokLower(n)] || d.tokLower(n) == "for" {
					// (", took aim at the ministry": a verb phrase after the
					// comma that closes an apposition, no title.)
					if n == j && d.tokLower(n) != "for" || n > j && d.titleRun(j, n) && d.titleHeadAt(n-1) {
						add(name(n + 1))
					}
					break
				}
			}
		}
	}
	// "speaking for the association", "on behalf of the union"
	for t := lo; t+1 < hi; t++ {
		switch w := d.tokLower(t); {
		case (w == "speaking" || w == "representing") && d.toks[t].flags&fInQuote == 0:
			n := t + 1
			if d.tokLower(n) == "for" {
				n++
			}
			add(name(n))
		case w == "behalf" && t > lo && d.tokLower(t-1) == "on" && d.tokLower(t+1) == "of":
			add(name(t + 2))
		}
	}
	return out
}

// memberPreps join a person to the body he or she belongs to: "Ana Ruiz
// of the WHO", "Tom Reyes from the union", "a professor at Oxford".
var memberPreps = setOf("of", "from", "at")

// memberVerbs, after "who", join a person to a body: "who heads the
// federation", "who works for the bank".
var memberVerbs = setOf("leads", "led", "heads", "headed", "chairs", "chaired", "runs", "ran", "directs", "represents",
	"founded", "manages", "works", "worked", "speaks", "sits", "serves")

// titleHeadAt reports a word at k that can end a title or a post: "the
// union's president", "a spokeswoman", "chief executive", "lawyer".
func (d *doc) titleHeadAt(k int) bool {
	w := d.tokLower(k)
	return titleHeads[w] || isPersonNoun(w) || d.isTitleWord(k) || isPersonNoun(strings.TrimSuffix(w, "s"))
}

// titleRun reports that tokens [k, end) are the words of a role: an
// article, lower-case words and title words ("a senior spokeswoman",
// "health spokeswoman", "the president"), no verb.
func (d *doc) titleRun(k, end int) bool {
	if end <= k {
		return false
	}
	for n := k; n < end; n++ {
		if d.toks[n].kind != tWord || d.cover[n] != 0 {
			return false
		}
		w := d.tokLower(n)
		if !(determiners[w] || d.isTitleWord(n) || d.plainLower(n) || titleHeads[w] || isPersonNoun(w)) {
			return false
		}
	}
	return true
}

// namedAgainst reports a body that the sentence [lo, hi) names outside
// the phrase span that makes it a person's own: by its name, by a
// description its name bears out ("the university" for Oxford University),
// or as someone's own ("her own party").
func (d *doc) namedAgainst(b int, span [2]int, lo, hi int) bool {
	for _, mi := range d.ents[b].ments {
		m := d.ments[mi]
		if int(m.t0) < lo || int(m.t0) >= hi || int(m.t0) >= span[0] && int(m.t0) < span[1] || m.flags&mInQuote != 0 {
			continue
		}
		if p := int(m.r0) - 1; p >= lo && d.tokLower(p) == "own" {
			return true
		}
		switch m.form {
		case formPronoun:
		case formDesc:
			if strings.Contains(strings.ToLower(d.ents[b].name), d.tokLower(int(m.t1)-1)) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// disputeTopic returns what a dispute is over, as a short phrase, or "":
// "accused Britain of “stoking bloc confrontation”" → "stoking bloc
// confrontation"; "rejected the findings and said…" → "the findings";
// "differences over the fishing quota remain" → "the fishing quota".
func (d *doc) disputeTopic(t, hi int) string {
	k := t + 1
	if d.phrasalRejection(t, hi) {
		k++ // past the particle: "turned down the offer"
	}
	// Past the other party: "accused Britain of…", "criticised the
	// government for…".
	if k < hi {
		if c := d.cover[k]; c != 0 {
			if m := d.ments[c-1]; m.form != formPlace {
				k = int(m.t1)
			}
		}
	}
	for k < hi && d.toks[k].kind == tQuote {
		k++
	}
	if k < hi && d.toks[k].kind == tWord {
		switch d.tokLower(k) {
		case "of", "over", "about", "on", "for", "to", "with", "against", "at":
			k++
		}
	}
	start, end, words := k, k, 0
	for end < hi && words < 8 {
		tk := d.toks[end]
		opening := tk.kind == tQuote && end+1 < hi && d.toks[end+1].flags&fInQuote != 0 && d.toks[end-1].flags&fInQuote == 0
		if tk.kind == tPunct && strings.ContainsRune(",;:.!?()", rune(d.text[tk.s])) || tk.kind == tQuote && end > start && !opening {
			break
		}
		if tk.kind == tWord {
			w := d.tokLower(end)
			if words > 0 && (objectStops[w] || w == "that" || w == "after" || w == "when" || w == "as" || w == "and" && end+1 < hi && d.lex[end+1]&lexSpeech != 0) {
				break
			}
			if words >= 3 && w == "to" {
				break // "a request for the plants to be run by…"
			}
			words++
		}
		end++
	}
	// No dangling function words or marks at the end.
	for end > start && (d.toks[end-1].kind != tWord && d.toks[end-1].kind != tNum || isPreposition(d.tokLower(end-1)) ||
		d.tokIn(end-1, inDeterminers) || contrastWords[d.tokLower(end-1)] || d.tokLower(end-1) == "and" || d.tokLower(end-1) == "or") {
		end--
	}
	for start < end && d.toks[start].kind == tQuote {
		start++
	}
	// "criticism in the country", "protests in Kenya": where, not what.
	if start < end && (isPreposition(d.tokLower(start)) || placePrepositions[d.tokLower(start)]) {
		return ""
	}
	if end-start == 1 && d.lex[start]&lexFunction != 0 {
		return "" // "rejected it"
	}
	if end <= start {
		return ""
	}
	topic := strings.Trim(quoteMarks.Replace(d.spanText(start, end)), "'‘’ ")
	if topic == "" || !strings.ContainsFunc(topic, unicode.IsLetter) {
		return ""
	}
	return topic
}

// quoteMarks removes double quotation marks from a topic.
var quoteMarks = strings.NewReplacer("\u201C", "", "\u201D", "", "\"", "", "\u00AB", "", "\u00BB", "", "\u201E", "")

// placePrepositions open a phrase of place or extent, not a topic.
var placePrepositions = setOf("around", "across", "among", "amid", "within", "throughout", "inside", "outside", "near")

// relativeBetween reports a relative pronoun in tokens [lo, hi).
func (d *doc) relativeBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := d.tokLower(k); w == "that" || w == "which" || w == "who" || w == "whom" {
			return true
		}
	}
	return false
}

// measureVerbs put a thing against another without any dispute: "measured
// against a target", "insured against floods".
var measureVerbs = setOf("measured", "compared", "weighed", "benchmarked", "tested", "insured", "protected",
	"guarded", "hedged", "balanced", "offset", "checked", "leaned", "leaning", "set", "stacked", "priced")

// asFarAs reports "as far as … is concerned".
func (d *doc) asFarAs(t, lo int) bool {
	for k := t - 1; k > lo && k >= t-8; k-- {
		if d.tokLower(k) == "far" && d.tokLower(k-1) == "as" {
			return true
		}
	}
	return false
}

// nounUse reports a cue word used as a noun ("the attacks", "her demands").
func (d *doc) nounUse(t int) bool {
	if t == 0 {
		return false
	}
	p := d.tokLower(t - 1)
	return determiners[p] && p != "that"
}

func (d *doc) verbDispute(t, hi int, w string, weight float64) docDispute {
	x := docDispute{cue: w, score: weight}
	// A cue inside a word or two in quotation marks (`he was “appalled”
	// that…`) is the writer's sentence: look for the parties around the
	// marks.
	st, ot := t, t
	if d.toks[t].flags&fInQuote != 0 && d.quoteItemAt(t) < 0 {
		q0, q1 := t, t
		for q0 > 0 && d.toks[q0-1].flags&fInQuote != 0 {
			q0--
		}
		for q1+1 < len(d.toks) && d.toks[q1+1].flags&fInQuote != 0 {
			q1++
		}
		if q1-q0 <= 4 && q1+1 < hi {
			st, ot = max(q0-1, 0), q1+1
		}
	}
	// The subject by the clause structure: an actor, or a thing that is
	// no party ("the old lock resisted every key") unless it is a document
	// that speaks for its author ("the report accused the ministry").
	arg := noArgument
	if w != "against" {
		arg = d.subjectArg(st)
	}
	// ("The union is concerned…", "the union is opposed to the plan": an
	// adjective, not a passive.)
	passive := d.passiveAt(t) && w != "concerned" && !(w == "opposed" && t+1 < hi && d.tokLower(t+1) == "to") ||
		d.participlePassive(t, hi)
	// "The high number of seasonal workers is blamed for…", "the influx
	// of students was criticised": what is blamed is the quantity, a
	// thing, not the people it counts.
	if passive && arg.found() && !arg.thing {
		if h := d.measureOf(arg, d.sentTokLo(st)); h >= 0 {
			arg = argument{ref: noActor, thing: true, owner: noActor, head: h, start: h}
		}
	}
	a := arg.ref
	thingSubject := false
	if arg.thing {
		switch head := d.tokLower(arg.head); {
		case reportNouns[head] && d.reportAuthor >= 0:
			a = actorRef{ent: d.reportAuthor}
		case (commNouns[head] || docNouns[head]) && arg.owner.ok():
			a = arg.owner
		case !passive && !commNouns[head] && !docNouns[head] && arg.head+1 < t && d.tokLower(arg.head+1) == "that":
			// "…in a raid that threatened to wreck the truce": a
			// restrictive relative clause tells of the thing right
			// before it, which is no party.
			return x
		case passive, commNouns[head] || docNouns[head], d.relativeSubject(t):
			thingSubject = passive
			// "The law was challenged by the coalition": the thing is the
			// topic and the agent a party. A document with no owner, or
			// the antecedent of a relative pronoun that may attach
			// higher ("talks on ending the war, which excluded…"): the
			// clause's subject, as below.
			arg = noArgument
			a = noActor
		default:
			return x
		}
	}
	if !arg.found() {
		a = d.subjectOf(st)
	}
	// "sent Kalon Motors a letter accusing it of…": the sender accuses.
	sentTo := noActor
	if !passive && strings.HasSuffix(w, "ing") {
		if s, r, ok := d.sentDocument(st); ok {
			a, sentTo, arg = s, r, noArgument
		}
	}
	if passive {
		// "was challenged by the Online Services Coalition"; "the convents
		// were excluded" names no party.
		ag := d.byAgent(t, hi)
		switch {
		case ag.ok() && !a.ok():
			a = ag
		case ag.ok():
			x.add(ag)
		case thingSubject:
			// "Mr Holloway says the farmers' knowledge is being
			// dismissed": the one who reports it is aggrieved.
			if r := d.reportingSpeaker(t); r.ok() {
				a = r
			} else {
				return x
			}
		}
	}
	if passive && d.participleOpening(t) {
		// "Accused by the union of hiding its profits, Norlake…": the one
		// accused is the subject after the participle's phrase.
		if r := d.afterParticiple(t, hi); r.ok() && r.ent != a.ent {
			x.add(r)
		}
	}
	if !a.ok() && st == t && d.toks[t].flags&fInQuote != 0 {
		a = d.reportingSpeaker(t)
	}
	if k := d.skipAux(t - 1); a.ok() && k > 0 && (d.tokLower(k) == "and" || d.tokLower(k) == "but") {
		// "…backed the mayor and criticised the government": the phrase
		// before "and" is the first verb's object; the subject of both
		// verbs is the first verb's, or else the clause's, below.
		if v := d.objectBefore(k); v >= 0 {
			a = noActor
			if r := d.subjectArg(v).ref; r.ok() {
				a = r
			}
		}
	}
	if k := d.skipAux(t - 1); !a.ok() && k > 0 && (d.tokLower(k) == "and" || d.tokLower(k) == "but") {
		// "…said the freeze was “…” and accused the government…", "has
		// pushed for… but has been unable to…": the subject of the first
		// verb.
		si := d.sentenceOf(t)
		lo, _ := d.sentRange(si)
		if sp := d.clauseSubject(lo, t); sp.ok() {
			a = actorRef{ent: sp.ent, name: sp.desc}
		}
	}
	if w := strings.ToLower(lastWord(a.name)); a.ent < 0 && a.name != "" && (documentNoun(w) || w == "statement") {
		// "The Kenya Ports Authority issued a statement accusing the
		// union…": a document accuses no one; its author, the sentence's
		// subject, does.
		a = noActor
		if ei := d.sentenceSubjectEnt(d.sentenceOf(t)); ei >= 0 && d.ents[ei].kind != KindOther {
			a = actorRef{ent: ei}
		}
	}
	if !a.ok() && (strings.HasSuffix(w, "ing") || w == "excluded") {
		// "…, accusing her of…", "talks which excluded…": the sentence's subject.
		si := d.sentenceOf(t)
		lo, _ := d.sentRange(si)
		if sp := d.clauseSubject(lo, t); sp.ok() {
			a = actorRef{ent: sp.ent, name: sp.desc}
		}
	}
	if !a.ok() {
		// "Many leftist figures openly oppose…": an unnamed group right
		// before the verb is a party, kept as its description.
		k := st - 1
		for n := 0; k >= 0 && n < 3 && d.toks[k].kind == tWord && (isAdverb(d.tokLower(k)) || isAuxiliary(d.tokLower(k)) ||
			strings.HasSuffix(d.tokLower(k), "ly")); n++ {
			k--
		}
		if k >= 0 && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 && isPersonNoun(d.tokLower(k)) {
			if sp := d.refEndingAt(d.clauseStart(st), k); sp.ok() {
				a = actorRef{ent: sp.ent, name: sp.desc}
			}
		}
		// "A federal appeals court on Monday struck down…": further back,
		// unless a relative clause stands between ("…people in an assault
		// that threatened…").
		if cs := d.clauseStart(st); !a.ok() && !d.relativeBetween(cs, st) && !d.measureOpens(cs, st) {
			if sp := d.clauseSubject(cs, st); sp.ok() {
				a = actorRef{ent: sp.ent, name: sp.desc}
			}
		}
	}
	if !a.ok() && st == t {
		// "Elders say their knowledge is being dismissed": the one who
		// reports it is the aggrieved party.
		a = d.reportingSpeaker(t)
	}
	// The public, or someone unnamed and indefinite ("a leader who
	// refuses…", "one user complained", "many blame…"), is no party.
	if arg.found() && arg.ref.ent < 0 && arg.ref.name != "" && (publicNouns[d.tokLower(arg.head)] && !d.publicGroupParty(arg, weight) ||
		d.indefinite(arg)) {
		return x
	}
	if k := d.skipAux(st - 1); k >= 0 && d.toks[k].kind == tWord && quantifierSubjects[d.tokLower(k)] {
		return x
	}
	// "Anyone who disputes these figures…", "those who criticise the
	// council": no one in particular.
	if k := d.skipAux(st - 1); k > 0 && d.toks[k].kind == tWord && (d.tokLower(k) == "who" || d.tokLower(k) == "that") &&
		d.toks[k-1].kind == tWord && genericAntecedents[d.tokLower(k-1)] {
		return x
	}
	if k := d.skipAux(st - 1); k >= 0 && d.toks[k].kind == tWord && d.tokLower(k) == "whoever" {
		return x
	}
	// "asked the court to reject the council's claim": the court is asked
	// to rule; the one who asks is the side.
	if r, ok := d.askedCourt(st); ok {
		if !r.ok() {
			return x
		}
		a = r
	}
	// "protected from punishment for manipulating the flag": the gerund
	// of a charge accuses no one.
	if accusedSubject[lemmaName(d.lemmaAt(t))] && strings.HasSuffix(w, "ing") && t > 0 && d.toks[t-1].kind == tWord && isPreposition(d.tokLower(t-1)) {
		return x
	}
	// "“Our members will reject any deal,” said Maria Kowal": a group the
	// speaker calls her own in her quote is her side.
	if a.ent < 0 && a.name != "" && d.toks[st].flags&fInQuote != 0 && d.ownGroupBefore(st) {
		if a = d.reportingSpeaker(t); !a.ok() {
			return x
		}
	}
	if w == "against" && d.causedCharge(t, d.sentTokLo(t)) {
		a = noActor // "…allies burned villages, leading to charges against…" (disputecaused.go)
	}
	x.add(a)
	// "Kenya and Tanzania disagreed": a verb that needs two sides takes
	// both conjoined subjects.
	if ln := lemmaName(d.lemmaAt(t)); a.ok() && !passive && (reciprocalVerbs[ln] || ln == "disagree" || ln == "differ") {
		for _, r := range d.conjoinedSubjects(st) {
			x.add(r)
		}
	}
	objs := d.objectArgs(ot, hi)
	// "thieves attacked a sperm whale with an axe": violence against
	// no one named is an event, not a dispute.
	if violenceVerbs[lemmaName(d.lemmaAt(t))] && len(objs) == 0 && !passive && !(t+1 < hi && d.tokLower(t+1) == "down") {
		return docDispute{}
	}
	// "blamed the breakdown of the talks on Norlake": the one blame is
	// put on.
	if len(objs) == 0 && !passive && lemmaName(d.lemmaAt(t)) == "blame" {
		if r := d.blamedOn(ot, hi); r.ok() {
			objs = append(objs, r)
		}
	}
	// "condemned the bombing of a market", "blamed the damage on climate
	// change": a condemnation of an event, a disease or a cause that names
	// no one is no open dispute between parties (dropCondemnEvent).
	if condemnVerbs[lemmaName(d.lemmaAt(t))] && len(objs) == 0 && !passive && d.thatClauseSubject(ot, hi).ent < 0 &&
		!d.measureObject(ot, hi) {
		return docDispute{}
	}
	// "rejected Mr Ternan's claim", "dismissed a proposal put forward by
	// the union": the owner of what is rejected.
	if len(objs) == 0 && !passive {
		if r := d.claimOwner(ot, hi); r.ok() {
			objs = append(objs, r)
		}
	}
	// "“We reject this plan outright,” said the hauliers' leader", after
	// "The ministry proposed a fuel levy": the one who put it forward.
	if len(objs) == 0 && !passive {
		if r := d.quotedProposer(ot, hi); r.ok() {
			objs = append(objs, r)
		}
	}
	// "…a letter accusing it of…", "…, accusing the company of…": the one
	// the letter went to, unless the accusation names another.
	if sentTo.ok() && sentTo.ent != a.ent && d.standInObject(ot, hi) {
		named := false
		for _, o := range objs {
			if o.ent >= 0 && o.ent != a.ent && o.ent != sentTo.ent && !objectPronouns[d.tokLower(ot+1)] {
				named = true
			}
		}
		if !named {
			objs = []actorRef{sentTo}
		}
	}
	// "refused to meet the union's demands", "The guild demanded a rise,
	// but Dalmore refused": the one whose demand is refused.
	if len(objs) == 0 && !passive && a.ok() {
		if r := d.refusedDemandOwner(t, ot, hi, a); r.ok() {
			objs = append(objs, r)
		}
	}
	// "Ann Marsh claims the council hid the audit. Kenmore Council denied
	// the claim.": the one who made the claim.
	if len(objs) == 0 && !passive {
		if r := d.deniedClaimant(t, ot, hi, a); r.ok() {
			objs = append(objs, r)
		}
	}
	// "Norlake, which the union accused of bad faith": the antecedent of
	// the relative pronoun before the subject.
	if len(objs) == 0 && !passive && arg.found() && !arg.thing {
		if r := d.relativeAntecedent(arg.start); r.ok() {
			objs = append(objs, r)
		}
	}
	// "complained that Nigeria negotiated alone", "was appalled that
	// Japan was lifting the ban": the one the clause tells of.
	if len(objs) == 0 {
		if r := d.thatClauseSubject(ot, hi); r.ok() {
			objs = append(objs, r)
		}
	}
	// "threatened to block the road unless the port company agrees…": the
	// one the condition is put to.
	if len(objs) == 0 && !passive && lemmaName(d.lemmaAt(t)) == "threaten" {
		if r := d.unlessSide(t, hi); r.ok() {
			objs = append(objs, r)
		}
	}
	// The other party: the verb's object, by the clause structure.
	for _, b := range objs {
		if b.ent != a.ent || b.ent < 0 && b.name != a.name {
			x.add(b)
		}
	}
	// "Prosecutors say Uber has been lying to its customers": when the
	// subject is the accused, the one who reports it accuses.
	if accusedSubject[lemmaName(d.lemmaAt(t))] || accusedSubject[w] {
		if r := d.reportingSpeaker(t); r.ok() && (r.ent != a.ent || r.ent < 0 && r.name != a.name) {
			x.add(r)
			// "He says the US has overspent", said by the US President:
			// his own country is no side against him.
			if d.leaderOf(r, a) {
				x.dropParties(map[int]bool{a.ent: true})
			}
		}
	}
	// "the rise in crime was blamed on the closures by councillors": in
	// the passive the one blamed is the subject; a thing there, with no
	// one else named, leaves the agent against no one (dropCondemnEvent).
	if condemnVerbs[lemmaName(d.lemmaAt(t))] && passive && thingSubject && len(x.parties) < 2 {
		return docDispute{}
	}
	// "Talks between Britain and India broke up…, after four days in
	// which negotiators failed to close gaps": people who act for sides
	// they do not name, in a clash only two sides can have, stand for
	// the two the sentence (or the one before) joins with "and"
	// (namedSides), when the dispute names no one else.
	if len(x.parties) == 0 && !passive && a.ent < 0 && unnamedAgents(a.name) && d.twoSidedCue(t, hi, w) {
		if p, q, ok := d.namedSides(st, ""); ok {
			x.add(p)
			x.add(q)
		}
	}
	x.topic = d.disputeTopic(t, hi)
	if a.ok() && len(x.parties) > 1 {
		x.score += 1
		d.addConjoinedSubjects(&x, a, st, passive)
	}
	return x
}

// twoSidedCue reports a dispute cue at t that only two sides can have
// with each other: a verb of quarrelling ("clashed", "disagreed") or a
// settlement the sides failed to reach ("failed to close gaps", "were
// unable to agree").
func (d *doc) twoSidedCue(t, hi int, w string) bool {
	ln := lemmaName(d.lemmaAt(t))
	if reciprocalVerbs[ln] || ln == "disagree" || ln == "differ" {
		return true
	}
	return (w == "unable" || ln == "fail") && d.frustratedGoal(t, hi) &&
		(settlingVerbs[d.tokLower(t+2)] || d.tokLower(t+2) == "agree")
}

// unlessSide returns the named actor that is the subject of an "unless"
// clause soon after the threat at t ("unless the Dunmere Port Company
// agrees to talks"), or noActor: a thing ("unless the storm passes") or a
// pronoun names no side.
func (d *doc) unlessSide(t, hi int) actorRef {
	for k := t + 1; k+1 < hi && k <= t+16; k++ {
		if d.toks[k].kind != tWord || d.tokLower(k) != "unless" {
			continue
		}
		m, ok := d.partyMentionAt(k+1, hi)
		if !ok {
			return noActor
		}
		if e := int(m.t1); e < hi && d.toks[e].kind == tWord && (m.flags&mPoss != 0 || m.flags&mAdj != 0 && !isGroupHead(d.tokLower(e))) {
			return noActor // "unless Kenya's navy…", "unless Kenyan fishermen…": someone else
		}
		return actorRef{ent: int(m.ent)}
	}
	return noActor
}

// partyMentionAt returns the mention of a named actor at token k, past a
// determiner ("the Dunmere Port Company"); false for a pronoun, a place
// or a name of no actor.
func (d *doc) partyMentionAt(k, hi int) (mention, bool) {
	if k < hi && d.cover[k] == 0 && d.tokIn(k, inDeterminers) {
		k++
	}
	if k >= hi || d.cover[k] == 0 {
		return mention{}, false
	}
	m := d.ments[d.cover[k]-1]
	if m.ent < 0 || m.form == formPronoun || m.form == formPlace || d.ents[m.ent].kind == KindOther {
		return mention{}, false
	}
	return m, true
}

// leaderOf reports whether person r holds a role of country c ("US
// President", "Norwegian Prime Minister"): one who speaks for the state.
func (d *doc) leaderOf(r, c actorRef) bool {
	if r.ent < 0 || c.ent < 0 || d.ents[r.ent].kind != KindPerson || d.ents[c.ent].kind != KindCountry {
		return false
	}
	return d.ents[r.ent].role != "" && d.roleOfCountry(d.ents[r.ent].role, d.ents[c.ent].name)
}

// addConjoinedSubjects adds to x, a dispute of subject a against another
// side, the subjects conjoined with a before the cue st: "Kenya and
// Tanzania condemned Uganda".
func (d *doc) addConjoinedSubjects(x *docDispute, a actorRef, st int, passive bool) {
	if a.ent < 0 || passive || reciprocalVerbs[lemmaName(d.lemmaAt(st))] {
		return
	}
	rs := d.conjoinedSubjects(st)
	if !slices.ContainsFunc(rs, func(r actorRef) bool { return r.ent == a.ent }) {
		return
	}
	for _, r := range rs {
		x.add(r)
	}
}

// measureOpens reports a clause [cs, st) that opens with a quantity: a
// determiner, a few modifiers and a measure head with "of" or "in" ("The
// high number of homeless people…"), whatever stands between it and the
// verb (a parenthesis between dashes): a count of people is no party.
func (d *doc) measureOpens(cs, st int) bool {
	k := cs
	for n := 0; k < st && n < 4 && d.toks[k].kind == tWord && d.cover[k] == 0 && !measureHeads[d.tokLower(k)] &&
		(d.tokIn(k, inDeterminers) || d.toks[k].flags&fCap == 0 && d.lex[k]&lexFunction == 0 || d.toks[k].flags&fStart != 0); n++ {
		k++
	}
	return k+1 < st && measureHeads[d.tokLower(k)] && (d.tokLower(k+1) == "of" || d.tokLower(k+1) == "in")
}

// measureHeads count or measure a group, or tell how it changes: "the
// high number of seasonal workers", "the influx of students", "the rise
// in tourists".
var measureHeads = setOf("number", "numbers", "share", "proportion", "percentage", "rate", "rates", "level",
	"levels", "count", "influx", "rise", "increase", "growth", "surge", "spike", "fall", "drop", "decline",
	"arrival", "arrivals", "presence", "concentration", "exodus", "shortage", "lack", "absence", "flow")

// partMeasures are the measure heads that also tell a part of the group
// when the phrase is indefinite: "a number of landlords", "large numbers
// of residents", "a share of voters" are some of the group, who act.
var partMeasures = setOf("number", "numbers", "share", "proportion", "percentage")

// measureOf returns the quantity head of the group phrase a ("the high
// number of seasonal workers" → "number"), or -1 when a counts no group.
// The phrase may start at the group or at the quantity.
func (d *doc) measureOf(a argument, lo int) int {
	s := a.start
	if s >= 0 && s+2 <= a.head && d.toks[s].kind == tWord && measureHeads[d.tokLower(s)] && (d.tokLower(s+1) == "of" || d.tokLower(s+1) == "in") {
		s += 2
	}
	if d.measureBefore(s, lo) {
		return s - 2
	}
	return -1
}

// measureBefore reports a group phrase starting at token s that is the
// complement of a quantity ("the high number of", "an influx of", "the
// rise in"): the phrase as a whole is the quantity, a thing. lo bounds the
// look back.
func (d *doc) measureBefore(s, lo int) bool {
	p := s - 1
	if p-1 < lo || d.toks[p].kind != tWord || d.tokLower(p) != "of" && d.tokLower(p) != "in" {
		return false
	}
	h := p - 1
	if d.toks[h].kind != tWord || d.cover[h] != 0 || !measureHeads[d.tokLower(h)] {
		return false
	}
	if !partMeasures[d.tokLower(h)] {
		return true
	}
	// Back over the modifiers ("the high", "the rising") to the
	// determiner: only a definite quantity is one.
	k := h - 1
	for k >= lo && k >= h-3 && d.toks[k].kind == tWord && d.cover[k] == 0 && !d.tokIn(k, inDeterminers) &&
		d.toks[k].flags&fCap == 0 && d.lex[k]&lexFunction == 0 {
		k--
	}
	if k < lo || d.toks[k].kind != tWord {
		return false
	}
	switch d.tokLower(k) {
	case "the", "this", "that", "its", "their", "his", "her":
		return true
	}
	return false
}

// condemnVerbs are dispute cues that are no dispute when they name no
// one they are against: "condemned the bombing", "deplored the violence",
// "blamed the floods on climate change".
var condemnVerbs = setOf("condemn", "denounce", "decry", "deplore", "blame")

// condemnedMeasures are what someone decided or made, beside the
// lawNouns: condemning one ("denounced the draft law", "decried the
// ruling", "condemned the vote") sets the critic against its maker, named
// or not, unlike an event ("condemned the bombing").
var condemnedMeasures = setOf("ruling", "verdict", "decision", "sentence", "judgment", "judgement", "ban",
	"conviction", "policy", "policies", "tax", "levy", "tariff", "tariffs", "cuts", "bills", "laws", "plans",
	"proposals", "measures", "reforms", "vote", "votes", "veto", "decree", "decrees")

// measureObject reports an object of the verb at t headed by a measure:
// "denounced the draft law", "decried the court's ruling as…".
func (d *doc) measureObject(t, hi int) bool {
	k := t + 1
	if k >= hi || d.toks[k].kind != tWord || !d.tokIn(k, inDeterminers) {
		return false // "condemned laws that…" tells no one measure
	}
	end := d.npEnd(k, hi)
	if end <= k {
		return false
	}
	h := d.tokLower(end - 1)
	return lawNouns[h] || condemnedMeasures[h]
}

// quantifierSubjects stand alone for an unnamed many: "many blame…".
var quantifierSubjects = setOf("many", "some", "most", "others", "few", "several", "all", "everyone", "everybody",
	"nobody", "someone", "somebody")

// genericAntecedents before "who" tell no one in particular: "anyone
// who disputes", "those who criticise".
var genericAntecedents = setOf("anyone", "anybody", "those", "everyone", "everybody", "whoever", "someone", "somebody",
	"nobody", "people")

// courtHeads name a court or a judge asked to rule.
var courtHeads = setOf("court", "courts", "judge", "judges", "tribunal", "magistrate", "magistrates", "justices",
	"arbitrator", "arbitrators", "panel")

// courtAskVerbs ask someone to act: "asked the court to…", "petitioned
// the tribunal to…".
var courtAskVerbs = setOf("ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "petition", "petitions",
	"petitioned", "petitioning", "request", "requests", "requested", "requesting", "press", "pressed", "pressing")

// askedCourt reads a cue at t after "to" whose subject is a court or a
// judge asked to rule ("asked the court to reject the claim", "will ask
// the judge to dismiss the suit"), and returns the one who asks, noActor
// when that one is unnamed; false when the cue is not so asked.
func (d *doc) askedCourt(t int) (actorRef, bool) {
	p := t - 1
	if p < 2 || d.tokLower(p) != "to" || !courtHeads[d.tokLower(p-1)] {
		return noActor, false
	}
	s := p - 1
	if c := d.cover[s]; c != 0 {
		s = int(d.ments[c-1].r0)
	} else {
		for s-1 > 0 && s >= p-5 && d.toks[s-1].kind == tWord && d.cover[s-1] == 0 && !courtAskVerbs[d.tokLower(s-1)] &&
			(d.tokIn(s-1, inDeterminers) || d.toks[s-1].flags&fCap != 0 || d.plainLower(s-1) && d.lex[s-1]&lexFunction == 0) {
			s--
		}
	}
	if s-1 > 0 && d.cover[s-1] == 0 && d.tokIn(s-1, inDeterminers) {
		s-- // "the court" as a mention of its head alone
	}
	v := s - 1
	if v >= 0 && d.tokLower(v) == "on" {
		v-- // "called on the court to…"
	}
	if v < 0 || d.toks[v].kind != tWord || !courtAskVerbs[d.tokLower(v)] && !(d.tokLower(v) == "called" || d.tokLower(v) == "calls") {
		return noActor, false
	}
	r := d.subjectArg(v)
	if r.thing || r.generic || !r.ref.ok() || r.ref.ent < 0 {
		return noActor, true
	}
	return r.ref, true
}

// violenceVerbs are dispute cues that are violence when no one named is
// their object.
var violenceVerbs = setOf("attack", "invade", "strike", "hit", "seize", "storm", "retaliate")

// indefinite reports an unnamed argument told by an indefinite phrase
// ("a leader", "one user", "some residents") that is not an official
// speaking for a body ("a senior official", "a spokesman").
func (d *doc) indefinite(a argument) bool {
	if a.start < 0 || a.head < 0 {
		return false
	}
	switch d.tokLower(a.start) {
	case "a", "an", "one", "some", "any", "every", "someone", "somebody":
	default:
		return false
	}
	return !spokesWords[d.tokLower(a.head)] && !officialHeads[d.tokLower(a.head)]
}

// generalPublic are the public nouns that tell people in general, never
// a side: "people protested", "everyone complains".
var generalPublic = setOf("people", "persons", "anyone", "everyone", "nobody", "public", "markets")

// publicGroupParty reports a public noun in the plural that names a side
// of its own as the subject of a clear dispute verb (weight 2.5 or more):
// "Residents protested against the runway", "angry parents rejected the
// plan", "voters sued the commission" — not people in general, not a
// part of them ("many residents", "some voters": indefinite or counted).
func (d *doc) publicGroupParty(a argument, weight float64) bool {
	h := d.tokLower(a.head)
	if weight < 2.5 || generalPublic[h] || !strings.HasSuffix(h, "s") || a.start < 0 {
		return false
	}
	for k := a.start; k < a.head; k++ {
		if w := d.tokLower(k); groupMods[w] && !determiners[w] || quantifierSubjects[w] || d.toks[k].kind == tNum {
			return false // "many residents", "two voters"
		}
	}
	return true
}

// officialHeads are unnamed sources who speak for a body even when told
// indefinitely: "a senior official", "a diplomat".
var officialHeads = setOf("official", "officials", "source", "sources", "diplomat", "diplomats", "minister", "aide",
	"aides", "negotiator", "negotiators", "envoy", "adviser", "advisers", "advisor")

// accusedSubject are the cues whose subject is the accused, told by
// someone else: "Uber has been lying", "the US has overspent".
var accusedSubject = setOf("lie", "mislead", "deceive", "manipulate", "overspent", "overspend", "betray", "cheat",
	"violate", "breach", "defy", "ignore", "flout", "abuse")

// passiveAt reports a cue participle in the passive: "was challenged",
// "has been criticised", "is being dismissed".
func (d *doc) passiveAt(t int) bool {
	if formTags(d.tokLower(t))&formPart == 0 && !strings.HasSuffix(d.tokLower(t), "ed") {
		return false
	}
	k := t - 1
	for k >= 0 && d.toks[k].kind == tWord && (isAdverb(d.tokLower(k)) || groupAdverbs[d.tokLower(k)]) && !isBe(d.tokLower(k)) {
		k--
	}
	return k >= 0 && d.toks[k].kind == tWord && (isBe(d.tokLower(k)) || d.tokLower(k) == "being" || d.tokLower(k) == "got")
}

// byAgent returns the actor after "by" in the clause of the passive cue
// at t: "was challenged by the Online Services Coalition".
func (d *doc) byAgent(t, hi int) actorRef {
	end := d.clauseEnd(t, hi)
	for k := t + 1; k+1 < end && k <= t+6; k++ {
		if d.tokLower(k) != "by" {
			continue
		}
		if a := d.npEndingAt(k+1, d.npEnd(k+1, end)-1, npNoClimb); a.ref.ok() {
			return a.ref
		}
		break
	}
	return noActor
}

// relativeSubject reports a cue whose subject is a relative pronoun:
// "the war, which excluded…".
func (d *doc) relativeSubject(t int) bool {
	k := t - 1
	for k >= 0 && d.toks[k].kind == tWord && d.verbGroupWord(k) {
		k--
	}
	return k >= 0 && d.toks[k].kind == tWord && (d.tokLower(k) == "which" || d.tokLower(k) == "that" || d.tokLower(k) == "who")
}

// docNouns are documents and filings that speak for whoever made them:
// "Norvia's lawsuit accuses the ministry…".
var docNouns = setOf("lawsuit", "suit", "complaint", "petition", "motion", "appeal", "claim", "order", "resolution",
	"bill", "letter", "memo", "editorial", "audit", "inquiry", "investigation", "indictment")

func (d *doc) nounDispute(t, lo, hi int, w string, weight float64) docDispute {
	x := docDispute{cue: w, score: weight}
	if d.expectedAct(t, lo) {
		return x // "predicted a police crackdown on…" (disputeexpected.go)
	}
	if u := d.underAdjunct(t, lo); u >= 0 {
		return d.adjunctPressure(x, t, u, lo, hi)
	}
	// "the union and the operator settled their dispute on Friday": a
	// dispute told ended is no open one ("failed to resolve the row",
	// "hope to settle the dispute" leave it open).
	if v := d.governingVerb(t, lo); v >= 0 && endedForms[d.tokLower(v)] && !d.negatedBefore(v) && !d.inConditional(v) &&
		!(v > lo && (d.tokLower(v-1) == "to" || d.tokLower(v-1) == "be" || d.tokLower(v-1) == "been")) {
		return docDispute{}
	}
	// "the American demand that…", "Britain's objections", "his
	// criticism": the party named just before the noun.
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if c := d.cover[k]; c != 0 {
			if m := d.ments[c-1]; m.ent >= 0 && (m.flags&(mAdj|mPoss) != 0 || m.form == formDemonym || m.form == formPronoun && possPronouns[d.tokLower(k)]) && m.form != formPlace {
				x.add(actorRef{ent: int(m.ent)})
			}
			break
		}
		if d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 || d.lex[k]&lexFunction != 0 && !d.tokIn(k, inDeterminers) {
			break
		}
	}
	owned := len(x.parties) > 0 // "Uganda's objections", "their criticism"
	// "Much of the criticism was aimed at the utility", "the complaints
	// centred on the insurer": the one the frame points the noun at.
	if r := d.aimedAt(t, hi); r.ok() {
		x.add(r)
	}
	// Its arguments after it: "criticism from shareholders",
	// "differences between the US and the UK", "a row with Kenya".
	for _, r := range d.nounArgs(t, hi) {
		x.add(r)
	}
	// The subject of the verb that governs it: "Kenya filed a lawsuit…",
	// "the pact drew a sharp rebuke from Beijing" (a thing's owner, or
	// the subject of the clause a relative clause hangs on), "Mr Whitcombe
	// played down the differences", "the ministry came under fire".
	if v := d.governingVerb(t, lo); v >= 0 {
		if frameVerbs[d.tokLower(v)] && !concernNouns[w] {
			x.score += 0.5 // "faced a renewed threat", "drew the ire of"
		}
		s := d.subjectArg(v)
		switch {
		case owned && d.endorsingVerb(v):
			// "Kenya supported Uganda's objections", "Germany backed
			// France's criticism of Russia": who takes up another's
			// criticism is on its side, no party against it.
		case s.ref.ok():
			x.add(s.ref)
			// "India and Pakistan traded accusations": a charge two sides
			// exchange has both conjoined subjects for parties.
			if exchangeVerbs[lemmaName(d.lemmaAt(v))] {
				for _, r := range d.conjoinedSubjects(v) {
					x.add(r)
				}
			}
			// "Dimon warned that “banks are under assault”": the named
			// reporter speaks for the unnamed side.
			if s.ref.ent < 0 {
				if r := d.reportingSpeaker(t); r.ent >= 0 {
					x.add(r)
				}
			}
		case s.thing && s.owner.ok():
			x.add(s.owner)
		case d.relativeSubject(v):
			// "…, a deal … but one that drew a sharp rebuke": the makers
			// of what the relative clause hangs on.
			for _, r := range d.mainSubjects(lo, v) {
				x.add(r)
			}
		case s.thing:
			// "the storm could pose a threat": a thing is no party.
		case !s.found() && !(v > lo && d.tokLower(v-1) == "to"):
			if r := d.subjectOf(v); r.ok() {
				x.add(r)
			}
		}
	}
	// "accusations that the company enjoyed windfall profits", "Congo's
	// accusation that neighbouring Rwanda arms the rebels": the accused is
	// the subject of the clause that tells the charge.
	if r := d.thatClauseSubject(t, hi); r.ok() {
		x.add(r) // "the demand that Mr Holloway resign"
	}
	// "told reporters there was still bad blood": one who tells of a
	// grievance that just exists speaks for a side of it.
	if len(x.parties) == 0 && d.existentialBefore(t, lo) {
		if r := d.reporterOf(t); r.ok() {
			x.add(r)
		}
	}
	// "Differences over whether EU companies would get the same access as
	// British ones": the sides named in what the disagreement is over.
	if len(x.parties) < 2 && reciprocalNouns[w] {
		for _, r := range d.actorsOver(t, hi) {
			x.add(r)
		}
	}
	if accusationNouns[w] && len(x.parties) < 2 {
		// "Mr Reeves said the government continued to commit grave
		// abuses": the one who reports them accuses.
		x.add(d.reportingSpeaker(t))
	}
	// "minor differences between QGIS 2.8 and the version in the book": a
	// disagreement between a side and a thing is none.
	if reciprocalNouns[w] && len(x.parties) < 2 && t+1 < hi && d.tokLower(t+1) == "between" {
		return docDispute{}
	}
	x.topic = d.disputeTopic(t, hi)
	if len(x.parties) >= 2 {
		x.score += 1
	}
	return x
}

// underAdjunct returns the "under" of a frame such as "under pressure
// from…" that stands apart from the clause, opening the sentence or set
// off by a comma ("Under pressure from Washington, Kenya withdrew…", "The
// governor, under pressure from her party, vetoed…"), or -1. Such a
// phrase is no clause: the one under pressure is the main clause's
// subject.
func (d *doc) underAdjunct(t, lo int) int {
	u := t - 1
	if u < lo || d.toks[u].kind != tWord || d.tokLower(u) != "under" {
		return -1
	}
	if u == lo || d.toks[u-1].kind == tPunct && d.text[d.toks[u-1].s] == ',' {
		return u
	}
	return -1
}

// constituents are those a representative or a body answers to: pressure
// from them, answered by action, sets no one against them ("Under
// pressure from residents, the councillor closed the park").
var constituents = setOf("residents", "voters", "constituents", "members", "supporters", "backers",
	"backbenchers", "base", "donors", "grassroots", "followers", "membership", "electorate", "rank-and-file",
	"locals", "citizens", "parents", "taxpayers", "shareholders", "colleagues")

// adjunctPressure builds the dispute of a dispute noun in an "under…
// from" phrase set apart from the clause (underAdjunct at u): the one who
// presses against the main clause's subject. Pressure from the subject's
// own constituents, members or party, or from the public, is none; nor is
// pressure on no one named.
func (d *doc) adjunctPressure(x docDispute, t, u, lo, hi int) docDispute {
	if t+2 >= hi || d.tokLower(t+1) != "from" {
		return docDispute{}
	}
	end := d.npEnd(t+2, hi)
	if end <= t+2 {
		return docDispute{}
	}
	for k := t + 2; k < end; k++ {
		if w := d.tokLower(k); k == t+2 && possPronouns[w] || w == "own" {
			return docDispute{} // "from its members", "from her own party"
		}
	}
	// (A group told by its common noun is the group however often it is
	// named: "residents" made an actor by its mentions are still the
	// councillor's residents.)
	if a := d.npEndingAt(t+2, end-1, npNoClimb); a.head >= 0 && d.toks[a.head].flags&fCap == 0 &&
		(constituents[d.tokLower(a.head)] || publicNouns[d.tokLower(a.head)]) {
		return docDispute{}
	}
	for _, r := range d.nounArgs(t, hi) {
		x.add(r)
	}
	if len(x.parties) == 0 {
		return docDispute{}
	}
	var pressed []actorRef
	if u > lo {
		// "Governor Ruth Kell, under pressure from…, withdrew…"
		pressed = d.mainSubjects(lo, u)
	} else {
		// "Under pressure from Washington, Kenya withdrew…": the first
		// subject after the phrase.
		for mi := d.mentionsBefore(end); mi < len(d.ments) && int(d.ments[mi].t0) < hi; mi++ {
			m := d.ments[mi]
			if int(m.t0) < end || m.flags&mSubject == 0 {
				continue
			}
			if m.ent >= 0 && m.flags&(mAdj|mPoss|mInQuote) == 0 && m.form != formPlace && d.ents[m.ent].kind != KindOther {
				pressed = append(pressed, actorRef{ent: int(m.ent)})
			}
			break
		}
	}
	n := len(x.parties)
	for _, r := range pressed {
		x.add(r)
	}
	if len(x.parties) == n {
		return docDispute{}
	}
	x.topic = d.disputeTopic(t, hi)
	x.score++
	return x
}

// endorsingVerb reports a verb at v that takes up what it governs as its
// subject's own (CAMEO 05 diplomatic cooperation: "supported", "backed",
// "welcomed", "praised"; and endorseVerbs: "echoed", "joined", "shared").
func (d *doc) endorsingVerb(v int) bool {
	ln := lemmaName(d.lemmaAt(v))
	if endorseVerbs[ln] || endorseVerbs[d.tokLower(v)] {
		return true
	}
	c, ok := cueOf(d.lemmaAt(v), 0)
	return ok && c.family == famCooperate && strings.HasPrefix(c.cameo, "05")
}

// endorseVerbs take up another's stance as the subject's own; the CAMEO
// tables file them under statements or consultation ("echo", "join").
var endorseVerbs = setOf("echo", "join", "share", "second", "repeat", "reiterate", "amplify", "embrace", "adopt",
	"endorse", "support", "back", "defend", "champion")

// concernNouns tell a worry, which a frame ("expressed concern") does
// not make a dispute without the side it is about.
var concernNouns = setOf("concern", "concerns", "frustration", "dismay", "anger", "tension", "tensions")

// existentialBefore reports "there is/are/was/were (still/some)" before
// the noun at t.
func (d *doc) existentialBefore(t, lo int) bool {
	for k := t - 1; k > lo && k >= t-5; k-- {
		w := d.tokLower(k)
		if isBe(w) {
			return d.tokLower(k-1) == "there"
		}
		if d.toks[k].kind != tWord || !(isAdverb(w) || determiners[w] || groupAdverbs[w] || d.plainLower(k) || w == "hard" || w == "bad") {
			return false
		}
	}
	return false
}

// possPronouns are the possessive pronouns that make a person the party
// of a noun: "his criticism", "her main frustration".
var possPronouns = setOf("his", "her", "their", "its")

// refusalNouns refuse what the verb after their "to" tells: "Serbia's
// refusal to recognise Kosovo's passports".
var refusalNouns = setOf("refusal", "opposition")

// endedForms tell a dispute noun they govern settled: "settled their
// dispute", "resolved the row", "ended the feud".
var endedForms = setOf("settled", "resolved", "ended", "settles", "resolves", "ends")

// exchangeVerbs govern a dispute noun that two sides level at each
// other: "traded accusations", "exchanged insults", "swapped threats".
var exchangeVerbs = setOf("trade", "exchange", "swap")

// reciprocalNouns name a disagreement between sides.
var reciprocalNouns = setOf("differences", "disagreement", "disagreements", "dispute", "row", "rift", "tensions",
	"tension", "standoff", "impasse", "deadlock", "feud", "spat", "clash", "clashes")

// thatClauseSubject returns the actor that is the subject of the
// that-clause right after the noun at t ("accusations (…) that the
// company enjoyed…"), or noActor.
func (d *doc) thatClauseSubject(t, hi int) actorRef {
	k := t + 1
	if k < hi && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == '(' {
		for k < hi && k < t+10 && !(d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ')') {
			k++
		}
		k++
	}
	if k >= hi || d.tokLower(k) != "that" {
		return noActor
	}
	end := d.npEnd(k+1, hi)
	if end <= k+1 || end >= hi {
		return noActor
	}
	switch a := d.npEndingAt(k+1, end-1, npNoClimb); {
	case a.ref.ok() && a.ref.ent >= 0:
		return a.ref
	case a.thing && a.owner.ok():
		return a.owner // "that neighbouring Rwanda arms the rebels" (read as one phrase)
	}
	return noActor
}

// actorsOver returns the actors named in the "over" phrase after the
// noun at t (up to the clause's end, at most ten words): "differences
// over whether EU companies would get the same access as British ones".
func (d *doc) actorsOver(t, hi int) []actorRef {
	if t+1 >= hi || d.tokLower(t+1) != "over" {
		return nil
	}
	var out []actorRef
	for k := t + 2; k < hi && k < t+14; k++ {
		if d.toks[k].kind == tPunct && d.text[d.toks[k].s] != '-' {
			break
		}
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			if m.ent >= 0 && m.form != formPlace && m.form != formPronoun && d.ents[m.ent].kind != KindOther {
				out = append(out, actorRef{ent: int(m.ent)})
			}
			k = int(m.t1) - 1
		}
	}
	return out
}

// nounPreps introduce the parties of a dispute noun: "criticism from
// shareholders", "a dispute with Kenya", "differences between…", "a
// lawsuit against the ministry", "the ire of the union".
var nounPreps = setOf("from", "by", "of", "against", "with", "between", "toward", "towards", "at", "on", "among", "to")

// dealingNouns name what one side does with a partner ("its dealings
// with the junta", "ties to the cartel"): the partner is no side of a
// dispute over them.
var dealingNouns = setOf("dealings", "dealing", "ties", "links", "relations", "contacts", "trade", "trading",
	"business", "partnership", "partnerships", "cooperation", "deal", "deals", "contract", "contracts",
	"connections", "association", "involvement", "collusion", "alliance", "friendship")

// nounArgs returns the actors in the prepositional phrases after the
// dispute noun at t, conjoined names included; a place, a thing without
// an owner and the public are none.
func (d *doc) nounArgs(t, hi int) []actorRef {
	var out []actorRef
	k := t + 1
	for n := 0; n < 4 && k < hi; n++ {
		// "under assault, from government regulators", "“…under
		// assault,” from government regulators"
		for j := k; j < hi && j <= k+2 && (d.toks[j].kind == tQuote || d.toks[j].kind == tPunct && d.text[d.toks[j].s] == ','); j++ {
			if j+1 < hi && (d.tokLower(j+1) == "from" || d.tokLower(j+1) == "by") {
				k = j + 1
				break
			}
		}
		if d.toks[k].kind != tWord || d.cover[k] != 0 {
			break
		}
		w := d.tokLower(k)
		if !nounPreps[w] && w != "over" && w != "in" {
			break
		}
		// "sanctions over its dealings with the junta": the partner of
		// the dealings the dispute is over is no side of it.
		if (w == "with" || w == "to") && n > 0 && dealingNouns[d.tokLower(k-1)] {
			break
		}
		// "Serbia's refusal to recognise Kosovo's claim": the owner of
		// what the verb after "to" refuses.
		if w == "to" && refusalNouns[d.tokLower(t)] && k+2 < hi && d.toks[k+1].kind == tWord && d.cover[k+1] == 0 &&
			d.toks[k+1].flags&fCap == 0 && d.lex[k+1]&lexFunction == 0 && !d.tokIn(k+1, inDeterminers) {
			if r := d.ownedAt(k+2, hi); r.ok() {
				out = append(out, r)
			}
			break
		}
		end := d.npEnd(k+1, hi)
		if end <= k+1 {
			break
		}
		if w == "over" || w == "in" {
			// "over the US leader's approach": the owner of what it is
			// over; "criticism in Congress": a body, not a place.
			a := d.npEndingAt(k+1, end-1, npNoClimb)
			switch {
			case w == "over" && a.thing && a.owner.ok():
				out = append(out, a.owner)
			case w == "in" && a.ref.ent >= 0 && d.ents[a.ref.ent].kind != KindCountry && d.ents[a.ref.ent].kind != KindOther:
				out = append(out, a.ref)
			}
		} else {
			// "objections to Tanzania's plan", "criticism of the
			// council's offer": the owner of what is put forward.
			if r := d.ownedAt(k+1, hi); r.ok() && w != "on" && w != "at" && w != "with" && w != "among" {
				out = append(out, r)
				k = end
				continue
			}
			for j := k + 1; j < hi; {
				a := d.npEndingAt(j, end-1, npNoClimb)
				switch {
				case a.ref.ok() && !(a.ref.ent < 0 && publicNouns[d.tokLower(a.head)]):
					out = append(out, a.ref)
				case a.thing && a.owner.ok() && w != "on" && w != "at" && w != "with" && w != "among":
					// ("played down that threat on the Senate floor": a place)
					out = append(out, a.owner)
				}
				// "between Britain and India"
				if end+1 < hi && d.tokLower(end) == "and" && (d.cover[end+1] != 0 || d.tokIn(end+1, inDeterminers) && end+2 < hi && d.cover[end+2] != 0) {
					j = end + 1
					end = d.npEnd(j, hi)
					if end <= j {
						break
					}
					continue
				}
				break
			}
		}
		k = end
	}
	return out
}

// governingVerb returns the verb whose object is the noun phrase of the
// dispute noun at t ("filed a lawsuit", "drew the ire", "played down the
// differences"), across one preposition ("came under fire", "is locked in
// a row"); -1 when the noun has no such verb (it is a subject, or stands
// after a noun).
func (d *doc) governingVerb(t, lo int) int {
	k := t - 1
	for k >= lo && d.toks[k].kind == tWord && d.cover[k] == 0 {
		w := d.tokLower(k)
		if determiners[w] {
			k--
			break // the phrase starts here
		}
		if frameVerbs[w] || formTags(w)&(formPast|formPresent|formIng) != 0 || !(d.plainLower(k) && !isVerbLike(w) || isAdverb(w)) ||
			k > lo && d.tokLower(k-1) == "to" {
			break // "to commit abuses": the verb after "to"
		}
		k--
	}
	if k >= lo && d.cover[k] != 0 { // "Beijing's rebuke", "the union's complaint"
		m := d.ments[d.cover[k]-1]
		if m.flags&mPoss == 0 {
			return -1
		}
		k = int(m.r0) - 1
	}
	if k >= lo && d.toks[k].kind == tWord && (d.tokLower(k) == "under" || d.tokLower(k) == "in" || d.tokLower(k) == "into") {
		k--
		for k >= lo && d.toks[k].kind == tWord && (isAdverb(d.tokLower(k)) || d.tokLower(k) == "locked" || d.tokLower(k) == "embroiled") && d.cover[k] == 0 {
			if d.tokLower(k) == "locked" || d.tokLower(k) == "embroiled" {
				return k
			}
			k--
		}
	}
	if k < lo || d.toks[k].kind != tWord || d.cover[k] != 0 {
		return -1
	}
	w := d.tokLower(k)
	if isPreposition(w) || d.lex[k]&lexFunction != 0 && !isBe(w) && w != "has" && w != "have" && w != "had" || clauseLinks[w] {
		return -1
	}
	if isBe(w) || w == "has" || w == "have" || w == "had" {
		// "the ministry is under fire", "Kenya has a dispute with…"
		return k
	}
	if d.lex[k]&(lexSpeech|lexThink) != 0 && !d.lemmaIs(k, "voice") && !d.lemmaIs(k, "express") && !d.lemmaIs(k, "raise") {
		return -1
	}
	if isVerbLike(w) || formTags(w)&(formPast|formPresent|formIng|formLemma) != 0 || frameVerbs[w] {
		return k
	}
	return -1
}

// frameVerbs take a dispute noun as object in frames whose forms the
// lexicon may not know: "drew the ire", "sparked a row", "faces charges".
var frameVerbs = setOf("drew", "draw", "draws", "drawn", "drawing", "sparked", "spark", "sparks", "faced", "face",
	"faces", "facing", "came", "come", "comes", "coming", "pose", "poses", "posed", "posing", "filed", "file", "files",
	"lodged", "lodge", "brought", "bring", "brings", "voiced", "raised", "expressed", "levelled", "leveled",
	"made", "makes", "issued", "issues", "hurled", "attracted", "provoked", "triggered", "prompted", "earned",
	"incurred", "received", "won", "dropped", "settled", "rejected", "denied", "dismissed", "played", "escalated",
	"deepened", "remain", "remains")

// mainSubjects returns the conjoined actors that are the subject of the
// sentence's main clause before token v: "Britain and Nigeria agreed…, a
// deal … that drew a sharp rebuke from Beijing" → Britain, Nigeria.
func (d *doc) mainSubjects(lo, v int) []actorRef {
	var out []actorRef
	for k := lo; k < v && k < lo+12; k++ {
		c := d.cover[k]
		if c == 0 {
			if d.toks[k].kind == tWord && (d.lex[k]&lexFunction == 0 || d.tokLower(k) == "the") || d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' && len(out) > 0 {
				if len(out) > 0 && d.tokLower(k) != "and" && d.toks[k].kind == tWord {
					break
				}
				continue
			}
			if d.tokLower(k) == "and" && len(out) > 0 {
				continue
			}
			if len(out) > 0 {
				break
			}
			continue
		}
		m := d.ments[c-1]
		k = int(m.t1) - 1
		if m.ent < 0 || m.flags&(mAdj|mPoss|mInQuote) != 0 || m.form == formPlace || m.form == formPronoun ||
			d.ents[m.ent].kind == KindOther {
			if len(out) > 0 {
				break
			}
			continue
		}
		if m.flags&mSubject == 0 && len(out) == 0 {
			return nil
		}
		out = append(out, actorRef{ent: int(m.ent)})
	}
	return out
}

// add adds a party once; people who act for a side they do not name
// (unnamedAgents) are none.
func (x *docDispute) add(r actorRef) {
	if !r.ok() || r.ent < 0 && unnamedAgents(r.name) {
		return // "Negotiators", "several diplomats": no one the reader can place
	}
	for i, p := range x.parties {
		if r.ent >= 0 && p == r.ent || r.ent < 0 && x.names[i] == r.name {
			return
		}
	}
	x.parties = append(x.parties, r.ent)
	x.names = append(x.names, r.name)
}

// disputeText returns the sentence of a dispute up to the end of the cue's
// clause: a relative or contrasting clause that follows ("…, which…",
// "…, while…") is another matter.
func (d *doc) disputeText(si, cue int) string {
	lo, hi := d.sentRange(si)
	slo := lo
	// A cue in a relative clause late in a long sentence: the text starts
	// at the name the clause is about ("…in a lawsuit with ZeniMax Media,
	// which accuses Oculus and Facebook of…"); with no name, the whole
	// sentence.
	if cue-lo > 15 {
		for k := cue - 1; k > lo+6 && k >= cue-4; k-- {
			if d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',' || d.toks[k+1].kind != tWord {
				continue
			}
			if w := d.tokLower(k + 1); w != "which" && w != "who" {
				break
			}
			if c := d.cover[k-1]; c != 0 {
				// The whole name: "Snapchat CEO Evan Spiegel, who…".
				j := int(d.ments[c-1].r0)
				for n := 0; j-1 > slo && n < 6 && d.toks[j-1].kind == tWord && d.lex[j-1]&lexFunction == 0 &&
					!isVerbLike(d.tokLower(j-1)) && !isPreposition(d.tokLower(j-1)) && !d.tokIn(j-1, inDeterminers); n++ {
					j-- // "former security chief Emmerson Mnangagwa, who…"
				}
				lo = j
			}
			break
		}
	}
	for k := cue + 1; k+1 < hi; k++ {
		t := d.toks[k]
		if t.kind != tPunct || d.text[t.s] != ',' && d.text[t.s] != ';' {
			continue
		}
		if d.text[t.s] == ';' {
			return strings.TrimRight(d.spanText(lo, k), " ,;")
		}
		switch d.tokLower(k + 1) {
		case "which", "while", "whereas", "although", "but":
			if k-lo >= 6 {
				return strings.TrimRight(d.spanText(lo, k), " ,;")
			}
		}
	}
	if lo == slo {
		return d.a.SentenceText(si)
	}
	return d.spanText(lo, hi)
}

// scornNamed reports a scornful name put on the object of the naming
// verb at t without quotation marks: "branded the plan a disgrace",
// "labelled the minister incompetent".
func (d *doc) scornNamed(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+8; k++ {
		if d.toks[k].kind != tWord {
			return false
		}
		if scornWords[d.tokLower(k)] {
			return k > t+1
		}
	}
	return false
}

// chargedWith reports "charged X with…" at t: "with" after the object,
// across an apposition ("charged Daniel Morrow, the former harbour chief,
// with fraud").
func (d *doc) chargedWith(t, hi int) bool {
	for j := t + 1; j < hi && j <= t+14; j++ {
		if d.toks[j].kind == tPunct && d.text[d.toks[j].s] != ',' && d.text[d.toks[j].s] != '-' {
			return false
		}
		if w := d.tokLower(j); w == "with" {
			return true
		} else if d.lex[j]&lexSpeech != 0 || clauseLinks[w] && w != "and" {
			return false
		}
	}
	return false
}

// blameNouns are the harms one is held responsible for: "responsible for
// the deterioration", not "responsible for 60% of the changes".
var blameNouns = setOf("attack", "attacks", "deterioration", "crisis", "failure", "failures", "collapse", "death",
	"deaths", "killing", "killings", "bombing", "bombings", "violence", "chaos", "mess", "delay", "delays", "losses",
	"damage", "fire", "crash", "outage", "leak", "breach", "abuse", "abuses", "fraud", "scandal", "disaster",
	"problems", "shortage", "shortages", "massacre", "unrest")

// blameObject reports a harm within the noun phrase at k.
func (d *doc) blameObject(k, hi int) bool {
	for j := k; j < hi && j < k+6 && d.toks[j].kind == tWord; j++ {
		if blameNouns[d.tokLower(j)] {
			return true
		}
		if isPreposition(d.tokLower(j)) {
			return false
		}
	}
	return false
}

// legalNouns are the objects of a legal step: "appealing the ruling",
// "seeking a ten-year sentence", "denied the charges".
var legalNouns = setOf("ruling", "verdict", "conviction", "decision", "sentence", "judgment", "judgement", "order",
	"fine", "ban", "sentences", "damages", "extradition", "injunction", "compensation", "jail", "prison", "charges",
	"allegations", "accusations", "claims", "wrongdoing", "penalty", "acquittal", "dismissal")

// legalObject reports a legal noun as the head of the object of the verb
// at t, within a few words.
func (d *doc) legalObject(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+5; k++ {
		if d.toks[k].kind != tWord && d.toks[k].kind != tNum && !(d.toks[k].kind == tPunct && d.text[d.toks[k].s] == '-') {
			return false
		}
		if legalNouns[d.tokLower(k)] {
			return true
		}
		if isPreposition(d.tokLower(k)) || d.cover[k] != 0 {
			return false
		}
	}
	return false
}

// claimFollows reports a claim after "insists", "maintains": a
// that-clause ("insists that…", "insists the islands are…") or a demand
// ("insisted on a fixed quota").
func (d *doc) claimFollows(t, hi int) bool {
	if t+1 >= hi {
		return false
	}
	n := d.tokLower(t + 1)
	if n == "that" || n == "on" {
		return true
	}
	if d.lemmaIs(t, "maintain") {
		return false // "maintained its lead": only "maintains that" claims
	}
	return determiners[n] || d.cover[t+1] != 0 || n == "it" || n == "they" || n == "he" || n == "she"
}

// scornQuoted reports quotation marks soon after the naming verb at t
// whose words scorn what is named: "called last year's tax bill “the worst
// piece of legislation”" (not "called the show “the news show of record”").
func (d *doc) scornQuoted(t, hi int) bool {
	for k := t + 1; k < hi && k <= t+10; k++ {
		if d.toks[k].flags&fInQuote == 0 {
			continue
		}
		for j := k; j < hi && j < k+12 && d.toks[j].flags&fInQuote != 0; j++ {
			if d.toks[j].kind == tWord && scornWords[d.tokLower(j)] {
				return true
			}
		}
		return false
	}
	return false
}

// skipAux returns the first token at or before k that is not an
// auxiliary, a form of "be" or an adverb.
func (d *doc) skipAux(k int) int {
	for k >= 0 && d.toks[k].kind == tWord {
		w := d.tokLower(k)
		switch {
		case isAuxiliary(w) || isBe(w) || isAdverb(w):
			k--
		case k > 0 && auxPhraseTails[w] && auxPhraseHeads[d.tokLower(k-1)]:
			k -= 2 // "has so far been", "had as yet failed"
		default:
			return k
		}
	}
	return k
}

// Two-word adverbials that stand between auxiliaries ("has so far been
// unable", "have thus far refused", "had as yet failed"): head, then tail.
var (
	auxPhraseHeads = setOf("so", "thus", "as")
	auxPhraseTails = setOf("far", "yet")
)

// scornPredicates, after "is" in a quote, scorn what the speaker speaks
// of: "This is a disgrace", "The ban is unacceptable".
var scornPredicates = setOf("disgrace", "disgraceful", "scandal", "scandalous", "betrayal", "travesty", "sham",
	"farce", "hoax", "lie", "lies", "cover-up", "outrageous", "shameful", "unacceptable", "appalling", "absurd",
	"ridiculous", "irresponsible", "reckless", "insult", "outrage", "disaster", "illegal", "unconstitutional",
	"unlawful", "unjust", "unfair", "dishonest", "cynical", "hypocritical", "hypocrisy", "nonsense")

// silencingVerbs tell what an attempt is meant to do to someone: "an
// attempt to silence the inspectors".
var silencingVerbs = setOf("silence", "intimidate", "muzzle", "gag", "punish", "bully", "smear", "discredit",
	"undermine", "cover", "hide", "deceive", "blackmail", "destroy", "divide", "mislead", "sabotage", "censor",
	"suppress", "scapegoat", "humiliate", "threaten", "sideline", "weaken")

// attemptNouns are the nouns of an attempt that quoteDispute reads before
// "to" and a verb of silencing ("a bid to gag the press").
var attemptNouns = setOf("attempt", "bid", "effort", "ploy", "plot")

// quoteCueWords are the words quoteDispute reads a quote's cue from: the
// scorn predicates and the nouns of an attempt. A sentence without one
// has no such dispute.
var quoteCueWords = func() map[string]bool {
	m := setOf()
	for w := range attemptNouns {
		m[w] = true
	}
	for w := range scornPredicates {
		m[w] = true
	}
	return m
}()

// quoteDispute finds a dispute told in a quote of the sentence [lo, hi):
// the speaker scorns something ("This is a disgrace", "the ban is
// unacceptable") or calls it an attempt to silence, smear or punish
// someone. The parties are the speaker and the one spoken of: the actor
// after "said of"/"said about" in the frame, else an actor named in the
// quote. An if-clause or a negation ("is not a disgrace") is none.
func (d *doc) quoteDispute(lo, hi int) docDispute {
	if len(d.quoteItems) == 0 {
		return docDispute{}
	}
	for t := lo; t < hi; t++ {
		if d.toks[t].flags&fInQuote == 0 || d.toks[t].kind != tWord {
			continue
		}
		w := d.tokLower(t)
		cue := -1
		switch {
		case d.tokIn(t, inScornPredicates) && d.copulaBefore(t):
			cue = t
		case attemptNouns[w] && t+2 < hi &&
			d.tokLower(t+1) == "to" && silencingVerbs[d.tokLower(t+2)]:
			cue = t
		}
		if cue < 0 || d.negatedBefore(t) || d.inConditional(t) {
			continue
		}
		qi := d.quoteItemAt(t)
		if qi < 0 {
			return docDispute{}
		}
		q := d.quoteItems[qi]
		if q.partial || q.ent < 0 && q.speaker == "" {
			return docDispute{}
		}
		x := docDispute{cue: w, cameo: "111", score: 2.5, cueTok: cue}
		x.add(actorRef{ent: q.ent, name: q.speaker})
		if r := d.spokenOf(lo, hi); r.ok() {
			x.add(r)
		} else {
			for k := lo; k < hi; k++ {
				if d.toks[k].flags&fInQuote == 0 || d.cover[k] == 0 {
					continue
				}
				m := d.ments[d.cover[k]-1]
				if m.ent >= 0 && m.form != formPlace && m.form != formPronoun && int(m.ent) != q.ent && d.ents[m.ent].kind != KindOther {
					x.add(actorRef{ent: int(m.ent)})
					break
				}
				k = int(m.t1) - 1
			}
		}
		x.topic = d.disputeTopic(cue, hi)
		if len(x.parties) > 1 {
			x.score++
		}
		return x
	}
	return docDispute{}
}

// copulaBefore reports "is", "was" (across "a", "an", "the", "an utter",
// "simply") right before the word at t.
func (d *doc) copulaBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		w := d.tokLower(k)
		if isBe(w) || strings.HasSuffix(w, "'s") && (w == "it's" || w == "that's" || w == "this's") || w == "it\u2019s" || w == "that\u2019s" {
			return true
		}
		if w != "a" && w != "an" && w != "the" && w != "utter" && w != "total" && w != "complete" && w != "simply" &&
			w != "absolutely" && w != "totally" && w != "just" && w != "frankly" && w != "deeply" {
			return false
		}
	}
	return false
}

// spokenOf returns the actor a quote's frame says it is about: `…,"
// the union leader said of the ministry's ban` → the ministry.
func (d *doc) spokenOf(lo, hi int) actorRef {
	for k := lo; k+1 < hi; k++ {
		if d.toks[k].flags&fInQuote != 0 || d.lex[k]&lexSpeech == 0 {
			continue
		}
		// "said of…", "said Senator Paul Hadley of…": past the speaker.
		j := k + 1
		if j < hi && d.tokLower(j) != "of" && d.tokLower(j) != "about" {
			j = d.npEnd(j, hi)
		}
		if j+1 >= hi || d.tokLower(j) != "of" && d.tokLower(j) != "about" {
			continue
		}
		end := d.npEnd(j+1, hi)
		if end <= j+1 {
			return noActor
		}
		switch a := d.npEndingAt(j+1, end-1, npNoClimb); {
		case a.ref.ok() && a.ref.ent >= 0:
			return a.ref
		case a.thing && a.owner.ok():
			return a.owner
		}
		return noActor
	}
	return noActor
}

// numberWordIn reports a figure written as a word in tokens [lo, hi).
func (d *doc) numberWordIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tWord && numberWords[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// numberWords are figures written as words.
var numberWords = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozen", "dozens", "thousand", "thousands")

// conflictingFigures finds two sources giving different figures in one
// sentence, set against each other: "The navy said 40 bodies had been
// recovered, but the rescue agency said only three had been found". The
// parties are the two sources.
//
// speechToks are the sentence's tokens with the speech class (tokensWith).
func (d *doc) conflictingFigures(lo, hi int, speechToks []int32) docDispute {
	// A cheap first look: two speech verbs, a contrast and a figure. The
	// speech verbs alone first: most sentences have fewer than two.
	speech := 0
	for _, k := range speechToks {
		if d.toks[k].kind != tNum && d.toks[k].flags&fInQuote == 0 {
			if speech++; speech == 2 {
				break
			}
		}
	}
	if speech < 2 {
		return docDispute{}
	}
	speech = 0
	nums, contrasts := 0, 0
	for k := lo; k < hi; k++ {
		switch {
		case d.toks[k].kind == tNum:
			nums++
		case d.lex[k]&lexSpeech != 0 && d.toks[k].flags&fInQuote == 0:
			speech++
		case d.lex[k]&lexFunction != 0 || d.toks[k].kind != tWord:
		default:
			switch d.tokLower(k) {
			case "but", "while", "although", "though", "whereas", "yet", "however":
				contrasts++
			}
		}
	}
	if speech < 2 || contrasts == 0 || nums == 0 && !d.numberWordIn(lo, hi) {
		return docDispute{}
	}
	type claim struct {
		who actorRef
		num string
		v   int
	}
	var claims []claim
	contrast := -1
	for k := lo; k < hi; k++ {
		tk := d.toks[k]
		if tk.flags&fInQuote != 0 || tk.kind != tWord {
			continue
		}
		if w := d.tokLower(k); contrastWords[w] || w == "however" {
			contrast = k
			continue
		}
		if d.lex[k]&lexSpeech == 0 {
			continue
		}
		num := ""
		for j := k + 1; j < hi && j <= k+8; j++ {
			if d.toks[j].kind == tNum || d.toks[j].kind == tWord && numberWords[d.tokLower(j)] {
				num = d.tokLower(j)
				break
			}
			if d.toks[j].kind == tPunct && d.text[d.toks[j].s] != '-' {
				break
			}
		}
		if num == "" {
			continue
		}
		who := d.subjectArg(k).ref
		if d.tokLower(k) == "saying" && k > lo && d.tokLower(k-1) == "as" {
			// "others quoted the agency head as saying only three"
			j := k - 2
			if j > lo && d.toks[j].kind == tPunct && d.text[d.toks[j].s] == ',' {
				// "…quoted the head of the agency, Bambang Soelistyo, as saying"
				if c := d.commaBefore(j-1, lo); c > lo {
					if a := d.npEndingAt(c+1, j-1, npNoClimb); a.ref.ok() {
						who = a.ref
					}
				}
			} else if a := d.npEndingAt(lo, j, npNoClimb); a.ref.ok() {
				who = a.ref
			}
		}
		if !who.ok() {
			continue
		}
		claims = append(claims, claim{who, num, k})
	}
	for i := 0; i+1 < len(claims); i++ {
		a, b := claims[i], claims[i+1]
		if a.num == b.num || a.who == b.who || contrast < a.v || contrast > b.v {
			continue
		}
		x := docDispute{cue: d.tokLower(b.v), cameo: "110", score: 2.5, cueTok: b.v}
		x.add(a.who)
		x.add(b.who)
		if len(x.parties) < 2 {
			continue
		}
		return x
	}
	return docDispute{}
}

// sideNouns name someone on the same side as the person they belong to:
// "his co-defendant", "her ally", "their lawyer".
var sideNouns = setOf("co-defendant", "co-defendants", "codefendant", "codefendants", "co-accused", "ally", "allies",
	"partner", "colleague", "colleagues", "teammate", "teammates", "team-mate", "lawyer", "lawyers", "attorney",
	"attorneys", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisers", "advisor",
	"advisors", "deputy", "associate", "associates", "co-founder", "co-conspirator", "co-conspirators", "mate")

// sameSide reports a dispute whose only other party is on the first one's
// side, named as his or her co-defendant, ally, colleague or lawyer ("Karim
// Belhadj clashed with his co-defendant, Samir Toumi"): whatever they argue
// over, a briefing would print them as adversaries. A former ally ("his
// former ally") may be an adversary now.
func (d *doc) sameSide(x docDispute, lo, hi int) bool {
	if len(x.parties) < 2 {
		return false
	}
	for t := lo; t < hi; t++ {
		if d.toks[t].kind != tWord || !d.tokIn(t, inSideNouns) || d.toks[t].flags&fInQuote != 0 {
			continue
		}
		// "his co-defendant", "Belhadj's lawyer": belonging to a party.
		p := t - 1
		for p >= lo && d.toks[p].kind == tWord && d.cover[p] == 0 && d.plainLower(p) && d.tokLower(p) != "former" {
			p--
		}
		if p < lo || d.toks[p].kind != tWord || d.tokLower(p) == "former" {
			continue
		}
		w := d.tokLower(p)
		owned := w == "his" || w == "her" || w == "their" || w == "fellow"
		if c := d.cover[p]; c != 0 && d.ments[c-1].flags&mPoss != 0 && slices.Contains(x.parties, int(d.ments[c-1].ent)) {
			owned = true
		}
		if !owned {
			continue
		}
		// The one it names: the name after it ("his co-defendant, Samir
		// Toumi") or before it ("Samir Toumi, his co-defendant").
		k := t + 1
		if k < hi && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' {
			k++
		}
		if k < hi {
			if c := d.cover[k]; c != 0 && slices.Contains(x.parties, int(d.ments[c-1].ent)) {
				return true
			}
		}
		q := p - 1
		if q >= lo && d.toks[q].kind == tPunct && d.text[d.toks[q].s] == ',' {
			q--
		}
		if q >= lo {
			if c := d.cover[q]; c != 0 && slices.Contains(x.parties, int(d.ments[c-1].ent)) && int(d.ments[c-1].t1)-1 == q {
				return true
			}
		}
	}
	return false
}

// eventTimeWords may stand between an event and its verb: "This attack
// today is meant to…", "The attack on Tuesday was designed to…".
var eventTimeWords = setOf("today", "yesterday", "tonight", "on", "last", "this", "night", "week")

// incidentNouns name events: what an event does is no one's act, and outrage
// at one names no side.
var incidentNouns = setOf("attack", "attacks", "shooting", "shootings", "bombing", "bombings", "killing", "killings",
	"massacre", "violence", "explosion", "explosions", "blast", "blasts", "assault", "raid", "raids", "murder",
	"murders", "kidnapping", "kidnappings", "crash", "fire", "riot", "riots", "unrest", "bloodshed", "atrocity",
	"incident", "tragedy", "stabbing", "stabbings", "ambush", "siege", "carnage", "deaths", "death", "flood",
	"floods", "flooding", "earthquake", "outbreak", "epidemic", "pandemic")

// eventDispute reports a dispute whose cue has an event for its subject
// ("“The attack is meant to threaten the government,” an analyst said":
// the analyst describes it) or, with a single party, an event for its
// object and no one else in its clause ("expressed outrage at the
// shooting"): an event is no side of an open dispute.
func (d *doc) eventDispute(x docDispute, hi int) bool {
	t := x.cueTok
	if t <= 0 || t >= len(d.toks) {
		return false
	}
	if d.eventSubject(t) {
		return true
	}
	if len(x.parties) != 1 {
		return false
	}
	end := d.clauseEnd(t, hi)
	for k := t + 1; k < end && k <= t+5; k++ {
		if d.toks[k].kind != tWord {
			return false
		}
		if d.cover[k] != 0 {
			return false
		}
		w := d.tokLower(k)
		if incidentNouns[w] {
			// "the killing of protesters by the police": someone named.
			for j := k + 1; j < end; j++ {
				if c := d.cover[j]; c != 0 && d.ments[c-1].form != formPlace {
					return false
				}
			}
			return true
		}
		// "challenged the idea that the explosion…": the object is
		// another thing.
		if relativeWords[w] || w == "and" || w == "or" || !isPreposition(w) && !determiners[w] && !d.plainLower(k) {
			return false
		}
	}
	return false
}

// eventSubject reports an event noun right before the verb group of the
// cue at t: "the attack is meant to threaten", "the bombing will
// undermine".
func (d *doc) eventSubject(t int) bool {
	lo := d.sentTokLo(t)
	k := t - 1
	for k > lo && d.toks[k].kind == tWord {
		w := d.tokLower(k)
		if !(isAuxiliary(w) || isBe(w) || w == "to" || isAdverb(w) || w == "meant" || w == "designed" ||
			w == "intended" || w == "aimed" || w == "likely" || w == "set" || eventTimeWords[w] || isCalendarWord(w)) {
			break
		}
		k--
	}
	return k >= lo && k < t-1 && d.toks[k].kind == tWord && d.cover[k] == 0 && incidentNouns[d.tokLower(k)]
}

// phrasalRejection reports a two-word rejection cue at t whose verb alone
// is no cue: "turned down", "knocked back".
func (d *doc) phrasalRejection(t, hi int) bool {
	c, ok := d.cueAt(t, hi)
	return ok && c.words == 2 && c.family == famDispute && strings.HasPrefix(c.cameo, "12")
}

// proposalNouns are what an actor puts forward that another can turn
// down: "turned down three approaches", "knocked back the bid".
var proposalNouns = setOf("offer", "offers", "bid", "bids", "approach", "approaches", "proposal", "proposals",
	"request", "requests", "plea", "pleas", "demand", "demands", "invitation", "invitations", "application",
	"applications", "appeal", "appeals", "overture", "overtures", "deal", "terms", "plan", "plans", "suggestion",
	"suggestions", "call", "calls", "claim", "claims", "nomination", "candidacy", "settlement", "compromise")

// rejectedProposal reports an object from token k on that names an actor
// or a proposal (proposalNouns) before the noun phrase ends: "Brenmoor",
// "three approaches from…", "the latest bid".
func (d *doc) rejectedProposal(k, hi int) bool {
	for n := 0; k < hi && n < 5 && d.toks[k].kind != tPunct; k, n = k+1, n+1 {
		if d.cover[k] != 0 && d.ments[d.cover[k]-1].form != formPlace {
			return true
		}
		if d.toks[k].kind != tWord {
			continue
		}
		w := d.tokLower(k)
		if proposalNouns[w] {
			return true
		}
		if n > 0 && (isPreposition(w) || w == "and" || w == "to" || w == "after" || w == "before") {
			return false
		}
	}
	return false
}

// aimVerbs point a criticism at its target: "was aimed at", "were directed
// at", "centred on".
var aimVerbs = map[string]string{"aimed": "at", "directed": "at", "targeted": "at", "levelled": "at",
	"leveled": "at", "focused": "on", "focussed": "on", "centred": "on", "centered": "on", "concentrated": "on"}

// aimedAt returns the actor the dispute noun at t is pointed at by the
// verb its clause goes on with: "Much of the criticism was aimed at Marsh
// Water", "their anger has been directed at the council", "the complaints
// centred on the insurer" (an actor named right after the preposition;
// "aimed at first-time buyers" points at no one named).
func (d *doc) aimedAt(t, hi int) actorRef {
	k := t + 1
	for n := 0; k < hi && n < 3 && d.toks[k].kind == tWord && (isAuxiliary(d.tokLower(k)) || isAdverb(d.tokLower(k))); n++ {
		k++
	}
	if k+2 >= hi || d.toks[k].kind != tWord {
		return noActor
	}
	prep, ok := aimVerbs[d.tokLower(k)]
	if !ok || d.tokLower(k+1) != prep && !(prep == "at" && d.tokLower(k+1) == "against") {
		return noActor
	}
	p := k + 2
	if d.tokIn(p, inDeterminers) && p+1 < hi {
		p++
	}
	c := d.cover[p]
	if c == 0 {
		return noActor
	}
	if m := d.ments[c-1]; m.ent >= 0 && m.form != formPlace {
		return actorRef{ent: int(m.ent)}
	}
	return noActor
}

// appeaseVerbs tell winning someone over; "did little to" or "failed to"
// before them tells that the one addressed is not won over: "did little to
// reassure the union", "failed to satisfy the committee".
var appeaseVerbs = setOf("reassure", "satisfy", "calm", "placate", "appease", "mollify", "assuage", "soothe",
	"pacify", "quell")

// unsatisfied finds a party not won over in tokens [lo, hi): "That pledge
// did little to reassure the union", "the minister failed to satisfy the
// committee", "the apology did nothing to calm the traders". The one not
// won over (named right after the verb) is a party, and the subject when
// it is an actor (or a thing's owner); "did little to change the result"
// and "did much to reassure" tell of no one left unsatisfied.
func (d *doc) unsatisfied(lo, hi int) docDispute {
	// The verb of appeasing is rare: only a sentence that has one is read.
	if lo >= hi || !d.sentHasWord(&d.appease, appeaseVerbs, d.sentenceOf(lo)) {
		return docDispute{}
	}
	for t := lo; t+3 < hi; t++ {
		if d.toks[t].kind != tWord {
			continue
		}
		v := t + 2
		switch w := d.tokLower(t); {
		case (w == "did" || w == "does" || w == "do" || w == "done") && (d.tokLower(t+1) == "little" || d.tokLower(t+1) == "nothing"):
			v = t + 3
		case lemmaName(d.lemmaAt(t)) == "fail" && !strings.HasSuffix(w, "ing") && !d.negatedBefore(t):
		default:
			continue
		}
		if v >= hi || d.tokLower(v-1) != "to" || !appeaseVerbs[d.tokLower(v)] || d.inConditional(t) {
			continue
		}
		p := v + 1
		if p < hi && d.tokIn(p, inDeterminers) {
			p++
		}
		if p >= hi || d.cover[p] == 0 {
			continue
		}
		m := d.ments[d.cover[p]-1]
		if m.ent < 0 || m.form == formPlace {
			continue
		}
		x := docDispute{cue: d.tokLower(v), cameo: "111", score: 2.5, cueTok: v}
		switch s := d.subjectArg(t); {
		case s.ref.ok() && !(s.thing):
			x.add(s.ref)
		case s.thing && s.owner.ok():
			x.add(s.owner)
		}
		x.add(actorRef{ent: int(m.ent)})
		x.topic = d.disputeTopic(v, hi)
		if len(x.parties) > 1 {
			x.score++
		}
		return x
	}
	return docDispute{}
}

// stanceVerbs take a side that lasts (oppose, resist, reject): a stance
// that may be over by the time the article tells it (stanceOver).
var stanceVerbs = setOf("oppose", "resist", "reject", "object", "baulk", "balk", "boycott", "block", "dismiss",
	"dispute", "criticize", "challenge", "fight", "contest", "veto")

// stanceOnce are the adverbs that put a stance in a past given up: "who
// once opposed the plan", "had formerly rejected". "Initially" does not:
// "had initially baulked at the deal" is often a stance still told as the
// dispute of the day.
var stanceOnce = setOf("once", "formerly")

// stanceTurns are the gerunds of a change of side after "before": "had
// long opposed it before relenting", "resisted for months before agreeing".
var stanceTurns = setOf("relenting", "agreeing", "accepting", "backing", "reversing", "dropping", "softening",
	"yielding", "conceding", "endorsing", "approving", "signing", "embracing", "changing", "caving", "supporting",
	"abandoning", "giving", "bowing", "switching")

// spanWords count a span of time after "for": "for a decade", "for years",
// "for the past three months".
var spanWords = setOf("decade", "decades", "year", "years", "month", "months", "week", "weeks", "generation",
	"generations", "ages", "long", "centuries", "century")

// stanceOver reports a stance at the cue t that the sentence tells as
// given up (issue: resistance that is over is no open dispute): a stance of
// once ("who once opposed the plan, now backs it", "had formerly
// rejected"), a pluperfect with a span ("a step Paris had resisted for a
// decade", "which the board had long opposed"), or one told with its end
// ("opposed the fund until March", "resisted it before agreeing"). The
// present perfect ("has long opposed") and a pluperfect of one day ("had
// rejected the offer on Friday") stay disputes.
func (d *doc) stanceOver(t, hi int, w string) bool {
	if formTags(w)&formPast == 0 {
		return false // "opposes", "is resisting": the stance holds
	}
	lo := d.clauseStart(t)
	had, long := false, false
	for k := t - 1; k >= lo && k >= t-3 && d.toks[k].kind == tWord; k-- {
		b := d.tokLower(k)
		switch {
		case stanceOnce[b] && k > lo && d.toks[k-1].kind == tWord:
			return true // "who once opposed" ("Once rejected, the plan…" is a clause of time)
		case b == "had" || b == "'d":
			had = true
		case b == "long":
			long = true
		case isAdverb(b):
		default:
			k = lo // no more of the verb group
		}
	}
	if had && long {
		return true // "had long opposed"
	}
	end := min(d.clauseEnd(t, hi), t+12)
	for k := t + 1; k+1 < end; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		switch d.tokLower(k) {
		case "for":
			// "had resisted (the plan) for a decade", "for the past two
			// years", "for so long".
			if !had {
				continue
			}
			for j := k + 1; j < end && j <= k+4; j++ {
				if spanWords[d.tokLower(j)] {
					return true
				}
			}
		case "until", "till":
			// "opposed the fund until March", "until a deal in May", "until
			// recently" — not "until its demands were met" (a condition).
			n := d.tokLower(k + 1)
			if isCalendarWord(n) || n == "recently" || n == "now" || n == "last" || n == "this" || n == "earlier" ||
				d.toks[k+1].kind == tNum || (n == "a" || n == "the") && k+2 < end && (d.tokLower(k+2) == "deal" || isTimeWord(d.tokLower(k+2))) {
				return true
			}
		case "before":
			if stanceTurns[d.tokLower(k+1)] {
				return true // "before relenting in May"
			}
		}
	}
	return false
}

// accusedParticiples are the participles that, followed by "by", tell an
// accusation in a phrase of their own: "Norlake, accused by the union of
// bad faith, said…".
var accusedParticiples = setOf("accused", "blamed", "criticised", "criticized", "condemned", "attacked",
	"denounced", "sued", "challenged", "rebuked", "opposed")

// participlePassive reports a cue participle with its agent in a phrase of
// its own, after a comma or opening the sentence: "Norlake, accused by the
// union of…", "Accused by the union of…, Norlake…".
func (d *doc) participlePassive(t, hi int) bool {
	if !accusedParticiples[d.tokLower(t)] || t+2 >= hi || d.tokLower(t+1) != "by" {
		return false
	}
	return d.participleOpening(t) || t > 0 && d.toks[t-1].kind == tPunct && d.text[d.toks[t-1].s] == ','
}

// participleOpening reports a participle that opens its sentence.
func (d *doc) participleOpening(t int) bool { return t == d.sentTokLo(t) }

// afterParticiple returns the actor named first after the comma that ends
// the participle phrase at t: "Accused by the union of…, Norlake said".
func (d *doc) afterParticiple(t, hi int) actorRef {
	for k := t + 1; k+1 < hi && k <= t+15; k++ {
		if d.toks[k].kind != tPunct {
			continue
		}
		if d.text[d.toks[k].s] != ',' {
			return noActor
		}
		j := k + 1
		if d.cover[j] == 0 && d.toks[j].kind == tWord && (d.tokLower(j) == "the" || d.isTitleWord(j)) {
			j++
		}
		if j < hi && d.cover[j] != 0 {
			if m := d.ments[d.cover[j]-1]; m.flags&mPoss == 0 {
				return d.namedOwner(m)
			}
		}
		return noActor
	}
	return noActor
}

// blamedOn returns the actor blame is put on after the cue at t: "blamed
// the breakdown of the talks on Norlake", "blamed the delays squarely on
// Ms Marsh" (not "on the storms").
func (d *doc) blamedOn(t, hi int) actorRef {
	end := d.clauseEnd(t, hi)
	for k := t + 2; k+1 < end && k <= t+10; k++ {
		if d.toks[k].kind != tWord {
			return noActor
		}
		if d.tokLower(k) == "on" {
			return d.ownerAt(k+1, end)
		}
	}
	return noActor
}

// relativeAntecedent returns the actor a relative pronoun before token k
// stands for: "Norlake, which the union accused…" (k at "the union").
func (d *doc) relativeAntecedent(k int) actorRef {
	if k < 3 || d.toks[k-1].kind != tWord {
		return noActor
	}
	switch d.tokLower(k - 1) {
	case "which", "whom", "who":
	default:
		return noActor
	}
	if d.toks[k-2].kind != tPunct || d.text[d.toks[k-2].s] != ',' || d.cover[k-3] == 0 {
		return noActor
	}
	m := d.ments[d.cover[k-3]-1]
	if int(m.t1) != k-2 || m.flags&mPoss != 0 {
		return noActor
	}
	return d.namedOwner(m)
}
