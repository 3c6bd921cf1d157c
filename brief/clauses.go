package brief

import (
	"slices"
	"strings"
)

// actorRef is an actor taking part in a commitment or dispute: an entity,
// or the name of one not in the entity list (an unnamed source).
type actorRef struct {
	ent  int
	name string
}

func (r actorRef) ok() bool { return r.ent >= 0 || r.name != "" }

var noActor = actorRef{ent: -1}

// quoteItemAt returns the first quote item whose sentences hold token t,
// or -1.
func (d *doc) quoteItemAt(t int) int {
	if si := d.sentenceOf(t); si < len(d.quoteAtSent) {
		return int(d.quoteAtSent[si]) - 1
	}
	return -1
}

// addQuoteItem appends a quote item and indexes the sentences it holds
// for quoteItemAt: a sentence already held by an earlier item keeps it.
// Items come in text order and hold their own quotes' sentences, so
// indexing them all reads each sentence about once.
func (d *doc) addQuoteItem(q docQuote) {
	d.quoteItems = append(d.quoteItems, q)
	if d.quoteAtSent == nil {
		d.quoteAtSent = make([]int32, max(len(d.sentTok)-1, 0))
	}
	id := int32(len(d.quoteItems))
	for si := max(q.sent, 0); si <= q.sent+q.span && si < len(d.quoteAtSent); si++ {
		if d.quoteAtSent[si] == 0 {
			d.quoteAtSent[si] = id
		}
	}
}

// clauseStart returns the first token of the clause holding token t: the
// sentence start, or just after a semicolon, a quotation mark, or a
// conjunction that opens a new clause.
func (d *doc) clauseStart(t int) int {
	si := d.sentenceOf(t)
	lo, _ := d.sentRange(si)
	inQ := d.toks[t].flags&fInQuote != 0
	for k := t - 1; k >= lo; k-- {
		tk := d.toks[k]
		if (tk.flags&fInQuote != 0) != inQ || tk.kind == tQuote {
			return k + 1
		}
		if tk.kind == tPunct {
			c := d.text[tk.s]
			if c == ';' || c == ':' || c == '(' {
				return k + 1
			}
			continue
		}
		switch d.tokLower(k) {
		case "while", "although", "though", "whereas", "because", "if", "unless":
			return k + 1
		case "and", "but":
			// ", and Nigeria will…": a comma and a conjunction open a clause.
			if k > lo && d.toks[k-1].kind == tPunct && d.text[d.toks[k-1].s] == ',' {
				return k + 1
			}
			if d.tokLower(k) == "but" {
				return k + 1
			}
			// "His father was Kenyan and the president is expected…": a new
			// clause when a determiner or a pronoun follows.
			if k+1 < len(d.toks) {
				n := d.tokLower(k + 1)
				if n == "the" || n == "a" || n == "he" || n == "she" || n == "they" || n == "it" || n == "we" || n == "i" {
					return k + 1
				}
			}
		}
	}
	return lo
}

// subjectOf finds the actor that is the subject of the verb or adjective at
// token t: the nearest actor before it in its clause that is not inside a
// prepositional phrase or used as an adjective; "I" and "we" inside a quote
// stand for the quote's speaker, "it" and "they" for the organisation or
// group last acting.
func (d *doc) subjectOf(t int) actorRef {
	lo := d.clauseStart(t)
	for k := t - 1; k >= lo; k-- {
		tk := d.toks[k]
		if tk.kind != tWord {
			continue
		}
		w := d.tokLower(k)
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			k = int(m.t0)
			if m.flags&mAdj != 0 && !(k+1 < len(d.toks) && isGroupHead(d.tokLower(int(m.t1)))) || m.form == formPlace {
				continue
			}
			if p := k - 1; p >= lo && d.toks[p].kind == tWord {
				pw := d.tokLower(p)
				for p > lo && determiners[pw] {
					p--
					pw = d.tokLower(p)
				}
				if isPreposition(pw) && pw != "of" {
					continue
				}
			}
			if d.kinInPhrase(m, lo) {
				k = int(m.t0)
				continue
			}
			if m.form == formPronoun {
				if m.ent >= 0 {
					return actorRef{ent: int(m.ent)}
				}
				if ei := d.pronounAntecedent(m); ei >= 0 {
					return actorRef{ent: ei}
				}
				return noActor
			}
			if m.ent >= 0 {
				// "Mr. Warner, the Virginia Democrat, called…": the person
				// the apposition describes is the subject.
				if p := d.appositionOf(m); p >= 0 {
					return actorRef{ent: p}
				}
				// "Britain and Nigeria agreed": the first of the conjoined
				// subjects leads.
				e := int(m.ent)
				first := int(m.t0)
				for p := int(m.t0) - 1; p-1 >= lo && d.toks[p].kind == tWord && d.tokLower(p) == "and"; {
					c2 := d.cover[p-1]
					if c2 == 0 {
						break
					}
					m2 := d.ments[c2-1]
					if m2.ent < 0 || m2.form == formPlace || m2.form == formPronoun || m2.flags&mAdj != 0 {
						break
					}
					e = int(m2.ent)
					first = int(m2.t0)
					p = first - 1
				}
				// "a solution for Israelis and Palestinians would…": the
				// conjoined names sit in a prepositional phrase.
				if p := first - 1; p > lo && first != int(m.t0) && d.toks[p].kind == tWord && isPreposition(d.tokLower(p)) {
					k = first
					continue
				}
				return actorRef{ent: e}
			}
			continue
		}
		switch w {
		case "i", "we", "me", "us":
			if tk.flags&fInQuote != 0 {
				if qi := d.quoteItemAt(k); qi >= 0 {
					q := d.quoteItems[qi]
					return actorRef{ent: q.ent, name: q.speaker}
				}
			}
			return noActor
		case "it", "they":
			if ei := d.neuterAntecedent(k, w == "they"); ei >= 0 {
				return actorRef{ent: ei}
			}
			return noActor
		case "who", "which":
			// "Mr Trump, who took office…": the relative pronoun's antecedent
			// comes before it; keep looking left.
			continue
		case "that", "whether":
			// "She said the state had never shown that a rule would…": the
			// subject of the cue is inside the that-clause, not before it.
			// ("calls that into question": a demonstrative; go on.)
			if k+1 < t {
				n := d.tokLower(k + 1)
				if determiners[n] || d.cover[k+1] != 0 || d.toks[k+1].flags&fCap != 0 || n == "it" || n == "they" || n == "we" || n == "he" || n == "she" {
					return noActor
				}
			}
			continue
		}
	}
	return noActor
}

// kinInPhrase reports whether mention m names someone's relative inside a
// prepositional phrase ("who lives in Harlow with her husband, Piet
// Tolvik, said…", "moved to the hills with his wife, Sofia Lind, and…",
// "took over from Asberg's late husband Piet Tolvik", "with her husband,
// retired judge Piet Tolvik,"): the name stands in
// apposition to the relative, the object of the preposition, and is no
// subject of the verb after it. Not after "of" or "by" (the agent of a
// passive acts).
func (d *doc) kinInPhrase(m mention, lo int) bool {
	p := int(m.t0) - 1
	if m.r0 < m.t0 && m.r0 > 0 {
		p = int(m.r0) - 1
	}
	// Over a role in lower case: "her husband, retired judge Piet Tolvik".
	for n := 0; n < 3 && p > lo && d.toks[p].kind == tWord && d.toks[p].flags&fCap == 0; n++ {
		if d.tokIn(p, inKinNouns) {
			break
		}
		p--
	}
	if p > lo && d.isComma(p) {
		p--
	}
	if p <= lo || d.toks[p].kind != tWord {
		return false
	}
	if !d.tokIn(p, inKinNouns) {
		return false
	}
	p--
	if p > lo && kinModifiers[d.tokLower(p)] {
		p--
	}
	if p <= lo {
		return false
	}
	if c := d.cover[p]; c != 0 && d.ments[c-1].flags&mPoss != 0 {
		p = int(d.ments[c-1].t0) - 1
	} else if d.toks[p].kind == tWord && possessivePronouns[d.tokLower(p)] {
		p--
	} else {
		return false
	}
	if p < lo || d.toks[p].kind != tWord {
		return false
	}
	w := d.tokLower(p)
	return isPreposition(w) && w != "of" && w != "by"
}

// kinModifiers stand between a possessive and a relative: "her late
// husband".
var kinModifiers = setOf("late", "former", "estranged", "elder", "younger", "eldest", "youngest")

// isGroupHead reports a noun that makes a demonym an actor: "European
// leaders", "British officials".
func isGroupHead(w string) bool {
	switch w {
	case "leaders", "officials", "government", "ministers", "authorities", "forces", "troops", "diplomats",
		"negotiators", "partners", "allies", "lawmakers", "leader", "president", "army", "military", "navy",
		"coastguard", "prosecutors", "regulators", "ministry", "embassy":
		return true
	}
	return false
}

// objectAfter finds the first actor named after token t in its clause (the
// other party of a dispute: "criticised the Prime Minister").
func (d *doc) objectAfter(t int, exclude int) actorRef {
	si := d.sentenceOf(t)
	_, hi := d.sentRange(si)
	inQ := d.toks[t].flags&fInQuote != 0
	for k := t + 1; k < hi && k < t+14; k++ {
		tk := d.toks[k]
		if (tk.flags&fInQuote != 0) != inQ {
			break
		}
		if tk.kind == tPunct && (d.text[tk.s] == ';' || d.text[tk.s] == '.' && !d.abbrevDot(k)) {
			break
		}
		// "condemned the attack and said the U.S. government…": the
		// object ends where another clause starts.
		if tk.kind == tWord && d.cover[k] == 0 && (objectStops[d.tokLower(k)] || d.lex[k]&lexSpeech != 0 && k > t+1) {
			break
		}
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			ref := noActor
			switch {
			case m.form == formPlace:
			case m.form == formPronoun && m.ent >= 0:
				ref = actorRef{ent: int(m.ent)}
			case m.form != formPronoun && m.ent >= 0:
				ref = actorRef{ent: int(m.ent)}
			}
			k = int(m.t1) - 1
			if ref.ok() && ref.ent != exclude {
				return ref
			}
		}
	}
	return noActor
}

// objectStops open a new clause after a verb's object.
var objectStops = setOf("who", "which", "while", "whereas", "although", "though", "because", "but", "saying",
	"adding", "whose")

// reportingSpeaker returns who reports a clause ("A senior official said
// the talks would…"): the subject of a speech verb before token t in its
// sentence, or the speaker of the quote t is in.
func (d *doc) reportingSpeaker(t int) actorRef {
	if d.toks[t].flags&fInQuote != 0 {
		qi := d.quoteItemAt(t)
		if qi >= 0 {
			q := d.quoteItems[qi]
			if q.ent >= 0 || q.speaker != "" {
				return actorRef{ent: q.ent, name: q.speaker}
			}
		}
		if qi >= 0 || !d.shortFragmentAt(t) {
			return noActor
		}
		// "saying she was “deceiving herself”": a word or two in marks,
		// no quote of its own, inside the sentence that reports them.
	}
	si := d.sentenceOf(t)
	lo, hi := d.sentRange(si)
	for k := lo; k < hi; k++ {
		if k == t {
			continue
		}
		if d.toks[k].kind == tWord && d.lex[k]&lexSpeech != 0 && !weakSpeechVerbs[d.tokLower(k)] && d.toks[k].flags&fInQuote == 0 {
			if d.ownClauseAfter(k, t) {
				continue
			}
			if sp := d.subjectBefore(lo, k); sp.ok() {
				if sp.ent < 0 && documentNoun(strings.ToLower(lastWord(sp.desc))) {
					// "Mr Ames sent her a note saying…": the note is no one;
					// its sender, the sentence's subject, speaks.
					if ei := d.sentenceSubjectEnt(si); ei >= 0 && d.ents[ei].kind != KindOther {
						return actorRef{ent: ei}
					}
					continue
				}
				return actorRef{ent: sp.ent, name: sp.desc}
			}
			if sp := d.npAt(k+1, hi); sp.ok() && k > t {
				return actorRef{ent: sp.ent, name: sp.desc}
			}
		}
	}
	return noActor
}

// ownClauseAfter reports a verb of saying at k in a clause of its own
// that opens after token t ("the ministry has offered…, while the union
// is asking for 25%"): it reports its own clause, not t's.
func (d *doc) ownClauseAfter(k, t int) bool {
	if k <= t {
		return false
	}
	cs := d.clauseStart(k)
	if cs <= t+1 {
		return false
	}
	if d.toks[cs-1].kind == tPunct {
		return d.text[d.toks[cs-1].s] == ';'
	}
	return ownClauseOpeners[d.tokLower(cs-1)]
}

// ownClauseOpeners are the conjunctions before a clause of its own that
// ownClauseAfter trusts (not a quotation mark or a bracket).
var ownClauseOpeners = setOf("while", "whereas", "although", "though", "because", "but", "and")

// shortFragmentAt reports token t inside a few words set in quotation
// marks within a sentence ("she was “deceiving herself” over…"), too short
// to be a quote of their own.
func (d *doc) shortFragmentAt(t int) bool {
	q := d.quoteAround(t)
	return q != nil && q.s > 0 && q.words <= 3 && !d.fillsSentence(*q)
}

// negatedBefore reports a negation in the few words before token t in its
// clause ("not", "never", "refused to", "won't").
func (d *doc) negatedBefore(t int) bool {
	lo := d.clauseStart(t)
	for k := t - 1; k >= lo && k >= t-4; k-- {
		w := d.tokLower(k)
		switch w {
		case "not", "never", "no", "refused", "refuses", "declined", "declines", "refrained", "unwilling",
			"unable", "failed", "fails", "nor", "neither", "cannot", "hardly", "loath", "loth", "reluctant", "hesitant":
			return true
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n\u2019t") {
			return true
		}
	}
	return false
}

// timeExpr finds a time expression in tokens [t, hi): "on Friday", "next
// month", "by 2027", "this week", "tomorrow".
func (d *doc) timeExpr(t, hi int) string {
	for k := t; k < hi; k++ {
		if d.toks[k].kind != tWord && d.toks[k].kind != tNum {
			continue
		}
		w := d.tokLower(k)
		switch w {
		case "tomorrow", "today", "tonight", "soon", "shortly", "immediately":
			return d.tokText(k)
		case "on", "by", "in", "next", "this", "until", "before", "from", "within", "later", "early", "late", "end":
			if k+1 >= hi {
				continue
			}
			// "in the autumn", "by the end of the year", "at the start of
			// March": skip the article and the part of the period.
			h := k + 1
			if w != "next" && w != "this" && w != "later" && w != "early" && w != "late" {
				for h+1 < hi && h < k+6 {
					hw := d.tokLower(h)
					if hw == "the" || hw == "end" || hw == "start" || hw == "beginning" || hw == "middle" || hw == "of" {
						h++
						continue
					}
					break
				}
				if h > k+1 && !(d.toks[h].kind == tNum || isTimeWord(d.tokLower(h)) || isCalendarWord(d.tokLower(h))) {
					h = k + 1
				}
			}
			n := d.tokLower(h)
			// "on 1 January", "by 31 March 2027": a day before the month.
			dayMonth := d.toks[h].kind == tNum && len(n) <= 2 && h+1 < hi && isCalendarWord(d.tokLower(h+1))
			if dayMonth || d.toks[h].kind == tNum && len(n) == 4 && (n[0] == '1' || n[0] == '2') ||
				isTimeWord(n) || d.g.nonActor[n] && isCalendarWord(n) || isMidPeriod(n) {
				end := h + 1
				for end < hi && (isTimeWord(d.tokLower(end)) || d.toks[end].kind == tNum ||
					isCalendarWord(d.tokLower(end)) || d.tokLower(end) == "of" && end+1 < hi && d.toks[end+1].kind == tNum) && end < h+4 {
					end++
				}
				return d.spanText(k, end)
			}
			// "within 90 days", "in six weeks".
			if (w == "within" || w == "in") && (d.toks[k+1].kind == tNum || numberWords[d.tokLower(k+1)]) && k+2 < hi &&
				isTimeWord(d.tokLower(k+2)) {
				return d.spanText(k, k+3)
			}
		}
	}
	return ""
}

// isMidPeriod reports "mid-December", "mid-2027", "mid-year".
func isMidPeriod(w string) bool {
	p, ok := strings.CutPrefix(w, "mid-")
	if !ok || p == "" {
		return false
	}
	if len(p) == 4 && (p[0] == '1' || p[0] == '2') && strings.Trim(p, "0123456789") == "" {
		return true
	}
	return isTimeWord(p) || isCalendarWord(p)
}

func isTimeWord(w string) bool {
	switch w {
	case "week", "weeks", "month", "months", "year", "years", "day", "days", "weekend", "morning", "afternoon",
		"evening", "summer", "winter", "spring", "autumn", "fall", "decade", "quarter", "term", "session":
		return true
	}
	return false
}

func isCalendarWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// appositionOf returns the person that mention m describes when m is an
// apposition set off by commas after that person's name ("Mr. Warner, the
// Virginia Democrat, called…"), or -1.
func (d *doc) appositionOf(m mention) int {
	if m.ent < 0 || d.ents[m.ent].kind == KindPerson || int(m.t1) >= len(d.toks) || d.toks[m.t1].kind != tPunct || d.text[d.toks[m.t1].s] != ',' {
		return -1
	}
	k := int(m.r0) - 1
	for n := 0; k > 0 && n < 4 && d.toks[k].kind == tWord; n++ {
		k--
	}
	if k < 1 || d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',' || d.sentenceOf(k) != int(m.sent) {
		return -1
	}
	c := d.cover[k-1]
	if c == 0 {
		return -1
	}
	p := d.ments[c-1]
	if p.ent < 0 || d.ents[p.ent].kind != KindPerson {
		return -1
	}
	return int(p.ent)
}

// argument is a noun phrase that fills a slot of a cue (its subject, its
// object): the actor it names — an entity, or an unnamed one described by
// an agent noun ("federal prosecutors") — or a thing ("the ships", "the
// report", "debris"), with the actor that owns the thing when the phrase
// names one ("Kenya's ships", "ships from Kenya").
type argument struct {
	ref   actorRef
	thing bool
	owner actorRef
	// generic: an agent noun that names no one in particular
	// ("authorities", "officials"), for which the reporter may stand.
	generic bool
	// desc: the actor is told by a description ("the company's chief
	// executive", "federal prosecutors"), not by its name.
	desc bool
	// head is the phrase's last token, start its first; -1 when no phrase
	// was found.
	head, start int
}

var noArgument = argument{ref: noActor, owner: noActor, head: -1, start: -1}

// found reports whether a phrase fills the slot, actor or thing.
func (a argument) found() bool { return a.head >= 0 }

// spendVerbs spend or put up a sum: "paid $2.3 billion to settle…".
var spendVerbs = setOf("paid", "pays", "pay", "paying", "spent", "spends", "spend", "spending", "offered", "offers",
	"gave", "gives", "raised", "raises", "committed", "commits", "earmarked", "set")

// sumWords are the words of a sum besides its digits and currency signs.
var sumWords = setOf("billion", "million", "trillion", "bn", "m", "millions", "billions", "thousands", "about",
	"some", "nearly", "almost", "more", "than", "a", "an")

// sumBefore returns the verb of spending right before a sum that ends at
// token k ("paid $2.3 billion", "spent millions"), or -1.
func (d *doc) sumBefore(k, lo int) int {
	digits := false
	for n := 0; k > lo && n < 6; n++ {
		tk := d.toks[k]
		switch {
		case tk.kind == tNum:
			digits = true
		case tk.kind == tPunct && strings.ContainsAny(d.text[tk.s:tk.e], "$£€¥"):
		case tk.kind == tWord && d.cover[k] == 0 && sumWords[d.tokLower(k)]:
			if w := d.tokLower(k); w == "millions" || w == "billions" || w == "thousands" {
				digits = true
			}
		case tk.kind == tWord && spendVerbs[d.tokLower(k)] && digits:
			return k
		default:
			return -1
		}
		k--
	}
	return -1
}

// genericAgents are agent nouns that name no one in particular: the one
// who reports what they will do stands for them ("Authorities would also
// begin searching the islands, the agency chief said").
var genericAgents = setOf("authorities", "officials", "rescuers", "searchers", "investigators", "teams", "crews",
	"troops", "forces", "police", "staff", "workers", "engineers", "divers", "personnel", "inspectors")

// subjectArg returns the subject of the verb or adjective cue at token t,
// found by the clause structure: back over the verb group (auxiliaries,
// adverbs, negation) to the noun phrase that governs it, across an
// apposition or a relative clause set off by commas ("Gao Wen, a
// spokesman, accused…", "the hearing, which is scheduled…"), from a
// relative pronoun to its antecedent, and from a prepositional phrase to
// the head it modifies ("ships from Kenya would search" → the ships, a
// thing owned by Kenya). The walk is bounded by the clause.
func (d *doc) subjectArg(t int) argument {
	lo := d.clauseStart(t)
	slo := d.sentTokLo(t)
	if lo-1 > slo && d.toks[lo-1].kind == tPunct && d.text[d.toks[lo-1].s] == '(' {
		lo = d.clauseStart(lo - 1) // "the Kivu Alliance (KPA) rebel group signed…"
	}
	k := t - 1
	for k >= lo && d.toks[k].kind == tWord && d.cover[k] == 0 && d.verbGroupWord(k) {
		k--
	}
	if k < slo {
		return noArgument
	}
	// "Japan's government continued to commit abuses": the subject of an
	// infinitive is that of the verb it depends on.
	if k > lo && d.tokLower(k) == "to" && d.cover[k-1] == 0 && d.toks[k-1].kind == tWord && t-k <= 4 {
		if v := d.tokLower(k - 1); isVerbLike(v) || formTags(v)&(formPast|formPresent) != 0 {
			return d.subjectArg(k - 1)
		}
	}
	// "Harlow Bank paid $2.3 billion to settle charges": across a sum, the
	// verb that spends it.
	if k > lo && d.tokLower(k) == "to" && t-k <= 4 {
		if v := d.sumBefore(k-1, lo); v >= 0 {
			return d.subjectArg(v)
		}
	}
	if d.toks[k].kind == tWord && d.cover[k] == 0 {
		switch d.tokLower(k) {
		case "who", "which", "that":
			// A relative clause: its antecedent, before a comma or not.
			if d.tokLower(k) == "that" && (k == slo || d.toks[k-1].kind == tWord && (d.lex[k-1]&(lexSpeech|lexThink) != 0 || isVerbLike(d.tokLower(k-1)))) {
				return noArgument // "said that will…": no subject here
			}
			j := k - 1
			if j >= slo && d.toks[j].kind == tPunct && d.text[d.toks[j].s] == ',' {
				j--
			}
			a := d.npEndingAt(slo, j, npNoClimb)
			// "He is the only senator who has agreed…": a relative clause
			// on a predicate noun tells of the copula's subject.
			p := a.start - 1
			for p > slo && d.toks[p].kind == tWord && (d.tokIn(p, inDeterminers) || predicateMods[d.tokLower(p)]) {
				p--
			}
			if a.found() && p > slo && p < a.start-0 && d.toks[p].kind == tWord && isBe(d.tokLower(p)) {
				if b := d.subjectArg(p); b.ref.ok() {
					return b
				}
			}
			return a
		}
	}
	// ", a spokesman," / ", which opened in May,": the phrase before the
	// opening comma governs the verb, across several such insertions
	// ("Father James Martin, a priest and author, who was the first to…,
	// warned…"); a name in an apposition wins over an unnamed
	// description ("A ministry spokesman, Gao Wen, accused…").
	named := noArgument
	for n := 0; n < 3 && k > slo && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ','; n++ {
		j := k - 1
		for j > slo && k-j < 24 && !(d.toks[j].kind == tPunct && (d.text[d.toks[j].s] == ',' || d.text[d.toks[j].s] == ';')) {
			j--
		}
		if j <= slo || d.text[d.toks[j].s] != ',' || j == k-1 {
			return noArgument
		}
		if w := d.tokLower(j + 1); w != "who" && w != "which" && w != "whose" {
			// Only a noun phrase between the commas is an apposition; "On
			// Monday, she backed down, agreeing to…" has none.
			if !d.appositionSpan(j+1, k) {
				return noArgument
			}
		} else if c := d.commaBefore(j-1, slo); c > slo && d.appositionSpan(c+1, j) {
			// "Martin, a priest and author of books, who was…, warned": an
			// apposition before the relative clause.
			j = c
		}
		if w := d.tokLower(j + 1); w != "who" && w != "which" && w != "whose" {
			if b := d.npEndingAt(j+1, k-1, 0); b.ref.ent >= 0 && !b.desc && !named.found() {
				named = b
			} else if c := d.cover[j+1]; c != 0 && d.ments[c-1].ent >= 0 && d.ents[d.ments[c-1].ent].kind != KindOther && !named.found() {
				m := d.ments[c-1]
				named = argument{ref: actorRef{ent: int(m.ent)}, owner: noActor, head: int(m.t1) - 1, start: int(m.r0)}
			}
		}
		k = j - 1
	}
	if d.toks[k].kind == tPunct && !(k > lo && d.text[d.toks[k].s] == ')') {
		return noArgument
	}
	a := noArgument
	if k >= lo {
		a = d.npEndingAt(lo, k, 0)
	} else if named.found() {
		a = d.npEndingAt(slo, k, 0)
	}
	if named.found() && !(a.ref.ent >= 0 && !a.desc) {
		return named
	}
	if !a.found() {
		return named
	}
	return a
}

// commaBefore returns the comma that opens the phrase ending at token k
// (within 24 tokens, with no other mark between), or -1.
func (d *doc) commaBefore(k, lo int) int {
	for j := k; j > lo && k-j < 24; j-- {
		if d.toks[j].kind == tPunct {
			if d.text[d.toks[j].s] == ',' {
				return j
			}
			if c := d.text[d.toks[j].s]; c != '-' && c != '\'' {
				return -1
			}
		}
		if d.toks[j].kind == tQuote {
			return -1
		}
	}
	return -1
}

// appositionSpan reports whether tokens [lo, hi) read as an apposition:
// a noun phrase, perhaps with prepositional phrases and a conjunction
// ("a Jesuit priest and author of several books", "the former harbour
// chief"), with no verb of its own.
func (d *doc) appositionSpan(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	if d.toks[lo].kind != tWord && d.toks[lo].kind != tNum {
		return false
	}
	// "the new centre, to be based in Dalat, would…": a participle after
	// "to be" tells of the noun before the comma, as "based in Dalat" does.
	if lo+2 < hi && d.tokLower(lo) == "to" && d.tokLower(lo+1) == "be" && d.toks[lo+2].kind == tWord {
		if p := d.tokLower(lo + 2); strings.HasSuffix(p, "ed") || formTags(p)&formPart != 0 {
			lo += 2
		}
	}
	for k := lo; k < hi; k++ {
		tk := d.toks[k]
		if tk.kind == tQuote {
			return false
		}
		if tk.kind != tWord || d.cover[k] != 0 {
			continue
		}
		w := d.tokLower(k)
		if isAuxiliary(w) || isBe(w) || d.lex[k]&(lexSpeech|lexThink) != 0 || w == "that" || w == "who" || w == "which" ||
			strings.HasSuffix(w, "ed") && k > lo && !d.tokIn(k-1, inDeterminers) && !isPreposition(d.tokLower(k-1)) && !d.reducedRelative(lo, k, hi) {
			return false
		}
		if k == lo && tk.flags&fCap == 0 && !determiners[w] && !isPreposition(w) && d.lex[k]&lexFunction != 0 {
			return false
		}
		if k == lo && (strings.HasSuffix(w, "ing") || isPreposition(w) && w != "of") {
			return false
		}
	}
	return true
}

// reducedRelative reports a participle at k that modifies the noun before
// it inside the apposition [lo, hi) opened by an article: "a family firm
// founded in 1921", "the bank owned by the state" — not a clause of its
// own ("the minister decided").
func (d *doc) reducedRelative(lo, k, hi int) bool {
	if l := d.tokLower(lo); l != "a" && l != "an" && l != "the" {
		return false
	}
	if k+1 >= hi || d.toks[k+1].kind != tWord || d.toks[k-1].kind != tWord || d.cover[k-1] != 0 {
		return false
	}
	n := d.tokLower(k + 1)
	return isPreposition(n) && n != "to" && n != "of" && d.plainLower(k-1) && d.lex[k-1]&lexFunction == 0
}

// verbGroupWord reports a word of a verb group before its head: an
// auxiliary, a form of "be", an adverb, a negation.
func (d *doc) verbGroupWord(k int) bool {
	w := d.tokLower(k)
	return isAuxiliary(w) || isBe(w) || isAdverb(w) || groupAdverbs[w] || aspectVerbs[w] ||
		linkVerbs[w] && k+1 < len(d.toks) && d.lex[k+1]&lexCommit != 0 ||
		strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n\u2019t")
}

// predicateMods stand before a predicate noun: "is the only senator who…".
var predicateMods = setOf("only", "first", "last", "sole", "latest", "second", "third", "other")

// groupAdverbs stand inside a verb group: "has so far agreed", "will soon
// be", "had already begun".
var groupAdverbs = setOf("not", "still", "also", "so", "far", "yet", "already", "always", "often", "soon",
	"jointly", "together", "first", "probably", "certainly", "definitely", "now", "then", "therefore", "thus",
	"likewise", "too", "either", "both", "all", "each", "long")

// aspectVerbs open a verb group in which the cue is the main verb: "had
// begun replacing", "started drafting".
var aspectVerbs = setOf("begun", "began", "begin", "begins", "started", "start", "starts", "keeps", "kept")

// linkVerbs link a subject to an adjective cue: "we stand ready to…",
// "the union remains determined to…".
var linkVerbs = setOf("stand", "stands", "stood", "remain", "remains", "remained", "stay", "stays", "stayed",
	"seem", "seems", "seemed", "appear", "appears", "appeared", "looks", "looked", "feel", "feels", "felt")

// npNoClimb, as npEndingAt's depth, takes a name in a prepositional
// phrase as the phrase itself: the antecedent of a relative pronoun is the
// nearest noun ("the approval of the council, which is expected to…").
const npNoClimb = -1

// npEndingAt returns the noun phrase whose last token is k (not before
// lo): a name, a pronoun, an agent noun with its modifiers, or a thing.
// depth bounds the step from a prepositional phrase to its head.
func (d *doc) npEndingAt(lo, k, depth int) argument {
	if k < lo || k < 0 {
		return noArgument
	}
	if d.toks[k].kind == tPunct && d.nameDot(k) {
		k-- // "Remain Co. will…"
	}
	if d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ')' {
		// "the new centre (RHC)": the body the bracket names, else the
		// phrase before it.
		o := k - 1
		for o > lo && o >= k-4 && !(d.toks[o].kind == tPunct && d.text[d.toks[o].s] == '(') {
			o--
		}
		if o <= lo || d.text[d.toks[o].s] != '(' {
			return noArgument
		}
		before := d.npEndingAt(lo, o-1, depth)
		if c := d.cover[o+1]; c != 0 && int(d.ments[c-1].t1) == k && d.ments[c-1].ent >= 0 &&
			d.ents[d.ments[c-1].ent].kind != KindOther && before.found() && !before.ref.ok() {
			return argument{ref: actorRef{ent: int(d.ments[c-1].ent)}, owner: noActor, head: k - 1, start: before.start}
		}
		return before
	}
	if c := d.cover[k]; c != 0 {
		m := d.ments[c-1]
		first := int(m.r0)
		e := int(m.ent)
		// "Britain and Nigeria", "Kenya, Uganda and Tanzania": the first
		// of the conjoined names leads.
		for p, and := first-1, false; p-1 >= lo && (d.toks[p].kind == tWord && d.tokLower(p) == "and" ||
			and && d.toks[p].kind == tPunct && d.text[d.toks[p].s] == ','); {
			and = true
			c2 := d.cover[p-1]
			if c2 == 0 {
				break
			}
			m2 := d.ments[c2-1]
			if m2.ent < 0 || m2.form == formPronoun || m2.flags&(mAdj|mPoss) != 0 {
				break
			}
			if m2.form != formPlace {
				e = int(m2.ent)
			}
			first = int(m2.r0)
			p = first - 1
		}
		// In a prepositional phrase, the name modifies the head before it:
		// "ships from Kenya", "a spokesman for the ministry", "Republicans
		// in the Senate".
		p := first - 1
		if p > lo && d.toks[p].kind == tWord && d.cover[p] == 0 && (d.tokLower(p) == "the" || d.tokLower(p) == "a") {
			p--
		}
		if depth >= 0 && p >= lo && d.toks[p].kind == tWord && isPreposition(d.tokLower(p)) && !(depth == 0 && clauseOpeners[d.tokLower(p)]) {
			if depth > 0 {
				return noArgument
			}
			prep := d.tokLower(p)
			head := d.npEndingAt(lo, p-1, depth+1)
			named := noActor
			if e >= 0 && m.form != formPlace && d.ents[e].kind != KindOther {
				named = actorRef{ent: e}
			} else if r := d.bodyDescription(m); r.ok() {
				named = r
			}
			before := ""
			if p-1 >= lo && d.toks[p-1].kind == tWord {
				before = d.tokLower(p - 1)
			}
			switch {
			case named.ok() && (named.ent < 0 || d.ents[named.ent].kind != KindGroup) && d.partOfBody(lo, p-1):
				// "some members of Congress", "several board members at
				// the bank": a part of the body, not the body.
				return argument{ref: noActor, owner: noActor, desc: true, head: k, start: max(head.start, lo)}
			case prep == "of" && named.ok() && (head.thing && partitiveWords[d.tokLower(head.head)] ||
				!head.found() && partitiveWords[before]):
				// "a majority of Irish nuns", "most of the unions": a part
				// of the group acts for it.
				return argument{ref: named, owner: noActor, head: k, start: max(head.start, p-1)}
			case head.thing:
				if !head.owner.ok() && (prep == "from" || prep == "of" || prep == "for") {
					head.owner = named
				}
				return head
			case head.ref.ok() && head.ref.ent < 0 && named.ok() && (prep == "of" || prep == "for" || prep == "at" || prep == "from"):
				// "leaders of ECOWAS", "a spokesman for the ministry",
				// "officials from Kenya": the body they act for.
				head.ref = named
				head.generic = false
				head.desc = true
				return head
			default:
				return head
			}
		}
		switch {
		case m.flags&mPoss != 0:
			return noArgument
		case m.flags&mAdj != 0 && m.form != formPronoun && d.toks[m.t0].flags&fHyphen == 0:
			// "Many Tunisians", "radical Muslims" (genericPlural): some
			// people, no actor.
			return argument{ref: noActor, owner: noActor, desc: true, head: k, start: first}
		case m.form == formPronoun:
			if e >= 0 {
				return argument{ref: actorRef{ent: e}, owner: noActor, head: k, start: first}
			}
			if ei := d.pronounAntecedent(m); ei >= 0 {
				return argument{ref: actorRef{ent: ei}, owner: noActor, head: k, start: first}
			}
			return noArgument
		case e < 0 && m.form == formDesc:
			// "The navy said…" in an article that names no country it
			// could be the navy of: the body as the article names it.
			if r := d.bodyDescription(m); r.ok() {
				return argument{ref: r, owner: noActor, desc: true, generic: genericAgents[m.key], head: k, start: first}
			}
			return argument{ref: noActor, thing: true, owner: noActor, head: k, start: first}
		case e < 0 || d.ents[e].kind == KindOther && m.form != formPlace:
			return argument{ref: noActor, thing: true, owner: noActor, head: k, start: first}
		case m.form == formPlace || d.ents[e].kind == KindOther:
			// "Ohio would ask the court…": a place for its government,
			// for whom the reporter may speak.
			return argument{ref: noActor, owner: noActor, generic: true, head: k, start: first}
		}
		if p := d.appositionOf(m); p >= 0 {
			e = p
		}
		return argument{ref: actorRef{ent: e}, owner: noActor, head: k, start: first}
	}
	tk := d.toks[k]
	if tk.kind != tWord {
		return noArgument
	}
	// "Snopes.com": a suffix written onto a name is part of it.
	if k > lo && d.toks[k].s == d.toks[k-1].e && d.toks[k-1].kind == tPunct && k-2 >= lo && d.cover[k-2] != 0 &&
		d.toks[k-1].s == d.toks[k-2].e {
		return d.npEndingAt(lo, k-2, depth)
	}
	w := d.tokLower(k)
	switch w {
	case "i", "we", "me", "us":
		if tk.flags&fInQuote != 0 {
			if qi := d.quoteItemAt(k); qi >= 0 {
				q := d.quoteItems[qi]
				// "'We will not be releasing the list,' the spokesman said":
				// the body the spokesman speaks for.
				if q.ent < 0 && (w == "we" || w == "us") && spokesWords[lastWord(asciiLower(q.speaker))] {
					if b := d.bodyBefore(k); b >= 0 {
						return argument{ref: actorRef{ent: b}, owner: noActor, head: k, start: k}
					}
				}
				if q.ent >= 0 || q.speaker != "" {
					return argument{ref: actorRef{ent: q.ent, name: q.speaker}, owner: noActor, head: k, start: k}
				}
			}
		}
		return noArgument
	case "it", "they":
		if ei := d.neuterAntecedent(k, w == "they"); ei >= 0 {
			return argument{ref: actorRef{ent: ei}, owner: noActor, head: k, start: k}
		}
		if w == "it" && tk.flags&fInQuote != 0 {
			// "“…so it will work for this”": in a quote, a thing.
			return argument{ref: noActor, thing: true, owner: noActor, head: k, start: k}
		}
		return noArgument
	}
	if tk.flags&fCap != 0 && tk.flags&fStart == 0 || d.lex[k]&lexFunction != 0 || isPreposition(w) || determiners[w] ||
		clauseLinks[w] || contrastWords[w] || w == "nor" || w == "so" || isAuxiliary(w) || isBe(w) {
		return noArgument
	}
	// The phrase: back over modifiers to the determiner.
	j := k
	owner, adjOwner := noActor, noActor
	for j-1 >= lo && j-1 >= k-6 {
		p := j - 1
		if c := d.cover[p]; c != 0 {
			m := d.ments[c-1]
			// "Kenyan officials", "his party", "a British request" — but
			// "American nuns" are not America: a demonym owns only the
			// officials of its country among people (adjOwner).
			// ("the Madrid peace talks" are not Spain's: a city names where.)
			if m.ent >= 0 && d.ents[m.ent].kind != KindOther && !(m.form == formCapital && !d.agentNounAt(k)) {
				if m.flags&mAdj == 0 || isGroupHead(w) ||
					int(m.t1) < k && isGroupHead(strings.TrimSuffix(strings.TrimSuffix(d.tokLower(int(m.t1)), "'s"), "\u2019s")) {
					owner = actorRef{ent: int(m.ent)}
				} else {
					adjOwner = actorRef{ent: int(m.ent)}
				}
			}
			j = int(m.r0)
			if m.flags&mPoss != 0 || m.form == formPronoun {
				break
			}
			continue
		}
		pt := d.toks[p]
		// "the dock workers' union": a possessive plural noun.
		if pt.kind == tPunct && (d.text[pt.s] == '\'' || strings.HasPrefix(d.text[pt.s:], "\u2019")) && p > lo &&
			pt.s == d.toks[p-1].e && d.toks[p-1].kind == tWord && d.cover[p-1] == 0 {
			j = p
			continue
		}
		// "the Kivu Alliance (KPA) rebel group": past the bracket.
		if pt.kind == tPunct && d.text[pt.s] == ')' {
			o := p - 1
			for o > lo && o >= p-4 && !(d.toks[o].kind == tPunct && d.text[d.toks[o].s] == '(') {
				o--
			}
			if o > lo && d.text[d.toks[o].s] == '(' && d.cover[o-1] != 0 {
				j = o
				continue
			}
			break
		}
		if pt.kind == tNum || pt.kind == tWord && d.tokIn(p, inDeterminers) {
			j = p
			if pt.kind == tWord && d.tokLower(p) != "two" && d.tokLower(p) != "three" && d.tokLower(p) != "four" {
				break
			}
			continue
		}
		if p > 0 && d.tokLower(p-1) == "to" && d.cover[p] == 0 {
			break // "to meet settler demands": a verb, not a modifier
		}
		if pt.kind == tWord && (pt.flags&fCap == 0 || pt.flags&fStart != 0) && d.lex[p]&lexFunction == 0 && !isPreposition(d.tokLower(p)) &&
			!isAuxiliary(d.tokLower(p)) && !isBe(d.tokLower(p)) && d.lex[p]&(lexSpeech|lexThink) == 0 && !clauseLinks[d.tokLower(p)] {
			j = p
			continue
		}
		break
	}
	// "CEOs from the big broadcasters": the head before the
	// prepositional phrase.
	if p := j - 1; depth == 0 && p > lo && d.toks[p].kind == tWord && isPreposition(d.tokLower(p)) && !clauseOpeners[d.tokLower(p)] {
		if h := d.npEndingAt(lo, p-1, depth+1); h.found() && (d.tokLower(p) != "of" || h.desc) {
			return h // "the chief of police", "the majority of people"
		}
	}
	// "the coalition", "the union": the body of that kind named before.
	if (d.tokLower(j) == "the" || d.tokLower(j) == "this") && !genericAgents[w] && !owner.ok() && (orgHeads[w] || descHeads[w] != "") {
		if e := d.orgNamedWith(w, k); e >= 0 {
			return argument{ref: actorRef{ent: e}, owner: noActor, head: k, start: j, desc: true}
		}
	}
	if _, _, ok := d.agentAt(j, k); (ok || isPersonNoun(w) || groupNouns[w] != "" || titleHeads[w] || staffHeads[w] && owner.ok() ||
		descHeads[strings.TrimSuffix(w, "s")] == KindOrganization && !reportNouns[strings.TrimSuffix(w, "s")]) &&
		!(w == "figures" && !d.figuresOfPeople(j, k)) {
		a := argument{ref: noActor, owner: noActor, head: k, start: j, desc: true}
		if owner.ok() {
			a.ref = owner // "Kenyan officials", "Con Edison officials", "the ministry's spokesman"
			return a
		}
		s := j
		for s < k && d.toks[s].kind == tWord && (d.tokIn(s, inDeterminers) && d.tokLower(s) != "two" && d.tokLower(s) != "three") {
			s++
		}
		a.ref = actorRef{ent: -1, name: d.spanText(s, k+1)}
		a.generic = genericAgents[w]
		return a
	}
	// A verb is no head ("had begun", "officials said"), but "the
	// hearing", "a meeting" are nouns, and so is an ordinary word opening
	// the sentence ("“Parents may be worried…”").
	if !d.plainLower(k) && !(strings.HasSuffix(w, "ing") && j < k) && !(j == k && tk.flags&fStart != 0 && d.plainAtStart(k)) ||
		formTags(w)&(formPast|formPart) != 0 ||
		formTags(w)&formIng != 0 && j == k {
		return noArgument
	}
	if !owner.ok() {
		owner = adjOwner // "a British request": the thing is Britain's
	}
	return argument{ref: noActor, thing: true, owner: owner, head: k, start: j}
}

// peopleFigures make "figures" people: "senior figures", "opposition
// figures", "leftist figures"; "the figures", "the latest figures" and
// "official figures" are numbers.
var peopleFigures = setOf("senior", "leading", "prominent", "public", "political", "key", "top", "opposition",
	"party", "religious", "establishment", "conservative", "liberal", "moderate", "hardline", "radical",
	"influential", "powerful", "controversial", "tribal", "community", "business", "military", "cultural",
	"literary", "sporting", "church", "media", "royal", "underworld", "criminal", "famous", "respected",
	"veteran", "former", "notable", "high-profile", "left-wing", "right-wing", "pro-democracy", "mafia")

// figuresOfPeople reports whether "figures" at token k, in the phrase that
// starts at j, are people: a modifier that tells a kind of person (a
// peopleFigures word, an "-ist" adjective, a name or a people's adjective:
// "Labour figures", "Kenyan figures").
func (d *doc) figuresOfPeople(j, k int) bool {
	for p := j; p < k; p++ {
		if d.cover[p] != 0 {
			return true
		}
		w := d.tokLower(p)
		if peopleFigures[w] || strings.HasSuffix(w, "ist") && len(w) > 5 {
			return true
		}
	}
	return false
}

// clauseOpeners are prepositions that also open a clause: before the
// subject of a verb ("after the senators rejected the deal", "until the
// unions agree") they are conjunctions, and the phrase after them is the
// subject, not part of a prepositional phrase.
var clauseOpeners = setOf("after", "before", "until", "since")

// bodyDescription returns the actor a description of a body stands for
// when it is resolved to no entity ("the navy" in an article that names
// no country it could be the navy of, "the committee" with no committee
// named): the body as the article names it, without its article. A
// person ("the president") or a document ("the report") described so is
// none: who they are is not told.
func (d *doc) bodyDescription(m mention) actorRef {
	if m.form != formDesc || m.ent >= 0 || m.kind == KindPerson || reportNouns[m.key] || m.t1 <= m.t0 {
		return noActor
	}
	return actorRef{ent: -1, name: d.spanText(int(m.t0), int(m.t1))}
}

// bareBody reports a name that is only the head noun of a description of
// a body, with or without its article: "company", "the firm", "this
// ministry". It is what an unresolved description leaves ("the company
// said" in an article that names no company it could be), and it tells
// the reader nothing of who acts: no item prints it as a party, an actor
// or a speaker. A plural ("the unions") or a generic agent ("police") is
// a group of its own, and a qualified description ("the health ministry")
// says which body; both stay.
func bareBody(name string) bool {
	w := strings.ToLower(strings.TrimSpace(name))
	for _, a := range []string{"the ", "this ", "that "} {
		w = strings.TrimPrefix(w, a)
	}
	if w == "" || strings.IndexByte(w, ' ') >= 0 || genericAgents[w] {
		return false
	}
	if formTags(w)&formPlural != 0 || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	k, ok := descHeads[w]
	return ok && k != KindPerson && !reportNouns[w] || orgHeads[w] || businessHeads[w] || bodyNouns[w] || outletNouns[w]
}

// partitiveWords name a part or a number of a group: "a majority of the
// nurses", "most of the unions", "what percentage of Irish nuns". The
// words that count none or few ("none of", "few of") are not among them:
// the group does not act.
var partitiveWords = setOf("majority", "percentage", "proportion", "share", "number", "half", "third", "quarter",
	"most", "many", "some", "several", "all", "both", "dozens", "hundreds", "thousands", "millions", "scores",
	"handful", "bulk", "rest", "members")

// partQuantifiers count some of a body's people, not all or most of them:
// "some members", "several board members", "a few senators".
var partQuantifiers = setOf("some", "several", "few", "certain", "individual", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "dozen", "dozens", "handful", "couple", "minority", "group", "number")

// partOfBody reports people counted as a part of a body ending at token k,
// the word before the body's name: "some members (of Congress)", "several
// board members (at the bank)", "a few members (of the council)". The
// members, the majority or most of them speak for it.
func (d *doc) partOfBody(lo, k int) bool {
	if k < lo || d.toks[k].kind != tWord || !isPersonNoun(d.tokLower(k)) && !staffHeads[d.tokLower(k)] {
		return false
	}
	for q, n := k-1, 0; q >= lo && n < 3 && (d.toks[q].kind == tWord || d.toks[q].kind == tNum); q, n = q-1, n+1 {
		w := d.tokLower(q)
		if d.toks[q].kind == tNum || partQuantifiers[w] {
			return true
		}
		if determiners[w] || d.lex[q]&lexFunction != 0 || d.toks[q].flags&fCap != 0 && d.toks[q].flags&fStart == 0 {
			return false
		}
	}
	return false
}

// orgNamedWith returns the organisation or group named before token t
// whose name ends in the noun head ("the coalition" → the Online
// Services Coalition, "the union" → the Dock Workers' Union), or -1. It
// looks back over a bounded number of mentions. When two such bodies
// are named in the sentence of t and the two before it, the one that was
// a subject there is meant if it is the only one; otherwise -1, no guess
// (localBodyWith).
func (d *doc) orgNamedWith(head string, t int) int {
	if e, ok := d.localBodyWith(head, t); ok {
		return e
	}
	n := 0
	for mi := d.mentionsBefore(t) - 1; mi >= 0 && n < 150; mi-- {
		n++
		m := d.ments[mi]
		if m.ent < 0 || m.form == formPronoun || m.form == formDesc {
			continue
		}
		e := d.ents[m.ent]
		if e.kind != KindOrganization && e.kind != KindGroup {
			continue
		}
		name := e.name
		if i := strings.LastIndexByte(name, ' '); i >= 0 {
			name = name[i+1:]
		}
		if l := asciiLower(name); l == head || l+"s" == head {
			return int(m.ent)
		}
		if k := int(m.t1); k < len(d.toks) && d.toks[k].kind == tWord && d.tokLower(k) == head {
			return int(m.ent) // "the GMB union" → "the union"
		}
	}
	return -1
}

// bodyNamedWith reports that entity e is an organisation or group whose
// name ends in the noun head ("union" → the Dock Workers' Union).
func (d *doc) bodyNamedWith(e int, head string) bool {
	if k := d.ents[e].kind; k != KindOrganization && k != KindGroup {
		return false
	}
	l := asciiLower(lastWord(d.ents[e].name))
	return l == head || l+"s" == head
}

// localBodyWith settles "the union" at t when two or more bodies whose
// names end in head are named in the sentence of t and the two before
// it: the only one of them that was the subject of its clause, or -1
// when both or neither were. ok is false when fewer than two are named
// there, and the nearest before is taken.
func (d *doc) localBodyWith(head string, t int) (e int, ok bool) {
	first, _ := d.sentRange(max(d.sentenceOf(t)-2, 0))
	var cands, subjects []int
	for mi := d.mentionsBefore(t) - 1; mi >= 0; mi-- {
		m := d.ments[mi]
		if int(m.t0) < first {
			break
		}
		if m.ent < 0 || m.form == formPronoun || m.form == formDesc || !d.bodyNamedWith(int(m.ent), head) {
			continue
		}
		if !slices.Contains(cands, int(m.ent)) {
			cands = append(cands, int(m.ent))
		}
		if m.flags&mSubject != 0 && !slices.Contains(subjects, int(m.ent)) {
			subjects = append(subjects, int(m.ent))
		}
	}
	if len(cands) < 2 {
		return -1, false
	}
	if len(subjects) == 1 {
		return subjects[0], true
	}
	return -1, true
}

// spokesWords are the descriptions of someone who speaks for a body.
var spokesWords = setOf("spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
	"representative", "statement", "spokesmen", "spokeswomen")

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// bodyBefore returns the organisation, country or group that is the
// subject of the sentence of token t or of one of the two before it, the
// body an unnamed spokesman speaks for; -1 when there is none.
func (d *doc) bodyBefore(t int) int {
	si := d.sentenceOf(t)
	first, _ := d.sentRange(max(si-2, 0))
	for mi := d.mentionsBefore(t) - 1; mi >= 0; mi-- {
		m := d.ments[mi]
		if int(m.t0) < first {
			break
		}
		if m.ent < 0 || m.flags&mSubject == 0 || m.flags&mInQuote != 0 {
			continue
		}
		if k := d.ents[m.ent].kind; k == KindOrganization || k == KindCountry || k == KindGroup {
			return int(m.ent)
		}
	}
	return -1
}

// objectParticles follow a verb inside its phrase: "hit out at", "lash
// out at", "struck down", "rounded on", "warned off".
var objectParticles = setOf("out", "down", "up", "back", "off", "away")

// complementPreps introduce the party a verb is set against: "complained
// about the ministry", "objected to the plan", "clashed with the union",
// "protested against the ban".
var complementPreps = setOf("about", "against", "with", "at", "on", "over", "of", "from", "toward", "towards", "for")

// objectArgs returns the actors that are the object of the verb at token
// t, found by the clause structure: the noun phrase right after the verb
// (past particles and adverbs), or after the preposition that introduces
// its complement; conjoined names count ("rebuked Britain and Nigeria").
// A thing's owner is the party when the phrase names one ("criticised the
// ministry's plan" → the ministry); a place or a thing is none. Never the
// nearest name further on: what follows the object phrase is another
// matter.
func (d *doc) objectArgs(t, hi int) []actorRef {
	inQ := d.toks[t].flags&fInQuote != 0
	k := t + 1
	for k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (objectParticles[d.tokLower(k)] || isAdverb(d.tokLower(k)) ||
		groupAdverbs[d.tokLower(k)]) {
		k++
	}
	if k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (complementPreps[d.tokLower(k)] || d.tokLower(k) == "to" && d.lemmaIs(t, "object")) {
		k++
	} else if k+1 < hi && d.tokLower(k) == "to" && d.cover[k+1] == 0 && !d.tokIn(k+1, inDeterminers) {
		// "refused to re-nominate Justice Hoens", "threatened to sue the
		// ministry": the object of the verb after "to" (a hyphenated verb
		// is one word).
		k++
		for k+1 < hi && d.toks[k+1].s == d.toks[k].e {
			k++
		}
		k++
		for k < hi && d.toks[k].kind == tWord && d.cover[k] == 0 && (objectParticles[d.tokLower(k)] || isAdverb(d.tokLower(k))) {
			k++
		}
	}
	var out []actorRef
	for n := 0; n < 3 && k < hi; n++ {
		if (d.toks[k].flags&fInQuote != 0) != inQ || d.tokLower(k) == "that" && n == 0 {
			break // "insisted that the jury was out": a clause, no object
		}
		end := d.npEnd(k, hi)
		if end <= k {
			break
		}
		a := d.npEndingAt(k, end-1, npNoClimb)
		switch {
		case d.instrumentTitleAfter(end, hi):
			// "against the Kenyan Building Code": a name that qualifies a
			// law's title is no party.
		case a.ref.ok() && !(a.ref.ent < 0 && publicNouns[d.tokLower(a.head)]):
			// (The public is no party: "warned people to stay away".)
			out = append(out, a.ref)
		case a.thing && a.owner.ok():
			out = append(out, a.owner)
		case a.thing && n == 0:
			// "dismissed the claims by Kenya", "seized power in an
			// operation against the president": the thing's maker or
			// target, in a prepositional phrase after it.
			if r := d.thingComplement(end, hi); r.ok() {
				out = append(out, r)
			}
		}
		// "Britain and Nigeria", "the union, the council and Kenya"; not
		// "ignored the regulators and used…", a second verb phrase.
		if end+1 < hi && (d.tokLower(end) == "and" || d.toks[end].kind == tPunct && d.text[d.toks[end].s] == ',' && d.listGoesOn(end+1, hi)) &&
			(d.cover[end+1] != 0 || d.tokIn(end+1, inDeterminers) && end+2 < hi && d.cover[end+2] != 0) {
			k = end + 1
			continue
		}
		break
	}
	return out
}

// instrumentTitleAfter reports the title of a law or written instrument
// going on at token k, right after a name ("the Kenyan | Building Code",
// "the U.S. | Flag Code", "the EU | Water Framework Directive"): capital
// words up to an instrumentHeads word. The name before only qualifies the
// instrument, a thing.
func (d *doc) instrumentTitleAfter(k, hi int) bool {
	for j := k; j < hi && j < k+4; j++ {
		if d.toks[j].kind != tWord || d.toks[j].flags&fCap == 0 {
			return false
		}
		if c := d.cover[j]; c != 0 {
			j = int(d.ments[c-1].t1) - 1 // "Building Code" read as a name
		}
		if instrumentHeads[d.tokLower(j)] {
			return true
		}
	}
	return false
}

// thingComplement returns the actor in a prepositional phrase of maker
// or target ("by", "from", "against", "of") soon after a thing object
// that ends at token k, within the clause; noActor when there is none.
func (d *doc) thingComplement(k, hi int) actorRef {
	for j := k; j+1 < hi && j < k+6; j++ {
		tk := d.toks[j]
		if tk.kind != tWord || clauseLinks[d.tokLower(j)] || d.lex[j]&lexSpeech != 0 {
			return noActor
		}
		switch p := d.tokLower(j); {
		case p == "by" || p == "from" || p == "against" || p == "of" || p == "for" && legalNouns[d.tokLower(k-1)]:
			// ("a ten-year sentence for Daniel Morrow")
			end := d.npEnd(j+1, hi)
			if end <= j+1 {
				return noActor
			}
			if a := d.npEndingAt(j+1, end-1, npNoClimb); a.ref.ok() && a.ref.ent >= 0 {
				return a.ref
			}
			return noActor
		}
	}
	return noActor
}

// staffHeads are the people around an actor, who act for them: "his
// office", "her campaign", "the minister's staff".
var staffHeads = setOf("office", "campaign", "staff", "aides", "lawyers", "attorneys", "camp", "entourage")

// objectPronouns end a noun phrase.
var objectPronouns = setOf("them", "him", "her", "us", "me", "it", "you", "themselves", "itself")

// agentNounAt reports a noun of people or of a body at token k
// ("officials", "board", "leader's"), by its lemma or the engine's lists.
func (d *doc) agentNounAt(k int) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(d.tokLower(k), "'s"), "\u2019s")
	if _, ok := agentOf(d.lemmaAt(k)); ok {
		return true
	}
	return isPersonNoun(w) || groupNouns[w] != "" || titleHeads[w] || isGroupHead(w) || descHeads[w] != "" ||
		descHeads[strings.TrimSuffix(w, "s")] != ""
}

// listGoesOn reports that the noun phrase at k is followed by "and" or a
// comma, as in a list ("Kenya, Uganda and Tanzania"), not by a verb ("…,
// his lawyer said").
func (d *doc) listGoesOn(k, hi int) bool {
	end := d.npEnd(k, hi)
	return end > k && end < hi && (d.tokLower(end) == "and" || d.toks[end].kind == tPunct && d.text[d.toks[end].s] == ',')
}

// npEnd returns the end (exclusive) of the noun phrase that starts at
// token k: determiners, modifiers, names and a possessive, up to its head;
// k when no phrase starts there.
func (d *doc) npEnd(k, hi int) int {
	j := k
	poss := -1 // the token right after a possessive name
	for j < hi && j < k+8 {
		if c := d.cover[j]; c != 0 {
			m := d.ments[c-1]
			j = int(m.t1)
			if m.flags&mPoss != 0 {
				poss = j
			}
			if m.flags&mPoss == 0 && m.form != formPronoun {
				// A name ends the phrase unless a noun of people or of a
				// body follows it ("Kenyan officials", "the Kenya Ports
				// Authority board", "the US leader's approach") or it
				// stands after a determiner; "that Coliva compensate them"
				// ends at the name.
				if j < hi && d.toks[j].kind == tWord && d.cover[j] == 0 && d.toks[j].flags&fCap == 0 &&
					(d.agentNounAt(j) || d.tokIn(k, inDeterminers) && d.plainLower(j) && formTags(d.tokLower(j))&(formPast|formPresent) == 0 &&
						!isPreposition(d.tokLower(j)) && !clauseOpeners[d.tokLower(j)] && d.lex[j]&lexFunction == 0) {
					continue // ("the Nairobi peace talks": after a determiner, a modifier; not "his partner Martin Kell since 2019")
				}
				return j
			}
			continue
		}
		tk := d.toks[j]
		w := d.tokLower(j)
		// "former Justice Helen Hoens", "Mr. Holloway": a title before the
		// name.
		if tk.kind == tWord && d.isTitleWord(j) && j+1 < hi && (d.cover[j+1] != 0 || d.isTitleWord(j+1) || d.abbrevDot(j+1)) {
			j++
			if j < hi && d.abbrevDot(j) {
				j++
			}
			continue
		}
		if tk.kind == tWord && j > k && (isAdverb(w) || objectPronouns[w]) {
			break // "…compensate them directly"
		}
		// ("Tanzania's plan", "the minister's claim": after a possessive
		// name a word that may report a view is the head noun.)
		if tk.kind == tNum || tk.kind == tWord && (determiners[w] && (j == k || d.tokIn(j-1, inDeterminers)) || tk.flags&fCap == 0 && d.lex[j]&lexFunction == 0 &&
			!isPreposition(w) && !isAuxiliary(w) && !isBe(w) && !clauseLinks[w] && (d.lex[j]&(lexSpeech|lexThink) == 0 || j == poss) &&
			!(strings.HasSuffix(w, "ed") && j > k) && !(strings.HasSuffix(w, "ing") && j > k && !d.tokIn(j-1, inDeterminers))) {
			j++
			continue
		}
		// "the nuns' choice": a possessive plain noun.
		if tk.kind == tPunct && j > k && (d.text[tk.s] == '\'' || strings.HasPrefix(d.text[tk.s:], "\u2019")) && tk.s == d.toks[j-1].e {
			j++
			continue
		}
		break
	}
	return j
}

// pronounAntecedent returns the person an unresolved pronoun mention
// stands for, or -1; none for a pronoun in a quote that speaks of someone
// by title before it (quotedPersonNounBefore).
func (d *doc) pronounAntecedent(m mention) int {
	if m.flags&mInQuote != 0 && d.quotedPersonNounBefore(int(m.t0)) {
		return -1 // "“The governor has been clear: he will…”"
	}
	return d.antecedent(int(m.t0), m.gender, -1)
}

// quotedPersonNounBefore reports a person named by a title or a noun
// ("the governor", "our president", "the minister") earlier in the quote
// that holds the pronoun at token t, and no name there: "“The governor
// has been clear: he will veto…”" speaks of the governor, not of a man
// the narration named before the quote.
func (d *doc) quotedPersonNounBefore(t int) bool {
	for k := t - 1; k > 0 && k >= t-30; k-- {
		tk := d.toks[k]
		if tk.kind == tQuote || tk.flags&fInQuote == 0 {
			return false
		}
		if tk.kind != tWord || tk.flags&fCap != 0 && k > 0 && d.toks[k-1].kind != tQuote {
			continue
		}
		if c := d.cover[k]; c != 0 && d.ments[c-1].ent >= 0 {
			return false // a name in the quote: the pronoun's own rules
		}
		w := d.tokLower(k)
		plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		if (titleHeads[w] || isPersonNoun(w)) && !plural && d.tokIn(k-1, inDeterminers) {
			return true
		}
	}
	return false
}
