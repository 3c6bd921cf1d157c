package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Capitalised words that are things, not actors: model numbers and flight
// numbers ("A340-600", "Mk-7s", "KX402"), the plurals of acronyms that name
// things ("BTECs", "SUVs") and the acronym itself, compounds of a capital
// and another word ("Nairobi Whale", "Paris Agreement"), party tags after a
// politician's name ("(R-Essex)") and postal abbreviations of US states
// ("Atlanta, Ga."). They are recognised as the names are found
// (matchName), so that none of them becomes an actor.

// isDesignator reports a word that mixes letters and digits, as model,
// flight and serial numbers do: "A340", "A340-600", "Mk-7s", "KX402",
// "MH17", "F-16". Names the gazetteer knows ("G20", "MI6") are matched
// before this is asked.
func isDesignator(w string) bool {
	// Most words have no digit: look for one in the bytes first (no byte
	// of a longer UTF-8 sequence is an ASCII digit).
	if !hasDigit(w) {
		return false
	}
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0 && digits > 0
}

// hasDigit reports whether w holds an ASCII digit.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if isDigitByte(w[i]) {
			return true
		}
	}
	return false
}

// pluralAcronym returns the acronym of a plural written "BTECs", "SUVs"
// (capitals and a final lower-case s), or "".
func pluralAcronym(w string) string {
	if len(w) < 3 || w[len(w)-1] != 's' || !isAllCapsWord(w[:len(w)-1]) {
		return ""
	}
	return w[:len(w)-1]
}

// thingAcronym reports an acronym the article also writes in the plural
// ("BTECs", "NVQs"), unless it stands for people ("MPs", "CEOs", "NGOs"):
// exams, vehicles and devices, never actors.
func (d *doc) thingAcronym(i int) bool {
	w := d.tokText(i)
	if a := pluralAcronym(w); a != "" {
		w = a
	} else if !isAllCapsWord(w) {
		return false
	}
	if !d.pluralAcronyms[w] {
		return false
	}
	lw := asciiLower(w)
	if titleHeads[lw] {
		return false
	}
	if _, ok := agentOf(lemmaOf(lw)); ok {
		return false
	}
	return true
}

// isPartyTag reports the party and state or district written after a
// politician: "(R-Essex)", "(D-Calif.)" in brackets, or a US party and
// state between commas, as American wire copy writes it: ", R-Okla.,",
// ", D-N.Y.,", ", I-Vt.,", ", R-Texas,", ", D-CA,".
func (d *doc) isPartyTag(i int) bool {
	w := d.tokText(i)
	if len(w) < 3 || w[1] != '-' || !strings.ContainsRune("RDI", rune(w[0])) || !unicode.IsUpper(rune(w[2])) ||
		i == 0 || d.toks[i-1].kind != tPunct {
		return false
	}
	switch d.text[d.toks[i-1].s] {
	case '(':
		return true
	case ',':
		return usStateKey(w[2:])
	}
	return false
}

// usStateKey reports a US state as a party tag writes it after the
// party's letter: an AP abbreviation with or without its dots ("Okla",
// "N.Y.", "W.Va"), a postal code ("TX") or the name ("Texas", "Maine").
func usStateKey(w string) bool {
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	n := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			return false
		}
		buf[n] = c
		n++
	}
	key := buf[:n]
	if len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' {
		return usPostalCodes[string(key)]
	}
	return stateAbbrevs[string(key)] || usDottedStates[string(key)] || usStateNames[string(key)]
}

// usDottedStates are the AP abbreviations written with inner dots, without
// them: "N.Y." is "ny".
var usDottedStates = setOf("nc", "nd", "sc", "sd", "nh", "nj", "nm", "ny", "ri", "wva", "dc")

// usStateNames are the one-word names of US states, which AP style writes
// out in a party tag ("R-Maine", "D-Hawaii").
var usStateNames = setOf("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
	"delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
	"louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
	"montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
	"vermont", "virginia", "washington", "wisconsin", "wyoming")

// usPostalCodes are the two-letter postal codes of US states and DC.
var usPostalCodes = setOf("al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
	"ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
	"oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc")

// stateAbbrevs are the abbreviations of US states used after a city
// ("Atlanta, Ga.", "MADISON, Wis."): places, never organisations.
var stateAbbrevs = setOf("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
	"kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
	"tenn", "tex", "vt", "va", "wash", "wis", "wyo")

// stateAbbrevAt returns the tokens taken by a state's abbreviation after
// a city and a comma at token i ("Ga" and its dot), or 0.
func (d *doc) stateAbbrevAt(i, hi int) int {
	if !d.tokIn(i, inStateAbbrevs) || i == 0 || i+1 >= hi || d.text[d.toks[i+1].s] != '.' || !d.adjacent(i) {
		return 0
	}
	if p := d.toks[i-1]; p.kind != tPunct || d.text[p.s] != ',' {
		return 0
	}
	return 2
}

// compassWords open the name of a part of a place: "South Atlantic",
// "Western Australia", "Northern Borneo".
var compassWords = setOf("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"upper", "lower", "northeast", "northwest", "southeast", "southwest")

// capitalCompound reports a capital followed by a capitalised word that
// is not a name, a title or an organisation's head: "Nairobi Whale",
// "Paris Agreement", "Berlin Wall". The pair names a thing, and the
// capital does not stand for its government there.
func (d *doc) capitalCompound(i, n, hi int, h gazHit) bool {
	j := i + n
	if h.form != formCapital || j >= hi || !d.isCapWord(j) || !d.adjacent(j-1) || d.toks[j-1].flags&fPoss != 0 ||
		d.toks[j].flags&fAllCaps != 0 {
		return false
	}
	w := d.tokLower(j)
	if orgHeads[w] || placeHeads[w] || d.isTitleWord(j) || d.g.nonActor[w] || d.g.isGivenName(w) {
		return false
	}
	if n2, _ := d.gazMatch(j, hi); n2 > 0 {
		return false
	}
	if n == 1 && d.givenAt(i) && !d.g.common[w] {
		return false // "Sofia Marquez", "Victoria Hale": a given name and a surname
	}
	// "Tokyo Electric said…": the pair acts, so it is an organisation.
	return !(j+1 < hi && d.speaks(j+1, hi))
}

// teamName reports a city followed by a capitalised plural: the name of a
// sports team ("Boston Harriers", "Denver Falcons"), an organisation. A
// city that is also a given name ("Austin Rogers") is left to the rules
// for people.
func (d *doc) teamName(i, n, hi int, h gazHit) bool {
	j := i + n
	if h.form != formPlace && h.form != formCapital || j >= hi || !d.isCapWord(j) || !d.adjacent(j-1) ||
		d.toks[j-1].flags&fPoss != 0 || d.givenAt(i) {
		return false
	}
	w := d.tokLower(j)
	if len(w) < 5 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || d.toks[j].flags&fAllCaps != 0 ||
		orgHeads[w] || placeHeads[w] || d.isTitleWord(j) {
		return false
	}
	n2, _ := d.gazMatch(j, hi)
	return n2 == 0
}

// derivedNounSuffixes end abstract nouns, which open sentences
// ("Underperformance explains…") but rarely name anyone.
var derivedNounSuffixes = []string{"ance", "ence", "ment", "ness", "tion", "sion", "ity", "ism", "ship", "hood"}

// isDerivedNoun reports a long word with an abstract noun's ending.
func isDerivedNoun(w string) bool {
	if utf8.RuneCountInString(w) < 9 {
		return false
	}
	for _, s := range derivedNounSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// ideologyAt reports a lone capitalised word at token i that names a
// doctrine or a movement of ideas by its ending ("Eurocentrism",
// "Thatcherism", "Pan-Africanism"), which the gazetteer does not know: an
// idea, no actor. A capital word after it makes it part of a name
// ("Tourism Australia"), and a word in capitals an acronym.
func (d *doc) ideologyAt(i, hi int) bool {
	w := d.tokLower(i)
	if utf8.RuneCountInString(w) < 7 || !strings.HasSuffix(w, "ism") || d.toks[i].flags&fAllCaps != 0 {
		return false
	}
	return i+1 >= hi || !d.isCapWord(i+1) || !d.adjacent(i)
}

// placeRest reports that tokens [i, j) name a place or a country the
// gazetteer knows ("Atlantic", "Australia").
func (d *doc) placeRest(i, j int) bool {
	n, h := d.gazMatch(i, j)
	return n == j-i && (h.form == formPlace || h.kind == KindCountry || d.g.regions[h.name])
}

// groupHead reports a capitalised plural at token k that names members
// of a group: an agent noun ("Prosecutors") or a group the gazetteer
// knows ("Republicans", "Democrats").
func (d *doc) groupHead(k int) bool {
	w := d.tokLower(k)
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	if h, ok := d.g.lookup(d.tokText(k)); ok && h.kind == KindGroup && h.form == formName {
		return true
	}
	if _, ok := agentOf(d.lemmaAt(k)); ok && formTags(w)&formPlural != 0 {
		return true
	}
	return false
}

// nameAbbrevs are abbreviations that stay inside a name with their dot:
// "St. Brendan's", "Mt. Kenya", "Ste. Anne".
var nameAbbrevs = setOf("st", "ste", "mt", "ft")

// nameJoinerAt returns how many tokens from token j join the capitalised
// words of one name (0 for none): an ampersand ("Hollis & Crane"), the
// dot of an abbreviation ("St. Brendan's"), or a nickname in quotation
// marks (Tomas “Tomi” Varga). A capitalised word must follow.
func (d *doc) nameJoinerAt(j, hi int) int {
	t := d.toks[j]
	if t.kind == tWord || j == 0 {
		return 0
	}
	c := d.text[t.s]
	switch {
	case c == '&' && j+1 < hi && d.isCapWord(j+1) && d.adjacent(j):
		return 1
	case c == '.' && t.s == d.toks[j-1].e && nameAbbrevs[d.tokLower(j-1)] && d.isCapWord(j-1) && j+1 < hi &&
		d.isCapWord(j+1) && d.adjacent(j):
		return 1
	case d.tokText(j) == "\u2013" && t.s == d.toks[j-1].e && j+1 < hi && d.toks[j+1].s == t.e && d.isCapWord(j-1) &&
		d.isCapWord(j+1):
		// "the Murray–Darling Basin", "the Rhine–Main airport": two names
		// joined by an en dash with no space are one name.
		return 1
	case t.kind == tQuote && j+3 < hi && d.isCapWord(j+1) && d.toks[j+2].kind == tQuote && d.isCapWord(j+3) &&
		d.adjacent(j) && d.adjacent(j+1) && d.adjacent(j+2) && d.toks[j+1].flags&fPoss == 0:
		return 3
	}
	return 0
}

// nickname returns the nickname quoted inside the name [i, j) and the
// name without it, or "".
func (d *doc) nickname(i, j int) (nick, rest string) {
	for k := i + 1; k+2 < j; k++ {
		if d.toks[k].kind == tQuote && d.toks[k+2].kind == tQuote {
			return d.tokText(k + 1), strings.TrimSpace(d.spanText(i, k) + " " + d.spanText(k+3, j))
		}
	}
	return "", ""
}

// orgHeadBeforeOf reports an organisation's head word followed by "of"
// or "for" inside the name [i, j): "Ministry of Defense", "Bank of
// Ruritania", "Commission for Racial Equality".
func (d *doc) orgHeadBeforeOf(i, j int) bool {
	for k := i; k+2 < j; k++ {
		if w := d.tokLower(k + 1); (w == "of" || w == "for" || w == "on") && d.tokIn(k, inOrgHeads) {
			return true
		}
	}
	return false
}

// irregularPast are frequent irregular past forms, which tell a verb after
// a name ("Coliva lost its case", "Zentrix sold the unit").
var irregularPast = setOf("lost", "won", "took", "made", "gave", "got", "held", "left", "met", "sent", "sold", "bought",
	"paid", "brought", "built", "spent", "kept", "led", "ran", "began", "saw", "knew", "thought", "felt", "found",
	"became", "came", "went", "told", "wrote", "struck", "fought", "sought", "chose", "drew", "drove", "flew",
	"grew", "hid", "hit", "let", "lent", "meant", "put", "quit", "rose", "set", "shut", "split", "spread", "stood",
	"stole", "swore", "threw", "understood", "withdrew", "forgave", "forbade", "froze", "hurt", "cost", "beat",
	"oversaw", "overtook", "undertook", "upheld", "withheld", "bore", "broke", "cut", "dealt", "fell", "fled")

// agentiveAfterWhich reports a verb after "which" (token k) that only an
// organisation does: "Larkmoor, which owns four depots", "the union, which
// represents nurses", or a verb of speech, commitment or dispute.
func agentiveAfterWhich(d *doc, k int) bool {
	if d.toks[k].kind != tWord {
		return false
	}
	if d.lex[k]&(lexSpeech|lexCommit|lexDispute) != 0 {
		return true
	}
	switch d.tokLower(k) {
	case "owns", "owned", "runs", "ran", "operates", "operated", "employs", "employed", "represents", "represented",
		"controls", "controlled", "makes", "sells", "sold", "publishes", "published", "manages", "managed":
		return true
	}
	return false
}

// artefactNouns name made things and works: what a name set beside them
// names is a thing, not an actor ("Dorm Survival, a board game", "the app
// Tidewater", "its new release, Tidewater 3.0", "a deck of Chaos Cards").
// Nouns for people, bodies and outlets (model, brand, website, magazine)
// are not here: "the model Ana Vos" is a person, "the website Snopes" a
// body.
var artefactNouns = setOf("game", "format", "protocol", "language", "software", "app", "application", "platform",
	"device", "console", "phone", "smartphone", "tablet", "laptop", "computer", "chip", "processor", "headset",
	"tool", "toolkit", "framework", "library", "database", "standard", "technique", "technology", "algorithm",
	"release", "version", "update", "upgrade", "patch", "product", "gadget", "camera", "drone", "robot",
	"machine", "engine", "browser", "distribution", "distro", "film", "movie", "documentary", "book", "novel",
	"memoir", "album", "song", "single", "show", "series", "sitcom", "podcast", "play", "musical", "opera",
	"painting", "sculpture", "exhibition", "card", "cards", "deck", "toy", "vaccine", "drug", "pill", "car",
	"vehicle", "truck", "jet", "plane", "aircraft", "ship", "vessel", "boat", "yacht", "satellite", "rocket",
	"missile", "spacecraft", "telescope", "rover", "font", "typeface", "cryptocurrency", "coin", "token",
	"virus", "variant", "strain", "copy", "edition", "model")

// artefactContext reports a mention that a made thing's noun names: the
// noun right before it ("the board game Dorm Survival", "a deck of Chaos
// Cards", "a format known as NBT"), as its apposition ("Dorm Survival, a
// board game about…", "its new release, Tidewater 3.0,"), or a version
// number after it ("Tidewater 3.0").
//
// It returns 2 for a context that names a thing whatever the name does
// (a version, an apposition, "a deck of", "known as"), 1 for the noun
// right before it, which also describes bodies by what they make ("the
// food delivery app Coliva", "the platform Substack"): the name is a thing
// then only if it never acts.
func (d *doc) artefactContext(m *mention) int {
	si := int(m.sent)
	lo, hi := d.sentRange(si)
	t0, t1 := int(m.r0), int(m.t1)
	// A craft, a character of a work, a word of a title: things whatever
	// the name does there (things.go).
	if d.vesselContext(m, lo, hi) || d.characterContext(m, lo) || d.titleContext(m, lo) || d.quotedTitle(m) {
		return 2
	}
	// "any other Mario game", "the Harry Potter films": a work or a
	// franchise named after its character; a thing unless it acts.
	if d.workModifier(m, lo, hi) {
		return 1
	}
	// "Tidewater 3.0", "Tidewater v2": a version.
	if t1 < hi && d.toks[t1].kind == tNum && strings.Contains(d.tokText(t1), ".") ||
		t1 < hi && d.toks[t1].kind == tWord && isVersionWord(d.tokText(t1)) {
		return 2
	}
	// The noun before: "the board game X", "a deck of X", "known as X".
	if p := t0 - 1; p >= lo && d.toks[p].kind == tWord {
		w := d.tokLower(p)
		if (w == "of" || w == "as" || w == "called" || w == "named" || w == "dubbed") && p-1 >= lo && d.toks[p-1].kind == tWord {
			q := p - 1
			if w == "as" && d.tokLower(q) == "known" && q-1 >= lo {
				q-- // "a format known as NBT"
			}
			if w == "of" && d.tokIn(q, inArtefactNouns) && d.toks[q].flags&fCap == 0 && d.tokLower(q) != "model" {
				return 2 // "a deck of Chaos Cards", "a copy of Dorm Survival"
			}
			if w != "of" && d.tokIn(q, inArtefactNouns) && d.toks[q].flags&fCap == 0 {
				return 2
			}
		} else if d.tokIn(p, inArtefactNouns) && w != "model" && d.toks[p].flags&fCap == 0 && d.adjacent(p) && p-1 >= lo &&
			d.toks[p-1].kind == tWord && (d.tokIn(p-1, inDeterminers) || d.toks[p-1].flags&fCap == 0 && d.lex[p-1]&lexFunction == 0) {
			return 1 // "the board game Dorm Survival", "its new app Tidewater"
		}
	}
	// "its new release, Tidewater 3.0,": an apposition to the noun before.
	if p := t0 - 1; p-1 >= lo && d.toks[p].kind == tPunct && d.text[d.toks[p].s] == ',' && d.toks[p-1].kind == tWord &&
		d.tokIn(p-1, inArtefactNouns) && d.tokLower(p-1) != "model" && d.toks[p-1].flags&fCap == 0 &&
		(t1 >= hi || d.toks[t1].kind == tPunct) {
		return 2
	}
	// "Dorm Survival, a board game about…": the apposition after it.
	if t1+1 < hi && d.toks[t1].kind == tPunct && d.text[d.toks[t1].s] == ',' && d.toks[t1+1].kind == tWord {
		k := t1 + 1
		if w := d.tokLower(k); w != "a" && w != "an" && w != "the" && w != "its" && w != "their" {
			return 0
		}
		k++
		head := ""
		for n := 0; k < hi && n < 4 && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 && d.lex[k]&lexFunction == 0 &&
			!isPreposition(d.tokLower(k)); n++ {
			if head != "" && strings.HasSuffix(d.tokLower(k), "ed") {
				break // "a factory trawler registered in Vigo": a participle ends the noun
			}
			head = d.tokLower(k)
			k++
		}
		if k < hi && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == '-' {
			return 0
		}
		// A craft too ("the Ocean Harvester, a factory trawler"), unless
		// it is an asset that acts for whoever operates it ("USS Sampson,
		// a guided missile destroyer, would be on the scene").
		if artefactNouns[head] || vesselNouns[head] && !assetNouns[head] {
			return 2
		}
		return 0
	}
	return 0
}

// quotedTitle reports a person-like name inside a short quote that is all
// a title, every word capitalised but small ones ("“Super Mario Dash”
// will cost $10"): the title of a work, whose words name no actor.
func (d *doc) quotedTitle(m *mention) bool {
	if m.kind != KindPerson && m.form != formUnknown || m.flags&mInQuote == 0 {
		return false
	}
	q := d.quoteAround(int(m.t0))
	if q == nil || !q.closed || q.words > 5 {
		return false
	}
	lo, hi := int(m.t0), int(m.t1)
	for lo > 0 && int(d.toks[lo-1].s) >= q.s {
		lo--
	}
	for hi < len(d.toks) && int(d.toks[hi].e) <= q.e {
		hi++
	}
	// "dubbed “Gucci Grace”", "known as “Big Tom”": a nickname.
	si := int(m.sent)
	for k, n := lo-1, 0; k >= 0 && n < 8 && d.sentenceOf(k) == si; k, n = k-1, n+1 {
		if d.toks[k].kind == tWord && nicknameCues[d.tokLower(k)] {
			return false
		}
	}
	for k := lo; k < hi; k++ {
		switch t := d.toks[k]; {
		case t.kind == tWord && (t.flags&fCap != 0 || k > lo && d.tokIn(k, inTitleSmallWords)):
		case t.kind == tNum && k > lo:
		case t.kind == tPunct && k == hi-1 && (d.text[t.s] == ',' || d.text[t.s] == '.'):
		default:
			return false
		}
	}
	return true
}

// nicknameCues introduce a nickname in quotes: "dubbed “Gucci Grace”",
// "known as “Big Tom”".
var nicknameCues = setOf("dubbed", "nicknamed", "nickname", "called", "known", "aka", "named", "styled")

// franchiseNouns are the works and franchises a character's name may
// qualify, beside workNounsOfTitles: "the Mario franchise", "the Harry
// Potter films".
var franchiseNouns = setOf("franchise", "games", "films", "movies", "novels", "books", "series", "comics", "comic",
	"cartoon", "cartoons", "saga", "universe", "sequel", "prequel", "spinoff", "spin-off", "character", "characters")

// workModifier reports a name that qualifies a work's noun inside a noun
// phrase a determiner or an adjective opens: "any other Mario game", "a
// third Harry Potter film", "the Pixel Knight games".
func (d *doc) workModifier(m *mention, lo, hi int) bool {
	if m.kind != KindPerson && m.form != formUnknown || m.flags&mPoss != 0 || m.title() != "" || m.role != "" {
		return false
	}
	k := int(m.t1)
	if k >= hi || d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 || !d.adjacent(k-1) {
		return false
	}
	if w := d.tokLower(k); !d.tokIn(k, inWorkNounsOfTitles|inFranchiseNouns) || w == "play" || w == "show" || w == "single" {
		return false
	}
	p := int(m.r0) - 1
	if p < lo || d.toks[p].kind != tWord || d.toks[p].flags&fCap != 0 {
		return false
	}
	w := d.tokLower(p)
	return d.tokIn(p, inDeterminers) || w == "other" || w == "new" || w == "latest" || w == "first" ||
		w == "second" || w == "third" || w == "next" || w == "last" || w == "original" || w == "classic"
}

// isVersionWord reports a version tag written after a name: "v2", "v10.1".
func isVersionWord(w string) bool {
	if len(w) < 2 || w[0] != 'v' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '.' {
			return false
		}
	}
	return true
}

// markArtefacts turns into things the names the article sets beside a
// made thing's noun (artefactContext): a game, an app, a release. A name
// the gazetteer knows, or one that speaks, stays an actor.
func (d *doc) markArtefacts() {
	// One walk over the mentions in the article's order, not entity by
	// entity: what each mention asks of the tokens around it is then read
	// in order, which a long article's token tables, larger than the
	// processor's cache, need. Each entity's mentions are still read in
	// its own order, as far as the first that keeps it an actor.
	type seen struct {
		artefact int
		acts     bool
		done     bool
	}
	st := make([]seen, len(d.ents))
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || m.form == formPronoun || m.form == formDesc {
			continue
		}
		s := &st[m.ent]
		if e := d.ents[m.ent]; s.done || e.kind == KindCountry || e.kind == KindGroup {
			continue
		}
		if m.form < formPerson || m.title() != "" || d.speaks(int(m.t1), d.sentTokHi(int(m.sent))) {
			s.artefact, s.done = 0, true
			continue
		}
		s.artefact = max(s.artefact, d.artefactContext(m))
		s.acts = s.acts || d.mentionActs(m)
	}
	for ei, e := range d.ents {
		if e.kind == KindCountry || e.kind == KindGroup || len(e.ments) == 0 {
			continue
		}
		if s := st[ei]; s.artefact == 2 || s.artefact == 1 && !s.acts {
			e.term, e.kind = true, KindOther
		}
	}
}

// sentTokHi returns the end of the tokens of sentence si.
func (d *doc) sentTokHi(si int) int { return int(d.sentTok[si+1]) }
