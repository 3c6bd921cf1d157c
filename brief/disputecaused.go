package brief

// A charge a deed led to is not brought by the ones who did the deed
// (causedCharge): the subject of the deed's clause is no side of it.

// causeForms lead from a deed to what followed it: "…, prompting charges
// against", "…, leading to charges against".
var causeForms = setOf("prompting", "triggering", "sparking", "provoking", "leading", "resulting", "bringing")

// causedCharge reports that the cue "against" at t ends a phrase a deed
// led to, within sixteen tokens after a comma, the phrase perhaps one of
// a list: "…, leading to war crimes charges at the Special Court
// against", "…, prompting protests abroad, charges against".
func (d *doc) causedCharge(t, lo int) bool {
	for k := t - 1; k > lo && k >= t-16; k-- {
		if d.toks[k].kind != tWord && !(d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',') {
			return false
		}
		if causeForms[d.tokLower(k)] {
			return d.toks[k-1].kind == tPunct && d.text[d.toks[k-1].s] == ','
		}
	}
	return false
}
