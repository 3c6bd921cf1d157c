package brief

import "strings"

// Products named by their maker's brand and a model word: "the Pellin Nova
// board", "the Tarn Mini", "the Sennet Air 3 headphones", beside the maker
// named on its own ("Pellin said…"). The name has a body's shape, so the
// engine read an organisation, and the maker's own mentions went to it
// (orgByFirstWord) with its quotes and lawsuits. The article shows a
// thing: "the" before the name, or what only things do after it ("costs
// $45", "ships with", "is priced at", "is available in", "went on sale");
// and nothing a person or a body does (a title or a role, "who", a verb of
// saying, thinking or disputing, its staff).

// productVerbs are what only things do, said right after a name (past
// auxiliaries and "be"): "the Tarn Mini costs $499", "is priced at",
// "retails for", "weighs 300 grams". Each maps to the word that must
// follow it ("" for none; "$" for a price or a figure): "ships with" and
// "runs on", not "ships boards to Asia" or "runs three factories", which
// a company does.
//
// Words a company does too are left out: "Kestra Mobile runs on a
// network", "Kestra Foods sold out to a buyer", "Kestra Air weighs job
// cuts"; "costs" and "weighs" count only before a price or a figure, not
// as a plural noun ("Kestra Air costs rose").
var productVerbs = map[string]string{
	"costs": "$", "retails": "for", "retailed": "for", "weighs": "$", "priced": "",
	"cost": "$", "ships": "with", "shipped": "with", "ship": "with", "comes": "with", "came": "with",
	"sells": "for", "sell": "for", "goes": "on",
	"went": "on", "go": "on", "available": "in", "released": "",
}

// productVerbAfter reports what only things do after mention m: a product
// verb (productVerbs) past a model number and the product's noun ("the
// Sennet Air 3 headphones cost $199"), auxiliaries, adverbs and "be".
func (d *doc) productVerbAfter(m *mention) bool {
	si := int(m.sent)
	hi := d.sentTokHi(si)
	k := int(m.t1)
	if k < hi && (d.toks[k].kind == tNum || d.toks[k].kind == tWord && modelToken(d.tokText(k))) {
		k++ // "the Sennet Air 3", "the Holt Vega X2"
	}
	be := false
	for n := 0; k < hi && n < 5 && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0; k, n = k+1, n+1 {
		w := d.tokLower(k)
		if next, ok := productVerbs[w]; ok {
			if w == "released" && !be || w == "available" && !be {
				return false // "Pellin released the board": the maker acts
			}
			if next == "" {
				return true
			}
			if k+1 >= hi {
				return false
			}
			if next == "$" {
				return d.toks[k+1].kind == tNum || d.toks[k+1].kind == tPunct && strings.ContainsAny(d.tokText(k+1), "$£€¥")
			}
			nx := d.tokLower(k + 1)
			if next == "in" {
				return nx == "in" || nx == "on" || nx == "from" || nx == "now"
			}
			return nx == next && (next != "on" || k+2 < hi && d.tokLower(k+2) == "sale")
		}
		switch {
		case isBe(w):
			be = true
		case isAuxiliary(w) || isAdverb(w):
		case n == 0 && !isPreposition(w) && d.lex[k]&lexFunction == 0 && !clauseLinks[w] &&
			formTags(w)&(formPresent|formPast|formPart|formIng) == 0 && !d.pastVerbAt(k):
			// "the Pellin Nova board", "the Sennet Air 3 headphones":
			// the product's noun, once, right after the name; never a
			// verb ("Kestra Air cut costs").
		default:
			return false
		}
	}
	return false
}

// brandProduct reports entity e as a product named by a brand and a model
// word: a name of two words or more that no person bears, which the
// gazetteer does not know, whose mentions in full show a thing (the
// "the" of a thing before one, or productVerbAfter) and never a person or
// a body (brandActs). A name with a body's head word in it ("Harrow
// Foods", "the Pellin board", "Sennet Air", "the Kell Museum") shows a
// thing only by what it does (productVerbAfter): "the Pellin board voted"
// is the maker's board. A name with "of", "for" or "and" in it is a
// body's ("the Rosicrucian Society of England").
func (d *doc) brandProduct(e *entity) bool {
	words := strings.Fields(e.name)
	if len(words) < 2 || e.kind == KindPerson || e.gender != genderUnknown || d.g.isGivenName(words[0]) {
		return false
	}
	bodyHead := false
	for i, w := range words {
		w = asciiLower(w)
		if w == "of" || w == "for" || w == "and" || w == "&" {
			return false // "the Rosicrucian Society of England": a body's name
		}
		if orgHeads[w] || subunitHeads[w] || bodyHeadsLast[w] || placeHeads[w] || isTrade(w) ||
			i == len(words)-1 && strings.HasSuffix(w, "s") {
			bodyHead = true
		}
	}
	thing := false
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if m.form == formPronoun || m.form == formDesc || m.t1-m.t0 < 2 {
			continue // the brand alone ("Pellin said") is the maker's
		}
		if m.form == formName || d.brandActs(m) {
			return false
		}
		if thing {
			continue
		}
		if d.productVerbAfter(m) {
			thing = true
			continue
		}
		if p := int(m.r0) - 1; !bodyHead && p >= 0 && d.toks[p].kind == tWord && d.sentenceOf(p) == int(m.sent) &&
			(d.tokLower(p) == "the" || d.indefiniteBefore(int(m.r0))) && (!d.modifierUse(m) || d.toks[m.t1].kind == tNum) {
			thing = true
		}
	}
	return thing
}

// brandActs reports a mention in full that only a person's or a body's
// would be: a title or role, a gender, "who" after it, its staff or its
// people after it ("Tarn Mini officials"), or a verb of saying, thinking
// or disputing after it.
func (d *doc) brandActs(m *mention) bool {
	if m.title() != "" || m.role != "" || m.gender != genderUnknown || d.relativeWho(m) ||
		d.verbAfter(m, lexSpeech|lexThink|lexDispute, true) {
		return true
	}
	k := int(m.t1)
	if k >= len(d.toks) || d.sentenceOf(k) != int(m.sent) {
		return false
	}
	if d.toks[k].kind == tPunct && d.tokText(k) == "," {
		if k+1 < len(d.toks) && d.toks[k+1].kind == tWord && d.tokLower(k+1) == "which" {
			return d.ownVerbAt(k+2, int(m.sent)) // "the SeaMonkey Council, which has trademarked…"
		}
		return d.bodyAppositive(k + 1) // "The Varn Partnership, a law firm, …"
	}
	if d.toks[k].kind != tWord {
		return false
	}
	w := d.tokLower(k)
	if isPersonNoun(w) || staffHeads[w] || titleHeads[w] || isGroupHead(w) {
		return true
	}
	return d.ownVerbAt(k, int(m.sent))
}

// ownVerbAt reports a verb at token k of sentence si, past adverbs, that
// is not what only things do: "Kestra Air will close…", "has
// campaigned", "hired a lawyer", "filed".
func (d *doc) ownVerbAt(k, si int) bool {
	modal := false
	for n := 0; k < len(d.toks) && n < 4 && d.toks[k].kind == tWord && d.sentenceOf(k) == si; k, n = k+1, n+1 {
		w := d.tokLower(k)
		_, product := productVerbs[w]
		switch {
		case isAdverb(w) && !modal && n > 0, isAdverb(w) && modal:
			continue
		case !modal && (w == "will" || w == "would" || w == "has" || w == "have" || w == "had" ||
			w == "could" || w == "may" || w == "must" || w == "did"):
			modal = true
			continue
		case modal:
			return !isBe(w) && !product && d.lex[k]&lexFunction == 0
		case d.pastVerbAt(k) && !product:
			return true
		}
		return false
	}
	return false
}

// appositiveBodies are the nouns of an appositive that say a name is a
// body's, beside descHeads: "the town's weekly paper", "a law firm".
var appositiveBodies = map[string]bool{
	"paper": true, "newspaper": true, "weekly": true, "daily": true, "club": true, "team": true,
	"band": true, "charity": true, "partnership": true, "practice": true, "publisher": true,
	"broadcaster": true, "station": true, "society": true, "choir": true, "orchestra": true,
	"school": true, "college": true, "trust": true, "foundation": true, "business": true,
}

// bodyAppositive reports an appositive opening at token k, after a
// comma, that says the name before it is a body: an article or a
// possessive, then a body's noun before the next comma ("a law firm",
// "the town's weekly paper", "the city's football club").
func (d *doc) bodyAppositive(k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tWord {
		return false
	}
	if w := d.tokLower(k); w != "a" && w != "an" && w != "the" && w != "its" && w != "their" {
		return false
	}
	for n := 0; k < len(d.toks) && n < 7 && d.toks[k].kind != tPunct || k < len(d.toks) && d.tokText(k) == "'"; k, n = k+1, n+1 {
		if d.toks[k].kind != tWord {
			continue
		}
		w := d.tokLower(k)
		if appositiveBodies[w] || orgHeads[w] || descHeads[w] == KindOrganization {
			return true
		}
	}
	return false
}

// pastVerbAt reports a lower-case verb in the past tense at token k
// ("hired", "cut"): finiteVerbAt without the cover of names, which is
// not made yet when brand products are read.
func (d *doc) pastVerbAt(k int) bool {
	w := d.tokLower(k)
	if d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 || d.lex[k]&lexFunction != 0 {
		return false
	}
	return formTags(w)&formPast != 0 || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// demoteBrandProducts turns the products named by a brand and a model
// word (brandProduct) into things, listed as no actor, when the article
// also names the brand on its own ("Pellin said…"): the maker is the
// actor. Where the product's entity holds the maker's own mentions, they
// are split off and it is named after the brand; a maker read as a person
// ("Sennet said…", no given name, title or gender) is an organisation,
// unless it is a party to a dispute (disputesAfter).
func (d *doc) demoteBrandProducts() {
	var alone map[string]bool // the one-word names the article uses on their own
	var brands map[string]bool
	for ei, n := 0, len(d.ents); ei < n; ei++ {
		e := d.ents[ei]
		if e.term || e.kind == KindPerson || !strings.Contains(e.name, " ") || len(e.ments) == 0 {
			continue
		}
		if alone == nil {
			alone = takeMap(&d.scratch().brandAlone, 0)
			for mi := range d.ments {
				if m := &d.ments[mi]; m.t1-m.t0 == 1 && m.form != formPronoun && m.form != formDesc && m.flags&(mAdj|mLocative) == 0 {
					alone[d.tokLower(int(m.t0))] = true // the token in ASCII lower case
				}
			}
		}
		brand := asciiLower(firstWord(e.name))
		if !alone[brand] || !d.brandProduct(e) || !d.pronounsOfMaker(e) {
			continue
		}
		if brands == nil {
			brands = make(map[string]bool)
		}
		brands[brand] = true
		d.splitBrand(ei)
	}
	if alone != nil {
		giveMap(&d.scratch().brandAlone, alone)
	}
	if brands == nil {
		return
	}
	for _, e := range d.ents {
		if brands[asciiLower(e.name)] && e.kind == KindPerson && e.gender == genderUnknown && !d.g.isGivenName(e.name) &&
			!d.hasTitle(e) && e.role == "" && !d.disputesAfter(e) {
			e.kind = KindOrganization // "Sennet said…" beside "the Sennet Air 3 headphones"
		}
	}
}

// disputesAfter reports a verb of disputing after a mention of entity e
// ("Tarn sued…"): a maker that is a party stays as it was read, for an
// organisation's party can be dropped as an affiliation.
func (d *doc) disputesAfter(e *entity) bool {
	for _, mi := range e.ments {
		if d.verbAfter(&d.ments[mi], lexDispute, true) {
			return true
		}
	}
	return false
}

// pronounsOfMaker reports that every pronoun and description of entity e
// ("it said", "the firm said") comes after the maker named on its own,
// with no mention in full between nor in its sentence: they stay with the
// maker when the product is split off (splitBrand). Where one may stand
// for the name in full ("The Varn Partnership, a law firm, … "We expect to
// win," it said"), nothing is split: a quote never goes to another entity.
func (d *doc) pronounsOfMaker(e *entity) bool {
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if m.form != formPronoun && m.form != formDesc {
			continue
		}
		last := -1 // the nearest name before it: 1 in full, 0 the brand alone
		lastT := int32(-1)
		for _, mj := range e.ments {
			o := &d.ments[mj]
			if o.form == formPronoun || o.form == formDesc {
				continue
			}
			full := o.t1-o.t0 >= 2
			if full && o.sent == m.sent {
				return false
			}
			if o.t0 < m.t0 && o.t0 > lastT {
				lastT, last = o.t0, 0
				if full {
					last = 1
				}
			}
		}
		if last != 0 {
			return false
		}
	}
	return true
}

// splitBrand makes the product entity ei a thing: its mentions in full
// go to a new entity, listed as no actor, and what is left (the maker
// named on its own, "Pellin said…") keeps ei, named after the brand.
func (d *doc) splitBrand(ei int) {
	e := d.ents[ei]
	p := &entity{name: e.name, kind: KindOther, term: true, firstSent: -1}
	var keep []int32
	var forms formCounts
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if m.form != formPronoun && m.form != formDesc && m.t1-m.t0 >= 2 {
			m.ent = int32(len(d.ents))
			p.ments = append(p.ments, mi)
			p.forms.add(cleanName(d.spanText(int(m.t0), int(m.t1))), 1)
			if p.firstSent < 0 {
				p.firstSent = int(m.sent)
			}
			continue
		}
		keep = append(keep, mi)
		if m.form != formPronoun && m.form != formDesc && (m.flags&mAdj == 0 || d.toks[m.t0].flags&fHyphen == 0) {
			forms.add(cleanName(d.spanText(int(m.t0), int(m.t1))), 1) // as attach counts them: not "Arduino-made"
		}
	}
	d.ents = append(d.ents, p)
	if forms.len() == 0 {
		// Nothing of the maker's: the entity is the product.
		d.ents = d.ents[:len(d.ents)-1]
		for _, mi := range e.ments {
			d.ments[mi].ent = int32(ei)
		}
		e.term, e.kind = true, KindOther
		return
	}
	e.ments, e.forms = keep, forms
	best := forms.list[0]
	for _, x := range forms.list[1:] {
		if x.n > best.n || x.n == best.n && x.f < best.f {
			best = x
		}
	}
	e.name = best.f
	for _, mi := range keep {
		if m := &d.ments[mi]; m.form != formPronoun && m.form != formDesc {
			e.firstSent = int(m.sent)
			break
		}
	}
	e.sortSet = false
}
