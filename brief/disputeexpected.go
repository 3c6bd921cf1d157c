package brief

// An act someone expects, predicts or fears from others has not happened
// and sets no one against anyone (expectedAct).

// expectForms are the forms of the verbs that tell an act to come.
var expectForms = setOf("expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated",
	"anticipating", "predict", "predicts", "predicted", "predicting", "foresee", "foresees", "foresaw", "fear",
	"fears", "feared", "fearing")

// expectedAct reports that the noun phrase ending before token t (the cue
// noun, or "against" after it) is the object of a verb that tells an act
// to come, within six words and no punctuation: "nobody should expect
// any police action against", "predicted a police crackdown on".
func (d *doc) expectedAct(t, lo int) bool {
	for k := t - 1; k >= lo && k >= t-6; k-- {
		if d.toks[k].kind != tWord {
			return false
		}
		if expectForms[d.tokLower(k)] {
			return true
		}
	}
	return false
}
