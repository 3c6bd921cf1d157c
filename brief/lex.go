package brief

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"
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
	lexDuty     // a word of duty or instruction (dutyCues): "must", "required", "told"
)

var (
	lexOnce    sync.Once
	lexFastTab *lexFast // the lexicon, for reading word by word (lexLookup)
	// byteSets holds the word-list bits (lexEntry.sets) of each one-byte
	// ASCII string: the sets of a one-byte token ("&", ",") without a
	// lookup.
	byteSets [utf8.RuneSelf]wordSets
)

// Prepare loads the engine's tables (the names and places of the
// gazetteer, the lexicon of words and their forms) unless they are loaded
// already, and returns once they are. The first analysis loads them
// itself; a program about to read articles can call Prepare on a
// goroutine of its own first, so that loading the tables overlaps with
// reading the files.
func Prepare() { lexicon() }

// lexicon builds, once, the table from lower-case words to their classes
// and lemmas (read with lexLookup) from the word lists and the embedded
// tables (lexdata.go). The map it is built in is let go: the table holds
// the lexicon once.
func lexicon() {
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
		// Given names last, so that no table above reads them: an entry
		// that is only a given name has no class, lemma or tags.
		for _, names := range []map[string]bool{g.male, g.female} {
			for w := range names {
				e := m[w]
				e.given = true
				m[w] = e
			}
		}
		// The word lists with a bit last too: a word only they hold has
		// nothing else in its entry.
		for bit, words := range tokenSets(g) {
			for _, w := range words {
				e := m[w]
				e.sets |= bit
				m[w] = e
			}
		}
		for w, n := range g.firstMax {
			e := m[w]
			e.gazFirst = uint8(min(n, math.MaxUint8))
			m[w] = e
		}
		lexFastTab = newLexFast(m)
		for c := range byteSets {
			byteSets[c] = m[string(rune(c))].sets
		}
	})
}

// isSpeechWord reports whether a lower-case word is a speech verb ("said",
// "complaining"); a token's class bits tell the same at no cost.
func isSpeechWord(w string) bool { return lexLookup(w).class&lexSpeech != 0 }

// functionWords are the words whose frequency tells English text.
var functionWords = []string{"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with",
	"as", "he", "she", "by", "be", "are", "at", "has", "have", "said", "this", "from", "an", "will", "not", "they"}

// classify sets the lexical classes and the lemma of every word token.
func (d *doc) classify() {
	lexicon()
	lx := lexFastTab
	d.lex = zeroed(d.scratch().lex, len(d.toks))
	d.lem = zeroed(d.scratch().lem, len(d.toks))
	d.sets = sized(d.scratch().sets, len(d.toks))
	d.wid = sized(d.scratch().wid, len(d.toks)) // every token's set below
	// The table holds the article's distinct words, which grow about as the
	// square root of its length (Heaps' law), not as its tokens: a hint of
	// one entry per few tokens would leave a long article's table mostly
	// empty, and slower to fill and to read.
	n := min(len(d.toks)/3, 32*int(math.Sqrt(float64(len(d.toks)))))
	d.wordTab = d.scratch().wordTab
	d.wordTab.reset(n)
	d.words = emptyCap(d.scratch().words, n)
	for lo := 0; lo < len(d.toks); lo += classifyBlock {
		d.classifyTokens(lx, lo, min(lo+classifyBlock, len(d.toks)))
	}
	d.stateNouns()
}

// classifyBlock is the number of tokens classify reads at a time.
const classifyBlock = 256

// classifyTokens classifies tokens lo to hi-1. The lexicon, too large to
// stay in the processor's caches from one article to the next, is read
// for the words new among them in a loop of its own, once their ids are
// known, where no read waits for another, so that the processor has
// several under way at once; read for each new word among the tokens,
// each waited for memory in turn. The tokens of a word new in the block
// are classified then; the others at once.
func (d *doc) classifyTokens(lx *lexFast, lo, hi int) {
	var (
		hashes  [classifyBlock]uint32 // of the block's new words, by id from first
		pending [classifyBlock]int32  // the tokens of those words
	)
	np := 0
	first := int32(len(d.wordTab.at))
	for i := lo; i < hi; i++ {
		t := d.toks[i]
		if t.kind != tWord {
			d.wid[i] = -1
			if c := d.lower[t.s]; t.e-t.s == 1 && c < utf8.RuneSelf {
				d.sets[i] = byteSets[c] // "&"
			} else {
				d.sets[i] = lx.get(d.low[i]).sets
			}
			continue
		}
		w := d.low[i]
		h := wordHash(w)
		id := d.wordTab.find(w, h, d.lower)
		if id < 0 {
			id = d.wordTab.add(h, t.s, t.e)
			hashes[id-first] = h
		}
		d.wid[i] = id
		var commit uint16
		if t.flags&fPoss != 0 || len(w) > 3 && (w[len(w)-3:] == "'ll" || len(w) > 5 && w[len(w)-5:] == "\u2019ll") {
			commit = lexCommit // "we'll"
		}
		if id >= first {
			d.lex[i] = commit // the word's classes are added below
			pending[np] = int32(i)
			np++
			continue
		}
		e := d.words[id].lex
		d.lem[i], d.sets[i], d.lex[i] = e.lem, e.sets, e.class|commit
	}
	for id := first; int(id) < len(d.wordTab.at); id++ {
		d.words = append(d.words, wordInfo{lex: lx.getHashed(d.wordOf(id), hashes[id-first])})
	}
	for _, i := range pending[:np] {
		e := d.words[d.wid[i]].lex
		d.lem[i], d.sets[i] = e.lem, e.sets
		d.lex[i] |= e.class
	}
}

// stateNouns takes the speech class off "state" where it is the noun of
// "Chinese state media", "EU state aid rules" or "a state visit": the base
// form is a verb only after "to", an auxiliary or modal, a relative
// pronoun, a personal pronoun or a plural noun ("the guidelines state"),
// across adverbs ("they clearly state").
func (d *doc) stateNouns() {
	id, ok := d.wordIDOf("state")
	if !ok {
		return
	}
	for k, w := range d.wid {
		if w != id || d.lex[k]&lexSpeech == 0 || d.toks[k].flags&fCap != 0 {
			continue
		}
		p := k - 1
		for p >= 0 && d.toks[p].kind == tWord && isAdverb(d.tokLower(p)) && !isAuxiliary(d.tokLower(p)) {
			p--
		}
		if p >= 0 && d.toks[p].kind == tWord && stateVerbAfter(d.tokLower(p), d.toks[p].flags) {
			continue
		}
		d.lex[k] &^= lexSpeech
	}
}

// stateVerbAfter reports a word w (lower case, with its token flags) after
// which "state" is a verb.
func stateVerbAfter(w string, flags uint16) bool {
	switch w {
	case "to", "which", "that", "who", "i", "we", "you", "they", "shall", "must":
		return true
	}
	if isAuxiliary(w) {
		return true
	}
	// "the guidelines state", not "the company's state".
	return flags&(fCap|fPoss) == 0 && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}
