package brief

// postNominals are the letters written after a person's name that are not
// part of it — a legal rank, a seat in a parliament, an honour, a
// fellowship, a degree: "Priya Raman KC", "Ana Ruiz MP", "Ian Dale CBE",
// "Jane Cole PhD". Each maps to the role it gives the person ("" for
// none: an honour or a degree says what a person has, not what they do).
// Letters that also write a common place, firm, thing or time ("MA",
// "MD", "BA", "MS", "AM", "JP", "PC", "AC", "CB", "MC", "GC", "OC") are
// left out: after a name they are too often something else.
var postNominals = map[string]string{
	// Legal ranks.
	"KC": "King's Counsel", "QC": "Queen's Counsel", "SC": "Senior Counsel", "SAN": "Senior Advocate",
	// Seats in a parliament or assembly.
	"MP": "MP", "MEP": "MEP", "MSP": "MSP", "MLA": "MLA", "MLC": "MLC", "MPP": "MPP", "MHA": "MHA",
	"MNA": "MNA", "TD": "TD",
	// British and Commonwealth honours and decorations.
	"OBE": "", "MBE": "", "CBE": "", "KBE": "", "DBE": "", "GBE": "", "BEM": "", "CH": "", "OM": "",
	"KG": "", "KT": "", "LG": "", "CMG": "", "KCMG": "", "GCMG": "", "KCB": "", "GCB": "",
	"CVO": "", "KCVO": "", "GCVO": "", "LVO": "", "MVO": "", "VC": "", "DSO": "",
	"DFC": "", "QPM": "", "KPM": "", "QGM": "", "AO": "", "OAM": "", "ONZM": "",
	"CNZM": "", "KNZM": "", "DNZM": "", "MNZM": "", "GNZM": "", "QSO": "",
	// Fellowships of learned societies.
	"FRS": "", "FRSE": "", "FBA": "", "FREng": "", "FMedSci": "", "FRCP": "", "FRCS": "", "FRCPsych": "",
	"FRSA": "", "FRCGP": "",
	// Degrees.
	"PhD": "", "DPhil": "", "MPhil": "", "MSc": "", "BSc": "", "LLB": "", "LLM": "", "MBA": "", "DSc": "",
	"DLitt": "", "EdD": "", "MBBS": "",
}

// postNominalEnd returns the end of the post-nominal letters at token j
// that follow the person's name run [i, j) ("Priya Raman KC", "Sir Ian
// Dale KC CBE"), or j when there are none. The letters come right after
// the name, one set or more, and the run ends with them: no capitalised
// word follows ("Labour MP Ana Ruiz" opens a name with a title). The name
// is a person's: two to four words that read as one (a known given name
// first, or no ordinary English word), or a name after a title
// ("Ms Raman KC", "Dr Kofi Mensah OBE"). An acronym outside the table is a
// body's ("Ana Ruiz, NATO").
func (d *doc) postNominalEnd(i, j, hi int) int {
	if j <= i || j >= hi || d.toks[j].kind != tWord || d.toks[j].flags&fCap == 0 || !d.adjacent(j-1) ||
		d.toks[j-1].kind != tWord || d.toks[j-1].flags&fPoss != 0 {
		return j
	}
	if !innerUpper(d.tokText(j)) {
		return j // every set of letters has a capital after its first
	}
	if _, ok := postNominals[d.tokText(j)]; !ok {
		return j
	}
	k := j + 1
	for k < hi && d.toks[k-1].flags&fPoss == 0 && d.adjacent(k-1) && d.toks[k].kind == tWord {
		if _, ok := postNominals[d.tokText(k)]; !ok {
			break
		}
		k++
	}
	if k < hi && d.isCapWord(k) && d.adjacent(k-1) {
		return j
	}
	if !(j-i >= 2 && j-i <= 4 && d.looksLikePersonName(i, j)) && !d.titledAt(i) {
		return j
	}
	return k
}

// titledAt reports a title or honorific right before token i ("Ms
// Raman", "Dr. Mensah", "Judge Helen Marsh").
func (d *doc) titledAt(i int) bool {
	p := i - 1
	if p >= 1 && d.toks[p].kind == tPunct && d.text[d.toks[p].s] == '.' {
		p--
	}
	return p >= 0 && d.toks[p].kind == tWord && d.sentenceOf(p) == d.sentenceOf(i) && d.isTitleWord(p)
}

// postNominalsAt returns how many tokens of post-nominal letters start at
// token i right after the person mention recorded last ("KC" after "Priya
// Raman"), or 0. Those letters are skipped: they name no one.
func (d *doc) postNominalsAt(i, hi int) int {
	if len(d.ments) == 0 {
		return 0
	}
	last := &d.ments[len(d.ments)-1]
	if int(last.t1) != i || last.form != formPerson {
		return 0
	}
	return d.postNominalEnd(int(last.t0), i, hi) - i
}

// innerUpper reports an upper-case ASCII letter after the first byte of w
// ("KC", "PhD", "MSc"; not "Raman").
func innerUpper(w string) bool {
	for i := 1; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}
