package brief

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The helpers that allocate less than the code they replaced must return
// what it returned: these tests keep the old code as a reference and
// compare on written texts and random ones.

// trimDatelineReference is TrimDateline as first written: the regular
// expression's replacement, which copies every text.
func trimDatelineReference(s string) string {
	return leadDateline().ReplaceAllString(s, "")
}

// allocTestTexts returns texts written for these tests and random ones:
// capitals, dashes, brackets, quotation marks, ellipses, accents and
// invalid bytes, short and past the stack buffers (256 bytes).
func allocTestTexts() []string {
	texts := []string{
		"", " ", "LONDON — Britain and Nigeria agreed.", "WASHINGTON (Reuters) - the White House.",
		"KYIV, Ukraine – The talks resumed.", "ÉVORA — A mayor resigned.", "UK — a dash later in the sentence.",
		"The UK — a dash later in the sentence.", "LONDON —", "LONDON — ", "“We will not back down,” she said.",
		"\xff\xfe LONDON — bad bytes", "\uFFFD real replacement character", "élysée talks", "iPhone sales",
		"ǅemal Bijedić said", "ßtraße", "'single' quotes", "… and so on", strings.Repeat("THE PLAN IS DEAD. ", 30),
		"PARIS — " + strings.Repeat("«très bien» ", 40),
	}
	parts := []string{"LONDON", "Kyiv", " — ", " - ", " – ", "(AP)", " ", ", ", "said", "“", "”", "‘", "’", "'",
		"…", "...", "É", "é", "\xff", "\u0301", "ǅ", "İ", "Ⱥ", "the", "UN", "42", "\n", "-"}
	r := rand.New(rand.NewPCG(16, 2))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(12) + r.IntN(2)*r.IntN(120) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestTrimDatelineAgreesWithReplace(t *testing.T) {
	for _, s := range allocTestTexts() {
		if got, want := TrimDateline(s), trimDatelineReference(s); got != want {
			t.Errorf("TrimDateline(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestNormKeyLongTexts(t *testing.T) {
	for _, s := range allocTestTexts() {
		if got, want := normKey(s), normKeyReference(s); got != want {
			t.Errorf("normKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// quoteTextReference is doc.quoteText as first written: the parts always
// copied into a builder.
func quoteTextReference(d *doc, parts []int) string {
	var b strings.Builder
	for k, p := range parts {
		pq := d.quotes[p]
		if k > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(strings.TrimRight(trimQuoteText(d.text[pq.s:pq.e]), ","))
	}
	return b.String()
}

func TestQuoteTextAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 3))
	for _, text := range allocTestTexts() {
		d := &doc{text: text}
		for range 4 {
			s := r.IntN(len(text) + 1)
			d.quotes = append(d.quotes, quoteSpan{s: s, e: s + r.IntN(len(text)-s+1)})
		}
		for _, parts := range [][]int{{0}, {1}, {0, 1}, {1, 2, 3}, {3, 0}} {
			if got, want := d.quoteText(parts), quoteTextReference(d, parts); got != want {
				t.Errorf("quoteText(%q, %v) = %q, want %q", text, parts, got, want)
			}
		}
	}
}

// TestSentTableEmptyAndApart checks doc.sentTable: each table is of false,
// one for each sentence, on a dirty array kept by the last analysis too,
// and no table shares a value with another, however many are asked for.
func TestSentTableEmptyAndApart(t *testing.T) {
	for _, n := range []int{0, 1, 5, 40} {
		dirty := make([]bool, 12*n+7)
		for i := range dirty {
			dirty[i] = true
		}
		d := &doc{a: &Article{Sentences: make([]Sentence, n)}, scr: &scratch{sentFlags: dirty[:0]}}
		var tables [][]bool
		for range 30 {
			tb := d.sentTable()
			if len(tb) != n {
				t.Fatalf("%d sentences: a table of %d", n, len(tb))
			}
			for i, v := range tb {
				if v {
					t.Fatalf("%d sentences: table %d holds true at %d", n, len(tables), i)
				}
			}
			for k, old := range tables {
				for i, v := range old {
					if !v {
						t.Fatalf("%d sentences: table %d was written over at %d by table %d", n, k, i, len(tables))
					}
				}
			}
			for i := range tb {
				tb[i] = true
			}
			tables = append(tables, tb)
		}
	}
}
