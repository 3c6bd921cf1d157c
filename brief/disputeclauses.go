package brief

import "strings"

// Two disputes in one sentence of two clauses, each with a subject of its
// own: "The farmers' union rejected the plan, while the Green League
// accused the minister of hiding the survey", "Mayor Ann Marsh criticised
// the port board; opposition leader Tom Reyes attacked the treasury". The
// best verb cue of each clause is a dispute when the subject of each is
// named in its own clause and the two do not name the same sides.

// clauseJoins join two clauses after a comma: ", while", ", but".
var clauseJoins = setOf("while", "whereas", "but", "and")

// clauseSplit returns the token that splits sentence [lo, hi) into two
// clauses — a semicolon, or a comma before a word of clauseJoins — when
// the second clause opens with a name or a description of an actor; -1
// when there is none.
func (d *doc) clauseSplit(lo, hi int) int {
	for k := lo + 3; k+3 < hi; k++ {
		if d.toks[k].kind != tPunct {
			continue
		}
		j := k + 1
		switch d.text[d.toks[k].s] {
		case ';':
		case ',':
			if d.toks[j].kind != tWord || !clauseJoins[d.tokLower(j)] {
				continue
			}
			j++
		default:
			continue
		}
		if d.cover[j] == 0 && d.toks[j].kind == tWord && (d.tokIn(j, inDeterminers) || d.isTitleWord(j)) {
			j++
		}
		// "the mining firm Orvex", "opposition leader Sela Moor"
		for n := 0; n < 3 && j+1 < hi && d.cover[j] == 0 && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 &&
			d.lex[j]&lexFunction == 0 && !isAuxiliary(d.tokLower(j)) && !isBe(d.tokLower(j)) && !isVerbLike(d.tokLower(j)); n++ {
			j++
		}
		if c := d.cover[j]; c != 0 && d.ments[c-1].form != formPronoun && d.ments[c-1].flags&mPoss == 0 {
			return k
		}
	}
	return -1
}

// sentenceSplit returns the token that splits sentence [lo, hi) into two
// clauses (clauseSplit) or else into two verb phrases of one subject
// (vpSplit, then vp is true); -1 when there is neither.
func (d *doc) sentenceSplit(lo, hi int) (split int, vp bool) {
	if split = d.clauseSplit(lo, hi); split >= 0 {
		return split, false
	}
	split = d.vpSplit(lo, hi)
	return split, split >= 0
}

// vpSplit returns the "and" that joins two verb phrases of one subject
// in sentence [lo, hi) when the second opens with a finite dispute verb:
// "said the freeze was “a tax rise by the back door” and accused the
// government of misleading voters"; -1 when there is none.
func (d *doc) vpSplit(lo, hi int) int {
	for k := lo + 4; k+2 < hi; k++ {
		if d.toks[k].kind != tWord || d.tokLower(k) != "and" || d.toks[k].flags&fInQuote != 0 {
			continue
		}
		j := k + 1
		if d.toks[j].kind == tWord && isAdverb(d.tokLower(j)) {
			j++
		}
		w := d.tokLower(j)
		if d.toks[j].kind == tWord && d.cover[j] == 0 && d.lex[j]&lexDispute != 0 && d.toks[j].flags&(fCap|fInQuote) == 0 &&
			formTags(w)&(formPast|formPresent) != 0 && formTags(w)&formLemma == 0 && !strings.HasSuffix(w, "ing") {
			return k
		}
	}
	return -1
}

// clauseOf returns the token range of the clause of sentence [lo, hi),
// split at token split, that holds token t, past the join word.
func (d *doc) clauseOf(t, split, lo, hi int) (int, int) {
	if t < split {
		return lo, split
	}
	j := split + 1
	if d.toks[split].kind == tPunct && d.text[d.toks[split].s] == ',' {
		j++
	}
	return j, hi
}

// clauseText is the text of the clause that holds the cue.
func (d *doc) clauseText(cue, split, lo, hi int) string {
	a, b := d.clauseOf(cue, split, lo, hi)
	return strings.TrimRight(d.spanText(a, b), " ,;")
}

// subjectInClause reports that the first party of x, its subject, is an
// actor named in the clause of its cue, before the cue.
func (d *doc) subjectInClause(x docDispute, split, lo, hi int) bool {
	if len(x.parties) == 0 || x.parties[0] < 0 {
		return false
	}
	a, _ := d.clauseOf(x.cueTok, split, lo, hi)
	for k := a; k < x.cueTok; k++ {
		if c := d.cover[k]; c != 0 && int(d.ments[c-1].ent) == x.parties[0] {
			return true
		}
	}
	return false
}

// secondClauseDispute returns the dispute of the clause that best, the
// sentence's dispute, is not in, when best is that clause's best verb cue
// and both clauses name their subjects (seg holds each clause's best verb
// cue); false when there is none.
func (d *doc) secondClauseDispute(best docDispute, seg [2]docDispute, split int, vp bool, si, lo, hi int) (docDispute, bool) {
	if split < 0 {
		return docDispute{}, false
	}
	s := 0
	if best.cueTok > split {
		s = 1
	}
	if vp {
		return d.secondVerbPhrase(best, seg, split, s, si, lo, hi)
	}
	if len(seg[s].parties) == 0 || seg[s].cueTok != best.cueTok || !d.subjectInClause(best, split, lo, hi) {
		return docDispute{}, false // best comes from a reader of the whole sentence
	}
	x := seg[1-s]
	if len(x.parties) == 0 || !d.settleDispute(&x, si, lo, hi) || !d.subjectInClause(x, split, lo, hi) || sameParties(x, best) {
		return docDispute{}, false
	}
	x.text = d.clauseText(x.cueTok, split, lo, hi)
	return x, true
}

// secondVerbPhrase returns the dispute of the verb phrase that best, in
// phrase s of the two that the "and" at split joins, is not in: the best
// verb cue of the second phrase, or the best of the first phrase's verb
// cues and of the readers of a clause ("said the freeze was “a tax
// rise”"). Both must have the same subject, the first party.
func (d *doc) secondVerbPhrase(best docDispute, seg [2]docDispute, split, s, si, lo, hi int) (docDispute, bool) {
	x := seg[1-s]
	if s == 1 {
		if len(seg[1].parties) == 0 || seg[1].cueTok != best.cueTok {
			return docDispute{}, false
		}
		for _, y := range [...]docDispute{d.verdictDispute(lo, split), d.refusalDispute(lo, split), d.threatDispute(lo, split),
			d.frameDispute(lo, split)} {
			if y.score > x.score && y.cueTok >= lo && y.cueTok < split {
				x = y
			}
		}
	}
	if len(x.parties) == 0 || len(best.parties) == 0 || x.parties[0] < 0 || x.parties[0] != best.parties[0] ||
		!d.settleDispute(&x, si, lo, hi) || len(x.parties) == 0 || x.parties[0] != best.parties[0] {
		return docDispute{}, false
	}
	subj := d.subjectSpan(x.parties[0], lo, split)
	if subj == "" {
		return docDispute{}, false
	}
	x.text = d.clauseText(x.cueTok, split, lo, hi)
	if s == 0 {
		x.text = subj + " " + x.text
	}
	return x, true
}

// clauseTextWith is clauseText for the sentence's own dispute x when a
// second is told beside it: a second verb phrase takes the subject it
// shares ("The Riders Council threatened a strike").
func (d *doc) clauseTextWith(x docDispute, split int, vp bool, lo, hi int) string {
	t := d.clauseText(x.cueTok, split, lo, hi)
	if vp && x.cueTok > split {
		t = d.subjectSpan(x.parties[0], lo, split) + " " + t
	}
	return t
}

// subjectSpan returns the text from lo to the end of the sentence's
// subject in [lo, hi) when that is a name or a description of entity e,
// not a pronoun: the subject a second verb phrase shares ("The Riders
// Council" of "… and threatened a strike"); "" when it is not.
func (d *doc) subjectSpan(e, lo, hi int) string {
	for k := lo; k < hi; k++ {
		c := d.cover[k]
		if c == 0 {
			continue
		}
		m := d.ments[c-1]
		if m.flags&mSubject == 0 {
			continue
		}
		if int(m.ent) != e || m.form == formPronoun || m.flags&(mPoss|mInQuote) != 0 {
			return ""
		}
		// "Marco, who blocked a friend … and ignored folks": the verb
		// phrases of a relative clause, not of the sentence.
		for j := int(m.t1); j < hi; j++ {
			if w := d.tokLower(j); d.toks[j].kind == tWord && (w == "who" || w == "which" || w == "that" || w == "whose") {
				return ""
			}
		}
		return d.spanText(lo, int(m.t1))
	}
	return ""
}

// sameParties reports that disputes x and y name the same sides.
func sameParties(x, y docDispute) bool {
	if len(x.parties) != len(y.parties) {
		return false
	}
	for i, p := range x.parties {
		found := false
		for j, q := range y.parties {
			if p == q && (p >= 0 || x.names[i] == y.names[j]) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}
