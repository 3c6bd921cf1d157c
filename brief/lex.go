package brief

import (
	"strings"
	"sync"
)

// Lexical classes of a word, computed once per token so that the rules test
// a bit instead of looking the word up in each list.
const (
	lexCommon uint16 = 1 << iota
	lexPronoun
	lexSpeech
	lexCommit
	lexDispute
	lexFunction // a frequent English function word
	lexThink    // a verb reporting a view (lexdata/classes.tsv)
	lexNaming   // a verb putting a name on something (lexdata/classes.tsv)
)

var (
	lexOnce sync.Once
	lexMap  map[string]lexEntry
)

// lexicon returns the map from lower-case words to their classes and
// lemmas, built once from the word lists and the embedded tables
// (lexdata.go).
func lexicon() map[string]lexEntry {
	lexOnce.Do(func() {
		g := theGazetteer()
		// The common words, and the lemmas and forms of the tables (a
		// colon per form, a line per lemma) with some overlap.
		m := make(map[string]lexEntry, len(g.common)+strings.Count(formsTSV, ":")+strings.Count(formsTSV, "\n"))
		set := func(w string, bit uint16) {
			e := m[w]
			e.class |= bit
			m[w] = e
		}
		lexTab = loadLexData(m)
		for w := range g.common {
			set(w, lexCommon)
		}
		for w := range personPronouns {
			set(w, lexPronoun)
		}
		lexTab.rules = buildRuleTables(m, lexTab)
		for w := range disputeNouns {
			set(w, lexDispute)
		}
		for _, w := range functionWords {
			set(w, lexFunction)
		}
		lexMap = m
	})
	return lexMap
}

// isSpeechWord reports whether a lower-case word is a speech verb ("said",
// "complaining"); a token's class bits tell the same at no cost.
func isSpeechWord(w string) bool { return lexicon()[w].class&lexSpeech != 0 }

// functionWords are the words whose frequency tells English text.
var functionWords = []string{"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with",
	"as", "he", "she", "by", "be", "are", "at", "has", "have", "said", "this", "from", "an", "will", "not", "they"}

// classify sets the lexical classes and the lemma of every word token.
func (d *doc) classify() {
	lx := lexicon()
	d.lex = make([]uint16, len(d.toks))
	d.lem = make([]lemma, len(d.toks))
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord {
			continue
		}
		w := d.lower[t.s:t.e]
		e := lx[w]
		d.lem[i] = e.lem
		if t.flags&fPoss != 0 || len(w) > 3 && (w[len(w)-3:] == "'ll" || len(w) > 5 && w[len(w)-5:] == "\u2019ll") {
			d.lex[i] = e.class | lexCommit // "we'll"
			continue
		}
		d.lex[i] = e.class
	}
}
