package brief

import (
	"strings"
	"testing"
)

// looksLikePersonNameRef is looksLikePersonName as it was before it read
// whether a word is an ordinary one from the token's lexicon entry
// (commonAt) instead of the gazetteer's map. Kept to show both answer
// alike.
func (d *doc) looksLikePersonNameRef(i, j int) bool {
	if d.givenAt(i) {
		return true
	}
	if j-i >= 2 && d.toks[i].flags&fCap != 0 && capParticles[d.tokLower(i)] {
		if !patronymics[d.tokLower(i)] && !d.givenAt(i+1) && !d.particleWrittenLower(i, j) {
			return false
		}
		i++
	}
	if h, ok := d.g.lookup(d.tokText(j - 1)); ok && h.kind == KindCountry && h.form == formName && j-i > 1 {
		return false
	}
	if j-i >= 3 && !d.commonAt(j-1) && !d.commonAt(j-2) {
		i++
	}
	for k := i; k < j; k++ {
		if d.toks[k].kind == tQuote || d.toks[k].flags&fInQuote != 0 {
			continue
		}
		w := d.tokLower(k)
		if d.toks[k].kind != tWord || d.toks[k].flags&fAllCaps != 0 && len(w) > 1 || nameConnectors[w] && k > i && k < j-1 {
			if nameConnectors[w] {
				continue
			}
			return false
		}
		if d.g.common[w] && !(k == i && len(w) == 2 && strings.HasSuffix(d.tokText(k), ".")) {
			return false
		}
	}
	return true
}

// TestLooksLikePersonNameFast checks looksLikePersonName against the
// reference on every span of one to four tokens of texts with names known
// and unknown, ordinary capitalised words, initials, particles, quoted
// nicknames, capitals and non-ASCII words, and that the texts give both
// answers.
func TestLooksLikePersonNameFast(t *testing.T) {
	texts := []string{
		"Mr. Tarkwell Ossery met Jane Brill and Bin Salman in Velmora on Tuesday.",
		"The Old Mill Road Bridge was closed, said J. R. Hallowell of the Harbour Board.",
		"Marina de Guerra del Peru and Van Gaal spoke; Tomas \u201cTomi\u201d Varga did not.",
		"NASA and the WHO said Man Haron Monis had been seen near Green Park Station.",
		"\u00c9lodie Fran\u00e7ois-M\u00fcller, \u0141ukasz \u017bak and \u00c1lvaro Choque Villca attended.",
		"Debris Would Be Expected To Drift, read the headline. Turnout could be low.",
		"el-Sayed, De Beers, El Alamein, ibn Rushd and St. Kilda Council were named.",
		"A. B. C. D. Eldon Park, Summer Rain, Lake View, Stone Hill, Quick Step.",
		"",
		"Keir Starmer told Parliament that Rachel Reeves and Yvette Cooper would act.",
	}
	var yes, no int
	for _, text := range texts {
		d := docOf(t, text)
		for i := range d.toks {
			for j := i + 1; j <= i+4 && j <= len(d.toks); j++ {
				got, want := d.looksLikePersonName(i, j), d.looksLikePersonNameRef(i, j)
				if got != want {
					t.Errorf("%q: tokens %d-%d %q: %v, reference %v", text, i, j, d.spanText(i, j), got, want)
				}
				if want {
					yes++
				} else {
					no++
				}
			}
		}
	}
	if yes == 0 || no == 0 {
		t.Fatalf("the texts give %d names and %d others: the test would check little", yes, no)
	}
}
