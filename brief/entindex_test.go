package brief

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The indexes and folds that replaced loops over every entity must find
// what the loops found: these tests compare them with the plain
// definitions on names written for them and on random ones.

// testSurnames are surnames and near-misses of the kinds sameSurname
// tolerates (one letter more, less or different in long names; ue for ü)
// and refuses (short names, another first letter).
var testSurnames = []string{
	"zelensky", "zelenskyy", "zelenskiy", "elensky", "brueckner", "bruckner", "brückner", "mueller", "muller",
	"smith", "smyth", "smiths", "kusnadi", "kusnadil", "akusnadi", "kusnad", "", "o", "ob", "okafor", "okafur",
	"okaforr", "schoenberger", "schonberger", "schoenberg", "varga", "vargas", "martínez", "martinez",
	"al-rashidi", "rashidi", "rashidy", "el-tahawy", "tahawy", "al-tahawi", "ash-shami", "shami",
}

// randomName makes a name of a few letters from a small alphabet, so that
// near-misses are common.
func randomName(r *rand.Rand) string {
	const letters = "aeiousnrtkü"
	n := r.IntN(10)
	var b strings.Builder
	for range n {
		i := r.IntN(len(letters))
		if letters[i] >= 0x80 {
			b.WriteString("ü")
			continue
		}
		b.WriteByte(letters[i])
	}
	return b.String()
}

func TestEntIndexSurnamesFindsEverySameSurname(t *testing.T) {
	names := append([]string(nil), testSurnames...)
	r := rand.New(rand.NewPCG(1, 2))
	for range 400 {
		names = append(names, randomName(r))
	}
	x := newEntIndex()
	for i, n := range names {
		x.putSurname(n, int32(i))
	}
	for _, w := range names {
		got := map[int32]bool{}
		for _, id := range inOrder(x.surnames(w, nil)) {
			got[id] = true
		}
		for i, n := range names {
			if sameSurname(n, w) && !got[int32(i)] {
				t.Errorf("surnames(%q) misses %q, which sameSurname takes for it", w, n)
			}
		}
	}
}

func TestFoldKeyIsEqualFold(t *testing.T) {
	words := []string{"Kusnadi", "KUSNADI", "kusnadi", "Kusnadi\u212a", "Kusnadik", "straße", "STRASSE", "ſtrasse",
		"Strasse", "Ǆemal", "ǅemal", "ǆemal", "Σίσυφος", "ΣΊΣΥΦΟΣ", "σίσυφοσ", "\xff", "\uFFFD", "", "İstanbul",
		"istanbul", "Martínez", "MARTÍNEZ"}
	for _, a := range words {
		for _, b := range words {
			if eq, same := strings.EqualFold(a, b), foldKey(a) == foldKey(b); eq != same {
				t.Errorf("EqualFold(%q, %q) = %v, but foldKey equal = %v", a, b, eq, same)
			}
		}
	}
}

// normKeyReference is normKey as first written: strings.ToLower, then the
// letters and digits but for quotation marks and ellipses.
func normKeyReference(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isQuoteRune(r) && r != '\u2026' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestNormKeyMatchesItsDefinition(t *testing.T) {
	texts := []string{
		"“We will not back down,” she said.", "THE PLAN IS DEAD", "Ça va… «très bien»", "Straße 42 — İstanbul",
		"invalid \xff\xfe bytes", "", "'single' and ‘curly’ quotes", "ΣΊΣΥΦΟΣ said",
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		b := make([]byte, r.IntN(30))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if got, want := normKey(s), normKeyReference(s); got != want {
			t.Errorf("normKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFoldHashIsHashOfFoldKey(t *testing.T) {
	for _, s := range append([]string{"", "Okafor", "OKAFOR", "okafor", "al-Rashidi", "Zoë", "ΣΊΣΥΦΟΣ", "Straße", "K"}, testSurnames...) {
		for _, kind := range []byte{ixSurname, ixFold, ixFirst} {
			if got, want := foldHash(kind, s), hashKey(kind, 0, foldKey(s), ""); got != want {
				t.Errorf("foldHash(%d, %q) = %x, want hashKey of its fold key %x", kind, s, got, want)
			}
		}
	}
}
