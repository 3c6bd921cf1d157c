package brief

import "sync"

// Lexical classes of a word, computed once per token so that the rules test
// a bit instead of looking the word up in each list.
const (
	lexCommon uint16 = 1 << iota
	lexPronoun
	lexSpeech
	lexCommit
	lexDispute
	lexFunction // a frequent English function word
)

var (
	lexOnce sync.Once
	lexMap  map[string]uint16
)

// lexicon returns the map from lower-case words to their classes.
func lexicon() map[string]uint16 {
	lexOnce.Do(func() {
		g := theGazetteer()
		m := make(map[string]uint16, len(g.common)+512)
		for w := range g.common {
			m[w] |= lexCommon
		}
		for w := range personPronouns {
			m[w] |= lexPronoun
		}
		for w := range speechVerbs {
			m[w] |= lexSpeech
		}
		for w := range commitCues {
			m[w] |= lexCommit
		}
		for w := range disputeVerbs {
			m[w] |= lexDispute
		}
		for w := range disputeNouns {
			m[w] |= lexDispute
		}
		for _, w := range functionWords {
			m[w] |= lexFunction
		}
		lexMap = m
	})
	return lexMap
}

// functionWords are the words whose frequency tells English text.
var functionWords = []string{"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with",
	"as", "he", "she", "by", "be", "are", "at", "has", "have", "said", "this", "from", "an", "will", "not", "they"}

// classify sets the lexical classes of every word token.
func (d *doc) classify() {
	lx := lexicon()
	d.lex = make([]uint16, len(d.toks))
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord {
			continue
		}
		w := d.lower[t.s:t.e]
		if t.flags&fPoss != 0 || len(w) > 3 && (w[len(w)-3:] == "'ll" || len(w) > 5 && w[len(w)-5:] == "\u2019ll") {
			d.lex[i] = lx[w] | lexCommit // "we'll"
			continue
		}
		d.lex[i] = lx[w]
	}
}
