package brief

// notTo reports a pledge's negation at token nk, right after its cue: "not
// to" or "never to" ("agreed not to raise bills", "a pledge never to
// return"). The commitment keeps the negation in its text, as "pledged not
// to evict" does.
func (d *doc) notTo(nk, hi int) bool {
	if nk+1 >= hi {
		return false
	}
	w := d.tokLower(nk)
	return (w == "not" || w == "never") && d.tokLower(nk+1) == "to"
}
