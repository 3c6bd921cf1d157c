package brief

import "strings"

// Epithets: a person already named, called by a people's noun or an age
// as the subject ("The Dane says…", "The 54-year-old said…", "a
// 26-year-old Pole"). Such a phrase names one person, not a country: it is
// a description mention (formDesc, KindPerson, key epithetKey) whose role
// is the country of the demonym and whose nick is the age, resolved to the
// one person the article gave that nationality or age (see
// resolveEpithet), or to no one.

// epithetKey is the key of an epithet's description mention.
const epithetKey = "\x00epithet"

// epithetNoOne stands, in antecedentIn, for an epithet that names no one
// the engine knows.
const epithetNoOne = -2

// epithetDeterminer reports a word that opens an epithet: "the Dane", "a
// 26-year-old Pole", "another Brazilian". (A switch: it is asked of every
// lower-case word.)
func epithetDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "another":
		return true
	}
	return false
}

// singularVerbs are the auxiliaries and modals a singular subject takes:
// "the Dane has", "the 54-year-old will".
var singularVerbs = setOf("has", "had", "was", "is", "will", "would", "could", "did", "does", "may", "might",
	"should", "can", "must", "shall", "'s", "’s")

// irregularPasts are past tenses with no "-ed" that follow an epithet
// as its verb: "the Dane said", "the Brazilian scored" is regular.
var irregularPasts = setOf("said", "told", "thought", "wrote", "spoke", "made", "gave", "took", "left", "won",
	"lost", "felt", "knew", "became", "came", "went", "ran", "led", "held", "kept", "met", "paid", "put", "sent",
	"sat", "stood", "struck", "got", "saw", "began", "broke", "chose", "drove", "fell", "flew", "hit", "let",
	"rose", "swore", "woke", "wore", "admitted", "insisted", "added", "denied", "moved", "signed", "joined")

// ageYears returns the years of an age token ("54-year-old" → "54"), or "".
func ageYears(w string) string {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 || w[n:] != "-year-old" {
		return ""
	}
	return w[:n]
}

// collectiveDemonym reports a demonym that, after "the", names the whole
// people and so the country: "the British", "the French", "the Chinese",
// "the Swiss".
func collectiveDemonym(w string) bool {
	return strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ese") ||
		strings.HasSuffix(w, "s")
}

// matchEpithet records an epithet at determiner i ("the Dane says", "the
// 54-year-old said", "a 26-year-old Pole was") as a description mention of
// one person and returns its length, or 0. The phrase must stand as a noun:
// a verb, "who", punctuation or the sentence's end follows it, not a noun
// it qualifies ("the Canadian demand that…") or a name.
func (d *doc) matchEpithet(i, hi, si int) int {
	j := i + 1
	age := ""
	if j < hi && d.toks[j].kind == tWord && d.toks[j].flags&fHyphen != 0 {
		if age = ageYears(d.tokLower(j)); age != "" {
			j++
		}
	}
	country := ""
	if j < hi && d.isCapWord(j) && d.toks[j].flags&fPoss == 0 {
		// The cheap test of what follows first: most capitalised words
		// after "the" open a name ("the United States").
		if !d.epithetEnds(j+1, hi) {
			return 0
		}
		n, h := d.gazMatch(j, hi)
		if n != 1 || h.form != formDemonym || collectiveDemonym(d.tokLower(j)) {
			return 0
		}
		country = h.name
		j++
	}
	if age == "" && country == "" || !d.epithetEnds(j, hi) {
		return 0
	}
	d.addMention(mention{sent: int32(si), t0: int32(i + 1), t1: int32(j), r0: int32(i), ent: -1, kind: KindPerson,
		form: formDesc, key: epithetKey, role: country, cold: coldNick(age)})
	return j - i
}

// epithetEnds reports that token j ends an epithet used as a noun: the end
// of the sentence ("…,” said the Dane."), punctuation ("The Brazilian,
// who joined in June,"), "who", or the verb of a singular subject, after
// at most two adverbs ("the Dane says", "the 54-year-old has", "the Pole
// then admitted").
func (d *doc) epithetEnds(j, hi int) bool {
	if j >= hi {
		return true
	}
	if t := d.toks[j]; t.kind == tPunct || t.kind == tQuote {
		if t.kind == tPunct && d.text[t.s] == ',' && j+1 < hi && d.toks[j+1].kind == tWord {
			// "the Canadian, British and French delegations": a list of
			// demonyms qualifying a noun.
			if w := d.tokLower(j + 1); w == "and" || w == "or" {
				return false
			}
			if n, h := d.gazMatch(j+1, hi); n > 0 && h.form == formDemonym {
				return false
			}
		}
		return t.kind == tQuote || t.kind == tPunct && strings.ContainsRune(",.;:?!)", rune(d.text[t.s]))
	}
	for n := 0; j < hi && n < 2 && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0; n++ {
		w := d.tokLower(j)
		if w != "has" && w != "had" && isAdverb(w) {
			j++
			continue
		}
		break
	}
	if j >= hi || d.toks[j].kind != tWord || d.toks[j].flags&fCap != 0 {
		return false
	}
	w := d.tokLower(j)
	switch {
	case w == "who" || singularVerbs[w] || irregularPasts[w]:
		return true
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return true
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && d.lex[j]&(lexSpeech|lexCommit|lexDispute) != 0:
		// "the Dane says", "the Brazilian insists"; not "the Canadian
		// talks collapsed" or "the Canadian demands for…", where a verb
		// or a preposition follows the noun.
		if j+1 < hi && d.toks[j+1].kind == tWord {
			v := d.tokLower(j + 1)
			return !(isAuxiliary(v) || isBe(v) || isVerbLike(v) || irregularPasts[v] || isPreposition(v))
		}
		return true
	}
	return false
}

// epithetFacts records, for each person, the nationality and the age the
// article gives them: "Danish coach Anders Kjaer", "Rui Tavares, the
// Brazilian winger", "Piet Voss, 61,", "Ferreira, the 26-year-old
// Portuguese forward", "54-year-old Piet Voss". A person given two
// nationalities or two ages gets "?" (fits no epithet).
func (d *doc) epithetFacts() {
	if d.epiRead {
		return
	}
	d.epiRead = true
	d.epiNat = make([]string, len(d.ents))
	d.epiAge = make([]string, len(d.ents))
	set := func(list []string, ei int, v string) {
		if list[ei] == "" || list[ei] == v {
			list[ei] = v
		} else {
			list[ei] = "?"
		}
	}
	person := d.namedPersonAt
	for k := range d.ments {
		m := d.ments[k]
		if m.flags&mInQuote != 0 {
			continue
		}
		if m.key == epithetKey {
			// "Rui Tavares, a Brazilian, …", "Voss, the 61-year-old, …".
			if ei := d.appositionPerson(k); ei >= 0 {
				if m.role != "" {
					set(d.epiNat, ei, m.role)
				}
				if m.nick() != "" {
					set(d.epiAge, ei, m.nick())
				}
			}
			continue
		}
		if m.form == formDemonym {
			// "Danish coach Anders Kjaer": a demonym, at most three
			// lower-case words, the person.
			if ei := person(k + 1); ei >= 0 && d.ments[k+1].sent == m.sent && d.plainWordsBetween(int(m.t1), int(d.ments[k+1].r0), 3) {
				set(d.epiNat, ei, m.key)
			}
			// "Rui Tavares, the Brazilian winger": a person, a comma, a
			// determiner, an age maybe, the demonym.
			if ei := person(k - 1); ei >= 0 && d.ments[k-1].sent == m.sent {
				if t := d.appositionDeterminer(int(d.ments[k-1].t1)); t > 0 && (t == int(m.t0) || t+1 == int(m.t0) && ageYears(d.tokLower(t)) != "") {
					set(d.epiNat, ei, m.key)
				}
			}
			continue
		}
		ei := person(k)
		if ei < 0 {
			continue
		}
		// "Piet Voss, 61,", "Piet Voss, aged 61,": a comma, a number, a
		// comma or the end.
		t := int(m.t1)
		if t+2 < len(d.toks) && d.isComma(t) && d.toks[t+1].kind == tWord && d.tokLower(t+1) == "aged" {
			t++
		}
		if t+1 < len(d.toks) && d.sentenceOf(t+1) == int(m.sent) && (d.isComma(t) || d.tokLower(t) == "aged") && d.toks[t+1].kind == tNum {
			if w := d.tokText(t + 1); len(w) == 2 && w[0] >= '1' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9' &&
				(t+2 >= len(d.toks) || d.sentenceOf(t+2) != int(m.sent) || d.toks[t+2].kind == tPunct) {
				set(d.epiAge, ei, w)
			}
		}
		// "Voss, the 61-year-old director".
		if t := d.appositionDeterminer(int(m.t1)); t > 0 && d.sentenceOf(t) == int(m.sent) && d.toks[t].kind == tWord {
			if a := ageYears(d.tokLower(t)); a != "" {
				set(d.epiAge, ei, a)
			}
		}
		// "61-year-old Piet Voss".
		if r := int(m.r0) - 1; r >= 0 && d.sentenceOf(r) == int(m.sent) && d.toks[r].kind == tWord {
			if a := ageYears(d.tokLower(r)); a != "" {
				set(d.epiAge, ei, a)
			}
		}
	}
}

// namedPersonAt returns the person that mention k names outside quotes
// (not by a pronoun or a description), or -1.
func (d *doc) namedPersonAt(k int) int {
	if k < 0 || k >= len(d.ments) {
		return -1
	}
	m := d.ments[k]
	if m.ent < 0 || m.flags&mInQuote != 0 || m.form == formPronoun || m.form == formDesc || int(m.ent) >= len(d.ents) ||
		d.ents[m.ent].kind != KindPerson {
		return -1
	}
	return int(m.ent)
}

// appositionPerson returns the person named right before epithet mention
// k, set off by a comma: "Rui Tavares, a Brazilian, …", "the captain,
// Iriyanto, an Indonesian who…". -1 when there is none.
func (d *doc) appositionPerson(k int) int {
	if k == 0 || d.ments[k-1].sent != d.ments[k].sent {
		return -1
	}
	if d.appositionDeterminer(int(d.ments[k-1].t1)) != int(d.ments[k].r0)+1 {
		return -1
	}
	return d.namedPersonAt(k - 1)
}

// isComma reports a comma at token t.
func (d *doc) isComma(t int) bool {
	return t < len(d.toks) && d.toks[t].kind == tPunct && d.text[d.toks[t].s] == ','
}

// appositionDeterminer returns the token after ", the|a|an" at token t
// (the comma), or -1.
func (d *doc) appositionDeterminer(t int) int {
	if !d.isComma(t) || t+2 >= len(d.toks) || d.toks[t+1].kind != tWord {
		return -1
	}
	if w := d.tokLower(t + 1); w != "the" && w != "a" && w != "an" {
		return -1
	}
	return t + 2
}

// plainWordsBetween reports that tokens [a, b) are at most max lower-case
// words that are no verb, preposition, function word or possessive: "coach"
// in "Danish coach Anders Kjaer", not "Danish club's coach Anders Kjaer".
func (d *doc) plainWordsBetween(a, b, max int) bool {
	if b < a || b-a > max {
		return false
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.flags&(fCap|fInQuote|fPoss) != 0 || d.lex[k]&(lexFunction|lexSpeech) != 0 {
			return false
		}
		if w := d.tokLower(k); isVerbLike(w) || isAuxiliary(w) || isBe(w) || isPreposition(w) {
			return false
		}
	}
	return true
}

// resolveEpithet attaches epithet mention mi to the person it is set
// beside as an apposition, or else to the one person named before it whom
// the article gave its nationality and age. "A 26-year-old
// Pole" brings in someone new, and an epithet that fits no one or more than
// one person names no one: it becomes a shared mention, which no speaker
// or pronoun rule reads as anyone (see antecedentIn).
func (d *doc) resolveEpithet(mi int) {
	m := &d.ments[mi]
	if ei := d.appositionPerson(mi); ei >= 0 {
		d.attach(mi, ei) // "Rui Tavares, a Brazilian, …": the person it is set beside
		return
	}
	if d.tokLower(int(m.r0)) == "the" {
		d.epithetFacts()
		best := -1
		for ei, e := range d.ents {
			if e.kind != KindPerson || ei >= len(d.epiNat) || len(e.ments) == 0 || int(e.ments[0]) >= mi {
				continue
			}
			if m.role != "" && d.epiNat[ei] != m.role || m.nick() != "" && d.epiAge[ei] != m.nick() {
				continue
			}
			if best >= 0 {
				best = -1
				break
			}
			best = ei
		}
		if best >= 0 {
			d.attach(mi, best)
			return
		}
	}
	m.form = formShared
}
