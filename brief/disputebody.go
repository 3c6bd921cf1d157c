package brief

import "slices"

// settleBodyParties re-reads a party of x, a dispute of the sentence
// [lo, hi), told there by a description of a body ("the union", "the
// central bank") when two bodies of that kind are named in the sentence
// and the two before it (localBodyWith): the only one that was a subject
// there, or no party at all rather than the nearest. False when no party
// is left.
func (d *doc) settleBodyParties(x *docDispute, lo, hi int) bool {
	for i := 0; i < len(x.parties); i++ {
		p := x.parties[i]
		if p < 0 {
			continue
		}
		mi := d.descMentionIn(p, lo, hi)
		if mi < 0 {
			continue
		}
		m := d.ments[mi]
		e, ok := d.localBodyWith(lastWord(m.key), int(m.t0))
		if !ok || e == p {
			continue
		}
		if e >= 0 && !slices.Contains(x.parties, e) {
			x.parties[i] = e
			continue
		}
		x.parties = append(x.parties[:i:i], x.parties[i+1:]...)
		x.names = append(x.names[:i:i], x.names[i+1:]...)
		i--
	}
	return len(x.parties) > 0
}

// descMentionIn returns the first mention in [lo, hi) of organisation e
// by a description ("the union"), or -1.
func (d *doc) descMentionIn(e, lo, hi int) int {
	for mi := d.mentionsBefore(lo); mi < len(d.ments) && int(d.ments[mi].t0) < hi; mi++ {
		m := d.ments[mi]
		if int(m.ent) == e && m.form == formDesc && m.kind == KindOrganization && int(m.t0) >= lo {
			return mi
		}
	}
	return -1
}
