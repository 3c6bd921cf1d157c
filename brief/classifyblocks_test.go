package brief

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// classifyRef is classify as it was before it read the tokens in blocks
// and the lexicon for each block's new words in a loop of its own: every
// token classified in one pass, its word looked up when first met. Kept
// to show the blocks give every token the same classes.
func (d *doc) classifyRef() {
	lexicon()
	lx := lexFastTab
	d.lex = make([]uint16, len(d.toks))
	d.lem = make([]lemma, len(d.toks))
	d.sets = make([]wordSets, len(d.toks))
	d.wid = make([]int32, len(d.toks))
	d.wordTab = wordTable{}
	d.wordTab.reset(16)
	d.words = nil
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord {
			d.wid[i] = -1
			if c := d.lower[t.s]; t.e-t.s == 1 && c < utf8.RuneSelf {
				d.sets[i] = byteSets[c]
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
			d.words = append(d.words, wordInfo{lex: lx.get(w)})
		}
		d.wid[i] = id
		e := d.words[id].lex
		d.lem[i] = e.lem
		d.sets[i] = e.sets
		if t.flags&fPoss != 0 || len(w) > 3 && (w[len(w)-3:] == "'ll" || len(w) > 5 && w[len(w)-5:] == "\u2019ll") {
			d.lex[i] = e.class | lexCommit
			continue
		}
		d.lex[i] = e.class
	}
	d.stateNouns()
}

// TestClassifyBlocksAgree checks classify against classifyRef on random
// texts of every length, from none to many blocks (classifyBlock) of
// tokens, made of lexicon words, names, numbers, marks, possessives and
// "we'll": the same word ids, entries, lemmas, word lists and classes.
func TestClassifyBlocksAgree(t *testing.T) {
	words := []string{"the", "said", "state", "minister", "Minister", "talks", "we'll", "they\u2019ll", "Velmora's",
		"Harbour", "harbour", "2026", "$40", "&", "-", "\u2014", "\u201c", "\u201d", "caf\u00e9", "\u00c9lodie", "of", "and",
		"would", "agreed", "promised", "Pell", "Arnsby", "internationalisation", "counter-terrorism", "U.S.", "I",
		"she", "will", "strike", "ports", "union", "Reuters", "guidelines", "a", "denied", "claims", "zqxv"}
	r := rand.New(rand.NewSource(16))
	for k := 0; k < 300; k++ {
		var b strings.Builder
		n := r.Intn(2000)
		if k < 3 {
			n = k
		}
		for j := 0; j < n; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			if r.Intn(8) == 0 {
				// A word of its own, new to the text, most of them.
				for m := 1 + r.Intn(9); m > 0; m-- {
					b.WriteByte(byte('a' + r.Intn(26)))
				}
			} else {
				b.WriteString(words[r.Intn(len(words))])
			}
			if r.Intn(12) == 0 {
				b.WriteString(".")
			}
		}
		a := NewArticle("", b.String())
		d := &doc{a: a, text: a.Text, lower: asciiLower(a.Text)}
		d.tokenizeAll()
		d.classifyRef()
		lex, lem, sets, wid, words := d.lex, d.lem, d.sets, d.wid, d.words
		d.classify()
		if !slices.Equal(d.lex, lex) || !slices.Equal(d.lem, lem) || !slices.Equal(d.sets, sets) ||
			!slices.Equal(d.wid, wid) || !slices.Equal(d.words, words) {
			t.Fatalf("text %d (%d tokens): classify and classifyRef differ", k, len(d.toks))
		}
	}
}
