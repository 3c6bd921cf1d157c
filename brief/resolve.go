package brief

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// resolveEntities groups the mentions into entities: every form of a name
// ("Keir Starmer", "Mr Starmer", "Starmer"; "UK", "Britain", "British") is
// merged into one actor.
func (d *doc) resolveEntities() {
	d.cutHeadlineRuns()
	d.markSubjects()
	d.placeCapitals()
	d.chainSubunits()
	// Room made once for the tables of the entities, which a long article
	// would otherwise grow again and again: about an entity for four
	// mentions on news, and a few keys an entity in the index.
	byKey := takeMap(&d.scratch().byKey, len(d.ments)/4)
	d.eidx = d.scratch().takeEntIndex(len(d.ments))
	newEnt := func(m *mention) int {
		// The name's key, made once here, is the entity's too (see
		// entity.nameKey), for the index to read.
		k := nameKey(m.key)
		e := &entity{name: m.key, kind: m.kind, gender: m.gender, firstSent: int(m.sent), key: k, keyOf: m.key}
		if m.kind == KindPerson {
			e.first, e.last = personPartsOfKey(m.key, k)
		}
		d.ents = append(d.ents, e)
		byKey[k] = len(d.ents) - 1
		d.eidx.add(d, len(d.ents)-1)
		return len(d.ents) - 1
	}
	// Surnames of the people named in full: "Bloomberg" after "Michael
	// Bloomberg" is the man, not the company.
	surnames := make(map[string]bool, len(d.ments)/8)
	for _, m := range d.ments {
		if m.form == formPerson && strings.Contains(m.key, " ") {
			surnames[lastField(nameKey(m.key))] = true
		}
	}
	// Pass 1: full names of people, and names the gazetteer knows.
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.form == formName && m.kind == KindOrganization && !strings.Contains(m.key, " ") &&
			isTrue(byNameKey(surnames, d.spanText(int(m.t0), int(m.t1)))) {
			m.form, m.kind, m.key = formUnknown, KindPerson, d.spanText(int(m.t0), int(m.t1))
		}
		switch {
		case m.form == formPerson && strings.Contains(m.key, " "):
			ei := d.findPerson(m, byKey)
			if ei < 0 {
				ei = newEnt(m)
			}
			d.attach(mi, ei)
			if m.nick() != "" {
				// Tomas “Tomi” Varga, then “Tomi” alone.
				if _, taken := byNameKey(byKey, m.nick()); !taken {
					byKey[nameKey(m.nick())] = ei
				}
				d.ents[ei].forms.add(m.nick(), 1)
			}
		case m.form == formName || m.form == formDemonym || m.form == formCapital || m.form == formOrg || m.form == formPlace:
			if ei, ok := byNameKey(byKey, m.key); ok {
				d.attach(mi, ei)
				continue
			}
			d.attach(mi, newEnt(m))
		}
	}
	d.retypeTradePeople()
	// Pass 2: single names, matched to the people and organisations above.
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent >= 0 || m.form == formPronoun || m.form == formDesc || m.form == formGroup {
			continue
		}
		ei := d.matchSingle(mi)
		if testMatchSingle != nil {
			testMatchSingle(d, mi, ei)
		}
		if ei >= 0 {
			if ei = d.sharedSurname(mi, ei); ei < 0 {
				m.form = formShared
				continue
			}
		}
		if ei >= 0 {
			d.attach(mi, ei)
			continue
		}
		if ei, ok := byNameKey(byKey, m.key); ok {
			d.attach(mi, ei)
			continue
		}
		if !strings.Contains(m.key, " ") && m.title() == "" && m.kind != KindPerson && m.flags&mLocative == 0 {
			if ei := d.clubByWord(m.key); ei >= 0 {
				d.attach(mi, ei) // "Rovers" for "Harwick Rovers"
				continue
			}
			if ei := d.orgByFirstWord(m.key); ei >= 0 {
				d.attach(mi, ei) // "Corvane" for "Corvane Motors"
				continue
			}
		}
		if m.kind == "" {
			m.kind = d.guessKind(mi)
		}
		d.attach(mi, newEnt(m))
	}
	// The index is kept up to date only while the passes above make and
	// name entities; what follows renames and merges them.
	d.scratch().giveEntIndex(d.eidx)
	giveMap(&d.scratch().byKey, byKey)
	d.eidx = nil
	// "Whole Foods" and "Whole Foods Market"; acronyms written out elsewhere:
	// "Food Standards Agency (FSA)".
	d.resolveGroups()
	if testMergeOrgPrefixes != nil {
		testMergeOrgPrefixes(d)
	}
	d.mergeOrgPrefixes()
	d.mergeFormerNames()
	d.mergeAcronyms()
	d.retypeOrganisations()
	d.markTerms()
	d.retypeByPronouns()
	d.demoteLocatedNames()
	d.retypeSpeakingPlaces()
	d.markSourceOutlets()
	d.markSourceJournalists()
	d.resolveDescriptions()
	d.demoteProducts()
	d.demoteBrandProducts()
	d.demoteThingNames()
	d.demoteUsedThings()
	d.demoteModelNames()
	d.demoteRegions()
	for _, e := range d.ents {
		// "Con Edison" read as a name, "Con Edison officials said": an
		// organisation.
		if e.kind == KindPerson {
			for _, mi := range e.ments {
				if m := d.ments[mi]; m.form == formOrg && m.kind == KindOrganization && m.title() == "" {
					e.kind = KindOrganization
					break
				}
			}
		}
		for _, mi := range e.ments {
			if m := d.ments[mi]; m.title() != "" && m.kind == KindPerson && e.kind != KindPerson {
				e.kind = KindPerson
				e.last = nameKey(e.name)
				e.first = e.last
			}
		}
		if e.kind == "" {
			e.kind = KindOther
		}
	}
}

// cutHeadlineRuns shortens a name read from a heading in title case
// ("Vidmark Launches New Tools For Sellers", "Minister Ilse Varnholt
// Resigns Over Ferry Deal") to the name the heading opens with: a run of
// three words or more in which a verb follows a name the article also
// names on its own ("Vidmark said…"). The verb is a present or past form
// the lexicon knows ("Unveils", "Warns"), or, in a title-case sentence, a
// word in -s whose stem is an ordinary word and no head of a name
// ("Launches", "Resigns"; not "Motors", "Lines"). The rest of the heading
// names no one. A quoted title (a cited headline) is left as it is, and
// so is a run opened by an ordinary word ("Not Modified").
func (d *doc) cutHeadlineRuns() {
	var keys map[string]bool
	// withKey lists the mentions of each key (as written), in order: those
	// that may give a heading's name its form.
	var withKey map[string][]int32
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.t1-m.t0 < 3 || m.form != formUnknown && m.form != formPerson && m.form != formOrg || m.flags&mInQuote != 0 {
			continue
		}
		lo, hi := d.sentRange(int(m.sent))
		headline := -1 // unknown yet
		for k := int(m.t0) + 1; k < int(m.t1) && k <= int(m.t0)+3; k++ {
			w := d.tokLower(k)
			if d.toks[k].kind != tWord || d.tokIn(k, inOrgHeads|inPlaceHeads|inGroupNouns|inTitleHeads) {
				continue
			}
			tags := formTags(w)
			verb := tags&(formPresent|formPast) != 0 && tags&formPlural == 0
			if !verb && len(w) > 4 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && tags == 0 &&
				(d.g.common[w[:len(w)-1]] || strings.HasSuffix(w, "es") && d.g.common[w[:len(w)-2]]) {
				if headline < 0 {
					headline = 0
					if d.isHeadlineSentence(lo, hi) {
						headline = 1
					}
				}
				verb = headline == 1
			}
			if !verb || d.lex[k-1]&lexFunction != 0 || d.g.common[d.tokLower(k-1)] {
				continue
			}
			if keys == nil {
				// The names the article uses, made once, when a heading's
				// verb is first found.
				keys, withKey = map[string]bool{}, map[string][]int32{}
				for oi := range d.ments {
					if o := &d.ments[oi]; o.form != formPronoun && o.form != formDesc {
						keys[nameKey(o.key)] = true
						withKey[o.key] = append(withKey[o.key], int32(oi))
					}
				}
			}
			name := d.spanText(int(m.t0), k)
			if !isTrue(byNameKey(keys, name)) {
				continue
			}
			key := m.key
			for _, oi := range withKey[name] {
				// The mention's form and key as they are now: this loop
				// changes those of the headings before.
				if o := &d.ments[oi]; o.form != formPronoun && o.form != formDesc && o.key == name && o.t1-o.t0 < m.t1-m.t0 {
					m.form, m.kind, m.key = o.form, o.kind, o.key
					break
				}
			}
			m.t1 = int32(k)
			if m.kind == KindPerson && m.form == formPerson {
				m.key = name
			}
			if m.key != key {
				withKey[m.key] = insertSorted(withKey[m.key], int32(mi))
			}
			break
		}
	}
}

// testMatchSingle, set by the test that compares what matchSingle finds
// through the entity index with what reading every entity finds (nil
// outside it), is called with each single name and the person found for
// it, while the entities are as the search saw them.
var testMatchSingle func(d *doc, mi, ei int)

// testMergeOrgPrefixes, set by the test that compares mergeOrgPrefixes
// with its first form, is called with the doc before mergeOrgPrefixes
// runs (nil outside it).
var testMergeOrgPrefixes func(d *doc)

// testLatestMentioned, set by the test that compares the walks
// resolveDescriptions remembers with full walks (nil outside it), is
// called with each description, the test it asks of an entity and the
// entity found for it, while the entities are as the walk saw them.
var testLatestMentioned func(d *doc, mi int, pass func(*entity) bool, ei int)

// attach adds mention mi to entity ei.
func (d *doc) attach(mi, ei int) {
	m := &d.ments[mi]
	m.ent = int32(ei)
	e := d.ents[ei]
	e.ments = insertSorted(e.ments, int32(mi))
	if m.form == formPronoun || m.form == formDesc {
		return
	}
	if e.gender == genderUnknown && m.gender != genderUnknown {
		e.gender = m.gender
	}
	if e.kind == "" && m.kind != "" {
		e.kind = m.kind
	}
	if e.role == "" && m.role != "" && m.flags&mInQuote == 0 {
		e.role = cleanRole(m.role)
	}
	form := cleanName(d.spanText(int(m.t0), int(m.t1)))
	if m.form == formDemonym || m.form == formCapital || m.form == formName && m.key != form || m.flags&mAdj != 0 {
		if m.flags&mAdj != 0 && d.toks[m.t0].flags&fHyphen != 0 {
			form = ""
		}
	}
	if form != "" {
		e.forms.add(form, 1)
	}
	if m.title() != "" && m.kind == KindPerson {
		e.forms.add(strings.TrimSpace(m.title()+" "+form), 1)
	}
	if m.kind == KindPerson && strings.Count(m.key, " ") > strings.Count(e.name, " ") && m.form == formPerson {
		e.name = m.key // the fullest form names the person
		e.first, e.last = personParts(m.key)
		if d.eidx != nil {
			d.eidx.add(d, ei)
		}
	}
}

// index returns the entity index: the one resolveEntities keeps while it
// makes entities, else one made now of the entities as they are.
func (d *doc) index() *entIndex {
	if d.eidx != nil {
		return d.eidx
	}
	x := newEntIndex()
	for ei := range d.ents {
		x.add(d, ei)
	}
	return x
}

// cleanRole tidies a role read from the text: "Prime Minister", "Navy veteran".
func cleanRole(r string) string {
	r = strings.TrimSpace(strings.Trim(r, ",;:"))
	if r == "" {
		return ""
	}
	// "father", "22-year-old son": family ties are not roles.
	if _, kin := kinNouns[lastField(strings.ToLower(r))]; kin {
		return ""
	}
	return strings.ToUpper(r[:1]) + r[1:]
}

// findPerson finds the person entity a full name belongs to: the same
// surname and a compatible first name ("Donald J. Trump", "Zelensky").
func (d *doc) findPerson(m *mention, byKey map[string]int) int {
	if ei, ok := byNameKey(byKey, m.key); ok {
		return ei
	}
	key := nameKey(m.key)
	first, last := personPartsOfKey(m.key, key)
	x := d.index()
	var buf [16]int32 // room for most lists, without allocating
	for _, ei := range inOrder(x.surnames(last, buf[:0])) {
		e := d.ents[ei]
		if e.kind != KindPerson || e.last == "" {
			continue
		}
		if sameSurname(e.last, last) && (e.first == first || strings.HasPrefix(e.first, strings.TrimSuffix(first, ".")) ||
			strings.HasPrefix(first, strings.TrimSuffix(e.first, "."))) {
			return int(ei)
		}
		// "Haron Monis" within "Man Haron Monis".
		if e.last == last && hasWordSuffix(e.nameKey(), key) {
			return int(ei)
		}
	}
	// "Te Kaurinui" for "Te Kaurinui Robert Parata": a name that opens
	// exactly one longer name is that person's first name — unless its last
	// word is used alone as a surname ("Margaret Hamilton", then "Hamilton",
	// is a full name; "Margaret Hamilton Lego" something else).
	found := -1
	// Either name begins with the other: both begin with the same word.
	for _, ei := range x.keyWord(firstWord(key)) {
		e := d.ents[ei]
		if e.kind != KindPerson {
			continue
		}
		n := e.nameKey()
		if hasWordPrefix(n, key) && !d.usedAlone(last) ||
			hasWordPrefix(key, n) && strings.Contains(n, " ") && !d.usedAlone(e.last) {
			if found >= 0 {
				return -1
			}
			found = int(ei)
		}
	}
	return found
}

// personParts returns the first name and surname keys of a person's full
// name. A regnal name has neither: "Pope Leontius XIV", "King Aldric III",
// "Aldric III" and "King Aldric" all give "aldric" for both, so that the
// name alone, with its title or with its numeral, finds the one person. A
// numeral after an ordinary name is a suffix ("Hal Brant III": "hal",
// "brant").
func personParts(name string) (first, last string) {
	return personPartsOfKey(name, nameKey(name))
}

// personPartsOfKey is personParts of name, whose key (nameKey) is key.
func personPartsOfKey(name, key string) (first, last string) {
	// The words of the key (as strings.Fields splits it): how many, the
	// first two and the last two, read without making the list.
	n, f0, f1, l1, l0 := edgeFields(key)
	royal := n > 1 && royalTitles[f0] != 0
	if royal {
		f0, n = f1, n-1
	}
	if sp := strings.LastIndexByte(name, ' '); n > 1 && sp > 0 && regnalNumeral(name[sp+1:]) {
		royal = royal || n == 2
		l0, n = l1, n-1
	}
	if royal && n == 1 {
		return f0, f0
	}
	return f0, l0
}

// edgeFields returns the number of fields of s (as strings.Fields splits
// it: at Unicode white space), its first two fields and its last two (the
// last is l0, the one before it l1); "" for those it lacks.
func edgeFields(s string) (n int, f0, f1, l1, l0 string) {
	start := -1
	for i, r := range s {
		if !unicode.IsSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			n, f0, f1, l1, l0 = edgeField(n, f0, f1, l0, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		n, f0, f1, l1, l0 = edgeField(n, f0, f1, l0, s[start:])
	}
	return n, f0, f1, l1, l0
}

// edgeField counts field w after n fields, for edgeFields.
func edgeField(n int, f0, f1, l0, w string) (int, string, string, string, string) {
	switch n {
	case 0:
		f0 = w
	case 1:
		f1 = w
	}
	return n + 1, f0, f1, l0, w
}

// royalTitleOf returns the royal title a person's name opens with ("king"
// for "King Aldric III"), or "".
func royalTitleOf(name string) string {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 || sp > 8 {
		return ""
	}
	var buf [8]byte
	for i := 0; i < sp; i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if _, ok := royalTitles[string(buf[:sp])]; ok {
		return string(buf[:sp])
	}
	return ""
}

// regnalName reports a name with a royal title or a numeral after one
// name ("King Aldric", "Aldric III").
func regnalName(name string) bool {
	if royalTitleOf(name) != "" {
		return true
	}
	f := strings.Fields(name)
	return len(f) == 2 && regnalNumeral(f[1])
}

// regnalNumeral reports whether w is a Roman numeral of two letters or
// more written in capitals ("II", "XIV"): one letter may be a pronoun or
// an initial.
func regnalNumeral(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// usedAlone reports whether the article uses the word w (lower case) alone
// as a capitalised name somewhere.
func (d *doc) usedAlone(w string) bool {
	if d.alone == nil {
		d.alone = make(map[string]bool, len(d.ments)/4)
		for _, m := range d.ments {
			if m.t1-m.t0 == 1 && m.form != formPronoun && m.form != formDesc {
				d.alone[nameKey(d.spanText(int(m.t0), int(m.t1)))] = true
			}
		}
	}
	return d.alone[w]
}

// sameSurname tolerates one letter's difference in long names (Zelensky,
// Zelenskyy).
func sameSurname(a, b string) bool {
	if a == b {
		return true
	}
	// "al-Rashidi" and "Rashidi", "el-Tahawy" and "Tahawy".
	a, b = trimArticle(a), trimArticle(b)
	if a == b {
		return true
	}
	if a == "" || b == "" || a[0] != b[0] {
		return false
	}
	if a, b := surnameFold(a), surnameFold(b); a == b {
		return true // Brueckner, Brückner
	}
	if len(a) < 6 || len(b) < 6 || a[0] != b[0] {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := 0
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		return strings.HasPrefix(b, a) || strings.HasSuffix(b, a)
	}
	return false
}

// trimArticle removes the Arabic article before a surname key: "al-rashidi"
// → "rashidi".
func trimArticle(k string) string {
	// Every article is two or three letters and a hyphen: a key with no
	// hyphen at either place has none (most keys, read for every surname
	// compared and indexed).
	if len(k) < 3 || k[2] != '-' && (len(k) < 4 || k[3] != '-') {
		return k
	}
	for _, p := range []string{"al-", "el-", "ad-", "ed-", "as-", "es-", "ash-", "an-", "ar-", "at-", "az-"} {
		if strings.HasPrefix(k, p) && len(k) > len(p)+2 {
			return k[len(p):]
		}
	}
	return k
}

// familyFirstNames are common East Asian family names, written before the
// given name ("Park Joon-ho", "Xi Jinping"): alone they are the person's
// surname.
var familyFirstNames = setOf("kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han",
	"shin", "seo", "kwon", "hwang", "ahn", "song", "moon", "hong", "yang", "oh", "xi", "li", "wang", "zhang",
	"liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma", "hu", "guo", "he", "lin", "luo", "gao",
	"nguyen", "tran", "pham", "le", "vo")

// matchSingle finds the person a single name ("Starmer", "Mr Parry",
// "Eloise") refers to: the nearest person before it whose surname or first
// name it is (or, failing that, the first one after it), with a compatible
// gender.
func (d *doc) matchSingle(mi int) int {
	m := &d.ments[mi]
	w := nameKey(m.key)
	regnal := false // "Aldric III": only a regnal name's
	if strings.Contains(m.key, " ") {
		// "Aldric III" after "King Aldric III": the name it numbers.
		if f := strings.Fields(m.key); len(f) == 2 && regnalNumeral(f[1]) {
			w, regnal = nameKey(f[0]), true
		} else if m.form != formPerson {
			return -1
		}
	}
	best, bestDist := -1, 1<<30
	x := d.index()
	var buf [16]int32 // room for most lists, without allocating
	bySurname := inOrder(x.surnames(w, buf[:0]))
	// "Mr Gao" for "Gao Wen": family name first, as in Chinese and Korean
	// names, when no one has it as a surname.
	familyFirst := true
	for _, ei := range bySurname {
		if e := d.ents[ei]; e.kind == KindPerson && sameSurname(e.last, w) {
			familyFirst = false
			break
		}
	}
	// A first name: one the gazetteer knows, or any name that is not an
	// ordinary word ("Lupita" for "Lupita Nyong'o"). What that asks of m
	// and w holds for every person of that first name, or for none: when
	// it fails, only the people whose surname w may be are read.
	cands := bySurname
	firstOK := false
	if len(x.key(ixFirst, w)) > 0 {
		firstOK = (m.title() == "" || familyFirst) && (d.g.isGivenName(w) || !d.g.common[w] && d.firstNameUnique(w) ||
			familyFirst && familyFirstNames[w] && d.firstNameUnique(w))
		if firstOK {
			cands = inOrder(x.firsts(w, bySurname))
		}
	}
	if len(cands) == 0 && !regnal && !d.g.isGivenName(w) && !d.g.common[w] && d.personLikeSingle(m) {
		// "Mr Choque" for "Álvaro Choque Villca": the first of two
		// surnames, when no one has the name as a surname or first name.
		cands = inOrder(x.key(ixFirstSurname, w))
	}
	for _, ei := range cands {
		e := d.ents[ei]
		if e.kind != KindPerson || e.last == "" || !strings.Contains(e.name, " ") || regnal && !regnalName(e.name) {
			continue
		}
		byLast := sameSurname(e.last, w) || firstOfTwoSurnamesOfKey(e.nameKey()) == w
		byFirst := firstOK && e.first == w
		if !byLast && !byFirst {
			continue
		}
		if m.gender != genderUnknown && e.gender != genderUnknown && m.gender != e.gender {
			continue
		}
		genderPenalty := 0
		if m.gender != genderUnknown && e.gender == genderUnknown {
			genderPenalty = 200 // "Mr Mensah": a man of that name known as one first
		}
		// Distance to the nearest mention of e before m (or after, costlier).
		dist := 1 << 29
		ms := e.ments
		k := sort.Search(len(ms), func(i int) bool { return d.ments[ms[i]].t0 > m.t0 })
		if k > 0 {
			dist = int(m.t0 - d.ments[ms[k-1]].t0)
		} else if k < len(ms) {
			dist = 100000 + int(d.ments[ms[k]].t0-m.t0)
		}
		if byFirst && !byLast {
			dist += 50 // a surname is the usual short form
		}
		dist += genderPenalty
		if dist < bestDist {
			best, bestDist = int(ei), dist
		}
	}
	return best
}

// personLikeSingle reports a single name used as a person's may be: with
// a title ("Mr Choque") or with no "the" before it and not only locating
// something ("across the Riverina").
func (d *doc) personLikeSingle(m *mention) bool {
	if m.title() != "" {
		return true
	}
	if m.flags&mLocative != 0 || m.kind == KindOrganization || m.kind == KindCountry || m.kind == KindOther {
		return false
	}
	p := int(m.r0) - 1
	return p < 0 || d.toks[p].kind != tWord || !d.tokIn(p, inDeterminers)
}

// firstOfTwoSurnamesOfKey returns the first of two surnames in a
// person's name of three words or more, given the name's key (nameKey),
// as Spanish and Portuguese names have them ("choque" of "Álvaro Choque
// Villca", "quispe" of "María José Quispe Mamani"): the word before the
// last, when it is no given name ("John Paul Harwell"), no particle and no
// initial. "" when none. It takes the key, which an entity keeps, so as
// not to make it again.
func firstOfTwoSurnamesOfKey(k string) string {
	n, _, _, l1, l0 := edgeFields(k)
	if n < 3 || len(l1) < 3 || len(l0) < 3 || isNameParticle(l1) || regnalNumeral(l0) || strings.HasSuffix(l1, ".") {
		return ""
	}
	if g := theGazetteer(); g.isGivenName(l1) || g.common[l1] {
		return ""
	}
	return l1
}

// fullMentions counts the mentions of entity ei that give a name in full
// (more than one word).
func (d *doc) fullMentions(ei int) int {
	n := 0
	for _, mi := range d.ents[ei].ments {
		if strings.Contains(d.ments[mi].key, " ") {
			n++
		}
	}
	return n
}

// sharedSurname returns the person a bare surname refers to, when matchSingle
// gave it person ei and another person named in full before it has that
// surname too ("Hori Tane", then his son "Rewi Tane", then "Tane said").
// What news style means by it: ei when it was named in the same sentence or
// the one before, in the same paragraph; else the one named in full at least
// twice as often as the other ("Marta Quill" throughout, her husband once);
// else the one the article named first (the son is introduced through his
// father). Two named first in the same sentence ("Hori and Rewi Tane") leave
// it no one's: -1. A title's gender that fits one of them only has already
// decided (matchSingle).
func (d *doc) sharedSurname(mi, ei int) int {
	m := &d.ments[mi]
	e := d.ents[ei]
	if strings.Contains(m.key, " ") || e.kind != KindPerson {
		return ei
	}
	w := nameKey(m.key)
	if !sameSurname(e.last, w) {
		return ei
	}
	other := -1
	var buf [8]int32
	for _, oi := range d.index().surnames(w, buf[:0]) {
		o := d.ents[oi]
		if int(oi) == ei || o.kind != KindPerson || !strings.Contains(o.name, " ") || !sameSurname(o.last, w) ||
			len(o.ments) == 0 || d.ments[o.ments[0]].t0 > m.t0 {
			continue
		}
		if m.gender != genderUnknown && o.gender != genderUnknown && m.gender != o.gender {
			continue
		}
		other = int(oi)
		break
	}
	if other < 0 {
		return ei
	}
	// "the Mensahs": the family, both of them.
	if w == e.last+"s" || w == e.last+"es" {
		return -1
	}
	// The nearest mention of ei before m decides when it is close.
	ms := e.ments
	k := sort.Search(len(ms), func(i int) bool { return d.ments[ms[i]].t0 > m.t0 })
	if k > 0 {
		near := d.ments[ms[k-1]]
		si, ns := int(m.sent), int(near.sent)
		if si-ns <= 1 && d.a.Sentences[si].Para == d.a.Sentences[ns].Para {
			return ei
		}
	}
	full, ofull := d.fullMentions(ei), d.fullMentions(other)
	switch {
	case full >= 2 && full >= 2*ofull:
		return ei
	case ofull >= 2 && ofull >= 2*full:
		return other
	}
	first, ofirst := d.ments[e.ments[0]], d.ments[d.ents[other].ments[0]]
	switch {
	case first.sent < ofirst.sent:
		return ei
	case ofirst.sent < first.sent:
		return other
	}
	// The name is either's: it has the gender known of them, unless they
	// differ, for the pronouns that may refer to it.
	if g, og := e.gender, d.ents[other].gender; m.gender == genderUnknown && (g == og || og == genderUnknown) {
		m.gender = g
	} else if m.gender == genderUnknown && g == genderUnknown {
		m.gender = og
	}
	return -1
}

// firstNameUnique reports whether exactly one person named in full has the
// first name w.
func (d *doc) firstNameUnique(w string) bool { return d.index().namedFirst(w) == 1 }

// retypeTradePeople turns a name read as a business only by its trade word
// ("Mark Shipping", "Olumide Mining": see tradeName) into a person's when
// the article shows a person: the last word with a title elsewhere ("Mr
// Shipping said"), or a he or she as the first word after the name that
// could stand for an actor, and never an "its". It runs before single
// names are matched, so that "Mr Shipping" then joins the man.
func (d *doc) retypeTradePeople() {
	var titled map[string]int8 // last words written with a title, and its gender
	for ei, e := range d.ents {
		sp := strings.LastIndexByte(e.name, ' ')
		if e.kind != KindOrganization || sp < 0 || !isTrade(asciiLower(e.name[sp+1:])) || orgHeads[asciiLower(e.name[sp+1:])] {
			continue
		}
		if titled == nil {
			titled = map[string]int8{}
			for _, m := range d.ments {
				if g, ok := honorifics[asciiLower(strings.TrimSuffix(m.title(), "."))]; ok && m.t1-m.t0 == 1 {
					titled[nameKey(m.key)] = g
				}
			}
		}
		gender, person := titled[nameKey(e.name[sp+1:])]
		if !person {
			he, its := 0, 0
			for _, mi := range e.ments {
				switch g, ok := d.pronounAfter(int(mi), ei); {
				case !ok:
				case g == genderUnknown:
					its++
				default:
					he++
					gender = g
				}
			}
			person = he > 0 && its == 0
		}
		if !person {
			continue
		}
		e.kind, e.gender = KindPerson, gender
		e.first, e.last = personParts(e.name)
		for _, mi := range e.ments {
			d.ments[mi].kind, d.ments[mi].form = KindPerson, formPerson
		}
		d.eidx.add(d, ei)
	}
}

// guessKind decides what an unknown single name is from how it is used.
func (d *doc) guessKind(mi int) ActorKind {
	m := d.ments[mi]
	if m.title() != "" {
		return KindPerson
	}
	j := int(m.t1)
	if j < len(d.toks) && d.sentenceOf(j) == int(m.sent) && d.toks[j].kind == tWord {
		if d.lex[j]&lexSpeech != 0 && !d.prepositionObject(mi) {
			return KindPerson
		}
	}
	if m.flags&mLocative != 0 {
		return KindOther
	}
	// "Tarrow residents", "Kelby villagers": the place they live in.
	if m.t1-m.t0 == 1 && m.flags&mPoss == 0 && j < len(d.toks) && d.toks[j].kind == tWord && residentNouns[d.tokLower(j)] {
		return KindOther
	}
	// "Yohannes and his wife", "Yohannes, 60,": a person.
	if j+2 < len(d.toks) && d.sentenceOf(j+1) == int(m.sent) {
		if d.tokLower(j) == "and" && (d.tokLower(j+1) == "his" || d.tokLower(j+1) == "her") && kinNouns[d.tokLower(j+2)] != 0 {
			return KindPerson
		}
		if d.text[d.toks[j].s] == ',' && d.toks[j+1].kind == tNum && j+2 < len(d.toks) && d.text[d.toks[j+2].s] == ',' {
			return KindPerson
		}
	}
	// "Brenner's wife": only a person has relatives ("Brenner's
	// spokesman" may speak for a company; "Kordia's sister company" is
	// one).
	if m.flags&mPoss != 0 && j < len(d.toks) && d.toks[j].kind == tWord && kinNouns[d.tokLower(j)] != 0 &&
		!(j+1 < len(d.toks) && d.toks[j+1].kind == tWord && (d.tokIn(j+1, inOrgHeads) || d.plainLower(j+1))) {
		return KindPerson
	}
	// "Tanoto, chief of the fire brigade, said": a role in apposition
	// is a person's.
	if j < len(d.toks) && d.sentenceOf(j) == int(m.sent) {
		if _, hi := d.sentRange(int(m.sent)); d.roleAfter(j, hi) != "" {
			return KindPerson
		}
	}
	return KindOrganization
}

// prepositionObject reports a mention governed by a preposition that
// ends a noun phrase before it, alone or as the last of names joined by
// "and" or "or": "The head of Orlek said", "Envoys of Velmora and
// Tarnland said", "a statement from Orlek said". The verb after it is the
// phrase's, not the name's.
func (d *doc) prepositionObject(mi int) bool {
	m := d.ments[mi]
	p := int(m.r0) - 1
	if p < 0 || d.toks[p].kind != tWord || d.sentenceOf(p) != int(m.sent) {
		return false
	}
	if w := d.tokLower(p); (w == "and" || w == "or") && mi > 0 {
		// The conjunct before: "… of Velmora and Tarnland".
		q := d.ments[mi-1]
		if !d.conjunctAfter(q, m) || q.sent != m.sent {
			return false
		}
		p = int(q.r0) - 1
		if p < 0 || d.toks[p].kind != tWord || d.sentenceOf(p) != int(m.sent) {
			return false
		}
	}
	return d.toks[p].flags&fCap == 0 && phrasePrepositions[d.tokLower(p)] && p > 0 && d.toks[p-1].kind == tWord
}

// phrasePrepositions govern a name inside a noun phrase ("the head of",
// "a statement from", "talks with"); not "after" or "before", which also
// open a clause ("After Tarn said…"), nor those of place ("Workers at
// Orlek said"): a company named there is where the people work, and
// reading it as a place that only locates drops an actor that acts.
var phrasePrepositions = setOf("of", "for", "from", "with", "by", "to", "among", "between")

// residentNouns name the people who live somewhere; an unknown name right
// before one is the place ("Tarrow residents").
var residentNouns = setOf("residents", "villagers", "locals", "inhabitants", "townspeople", "townsfolk", "islanders",
	"commuters")

// retypeOrganisations turns a name read as a person only because it
// looked like one ("Larkmoor announced", "Marlow Ashby said") into an
// organisation when the article uses it as one somewhere: with a business
// noun before it ("publishing giant Larkmoor"), an employee or title after
// it ("Larkmoor CEO Joan Avery"), "which" after it, or what only a company
// has or undergoes (see companyCue: "shares in Marlow Ashby", "Marlow
// Ashby's board"); or, twice, "said it would" or "said its". A name whose
// first word is a known given name takes only the last of those proofs:
// what only a company has. A title, a role, a he or she after it as the
// subject, its given name alone or a one-word name written as a person's
// keeps a person.
func (d *doc) retypeOrganisations() {
	// Which people may be organisations, then what their mentions tell,
	// read in one walk over the mentions in the article's order (see
	// markArtefacts), each person's as far as the first that shows a
	// person.
	const (
		asked  = 1 << iota // a person whose mentions are read
		given              // one whose first word is a given name: only a company's marks count
		org                // one used as an organisation's name
		weak               // one that said "its" or "it would" once
		weak2              // … twice
		person             // one shown to be a person: read no further
	)
	st := make([]uint8, len(d.ents))
	for ei, e := range d.ents {
		if e.kind == KindPerson && len(e.ments) > 0 {
			st[ei] = asked
			if d.g.isGivenName(firstWord(e.name)) {
				st[ei] |= given
			}
		}
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || st[m.ent]&(asked|person) != asked {
			continue
		}
		e := d.ents[m.ent]
		if d.chairedName(m) {
			st[m.ent] |= org // "who chairs Western Plains Irrigators": a body
			continue
		}
		// (The gender of a known given name is no more than that name.)
		if m.title() != "" || m.form == formPerson && !strings.Contains(e.name, " ") ||
			m.gender != genderUnknown && st[m.ent]&given == 0 ||
			m.form == formPronoun || m.role != "" && !sharedRoles[strings.ToLower(roleHead(m.role))] ||
			st[m.ent]&given != 0 && d.givenNameAlone(m, e) {
			st[m.ent] |= person
			continue
		}
		// "Hollis Dray said he would stand down": the subject and its he
		// (not "Gareth Pryce, Mercer Dale's chief executive, said it had
		// left him…").
		if g, ok := d.pronounAfter(mi, int(m.ent)); ok && g != genderUnknown && m.flags&(mPoss|mSubject) == mSubject && !d.personBefore(mi) {
			st[m.ent] |= person
			continue
		}
		switch c := d.companyCue(mi, int(m.ent)); {
		case c == cueCompany:
			st[m.ent] |= org
		case st[m.ent]&given != 0:
		case d.orgUse(*m):
			st[m.ent] |= org
		case c == cueItself && st[m.ent]&weak != 0:
			st[m.ent] |= weak2
		case c == cueItself:
			st[m.ent] |= weak
		}
	}
	for ei, e := range d.ents {
		if st[ei]&(org|weak2) != 0 && st[ei]&person == 0 {
			e.kind = KindOrganization
			for _, mi := range e.ments {
				d.ments[mi].kind = KindOrganization
			}
		}
	}
}

// sharedRoles are roles a company has as often as a person: "its rival
// Cooper Wren", "the bidder Mercer Dale".
var sharedRoles = setOf("rival", "rivals", "competitor", "partner", "owner", "investor", "bidder", "buyer", "seller",
	"supplier", "customer", "client", "lender", "creditor", "shareholder", "target", "ally", "critic", "opponent")

// givenNameAlone reports mention m of entity e, a name of several words,
// written as the first word alone ("Morgan said" for "Morgan Dray"): when
// that word is a given name, a person's.
func (d *doc) givenNameAlone(m *mention, e *entity) bool {
	sp := strings.IndexByte(e.name, ' ')
	return sp > 0 && m.t1-m.t0 == 1 && strings.EqualFold(d.tokText(int(m.t0)), e.name[:sp]) && !strings.EqualFold(m.key, e.name)
}

// What a mention shows of a company (companyCue).
const (
	cueNone    = iota
	cueItself  // "said it would", "said its": a company's words, and at times a person's
	cueCompany // what only a company has or undergoes
)

// companyShares are what a company has and a person does not, after its
// name or its possessive: "Marlow Ashby shares fell", "Hale Fenwick's
// board", "Cooper Wren's shareholders".
var companyShares = setOf("shares", "stock", "shareholders", "board", "chairman", "chairwoman", "ceo", "cfo",
	"subsidiary", "subsidiaries", "dividend", "headquarters")

// chairVerbs tell what someone chairs or heads: a body ("who chairs Western
// Plains Irrigators").
var chairVerbs = setOf("chairs", "chaired", "heads", "headed", "runs", "ran", "directs", "directed", "founded",
	"co-founded", "cofounded")

// chairedName reports a name that someone chairs or heads, after "who":
// "Gary Pellow, who chairs Western Plains Irrigators,": a body, not a
// person, whatever pronoun follows.
func (d *doc) chairedName(m *mention) bool {
	p := int(m.t0) - 1
	if p >= 2 && d.tokLower(p) == "the" {
		p--
	}
	return p >= 1 && m.flags&mPoss == 0 && d.sentenceOf(p-1) == int(m.sent) && d.tokLower(p-1) == "who" &&
		chairVerbs[d.tokLower(p)]
}

// boardPlaces are what a person holds on a board: "Lisle's board seat".
var boardPlaces = setOf("seat", "seats", "member", "members", "membership", "role", "position", "appointment", "place")

// companyCue tells what mention mi of entity ei shows of a company:
// cueCompany for what only a company has or undergoes ("shares in Marlow
// Ashby", "Marlow Ashby's shareholders", "Marlow Ashby shares fell",
// "Hale Fenwick's chief executive"); cueItself for "said it would" or
// "said its" right after it (a product takes "its" too, but does not
// speak); else cueNone. A person's holding is no company's
// mark: "Corbin Lisle's shares in the bank", "his board seat".
func (d *doc) companyCue(mi, ei int) int {
	m := &d.ments[mi]
	si := int(m.sent)
	if p := int(m.r0) - 2; p >= 0 && m.flags&mPoss == 0 && d.sentenceOf(p) == si {
		// "shares in Marlow Ashby", "a stake in Hale Fenwick"
		if w := d.tokLower(p + 1); (w == "in" || w == "of") && d.toks[p].kind == tWord {
			switch d.tokLower(p) {
			case "shares", "stake", "stock", "shareholders", "shareholding":
				return cueCompany
			}
		}
	}
	k := int(m.t1)
	if k+1 < len(d.toks) && d.sentenceOf(k) == si && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 {
		w, next := d.tokLower(k), d.tokLower(k+1)
		switch {
		case w == "chief" && (next == "executive" || next == "financial" || next == "operating") && m.flags&mPoss != 0:
			return cueCompany
		case !companyShares[w]:
		case (w == "shares" || w == "stock") && (next == "in" || next == "of"),
			w == "board" && boardPlaces[next]:
			// "Lisle's shares in the bank", "Lisle's board seat"
		case m.flags&mPoss != 0 || w == "shares" || w == "shareholders" || w == "stock":
			return cueCompany
		}
	}
	if d.saidIt(k, si) {
		return cueItself
	}
	return cueNone
}

// saidIt reports, from token k on in sentence si, a verb of saying, then
// "its" or "it" with an auxiliary after it, with adverbs and a time
// between: "said it would", "said on Tuesday it had", "said its profits".
func (d *doc) saidIt(k, si int) bool {
	spoke := false
	for n := 0; k+1 < len(d.toks) && n < 6 && d.sentenceOf(k) == si && d.toks[k].kind == tWord; k, n = k+1, n+1 {
		w := d.tokLower(k)
		switch {
		case !spoke && d.lex[k]&lexSpeech != 0:
			spoke = true
		case spoke && w == "its":
			return true
		case spoke && w == "it":
			return isAuxiliary(d.tokLower(k + 1))
		case !spoke && !isAuxiliary(w) && !isAdverb(w):
			return false
		}
	}
	return false
}

// retypeByPronouns gives a lone unknown name (one word, or a particle and
// one word: "Al Mayadeen") the kind its pronouns show.
// A handle or one-word name read as an organisation ("A seller who goes by
// Kestrelwing told me he ships…") is a person when a he, she, his or her
// is the first word after it, in its sentence or the next, that could
// stand for an actor, and no person is named before it in its sentence;
// one read as a person only because it spoke ("Brindlecom announced its
// results") is an organisation when that first word is "its". One vote
// the other way, a title, a role, a gender or a given name keeps the kind
// it has; an ordinary word, or one the article also writes in lower case,
// and a name already taken for a thing (markTerms) are left alone.
func (d *doc) retypeByPronouns() {
	for ei, e := range d.ents {
		if e.own || e.term || strings.Contains(e.name, " ") && !particleName(e.name) || isAllCapsWord(e.name) ||
			e.kind != KindOrganization && e.kind != KindPerson || d.g.isGivenName(e.name) {
			continue
		}
		if lw := asciiLower(e.name); d.g.common[lw] || d.capStats(lw)&seenLower != 0 {
			continue
		}
		person, org := 0, 0
		gender := genderUnknown
		for _, mi := range e.ments {
			m := d.ments[mi]
			// ("his Quirk", "a RetriableFailure state": a thing's name.)
			if m.form != formUnknown || m.title() != "" || m.role != "" || m.gender != genderUnknown ||
				e.kind == KindOrganization && d.orgUse(m) || m.r0 > 0 && thingDeterminer(d.tokLower(int(m.r0)-1)) {
				person, org = -1, -1
				break
			}
			if m.flags&mInQuote != 0 {
				continue
			}
			switch g, ok := d.pronounAfter(int(mi), ei); {
			case !ok:
			case g == genderUnknown:
				org++
			case !d.personBefore(int(mi)):
				person++
				gender = g
			}
		}
		switch {
		case e.kind == KindOrganization && person > 0 && org == 0:
			e.kind, e.gender = KindPerson, gender
			e.first, e.last = nameKey(e.name), nameKey(e.name)
		case e.kind == KindPerson && org > 0 && person == 0:
			e.kind = KindOrganization
		default:
			continue
		}
		for _, mi := range e.ments {
			d.ments[mi].kind = e.kind
		}
	}
}

// demoteLocatedNames turns a "person" the article names only after a
// preposition of place ("farmers in Brittany", "officials in Umbria
// said", "storms across Galicia") into a place: a one-word name, or a
// longer one that opens with no given name, that has no title, role or
// possessive anywhere, and whose every mention follows one of
// locatedPrepositions — not "in" after a word for trust ("confidence in
// Brannagh") nor "from" after something a person sends or gives ("a
// letter from Hargreave").
func (d *doc) demoteLocatedNames() {
	for _, e := range d.ents {
		if e.kind == KindOrganization && d.locatedOrganisation(e) {
			e.kind = KindOther
			for _, mi := range e.ments {
				d.ments[mi].kind = KindOther
			}
			continue
		}
		if e.kind != KindPerson || len(e.ments) == 0 || e.own ||
			strings.Contains(e.name, " ") && d.g.isGivenName(firstWord(e.name)) {
			continue
		}
		located := true
		for _, mi := range e.ments {
			m := &d.ments[mi]
			if m.title() != "" || m.role != "" || m.flags&mPoss != 0 || m.form == formPronoun || m.form == formDesc ||
				!d.placePrepositionBefore(int(m.r0)) && !d.placeNounOf(int(m.r0)) {
				located = false
				break
			}
		}
		if located {
			e.kind, e.gender = KindOther, genderUnknown
			for _, mi := range e.ments {
				d.ments[mi].kind = KindOther
			}
		}
	}
}

// retypeSpeakingPlaces turns a one-word "person" read so only because a
// speech verb follows it ("Velmora said it would not sign") into a
// country when the article also writes the word as a place's: after a
// preposition of place ("officials in Velmora", "water that flows from
// Velmora"; not "workers from Velmora", who may be a firm's, nor "in
// Velmora's ward"), as "the city of X", or as the owner of what only a
// place has ("Velmora's capital", "the Velmora border"). A name with a title, a role,
// a gender, a given name's or an ordinary word's spelling, or a he or she
// after it stays a person.
func (d *doc) retypeSpeakingPlaces() {
	for ei, e := range d.ents {
		if e.kind != KindPerson || len(e.ments) == 0 || e.own || e.term || strings.Contains(e.name, " ") ||
			isAllCapsWord(e.name) || d.g.isGivenName(e.name) {
			continue
		}
		lw := asciiLower(e.name)
		if d.g.common[lw] || d.capStats(lw)&seenLower != 0 {
			continue
		}
		person := false
		for _, mi := range e.ments {
			m := d.ments[mi]
			if m.form != formUnknown || m.title() != "" || m.role != "" || m.gender != genderUnknown {
				person = true
				break
			}
			if g, ok := d.pronounAfter(int(mi), ei); ok && g != genderUnknown && !d.personBefore(int(mi)) {
				person = true
				break
			}
		}
		if person || !d.writtenAsPlace(int(d.ments[e.ments[0]].t0)) {
			continue
		}
		e.kind, e.gender = KindCountry, genderUnknown
		e.first, e.last = "", ""
		for _, mi := range e.ments {
			d.ments[mi].kind = KindCountry
		}
	}
}

// peopleFrom reports "from" before token o after a noun for people
// ("workers from Orlek", "a spokesman from Orlek"), who may come from a
// body as well as a place.
func (d *doc) peopleFrom(o int) bool {
	p := o - 1
	return p > 0 && d.tokLower(p) == "from" && d.toks[p-1].kind == tWord && (d.pluralPeopleNoun(p-1) || d.personHead(d.tokLower(p-1)))
}

// placeOwnedNouns are what a place has and a person does not: "Velmora's
// capital", "the Ostrava border".
var placeOwnedNouns = setOf("capital", "border", "borders", "territory", "airspace", "coast", "coastline", "frontier")

// writtenAsPlace reports the capitalised word of token k written somewhere
// in the article as a place's name: after a preposition of place (see
// placePrepositionBefore), after "the city of", or before one of
// placeOwnedNouns, with a possessive or after "the".
func (d *doc) writtenAsPlace(k int) bool {
	if d.wid[k] < 0 {
		return false
	}
	for _, o32 := range d.occurrences(int(d.wid[k])) {
		o := int(o32)
		if d.toks[o].flags&fCap == 0 {
			continue
		}
		// ("voters in Hargreave's ward": the ward is where; "workers
		// from Orlek" may be a firm's.)
		if d.toks[o].flags&fPoss == 0 && (d.placePrepositionBefore(o) && !d.peopleFrom(o) || d.placeNounOf(o)) {
			return true
		}
		if n := o + 1; n < len(d.toks) && d.toks[n].kind == tWord && d.toks[n].flags&fCap == 0 && placeOwnedNouns[d.tokLower(n)] &&
			(d.toks[o].flags&fPoss != 0 || o > 0 && d.tokLower(o-1) == "the" && d.adjacent(o)) {
			return true
		}
	}
	return false
}

// locatedOrganisation reports an "organisation" that is a place the
// gazetteer does not know ("fires near the city of Pekanbaru", "smoke
// from Pekanbaru"): a one-word name typed by no more than a guess — no
// organisation's head, no capitals-only shape, no title, role or
// possessive — that the article writes only after a preposition of place
// or as "the city of X", at least once as the latter or after a
// preposition other than "in" and "from" (which also take a company:
// "shares in Corvane", "data from Corvane").
func (d *doc) locatedOrganisation(e *entity) bool {
	if len(e.ments) == 0 || e.own || strings.Contains(e.name, " ") {
		return false
	}
	strong := false
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if m.form != formUnknown || m.flags&(mShape|mPoss) != 0 || m.title() != "" || m.role != "" {
			return false
		}
		switch t := int(m.r0); {
		case d.placeNounOf(t):
			strong = true
		case d.placePrepositionBefore(t):
			if w := d.tokLower(t - 1); w != "in" && w != "from" {
				strong = true
			}
		default:
			return false
		}
	}
	return strong
}

// placeNounOf reports "the city of", "the province of" (a noun for a
// kind of place and "of") right before token t, in its sentence.
func (d *doc) placeNounOf(t int) bool {
	p := t - 1
	return p > 0 && d.toks[p].kind == tWord && d.tokLower(p) == "of" && d.toks[p-1].kind == tWord &&
		d.sentenceOf(p-1) == d.sentenceOf(t) && placeKindNouns[d.tokLower(p-1)] && d.toks[p-1].flags&fCap == 0
}

// placeKindNouns name a kind of place: "the city of Pekanbaru".
var placeKindNouns = setOf("city", "town", "village", "port", "province", "district", "region", "county",
	"island", "islands", "municipality", "regency", "suburb", "borough", "capital", "outskirts", "streets")

// locatedPrepositions place what they govern: "in Brittany", "from Umbria".
var locatedPrepositions = setOf("in", "from", "across", "near", "throughout", "outside", "inside", "within", "around", "off")

// placePrepositionBefore reports one of locatedPrepositions right before
// token t, in its sentence, that places what follows: not "in" after a word
// for trust or interest, nor "from" after something sent or given.
func (d *doc) placePrepositionBefore(t int) bool {
	p := t - 1
	if p < 0 || d.toks[p].kind != tWord || d.sentenceOf(p) != d.sentenceOf(t) || !locatedPrepositions[d.tokLower(p)] {
		return false
	}
	if p == 0 || d.toks[p-1].kind != tWord {
		return true
	}
	switch w := d.tokLower(p - 1); d.tokLower(p) {
	case "in":
		return !trustNouns[w]
	case "from":
		return !sentNouns[w]
	}
	return true
}

// trustNouns take "in" before a person: "confidence in Brannagh".
var trustNouns = setOf("confidence", "faith", "trust", "belief", "interest", "hope", "hopes", "stake", "role", "part")

// sentNouns take "from" before a person who sends or gives them: "a letter
// from Hargreave".
var sentNouns = setOf("letter", "letters", "message", "messages", "call", "calls", "email", "emails", "statement",
	"note", "text", "request", "reply", "response", "complaint", "challenge", "gift", "donation", "grant", "support",
	"help", "visit", "pressure", "criticism", "questions", "testimony", "evidence", "word", "advice", "order", "orders",
	"invitation", "offer", "bid", "warning", "threat", "threats", "appeal", "plea", "quote", "comments", "remarks")

// particleName reports a name of two words opened by a particle that is
// no patronymic: "Al Mayadeen", "El Baradei" (not "Bin Salman").
func particleName(name string) bool {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 || strings.IndexByte(name[sp+1:], ' ') >= 0 {
		return false
	}
	var buf [64]byte
	w := asciiLowerBytes(&buf, name[:sp])
	return capParticles[string(w)] && !patronymics[string(w)]
}

// thingDeterminer reports a determiner before a name that makes it a
// thing's ("his Quirk", "a RetriableFailure state"); not "that", which
// before a name opens a clause ("one of the reasons that Kestrelwing
// began").
func thingDeterminer(w string) bool { return determiners[w] && w != "that" }

// pronounAfter returns the gender of the first pronoun after mention mi
// of entity ei, in its sentence or the next, outside quotes: he, she, his
// or her give theirs, "its" gives genderUnknown. ok is false when another
// actor's name comes first, or no such pronoun.
func (d *doc) pronounAfter(mi, ei int) (gender int8, ok bool) {
	m := d.ments[mi]
	next := mi + 1
	hi := len(d.toks)
	if s := int(m.sent) + 2; s < len(d.sentTok) {
		hi = int(d.sentTok[s])
	}
	for k := int(m.t1); k < hi; k++ {
		for next < len(d.ments) && int(d.ments[next].t1) <= k {
			next++
		}
		t := d.toks[k]
		if t.kind != tWord || t.flags&fInQuote != 0 {
			continue
		}
		if next < len(d.ments) && int(d.ments[next].r0) <= k {
			if n := d.ments[next]; n.form != formPronoun && int(n.ent) != ei {
				return 0, false
			}
		}
		w := d.tokLower(k)
		if w == "its" {
			return genderUnknown, true
		}
		if d.tokIn(k, inPersonPronouns) {
			g := personPronouns[w]
			return g, g != genderUnknown
		}
		if w == "it" || w == "they" || w == "their" || w == "them" || w == "i" || w == "we" {
			return 0, false
		}
	}
	return 0, false
}

// personBefore reports a person named before mention mi in its sentence.
func (d *doc) personBefore(mi int) bool {
	m := d.ments[mi]
	for k := mi - 1; k >= 0 && d.ments[k].sent == m.sent; k-- {
		if p := d.ments[k]; p.form != formPronoun && p.kind == KindPerson && p.ent != m.ent {
			return true
		}
	}
	return false
}

// bodyApposition reports, at token k after a name, an apposition whose
// head names a kind of business or body: ", the question site for
// programmers,", ", a Leeds bakery chain,", ", the state broadcaster,".
// ("…, the firm's owner," is a person's: its head is "owner".)
func (d *doc) bodyApposition(k int) bool {
	if k+2 >= len(d.toks) || d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',' {
		return false
	}
	switch d.tokLower(k + 1) {
	case "the", "a", "an":
	default:
		return false
	}
	si := d.sentenceOf(k)
	head := -1
	for j := k + 2; j < len(d.toks) && j < k+8 && d.sentenceOf(j) == si; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.flags&fInQuote != 0 || appositionEnds[d.tokLower(j)] {
			break
		}
		if t.flags&fPoss != 0 {
			head = -1 // "the firm's owner": what follows is the head
			continue
		}
		head = j
	}
	if head < 0 {
		return false
	}
	w := d.tokLower(head)
	if d.toks[head].flags&fCap != 0 || titleHeads[w] || formTags(w)&formPlural != 0 {
		return false
	}
	if businessHeads[w] || outletNouns[w] || bodyNouns[w] {
		return true
	}
	a, ok := agentOf(d.lemmaAt(head))
	return ok && a.class == agentBusiness
}

// appositionEnds end the noun phrase of an apposition: "the question site
// for programmers", "the bank that…", "the chain based in Leeds".
var appositionEnds = setOf("for", "of", "that", "which", "who", "whose", "based", "in", "with", "from", "on", "at", "and", "or", "to")

// bodyNouns name a kind of organisation in an apposition ("Stackwise,
// the question site,"), besides businessHeads and outletNouns.
var bodyNouns = setOf("group", "agency", "maker", "brand", "platform", "app", "service", "network", "chain",
	"manufacturer", "operator", "charity", "foundation", "organisation", "organization", "institute", "association",
	"union", "party", "bank", "exchange", "studio", "label", "club", "team", "university", "school", "hospital",
	// Bodies that run or oversee a service: "Halvard Grid, the network
	// operator", "Mabry Kell, the county's water utility".
	"regulator", "watchdog", "utility", "provider", "conglomerate", "wholesaler", "multinational", "railway",
	"railroad", "supermarket", "distributor")

// bodyOffices are the offices after a possessive that only a body has:
// "Larkmoor's chairman", "Larkmoor's executives"; bodyChiefs follow
// "chief" in one: "Larkmoor's chief executive" (not "chief of staff").
var (
	bodyOffices = setOf("chairman", "chairwoman", "ceo", "cfo", "founder", "co-founder", "executives", "shareholders")
	bodyChiefs  = setOf("executive", "executives", "financial", "operating", "economist")
)

// orgUse reports a mention used as an organisation's name: "publishing
// giant Larkmoor", "Larkmoor CEO", "Larkmoor, which owns…"; after a
// possessive only an office a person does not have: "Larkmoor's chairman",
// not "Larkmoor's lawyer".
func (d *doc) orgUse(m mention) bool {
	k := int(m.t1)
	if k < len(d.toks) && d.sentenceOf(k) == int(m.sent) {
		if d.toks[k].kind == tWord && !d.indefiniteBefore(int(m.r0)) {
			// ("Varga's wife", "Varga Mother": no body has relatives.)
			w := d.tokLower(k)
			if m.flags&mPoss != 0 {
				// "Varga's lawyer", "Dray's chief of staff": a person has
				// those; "Larkmoor's chairman" is a body's.
				if bodyOffices[w] || w == "chief" && k+1 < len(d.toks) && bodyChiefs[d.tokLower(k+1)] {
					return true
				}
			} else if titleHeads[w] && d.isTitleWord(k) && kinNouns[w] == 0 && w != "mother" && w != "father" || w == "officials" ||
				w == "executives" || w == "employees" || w == "staff" {
				return true
			}
		}
		if d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' && k+1 < len(d.toks) && d.tokLower(k+1) == "which" {
			return true
		}
		if d.bodyApposition(k) {
			return true
		}
	}
	if p := int(m.r0) - 1; p >= 0 && d.toks[p].kind == tWord && d.toks[p].flags&fCap == 0 {
		w := d.tokLower(p)
		if businessHeads[w] || w == "group" || w == "agency" || w == "maker" || w == "firm" || w == "brand" {
			return true
		}
		if a, ok := agentOf(d.lemmaAt(p)); ok && a.class == agentBusiness && formTags(w)&formPlural == 0 &&
			!titleHeads[w] {
			return true
		}
	}
	return false
}

// mergeAcronyms merges an acronym with the organisation it abbreviates.
func (d *doc) mergeAcronyms() {
	// The first entity of each initials: names of several words, not
	// people (merging changes no name or kind, so this holds throughout).
	var byInitials map[string]int
	for ei, e := range d.ents {
		if e.kind != KindOrganization || !isAllCapsWord(e.name) || strings.Contains(e.name, " ") {
			continue
		}
		if oi := d.bracketedAcronymOf(ei); oi >= 0 {
			if d.ents[oi].kind == KindPerson {
				// "MJK" of "Martin J. Kessler (MJK)": a person's
				// initials, no organisation's name.
				for _, mi := range e.ments {
					d.ments[mi].kind, d.ments[mi].form = KindPerson, formUnknown
				}
			}
			d.mergeInto(ei, oi)
			continue
		}
		if byInitials == nil {
			byInitials = map[string]int{}
			for oi, o := range d.ents {
				if o == nil || !strings.Contains(o.name, " ") || o.kind == KindPerson {
					continue
				}
				in := initials(o.name)
				if _, ok := byInitials[in]; !ok {
					byInitials[in] = oi
				}
			}
		}
		acr := strings.ReplaceAll(e.name, ".", "")
		if oi, ok := byInitials[acr]; ok && oi != ei {
			d.mergeInto(ei, oi)
		}
	}
	// Drop merged entities.
	out := d.ents[:0]
	remap := make([]int32, len(d.ents))
	for i, e := range d.ents {
		if e == nil || len(e.ments) == 0 {
			remap[i] = -1
			continue
		}
		remap[i] = int32(len(out))
		out = append(out, e)
	}
	for i := range d.ments {
		if d.ments[i].ent >= 0 {
			d.ments[i].ent = remap[d.ments[i].ent]
		}
	}
	d.ents = out
}

// bracketedAcronymOf returns the entity whose name the acronym entity ei
// follows in brackets ("the Tagus Estuary Port Authority (APL)"), or -1:
// an organisation of several words, whatever the acronym's letters (a name
// translated, a body's own choice), or a name of three words or more read
// as a person's whose initials the acronym is ("Harwick Quay Terminals
// (HQT)"), which the acronym shows is an organisation unless the name can
// only be a person's ("Martin J. Kessler (MJK)"). A person's name
// before an agency's credit ("Ana Soto (AP)") is neither.
func (d *doc) bracketedAcronymOf(ei int) int {
	e := d.ents[ei]
	acr := strings.ReplaceAll(e.name, ".", "")
	for _, mi := range e.ments {
		m := d.ments[mi]
		t0 := int(m.t0)
		if mi == 0 || t0 < 2 || d.tokText(t0-1) != "(" || int(m.t1) >= len(d.toks) || d.tokText(int(m.t1)) != ")" {
			continue
		}
		p := d.ments[mi-1]
		if int(p.t1) != t0-1 || p.ent < 0 || int(p.ent) == ei || p.flags&mPoss != 0 {
			continue
		}
		o := d.ents[p.ent]
		if o == nil || len(o.ments) == 0 {
			continue
		}
		switch {
		case o.kind == KindOrganization && strings.Contains(o.name, " "):
			return int(p.ent)
		case o.kind == KindPerson && len(acr) >= 3 && fieldCount(o.name) >= 3 && initials(o.name) == acr:
			if !d.personByName(o) {
				o.kind, o.gender, o.first, o.last = KindOrganization, genderUnknown, "", ""
			}
			return int(p.ent)
		}
	}
	return -1
}

// personByName reports a person's name that cannot be a body's, known by
// its initials as people are ("Martin J. Kessler (MJK)"): a middle initial,
// a known given name first, or a gender the article tells.
func (d *doc) personByName(e *entity) bool {
	f := strings.Fields(e.name)
	for _, w := range f[1 : len(f)-1] {
		if len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return e.gender != genderUnknown || d.g.isGivenName(nameKey(f[0]))
}

// mergeInto moves every mention of entity from into entity to.
func (d *doc) mergeInto(from, to int) {
	src, dst := d.ents[from], d.ents[to]
	for _, mi := range src.ments {
		d.ments[mi].ent = int32(to)
		dst.ments = append(dst.ments, mi)
	}
	dst.forms.addAll(&src.forms)
	sort.Slice(dst.ments, func(i, j int) bool { return dst.ments[i] < dst.ments[j] })
	dst.forms.add(src.name, 1)
	if src.firstSent < dst.firstSent {
		dst.firstSent = src.firstSent
	}
	src.ments = nil
}

// initials returns the capital initials of a name's words ("Food Standards
// Agency" → "FSA"), skipping connectors.
func initials(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		if nameConnectors[strings.ToLower(w)] {
			continue
		}
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// resolvePronouns links he/she/his/her to the person they most likely mean:
// the nearest person of that gender, preferring the subject of the
// sentence before and the last speaker.
func (d *doc) resolvePronouns() {
	// The newcomer of the last sentence asked about (newcomerAt), for a
	// gender: the pronouns of a sentence ask it once.
	newcomerSent, newcomerGender, newcomer := -1, int8(0), -1
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.form != formPronoun || m.flags&mInQuote != 0 {
			continue
		}
		if m.gender != genderUnknown {
			if int(m.sent) != newcomerSent || m.gender != newcomerGender {
				newcomerSent, newcomerGender, newcomer = int(m.sent), m.gender, d.newcomerAt(int(m.sent), m.gender)
			}
			if newcomer >= 0 && newcomer < int(m.t0) {
				// "…: tinkerer99, another forum user, kept his results to
				// himself, but he…": the newcomer the engine could not name.
				continue
			}
		}
		ei := d.reportedSpeakerPronoun(int(m.t0), m.gender)
		if ei < 0 {
			ei = d.antecedent(int(m.t0), m.gender, d.lastSpeaker)
		}
		if ei >= 0 {
			m.ent = int32(ei)
			e := d.ents[ei]
			e.ments = insertSorted(e.ments, int32(mi))
			e.pronouns++
			if e.gender == genderUnknown {
				e.gender = m.gender
			}
		}
	}
}

// reportedSpeakerPronoun returns the person a subject "he" or "she" at
// token k stands for when it opens the clause a verb of saying reports
// ("The council leader, Omar Haddad, said he opposed the plan"): the
// verb's subject, a person named in its clause whose gender fits (or is
// unknown); -1 otherwise ("She said he would…", "told him", a subject
// that is no person or that the clause does not name are left to
// antecedent).
func (d *doc) reportedSpeakerPronoun(k int, gender int8) int {
	if w := d.tokLower(k); w != "he" && w != "she" {
		return -1 // "told him" names the one told
	}
	v := d.speechBeforePronoun(k)
	if v < 0 {
		return -1
	}
	lo := d.sentTokLo(v)
	sp := d.subjectBefore(lo, v)
	if sp.ent < 0 || d.ents[sp.ent].kind != KindPerson {
		return -1
	}
	// The subject must be named in the clause ("…, Omar Haddad, said
	// he"), not a pronoun or a description the engine resolved.
	named := false
	for j := lo; j < v && !named; j++ {
		if c := d.cover[j]; c != 0 {
			m := &d.ments[c-1]
			named = int(m.ent) == sp.ent && m.form != formPronoun && m.form != formDesc
		}
	}
	if !named {
		return -1
	}
	if g := d.ents[sp.ent].gender; g != genderUnknown && g != gender {
		return -1
	}
	return sp.ent
}

// markSubjects flags, in each sentence, the first actor mention outside
// quotes that does not stand in a prepositional phrase or as an adjective.
func (d *doc) markSubjects() {
	last := int32(-1)
	inPP := -1 // the last mention passed over in a prepositional phrase
	// The end of the clause that opens sentence clauseSent with a
	// subordinator ("When Ellery fell ill, Tom took over"), or -1.
	clauseSent, clauseEnd := int32(-1), -1
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.sent == last || m.flags&(mInQuote|mAdj) != 0 || m.form == formPlace {
			continue
		}
		if m.sent != clauseSent {
			clauseSent, clauseEnd = m.sent, d.openingClauseEnd(int(m.sent))
		}
		if int(m.t0) < clauseEnd {
			continue // the subject of the opening clause, not the sentence's
		}
		// "…arrived with Kenneth Marsh, now Lord Marsh of Alton, as
		// minister": an apposition to a name in a prepositional phrase
		// stands in that phrase too.
		if inPP >= 0 && d.ments[inPP].sent == m.sent && d.appositionTo(d.ments[inPP], *m) {
			inPP = mi
			continue
		}
		// "Envoys of Velmora and Ostrava met": a place's or a body's name
		// joined by "and" or "or" to one in a prepositional phrase is in
		// that phrase too. (A person's is left as it was: "A spokesman for
		// Orlek and Anna Weber said" may have two subjects.)
		if inPP >= 0 && d.ments[inPP].sent == m.sent && m.form != formPerson && m.kind != KindPerson && d.conjunctAfter(d.ments[inPP], *m) {
			inPP = mi
			continue
		}
		if m.form == formPronoun {
			if w := d.tokLower(int(m.t0)); w != "he" && w != "she" {
				continue // his, her, him: never the subject
			}
		}
		// "Ellery's grandson Leo, 19, works the till": a name's possessive
		// before the person it is said of is no more the subject than
		// "his" in "His son Tom".
		if m.flags&mPoss != 0 && d.possessedPerson(mi) {
			continue
		}
		// "ASEAN Secretary-General Dr Lim said", "Acme chief executive
		// Jo Hart said": a body or country named right before a person's
		// title or role qualifies the person, who is the subject.
		if d.qualifiesTitledPerson(mi) {
			continue
		}
		if k := d.beforeDeterminers(m); k >= 0 && d.sentenceOf(k) == int(m.sent) && d.toks[k].kind == tWord && isPreposition(d.tokLower(k)) {
			inPP = mi
			continue
		}
		m.flags |= mSubject
		last = m.sent
	}
}

// conjunctAfter reports m joined to prev right after it by "and" or "or"
// ("Velmora and Ostrava", "Velmora, and Ostrava").
func (d *doc) conjunctAfter(prev, m mention) bool {
	p := int(m.r0) - 1
	if p <= 0 || d.toks[p].kind != tWord || d.tokLower(p) != "and" && d.tokLower(p) != "or" {
		return false
	}
	e := int(prev.t1)
	return e == p || e == p-1 && d.isComma(e)
}

// subordinators open a clause that does not stand alone: "When Ellery fell
// ill, …", "Although she wanted…, …".
var subordinators = setOf("when", "while", "whilst", "since", "although", "though", "because", "if", "once",
	"until", "unless", "whereas", "as")

// openingClauseEnd returns the token of the comma that ends a subordinate
// clause opening sentence si ("When Ellery fell ill in 2022, his son Tom
// took over"), or -1 when the sentence opens with none.
func (d *doc) openingClauseEnd(si int) int {
	lo, hi := d.sentRange(si)
	if lo >= hi || d.toks[lo].kind != tWord || !d.tokIn(lo, inSubordinators) {
		return -1
	}
	for k := lo + 1; k < hi && k < lo+25; k++ {
		if t := d.toks[k]; t.flags&fInQuote != 0 || t.kind == tQuote {
			return -1
		} else if t.kind == tPunct && d.text[t.s] == ',' {
			return k
		}
	}
	return -1
}

// qualifiesTitledPerson reports that mention mi, of a body or country, is
// followed at once by the title or role of a person named in the same
// sentence: "ASEAN Secretary-General Dr Lim Hock Seng", "Acme chief
// executive Jo Hart". It qualifies the person, who is the subject.
func (d *doc) qualifiesTitledPerson(mi int) bool {
	if mi+1 >= len(d.ments) {
		return false
	}
	m, n := d.ments[mi], d.ments[mi+1]
	if m.kind == KindPerson || m.form == formPronoun || m.form == formPerson || m.flags&mPoss != 0 {
		return false
	}
	if n.sent != m.sent || n.flags&mInQuote != 0 || n.form != formPerson && n.kind != KindPerson {
		return false
	}
	if n.r0 == m.t1 && n.r0 < n.t0 {
		return true // a title the mention holds: "Secretary-General Dr Lim"
	}
	// A role in lower case read with the name: "chief executive Jo Hart".
	return n.role != "" && n.r0 == n.t0 && n.r0 > m.t1 && strings.EqualFold(d.spanText(int(m.t1), int(n.r0)), n.role)
}

// possessedPerson reports that the possessive mention mi ("Ellery's") is
// followed in its noun phrase by a person's name: "Ellery's grandson Leo",
// "Varga's daughter, Ana,", "Mark Ellery's apprentice Sam Okoye". At most
// three lower-case words that are no verb, and a comma before the name,
// stand between them.
func (d *doc) possessedPerson(mi int) bool {
	if mi+1 >= len(d.ments) {
		return false
	}
	m, n := d.ments[mi], d.ments[mi+1]
	if n.sent != m.sent || n.flags&mInQuote != 0 || n.form != formPerson && n.form != formUnknown {
		return false
	}
	gap := int(n.r0) - int(m.t1)
	if gap < 0 || gap > 4 {
		return false
	}
	// A name of unknown sort is a person's after a word for one: "Ellery's
	// son Tom", not "Ellery's Bakehouse".
	person := n.form == formPerson
	for k := int(m.t1); k < int(n.r0); k++ {
		t := d.toks[k]
		if t.kind == tPunct && d.text[t.s] == ',' && k == int(n.r0)-1 && k > int(m.t1) {
			continue
		}
		if t.kind != tWord || t.flags&(fCap|fInQuote) != 0 || d.lex[k]&(lexFunction|lexSpeech) != 0 {
			return false
		}
		w := d.tokLower(k)
		if isVerbLike(w) || isAuxiliary(w) || isBe(w) || isPreposition(w) {
			return false
		}
		_, kin := kinNouns[w]
		_, one := newcomerNouns[w]
		person = person || kin || one || isPersonNoun(w)
	}
	return person
}

// appositionTo reports whether mention b is set off by a comma right
// after mention a as another name or description of the same actor: "with
// Kenneth Marsh, now Lord Marsh of Alton,", "to Ann Lowe, the
// minister,". At most two words ("now", a title) stand between the comma
// and b.
func (d *doc) appositionTo(a, b mention) bool {
	if int(a.t1) >= len(d.toks) || d.toks[a.t1].kind != tPunct || d.text[d.toks[a.t1].s] != ',' {
		return false
	}
	// The same actor: by the entity once there is one, else by the last
	// word of the name (a description is of the name before it).
	switch {
	case a.ent >= 0 || b.ent >= 0:
		if a.ent != b.ent {
			return false
		}
	case a.form == formPronoun || b.form == formPronoun || a.form == formDemonym || b.form == formDemonym:
		return false
	case b.form != formDesc && lastWord(nameKey(a.key)) != lastWord(nameKey(b.key)):
		return false
	}
	gap := int(b.r0) - int(a.t1) - 1
	if gap < 0 || gap > 2 {
		return false
	}
	for k := int(a.t1) + 1; k < int(b.r0); k++ {
		if d.toks[k].kind != tWord || d.lex[k]&lexSpeech != 0 || isAuxiliary(d.tokLower(k)) || isBe(d.tokLower(k)) {
			return false
		}
	}
	return true
}

func isPreposition(w string) bool {
	switch w {
	case "of", "in", "on", "at", "for", "with", "to", "from", "by", "about", "against", "into", "over",
		"under", "between", "among", "after", "before", "during", "without", "towards", "toward", "than",
		"like", "via", "per", "despite", "alongside", "behind", "near", "across", "through", "outside", "inside",
		"within", "around", "throughout", "amid", "amidst", "beyond", "upon", "onto", "beside", "above", "below",
		"beneath", "along", "unlike":
		return true
	}
	return false
}

// antecedent finds the person a pronoun at token t refers to. speaker is
// the last quote's speaker (-1 for none), favoured in speech frames.
func (d *doc) antecedent(t int, gender int8, speaker int) int {
	return d.antecedentIn(t, gender, speaker, false)
}

// maxAntecedentDepth bounds how deep antecedentIn may call itself, through
// the subjects of the verbs it weighs.
const maxAntecedentDepth = 4

// antecedentIn is antecedent; frame is set for the pronoun of a speech
// frame ("he told me"), whose person is weighed by grammatical role
// (frameSubject) and by whether the passage moved on from the last
// speaker (topicMoved, broughtIn; see speakertopic.go).
func (d *doc) antecedentIn(t int, gender int8, speaker int, frame bool) int {
	// Weighing a candidate may ask for the subject of a later verb, which
	// may be a pronoun in turn: past a few such levels the walk goes round
	// in circles (to a stack overflow, which no recover catches), so it
	// stops there with no antecedent.
	if d.antecedentDepth >= maxAntecedentDepth {
		return -1
	}
	d.antecedentDepth++
	defer func() { d.antecedentDepth-- }()
	si := d.sentenceOf(t)
	best, bestScore, bestSent, bestMi := -1, 0.0, -1, -1
	shared := -1 // the nearest shared surname before t (see formShared)
	// In a frame, the last speaker is favoured only while the narration
	// since their words has no new subject of the pronoun's gender.
	moved := frame && speaker >= 0 && d.topicMoved(t, gender, speaker)
	dist, distSent := 0, si
	namedNearer := false // a person named in t's sentence, after an epithet met later in the walk
	for mi := d.mentionsBefore(t) - 1; mi >= 0; mi-- {
		m := d.ments[mi]
		// Distance in sentences of narration: sentences that are all quote
		// do not push the antecedent away. It is measured before anything
		// else: mentions lie in text order, so past the distance nothing
		// counts, and a run of mentions that do not count (unresolved, or
		// quoted: "He said “…”" line after line) is not walked to the
		// article's start.
		for distSent > int(m.sent) {
			distSent--
			if !d.sentAllQuote(distSent + 1) {
				dist++
			}
		}
		if dist > 4 {
			break
		}
		if m.form == formShared && m.key == epithetKey {
			// "The Dane says… He insists…", where the Dane is no one the
			// engine knows: if the epithet is the likeliest antecedent,
			// the pronoun refers to no one rather than to someone else.
			// A person named between it and the pronoun in the same
			// sentence is nearer: "The Dane says Ferreira will be fined for
			// every session he misses".
			if int(m.t0) < t && m.flags&mInQuote == 0 && !(dist == 0 && namedNearer) {
				score := 10.0 - 2.5*float64(dist)
				if m.flags&mSubject != 0 && !frame || frame && d.frameSubject(mi) {
					score += 3
				}
				if dist == 0 {
					score += 1
				}
				if score > bestScore {
					best, bestScore, bestSent, bestMi = epithetNoOne, score, int(m.sent), mi
				}
			}
			continue
		}
		if m.form == formShared {
			if int(m.t0) < t && m.flags&mInQuote == 0 && shared < 0 &&
				(gender == genderUnknown || m.gender == genderUnknown || m.gender == gender) {
				shared = mi
			}
			continue
		}
		if int(m.t0) >= t || m.ent < 0 {
			continue
		}
		if m.flags&mInQuote != 0 || m.form == formPronoun && m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		if e.kind != KindPerson {
			continue
		}
		if dist == 0 {
			namedNearer = true
		}
		if gender != genderUnknown && e.gender != genderUnknown && e.gender != gender {
			continue
		}
		subject := m.flags&mSubject != 0 && !frame || frame && d.frameSubject(mi)
		score := 10.0 - 2.5*float64(dist)
		if subject {
			score += 3
		}
		if dist == 0 {
			score += 1
		}
		if e.gender == gender && gender != genderUnknown {
			score += 1
		}
		if int(m.ent) == speaker && d.a.Sentences[si].Para-d.lastSpeakerPara <= 1 {
			if !moved {
				score += 3
			}
		} else if speaker >= 0 && subject && int(m.sent) > d.lastSpeakerSent {
			score += 2 // a new subject since the last quote
		}
		if score > bestScore {
			best, bestScore, bestSent, bestMi = int(m.ent), score, int(m.sent), mi
		}
	}
	// "Tane" for either of two, nearer than the person found, who is one
	// of them or of the pronoun's gender as they are: the pronoun says no
	// more than the name did.
	if best == epithetNoOne {
		return -1
	}
	if sm := d.ments[max(shared, 0)]; shared > bestMi && best >= 0 &&
		(sm.gender != genderUnknown || sameSurname(d.ents[best].last, nameKey(sm.key))) {
		return -1
	}
	if frame && best >= 0 && d.broughtIn(bestMi, gender) {
		return -1
	}
	// "A forum user who calls himself FrostyLantern mailed pills to the
	// lab. “…,” he told me.": the pronoun is the newcomer the sentence
	// before brings in, whom the engine could not name; an earlier person
	// is not meant.
	if best >= 0 && gender != genderUnknown {
		sp := d.narrationBefore(si)
		if sp >= 0 && bestSent < sp && !d.entInSentence(best, sp) && d.newcomerSubject(sp, gender) {
			return -1
		}
		// "A critic attacked Velden. She called it “…”": the person the
		// sentence before names after the verb of an unnamed subject the
		// pronoun's gender fits is no likelier than that subject.
		if w := d.tokLower(t); (w == "he" || w == "she") && bestSent == sp &&
			d.unnamedSubjectAt(bestSent, int(d.ments[bestMi].r0), gender) >= 0 {
			return -1
		}
	}
	return best
}

// narrationBefore returns the nearest sentence before si that is not all
// quotation (-1 for none).
func (d *doc) narrationBefore(si int) int {
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		if !d.sentAllQuote(s) {
			return s
		}
	}
	return -1
}

// entInSentence reports a mention of entity ei by name or description in
// sentence si.
func (d *doc) entInSentence(ei, si int) bool {
	for _, mi := range d.ents[ei].ments {
		if m := d.ments[mi]; int(m.sent) == si && m.form != formPronoun {
			return true
		}
	}
	return false
}

// newcomerSubject reports that sentence si brings in a person the engine
// has no person for, before its first verb: a description of one ("A
// forum user", "the forum's moderator") or a handle ("GreyHeron42",
// "FrostyLantern") that no person mention covers. A person named there
// first is the pronoun's to find. The gender is the pronoun's: "A
// woman…" is no "he".
func (d *doc) newcomerSubject(si int, gender int8) bool { return d.newcomerAt(si, gender) >= 0 }

// newcomerAt is newcomerSubject, returning the token at which the newcomer
// is told (-1 for none).
func (d *doc) newcomerAt(si int, gender int8) int {
	lo, hi := d.sentRange(si)
	// "I asked FrostyLantern why…": after the writer's own verb, the one
	// the writer speaks to is the newcomer.
	narrator, stopped := false, false
	// A colon or semicolon opens a clause with a subject of its own: "The
	// idea spread quickly: a forum user testing pills…".
	start := lo
	for k := lo; k < hi && k < start+12; k++ {
		if t := d.toks[k]; t.kind == tPunct && (d.text[t.s] == ':' || d.text[t.s] == ';') && t.flags&fInQuote == 0 {
			narrator, stopped, start = false, false, k+1
			continue
		}
		if stopped || d.toks[k].kind != tWord || d.toks[k].flags&fInQuote != 0 {
			continue
		}
		if w := d.tokText(k); !narrator && (w == "I" || w == "We") && d.cover[k] == 0 {
			narrator = true
			continue
		}
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			if m.form == formPronoun {
				continue // "who calls himself…"
			}
			if m.ent >= 0 && d.ents[m.ent].kind == KindPerson {
				return -1
			}
			if int(m.t1) == k+1 && handleLike(d.tokText(k)) {
				return k
			}
			k = int(m.t1) - 1
			continue
		}
		if handleLike(d.tokText(k)) {
			return k
		}
		w := d.tokLower(k)
		var g int8
		ok := false
		if d.tokIn(k, inNewcomerNouns|inKinNouns) {
			if g, ok = newcomerNouns[w]; !ok {
				g, ok = kinNouns[w]
			}
		}
		if ok && d.toks[k].flags&fCap == 0 {
			// "user data": a noun before another noun qualifies it.
			if n := k + 1; n < hi && d.toks[n].kind == tWord && d.plainLower(n) && d.lex[n]&lexFunction == 0 && !relativeWords[d.tokLower(n)] &&
				!isVerbLike(d.tokLower(n)) && !isAuxiliary(d.tokLower(n)) && !isAdverb(d.tokLower(n)) {
				continue
			}
			if g == genderUnknown || g == gender {
				return k
			}
			return -1
		}
		if isAuxiliary(w) || isBe(w) || d.lex[k]&lexSpeech != 0 || isVerbLike(w) && k > start {
			if !narrator {
				stopped = true // its clause's subject is no newcomer
			}
		}
	}
	return -1
}

// relativeWords open a relative clause: "a forum user who…".
var relativeWords = setOf("who", "whom", "whose", "that", "which")

// newcomerNouns are nouns for one unnamed person, with the gender they
// imply.
var newcomerNouns = map[string]int8{"man": genderMale, "woman": genderFemale, "boy": genderMale,
	"girl": genderFemale, "user": genderUnknown, "poster": genderUnknown, "commenter": genderUnknown,
	"member": genderUnknown, "buyer": genderUnknown, "seller": genderUnknown, "dealer": genderUnknown,
	"customer": genderUnknown, "client": genderUnknown, "resident": genderUnknown, "student": genderUnknown,
	"worker": genderUnknown, "driver": genderUnknown, "farmer": genderUnknown, "volunteer": genderUnknown,
	"veteran": genderUnknown, "patient": genderUnknown, "neighbour": genderUnknown, "neighbor": genderUnknown,
	"friend": genderUnknown, "colleague": genderUnknown, "stranger": genderUnknown, "passenger": genderUnknown,
	"witness": genderUnknown, "survivor": genderUnknown, "visitor": genderUnknown, "reader": genderUnknown,
	"listener": genderUnknown, "moderator": genderUnknown, "founder": genderUnknown, "owner": genderUnknown}

// handleLike reports a forum handle or nickname: a capital inside the word
// after a small letter ("FrostyLantern") or letters followed by digits
// ("GreyHeron42").
// "McDonald", "DeSantis", "LeBron" and "YouTube" are names: the capital
// inside must follow three small letters.
func handleLike(w string) bool {
	lower, digitsAfterLetters, letters := 0, false, false
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			lower++
			letters = true
		case r >= 'A' && r <= 'Z':
			if lower >= 3 {
				return true
			}
			lower, letters = 0, true
		case r >= '0' && r <= '9':
			if letters {
				digitsAfterLetters = true
			}
		default:
			return false
		}
	}
	return digitsAfterLetters && lower > 0
}

// sentAllQuote reports whether sentence si is all inside quotation marks
// (worked out once for all sentences, after the quotes are marked).
func (d *doc) sentAllQuote(si int) bool {
	if si < 0 || si >= len(d.a.Sentences) || si+1 >= len(d.sentTok) {
		return false
	}
	if d.allQuote == nil {
		d.allQuote = make([]bool, len(d.sentTok)-1)
		for s := range d.allQuote {
			d.allQuote[s] = true
			lo, hi := d.sentRange(s)
			for t := lo; t < hi; t++ {
				if d.toks[t].kind == tWord && d.toks[t].flags&fInQuote == 0 {
					d.allQuote[s] = false
					break
				}
			}
		}
	}
	return d.allQuote[si]
}

// cleanName removes brackets an editor put into a name: "[Vladimir] Putin".
func cleanName(s string) string {
	if strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, ']') < 0 { // ContainsAny(s, "[]"), without its set of runes
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(s)), " ")
}

// mentionsBefore returns how many mentions start before token t (mentions
// are kept in text order).
func (d *doc) mentionsBefore(t int) int {
	return sort.Search(len(d.ments), func(i int) bool { return int(d.ments[i].t0) >= t })
}

// insertSorted inserts mention index mi into a sorted list (mentions are
// numbered in text order).
func insertSorted(list []int32, mi int32) []int32 {
	i := len(list)
	for i > 0 && list[i-1] > mi {
		i--
	}
	list = append(list, 0)
	copy(list[i+1:], list[i:])
	list[i] = mi
	return list
}

// nameApposedTo returns the actor named right after description m and set
// off by commas, of the description's kind: "The council leader, Omar
// Haddad, accused…", "The regulator, Ofwat, will rule…" are Haddad's and
// Ofwat's, whoever of that title was named before. -1 when there is none.
func (d *doc) nameApposedTo(m *mention) int {
	k := int(m.t1)
	if !d.isComma(k) || k+1 >= len(d.toks) {
		return -1
	}
	c := d.cover[k+1]
	if c == 0 {
		return -1
	}
	n := &d.ments[c-1]
	if int(n.t0) != k+1 || n.ent < 0 || n.sent != m.sent || n.form == formPronoun || n.form == formDesc || !d.isComma(int(n.t1)) {
		return -1
	}
	if d.ents[n.ent].kind != m.kind {
		return -1
	}
	return int(n.ent)
}

// resolveDescriptions links "the president", "the US leader", "the company"
// to the most recent actor that fits: a person whose role has that word (and
// that country), or an organisation.
func (d *doc) resolveDescriptions() {
	d.buildCover()
	d.reportAuthor, d.reportNoun = d.findReportAuthor()
	walks := descWalks{}
	unnamed := map[string]bool{} // heads of descriptions no body named before stood for
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.form != formDesc {
			continue
		}
		if m.key == epithetKey {
			d.resolveEpithet(mi)
			continue
		}
		if reportNouns[m.key] {
			if d.reportAuthor >= 0 {
				d.attach(mi, d.reportAuthor)
			}
			continue
		}
		if m.kind == KindCountry {
			if ei := d.homeInstitution(m.key); ei >= 0 {
				d.attach(mi, ei)
			}
			continue
		}
		if ei := d.nameApposedTo(m); ei >= 0 {
			d.attach(mi, ei)
			continue
		}
		desc := descKey{kind: m.kind, head: m.key, role: m.role, former: d.formerDesc(m)}
		fits := func(e *entity) bool { return d.descFits(desc, e) }
		walk := walks.of(desc)
		if against := d.namedAfterIn(mi); len(against) > 0 {
			// "Lumen Labs… The company sued Orvik": the company is not
			// the party its own sentence names after it. The walk may
			// read what the description's walk knows, but what it finds
			// holds for this mention only.
			fits = func(e *entity) bool { return d.descFits(desc, e) && !slices.Contains(against, e) }
			walk = &descWalk{noneUpTo: walk.noneUpTo}
		}
		best := d.latestMentioned(mi, fits, walk)
		if best >= 0 && m.kind == KindOrganization && d.sideAfterPreposition(best, mi) {
			// "…the home game against Kelbridge Athletic and that the
			// club will fine him": the other side, named after "against"
			// in the description's sentence, is not the body it stands
			// for; the one named before may be.
			other := best
			fits = func(e *entity) bool { return d.descFits(desc, e) && e != d.ents[other] }
			walk = &descWalk{noneUpTo: -1}
			best = d.latestMentioned(mi, fits, walk)
		}
		if testLatestMentioned != nil {
			testLatestMentioned(d, mi, fits, best)
		}
		if best < 0 && (m.key == "ministry" || m.key == "department") {
			// "Brazil's Health Ministry said… The ministry dismissed the
			// offer": the ministry named as a country's, which stands
			// for the country.
			best = d.latestMentioned(mi, func(e *entity) bool { return e.kind == KindCountry && ministryForm(e, m.key) },
				walks.of(descKey{kind: KindCountry, head: "country's " + m.key}))
		}
		if best < 0 && m.kind == KindPerson && m.role == "" && !d.relationDesc(m) && !desc.former {
			// "Andrew Kell said… “…,” the Prime Minister told MPs": a title
			// no one holds yet is the person just mentioned, who holds it.
			// One who holds another title is someone else: "President
			// Marzouk… the mayor blamed".
			// A live page's writer, named only in an entry's stamp
			// ("14.10 GMT · Ann Reilly"), holds no title of the story.
			if ei := d.antecedent(int(m.t0), genderUnknown, -1); ei >= 0 && roleFits(d.ents[ei].role, m.key) && !d.onlyInStamps(ei, int(m.t0)) &&
				royalTitleOf(d.ents[ei].name) == "" {
				best = ei
				if d.ents[ei].role == "" {
					walks.change(d, ei, func() { d.ents[ei].role = cleanRole(titleCase(d.spanText(int(m.t0), int(m.t1)))) })
				}
			}
		}
		if best < 0 && !unnamed[m.key] {
			// "The union says it will appeal… The Professional
			// Footballers' Union (PFU) said": the one body of that kind,
			// named a little later. Not once a description with the head
			// stood for no body named before it ("the town council…
			// the council… Shropshire Council"): the article has one of
			// its own.
			best = d.namedLater(mi, desc, fits, walk)
		}
		if best < 0 && m.kind == KindOrganization {
			unnamed[m.key] = true
		}
		if best < 0 && (ownHeads[m.key] || instHeads[m.key] && m.t1-m.t0 > 1) {
			// "the jury", "the regional health board" with no body of that
			// name: one of their own, named as the article names it.
			text := d.spanText(int(m.t0), int(m.t1))
			if ei, ok := d.institutions["own:"+m.key]; ok {
				walks.change(d, ei, func() { best = d.ownInstitution(m.key, text) }) // it may be renamed
			} else {
				best = d.ownInstitution(m.key, text) // a new entity, named nowhere yet
			}
		}
		if best >= 0 {
			d.attach(mi, best)
		} else if m.key == "body" {
			m.form = formShared // no body the article calls one: it names no one
		}
	}
}

// ministryForm reports a form of country e that names one of its
// ministries or departments (head): "Brazil's Health Ministry".
func ministryForm(e *entity, head string) bool {
	for _, f := range e.forms.list {
		if (strings.Contains(f.f, "'s ") || strings.Contains(f.f, "\u2019s ")) && strings.EqualFold(lastWord(f.f), head) {
			return true
		}
	}
	return false
}

// sideAfterPreposition reports that entity ei's last name before
// description mi stands in mi's sentence right after a preposition that
// names the other side of a contest (and its determiner): "against
// Kelbridge Athletic", not "shares in Norlys Energy".
func (d *doc) sideAfterPreposition(ei, mi int) bool {
	m := d.ments[mi]
	ms := d.ents[ei].ments
	for i := len(ms) - 1; i >= 0; i-- {
		om := &d.ments[ms[i]] // read only: no copy of the mention
		if om.sent > m.sent || om.t0 >= m.t0 || om.form == formPronoun || om.form == formDesc {
			continue
		}
		if om.sent < m.sent {
			return false
		}
		p := int(om.r0) - 1
		if p >= 0 && d.toks[p].kind == tWord && d.tokIn(p, inDeterminers) {
			p--
		}
		return p >= 0 && d.toks[p].kind == tWord && opposingPrepositions[d.tokLower(p)]
	}
	return false
}

// opposingPrepositions name the other side of a contest: "the game
// against Kelbridge", "Norden v Harwick".
var opposingPrepositions = setOf("against", "versus", "vs", "v")

// namedAfterIn returns the entities named after description mi in its
// own clause, with no punctuation or clause word between, that its
// sentence does not name before it: "The company sued Orvik Systems" does
// not stand for Orvik Systems; "the Yahoo assets… of the company, so… when
// Yahoo is…" may stand for Yahoo.
func (d *doc) namedAfterIn(mi int) []*entity {
	m := d.ments[mi]
	var out []*entity
	t := int(m.t1) // the clause reaches up to token t
	for k := mi + 1; k < len(d.ments) && d.ments[k].sent == m.sent; k++ {
		om := d.ments[k]
		if om.t0 < m.t1 || om.flags&mInQuote != 0 {
			continue
		}
		for ; t < int(om.r0); t++ {
			if d.toks[t].kind != tWord || relativeWords[d.tokLower(t)] || clauseWords[d.tokLower(t)] {
				return out
			}
		}
		if om.ent < 0 || om.form == formPronoun || om.form == formDesc || d.namedBefore(int(om.ent), mi) {
			continue
		}
		out = append(out, d.ents[om.ent])
	}
	return out
}

// clauseWords open a clause of their own after a description's: "the
// company fell when Yahoo…".
var clauseWords = setOf("when", "while", "because", "if", "as", "so", "after", "before", "since", "until",
	"though", "although", "whereas", "unless", "but", "or")

// namedBefore reports entity ei named in the sentence of mention mi before
// it.
func (d *doc) namedBefore(ei, mi int) bool {
	for k := mi - 1; k >= 0 && d.ments[k].sent == d.ments[mi].sent; k-- {
		if int(d.ments[k].ent) == ei {
			return true
		}
	}
	return false
}

// descKey is what a description asks of the actor it stands for: the kind,
// the head ("president", "company") and the country ("the US president").
type descKey struct {
	kind       ActorKind
	head, role string
	// former: the description says the office is past ("the former
	// minister"), so it is no one who holds it now.
	former bool
}

// formerDesc reports a description of a past holder: "the former
// minister", "the ex-president".
func (d *doc) formerDesc(m *mention) bool {
	for k := int(m.r0); k < int(m.t1) && k < len(d.toks); k++ {
		if w := d.tokLower(k); w == "former" || w == "ex" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// formerRole reports a role that names a past holder of an office: "Former
// minister", "ex-president", "his predecessor", "retired general".
func formerRole(r string) bool {
	for _, w := range []string{"former", "ex-", "predecessor", "retired", "one-time", "onetime", "erstwhile"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// descFits reports whether entity e may be what a description stands for.
func (d *doc) descFits(k descKey, e *entity) bool {
	return !e.term && d.descFitsKind(k, e)
}

// descFitsKind is descFits for an entity that may yet turn out a thing
// (term): whether it is of the kind the description names.
func (d *doc) descFitsKind(k descKey, e *entity) bool {
	if e.kind != k.kind {
		return false
	}
	if k.kind == KindOrganization && !orgSortFits(k.head, orgSortOf(e), e.name) {
		return false // "the company" is not the Paris Court of Appeal, "the ministry" not the WHO
	}
	if k.head == "body" && !d.calledBody(e) {
		return false // "the body" is the one the article calls a body
	}
	if instHeads[k.head] && !nameEndsIn(e.nameKey(), k.head) {
		return false // "the court" is a court
	}
	if k.head == "club" && !clubName(e.nameKey()) {
		return false // "the club" is Millbrook United, not Harlow Town Council
	}
	if k.head == "ministry" && (!nameHas(e.nameKey(), "ministry", "department") || strings.HasSuffix(e.name, " department")) {
		// "the ministry" is a ministry (or a department), not a region
		// written with a lower-case "department" ("Potosí department")
		return false
	}
	if (k.head == "airline" || k.head == "carrier") && !d.carrierName(e.nameKey()) {
		return false // "the airline" is Pacifica Air, AirAsia, Delta Air Lines, not National Airspace Services
	}
	if !tradeFits(k.head, e) {
		return false // "the insurer" is not Dunmore Water, "the lender" not Ardent Energy
	}
	if k.kind == KindPerson {
		if t := royalTitleOf(e.name); t != "" || royalTitles[k.head] != 0 && e.role == "" {
			return t == k.head && k.role == "" // "the Queen" is Queen Maren II, not Pope Leontius
		}
		r := strings.ToLower(e.role)
		if k.former && !formerRole(r) {
			return false // "the former minister" is not the minister in office
		}
		if k.head == "leader" {
			if r == "" || k.role != "" && !d.roleOfCountry(e.role, k.role) {
				return false
			}
		} else if !strings.Contains(r, k.head) || k.role != "" && !d.roleOfCountry(e.role, k.role) {
			return false
		} else if h := roleHead(r); h != k.head && relationNoun(h) {
			return false // "the minister" is not the minister's wife
		}
	}
	return true
}

// carrierName reports a name that shows an airline: a word "air", "airways"
// or "airlines", or a word made of "air" and a part that is no common word
// ("AirAsia", "Ryanair") — not a compound of "air" and a common word
// ("National Airspace Services", "Dublin Airport Authority", "Airbus").
func (d *doc) carrierName(key string) bool {
	for _, w := range strings.Fields(key) {
		if rest, ok := strings.CutPrefix(w, "air"); ok {
			switch rest {
			case "", "ways", "way", "lines", "line":
				return true
			}
			if !d.g.common[rest] && !d.g.common[strings.TrimSuffix(rest, "s")] {
				return true
			}
		} else if pre, ok := strings.CutSuffix(w, "air"); ok && pre != "" && !d.g.common[w] && !d.g.common[pre] {
			return true
		}
	}
	return false
}

// headTrades are the trades a description with a trade head names: "the
// insurer" is in insurance, "the utility" in water or energy.
var headTrades = map[string][]string{
	"insurer": {"insurance"}, "lender": {"banking"}, "bank": {"banking"}, "utility": {"water", "energy"},
}

// nameTrades are the words that show the trade of the body whose name has
// them: "Dunmore Water", "Kelby Insurance", "Vessel Bank".
var nameTrades = map[string]string{
	"water": "water", "waters": "water", "energy": "energy", "power": "energy", "gas": "energy",
	"electric": "energy", "electricity": "energy", "bank": "banking", "bancorp": "banking", "banking": "banking",
	"insurance": "insurance", "mutual": "insurance", "assurance": "insurance", "insurers": "insurance",
	"underwriters": "insurance",
}

// tradeFits reports whether an organisation may be what a description
// with a trade head names: one whose name shows no trade, or shows that
// one. "The insurer" after "Dunmore Water" is not the water company.
func tradeFits(head string, e *entity) bool {
	want, ok := headTrades[head]
	if !ok {
		return true
	}
	shown := false
	for _, w := range strings.Fields(e.nameKey()) {
		if t, ok := nameTrades[w]; ok {
			if slices.Contains(want, t) {
				return true
			}
			shown = true
		}
	}
	return !shown
}

// descWalk is what latestMentioned learnt of the mentions before a
// sentence for one description: no mention up to index noneUpTo (the last
// mention of a sentence) names an entity that fits it; -1 while nothing is
// known.
//
// resolveDescriptions reads the descriptions in text order and attaches
// each to an entity only after its walk, so a mention up to noneUpTo never
// changes its entity afterwards; what may change is whether an entity
// fits, when its role or name changes, and descWalks.change forgets the
// walks that change may make wrong.
//
// later caches namedLater's answer for the description (laterSet once it
// is): the one entity of the article that may be named after it, or < 0.
type descWalk struct {
	noneUpTo int
	later    int
	laterSet bool
}

// descWalks holds a walk for each description resolveDescriptions has met.
type descWalks map[descKey]*descWalk

// of returns the walk of description k, made on first use.
func (ws descWalks) of(k descKey) *descWalk {
	w := ws[k]
	if w == nil {
		w = &descWalk{noneUpTo: -1}
		ws[k] = w
	}
	return w
}

// change calls f, which may change entity ei, and forgets each walk whose
// description the entity fits after f: it may have mentions the walk
// found no fitting entity in.
//
// namedLater's answer is the one entity that fits the description: only
// entity ei's fit may change, so a walk keeps it unless the entity fits
// the description after f, or fitted before as the answer or as one of
// several (-2); had it fitted before as the only one turned down by
// laterFits, none fits after and the answer stays -1.
func (ws descWalks) change(d *doc, ei int, f func()) {
	f()
	for k, w := range ws {
		fits := d.descFits(k, d.ents[ei])
		if w.noneUpTo >= 0 && fits {
			w.noneUpTo = -1
		}
		if fits || w.later == ei || w.later == -2 {
			w.laterSet = false
		}
	}
}

// laterHeads are the heads of descriptions that may stand for a body the
// article names only after them (see namedLater).
var laterHeads = setOf("union", "ministry", "department", "council", "committee", "commission", "authority",
	"board", "court", "police", "church", "party", "agency", "company", "firm", "corporation", "carmaker",
	"retailer", "airline", "carrier", "publisher", "lender", "insurer", "automaker", "bank", "club")

// laterTitles are the heads of descriptions of a person that may stand
// for the one person of that title the article names only later.
var laterTitles = setOf("president", "minister", "chancellor", "premier", "senator", "governor", "mayor")

// laterParas is how many paragraphs after a description's the name it
// stands for may come first, unless the description is in the article's
// lead (its first leadParas paragraphs, the headline's among them), which
// describes who the body of the article names: "the players' union says…"
// in the opening paragraph, "The Professional Footballers' Union (PFU)"
// ten paragraphs on.
const (
	laterParas = 3
	leadParas  = 3
)

// namedLater returns the body that description mi, which no actor named
// before it fits, stands for when the article names it only later: "The
// union says it will appeal… The Professional Footballers' Union (PFU)
// said…", or the person of a title ("the minister… Energy Minister Ruth
// Abara"). It must be the only one in the article the description fits,
// with a name that shows its kind (laterFits), named first in a sentence
// after the description's (one named in the same sentence is another),
// within laterParas paragraphs unless the description is in the lead; and
// not the party the description's clause names after it (fits leaves it
// out). Else -1. A description qualified by lower-case words is a body of
// its own ("the town council" is not Shropshire Council) unless they say
// whose body it is ("the players' union"), one in a quote is left to the
// speaker's words, and "the party" only stands for a party as a clause's
// subject ("the party said"), not in "at the party". walk caches the one
// body of the article that fits (-2 for two or more).
func (d *doc) namedLater(mi int, desc descKey, fits func(*entity) bool, walk *descWalk) int {
	m := d.ments[mi]
	switch {
	case m.kind == KindOrganization && laterHeads[m.key]:
	case m.kind == KindPerson && laterTitles[m.key] && !d.relationDesc(&m):
		// "The minister said… Energy Minister Ruth Abara made the
		// pledge": the one person of that title, named later.
	default:
		return -1
	}
	if m.t1-m.t0 > 1 && !d.possApostrophe(int(m.t1)-2) || m.flags&mInQuote != 0 || m.key == "party" && m.flags&mSubject == 0 {
		return -1
	}
	if !walk.laterSet {
		walk.later, walk.laterSet = -1, true
		for ei, e := range d.ents {
			if len(e.ments) == 0 || e.own || !d.descFits(desc, e) {
				continue
			}
			if walk.later != -1 {
				walk.later = -2 // two it may stand for: either may be meant
				break
			}
			walk.later = ei
		}
		if walk.later >= 0 && !laterFits(desc.head, d.ents[walk.later]) {
			walk.later = -1
		}
	}
	ei := walk.later
	if ei < 0 || !fits(d.ents[ei]) || m.kind == KindPerson && !d.titledAs(d.ents[ei], m.key) {
		return -1
	}
	para := d.a.Sentences[m.sent].Para
	for _, k := range d.ents[ei].ments {
		om := &d.ments[k] // read only: no copy of the mention
		if om.form == formDesc || om.form == formPronoun {
			continue
		}
		// Its first name: in a sentence after the description's, not too
		// far on. One named in the same sentence is another ("the council
		// would ask Shropshire Council").
		if om.sent <= m.sent || (para >= leadParas || !d.head()) && d.a.Sentences[om.sent].Para > para+laterParas {
			return -1
		}
		return ei
	}
	return -1
}

// laterFits reports whether body e's name shows it to be of the kind a
// description with head names, as namedLater asks before it reads the
// description as a body named only later: "Professional Footballers'
// Union" for "the union", "Ministry of Water Resources" for "the
// ministry", "Dorrel Foods" for "the company" (not "Verrow", which may be
// anything).
func laterFits(head string, e *entity) bool {
	key := e.nameKey()
	switch {
	case instHeads[head]:
		return nameEndsIn(key, head) // descFits asks it too
	case head == "ministry":
		return nameHas(key, "ministry")
	case head == "agency":
		return nameHas(key, "agency")
	case businessHeads[head] || head == "bank":
		return orgSortOf(e) == sortBusiness
	case head == "club":
		return clubName(key) // descFits asks it too
	case laterTitles[head]:
		return e.kind == KindPerson // and titled so (namedLater)
	}
	return false
}

// titledAs reports a person whom the article names with the title head
// before the name ("Energy Minister Ruth Abara", "President Dube"), not
// only with a role told after it ("Anna Lee, president of the Farmers'
// Union"), which "the president" is not told of.
func (d *doc) titledAs(e *entity, head string) bool {
	for _, k := range e.ments {
		if t := d.ments[k].title(); t != "" && strings.EqualFold(strings.TrimSuffix(lastWord(t), "."), head) {
			return true
		}
	}
	return false
}

// clubName reports a lower-case name that shows a sports club: a club
// word last or first ("millbrook united", "fc norden") or "club" as its
// head ("harlow rugby club").
func clubName(key string) bool {
	if !strings.Contains(key, " ") {
		return false
	}
	return clubSuffixes[key[strings.LastIndexByte(key, ' ')+1:]] || clubPrefixes[key[:strings.IndexByte(key, ' ')]] ||
		nameHead(key) == "club"
}

// relationDesc reports a description that qualifies a relation noun: "the
// minister's wife", "the Foreign Secretary's special envoy", "the wife of
// the minister". It names someone other than the person so described, who
// may be the one just mentioned.
func (d *doc) relationDesc(m *mention) bool {
	if m.flags&mPoss != 0 {
		// The noun may follow a word or two that qualify it: "senior
		// economic adviser", "special envoy".
		for t := int(m.t1); t < len(d.toks) && t < int(m.t1)+3 && d.toks[t].kind == tWord && d.toks[t].flags&fCap == 0; t++ {
			if relationNoun(d.tokLower(t)) {
				return true
			}
		}
		return false
	}
	return d.relationObject(int(m.t0))
}

// roleHead returns the head noun of a lower-case role: "spokesman" in
// "minister's spokesman", "wife" in "wife of the minister".
func roleHead(r string) string {
	for _, p := range []string{" of ", " for ", " to "} {
		if i := strings.Index(r, p); i > 0 {
			r = r[:i]
		}
	}
	return strings.TrimSuffix(lastWord(r), ".")
}

// roleFits reports a person's role that a description's head may name:
// none yet, or one whose last word is the head or abbreviates it ("Gov."
// for "the governor").
func roleFits(role, head string) bool {
	if role == "" {
		return true
	}
	if h := roleHead(strings.ToLower(role)); h != head && relationNoun(h) {
		return false // "Wife of the minister" is not "the minister"
	}
	w := strings.TrimSuffix(lastWord(strings.ToLower(role)), ".")
	return w == head || len(w) >= 3 && strings.HasPrefix(head, w)
}

// latestMentioned returns the entity that passes and was named last before
// mention mi (pronouns aside), or -1. An entity counts by its last mention,
// in mention order, that starts before mi's; of two named at the same
// token the first entity wins; for an organisation, the subject that
// sentence opens with wins over the others. Rather than asking every
// entity, it walks the mentions back from the end of mi's sentence, asking
// each entity once, and stops after the sentence of the first that passes:
// mentions lie in sentence order, though not always in token order inside
// one (a group's qualifiers before a name).
//
// The walk stops, too, where an earlier call with the same pass found
// that no entity passes (see descWalk), and when it finds none it records
// so up to the sentence before mi's: the walks of a description no actor
// fits read the mentions once in all, not once each.
func (d *doc) latestMentioned(mi int, pass func(*entity) bool, known *descWalk) int {
	m := d.ments[mi]
	top := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].sent > m.sent }) - 1
	d.askedGen++
	if n := len(d.ents); len(d.asked) < n {
		d.asked = append(d.asked, make([]uint32, n-len(d.asked))...)
	}
	best, bestAt, bestSent, bestSubj := -1, int32(-1), int32(-1), false
	// An organisation is the one its sentence opens with rather than one
	// named after it: "Lumen Labs sued Orvik Systems. “…,” the company
	// said." is Lumen Labs.
	bySubject := m.kind == KindOrganization
	for k := top; k > known.noneUpTo; k-- {
		om := &d.ments[k] // read only: no copy of the mention
		if bestSent >= 0 && om.sent != bestSent {
			break // an earlier sentence: every mention in it starts before the best's
		}
		if om.ent < 0 || om.t0 >= m.t0 || om.form == formPronoun || d.asked[om.ent] == d.askedGen {
			continue
		}
		d.asked[om.ent] = d.askedGen // its last mention before mi's, asked once
		if !pass(d.ents[om.ent]) {
			continue
		}
		subj := bySubject && d.opensSentence(k)
		if best < 0 || subj && !bestSubj || subj == bestSubj && (om.t0 > bestAt || om.t0 == bestAt && int(om.ent) < best) {
			best, bestAt, bestSubj = int(om.ent), om.t0, subj
		}
		bestSent = om.sent
	}
	if best < 0 {
		// No entity passes before mi's sentence.
		known.noneUpTo = sort.Search(top+1, func(i int) bool { return d.ments[i].sent >= m.sent }) - 1
	}
	return best
}

// opensSentence reports mention k as the subject its sentence opens with
// ("Lumen Labs sued…", "The company sued…"), not one qualifying a name
// after it ("NASA supplier SpaceX…").
func (d *doc) opensSentence(k int) bool {
	m := d.ments[k]
	if m.flags&mSubject == 0 || d.modifiesName(k) {
		return false
	}
	start, _ := d.sentRange(int(m.sent))
	for t := start; t < int(m.r0); t++ {
		if d.toks[t].kind == tWord {
			return false
		}
	}
	return true
}

// modifiesName reports mention k qualifying a name that follows it, up to
// one lower-case word on: "NASA supplier SpaceX", "Google's YouTube".
func (d *doc) modifiesName(k int) bool {
	m := d.ments[k]
	if k+1 >= len(d.ments) || d.ments[k+1].sent != m.sent {
		return false
	}
	n := d.ments[k+1]
	if n.r0 < m.t1 || n.r0 > m.t1+1 {
		return false
	}
	for t := m.t1; t < n.r0; t++ {
		if d.toks[t].kind != tWord || d.isCapWord(int(t)) || d.headUse(int(t), len(d.toks)) {
			return false // "Lumen Labs sued Orvik": a verb between
		}
	}
	return true
}

// instHeads are the heads of descriptions of a body: "the court" stands
// for the court the article names, or for a body of its own.
var instHeads = setOf("court", "union", "church", "council", "committee", "commission", "party", "police", "jury",
	"department", "authority", "board")

// ownHeads are the bodies a description names on its own when the article
// names none of them: "the jury", "the police".
var ownHeads = setOf("court", "union", "church", "police", "jury")

// nameEndsIn reports an organisation's name (its key) whose head is the
// head of a description: "new jersey supreme court" for "the court",
// "department of fisheries" for "the department".
func nameEndsIn(key, head string) bool {
	last := nameHead(key)
	return last == head || len(last) == len(head)+1 && last[len(last)-1] == 's' && strings.HasPrefix(last, head)
}

// nameHead returns the head word of a lower-case name: its last word, or
// the word before an "of", "for" or "on" that follows the first word
// ("ministry" of "ministry of health", "commission" of "european commission
// for human rights").
func nameHead(key string) string {
	if sp := strings.IndexByte(key, ' '); sp > 0 {
		if h, ok := foreignHeadSenses[key[:sp]]; ok {
			return h // "autorite de la concurrence": an authority
		}
	}
	for _, p := range []string{" of ", " for ", " on "} {
		if i := strings.Index(key, p); i > 0 {
			key = key[:i]
		}
	}
	return key[strings.LastIndexByte(key, ' ')+1:]
}

// foreignHeadSenses give the English head word of a body's name in a
// language that puts the head first, by its first word as nameKey writes
// it (without accents): "Autorité de la concurrence" is an authority,
// "Cour de cassation" a court, so that "the authority" and "the court"
// find them.
var foreignHeadSenses = map[string]string{
	"autorite": "authority", "autorita": "authority", "autoridad": "authority", "autoridade": "authority",
	"comision": "commission", "comissao": "commission", "commissione": "commission",
	"cour": "court", "corte": "court", "tribunale": "court",
	"conseil": "council", "consejo": "council", "consiglio": "council", "conselho": "council",
	"ministerio": "ministry", "ministero": "ministry", "ministere": "ministry", "ministerium": "ministry", "ministerie": "ministry",
	"agence": "agency", "agencia": "agency", "agenzia": "agency",
	"instituto": "institute", "istituto": "institute", "institut": "institute", "instituut": "institute",
	"fundacion": "foundation", "fundacao": "foundation", "fondazione": "foundation", "fondation": "foundation",
	"partido": "party", "partito": "party", "sindicato": "union", "syndicat": "union",
	"policia": "police", "polizia": "police", "comite": "committee", "comitato": "committee",
}

// nameHas reports a lower-case name with one of words among its words.
func nameHas(key string, words ...string) bool {
	for w := range strings.FieldsSeq(key) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// ownInstitution returns the entity of a body the article names only by
// a description ("the jury"), making it on first use.
func (d *doc) ownInstitution(head, text string) int {
	text = strings.ToLower(text)
	if ei, ok := d.institutions["own:"+head]; ok {
		e := d.ents[ei]
		if len(text) > len(e.name) && strings.HasSuffix(text, head) {
			e.forms.add(e.name, 1)
			e.name = text // "health board", then "regional health board"
		} else if text != e.name {
			e.forms.add(text, 1)
		}
		return ei
	}
	name := "the " + head
	if text != head {
		name = text
	}
	d.ents = append(d.ents, &entity{name: name, kind: KindGroup, forms: formsOf(head, "the "+head),
		firstSent: -1, common: true})
	if d.institutions == nil {
		d.institutions = map[string]int{}
	}
	d.institutions["own:"+head] = len(d.ents) - 1
	return len(d.ents) - 1
}

// homeInstitution returns the entity that "the government" (or "the
// military", "the army") stands for when the article names no country with
// it. A service the article names ("the Peruvian Navy") is what the bare
// word means after it ("the navy"), unless two of that kind are named. The government is the country the article is about when one clearly
// leads the mentions ("Zimbabwe"), else an actor of its own named
// "Government": an Australian paper's "the Government" beside three mentions
// of Britain's law is not Britain's. The armed forces are their own actor,
// named after that country ("Zimbabwe military"); with no country they are
// left unnamed (-1).
func (d *doc) homeInstitution(head string) int {
	if ei, ok := d.institutions[head]; ok {
		return ei
	}
	if head != "government" {
		// "The Peruvian Navy… the navy": the one service of that name the
		// article names, whichever country leads it.
		named := -1
		for oi, o := range d.ents {
			if o.kind == KindOrganization && d.nationalName(o.name) && nameEndsIn(o.nameKey(), head) {
				if named >= 0 {
					named = -2 // two navies: neither
					break
				}
				named = oi
			}
		}
		if named != -1 {
			if d.institutions == nil {
				d.institutions = map[string]int{}
			}
			d.institutions[head] = max(named, -1)
			return max(named, -1)
		}
	}
	home := d.homeCountry()
	ei := home
	switch {
	case head == "government" && home < 0:
		d.ents = append(d.ents, &entity{name: "Government", kind: KindOrganization, firstSent: -1})
		ei = len(d.ents) - 1
	case head != "government" && home >= 0:
		// "the navy": the home country's, also known as the navy.
		d.ents = append(d.ents, &entity{name: d.ents[home].name + " " + head, kind: KindOrganization,
			forms: formsOf(head), firstSent: -1})
		ei = len(d.ents) - 1
	}
	if d.institutions == nil {
		d.institutions = map[string]int{}
	}
	d.institutions[head] = ei
	return ei
}

// nationalName reports a name of two words or more that opens with a
// country's name or its demonym, or with "Royal": "Peruvian Navy", "US
// Army", "Royal Navy" (not "Salvation Army").
func (d *doc) nationalName(name string) bool {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	if w := name[:sp]; w == "Royal" {
		return true
	} else if h, ok := d.g.lookup(w); ok && h.kind == KindCountry {
		return true
	}
	return false
}

// homeCountry returns the country the article is about, or -1: the one
// most often named with one of its institutions ("Zimbabwe President",
// "Australian Federal Police", "Tunisian authorities"), else the one that
// clearly leads the mentions (at least two, and twice the next). A country
// named only for comparison ("the UK model", "safeguards in Britain") is
// not home.
func (d *doc) homeCountry() int {
	type count struct{ ei, inst, all int }
	var cs []count
	for ei, e := range d.ents {
		if e.kind != KindCountry {
			continue
		}
		c := count{ei: ei}
		for _, mi := range e.ments {
			m := d.ments[mi]
			if m.form == formPronoun || m.form == formDesc {
				continue
			}
			c.all++
			if k := int(m.t1); k < len(d.toks) && d.toks[k].kind == tWord && institutionWords[d.tokLower(k)] {
				c.inst++
			}
		}
		cs = append(cs, c)
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].inst != cs[b].inst {
			return cs[a].inst > cs[b].inst
		}
		return cs[a].all > cs[b].all
	})
	switch {
	case len(cs) == 0:
		return -1
	case cs[0].inst > 0 && (len(cs) == 1 || cs[0].inst > cs[1].inst):
		return cs[0].ei
	case cs[0].all >= 2 && (len(cs) == 1 || cs[0].all >= 2*cs[1].all):
		return cs[0].ei
	}
	return -1
}

// institutionWords follow a country named with its institutions: "US
// officials", "the Australian Federal Police", "the Zimbabwe President".
var institutionWords = setOf("government", "officials", "president", "prime", "minister", "ministers", "authorities",
	"forces", "troops", "military", "army", "navy", "police", "parliament", "leader", "leaders", "administration",
	"lawmakers", "federal", "defence", "defense", "foreign", "interior", "finance", "security", "intelligence",
	"ambassador", "embassy", "diplomats", "cabinet", "premier", "chancellor", "king", "queen", "ruling", "state",
	"treasury", "central", "national", "supreme", "high")

// businessHeads are descriptions of a business.
var businessHeads = setOf("company", "firm", "carmaker", "retailer", "startup", "giant", "corporation", "airline",
	"carrier", "publisher", "lender", "insurer", "automaker", "utility")

// orgSort is the sort of body an organisation's name shows it to be.
type orgSort uint8

const (
	sortUnknown  orgSort = iota // the name does not say: "Ofcom", "Vantor"
	sortBusiness                // "Corvane Motors", "Kelby Insurance", "Lumen Labs"
	sortPublic                  // a public body: "Patent Registry", "Health Ministry", "Supreme Court"
	sortOther                   // a union, party, charity, school or international organisation
)

// publicBodyHeads are the head words of the names of public bodies, beside
// the agent nouns of the state sectors (see agentSort): "Paris Court of
// Appeal", "Federal Trade Commission", "Patent Registry".
var publicBodyHeads = setOf("court", "council", "ministry", "parliament", "police", "commission", "agency",
	"department", "dept", "assembly", "government", "senate", "house", "committee", "authority", "office", "congress",
	"army", "navy", "tribunal", "board", "service", "administration", "appeal", "appeals", "registry", "registrar",
	"bureau", "directorate", "inspectorate", "secretariat", "ombudsman", "commissioner", "prosecutor", "treasury",
	"executive", "cabinet", "legislature", "regulator", "watchdog", "agencies", "ministries", "courts")

// businessNameHeads are the head words of the names of businesses:
// "Orvik Systems", "Kelby Insurance", "Halvard Energy Ltd".
var businessNameHeads = setOf("inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.",
	"plc", "llc", "llp", "ag", "gmbh", "sa", "nv", "holdings", "airlines", "airways", "motors", "labs",
	"laboratories", "systems", "technologies", "technology", "studios", "records", "entertainment", "insurance",
	"capital", "partners", "ventures", "energy", "oil", "petroleum", "pharmaceuticals", "pharma", "logistics",
	"industries", "enterprises", "brands", "foods", "stores", "retail", "motor", "software", "electronics",
	"telecom", "communications", "shipping", "mining", "airline", "bancorp")

// otherBodyHeads are the head words of the names of bodies that are
// neither businesses nor public bodies, beside the agent nouns of those
// sectors (unions, schools, churches): "National Farmers Union", "World
// Health Organization".
var otherBodyHeads = setOf("union", "unions", "party", "university", "organization", "organisation", "association",
	"federation", "foundation", "institute", "society", "league", "alliance", "coalition", "movement", "church",
	"charity", "fund", "trust", "college", "school", "academy", "congregation", "brotherhood", "front")

// agentSort is the sort of body whose name ends in the agent noun w, from
// the sector of the agent table: "regulator" (government) is public,
// "conglomerate" (business) a business, "diocese" (religion) another body.
func agentSort(w string) orgSort {
	a, ok := agentOf(lemmaOf(w))
	if !ok {
		return sortUnknown
	}
	switch a.class {
	case agentGovernment, agentJudiciary, agentLegislature, agentPolice, agentMilitary, agentIntelligence:
		return sortPublic
	case agentBusiness:
		return sortBusiness
	case agentLabour, agentParty, agentNGO, agentIGO, agentReligion, agentEducation:
		return sortOther
	}
	return sortUnknown
}

// nameSort is the sort of body a lower-case name shows by its head word,
// or by a word that makes any name a public body ("Court of Appeal of
// Paris", "Ministry of Health").
func nameSort(key string) orgSort {
	h := nameHead(key)
	switch {
	case publicBodyHeads[h] || nameHas(key, "court", "ministry", "department"):
		return sortPublic
	case businessNameHeads[h]:
		return sortBusiness
	case otherBodyHeads[h]:
		return sortOther
	}
	return agentSort(h)
}

var (
	gazSortsOnce sync.Once
	gazSorts     map[string]orgSort
)

// gazSort is the sort of body the gazetteer's organisation of canonical
// name n is by its name or its aliases: "Nasa" is "National Aeronautics and
// Space Administration", a public body.
func gazSort(n string) orgSort {
	gazSortsOnce.Do(func() {
		gazSorts = map[string]orgSort{}
		for _, o := range gazOrgs {
			for _, f := range append([]string{o.Name}, o.Aliases...) {
				if strings.Contains(f, " ") {
					if s := nameSort(strings.ToLower(f)); s != sortUnknown {
						gazSorts[o.Name] = s
						break
					}
				}
			}
		}
	})
	return gazSorts[n]
}

// orgSortOf is the sort of body an organisation is by its name, or by a
// longer form of it the article writes out or the gazetteer knows ("WHO"
// for "World Health Organization").
func orgSortOf(e *entity) orgSort {
	// Worked out again only when the name or the forms changed (forms are
	// only ever added): descriptions ask it of each candidate they pass.
	if e.sortSet && e.sortOf == e.name && e.sortForms == e.forms.len() {
		return e.sort
	}
	e.sort, e.sortOf, e.sortForms, e.sortSet = orgSortNow(e), e.name, e.forms.len(), true
	return e.sort
}

// orgSortNow is orgSortOf, worked out.
func orgSortNow(e *entity) orgSort {
	if s := nameSort(e.nameKey()); s != sortUnknown {
		return s
	}
	if s := gazSort(e.name); s != sortUnknown {
		return s
	}
	// The forms in order, so that two that tell different sorts give the
	// same answer on every run.
	for _, f := range e.forms.sorted() {
		if strings.Contains(f, " ") {
			if s := nameSort(strings.ToLower(f)); s != sortUnknown {
				return s
			}
		}
	}
	return sortUnknown
}

// publicDescHeads are the heads of descriptions of a public body: "the
// ministry", "the agency" stand for a body whose name says it is one.
var publicDescHeads = setOf("ministry", "department", "authority", "commission", "council",
	"committee", "board", "court", "police")

// stateDescHeads are the heads of descriptions of a body that oversees
// others: a public body, or one whose name does not say ("Ofcom"), never a
// business or a union.
var stateDescHeads = setOf("regulator", "watchdog")

// commercialBank reports the name of a bank that is a business: "Norvia
// Bank", "Calvera Bank" — not a central or public bank ("Bank of England",
// "Reserve Bank of Arnoria", "World Bank", "European Investment Bank"),
// which may oversee others. "The regulator" is never a lender.
func commercialBank(key string) bool {
	return strings.HasSuffix(key, " bank") && !strings.Contains(key, " of ") &&
		!nameHas(key, "central", "reserve", "national", "federal", "world", "development", "investment", "people's")
}

// orgSortFits reports whether an organisation of sort s may be what a
// description with head names: "the company" a business (or a body whose
// name does not say), "the ministry" a public body, "the group" anything
// but a public body; name is the organisation's.
func orgSortFits(head string, s orgSort, name string) bool {
	switch {
	case businessHeads[head] || head == "bank":
		return s == sortBusiness || s == sortUnknown
	case publicDescHeads[head]:
		return s == sortPublic
	case stateDescHeads[head]:
		return s == sortPublic || s == sortUnknown && !commercialBank(nameKey(name))
	case head == "agency":
		// A public body, one whose name does not say ("NASA"), or an
		// international organisation: "the agency" is the WHO too.
		return s == sortPublic || s == sortUnknown || s == sortOther && nameHas(nameKey(name), "organization", "organisation")
	case head == "group":
		return s != sortPublic
	}
	return true
}

// titleCase capitalises each word: "prime minister" → "Prime Minister".
func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// roleOfCountry reports whether a role names a country ("US President" and
// "United States").
func (d *doc) roleOfCountry(role, country string) bool {
	for _, w := range strings.Fields(role) {
		if h, ok := d.g.lookup(w); ok && h.name == country {
			return true
		}
	}
	return false
}

// mergeOrgPrefixes merges an organisation whose name (two words or more)
// begins another's: "Whole Foods" into "Whole Foods Market".
func (d *doc) mergeOrgPrefixes() {
	// The names that differ by one last word are found through two maps
	// (a name; a name less its last word) instead of comparing every
	// entity with every other. The maps list entities in order and keep
	// entities under names they have lost (checked below), so the loop
	// over others visits, in order, every entity the comparison would
	// pair with e. Only organisations and people with mentions pair, and
	// merging changes no kind and empties only the entity merged away: the
	// others are never indexed.
	byName, byStem := takeMap(&d.scratch().orgNames, len(d.ents)), takeMap(&d.scratch().orgStems, len(d.ents))
	defer giveMap(&d.scratch().orgNames, byName)
	defer giveMap(&d.scratch().orgStems, byStem)
	index := func(ei int) {
		if o := d.ents[ei]; len(o.ments) == 0 || o.kind != KindOrganization && o.kind != KindPerson {
			return
		}
		n := d.ents[ei].name
		byName[n] = insertOnce(byName[n], int32(ei))
		if i := strings.LastIndexByte(n, ' '); i >= 0 {
			byStem[n[:i]] = insertOnce(byStem[n[:i]], int32(ei))
		}
	}
	for ei := range d.ents {
		index(ei)
	}
	for ei, e := range d.ents {
		if len(e.ments) == 0 || e.kind != KindOrganization || strings.Count(e.name, " ") < 1 {
			continue
		}
		// The next other entity, after oi, that may pair with e as it is
		// named now: one named e's name and a word more, or e's name less
		// its last word.
		next := func(oi int) int {
			n := len(d.ents)
			if l := byStem[e.name]; len(l) > 0 {
				if k, _ := slices.BinarySearch(l, int32(oi+1)); k < len(l) {
					n = int(l[k])
				}
			}
			if i := strings.LastIndexByte(e.name, ' '); i >= 0 {
				if l := byName[e.name[:i]]; len(l) > 0 {
					if k, _ := slices.BinarySearch(l, int32(oi+1)); k < len(l) {
						n = min(n, int(l[k]))
					}
				}
			}
			return n
		}
		for oi := next(-1); oi < len(d.ents); oi = next(oi) {
			o := d.ents[oi]
			if oi == ei || len(o.ments) == 0 || (o.kind != KindOrganization && o.kind != KindPerson) {
				continue
			}
			switch {
			case strings.HasPrefix(o.name, e.name+" ") && strings.Count(o.name, " ") == strings.Count(e.name, " ")+1:
				// "Whole Foods" and "Whole Foods Market": one organisation,
				// named in full.
				d.mergeInto(oi, ei)
				if o.kind == KindOrganization {
					e.forms.add(e.name, 1)
					e.name = o.name
					index(ei)
				}
			case strings.HasPrefix(e.name, o.name+" ") && strings.Count(e.name, " ") == strings.Count(o.name, " ")+1 &&
				strings.Count(o.name, " ") >= 1:
				// "Brightway Trading" read as a person, "Brightway Trading Ltd".
				d.mergeInto(oi, ei)
			}
		}
	}
}

// findReportAuthor finds the organisation behind the report or study an
// article is about ("a new report released by Stanford University's Center
// on Poverty and Inequality"): the organisation named after "by", "from" or
// "of" within a few words of the first report noun, and that noun ("report",
// "study"). -1 and "" when there is none.
func (d *doc) findReportAuthor() (int, string) {
	for i := range d.toks {
		if d.toks[i].kind != tWord || !d.tokIn(i, inReportNouns) || d.toks[i].flags&fInQuote != 0 {
			continue
		}
		noun := d.tokLower(i)
		si := d.sentenceOf(i)
		_, hi := d.sentRange(si)
		for k := i + 1; k < hi && k < i+8; k++ {
			w := d.tokLower(k)
			if w != "by" && w != "from" && w != "of" {
				continue
			}
			for j := k + 1; j < hi && j < k+4; j++ {
				if c := d.cover[j]; c != 0 {
					m := d.ments[c-1]
					if m.ent >= 0 && d.ents[m.ent].kind == KindOrganization {
						return d.orgChainEnd(int(c - 1)), noun
					}
					break
				}
			}
		}
		// "In its annual report, the Geneva-based agency estimated…": the
		// organisation that is the subject of the report's sentence.
		if e := d.sentenceSubjectEnt(si); e >= 0 && d.ents[e].kind == KindOrganization {
			return e, noun
		}
		return -1, "" // only the first report counts
	}
	return -1, ""
}

// sentenceSubjectEnt returns the entity of the first subject mention of
// sentence si, description mentions included.
func (d *doc) sentenceSubjectEnt(si int) int {
	for mi := d.mentionsBefore(int(d.sentTok[si])); mi < len(d.ments) && int(d.ments[mi].sent) == si; mi++ {
		m := d.ments[mi]
		if m.flags&mSubject != 0 && m.ent >= 0 {
			return int(m.ent)
		}
	}
	return -1
}

// orgChainEnd follows "Stanford University's Center on Poverty": a
// possessive organisation followed by another names the second.
func (d *doc) orgChainEnd(mi int) int {
	m := d.ments[mi]
	for m.flags&mPoss != 0 && mi+1 < len(d.ments) {
		n := d.ments[mi+1]
		if n.t0 != m.t1 || n.ent < 0 || d.ents[n.ent].kind != KindOrganization {
			break
		}
		mi, m = mi+1, n
	}
	return int(m.ent)
}

// subunitHeads are the last words of a part of a larger organisation.
var subunitHeads = setOf("center", "centre", "institute", "school", "department", "college", "faculty", "lab",
	"laboratory", "unit", "office", "division", "program", "programme", "clinic", "hospital", "museum", "library",
	"committee", "subcommittee", "panel")

// chainSubunits makes "Stanford University's Center on Poverty" one actor:
// a possessive organisation right before one of its parts is a mention of
// that part.
func (d *doc) chainSubunits() {
	for mi := 0; mi+1 < len(d.ments); mi++ {
		m, n := &d.ments[mi], d.ments[mi+1]
		if m.flags&mPoss == 0 || n.t0 != m.t1 || n.form != formOrg || m.form != formOrg && m.kind != KindOrganization {
			continue
		}
		f := strings.Fields(n.key)
		sub := false
		for _, w := range f {
			if subunitHeads[strings.ToLower(w)] {
				sub = true // "Center on Poverty", "Select Committee on Data"
			}
		}
		if !sub {
			continue
		}
		m.key, m.form, m.kind = n.key, formOrg, KindOrganization
	}
}

// orgByFirstWord returns the organisation whose multi-word name begins with
// the word w ("Corvane" → "Corvane Motors"), or -1.
func (d *doc) orgByFirstWord(w string) int {
	lw := asciiLower(w)
	cands := d.index().lowWord(lw)
	if strings.Contains(lw, " ") {
		cands = nil
		for ei := range d.ents {
			cands = append(cands, int32(ei))
		}
	}
	for _, ei := range cands {
		if e := d.ents[ei]; e.kind == KindOrganization && hasWordPrefix(asciiLower(e.name), lw) &&
			!sideOfPerson(asciiLower(e.name)) && !d.brandProduct(e) {
			return int(ei)
		}
	}
	return -1
}

// hasWordPrefix reports whether s begins with the word w and a space after
// it: strings.HasPrefix(s, w+" ") without making w+" ".
func hasWordPrefix(s, w string) bool {
	return len(s) > len(w) && s[len(w)] == ' ' && strings.HasPrefix(s, w)
}

// hasWordSuffix reports whether s ends with the word w and a space before
// it: strings.HasSuffix(s, " "+w) without making " "+w.
func hasWordSuffix(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.HasSuffix(s, w)
}

// clubByWord returns the one club whose name ends in the club word w
// ("Rovers" for "Harwick Rovers", "United" for "Ashbury United"), or -1
// when there is none or more than one.
func (d *doc) clubByWord(w string) int {
	var buf [64]byte
	if !clubSuffixes[string(asciiLowerBytes(&buf, w))] {
		return -1
	}
	lw := asciiLower(w)
	found := -1
	for ei, e := range d.ents {
		if e.kind == KindOrganization && hasWordSuffix(asciiLower(e.name), lw) {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// sideOfPerson reports an organisation's name (lower case) that is a
// person's side, not the person: "obama administration", "trump
// supporters".
func sideOfPerson(lower string) bool {
	if fieldCount(lower) != 2 {
		return false
	}
	_, group := groupNouns[lastField(lower)]
	return group
}

// orgsByFirstWord maps a word (ASCII lower case) to the first organisation
// whose name of several words begins with it (what orgByFirstWord returns
// for it), for the entities as they are now.
func (d *doc) orgsByFirstWord() map[string]int {
	out := map[string]int{}
	for ei, e := range d.ents {
		if e.kind != KindOrganization {
			continue
		}
		lower := asciiLower(e.name)
		i := strings.IndexByte(lower, ' ')
		if i < 0 || sideOfPerson(lower) {
			continue
		}
		if _, ok := out[lower[:i]]; !ok {
			out[lower[:i]] = ei
		}
	}
	return out
}

// instrumentHeads end the names of laws and written instruments: "the
// First Amendment", "the Affordable Care Act", "the Salta Declaration".
var instrumentHeads = setOf("act", "bill", "treaty", "accord", "convention", "amendment", "code", "doctrine",
	"protocol", "declaration", "directive", "regulation", "rule", "charter", "constitution")

// instrumentName reports the name of a law or written instrument, of two
// words or more, which no reader counts among the actors: "the First
// Amendment", "the Affordable Care Act".
func instrumentName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && instrumentHeads[asciiLower(name[i+1:])]
}

// demoteRegions keeps a continent or world region as an actor only when
// it acts somewhere in the article ("Europe warned", "Europeans want"); one
// that only locates ("in Africa", "the North America editor", "African
// governments") is a place.
func (d *doc) demoteRegions() {
	for _, e := range d.ents {
		if e.kind == KindOther && (d.g.naturalName(e.name) || instrumentName(e.name)) {
			e.term = true // "the South Atlantic", "the Alps": places; "the First Amendment": a law; listed as no actor
			continue
		}
		if e.kind != KindGroup || !d.g.regions[e.name] {
			continue
		}
		acts := false
		for _, mi := range e.ments {
			m := d.ments[mi]
			if m.flags&(mAdj|mLocative) != 0 {
				continue
			}
			if m.flags&mSubject != 0 || m.form == formDemonym && strings.HasSuffix(d.spanText(int(m.t0), int(m.t1)), "s") {
				acts = true
				break
			}
		}
		if !acts {
			e.kind = KindOther
		}
	}
}

// demoteProducts turns "people" named after an organisation ("Corvane
// Lark" beside "Corvane Motors") into things: products and models, listed
// as no actor unless something in the article reads as a person's or a
// body's (a pronoun, title, role, possessive, a verb of saying:
// speakerEvidence).
func (d *doc) demoteProducts() {
	var orgs map[string]int // made once needed; demoting people changes no organisation
	for _, e := range d.ents {
		if e.kind != KindPerson || !strings.Contains(e.name, " ") || len(e.ments) == 0 {
			continue
		}
		first := firstField(e.name)
		if _, place := placeGivenNames[asciiLower(first)]; d.g.isGivenName(first) || place {
			continue // "Jordan Banks" was read as a person in a person's context (placeGivenPerson)
		}
		if orgs == nil {
			orgs = d.orgsByFirstWord()
		}
		if _, ok := orgs[asciiLower(first)]; ok {
			e.kind = KindOther
			e.term = e.gender == genderUnknown && !d.speakerEvidence(e)
		}
	}
}

// speakerEvidence reports a mention of e that only a person's (or a
// body's) would be: a pronoun, a title, a role, a gender, a possessive,
// "who" after it, or a verb of saying or thinking after it ("Varga said").
// A verb of promising or disputing is left out: a product "will reach
// showrooms in May" and "will fail" as a person does.
func (d *doc) speakerEvidence(e *entity) bool {
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if m.form == formDesc {
			continue
		}
		if m.form == formPronoun || m.title() != "" || m.role != "" || m.gender != genderUnknown || m.flags&mPoss != 0 ||
			d.verbAfter(m, lexSpeech|lexThink, true) || d.relativeWho(m) {
			return true
		}
	}
	return false
}

// demoteThingNames turns a "person" nothing is known of — no given name,
// title, role, gender or pronoun — that the article uses
// as a thing into a term: "forty Raspberry Pi boards", "a Glow Spinner",
// "the Glow Spinner toy". It is counted, takes "a", or after a determiner
// qualifies a noun, as products and devices do, and it never says,
// promises, disputes or thinks anything.
func (d *doc) demoteThingNames() {
	for _, e := range d.ents {
		if e.kind != KindPerson || len(e.ments) == 0 || e.gender != genderUnknown || d.g.isGivenName(firstWord(e.name)) {
			continue
		}
		thing, person := false, false
		for _, mi := range e.ments {
			m := &d.ments[mi]
			if m.form == formDesc {
				continue
			}
			if m.form == formPronoun || m.title() != "" || m.role != "" || m.gender != genderUnknown || m.flags&mPoss != 0 ||
				d.verbAfter(m, lexSpeech|lexCommit|lexDispute|lexThink, true) || d.relativeWho(m) {
				person = true
				break
			}
			if d.indefiniteBefore(int(m.r0)) || d.countedBefore(int(m.r0)) || d.modifierUse(m) && d.determinedBefore(int(m.r0)) {
				thing = true
			}
		}
		if thing && !person {
			e.term, e.kind = true, KindOther
		}
	}
}

// countedBefore reports a figure right before token t: "forty Raspberry
// Pi boards", "3 PlayStation consoles".
func (d *doc) countedBefore(t int) bool {
	p := t - 1
	return p >= 0 && (d.toks[p].kind == tNum || d.toks[p].kind == tWord && numberWords[d.tokLower(p)] && d.tokLower(p) != "one")
}

// personVerbAfter reports a verb of saying, promising, disputing or
// thinking after mention m, past auxiliaries and adverbs ("Varga said",
// "Varga has long argued"): what people and bodies do, not things.
func (d *doc) personVerbAfter(m *mention) bool {
	return d.verbAfter(m, lexSpeech|lexCommit|lexDispute|lexThink, false)
}

// verbAfter reports a verb of one of the lexicon classes in mask after
// mention m, past auxiliaries and adverbs. With noBe, a form of "be"
// ends the search: "X is wrong" (a verb of thinking in the lexicon) and
// "X was recalled" (a passive) say nothing of X's own.
func (d *doc) verbAfter(m *mention, mask uint16, noBe bool) bool {
	for k, n := int(m.t1), 0; k < len(d.toks) && n < 4 && d.toks[k].kind == tWord && d.sentenceOf(k) == int(m.sent); k, n = k+1, n+1 {
		if noBe && isBe(d.tokLower(k)) {
			return false
		}
		if d.lex[k]&mask != 0 && d.toks[k].flags&fCap == 0 {
			return true
		}
		if w := d.tokLower(k); !isAuxiliary(w) && !isAdverb(w) && !isBe(w) {
			return false
		}
	}
	return false
}

// relativeWho reports ", who" after mention m: a person.
func (d *doc) relativeWho(m *mention) bool {
	k := int(m.t1)
	return k+1 < len(d.toks) && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' && d.tokLower(k+1) == "who"
}

// determinedBefore reports a determiner right before token t: "the Glow
// Spinner toy", "her Raspberry Pi board".
func (d *doc) determinedBefore(t int) bool {
	p := t - 1
	return p >= 0 && d.toks[p].kind == tWord && (d.tokIn(p, inDeterminers) || possPronouns[d.tokLower(p)])
}
