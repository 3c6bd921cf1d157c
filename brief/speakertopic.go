package brief

import "sort"

// The person of a speech frame's pronoun ("“…,” he told me", "she
// recalled: “…”") is the one the passage is about: the subject of the
// narration before, not whoever was named last. Feature writing names
// others in passing — the official a resident wrote to, the lawyer he
// called — as objects of its sentences; those are not the pronoun's.

// afterVerbInClause reports that mention mi, the first actor of its
// sentence, follows a verb of its own clause (the stretch of the sentence
// since the last comma, colon, semicolon or dash): "In March a clerk sent
// him to see Tait", "Mendel had asked the council's Greer". It is then an
// object, not the subject. An inverted frame ("“…,” said Tait") is no
// such verb: the name after it is the one who speaks.
func (d *doc) afterVerbInClause(mi int) bool {
	m := d.ments[mi]
	lo, _ := d.sentRange(int(m.sent))
	for k := int(m.r0) - 1; k >= lo; k-- {
		tk := d.toks[k]
		if tk.kind == tQuote || tk.flags&fInQuote != 0 {
			return false
		}
		if tk.kind == tPunct {
			switch d.text[tk.s] {
			case ',', ';', ':', '(', ')':
				return false
			}
			if c := d.tokText(k); c == "\u2014" || c == "\u2013" {
				return false
			}
			continue
		}
		if tk.kind != tWord || d.cover[k] != 0 {
			continue
		}
		// "One of its regular clients is Tomas Brenner": a name after a
		// form of "be" is equated with the subject and stands for it.
		if isBe(d.tokLower(k)) {
			return false
		}
		if d.clauseVerbAt(k) {
			// "“…,” said Tait": a speech verb right after the quote.
			if d.lex[k]&lexSpeech != 0 && d.onlyPunctOrQuoteBefore(k, lo) {
				return false
			}
			return !d.namingBefore(int(m.r0), lo)
		}
	}
	return false
}

// namingBefore reports words before token r that give the name from r on
// to the subject they follow: "a forum user who calls himself
// FrostyLantern", "a vendor known as BlueHeron", "who goes by Heron",
// "a dog named Rex". The name stands for that subject.
func (d *doc) namingBefore(r, lo int) bool {
	p := r - 1
	if p < lo || d.toks[p].kind != tWord {
		return false
	}
	w, w1 := d.tokLower(p), ""
	if p-1 >= lo && d.toks[p-1].kind == tWord {
		w1 = d.tokLower(p - 1)
	}
	switch w {
	case "named", "called", "dubbed", "nicknamed":
		return true
	case "himself", "herself", "themselves":
		return w1 == "calls" || w1 == "called" || w1 == "call" || w1 == "calling"
	case "as":
		return w1 == "known"
	case "by":
		return w1 == "goes" || w1 == "go" || w1 == "went" || w1 == "going"
	}
	return false
}

// writersInterlocutor reports that mention mi is the first person named
// in a sentence whose subject is the writer ("I asked the council's
// licensing chief, Owen Tait, why…", "We reached Tait by phone"): the one
// the writer talks with, who answers the "he told me" that follows.
func (d *doc) writersInterlocutor(mi int) bool {
	m := d.ments[mi]
	lo, hi := d.sentRange(int(m.sent))
	k := lo
	for k < hi && d.toks[k].kind != tWord {
		k++
	}
	if k >= hi || d.toks[k].flags&fInQuote != 0 || d.tokText(k) != "I" && d.tokText(k) != "We" || int(m.t0) <= k ||
		m.flags&mInQuote != 0 || m.ent < 0 || d.ents[m.ent].kind != KindPerson {
		return false
	}
	for j := d.mentionsBefore(lo); j < mi; j++ {
		if p := d.ments[j]; p.ent >= 0 && p.flags&mInQuote == 0 && d.ents[p.ent].kind == KindPerson {
			return false
		}
	}
	return true
}

// personObjects are pronouns of people that stand only as the object of a
// verb or preposition ("her" may be a possessive).
var personObjects = setOf("him", "them", "me", "us")

// clauseVerbAt reports a word at token k that shows a verb phrase has
// begun before it: a finite verb in the present or the past, an
// auxiliary, a speech verb, or an object pronoun.
func (d *doc) clauseVerbAt(k int) bool {
	if d.toks[k].flags&fCap != 0 {
		return false
	}
	w := d.tokLower(k)
	if w == "not" || w == "never" {
		return false
	}
	if isAuxiliary(w) || personObjects[w] || d.lex[k]&lexSpeech != 0 {
		return true
	}
	return formTags(w)&(formPast|formPresent) != 0
}

// onlyPunctOrQuoteBefore reports that tokens [lo, k) hold no word outside
// quotation marks.
func (d *doc) onlyPunctOrQuoteBefore(k, lo int) bool {
	for j := lo; j < k; j++ {
		if d.toks[j].kind == tWord && d.toks[j].flags&fInQuote == 0 {
			return false
		}
	}
	return true
}

// frameSubject reports mention mi as the subject of its sentence, for a
// speech frame's pronoun: flagged so, and after no verb of its clause; or
// the person the writer talks with (writersInterlocutor).
func (d *doc) frameSubject(mi int) bool {
	return d.ments[mi].flags&mSubject != 0 && !d.afterVerbInClause(mi) || d.writersInterlocutor(mi)
}

// fitsGender reports that person e may be referred to by a pronoun of
// the given gender.
func (d *doc) fitsGender(e int, gender int8) bool {
	g := d.ents[e].gender
	return gender == genderUnknown || g == genderUnknown || g == gender
}

// topicMoved reports that, between the last speaker's quote and the
// pronoun at token t, the narration took another person of the pronoun's
// gender as its subject while the last speaker was no subject at all:
//
//	“We process each badge in six weeks,” said licensing chief Owen Tait.
//	Hamid Nasser drives a night taxi. His two letters to Tait went
//	unanswered. “I sent every paper,” he told me.
//
// The passage is now about Nasser; Tait is named only as an object.
func (d *doc) topicMoved(t int, gender int8, speaker int) bool {
	si := d.sentenceOf(t)
	other := false
	for mi := d.mentionsBefore(t) - 1; mi >= 0; mi-- {
		m := d.ments[mi]
		if int(m.sent) <= d.lastSpeakerSent {
			break
		}
		if int(m.sent) >= si || m.ent < 0 || m.flags&mInQuote != 0 || !d.frameSubject(mi) {
			continue
		}
		e := int(m.ent)
		if e == speaker {
			return false
		}
		if d.ents[e].kind == KindPerson && d.fitsGender(e, gender) {
			other = true
		}
	}
	return other
}

// broughtIn reports that the person of mention mi, the best antecedent of
// a speech frame's pronoun, came into the passage as the object of a
// sentence whose subject is another person of the pronoun's gender:
//
//	Jonas Berg hired Tomas Varga as a mechanic in 2019. Varga left after
//	a row over pay. “It was never about the money,” he told me.
//
// Berg, whom the passage is about, and Varga, its latest subject, both
// fit; the quote is printed with no speaker rather than a guess. It is
// not so when the newcomer's own words were reported since ("Varga said
// the pay was never the point"): the quote goes on from them.
func (d *doc) broughtIn(mi int, gender int8) bool {
	m := d.ments[mi]
	e := int(m.ent)
	if m.flags&mInQuote != 0 || !d.frameSubject(mi) || gender == genderUnknown {
		return false
	}
	para := d.a.Sentences[m.sent].Para
	first := d.a.Paragraphs[para].First
	// The newcomer's first mention in the paragraph.
	in := -1
	ms := d.ents[e].ments // in text order: from the paragraph's first sentence on
	from := sort.Search(len(ms), func(i int) bool { return int(d.ments[ms[i]].sent) >= first })
	for _, k := range ms[from:] {
		km := d.ments[k]
		if int(km.sent) >= first && km.flags&mInQuote == 0 && km.form != formPronoun {
			in = int(k)
			break
		}
	}
	if in < 0 || int(d.ments[in].sent) >= int(m.sent) || d.frameSubject(in) {
		return false
	}
	// The subject of the sentence that brought the newcomer in.
	host := -1
	lo, hi := d.sentRange(int(d.ments[in].sent))
	for k := d.mentionsBefore(lo); k < len(d.ments) && int(d.ments[k].t0) < hi; k++ {
		if km := d.ments[k]; km.flags&mSubject != 0 && km.flags&mInQuote == 0 && km.ent >= 0 {
			host = int(km.ent)
			break
		}
	}
	if host < 0 || host == e || d.ents[host].kind != KindPerson || d.ents[host].gender != gender {
		return false
	}
	// The newcomer's own reported words since: the quote goes on from them.
	for s := int(d.ments[in].sent) + 1; s <= int(m.sent); s++ {
		slo, shi := d.sentRange(s)
		for k := slo; k < shi; k++ {
			if d.toks[k].kind == tWord && d.toks[k].flags&(fInQuote|fCap) == 0 && d.lex[k]&lexSpeech != 0 &&
				!weakSpeechVerbs[d.tokLower(k)] && d.subjectBefore(slo, k).ent == e {
				return false
			}
		}
	}
	return true
}
