package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// This file tells whether the clause an item prints has the item's actor
// for its subject. The engine names the actor of a commitment or dispute,
// which may not be the subject of the words that state it: "Soelistyo told
// local television the search area would be expanded" is a commitment of
// Soelistyo's whose clause, "would be expanded", is about the search area.
// Printed as "Bambang Soelistyo — would be expanded" it says nothing; the
// page prints "— said the search area … would be expanded" instead, and
// such a clause is never the actor's stance (it is not the actor's own act).

// actorForms are the ways a sentence may name an actor: its name, its
// aliases and, for a person, the surname; with its kind and role, to tell
// the pronouns and the descriptions ("the company", "the minister") that
// stand for it.
type actorForms struct {
	forms [][]string // each form's words, in lower case
	kind  brief.ActorKind
	role  string
}

// formsOf is what the page knows of an actor's names: from the analysis's
// actor of that name when there is one, else the name alone.
func formsOf(name string, actors map[string]*brief.Actor) actorForms {
	var f actorForms
	add := func(s string) {
		ws := normWords(s)
		// Titles before a name are not part of it ("Mr Starmer").
		for len(ws) > 1 && honorifics[ws[0]] {
			ws = ws[1:]
		}
		if len(ws) > 0 {
			f.forms = append(f.forms, ws)
		}
	}
	add(name)
	a := actors[foldName(name)]
	if a == nil {
		return f
	}
	f.kind, f.role = a.Kind, a.Role
	for _, al := range a.Aliases {
		add(al)
	}
	if a.Kind == brief.KindPerson {
		if ws := normWords(a.Name); len(ws) > 1 && utf8.RuneCountInString(ws[len(ws)-1]) > 2 {
			f.forms = append(f.forms, ws[len(ws)-1:])
		}
	}
	return f
}

// actorIndex maps the analysis's actors by folded name.
func actorIndex(an *brief.Analysis) map[string]*brief.Actor {
	m := map[string]*brief.Actor{}
	if an == nil {
		return m
	}
	for i := range an.Actors {
		m[foldName(an.Actors[i].Name)] = &an.Actors[i]
	}
	return m
}

// token is a word of a sentence with its place in it.
type token struct {
	s, e int    // byte offsets of the word in the text
	w    string // as written
	low  string // in lower case, without the punctuation around it or a possessive "'s"
	poss bool   // the word ended with a possessive "'s"
}

func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = append(out, newToken(s[i:j], i, j))
		i = j
	}
	return out
}

func newToken(w string, s, e int) token {
	low := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	t := token{s: s, e: e, w: w, low: low}
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(low, p) {
			t.low, t.poss = strings.TrimSuffix(low, p), true
		}
	}
	return t
}

func normWords(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		if t.low != "" {
			out = append(out, t.low)
		}
	}
	return out
}

// subjectInfo is what clauseSubject tells of the words before a clause's
// predicate.
type subjectInfo struct {
	// known is set when the subject could be told: a plain noun phrase
	// or a pronoun after the clause's start.
	known bool
	// own is set when the subject names the actor (or one of the
	// parties): the clause needs no subject of its own.
	own bool
	// subject is the subject as the page prints it, when it is not the
	// actor: "the search area between the islands", "authorities".
	subject string
	// end is where the subject ends in the text: what follows, up to the
	// predicate, belongs to the clause ("would", "has been").
	end int
	// said is "said" or "says" when the actor said the clause ("X said the
	// search area would be expanded").
	said string
	// relative is set when the clause is a relative one ("Mnangagwa, who
	// was ousted …"): it ends at the next comma.
	relative bool
	// reported is set when the clause is what someone other than the
	// actors says of them ("prosecutors say Uber has been lying").
	reported bool
	// gap is set when a relative pronoun stands right before the subject
	// ("the bill, which Dahl plans to sign on Friday", "the pipeline that
	// Arden promised to finish"): the pronoun is the verb's object or
	// complement, which the clause cut from it does not hold.
	gap bool
}

// clauseSubject reads the words of text before the predicate that opens
// at byte offset at: where the predicate's clause starts (after a speech
// verb, "that", a relative pronoun, a semicolon or a quotation), its
// subject, and whether that subject is one of the actors.
func clauseSubject(text string, at int, actors []actorForms) subjectInfo {
	toks := tokenize(text[:at])
	// Auxiliaries and adverbs between the subject and the predicate
	// belong to the clause.
	end := len(toks)
	for end > 0 && (auxiliaries[toks[end-1].low] || clauseAdverbs[toks[end-1].low] || toks[end-1].low == "") && !endsPhrase(toks[end-1].w) {
		end--
	}
	subjectEnd := at
	if end < len(toks) {
		subjectEnd = toks[end].s
	}
	bounds := clauseBounds(toks[:end])
	start := 0
	var last boundary
	if len(bounds) > 0 {
		last = bounds[len(bounds)-1]
		start = last.after
	}
	region := words(toks[start:end])
	info := subjectInfo{end: subjectEnd}

	if len(region) == 0 {
		switch {
		case relatives[last.word] && last.at > 0 && strings.HasSuffix(toks[last.at-1].w, ","):
			// A relative clause ("Mnangagwa, who was ousted …"): its
			// subject is what it hangs on; the clause ends at the next
			// comma.
			info.relative = true
			from := 0
			if len(bounds) > 1 {
				from = bounds[len(bounds)-2].after
			}
			region = antecedent(stripAppositive(trimLeading(words(toks[from:last.at]))))
		case last.speech != "" && len(bounds) > 1 && (bounds[len(bounds)-2].word == "that" || bounds[len(bounds)-2].word == "which"):
			// Nothing between a speech verb and the predicate: the
			// subject is the noun a relative clause hangs on ("a small
			// hatchback that Brandt says will be on the roads").
			rel := bounds[len(bounds)-2]
			np := nounPhraseBefore(toks, rel.at)
			if len(np) == 0 {
				return info
			}
			info.known = true
			info.subject = joinTokens(np)
			if speakerIs(toks[rel.after:last.at], actors) {
				info.said = last.speech
			}
			return info
		default:
			return info
		}
	} else {
		info.gap = len(bounds) > 0 && last.after == start && objectRelative(toks, bounds)
		region = stripAppositive(trimLeading(region))
	}
	if len(region) == 0 {
		return info
	}
	// A verb in the region: two predicates share the subject ("it had
	// removed 14 listings and would refund"), or the words are not a
	// plain subject.
	// Two predicates sharing their subject end the region with "and" or
	// "but", and the second opens the clause ("it welcomed the talks but
	// rejected", "it had removed 14 listings and would refund").
	shared := coordinators[region[len(region)-1].low] && opensPredicate(text[at:])
	for i, t := range region {
		next := ""
		if i+1 < len(region) {
			next = region[i+1].low
		}
		verb := auxiliaries[t.low] || contractedAux(t.low) ||
			(irregularPast[t.low] || pastForm(t.low)) && lowerWord(t.w) && i > 0 && !determiners[region[i-1].low] && !clauseAdverbs[region[i-1].low] ||
			shared && i > 0 && predicateWord(t.w, next) && !determiners[region[i-1].low] && !countedNoun(region, i)
		if !verb {
			continue
		}
		if i == 0 || !shared {
			return info
		}
		head := region[:i]
		speech := reportedBy(toks, bounds)
		if speech < 0 && (last.word == "that" || last.word == "whether" || relatives[last.word]) {
			// "The government concedes that the levy is imperfect, but is
			// demanding …": the second predicate may share the subject
			// of the clause of "that" or of the clause it hangs on. The
			// clause is the actor's only when both subjects are.
			outer := outerSubject(toks, bounds)
			for _, a := range actors {
				if refersTo(head, a) && refersTo(outer, a) {
					info.known, info.own = true, true
					info.subject = joinTokens(head)
					return info
				}
			}
			return info
		}
		if speech >= 0 {
			// "UMIH said the penalty was … and demanded": the second
			// predicate may share the speaker or the reported subject;
			// when either is the actor, the clause is the actor's.
			for _, a := range actors {
				if refersTo(head, a) || speakerIs(speakerRegion(toks, bounds[:speech+1]), []actorForms{a}) {
					info.known, info.own = true, true
					info.subject = joinTokens(head)
					return info
				}
			}
			return info
		}
		region = head
		break
	}
	if coordinators[region[len(region)-1].low] {
		return info
	}
	region = trimTrailingComma(region)
	if len(region) > maxSubjectWords {
		cut := 0
		for i := 2; i < len(region); i++ {
			if subjectPrepositions[region[i].low] {
				cut = i
				break
			}
		}
		if cut == 0 || cut > maxSubjectWords {
			return info
		}
		for _, t := range region[cut:] {
			if coordinators[t.low] {
				return info // the cut would drop one of several
			}
		}
		region = region[:cut]
	}
	// "X said … and that the ministry had hidden the records": the
	// clause is X's report all the same.
	speech := reportedBy(toks, bounds)
	for _, a := range actors {
		if refersTo(region, a) {
			info.known, info.own = true, true
			info.subject = joinTokens(region)
			info.reported = speech >= 0 && !speakerIs(speakerRegion(toks, bounds[:speech+1]), actors)
			return info
		}
	}
	if info.relative {
		// What a relative clause hangs on is not told for sure ("talks
		// aimed at ending the war, which excluded"): only the actor is.
		return info
	}
	info.known = true
	info.subject = joinTokens(region)
	if speech >= 0 && speakerIs(speakerRegion(toks, bounds[:speech+1]), actors) {
		info.said = bounds[speech].speech
	}
	return info
}

// objectGap reports whether a subject and the words after it are a
// relative clause without its pronoun, whose object is the noun before
// the actor's name ("the order Dahl plans to sign on Friday", "the
// pipeline Kestal agreed to build in 2019"): a determiner and words in
// lower case that are no title or body of the actor's before its name,
// and a verb with no object after it. Cut from the noun, the clause does
// not say what is signed or built.
func objectGap(region []token, a actorForms, rest string) bool {
	j, k := lastForm(region, a)
	if j < 2 || j+k != len(region) || !determiners[region[0].low] || region[0].poss {
		return false
	}
	// The name opens at the first capital ("the order Lena Dahl").
	f := 1
	for f < j && lowerWord(region[f].w) {
		f++
	}
	if f < 2 || !allCapitalised(region[f:j]) {
		return false
	}
	for _, t := range region[1:f] {
		if !lowerWord(t.w) || t.poss || endsPhrase(t.w) || personTitles[t.low] || bodyNouns[t.low] || honorifics[t.low] ||
			subjectPrepositions[t.low] || coordinators[t.low] || a.role != "" && containsWord(strings.ToLower(a.role), t.low) {
			return false
		}
	}
	return lacksObject(rest)
}

// objectRelative reports whether the last of bounds is a relative
// pronoun before a subject of its own, and so the object or complement of
// that subject's verb: "which" or "whom" not after a preposition ("the
// bill, which Dahl plans to sign"; not "the town in which she lives"), or
// a "that" after a noun that takes no clause of its own ("the pipeline
// that Arden promised to finish"; not "reports that", "said on Friday
// that", "agreed that").
func objectRelative(toks []token, bounds []boundary) bool {
	last := bounds[len(bounds)-1]
	if last.speech != "" || last.at == 0 || last.at >= len(toks) {
		return false
	}
	prev := toks[last.at-1]
	switch last.word {
	case "which", "whom":
		return !subjectPrepositions[prev.low] && !isPrepositionWord(prev.low)
	case "that":
		if endsPhrase(prev.w) || !lowerWord(prev.w) || thatNouns[prev.low] || determiners[prev.low] || pronouns[prev.low] ||
			predicateWord(prev.w, "that") || notThatHeads[prev.low] || reportedBy(toks, bounds) >= 0 {
			return false
		}
		return true
	}
	return false
}

// thatNouns take a clause of "that" of their own, which is no relative
// clause: "reports that the bank would cut jobs", "his promise that the
// fares would stay frozen".
var thatNouns = setOf(`report reports claim claims suggestion suggestions promise promises pledge pledges
	assurance assurances warning warnings fear fears hope hopes news word sign signs signal signals evidence fact
	idea belief view statement announcement insistence decision rumour rumours rumor rumors speculation concern
	concerns confirmation indication indications expectation expectations guarantee guarantees notion proof
	agreement condition conditions understanding`)

// notThatHeads are words before "that" that make it no relative pronoun:
// "so that", "now that", "such that".
var notThatHeads = setOf("so such now given except provided assuming saying meaning")

// isPrepositionWord reports a preposition that can stand before a
// relative pronoun ("in which", "under which", "to whom").
func isPrepositionWord(w string) bool {
	switch w {
	case "in", "on", "at", "by", "for", "from", "to", "with", "under", "over", "through", "during", "after", "before",
		"of", "into", "onto", "upon", "within", "without", "against", "about", "among", "between", "behind", "beyond":
		return true
	}
	return false
}

// lacksObject reports whether a predicate (the words from its verb on)
// stops at its verb: nothing, a time, an adverb, a preposition or a new
// predicate comes where its object would ("plans to sign on Friday",
// "agreed to build in 2019 has…").
func lacksObject(rest string) bool {
	toks := tokenize(rest)
	end, passive := verbEnd(toks)
	if passive || end == 0 || len(toks) == 0 || !predicateWord(toks[0].w, "") && !intentVerbs[toks[0].low] {
		return false
	}
	if end >= len(toks) || endsPhrase(toks[end-1].w) {
		return true
	}
	t, next := toks[end], ""
	if end+1 < len(toks) {
		next = toks[end+1].low
	}
	return subjectPrepositions[t.low] || introductions[t.low] || trailingAdverbs[t.low] || predicateWord(t.w, next)
}

// reportedBy is the index of the boundary of the speech verb whose words a
// clause opening after the last boundary reports: the last boundary when a
// speech verb opens it, or the speech verb before its own "that" and a run
// of clauses of "that" joined by "and" or "but" ("said on Friday that the
// count was rigged and that the ministry had hidden the records"); -1 when
// no speech verb reports it.
func reportedBy(toks []token, bounds []boundary) int {
	k := len(bounds) - 1
	for k >= 0 && bounds[k].speech == "" {
		b := bounds[k]
		if b.word != "that" || b.at == 0 {
			return -1
		}
		// The "that" of the speech verb itself may stand a few words
		// after it ("told reporters on Wednesday that", "said in a
		// statement that").
		if !coordinators[toks[b.at-1].low] && (k == 0 || bounds[k-1].speech == "" || !plainWords(toks[bounds[k-1].after:b.at])) {
			return -1
		}
		k--
	}
	return k
}

// plainWords reports whether words hold no verb: at most six of them,
// none a predicate ("on Wednesday", "in a statement on Saturday").
func plainWords(ts []token) bool {
	if len(ts) > 6 {
		return false
	}
	for _, t := range ts {
		if predicateWord(t.w, "") || endsPhrase(t.w) {
			return false
		}
	}
	return true
}

// outerSubject is the subject of the clause the last boundary's clause
// hangs on ("the government" of "The government concedes that …"):
// its words after the boundary before, without what opens it, up to its
// first verb; nil when there is none.
func outerSubject(toks []token, bounds []boundary) []token {
	last := bounds[len(bounds)-1]
	from := 0
	if len(bounds) > 1 {
		from = bounds[len(bounds)-2].after
	}
	ts := stripAppositive(trimLeading(words(toks[from:min(last.at, len(toks))])))
	for k := 1; k < len(ts); k++ {
		next := ""
		if k+1 < len(ts) {
			next = ts[k+1].low
		}
		if predicateWord(ts[k].w, next) || intentVerbs[ts[k].low] && next == "to" {
			return ts[:k]
		}
	}
	return nil
}

// subjectOf splits a clause that opens with its own subject ("London's
// demands on spirits couldn't be separated from visas") into that subject
// and the offset where its predicate opens: an auxiliary or a finite verb
// the lists know, within maxSubjectWords words and before any comma. ok is
// false when the clause opens no such way.
func subjectOf(clause string) (subject []token, pred int, ok bool) {
	toks := tokenize(clause)
	if len(toks) < 2 || !nounPhraseOpener(toks[0]) {
		return nil, 0, false
	}
	for k := 1; k < len(toks) && k <= maxSubjectWords; k++ {
		if endsPhrase(toks[k-1].w) {
			return nil, 0, false
		}
		t := toks[k]
		if lowerWord(t.w) && (auxiliaries[t.low] || contractedAux(t.low) || finiteVerbs[t.low] || irregularPast[t.low] ||
			pastForm(t.low) && !determiners[toks[k-1].low]) {
			return toks[:k], t.s, true
		}
	}
	return nil, 0, false
}

// antecedent is the noun phrase a relative clause hangs on: the words
// before it back to a verb or a preposition ("the approval of Nigeria's
// Federal Executive Council, which" hangs on the council).
func antecedent(ts []token) []token {
	ts = trimTrailingComma(ts)
	i := len(ts)
	for i > 0 {
		t := ts[i-1]
		verb := lowerWord(t.w) && verbish(t.w) && !determiners[t.low] && (i < 2 || !determiners[ts[i-2].low])
		if subjectPrepositions[t.low] || verb || speechVerbs[t.low] != "" {
			break
		}
		i--
	}
	return ts[i:]
}

// words drops the tokens that are only punctuation ("«", "—").
func words(ts []token) []token {
	out := make([]token, 0, len(ts))
	for _, t := range ts {
		if t.low != "" {
			out = append(out, t)
		}
	}
	return out
}

// maxSubjectWords is the longest subject a clause keeps whole; a longer one
// is cut before its first prepositional phrase.
const maxSubjectWords = 14

// boundary is where a clause may start: after a speech verb and its "that"
// ("said that", "told reporters"), "that", "whether", a semicolon, a colon or
// the end of a quotation.
type boundary struct {
	at, after int    // token indexes: of the word that opens it, of the first word after it
	word      string // the word that opens it
	speech    string // "said" or "says" when a speech verb opens it
}

func clauseBounds(toks []token) []boundary {
	var out []boundary
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case speechVerbs[t.low] != "" && !t.poss:
			b := boundary{at: i, word: t.low, speech: speechVerbs[t.low]}
			j := i + 1
			if objectVerbs[t.low] {
				j = skipObject(toks, j)
			}
			if j < len(toks) && toks[j].low == "that" {
				j++
			}
			b.after = j
			out = append(out, b)
			i = j - 1
		case verdictVerbs[t.low] && thatWithin(toks, i+1) > 0:
			// "ruled that", "found in January that": what it found is
			// the clause.
			j := thatWithin(toks, i+1)
			out = append(out, boundary{at: i, after: j + 1, word: t.low, speech: t.low + " that"})
			i = j
		case relatives[t.low] && i > 0 && strings.HasSuffix(toks[i-1].w, ",") && commaAfter(toks[i+1:]):
			// A description set off by commas ("Mnangagwa, who was
			// ousted this month, has been"): not where the clause starts.
		case t.low == "that" || t.low == "whether" || relatives[t.low]:
			out = append(out, boundary{at: i, after: i + 1, word: t.low})
		case strings.HasSuffix(t.w, ";") || strings.HasSuffix(t.w, ":") || speechEnd(t.w):
			out = append(out, boundary{at: i, after: i + 1, word: t.low})
		}
	}
	return out
}

func commaAfter(ts []token) bool {
	for _, t := range ts {
		if strings.HasSuffix(t.w, ",") {
			return true
		}
	}
	return false
}

// thatWithin is the index of a "that" among the next four words from j,
// with no comma before it; 0 when there is none.
func thatWithin(toks []token, j int) int {
	for k := j; k < len(toks) && k < j+4; k++ {
		if toks[k].low == "that" {
			return k
		}
		if endsPhrase(toks[k].w) {
			break
		}
	}
	return 0
}

// verdictVerbs report a finding when "that" follows them.
var verdictVerbs = setOf("ruled found concluded decided determined")

// speechEnd reports whether a word ends a quotation of speech: a closing
// quotation mark after a comma or a full stop (“… problem,” he said).
func speechEnd(w string) bool {
	for _, q := range []string{"”", "\"", "’"} {
		if strings.HasSuffix(w, q) {
			w = strings.TrimSuffix(w, q)
			return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
		}
	}
	return false
}

// skipObject skips the person told ("told local television", "told the
// BBC", "told reporters") from token j: a first word and the words of the
// same noun phrase after it, until a determiner, a pronoun or "that" opens
// the next.
func skipObject(toks []token, j int) int {
	if j >= len(toks) {
		return j
	}
	first := toks[j]
	j++
	for n := 0; n < 3 && j < len(toks); n++ {
		t := toks[j]
		if determiners[t.low] || pronouns[t.low] || t.low == "that" || subjectPrepositions[t.low] ||
			capitalised(t.w) != capitalised(first.w) && !determiners[first.low] || endsPhrase(toks[j-1].w) {
			break
		}
		j++
	}
	return j
}

// speakerRegion is the speaker of the last speech verb: the words before
// it back to the punctuation or speech verb before; for a participle after
// a comma ("he said, adding that"), the speaker of the verb before it.
func speakerRegion(toks []token, bounds []boundary) []token {
	for k := len(bounds) - 1; k >= 0; k-- {
		b := bounds[k]
		if b.speech == "" {
			return nil
		}
		from := 0
		for p := k - 1; p >= 0; p-- {
			if w := bounds[p].word; bounds[p].speech != "" || w != "that" && w != "whether" && !relatives[w] {
				from = bounds[p].after
				break
			}
		}
		from = min(from, b.at)
		if r := stripAppositive(trimLeading(words(toks[from:b.at]))); len(r) > 0 {
			return r
		}
	}
	return nil
}

// speakerIs reports whether the speaker of a speech verb is one of the
// actors: named, or a pronoun that can stand for it.
func speakerIs(region []token, actors []actorForms) bool {
	region = trimTrailingComma(stripAppositive(trimLeading(region)))
	if len(region) == 0 {
		return false
	}
	for _, a := range actors {
		if refersTo(region, a) || containsForm(region, a) {
			return true
		}
	}
	return false
}

// refersTo reports whether a subject names the actor: a name form with
// only titles and modifiers before it and at most a place after it
// ("Indonesian President Joko Widodo", "Opposition lawmakers in Abuja"),
// not one of several ("Britain and Nigeria") or a thing of the actor's
// ("ships from Indonesia", "London's demands"); a pronoun that can stand
// for it; its government, ministry or company ("Rwanda's government", "the
// company"), or its title for a person ("the minister").
func refersTo(region []token, a actorForms) bool {
	region = trimTrailingComma(region)
	if len(region) == 0 {
		return false
	}
	if len(region) == 1 {
		switch region[0].low {
		case "he", "she", "i":
			return a.kind == brief.KindPerson || a.kind == ""
		case "it", "they", "we":
			return a.kind != brief.KindPerson || region[0].low == "we"
		}
	}
	// "Mr Lund" for Per Lund, whom the analysis may not know.
	if len(region) == 2 && honorifics[region[0].low] && (a.kind == brief.KindPerson || a.kind == "") {
		for _, f := range a.forms {
			if len(f) > 1 && f[len(f)-1] == region[1].low {
				return true
			}
		}
	}
	// A place or a day after the subject ("in Abuja", "on Monday") says
	// where or when, not who.
	for p := len(region) - 2; p >= 1; p-- {
		if placePhrase(region[p:]) {
			region = region[:p]
			break
		}
	}
	last := region[len(region)-1]
	if j, k := lastForm(region, a); j >= 0 {
		rest := region[j+k:]
		plain := j == 0 || !subjectPrepositions[region[j-1].low] // not "ships from Indonesia"
		counted := false
		for i, t := range region[:j] {
			r, _ := utf8.DecodeRuneInString(t.w)
			inPhrase := i > 0 && (introductions[region[i-1].low] || subjectPrepositions[region[i-1].low])
			switch {
			case coordinators[t.low]:
				plain = false // "Britain and Nigeria"
			case (lowerOpeners[t.low] || unicode.IsDigit(r)) && !inPhrase:
				counted = true // "about 30 Labour MPs", not "in 2009 Danmore"
			case introductions[t.low] || subjectPrepositions[t.low]:
				counted = false
			}
		}
		if counted {
			plain = false
		}
		switch {
		case !plain:
		case region[j+k-1].poss:
			// "Rwanda's government": the actor's own body.
			if len(rest) >= 1 && bodyNouns[last.low] {
				return true
			}
		case len(rest) == 0:
			return true
		case len(rest) <= 2 && allCapitalised(rest) && len(rest[len(rest)-1].low) > 0 && !strings.HasSuffix(rest[len(rest)-1].low, "s"):
			// A name after a description: "the union Unite".
			return true
		}
	}
	// "the company", "the American government", "the minister".
	modifiersOnly := func() bool {
		for _, t := range region[:len(region)-1] {
			if !determiners[t.low] && !capitalised(t.w) {
				return false
			}
		}
		return true
	}
	switch {
	case a.kind != brief.KindPerson && bodyNouns[last.low]:
		return modifiersOnly()
	case a.kind == brief.KindPerson && (a.role != "" && containsWord(strings.ToLower(a.role), last.low) || personTitles[last.low]):
		// "the minister", "the US leader".
		return modifiersOnly() && determiners[region[0].low] && !region[0].poss
	}
	return false
}

// personTitles are the descriptions news gives a person it has named
// ("the US leader", "the prime minister").
var personTitles = setOf(`leader president minister chancellor premier governor mayor secretary spokesman
	spokeswoman chairman chairwoman ambassador senator judge commander king queen prince pope`)

func allCapitalised(ts []token) bool {
	for _, t := range ts {
		if !capitalised(t.w) {
			return false
		}
	}
	return true
}

// lastForm finds the last of the actor's name forms in the words: its
// first token and its length, or -1.
func lastForm(region []token, a actorForms) (int, int) {
	for j := len(region) - 1; j >= 0; j-- {
		for _, f := range a.forms {
			if j+len(f) > len(region) {
				continue
			}
			ok := true
			for k, w := range f {
				if region[j+k].low != w {
					ok = false
					break
				}
			}
			if ok {
				return j, len(f)
			}
		}
	}
	return -1, 0
}

func containsForm(region []token, a actorForms) bool {
	j, _ := lastForm(region, a)
	return j >= 0
}

// placePhrase reports whether words are a place or a day after a name
// ("in Abuja", "of Nigeria", "on Monday").
func placePhrase(ts []token) bool {
	if len(ts) < 2 || ts[0].low != "in" && ts[0].low != "of" && ts[0].low != "from" && ts[0].low != "at" && ts[0].low != "on" {
		return false
	}
	for _, t := range ts[1:] {
		if !capitalised(t.w) && !determiners[t.low] {
			return false
		}
	}
	return true
}

// nounPhraseBefore is the noun phrase just before token i, back to a comma
// or the start: a determiner and at most five words more ("a small electric
// hatchback"); nil when there is none.
func nounPhraseBefore(toks []token, i int) []token {
	from := i
	for from > 0 && i-from < 6 && !endsPhrase(toks[from-1].w) {
		from--
	}
	np := toks[from:i]
	for len(np) > 0 && !determiners[np[0].low] {
		np = np[1:]
	}
	if len(np) < 2 {
		return nil
	}
	for _, t := range np {
		if auxiliaries[t.low] {
			return nil
		}
	}
	return np
}

// trimLeading drops what opens a clause before its subject: a conjunction
// ("but", "and"), "that", and an introductory phrase closed by a comma
// ("After nearly 20 years of hostile relations, the government").
func trimLeading(ts []token) []token {
	for len(ts) > 0 && (coordinators[ts[0].low] || ts[0].low == "that" || ts[0].low == "so" || ts[0].low == "yet" || ts[0].w == "—" || ts[0].w == "–" ||
		sentenceAdverbs[ts[0].low] && strings.HasSuffix(ts[0].w, ",")) {
		ts = ts[1:]
	}
	if len(ts) > 1 && introductions[ts[0].low] {
		for i, t := range ts[:len(ts)-1] {
			if strings.HasSuffix(t.w, ",") {
				return ts[i+1:]
			}
		}
	}
	return ts
}

// stripAppositive drops a description set off by commas after a name
// ("ShopNest, the marketplace where the family bought the toy,"; "Rwanda's
// government, which did not attend,"; "Soelistyo, head of the agency,"), up
// to the last comma of the words. A name after the comma is kept: "the
// family's solicitor, Peter O'Neill".
func stripAppositive(ts []token) []token {
	lastComma := -1
	for i, t := range ts {
		if strings.HasSuffix(t.w, ",") {
			lastComma = i
		}
	}
	for i := 1; i <= lastComma; i++ {
		if !strings.HasSuffix(ts[i-1].w, ",") || i-1 == lastComma {
			continue
		}
		if relatives[ts[i].low] || !capitalised(ts[i].w) && !coordinators[ts[i].low] && ts[i].low != "" {
			return trimTrailingComma(append(append([]token{}, ts[:i]...), ts[lastComma+1:]...))
		}
	}
	return ts
}

func trimTrailingComma(ts []token) []token {
	if len(ts) == 0 {
		return ts
	}
	out := append([]token{}, ts...)
	t := &out[len(out)-1]
	if w := strings.TrimRight(t.w, ","); w != t.w {
		t.w = w
		t.e = t.s + len(w)
	}
	return out
}

// joinTokens is the text of the words as written, a word's punctuation
// inside the phrase kept and the trailing comma dropped.
func joinTokens(ts []token) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.w
	}
	return strings.TrimRight(strings.Join(parts, " "), ",")
}

// endsPhrase reports whether a word closes a phrase: a comma, semicolon,
// colon or closing quotation mark after it.
func endsPhrase(w string) bool {
	return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") || closesQuote(w)
}

func closesQuote(w string) bool {
	return strings.HasSuffix(w, "”") || strings.HasSuffix(w, ",”") || strings.HasSuffix(w, "\"") && strings.Count(w, "\"") == 1 && len(w) > 1
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.Trim(f, ",.;:") == w {
			return true
		}
	}
	return false
}

// contractedAux reports whether a word is a negated auxiliary ("won't",
// "can’t", "didn't").
func contractedAux(low string) bool {
	return strings.HasSuffix(low, "n't") || strings.HasSuffix(low, "n’t")
}

// speechVerbs open a reported clause, with the form the page gives them.
var speechVerbs = map[string]string{
	"said": "said", "says": "says", "say": "says", "told": "said", "tells": "says", "added": "said",
	"adding": "said", "saying": "said", "announced": "said", "announces": "says", "insisted": "said",
	"insists": "says", "warned": "said", "warns": "says", "confirmed": "said", "confirms": "says",
	"stated": "said", "states": "says", "argued": "said", "argues": "says", "noted": "said",
	"suggest": "said", "suggests": "says", "suggested": "said", "predicted": "said",
}

// objectVerbs are the speech verbs with a person told after them.
var objectVerbs = map[string]bool{"told": true, "tells": true}

var (
	// auxiliaries are the words between a subject and its predicate.
	auxiliaries = setOf(`will would shall should can could may might must is are was were has have had been
		being be do does did cannot`)
	// clauseAdverbs may sit between a subject and its predicate.
	clauseAdverbs = setOf(`also still already now not never again then initially first only just previously
		later soon finally jointly separately meanwhile`)
	coordinators = setOf("and or but nor &")
	// subjectPrepositions open a phrase after a subject's head noun.
	subjectPrepositions = setOf("of from in at between on for with by over under across near")
	relatives           = setOf("who which whose where whom")
	introductions       = setOf(`after before under in on at despite following amid since with without as while when
		if although though for during by from over last this next earlier later until once`)
	// honorifics are the titles before a name that are not part of it.
	honorifics = setOf("mr mrs ms miss dr prof sir dame lord lady")
	// bodyNouns are the descriptions of an organisation or a country's
	// government that stand for it.
	bodyNouns = setOf(`government governments ministry company firm agency bank party military army navy
		administration authority authorities council coalition union group department office commission
		committee regulator watchdog board cabinet executive organisation organization association
		federation alliance movement kremlin embassy police court carmaker airline club charity`)
)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// countedNoun reports region[i], a word in "-s", as the plural noun of a
// count rather than a verb: a number or a word of quantity stands one or
// two lower-case words before it ("three senior aides", "several key
// allies", "two large exporters"), and a count's noun takes no verb in
// "-s". A word that is a verb whatever precedes it (an auxiliary, a past
// form) is no plural.
func countedNoun(region []token, i int) bool {
	t := region[i]
	if auxiliaries[t.low] || finiteVerbs[t.low] || irregularPast[t.low] || pastForm(t.low) || !strings.HasSuffix(t.low, "s") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		w := region[j]
		if numberWords[w.low] > 1 || countWords[w.low] || startsWithDigit(w.w) {
			return true
		}
		if !lowerWord(w.w) || endsPhrase(w.w) {
			return false
		}
	}
	return false
}

// countWords are the words of quantity, beside the numbers written in
// words (numberWords) or digits, that open a plural noun phrase: "several
// key allies", "dozens of protesters".
var countWords = setOf(`hundreds dozen dozens thousands millions several many few numerous various both`)
