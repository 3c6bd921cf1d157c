package brief

// spokesBody returns the body the person entity ei speaks for as its
// spokesperson, as one of its mentions tells: the body named in the role
// before the name ("White House press secretary Dana Osei", "Kremlin
// spokesman Ilya Markov", "a spokeswoman for the ministry, Dana Osei,")
// or in an apposition after it ("Dana Osei, a spokeswoman for the Port
// Authority,", "Dana Osei, the White House press secretary,"), or, for a
// role that names no body ("Press secretary Dana Osei said", "Dana Osei,
// a spokeswoman, said"), the organisation or country the sentence or one
// of the two before has as its subject ("The White House condemned the
// vote."). -1 when no mention tells: "union spokesman Tom Reyes" speaks
// for a union the article does not name, and no other body is guessed.
func (d *doc) spokesBody(ei int) int {
	for _, mi := range d.ents[ei].ments {
		m := &d.ments[mi]
		if m.form == formPronoun || m.form == formDesc || m.flags&mInQuote != 0 {
			continue
		}
		lo, hi := d.sentRange(int(m.sent))
		if b, ok := d.spokesRoleBefore(int(m.t0), lo); ok {
			return b
		}
		if b, ok := d.spokesRoleAfter(int(m.t1), hi); ok {
			return b
		}
	}
	return -1
}

// spokesBodyOK reports a body a spokesperson can speak for: an
// organisation or a country the article names, not a group, a term or
// the article's own outlet.
func (d *doc) spokesBodyOK(b int) bool {
	if b < 0 || b >= len(d.ents) {
		return false
	}
	e := d.ents[b]
	return (e.kind == KindOrganization || e.kind == KindCountry) && !e.common && !e.term && !e.own
}

// bodyEndingAt returns the entity of the body whose name ends at token k
// (its last word, possessive or not), or -1.
func (d *doc) bodyEndingAt(k int) int {
	if k < 0 || d.cover[k] == 0 {
		return -1
	}
	m := &d.ments[d.cover[k]-1]
	if int(m.t1) != k+1 || m.ent < 0 || m.form == formPlace || !d.spokesBodyOK(int(m.ent)) {
		return -1
	}
	return int(m.ent)
}

// spokesWordsAt reads back from token k over the words of a spokesperson's
// role ("press secretary", "chief spokesman", "deputy spokeswoman") and
// returns the token before them, with whether their head is a spokesman's.
func (d *doc) spokesWordsAt(k, lo int) (int, bool) {
	if k < lo || d.toks[k].kind != tWord || d.cover[k] != 0 {
		return k, false
	}
	w := d.tokLower(k)
	switch {
	case spokesNouns[w] && w != "representative" && w != "representatives":
	case w == "secretary" && k > lo && d.tokLower(k-1) == "press":
		k--
	default:
		return k, false
	}
	k--
	for n := 0; k >= lo && n < 2 && d.toks[k].kind == tWord && d.cover[k] == 0 && spokesRanks[d.tokLower(k)] &&
		(d.toks[k].flags&fCap == 0 || d.toks[k].flags&fStart != 0); n++ {
		k-- // "chief spokesman", "deputy press secretary"
	}
	return k, true
}

// spokesRanks qualify a spokesperson's rank, not whom he or she speaks for
// ("chief spokesman", not "union spokesman").
var spokesRanks = setOf("chief", "deputy", "senior", "acting", "assistant", "associate", "lead", "top", "interim",
	"principal", "official", "former")

// spokesRoleBefore reads a spokesperson's role before the name at token t0
// (see spokesBody).
func (d *doc) spokesRoleBefore(t0, lo int) (int, bool) {
	k := t0 - 1
	comma := k >= lo && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ','
	if comma {
		k--
		// "a spokesman for the ministry, Ilya Markov,"
		if b := d.bodyEndingAt(k); b >= 0 {
			j := int(d.ments[d.cover[k]-1].t0) - 1
			for j >= lo && d.toks[j].kind == tWord && d.tokIn(j, inDeterminers) {
				j--
			}
			if j > lo && (d.tokLower(j) == "for" || d.tokLower(j) == "of") {
				if _, ok := d.spokesWordsAt(j-1, lo); ok {
					return b, true
				}
			}
			return -1, false
		}
	}
	k, ok := d.spokesWordsAt(k, lo)
	if !ok {
		return -1, false
	}
	if b := d.bodyEndingAt(k); b >= 0 {
		return b, true // "White House press secretary Dana Osei", "the Kremlin's spokesman, Ilya Markov"
	}
	if d.bareRoleStart(k, lo) {
		return d.subjectBodyBefore(t0)
	}
	return -1, false
}

// spokesRoleAfter reads a spokesperson's role in an apposition after the
// name ending before token t1 (see spokesBody).
func (d *doc) spokesRoleAfter(t1, hi int) (int, bool) {
	if t1+1 >= hi || d.toks[t1].kind != tPunct || d.text[d.toks[t1].s] != ',' {
		return -1, false
	}
	k := t1 + 1
	if d.toks[k].kind == tWord && (d.tokLower(k) == "a" || d.tokLower(k) == "an" || d.tokLower(k) == "the") {
		k++
	}
	// The role's words up to its head: a body's name may open it ("the
	// White House press secretary", "the ministry's spokeswoman").
	body := -1
	if k < hi && d.cover[k] != 0 {
		m := &d.ments[d.cover[k]-1]
		if int(m.t0) != k || m.ent < 0 || !d.spokesBodyOK(int(m.ent)) || m.form == formPlace {
			return -1, false
		}
		body, k = int(m.ent), int(m.t1)
	}
	head := -1
	for j := k; j < hi && j < k+4; j++ {
		if d.toks[j].kind != tWord || d.cover[j] != 0 {
			break
		}
		if e, ok := d.spokesWordsAt(j, k); ok && e == k-1 {
			head = j
			break
		}
		if !spokesRanks[d.tokLower(j)] && d.tokLower(j) != "press" {
			break
		}
	}
	if head < 0 {
		return -1, false
	}
	n := head + 1
	if n < hi && d.toks[n].kind == tWord && (d.tokLower(n) == "for" || d.tokLower(n) == "of" || d.tokLower(n) == "at") {
		if body >= 0 {
			return -1, false // "the ministry's spokeswoman for Europe": no plain role
		}
		if b := d.spokesBodyAfter(n+1, hi); b >= 0 {
			return b, true // ", a spokeswoman for the Port Authority,"
		}
		return -1, false
	}
	if n < hi && !(d.toks[n].kind == tPunct && d.text[d.toks[n].s] == ',') {
		return -1, false
	}
	if body >= 0 {
		return body, true // ", the White House press secretary,"
	}
	return d.subjectBodyBefore(t1) // ", a spokeswoman,"
}

// bareRoleStart reports that the role whose words end after token k names
// no body: it opens the sentence, or follows an article or a comma ("Press
// secretary Dana Osei said", "said spokeswoman Dana Osei" is left out).
func (d *doc) bareRoleStart(k, lo int) bool {
	if k < lo {
		return true
	}
	switch d.toks[k].kind {
	case tWord:
		w := d.tokLower(k)
		return w == "a" || w == "an" || w == "the"
	case tPunct:
		return d.text[d.toks[k].s] == ','
	}
	return false
}

// subjectBodyBefore returns the organisation or country that is the
// subject of the sentence of token t (before t) or of one of the two
// before it (bodyBefore), when a spokesperson can speak for it.
func (d *doc) subjectBodyBefore(t int) (int, bool) {
	if b := d.bodyBefore(t); d.spokesBodyOK(b) {
		return b, true
	}
	return -1, false
}

// unnamedSpokesBody returns the body an unnamed spokesperson who speaks in
// sentence si is told to speak for, in that sentence or the two before: the
// last role of a spokesperson there that names a body ("a spokeswoman for
// the Health Ministry said", "a Port Authority spokesman said"); -1 when
// none does.
func (d *doc) unnamedSpokesBody(si int) int {
	if si < 0 || si+1 >= len(d.sentTok) {
		return -1
	}
	for s := si; s >= 0 && s >= si-2; s-- {
		lo, hi := d.sentRange(s)
		for t := hi - 1; t >= lo; t-- {
			k, ok := d.spokesWordsAt(t, lo)
			if !ok || d.toks[t].flags&fInQuote != 0 {
				continue
			}
			if b := d.bodyEndingAt(k); b >= 0 {
				return b // "a Port Authority spokesman"
			}
			n := t + 1
			if n < hi && d.toks[n].kind == tWord && (d.tokLower(n) == "for" || d.tokLower(n) == "of" || d.tokLower(n) == "at") {
				if b := d.spokesBodyAfter(n+1, hi); b >= 0 {
					return b // "a spokeswoman for the Health Ministry"
				}
			}
			if k >= lo && d.tokLower(k) == "the" {
				continue // "the spokeswoman said": the one named before
			}
			return -1 // the nearest spokesperson names no body: none is guessed
		}
	}
	return -1
}

// spokesBodyAfter returns the body named at token j, after "for", "of" or
// "at" and across determiners ("for the Port Authority"), that a
// spokesperson can speak for (spokesBodyOK), or -1.
func (d *doc) spokesBodyAfter(j, hi int) int {
	for j < hi && d.toks[j].kind == tWord && d.tokIn(j, inDeterminers) && d.cover[j] == 0 {
		j++
	}
	if j < hi && d.cover[j] != 0 {
		if m := &d.ments[d.cover[j]-1]; int(m.t0) == j && m.ent >= 0 && m.form != formPlace && d.spokesBodyOK(int(m.ent)) {
			return int(m.ent)
		}
	}
	return -1
}
