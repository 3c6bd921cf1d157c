package brief

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lookupSlow is gazetteer.lookup as it was before its filters (mayBeExact,
// mayFold): the maps alone, the reference of TestGazFilterAgrees.
func (g *gazetteer) lookupSlow(form string) (gazHit, bool) {
	if h, ok := g.exact[form]; ok {
		return h, true
	}
	h, ok := g.fold[asciiLower(form)]
	return h, ok
}

// lookupLowerSlow is gazetteer.lookupLower without its filters.
func (g *gazetteer) lookupLowerSlow(form, lower string) (gazHit, bool) {
	if h, ok := g.exact[form]; ok {
		return h, true
	}
	h, ok := g.fold[lower]
	return h, ok
}

// TestGazFilterAgrees checks that lookup and lookupLower, which answer
// most misses from the filters without the maps, give what the maps alone
// give: on every key of the gazetteer in several cases, on the words and
// word pairs of the test articles, and on random and mutated forms
// (Unicode, punctuation, empty, long).
func TestGazFilterAgrees(t *testing.T) {
	g := theGazetteer()
	var forms []string
	variants := func(s string) {
		forms = append(forms, s, strings.ToUpper(s), strings.ToLower(s), strings.ToUpper(s[:1])+s[1:],
			s+"s", s[:len(s)/2], s+"\u2019", "\u00c9"+s, s+" "+s)
	}
	for k := range g.fold {
		if !g.mayFold(k) {
			t.Errorf("fold key %q: mayFold false", k)
		}
		variants(k)
	}
	for k := range g.exact {
		if !mayBeExact(k) {
			t.Errorf("exact key %q: mayBeExact false", k)
		}
		variants(k)
	}
	files, _ := filepath.Glob("testdata/articles/*.html")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words := strings.Fields(string(data))
		for i, w := range words {
			forms = append(forms, w, strings.Trim(w, ".,;:\"'()<>"))
			if i > 0 {
				forms = append(forms, words[i-1]+" "+w)
			}
		}
	}
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	r := rand.New(rand.NewSource(16))
	const alpha = "aAbBeEnNsSuU .'-&\u2019\u00e9"
	for range 50000 {
		b := make([]byte, r.Intn(12))
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		forms = append(forms, string(b))
	}
	forms = append(forms, "", "A", "a", strings.Repeat("Ab", 50), "U.S.", "us", "Us")
	for _, f := range forms {
		h1, ok1 := g.lookup(f)
		h0, ok0 := g.lookupSlow(f)
		if h1 != h0 || ok1 != ok0 {
			t.Fatalf("lookup(%q) = %v %v, the maps give %v %v", f, h1, ok1, h0, ok0)
		}
		low := asciiLower(f)
		for _, l := range []string{low, strings.ToLower(f), f} {
			h1, ok1 = g.lookupLower(f, l)
			h0, ok0 = g.lookupLowerSlow(f, l)
			if h1 != h0 || ok1 != ok0 {
				t.Fatalf("lookupLower(%q, %q) = %v %v, the maps give %v %v", f, l, h1, ok1, h0, ok0)
			}
		}
	}
}
