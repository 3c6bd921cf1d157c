package brief

// stampWords are the words a live page's entry stamp or a byline line
// holds besides names and numbers: "14.10 GMT · Ann Reilly", "Updated
// 9.30am BST by Tom Quill".
var stampWords = setOf("gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "et", "pt", "am", "pm",
	"a.m", "p.m", "by", "and", "updated", "posted", "published", "now", "earlier")

// nameOnlyLine reports a sentence that holds nothing but names, numbers,
// punctuation and stampWords: the stamp of a live page's entry or a
// byline, which names its writer, no actor of the story.
func (d *doc) nameOnlyLine(si int) bool {
	lo, hi := d.sentRange(si)
	names := false
	for k := lo; k < hi; k++ {
		switch d.toks[k].kind {
		case tWord:
			if d.cover[k] != 0 {
				names = true
				continue
			}
			if !stampWords[d.tokLower(k)] {
				return false
			}
		case tNum, tPunct:
		default:
			return false
		}
	}
	return names
}

// onlyInStamps reports a person every mention of whom before token t is in
// a name-only line (nameOnlyLine): a live page's writer, whom a
// description ("the minister") after the stamp does not name.
func (d *doc) onlyInStamps(ei, t int) bool {
	stamped := false
	for _, mi := range d.ents[ei].ments {
		m := d.ments[mi]
		if int(m.t0) >= t {
			continue
		}
		if !d.nameOnlyLine(int(m.sent)) {
			return false
		}
		stamped = true
	}
	return stamped
}
