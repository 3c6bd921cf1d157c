package brief

// A capital stands for its country's government only when it acts as one:
// "Dublin said it would veto the plan", "Beijing rejected the claim",
// "talks between London and Brussels", "Manila's proposal". A capital
// that only locates ("talks in Dublin", "a hotel in Bangkok", "flights to
// Shannon") is a place, not another name of its country.

// placeCapitals reads each capital the article names (its name or another
// spelling of it, not a seat of government such as "Kremlin") as its
// country only when one of its mentions acts as the government
// (capitalActs); otherwise every mention of it is the city, a place. A
// capital whose name is also a common place elsewhere (sharedCapitals:
// "Victoria", "Kingston", "Wellington") needs, besides, its country named
// in the article by its name or demonym: "hospitals throughout Victoria"
// is the Australian state, not the Seychelles. In an article in another
// language, whose verbs are not read, a capital stays its country.
func (d *doc) placeCapitals() {
	if !d.english {
		return // no verbs to read: the capital stays its country
	}
	var (
		acting map[string]bool // capitals with a mention acting as the government
		named  map[string]bool // countries named by name or demonym
		found  bool
	)
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.kind != KindCountry {
			continue
		}
		switch m.form {
		case formName, formDemonym:
			if named == nil {
				named = map[string]bool{}
			}
			named[m.key] = true
		case formCapital:
			city := d.capitalCity(m)
			if city == "" {
				continue
			}
			found = true
			if !acting[city] && d.capitalActs(mi) {
				if acting == nil {
					acting = map[string]bool{}
				}
				acting[city] = true
			}
		}
	}
	if !found {
		return
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.kind != KindCountry || m.form != formCapital {
			continue
		}
		city := d.capitalCity(m)
		if city == "" || acting[city] && (!sharedCapitals[asciiLower(city)] || named[m.key]) {
			if body := seatBodies[city]; body != "" && named[body] && !named[m.key] {
				m.key = body // "the accusations from Rome" in a story about the Vatican
			}
			continue
		}
		m.form, m.kind, m.key = formPlace, KindOther, city
		m.flags &^= mAdj
	}
}

// seatBodies map a capital to the body seated there that it stands for
// in a story that names the body and not the capital's country: "Rome"
// is the Holy See in a story about the Vatican ("the accusations from
// Rome", "Rome ordered an inquiry"), Italy's government elsewhere.
var seatBodies = map[string]string{"Rome": "Vatican"}

// capitalCity returns the capital a mention names ("Kyiv" for "Kiev"), or
// "" when it names a seat of government or another city.
func (d *doc) capitalCity(m *mention) string {
	low := d.lower[d.toks[m.t0].s:d.toks[m.t1-1].e]
	return d.g.cities[low]
}

// sharedCapitals are capitals whose name is also a common place name
// elsewhere in the English-speaking world (a state, a province, a city or
// a borough) or a surname: "Victoria" (Australia, Canada), "Kingston"
// (Ontario, London, New York), "Georgetown" (Washington, Penang),
// "Wellington" (Somerset; the duke), "Santiago" (de Compostela, de Cuba),
// "San José" (California), "Tripoli" (Lebanon). "Washington" is not one:
// news names the state "Washington state".
var sharedCapitals = setOf("victoria", "kingston", "kingstown", "georgetown", "wellington", "valletta",
	"santiago", "san josé", "st john's", "st george's", "tripoli", "nassau", "stanley", "hamilton")

// capitalActs reports a mention of a capital that acts as its country's
// government: the subject of a verb ("Dublin said", "Beijing rejected"),
// one of two subjects ("London and Brussels agreed"), the object of a
// verb of saying or dispute ("accused Beijing", "urged Manila"), a side
// of talks or relations ("talks between London and Brussels", "ties with
// Beijing"), the owner of a government's stance or people ("Manila's
// proposal", "Jakarta's aviation authorities"), or
// the capital of officials who speak ("Seoul officials said"). A capital
// after a preposition of place does not act; in a quote, only the subject
// of a verb of saying, dispute or promise acts (quotedCapitalActs).
func (d *doc) capitalActs(mi int) bool {
	m := &d.ments[mi]
	if m.flags&mInQuote != 0 {
		return d.quotedCapitalActs(m)
	}
	if m.flags&mAdj != 0 {
		return d.mentionRole(m) != roleNone // "Seoul officials said"
	}
	lo, hi := d.sentRange(int(m.sent))
	t1 := int(m.t1)
	p := int(m.r0) - 1
	// "a rebuke from Beijing", "pressure on Moscow", "a letter to Dublin":
	// a preposition after what a government sends, suffers or disputes.
	if p > lo && d.toks[p].kind == tWord && d.toks[p-1].kind == tWord && partyPrepositions[d.tokLower(p)] {
		if w := d.tokLower(p - 1); sentNouns[w] || relationNouns[w] || d.lex[p-1]&lexDispute != 0 {
			return true
		}
	}
	if m.flags&mLocative != 0 {
		return false
	}
	if d.mentionRole(m) != roleNone {
		return true
	}
	// "He added that Muscat was prepared to provide escorts", "Ankara is
	// ready to…": a capital whose readiness the clause tells is its
	// government (a commitment cue after "be").
	if t1+2 < hi && d.toks[t1].kind == tWord && isBe(d.tokLower(t1)) && d.toks[t1+1].kind == tWord &&
		d.lex[t1+1]&lexCommit != 0 && d.tokLower(t1+2) == "to" {
		return true
	}
	// "a charge Kigali has always denied": the subject of a clause inside
	// the sentence, not after a preposition or a determiner.
	if m.flags&mSubject == 0 && p >= lo && d.toks[p].kind == tWord && !isPreposition(d.tokLower(p)) &&
		!d.tokIn(p, inDeterminers) && d.toks[p].flags&fPoss == 0 {
		o := *m
		o.flags |= mSubject
		if d.mentionRole(&o) != roleNone {
			return true
		}
	}
	if m.flags&mPoss != 0 && t1 < hi && d.toks[t1].kind == tWord && (govStances[d.tokLower(t1)] || d.govGroupEnd(t1, hi) > t1) {
		return true
	}
	// "London and Brussels agreed": the mention after "and" is no
	// sentence subject of its own; read it as one.
	if t1+1 < hi && d.tokLower(t1) == "and" {
		if c := d.byTok[t1+1]; c > 0 {
			o := d.ments[c-1]
			if o.kind == KindCountry || o.kind == KindOrganization {
				o.flags |= mSubject
				if d.mentionRole(&o) != roleNone {
					return true
				}
			}
		}
	}
	if p < lo || d.toks[p].kind != tWord {
		return false
	}
	if d.toks[p].flags&fCap == 0 && d.lex[p]&(lexSpeech|lexDispute) != 0 && isVerbLike(d.tokLower(p)) {
		return true // "accused Beijing of…", "told Dublin"
	}
	// "talks with Beijing", "relations between London and Brussels".
	for k := p; k > lo && k >= p-4; k-- {
		if d.toks[k].kind != tWord {
			break
		}
		w := d.tokLower(k)
		if w == "between" || w == "with" {
			return relationNouns[d.tokLower(k-1)]
		}
		if k < p && w != "and" && d.toks[k].flags&fCap == 0 {
			break // only "between London and …": names and "and"
		}
	}
	return false
}

// quotedCapitalActs reports a capital in a quote that the speaker makes
// state, refuse, dispute or promise something as a government: a subject,
// not a possessive, an adjective or after a preposition, whose verb —
// past up to three auxiliaries, adverbs and "not" — is one of saying,
// dispute or commitment ("“Beijing will not accept this”", "“Ottawa
// rejects this quota”", "“Warsaw has warned Brussels”"). A capital the
// quote describes or locates ("“Dublin was quiet”", "“Lisbon is a
// beautiful city”", "“I grew up in Nairobi”") does not act.
func (d *doc) quotedCapitalActs(m *mention) bool {
	if m.flags&(mAdj|mPoss|mLocative) != 0 {
		return false
	}
	lo, hi := d.sentRange(int(m.sent))
	if p := int(m.r0) - 1; p >= lo && d.toks[p].kind == tWord && (isPreposition(d.tokLower(p)) || d.tokIn(p, inDeterminers)) {
		return false
	}
	k := int(m.t1)
	for n := 0; k < hi && n < 3 && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 &&
		(isAdverb(d.tokLower(k)) || isAuxiliary(d.tokLower(k)) && !isBe(d.tokLower(k))); n++ {
		k++
	}
	return k < hi && d.toks[k].kind == tWord && d.toks[k].flags&(fCap|fInQuote) == fInQuote &&
		d.lex[k]&(lexSpeech|lexDispute|lexCommit) != 0 && !weakSpeechVerbs[d.tokLower(k)]
}

// partyPrepositions make what follows a party after a noun of dealings or
// dispute: "a rebuke from Beijing", "sanctions on Moscow".
var partyPrepositions = setOf("from", "on", "against", "to")

// govStances, after a capital's possessive, make it the government: its
// stance or its envoys ("Manila's proposal", "Beijing's envoy"), not a
// city's mayor, streets or hotels.
var govStances = setOf("proposal", "proposals", "position", "stance", "demand", "demands", "claim", "claims", "offer",
	"response", "objection", "objections", "refusal", "veto", "envoy", "envoys", "ambassador", "negotiators",
	"negotiator", "diplomats", "sanctions", "retaliation", "rejection", "foreign", "ultimatum", "counterproposal")

// relationNouns name the dealings of two governments: "talks between
// London and Brussels", "ties with Beijing".
var relationNouns = setOf("talks", "negotiations", "relations", "ties", "tensions", "dispute", "row", "rift",
	"standoff", "stand-off", "agreement", "deal", "treaty", "accord", "dialogue", "rapprochement", "feud")
