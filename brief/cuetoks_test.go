package brief

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// cueTestTexts are texts for the tests of the article-wide cue lists:
// written for the test (cue words at the edges of sentences, in quotes,
// capitalised, contracted, after Unicode marks, a text with no words),
// then the own test articles.
func cueTestTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"",
		"…",
		"Denied.",
		"Rejected",
		"The union rejected the offer. The ministry said it would review the plan.",
		"“We'll fight this ruling,” said Ann Marsh. “We will never accept it.”",
		"Accused of fraud, Tom Reyes denied everything; the council vowed to appeal and criticised the court.",
		"Élise Durand, the mayor, pledged €2m — and promised to “build the bridge” by June.",
		"REJECTED: The Board's plan? It condemned nothing. Ministers must act, she said, and they shall.",
		"The firm will pay. It has to. They'll sue, the lawyers warned, and the regulator is obliged to respond",
		"“This is a plot to silence us,” said Ann Marsh. “A Ploy to divide the union. A BID to gag the press!”",
		"“Disgraceful,” the mayor said of the ruling. “Shameful and reckless” was how the union put it.",
		"The council called it “an effort to intimidate the traders” — “a cover-up”, “a travesty”.",
	}
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestCuesInMatchesScan checks the article-wide cue lists (tokensWith,
// read a sentence at a time by cuesIn) against the scan they replace:
// every word token of the sentence tested for the class bits.
func TestCuesInMatchesScan(t *testing.T) {
	for i, text := range cueTestTexts(t) {
		d := analyzeDoc(context.Background(), NewArticle("Test", Normalize(text)))
		for _, class := range []uint16{lexDispute, lexCommit | lexDuty, lexSpeech} {
			rest := d.tokensWith(class)
			for si := range d.a.Sentences {
				lo, hi := d.sentRange(si)
				var got []int32
				got, rest = cuesIn(rest, lo, hi)
				var want []int32
				for k := lo; k < hi; k++ {
					if d.toks[k].kind == tWord && d.lex[k]&class != 0 {
						want = append(want, int32(k))
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("text %d (%.40q…), sentence %d, class %b: cues %v, the scan finds %v", i, text, si, class, got, want)
				}
			}
		}
	}
}

// TestCuesInSkipsAndStops checks cuesIn on a list written for the test:
// the tokens before the sentence are dropped, those after it are left.
func TestCuesInSkipsAndStops(t *testing.T) {
	cues := []int32{1, 4, 5, 9, 12}
	in, rest := cuesIn(cues, 3, 9)
	if !slices.Equal(in, []int32{4, 5}) || !slices.Equal(rest, []int32{9, 12}) {
		t.Errorf("cuesIn(%v, 3, 9) = %v, %v", cues, in, rest)
	}
	in, rest = cuesIn(rest, 13, 20)
	if len(in) != 0 || len(rest) != 0 {
		t.Errorf("past the last cue: %v, %v", in, rest)
	}
	if in, _ := cuesIn(nil, 0, 5); len(in) != 0 {
		t.Errorf("no cues: %v", in)
	}
}

// TestQuoteCueSentences checks the prefilter of quoteDispute: every token
// it may read as a cue (a scorn predicate, or a noun of an attempt) is in
// a sentence that sentHasWord finds to hold a word of quoteCueWords.
func TestQuoteCueSentences(t *testing.T) {
	attempts := map[string]bool{"attempt": true, "bid": true, "effort": true, "ploy": true, "plot": true}
	seen := 0
	for i, text := range cueTestTexts(t) {
		d := analyzeDoc(context.Background(), NewArticle("Test", Normalize(text)))
		var sents []bool
		for k := range d.toks {
			if d.toks[k].kind != tWord || !d.tokIn(k, inScornPredicates) && !attempts[d.tokLower(k)] {
				continue
			}
			seen++
			if !d.sentHasWord(&sents, quoteCueWords, d.sentenceOf(k)) {
				t.Errorf("text %d: %q, a cue of quoteDispute, is in a sentence the prefilter leaves out", i, d.tokText(k))
			}
		}
	}
	if seen < 8 {
		t.Errorf("only %d cue words in the texts", seen)
	}
}

// TestPhrasalSpeechLemmas checks that phrasalSpeechAt's test of a lemma's
// name is lemmaIs: each word it names is its own lemma, and no other
// lemma has its name.
func TestPhrasalSpeechLemmas(t *testing.T) {
	names := lexData().names
	for _, w := range []string{"want", "call", "cry"} {
		l := lemmaOf(w)
		if l == 0 || lemmaName(l) != w {
			t.Errorf("%q: lemma %d is named %q", w, l, lemmaName(l))
		}
		for i, n := range names {
			if n == w && lemma(i) != l {
				t.Errorf("%q: lemma %d has its name too", w, i)
			}
		}
	}
}
