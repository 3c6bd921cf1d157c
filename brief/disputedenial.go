package brief

// A denial of a claim told in the sentence before (CAMEO 12): "Ann Marsh
// claims the council hid the audit. Kenmore Council denied the claim.",
// "The guild says Dalmore promised… Its chairman denies making any such
// promise." The denial names the claim only as "the claim", "the
// charge", "the accusation" or "any such…"; the one who made it, the
// subject of the only verb of claiming in the sentence before, is the
// other side.

// deniedClaimNouns name a claim a denial answers: "denied the claim".
var deniedClaimNouns = setOf("claim", "claims", "charge", "charges", "accusation", "accusations", "allegation",
	"allegations", "suggestion", "suggestions")

// wrongdoingNouns are what a denial denies of a charge told before:
// "denies any wrongdoing".
var wrongdoingNouns = setOf("wrongdoing", "wrongdoings", "impropriety", "misconduct", "wrong-doing")

// chargedPassive are the past participles of a charge told in the
// passive, whose agent a denial answers: "was accused by", "has been sued
// by", "was criticised by".
var chargedPassive = setOf("accused", "sued", "charged", "criticised", "criticized", "blamed", "condemned")

// claimContent follow a claim noun that tells its content or maker
// itself: "the claim that…", "the charge of…", "allegations by…".
var claimContent = setOf("that", "of", "by", "from", "against")

// claimVerbs make a claim another may deny: "says", "claims", "alleged",
// "accused".
var claimVerbs = setOf("says", "said", "claims", "claimed", "alleges", "alleged", "accuses", "accused", "insists",
	"insisted", "argues", "argued", "maintains", "maintained", "charges", "charged")

// deniedClaimant returns the one whose claim the denial at t (object at
// ot, denier a) denies, or noActor.
func (d *doc) deniedClaimant(t, ot, hi int, a actorRef) actorRef {
	if lemmaName(d.lemmaAt(t)) != "deny" || a.ent < 0 {
		return noActor
	}
	anaphor := false
	k := ot + 1
	if k < hi && d.toks[k].kind == tWord {
		switch d.tokLower(k) {
		case "the", "that", "this", "these", "those":
			anaphor = k+1 < hi && deniedClaimNouns[d.tokLower(k+1)] &&
				(k+2 >= hi || !claimContent[d.tokLower(k+2)])
		}
	}
	// "denies making any such promise"
	for j := ot + 1; !anaphor && j < hi && j <= ot+4 && d.toks[j].kind == tWord; j++ {
		anaphor = d.tokLower(j) == "such"
	}
	// "denies any wrongdoing", "denied wrongdoing": what the accuser
	// charged.
	if k < hi && d.toks[k].kind == tWord && d.tokLower(k) == "any" {
		k++
	}
	if !anaphor && k < hi && d.toks[k].kind == tWord && wrongdoingNouns[d.tokLower(k)] {
		anaphor = true
	}
	if !anaphor {
		return noActor
	}
	si := d.sentenceOf(t)
	if si == 0 {
		return noActor
	}
	plo, phi := d.sentRange(si - 1)
	who := noActor
	for v := plo; v < phi; v++ {
		if !d.narrationWord(v) {
			continue
		}
		if chargedPassive[d.tokLower(v)] && d.passiveAt(v) {
			// "Velta was accused by the Riders Council of…", "has been
			// sued by the Green League": the agent, when the one charged
			// is the denier.
			s, ag := d.subjectArg(v), d.byAgent(v, phi)
			if s.thing || s.ref.ent != a.ent || ag.ent < 0 || ag.ent == a.ent || d.ents[ag.ent].kind == KindOther {
				continue
			}
			if who.ok() && who.ent != ag.ent {
				return noActor
			}
			who = actorRef{ent: ag.ent}
			continue
		}
		if !claimVerbs[d.tokLower(v)] {
			continue
		}
		s := d.subjectArg(v)
		if s.thing || s.ref.ent < 0 || d.ents[s.ref.ent].kind == KindOther {
			continue
		}
		if s.ref.ent == a.ent {
			return noActor // the denier's own words
		}
		if who.ok() && who.ent != s.ref.ent {
			return noActor // two claimants: which one is unknown
		}
		who = actorRef{ent: s.ref.ent}
	}
	return who
}
