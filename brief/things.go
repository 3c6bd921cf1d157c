package brief

import "strings"

// Things named like actors, told by how the article uses the name rather
// than by the name: a vessel ("aboard the Kestrel", "the Marigold left
// port"), a character of a work ("players guide Zelda through…", "the
// character Max Rivers"), a word of a work's title ("the 2012 book La Nuit
// et le Jour"), a market named after a body ("Treasury yields", "Brent
// crude") and a practice ("adopt DevSecOps", "DevSecOps teams").

// vesselNouns name craft that carry people: "the tanker Ocean Pride", "the
// schooner Halcyon". A name right after one is the craft's.
var vesselNouns = setOf("ship", "vessel", "boat", "yacht", "ferry", "tanker", "freighter", "trawler", "schooner",
	"liner", "barge", "tug", "tugboat", "dinghy", "catamaran", "sloop", "ketch", "cutter", "frigate", "destroyer",
	"warship", "submarine", "icebreaker", "dredger", "steamer", "steamship", "galleon", "junk",
	"lifeboat", "cruiser", "corvette", "gunboat", "minesweeper", "airliner", "jet", "plane", "aircraft",
	"helicopter", "airship", "balloon", "spacecraft", "capsule", "rocket", "train", "locomotive", "bus", "car",
	"truck", "lorry", "van", "limousine", "longliner", "seiner", "whaler", "trimaran", "skiff", "dhow",
	"hovercraft", "hydrofoil")

// craftParts are the crew and the parts of a craft, said of "the X":
// "the crew of the Sea Lark", "the Halcyon's hull". The captain and the
// skipper are a team's too ("the captain of the Harbour Hawks"): only a
// name that is no plural takes them.
var craftParts = setOf("crew", "crews", "hull", "deck", "decks", "wheelhouse", "keel", "bow", "stern", "mast",
	"masts", "propeller", "rudder", "hold", "holds", "anchor", "lifeboats", "engine-room", "skipper", "captain")

// craftPartOf reports a craft's part or crew word w said of mention m:
// any of craftParts, but the captain or skipper only of a name that is no
// plural ("the Harbour Hawks").
func (d *doc) craftPartOf(w string, m *mention) bool {
	if !craftParts[w] {
		return false
	}
	if w == "captain" || w == "skipper" || w == "crew" {
		last := d.tokLower(int(m.t1) - 1)
		for _, poss := range []string{"'s", "’s", "'", "’"} {
			last = strings.TrimSuffix(last, poss)
		}
		return !strings.HasSuffix(last, "s")
	}
	return true
}

// craftParticiples follow a craft's noun that heads its phrase: "a
// longliner built in Norway", "a trawler carrying 40 tonnes".
var craftParticiples = setOf("built", "run", "owned", "bought", "sold", "made", "known", "carrying", "flying",
	"bound", "operating", "crewed", "skippered", "captained", "chartered")

// craftCopula reports "the X is a 40-metre longliner", "the X was a
// fishing boat", "the X, a 150-foot longliner,", "the X, one of four
// century-old wooden schooners": a form of "be" or a comma at token k, "a"
// or "an" (or "one of" and a plural), up to five words, figures or
// hyphens, and a craft's noun that heads its phrase (not "a bus company"),
// but no asset that acts for whoever operates it (assetNouns: "a
// frigate").
func (d *doc) craftCopula(k, hi int) bool {
	if k+2 >= hi || !isBe(d.tokLower(k)) && (d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',') {
		return false
	}
	start, plural := k+2, false
	switch {
	case d.tokLower(k+1) == "a" || d.tokLower(k+1) == "an":
	case d.tokLower(k+1) == "one" && d.tokLower(k+2) == "of":
		// "one of four wooden schooners", "one of the last trawlers".
		start, plural = k+3, true
		if start < hi && d.tokLower(start) == "the" {
			start++
		}
	default:
		return false
	}
	for j, n := start, 0; j < hi && n < 6; j, n = j+1, n+1 {
		tk := d.toks[j]
		if tk.kind == tNum || tk.kind == tPunct && d.text[tk.s] == '-' {
			continue
		}
		if tk.kind != tWord || tk.flags&fCap != 0 || d.lex[j]&lexFunction != 0 {
			return false
		}
		w := d.tokLower(j)
		if plural {
			// Only the plural heads the phrase ("one of three ferry
			// operators" is no craft).
			if w = craftSingular(w); w == d.tokLower(j) {
				continue
			}
		}
		if vesselNouns[w] {
			if assetNouns[w] {
				return false // "the HMS Tern, a guided missile frigate, would be on the scene": for its navy
			}
			// The craft's noun heads the phrase: what follows is no noun
			// it qualifies ("a ferry operator", "a boat builder").
			if !plural && j+1 < hi && d.toks[j+1].kind == tWord && d.toks[j+1].flags&fCap == 0 {
				nx := d.tokLower(j + 1)
				return d.lex[j+1]&lexFunction != 0 || isPreposition(nx) || strings.HasSuffix(nx, "ed") || craftParticiples[nx]
			}
			return true
		}
	}
	return false
}

// craftSingular returns the singular of a craft's plural noun ("schooners",
// "ferries", "dinghies"), else w itself.
func craftSingular(w string) string {
	for _, s := range []struct{ pl, sg string }{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if b, ok := strings.CutSuffix(w, s.pl); ok && vesselNouns[b+s.sg] {
			return b + s.sg
		}
	}
	return w
}

// vesselVerbs are what only craft do, said of "the X": "the Marigold
// docked", "the Kestrel ran aground", "the Marigold left port".
var vesselVerbs = setOf("docked", "docks", "berthed", "berths", "moored", "capsized", "capsizes", "sank", "sunk",
	"sinks", "sailed", "sails", "aground", "anchored", "foundered", "listing", "steamed", "taxied", "ditched")

// vesselPhrases are two-word uses of craft: "left port", "set sail".
var vesselPhrases = map[[2]string]bool{
	{"left", "port"}: true, {"leaves", "port"}: true, {"set", "sail"}: true, {"sets", "sail"}: true,
	{"put", "to"}: true, {"ran", "aground"}: true, {"run", "aground"}: true,
	{"went", "aground"}: true, {"came", "alongside"}: true,
}

// vesselContext reports a mention used as a craft's name: after "aboard"
// or "on board" ("aboard the Kestrel"), right after a craft's noun ("the
// cargo ship Saffron Star"), or as "the X" followed by what only craft do
// ("the Marigold left port", "the Kestrel had run aground").
func (d *doc) vesselContext(m *mention, lo, hi int) bool {
	t0, t1 := int(m.r0), int(m.t1)
	p := t0 - 1
	the := p >= lo && d.toks[p].kind == tWord && d.tokLower(p) == "the"
	if the {
		p--
	}
	// The name ends its noun phrase: "aboard AirAsia Flight 8501" is
	// aboard the flight, of the airline.
	ends := func() bool {
		return t1 >= hi || d.toks[t1].kind == tPunct || d.toks[t1].kind == tWord && d.toks[t1].flags&fCap == 0 && !d.modifierUse(m)
	}
	if p >= lo && d.toks[p].kind == tWord && d.toks[p].flags&fCap == 0 {
		switch w := d.tokLower(p); {
		case w == "aboard" && ends():
			return true
		case w == "board" && p-1 >= lo && d.tokLower(p-1) == "on" && ends():
			return true
		case d.tokIn(p, inVesselNouns) && !the && p-1 >= lo && d.toks[p-1].kind == tWord &&
			(d.tokIn(p-1, inDeterminers) || d.toks[p-1].flags&fCap == 0 && d.lex[p-1]&lexFunction == 0):
			return true // "the cargo ship Saffron Star", "its ferry Northern Lark"
		case w == "of" && the && p-1 >= lo && d.toks[p-1].kind == tWord && d.craftPartOf(d.tokLower(p-1), m) &&
			(ends() || d.toks[t1].kind == tWord && d.toks[t1].flags&fCap == 0 && (d.lex[t1]&lexFunction != 0 ||
				isBe(d.tokLower(t1)) || isAuxiliary(d.tokLower(t1)) || isAdverb(d.tokLower(t1)))):
			return true // "the crew of the Sea Lark", "the hull of the Kittiwake"
		}
	}
	if !the {
		return false
	}
	// "the Sea Lark's crew", "the Halcyon is a 40-metre longliner", "the
	// Polaris, a 150-foot longliner,".
	if m.flags&mPoss != 0 && t1 < hi && d.toks[t1].kind == tWord && d.toks[t1].flags&fCap == 0 &&
		d.craftPartOf(d.tokLower(t1), m) {
		return true
	}
	if t1 < hi && d.craftCopula(t1, hi) {
		return true
	}
	// "the Marigold docked", "the Kestrel had run aground", "the Northern
	// Lark was moored", "the Aurora Star will carry 900 passengers".
	for k, n := t1, 0; k < hi && n < 3 && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0; k, n = k+1, n+1 {
		w := d.tokLower(k)
		if vesselVerbs[w] || d.loadCapacity(m, k, hi) {
			return true
		}
		if k+1 < hi && vesselPhrases[[2]string{w, d.tokLower(k + 1)}] && (w != "put" || d.tokLower(k+2) == "sea") {
			return true
		}
		if !isAuxiliary(w) && !isBe(w) && !isAdverb(w) {
			break
		}
	}
	return false
}

// loadVerbs tell what a craft takes on board: "will carry 900
// passengers", "seats 220 people".
var loadVerbs = setOf("carry", "carries", "carried", "seat", "seats", "seated", "accommodate", "accommodates",
	"sleep", "sleeps", "hold", "holds")

// loadNouns are what a craft carries, counted: "900 passengers", "300
// cars", "40 tonnes".
var loadNouns = setOf("passengers", "people", "cars", "vehicles", "containers", "tonnes", "tons", "crew",
	"guests", "troops", "lorries", "trucks", "seats", "teu", "barrels", "cabins", "berths")

// loadCapacity reports a craft's load told at token k after the name of
// m: a verb of load, a figure and what it counts ("the Aurora Star will
// carry 900 passengers"). A name that ends in a body's word ("the
// Harbour Authority") or a trade is a body, whatever it carries.
func (d *doc) loadCapacity(m *mention, k, hi int) bool {
	if !loadVerbs[d.tokLower(k)] || k+2 >= hi {
		return false
	}
	last := d.tokLower(int(m.t1) - 1)
	if orgHeads[last] || isTrade(last) {
		return false
	}
	j := k + 1
	if d.tokLower(j) == "up" && d.tokLower(j+1) == "to" || d.tokLower(j) == "as" {
		j += 2 // "up to 900", "as many as"
		if d.tokLower(j-1) == "many" && j < hi {
			j++
		}
	}
	if j+1 >= hi || d.toks[j].kind != tNum && !numberWords[d.tokLower(j)] {
		return false
	}
	return loadNouns[d.tokLower(j+1)]
}

// characterNouns name the people of a work: "the character Max Rivers",
// "the game's heroine Kirra".
var characterNouns = setOf("character", "protagonist", "antagonist", "heroine", "villain", "mascot", "avatar",
	"sidekick", "superhero", "supervillain")

// playerNouns are who steer a game's character: "players guide Zelda".
var playerNouns = setOf("players", "player", "gamers", "gamer")

// characterContext reports a mention used as a character of a work: after
// a character's noun ("the character Max Rivers"), after "play as" ("play
// as Kirra"), or as what players steer ("players guide Zelda through").
func (d *doc) characterContext(m *mention, lo int) bool {
	p := int(m.r0) - 1
	if p < lo || d.toks[p].kind != tWord || d.toks[p].flags&fCap != 0 {
		return false
	}
	w := d.tokLower(p)
	if d.tokIn(p, inCharacterNouns) && (p-1 < lo || d.toks[p-1].kind != tWord || d.toks[p-1].flags&fCap == 0) {
		return true
	}
	if w == "as" && p-1 >= lo {
		switch d.tokLower(p - 1) {
		case "play", "plays", "playing", "played":
			return true
		}
	}
	// "players guide Zelda", "gamers can steer Kirra".
	if d.lex[p]&lexFunction == 0 && !isAuxiliary(w) && !isBe(w) {
		q := p - 1
		for q >= lo && d.toks[q].kind == tWord && (isAuxiliary(d.tokLower(q)) || isAdverb(d.tokLower(q))) {
			q--
		}
		if q >= lo && q < p && d.toks[q].kind == tWord && playerNouns[d.tokLower(q)] {
			return true
		}
	}
	return false
}

// workNounsOfTitles are works whose title follows them: "the 2012 book La
// Nuit et le Jour", "the album Songs for the Drowned Harbour".
var workNounsOfTitles = setOf("book", "novel", "memoir", "film", "movie", "documentary", "album", "song",
	"single", "play", "musical", "opera", "series", "sitcom", "show", "podcast", "poem", "essay", "painting",
	"sculpture", "exhibition", "game", "biography", "autobiography", "anthology", "collection", "story",
	"novella", "trilogy", "thriller", "drama", "comedy", "symphony", "ballet")

// titleSmallWords stand lower case inside a title, in English and the
// languages a title is often cited in: "Songs for the Drowned Harbour",
// "La Nuit et le Jour".
var titleSmallWords = setOf("of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from",
	"et", "le", "la", "les", "de", "du", "des", "el", "los", "las", "y", "und", "der", "die", "das", "von", "di",
	"il", "e", "och", "en", "och", "van", "het")

// titleContext reports a mention that is part of a work's title, not its
// first word: "Jour" in "the 2012 book La Nuit et le Jour", "Kessler
// Bridge" in "the documentary “Water Under Kessler Bridge”". A title's
// first word after the work's noun is artefactContext's; one quoted right
// after it is a title too.
func (d *doc) titleContext(m *mention, lo int) bool {
	p := int(m.r0) - 1
	start := int(m.r0)
	quoted := false
	for n := 0; p >= lo && n < 10; p, n = p-1, n+1 {
		tk := d.toks[p]
		if tk.kind == tQuote {
			quoted = true
			p--
			break
		}
		if tk.kind != tWord || tk.flags&fCap == 0 && !d.tokIn(p, inTitleSmallWords) {
			break
		}
		if tk.flags&fCap != 0 {
			start = p
		}
	}
	if !quoted && start == int(m.r0) {
		return false
	}
	if p < lo || d.toks[p].kind != tWord || d.toks[p].flags&fCap != 0 || !workNounsOfTitles[d.tokLower(p)] {
		return false
	}
	// The first word after the noun opens the title: "the book La Nuit…".
	return quoted || d.toks[p+1].flags&fCap != 0
}

// instrumentNouns are financial instruments and markets named after a body
// or a benchmark: "Treasury yields", "Brent crude", "Nasdaq futures", and
// the debt a body issues: "Treasury notes", "Treasury securities".
var instrumentNouns = setOf("yields", "yield", "bonds", "bond", "bills", "futures", "crude", "gilts", "swaps",
	"options", "debentures", "warrants", "notes", "note", "securities")

// marketNouns are the market of an instrument named after a body, counted
// with instrumentNouns once the name qualifies one of those: "Treasury
// yields rose and the Treasury market slid", "the Treasury auction".
var marketNouns = setOf("market", "markets", "prices", "rally", "curve", "auction", "auctions", "holdings",
	"selloff", "sell-off", "trading")

// instrumentUse reports an instrument's noun at token k after a name:
// "Treasury notes fell", "sold Treasury securities". A noun that is the
// name's verb, its object or clause after it ("Holm notes that prices
// rose", "the fund yields a return"), is not one.
func (d *doc) instrumentUse(k, hi int) bool {
	if !instrumentNouns[d.tokLower(k)] {
		return false
	}
	if k+1 < hi && d.toks[k+1].kind == tWord {
		if w := d.tokLower(k + 1); w == "that" || w == "how" || w == "what" || d.tokIn(k+1, inDeterminers) || possPronouns[w] {
			return false
		}
	}
	return true
}

// postWords tell what is put on a platform, or putting it there, before
// "on X": "posted on Chirper", "in a post on Chirper", "shared a video on
// Chirper", "wrote on Chirper".
// Words of a topic or of trading ("remarks on", "shares on") are not
// here.
var postWords = setOf("post", "posts", "posted", "posting", "repost", "reposted", "tweet", "tweets", "tweeted",
	"tweeting", "shared", "sharing", "wrote", "writes", "writing", "message", "messages", "video", "videos", "clip",
	"clips", "photo", "photos", "picture", "pictures", "livestream", "livestreamed", "streamed", "thread",
	"threads", "account", "accounts", "page", "feed", "channel", "profile", "handle", "uploaded", "upload",
	"status", "followers", "hashtag", "comment", "comments", "deleted")

// platformNouns are what a platform's name qualifies as the place of
// posting, after "a" or a possessive: "his Chirper account", "a Chirper
// post".
var platformNouns = setOf("account", "accounts", "page", "feed", "post", "posts", "handle", "profile", "channel",
	"followers", "livestream", "thread", "threads", "hashtag", "bio", "timeline")

// platformUse reports a mention of a platform named only as where
// something was posted: after "on" (or "via", "across") with a word of
// posting shortly before, in the same clause ("a message posted on
// Chirper", "in a post on Chirper", "said on Chirper"), or qualifying the
// place of posting ("his Chirper account").
func (d *doc) platformUse(m *mention, lo, hi int) bool {
	p := int(m.r0) - 1
	if t1 := int(m.t1); t1 < hi && d.toks[t1].kind == tWord && d.toks[t1].flags&fCap == 0 && platformNouns[d.tokLower(t1)] &&
		p >= lo && d.toks[p].kind == tWord && (possPronouns[d.tokLower(p)] || d.indefiniteBefore(int(m.r0))) {
		return true // "her Chirper account", "a Chirper post"; not "the Boeing account" a firm wins
	}
	if p >= lo && d.toks[p].kind == tWord && (possPronouns[d.tokLower(p)] || d.tokLower(p) == "the") {
		p-- // "on his Chirper account"
	}
	if p < lo || d.toks[p].kind != tWord {
		return false
	}
	switch d.tokLower(p) {
	case "on", "via", "across", "onto":
	default:
		return false
	}
	if p-1 >= lo && d.toks[p-1].kind == tWord && d.tokLower(p-1) == "said" {
		return true // "Fenn said on Chirper"
	}
	for k, n := p-1, 0; k >= lo && n < 5 && d.toks[k].kind == tWord; k, n = k-1, n+1 {
		if d.toks[k].flags&fCap == 0 && postWords[d.tokLower(k)] {
			return true
		}
	}
	return false
}

// adoptionVerbs take a practice or method as their object: "adopted
// DevSecOps", "embrace Kaizen".
var adoptionVerbs = setOf("adopt", "adopts", "adopted", "adopting", "embrace", "embraces", "embraced",
	"embracing", "implement", "implements", "implemented", "implementing", "practise", "practises", "practised",
	"practising", "practice", "practices", "practiced", "practicing")

// demoteUsedThings turns into things the names the article uses only as
// things: a market named after a body, every mention of which qualifies a
// financial instrument ("Treasury yields rose", "Brent crude fell"), and
// a practice, adopted and qualifying nouns but never acting ("the bank
// adopted DevSecOps", "DevSecOps teams"). A name that speaks, bears a
// title or a role, or is ever named on its own ("the Treasury said") stays.
func (d *doc) demoteUsedThings() {
	for _, e := range d.ents {
		if e.kind != KindOrganization && e.kind != KindPerson || len(e.ments) == 0 {
			continue
		}
		instrument, market, adopted, posted, mods, other := 0, 0, 0, 0, 0, false
		for _, mi := range e.ments {
			m := &d.ments[mi]
			if m.form == formPronoun || m.form == formDesc {
				continue
			}
			if m.title() != "" || m.role != "" || m.flags&mPoss != 0 {
				other = true
				break
			}
			k := int(m.t1)
			next := ""
			if k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 && d.sentenceOf(k) == int(m.sent) {
				next = d.tokLower(k)
			}
			switch p := int(m.r0) - 1; {
			case next != "" && d.instrumentUse(k, d.sentTokHi(int(m.sent))):
				instrument++
			case marketNouns[next]:
				market++
			case p >= 0 && d.toks[p].kind == tWord && d.toks[p].flags&fCap == 0 && adoptionVerbs[d.tokLower(p)]:
				adopted++
			case e.kind == KindOrganization && d.platformUse(m, int(d.sentTok[m.sent]), d.sentTokHi(int(m.sent))):
				posted++ // "a message posted on Chirper"
			case next != "" && d.modifierUse(m) && !isPersonNoun(next) && !staffHeads[next] && !titleHeads[next] &&
				!d.personVerbAfter(m):
				mods++ // "DevSecOps teams"
			default:
				other = true
			}
			if other {
				break
			}
		}
		if !other && (adopted > 0 || instrument > 0 && mods == 0 || posted > 0 && mods+market == 0) {
			e.term, e.kind = true, KindOther
		}
	}
}

// modelToken reports a word that ends a product's name as its model: one
// capital letter ("Novaplay Z", "Xbox One X") or a short code of letters
// and figures ("Brixa X2", "Boxton 2S"), no Roman numeral ("John Paul
// II" is a pope).
func modelToken(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z' && w != "I"
	}
	if len(w) > 5 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letters++
		default:
			return false
		}
	}
	return letters > 0 && digits > 0
}

// demoteModelNames turns into things the names of products told by a model
// token at their end ("the Novaplay Z", "the Brixa X2") that the article
// writes as things: "the" or "a" right before the name, which heads its
// phrase ("the Novaplay Z loaded games", not "the Jay Z concert"). A name
// that opens with a given name ("Malcolm X"), or with anything of a
// person's or a body's (a pronoun, title, role, gender, possessive, a verb
// of saying: speakerEvidence) stays an actor.
func (d *doc) demoteModelNames() {
	for _, e := range d.ents {
		if e.kind != KindPerson && e.kind != KindOrganization || len(e.ments) == 0 || e.gender != genderUnknown {
			continue
		}
		if !moreFields(e.name, 1) || !modelToken(lastField(e.name)) || d.g.isGivenName(firstField(e.name)) {
			continue
		}
		thing := false
		for _, mi := range e.ments {
			m := &d.ments[mi]
			if m.form == formDesc || m.form == formPronoun || m.flags&mPoss != 0 {
				continue
			}
			p := int(m.r0) - 1
			if p >= 0 && d.toks[p].kind == tWord && (d.tokLower(p) == "the" || d.indefiniteBefore(int(m.r0))) &&
				!d.modifierUse(m) {
				thing = true
				break
			}
		}
		if thing && !d.speakerEvidence(e) {
			e.term, e.kind = true, KindOther
		}
	}
}
