package brief

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one reference to an actor: a name, a short form, a demonym, a
// pronoun or a description.
type mention struct {
	sent   int32
	t0, t1 int32 // the name's tokens [t0, t1)
	r0     int32 // first token of the title or role before the name
	ent    int32 // the entity it refers to; -1 until resolved
	// The small fields come before the strings, so that the mention takes
	// no padding and the fields most rules read share a cache line.
	form   uint8
	gender int8
	flags  uint8
	kind   ActorKind
	role   string
	// key is the canonical name for gazetteer hits, else the name as written
	// (without title or possessive).
	key string
	// cold holds the fields few mentions have (title, nick, gkey; nil
	// when all are empty): apart, they leave the mention 80 bytes instead
	// of 120, and the passes over every mention read a third less memory.
	// It is shared by the copies of a mention, and never changed: the
	// setters make a new one.
	cold *mentionCold
}

// mentionCold holds the fields of a mention that few mentions have.
type mentionCold struct {
	// title is an honorific or title written before the name ("Mr", "President").
	title string
	// nick is a nickname quoted inside the name (Tomas “Tomi” Varga).
	nick string
	// gkey is the key of a group mention (see groupKey).
	gkey string
}

// title returns the honorific or title written before the name ("Mr",
// "President"), or "".
func (m *mention) title() string {
	if m.cold == nil {
		return ""
	}
	return m.cold.title
}

// nick returns the nickname quoted inside the name (Tomas “Tomi” Varga),
// or "".
func (m *mention) nick() string {
	if m.cold == nil {
		return ""
	}
	return m.cold.nick
}

// gkey returns the key of a group mention (see groupKey), or "".
func (m *mention) gkey() string {
	if m.cold == nil {
		return ""
	}
	return m.cold.gkey
}

// setCold gives m the cold fields c (none when all are empty).
func (m *mention) setCold(c mentionCold) {
	if c == (mentionCold{}) {
		m.cold = nil
		return
	}
	cold := new(mentionCold) // made here only: c itself stays on the stack
	*cold = c
	m.cold = cold
}

// setTitle sets the title of m.
func (m *mention) setTitle(t string) {
	c := mentionCold{}
	if m.cold != nil {
		c = *m.cold
	}
	c.title = t
	m.setCold(c)
}

// coldNick returns the cold fields of a mention with the nickname (or
// epithet's age) n alone.
func coldNick(n string) *mentionCold {
	if n == "" {
		return nil
	}
	return &mentionCold{nick: n}
}

// coldGKey returns the cold fields of a group mention of key k.
func coldGKey(k string) *mentionCold {
	if k == "" {
		return nil
	}
	return &mentionCold{gkey: k}
}

// setNick sets the nickname of m.
func (m *mention) setNick(n string) {
	c := mentionCold{}
	if m.cold != nil {
		c = *m.cold
	}
	c.nick = n
	m.setCold(c)
}

// More mention forms (after the gazetteer's).
const (
	formPerson  uint8 = 10 + iota // a person's name
	formOrg                       // an organisation's name
	formUnknown                   // a capitalised name of unknown sort
	formPronoun                   // he, she, his, her
	formDesc                      // a description: "the president"
	formGroup                     // a group named by a common noun: "federal prosecutors"
	// formShared is a bare surname that two people named in full share
	// ("Tane" after "Hori Tane" and "Rewi Tane") where nothing close
	// decides which: it refers to no one (see sharedSurname).
	formShared
)

// Mention flags.
const (
	mInQuote  uint8 = 1 << iota // inside a direct quote
	mLocative                   // after a locative preposition: "in Ukraine"
	mAdj                        // a demonym used as an adjective: "British imports"
	mPoss                       // possessive: "Britain's"
	mSubject                    // the first actor of its clause, before its verb
	mLead                       // in the first paragraphs
	mShape                      // an organisation only by its shape: a short word in capitals ("NWRA")
	mDropped                    // a group or body that does not matter, detached (dropMinorGroups)
)

// entity is one actor of an article, with all its mentions.
type entity struct {
	name   string
	kind   ActorKind
	role   string
	gender int8
	forms  formCounts
	// for people: the name's tokens, lower-cased ("keir", "starmer")
	first, last string
	ments       []int32
	pronouns    int
	quotes      int
	commits     int
	disputes    int
	acts        int // its acting roles (Actor.Acts), counted by scoreEntities
	firstSent   int
	score       float64
	// term is set for a name nothing is known of that never acts (see
	// markTerms): a thing, not an actor, unless it speaks or takes part.
	term bool
	// common is set for a group named by a common noun ("regulators").
	common bool
	// own is set for the article's own outlet and authors (markOwn): they
	// report the story and are no actors in it.
	own bool
	// key is nameKey(keyOf), cached (see entity.nameKey).
	key, keyOf string
	// sort is what sort of body the organisation is (orgSortOf), worked
	// out for the name sortOf and sortForms forms; sortSet once it is.
	sort      orgSort
	sortOf    string
	sortForms int
	sortSet   bool
}

// findMentions finds the names in every sentence.
func (d *doc) findMentions() {
	d.byTok = zeroed(d.scratch().byTok, len(d.toks))
	if d.ments == nil {
		// About one mention for two capitalised words, on news: room made
		// once rather than by growing, in the array the last article's
		// mentions left in the pool when it is large enough.
		caps := 0
		for _, t := range d.toks {
			if t.flags&fCap != 0 {
				caps++
			}
		}
		d.ments = emptyCap(d.scratch().ments, caps/2+8)
	}
	skip := d.chromeSentences()
	credits := d.mayHoldCredits()
	for si := 0; si+1 < len(d.sentTok); si++ {
		if skip[si] {
			continue
		}
		lo, hi := d.sentRange(si)
		if credits[si] {
			hi = d.beforePictureCredit(si, lo, hi)
		}
		headline := d.isHeadlineSentence(lo, hi)
		heading := d.headingSent(si)
		for i := lo; i < hi; {
			t := d.toks[i]
			if t.kind == tWord && (t.flags&fCap == 0 || t.flags&fStart != 0) {
				w := d.tokLower(i)
				if epithetDeterminer(w) {
					if n := d.matchEpithet(i, hi, si); n > 0 {
						i += n
						continue
					}
				}
				if w == "the" || w == "this" {
					if n := d.matchDescription(i, hi, si); n > 0 {
						i += n
						continue
					}
				}
			}
			if t.kind == tWord && d.lem[i] != 0 && (t.flags&fCap == 0 || t.flags&fStart != 0 || d.afterOpener(i)) {
				if endsAgent(d.lem[i]) && d.matchGroup(i, lo, si) > 0 {
					i++
					continue
				}
			}
			// A lower-case word with an inner hyphen: "al-Khatib".
			if t.kind == tWord && t.flags&(fCap|fHyphen) == fHyphen && d.articleSurname(i) {
				d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + 1), r0: int32(i), ent: -1,
					kind: KindPerson, form: formPerson, key: d.tokText(i)})
				i++
				continue
			}
			if t.kind != tWord || (t.flags&fCap == 0 && !d.isPronoun(i)) || t.e-t.s == 1 && !d.isPronoun(i) ||
				isFirstPersonI(d.tokText(i)) {
				i++
				continue
			}
			if d.isPronoun(i) {
				d.addPronoun(i, si)
				i++
				continue
			}
			if n := d.postNominalsAt(i, hi); n > 0 {
				i += n // "Priya Raman KC": the letters after a name
				continue
			}
			if heading && d.headingOpener(i, hi) {
				i++ // "Shoppers stranded in the city centre"
				continue
			}
			if n := d.matchName(i, hi, si, headline); n > 0 {
				i += n
				continue
			}
			i++
		}
	}
	d.nameCountryBodies()
}

// nameCountryBodies gives a body every country has, named by its short
// name before the article names it with its country ("The High Court
// ruled… The High Court of Kenya had refused bail"), the long name: the
// two are one court. With two countries' courts named, the short name
// stays.
func (d *doc) nameCountryBodies() {
	if len(d.countryBodies) == 0 && len(d.circuits) == 0 {
		return
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		if key := d.circuits[m.key]; key != "" {
			// "the full Ninth Circuit" after "the US Court of
			// Appeals for the Ninth Circuit": one court.
			m.kind, m.key, m.form = KindOrganization, key, formOrg
			continue
		}
		if m.kind != KindOrganization || m.form != formName || !genericBodies[m.key] {
			continue
		}
		if key := d.countryBodies[m.key]; key != "" {
			m.key, m.form = key, formOrg
		}
	}
}

// chromeSentences marks sentences that are page furniture, not prose: photo
// credits, the byline, "sign up" boxes, all-capital lines. Only the
// sentences that open with a byte of furnitureFirst are read for the
// openings of furniture and credits, and only those that hold one of
// furnitureMarkers (furnitureMarks) for what they hold: a sentence is read
// for each of them no more. The others are read as their piece of
// d.lower, not lowered again (see furnitureMarks).
func (d *doc) chromeSentences() []bool {
	skip := make([]bool, len(d.a.Sentences))
	byline := strings.ToLower(d.a.Byline)
	marks := d.furnitureMarks()
	for si := range d.a.Sentences {
		s := d.a.SentenceText(si)
		lo, hi := d.sentRange(si)
		words, caps, lowers := 0, 0, 0
		for i := lo; i < hi && words < 30; i++ {
			if d.toks[i].kind == tWord {
				words++
				if d.toks[i].flags&fAllCaps != 0 {
					caps++
				} else if d.toks[i].flags&fCap == 0 {
					lowers++
				}
			}
		}
		if words >= 30 {
			continue // page furniture is short
		}
		ls := d.furnitureLower(si, marks)
		switch {
		case d.stampSent(si):
			skip[si] = true // a live page's entry stamp: "12.50 GMT · Jane Doe"
		case d.head() && si < 4 && words <= 14 && isBylineText(s):
			skip[si] = true // a byline: "By Laura Kenning, Political Correspondent"
		case words > 0 && caps*2 > words && words < 15:
			skip[si] = true
		case ls != "" && furnitureFirst[ls[0]] && (creditLineOpening(ls) || words < 25 && furnitureOpening(ls)):
			skip[si] = true // "(Reporting by …; Editing by …)", "© 2026 Tarrow Herald", "Sign up …"
		case marks[si] && (creditLineThanks(ls) || words < 25 && furnitureHolding(ls)):
			skip[si] = true // "… contributed to this report", "(Tom Brill/Tarrow Herald)", "… All rights reserved"
		case byline != "" && words < 30 && lowers > 0 && strings.Contains(ls, " is a ") &&
			strings.Contains(byline, strings.ToLower(firstWords(s, 2))) && (strings.Contains(ls, "reporter") || strings.Contains(ls, "writer") ||
			strings.Contains(ls, "editor") || strings.Contains(ls, "correspondent") || strings.Contains(ls, "journalist")):
			skip[si] = true // the author's note at the end
		case words > 0 && lowers == 0 && words < 8 && d.a.Paragraphs[d.a.Sentences[si].Para].Count == 1 &&
			!strings.ContainsAny(s, ".!?\u201D\"") && d.isCaptionLike(si):
			skip[si] = true
		}
	}
	// The author's note and print credits that close a page: "Nelson D.
	// Schwartz has covered economics since 2012. … A version of this
	// article appears in print on Page A1".
	for si := max(0, len(d.a.Sentences)-10); d.tail && si < len(d.a.Sentences); si++ {
		if moreFields(d.a.SentenceText(si), 30) {
			continue
		}
		ls := d.furnitureLower(si, marks)
		if strings.Contains(ls, "a version of this article appears") || strings.HasPrefix(ls, "@") ||
			d.startsWithName(si) && authorNote(d.afterLeadingName(si)) ||
			d.a.Sentences[si].Para == d.a.Sentences[len(d.a.Sentences)-1].Para && d.startsWithName(si) &&
				columnNote(d.afterLeadingName(si)) {
			for k := si; k < len(d.a.Sentences); k++ {
				skip[k] = true
			}
			break
		}
	}
	return skip
}

// furnitureLower is the lower-case text of sentence si that
// chromeSentences reads, marks being furnitureMarks: the sentence's piece
// of d.lower, or, for a marked sentence, the sentence lowered as
// strings.ToLower does: photoCredit, which needs a slash, reads the length
// of the lowered line, and a text furnitureMarks cannot read in d.lower
// has every sentence marked.
func (d *doc) furnitureLower(si int, marks []bool) string {
	st := d.a.Sentences[si].Start
	if marks[si] {
		return d.lowerOf(d.a.SentenceText(si), st)
	}
	return d.lower[st:d.a.Sentences[si].End]
}

// furnitureOpening reports a line of a caption's or a page's furniture
// told by how it opens, ls the lower-case text of a line of fewer than 25
// words: a picture's credit ("Photo: …", "(Photo by …"), a copyright line
// ("\u00a9 2026 Tarrow Herald"), a box ("Sign up …", "Follow us on …",
// "Read more"). Only a line that opens with a byte of furnitureFirst is
// asked: an opening added here needs its first byte there.
func furnitureOpening(ls string) bool {
	return strings.HasPrefix(ls, "photo:") ||
		strings.HasPrefix(ls, "photograph:") || strings.HasPrefix(ls, "image:") || strings.HasPrefix(ls, "credit:") ||
		strings.HasPrefix(ls, "picture:") ||
		strings.HasPrefix(ls, "(photo") || strings.HasPrefix(ls, "follow him") || strings.HasPrefix(ls, "follow her") ||
		strings.HasPrefix(ls, "follow us") || strings.HasPrefix(ls, "sign up") || strings.HasPrefix(ls, "read more") ||
		(strings.HasPrefix(ls, "follow ") || strings.HasPrefix(ls, "find ")) && onSocialSite(ls) ||
		strings.HasPrefix(ls, "related:") || strings.HasPrefix(ls, "advertisement") ||
		strings.HasPrefix(ls, "powered by") || strings.HasPrefix(ls, "sponsored") || strings.HasPrefix(ls, "click here") ||
		strings.HasPrefix(ls, "\u00a9") || strings.HasPrefix(ls, "(c) ") || strings.HasPrefix(ls, "copyright ")
}

// furnitureHolding reports a line of a caption's or a page's furniture told
// by what it holds, ls the lower-case text of a line of fewer than 25
// words: an agency's credit ("… /AFP", "Getty Images", "(Tom Brill/Tarrow
// Herald)"), a copyright line ("… All rights reserved"). Only a line that
// holds one of furnitureMarkers is asked: a test added here needs its
// marker there.
func furnitureHolding(ls string) bool {
	return strings.Contains(ls, "getty images") ||
		hasSlash(ls) && (strings.Contains(ls, "/afp") || strings.Contains(ls, "/ap ")) ||
		hasSlash(ls) && (strings.Contains(ls, "/reuters") || strings.Contains(ls, "/getty") || strings.Contains(ls, "/epa")) ||
		strings.Contains(ls, "all rights reserved") || photoCredit(ls)
}

// furnitureMarkers are pieces of what furnitureHolding and
// creditLineThanks look for anywhere in a line: "/" for the agencies after a
// slash and photoCredit's, "ghts reserved" for "all rights reserved",
// "buted" for "contributed". Each opens with a byte text seldom holds,
// which a search of the whole text skips to fastest.
var furnitureMarkers = [...]string{"/", "getty images", "ghts reserved", "buted"}

// furnitureFirst tells the bytes the lines furnitureOpening and
// creditLineOpening accept open with: the first letters of their openings
// ("photo:", "sign up", "reporting by"), the brackets and space
// creditLineOpening steps over, and the first byte of "\u00a9".
var furnitureFirst = func() (t [256]bool) {
	for _, c := range []byte("acefiprsw([ \xc2") {
		t[c] = true
	}
	return t
}()

// furnitureMarks marks the sentences whose lower-case text holds one of
// furnitureMarkers, searching d.lower once for each. A text that holds a
// letter strings.ToLower lowers to an ASCII letter ("\u0130", the Kelvin
// sign "\u212A", found by its last two bytes, which few texts hold),
// which may make a marker or an opening that d.lower does not hold, has
// every sentence marked. Elsewhere a sentence and its piece of d.lower
// hold the same ASCII words, however strings.ToLower lowers the rest.
func (d *doc) furnitureMarks() []bool {
	marked := make([]bool, len(d.a.Sentences))
	if strings.Contains(d.text, "\u0130") || strings.Contains(d.text, "\u212a"[1:]) {
		for si := range marked {
			marked[si] = true
		}
		return marked
	}
	for _, m := range furnitureMarkers {
		markHolders(marked, d.a.Sentences, d.lower, m)
	}
	return marked
}

// markHolders marks the sentences sents of text that hold m, searching
// text once, many bytes at a time, and stepping over the rest of a
// sentence once it is marked.
func markHolders(marked []bool, sents []Sentence, text, m string) {
	si := 0
	for from := 0; from < len(text) && si < len(sents); {
		i := strings.Index(text[from:], m)
		if i < 0 {
			break
		}
		at := from + i
		for si < len(sents) && sents[si].End < at+len(m) {
			si++
		}
		from = at + 1
		if si < len(sents) && sents[si].Start <= at {
			marked[si] = true
			from = max(from, sents[si].End)
		}
	}
}

// beforePictureCredit is the end of sentence si's tokens (lo, hi) without
// the picture credit a caption may end with: "A booster on the pad.
// (Velmoran Space Agency photo via AP)", "Clouds over the coast. Image:
// Corvane Weather Office". The names in such a credit are the picture's
// source, not the story's actors; a name the story also gives elsewhere
// is found there.
func (d *doc) beforePictureCredit(si, lo, hi int) int {
	if hi-lo < 3 || hi-lo > 60 {
		return hi
	}
	st := d.a.Sentences[si].Start
	s := d.a.SentenceText(si)
	at := pictureCreditAt(s, d.lowerOf(s, st))
	if at < 0 {
		return hi
	}
	for i := lo; i < hi; i++ {
		if int(d.toks[i].s) >= st+at {
			return i
		}
	}
	return hi
}

// creditMarks are the marks a credit pictureCreditAt reads holds when
// it holds no word creditWord accepts: a slash, a colon, a bracket or
// "©".
var creditMarks = [...]string{"/", ":", "(", "\u00a9"}

// creditWord reports whether a lower-case word may open a credit: one
// beginning "photo", or "courtesy", "image", "picture", "illustration"
// ("Courtesy of …", "Image by …"). A switch, not a set: it is asked of
// every word of five letters or more.
func creditWord(w string) bool {
	switch w[0] {
	case 'p':
		return strings.HasPrefix(w, "photo") || w == "picture" || w == "pictures"
	case 'c':
		return w == "courtesy"
	case 'i':
		return w == "image" || w == "images" || w == "illustration"
	}
	return false
}

// mayHoldCredits marks the sentences that hold one of creditMarks or a
// word that opens a credit ("Photo", "Photographs", "Courtesy", "Image"), the only
// ones beforePictureCredit need read. It searches the whole text once
// for each mark, many bytes at a time, stepping over the rest of a
// sentence once it is marked, and looks at the first letter of each
// word: a search of each sentence for each mark and word cost 5% of the
// engine on news.
func (d *doc) mayHoldCredits() []bool {
	marked := make([]bool, len(d.a.Sentences))
	for _, m := range creditMarks {
		markHolders(marked, d.a.Sentences, d.a.Text, m)
	}
	for i, t := range d.toks {
		if t.kind != tWord || t.e-t.s < 5 {
			continue
		}
		if creditWord(d.low[i]) {
			marked[d.tokSent[i]] = true
		}
	}
	return marked
}

// creditOpeners are how a picture's credit opens.
var creditOpeners = []string{"photo:", "photos:", "photo by ", "photos by ", "photograph:", "photograph by ",
	"photographs by ", "image:", "images:", "image by ", "picture:", "pictures:", "picture by ", "credit:",
	"photo credit:", "image credit:", "courtesy of ", "\u00a9", "(c) ", "illustration:", "illustration by "}

// creditFirst tells the bytes the openers of creditOpeners open with.
var creditFirst = func() (t [256]bool) {
	for _, o := range creditOpeners {
		t[o[0]] = true
	}
	return t
}()

// pictureAgencies are the picture desks a credit names after a slash
// ("Kessa Linnard/Reuters") or with "via" ("… photo via AP").
var pictureAgencies = setOf("ap", "reuters", "afp", "getty images", "getty", "epa", "epa-efe", "shutterstock", "alamy",
	"pa", "pa images", "pa wire", "anadolu", "xinhua", "bloomberg", "ap photo", "afp via getty images", "sipa", "zuma")

// pictureCreditAt is where, in a caption's lower-case text, the picture
// credit it ends with starts, or -1: a last bracket that holds only a
// credit ("(Photo: …)", "(… photo via AP)", "(Kessa Linnard/Reuters)"),
// or a credit after the caption's full stop (". Photo by …", ". Image:
// …", ". Courtesy of …", ". © …"). A whole line that is a credit is page
// furniture already (chromeSentences).
func pictureCreditAt(s, ls string) int {
	if len(ls) != len(s) {
		return -1 // lowering changed the bytes: offsets would not match
	}
	t := strings.TrimRight(ls, ". ")
	if n := len(t); n > 2 && (t[n-1] == ')' || t[n-1] == ']') {
		open := strings.LastIndexAny(t, "([")
		if open >= 0 && pictureCredit(strings.TrimSpace(s[open+1:n-1]), strings.TrimSpace(t[open+1:n-1])) {
			return open
		}
	}
	// Where a full stop, question or exclamation mark is followed by a
	// space inside the caption: the few places a credit may start after
	// one, found in one pass rather than by a search for each opener.
	// Only a stop followed by a byte an opener opens with
	// (creditFirst) may start one; a caption with none of these, and
	// not opening with such a byte, has no credit.
	var stops [8]int
	seps := stops[:0]
	for k := 1; k+2 < len(t); k++ {
		if (t[k] == '.' || t[k] == '?' || t[k] == '!') && t[k+1] == ' ' && creditFirst[t[k+2]] {
			seps = append(seps, k)
		}
	}
	if len(seps) == 0 && (t == "" || !creditFirst[t[0]]) {
		return -1
	}
	for _, o := range creditOpeners {
		if strings.HasPrefix(t, o) && creditNames(s[len(o):len(t)]) {
			return 0
		}
		for _, mark := range [...]byte{'.', '?', '!'} {
			// The last stop of this kind before the opener is the one
			// that counts: what follows an earlier one holds this one's
			// stop too.
			for j := len(seps) - 1; j >= 0; j-- {
				if k := seps[j]; t[k] == mark && strings.HasPrefix(t[k+2:], o) {
					if creditNames(s[k+2+len(o) : len(t)]) {
						return k + 2
					}
					break
				}
			}
		}
	}
	return -1
}

// creditNames reports whether what a credit's opener leads is only names,
// as a credit's is ("Pell Arnsby/Getty Images", "the Brantwell Aerospace
// Museum"), not a clause: "Courtesy of the mayor, the park reopened".
func creditNames(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || fieldCount(s) > 10 || strings.ContainsAny(s, ",;\"\u201C\u201D") {
		return false
	}
	for _, w := range strings.Fields(strings.ReplaceAll(s, "/", " ")) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !creditJoiners[w] {
			return false
		}
	}
	return true
}

// creditJoiners are the small words a credit's names may hold.
var creditJoiners = setOf("of", "the", "and", "for", "via", "de", "&", "-", "\u2013", "photo", "photos", "images", "by")

// pictureCredit reports whether the inside of a bracket is a picture's
// credit: "Photo: Halvard Imaging Group", "Velmoran Space Agency Press
// Service photo via AP", "Kessa Linnard/Reuters".
func pictureCredit(orig, in string) bool {
	if in == "" || fieldCount(in) > 10 || strings.ContainsAny(in, "()[]") {
		return false
	}
	for _, o := range creditOpeners {
		if strings.HasPrefix(in, o) {
			return creditNames(orig[len(o):])
		}
	}
	if k := strings.Index(in, " photo via "); k > 0 && pictureAgencies[in[k+len(" photo via "):]] {
		return creditNames(orig[:k])
	}
	if before, after, ok := strings.Cut(in, "/"); ok && !strings.Contains(after, "/") &&
		(pictureAgencies[strings.TrimSpace(after)] || pictureAgencies[strings.TrimSpace(before)]) {
		return creditNames(orig)
	}
	return false
}

// hasSlash reports whether s holds a slash, which the credits of agencies
// ("/AFP", "/Reuters") do: most lines have none, and one look for it
// spares looking for each credit.
func hasSlash(s string) bool { return strings.IndexByte(s, '/') >= 0 }

// photoCredit reports a picture's credit standing alone in brackets:
// "(Tom Brill/Tarrow Herald)", "[Reuters/Ana Ruiz]".
func photoCredit(ls string) bool {
	ls = strings.TrimRight(ls, ". ")
	if len(ls) < 5 || len(ls) > 80 || !(ls[0] == '(' && ls[len(ls)-1] == ')' || ls[0] == '[' && ls[len(ls)-1] == ']') {
		return false
	}
	in := ls[1 : len(ls)-1]
	return strings.Count(in, "/") == 1 && fieldCount(in) <= 8 && !strings.ContainsAny(in, "()[]")
}

// isCreditLine reports a story's closing credits: "(Reporting by
// Andy Bruce in London; Editing by Joyjeet Das)", "… contributed to this
// report".
func isCreditLine(ls string) bool { return creditLineOpening(ls) || creditLineThanks(ls) }

// creditLineOpening reports closing credits told by how they open:
// "(Reporting by …", "Editing by …".
func creditLineOpening(ls string) bool {
	ls = trimCreditOpen(ls)
	for _, p := range []string{"reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
		"reported by"} {
		if strings.HasPrefix(ls, p) {
			return true
		}
	}
	return false
}

// trimCreditOpen is ls without the brackets and spaces closing credits may
// open with.
func trimCreditOpen(ls string) string {
	for ls != "" && (ls[0] == '(' || ls[0] == '[' || ls[0] == ' ') {
		ls = ls[1:]
	}
	return ls
}

// creditLineThanks reports closing credits that thank a contributor: "AP
// Business Writer Lucy Ndegwa in Nairobi contributed to this report.",
// "Staff writer Omar Said contributed reporting."
func creditLineThanks(ls string) bool {
	ls = trimCreditOpen(ls)
	// Looking for the word first skips most lines faster than looking for
	// it with the space before it, at every space.
	if !strings.Contains(ls, "contributed") || !strings.Contains(ls, " contributed ") {
		return false
	}
	for _, p := range []string{" contributed to this report", " contributed to this story", " contributed to this article",
		" contributed reporting"} {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

// onSocialSite reports a line that points to a social network: "Follow
// The Aviationist on Twitter", "Find us on Facebook".
func onSocialSite(ls string) bool {
	for _, w := range []string{" on twitter", " on facebook", " on instagram", " on linkedin", " on tiktok", " on x."} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// authorNote reports the words after the name an author's note opens
// with: "has covered economics since 2012", "is a staff writer". A
// sentence where they come later ("Kelby Mutual, which covers the
// marina, said…") is news.
func authorNote(rest string) bool {
	for _, p := range []string{"has covered ", "covers ", "is a staff writer", "is a reporter", "is a correspondent",
		"is the author of"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// columnNote reports the rest of a column's closing line after its
// writer's name: "writes about business every Saturday", "is a
// columnist for the Herald". Read only in the page's last paragraph,
// where a columnist's note stands.
func columnNote(rest string) bool {
	for _, p := range []string{"writes about ", "writes on ", "writes for ", "writes a weekly ", "writes a column",
		"writes every ", "writes this column", "is a columnist", "is a senior writer", "is a contributing writer",
		"is a contributing editor", "is a contributing columnist"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// afterLeadingName returns the lower-case text of sentence si after the
// capitalised words it opens with.
func (d *doc) afterLeadingName(si int) string {
	lo, hi := d.sentRange(si)
	k := lo
	for k < hi && (d.toks[k].kind == tWord && d.toks[k].flags&fCap != 0 || d.text[d.toks[k].s] == '.' && k > lo) {
		k++
	}
	if k >= hi {
		return ""
	}
	_, end := d.a.Sentences[si].Start, d.a.Sentences[si].End
	return strings.ToLower(d.text[d.toks[k].s:end])
}

// startsWithName reports a sentence that opens with two or more
// capitalised words ("Nelson D. Schwartz has covered…").
func (d *doc) startsWithName(si int) bool {
	lo, hi := d.sentRange(si)
	n := 0
	for k := lo; k < hi && d.toks[k].kind == tWord && d.toks[k].flags&fCap != 0; k++ {
		n++
		if k+1 < hi && d.text[d.toks[k+1].s] == '.' && d.toks[k].e-d.toks[k].s == 1 {
			k++ // an initial
		}
	}
	return n >= 2
}

// isCaptionLike reports a short paragraph of names only ("Vanessa Hicks"),
// left over from an image caption.
func (d *doc) isCaptionLike(si int) bool {
	lo, hi := d.sentRange(si)
	return hi-lo <= 4
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// isHeadlineSentence reports a sentence written in title case (a heading or
// a headline), where capitals say nothing about names.
func (d *doc) isHeadlineSentence(lo, hi int) bool {
	words, caps := 0, 0
	for i := lo; i < hi; i++ {
		if t := d.toks[i]; t.kind == tWord && t.e-t.s >= 4 {
			words++
			if t.flags&fCap != 0 {
				caps++
			} else if 3*(caps+hi-1-i) < 7*(words-caps) {
				// Too many words in lower case for the capitals to reach
				// seven in ten, were every token left a capitalised word.
				return false
			}
		}
	}
	if words < 3 || caps*10 < words*7 {
		return false
	}
	for i := lo; i < hi; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.e-t.s < 4 || t.flags&(fCap|fInQuote) != 0 || d.lex[i]&lexFunction != 0 {
			continue
		}
		// Title case writes every verb with a capital: a finite verb in
		// lower case ("Vantor sued Pell Media in March", "Norvia filed
		// suit against the Kenya Ports Authority") tells a sentence whose
		// capitals are names.
		if w := d.tokLower(i); formTags(w)&(formPast|formPresent) != 0 || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

func (d *doc) isPronoun(i int) bool { return d.lex[i]&lexPronoun != 0 }

func (d *doc) addPronoun(i, si int) {
	t := d.toks[i]
	m := mention{sent: int32(si), t0: int32(i), t1: int32(i + 1), r0: int32(i), ent: -1,
		kind: KindPerson, form: formPronoun, gender: personPronouns[d.tokLower(i)]}
	if t.flags&fInQuote != 0 {
		m.flags |= mInQuote
	}
	d.addMention(m)
}

func (d *doc) addMention(m mention) {
	if d.toks[m.t0].flags&fInQuote != 0 {
		m.flags |= mInQuote
		// A name that is all of a short quote is a title or a product
		// ("the “Glow Spinner”"), not an actor.
		if m.form == formPerson || m.form == formUnknown {
			if q := d.quoteAround(int(m.t0)); q != nil && q.words <= 3 && q.s == int(d.toks[m.t0].s) {
				return
			}
		}
	}
	if d.head() && (d.a.Sentences[m.sent].Para < 3 || m.sent < 3) {
		m.flags |= mLead
	}
	if m.r0 > 0 {
		p := int(m.r0) - 1
		if d.toks[p].kind == tWord && d.tokIn(p, inLocatives) {
			m.flags |= mLocative
		}
		// "popular in Brazil and India", "in Kenya, Uganda or Rwanda": a
		// conjunct of a place after a locative is located too.
		if w := d.tokLower(p); (w == "and" || w == "or" || d.toks[p].kind == tPunct && d.text[d.toks[p].s] == ',') && len(d.ments) > 0 {
			end := p // the list's joint: ",", "and", ", and"
			if (w == "and" || w == "or") && p > 0 && d.toks[p-1].kind == tPunct && d.text[d.toks[p-1].s] == ',' {
				end = p - 1
			}
			if prev := d.ments[len(d.ments)-1]; (int(prev.t1) == p || int(prev.t1) == end) && prev.flags&mLocative != 0 &&
				(m.kind == KindCountry && prev.kind == KindCountry || d.placeConjunct(prev, m, w == ",")) {
				m.flags |= mLocative
			}
		}
	}
	if d.toks[m.t1-1].flags&fPoss != 0 {
		m.flags |= mPoss
	}
	d.byTok[m.t0] = int32(len(d.ments) + 1)
	d.ments = append(d.ments, m)
	if m.form == formPerson && m.t1-m.t0 == 1 {
		if d.personWords == nil {
			d.personWords = map[string]bool{}
		}
		d.personWords[d.tokKey(int(m.t0))] = true
	}
	if m.form == formPerson && m.t1-m.t0 > 1 && strings.IndexByte(m.key, ' ') > 0 {
		if d.surnamesSeen == nil {
			d.surnamesSeen = map[string]bool{}
		}
		d.surnamesSeen[d.tokKey(int(m.t1)-1)] = true
	}
}

// placeConjunct reports a name m that is the next member of a list of
// places whose member prev a preposition of place governs: "flights from
// Dublin, Cork and Shannon", "storms across Tarbury and Kilvane". Both are
// places or one-word names nothing is known of, without a title; the
// list opens right after one of locatedPrepositions that places what
// follows (placePrepositionBefore), and a comma joins only inside a list
// that goes on ("Dublin, Cork and", "Dublin, Cork,"), after a phrase that
// opens no clause — not "In Dublin, Costigan said" nor "Speaking in
// Tarbury, Harkness and Doyle promised".
func (d *doc) placeConjunct(prev, m mention, comma bool) bool {
	placeLike := func(x mention) bool {
		return x.title() == "" && (x.form == formPlace || x.form == formCapital || x.kind == KindCountry ||
			x.form == formUnknown && x.t1-x.t0 == 1 && x.kind != KindPerson && x.kind != KindOrganization)
	}
	if !placeLike(prev) || !placeLike(m) {
		return false
	}
	r0 := int(prev.r0)
	// prev is the list's first member, or a member this rule located.
	head := r0 > 0 && d.toks[r0-1].kind == tWord && d.tokIn(r0-1, inLocatives)
	if head && !d.placePrepositionBefore(r0) {
		return false
	}
	if !comma {
		return true
	}
	if head {
		pp := r0 - 1 // the preposition
		lo, _ := d.sentRange(int(m.sent))
		if pp == lo || pp > lo && d.toks[pp-1].kind == tWord && strings.HasSuffix(d.tokLower(pp-1), "ing") {
			return false
		}
	}
	j := int(m.t1)
	if j+1 >= len(d.toks) || d.sentenceOf(j+1) != int(m.sent) {
		return false
	}
	switch w := d.tokLower(j); {
	case w == "and" || w == "or":
		return d.toks[j+1].flags&fCap != 0
	case d.toks[j].kind == tPunct && d.text[d.toks[j].s] == ',':
		n := d.tokLower(j + 1)
		return n == "and" || n == "or" || d.toks[j+1].flags&fCap != 0
	}
	return false
}

// gazMatch finds the longest gazetteer entry starting at token i (before
// token hi) and returns its length in tokens.
func (d *doc) gazMatch(i, hi int) (int, gazHit) {
	maxW := int(d.lexAt(i).gazFirst) // g.firstMax of the word
	if maxW == 0 {
		return 0, gazHit{}
	}
	for n := min(maxW, hi-i); n >= 1; n-- {
		j := i + n - 1
		if d.toks[j].kind != tWord && d.toks[j].kind != tNum {
			continue
		}
		// A multi-word entry must not cross punctuation other than "&", "-", "'".
		ok := true
		for k := i; k < j; k++ {
			if d.toks[k].flags&fPoss != 0 || d.toks[k+1].s-d.toks[k].e > 1 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		form, low := d.text[d.toks[i].s:d.toks[j].e], d.lower[d.toks[i].s:d.toks[j].e]
		if strings.ContainsRune(form, '\u2019') {
			form = strings.ReplaceAll(form, "\u2019", "'")
			low = strings.ReplaceAll(low, "\u2019", "'")
		}
		if h, found := d.g.lookupLower(form, low); found {
			// Lower-case words match only inside a longer capitalised name.
			if d.toks[j].flags&fCap == 0 && d.toks[j].kind == tWord && n == 1 {
				continue
			}
			return n, h
		}
	}
	return 0, gazHit{}
}

// isCapWord reports a capitalised word token.
func (d *doc) isCapWord(i int) bool {
	t := d.toks[i]
	return t.kind == tWord && t.flags&fCap != 0
}

// adjacent reports that tokens i and i+1 are separated by one space at most.
func (d *doc) adjacent(i int) bool { return i+1 < len(d.toks) && d.toks[i+1].s-d.toks[i].e <= 1 }

// matchName recognises a name starting at token i and records its mention.
// It returns the number of tokens consumed (0 when no name starts at i).
func (d *doc) matchName(i, hi, si int, headline bool) int {
	g := d.g
	t := d.toks[i]
	// Hyphenated compounds of names ("Russia-Ukraine", "US-UK", "anti-Trump")
	// mention each part.
	// A hyphenated title ("Secretary-General", "Attorney-General") is
	// one word, not names joined, whatever its parts are elsewhere.
	if t.flags&fHyphen != 0 && d.isPartyTag(i) {
		return 1 // "(R-Essex)", ", D-Minn.,": the party and state of the name before
	}
	if t.flags&fHyphen != 0 && !d.isTitleWord(i) {
		if d.hyphenParts(i, si) || isCompoundAdjective(d.tokLower(i)) {
			return 1
		}
	}
	if k := d.datelineAt(i, hi, si); k > 0 {
		return k
	}
	if k := d.stateAbbrevAt(i, hi); k > 0 {
		return k // "Atlanta, Ga."
	}
	if k := d.listedBodyName(i, hi); k > i {
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(k), r0: int32(i), ent: -1,
			kind: KindOrganization, form: formOrg, key: d.spanText(i, k)})
		return k - i // "Senate Health, Education, Labor and Pensions Committee"
	}
	if k := d.countryPossName(i, hi); k > i {
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(k), r0: int32(i), ent: -1,
			kind: KindOrganization, form: formOrg, key: d.spanText(i, k)})
		return k - i // "the America's Health Plans Council"
	}
	if i+2 < hi && d.isCapWord(i) && d.tokText(i+1) == "\u2013" && d.toks[i+1].s == d.toks[i].e &&
		d.toks[i+2].s == d.toks[i+1].e && d.isCapWord(i+2) {
		if k := d.capRun(i, hi); k > i+3 && d.tokIn(k-1, inOrgHeads) {
			// "Kenya–Tanzania Joint Commission": a known place first, the
			// dash and a body's head word after it: one body, not the
			// place and the rest.
			d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(k), r0: int32(i), ent: -1,
				kind: KindOrganization, form: formOrg, key: d.spanText(i, k)})
			return k - i
		}
	}
	n, h := d.gazMatch(i, hi)
	if k := d.bodySecondField(i, n, hi, h); k > 0 {
		// "the Ministry of Justice and Security": a known body's name
		// and a second field.
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + n + k), r0: int32(i), ent: -1,
			kind: KindOrganization, form: formOrg, key: d.spanText(i, i+n+k)})
		return n + k
	}
	if d.tokIn(i, inCompassWords) && d.isCapWord(i) && d.adjacent(i) && i+1 < hi && d.isCapWord(i+1) {
		// "the South Atlantic", "the Western Indian Ocean": a part of a
		// sea or a range is a place, not the region of its first word.
		if n2, h2 := d.gazMatch(i+1, hi); n2 > 0 && d.g.natural[h2.name] {
			d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + 1 + n2), r0: int32(i), ent: -1,
				kind: KindOther, form: formPlace, key: d.spanText(i, i+1+n2)})
			return 1 + n2
		}
	}
	if n == 1 && d.shortBodyName(i, h) {
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + 1), r0: int32(i), ent: -1,
			kind: KindOrganization, form: formUnknown, key: d.tokText(i)})
		return 1
	}
	if n == 0 && (isDesignator(d.tokText(i)) || d.thingAcronym(i)) {
		return 1 // "A340", "BTECs": things
	}
	if n == 0 && d.ideologyAt(i, hi) {
		return 1 // "Eurocentrism", "Thatcherism": an idea (terms.go)
	}
	if n > 0 && d.capitalCompound(i, n, hi, h) {
		return n + 1 // "Nairobi Whale": a thing named after a city
	}
	if n == 1 && h.form == formPlace && d.placeSurname(i, si) {
		d.addMention(mention{sent: int32(si), t0: int32(i - 1), t1: int32(i + 1), r0: int32(i - 1), ent: -1,
			kind: KindPerson, form: formPerson, key: d.spanText(i-1, i+1)})
		return 1
	}
	if n > 0 && d.teamName(i, n, hi, h) {
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + n + 1), r0: int32(i), ent: -1,
			kind: KindOrganization, form: formOrg, key: d.spanText(i, i+n+1)})
		return n + 1
	}
	// "Georgia Power", "Ohio Edison", "Florida Keys": a place and the
	// name-like words after it name one company, or one place.
	if n > 0 {
		if k, kind := d.placeNamed(i, n, hi, h); k > 0 {
			m := mention{sent: int32(si), t0: int32(i), t1: int32(k), r0: int32(i), ent: -1, kind: kind,
				form: formOrg, key: d.spanText(i, k)}
			if kind == KindOther {
				m.form = formPlace
			}
			d.addMention(m)
			return k - i
		}
	}
	// "Baltic Lines", "Dutch Tankers": a region's or a people's word and
	// a plural trade name one company.
	if k := d.regionTradeName(i, n, hi, h, headline); k > 0 {
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(k), r0: int32(i), ent: -1,
			kind: KindOrganization, form: formOrg, key: d.spanText(i, k)})
		return k - i
	}
	// "Jordan Henderson", "Virginia Woolf", "Paris Hilton": a one-word
	// place or country followed by a name is a person's first name.
	if n == 1 && !isAllCapsWord(d.tokText(i)) && h.form != formDemonym && i+1 < hi && d.isCapWord(i+1) &&
		d.adjacent(i) && d.toks[i].flags&fPoss == 0 && (d.givenAt(i) || h.form == formPlace) {
		if n2, _ := d.gazMatch(i+1, hi); n2 == 0 && !d.tokIn(i+1, inOrgHeads) && !d.tokIn(i+1, inPlaceHeads) &&
			!d.commonAt(i+1) && !d.isTitleWord(i+1) {
			n = 0
		}
	}
	// "Jordan Banks said he…", "Georgia Moss, the council's planner,": a
	// country that is also a given name, before a surname, in a person's
	// context.
	if n == 1 && h.form != formDemonym && d.placeGivenPerson(i, hi) {
		g := placeGivenNames[d.tokLower(i)]
		m := mention{sent: int32(si), t0: int32(i), t1: int32(i + 2), r0: int32(i), ent: -1, kind: KindPerson,
			form: formPerson, gender: g, key: d.spanText(i, i+2)}
		if m.role = d.roleBefore(i); m.role == "" {
			m.role = d.roleAfter(i+2, hi)
		}
		d.addMention(m)
		return 2
	}
	// "Alibaba Group", "Apple Inc": an organisation and its legal form.
	if n > 0 && h.kind == KindOrganization && i+n < hi && d.isCapWord(i+n) && d.adjacent(i+n-1) &&
		d.toks[i+n-1].flags&fPoss == 0 && legalForms[d.tokLower(i+n)] {
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + n + 1), r0: int32(i), ent: -1,
			kind: h.kind, form: h.form, key: h.name})
		return n + 1
	}
	// "West Midlands Police", "Ukraine Army": a place and an organisation's
	// head word name an organisation.
	// So do a demonym and a name that ends in one: "Swiss Climate
	// Alliance", "British Medical Association".
	// A city that is a capital names its own court: "the Paris Court of
	// Appeal", "the Nairobi High Court" are courts, not France's or
	// Kenya's.
	if n > 0 && (h.form == formPlace || h.kind == KindCountry && h.form == formName || h.form == formDemonym ||
		h.form == formCapital && d.courtRunAt(i+n, hi)) && i+n < hi &&
		d.isCapWord(i+n) && d.adjacent(i+n-1) && d.toks[i+n-1].flags&fPoss == 0 {
		j := d.capRun(i+n, hi)
		if d.tokIn(i+n, inOrgHeads) && h.form != formDemonym || j-(i+n) <= 4 && d.tokIn(j-1, inOrgHeads) &&
			d.titleLength(i+n, j) == 0 {
			if k := d.circuitAfter(i+n, j, hi); k > 0 {
				d.addCourtOfCircuit(i, j+k, si)
				return j + k - i
			}
			d.recordRun(i, j, hi, si, "", "", i)
			return j - i
		}
	}
	if n > 0 {
		// A title after a demonym or country ("French President Emmanuel
		// Macron") belongs to the person who follows.
		if h.kind == KindCountry || h.form == formDemonym {
			if k := d.titleLength(i+n, hi); k > 0 && i+n+k < hi && d.isCapWord(i+n+k) && d.titleTakesName(i, i+n+k, hi) {
				m := mention{sent: int32(si), t0: int32(i), t1: int32(i + n), r0: int32(i), ent: -1,
					kind: h.kind, form: h.form, key: h.name, flags: mAdj}
				d.addMention(m)
				return n + d.personAfterTitle(i, i+n, i+n+k, hi, si)
			}
		}
		if h.form == formPlace {
			// Places are kept as locations, below the actors.
			m := mention{sent: int32(si), t0: int32(i), t1: int32(i + n), r0: int32(i), ent: -1, kind: KindOther,
				form: formPlace, key: h.name}
			d.addMention(m)
			return n
		}
		if h.kind == KindOrganization && genericBodies[h.name] {
			// "the High Court of Kenya", "the Supreme Court of India": a
			// body every country has, named with its country, is one
			// name; "the High Court" after it is that court.
			if k := d.ofCountryAfter(i+n, hi); k > 0 {
				key := d.spanText(i, i+n+k)
				if d.countryBodies == nil {
					d.countryBodies = map[string]string{}
				}
				if _, ok := d.countryBodies[h.name]; !ok {
					d.countryBodies[h.name] = key
				} else if d.countryBodies[h.name] != key {
					d.countryBodies[h.name] = "" // two countries' courts: the short name is neither
				}
				d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + n + k), r0: int32(i), ent: -1,
					kind: KindOrganization, form: formOrg, key: key})
				return n + k
			}
			if key := d.countryBodies[h.name]; key != "" {
				d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(i + n), r0: int32(i), ent: -1,
					kind: KindOrganization, form: formOrg, key: key})
				return n
			}
		}
		m := mention{sent: int32(si), t0: int32(i), t1: int32(i + n), r0: int32(i), ent: -1, kind: h.kind,
			form: h.form, key: h.name}
		if h.form == formDemonym && i+n < hi && d.toks[i+n].kind == tWord && d.toks[i+n].flags&fCap == 0 &&
			d.lex[i+n]&lexSpeech == 0 && !isVerbLike(d.tokLower(i+n)) && !d.pluralDemonym(i, i+n) {
			m.flags |= mAdj // "British imports"; not "Canadians accuse"
		}
		if h.kind == KindCountry && h.form == formName && d.countryModifier(i, i+n, hi) {
			m.flags |= mAdj // "the Iran nuclear deal": a name inside a thing's name
		}
		if d.genericPlural(i, i+n, h) {
			// "many Tunisians", "radical Muslims": some of a people, not
			// the people or its country; read like an adjective's use.
			m.flags |= mAdj
		}
		// "Labour MPs", "SNP MEPs": a party's members of a parliament are
		// a group, named as the article names them.
		if i+n < hi && d.toks[i+n].kind == tWord && legislatorAcronyms[d.tokText(i+n)] && d.adjacent(i+n-1) &&
			(h.kind == KindOrganization || h.kind == KindGroup) && (h.form == formName || h.form == formDemonym) &&
			d.toks[i+n-1].flags&fPoss == 0 {
			m.t1++
			m.kind, m.form = KindGroup, formOrg
			m.key = d.spanText(i, i+n+1)
			d.addMention(m)
			return n + 1
		}
		// "Trump administration", "Uber drivers": a name and a group noun.
		if i+n < hi && d.toks[i+n].kind == tWord && d.toks[i+n].flags&fCap == 0 {
			if k, ok := d.groupNounAt(i + n); ok && h.kind != KindCountry && h.form == formName {
				m.t1++
				if w := d.tokLower(i + n); h.kind == KindOrganization && (w == "officials" || w == "executives") {
					// "Home Office officials said": the body speaks,
					// as "Con Edison officials" do (recordRun).
					d.addMention(m)
					return n + 1
				}
				m.kind = k
				m.form = formOrg
				m.key = h.name + " " + d.tokLower(i+n)
				if w := d.spanText(i, i+n); localServices[d.tokLower(i+n)] && w != h.name && !isAllCapsWord(w) {
					// "Brussels police": a city's service, though the
					// city stands for a body ("Brussels" for the EU).
					m.key = w + " " + d.tokLower(i+n)
				}
				d.addMention(m)
				return n + 1
			}
		}
		d.addMention(m)
		return n
	}
	if d.tokIn(i, inNonActor) && !d.isTitleWord(i) {
		return 1
	}
	if d.agentTitleAt(i, hi) {
		// "Fisherman Ewan Grant said": an agent noun as a title.
		return d.personAfterTitle(i, i, i+1, hi, si)
	}
	if k := d.titleLength(i, hi); k > 0 && i+k < hi && d.isCapWord(i+k) && d.adjacent(i+k-1) {
		// "9 PM Wednesday", "12:00 PM PT": a clock time, not a Prime
		// Minister; a day or a time zone is no one's name.
		n := d.tokLower(i + k)
		// "General Store", "Major League": an adjective, not a
		// title, before an ordinary word.
		adj := k == 1 && (d.tokLower(i) == "general" || d.tokLower(i) == "major") && g.common[n]
		if !(i > 0 && d.toks[i-1].kind == tNum) && !(g.nonActor[n] && n != "may") && !adj && d.titleTakesName(i, i+k, hi) {
			return d.personAfterTitle(i, i, i+k, hi, si)
		}
	}
	// In other languages only the gazetteer's names are trusted: their
	// ordinary words are not known here.
	if !d.english {
		return 1
	}
	// A run of capitalised words, with connectors inside.
	j := d.capRun(i, hi)
	// "the union Unite", "the charity Shelter": an ordinary word after a
	// noun for a kind of body is that body's name.
	if k := d.bodyNameEnd(i, j); k > 0 {
		d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(k), r0: int32(i), ent: -1,
			kind: KindOrganization, form: formUnknown, key: d.spanText(i, k)})
		return j - i
	}
	start := i
	// At the start of a sentence (or after an opening mark) a capitalised
	// ordinary word is not a name: "Talks focused…", "Despite…".
	// "World Meteorological Organization", "Online Services Coalition": an
	// organisation's name keeps its first word unless it is a function word.
	// So does a name of two words that ends in one, or in a trade, as it
	// does inside a sentence: "Harbour Freight said…", "Anchor Bank
	// told…" (not "Even Congress…", "Added Guardian…": an adverb or a
	// verb is no name's; nor in a title-case line, where every word is
	// capitalised).
	orgName := j-i >= 3 && d.tokIn(j-1, inOrgHeads) ||
		j-i == 2 && !headline && (d.tokIn(j-1, inOrgHeads) || isTrade(d.tokLower(j-1))) && d.nameOpener(i)
	for start < j && !(!headline && d.particleOpener(start, j)) && !(!headline && d.royalOpener(start, j)) &&
		!(start == i && j-i > 1 && d.tokIn(i, inThingOpeners)) &&
		(d.isOrdinaryCap(start, headline, j-start > 1) || d.tokIn(start, inNameConnectors) && !d.givenOpener(start, j)) {
		if orgName && d.lex[start]&lexFunction == 0 && !d.tokIn(start, inDeterminers) &&
			!isPreposition(d.tokLower(start)) && !strings.HasSuffix(d.tokLower(start), "ly") {
			break
		}
		start++
	}
	// A dateline: "CAIRO — Gunmen opened fire…".
	if start == i && j == i+1 && d.toks[i].flags&(fAllCaps|fStart) == fAllCaps|fStart && i+1 < hi {
		if c := d.tokText(i + 1); c == "\u2014" || c == "\u2013" || c == "-" || c == "," {
			return 1
		}
	}
	for j > start && d.tokIn(j-1, inNameConnectors) {
		j--
	}
	if start >= j {
		return max(1, start-i)
	}
	// "Flight KX402", "Condor Mk-7 Falcon": a name with a model or
	// flight number names a thing.
	for k := start; k < j; k++ {
		if isDesignator(d.tokText(k)) {
			return j - i
		}
	}
	// "The British Foreign Secretary": once the ordinary first word is
	// dropped, a gazetteer name starts the rest; read it from there.
	if start > i {
		if n, _ := d.gazMatch(start, hi); n > 0 {
			return start - i
		}
	}
	// A title inside the run: "Tunisian Prime Minister Habib Essid",
	// "Labour Leader Keir Starmer". The words up to the title are its
	// qualifier; the name follows the title.
	for h := start; h < j-1; h++ {
		// "Agriculture Commissioner Ilse Vandermeer": an office's field
		// opens the title it stands before.
		if !d.isTitleWord(h) && !(isTitleMod(d.lexAt(h)) && d.titleLength(h, j) > 1) || d.tokLower(h) == "first" {
			continue
		}
		k := d.titleLength(h, j)
		if k == 0 || h+k >= j {
			continue
		}
		if !d.looksLikePersonName(h+k, j) && !(j-(h+k) == 1 && !d.commonAt(h+k)) || !d.titleTakesName(start, h+k, j) {
			break
		}
		title := d.spanText(h, h+k)
		role := d.spanText(start, h+k)
		if _, hon := honorifics[strings.ToLower(strings.TrimSuffix(title, "."))]; hon {
			role = ""
			if h > start {
				role = d.spanText(start, h)
			}
		}
		// "Tarvik CEO Ana Borg": the name before the title is her
		// employer, an actor of its own.
		if h > start && !d.anyTitleWord(start, h) && d.toks[h-1].flags&fPoss == 0 {
			d.recordRun(start, h, hi, si, "", "", start)
		}
		d.recordRun(h+k, j, hi, si, title, role, start)
		return j - i
	}
	// A title alone ("the Prime Minister") names no one.
	if d.allTitleWords(start, j) {
		return j - i
	}
	// "the von Falkenrath group", "said van Dorsten": a lower-case
	// particle opens the name.
	if start == i && i > 0 && d.sentenceOf(i-1) == si && d.toks[i-1].kind == tWord && d.toks[i-1].flags&fCap == 0 &&
		d.tokIn(i-1, inNameParticles) && d.adjacent(i-1) {
		start = i - 1
		// "said van der Berg": two particles.
		if p := i - 2; p >= 0 && d.sentenceOf(p) == si && d.toks[p].kind == tWord && d.toks[p].flags&fCap == 0 &&
			d.tokIn(p, inNameParticles) && d.adjacent(p) {
			start = p
		}
	}
	if k := d.circuitAfter(start, j, hi); k > 0 {
		// "the Court of Appeals for the Fifth Circuit": one name.
		d.addCourtOfCircuit(start, j+k, si)
		return j + k - i
	}
	d.recordRun(start, j, hi, si, "", "", start)
	return j - i
}

// orgKindNouns name a kind of body; a capitalised word right after one is
// the body's name: "the union Unite", "the think tank Tempo", "the band
// Marrow".
var orgKindNouns = setOf("union", "charity", "group", "party", "tank", "company", "firm", "band", "foundation",
	"trust", "association", "organisation", "organization", "institute", "campaign", "movement", "society",
	"agency", "startup", "club", "team", "network", "charities", "outfit", "collective", "coalition",
	"alliance", "federation", "lobby", "cooperative", "consortium", "watchdog", "regulator", "carmaker", "retailer",
	"airline", "carrier", "publisher", "lender", "insurer", "bank", "broadcaster", "chain", "brand", "maker")

// bodySecondField returns how many tokens after the gazetteer's body of n
// tokens at i join it a second field of its office (secondField): "the
// Ministry of Justice" and "and Security". The body's name opens with a
// body's head word and ends in "of" or "for" and a field. 0 when none.
func (d *doc) bodySecondField(i, n, hi int, h gazHit) int {
	if n < 3 || h.kind != KindOrganization || !d.tokIn(i, inOrgHeads) || !isPortfolio(d.lexAt(i+n-1)) {
		return 0
	}
	if w := d.tokLower(i + n - 2); w != "of" && w != "for" {
		return 0
	}
	return d.secondField(i+n, hi, false)
}

// regionTradeName returns the end of a company's name that opens with the
// gazetteer's word for a people or a region (h, n tokens at i: "Dutch",
// "Baltic", "Nordic") and ends, one or two capitalised words later, in
// the plural of a trade ("Baltic Lines", "Dutch Tankers", "Nordic
// Ferries"), or 0. The words after it are no known name, title or given
// name; in a title-case line every word is capitalised, so none is read.
func (d *doc) regionTradeName(i, n, hi int, h gazHit, headline bool) int {
	s := i + n
	if n == 0 || headline || !(h.form == formDemonym || h.kind == KindGroup) || s >= hi || !d.isCapWord(s) ||
		!d.adjacent(s-1) || d.toks[s-1].flags&fPoss != 0 || d.toks[i].flags&fAllCaps != 0 {
		return 0
	}
	j := s
	for j < hi && j-s < 2 && d.isCapWord(j) && d.adjacent(j-1) && d.toks[j-1].flags&fPoss == 0 {
		j++
	}
	if !pluralTrade(d.tokLower(j-1)) || j < hi && d.isCapWord(j) && d.adjacent(j-1) {
		return 0
	}
	for k := s; k < j; k++ {
		if n2, _ := d.gazMatch(k, j); n2 > 0 || d.isTitleWord(k) || d.givenAt(k) || d.toks[k].flags&(fAllCaps|fHyphen) != 0 {
			return 0
		}
	}
	return j
}

// agentTitleAt reports a capitalised agent noun of the agent table for one
// person at token i ("Fisherman", "Midwife": singular, no body's or
// place's head word, no title word, which titleLength reads) standing as a
// title before a given name and a surname: "Fisherman Ewan Grant".
func (d *doc) agentTitleAt(i, hi int) bool {
	if i+2 >= hi || !d.isCapWord(i) || d.toks[i].flags&(fPoss|fAllCaps|fHyphen) != 0 || !d.adjacent(i) || d.isTitleWord(i) ||
		d.bodyHeadAt(i) || d.tokIn(i, inPlaceHeads) || d.givenAt(i) || d.tokIn(i, inRoyalTitles) {
		return false // (a royal title is the name's: "King Edward VII", recordRun)
	}
	w := d.tokLower(i)
	a, ok := agentOf(d.lem[i])
	if !ok || a.pluralOnly || formTags(w)&formPlural != 0 || strings.HasSuffix(w, "s") {
		return false
	}
	if n, _ := d.gazMatch(i, hi); n > 0 {
		return false
	}
	if !d.givenAt(i+1) || !d.isCapWord(i+2) || !d.adjacent(i+1) {
		return false
	}
	j := d.capRun(i+1, hi)
	return j-(i+1) >= 2 && j-(i+1) <= 3 && d.looksLikePersonName(i+1, j)
}

// shortBodyName reports the ordinary word at token i, which the gazetteer
// reads as a shorter form of a longer name (h: "Reform" for "Reform UK"),
// as the name of a body of its own: a noun for a kind of body comes right
// before it ("the think tank Reform"; see bodyNameEnd), or came before it
// earlier in the article, and the article never writes the longer name.
func (d *doc) shortBodyName(i int, h gazHit) bool {
	w := d.tokLower(i)
	if h.kind != KindOrganization || h.form != formName || !d.g.common[w] || strings.EqualFold(h.name, d.tokText(i)) ||
		d.toks[i].flags&fAllCaps != 0 {
		return false
	}
	if d.shortBodies[w] {
		return true
	}
	if d.bodyNameEnd(i, i+1) == 0 || strings.Contains(d.lower, strings.ToLower(h.name)) {
		return false
	}
	if d.shortBodies == nil {
		d.shortBodies = map[string]bool{}
	}
	d.shortBodies[w] = true
	return true
}

// bodyNameEnd returns the end of the name that the run [i, j) gives the
// body named by the lower-case noun just before it ("the union Unite
// said", "the campaign group Liberty criticised"), or 0: the noun is in
// the sentence and directly before the run, which holds no title, no
// known given name before a further word ("the firm Dana Whitlock
// founded" names a person) and no designator. The mention's form stays
// unknown, so that the name joins a longer one it shortens ("the carrier
// AirAsia" and "AirAsia group").
func (d *doc) bodyNameEnd(i, j int) int {
	p := i - 1
	if p < 0 || d.toks[p].kind != tWord || d.toks[p].flags&(fCap|fPoss) != 0 || !d.adjacent(p) ||
		d.sentenceOf(p) != d.sentenceOf(i) {
		return 0
	}
	w := d.tokLower(p)
	if !d.tokIn(p, inOrgKindNouns) || w == "tank" && (p == 0 || d.tokLower(p-1) != "think") {
		return 0
	}
	// "veteran broadcaster Ama Lotto", "former carrier pilot": a person's
	// modifier makes the noun a job.
	if p > 0 && d.toks[p-1].kind == tWord && personModifiers[d.tokLower(p-1)] {
		return 0
	}
	for j > i && d.tokIn(j-1, inNameConnectors) {
		j--
	}
	if j <= i || j-i > 4 || j-i >= 2 && d.givenAt(i) || d.anyTitleWord(i, j) || d.toks[i].flags&fHyphen != 0 {
		return 0
	}
	for k := i; k < j; k++ {
		if d.toks[k].kind != tWord || isDesignator(d.tokText(k)) || strings.ContainsRune(d.tokText(k), '.') {
			return 0
		}
	}
	return j
}

// givenOpener reports a capitalised particle that opens the run [k, j)
// and is a known given name before a name word: "Ben Tull", "Bin Zhao",
// "Al Gore" — not the "ben" of "Ben Ali" inside a longer name, nor "de" or
// "the" written in lower case.
func (d *doc) givenOpener(k, j int) bool {
	return j-k >= 2 && d.toks[k].flags&(fCap|fAllCaps) == fCap && d.isCapWord(k+1) && d.adjacent(k) &&
		!d.tokIn(k+1, inNameConnectors) && d.givenAt(k)
}

// royalOpener reports that the run k..j opens with a royal title before a
// name that is no ordinary word ("Queen Maren II hosted…", "King Aldric
// said…"): the title is part of the name at the start of a sentence too
// (not in "King Street", "Queen Mary University").
func (d *doc) royalOpener(k, j int) bool {
	if k+1 >= j || !d.tokIn(k, inRoyalTitles) || !d.isCapWord(k+1) {
		return false
	}
	w := d.tokLower(k + 1)
	if d.commonAt(k+1) || placeHeads[w] || orgHeads[w] {
		return false
	}
	l := d.tokLower(j - 1)
	return !placeHeads[l] && !orgHeads[l]
}

// particleOpener reports a capitalised particle that opens the run [k, j)
// before a name word: "Bin Salman", "El Baradei", "Van Gaal", "Da Silva"
// — at the start of a sentence as inside one. A particle that is also an
// ordinary word ("Bin") must be followed by a word that is none ("Bin
// collections" is no name).
func (d *doc) particleOpener(k, j int) bool {
	if j-k < 2 || d.toks[k].flags&(fCap|fAllCaps) != fCap || !d.adjacent(k) || !d.isCapWord(k+1) {
		return false
	}
	w, next := d.tokLower(k), d.tokLower(k+1)
	return capParticles[w] && !nameConnectors[next] && d.toks[k+1].flags&fAllCaps == 0 && !(d.g.common[w] && d.g.common[next])
}

// capParticles are the particles that open a name when capitalised:
// "Bin Salman", "Ibn Saud", "Al Jazeera", "El Baradei", "Van Gaal", "De
// Souza"; not the French articles "Le" and "La", which open titles as often
// ("La Nuit et le Jour").
var capParticles = func() map[string]bool {
	m := maps.Clone(nameParticles)
	m["al"], m["el"] = true, true
	return m
}()

// patronymics are the particles that make a person's name: "Bin Salman",
// "Ibn Saud".
var patronymics = setOf("bin", "ibn")

// articleParticles are the articles that follow "de" inside a name of
// Spanish or French: "Banco de la Nación", "Cruz de los Reyes".
var articleParticles = setOf("la", "las", "los")

// nameParticles open a surname written in lower case: "von Falkenrath",
// "van Dorsten", "de Gaulle".
var nameParticles = setOf("von", "van", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "das", "bin", "ibn")

// placeGivenNames are countries and capitals that are also given names,
// with the sex the name usually has: the given-name lists leave them out,
// as the place is the commoner reading.
var placeGivenNames = map[string]int8{"jordan": genderUnknown, "georgia": genderFemale, "chad": genderMale,
	"india": genderFemale, "israel": genderMale, "kenya": genderFemale, "paris": genderFemale, "cuba": genderMale,
	"ireland": genderFemale, "america": genderFemale, "asia": genderFemale, "china": genderFemale}

// placeGivenPerson reports that the place at token i ("Jordan",
// "Georgia") is the given name of the person whose surname follows: a
// capitalised word that is no name of its own (not a place, an
// organisation's head, a title or a trade, and ending the run), in a
// person's context: a role before or in an apposition ("Georgia Moss, the
// council's planner,"), "who" or an age after a comma, a speech verb
// followed by "he" or "she", the surname alone elsewhere with a speech
// verb or an honorific ("Banks said"). A surname that is no English word
// ("Whitley") needs only a speech verb after it. "Jordan King Abdullah",
// "Georgia Power said it…", "India Today", "in Chad Wednesday" stay places.
func (d *doc) placeGivenPerson(i, hi int) bool {
	w := d.tokLower(i)
	if _, ok := placeGivenNames[w]; !ok {
		return false
	}
	s, j := i+1, i+2
	if s >= hi || isAllCapsWord(d.tokText(i)) || d.toks[i].flags&fPoss != 0 || !d.adjacent(i) || !d.isCapWord(s) ||
		d.toks[s].flags&fAllCaps != 0 {
		return false
	}
	sw := d.tokLower(s)
	if n2, _ := d.gazMatch(s, hi); n2 > 0 || orgHeads[sw] || placeHeads[sw] || d.isTitleWord(s) || isTrade(sw) ||
		d.capRun(s, hi) != j || lexFunctionWord(sw) {
		return false
	}
	strong := d.roleBefore(i) != "" || d.personApposition(j, hi) || d.speakerSurname(i, s, false)
	if j < hi && d.speaks(j, hi) && j+1 < hi {
		if p := d.tokLower(j + 1); p == "he" || p == "she" || p == "that" && j+2 < hi && (d.tokLower(j+2) == "he" || d.tokLower(j+2) == "she") {
			strong = true
		}
	}
	if strong {
		return true
	}
	if i > 0 && d.tokIn(i-1, inLocatives) {
		return false // "in Chad Wednesday", "to India Monday"
	}
	ordinary := d.g.common[strings.TrimSuffix(sw, "'s")] || formTags(sw) != 0
	return !ordinary && d.speaks(j, hi)
}

// placeNamed reads the place or country of n tokens at i (hit h) and the
// capitalised words after it as one name when they are no person's, no
// title, no other name the gazetteer knows and no head word that other
// rules read ("Alaska Airlines", "Texas Republicans", "Cape Town
// Harbour"). It returns the name's end and its kind, or 0:
//   - an organisation when the name acts as a company does ("Ohio Edison
//     said it…", "its" or "it" the first pronoun after it), ends in a
//     trade or a plural noun ("Florida Crystals"), or, after a place that
//     is no given name and no "the", is ordinary words followed by a verb
//     ("Ohio Power said…");
//   - a place when the place is no given name, the words after it are
//     ordinary ones and nothing shows a company ("the Florida Keys", "the
//     Texas Panhandle").
//
// Other words after a place that is no given name are left to the person
// rules ("directed by Devon Avery").
//
// A place that is also a given name ("Georgia", "Virginia", "Jordan")
// needs a company's sign and no person's (a role, an apposition, "he" or
// "she" after it), and otherwise is left to the person rules.
func (d *doc) placeNamed(i, n, hi int, h gazHit) (int, ActorKind) {
	s := i + n
	if h.form == formDemonym || h.form != formPlace && !(h.kind == KindCountry && h.form == formName) || s >= hi ||
		d.toks[i].flags&fAllCaps != 0 || d.toks[s-1].flags&fPoss != 0 || !d.adjacent(s-1) || !d.isCapWord(s) ||
		d.toks[s].flags&(fAllCaps|fHyphen) != 0 || d.toks[s].flags&fStart != 0 {
		return 0, KindOther
	}
	sw := d.tokLower(s)
	if orgHeads[sw] || placeHeads[sw] || d.g.nonActor[sw] || d.givenAt(s) || d.titleLength(s, hi) > 0 || lexFunctionWord(sw) ||
		nameConnectors[sw] {
		return 0, KindOther
	}
	if n2, _ := d.gazMatch(s, hi); n2 > 0 {
		return 0, KindOther
	}
	j := d.capRun(s, hi)
	for j > s && d.tokIn(j-1, inNameConnectors) {
		j--
	}
	if j <= s || j-s > 3 {
		return 0, KindOther
	}
	last := d.tokLower(j - 1)
	if orgHeads[last] || placeHeads[last] || thingHeads[last] || d.groupHead(j-1) || d.anyTitleWord(s, j) ||
		d.toks[j-1].flags&fPoss != 0 {
		return 0, KindOther
	}
	for k := s; k < j; k++ {
		if d.toks[k].kind != tWord || isDesignator(d.tokText(k)) || d.toks[k].flags&fAllCaps != 0 {
			return 0, KindOther
		}
	}
	if d.writtenAlone(i+n-1, s) {
		return 0, KindOther // "Indonesia AirAsia", then "AirAsia": a unit of a body named alone
	}
	_, placeGiven := placeGivenNames[d.tokLower(i)]
	given := n == 1 && (placeGiven || d.givenAt(i))
	pron := d.pronounClassAfter(j, hi)
	if given && (pron == 'p' || d.roleBefore(i) != "" || d.personApposition(j, hi) || d.placeGivenPerson(i, hi)) {
		return 0, KindOther
	}
	plural := len(last) > 4 && formTags(last)&formPlural != 0 && d.g.common[last]
	switch {
	case pron == 'i' || isTrade(last) || plural:
		return j, KindOrganization
	case given || !d.ordinaryWords(s, j):
		return 0, KindOther
	case j < hi && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 && (i == 0 || d.tokLower(i-1) != "the") &&
		(d.speaks(j, hi) || formTags(d.tokLower(j))&(formPast|formPresent) != 0 && d.lex[j]&lexFunction == 0):
		return j, KindOrganization
	}
	return j, KindOther
}

// headSurnameName reports a known given name at token i before one
// capitalised word that heads the names of bodies or places, and no more
// capitalised words: "Tom Bank", "Mary Church", "Peter Court", "Barbara
// Castle", "Julia Park" may be a person's name. A given name that is also
// a place's ("Victoria Police", "Jordan Bank") opens a body's or a place's.
// After a title ("Mayor Tom Bank") the name is a person's.
func (d *doc) headSurnameName(i, hi int) bool {
	s, j := i+1, i+2
	if j > hi || !d.givenOpener(i, j) || d.toks[i].flags&fPoss != 0 || d.toks[s].flags&fAllCaps != 0 || j < hi && d.isCapWord(j) && d.adjacent(s) {
		return false
	}
	sw := strings.TrimSuffix(d.tokLower(s), "'s")
	if !orgHeads[sw] && !placeHeads[sw] && !bodyHeadsLast[sw] {
		return false
	}
	if _, ok := placeGivenNames[d.tokLower(i)]; ok {
		return false
	}
	if h, ok := d.g.lookup(d.tokText(i)); ok && h.kind != KindPerson {
		return false
	}
	return true
}

// headSurnamePerson reports a name of headSurnameName's shape at token i
// that the article treats as a person's: a role before it, an apposition
// of a person's after it (", a spokesman for…", ", who…", ", 41,"), a
// speech verb and "he" or "she" after it, or the surname alone elsewhere
// after an honorific ("Mr Bank") or opening a clause before a speech verb
// ("Court added"). Written after "the" ("the Grace Church") or after a
// preposition of place ("on Stewart Island", "to Mary Hospital"), it stays a
// body's or a place's.
func (d *doc) headSurnamePerson(i, hi int) bool {
	j := i + 2
	if !d.headSurnameName(i, hi) {
		return false
	}
	if p := i - 1; p >= 0 && d.toks[p].kind == tWord {
		w := d.tokLower(p)
		if w == "the" || w == "on" || d.tokIn(p, inLocatives) && !(w == "to" && p > 0 && d.tokLower(p-1) == "according") {
			return false
		}
	}
	// An age, not a count: ", 41," but not "Stewart Island, 10 rare whales".
	age := j+2 < hi && d.toks[j+1].kind == tNum && d.toks[j+2].kind == tPunct && strings.ContainsAny(d.tokText(j+2), ",.")
	if d.roleBefore(i) != "" || d.personApposition(j, hi) && (j+1 >= hi || d.toks[j+1].kind != tNum || age) {
		return true
	}
	if d.speaks(j, hi) && j+1 < hi {
		if p := d.tokLower(j + 1); p == "he" || p == "she" {
			return true
		}
	}
	return d.speakerSurname(i, i+1, true)
}

// writtenAlone reports that the capitalised word at token s, written after
// the word at token p, is also written capitalised without it elsewhere
// in the article. The answer depends only on the two words, and is kept
// for them: a long article asks it of the same pair at each of its
// mentions, and each answer reads every occurrence of the word.
func (d *doc) writtenAlone(p, s int) bool {
	if d.wid[s] < 0 || d.titleCaseCount(s) < 2 {
		return false
	}
	pair := [2]int32{d.wid[p], d.wid[s]}
	if alone, ok := d.writtenAloneSeen[pair]; ok {
		return alone
	}
	alone := false
	for _, k := range d.occurrences(int(d.wid[s])) {
		if d.toks[k].flags&(fCap|fAllCaps) == fCap && (k == 0 || d.wid[k-1] != pair[0]) {
			alone = true // capitalised, and not after the word at p
			break
		}
	}
	if d.writtenAloneSeen == nil {
		d.writtenAloneSeen = map[[2]int32]bool{}
	}
	d.writtenAloneSeen[pair] = alone
	return alone
}

// ordinaryWords reports whether every word of [i, j) is an English word
// the lexicon knows, a common one, a verb's form ("Panhandle") or a common
// one's plural ("Keys"), and so no surname's ("Avery").
func (d *doc) ordinaryWords(i, j int) bool {
	for k := i; k < j; k++ {
		w := d.tokLower(k)
		if !d.g.common[w] && !nameConnectors[w] && formTags(w) == 0 &&
			!(len(w) > 3 && w[len(w)-1] == 's' && d.g.common[w[:len(w)-1]]) {
			return false
		}
	}
	return true
}

// pronounClassAfter returns the kind of the first personal pronoun after
// token j in its sentence, outside quotes: 'p' for he, she, his or her,
// 'i' for it or its, 0 for none or another (they, we).
func (d *doc) pronounClassAfter(j, hi int) byte {
	for k := j; k < hi; k++ {
		if d.toks[k].kind != tWord || d.toks[k].flags&fInQuote != 0 {
			continue
		}
		w := d.tokLower(k)
		if _, ok := personPronouns[w]; ok {
			return 'p'
		}
		switch w {
		case "it", "its":
			return 'i'
		case "they", "their", "them", "we", "our", "i":
			return 0
		}
	}
	return 0
}

// personApposition reports a comma at token j that opens an apposition
// telling a person's role, age or a relative clause of a person: ", 34,",
// ", who…", ", the council's planner,", ", a lawyer".
func (d *doc) personApposition(j, hi int) bool {
	if j+1 >= hi || d.toks[j].kind != tPunct || d.text[d.toks[j].s] != ',' {
		return false
	}
	if d.toks[j+1].kind == tNum || d.tokLower(j+1) == "who" {
		return true
	}
	for k := j + 1; k < hi && k <= j+7; k++ {
		if d.toks[k].kind != tWord {
			if d.toks[k].kind == tPunct && d.text[d.toks[k].s] == '\'' {
				continue
			}
			return false
		}
		if d.toks[k].flags&fPoss != 0 {
			continue // "the council's planner": the owner is no head
		}
		if w := d.tokLower(k); d.personHead(w) {
			return k+1 >= hi || d.toks[k+1].kind != tWord || isPreposition(d.tokLower(k+1)) || d.tokLower(k+1) == "and"
		}
	}
	return false
}

// personHead reports a noun that heads a person's role: a title, a person
// noun, or an agent noun ("planner", "lawyer") that is no kind of body.
func (d *doc) personHead(w string) bool {
	if bodyNouns[w] || businessHeads[w] || orgHeads[w] || outletNouns[w] || descHeads[w] != "" && descHeads[w] != KindPerson {
		return false
	}
	if titleHeads[w] || isPersonNoun(w) || kinNouns[w] != 0 {
		return true
	}
	if _, ok := agentOf(lemmaOf(w)); ok {
		return true
	}
	return len(w) > 5 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian"))
}

// speakerSurname reports the surname at token s used alone elsewhere in
// the article as a person's: before a speech verb or after an honorific
// ("Banks said", "Ms Moss"). With clause, a speech verb counts only after
// a surname that opens a sentence or follows a mark ("Church said", "…,
// Court added"), never one after a word ("the Church said", "Supreme
// Court said").
func (d *doc) speakerSurname(i, s int, clause bool) bool {
	if d.wid[s] < 0 {
		return false
	}
	sur := d.tokText(s)
	for _, k32 := range d.occurrences(int(d.wid[s])) {
		k := int(k32)
		if k == s || d.tokText(k) != sur {
			continue
		}
		if k > 0 && d.tokLower(k-1) == d.tokLower(i) {
			continue
		}
		if k+1 < len(d.toks) && d.speaks(k+1, len(d.toks)) &&
			(!clause || k == 0 || d.toks[k].flags&fStart != 0 || d.toks[k-1].kind == tPunct || d.toks[k-1].kind == tQuote) {
			return true
		}
		if k > 0 {
			if _, h := honorifics[strings.TrimSuffix(d.tokLower(k-1), ".")]; h {
				return true
			}
		}
	}
	return false
}

// occurrences returns the tokens of the word of id w, in text order, from an
// index of every word's tokens made on the first call: rules that look for
// a word elsewhere in the article read its few tokens, not the whole text.
func (d *doc) occurrences(w int) []int32 {
	if d.occStart == nil {
		d.occStart = zeroed(d.scratch().occStart, len(d.words)+1)
		for _, id := range d.wid {
			if id >= 0 {
				d.occStart[id+1]++
			}
		}
		for i := 1; i < len(d.occStart); i++ {
			d.occStart[i] += d.occStart[i-1]
		}
		// Every place of occPos is written below.
		d.occPos = sized(d.scratch().occPos, int(d.occStart[len(d.words)]))
		next := append(d.scratch().occNext[:0], d.occStart[:len(d.words)]...)
		d.scratch().occNext = next[:0]
		for k, id := range d.wid {
			if id >= 0 {
				d.occPos[next[id]] = int32(k)
				next[id]++
			}
		}
	}
	return d.occPos[d.occStart[w]:d.occStart[w+1]]
}

// datelineAt returns the length of a dateline at token i ("CAIRO —",
// "NEW YORK (Reuters) -", "LONDON, March 3 —"): the place a story was filed
// from, which is no actor. It returns 0 when there is none.
func (d *doc) datelineAt(i, hi, si int) int {
	if si > 3 || d.toks[i].flags&(fAllCaps|fStart) != fAllCaps|fStart {
		return 0
	}
	j := i
	for j < hi && j < i+3 && d.toks[j].kind == tWord && d.toks[j].flags&fAllCaps != 0 {
		j++
	}
	if j >= hi || j == i {
		return 0
	}
	switch d.tokText(j) {
	case "(":
		// "NAIROBI (Reuters) -": the agency's credit goes with the place.
		if j+2 < hi && d.toks[j+1].kind == tWord && d.tokText(j+2) == ")" {
			return j + 3 - i
		}
		return j - i
	case "\u2014", "\u2013", "-", ",":
		return j - i
	}
	return 0
}

// pluralDemonym reports a demonym in the plural, a noun for the people
// ("Canadians"), not an adjective ("Canadian", "Swiss").
func (d *doc) pluralDemonym(i, j int) bool {
	w := d.spanText(i, j)
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	h, ok := d.g.lookup(w[:len(w)-1])
	return ok && h.form == formDemonym
}

// lyNameStart reports a capitalised word ending in "-ly" at token i that
// opens a name rather than being an adverb opening the sentence: the next
// word is a capitalised word right after it ("Tessaly Software announced",
// "Beverly Hills Council voted"), and the word is no adverb the lexicon
// knows, none made from a word it knows ("separately", "oddly",
// "notably"), and none with an adverb's ending ("ironically",
// "worryingly", "belatedly").
func (d *doc) lyNameStart(i int) bool {
	if i+1 >= len(d.toks) || !d.adjacent(i) || !d.isCapWord(i+1) || d.sentenceOf(i+1) != d.sentenceOf(i) {
		return false
	}
	return !lyAdverb(d.tokLower(i))
}

// adverbEndings end adverbs made from adjectives and participles.
var adverbEndings = []string{"ically", "ingly", "edly", "fully", "ously", "ably", "ibly", "ively", "ently", "antly",
	"lessly", "ially", "ually", "ily"}

// lyAdverb reports a word ending in "-ly" that is an adverb: known to the
// lexicon, made from a word it knows ("odd" → "oddly", "notable" →
// "notably", "unsurprising" → "unsurprisingly"), or with an adverb's
// ending. "Tessaly", "Kimberly", "Beverly" are none.
func lyAdverb(w string) bool {
	if e := lexLookup(w); e.tags != 0 || e.class != 0 || e.lem != 0 {
		return true
	}
	for _, end := range adverbEndings {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	n := len(w)
	if n < 4 || !strings.HasSuffix(w, "ly") {
		return false
	}
	stem := w[:n-2]
	for _, s := range []string{stem, stem + "e", w[:n-1] + "e", strings.TrimPrefix(stem, "un")} {
		if e := lexLookup(s); e.tags != 0 || e.class != 0 || e.lem != 0 {
			return true
		}
	}
	return false
}

// isOrdinaryCap reports whether the capitalised word at token i is an
// ordinary word (capitalised because it opens a sentence, a quote or a
// headline) rather than a name.
func (d *doc) isOrdinaryCap(i int, headline, inRun bool) bool {
	w := d.tokLower(i)
	t := d.toks[i]
	// "HIGH-powered", "Well-known": a compound whose last part is written
	// in lower case is an ordinary word.
	if raw := d.tokText(i); strings.Contains(raw, "-") {
		if last := raw[strings.LastIndexByte(raw, '-')+1:]; last != "" && strings.ToLower(last) == last && unicode.IsLetter(rune(last[0])) {
			return true
		}
	}
	if t.flags&fAllCaps != 0 && utf8.RuneCountInString(w) <= 5 && !d.commonAt(i) {
		return false // an acronym
	}
	wi := d.wordAt(i)
	stats := wi.caps
	opening := t.flags&fStart != 0 || d.afterOpener(i)
	if opening && isDerivedNoun(w) && !wi.lex.given {
		return stats&seenCapMid == 0 // "Underperformance explains…"
	}
	// "Analysts said…", "Officials warned…": a plural agent or title noun
	// opening a sentence.
	if opening && len(w) > 4 && w[len(w)-1] == 's' && stats&seenCapMid == 0 && !inRun &&
		(titleHeads[w[:len(w)-1]] || wi.lex.tags&formPlural != 0 && endsAgent(d.lemmaAt(i))) {
		return true
	}
	if opening && !wi.lex.given && (len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") && !d.lyNameStart(i) ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && d.g.common[w[:len(w)-1]]) || len(w) > 4 && d.commonPlural(w)) {
		return stats&seenCapMid == 0 // "Testing found…", "Detectives said…"
	}
	// "Shoppers said…", "Commuters told…": the plural of an agent noun
	// made from a common word ("shop", "commute") opening the sentence.
	if opening && !wi.lex.given && !inRun && stats&seenCapMid == 0 && d.agentPluralOfCommon(w) {
		return true
	}
	// "Ships from Kenya…", "Lorries from Dalat…": a plural opening the
	// sentence, with where the things come from after it.
	if opening && !wi.lex.given && !inRun && stats&seenCapMid == 0 && len(w) > 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		i+1 < len(d.toks) && d.toks[i+1].kind == tWord && d.tokText(i+1) == "from" {
		return true
	}
	// "Conservative MEPs said…": a party's word before its members'
	// plural acronym names them.
	if opening && d.tokIn(i, inPartyWords) && d.pluralAcronymAt(i+1) {
		return false
	}
	common := wi.lex.class&lexCommon != 0 // d.g.common[w]
	if headline {
		return stats&seenCapMid == 0 || common
	}
	if !opening {
		// Mid-sentence capitals are names unless the article writes the
		// word in lower case too and it is a common word ("the Government");
		// inside a longer name ("Whole Foods") they stay.
		return !inRun && common && stats&seenLower != 0 && !d.isTitleWord(i)
	}
	if stats&seenCapMid != 0 {
		return false
	}
	if common || stats&seenLower != 0 {
		return !wi.lex.given
	}
	return false
}

// pluralAcronymAt reports a plural acronym at token k right after the
// word before it: "MPs", "MEPs", "MSPs".
func (d *doc) pluralAcronymAt(k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tWord || !d.adjacent(k-1) {
		return false
	}
	w := d.tokText(k)
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for _, c := range w[:len(w)-1] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// agentPluralOfCommon reports a plural agent noun in -ers made from a
// common word of four letters or more: "shoppers" (shop), "commuters"
// (commute), "voters" (vote).
func (d *doc) agentPluralOfCommon(w string) bool {
	if len(w) >= 8 && strings.HasSuffix(w, "ors") {
		return agentPluralOfVerb(w)
	}
	if len(w) < 8 || !strings.HasSuffix(w, "ers") {
		return false
	}
	stem := w[:len(w)-3]
	if len(stem) >= 4 && stem[len(stem)-1] == stem[len(stem)-2] {
		stem = stem[:len(stem)-1] // "shopp" of "shoppers"
	}
	return len(stem) >= 4 && (d.g.common[stem] || d.g.common[stem+"e"])
}

// agentPluralOfVerb reports a plural agent noun in -ors made from a verb:
// "Mediators", "Moderators" (-ators, of a verb in -ate), "Auditors",
// "Inspectors" (a verb whose past the lexicon knows: "audited").
func agentPluralOfVerb(w string) bool {
	stem, ok := strings.CutSuffix(w, "ors")
	if !ok || len(stem) < 4 {
		return false
	}
	if strings.HasSuffix(stem, "at") && len(stem) >= 5 {
		return true
	}
	return lexLookup(stem+"ed").tags&formPast != 0
}

// enDashIn reports an en dash among the tokens [i, j).
func (d *doc) enDashIn(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].kind != tWord && d.tokText(k) == "\u2013" {
			return true
		}
	}
	return false
}

// ofTheCountry returns the length of "of the" and a country's name after a
// body's head word at j-1 inside the run from i ("Development Bank of the
// Philippines", "Export-Import Bank of the United States"), or 0: the
// country is part of the body's name, as in "Bank of Ghana".
func (d *doc) ofTheCountry(i, j, hi int) int {
	if j == i || j+2 >= hi || d.toks[j].kind != tWord || d.tokLower(j) != "of" || d.tokLower(j+1) != "the" ||
		!d.tokIn(j-1, inOrgHeads) || !d.adjacent(j) || !d.adjacent(j+1) || !d.isCapWord(j+2) {
		return 0
	}
	n, h := d.gazMatch(j+2, hi)
	if n == 0 || h.kind != KindCountry || h.form == formDemonym {
		return 0
	}
	return 2 + n
}

// commonPlural reports the plural in -es or -ies of a common word:
// "buses", "coaches", "lorries" ("Mills" or "Wells" may be names).
func (d *doc) commonPlural(w string) bool {
	if s, ok := strings.CutSuffix(w, "ies"); ok && d.g.common[s+"y"] {
		return true
	}
	s, ok := strings.CutSuffix(w, "es")
	return ok && (strings.HasSuffix(s, "s") || strings.HasSuffix(s, "x") || strings.HasSuffix(s, "z") ||
		strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "sh")) && d.g.common[s]
}

// capRun returns the end of the run of capitalised words starting at token
// i: "Food Standards Agency", "Center on Poverty and Inequality",
// "Charles de Gaulle".
func (d *doc) capRun(i, hi int) int {
	j := i + 1
	if d.toks[i].flags&fPoss != 0 && !(j < hi && d.isCapWord(j) && d.tokIn(j, inOrgHeads)) {
		return j
	}
	hasOf, peopleOf := false, false
	personLike := d.givenAt(i)
	for j < hi && d.adjacent(j-1) {
		t := d.toks[j]
		if k := d.nameJoinerAt(j, hi); k > 0 {
			j += k // "Hollis & Crane", "St. Brendan's", Tomas "Tomi" Varga
			continue
		}
		// "Birmingham Children's Hospital": a possessive inside a name.
		if d.toks[j-1].flags&fPoss != 0 {
			if t.kind == tWord && t.flags&fCap != 0 && (d.bodyHeadAt(j) || d.tokIn(j, inPlaceHeads)) {
				j++
				continue
			}
			break
		}
		if t.kind == tWord && t.flags&fCap != 0 && (!d.tokIn(j, inNonActor) || personLike && isCalendarWord(d.tokLower(j)) ||
			d.seaAfterParticle(j)) {
			if d.postNominalEnd(i, j, hi) > j {
				break // "Priya Raman KC": letters after the name are not of it
			}
			j++
			// An initial: "Donald J. Trump".
			if t.e-t.s == 1 && j+1 < hi && d.text[d.toks[j].s] == '.' && d.isCapWord(j+1) {
				j++
			}
		} else if t.kind == tWord && t.flags&fHyphen != 0 && j > i && isNameParticle(d.tokLower(j)) {
			j++ // "Omar al-Bashir"
		} else if personLike && t.kind == tWord && d.tokLower(j) == "of" {
			break // "Jamie Werner of Ngatiwai": a person, then where from
		} else if n := d.ofTheCountry(i, j, hi); n > 0 {
			hasOf = true
			j += n // "Export-Import Bank of the United States"
			continue
		} else if k := d.foreignBodyTail(i, j, hi); k > 0 {
			j += k // "Autorité de la concurrence", "Cour de cassation"
			continue
		} else if t.kind == tWord && t.flags&fCap == 0 && d.tokIn(j, inNameParticles) && j+2 < hi && d.adjacent(j) &&
			d.adjacent(j+1) && d.toks[j+1].flags&fCap == 0 && d.isCapWord(j+2) &&
			(d.tokIn(j+1, inNameParticles) || d.tokLower(j) == "de" && articleParticles[d.tokLower(j+1)]) {
			j += 2 // "Inês van der Berg", "Banco de la Nación", "José de los Santos": two particles
			continue
		} else if t.kind == tWord && d.tokIn(j, inNameConnectors) && j+1 < hi && d.isCapWord(j+1) && d.adjacent(j) {
			c := d.tokLower(j)
			if d.tokIn(j+1, inNonActor) && !d.seaAfterParticle(j+1) {
				// "the Kenya Ports Authority on Monday", "off Brittany on
				// Sunday": the run would end on the connector. (A weekday
				// or month may end a person's name, "Theresa May", but
				// never after a connector. After a particle of another
				// language, a month's abbreviation is a word of the name:
				// "Instituto Serra do Mar", "Universidad del Mar".)
				break
			}
			if c == "and" && (!hasOf || peopleOf) && !d.andInOrgName(i, j, hi) {
				// "Britain and France", "Alibaba Group and Yahoo Japan";
				// "Envoys of Velmora and Ostrava": people of two places,
				// not one name.
				break
			}
			if c == "the" && d.tokLower(j-1) != "of" {
				break
			}
			if c == "of" || c == "on" || c == "for" {
				// "Bank of England", "Archbishop of Canterbury", "Republic
				// of Korea"; not "Amara Okafor of Nigeria".
				p := d.tokLower(j - 1)
				if j-i > 1 && !orgHeads[p] && !placeHeads[p] && !titleHeads[p] && royalTitles[p] == 0 &&
					!subunitHeads[p] && !thingHeads[p] {
					break
				}
				hasOf = true
				peopleOf = peopleOf || c == "of" && d.pluralPeopleNoun(j-1)
			}
			j++
			continue
		} else if d.pluralPossInName(j, hi) {
			j += 2 // "the National Farmers' Union": the apostrophe and the head word
			continue
		} else if t.kind == tPunct && d.text[t.s] == ']' && j+1 < hi && d.isCapWord(j+1) && d.adjacent(j) {
			j++
			continue
		} else if t.kind == tNum && j > i && d.tokIn(j-1, inOrgHeads) {
			break
		} else {
			break
		}
		if d.toks[j-1].flags&fPoss != 0 {
			// "St. Brendan's Press", "Birmingham Children's Hospital": a
			// possessive inside a longer name, before its head word.
			if j-1 > i && !personLike && j < hi && d.isCapWord(j) && d.bodyHeadAt(j) &&
				d.toks[j].s-d.toks[j-1].e <= 6 {
				j++
			}
			break
		}
	}
	return j
}

// pluralPeopleNoun reports a plural noun for people at token k, the kind
// that stands before "of" and a place: "Envoys", "Ministers", "Leaders",
// "Representatives", "Farmers".
func (d *doc) pluralPeopleNoun(k int) bool {
	w := d.tokLower(k)
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") {
		return false
	}
	return unnamedAgentNouns[w] || diplomatWords[w] || isGroupHead(w) || titleHeads[w[:len(w)-1]] || d.groupHead(k)
}

// foreignBodyLinks join the words of a body's name in a language that
// puts the head word first ("Autorité de la concurrence", "Comisión
// Nacional de los Mercados y la Competencia"); foreignBodyArticles may
// follow them.
var (
	foreignBodyLinks    = setOf("de", "des", "du", "del", "della", "delle", "dello", "degli", "di", "do", "da", "dos", "das", "y", "e", "et", "für", "zur", "zum")
	foreignBodyArticles = setOf("la", "las", "los", "le", "les", "el", "il", "lo", "l", "der", "die", "das", "dem", "den", "del", "della", "des", "du")
)

// foreignBodyTail returns how many tokens from j continue the name of a
// body that opens at token i with a head word of another language
// (foreignOrgHeads): a connector, perhaps an article, and one word, which
// that language may write in lower case ("de la concurrence", "y la
// Competencia"); right after the head, a lower-case word before such a
// connector ("Autorità garante della…"). 0 when none.
func (d *doc) foreignBodyTail(i, j, hi int) int {
	if d.tokLower(i) == "the" && i+1 < j {
		i++ // "The Autorité de la concurrence"
	}
	if !d.tokIn(i, inForeignOrgHeads) || !d.english {
		return 0
	}
	k := j
	if j == i+1 && d.foreignBodyWord(k, hi) && k+1 < hi && d.tokIn(k+1, inForeignBodyLinks) && d.adjacent(k) {
		return 1 // "garante" of "Autorità garante della concorrenza"
	}
	if k >= hi || d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 || !d.tokIn(k, inForeignBodyLinks) || !d.adjacent(k-1) {
		return 0
	}
	k++
	if k < hi && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 && d.tokIn(k, inForeignBodyArticles) && d.adjacent(k-1) {
		k++
	}
	if k >= hi || !d.adjacent(k-1) || !(d.isCapWord(k) || d.foreignBodyWord(k, hi)) {
		return 0
	}
	return k + 1 - j
}

// foreignBodyWord reports a lower-case word at token k that may stand in a
// body's name of another language: no English function word, no verb of
// saying, promising or disputing, no number.
func (d *doc) foreignBodyWord(k, hi int) bool {
	return k < hi && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 && len(d.tokText(k)) > 2 &&
		d.lex[k]&(lexFunction|lexSpeech|lexCommit|lexDispute) == 0 && !isAuxiliary(d.tokLower(k)) &&
		!d.tokIn(k, inForeignBodyLinks|inForeignBodyArticles)
}

// standaloneBodies name a body that acts on its own ("Police and Home
// Office officials" are two bodies, not one name).
var standaloneBodies = setOf("police", "government", "army", "navy", "council", "parliament", "congress",
	"senate", "cabinet", "court", "party", "church", "ministry", "department", "treasury", "military")

// andInOrgName reports whether the "and" at token a, inside the run of
// capitalised words that starts at token i, joins two ordinary words of one
// organisation's name: "Harbour and Marine Authority", "Rail and Road
// Safety Board", "Food and Drug Administration". The words before "and"
// (one or two, after an opening "The") are ordinary singular words (common,
// written in lower case elsewhere in the article, or a place's head word), none of
// them a name, a title or a body that acts alone; the words after it (one
// to three) end in an organisation's head word and do not start a known
// name. "Britain and France", "Talvik and Marine Authority", "Police and
// Home Office", "Ministers and Treasury Office" stay apart. A place may
// open the name before those words (placeLedAndName): "Dunmore Fire and
// Rescue Service".
func (d *doc) andInOrgName(i, a, hi int) bool {
	s := i
	if d.tokLower(s) == "the" {
		s++
	}
	if i >= 2 && d.toks[i-1].kind == tPunct && d.text[d.toks[i-1].s] == ',' && d.isCapWord(i-2) {
		return false // "Science, Technology and Society": the last two of a list, not the whole name
	}
	if d.placeLedAndName(s, a, hi) {
		return true
	}
	if n := a - s; n < 1 || n > 2 {
		return false
	}
	for k := s; k < a; k++ {
		if !d.ordinaryNameWord(k, false) {
			return false
		}
		if n, _ := d.gazMatch(k, a); n > 0 {
			return false
		}
	}
	if a-s == 2 && d.tokIn(a-1, inPlaceHeads) {
		return false // "Dover Harbour and …": a place's name
	}
	_, ok := d.orgTailAfterAnd(a, hi)
	return ok
}

// ordinaryNameWord reports a capitalised word at token k that may join
// another with "and" inside a body's name: an ordinary singular word
// (common, written in lower case elsewhere in the article, or a place's
// head word), and no name, title, body that acts alone, function word or
// possessive. With plural, the plural of a common word that names no
// people ("Parks", "Harbours") is one too.
func (d *doc) ordinaryNameWord(k int, plural bool) bool {
	w := d.tokLower(k)
	wi := d.wordAt(k)
	// An ordinary word: a common one, one the article also writes in
	// lower case, or a place's head word ("Harbour").
	known := wi.lex.class&lexCommon != 0 || wi.caps&seenLower != 0 || placeHeads[w]
	if !d.isCapWord(k) || wi.lex.given || d.isTitleWord(k) || standaloneBodies[w] || d.lex[k]&lexFunction != 0 ||
		d.toks[k].flags&fPoss != 0 {
		return false
	}
	if formTags(w)&formPlural != 0 || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		if !plural || isPersonNoun(w) || titleHeads[w] || standaloneBodies[strings.TrimSuffix(w, "s")] {
			return false
		}
		if _, agent := agentOf(d.lem[k]); agent {
			return false // "Workers", "Residents": people
		}
		sing := strings.TrimSuffix(w, "s")
		return d.commonPlural(w) || len(sing) > 2 && d.g.common[sing]
	}
	return known
}

// orgTailAfterAnd returns the end of the one to three capitalised words
// after the "and" at token a that end in an organisation's head word and
// start no known name ("… and Marine Authority"), and whether there are
// such words.
func (d *doc) orgTailAfterAnd(a, hi int) (int, bool) {
	e := a + 1
	for e < hi && e-(a+1) < 3 && d.isCapWord(e) && d.adjacent(e-1) && d.toks[e-1].flags&fPoss == 0 {
		e++
	}
	if e == a+1 || !d.tokIn(e-1, inOrgHeads) || !d.adjacent(a) {
		return e, false
	}
	if n, _ := d.gazMatch(a+1, hi); n > 0 {
		return e, false // "… and Home Office": a known name of its own
	}
	return e, true
}

// placeLedAndName reports whether the "and" at token a joins the ordinary
// words of a body's name that a place opens, the place at token s and one
// or two ordinary words (perhaps plural) after it: "Dunmore Fire and
// Rescue Service", "Harlow Parks and Recreation Board", "Velmoran Water
// and Sewerage Commission". The place is no title, given name, body's
// head word or known name of anything but a place; after "and" come one
// word and the head word, no more. The words before "and"
// are no name of their own: the article never writes them without "and"
// after them ("Kelso Gas said…", then "Kelso Gas and Water Board
// officials"), and they end in no body's head word ("Dunmore Council and
// Harbour Board").
func (d *doc) placeLedAndName(s, a, hi int) bool {
	if n := a - s; n < 2 || n > 3 || !d.isCapWord(s) || d.isTitleWord(s) || d.givenAt(s) || d.tokIn(s, inOrgHeads) ||
		standaloneBodies[d.tokLower(s)] || d.lex[s]&lexFunction != 0 || d.toks[s].flags&fPoss != 0 {
		return false
	}
	if n, h := d.gazMatch(s, a); n > 1 || n == 1 && h.kind != KindCountry && h.form != formPlace && h.form != formCapital &&
		h.form != formDemonym {
		return false // "Apple Music and …": a known name
	}
	for k := s + 1; k < a; k++ {
		if !d.ordinaryNameWord(k, true) || d.tokIn(k, inOrgHeads) {
			return false
		}
		if n, _ := d.gazMatch(k, a); n > 0 {
			return false
		}
	}
	if d.tokIn(a-1, inPlaceHeads) {
		return false // "Dunmore Harbour and …": a place's name
	}
	// One word and the head after "and": "… and Ostrava Port Authority"
	// may be another body's name.
	if e, ok := d.orgTailAfterAnd(a, hi); !ok || e != a+3 || d.givenAt(a+1) || d.tokIn(a+1, inOrgHeads) {
		return false
	}
	return !d.writtenWithoutAnd(s, a)
}

// writtenWithoutAnd reports whether the article writes the capitalised
// words of [s, a) elsewhere with no "and" after them: a name of its own
// ("Kelso Gas said…").
func (d *doc) writtenWithoutAnd(s, a int) bool {
	last := d.wid[a-1]
	if last < 0 {
		return false
	}
	n := a - s
	for _, k32 := range d.occurrences(int(last)) {
		k := int(k32)
		if k == a-1 || k-n+1 < 0 {
			continue
		}
		same := true
		for j := 0; j < n; j++ {
			if d.wid[k-j] != d.wid[a-1-j] || !d.isCapWord(k-j) {
				same = false
				break
			}
		}
		if same && !(k+1 < len(d.toks) && d.tokLower(k+1) == "and") {
			return true
		}
	}
	return false
}

// pluralPossInName reports the apostrophe at token j of a plural
// possessive inside a body's name, before its head word: "the Miners'
// Union", "the Scottish Teachers' Federation". A capitalised word ending
// in s comes right before it and a capitalised head of an organisation's
// name right after; "the Greens' plan" is no name.
func (d *doc) pluralPossInName(j, hi int) bool {
	if j == 0 || j+1 >= hi {
		return false
	}
	if t := d.tokText(j); t != "'" && t != "\u2019" {
		return false
	}
	p := d.toks[j-1]
	return p.kind == tWord && p.flags&fCap != 0 && p.e == d.toks[j].s && strings.HasSuffix(d.tokLower(j-1), "s") &&
		d.isCapWord(j+1) && d.adjacent(j) && d.bodyHeadAt(j+1)
}

// bodyHeadAt reports the head word of a body's name at token k: an
// organisation's (orgHeads) or one that only ends a body's name
// (bodyHeadsLast: "Guild", "Syndicate").
func (d *doc) bodyHeadAt(k int) bool {
	return d.tokIn(k, inOrgHeads|inBodyHeadsLast)
}

// titleLength returns how many tokens from i form a title or role that can
// stand before a name ("Prime Minister", "Chief Inspector", "President",
// "Mr"), or 0.
func (d *doc) titleLength(i, hi int) int {
	if i >= hi || d.toks[i].kind != tWord {
		return 0
	}
	if d.tokIn(i, inHonorifics) {
		n := 1
		if i+1 < hi && d.text[d.toks[i+1].s] == '.' {
			n++
		}
		return n
	}
	j, head := i, -1
	for j < hi && d.toks[j].kind == tWord {
		w := d.tokLower(j)
		if d.toks[j].flags&fCap == 0 && !strings.HasPrefix(w, "-") && w != "elect" && w != "of" && w != "for" {
			break
		}
		switch {
		case d.abbrevTitleAt(j, hi):
			// "Gov. Marsh", "Sen. Ruth Okonjo": the title's dot.
			head = j + 1
			j += 2
			continue
		case d.tokIn(j, inTitleHeads), w == "superior" && head == j-1:
			head = j // "Mother Superior"
		case isTitleMod(d.lexAt(j)):
		case w == "of" && head >= 0 && j+1 < hi && d.isCapWord(j+1):
			// "Secretary of State", "President of France", "Chief of
			// Staff", "Minister of Health"
			if n, _ := d.gazMatch(j+1, hi); n > 0 {
				j += 1 + n
				head = j - 1
				continue
			}
			if d.tokLower(j+1) == "state" || isTitleMod(d.lexAt(j+1)) {
				j += 2
				j += d.secondField(j, hi, true) // "Minister of Trade and Industry"
				head = j - 1
				continue
			}
			return d.titleEnd(i, head)
		case w == "for" && head >= 0 && j+1 < hi && d.isCapWord(j+1) && isPortfolio(d.lexAt(j+1)) && d.adjacent(j):
			// "Minister for Fisheries", "Minister for Energy and Water"
			j += 2
			j += d.secondField(j, hi, true)
			head = j - 1
			continue
		default:
			return d.titleEnd(i, head)
		}
		j++
		if !d.adjacent(j-1) || d.toks[j-1].flags&fPoss != 0 {
			break
		}
	}
	return d.titleEnd(i, head)
}

// secondField returns 2 when "and" at token a joins a second field of a
// government office to the one before it ("Minister of Trade and
// Industry", "Ministry of Justice and Security"), 0 otherwise. The field
// is one of the agent table's (isPortfolio). After a body's field the
// name ends: no capitalised word follows. After a title's, a person's
// name may follow, but no title word ("the Minister of Justice and
// Interior Minister Petra Lund" are two).
func (d *doc) secondField(a, hi int, title bool) int {
	if a+1 >= hi || d.tokLower(a) != "and" || !d.adjacent(a-1) || !d.adjacent(a) || !d.isCapWord(a+1) ||
		!isPortfolio(d.lexAt(a+1)) {
		return 0
	}
	if a+2 < hi && d.isCapWord(a+2) && d.adjacent(a+1) && (!title || d.isTitleWord(a+2)) {
		return 0
	}
	return 2
}

func (d *doc) titleEnd(i, head int) int {
	if head < 0 {
		return 0
	}
	// "elect" may follow the head ("Vice-president elect Mike Pence").
	if head+1 < len(d.toks) && d.tokLower(head+1) == "elect" {
		head++
	}
	return head + 1 - i
}

// isTitleWord reports a title or honorific word.
func (d *doc) isTitleWord(i int) bool {
	return d.tokIn(i, inHonorifics|inTitleHeads|inTitleMods) && !d.capitalAddedRole(i) || d.abbrevTitleAt(i, len(d.toks))
}

// capitalAddedRole reports a trade or a shared office of addedRoles
// written with a capital at token i inside a sentence, or opening it
// before no name: a word of a name ("Harlow Engineer Corps", "Banker
// said"), not a title ("Physicist Lena Berg said" keeps its title).
func (d *doc) capitalAddedRole(i int) bool {
	return d.toks[i].flags&fCap != 0 && addedRoles[d.tokLower(i)] &&
		(d.toks[i].flags&fStart == 0 || i+1 >= len(d.toks) || !d.isCapWord(i+1) || !d.adjacent(i))
}

// abbrevTitleAt reports a title abbreviated with a dot at token i: "Gov.",
// "Sen.", "Gen." (the tokens "Gov" and ".").
func (d *doc) abbrevTitleAt(i, hi int) bool {
	if i+1 >= hi || d.toks[i].kind != tWord || d.toks[i+1].s != d.toks[i].e || d.text[d.toks[i+1].s] != '.' {
		return false
	}
	return d.tokIn(i, inAbbrevTitles)
}

// abbrevTitles are the titles written abbreviated with a dot ("sen" of
// "Sen."), from titleHeads.
var abbrevTitles = func() map[string]bool {
	m := map[string]bool{}
	for w := range titleHeads {
		if strings.HasSuffix(w, ".") && len(w) <= 5 {
			m[strings.TrimSuffix(w, ".")] = true
		}
	}
	return m
}()

// personAfterTitle records the person named after a title at tokens
// [ts, te); r0 is where the role starts (a demonym before it). It returns
// the tokens consumed from ts.
func (d *doc) personAfterTitle(r0, ts, te, hi, si int) int {
	// "Secretary-General Dr Lim Hock Seng", "Chief Scientist Prof. Ana
	// Ruiz": a doctor's or professor's honorific after the title is the
	// person's form of address, not the name's first word.
	ns := te
	if w := d.tokLower(te); (w == "dr" || w == "prof") && te > ts {
		ns++
		if ns < hi && d.toks[ns].kind == tPunct && d.text[d.toks[ns].s] == '.' {
			ns++
		}
		if ns >= hi || !d.isCapWord(ns) {
			ns = te
		}
	}
	j := d.capRun(ns, hi)
	for j > ns && d.tokIn(j-1, inNameConnectors) {
		j--
	}
	if j <= ns {
		return te - ts // a title before a connector only ("Mx Al a"): no name
	}
	title := d.spanText(ts, te)
	role := d.spanText(r0, te)
	lt := strings.ToLower(strings.TrimSuffix(title, "."))
	if _, ok := honorifics[lt]; ok {
		role = ""
		if r0 < ts {
			role = d.spanText(r0, ts)
		}
	}
	d.recordRun(ns, j, hi, si, title, role, r0)
	return j - ts
}

// titleTakesName reports whether the title or role ending at token te (its
// phrase starting at r0) names the person after it. A role that describes
// rather than addresses (descriptiveRoles) needs a person's full name or a
// surname the article has given in full: "actor Tomas Varga", not "Star
// Wars" or "Student Survival". A form of address after an article before a
// single unknown word opens a compound noun: "the Major Arcana cards".
// Names ending in an organisation's head word ("Student Loans Company")
// are left to recordRun.
func (d *doc) titleTakesName(r0, te, hi int) bool {
	j := d.capRun(te, hi)
	for j > te && d.tokIn(j-1, inNameConnectors) {
		j--
	}
	if j <= te || d.tokIn(j-1, inOrgHeads) {
		return true
	}
	head := d.tokLower(te - 1)
	if head == "." && te-r0 >= 2 {
		head = d.tokLower(te - 2) // "Mr.", "Sen.": a form of address
		if _, hon := honorifics[head]; hon || abbrevTitles[head] {
			return true
		}
	}
	if _, hon := honorifics[head]; hon {
		return true
	}
	if d.givenAt(te) || j-te >= 2 && d.looksLikePersonName(te, j) || d.knownName(d.tokText(j-1)) {
		return true
	}
	if descriptiveRoles[head] {
		return false
	}
	if j-te == 1 && r0 > 0 && d.sentenceOf(r0-1) == d.sentenceOf(r0) {
		switch d.tokLower(r0 - 1) {
		case "the", "a", "an":
			return d.namedPersonBefore(te)
		}
	}
	return true
}

// namedPersonBefore reports a person already named by the word at token k
// ("Detective Ruiz … the Detective Ruiz said"): a one-word person's mention
// of that word (addMention notes each one's word).
func (d *doc) namedPersonBefore(k int) bool {
	named := d.personWords[d.tokKey(k)]
	if testNamedPersonBefore != nil {
		testNamedPersonBefore(d, k, named)
	}
	return named
}

// testNamedPersonBefore, set by the test that compares what
// namedPersonBefore finds with what reading every mention finds (nil
// outside it), is called with each word asked about and the answer.
var testNamedPersonBefore func(d *doc, k int, named bool)

// hyphenParts records the capitalised parts of a hyphenated token that are
// known names ("Russia-Ukraine war", "US-UK", "anti-Trump").
func (d *doc) hyphenParts(i, si int) bool {
	t := d.toks[i]
	s := d.text[t.s:t.e]
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' })
	if len(parts) < 2 {
		return false
	}
	found := false
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			continue
		}
		if h, ok := d.g.lookup(p); ok && h.form != formPlace {
			m := mention{sent: int32(si), t0: int32(i), t1: int32(i + 1), r0: int32(i), ent: -1, kind: h.kind,
				form: h.form, key: h.name, flags: mAdj}
			d.addMentionAt(m)
			found = true
		} else if d.capStats(asciiLower(p))&seenCapMid != 0 || d.knownName(p) {
			m := mention{sent: int32(si), t0: int32(i), t1: int32(i + 1), r0: int32(i), ent: -1, kind: "",
				form: formUnknown, key: p, flags: mAdj}
			d.addMentionAt(m)
			found = true
		}
	}
	return found
}

// addMentionAt adds a mention that may share its token with another.
func (d *doc) addMentionAt(m mention) {
	prev := d.byTok[m.t0]
	d.addMention(m)
	if prev != 0 {
		d.byTok[m.t0] = prev
	}
}

// knownName reports whether a word appears elsewhere as a full name's last
// word (so "Trump" in "anti-Trump" counts once "Donald Trump" is named).
func (d *doc) knownName(w string) bool {
	return len(d.surnamesSeen) > 0 && isTrue(byNameKey(d.surnamesSeen, w))
}

// tokKey returns the nameKey of token k, without allocating for ASCII.
func (d *doc) tokKey(k int) string {
	w := d.tokLower(k)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return nameKey(d.tokText(k))
		}
	}
	return w
}

// recordRun classifies the capitalised run [i, j) and records it as a
// mention. title is the title before it ("Mr", "President"), role the role.
func (d *doc) recordRun(i, j, hi, si int, title, role string, r0 int) {
	g := d.g
	m := mention{sent: int32(si), t0: int32(i), t1: int32(j), r0: int32(r0), ent: -1, role: role}
	m.setTitle(title)
	name := d.spanText(i, j)
	if strings.ContainsAny(name, "[]") {
		name = strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(name)), " ")
	}
	// A gazetteer entry inside the run after a title: "Queen Elizabeth"? no;
	// "President Putin" is a person: titles win.
	lt := strings.ToLower(strings.TrimSuffix(title, "."))
	if gen, ok := royalTitlesOf(lt); ok {
		m.kind, m.form, m.gender = KindPerson, formPerson, gen
		m.key = strings.TrimSpace(title + " " + name)
		m.setTitle("")
		d.addMention(m)
		return
	}
	last := d.tokLower(j - 1)
	firstW := d.tokLower(i)
	n := j - i
	if nick, _ := d.nickname(i, j); nick != "" {
		n -= 3 // Tomas “Tomi” Varga: two names and a nickname
	}
	if n == 1 && title == "" && (d.productTail(i) || roleAcronymPlural(name) && !d.setApartAfter(j, hi)) {
		return // "Kalyx 9 Pro", "CEOs": a product's model word, a kind of people
	}
	switch {
	case d.tokIn(j-1, inLegislatorAcronyms) && legislatorAcronyms[d.tokText(j-1)] && title == "":
		// "MPs", "Green MEPs": members of a parliament, a group.
		m.kind, m.form = KindGroup, formOrg
	case n >= 2 && d.tokIn(j-2, inPlaceHeads) && len(last) > 4 && last[len(last)-1] == 's' && !strings.HasSuffix(last, "ss") &&
		!d.tokIn(j-1, inPlaceHeads) && !d.tokIn(j-1, inOrgHeads):
		// "Tampa Bay Buccaneers", "Golden State Warriors": a team.
		m.kind, m.form = KindOrganization, formOrg
	case n >= 2 && !d.tokIn(j-1, inOrgHeads) && d.groupHead(j-1):
		// "House Democrats", "Senate Republicans": a group.
		m.kind, m.form = KindGroup, formOrg
	case title == "" && n >= 2 && d.tokIn(i, inRoyalTitles) && !d.tokIn(j-1, inOrgHeads):
		// "Pope Leontius III", "King Abdullah" read as one run.
		m.kind, m.form, m.gender = KindPerson, formPerson, royalTitles[firstW]
	case title != "":
		m.kind, m.form = KindPerson, formPerson
		if _, peer := peerTitles[lt]; peer {
			// "Lord Hale of Marlow": the peer's surname is his name.
			if k := strings.Index(name, " of "); k > 0 {
				m.key = name[:k]
			}
		}
		if gen, ok := honorifics[lt]; ok {
			m.gender = gen
		} else {
			m.gender = g.gender(d.tokText(i))
		}
		if _, hon := honorifics[lt]; d.tokIn(j-1, inOrgHeads) && (n > 1 || !hon) && !(n == 2 && d.headSurnameName(i, hi)) {
			// "Federal Executive Council": a title word opens an
			// organisation's name.
			m.kind, m.form, m.role = KindOrganization, formOrg, ""
			m.setTitle("")
			m.key = strings.TrimSpace(title + " " + name)
		} else if _, hon := honorifics[lt]; !hon && n >= 2 && pluralTrade(last) && d.tradeName(i, j, hi, r0) {
			// "Rival Eastholm Tankers", "Owner Dunmere Carriers": a
			// plural trade ends a business's name, whatever role is before it.
			m.kind, m.form, m.role = KindOrganization, formOrg, ""
			m.setTitle("")
		}
	case n >= 2 && n <= 3 && (d.tokIn(j-1, inClubSuffixes) || d.tokIn(i, inClubPrefixes)):
		// "Ashbury United", "Kelbridge Athletic", "FC Norden": a club.
		m.kind, m.form = KindOrganization, formOrg
	case n >= 2 && n <= 3 && d.jobBeforeName(i, j, r0):
		// "character actor Bill Nighy", "striker Will Amos": a job noun
		// before a name whose first word is an everyday one.
		m.kind, m.form = KindPerson, formPerson
		m.gender = g.gender(d.tokText(i))
	case d.tokIn(j-1, inThingHeads) && n > 1, d.tokIn(i, inThingHeads) && n > 1 && !(firstW == "bill" && d.looksLikePersonName(i, j)),
		n == 2 && d.tokIn(i, inBallotHeads) && len(d.tokText(j-1)) <= 3:
		// ("Bill Gates", "Bill Shorten": the one head of a thing's name
		// that is a given name too, before a surname; "Bill C-11", "Bill
		// of Rights" stay things.)
		// "Affordable Care Act", "Hurricane Sandy", "Measure K": things,
		// not actors.
		m.kind, m.form = KindOther, formPlace
	case n == 2 && title == "" && d.headSurnamePerson(i, hi):
		// "Tom Bank, a spokesman", "Mary Church, who chairs…", "Barbara
		// Castle said she…": a given name before a head noun of bodies or
		// places, in a person's context, is a person's name.
		m.kind, m.form = KindPerson, formPerson
		m.gender = g.gender(d.tokText(i))
	case n > 1 && d.tokIn(j-1, inBodyHeadsLast) && !d.givenAt(i):
		// "Velmont Fishing Guild", "Velmora Embassy", "Tarn Valley
		// Militia": the head noun of a body ends the name ("Anna Guild",
		// after a given name, is a person).
		m.kind, m.form = KindOrganization, formOrg
	case d.tokIn(j-1, inOrgHeads) && n > 1, n > 2 && d.tokIn(i, inOrgHeads) && d.tokIn(i+1, inNameConnectors), n > 2 && d.orgHeadBeforeOf(i, j),
		n > 2 && strings.Contains(name, " & "), n >= 2 && d.tokIn(i, inForeignOrgHeads):
		// "UK Ministry of Defense", "Bank of Ruritania", "Hollis & Crane",
		// "Banco do Brasil"
		m.kind, m.form = KindOrganization, formOrg
	case n >= 2 && isTrade(last) && d.tradeName(i, j, hi, r0):
		// "Dalmore Shipping", "Harbour Freight": a name and a trade.
		m.kind, m.form = KindOrganization, formOrg
	case n == 1 && d.toks[i].flags&fAllCaps != 0 && len(name) <= 6:
		m.kind, m.form = KindOrganization, formOrg
		m.flags |= mShape
	case d.tokIn(j-1, inPlaceHeads) && n > 1, n >= 2 && d.tokIn(i, inCompassWords) && d.placeRest(i+1, j):
		// "Indian Ocean"; "South Atlantic", "Western Australia": a part
		// of a place is a place.
		m.kind, m.form = KindOther, formPlace
	case n >= 2 && d.tokIn(i, inPlaceFirstWords):
		// "Cape Canaveral", "Lake Victoria", "Port Harcourt"
		m.kind, m.form = KindOther, formPlace
	case n >= 2 && n <= 4 && (d.tokIn(j-1, inProductWords) || lexFunctionWord(last)):
		// "Vision Pro", "Super Mario Run": products, not people.
		m.kind, m.form = KindOther, formPlace
	case n >= 2 && d.enDashIn(i, j):
		// "the Murray–Darling Basin", "the Murray–Darling": names joined
		// by an en dash name a place or a thing, not a person.
		m.kind, m.form = KindOther, formPlace
	case n >= 2 && n <= 4 && d.looksLikePersonName(i, j) && !(d.placeBefore(i) && !d.looksLikePersonName(i+1, j)):
		// ("off Chelsea Point": after a preposition of place, a given
		// name before an ordinary word names a place.)
		m.kind, m.form = KindPerson, formPerson
		m.gender = g.gender(d.tokText(i))
	case n == 1:
		m.form = formUnknown
		if g.isGivenName(name) && !d.placeBefore(i) {
			// ("sank off Brittany", "farms across Brittany": after a
			// preposition of place a given name alone names the place.)
			m.kind, m.form, m.gender = KindPerson, formPerson, g.gender(name)
		} else if i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].flags&fCap == 0 && kinNouns[d.tokLower(i-1)] != 0 && d.adjacent(i-1) {
			// "his wife Grace", "her son Kofi"
			m.kind, m.form, m.gender = KindPerson, formPerson, kinNouns[d.tokLower(i-1)]
			m.role = d.tokLower(i - 1)
		} else if d.isTitleWord(i) || d.tokIn(i, inThingHeads) || d.numberedProvision(i, j, hi) ||
			d.commonAt(i) && (!d.speaks(j, hi) || i > 0 && d.tokLower(i-1) == "the") &&
				!(i > 0 && d.tokLower(i-1) != "the" && d.knownName(name)) {
			// ("Bell" after "Nora Bell" is her surname.)
			// A lone title ("the President") or a capitalised ordinary word
			// ("Article 5") is not a name.
			return
		} else if d.loneOpener(i, j, hi) {
			return
		}
	default:
		if d.allCommon(i, j) {
			return // "First Amendment", "Flag Code": capitalised things, not actors
		}
		m.form = formUnknown
	}
	// "a Catholic priest", "Muslim leaders": a faith as an adjective.
	if n == 1 && d.tokIn(i, inFaithAdjectives) && j < hi && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 {
		return
	}
	// "Kaduna and Nasarawa states", "Kivu province": places.
	if m.form == formUnknown && j < hi && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 && d.tokIn(j, inRegionNouns) {
		// "Emery states, “…”": "states" may be the verb; then a
		// preposition or "and" must come before the name.
		if w := d.tokLower(j); w != "state" && w != "states" || i > 0 && (d.tokLower(i-1) == "and" || isPreposition(d.tokLower(i-1))) {
			m.kind, m.form = KindOther, formPlace
		}
	}
	// "the State of the Cryosphere report", "the Global Peace Index
	// survey": the title of a work, not an actor.
	if m.form == formUnknown && j < hi && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 && d.tokIn(j, inWorkNouns) &&
		!d.reportsVerb(j, hi) {
		return
	}
	if m.kind == KindPerson && m.role == "" {
		m.role = d.roleBefore(r0)
	}
	if m.kind == KindPerson {
		// "Priya Raman KC, representing the tenants,": the role after the
		// letters, or the one they give.
		if pe := d.postNominalEnd(i, j, hi); pe > j {
			if m.role == "" {
				m.role = d.roleAfter(pe, hi)
			}
			if m.role == "" {
				m.role = postNominals[d.tokText(j)]
			}
			if d.toks[pe-1].flags&fPoss != 0 {
				m.flags |= mPoss
			}
		} else if m.role == "" {
			m.role = d.roleAfter(j, hi)
		}
	}
	// "Trump supporters", "Royal Shrewsbury hospital": a name and a group
	// noun or an organisation written in lower case.
	if j < hi && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 && d.adjacent(j-1) && d.toks[j-1].flags&fPoss == 0 {
		w := d.tokLower(j)
		k, ok := d.groupNounAt(j)
		// ("the Velmora capital": the lower-case word is the city, not the
		// head of a firm's name, "Velmora Capital".)
		if !ok && d.tokIn(j, inOrgHeads) && w != "news" && w != "post" && w != "times" && w != "capital" {
			k, ok = KindOrganization, true
			// "Velmoran society", in a story that names Velmora: the
			// place's people at large, no body.
			if w == "society" && n == 1 && d.placeOfDerivative(i) != "" {
				ok = false
			}
		}
		if ok && (m.form == formUnknown || m.form == formOrg || m.form == formPerson && title == "") {
			m.t1++
			m.kind, m.form, m.role, m.gender = k, formOrg, "", genderUnknown
			if w == "officials" || w == "executives" {
				// "Con Edison officials said": the organisation speaks.
				m.kind = KindOrganization
				if n == 1 {
					// "Velmoran officials said", in a story that names
					// Velmora: the place's officials, not a body named
					// "Velmoran".
					if p := d.placeOfDerivative(i); p != "" {
						m.key = p
					}
				}
			} else {
				name = name + " " + w
			}
		}
	}
	if m.key == "" {
		m.key = name
		// "Ostravan negotiators", "the Velmoran government", in a story
		// that names Ostrava or Velmora: the place's agents or
		// government (a noun that makes a demonym an actor), not a body
		// of their own.
		if n == 1 && title == "" && j < hi && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0 && d.adjacent(j-1) &&
			isGroupHead(d.tokLower(j)) && (m.t1 == int32(j) && m.form != formPerson || d.tokLower(j) == "government") &&
			m.form != formPlace && m.kind != KindOther {
			if p := d.placeOfDerivative(i); p != "" {
				m.key, m.kind, m.form, m.role, m.gender = p, KindOrganization, formOrg, "", genderUnknown
			}
		}
	}
	if m.form == formOrg && title == "" && d.countryStateBody(&m, i, j) {
		return
	}
	if nick, rest := d.nickname(i, j); nick != "" {
		// Tomas “Tomi” Varga: the name without the nickname, which is
		// another form of it.
		m.setNick(nick)
		if m.key == name {
			m.key = rest
		}
	}
	// Strip a web domain: "Snopes.com" → "Snopes".
	if k := strings.LastIndexByte(m.key, '.'); k > 0 && n == 1 {
		switch strings.ToLower(m.key[k:]) {
		case ".com", ".org", ".net", ".co.uk", ".io", ".uk":
			m.key = m.key[:k]
			if h, ok := g.lookup(m.key); ok {
				m.key, m.kind, m.form = h.name, h.kind, h.form
			} else {
				m.kind, m.form = KindOrganization, formOrg
			}
		}
	}
	d.addMention(m)
}

// stateBodyHeads are the head words of the generic names of a state's
// executive bodies: "Foreign Ministry", "Justice Department", "Home Office".
var stateBodyHeads = setOf("ministry", "department", "office", "government", "cabinet", "treasury")

// countryStateBody reads a generic name of a state body, run [i, j) of
// mention m ("Foreign Ministry", "Ministry of Foreign Affairs": a head of
// stateBodyHeads and words that name no place, body or person), as the country's it belongs to.
// Right after a country's possessive ("Egypt's Foreign Ministry") the
// possessive mention takes in the name and m is not added (it reports
// true); the body speaks, commits and disputes as Egypt, as "Egypt's
// foreign ministry" does in lower case, and two countries' ministries are
// never one actor. Alone, the name becomes a mention of the one country
// the article gave it so before. A party, a court or a body with a name of
// its own is left alone.
func (d *doc) countryStateBody(m *mention, i, j int) bool {
	head := false
	for k := i; k < j; k++ {
		w := d.tokLower(k)
		if stateBodyHeads[w] {
			head = true
		} else if _, known := d.g.lookup(d.tokText(k)); known && !d.g.common[w] || d.g.isGivenName(d.tokText(k)) {
			return false // "Egypt's Suez Ministry", "Kenya's Odinga Government": a name of its own
		}
	}
	if !head {
		return false
	}
	key := nameKey(m.key)
	if n := len(d.ments); n > 0 && i > 0 {
		if p := &d.ments[n-1]; int(p.t1) == i && p.flags&mPoss != 0 && p.kind == KindCountry {
			p.t1 = int32(j)
			p.flags &^= mPoss
			if d.stateBodies == nil {
				d.stateBodies = map[string]string{}
			}
			if c, ok := d.stateBodies[key]; ok && c != p.key {
				d.stateBodies[key] = ""
			} else {
				d.stateBodies[key] = p.key
			}
			return true
		}
	}
	if c := d.stateBodies[key]; c != "" {
		m.key, m.kind, m.form = c, KindCountry, formName
	}
	return false
}

// jobBeforeName reports a run [i, j) that the job noun before it makes a
// person's name though its first word is an everyday word ("character
// actor Bill Nighy", "striker Will Amos", "singer Rose Merle"): a
// lower-case role before it and a last word that is no ordinary word and
// ends no body's or place's name. r0 is where the words before the name
// start.
func (d *doc) jobBeforeName(i, j, r0 int) bool {
	if r0 != i || i == 0 || d.toks[i-1].kind != tWord || d.toks[i-1].flags&fCap != 0 || !d.tokIn(i-1, inTitleHeads) {
		return false
	}
	last := d.tokLower(j - 1)
	if first := d.tokLower(i); !d.commonAt(i) && !thingHeads[first] || d.commonAt(j-1) || orgHeads[last] ||
		placeHeads[last] || isTrade(last) {
		return false
	}
	for k := i; k < j; k++ {
		if d.toks[k].kind != tWord || d.toks[k].flags&fCap == 0 {
			return false
		}
	}
	return d.roleBefore(r0) != ""
}

// nameOpener reports that the capitalised word at token i, opening a
// sentence before an organisation's head or a trade, may be the first word
// of its name: no adverb ("Even", "Still") and no verb form ("Added",
// "Rising", "Says").
func (d *doc) nameOpener(i int) bool {
	w := d.tokLower(i)
	return !isAdverb(w) && !isVerbLike(w) && !strings.HasSuffix(w, "ing") && d.lex[i]&(lexSpeech|lexThink) == 0 &&
		formTags(w)&(formPast|formPresent) == 0
}

// placeBefore reports a preposition of place just before token i, in its
// sentence: "off", "near", "across". A name after one locates
// something ("sank off Brittany", "a storm near Chelsea Point"); a given
// name there is no evidence of a person.
func (d *doc) placeBefore(i int) bool {
	p := i - 1
	return p >= 0 && d.toks[p].kind == tWord && d.toks[p].flags&fCap == 0 && placeBeforeWords[d.tokLower(p)] &&
		d.sentenceOf(p) == d.sentenceOf(i)
}

// placeBeforeWords are the prepositions of placeBefore: those after which a
// name is where something is, hardly ever who.
// Not "in", which as often says what a person is in ("confidence in
// Brittany", "a role in Kyle's film").
var placeBeforeWords = setOf("off", "near", "across", "throughout", "inside", "outside", "within")

// peerTitles precede a peer's name: "Lord Hale of Marlow".
var peerTitles = setOf("lord", "baroness", "baron", "lady", "viscount", "earl")

// kinNouns name a relative before a first name, with the gender they imply.
var kinNouns = map[string]int8{"wife": genderFemale, "husband": genderMale, "son": genderMale, "daughter": genderFemale,
	"brother": genderMale, "sister": genderFemale, "mother": genderFemale, "father": genderMale, "widow": genderFemale,
	"widower": genderMale, "uncle": genderMale, "aunt": genderFemale, "nephew": genderMale, "niece": genderFemale,
	"grandson": genderMale, "granddaughter": genderFemale, "partner": genderUnknown, "fiancee": genderFemale,
	"fiance": genderMale, "girlfriend": genderFemale, "boyfriend": genderMale, "cousin": genderUnknown}

// faithAdjectives name a faith; before a lower-case noun they describe it.
var faithAdjectives = setOf("catholic", "protestant", "anglican", "orthodox", "evangelical", "muslim", "islamic",
	"christian", "jewish", "hindu", "buddhist", "sikh", "sunni", "shia", "shiite", "methodist", "baptist", "lutheran")

// regionNouns follow the name of a place inside a country.
var regionNouns = setOf("state", "states", "province", "provinces", "region", "regions", "county", "counties",
	"district", "districts", "prefecture", "governorate", "oblast")

// placeFirstWords open the name of a place.
var placeFirstWords = setOf("cape", "mount", "mt", "lake", "port", "fort", "isle", "gulf", "bay", "glen")

// productWords end the name of a product or model, never a person's.
var productWords = setOf("pro", "max", "plus", "mini", "ultra", "lite", "edition", "run", "go")

// productTails are the model words that end a product's name ("Kalyx 9
// Pro", "Orbit 4 Ultra") and are nobody's name alone; "Max" is left out,
// a given name.
var productTails = setOf("pro", "plus", "mini", "ultra", "lite", "edition")

// productTail reports the capitalised word at token i as the model word
// of a product written right after its number or name ("Kalyx 9 Pro",
// "KX4 Pro").
func (d *doc) productTail(i int) bool {
	if i == 0 || !d.tokIn(i, inProductTails) || !d.adjacent(i-1) {
		return false
	}
	return d.toks[i-1].kind == tNum || d.isCapWord(i-1) || strings.ContainsAny(d.tokText(i-1), "0123456789")
}

// setApartAfter reports a run ending at token j followed by what the
// people it names are of, at or from ("CEOs from the three big banks"):
// people the story sets apart, as kindOfPeople reads them.
func (d *doc) setApartAfter(j, hi int) bool {
	if j >= hi || d.toks[j].kind != tWord {
		return false
	}
	switch d.tokLower(j) {
	case "of", "at", "from":
		return true
	}
	return false
}

// roleAcronymPlural reports the plural of a role's acronym ("CEOs",
// "CFOs"): a kind of people, not a body's name. Members of a parliament
// ("MPs", "MEPs") are a group the story names (legislatorAcronyms).
func roleAcronymPlural(name string) bool {
	a, ok := strings.CutSuffix(name, "s")
	if !ok || len(a) < 2 || strings.ToUpper(a) != a || legislatorAcronyms[name] {
		return false
	}
	w := strings.ToLower(a)
	return titleHeads[w] || descriptiveRoles[w] || bodyOffices[w]
}

// lexFunctionWord reports a function word ("is", "of") ending a run: "Neon
// Is" is a headline fragment, not a name.
func lexFunctionWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "can", "to", "the", "a", "an":
		return true
	}
	return false
}

// workNouns follow the title of a report, a programme or a law.
var workNouns = setOf("report", "reports", "index", "survey", "study", "review", "programme", "program", "scheme",
	"strategy", "doctrine", "initiative", "bill", "act", "treaty", "accord", "accords", "plan", "framework")

// reportsVerb reports "reports" or "plans" at token k read as the verb:
// "…, Byteline reports.", "Byteline reports that…" — followed by the
// sentence's end, "that" or a comma, not by the noun a work's title
// would take.
func (d *doc) reportsVerb(k, hi int) bool {
	w := d.tokLower(k)
	if formTags(w)&formPresent == 0 {
		return false
	}
	n := k + 1
	return n >= hi || d.tokLower(n) == "that" || d.toks[n].kind == tQuote ||
		d.toks[n].kind == tPunct && strings.ContainsAny(d.tokText(n), ".,:;!?")
}

// loneOpener reports an unknown word capitalised only because it opens
// the sentence, followed by a modal and "be" or "have" and found nowhere
// else in the article: "Debris would be expected to drift", "Turnout
// could be low". A name used once, only so, tells too little to be an
// actor.
func (d *doc) loneOpener(i, j, hi int) bool {
	if j >= hi || d.toks[j].kind != tWord || d.toks[i].flags&fAllCaps != 0 {
		return false
	}
	// A modal and "be" or "have": "would be expected", "could be low" —
	// not "Corvane will cut 300 jobs".
	switch d.tokLower(j) {
	case "would", "could", "might", "may", "should", "can":
	default:
		return false
	}
	if j+1 >= hi || d.tokLower(j+1) != "be" && d.tokLower(j+1) != "have" {
		return false
	}
	lo, _ := d.sentRange(d.sentenceOf(i))
	for k := lo; k < i; k++ {
		if d.toks[k].kind == tWord || d.toks[k].kind == tNum {
			return false
		}
	}
	return d.titleCaseCount(i) == 1
}

// titleCaseCount returns how many tokens of the article are token i's
// word written as token i is, with a capital first letter and not all in
// capitals ("Turnout", not "turnout" or "TURNOUT"). The counts are made
// once, in one pass over the tokens, when first asked for.
func (d *doc) titleCaseCount(i int) int {
	if d.titleCase == nil {
		d.titleCase = make([]int32, len(d.words))
		for k := range d.toks {
			if d.toks[k].flags&(fCap|fAllCaps) == fCap && d.wid[k] >= 0 {
				d.titleCase[d.wid[k]]++
			}
		}
	}
	return int(d.titleCase[d.wid[i]])
}

// speaks reports whether a speech verb follows token j in the sentence.
func (d *doc) speaks(j, hi int) bool {
	return j < hi && d.toks[j].kind == tWord && d.lex[j]&lexSpeech != 0
}

// looksLikePersonName reports whether tokens [i, j) read as a person's name:
// a known given name first, or words that are not ordinary English words.
func (d *doc) looksLikePersonName(i, j int) bool {
	if d.givenAt(i) {
		return true
	}
	// "Bin Salman", "Ibn Saud", "Van Gaal": a patronymic is a person's,
	// and so is a particle before a given name; another particle may
	// open a place's or a body's name too ("El Alamein", "De Beers").
	if j-i >= 2 && d.toks[i].flags&fCap != 0 && capParticles[d.tokLower(i)] {
		if !patronymics[d.tokLower(i)] && !d.givenAt(i+1) && !d.particleWrittenLower(i, j) {
			return false
		}
		i++
	}
	// "Marina de Guerra del Peru": a name ending in a country's is no one's.
	if h, ok := d.g.lookup(d.tokText(j - 1)); ok && h.kind == KindCountry && h.form == formName && j-i > 1 {
		return false
	}
	// "Man Haron Monis": an unusual first name before two name words.
	if j-i >= 3 && !d.commonAt(j-1) && !d.commonAt(j-2) {
		i++
	}
	for k := i; k < j; k++ {
		if d.toks[k].kind == tQuote || d.toks[k].flags&fInQuote != 0 {
			continue // a nickname: Tomas “Tomi” Varga
		}
		w := d.tokLower(k)
		if d.toks[k].kind != tWord || d.toks[k].flags&fAllCaps != 0 && len(w) > 1 || nameConnectors[w] && k > i && k < j-1 {
			if nameConnectors[w] {
				continue
			}
			return false
		}
		// commonAt is d.g.common[w], read from the token's lexicon entry
		// instead of a map: a name the gazetteer does not know reads
		// every one of its words here.
		if d.commonAt(k) && !(k == i && len(w) == 2 && strings.HasSuffix(d.tokText(k), ".")) {
			return false
		}
	}
	return true
}

// placeSurname reports a place's name at token i that a lower-case
// particle before it makes a surname ("said de Albuquerque", where the
// article named "Ana de Albuquerque" before): the particle is in the
// sentence, right before the name and after no capitalised word, and a
// person named earlier has a name that ends in the particle and the place.
func (d *doc) placeSurname(i, si int) bool {
	p := i - 1
	if p < 0 || d.toks[p].kind != tWord || d.toks[p].flags&fCap != 0 || !d.tokIn(p, inNameParticles) ||
		!d.adjacent(p) || d.sentenceOf(p) != si || p > 0 && d.isCapWord(p-1) && d.adjacent(p-1) {
		return false
	}
	return d.personEndingIn(" " + d.spanText(p, i+1))
}

// personEndingIn reports a person named earlier whose name ends in tail
// (" dos Santos", " al-Hashimi").
func (d *doc) personEndingIn(tail string) bool {
	for k := len(d.ments) - 1; k >= 0; k-- {
		if m := &d.ments[k]; m.form == formPerson && strings.HasSuffix(m.key, tail) {
			return true
		}
	}
	return false
}

// seaAfterParticle reports a word at token j that reads as a month's
// abbreviation but follows a connector of another language, inside a name:
// "Serra do Mar", "Universidad del Mar" ("mar" is the sea).
func (d *doc) seaAfterParticle(j int) bool {
	w := d.tokLower(j)
	return j > 0 && len(w) == 3 && isCalendarWord(w) && foreignConnector(d.tokLower(j-1)) && d.toks[j-1].flags&fCap == 0
}

// foreignConnector reports a connector of names in another language: "do",
// "de", "del", "van" (not "of", "and", "the").
func foreignConnector(c string) bool {
	switch c {
	case "of", "for", "on", "and", "&", "the", "at":
		return false
	}
	return nameConnectors[c]
}

// particleWrittenLower reports whether the article also writes the run
// [i, j), opened by a capitalised particle, with the particle in lower case
// after a space: "Dos Santos Rocha said…" at the start of a sentence and
// "Rui dos Santos Rocha" or "said dos Santos Rocha" elsewhere. A particle
// is written in lower case only inside a person's name, so the run is a
// surname ("De Beers", "El Alamein" keep their capital everywhere).
func (d *doc) particleWrittenLower(i, j int) bool {
	if j-i < 2 || !d.tokIn(i, inNameParticles) {
		return false
	}
	s := d.spanText(i, j)
	return d.textHas(" "+d.tokLower(i)+s[len(d.tokText(i)):], len(d.tokLower(i))+2)
}

// textHas is strings.Contains(d.text, s), for the few texts s that are
// looked for again and again (particleWrittenLower's, one for every name
// a capitalised particle opens): the answer is kept, and each opening of
// k bytes of such an s is found once, at every place in the text, so that
// a long article is not read once for every name.
func (d *doc) textHas(s string, k int) bool {
	if s == "" {
		return true
	}
	if has, ok := d.lowerRuns[s]; ok {
		return has
	}
	if d.lowerRuns == nil {
		d.lowerRuns, d.lowerRunAt = map[string]bool{}, map[string][]int32{}
	}
	k = min(k, len(s))
	open := s[:k]
	at, ok := d.lowerRunAt[open]
	if !ok {
		for p := 0; p < len(d.text); {
			q := strings.Index(d.text[p:], open)
			if q < 0 {
				break
			}
			at = append(at, int32(p+q))
			p += q + 1
		}
		d.lowerRunAt[open] = at
	}
	has := false
	for _, p := range at {
		if strings.HasPrefix(d.text[p:], s) {
			has = true
			break
		}
	}
	d.lowerRuns[s] = has
	return has
}

// tradeName reports whether the run [i, j), which ends in a trade word
// ("Shipping", "Freight"), names a business: a name-like word before the
// trade, which is no known given name ("Mark Shipping" is a man's name),
// and no role beside the run (", a retired captain,", "treasurer Ngozi
// Steel"). r0 is where the words before the name start.
func (d *doc) tradeName(i, j, hi, r0 int) bool {
	if d.givenAt(i) {
		return false
	}
	named := false
	for k := i; k < j-1; k++ {
		w := d.tokLower(k)
		if d.toks[k].kind != tWord || d.toks[k].flags&fCap == 0 && !nameConnectors[w] {
			return false
		}
		if !d.g.common[w] && !nameConnectors[w] && !isTrade(w) {
			named = true
		}
	}
	if named && pluralTrade(d.tokLower(j-1)) {
		return true // "rival Eastholm Tankers", "owner Dunmere Carriers": a plural trade names no person
	}
	if !named || d.roleAfter(j, hi) != "" {
		return false
	}
	// "Her owner, Kessock Fishing,": a company holds a thing as a
	// person does; another role before the name is a person's.
	role := d.roleBefore(r0)
	return role == "" || holderRoles[strings.ToLower(role[strings.LastIndexByte(role, ' ')+1:])]
}

// holderRoles are the roles of one who holds or runs a thing for gain,
// which a company has as often as a person: "its owner", "the ship's
// operator".
var holderRoles = setOf("owner", "owners", "operator", "operators", "charterer", "charterers", "insurer", "landlord",
	"employer", "contractor", "supplier", "builder", "buyer", "seller", "lessor")

// pluralTrade reports a trade word in the plural ("carriers", "tankers",
// "ferries"), in lower case: the end of a business's name, never of a
// person's, whatever role is written before it.
func pluralTrade(w string) bool {
	return isTrade(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// commonAt reports whether the lower-cased word of token i is an ordinary
// word (gazetteer.common), from its lexicon entry's class instead of a
// lookup of the word in the map.
func (d *doc) commonAt(i int) bool { return d.lexAt(i).class&lexCommon != 0 }

// allCommon reports whether every word of [i, j) is an ordinary word.
func (d *doc) allCommon(i, j int) bool {
	for k := i; k < j; k++ {
		if !d.commonAt(k) && !d.tokIn(k, inNameConnectors) {
			return false
		}
	}
	return true
}

// actorStarts reports a mention found so far that starts at token k and
// names an actor (not a description such as "the Foreign Secretary").
func (d *doc) actorStarts(k int) bool {
	n := d.byTok[k]
	return n != 0 && d.ments[n-1].form != formDesc
}

// roleBefore reads a lower-case role just before a name: "photographer
// Vanessa Hicks", "staff writer David Emery".
func (d *doc) roleBefore(r0 int) string {
	// "the British Foreign Secretary, Daniel Whitcombe", "the Commission's
	// trade chief, Lena Hartmann": a title set off by a comma.
	if c := r0 - 1; c >= 1 && d.toks[c].kind == tPunct && d.text[d.toks[c].s] == ',' && d.toks[c-1].kind == tWord &&
		(d.tokIn(c-1, inTitleHeads) || d.chiefOfStaffAt(c-3)) && !d.actorStarts(c-1) {
		s := c - 1
		if d.chiefOfStaffAt(c - 3) {
			s = c - 3 // "the mayor's chief of staff, Omar Haddad"
		}
		for s-1 >= 0 && c-s < 4 && d.toks[s-1].kind == tWord && !d.actorStarts(s-1) &&
			(d.tokIn(s-1, inTitleMods) || d.tokIn(s-1, inTitleHeads) || d.plainLower(s-1)) {
			s--
		}
		// The title of the one the role is tied to, in the possessive, is
		// read whole: "the Prime Minister's national security adviser",
		// not "Minister's…".
		if d.toks[s].flags&fPoss != 0 && d.isCapWord(s) {
			for n := 0; n < 2 && s-1 >= 0 && d.toks[s-1].kind == tWord && d.isCapWord(s-1) && d.toks[s-1].flags&fPoss == 0 &&
				(d.tokIn(s-1, inTitleHeads) || isTitleMod(d.lexAt(s-1))); n++ {
				s--
			}
		}
		if p := s - 1; p >= 0 && (d.toks[p].kind == tWord && (d.tokIn(p, inDeterminers) || d.actorStarts(p) || d.isCapWord(p)) ||
			d.toks[p].flags&fPoss != 0 || d.pluralPossAt(p, len(d.toks))) {
			// "the wife of the minister, Anna Berg", "a spokesman for the
			// minister, Lena Kross": the title is the other person's.
			if d.relationObject(p) || d.reportedBeforeName(p, r0) {
				return ""
			}
			return d.spanText(s, c)
		}
	}
	// "the chairman of the port board, Karl Ots": a title of a body.
	if c := r0 - 1; c >= 3 && d.toks[c].kind == tPunct && d.text[d.toks[c].s] == ',' {
		if s := d.titleOfBodyStart(c); s >= 0 && !d.reportedBeforeName(s-1, r0) {
			return d.spanText(s, c)
		}
	}
	k := r0 - 1
	if k < 0 || d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 || !d.tokIn(k, inTitleHeads) || d.roleVerbAt(k) {
		return ""
	}
	end := k + 1
	// ("Former transport minister Olek Varanov": the modifier opening the
	// sentence is capitalised for that alone.)
	for k > 0 && d.toks[k-1].kind == tWord && (d.toks[k-1].flags&fCap == 0 || d.toks[k-1].flags&fStart != 0) &&
		(d.tokIn(k-1, inTitleMods) || d.tokIn(k-1, inTitleHeads)) && end-k < 3 {
		k--
	}
	// "press secretary", "Press secretary Dana Osei said": a spokesman's
	// title, no cabinet secretary's.
	if end-k == 1 && k > 0 && d.toks[k-1].kind == tWord && d.tokLower(k-1) == "press" &&
		(d.toks[k-1].flags&fCap == 0 || d.toks[k-1].flags&fStart != 0) {
		k--
	}
	// "former security chief": a plain noun between a modifier (or an
	// article) and the head.
	if end-k == 1 && k > 1 && d.plainLower(k-1) && d.adjacent(k-2) {
		if w := d.tokLower(k - 2); d.toks[k-2].kind == tWord && (d.toks[k-2].flags&fCap == 0 || d.toks[k-2].flags&fStart != 0) && titleMods[w] {
			k -= 2
		} else if w == "a" || w == "an" || w == "the" {
			k--
		} else if n := d.byTok[k-2]; n != 0 && d.isCapWord(k-2) && d.ments[n-1].kind == KindOrganization {
			k-- // "White House press secretary": the organisation is taken below
		}
	}
	// "Former US president Donald Trump", "former British prime minister
	// …": a past office of a country keeps its "former".
	if k > 1 && d.toks[k-1].kind == tWord && d.isCapWord(k-1) {
		if n := d.byTok[k-1]; n != 0 {
			m := d.ments[n-1]
			if p := int(m.t0) - 1; int(m.t1) == k && (m.kind == KindCountry || m.form == formDemonym) && p >= 0 &&
				d.toks[p].kind == tWord && (d.toks[p].flags&fCap == 0 || d.toks[p].flags&fStart != 0) &&
				(d.tokLower(p) == "former" || d.tokLower(p) == "ex") {
				k = p
			}
		}
	}
	// "Port chief Maria Santos", "council leader Ama Boateng" (opening a
	// sentence or in lower case): the head word of a body before the role
	// noun.
	if end-k == 1 && k > 0 && d.toks[k-1].kind == tWord && (d.toks[k-1].flags&fStart != 0 || d.toks[k-1].flags&fCap == 0) &&
		d.adjacent(k-1) {
		if w := d.tokLower(k - 1); (orgHeads[w] || placeHeads[w] || isTrade(w)) && d.capsAt(k-1)&seenCapMid == 0 {
			k--
		}
	}
	// "Navy veteran": a capitalised organisation before the role noun.
	if k > 0 && d.isCapWord(k-1) && end-k < 3 {
		if n := d.byTok[k-1]; n != 0 {
			m := d.ments[n-1]
			if m.form == formOrg || m.kind == KindOrganization {
				k--
			}
		}
	}
	// "drafted by Tom Vale, the astronomer and co-author Ana Ruiz said":
	// the second of two offices of an apposition, not the next name's.
	if k >= 4 && d.tokLower(k-1) == "and" && d.toks[k-2].kind == tWord && d.toks[k-2].flags&fCap == 0 &&
		d.tokIn(k-2, inTitleHeads) && d.tokIn(k-3, inDeterminers) && d.isComma(k-4) {
		return ""
	}
	return d.spanText(k, end)
}

// verbRoles are the role nouns that are also verbs with a person for
// object: "to engineer Tom Vale out of office", "will co-host Ana Ruiz".
var verbRoles = setOf("engineer", "host", "chair", "coach", "pilot", "captain", "head", "author", "judge", "partner",
	"star", "anchor", "co-host", "co-author", "co-chair", "co-pilot", "co-captain")

// roleVerbAt reports a role noun at token k used as a verb before the
// name after it: after "to", a modal or an auxiliary ("plotted to
// engineer Tom Vale", "will co-author Ana Ruiz's book", "to quietly
// engineer…") or right after its subject, a pronoun or a person's name
// ("They co-host Lena Berg"). Such a word is no role of the name.
func (d *doc) roleVerbAt(k int) bool {
	if !verbRoles[d.tokLower(k)] {
		return false
	}
	p := k - 1
	if p >= 0 && d.toks[p].kind == tWord && isAdverb(d.tokLower(p)) {
		p--
	}
	if p < 0 || d.toks[p].kind != tWord || d.sentenceOf(p) != d.sentenceOf(k) {
		return false
	}
	switch w := d.tokLower(p); {
	case w == "to" || modalWords[w] || isAuxiliary(w):
		return true
	case w == "i" || w == "we" || w == "you" || w == "they":
		return true
	}
	n := d.byTok[p]
	return n != 0 && int(d.ments[n-1].t1) == p+1 && d.ments[n-1].kind == KindPerson
}

// reportedBeforeName reports a title set off by a comma before the name
// at token r0 that ends the words the person reports, not an apposition
// of theirs: the name is followed by a speech verb ("The board will pick a
// new chairman, Tom Vale said") and the title's phrase, whose word before
// the title is token p (its determiner or its possessor), does not open
// the sentence. A phrase opening it, or opening the clause after an
// opening phrase ("In a statement, the firm's chairman, Tom Vale said",
// "On Monday the company's chief executive, Ana Ruiz said"), may be an
// apposition whose second comma is left out.
func (d *doc) reportedBeforeName(p, r0 int) bool {
	if q := d.titlePhraseStart(p); q <= 0 || d.sentenceOf(q-1) != d.sentenceOf(q) || d.clauseOpensAt(q) {
		return false
	}
	e := d.capRun(r0, len(d.toks))
	return e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].flags&fCap == 0 && d.lex[e]&lexSpeech != 0
}

// titlePhraseStart returns the first token of the phrase of a title
// whose word before the title is token p: p itself for a determiner ("a
// new chairman"), the possessor's first word for a possessive ("the
// board's chairman", "Vidmark's chairman", "the ports' chief").
func (d *doc) titlePhraseStart(p int) int {
	q := p
	if d.pluralPossAt(p, len(d.toks)) {
		q = p - 1
	} else if d.toks[p].kind != tWord || d.toks[p].flags&fPoss == 0 {
		return p
	}
	for n := 0; n < 3 && q-1 >= 0 && d.toks[q-1].kind == tWord && d.sentenceOf(q-1) == d.sentenceOf(q) && d.adjacent(q-1); n++ {
		w := d.tokLower(q - 1)
		if determiners[w] {
			return q - 1
		}
		if !(d.isCapWord(q-1) || d.plainLower(q-1) || titleMods[w]) || d.toks[q-1].flags&fPoss != 0 {
			break
		}
		q--
	}
	return q
}

// clauseOpensAt reports the phrase from token q opening the sentence's
// clause after an opening phrase: after a comma, a colon or a dash, or
// right after a time ("On Monday the company's chief executive").
func (d *doc) clauseOpensAt(q int) bool {
	if d.toks[q-1].kind == tPunct {
		switch d.text[d.toks[q-1].s] {
		case ',', ';', ':':
			return true
		}
		return strings.HasPrefix(d.text[d.toks[q-1].s:], "\u2014") || strings.HasPrefix(d.text[d.toks[q-1].s:], "\u2013")
	}
	return d.toks[q-1].kind == tWord && timeWords[d.tokLower(q-1)]
}

// chiefOfStaffAt reports "chief of staff" written from token k.
func (d *doc) chiefOfStaffAt(k int) bool {
	return k >= 0 && k+2 < len(d.toks) && d.toks[k].kind == tWord && d.tokLower(k) == "chief" &&
		d.tokLower(k+1) == "of" && d.tokLower(k+2) == "staff"
}

// relationObject reports that the noun phrase whose first word is at token
// p is the object of "of", "for" or "to" after a relation noun: "the wife
// of the minister", "a spokesman for the minister".
func (d *doc) relationObject(p int) bool {
	for p > 0 && d.toks[p-1].kind == tWord && (d.tokIn(p-1, inDeterminers) || d.toks[p-1].flags&fPoss != 0) {
		p--
	}
	if p < 2 || d.toks[p-1].kind != tWord || d.toks[p-2].kind != tWord {
		return false
	}
	switch d.tokLower(p - 1) {
	case "of", "for", "to":
		return relationNoun(d.tokLower(p - 2))
	}
	return false
}

// titleOfBodyStart returns the first token of a title and its "of" phrase
// that ends before token c, when the phrase names a body or a place: "the
// chairman of the port board", "the head of the dockers' union", "the
// mayor of Corvane". -1 otherwise: "the wife of the minister".
func (d *doc) titleOfBodyStart(c int) int {
	body := false
	o := c - 1
	for ; o >= 0 && o > c-9; o-- {
		if n := d.byTok[o]; n != 0 {
			m := d.ments[n-1]
			if m.kind == KindPerson || m.form == formPerson || m.form == formPronoun || m.flags&mPoss != 0 {
				return -1
			}
			body = body || int(m.t1) == c
			o = int(m.t0)
			continue
		}
		if d.toks[o].kind != tWord {
			if !d.pluralPossAt(o, len(d.toks)) {
				return -1
			}
			continue
		}
		w := d.tokLower(o)
		if w == "of" {
			break
		}
		switch {
		case d.toks[o].flags&fCap != 0:
			return -1
		case o == c-1:
			if !(orgHeads[w] || bodyPlaceNouns[w]) || titleHeads[w] || !d.plainLower(o) {
				return -1
			}
			body = true
		case !(determiners[w] || d.plainLower(o) || d.toks[o].flags&fPoss != 0):
			return -1
		}
	}
	h := o - 1
	if !body || o < 2 || o >= c-1 || d.tokLower(o) != "of" || d.toks[h].kind != tWord || d.toks[h].flags&fCap != 0 ||
		!d.tokIn(h, inTitleHeads) || d.tokIn(h, inOrgHeads) {
		return -1
	}
	s := h
	for s-1 >= 0 && h-s < 2 && d.toks[s-1].kind == tWord && d.toks[s-1].flags&fCap == 0 && d.byTok[s-1] == 0 &&
		(d.tokIn(s-1, inTitleMods) || d.tokIn(s-1, inTitleHeads)) {
		s--
	}
	if p := s - 1; p < 0 || !(d.toks[p].kind == tWord && d.tokIn(p, inDeterminers) || d.toks[p].flags&fPoss != 0) {
		return -1
	}
	return s
}

// narrationWord reports a lower-case word of the narration at token v:
// outside quotation marks and outside any name's mention, where the
// dispute readers look for the verb that tells what someone did.
func (d *doc) narrationWord(v int) bool {
	return d.toks[v].kind == tWord && d.toks[v].flags&(fCap|fInQuote) == 0 && d.cover[v] == 0
}

// plainLower reports a lower-case content word at token i: not a function
// word, an adverb, or a verb form.
func (d *doc) plainLower(i int) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	w := d.tokLower(i)
	return d.toks[i].kind == tWord && d.toks[i].flags&(fCap|fPoss) == 0 && d.lex[i]&lexFunction == 0 &&
		!isVerbLike(w) && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && len(w) > 2
}

// roleAfter reads an apposition after a name: "Mr Zelenskyy, Ukraine's
// president," or "Hicks, a Navy veteran".
func (d *doc) roleAfter(j, hi int) string {
	if j >= hi || d.text[d.toks[j].s] != ',' {
		return ""
	}
	k := j + 1
	if k < hi && d.toks[k].kind == tNum {
		// "Vanessa Hicks, 34, a photographer"
		k++
		if k < hi && d.text[d.toks[k].s] == ',' {
			k++
		}
	}
	if k < hi && (d.tokLower(k) == "a" || d.tokLower(k) == "an" || d.tokLower(k) == "the") {
		k++
	}
	start := k
	headAt := -1
	for k < hi && k-start < 6 {
		t := d.toks[k]
		if t.kind != tWord {
			break
		}
		w := d.tokLower(k)
		if titleHeads[w] && !(d.capitalAddedRole(k) && (headAt >= 0 && headAt < k-1 || k+1 < hi && d.isCapWord(k+1))) {
			// ("Tom Vale, a consultant at Harlow Consultant Group": a
			// trade inside the name of the body after the role is the
			// name's; "Andrew Hayden, Software Engineer on…" its own.)
			headAt = k
		} else if w == "and" && headAt == k-1 {
			// "co-founder and chief executive", "a lawyer and activist":
			// two offices of the one person ("a mother and engineer": a
			// relative is no office).
			if d.tokIn(headAt, inKinNouns) {
				break
			}
			h := d.secondOffice(k+1, hi)
			if h < 0 {
				break
			}
			headAt, k = h, h+1
			continue
		} else if !(titleMods[w] || t.flags&fCap != 0 || t.flags&fPoss != 0 || nameConnectors[w] && w != "and" ||
			w == "press" && k+1 < hi && d.tokIn(k+1, inTitleHeads)) && // "the White House press secretary"
			!(headAt >= 0 && !nameConnectors[d.tokLower(k-1)] && d.plainLower(k) && d.titleHeadSoon(k+1, hi)) { // "a senior Indonesian air-force officer"
			break
		}
		k++
	}
	if headAt < 0 {
		return ""
	}
	// "translated by Tom Vale, the historian Ana Ruiz wrote": a role
	// written in lower case right before a capitalised word is the role of
	// the name it opens, the subject of the next clause. Of "a spokeswoman
	// for the virologist Omar Reyes" the person's own is the title before
	// the connector.
	if n := headAt + 1; n < hi && d.toks[headAt].flags&fCap == 0 && d.adjacent(headAt) && d.isCapWord(n) &&
		!d.tokIn(n, inNameConnectors) {
		for h := headAt - 2; h >= start; h-- {
			// ("the astronomer and co-author Ana Ruiz said": two
			// offices joined by "and" before the next name are no one's.)
			if titleHeads[d.tokLower(h)] && d.tokIn(h+1, inNameConnectors) && d.tokLower(h+1) != "and" {
				return d.spanText(start, h+1)
			}
		}
		return ""
	}
	// "a senior fellow at", "chief executive officer": a head that can
	// also modify takes the noun after it.
	if headAt == k-1 && d.tokIn(headAt, inTitleMods) {
		n := k
		for n < hi && n < k+3 && d.plainLower(n) {
			n++
			if d.tokIn(n-1, inTitleHeads) {
				break
			}
		}
		return d.spanText(start, n)
	}
	return d.spanText(start, headAt+1)
}

// secondOffice returns the head of the second of two offices joined by
// "and" whose words start at token k ("chief executive" of "co-founder and
// chief executive"): up to three lower-case words of a title, the last its
// head. -1 when there is none, or when the head is a relative's ("a
// lawyer and mother of three"), which is no office.
func (d *doc) secondOffice(k, hi int) int {
	for n := k; n < hi && n < k+3; n++ {
		w := d.tokLower(n)
		if d.toks[n].kind != tWord || d.toks[n].flags&(fCap|fPoss) != 0 && !(titleHeads[w] && d.tokText(n) == strings.ToUpper(w)) ||
			!d.adjacent(n-1) {
			return -1 // a capitalised word, save an office's letters ("CEO")
		}
		if titleHeads[w] && (n+1 >= hi || !titleHeads[d.tokLower(n+1)]) {
			if d.tokIn(n, inKinNouns) {
				return -1
			}
			if n+1 < hi && d.toks[n+1].kind == tWord && d.adjacent(n) && pluralTitle(d.tokLower(n+1)) {
				return -1 // "deputy mayors", "chief executives": others'
			}
			if nx := d.tokLower(n + 1); associateNouns[w] && (nx == "to" || nx == "for") {
				return -1 // "an aide to the mayor": a tie to another
			}
			return n
		}
		if !titleMods[w] && !titleHeads[w] || pluralTitle(w) {
			return -1
		}
	}
	return -1
}

// pluralTitle reports a title's noun in the plural ("mayors", "chief
// executives", "chairmen", "physicists"): the office of more than one,
// never of the one person an apposition describes.
func pluralTitle(w string) bool {
	if t, ok := strings.CutSuffix(w, "men"); ok && titleHeads[t+"man"] {
		return true
	}
	t, ok := strings.CutSuffix(w, "s")
	return ok && !strings.HasSuffix(t, "s") && titleHeads[t]
}

// titleHeadSoon reports a title's head word at token k or right after
// one more ordinary word: the noun a role's modifiers lead to
// ("air-force officer", "officer").
func (d *doc) titleHeadSoon(k, hi int) bool {
	for n := k; n < hi && n < k+2; n++ {
		if d.toks[n].kind != tWord || !d.adjacent(n-1) {
			return false
		}
		if d.tokIn(n, inTitleHeads) && d.toks[n].flags&fCap == 0 {
			return true
		}
		if !d.plainLower(n) {
			return false
		}
	}
	return false
}

func isVerbLike(w string) bool {
	return isSpeechWord(w) || strings.HasSuffix(w, "ed") && len(w) > 4
}

// descHeads are the nouns of descriptions that stand for an actor named
// before: "the president", "the US leader", "the company".
var descHeads = map[string]ActorKind{
	"president": KindPerson, "leader": KindPerson, "minister": KindPerson, "chancellor": KindPerson,
	"premier": KindPerson, "senator": KindPerson, "governor": KindPerson, "mayor": KindPerson,
	"king": KindPerson, "queen": KindPerson, "pope": KindPerson, "secretary": KindPerson,
	"company": KindOrganization, "firm": KindOrganization, "agency": KindOrganization,
	"ministry": KindOrganization, "corporation": KindOrganization, "group": KindOrganization,
	"startup": KindOrganization, "giant": KindOrganization, "bank": KindOrganization,
	"regulator": KindOrganization, "watchdog": KindOrganization, "organisation": KindOrganization,
	"organization": KindOrganization, "carmaker": KindOrganization, "retailer": KindOrganization,
	"report": KindOrganization, "study": KindOrganization, "survey": KindOrganization, "review": KindOrganization,
	// "the government", "the federal government", "the military": the
	// institutions of the article's own country (see homeInstitution).
	"government": KindCountry, "military": KindCountry, "army": KindCountry, "navy": KindCountry,
	// "the court", "the union", "the jury": the body of that name in the
	// article, or one of their own (see instHeads); "the airline": the
	// business (see businessHeads).
	"court": KindOrganization, "union": KindOrganization, "church": KindOrganization, "council": KindOrganization,
	"committee": KindOrganization, "commission": KindOrganization, "party": KindOrganization,
	"police": KindOrganization, "jury": KindOrganization, "airline": KindOrganization, "carrier": KindOrganization,
	"department": KindOrganization, "authority": KindOrganization, "board": KindOrganization,
	"publisher": KindOrganization, "lender": KindOrganization, "insurer": KindOrganization, "automaker": KindOrganization,
	"utility": KindOrganization,
	// "the club": a sports club the article names by a club word (see
	// clubName).
	"club": KindOrganization,
}

// headUse reports that the description ending before token k stands on its
// own ("the government said", "the military, which…") rather than
// qualifying a noun ("the government shutdown", "the military takeover").
func (d *doc) headUse(k, hi int) bool {
	if k >= hi || d.toks[k].kind != tWord {
		return true
	}
	w := d.tokLower(k)
	if w == "first" && k+1 < hi && d.toks[k+1].kind == tWord {
		// "the company first sued": an adverb before the verb.
		k++
		w = d.tokLower(k)
		return d.lex[k]&(lexSpeech|lexCommit|lexDispute) != 0 || isVerbLike(w)
	}
	return d.lex[k]&(lexFunction|lexSpeech|lexCommit|lexDispute) != 0 || isAuxiliary(w) || isPreposition(w) ||
		isVerbLike(w) || isAdverb(w) || w == "and" || w == "or" || w == "but" || w == "who" || w == "which"
}

// reportNouns are documents whose author speaks through them ("the report
// states", "the study found").
var reportNouns = setOf("report", "study", "survey", "review", "analysis", "paper", "poll", "audit", "inquiry")

// matchDescription records "the president", "the US leader", "the Prime
// Minister", "the company" at token i as a description mention, resolved
// later to the actor it stands for.
func (d *doc) matchDescription(i, hi, si int) int {
	j := i + 1
	qual := ""
	if j < hi && d.isCapWord(j) {
		if n, h := d.gazMatch(j, hi); n > 0 && (h.kind == KindCountry || h.form == formDemonym) {
			qual = h.name
			j += n
		}
	}
	// Compound adjectives: "the Geneva-based agency".
	for j < hi && d.toks[j].flags&fHyphen != 0 && isCompoundAdjective(d.tokLower(j)) {
		j++
	}
	// Title words in capitals: "the Prime Minister".
	k := j
	for k < hi && k < j+3 && d.toks[k].kind == tWord && d.tokIn(k, inTitleMods|inDescHeads) {
		k++
	}
	// "The company then sued", "the firm first said": "then" and "first"
	// modify a title before it ("the then president") but an adverb after
	// the head is the verb's.
	for k > j+1 && !d.tokIn(k-1, inDescHeads) && d.tokIn(k-2, inDescHeads) &&
		(isAdverb(d.tokLower(k-1)) || d.tokLower(k-1) == "first") {
		k--
	}
	// "the regional health board", "the school board": lower-case words
	// qualifying the head of a body.
	if b := d.qualifiedBody(j, hi); b > k {
		k = b
	}
	if k == j && j < hi && d.tokLower(j) == "body" && len(d.bodyCallTokens()) > 0 {
		k = j + 1 // "accused the body of…", where the article calls a body one
	}
	if k == j {
		return 0
	}
	head := d.tokLower(k - 1)
	kind, ok := descHeads[head]
	if head == "body" && k == j+1 && len(d.bodyCallTokens()) > 0 {
		kind, ok = KindOrganization, true
	}
	if !ok || kind == KindCountry && (qual != "" || !d.headUse(k, hi)) {
		return 0 // "the American government" is the United States, by its demonym
	}
	if kind == KindOrganization && (d.isCapWord(k-1) && k-1 > j && d.isCapWord(k-2) ||
		k+1 < hi && d.tokIn(k, inNameConnectors) && d.isCapWord(k+1)) {
		return 0 // "the Transport Ministry", "the Department for Business": names
	}
	if (instHeads[head] || businessHeads[head] || head == "club") && (!d.headUse(k, hi) && d.toks[k-1].flags&fPoss == 0 || d.isCapWord(k-1) && k-1 > j ||
		k+1 < hi && d.tokIn(k, inNameConnectors) && d.isCapWord(k+1)) {
		// "the court ruling", "the airline industry"; "the Supreme
		// Court", "the Department for Business": names, not descriptions
		// ("the Church" alone is one).
		return 0
	}
	// "the president of France Emmanuel Macron", "the company Uber": a name
	// follows; let the name speak for itself.
	if k < hi && d.isCapWord(k) {
		return 0
	}
	if k < hi && d.tokLower(k) == "of" && !d.chargeOf(i, k, hi) {
		return 0
	}
	m := mention{sent: int32(si), t0: int32(j), t1: int32(k), r0: int32(i), ent: -1, kind: kind, form: formDesc,
		key: head, role: qual}
	d.addMention(m)
	return k - i
}

// bodyCallTokens returns the tokens of "body" that end an apposition
// calling the name before it a body: "Coastal Traffic Services (CTS), the
// State body that guides…", "Ardent Water, a public body". Only an article
// that calls an organisation a body reads "the body" as one (see
// calledBody); elsewhere it is a person's body or a corpse.
func (d *doc) bodyCallTokens() []int32 {
	if d.bodyCallsRead {
		return d.bodyCalls
	}
	d.bodyCallsRead = true
	id, ok := d.wordIDOf("body")
	if !ok {
		return nil
	}
	for _, k := range d.occurrences(int(id)) {
		if d.appositionOpenerBefore(int(k)) >= 0 {
			d.bodyCalls = append(d.bodyCalls, k)
		}
	}
	return d.bodyCalls
}

// appositionOpenerBefore returns the token before the comma that opens an
// apposition "the|a|an [up to three words] NOUN" ending at token k, when
// a capitalised word or a closing bracket stands before the comma: the
// end of a name. -1 when there is none.
func (d *doc) appositionOpenerBefore(k int) int {
	j := k - 1
	for n := 0; j > 0 && n < 3 && d.toks[j].kind == tWord && !d.tokIn(j, inDeterminers); n++ {
		j--
	}
	if j < 2 || d.toks[j].kind != tWord {
		return -1
	}
	if w := d.tokLower(j); w != "the" && w != "a" && w != "an" {
		return -1
	}
	p := j - 1
	if d.toks[p].kind != tPunct || d.text[d.toks[p].s] != ',' || d.sentenceOf(p) != d.sentenceOf(k) {
		return -1
	}
	q := p - 1
	if d.toks[q].kind == tWord && d.toks[q].flags&fCap != 0 || d.toks[q].kind == tPunct && d.text[d.toks[q].s] == ')' {
		return q
	}
	return -1
}

// calledBody reports an organisation that the article calls a body in
// an apposition after one of its names (see bodyCallTokens).
func (d *doc) calledBody(e *entity) bool {
	for _, k := range d.bodyCallTokens() {
		q := d.appositionOpenerBefore(int(k))
		if d.toks[q].kind == tPunct { // "(CTS),": the name before the bracket
			for n := 0; q > 0 && n < 4 && !(d.toks[q].kind == tPunct && d.text[d.toks[q].s] == '('); n++ {
				q--
			}
			q--
		}
		if q < 0 {
			continue
		}
		if c := d.cover[q]; c > 0 {
			if ei := d.ments[c-1].ent; ei >= 0 && d.ents[ei] == e {
				return true
			}
		}
	}
	return false
}

// qualifiedBody returns the end of a body named by lower-case words and
// the head of a body from token j ("regional health board", "city
// council"), or 0.
func (d *doc) qualifiedBody(j, hi int) int {
	end := -1
	for k := j + 1; k < hi && k < j+4; k++ {
		if d.toks[k].kind == tWord && d.tokIn(k, inInstHeads) {
			end = k
			break
		}
	}
	if end < 0 {
		return 0 // no head of a body close after "the": the common case
	}
	for k := j; k <= end; k++ {
		t := d.toks[k]
		if k > j && k+1 == end && d.possApostrophe(k) {
			continue // "the players' union": a plural possessive
		}
		if t.kind != tWord || t.flags&fCap != 0 {
			return 0
		}
		w := d.tokLower(k)
		if instHeads[w] && k > j {
			return k + 1
		}
		if !titleMods[w] && !d.plainLower(k) {
			return 0
		}
	}
	return 0
}

// possApostrophe reports token k as the apostrophe of a plural
// possessive, written right after a word in -s: "players'", "nurses’".
func (d *doc) possApostrophe(k int) bool {
	t, p := d.toks[k], d.toks[k-1]
	return t.kind == tPunct && t.s == p.e && p.kind == tWord && d.text[p.e-1] == 's' &&
		(d.text[t.s] == '\'' || strings.HasPrefix(d.text[t.s:], "\u2019"))
}

// articleSurname reports a surname opened by a lower-case Arabic article at
// token i ("al-Khatib said…", "el-Masri added"), written alone after a
// person named in full with it ("Samir al-Khatib"): that person's surname.
func (d *doc) articleSurname(i int) bool {
	w := d.tokLower(i)
	if len(w) < 4 || w[0] != 'a' && w[0] != 'e' && w[0] != 'b' && w[0] != 'i' || !isNameParticle(w) {
		return false
	}
	text := d.tokText(i)
	h := strings.IndexByte(text, '-')
	if h < 0 || h+1 >= len(text) || text[h+1] < 'A' || text[h+1] > 'Z' {
		return false
	}
	return d.personEndingIn(" " + text)
}

// isNameParticle reports a lower-case hyphenated surname particle: "al-Bashir",
// "bin-Salman", "el-Sisi".
func isNameParticle(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-", "ad-", "as-", "ash-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			return true
		}
	}
	return false
}

// anyTitleWord reports whether a word of [i, j) is a title word.
func (d *doc) anyTitleWord(i, j int) bool {
	for k := i; k < j; k++ {
		if d.isTitleWord(k) {
			return true
		}
	}
	return false
}

// allTitleWords reports whether every word of [i, j) is a title word.
func (d *doc) allTitleWords(i, j int) bool {
	for k := i; k < j; k++ {
		if !d.isTitleWord(k) && !d.tokIn(k, inNameConnectors) {
			return false
		}
	}
	return true
}

// isFirstPersonI reports "I" and its contractions ("I'm", "I’ve"), and
// other contractions ("We’re", "They'll", "Don't"): never names.
func isFirstPersonI(w string) bool {
	if w == "I" || strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I\u2019") {
		return true
	}
	if !apostropheByte(w) || strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "\u2019") {
		return false // every other form has an apostrophe
	}
	if isASCII(w) {
		// No apostrophe to straighten, and lower case is ASCII's: the
		// suffixes are compared without making a lower-case copy.
		for _, suf := range []string{"'re", "'ve", "'ll", "'d", "'m", "n't"} {
			if len(w) >= len(suf) && asciiEqualLower(w[len(w)-len(suf):], suf) {
				return true
			}
		}
		return false
	}
	lw := strings.ToLower(strings.ReplaceAll(w, "\u2019", "'"))
	for _, suf := range []string{"'re", "'ve", "'ll", "'d", "'m", "n't"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// apostropheByte reports whether w holds a byte of "'" or 0xe2, the first
// byte of "\u2019" (and of other marks): a word with neither holds no
// apostrophe, told in one pass over its bytes, where a search for each
// apostrophe cost more (isFirstPersonI is asked of every capitalised
// word).
func apostropheByte(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '\'' || c == 0xe2 {
			return true
		}
	}
	return false
}

// isCompoundAdjective reports a hyphenated adjective made from a name:
// "Geneva-based", "US-led", "Kremlin-backed".
func isCompoundAdjective(w string) bool {
	for _, suf := range []string{"-based", "-led", "-backed", "-owned", "-born", "-made", "-run", "-funded",
		"-style", "-era", "-linked", "-controlled", "-held", "-bound", "-wide", "-brokered", "-sponsored"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// thingHeads begin or end the names of laws, treaties, storms and events,
// which are not actors.
var thingHeads = setOf("act", "bill", "treaty", "accord", "convention", "amendment", "code", "doctrine",
	"hurricane", "typhoon", "cyclone", "storm", "operation", "war", "summit", "games", "olympics", "cup",
	"championship", "festival", "awards", "prize", "protocol", "declaration", "directive", "regulation", "rule")

// thingOpeners open the names of storms and operations, which keep them
// at the start of a sentence too: "Hurricane Delia hit…", "Operation
// Northern Shield began…".
var thingOpeners = setOf("hurricane", "typhoon", "cyclone", "storm", "operation")

// ballotHeads begin the names of ballot measures: "Measure K",
// "Proposition 22", "Question 3".
var ballotHeads = setOf("measure", "proposition", "prop", "question", "initiative", "issue", "referendum")

// provisionHeads, with a number after them, name a part of a law or a
// charter: "Section 21", "Title 42", "Chapter 11" ("Article 19" may be the
// campaign group).
var provisionHeads = setOf("section", "clause", "title", "chapter", "schedule", "paragraph", "rule",
	"resolution", "ordinance", "amendment", "law", "bill")

// numberedProvision reports a lone capitalised word that heads a ballot
// measure or a provision with its number written after it ("Proposition
// 8", "Measure 12", "Section 21"): a thing, not an actor. i is the word's
// token, j the token after it.
func (d *doc) numberedProvision(i, j, hi int) bool {
	return d.tokIn(i, inBallotHeads|inProvisionHeads) && j < hi && d.toks[j].kind == tNum && d.toks[j].s > d.toks[j-1].e
}

// quoteAround returns the quote span holding token t, or nil.
func (d *doc) quoteAround(t int) *quoteSpan {
	off := int(d.toks[t].s)
	lo, hi := 0, len(d.quotes)
	for lo < hi {
		m := (lo + hi) / 2
		if d.quotes[m].oe <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.quotes) && d.quotes[lo].s <= off && off < d.quotes[lo].e {
		return &d.quotes[lo]
	}
	return nil
}

// isBylineText reports a byline: "By Laura Kenning, Political
// Correspondent", "Opinion · By Tom Hadley".
func isBylineText(s string) bool {
	i := strings.Index(s, "By ")
	if i < 0 {
		return false
	}
	return i == 0 || fieldCount(s[:i]) <= 3 && strings.ContainsAny(s[:i], "·|-—–:")
}

// legalForms follow a company's name: "Alibaba Group", "Apple Inc".
var legalForms = setOf("group", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "llc", "holdings",
	"co", "co.", "sa", "ag", "gmbh", "nv", "company", "limited")

// countryModifier reports a country's name used as a modifier inside a
// noun phrase: "the Iran nuclear deal", "a Ukraine peace plan", "the
// China market". The country does not act there; "the US military", "US
// officials", "the UK has" keep it acting.
func (d *doc) countryModifier(i, j, hi int) bool {
	if i == 0 || d.toks[i-1].kind != tWord || d.sentenceOf(i-1) != d.sentenceOf(i) {
		return false
	}
	switch d.tokLower(i - 1) {
	case "the", "a", "an", "this", "that":
	default:
		return false
	}
	for k := j; k < hi && k < j+3; k++ {
		w := d.tokLower(k)
		if !d.plainLower(k) || isAuxiliary(w) || isBe(w) || w == "must" || w == "shall" {
			return false // "the UK may", "the US must"
		}
		if k+1 < hi && d.toks[k+1].kind == tWord && (d.tokLower(k+1) == "to" || d.tokIn(k+1, inDeterminers) ||
			d.isPronoun(k+1) || d.tokLower(k+1) == "that") {
			return false // "the US plans to", "the UK sends its ships": a verb
		}
		if titleHeads[w] || isPersonNoun(w) || orgHeads[w] || staffHeads[w] || groupNouns[w] != "" || institutionWords[w] ||
			countrySides[w] {
			return false
		}
		if _, ok := agentOf(d.lemmaAt(k)); ok {
			return false
		}
		if k+1 >= hi || !d.plainLower(k+1) {
			return true // the phrase's head
		}
	}
	return false
}

// courtWords head a court's name: "Court of Appeal", "High Court",
// "Administrative Tribunal".
var courtWords = setOf("court", "tribunal")

// courtRunAt reports a capitalised run of at most four words at token i
// that names a court: a court word stands before any "of" in it ("Court
// of Appeal", "High Court", "Regional Court").
func (d *doc) courtRunAt(i, hi int) bool {
	if i >= hi || !d.isCapWord(i) {
		return false
	}
	j := d.capRun(i, hi)
	if j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		w := d.tokLower(k)
		if courtWords[w] {
			return true
		}
		if w == "of" {
			break
		}
	}
	return false
}

// circuitAfter returns the length of "for the Ninth Circuit" (or "for
// the District of Columbia Circuit") after a court's name i..j, or 0: the
// circuit is part of the court's name ("the US Court of Appeals for the
// Ninth Circuit"), and the circuit named alone later is that court.
func (d *doc) circuitAfter(i, j, hi int) int {
	// The words after the name first: they rule out most names at once.
	if j+2 >= hi || d.tokLower(j) != "for" || d.tokLower(j+1) != "the" || !d.adjacent(j-1) || !d.isCapWord(j+2) ||
		!d.courtRunAt(i, hi) {
		return 0
	}
	e := d.capRun(j+2, hi)
	if e-(j+2) > 5 || d.tokLower(e-1) != "circuit" {
		return 0
	}
	return e - j
}

// addCourtOfCircuit records a court of appeals named with its circuit,
// tokens i..j ending in "for the Ninth Circuit" (circuitAfter), and its
// circuit as a short name of it.
func (d *doc) addCourtOfCircuit(i, j, si int) {
	key := d.spanText(i, j)
	d.addMention(mention{sent: int32(si), t0: int32(i), t1: int32(j), r0: int32(i), ent: -1,
		kind: KindOrganization, form: formOrg, key: key})
	k := j - 1
	for k > i && d.tokLower(k-1) != "the" {
		k--
	}
	if d.circuits == nil {
		d.circuits = map[string]string{}
	}
	short := d.spanText(k, j)
	if old, ok := d.circuits[short]; ok && old != key {
		d.circuits[short] = "" // two courts of one circuit: the short name is neither
	} else if !ok {
		d.circuits[short] = key
	}
}

// legislatorAcronyms are the plural letters for members of a parliament,
// written as they are: "Labour MPs", "Green MEPs", "SNP MSPs".
var legislatorAcronyms = setOf("MPs", "MEPs", "MSPs", "MLAs", "MSs", "TDs", "MKs", "MHAs")

// genericBodies are the gazetteer's bodies that many countries have by
// the same name ("High Court", "Supreme Court"): named "of" a country,
// the country is part of the name.
var genericBodies = setOf("High Court", "Supreme Court", "Constitutional Court", "Court of Appeal", "National Assembly")

// ofCountryAfter returns the length of "of" and a country's name (with
// "the") at token j, or 0: "of Kenya", "of the Philippines".
func (d *doc) ofCountryAfter(j, hi int) int {
	if j+1 >= hi || d.toks[j].kind != tWord || d.tokLower(j) != "of" || !d.adjacent(j) {
		return 0
	}
	k := j + 1
	if d.tokLower(k) == "the" && k+1 < hi {
		k++
	}
	if !d.isCapWord(k) {
		return 0
	}
	n, h := d.gazMatch(k, hi)
	if n == 0 || h.kind != KindCountry || h.form != formName {
		return 0
	}
	return k + n - j
}

// countrySides after a country's name make its side or delegation: "the
// UK delegation", "the Iran side" (with institutionWords).
var countrySides = setOf("delegation", "embassy", "consulate", "mission", "side", "team", "camp", "regime",
	"leadership", "establishment")

// localServices are the group nouns that name a town's own service after
// its name: "Brussels police", not the EU's though "Brussels" stands for
// the EU.
var localServices = setOf("police", "council")

// genericQualifiers before a people's plural name some of them: "many
// Tunisians", "some Republicans".
var genericQualifiers = setOf("many", "some", "most", "few", "several", "numerous", "thousands", "hundreds",
	"millions", "dozens", "other", "ordinary", "young", "older", "fellow", "individual")

// genericPlural reports a people's or a faith's name in the plural after
// a quantifier or an adjective: "many Tunisians", "radical Muslims",
// "young Kurds". Such a phrase names some members, not the people, its
// country or its body.
func (d *doc) genericPlural(i, j int, h gazHit) bool {
	if i == 0 || d.sentenceOf(i-1) != d.sentenceOf(i) || d.toks[i-1].kind != tWord ||
		d.toks[i-1].flags&fCap != 0 && d.toks[i-1].flags&fStart == 0 {
		return false
	}
	w := d.spanText(i, j)
	if !strings.HasSuffix(w, "s") {
		return false
	}
	switch {
	case h.form == formDemonym && d.pluralDemonym(i, j):
	case h.kind == KindGroup && h.form == formName:
	default:
		return false
	}
	p := d.tokLower(i - 1)
	if genericQualifiers[p] {
		return true
	}
	// "radical Muslims": an adjective, a plain lower-case word that is no
	// verb, preposition or noun of a person.
	return d.toks[i-1].flags&fCap == 0 && d.plainLower(i-1) && !isPreposition(p) && !titleHeads[p] && !isPersonNoun(p)
}

// chargeVerbs take the one charged and "of" the charge: "accused the
// regulator of ignoring…", "suspected the governor of lying".
var chargeVerbs = setOf("accuse", "suspect", "convict", "acquit")

// chargeOf reports a description at token i whose "of" at k tells a
// charge, not whose office it is: "accused the regulator of ignoring the
// warnings", "accused the governor of bad faith" (not "the governor of
// the bank", "accused the president of France of…").
func (d *doc) chargeOf(i, k, hi int) bool {
	if i == 0 || k+1 >= hi || d.toks[i-1].kind != tWord || !chargeVerbs[lemmaName(d.lemmaAt(i-1))] {
		return false
	}
	return d.toks[k+1].kind == tWord && d.toks[k+1].flags&fCap == 0
}

// chamberWords open a legislature's committee name: "the Senate Finance
// Committee", "the House Ways and Means Committee".
var chamberWords = setOf("senate", "house", "assembly", "joint", "select", "standing")

// listBodyHeads end a body's name made of a list of subjects.
var listBodyHeads = setOf("committee", "subcommittee", "commission", "council", "department", "board", "agency",
	"authority", "administration", "office", "bureau", "institute", "caucus", "panel")

// listedBodyName returns the end of a body's name that lists its subjects
// with commas and "and", starting at token i, or 0: after "the", "Senate
// Health, Education, Labor and Pensions Committee", "Veterans, Housing,
// and Rural Affairs Committee", "House Ways and Means Committee" (two
// subjects only after a chamber's word); or a head and "on", "of" or "for"
// before the list: "Senate Committee on Commerce, Science, and
// Transportation". Every subject is one or two capitalised words that are
// no known name; "the Treasury, the Home Office and …" lists bodies.
func (d *doc) listedBodyName(i, hi int) int {
	if i == 0 || !d.isCapWord(i) || d.tokLower(i-1) != "the" || d.toks[i].flags&fPoss != 0 {
		return 0
	}
	s := i
	chamber := chamberWords[d.tokLower(i)]
	if chamber {
		s++
	}
	if s < hi && listBodyHeads[d.tokLower(s)] && d.isCapWord(s) {
		// The head first: "Committee on A, B, and C".
		if s+1 >= hi || !d.adjacent(s) {
			return 0
		}
		if w := d.tokLower(s + 1); w != "on" && w != "of" && w != "for" {
			return 0
		}
		e, items, commas, ok := d.subjectList(s+2, hi, false)
		if !ok || items < 3 || commas == 0 {
			return 0
		}
		return e
	}
	e, items, commas, ok := d.subjectList(s, hi, true)
	if !ok || items < 2 || items == 2 && (!chamber || commas > 0) || items > 2 && commas == 0 {
		return 0
	}
	return e
}

// subjectList reads "A, B, C and D" from token s, each subject one or two
// capitalised words, and returns the end, the subjects and the commas.
// With head, the last subject must end in a body's head word
// ("Pensions Committee"), within three words.
func (d *doc) subjectList(s, hi int, head bool) (e, items, commas int, ok bool) {
	k, final := s, false
	for items < 8 {
		// One subject: capitalised words, no known name.
		n, max := 0, 2
		if head {
			max = 3
		}
		for k+n < hi && n < max && d.isCapWord(k+n) && d.toks[k+n].flags&(fPoss|fAllCaps) == 0 &&
			(n == 0 || d.adjacent(k+n-1)) {
			if w := d.tokLower(k + n); d.g.isGivenName(w) || titleHeads[w] || d.abbrevTitleAt(k+n, hi) {
				return 0, 0, 0, false
			}
			n++
		}
		if n == 0 {
			return 0, 0, 0, false
		}
		if g, h := d.gazMatch(k, k+n); g > 0 && h.kind != KindOrganization {
			return 0, 0, 0, false // "Britain, France and …": countries, places
		}
		items++
		k += n
		if final || head && listBodyHeads[d.tokLower(k-1)] {
			break // the subject after "and" ends the list
		}
		if k+1 < hi && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' && d.toks[k].s == d.toks[k-1].e &&
			(d.isCapWord(k+1) || d.tokLower(k+1) == "and") {
			commas++
			k++
			if d.tokLower(k) == "and" {
				k++
				final = true
			}
			continue
		}
		if k < hi && d.tokLower(k) == "and" && d.adjacent(k-1) && d.adjacent(k) {
			k++
			final = true
			continue
		}
		break
	}
	if !final {
		return 0, 0, 0, false // no "and": no list
	}
	if head && !listBodyHeads[d.tokLower(k-1)] {
		return 0, 0, 0, false
	}
	return k, items, commas, true
}

// countryPossName returns the end of a body's name that opens with a
// country's possessive after "the", or 0: "the Canada's Wheat Growers
// Council" (no one writes "the Canada's" of the country itself). A country
// written in capitals ("the UK's Financial Conduct Authority") takes
// "the" of its own and owns the body after it.
func (d *doc) countryPossName(i, hi int) int {
	t := d.toks[i]
	if i == 0 || t.flags&fPoss == 0 || t.flags&(fAllCaps|fDot) != 0 || !d.isCapWord(i) || d.tokLower(i-1) != "the" {
		return 0
	}
	if n, h := d.gazMatch(i, i+1); n != 1 || h.kind != KindCountry {
		return 0
	}
	e := i + 1
	for e < hi && e-i <= 4 && d.isCapWord(e) && d.toks[e].flags&(fPoss|fAllCaps) == 0 &&
		(d.adjacent(e-1) || e == i+1 && d.toks[e].s-d.toks[i].e <= 6) {
		e++
	}
	if e == i+1 || !d.tokIn(e-1, inOrgHeads) {
		return 0
	}
	return e
}

// derivativeSuffixes make a people's adjective of a place's name:
// "Velmoran", "Liskan", "Belgorian", "Tanhoese", "Varnistani".
var derivativeSuffixes = []string{"n", "an", "ian", "ese", "i"}

// placeOfDerivative reads the one-word run at i as the adjective of
// a place the article names elsewhere ("Velmoran" of "Velmora",
// "Belgorian" of "Belgor") and returns that name, or "". The name must
// be capitalised, four letters at least, and the word must be the name
// (or the name less its final vowel) and one of derivativeSuffixes; of
// several such names, the one the article writes first. The names it may
// be are the word less a suffix, with or without a vowel after: each is
// looked up among the article's words (occurrences), not in every token.
func (d *doc) placeOfDerivative(i int) string {
	w := d.tokText(i)
	if len(w) < 6 || isAllCapsWord(w) {
		return ""
	}
	first, place := len(d.toks), ""
	try := func(x string) {
		if len(x) < 4 || len(x) >= len(w) || isAllCapsWord(x) {
			return
		}
		id, ok := d.wordIDOf(asciiLower(x))
		if !ok {
			return
		}
		for _, k32 := range d.occurrences(int(id)) {
			if k := int(k32); k != i && k < first && d.isCapWord(k) && d.tokText(k) == x {
				first, place = k, x
				return
			}
		}
	}
	for _, suf := range derivativeSuffixes {
		st, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		try(st)
		for _, v := range "aeiouy" {
			try(st + string(v))
		}
	}
	return place
}

// bodyHeadsLast are head nouns of bodies that end their names but are
// not orgHeads (which do more): "Velmont Fishing Guild", "Velmora
// Embassy", "Tarn Valley Militia", "Dunmore Railway", "Orlen Syndicate".
// Bodies that are as often where things happen ("the Neon Museum", "the
// Kessel Observatory") are left out.
var bodyHeadsLast = setOf("guild", "guilds", "embassy", "consulate", "militia", "militias", "orchestra", "railway",
	"railways", "railroad", "syndicate", "confederation", "inspectorate", "cartel")

// royalTitlesOf returns royalTitles[t] and whether t is a royal title,
// without a lookup for the empty title most names have.
func royalTitlesOf(t string) (int8, bool) {
	if t == "" {
		return 0, false
	}
	g, ok := royalTitles[t]
	return g, ok
}

// groupNounAt returns groupNouns of the lower-cased word of token k and
// whether it is one; the word's bit (inGroupNouns) spares the lookup of
// the words that are none.
func (d *doc) groupNounAt(k int) (ActorKind, bool) {
	if !d.tokIn(k, inGroupNouns) {
		return "", false
	}
	kind, ok := groupNouns[d.tokLower(k)]
	return kind, ok
}
