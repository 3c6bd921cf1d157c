package brief

// A subject of several names joined by "and" or "or" ("Corvessa and
// Harbour Games shocked players", "Lindqvist Media, Harbour Games and
// Corvessa have formed…", "Velmont and the Tarn Council signed…"): the
// verb after the last name is each name's (mentionActs, mentionRole).

// conjunctName reports a mention that may be one name of such a subject:
// a person's or a body's name, or one the gazetteer knows, that is no
// possessive, adjective, place or pronoun, inside or outside a quote as
// mention m is.
func conjunctName(x, m *mention) bool {
	switch x.form {
	case formName, formPerson, formOrg, formUnknown:
	default:
		return false
	}
	return x.flags&(mPoss|mAdj|mLocative) == 0 && x.flags&mInQuote == m.flags&mInQuote && x.sent == m.sent &&
		x.kind != KindOther
}

// conjJointAfter reads the joint of a list at token k, before the next
// name ("and", "or", ", and", ", or", ","), and returns the token where
// that name starts ("the" after the joint skipped: "and the Tarn
// Council") and whether the joint has "and" or "or"; -1 when none.
func (d *doc) conjJointAfter(k, hi int) (int, bool) {
	if k >= hi {
		return -1, false
	}
	next, andOr := -1, false
	switch {
	case d.andOrAt(k):
		next, andOr = k+1, true
	case d.isComma(k):
		next = k + 1
		if next < hi && d.andOrAt(next) {
			next, andOr = k+2, true
		}
	default:
		return -1, false
	}
	if next < hi && d.toks[next].kind == tWord && d.tokLower(next) == "the" {
		next++
	}
	if next >= hi {
		return -1, false
	}
	return next, andOr
}

// andOrAt reports "and" or "or" written in lower case at token k.
func (d *doc) andOrAt(k int) bool {
	if d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 {
		return false
	}
	w := d.tokLower(k)
	return w == "and" || w == "or"
}

// mentionIndex returns the index of mention m in d.ments, or -1.
func (d *doc) mentionIndex(m *mention) int {
	if b := int(d.byTok[m.t0]) - 1; b >= 0 && d.ments[b].t0 == m.t0 && d.ments[b].t1 == m.t1 {
		return b
	}
	for k := d.mentionsBefore(int(m.t0)); k < len(d.ments) && d.ments[k].t0 == m.t0; k++ {
		if d.ments[k].t1 == m.t1 {
			return k
		}
	}
	return -1
}

// conjoinedSubject returns, for mention m, the first name of the subject
// of names joined by "and" or "or" that m is one of, and the token right
// after its last name, and whether the names are known as more than
// capitals — one a body's ("Harbour Games"), the gazetteer's or a person's
// with a given name, and no fewer known than not;
// ok is false when m is joined to no name so. The
// names form a list ("A and B", "A, B and C"): commas, then one "and" or
// "or" before the last name. The first name opens its clause — the
// sentence, a clause after a comma, "that", a verb of saying or a
// subordinator ("Analysts said Drennick and Halvard Shipping had cut…") —
// and follows no preposition ("the deal between Harbour Games and Corvessa
// collapsed").
func (d *doc) conjoinedSubject(m *mention) (first *mention, end int, known, ok bool) {
	lo, hi := d.sentRange(int(m.sent))
	// Cheap first: a joint right after m or right before it.
	after := int(m.t1) < hi && (d.andOrAt(int(m.t1)) || d.isComma(int(m.t1)))
	p := int(m.r0) - 1
	if p >= lo && d.toks[p].kind == tWord && d.tokLower(p) == "the" {
		p--
	}
	before := p > lo && (d.andOrAt(p) || d.isComma(p))
	if !after && !before || !conjunctName(m, m) {
		return nil, 0, false, false
	}
	mi := d.mentionIndex(m)
	if mi < 0 {
		return nil, 0, false, false
	}
	// Back to the first name: past at most one "and" or "or", which is
	// the last joint of the list, and commas before it.
	fi, crossedAnd := mi, false
	for n := 0; n < 6; n++ {
		f := &d.ments[fi]
		p := int(f.r0) - 1
		if p >= lo && d.toks[p].kind == tWord && d.tokLower(p) == "the" {
			p--
		}
		if p <= lo {
			break
		}
		e := -1 // where the name before the joint ends
		switch {
		case d.andOrAt(p):
			if crossedAnd {
				break
			}
			e = p
			if d.isComma(p - 1) {
				e = p - 1
			}
		case d.isComma(p):
			e = p
		}
		if e < 0 {
			break
		}
		j := fi - 1
		for j >= 0 && int(d.ments[j].t1) > e {
			j--
		}
		if j < 0 || int(d.ments[j].t1) != e || !conjunctName(&d.ments[j], m) {
			break
		}
		crossedAnd = crossedAnd || d.andOrAt(p)
		fi = j
	}
	// On from the first name to the last: commas, then one "and" or "or".
	cur, last := fi, -1
	for n := 0; n < 8; n++ {
		next, andOr := d.conjJointAfter(int(d.ments[cur].t1), hi)
		if next < 0 || d.byTok[next] == 0 {
			break
		}
		x := int(d.byTok[next]) - 1
		if x <= cur || !conjunctName(&d.ments[x], m) {
			break
		}
		cur = x
		if andOr {
			last = cur
			break
		}
	}
	if last < 0 || mi < fi || mi > last {
		return nil, 0, false, false
	}
	first = &d.ments[fi]
	if !d.opensSubject(first) {
		return nil, 0, false, false
	}
	names, unknown := 0, 0
	for x := fi; x <= last; x++ {
		switch c := &d.ments[x]; {
		case x != fi && !conjunctName(c, m):
			// a mention inside another's span
		case c.form == formUnknown:
			names++
			unknown++
		default:
			names++
			if c.form != formPerson || d.givenAt(int(c.t0)) {
				known = true
			}
		}
	}
	// As many names known as not: "Alpha, Gamma, Zeta and Omega
	// Metroids spawned" is no list of bodies.
	known = known && unknown <= names-unknown
	return first, int(d.ments[last].t1), known, true
}

// opensSubject reports a name that may open the subject of a clause: at
// the start of its sentence (after determiners), after a semicolon or a
// closing quotation mark, after "that", a verb of saying or a
// subordinator, or after the comma that ends an opening phrase ("On
// Tuesday, Corvessa and…": the sentence opens with a preposition, an
// adverb or a subordinator, and the comma is its first) — not after a
// comma inside a list ("servers such as nginx, Apache and IIS write"),
// nor after a preposition.
func (d *doc) opensSubject(m *mention) bool {
	lo, _ := d.sentRange(int(m.sent))
	p := d.beforeDeterminers(m)
	if p < lo {
		return true
	}
	switch t := d.toks[p]; {
	case t.kind == tQuote:
		return true
	case t.kind == tPunct:
		switch d.text[t.s] {
		case ';':
			return true
		case ',':
			for k := lo; k < p; k++ {
				if d.isComma(k) || d.toks[k].kind == tQuote {
					return false
				}
			}
			if d.toks[lo].kind != tWord {
				return false
			}
			w := d.tokLower(lo)
			return isPreposition(w) || isAdverb(w) || d.tokIn(lo, inSubordinators) || isTimeWord(w) || isCalendarWord(w)
		}
		return false
	case t.kind == tWord && t.flags&fCap == 0:
		if isPreposition(d.tokLower(p)) {
			return false
		}
		return d.tokLower(p) == "that" || d.lex[p]&lexSpeech != 0 || d.tokIn(p, inSubordinators)
	}
	return false
}

// conjoinedVerbAt reports the verb at token k, after adverbs, of a subject
// of names joined by "and" or "or" (see actsAt): a word that ends in "s"
// and is no auxiliary is the plural noun the names qualify ("PUT and DELETE
// requests", "Corvessa and Harbour Games shares"), not the verb of a
// plural subject; a title or a noun for people after the names is their
// staff ("Corvessa and Harbour Games officials").
func (d *doc) conjoinedVerbAt(k int, m *mention) bool {
	for k < len(d.toks) && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) && d.toks[k].flags&fCap == 0 {
		k++
	}
	if k >= len(d.toks) || d.toks[k].kind != tWord {
		return false
	}
	if w := d.tokLower(k); len(w) > 2 && w[len(w)-1] == 's' && !isAuxiliary(w) && !isBe(w) && !titleHeads[w] && !isPersonNoun(w) {
		return false
	}
	return d.actsAt(k, m)
}
