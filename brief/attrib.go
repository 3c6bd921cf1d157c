package brief

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// docQuote is a quote found in one article, before merging.
type docQuote struct {
	text    string
	speaker string // canonical name or description; "" when unknown
	ent     int    // the speaker entity, or -1
	sent    int
	words   int
	partial bool   // a fragment quoted inside a sentence
	span    int    // how many sentences after sent the quote runs on
	key     string // normKey(text), for finding the same words again
}

// quoteText returns the words of the quote made of the quotes parts (of
// d.quotes), the parts of a split quote joined with " … ". The words of a
// quote in one part are a piece of the article's text, not a copy: the
// article holds its text as long as the doc holds it.
func (d *doc) quoteText(parts []int) string {
	part := func(p int) string {
		pq := d.quotes[p]
		return strings.TrimRight(trimQuoteText(d.text[pq.s:pq.e]), ",")
	}
	if len(parts) == 1 {
		return part(parts[0])
	}
	var b strings.Builder
	for k, p := range parts {
		if k > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(part(p))
	}
	return b.String()
}

// speakerRef is who a frame names as speaker: an entity or a description.
type speakerRef struct {
	ent  int
	desc string
	// heard is set when the frame says someone heard the words ("she was
	// warned that …") and names no one who spoke them: no other rule may
	// give the quote a speaker.
	heard bool
	// unsure is set, with heard, when the frame names a speaker the
	// engine cannot tell from another ("Tane said" of two Tanes): the
	// quotes that go on from it are no one else's either.
	unsure bool
	// person is set when the frame's subject is "he" or "she" with no
	// one it may stand for ("one tenant, who asked not to be named… she
	// said"): whoever speaks is a person, never a body.
	person bool
}

func (s speakerRef) ok() bool { return s.ent >= 0 || s.desc != "" }

var noSpeaker = speakerRef{ent: -1}

// anonymous is the speaker of words a frame gives to someone it does not
// name ("Another wrote:", "A comment under the video said:"): no one, and
// the words that go on from them are no one else's either.
var anonymous = speakerRef{ent: -1, heard: true, unsure: true}

// commNouns are things that speak for someone: "the tweet from Vulture
// magazine reads", "a statement from the ministry said".
var commNouns = setOf("tweet", "statement", "letter", "post", "message", "email", "note", "release", "report",
	"study", "survey", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "website",
	"account", "announcement", "memo", "filing", "ruling", "verdict", "judgment", "decision", "document",
	"analysis", "paper", "reply", "response", "comment", "caption", "headline", "sign", "banner", "ad", "advert",
	"advertisement", "campaign", "book", "blog", "column", "editorial", "page")

// attributeQuotes turns quote spans into quotes with speakers: split quotes
// are joined, and each utterance is attributed through the attribution
// frame around it, pronouns, and the paragraphs around it.
func (d *doc) attributeQuotes() {
	d.buildCover()
	d.lastSpeaker = -1
	last := noSpeaker // the speaker of the previous utterance
	lastPara := -1
	// At most an item for each quote: room made at once, not by growing.
	d.quoteItems = slices.Grow(d.quoteItems, len(d.quotes))
	for qi := 0; qi < len(d.quotes); qi++ {
		q := d.quotes[qi]
		if !d.isRealQuote(q) {
			continue
		}
		// Join the parts of a split quote: “…,” he said. “…”
		parts := []int{qi}
		for qi+1 < len(d.quotes) {
			nq := d.quotes[qi+1]
			if nq.para != q.para || !d.isRealQuote(nq) || !d.onlyFrameBetween(d.quotes[parts[len(parts)-1]], nq) ||
				d.ownTurn(parts, qi+1) {
				break
			}
			parts = append(parts, qi+1)
			qi++
		}
		first := d.quotes[parts[0]]
		if len(parts) == 1 && d.isPullQuote(first) {
			continue
		}
		if d.paraMark != nil && d.paraMark[first.para] == markHeading {
			// A heading in quotation marks ("‘We will not back down’"):
			// words cut to fit a heading, not a quote.
			continue
		}
		if d.entryBreak(lastPara, first.para) {
			// A new entry of a live page: the last
			// speaker's words do not go on into it.
			last, lastPara, d.lastSpeaker = noSpeaker, -1, -1
		}
		sp := noSpeaker
		heard, unsure, person := false, false, false
		for _, p := range parts {
			if sp = d.frameSpeaker(p); sp.ok() {
				if unsure {
					// “…!” one woman in the crowd shouted. “…,” she
					// added: the pronoun goes on with someone unnamed
					// (a part named by its frame is a turn of its own:
					// ownTurn).
					sp = anonymous
					break
				}
				sp = d.retoldSpeaker(d.quotes[p], sp)
				break
			}
			heard = heard || sp.heard
			unsure = unsure || sp.unsure
			person = person || sp.person
		}
		sp.heard = sp.heard || heard && !sp.ok()
		sp.unsure = sp.unsure || unsure && !sp.ok()
		if !sp.ok() && !sp.heard {
			sp = d.contextSpeaker(first, last, lastPara)
		}
		if !sp.ok() && !sp.heard {
			sp = d.repeatedQuoteSpeaker(first)
		}
		if person && (!sp.ok() || sp.ent >= 0 && d.ents[sp.ent].kind != KindPerson) {
			// "“…,” she said" of someone unnamed: not the body about, and
			// the words that go on from hers are no one else's either.
			sp = anonymous
		}
		if sp.ent < 0 && bareBody(sp.desc) {
			// "“We will appeal,” the company said" with no company named:
			// the speaker is not known.
			sp = noSpeaker
		}
		if sp.ent < 0 && anyoneAtAll(sp.desc) {
			// "“…,” the people said": someone no one could name, and the
			// words that go on from theirs are no one else's either.
			sp = anonymous
		}
		if sp.ent >= 0 && d.ents[sp.ent].kind != KindPerson && sp.desc == "" {
			// Organisations and countries speak too; keep them.
			_ = sp
		}
		dq := docQuote{text: d.quoteText(parts), ent: sp.ent, sent: d.a.sentenceAt(first.s),
			partial: !d.fillsSentence(first)}
		for _, p := range parts {
			dq.words += d.quotes[p].words
		}
		switch {
		case sp.ent >= 0:
			dq.speaker = d.ents[sp.ent].name
			d.ents[sp.ent].quotes++
		case sp.desc != "":
			dq.speaker = sp.desc
		}
		if dq.sent < 0 {
			dq.sent = 0
		}
		if ls := d.a.sentenceAt(d.quotes[parts[len(parts)-1]].e - 1); ls > dq.sent {
			dq.span = ls - dq.sent
		}
		dq.key = normKey(dq.text)
		d.addQuoteItem(dq)
		if sp.ok() || sp.unsure {
			last = sp
			d.lastSpeaker = sp.ent
			d.lastSpeakerPara = d.quotes[parts[len(parts)-1]].para
			d.lastSpeakerSent = dq.sent + dq.span
		}
		lastPara = first.para
		for _, p := range parts {
			if d.quotes[p].para > lastPara {
				lastPara = d.quotes[p].para
			}
		}
	}
}

// ownTurn reports that quote qi, which would be joined to the parts
// before it as one utterance, is a turn of its own: its frame names
// another speaker (“…,” the manager said. “…?” asked Maria Sousa.), or it
// is a question put after words that were no question (“We followed every
// rule.” “Then why were three workers hurt?” he asked.) — an interviewer's
// question is not the interviewee's answer.
func (d *doc) ownTurn(parts []int, qi int) bool {
	q := d.quotes[qi]
	if !q.closed {
		return false
	}
	prev := d.quotes[parts[len(parts)-1]]
	if d.questionFrame(q) && !strings.HasSuffix(strings.TrimRight(trimQuoteText(d.text[prev.s:prev.e]), " "), "?") {
		return true
	}
	// “…?” a student asked. “…,” she replied: the answer is another's.
	if d.questionFrame(prev) && d.replyFrame(q) {
		return true
	}
	// A pronoun ("he added") goes on with the speaker of the parts before.
	lo := d.tokenAt(q.oe)
	for t := lo; t < len(d.toks) && t < lo+8 && d.toks[t].flags&fInQuote == 0 && d.toks[t].kind != tQuote; t++ {
		if c := d.cover[t]; c != 0 && d.ments[c-1].form == formPronoun {
			return false
		}
	}
	first, anon := noSpeaker, false
	for _, p := range parts {
		if first = d.frameSpeaker(p); first.ok() {
			break
		}
		anon = anon || first.unsure
	}
	sp := d.frameSpeaker(qi)
	// “…?” a member of the audience asked. “…,” Lorne replied: someone
	// unnamed, then someone named.
	if !first.ok() && anon {
		return sp.ok() || sp.unsure
	}
	// “…,” he wrote. Someone replied: “…” — someone else, unnamed.
	return first.ok() && (sp.ok() && (sp.ent != first.ent || sp.desc != first.desc) || sp.unsure)
}

// replyVerbs say that words answer a question: "she replied", "Lorne
// answered".
var replyVerbs = setOf("reply", "replies", "replied", "replying", "answer", "answers", "answered", "answering",
	"respond", "responds", "responded", "responding", "retort", "retorts", "retorted", "counter", "counters",
	"countered")

// replyFrame reports a quote whose frame in its own sentence, after it or
// before it, has a verb that says it answers: `“…,” she replied.`,
// `Lorne answered: “…”`.
func (d *doc) replyFrame(q quoteSpan) bool {
	reply := func(t int) bool {
		return d.toks[t].kind == tWord && d.toks[t].flags&fCap == 0 && replyVerbs[d.tokLower(t)]
	}
	if q.closed && d.frameAfterHas(q, reply) {
		return true
	}
	qt := d.tokenAt(q.os)
	si := d.a.sentenceAt(q.os)
	if si < 0 {
		return false
	}
	for t := qt - 1; t >= 0 && t >= qt-6 && d.sentenceOf(t) == si && d.toks[t].flags&fInQuote == 0 && d.toks[t].kind != tQuote; t-- {
		if reply(t) {
			return true
		}
	}
	return false
}

// questionFrame reports a quote that is a question, followed in its own
// sentence by a frame that says it was asked: `“…?” he asked.`
func (d *doc) questionFrame(q quoteSpan) bool {
	if !strings.HasSuffix(strings.TrimRight(trimQuoteText(d.text[q.s:q.e]), " "), "?") {
		return false
	}
	return d.frameAfterHas(q, func(t int) bool {
		return d.toks[t].kind == tWord && (d.lemmaIs(t, "ask") || d.lemmaIs(t, "wonder") || d.lemmaIs(t, "want") && d.phrasalSpeechAt(t, t+3))
	})
}

// frameAfterHas reports whether is holds for one of the first six tokens
// after quote q that are still in the sentence its words end in and
// outside quotation marks: the frame that follows a quote, `“…?” he
// asked`, `“…,” she replied`.
func (d *doc) frameAfterHas(q quoteSpan, is func(t int) bool) bool {
	if q.e == 0 {
		return false
	}
	lo := d.tokenAt(q.oe)
	si := d.a.sentenceAt(q.e - 1)
	for t := lo; t < len(d.toks) && t < lo+6 && d.sentenceOf(t) == si && d.toks[t].flags&fInQuote == 0 && d.toks[t].kind != tQuote; t++ {
		if is(t) {
			return true
		}
	}
	return false
}

// isPullQuote reports a paragraph that only repeats, in quotation marks,
// words the article has in its own prose: a pull quote set in large type,
// no one's words.
func (d *doc) isPullQuote(q quoteSpan) bool {
	if q.words < 6 || !d.paraIsQuoteOnly(q.para) {
		return false
	}
	k := strings.TrimRight(d.lower[q.s:q.e], " .!?,;:\"'\u2019\u201D")
	if len(k) < 30 {
		return false
	}
	// Pull quotes repeat the prose near them: search the paragraphs
	// around it only, so long documents cost no more per quote.
	pars := d.a.Paragraphs
	lo, hi := pars[max(0, q.para-pullQuoteReach)].Start, pars[min(len(pars)-1, q.para+pullQuoteReach)].End
	text := d.lower[:hi]
	for from := lo; from < len(text); {
		i := strings.Index(text[from:], k)
		if i < 0 {
			return false
		}
		at := from + i
		if at != q.s && !d.insideQuote(at) {
			return true
		}
		from = at + 1
	}
	return false
}

// pullQuoteReach is how many paragraphs before and after a pull quote
// are searched for the prose it repeats.
const pullQuoteReach = 20

// insideQuote reports whether byte off of the text is inside quotation
// marks.
func (d *doc) insideQuote(off int) bool {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].oe > off })
	return i < len(d.quotes) && d.quotes[i].os <= off
}

// trimQuoteText removes stray marks and spaces around a quote's words.
func trimQuoteText(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r == ' ' || isQuoteRune(r) && r != '\'' })
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "\u2026"), "..."))
	return s
}

// buildCover maps each token to the mention covering it (+1; 0 = none).
func (d *doc) buildCover() {
	if d.cover == nil {
		d.cover = d.scratch().cover
	}
	d.cover = zeroed(d.cover, len(d.toks)) // built again: the last one's memory
	for mi, m := range d.ments {
		if m.flags&mDropped != 0 {
			continue // a group that does not matter (dropMinorGroups)
		}
		for t := m.t0; t < m.t1; t++ {
			if d.cover[t] == 0 || m.flags&mAdj == 0 {
				d.cover[t] = int32(mi + 1)
			}
		}
	}
}

// isRealQuote tells a direct quote from scare quotes, titles and nicknames:
// it has three or more words, and a short one is not in title case.
func (d *doc) isRealQuote(q quoteSpan) bool {
	if q.words < 3 || q.words < 4 && !d.fillsSentence(q) {
		return false // scare quotes and short fragments
	}
	if d.labelQuote(q) || d.inscriptionQuote(q) {
		return false
	}
	s := strings.TrimSpace(d.text[q.s:q.e])
	if q.words <= 16 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		caps, words := 0, 0
		for w := range strings.FieldsSeq(s) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) || len(w) < 4 {
				continue
			}
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
		if words >= 2 && caps*5 >= words*4 {
			return false // "A Paradise Built in Hell": a title
		}
	}
	return true
}

// labelNouns are what a quoted phrase may name as a label: "a “pay what
// you like” model", "the “I was here first” card".
var labelNouns = setOf("model", "card", "approach", "strategy", "policy", "drive", "campaign", "mantra", "slogan",
	"doctrine", "rule", "plan", "philosophy", "mentality", "mindset", "attitude", "stance", "line", "narrative",
	"agenda", "programme", "program", "scheme", "initiative", "culture", "movement", "tactic", "tactics", "logic",
	"ethos", "brand", "label", "defence", "defense", "argument", "platform", "ideology", "option", "principle",
	"rhetoric", "trope", "meme", "crowd", "camp", "brigade", "motto", "formula", "method", "system", "deal",
	"pledge", "vision", "idea", "concept", "style", "test", "exemption", "loophole", "clause")

// labelQuote reports a quoted phrase used as a name inside the sentence,
// not as anyone's words: it comes after a determiner or a possessive and
// before a noun it names ("a “pay what you like” model", "their “cut first”
// approach", "Lund's “build it” strategy"), or after "so-called".
func (d *doc) labelQuote(q quoteSpan) bool {
	if !q.closed {
		return false
	}
	before := strings.TrimRight(d.lower[d.a.Paragraphs[q.para].Start:q.os], " ")
	if strings.HasSuffix(before, "so-called") || strings.HasSuffix(before, "so called") {
		return true
	}
	b, a := d.tokenAt(q.os)-1, d.tokenAt(q.oe)
	if b < 0 || a >= len(d.toks) || d.toks[b].kind != tWord || d.toks[a].kind != tWord || d.toks[a].flags&fCap != 0 ||
		!labelNouns[d.tokLower(a)] {
		return false
	}
	w := d.tokLower(b)
	return thingDeterminer(w) || d.toks[b].flags&fPoss != 0 // possessive pronouns are determiners too
}

// sloganNouns name words written or chanted for a cause or a brand, not
// said by anyone: "the slogan “…”", "the hashtag “…”".
var sloganNouns = setOf("slogan", "slogans", "motto", "tagline", "hashtag", "chant", "chants", "catchphrase",
	"jingle", "inscription", "watchword", "rallying")

// carrierNouns are things words are written on: "banners that read “…”",
// "placards reading “…”".
var carrierNouns = setOf("banner", "banners", "placard", "placards", "sign", "signs", "poster", "posters",
	"shirt", "shirts", "t-shirt", "t-shirts", "sticker", "stickers", "billboard", "billboards", "flag", "flags",
	"plaque", "mural", "graffiti", "packaging", "label", "labels", "badge", "badges", "cap", "caps", "hats")

// inscriptionQuote reports a quoted phrase that is a slogan, a chant or
// the words on a banner, not anyone's statement: after a noun for a
// slogan ("used the slogan “Your home, only yours”"), after a verb of
// chanting ("chanting “Not in our name”"), or after "read", "reading" or
// "saying" whose subject is a thing words are written on ("banners that
// read “…”", "placards reading “…”").
func (d *doc) inscriptionQuote(q quoteSpan) bool {
	b := d.tokenAt(q.os) - 1
	if b < 0 || d.toks[b].kind != tWord || d.sentenceOf(b) != d.sentenceOf(min(d.tokenAt(q.os), len(d.toks)-1)) {
		return false
	}
	w := d.tokLower(b)
	switch w {
	case "chanting", "chanted", "chant", "chants":
		return true
	case "read", "reads", "reading", "saying", "says", "bearing", "bore":
		for k := b - 1; k >= 0 && k >= b-3 && d.toks[k].kind == tWord; k-- {
			if carrierNouns[d.tokLower(k)] {
				return true
			}
		}
		return false
	}
	return sloganNouns[w]
}

// onlyFrameBetween reports whether the text between two quotes of one
// paragraph is only an attribution ("," he said. ") so they are one
// utterance.
func (d *doc) onlyFrameBetween(a, b quoteSpan) bool {
	if !a.closed {
		return false
	}
	lo, hi := d.tokenAt(a.oe), d.tokenAt(b.os)
	if hi-lo > 40 {
		return false
	}
	if hi-lo <= 1 {
		// `…would “look like taking sides”. “I agree,” she said`: a
		// fragment that ends its sentence and a new quote are two.
		if hi-lo == 1 && strings.ContainsRune(".!?", rune(d.text[d.toks[lo].s])) && !d.fillsSentence(a) {
			return false
		}
		return true
	}
	// The frame belongs to the first part: it ends in a comma, a dash or
	// an ellipsis inside its marks (“A,” he said. “B”), or the frame goes
	// on in lower case (“A.” he said).
	inner := strings.TrimRight(d.text[a.s:a.e], " ")
	r, _ := utf8.DecodeLastRuneInString(inner)
	if r != ',' && r != '—' && r != '–' && r != '…' && r != '-' {
		if t := d.toks[lo]; !(t.kind == tWord && t.flags&fCap == 0) && d.cover[lo] == 0 {
			return false
		}
		if d.toks[lo].kind == tWord && d.toks[lo].flags&fCap != 0 {
			return false
		}
	}
	hasVerb, words := false, 0
	for t := lo; t < hi; t++ {
		if d.toks[t].kind == tWord {
			words++
			if d.lex[t]&lexSpeech != 0 {
				hasVerb = true
			}
		}
	}
	// The second part goes on as a sentence of its own, or, after a comma
	// on both sides of the frame, as the rest of the sentence (“In the
	// nineties,” Arlen said, “we bought our hops from one farm”); a frame that
	// says more than who spoke ("he said, adding that…") separates two
	// quotes.
	if words > 8 && !d.appositionFrame(lo, hi) {
		return false
	}
	if !unicode.IsUpper(runeAt(d.text, b.s, b.e)) {
		last := hi - 1
		for last > lo && d.toks[last].kind == tQuote {
			last--
		}
		if r != ',' || d.text[d.toks[last].s] != ',' {
			return false
		}
	}
	// The frame must end its sentence (a period before the next quote) or
	// be a comma-bounded insertion.
	// A frame that names a speaker it cannot tell ("said Tane" of two
	// Tanes) is a frame still.
	sp := d.frameSpeakerIn(lo, hi, true)
	return hasVerb && (sp.ok() || sp.unsure)
}

// appositionFrame reports a long frame that still only says who spoke:
// `said Mr. Reeves, a senior fellow at the Center for Health and Human
// Rights at Harvard University.` — one sentence, no second clause.
func (d *doc) appositionFrame(lo, hi int) bool {
	last := hi - 1
	for last > lo && d.toks[last].kind == tQuote {
		last--
	}
	if d.text[d.toks[last].s] != '.' {
		return false
	}
	for t := lo; t < last; t++ {
		if d.toks[t].kind == tPunct && strings.ContainsRune(".;:!?", rune(d.text[d.toks[t].s])) && !d.abbrevDot(t) {
			return false
		}
		switch d.tokLower(t) {
		case "adding", "that", "before", "after", "while", "when", "because", "but", "then", "who", "which", "saying":
			return false
		}
	}
	return true
}

// tokenAt returns the index of the first token starting at or after byte off.
func (d *doc) tokenAt(off int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(d.toks[m].s) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// fillsSentence reports whether a quote is a whole sentence or more (as
// opposed to a fragment quoted inside a sentence).
func (d *doc) fillsSentence(q quoteSpan) bool {
	s := strings.TrimSpace(d.text[q.s:q.e])
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && q.words >= 4
}

// frameSpeaker finds the speaker in the attribution frame of quote qi: the
// words after it up to the sentence end or the next quote, or the words
// before it from the sentence start.
func (d *doc) frameSpeaker(qi int) speakerRef {
	q := d.quotes[qi]
	if sp, ok := d.heardFragment(q); ok {
		return sp
	}
	// After: `,” Mr Starmer said.` / `," said Hicks.` / `— Name`
	if q.closed {
		lo := d.tokenAt(q.oe)
		hi := lo
		si := -1
		if lo < len(d.toks) {
			si = d.sentenceOf(lo)
		}
		for hi < len(d.toks) && d.sentenceOf(hi) == si && d.toks[hi].flags&fInQuote == 0 && d.toks[hi].kind != tQuote {
			hi++
		}
		sameSent := lo < len(d.toks) && q.e > 0 && d.a.sentenceAt(q.e-1) == si
		if lo < hi && int(d.toks[lo].s) < d.paraEnd(q.para) && sameSent {
			// The frame after a quote that ended its own sentence belongs to
			// the quote only when it starts in lower case or with a name + verb.
			if sp := d.frameSpeakerIn(lo, hi, true); sp.ok() || sp.heard || sp.person {
				return sp
			}
		}
		// `“…”` then `That was the verdict of rescue chief Arif Santoso.`
		if lo < hi && !sameSent && si >= 0 && int(d.toks[lo].s) < d.paraEnd(q.para)+2 {
			if sp := d.verdictFrame(lo, hi); sp.ok() {
				return sp
			}
		}
		// `“…?”` then, as a sentence of its own, `Forte said.`
		if lo < hi && !sameSent && si >= 0 && hi-lo <= 7 && int(d.toks[lo].s) < d.paraEnd(q.para)+2 &&
			d.text[d.toks[hi-1].s] == '.' && d.toks[lo].flags&fCap != 0 && !d.colonFrameBefore(q) {
			if sp := d.frameSpeakerIn(lo, hi, true); sp.ok() && d.lex[hi-2]&lexSpeech != 0 {
				return sp
			}
		}
	}
	// Before: `Mr Trump said: “…”` / `He said the allies would “…”`
	qt := d.tokenAt(q.os)
	if qt > 0 && qt <= len(d.toks) {
		si := d.a.sentenceAt(q.os)
		if si >= 0 {
			lo, _ := d.sentRange(si)
			hi := qt
			// Only the text after the previous quote in the sentence — a
			// word or two in quotation marks (`said it was "distressing"
			// not to…`) does not end the frame.
			for k := hi - 1; k >= lo; k-- {
				if d.toks[k].flags&fInQuote != 0 || d.toks[k].kind == tQuote {
					j, words := k, 0
					for j >= lo && (d.toks[j].flags&fInQuote != 0 || d.toks[j].kind == tQuote) {
						if d.toks[j].kind == tWord {
							words++
						}
						j--
					}
					if words > 0 && words <= 2 {
						k = j + 1
						continue
					}
					// `He insisted the exam would “bring more rigour” and
					// would be “a key instrument…”`: an earlier fragment
					// of the same sentence is part of the frame.
					if pq := d.quoteAround(k); pq != nil && pq.s > 0 && !d.fillsSentence(*pq) && d.toks[k].kind != tQuote ||
						d.toks[k].kind == tQuote && k > lo && d.fragmentEndsAt(k) {
						k = j + 1
						continue
					}
					lo = k + 1
					break
				}
			}
			if lo < hi {
				if sp := d.frameSpeakerIn(lo, hi, false); sp.ok() || sp.heard {
					return sp
				}
			}
		}
	}
	return noSpeaker
}

func (d *doc) paraEnd(p int) int { return d.a.Paragraphs[p].End }

// colonFrameBefore reports a quote opened after a colon that ends a frame
// of its own sentence with a verb of speech: `Then someone in the audience
// asked: “…?”` — the sentence after it (`Fenwright smiled.`) tells of
// another.
func (d *doc) colonFrameBefore(q quoteSpan) bool {
	c := d.tokenAt(q.os) - 1
	if c <= 0 || c >= len(d.toks) || d.toks[c].kind != tPunct || d.text[d.toks[c].s] != ':' {
		return false
	}
	lo, _ := d.sentRange(d.sentenceOf(c))
	for t := c - 1; t >= lo && d.toks[t].flags&fInQuote == 0 && d.toks[t].kind != tQuote; t-- {
		if d.toks[t].kind == tWord && d.toks[t].flags&fCap == 0 && (d.lex[t]&lexSpeech != 0 || d.phrasalSpeechAt(t, c)) {
			return true
		}
	}
	return false
}

// heardFragment reads a fragment quoted inside a clause of words heard:
// "Customers were told that recordings might be kept “for quality
// purposes”, the agency said." The words are the teller's, named after
// "by" or not at all; the frame that closes the sentence names who
// reports the telling. ok is false when the quote fills its sentence, or
// no passive verb of saying stands before it in its sentence with no
// active one between ("were told that the minister said “…”").
func (d *doc) heardFragment(q quoteSpan) (speakerRef, bool) {
	if d.fillsSentence(q) {
		return noSpeaker, false
	}
	qt := d.tokenAt(q.os)
	si := d.a.sentenceAt(q.os)
	if qt <= 0 || qt > len(d.toks) || si < 0 {
		return noSpeaker, false
	}
	lo, _ := d.sentRange(si)
	for v := qt - 1; v >= lo; v-- {
		tk := d.toks[v]
		if tk.kind == tQuote || tk.flags&fInQuote != 0 {
			return noSpeaker, false
		}
		if tk.kind != tWord || d.lex[v]&lexSpeech == 0 || tk.flags&fCap != 0 {
			continue
		}
		if v > lo && (d.tokIn(v-1, inDeterminers) || possessivePronouns[d.tokLower(v-1)]) {
			continue // "her post was": a noun
		}
		if !d.speechPassiveAt(v, lo) {
			return noSpeaker, false // "were told that the minister said “…”"
		}
		if v+2 < qt && d.tokLower(v+1) == "by" {
			if sp := d.npAt(v+2, qt); sp.ok() {
				return sp, true
			}
		}
		return speakerRef{ent: -1, heard: true}, true
	}
	return noSpeaker, false
}

// fragmentEndsAt reports a quotation mark at token k that closes a
// fragment quoted inside a sentence (not a whole quoted sentence).
func (d *doc) fragmentEndsAt(k int) bool {
	if k == 0 {
		return false
	}
	q := d.quoteAround(k - 1)
	return q != nil && q.s > 0 && !d.fillsSentence(*q)
}

// relativeHeads are the things a relative clause without "that" may tell
// of: "something she said", "what he wrote", "everything they claimed".
var relativeHeads = setOf("something", "anything", "everything", "nothing", "what", "whatever", "things")

// relativeSpeechVerb reports a speech verb at v, in [lo, v], inside a
// relative clause on a thing: its subject (a pronoun or a name, across
// adverbs and auxiliaries: "she already", "he had") stands right after one
// of relativeHeads, or after "that" or "which" after one.
func (d *doc) relativeSpeechVerb(v, lo int) bool {
	k := v - 1
	for k > lo && d.toks[k].kind == tWord && (isAdverb(d.tokLower(k)) || isAuxiliary(d.tokLower(k))) {
		k--
	}
	if k <= lo || d.toks[k].kind != tWord {
		return false
	}
	// The subject: a mention ("she", "Lund"), or a few words of a noun
	// phrase ("her critics", "the readers").
	p := k
	if c := d.cover[k]; c != 0 {
		p = int(d.ments[c-1].t0) - 1
	} else {
		for p = k - 1; p > lo && p >= k-2 && d.toks[p].kind == tWord && !relativeHeads[d.tokLower(p)] &&
			(d.tokIn(p, inDeterminers) || possessivePronouns[d.tokLower(p)]); p-- {
		}
	}
	if p > lo && (d.tokLower(p) == "that" || d.tokLower(p) == "which") {
		p--
	}
	return p >= lo && d.toks[p].kind == tWord && relativeHeads[d.tokLower(p)]
}

// frameSpeakerIn finds the speaker named in tokens [lo, hi) around a speech
// verb. after is true for a frame that follows the quote.
func (d *doc) frameSpeakerIn(lo, hi int, after bool) speakerRef {
	// "according to X"
	for t := lo; t+2 < hi+1 && t+1 < hi; t++ {
		if d.tokLower(t) == "according" && d.tokLower(t+1) == "to" {
			if sp := d.npAt(t+2, hi); sp.ok() {
				return sp
			}
		}
	}
	// "In Dr. Haddad's words, “…”", "in the words of the mayor".
	for t := lo; t < hi; t++ {
		if d.toks[t].kind != tWord || d.tokLower(t) != "words" || t == lo || !d.wordBefore(t, lo, 6, "in") {
			continue
		}
		if c := d.cover[t-1]; c != 0 && d.ments[c-1].flags&mPoss != 0 {
			if sp := d.refOf(int(c-1), d.ments[c-1]); sp.ok() {
				return sp
			}
		}
		if t+2 < hi && d.tokLower(t+1) == "of" && d.tokLower(t-1) == "the" {
			if sp := d.npAt(t+2, hi); sp.ok() {
				return sp
			}
		}
	}
	// A trailing "— Name".
	if after && lo < hi {
		c := d.tokText(lo)
		if c == "\u2014" || c == "\u2013" || c == "-" {
			if sp := d.npAt(lo+1, hi); sp.ok() {
				return sp
			}
		}
	}
	// `“…,” Ines Varga, an oceanographer at the University of Tallin in
	// Estonia told Reuters.`: the apposition's closing comma is missing;
	// the person who opens the frame is the subject.
	if after {
		if sp := d.openApposition(lo, hi); sp.ok() {
			return sp
		}
	}
	// "…," and accused the government of…: a frame opened by a conjunction
	// goes on with the sentence's subject, which the frame before names.
	if after && lo < hi && d.toks[lo].kind == tWord {
		if w := d.tokLower(lo); w == "and" || w == "but" || w == "or" {
			return noSpeaker
		}
	}
	// The speech verb nearest the quote.
	verbs := make([]int, 0, 4)
	for t := lo; t < hi; t++ {
		if d.toks[t].kind == tWord && (d.lex[t]&lexSpeech != 0 || d.phrasalSpeechAt(t, hi)) && d.toks[t].flags&fCap == 0 {
			verbs = append(verbs, t)
		}
	}
	if !after {
		// Nearest to the quote first, true speech verbs before weak ones
		// ("found", "read").
		for i, j := 0, len(verbs)-1; i < j; i, j = i+1, j-1 {
			verbs[i], verbs[j] = verbs[j], verbs[i]
		}
		sort.SliceStable(verbs, func(i, j int) bool {
			return !weakSpeechVerbs[d.tokLower(verbs[i])] && weakSpeechVerbs[d.tokLower(verbs[j])]
		})
		if len(verbs) == 0 {
			// A partial quote: the view of the clause's subject ("he has “a
			// lot of respect”", "he believes Putin would “keep his word”",
			// "McConnell called the deficit “the issue of our era”").
			for t := hi - 1; t >= lo; t-- {
				// "dismissed her plan as": a noun after a determiner is no verb.
				if t > lo && d.lex[t]&lexThink != 0 && d.tokIn(t-1, inDeterminers) && d.tokLower(t-1) != "that" {
					continue
				}
				if d.toks[t].kind == tWord && (d.lex[t]&(lexThink|lexNaming) != 0 || d.characterisesAs(t, hi)) {
					// "she was advised that “…”": a passive, the words heard.
					if isBe(d.tokLower(t)) && t+1 < hi && d.toks[t+1].kind == tWord && d.speechPassiveAt(t+1, lo) {
						return speakerRef{ent: -1, heard: true}
					}
					// "The response was swift: “…”": "be" before a colon
					// says what something was like; the rule for colons
					// below reads who speaks.
					if copula(d.tokLower(t)) && d.text[d.toks[hi-1].s] == ':' {
						break
					}
					verbs = append(verbs, t)
					break
				}
			}
		}
	}
	if !after && hi > lo && d.text[d.toks[hi-1].s] == ':' {
		// "telling her something she already acknowledged:", "answered
		// what her critics asked:": before a colon, a speech verb in a
		// relative clause on a thing says who said that thing, not who
		// speaks the quote ("what she calls “…”" names its own words).
		verbs = slices.DeleteFunc(verbs, func(v int) bool { return d.relativeSpeechVerb(v, lo) })
	}
	heard, anon := false, false
	for _, v := range verbs {
		w := d.tokLower(v)
		// "she was warned that “…”", "he was told": the subject heard
		// the words; the speaker is the agent after "by", if named.
		if d.speechPassiveAt(v, lo) {
			if v+1 < hi && d.tokLower(v+1) == "by" {
				if sp := d.npAt(v+2, hi); sp.ok() {
					return sp
				}
			}
			heard = true
			continue
		}
		// "Other media quoted the head of the agency, Arif Santoso, as
		// saying “…”": the one quoted.
		if w == "saying" && v-1 > lo && d.tokLower(v-1) == "as" {
			if sp := d.quotedAsSaying(lo, v-1); sp.ok() {
				return sp
			}
		}
		// "saying", "adding": the subject of the main clause.
		if strings.HasSuffix(w, "ing") && v > lo && (d.tokText(v-1) == "," || isAdverb(d.tokLower(v-1))) {
			if sp := d.clauseSubject(lo, v); sp.ok() {
				return sp
			}
			continue
		}
		// "Okoro wrote on Facebook asking whether…": a participle after the
		// object of a preposition goes with the clause's subject.
		if strings.HasSuffix(w, "ing") && v > lo && d.objectOfPreposition(v-1, lo) {
			if sp := d.clauseSubject(lo, v); sp.ok() {
				return sp
			}
			continue
		}
		// `," said I.`, `I said`: the writer speaks, who is no actor.
		if d.firstPersonFrame(v, lo, hi) {
			return speakerRef{ent: -1, heard: true}
		}
		// "“…,” he continued" after someone new of the same gender: the
		// last speaker going on, or the newcomer? No guess. The same for
		// "“…?” he asked" after an answer, with a man who may have asked
		// it in reach.
		if ask := after && d.lemmaIs(v, "ask") && d.questionEndsAt(lo); ask || d.continuationVerb(v, hi) {
			if p := d.pronounSubject(lo, v); p >= 0 && d.continuationAmbiguous(p, ask) {
				return speakerRef{ent: -1, heard: true}
			}
		}
		// "Lindqvist's post had…": a word after a possessive is a noun,
		// and the owner says nothing.
		if v > lo && d.cover[v-1] != 0 {
			if m := d.ments[d.cover[v-1]-1]; m.flags&mPoss != 0 && m.form != formPronoun {
				continue
			}
		}
		if sp := d.unnamedFrameSubject(lo, v); sp.ok() {
			return sp
		}
		if sp := d.subjectBefore(lo, v); sp.ok() {
			// "The response is a parallel to “…”": what something is
			// tells a view only when an actor is the subject.
			if sp.ent < 0 && copula(w) && !isPersonNoun(strings.ToLower(lastWord(sp.desc))) {
				continue
			}
			return sp
		} else if sp.heard || sp.person {
			return sp
		}
		// "Another wrote", "A comment under the video said": someone the
		// frame does not name, unless another verb names who speaks.
		anon = anon || d.anonymousSubject(lo, v)
		// "Mediators, who met both sides on Monday, said:": a bare
		// plural the clause structure finds as the verb's subject.
		if a := d.subjectArg(v); !anon && a.found() && !a.ref.ok() && a.head >= lo && d.barePluralAt(a.head) {
			anon = true
		}
		// "Uber stepped in and tweeted", "she accepted that…, but said":
		// the subject of the first verb.
		if v > lo && (d.tokLower(v-1) == "and" || d.tokLower(v-1) == "but") {
			if sp := d.clauseSubject(lo, v); sp.ok() {
				return sp
			}
		}
		if after && d.onlyPunctBetween(lo, v) {
			// Inversion: `," said Mr Trump.`
			if sp := d.npAt(v+1, hi); sp.ok() || sp.heard {
				return sp
			}
			// `," said mediators.`: people no name tells.
			anon = anon || v+1 < hi && d.barePluralAt(v+1)
		}
	}
	// "Marand states his case in the preface: “…”": a whole
	// quote after a colon, in a sentence whose subject is a person and
	// names no other, is that person's.
	if !after && len(verbs) == 0 && hi-1 > lo && d.text[d.toks[hi-1].s] == ':' && !d.possessiveSubject(lo, hi-1) {
		if sp := d.clauseSubject(lo, hi-1); sp.ent >= 0 && d.ents[sp.ent].kind == KindPerson && d.onePersonIn(lo, hi, sp.ent) {
			return sp
		}
	}
	if anon {
		return anonymous
	}
	if heard {
		return speakerRef{ent: -1, heard: true}
	}
	return noSpeaker
}

// phrasalSpeechAt reports a verb at t, before hi, that says words were
// spoken only with the words after it: "wanted to know" (“…?” an audience
// member wanted to know), "called out" with nothing after it (“…!” a
// voice from the crowd called out); or "answered", a verb of speech
// beside a quote (“…,” Carrow answered) though "answer" is mostly a noun.
func (d *doc) phrasalSpeechAt(t, hi int) bool {
	if d.toks[t].kind == tWord && d.tokLower(t) == "answered" {
		return true
	}
	if t+1 >= hi || d.toks[t].kind != tWord || d.toks[t+1].kind != tWord {
		return false
	}
	// The lemma's name, read once, where lemmaIs would look each word up
	// (TestPhrasalSpeechLemmas: the same test).
	switch lemmaName(d.lemmaAt(t)) {
	case "want":
		return t+2 < hi && d.tokLower(t+1) == "to" && d.tokLower(t+2) == "know"
	case "call", "cry":
		return d.tokLower(t+1) == "out" && (t+2 >= hi || d.toks[t+2].kind == tPunct)
	}
	return false
}

// possessiveSubject reports that the subject clauseSubject reads in [lo,
// v) is a possessive: "Lindqvist's post had three hundred replies:" is
// about the post, not said by her.
func (d *doc) possessiveSubject(lo, v int) bool {
	c := d.subjectMention(lo, v)
	if c < 0 {
		return false
	}
	m := d.ments[c]
	return m.flags&mPoss != 0 || m.form == formPronoun && possessivePronouns[d.tokLower(int(m.t0))] && d.tokLower(int(m.t0)) != "her"
}

// subjectMention returns the index of the first mention in the main
// clause of tokens [lo, v) that is marked a subject or is a pronoun, or -1:
// the subject that clauseSubject and possessiveSubject read.
func (d *doc) subjectMention(lo, v int) int {
	for t := d.mainClauseStart(lo, v); t < v; t++ {
		if c := d.cover[t]; c != 0 {
			if m := d.ments[c-1]; m.flags&mSubject != 0 || m.form == formPronoun {
				return int(c - 1)
			}
		}
	}
	return -1
}

// mainClauseStart returns where the main clause starts in tokens [lo, v)
// of one sentence: after a subordinate clause that opens the sentence
// ("When Bob receives his review, he improves…"; see openingClauseEnd),
// else lo.
func (d *doc) mainClauseStart(lo, v int) int {
	if lo >= v {
		return lo
	}
	if c := d.openingClauseEnd(d.sentenceOf(lo)); c >= lo && c < v {
		return c + 1
	}
	return lo
}

// onePersonIn reports that tokens [lo, hi) name no person other than ent.
func (d *doc) onePersonIn(lo, hi, ent int) bool {
	for t := lo; t < hi; t++ {
		if c := d.cover[t]; c != 0 {
			if m := d.ments[c-1]; m.ent >= 0 && int(m.ent) != ent && d.ents[m.ent].kind == KindPerson && m.form != formPronoun {
				return false
			}
		}
	}
	return true
}

// subjectBefore finds the subject of the verb at token v, looking left from
// it (not before lo): an actor, a pronoun or a description, skipping
// adverbs, auxiliaries and a comma-bounded apposition.
func (d *doc) subjectBefore(lo, v int) speakerRef {
	k := v - 1
	for k >= lo {
		t := d.toks[k]
		if t.kind == tWord && t.flags&fCap == 0 && (isAdverb(d.tokLower(k)) || isAuxiliary(d.tokLower(k))) && d.cover[k] == 0 {
			k--
			continue
		}
		// "Senator Mitch McConnell of Kentucky called…": where the person
		// is from stands between them and the verb.
		if c := d.cover[k]; c != 0 {
			if m := d.ments[c-1]; (m.form == formPlace || m.kind == KindCountry) && m.t0 > 1 {
				if p := int(m.t0) - 1; p > lo && (d.tokLower(p) == "of" || d.tokLower(p) == "from") {
					if c2 := d.cover[p-1]; c2 != 0 && d.ments[c2-1].kind == KindPerson {
						k = p - 1
						continue
					}
				}
			}
		}
		if t.kind == tPunct && d.text[t.s] == ')' {
			// "The Union des métiers (UMIH) said": skip the bracket.
			j := k - 1
			for j >= lo && !(d.toks[j].kind == tPunct && d.text[d.toks[j].s] == '(') {
				j--
			}
			if j > lo {
				k = j - 1
				continue
			}
		}
		if t.kind == tPunct && d.text[t.s] == ',' {
			// An apposition or relative clause: "Hicks, a Navy veteran, said";
			// "Mr Trump, who took office last month, said".
			j := k - 1
			for j >= lo && !(d.toks[j].kind == tPunct && d.text[d.toks[j].s] == ',') {
				j--
			}
			// ", for example,", ", however,", ", on Tuesday,": an adverbial
			// between the subject and the verb.
			if j >= lo && j < k-1 && d.adverbialBetween(j+1, k) {
				k = j - 1
				continue
			}
			// "Sen. Ruth Calder, R-Okla., the panel's ranking member,
			// called": the party tag goes with the name before it.
			if j >= lo {
				if c := d.partyTagCommaBefore(j, lo); c > lo {
					j = c
				}
			}
			if j >= lo && j < k-1 {
				// "her mother, Fiona, said": the name in the apposition wins
				// over the description before it.
				// "Asberg, who lives with her husband, (retired judge) Piet
				// Tolvik, (and their sons,) said": not the relative.
				for _, t := range [2]int{k - 1, j - 1} {
					if c := d.cover[max(t, 0)]; t >= lo && c != 0 && d.ments[c-1].form != formPronoun && d.kinInPhrase(d.ments[c-1], lo) {
						return d.beforeKinPhrase(lo, d.ments[c-1])
					}
				}
				if c := d.cover[k-1]; c != 0 && d.ments[c-1].t0 == int32(j+1) && d.ments[c-1].form != formPronoun {
					return d.refOf(int(c-1), d.ments[c-1])
				}
				sp := d.refEndingAt(lo, j-1)
				// "Tomas Orlov, the manager of St. Brendan's Hall, who grew up…,
				// told me": "who" goes with a person; a body before it
				// ends an apposition of its own.
				if (sp.ent < 0 || d.ents[sp.ent].kind != KindPerson) && j+1 < k && d.tokLower(j+1) == "who" {
					i := j - 1
					for i >= lo && !(d.toks[i].kind == tPunct && d.text[d.toks[i].s] == ',') {
						i--
					}
					if i > lo {
						if p := d.refEndingAt(lo, i-1); p.ent >= 0 && d.ents[p.ent].kind == KindPerson {
							return p
						}
					}
					return noSpeaker
				}
				if sp.ok() {
					return sp
				}
			}
			return noSpeaker
		}
		break
	}
	if k < lo {
		return noSpeaker
	}
	return d.refEndingAt(lo, k)
}

// beforeKinPhrase returns the subject of a verb after a relative named in
// a prepositional phrase (m, see kinInPhrase): the person a relative
// clause holding the phrase is about ("Asberg, who lives in Harlow with
// her husband, Piet Tolvik, said" is Asberg), else no one — not the
// relative.
func (d *doc) beforeKinPhrase(lo int, m mention) speakerRef {
	for t := int(m.t0) - 1; t > lo; t-- {
		if d.toks[t].kind == tWord && d.tokLower(t) == "who" && d.isComma(t-1) {
			if p := d.refEndingAt(lo, t-2); p.ent >= 0 && d.ents[p.ent].kind == KindPerson {
				return p
			}
			break
		}
	}
	return noSpeaker
}

// refEndingAt returns the actor or description whose last token is k.
func (d *doc) refEndingAt(lo, k int) speakerRef {
	if k < lo {
		return noSpeaker
	}
	if c := d.cover[k]; c != 0 {
		m := d.ments[c-1]
		if m.form == formDesc && m.ent < 0 {
			// "the report said" with no author found: the description.
			return speakerRef{ent: -1, desc: d.spanText(int(m.r0), int(m.t1))}
		}
		if m.flags&mLocative != 0 && m.kind != KindPerson && m.r0 > 0 && wherePrepositions[d.tokLower(int(m.r0)-1)] {
			return noSpeaker // "… at the University of Tallin in Estonia told": where, not who
		}
		if sp, ok := d.spokesmanFor(lo, m); ok {
			return sp
		}
		return d.refOf(int(c-1), m)
	}
	// "it said", "they said": the organisation or group last acting.
	if w := d.tokLower(k); w == "it" || w == "they" {
		if w == "they" && d.barePluralBefore(k) {
			// "Mediators met both delegations. “…,” they said": the
			// people no name tells, not a body named before them.
			return anonymous
		}
		if ei := d.neuterAntecedent(k, w == "they"); ei >= 0 {
			return speakerRef{ent: ei}
		}
		return noSpeaker
	}
	// A description: "a senior Trump administration official", "the report".
	t := d.toks[k]
	if t.kind != tWord || t.flags&fCap != 0 && !isAllCapsWord(d.tokText(k)) {
		return noSpeaker
	}
	head := d.tokLower(k)
	if !isPersonNoun(head) && !commNouns[head] {
		return d.sourceCloseTo(lo, k)
	}
	if reportNouns[head] && d.reportAuthor >= 0 {
		return speakerRef{ent: d.reportAuthor}
	}
	j := k
	for j > lo && j-k < 8 && k-j < 7 {
		p := d.toks[j-1]
		if p.kind != tWord {
			break
		}
		w := d.tokLower(j - 1)
		// "anything past what other people said": a clause about what was
		// said, not who said it.
		if freeRelatives[w] {
			return noSpeaker
		}
		// "after four days in which negotiators failed…": a relative
		// pronoun or a conjunction is not part of the description.
		if isVerbLike(w) && d.cover[j-1] == 0 && !titleMods[w] || isPreposition(w) && w != "for" && w != "of" || clauseLinks[w] {
			break
		}
		j--
		if determiners[w] {
			break
		}
	}
	// "Tavora released a statement saying", "the ministry issued a
	// statement": who issued the document speaks through it.
	if commNouns[head] && !titleHeads[head] && j > lo && d.toks[j-1].kind == tWord && issueVerbs[d.tokLower(j-1)] {
		if sp := d.subjectBefore(lo, j-1); sp.ok() {
			return sp
		}
	}
	// "a spokesman for the FSA", "the tweet from Vulture magazine": the
	// organisation speaks.
	if commNouns[head] {
		for t := k + 1; t < len(d.toks) && t < k+6 && d.sentenceOf(t) == d.sentenceOf(k); t++ {
			w := d.tokLower(t)
			if w != "from" && w != "by" && w != "of" && w != "for" && w != "at" {
				continue
			}
			if sp := d.npAfterPrep(t + 1); sp.ok() {
				return sp
			}
			break
		}
	}
	desc := d.spanText(j, k+1)
	lw := strings.ToLower(desc)
	for _, a := range []string{"a ", "an "} {
		lw = strings.TrimPrefix(lw, a)
	}
	if i := strings.Index(strings.ToLower(desc), lw); i >= 0 {
		desc = desc[i:]
	}
	if desc == "" || determiners[asciiLower(desc)] {
		return noSpeaker
	}
	return speakerRef{ent: -1, desc: desc}
}

// freeRelatives open a clause that names what was said or done, not who
// did it: "what other people said", "whatever critics wrote".
var freeRelatives = setOf("what", "whatever", "anything", "something", "everything", "nothing", "whoever")

// copula reports a form of "be" or "have", which the think verbs hold for
// partial quotes ("he has “a lot of respect”").
func copula(w string) bool {
	return isBe(w) || w == "has" || w == "have" || w == "had" || w == "having"
}

// openApposition returns the person who opens an after-frame and is
// followed by a comma and an apposition that runs, without its closing
// comma, into a speech verb: `," Ines Varga, an oceanographer at X in Y
// told Reuters.`
func (d *doc) openApposition(lo, hi int) speakerRef {
	k := lo
	for k < hi && d.toks[k].kind != tWord {
		k++
	}
	c := d.cover[min(k, len(d.cover)-1)]
	if k >= hi || c == 0 {
		return noSpeaker
	}
	m := d.ments[c-1]
	e := int(m.t1)
	if int(m.t0) != k || m.ent < 0 || d.ents[m.ent].kind != KindPerson || e+1 >= hi || d.text[d.toks[e].s] != ',' {
		return noSpeaker
	}
	for v := e + 1; v < hi && v < e+20; v++ {
		t := d.toks[v]
		if t.kind == tPunct && strings.ContainsRune(",;:()", rune(d.text[t.s])) {
			return noSpeaker // a closing comma: the rules for appositions apply
		}
		if t.kind != tWord {
			continue
		}
		w := d.tokLower(v)
		if clauseLinks[w] {
			return noSpeaker
		}
		if d.lex[v]&lexSpeech != 0 && t.flags&fCap == 0 && !weakSpeechVerbs[w] {
			return speakerRef{ent: int(m.ent)}
		}
	}
	return noSpeaker
}

// verdictNouns name what someone said: "That was the verdict of…".
var verdictNouns = setOf("verdict", "words", "view", "message", "assessment", "warning", "reply", "answer",
	"response", "conclusion", "comment", "comments", "remarks", "advice", "plea", "opinion", "judgment", "judgement")

// verdictFrame reads a sentence after a quote that names its speaker:
// "That was the verdict of rescue chief Arif Santoso", "Those were the
// words of the mayor", "So said Ms Duarte".
func (d *doc) verdictFrame(lo, hi int) speakerRef {
	switch d.tokLower(lo) {
	case "that", "this", "those", "these", "such":
	case "so":
		if lo+1 < hi && d.lex[lo+1]&lexSpeech != 0 {
			return d.npAt(lo+2, hi)
		}
		return noSpeaker
	default:
		return noSpeaker
	}
	for t := lo + 1; t+2 < hi && t < lo+6; t++ {
		if verdictNouns[d.tokLower(t)] && (d.tokLower(t+1) == "of" || d.tokLower(t+1) == "from") {
			if sp := d.npAt(t+2, hi); sp.ok() && (sp.ent < 0 || d.ents[sp.ent].kind != KindOther) {
				return sp
			}
			return noSpeaker
		}
	}
	return noSpeaker
}

// wherePrepositions put a name in the place of where, not who.
var wherePrepositions = setOf("in", "at", "near", "inside", "outside", "across", "around", "throughout", "within")

// quotedAsSaying finds the one "quoted … as saying" before token end:
// the first person named after the verb "quote", else what follows it.
func (d *doc) quotedAsSaying(lo, end int) speakerRef {
	for k := end - 1; k >= lo; k-- {
		if d.toks[k].kind != tWord || !d.lemmaIs(k, "quote") {
			continue
		}
		// "the union leader, Marek Zielinski, was quoted as saying".
		if b := d.beBefore(k, lo); b > lo {
			return d.subjectBefore(lo, b)
		}
		for j := k + 1; j < end; j++ {
			if c := d.cover[j]; c != 0 {
				if m := d.ments[c-1]; m.ent >= 0 && d.ents[m.ent].kind == KindPerson {
					return speakerRef{ent: int(m.ent)}
				}
			}
		}
		return d.npAt(k+1, end)
	}
	return noSpeaker
}

// reporterNouns are the people and outlets who retell what others said.
var reporterNouns = setOf("correspondent", "reporter", "journalist", "newspaper", "paper", "broadcaster")

// retoldSpeaker gives a fragment quoted inside a sentence about a person,
// and framed by a reporter ("She hid “for what felt like hours”, the
// correspondent reported"), to the person: the words are the witness's.
func (d *doc) retoldSpeaker(q quoteSpan, sp speakerRef) speakerRef {
	if sp.desc == "" || d.fillsSentence(q) {
		return sp
	}
	f := strings.Fields(strings.ToLower(sp.desc))
	if !reporterNouns[f[len(f)-1]] {
		return sp
	}
	qt := d.tokenAt(q.os)
	si := d.sentenceOf(min(qt, len(d.toks)-1))
	lo, _ := d.sentRange(si)
	if qt <= lo {
		return sp
	}
	if w := d.clauseSubject(lo, qt); w.ok() && w.ent >= 0 && d.ents[w.ent].kind == KindPerson {
		return w
	}
	return sp
}

// issueVerbs put out a document: "released a statement", "issued a
// letter", "posted a message".
var issueVerbs = setOf("released", "issued", "posted", "published", "sent", "put", "circulated", "tweeted",
	"releases", "issues", "posts", "publishes", "sends", "puts", "release", "issue", "post", "publish", "send")

// speechPassiveAt reports a speech verb at token v in the passive: "was
// warned", "were told", "has been advised".
func (d *doc) speechPassiveAt(v, lo int) bool {
	w := d.tokLower(v)
	if formTags(w)&(formPart|formPast) == 0 && !strings.HasSuffix(w, "ed") && w != "told" {
		return false
	}
	k := v - 1
	for k >= lo && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) && !isBe(d.tokLower(k)) {
		k--
	}
	return k >= lo && d.toks[k].kind == tWord && isBe(d.tokLower(k)) && d.tokLower(k) != "'s"
}

// sourceCloseTo reads an unnamed source described after its noun, ending
// at token k: "a source close to the negotiations", "people familiar with
// the matter", "an official briefed on the talks".
func (d *doc) sourceCloseTo(lo, k int) speakerRef {
	for j := k - 2; j >= lo && j >= k-8; j-- {
		if d.toks[j].kind != tWord || !isPersonNoun(d.tokLower(j)) || d.cover[j] != 0 {
			continue
		}
		switch d.tokLower(j + 1) {
		case "close", "familiar", "briefed", "involved", "knowledgeable", "with":
		default:
			return noSpeaker
		}
		s := j
		if s > lo && d.toks[s-1].kind == tWord && (d.tokIn(s-1, inDeterminers) || d.plainLower(s-1)) {
			s--
		}
		desc := d.spanText(s, k+1)
		for _, a := range []string{"a ", "an ", "A ", "An "} {
			desc = strings.TrimPrefix(desc, a)
		}
		return speakerRef{ent: -1, desc: desc}
	}
	return noSpeaker
}

// objectOfPreposition reports a mention ending at token k that follows a
// preposition ("to Twitter", "on the radio").
func (d *doc) objectOfPreposition(k, lo int) bool {
	c := d.cover[k]
	if c == 0 {
		return false
	}
	p := int(d.ments[c-1].r0) - 1
	for p >= lo && d.toks[p].kind == tWord && d.tokIn(p, inDeterminers) {
		p--
	}
	return p >= lo && d.toks[p].kind == tWord && isPreposition(d.tokLower(p))
}

// beBefore returns the form of "be" before the verb at token v, across
// adverbs, or -1.
func (d *doc) beBefore(v, lo int) int {
	k := v - 1
	for k >= lo && d.toks[k].kind == tWord && isAdverb(d.tokLower(k)) && !isBe(d.tokLower(k)) {
		k--
	}
	if k >= lo && d.toks[k].kind == tWord && isBe(d.tokLower(k)) {
		return k
	}
	return -1
}

// adverbialBetween reports that tokens [i, j) are an adverbial set off by
// commas: ", for example,", ", however,", ", on Tuesday,", ", too,".
func (d *doc) adverbialBetween(i, j int) bool {
	if j-i > 4 || j <= i {
		return false
	}
	for k := i; k < j; k++ {
		if d.toks[k].kind == tNum {
			continue
		}
		if d.toks[k].kind != tWord {
			return false
		}
		w := d.tokLower(k)
		if !discourseWords[w] && !isCalendarWord(w) && !isTimeWord(w) {
			return false
		}
	}
	return true
}

// discourseWords make up the adverbials set off by commas in a frame.
var discourseWords = setOf("for", "example", "instance", "however", "meanwhile", "in", "turn", "too", "though",
	"fact", "of", "course", "also", "moreover", "likewise", "addition", "separately", "response", "then", "later",
	"earlier", "now", "indeed", "nonetheless", "nevertheless", "still", "again", "on", "last", "this", "week",
	"year", "month", "instead", "similarly", "notably", "by", "contrast", "particular")

// refOf returns the speaker a mention stands for, resolving a pronoun.
func (d *doc) refOf(mi int, m mention) speakerRef {
	if m.form == formPronoun {
		if ei := d.antecedentIn(int(m.t0), m.gender, d.lastSpeaker, true); ei >= 0 {
			return speakerRef{ent: ei}
		}
		return speakerRef{ent: -1, person: m.gender != genderUnknown}
	}
	if m.form == formShared {
		// "Tane said" of two Tanes: the frame names a speaker, but not
		// which; no other rule may guess.
		return speakerRef{ent: -1, heard: true, unsure: true}
	}
	if m.ent < 0 || m.form == formPlace {
		return noSpeaker
	}
	return speakerRef{ent: int(m.ent)}
}

// npAt returns the actor or description that starts at token k (after
// "according to", "said", a dash), skipping titles.
func (d *doc) npAt(k, hi int) speakerRef {
	if k < hi && d.toks[k].kind == tWord && isPreposition(d.tokLower(k)) {
		return noSpeaker
	}
	if p := d.namedAfterRole(k, hi); p >= 0 {
		return speakerRef{ent: p}
	}
	for k < hi && d.toks[k].kind == tWord && (d.tokIn(k, inDeterminers) || d.toks[k].flags&fCap == 0 && isAdverb(d.tokLower(k))) {
		if c := d.cover[k]; c != 0 {
			break
		}
		k++
	}
	doc := -1 // "according to the guidance notes of the Act": a document first
	for j := k; j < hi && j < k+5; j++ {
		if doc < 0 && d.toks[j].kind == tWord && d.cover[j] == 0 && documentNoun(d.tokLower(j)) {
			doc = j
		}
		if c := d.cover[j]; c != 0 {
			m := d.ments[c-1]
			if doc >= 0 && (m.flags&mAdj != 0 || m.form == formDemonym || m.form == formPlace || m.kind == KindOther) {
				// Not the adjective of the document's title: the document.
				return d.refEndingAt(k, doc)
			}
			if (m.flags&mAdj != 0 || m.form == formDemonym) && d.mediumAfter(int(m.t1), hi) {
				// "according to Chinese state television": a medium
				// that carried the words, not their speaker.
				return noSpeaker
			}
			if m.flags&mPoss != 0 {
				// "said Qatar's minister of state, Khalid Al-Mansouri": the
				// person named after the possessive phrase.
				for n := int(m.t1); n < hi && n < int(m.t1)+12; n++ {
					if d.toks[n].kind == tWord && d.tokLower(n) == "who" {
						break
					}
					if c2 := d.cover[n]; c2 != 0 {
						if m2 := d.ments[c2-1]; m2.ent >= 0 && d.ents[m2.ent].kind == KindPerson {
							return speakerRef{ent: int(m2.ent)}
						}
					}
				}
			}
			if sp, ok := d.spokesmanFor(k, m); ok {
				return sp
			}
			return d.refOf(int(c-1), m)
		}
		if d.toks[j].kind != tWord && !d.abbrevDot(j) {
			break
		}
	}
	// A description after the verb: `," said a spokesman for the agency`.
	j := k
	for j < hi && j < k+8 && d.toks[j].kind == tWord {
		j++
	}
	for e := j - 1; e >= k; e-- {
		if isPersonNoun(d.tokLower(e)) || commNouns[d.tokLower(e)] {
			return d.refEndingAt(k, e)
		}
	}
	return noSpeaker
}

// mediumAfter reports a medium's head word among the lower-case words
// from token k: "state television", "state-run media", "news agency".
func (d *doc) mediumAfter(k, hi int) bool {
	for j := k; j < hi && j < k+3 && d.toks[j].kind == tWord && d.toks[j].flags&fCap == 0; j++ {
		if w := d.tokLower(j); outletHeads[w] || w == "media" || w == "agency" {
			return true
		}
	}
	return false
}

// possessivePronouns open a description as a determiner does: "her
// lawyer, Anna Berg".
var possessivePronouns = setOf("his", "her", "their", "its", "our", "my", "your")

// namedAfterRole returns the person named in apposition after a
// description that starts at token k: `said the port's chief executive,
// Tomas Brenner.`, `according to her lawyer, Anna Berg, who…`, `said the
// chairman of the port board, Karl Ots`. The description opens with a
// determiner or a possessive and is lower-case words up to a role noun,
// with at most one "of" phrase: a plain noun ("chief of staff") or, after
// a title, a body or a place ("the head of the dockers' union"); the name
// follows its comma and ends the frame or is set off by a comma in turn.
// -1 when there is none: `said the manager, adding that…`, `said a
// spokesman for Tomas Brenner`, `said the wife of the minister, Anna
// Berg` (whose name is it?).
func (d *doc) namedAfterRole(k, hi int) int {
	if k >= hi || d.toks[k].kind != tWord {
		return -1
	}
	opened := false
	j, of := k, -1
	body := false // the "of" phrase names a body or a place
	for ; j < hi && j < k+10; j++ {
		if d.toks[j].kind != tWord {
			if j > k && d.pluralPossAt(j, hi) {
				opened = true // "the dockers' union leader"
				continue
			}
			break
		}
		w := d.tokLower(j)
		if c := d.cover[j]; c != 0 {
			m := d.ments[c-1]
			switch {
			case j == k && m.form == formPronoun && possessivePronouns[w]:
				opened = true
				continue
			case of >= 0 && int(m.t0) == j && m.ent >= 0 && d.ents[m.ent].kind != KindPerson &&
				m.form != formPronoun && m.flags&mPoss == 0:
				// "the head of the Corvane Port Authority", "the mayor of
				// Corvane": a body or a place.
				body = int(m.t1) < hi && d.toks[m.t1].kind == tPunct
				j = int(m.t1) - 1
				continue
			case m.form != formDesc:
				return -1
			}
		}
		body = false
		switch {
		case d.toks[j].flags&fCap != 0:
			return -1
		case j == k && (determiners[w] || possessivePronouns[w]):
			opened = true
		case j == k:
			return -1
		case w == "of":
			// "the chief of staff", "the head of security"; "the head of
			// the union" when the head is a title (checked below).
			if of >= 0 || j+1 >= hi || d.cover[j+1] == 0 &&
				!(d.plainLower(j+1) || d.tokIn(j+1, inTitleHeads) || d.tokIn(j+1, inDeterminers)) {
				return -1
			}
			of = j
		case of >= 0 && j == of+1 && determiners[w]:
		case d.toks[j].flags&fPoss != 0:
			opened = true // "the port's chief executive"
		case titleMods[w] || titleHeads[w] || d.plainLower(j):
			body = of >= 0 && (orgHeads[w] || bodyPlaceNouns[w]) && !titleHeads[w]
		default:
			return -1
		}
	}
	if !opened || j <= k+1 || j+1 >= hi || d.toks[j].kind != tPunct || d.text[d.toks[j].s] != ',' {
		return -1
	}
	if of >= 0 && (d.tokIn(of+1, inDeterminers) || d.cover[of+1] != 0 || j > of+2) {
		// "of" + a phrase: the title's body or place, not a person ("the
		// wife of the minister") nor a phrase of unknown sort.
		if !body || !d.tokIn(of-1, inTitleHeads) || d.tokIn(of-1, inOrgHeads) {
			return -1
		}
	}
	h := j - 1
	if of >= 0 {
		h = of - 1 // the head of "chief of staff"
	}
	if d.toks[h].flags&fPoss != 0 || documentNoun(d.tokLower(h)) || !d.agentNounAt(h) {
		return -1
	}
	// "said the union's leader, Dr Anna Berg", "said its author, Professor
	// Anita Roy": an honorific or a title before the name.
	n := j + 1
	for n+1 < hi && d.toks[n].kind == tWord && d.cover[n] == 0 {
		if _, hon := honorifics[d.tokLower(n)]; !hon && !(d.toks[n].flags&fCap != 0 && d.isTitleWord(n)) {
			break
		}
		n++
		if n+1 < hi && d.abbrevDot(n) {
			n++
		}
	}
	c := d.cover[n]
	if c == 0 {
		return -1
	}
	m := d.ments[c-1]
	if int(m.t0) != n || m.ent < 0 || d.ents[m.ent].kind != KindPerson || m.form == formPronoun ||
		m.form == formDesc || m.flags&mPoss != 0 {
		return -1
	}
	e := int(m.t1)
	if e >= hi {
		return int(m.ent)
	}
	switch d.tokText(e) {
	case ".", ";", ":", "\u2014", "\u2013":
		return int(m.ent)
	case ",":
		// "said the coach, Tomas Brenner, and the captain": a list.
		if w := d.tokLower(min(e+1, hi-1)); e+1 < hi && (w == "and" || w == "or" || w == "but") {
			return -1
		}
		return int(m.ent)
	}
	if d.toks[e].kind == tQuote {
		return int(m.ent)
	}
	return -1
}

// bodyPlaceNouns end the "of" phrase of a title as orgHeads do: "the
// president of the country".
var bodyPlaceNouns = setOf("country", "nation", "republic", "kingdom", "state", "province", "region", "city",
	"town", "village", "island", "district", "county", "municipality", "opposition")

// pluralPossAt reports the apostrophe of a plural possessive at token j:
// "the dockers' union", written against a word in -s and followed by a
// lower-case word.
func (d *doc) pluralPossAt(j, hi int) bool {
	if t := d.tokText(j); t != "'" && t != "\u2019" || j+1 >= hi || j == 0 {
		return false
	}
	p, n := d.toks[j-1], d.toks[j+1]
	return p.kind == tWord && p.e == d.toks[j].s && p.flags&fCap == 0 && strings.HasSuffix(d.tokLower(j-1), "s") &&
		n.kind == tWord && n.s > d.toks[j].e && n.flags&fCap == 0
}

// spokesNouns speak for someone else.
var spokesNouns = setOf("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives")

// spokesmanFor reads a person mention m as the object of "for" or "of"
// after a spokesman, starting at lo or after: "a spokesman for Tomas
// Brenner" speaks for Brenner, who said nothing himself. ok is false when
// m is not such an object; a body that speaks through its spokesman ("a
// spokesman for the ministry") is left to the other rules. The same for
// anyone the text does not name (unnamedAgentNoun): "A neighbour of
// Councillor Brisk described his fence as “…”" is the neighbour's view.
func (d *doc) spokesmanFor(lo int, m mention) (speakerRef, bool) {
	if m.ent < 0 || d.ents[m.ent].kind != KindPerson || m.form == formPronoun {
		return noSpeaker, false
	}
	p := int(m.r0) - 1
	// "of singer Loretta Vance": a role the name did not take.
	for n := 0; n < 2 && p > lo && d.cover[p] == 0 && d.plainLower(p) && !isPreposition(d.tokLower(p)); n++ {
		p--
	}
	for p >= lo && d.toks[p].kind == tWord && d.tokIn(p, inDeterminers) {
		p--
	}
	if p-1 < lo || d.toks[p].kind != tWord || (d.tokLower(p) != "for" && d.tokLower(p) != "of") ||
		d.toks[p-1].kind != tWord || !spokesNouns[d.tokLower(p-1)] && !d.unnamedNounAt(p-1) {
		return noSpeaker, false
	}
	s := p - 1
	for s > lo && s > p-5 && d.toks[s-1].kind == tWord && d.cover[s-1] == 0 && d.toks[s-1].flags&fCap == 0 &&
		(d.tokIn(s-1, inTitleMods) || d.plainLower(s-1)) {
		s--
	}
	return speakerRef{ent: -1, desc: d.spanText(s, int(m.t1))}, true
}

// documentNoun reports a noun for a document that speaks for its author:
// "statement", "notes", "report".
func documentNoun(w string) bool {
	if commNouns[w] && !titleHeads[w] && !isPersonNoun(w) || reportNouns[w] {
		return true
	}
	if n := len(w); n > 3 && w[n-1] == 's' {
		s := w[:n-1]
		return commNouns[s] && !titleHeads[s] && !isPersonNoun(s) || reportNouns[s]
	}
	return false
}

// abbrevDot reports the full stop of an abbreviated title or an initial:
// "Mr. Reeves", "C. Eugene Steuerle".
func (d *doc) abbrevDot(j int) bool {
	if j == 0 || d.text[d.toks[j].s] != '.' || d.toks[j-1].kind != tWord {
		return false
	}
	w := d.tokLower(j - 1)
	_, hon := honorifics[w]
	return hon || utf8.RuneCountInString(w) == 1
}

// clauseSubject returns the subject of the clause that ends at token v: its
// subject actor, or else the first unnamed person ("an unidentified poster").
func (d *doc) clauseSubject(lo, v int) speakerRef {
	if c := d.subjectMention(lo, v); c >= 0 {
		m := d.ments[c]
		// "Harbour Trust ranger and volunteer guide Mina Okoro": a name
		// that qualifies a title before the person's.
		if p := d.personAfterRole(int(m.t1), v); p >= 0 {
			return speakerRef{ent: p}
		}
		return d.refOf(c, m)
	}
	for t := lo; t < v; t++ {
		if d.toks[t].kind == tWord && isPersonNoun(d.tokLower(t)) && d.toks[t].flags&fInQuote == 0 {
			if p := t - 1; p >= lo && d.toks[p].kind == tWord && isPreposition(d.tokLower(p)) {
				continue
			}
			// The head is the last noun of the phrase.
			e := t
			for e+1 < v && d.toks[e+1].kind == tWord && isPersonNoun(d.tokLower(e+1)) {
				e++
			}
			if sp := d.refEndingAt(lo, e); sp.ok() {
				return sp
			}
		}
	}
	return noSpeaker
}

// personAfterRole returns the person named after a run of role words
// starting at token k ("ranger and volunteer guide Mina Okoro"), or -1.
func (d *doc) personAfterRole(k, v int) int {
	if k >= v || d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 {
		return -1
	}
	roles := 0
	for j := k; j < v && j < k+8; j++ {
		if c := d.cover[j]; c != 0 {
			m := d.ments[c-1]
			if roles > 0 && m.ent >= 0 && d.ents[m.ent].kind == KindPerson {
				return int(m.ent)
			}
			return -1
		}
		w := d.tokLower(j)
		switch {
		case d.toks[j].kind != tWord:
			return -1
		case titleHeads[w] || d.plainLower(j) && !groupStops[w]:
			roles++ // "fact checker", "ranger", "volunteer guide"
		case titleMods[w] || w == "and":
		default:
			return -1
		}
	}
	return -1
}

// clauseLinks open a clause: relative pronouns and conjunctions.
var clauseLinks = setOf("which", "that", "who", "whom", "whose", "where", "when", "and", "or", "but")

// weakSpeechVerbs report findings or readings rather than words spoken; a
// true speech verb in the same frame is preferred.
var weakSpeechVerbs = setOf("found", "find", "finds", "read", "reads", "put", "puts", "went", "goes", "began",
	"begin", "agreed", "agree", "agrees", "reported", "reports", "report", "described", "describes", "describe")

// contextSpeaker attributes a quote with no frame of its own: the
// continuation of the previous speaker, a speaker introduced just before
// ("She told the BBC:"), or the person the paragraph before is about.
func (d *doc) contextSpeaker(q quoteSpan, last speakerRef, lastPara int) speakerRef {
	// Another sentence of the same paragraph, or the paragraph just before
	// ending in a quote, continues the last speaker.
	prevPara := d.prevProsePara(q.para)
	if d.entryBreak(prevPara, q.para) {
		prevPara = -1 // the paragraph before is another entry's
	}
	if q.cont && (last.ok() || last.unsure) {
		return last
	}
	// Going on from words whose speaker could not be told: no one's.
	if last.unsure && (lastPara == q.para || lastPara == prevPara && d.paraIsQuoteOnly(q.para)) {
		return last
	}
	// A lead-in that ends in a colon and opens a speaker slot: the quote
	// is the words of whoever fills it, or of no one it names.
	if sp, ok := d.colonSlot(q, prevPara); ok {
		return sp
	}
	if last.ok() && (lastPara == q.para || lastPara == prevPara && d.paraIsQuoteOnly(q.para)) {
		return last
	}
	// A paragraph that opens with a whole quote, after a paragraph that
	// ended with the last speaker's words, goes on with them: `“…,”
	// explains Dr. Haddad.` / `“We turned the alarms down…” The “alarms” were…`.
	if last.ok() && lastPara == prevPara && q.os == d.a.Paragraphs[q.para].Start && d.fillsSentence(q) &&
		d.lastQuoteEndsPara(prevPara) && !d.paraHasFrameVerb(q.para) {
		return last
	}
	// The sentence before ends with a colon or names a speaker: "Hicks told
	// ABC News:" / "Mr Smith said the plan was flawed."
	si := d.a.sentenceAt(q.os)
	// A quote that follows, in the same paragraph, a sentence about a person
	// is that person's: "Ms Okafor set out why… “For thirty years…”".
	if si > 0 && d.a.Sentences[si-1].Para == q.para && d.fillsSentence(q) {
		// "…, and the replies poured in. “…”": one of them.
		if d.repliesIn(si - 1) {
			return anonymous
		}
		// "Critics attacked Velden's post. “…”": the critics' words, not
		// hers (unnamedagent.go).
		if d.namedUnderUnnamed(si - 1) {
			return anonymous
		}
		if e := d.sentenceSubject(si - 1); e >= 0 && d.ents[e].kind == KindPerson {
			return speakerRef{ent: e}
		}
	}
	if si > 0 {
		prev := si - 1
		lo, hi := d.sentRange(prev)
		if d.a.Sentences[prev].Para >= q.para-1 {
			if sp := d.frameSpeakerIn(lo, hi, false); sp.ok() && (d.sentEndsWithColon(prev) || d.paraIsQuoteOnly(q.para)) {
				return sp
			}
			// "The bill contained a memo justifying its increase:" and then
			// the quote: the document's words, not the person's before.
			if d.sentEndsWithColon(prev) {
				if sp := d.colonDocument(lo, hi); sp.ok() {
					return sp
				}
			}
		}
	}
	if last.ok() && lastPara >= prevPara && d.paraIsQuoteOnly(q.para) {
		return last
	}
	// A quote-only paragraph after a paragraph about one person is that
	// person's: "But for Parata the deaths are personal. / “It's very
	// emotional.”"
	if prevPara >= 0 && d.paraIsQuoteOnly(q.para) {
		// The last sentence naming anyone: "…, he said according to a
		// transcript. They take time to cultivate. / “I've been building
		// relationships…”"
		par := d.a.Paragraphs[prevPara]
		// "…, and the replies poured in." / "His followers were quick to
		// respond.": one of them speaks.
		if ls := par.First + par.Count - 1; d.repliesIn(ls) || d.crowdOpens(ls) {
			return anonymous
		}
		for si := par.First + par.Count - 1; si >= par.First && si >= par.First+par.Count-2; si-- {
			if e := d.onlyPersonIn(si); e >= 0 && d.namedUnderUnnamed(si) {
				return anonymous // "One user mocked Velden." / "“…”"
			} else if e >= 0 {
				return speakerRef{ent: e}
			} else if e == -2 {
				break
			}
		}
	}
	return noSpeaker
}

// colonSlot reads the lead-in ending in a colon just before quote q, in
// its paragraph or the prose paragraph before (prevPara). ok is false when
// there is none, or it opens no speaker slot ("The reasons were simple:"),
// and the other rules read the context. A slot is opened by a speech verb
// ("One reader put it bluntly:", "Someone in the thread noted that…:"),
// by words for what was said ("Then came the replies:"), or by a name on
// a line of its own ("Priya:"); the quote is then the words of whoever
// fills the slot, or of no one when it names no one: not the last
// speaker's, nor the person the article is about.
func (d *doc) colonSlot(q quoteSpan, prevPara int) (speakerRef, bool) {
	si := d.a.sentenceAt(q.os)
	if si <= 0 || !d.sentEndsWithColon(si-1) {
		return noSpeaker, false
	}
	if p := d.a.Sentences[si-1].Para; p != q.para && p != prevPara {
		return noSpeaker, false
	}
	lo, hi := d.sentRange(si - 1)
	if qlo, _ := d.sentRange(si); d.tokenAt(q.os) != qlo {
		return noSpeaker, false
	}
	opened := false
	for t := lo; t < hi; t++ {
		tk := d.toks[t]
		if tk.flags&fInQuote != 0 || tk.kind == tQuote {
			return noSpeaker, false // a lead-in that quotes: the other rules
		}
		if tk.kind != tWord || tk.flags&fCap != 0 && t > lo {
			continue
		}
		w := d.tokLower(t)
		if d.lex[t]&lexSpeech != 0 && tk.flags&fCap == 0 || d.cover[t] == 0 && commNouns[singular(w)] {
			opened = true
		}
	}
	if sp, ok := d.nameLine(si-1, lo, hi); ok {
		return sp, true
	}
	if !opened {
		return noSpeaker, false
	}
	if sp := d.frameSpeakerIn(lo, hi, false); sp.ok() || sp.heard {
		return sp, true
	}
	if sp := d.colonDocument(lo, hi); sp.ok() {
		return sp, true
	}
	return anonymous, true
}

// singular returns the singular of a plural noun in -s or -ies ("replies",
// "messages"), or w.
func singular(w string) string {
	switch n := len(w); {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 3 && w[n-1] == 's' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}

// nameLine reads sentence si, tokens [lo, hi), as a name on a line of its
// own before a colon ("Priya:", "Rewi Tane:"), the layout of a thread or a
// transcript: the person of that name speaks, or no one when the name is
// no one's or several people's. ok is false when the line is not a name.
func (d *doc) nameLine(si, lo, hi int) (speakerRef, bool) {
	par := d.a.Paragraphs[d.a.Sentences[si].Para]
	if par.Count != 1 || hi-lo < 2 || hi-lo > 4 {
		return noSpeaker, false
	}
	for t := lo; t < hi-1; t++ {
		if d.toks[t].kind != tWord || d.toks[t].flags&fCap == 0 {
			return noSpeaker, false
		}
	}
	if c := d.cover[lo]; c != 0 && int(d.ments[c-1].t1) == hi-1 {
		if sp := d.refOf(int(c-1), d.ments[c-1]); sp.ok() {
			return sp, true
		}
	}
	if hi-lo != 2 {
		return speakerRef{ent: -1, heard: true}, true
	}
	// A first name or a surname alone, of one person named in full.
	w := nameKey(d.tokText(lo))
	found := -1
	for ei, e := range d.ents {
		if e.kind != KindPerson || !strings.Contains(e.name, " ") || e.first != w && !sameSurname(e.last, w) {
			continue
		}
		if found >= 0 {
			return speakerRef{ent: -1, heard: true}, true
		}
		found = ei
	}
	if found < 0 {
		return speakerRef{ent: -1, heard: true}, true
	}
	return speakerRef{ent: found}, true
}

// colonDocument reads a lead-in [lo, hi) ending in a colon that names a
// document ("The bill contained a memo justifying its increase:", "these
// comments from Ian Betteridge:"): the quote is the document's words, or
// its author's. A document after a speech verb is what was spoken about
// ("Someone noted that the figures in the post were wrong:"), not who
// speaks.
func (d *doc) colonDocument(lo, hi int) speakerRef {
	for t := hi - 1; t >= lo; t-- {
		if d.toks[t].kind != tWord || d.toks[t].flags&fInQuote != 0 || !documentNoun(d.tokLower(t)) || d.cover[t] != 0 {
			continue
		}
		for k := lo; k < t; k++ {
			if d.toks[k].kind == tWord && d.lex[k]&lexSpeech != 0 && d.toks[k].flags&(fCap|fInQuote) == 0 {
				return noSpeaker
			}
		}
		// "these comments from Ian Betteridge:": who wrote them.
		if t+2 < hi && (d.tokLower(t+1) == "from" || d.tokLower(t+1) == "by") {
			if sp := d.npAfterPrep(t + 2); sp.ok() {
				return sp
			}
		}
		// "a memo justifying the increase:": one document.
		if p := t - 1; p >= lo && (d.tokLower(p) == "a" || d.tokLower(p) == "an" || d.tokLower(p) == "the" ||
			d.tokLower(p) == "this") && commNouns[d.tokLower(t)] {
			return speakerRef{ent: -1, desc: d.tokLower(t)}
		}
		break
	}
	return noSpeaker
}

// firstPersonFrame reports "said I", "I said", "we told" around the
// speech verb at token v, outside quotation marks.
func (d *doc) firstPersonFrame(v, lo, hi int) bool {
	isI := func(k int) bool {
		if k < lo || k >= hi || d.toks[k].kind != tWord || d.toks[k].flags&fInQuote != 0 {
			return false
		}
		w := d.tokText(k)
		return w == "I" || w == "we" || w == "We"
	}
	return isI(v+1) || isI(v-1)
}

// paraHasFrameVerb reports a speech verb outside quotation marks in
// paragraph p: the paragraph has a frame of its own.
func (d *doc) paraHasFrameVerb(p int) bool {
	par := d.a.Paragraphs[p]
	for t := d.tokenAt(par.Start); t < len(d.toks) && int(d.toks[t].s) < par.End; t++ {
		if d.toks[t].kind == tWord && d.toks[t].flags&fInQuote == 0 && d.lex[t]&lexSpeech != 0 && d.toks[t].flags&fCap == 0 {
			return true
		}
	}
	return false
}

// wordBefore reports the word w within n tokens before token t (not
// before lo).
func (d *doc) wordBefore(t, lo, n int, w string) bool {
	for k := t - 1; k >= lo && k >= t-n; k-- {
		if d.toks[k].kind == tWord && d.tokLower(k) == w {
			return true
		}
	}
	return false
}

// lastQuoteEndsPara reports whether paragraph p ends inside or right
// after a quote. The quotes lie in paragraph order: the last of paragraph
// p is found by binary search.
func (d *doc) lastQuoteEndsPara(p int) bool {
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].para > p }) - 1
	if k < 0 || d.quotes[k].para != p {
		return false
	}
	// Only a frame (a few words) may follow the quote.
	return d.a.Paragraphs[p].End-d.quotes[k].oe < 60
}

// prevProsePara returns the paragraph before p, skipping leftover image
// captions (a one-sentence paragraph without final punctuation), or -1.
func (d *doc) prevProsePara(p int) int {
	for p--; p >= 0; p-- {
		par := d.a.Paragraphs[p]
		if par.Count != 1 {
			return p
		}
		s := strings.TrimSpace(d.a.ParagraphText(p))
		r, _ := utf8.DecodeLastRuneInString(s)
		if strings.ContainsRune(".!?:\u201D\"\u2019'\u2026", r) || strings.ContainsAny(s, "\"\u201C\u201D") {
			return p
		}
	}
	return -1
}

// onlyPersonIn returns the one person named (or referred to by a pronoun)
// outside quotation marks in sentence si, -1 when there is none, or -2 when
// there are several or the sentence quotes someone.
func (d *doc) onlyPersonIn(si int) int {
	lo, hi := d.sentRange(si)
	found := -1
	for t := lo; t < hi; t++ {
		if d.toks[t].flags&fInQuote != 0 {
			return -2
		}
		c := d.cover[t]
		if c == 0 {
			continue
		}
		m := d.ments[c-1]
		if m.ent < 0 || d.ents[m.ent].kind != KindPerson {
			continue
		}
		if found >= 0 && found != int(m.ent) {
			return -2
		}
		found = int(m.ent)
	}
	return found
}

func (d *doc) sentEndsWithColon(si int) bool {
	s := strings.TrimSpace(d.a.SentenceText(si))
	return strings.HasSuffix(s, ":")
}

// paraIsQuoteOnly reports whether paragraph p is nothing but a quote.
func (d *doc) paraIsQuoteOnly(p int) bool {
	par := d.a.Paragraphs[p]
	r := runeAt(d.text, par.Start, par.End)
	if !isQuoteRune(r) {
		return false
	}
	for t := d.tokenAt(par.Start); t < len(d.toks) && int(d.toks[t].s) < par.End; t++ {
		if d.toks[t].flags&fInQuote == 0 && d.toks[t].kind == tWord {
			return false
		}
	}
	return true
}

func isAdverb(w string) bool {
	switch w {
	case "also", "ever", "then", "later", "again", "further", "previously", "earlier", "once", "still", "simply",
		"recently", "repeatedly", "immediately", "finally", "quickly", "just", "now", "only", "even", "has",
		"have", "had", "reportedly", "publicly", "privately", "separately", "subsequently", "initially", "always",
		"often", "already", "long":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "reply" && w != "supply" && w != "family" && w != "italy"
}

func isAuxiliary(w string) bool {
	switch w {
	case "has", "have", "had", "was", "is", "were", "are", "will", "would", "could", "did", "does", "do",
		"may", "might", "should", "can", "be", "been", "not", "never":
		return true
	}
	return false
}

// personNouns are nouns for unnamed people who speak: "a senior official".
var personNouns = setOf("official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
	"aide", "aides", "adviser", "advisers", "advisor", "diplomat", "diplomats", "minister", "ministers", "expert",
	"experts", "analyst", "analysts", "critic", "critics", "resident", "residents", "witness", "witnesses",
	"police", "officer", "officers", "investigators", "prosecutors", "lawyer", "lawyers", "doctor", "doctors",
	"researchers", "scientists", "poster", "user", "users", "commenter", "commenters", "tweeter", "observer",
	"observers", "insider", "insiders", "executive", "executives", "leader", "leaders", "member", "members",
	"president", "chairman", "spokespeople", "representative", "representatives", "statement", "authorities",
	"campaigners", "activists", "protesters", "voters", "supporters", "opponents", "economists", "manager",
	"owner", "mother", "father", "family", "friend", "neighbour", "neighbor", "teacher", "student", "man",
	"woman", "person", "people", "worker", "workers", "employee", "employees", "lawmaker", "lawmakers",
	"senator", "governor", "mayor", "judge", "negotiator", "negotiators", "envoy", "ambassador", "general",
	"commander", "agency", "government", "ministry", "company", "firm", "group", "organisation", "organization",
	"administration", "department", "council", "committee", "court", "party", "union", "team", "board",
	"figures", "elders", "leaders", "citizens", "farmers", "fishermen", "parents", "groups", "unions", "nations",
	"countries", "allies", "governments", "rebels", "militants", "islamists", "conservatives", "liberals", "democrats",
	"republicans", "mps", "meps", "regulators", "shareholders", "investors", "customers", "consumers", "retailers",
	"correspondent", "reporter", "journalist")

func isPersonNoun(w string) bool { return personNouns[w] }

// neuterAntecedent finds what "it" (an organisation or country) or "they"
// (a group, organisation or several people) at token t refers to: the
// nearest such actor in the subject of the sentences before.
func (d *doc) neuterAntecedent(t int, plural bool) int {
	si := d.sentenceOf(t)
	if !plural && d.extraposedIt(t) {
		return -1 // "it is easy to criticise the levy": no one (expletiveit.go)
	}
	if !plural && si > 0 && d.toks[t].flags&fStart != 0 && d.thingOpens(si-1) {
		// "The Russian spacecraft was lost on Thursday. It was set to
		// dock…": "it" is the thing the sentence before was about.
		return -1
	}
	best, bestScore := -1, 0.0
	var subj *descKey // the unnamed description "it" stands for, when one opens t's sentence
	for mi := d.mentionsBefore(t) - 1; mi >= 0; mi-- {
		m := d.ments[mi]
		// Past three sentences nothing counts (mentions lie in text order):
		// stop there, however many skipped mentions lie before.
		dist := si - int(m.sent)
		if dist > 3 {
			break
		}
		if m.ent < 0 && best < 0 && dist == 0 && !plural && m.form == formDesc && m.kind == KindOrganization &&
			m.flags&(mSubject|mInQuote) == mSubject && int(m.t0) < t {
			// "Harlow Town Council refused… The club said it would
			// appeal": "it" is the club its sentence opens with, which
			// the engine could not name, not a body named before that
			// is no club.
			subj = &descKey{kind: m.kind, head: m.key, role: m.role}
			continue
		}
		if int(m.t0) >= t || m.ent < 0 || m.flags&mInQuote != 0 || m.form == formPronoun || m.form == formPlace {
			continue
		}
		e := d.ents[m.ent]
		if e.kind == KindPerson || e.kind == KindOther || !plural && e.kind == KindGroup {
			continue
		}
		if subj != nil && !d.descFitsKind(*subj, e) {
			continue
		}
		score := 10.0 - 2.5*float64(dist)
		if m.flags&mSubject != 0 {
			score += 3
		}
		if m.flags&mAdj != 0 {
			score -= 4
		}
		if score > bestScore {
			best, bestScore = int(m.ent), score
		}
	}
	return best
}

// npAfterPrep returns the organisation or person named right after a
// preposition at token k ("from Vulture magazine", "for the FSA").
func (d *doc) npAfterPrep(k int) speakerRef {
	for k < len(d.toks) && d.toks[k].kind == tWord && d.tokIn(k, inDeterminers) {
		k++
	}
	if k < len(d.toks) {
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			if m.ent >= 0 && m.form != formPlace {
				return speakerRef{ent: int(m.ent)}
			}
		}
	}
	return noSpeaker
}

// repeatedQuoteWindow is how many earlier quotes repeatedQuoteSpeaker
// looks through: more than a news article holds, and few enough that a
// page of thousands of quotes is not compared pair by pair.
const repeatedQuoteWindow = 200

// repeatedQuoteSpeaker finds the speaker of an earlier quote that holds the
// same words (an article repeating a line it quoted before).
func (d *doc) repeatedQuoteSpeaker(q quoteSpan) speakerRef {
	k := normKey(d.text[q.s:q.e])
	if len(k) < 20 {
		return noSpeaker
	}
	for _, p := range d.quoteItems[max(0, len(d.quoteItems)-repeatedQuoteWindow):] {
		if p.speaker == "" {
			continue
		}
		pk := p.key
		if strings.Contains(pk, k) || strings.Contains(k, pk) {
			return speakerRef{ent: p.ent, desc: p.speaker}
		}
	}
	return noSpeaker
}

// onlyPunctBetween reports that tokens [lo, v) are punctuation, quotation
// marks or adverbs only.
func (d *doc) onlyPunctBetween(lo, v int) bool {
	for k := lo; k < v; k++ {
		if d.toks[k].kind == tWord && !isAdverb(d.tokLower(k)) {
			return false
		}
	}
	return true
}

// sentenceSubject returns the entity of the subject of sentence si, or -1.
// The subject of what someone is reported to have said is not the
// sentence's: "One person wrote that he should move", "Critics said she".
func (d *doc) sentenceSubject(si int) int {
	lo, hi := d.sentRange(si)
	v := -1 // the first speech verb
	for t := lo; t < hi; t++ {
		if v < 0 && d.toks[t].kind == tWord && d.lex[t]&lexSpeech != 0 && d.toks[t].flags&(fCap|fInQuote) == 0 && d.cover[t] == 0 {
			v = t
		}
		if c := d.cover[t]; c != 0 {
			m := d.ments[c-1]
			if m.flags&mSubject != 0 && m.flags&mInQuote == 0 {
				// "said he should", not `“…,” said Haoyu as…` (who said it).
				clause := v >= 0 && int(m.r0) == v+1 && int(m.t1) < hi && d.toks[m.t1].kind == tWord &&
					(v == lo || d.toks[v-1].kind != tQuote)
				if v >= 0 && (clause || int(m.r0) == v+2 && d.tokLower(v+1) == "that" || d.anonymousSubject(lo, v)) {
					return -1
				}
				if m.form == formPronoun {
					if m.ent >= 0 {
						return int(m.ent)
					}
					return -1
				}
				return int(m.ent)
			}
		}
	}
	return -1
}

// thingOpens reports a sentence whose subject is a thing named by plain
// nouns, perhaps with a demonym ("The Russian spacecraft was lost…"), not
// an actor.
func (d *doc) thingOpens(si int) bool {
	lo, hi := d.sentRange(si)
	k := lo
	if k < hi && d.toks[k].kind == tWord && d.tokIn(k, inDeterminers) {
		k++
	}
	nouns := 0
	for ; k < hi && nouns < 5 && d.toks[k].kind == tWord; k++ {
		w := d.tokLower(k)
		if isAuxiliary(w) || isBe(w) {
			break
		}
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			if m.flags&mAdj == 0 || m.form == formPronoun {
				return false // an actor opens the sentence
			}
			k = int(m.t1) - 1
			continue
		}
		if nouns > 0 && d.finiteVerbAt(k) {
			// "The new ferry left the yard in Turku, Finland": a verb in
			// the past or present after the thing.
			return true
		}
		if nouns == 0 && d.toks[k].flags&fCap != 0 && d.toks[k].flags&fStart == 0 && d.lex[k]&lexFunction == 0 {
			continue // "The Progress cargo ship": a capitalised word no name covers
		}
		if !d.plainLower(k) || isPersonNoun(w) || d.lex[k]&lexFunction != 0 {
			return false
		}
		if _, group := groupNouns[w]; group || descHeads[w] != "" {
			return false
		}
		nouns++
	}
	return nouns > 0 && k < hi && d.toks[k].kind == tWord && (isAuxiliary(d.tokLower(k)) || isBe(d.tokLower(k)))
}

// finiteVerbAt reports a lower-case verb in the past tense at token k
// ("left", "docked"): it follows a subject. The present is left out, for
// its forms are also plural nouns ("plans", "works").
func (d *doc) finiteVerbAt(k int) bool {
	return d.cover[k] == 0 && d.pastVerbAt(k)
}

// continuationVerb reports a speech verb at token v that says the one
// speaking goes on: "added", "continues", "went on".
func (d *doc) continuationVerb(v, hi int) bool {
	switch {
	case d.lemmaIs(v, "add"), d.lemmaIs(v, "continue"):
		return true
	case d.lemmaIs(v, "go"):
		return v+1 < hi && d.tokLower(v+1) == "on"
	}
	return false
}

// pronounSubject returns the token of the "he" or "she" that is the
// subject of the verb at token v ("he added", "she then went on"), or -1.
func (d *doc) pronounSubject(lo, v int) int {
	k := v - 1
	for k >= lo && d.toks[k].kind == tWord && d.cover[k] == 0 && d.toks[k].flags&fCap == 0 &&
		(isAdverb(d.tokLower(k)) || isAuxiliary(d.tokLower(k))) {
		k--
	}
	if k < lo || d.toks[k].flags&fInQuote != 0 {
		return -1
	}
	if c := d.cover[k]; c != 0 {
		if m := d.ments[c-1]; m.form == formPronoun && m.gender != genderUnknown && int(m.t1) == k+1 {
			return k
		}
	}
	return -1
}

// continuationAmbiguous reports that the pronoun at token p, the subject
// of a verb of going on ("he added"), could be either the last speaker or
// a person of the same gender named since the last speaker's quote:
//
//	“We were not good enough,” said coach Martin Hale.
//	Peter Lund, the club's owner, bought the team in 2015. “…,” he continued.
//
// A continuation verb says someone goes on, not who; the newcomer and the
// last speaker both fit. It is not ambiguous when the newcomer spoke since
// (“Lund said the squad was the best in years. “…,” he added.”): the words
// go on from the newest speech.
//
// A question ("“Then why…?” he asked") after the last speaker's words is
// theirs or the one who interviews them, who is often named before the
// answer: with question set, any person of the same gender named from the
// paragraph before the answer's on fits.
func (d *doc) continuationAmbiguous(p int, question bool) bool {
	last := d.lastSpeaker
	if last < 0 || d.ents[last].kind != KindPerson {
		return false
	}
	pm := d.ments[d.cover[p]-1]
	fits := func(e int) bool {
		g := d.ents[e].gender
		return g == genderUnknown || g == pm.gender
	}
	si := d.sentenceOf(p)
	if !fits(last) || d.lastSpeakerSent >= si {
		return false
	}
	// The last speaker must still be in reach: a few sentences of
	// narration back, as for any pronoun.
	narr := 0
	for s := d.lastSpeakerSent + 1; s < si; s++ {
		if !d.sentAllQuote(s) {
			narr++
		}
	}
	if narr > 4 {
		return false
	}
	from := d.lastSpeakerSent + 1
	if question {
		para := min(d.a.Sentences[si].Para, d.lastSpeakerPara)
		if pp := d.prevProsePara(para); pp >= 0 {
			para = pp
		}
		from = min(from, d.a.Paragraphs[para].First)
	}
	newcomer, newest := -1, -1
	for mi := d.mentionsBefore(p) - 1; mi >= 0; mi-- {
		m := d.ments[mi]
		if int(m.sent) < from {
			break
		}
		if m.ent < 0 || int(m.ent) == last || m.flags&mInQuote != 0 || m.form == formPronoun || m.form == formPlace {
			continue
		}
		if e := int(m.ent); d.ents[e].kind == KindPerson && fits(e) {
			if newcomer < 0 {
				newcomer, newest = e, int(m.sent)
			}
		}
	}
	if newcomer < 0 {
		return false
	}
	// The newcomer's own reported words are what goes on.
	if newest == si || newest <= d.lastSpeakerSent {
		return true
	}
	lo, hi := d.sentRange(newest)
	for t := lo; t < hi; t++ {
		if d.toks[t].kind == tWord && d.toks[t].flags&(fInQuote|fCap) == 0 && d.lex[t]&lexSpeech != 0 &&
			!weakSpeechVerbs[d.tokLower(t)] && d.subjectBefore(lo, t).ent == newcomer {
			return false
		}
	}
	return true
}

// questionEndsAt reports that the quote just before token lo, the start of
// its after-frame, ends in a question mark: `“…?” he asked`.
func (d *doc) questionEndsAt(lo int) bool {
	if lo == 0 || lo > len(d.toks) || d.toks[lo-1].kind != tQuote {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(d.text[:d.toks[lo-1].s], " "), "?")
}

// anyoneAtAll reports a description that names people in general, no one a
// reader could ask: "the people", "people", "everyone", "the public". A
// group the story is about ("residents", "the people of Lysøy") is not.
func anyoneAtAll(desc string) bool {
	w := strings.ToLower(strings.TrimSpace(desc))
	w = strings.TrimPrefix(w, "the ")
	switch w {
	case "people", "persons", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "public", "others":
		return true
	}
	return false
}

// anonymousWords stand for people a text does not name: "Another wrote:",
// "Someone replied", "Others added".
var anonymousWords = setOf("another", "one", "someone", "somebody", "anyone", "anybody", "others", "some",
	"many", "several", "few", "most", "everyone", "everybody", "nobody", "none")

// postNouns are what people post or send in reply: "One post read:", "a
// comment under the video said". With no author named ("a reply from
// councillor Rui Matos") they are no one's words.
var postNouns = setOf("post", "reply", "comment", "message", "tweet", "retweet", "response", "email", "text",
	"review")

// crowdNouns are people a text picks out of a crowd without naming them:
// "one reader wrote", "a viewer replied".
var crowdNouns = setOf("reader", "viewer", "listener", "follower", "subscriber", "commenter", "poster", "user",
	"person", "fan", "customer", "visitor", "participant", "member", "respondent")

// anonymousSubject reports that the subject of the speech verb at token v,
// in the clause that runs from lo, is someone the text does not name: a
// word that stands for them ("Another wrote", "Within minutes, someone
// replied"), a post or a reply ("A comment under the video said"), or one
// person picked out of a crowd ("One viewer wrote"). A name there is the
// other rules' to read.
func (d *doc) anonymousSubject(lo, v int) bool {
	// The clause's start: after the last comma or colon before the verb.
	s := lo
	for k := v - 1; k > lo; k-- {
		if t := d.toks[k]; t.kind == tPunct && (d.text[t.s] == ',' || d.text[t.s] == ':' || d.text[t.s] == ';') {
			s = k + 1
			break
		}
	}
	// "Then someone in the audience asked:": an adverb or a conjunction
	// that opens the clause is no part of its subject.
	for s+1 < v && d.toks[s].kind == tWord && d.cover[s] == 0 && d.toks[s].flags&fInQuote == 0 {
		w := d.tokLower(s)
		if !(isAdverb(w) && !isAuxiliary(w) || w == "and" || w == "but" || w == "so") {
			break
		}
		s++
	}
	// The verb's own words before it: adverbs and auxiliaries.
	e := v
	for e-1 > s && d.toks[e-1].kind == tWord && d.cover[e-1] == 0 && d.toks[e-1].flags&fCap == 0 &&
		(isAdverb(d.tokLower(e-1)) || isAuxiliary(d.tokLower(e-1))) {
		e--
	}
	if e <= s || e-s > 8 {
		return false
	}
	for k := s; k < e; k++ {
		// "his followers": a possessive opens the phrase.
		own := k == s && possessivePronouns[d.tokLower(k)]
		if d.toks[k].kind != tWord || d.cover[k] != 0 && !own || d.toks[k].flags&fInQuote != 0 {
			return false
		}
	}
	if e-s > 1 && d.tokLower(s) == "not" {
		s++ // "Not everyone agreed"
	}
	w := d.tokLower(s)
	if e-s == 1 {
		return anonymousWords[w] || d.barePluralAt(s)
	}
	// The noun phrase: a determiner, a few words, the head, and perhaps a
	// phrase that says where it was posted ("under the video").
	head := e
	for k := s + 1; k < e; k++ {
		if isPreposition(d.tokLower(k)) {
			head = k
			break
		}
	}
	h := singular(d.tokLower(head - 1))
	if head < e && d.tokLower(head) == "from" && !postNouns[h] && audienceNoun(h) && head-s == 2 && indefinite(w) {
		return true // "a voice from the crowd", "a woman from the village"
	}
	if head < e && (d.tokLower(head) == "from" || d.tokLower(head) == "by") {
		return false // "a reply from …": whoever it is from
	}
	// "someone in the crowd", "somebody at the back".
	if head-s == 1 && head < e && (w == "someone" || w == "somebody") {
		return true
	}
	// "a member of the audience", "an audience member", "a woman in the
	// front row", "one panellist": a person picked out of those present.
	if audienceNoun(h) && head-s >= 2 && head-s <= 3 && indefinite(w) && d.toks[head-1].flags&fCap == 0 &&
		d.toks[s+1].flags&fCap == 0 {
		return true
	}
	if head-s == 1 && d.barePluralAt(s) {
		return true // "Spokesmen for the union", "moderators of the talks"
	}
	if postNouns[h] && head-s <= 4 {
		return true
	}
	if crowdNouns[h] && head-s == 2 && indefinite(w) {
		return true
	}
	// "His followers were quick to respond", "Many viewers replied": a
	// crowd.
	hw := d.tokLower(head - 1)
	return hw != h && crowdNouns[h] && head-s <= 3
}

// presentNouns are people present at an event whom a text picks out
// without naming them: "a member of the audience", "one attendee", "a
// voice from the crowd".
var presentNouns = setOf("attendee", "panellist", "panelist", "delegate", "questioner", "spectator", "bystander",
	"guest", "voice", "participant", "listener", "heckler", "onlooker", "man", "woman", "boy", "girl", "student",
	"resident", "stranger", "passenger", "witness", "voter", "farmer", "worker", "parent", "protester", "critic",
	"supporter", "fan", "observer", "pupil", "local", "villager", "shopper", "diner", "neighbour", "neighbor")

// audienceNoun reports a singular noun for someone present the text does
// not name: one of presentNouns or crowdNouns ("a woman", "a student",
// "a reader"). People who speak for someone else ("a spokesman", "an
// aide", "a friend") are not among them.
func audienceNoun(h string) bool { return presentNouns[h] || crowdNouns[h] }

// indefinite reports a determiner that picks out someone not named yet:
// "a", "an", "one", "another".
func indefinite(w string) bool { return w == "a" || w == "an" || w == "one" || w == "another" }

// barePluralAt reports a bare plural of people at token k that names no
// one: people who act for a side they do not name ("negotiators",
// "Mediators": unnamedAgents), or the plural of an agent or person noun
// ("Auditors", "inspectors", "Spokesmen", "moderators") that no name
// covers.
func (d *doc) barePluralAt(k int) bool {
	if d.toks[k].kind != tWord || d.cover[k] != 0 {
		return false
	}
	w := d.tokLower(k)
	if unnamedAgents(w) || agentPluralOfVerb(w) || strings.HasSuffix(w, "smen") || strings.HasSuffix(w, "swomen") {
		return true
	}
	if formTags(w)&formPlural != 0 && endsAgent(d.lemmaAt(k)) {
		return true
	}
	return isPersonNoun(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// barePluralBefore reports a bare plural (barePluralAt) opening the
// sentence of token k before it, or the sentence before in the same
// paragraph: what "they" at k most likely stands for.
func (d *doc) barePluralBefore(k int) bool {
	si := d.sentenceOf(k)
	if lo, _ := d.sentRange(si); lo < k && d.barePluralAt(lo) {
		return true
	}
	if si == 0 || d.a.Sentences[si-1].Para != d.a.Sentences[si].Para {
		return false
	}
	lo, _ := d.sentRange(si - 1)
	return d.barePluralAt(lo)
}

// crowdOpens reports that sentence si opens with someone it does not name
// as the subject of its first verb ("Not everyone agreed with him.", "His
// followers were quick to respond."; see anonymousSubject).
func (d *doc) crowdOpens(si int) bool {
	lo, hi := d.sentRange(si)
	for k := lo + 1; k < hi && k < lo+8; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.flags&(fCap|fInQuote) != 0 || d.cover[k] != 0 {
			continue
		}
		if w := d.tokLower(k); isAuxiliary(w) || isBe(w) || d.lex[k]&lexSpeech != 0 || isVerbLike(w) || irregularPast[w] {
			return d.anonymousSubject(lo, k)
		}
	}
	return false
}

// replyNouns are what others send back: "the replies poured in",
// "hundreds of comments".
var replyNouns = setOf("replies", "comments", "responses", "reactions", "messages")

// repliesIn reports that sentence si, outside quotation marks, tells of
// replies or comments that are not its own subject's ("Ferreira's video
// spread, and the replies poured in"): a quote after it is one of them,
// no one's that the sentence names. "His comments drew anger" are his own.
func (d *doc) repliesIn(si int) bool {
	lo, hi := d.sentRange(si)
	for t := lo; t < hi; t++ {
		if d.toks[t].kind != tWord || d.toks[t].flags&(fInQuote|fCap) != 0 || d.cover[t] != 0 || !replyNouns[d.tokLower(t)] {
			continue
		}
		own := false
		for k := t - 1; k >= lo && k >= t-3 && d.toks[k].kind == tWord; k-- {
			if w := d.tokLower(k); possessivePronouns[w] || d.toks[k].flags&fPoss != 0 {
				own = true
				break
			}
			if c := d.cover[k]; c != 0 && d.ments[c-1].flags&mPoss != 0 {
				own = true
				break
			}
		}
		if !own {
			return true
		}
	}
	return false
}

// partyTagCommaBefore returns the comma that opens a party tag ending at
// the comma j (", R-Okla.,", ", D-N.Y.,"), or -1.
func (d *doc) partyTagCommaBefore(j, lo int) int {
	t := j - 1
	if t > lo && d.toks[t].kind == tPunct && d.text[d.toks[t].s] == '.' {
		t--
	}
	if t > lo && d.toks[t].kind == tWord && d.isPartyTag(t) && d.text[d.toks[t-1].s] == ',' {
		return t - 1
	}
	return -1
}

// asVerbs put words on something with "as": "dismissed the plan as",
// "described it as", "branded the offer as".
var asVerbs = setOf("dismiss", "describe", "characterise", "characterize", "deride", "denounce", "condemn",
	"reject", "portray", "decry", "criticise", "criticize", "hail", "praise", "brand", "label", "mock",
	"ridicule", "depict", "paint", "cast", "slam", "blast", "attack", "welcome")

// characterisesAs reports a verb at token t that the quote at token hi
// qualifies through "as" close after it: "dismissed her plan as “…”",
// "described the proposal as “…”". The words are the verb's subject's.
func (d *doc) characterisesAs(t, hi int) bool {
	if hi-1 <= t || hi-1-t > 6 || d.tokLower(hi-1) != "as" || d.toks[t].flags&fCap != 0 {
		return false
	}
	l := d.lemmaAt(t)
	return l != 0 && asVerbs[lemmaName(l)]
}
