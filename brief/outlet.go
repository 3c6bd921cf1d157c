package brief

import (
	"strings"
	"unicode"
)

// The article's own outlet and its authors report the story; they are no
// actors in it. "Ars is asking Mojang for comment and will update this
// post" is the outlet at work, and the reporter named in the byline is the
// one telling the story. They are known from the page's metadata: the site
// name, the byline and the part of the title after its last separator
// ("… | IAB", "… - Telegraph").

// ownNames returns the name keys (nameKey) of the article's own outlet and
// authors: each form of the site's name, the people and outlets of the
// byline, the title's closing tag. People's names come with their
// surnames marked ("p:" + key) so that a person is matched by full name.
func (d *doc) ownNames() (outlets, people []string) {
	addOutlet := func(s string) {
		s = strings.TrimSpace(s)
		for _, p := range []string{"https://", "http://", "www."} {
			s = strings.TrimPrefix(s, p)
		}
		if i := strings.IndexAny(s, "/"); i > 0 {
			s = s[:i]
		}
		low := strings.ToLower(s)
		for _, suf := range []string{".com", ".co.uk", ".org", ".net", ".co", ".uk", ".io"} {
			if strings.HasSuffix(low, suf) {
				s = s[:len(s)-len(suf)]
				break
			}
		}
		s = strings.TrimSpace(s)
		if f := strings.Fields(s); len(f) > 1 && strings.EqualFold(f[0], "the") {
			s = strings.Join(f[1:], " ")
		}
		if len(s) < 2 || fieldCount(s) > 6 {
			return
		}
		k := nameKey(s)
		outlets = append(outlets, k)
		if h, ok := d.g.lookup(s); ok && h.kind == KindOrganization {
			outlets = append(outlets, nameKey(h.name))
		}
		f := strings.Fields(s)
		if len(f) >= 3 {
			if ini := initials(s); len(ini) >= 3 {
				outlets = append(outlets, nameKey(ini)) // "ACLU"
			}
		}
		// "Ars" for "Ars Technica": the first word, when it is no ordinary
		// word, no place and no given name.
		if len(f) == 2 {
			w := f[0]
			lw := asciiLower(w)
			if _, place := d.g.lookup(w); !place && !d.g.common[lw] && !d.g.isGivenName(w) && len(w) >= 3 {
				outlets = append(outlets, nameKey(w))
			}
		}
	}
	if d.a.Site != "" {
		addOutlet(d.a.Site)
	}
	if t := d.a.Title; t != "" {
		for _, sep := range []string{" | ", " - ", " \u2013 ", " \u2014 "} {
			if i := strings.LastIndex(t, sep); i > 0 {
				tag := strings.TrimSpace(t[i+len(sep):])
				if n := fieldCount(tag); n >= 1 && n <= 4 && isCapitalised(tag) {
					if looksLikeFullName(tag) {
						people = append(people, nameKey(tag))
					} else {
						addOutlet(tag)
					}
				}
				break
			}
		}
	}
	for _, part := range bylineParts(d.a.Byline) {
		if looksLikeFullName(part) {
			people = append(people, nameKey(part))
		} else {
			addOutlet(part)
		}
	}
	return outlets, people
}

// bylineParts splits a byline into the names it holds: "By Ilse Varnholt
// and Teodora Mira Lukas" → two people; "Maren Solvik | Harbour Media for
// Gazette.com" → a person and two outlets. Dates, e-mail addresses and
// figures are left out.
func bylineParts(b string) []string {
	b = strings.TrimSpace(b)
	if b == "" {
		return nil
	}
	repl := strings.NewReplacer("|", ",", ";", ",", "/", ",", "\u00b7", ",", " and ", ",", " & ", ",", " for ", ",",
		" with ", ",")
	var out []string
	for _, part := range strings.Split(repl.Replace(b), ",") {
		f := strings.Fields(part)
		if len(f) > 0 && strings.EqualFold(f[0], "by") {
			f = f[1:]
		}
		var words []string
		for _, w := range f {
			if strings.ContainsAny(w, "@:") || isCalendarWord(asciiLower(w)) {
				break
			}
			// "Nolan22": figures glued to a name by the page.
			w = strings.TrimRightFunc(w, unicode.IsDigit)
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			words = append(words, w)
		}
		if len(words) > 0 && len(words) <= 5 {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

// looksLikeFullName reports two to four capitalised words that read as a
// person's name: no organisation's head word, no "the".
func looksLikeFullName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if orgHeads[lw] || lw == "the" || strings.Contains(w, ".") && len(w) > 2 {
			return false
		}
	}
	return true
}

// isCapitalised reports a text whose first letter is a capital.
func isCapitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// markOwn flags the entities that are the article's own outlet or one of
// its authors (ownNames): they are never listed as actors, and what they
// do (asking for comment, updating the post) is no item.
func (d *doc) markOwn() {
	outlets, people := d.ownNames()
	if len(outlets) == 0 && len(people) == 0 {
		return
	}
	for _, e := range d.ents {
		switch e.kind {
		case KindPerson:
			k := e.nameKey()
			for _, p := range people {
				if k == p || strings.Contains(k, " ") && e.first == firstWord(p) && sameSurname(e.last, lastWord(p)) {
					e.own = true
				}
			}
		case KindOrganization, KindOther, "":
			if e.forms.anyForm(func(f string) bool { return containsStr(outlets, nameKey(f)) }) {
				e.own = true
			}
			if containsStr(outlets, e.nameKey()) {
				e.own = true
			}
		}
	}
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// ownParty reports a dispute one of whose parties is the article's own
// outlet or author: the reporter asking questions is no side.
func (d *doc) ownParty(x docDispute) bool {
	for _, p := range x.parties {
		if p >= 0 && d.ents[p].own {
			return true
		}
	}
	return false
}

// outletHeads end the names of newspapers, broadcasters and agencies:
// "Lamu Herald", "Kestrel Times", "Bloomberg News", "Nordbahn Online".
var outletHeads = setOf("herald", "times", "tribune", "post", "journal", "news", "gazette", "telegraph", "guardian",
	"chronicle", "courier", "observer", "express", "mirror", "mail", "standard", "independent", "economist",
	"radio", "tv", "television", "broadcasting", "bulletin", "magazine", "daily", "weekly", "newspaper", "dispatch",
	"inquirer", "examiner", "sentinel", "tribune's", "recorder", "register", "monitor", "globe", "online")

// newsAgencies are outlets known by a bare name.
var newsAgencies = setOf("reuters", "cnn", "bbc", "bloomberg", "ap", "afp", "associated press", "agence france-presse",
	"nbc", "abc", "cbs", "msnbc", "npr", "pbs", "dpa", "xinhua", "tass", "kyodo", "yonhap", "efe", "ansa", "itv",
	"cbc", "al jazeera", "politico", "axios", "vox", "bild", "le monde", "der spiegel", "el pais", "fox news")

// markSourceOutlets flags the news outlets the article only cites as
// sources — "told the Kestrel Times", "according to Reuters", "in an
// interview with CNN", "the Lamu Herald reported", "first reported by
// Bloomberg": a source of the story, not an actor in it. An outlet that
// does anything else (is sued, fined, bought, speaks for itself) stays.
//
// A name the article calls an outlet ("tech site Byteline", "the
// newspaper Lamu Courier") is one whatever kind its use suggested: only
// cited, it is no actor; in the story ("Byteline was sued"), it is an
// organisation, never a person ("Byteline adds that…" reads like one).
// So is a name of several words that ends in an outlet's head word
// ("Harbour Weekly") read as a person or a place only from its use, but
// not a person with a title, a given name or a pronoun ("Nadia Daily"); a
// lone word read as a person only because it reports ("As Mashable
// reports, …") is cited too, when it only ever reports.
func (d *doc) markSourceOutlets() {
	called := d.calledOutlets()
	for ei, e := range d.ents {
		if len(e.ments) == 0 || e.own {
			continue
		}
		n := strings.ToLower(e.name)
		// outlet: the name is an outlet's; lone: a lone word read as a
		// person only from its use, which is cited if it only reports.
		outlet, lone := false, false
		switch e.kind {
		case KindOrganization:
			outlet = newsAgencies[n] || outletHeads[lastWord(n)] || called[ei]
		case KindPerson, KindOther:
			outlet = called[ei] ||
				strings.Contains(n, " ") && outletHeads[lastWord(n)] && d.unnamedPerson(e)
			lone = !outlet && e.kind == KindPerson && !strings.Contains(n, " ") && d.unnamedPerson(e)
		}
		if !outlet && !lone {
			continue
		}
		named, source := 0, 0
		for _, mi := range e.ments {
			m := d.ments[mi]
			if m.form == formPronoun || m.form == formDesc {
				continue
			}
			named++
			if d.sourceFrame(m) || outlet && d.citedFrame(m) {
				source++
			}
		}
		switch {
		case named > 0 && source == named:
			e.term, e.kind = true, KindOther
		case outlet && e.kind != KindOrganization:
			e.kind = KindOrganization
			for _, mi := range e.ments {
				if m := &d.ments[mi]; m.form != formPronoun && m.form != formDesc {
					m.kind = KindOrganization
				}
			}
		}
	}
}

// outletNouns name a kind of news outlet. Before a name ("tech site
// Byteline", "the newspaper Lamu Courier", "gadget blog Pixelrun") they
// make it an outlet's name.
var outletNouns = setOf("site", "website", "blog", "newspaper", "magazine", "tabloid", "broadsheet", "outlet",
	"publication", "newsletter", "webzine", "newswire", "broadcaster", "podcast", "vlog", "weekly", "daily")

// calledOutlets reports, by entity, those one of whose names has an
// outlet noun written in lower case just before it: "tech site Byteline".
// It reads the mentions once, in the article's order.
func (d *doc) calledOutlets() []bool {
	called := make([]bool, len(d.ents))
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || m.form == formPronoun || m.form == formDesc || m.title() != "" || m.r0 != m.t0 {
			continue
		}
		p := int(m.r0) - 1
		if p >= 0 && d.sentenceOf(p) == int(m.sent) && d.toks[p].kind == tWord && d.toks[p].flags&fCap == 0 &&
			d.tokIn(p, inOutletNouns) {
			// "veteran broadcaster Ama Lotto": a broadcaster is a person
			// too; a given name or a gender tells one.
			if d.tokLower(p) == "broadcaster" && d.personBroadcaster(mi, p) {
				continue
			}
			called[m.ent] = true
		}
	}
	return called
}

// personBroadcaster reports that mention mi, after the noun "broadcaster"
// at token p, names a person: a given name, a person's modifier before the
// noun ("veteran broadcaster", "former broadcaster") or he or she after
// it.
func (d *doc) personBroadcaster(mi, p int) bool {
	m := &d.ments[mi]
	if d.givenAt(int(m.t0)) || m.gender != genderUnknown {
		return true
	}
	if q := p - 1; q >= 0 && d.toks[q].kind == tWord && personModifiers[d.tokLower(q)] {
		return true
	}
	g, ok := d.pronounAfter(mi, int(m.ent))
	return ok && g != genderUnknown
}

// personModifiers describe a person before a job noun, not a business.
var personModifiers = setOf("veteran", "former", "retired", "longtime", "late", "celebrated", "award-winning", "acclaimed")

// unnamedPerson reports an entity nothing marks as a person: no title or
// role before any of its names, no gender, no given name first.
func (d *doc) unnamedPerson(e *entity) bool {
	if e.gender != genderUnknown || d.g.isGivenName(firstWord(e.name)) {
		return false
	}
	for _, mi := range e.ments {
		if m := &d.ments[mi]; m.title() != "" || m.role != "" || m.gender != genderUnknown {
			return false
		}
	}
	return true
}

// sourceFrame reports a mention of an outlet cited as a source: after
// "told", "to", "with", "according to", "by" ("said in an interview
// with", "speaking to", "reported by", "quoted by"), or as the subject of
// "reported", "reports", "first reported".
func (d *doc) sourceFrame(m mention) bool {
	p := int(m.r0) - 1
	if p >= 0 && d.toks[p].kind == tWord && d.tokLower(p) == "the" {
		p--
	}
	if p >= 0 && d.toks[p].kind == tWord {
		switch d.tokLower(p) {
		case "told", "tells", "telling":
			return true
		case "with", "by":
			// "in an interview with", "spoke with"; "reported by", "seen
			// by" — not "a deal with", "bought by".
			if p > 0 {
				switch d.tokLower(p - 1) {
				case "interview", "interviews", "spoke", "speaking", "talking", "talked", "reported", "quoted", "cited",
					"obtained", "seen", "reviewed", "published", "aired", "broadcast":
					return true
				}
			}
		case "to":
			if p > 0 {
				switch d.tokLower(p - 1) {
				case "according", "told", "spoke", "speaking", "talking", "talked", "said", "statement", "interview",
					"interviews", "comments", "remarks", "letter", "email":
					return true
				}
			}
		}
	}
	k := int(m.t1)
	for k < len(d.toks) && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
		k++
	}
	if k < len(d.toks) && d.toks[k].kind == tWord {
		switch d.tokLower(k) {
		case "reported", "reports", "reporting", "revealed", "first":
			return true
		case "writes", "wrote", "adds", "added", "notes", "noted":
			// "Byteline adds that…", "the Lamu Courier wrote on Sunday";
			// not "the paper added a paywall", "wrote to the mayor".
			if n := k + 1; n < len(d.toks) && d.sentenceOf(n) == int(m.sent) && d.toks[n].kind == tWord {
				w := d.tokLower(n)
				return w == "that" || !determiners[w] && w != "to"
			}
			return true
		}
	}
	return false
}

// citedFrame reports a mention of an outlet cited as a source through
// what it published or learned, beyond sourceFrame's frames: after a
// story noun and "by", "in" or "from" ("according to a report by Heise
// Online", "an article in the Valley Post", "months of reporting by"),
// after a verb of printing and "in" ("quoted in", "writing in"), after a
// verb of telling and "to" ("confirmed to the Valley Post"), before a
// story noun as its owner ("the Tarrow Herald's report", "a Valley Post
// article said"), or as the subject of "learned" ("Heise Online has
// learned"). Only an outlet's name is read so: "a report by Hansen" may
// be a person's work.
func (d *doc) citedFrame(m mention) bool {
	p := int(m.r0) - 1
	if p >= 0 && d.toks[p].kind == tWord && d.tokLower(p) == "the" {
		p--
	}
	if p > 0 && d.toks[p].kind == tWord && d.toks[p-1].kind == tWord {
		w, b := d.tokLower(p), d.tokLower(p-1)
		switch {
		case (w == "by" || w == "in" || w == "from") && storyNouns[b]:
			return true // "a report by", "an article in", "a story from"
		case w == "in" && citedInVerbs[b]:
			return true // "quoted in", "writing in"
		case w == "to" && toldToVerbs[b]:
			return true // "confirmed to"
		}
	}
	k := int(m.t1)
	// "the Tarrow Herald's report", "a Valley Post article said".
	if k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 && storyNouns[d.tokLower(k)] &&
		(m.flags&mPoss != 0 || p >= 0 && d.toks[p].kind == tWord && (d.tokLower(p) == "a" || d.tokLower(p) == "an")) {
		return true
	}
	for k < len(d.toks) && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
		k++
	}
	// "Heise Online has learned", "had first reported".
	if k < len(d.toks) && d.toks[k].kind == tWord && (d.tokLower(k) == "has" || d.tokLower(k) == "had") {
		k++
		for k < len(d.toks) && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) {
			k++
		}
		if k < len(d.toks) && d.toks[k].kind == tWord {
			switch d.tokLower(k) {
			case "learned", "learnt", "reported", "revealed":
				return true
			}
		}
		return false
	}
	return k < len(d.toks) && d.toks[k].kind == tWord && (d.tokLower(k) == "learned" || d.tokLower(k) == "learnt")
}

// storyNouns are what an outlet publishes: before "by", "in" or "from"
// an outlet ("a report by", "an article in", "a story from") or after its
// name ("the Tarrow Herald's report", "a Valley Post article") they cite
// it as a source.
var storyNouns = setOf("report", "reports", "reporting", "article", "articles", "story", "stories", "investigation",
	"piece", "coverage", "feature", "documentary", "broadcast", "scoop", "op-ed", "editorial", "column", "interview",
	"interviews", "podcast", "bulletin")

// citedInVerbs say words were printed in an outlet: "quoted in the Valley
// Post", "writing in the Tarrow Herald".
var citedInVerbs = setOf("quoted", "cited", "published", "printed", "writing", "wrote", "appeared", "reported",
	"interviewed")

// toldToVerbs say something was told to an outlet, beside sourceFrame's
// "told", "said", "spoke": "confirmed to the Valley Post".
var toldToVerbs = setOf("confirmed", "explained", "revealed", "disclosed", "admitted", "wrote", "insisted", "described",
	"stressed", "denied")

// markSourceJournalists flags the reporters the article names through
// their outlet and only cites as sources, as markSourceOutlets does for
// the outlets: "told the BBC's Jon Sopel", "in an interview with CNN's
// Jake Tapper", "according to Reuters correspondent Maren Solvik", "Sopel
// asked". They tell or ask; they are no actors in the story, and like the
// article's own authors they are no party to an item. A reporter who
// does anything else ("the President accused CNN's Jim Acosta of lying")
// stays.
func (d *doc) markSourceJournalists() {
	for _, e := range d.ents {
		if e.kind != KindPerson || e.own || len(e.ments) == 0 {
			continue
		}
		outlet, source := -1, true
		for _, mi := range e.ments {
			m := d.ments[mi]
			if m.form == formPronoun || m.form == formDesc {
				continue
			}
			start, o := d.outletOfReporter(m)
			if o >= 0 {
				outlet = o
			}
			if !d.reporterFrame(m, start) {
				source = false
				break
			}
		}
		if outlet >= 0 && source {
			e.own = true
			// "the BBC's Jon Sopel said": the outlet is cited through its
			// reporter.
			if o := d.ents[outlet]; o.kind == KindOrganization && !o.own {
				o.term, o.kind = true, KindOther
			}
		}
	}
}

// outletOfReporter returns the first token of the outlet that names the
// person of mention m as its reporter — "the BBC's Jon Sopel", "Reuters
// correspondent Maren Solvik" — and the outlet's entity, or -1.
func (d *doc) outletOfReporter(m mention) (int, int) {
	k := int(m.r0)
	// "Reuters correspondent Maren Solvik": a media role before the name,
	// in the mention or just before it.
	role := false
	for t := k; t < int(m.t0); t++ {
		if a, _, ok := d.agentAt(k, t); ok && a.class == agentMedia {
			role = true
		}
	}
	if k < int(m.t0) && !role {
		return k, -1
	}
	if k == int(m.t0) && k > 0 && d.toks[k-1].kind == tWord && d.toks[k-1].flags&fCap == 0 && d.cover0(k-1) {
		if a, s, ok := d.agentAt(max(0, k-3), k-1); ok && a.class == agentMedia {
			k, role = s, true
		}
	}
	// The outlet is the mention that ends just before: "the BBC's",
	// "Reuters' ", "Reuters" (before a role).
	mi := d.mentionsBefore(k) - 1
	if mi < 0 || int(d.ments[mi].t1) < k-1 {
		return k, -1
	}
	o := d.ments[mi]
	if gap := k - int(o.t1); gap > 0 && (gap > 1 || d.toks[k-1].kind == tWord) {
		return k, -1 // only the possessive's mark between
	}
	if o.ent < 0 || !role && o.flags&mPoss == 0 || !d.isOutlet(d.ents[o.ent]) || !d.outletOnlyCited(d.ents[o.ent]) {
		return k, -1
	}
	start := int(o.r0)
	if start > 0 && d.tokLower(start-1) == "the" {
		start--
	}
	return start, int(o.ent)
}

// isOutlet reports a news outlet: the article's own, an agency known by
// name, or a name ending in a newspaper's or broadcaster's head word.
func (d *doc) isOutlet(e *entity) bool {
	if e.kind == KindPerson || e.kind == KindCountry {
		return false
	}
	n := strings.ToLower(e.name)
	return e.own || newsAgencies[n] || outletHeads[lastWord(n)]
}

// outletOnlyCited reports an outlet the article names only as a source or
// as the employer of a reporter ("the BBC's", "Reuters correspondent"):
// an outlet that is sued, fined or speaks for itself is an actor, and so
// may be those who speak for it.
func (d *doc) outletOnlyCited(e *entity) bool {
	for _, mi := range e.ments {
		m := d.ments[mi]
		if m.form == formPronoun || m.form == formDesc || m.flags&mPoss != 0 || d.sourceFrame(m) || d.citedFrame(m) {
			continue
		}
		if k := int(m.t1); k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 {
			if a, _, ok := d.agentAt(k, k); ok && a.class == agentMedia {
				continue // "Reuters correspondent …"
			}
		}
		return false
	}
	return true
}

// reporterFrame reports a mention of a reporter, whose name with its
// outlet starts at token start, that only cites them: a source frame
// (sourceFrame: "told", "according to", "in an interview with"), or the
// subject of a speech verb ("Sopel asked", "the BBC's Jon Sopel said").
func (d *doc) reporterFrame(m mention, start int) bool {
	mm := m
	mm.r0 = int32(start)
	if d.sourceFrame(mm) {
		return true
	}
	k := int(m.t1)
	for k < len(d.toks) && d.toks[k].kind == tWord && (isAdverb(d.tokLower(k)) || isAuxiliary(d.tokLower(k))) {
		k++
	}
	return k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].flags&fCap == 0 &&
		(d.lex[k]&lexSpeech != 0 || d.lemmaIs(k, "ask") || d.lemmaIs(k, "interview"))
}

// cover0 reports that no mention covers token t.
func (d *doc) cover0(t int) bool {
	mi := d.mentionsBefore(t+1) - 1
	return mi < 0 || int(d.ments[mi].t1) <= t
}
