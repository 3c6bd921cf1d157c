package brief

// An "it" that stands for no one: the subject of an extraposed predicate,
// "it is easy to criticise the levy", "it would be foolish to reject the
// offer", "it was sad to see a falling out between…", "it is clear that
// the union will…". Whoever does what the clause after tells is not what
// "it" would otherwise stand for (a body named in the sentence before),
// so neuterAntecedent gives it no antecedent.

// extraposedPredicates are the adjectives (and "time") whose "it … to" or
// "it … that" names no one; not those that take their subject along
// ("it was ready to sign", "it is likely to appeal", "it was able to…").
var extraposedPredicates = setOf("easy", "easier", "hard", "harder", "difficult", "impossible", "important",
	"necessary", "vital", "essential", "crucial", "sad", "disappointing", "surprising", "unsurprising",
	"unfortunate", "foolish", "wise", "unwise", "tempting", "absurd", "ridiculous", "shameful", "ironic", "odd",
	"strange", "unfair", "pointless", "time", "clear", "unclear", "obvious", "remarkable", "striking",
	"regrettable", "disgraceful", "outrageous", "wrong", "tough", "awkward", "painful", "sensible", "reasonable",
	"unreasonable", "premature", "worrying", "troubling", "telling", "notable", "fair")

// extraposedGroup are the words of the verb group between "it" and the
// predicate besides "be" and adverbs: "would be", "has not been", "is
// so very".
var extraposedGroup = setOf("would", "will", "could", "may", "might", "should", "can", "must", "has", "had", "not",
	"never", "so", "very", "too", "quite", "rather", "all", "really")

// extraposedIt reports whether the "it" at token t is the empty subject
// of an extraposed predicate: "it" and its verb group ("is", "would be",
// "has always been", "was not"), an extraposed adjective, then "to",
// "that" or "for" ("it is hard for the council to…").
func (d *doc) extraposedIt(t int) bool {
	k := t + 1
	be := false
group:
	for n := 0; n < 5 && k < len(d.toks) && d.toks[k].kind == tWord; n++ {
		switch w := d.tokLower(k); {
		case isBe(w):
			be = true
		case extraposedGroup[w] || isAdverb(w):
		default:
			break group
		}
		k++
	}
	if !be || k+1 >= len(d.toks) || d.toks[k].kind != tWord || !extraposedPredicates[d.tokLower(k)] {
		return false
	}
	switch d.tokLower(k + 1) {
	case "to", "that", "for":
		return true
	}
	return false
}
