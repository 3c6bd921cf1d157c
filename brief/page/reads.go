package page

import (
	"github.com/briefing-app/briefing/brief"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file tells whether a clause cut from an item's sentence reads on
// its own, and prints the sentence itself when it does not. A clause is
// printed only when it keeps its verb (a finite one: "ordered", "would
// widen", "is expected to"), its object or complement (not "Obama — would
// speak" from "Obama would speak to the union on Friday"), its own subject
// when that is not the item's actor, and its tense (a past vow is never
// made "will vow"). Anything else — a participle left without its
// auxiliary ("replacing the pipes"), a noun ("into question"), a clause
// whose subject could not be told ("attacking Waite in his writings" from
// a sentence in which someone else attacks Waite), a bracket or a quotation
// opened and not closed, "we" out of its quotation marks — prints as its
// sentence, clipped at a word boundary with "…": never as a rewritten
// fragment.

// sentenceClause is an item's sentence as the page prints it when no
// clause of it reads on its own: without its dateline, credit or trailing
// attribution (", officials said"), without its subject when that is the
// item's one actor ("Yahoo will sell …", "The company hopes to …" under
// Yahoo or the company are "will sell …", "hopes to …"), and clipped to at
// most n words with "…".
func sentenceClause(text string, actors []actorForms, n int, cx *clauseContext) string {
	s, _ := sentenceClauseOwn(text, actors, n, cx)
	return s
}

// sentenceClauseOwn is sentenceClause, and whether the sentence's subject
// is the item's one actor (which the clause then leaves out).
func sentenceClauseOwn(text string, actors []actorForms, n int, cx *clauseContext) (string, bool) {
	own := false
	s := cleanItemText(text)
	s = strings.TrimSpace(unwrapParens(s))
	if c, _ := stripAttribution(s); c != s && !unbalancedQuote(c) {
		s = c
	}
	s = openQuote(strings.TrimRight(s, " ,;:."))
	if len(actors) == 1 {
		toks := tokenize(s)
		for k := 1; k < len(toks) && k <= 6; k++ {
			if endsPhrase(toks[k-1].w) || strings.ContainsAny(toks[k-1].w, "“”\"(") {
				break
			}
			next := ""
			if k+1 < len(toks) {
				next = toks[k+1].low
			}
			if predicateWord(toks[k].w, next) || intentVerbs[toks[k].low] && next == "to" {
				if refersTo(toks[:k], actors[0]) && !objectGap(toks[:k], actors[0], s[toks[k].s:]) && !slices.ContainsFunc(toks[:k], func(t token) bool {
					return lowerWord(t.w) && (speechVerbs[t.low] != "" || verbish(t.w))
				}) {
					s = s[toks[k].s:]
					own = true
				}
				break
			}
		}
	}
	return cx.lowerOpening(clipSentence(s, n)), own
}

// sentenceAbout reports whether a sentence is about one of the actors: one
// of them is its subject — after what opens the sentence ("But", "However,",
// "Despite this success,") and before its first verb, by name, title and
// name ("Green Bay coach Mike McCarthy") or a pronoun of its kind. A
// sentence printed for a commitment whose actor is not its subject
// ("Authorities would comb the shore" under a spokesman) puts the
// commitment on someone the sentence is not about. A dispute
// whose cue is the subject ("Talks over the cranes collapsed") is about
// its parties.
func sentenceAbout(text string, actors []actorForms, cue string) bool {
	toks := tokenize(unwrapParens(cleanItemText(text)))
	// What opens the sentence: a conjunction, an adverb, a phrase ended
	// by a comma within a few words.
	for len(toks) > 0 && (coordinators[toks[0].low] || sentenceAdverbs[strings.TrimRight(toks[0].low, ",")] || toks[0].low == "then" || toks[0].low == "yet") {
		toks = toks[1:]
	}
	for k := 0; k < len(toks) && k < 7; k++ {
		if strings.HasSuffix(toks[k].w, ",") {
			if k+1 < len(toks) && (k == 0 || !nounPhraseOpener(toks[0]) || subjectPrepositions[toks[0].low] || openerWords[toks[0].low]) {
				toks = toks[k+1:]
			}
			break
		}
		if lowerWord(toks[k].w) && (auxiliaries[toks[k].low] || finiteVerbs[toks[k].low] || irregularPast[toks[k].low] || pastForm(toks[k].low)) {
			break
		}
	}
	for k := 1; k < len(toks) && k <= maxSubjectWords; k++ {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].low
		}
		if predicateWord(toks[k].w, next) || intentVerbs[toks[k].low] && next == "to" || cue != "" && toks[k].low == strings.ToLower(cue) {
			for _, a := range actors {
				if refersTo(toks[:k], a) && !demonymOnly(toks[:k], a) {
					return true
				}
			}
			// The dispute itself is the subject ("Talks over the cranes
			// collapsed").
			for _, t := range toks[:k] {
				if cue != "" && (t.low == strings.ToLower(cue) || cueNouns[t.low] || cueNouns[strings.TrimSuffix(t.low, "s")] || disputeTalks[t.low]) {
					return true
				}
			}
			return false
		}
		if endsPhrase(toks[k].w) && k > 0 && !strings.HasSuffix(toks[k].w, ",") {
			return false
		}
	}
	return false
}

// disputeTalks name the talks between parties that a dispute's sentence
// may be about ("Talks over the cranes collapsed").
var disputeTalks = setOf("talks negotiations negotiation mediation")

// showsIn reports whether a printed clause holds a word at word
// boundaries ("" is held anywhere).
func showsIn(clause, word string) bool {
	return strings.TrimSpace(word) == "" || cueAt(strings.ReplaceAll(clause, "…", " "), word) >= 0
}

// windowAround is the part of an item's sentence that shows the word the
// item is about (a dispute's cue, a commitment's verb) when the sentence
// cut to n words does not: from the start of the clause that holds the
// word (after a comma, a semicolon, a dash, or before "and", "but",
// "though" …), marked with "…", and cut to n words; "" when no such part
// shows the word.
//
// The part is printed after the item's lead, so it opens with its own
// subject, or with words whose subject is the lead's first actor (lead):
// never with "which" or "who" that hang on another noun or are no subject
// ("… which it views as a bulwark"), nor with a predicate or a pronoun
// whose subject is someone else ("lawmakers — … had not appeared in
// public since …").
func windowAround(text, word string, lead []actorForms, n int, cx *clauseContext) string {
	if strings.TrimSpace(word) == "" {
		return ""
	}
	s := openQuote(strings.TrimRight(strings.TrimSpace(unwrapParens(cleanItemText(text))), " ,;:."))
	at := cueAt(s, word)
	if at <= 0 {
		return ""
	}
	// Where a clause may open before the word, nearest first: after a
	// comma, semicolon, colon or dash, or at a conjunction that opens a
	// clause ("and" joins phrases as often as clauses: not it).
	var starts []int
	for _, sep := range []string{", ", "; ", " – ", " — ", ": "} {
		for off := 0; ; {
			i := strings.Index(s[off:at], sep)
			if i < 0 {
				break
			}
			starts = append(starts, off+i+len(sep))
			off += i + len(sep)
		}
	}
	for _, c := range []string{" but ", " though ", " although ", " while ", " whereas "} {
		for off := 0; ; {
			i := strings.Index(s[off:at], c)
			if i < 0 {
				break
			}
			starts = append(starts, off+i+1)
			off += i + len(c)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(starts)))
	for _, start := range starts {
		if start <= 0 || start >= at || unbalanced(s[start:at]) {
			continue
		}
		// A clause opens with its subject or a conjunction, not with a
		// word that hangs on what came before ("as saying …", "including").
		first := strings.ToLower(strings.Trim(strings.Fields(s[start:])[0], ",;:“”\"‘’"))
		if windowHangers[first] || len(first) > 4 && strings.HasSuffix(first, "ing") || apposition(s[start:at]) ||
			!windowSubject(s, start, lead, cx) {
			continue
		}
		w := clipSentence(s[start:], n)
		if !showsIn(w, word) || unbalanced(strings.TrimSuffix(w, "…")) {
			return "" // nearer starts fit no better
		}
		return "… " + cx.lowerOpening(w)
	}
	return ""
}

// windowSubject reports whether a part of a sentence from byte start,
// printed after an item's lead, says whose act it is: it opens (after a
// conjunction) with a subject of its own, or with a predicate or a
// pronoun whose subject is the lead's first actor, or with "which" or
// "who" and its verb when the noun it hangs on is that actor.
func windowSubject(s string, start int, lead []actorForms, cx *clauseContext) bool {
	toks := tokenize(s[start:])
	if len(toks) > 1 && (coordinators[toks[0].low] || toks[0].low == "though" || toks[0].low == "although" ||
		toks[0].low == "while" || toks[0].low == "whereas") {
		start += toks[1].s
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return false
	}
	if relatives[toks[0].low] {
		// "…, which rejected the offer": the noun it hangs on must be
		// the lead's ("the Velmark government, which rejected").
		return len(toks) > 1 && len(lead) > 0 && opensPredicate(s[start+toks[1].s:]) &&
			clauseSubject(s, start+toks[1].s, lead[:1]).own
	}
	pronoun := len(toks) > 1 && (toks[0].low == "he" || toks[0].low == "she" || toks[0].low == "it" || toks[0].low == "they") &&
		lowerWord(toks[0].w) && opensPredicate(s[start+toks[1].s:])
	// A plural noun before a verb in the past or an auxiliary is the
	// part's own subject ("lawmakers defied", "workers will").
	nounFirst := len(toks) > 1 && lowerWord(toks[0].w) && !auxiliaries[toks[0].low] && !endsPhrase(toks[0].w) &&
		strings.HasSuffix(toks[0].low, "s") && lowerWord(toks[1].w) &&
		(auxiliaries[toks[1].low] || contractedAux(toks[1].low) || pastForm(toks[1].low) || irregularPast[toks[1].low])
	if nounFirst || !pronoun && !opensPredicate(s[start:]) {
		return true
	}
	if len(lead) == 0 {
		return false
	}
	if pronoun {
		return refersTo(toks[:1], lead[0]) && !cx.otherPersonBefore(s, start, toks[0].low, lead[:1])
	}
	return clauseSubject(s, start, lead[:1]).own
}

// apposition reports whether a text opens with a name set off by commas
// ("Sven Halvorsen, as saying …"): capitalised words up to a comma.
func apposition(s string) bool {
	head, _, ok := strings.Cut(s, ", ")
	if !ok {
		return false
	}
	ws := strings.Fields(head)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// demonymOnly reports whether a country is named in a subject only as a
// word that describes the noun after it ("a Japanese cargo ship",
// "Indonesian rescuers"): the subject is the ship or the rescuers, not the
// country. "Japan's navy" (a possessive) is the country's.
func demonymOnly(region []token, a actorForms) bool {
	if a.kind != brief.KindCountry {
		return false
	}
	j, k := lastForm(region, a)
	if j < 0 || j+k >= len(region) {
		return false
	}
	return !region[j+k-1].poss && lowerWord(region[j+k].w)
}

// windowHangers are words that hang a phrase on what comes before them:
// a window of a sentence does not open with them ("as saying …").
var windowHangers = setOf("as with by of for to from in on at into including like than per via")

// dropOpenAdjunct cuts off the end of a clause that opens a phrase of
// its own and stops before the clause that phrase leads to ("is still
// working with the board to find a middle ground and, despite the warm
// words at the meeting" before ", there is still concern"): what is left
// reads whole. after is what follows the clause in its sentence.
func dropOpenAdjunct(clause, after string) string {
	if !strings.HasPrefix(strings.TrimSpace(after), ",") {
		return clause
	}
	i := strings.LastIndex(clause, ", ")
	if i < 0 {
		return clause
	}
	seg := tokenize(clause[i+2:])
	if len(seg) == 0 || !openerWords[seg[0].low] || seg[0].low == "in" || seg[0].low == "on" || seg[0].low == "at" ||
		seg[0].low == "for" || seg[0].low == "with" || seg[0].low == "by" || seg[0].low == "from" || seg[0].low == "like" {
		return clause
	}
	head := strings.TrimRight(clause[:i], " ,;:")
	for _, c := range []string{" and", " but", " or"} {
		head = strings.TrimSuffix(head, c)
	}
	if wordCount(head) < 3 {
		return clause
	}
	return head
}

// openerWords open a phrase or clause before a sentence's subject ("As
// the mayor put it, …", "Despite the storm, …").
var openerWords = setOf("as when after while although though if because since before despite due until once unlike like in on at for with by from")

// unwrapParens drops the brackets around a whole sentence ("(The union
// disagrees.)").
func unwrapParens(s string) string {
	if strings.HasPrefix(s, "(") && (strings.HasSuffix(s, ")") || strings.HasSuffix(s, ").") || strings.HasSuffix(s, ".)")) &&
		strings.Count(s, "(") == 1 && strings.Count(s, ")") == 1 {
		return strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(s, "("), "."), ")")
	}
	return s
}

// openQuote gives a sentence that closes a quotation it did not open (the
// last sentence of a quote of several) its opening mark.
func openQuote(s string) string {
	if strings.Count(s, "”") > strings.Count(s, "“") && !strings.HasPrefix(s, "“") {
		return "“" + s
	}
	return s
}

// clipSentence cuts a sentence to at most n words: where a phrase ends when
// that keeps most of them, else at a word boundary (never after a word that
// needs the next), with "…" either way.
func clipSentence(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	if out, ok := clipPhrase(s, n); ok && wordCount(out)*3 >= n*2 {
		return closeBrackets(out) + "…"
	}
	return closeBrackets(strings.TrimSuffix(clipWords(s, n), "…")) + "…"
}

// closeBrackets cuts a clipped text before a bracket it opens and does not
// close ("… self-governance (my conclusion").
func closeBrackets(s string) string {
	if i := strings.LastIndex(s, "("); i > 0 && !strings.Contains(s[i:], ")") {
		if head := strings.TrimRight(s[:i], " ,;:—–-"); wordCount(head) >= 3 {
			return head
		}
	}
	return s
}

// predicateWord reports whether a word can open a predicate on its own: an
// auxiliary or a modal, a finite verb ("says", "ordered", "wants"), a word
// of the lists that read as a predicate ("due", "set", "ready"), but not a
// bare infinitive ("appoint"), a participle without its auxiliary
// ("replacing") or "to". next is the word after it ("wants to").
func predicateWord(w, next string) bool {
	t := newToken(strings.TrimLeft(w, "“\"‘'("), 0, len(w))
	if t.low == "" || !lowerWord(t.w) && !strings.ContainsAny(t.w, ",;:") {
		return false
	}
	if auxiliaries[t.low] || contractedAux(t.low) || finiteVerbs[t.low] || irregularPast[t.low] || pastForm(t.low) {
		return true
	}
	// A verb in "-s" ("rejects", "says"), not a plural noun ("officials",
	// "accusations", "workers").
	if len(t.low) <= 3 || !strings.HasSuffix(t.low, "s") || bodyNouns[t.low] || bodyNouns[strings.TrimSuffix(t.low, "s")] {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ics", "ions", "ments", "ances", "ences", "isms", "ists", "ians", "als",
		"wards", "ways", "haps", "sides", "times"} {
		if strings.HasSuffix(t.low, suf) {
			return false
		}
	}
	return true
}

// opensPredicate reports whether a clause (the actor's predicate, without
// a subject) opens with a finite verb: after adverbs ("also", "repeatedly"),
// its first word reads as a predicate.
func opensPredicate(clause string) bool {
	toks := tokenize(clause)
	for len(toks) > 1 && (clauseAdverbs[toks[0].low] || strings.HasSuffix(toks[0].low, "ly") && lowerWord(toks[0].w)) &&
		!auxiliaries[toks[0].low] && !endsPhrase(toks[0].w) {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return false
	}
	next := ""
	if len(toks) > 1 {
		next = toks[1].low
	}
	if intentVerbs[toks[0].low] && next == "to" {
		return true // "want to make", "plan to sign": a plural subject's verb
	}
	return predicateWord(toks[0].w, next)
}

// verbEnd is the index of the first word after a predicate's verb group:
// its auxiliaries and adverbs, the verb, the verbs joined to it by "to"
// ("plans to sign", "agreed on Tuesday to build" is not one), its particle
// ("played down"); passive is set when the verb is a participle after a
// form of "be" ("would be widened"), which needs no object.
func verbEnd(toks []token) (end int, passive bool) {
	i := 0
	be := false
	for i < len(toks)-1 && (auxiliaries[toks[i].low] || contractedAux(toks[i].low) || clauseAdverbs[toks[i].low] ||
		toks[i].low == "never" || toks[i].low == "not") && !endsPhrase(toks[i].w) {
		if beForms[toks[i].low] {
			be = true
		} else if !clauseAdverbs[toks[i].low] && toks[i].low != "not" && toks[i].low != "never" {
			be = false
		}
		i++
	}
	if i >= len(toks) {
		return len(toks), false
	}
	// The verb, then "to" and the next verb as long as they come.
	verb := i
	i++
	for i+1 < len(toks) && toks[i].low == "to" && lowerWord(strings.TrimRight(toks[i+1].w, ",;:.")) && !endsPhrase(toks[i-1].w) &&
		(verbish(toks[i-1].w) || intentVerbs[toks[i-1].low] || finiteVerbs[toks[i-1].low] || toks[i-1].low == "able" || toks[i-1].low == "due") &&
		!determiners[toks[i+1].low] && !pronouns[toks[i+1].low] {
		verb = i + 1
		i += 2
	}
	if i < len(toks) && particles[toks[i].low] && !endsPhrase(toks[verb].w) {
		i++
	}
	passive = be && verb == i-1 && (pastForm(toks[verb].low) || irregularPast[toks[verb].low] || irregularParticiple[toks[verb].low])
	if beForms[toks[verb].low] {
		passive = true // "is", "was" with what follows: a complement, not an object
	}
	return i, passive
}

// irregularParticiple are irregular past participles after "be" ("was
// taken").
var irregularParticiple = setOf(`taken given sent held told paid sold brought bought kept left sought chosen
	become gone drawn written spoken struck thrown risen fallen seen thought built spent lent won withdrawn
	frozen sworn undertaken overseen begun shown known made put set cut hit shut spread hurt`)

// objectCut reports whether a predicate stops at its verb while the
// sentence goes on: the object or complement was left out ("will target
// first" from "the black cod Bassi will target first, and later …"; "seeks
// to create, those surges …"; "would speak" before "to the union"). after
// is what follows the predicate in its sentence. A passive ("would be
// widened") and a verb that ends its sentence ("The union disagrees")
// need nothing after them.
func objectCut(pred, after string) bool {
	toks := tokenize(pred)
	if len(toks) == 0 {
		return true
	}
	end, passive := verbEnd(toks)
	if passive {
		return false
	}
	// Adverbs of time and manner after the verb are no object.
	k := end
	for k < len(toks) && (clauseAdverbs[toks[k].low] || trailingAdverbs[toks[k].low] ||
		strings.HasSuffix(toks[k].low, "ly") && lowerWord(toks[k].w)) {
		k++
	}
	if k < len(toks) {
		// A word of content follows; but a comma right after the verb
		// ("seeks to create, those surges") means its object is elsewhere,
		// unless an adverb set off by commas stands between ("refused to
		// commit, however, to the cuts").
		if k+1 < len(toks) && strings.HasSuffix(toks[k].w, ",") && parentheticals[toks[k].low] {
			return false
		}
		v := toks[max(end-1, 0)]
		return endsPhrase(v.w) && !closesQuote(v.w) && end > 0 && !passive && end == k && !strings.HasSuffix(v.w, ":")
	}
	if end > 0 && endsPhrase(toks[k-1].w) {
		return true // "will target first," and the sentence goes on
	}
	after = strings.TrimSpace(after)
	if after == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	// The sentence ends, or a new clause opens after a comma: the verb
	// ended its clause.
	if r == '.' || r == '!' || r == '?' || r == ';' || r == ')' || r == '”' || r == '"' && !strings.HasPrefix(after, "\"") {
		return false
	}
	if r == ',' {
		// Only who said it may follow: ", officials said" ends the
		// sentence; ", and later the halibut" goes on with the object.
		_, tail := stripAttribution("x x x" + after)
		return tail == ""
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '“' || r == '"' || r == '‘' || r == '\'' || r == '£' || r == '$' || r == '€'
}

// endsOpen reports whether a clause that stops where its sentence goes on
// with a word stops on a word that needs one: a verb ("in charge of
// labelling" before “fake news”), a function word.
func endsOpen(clause, after string) bool {
	after = strings.TrimSpace(after)
	if after == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after); !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '“' && r != '"' && r != '‘' {
		return false
	}
	toks := tokenize(clause)
	if len(toks) == 0 {
		return true
	}
	last := toks[len(toks)-1]
	if endsPhrase(last.w) || !lowerWord(strings.TrimRight(last.w, ",;:.")) {
		return false
	}
	return dangles(clause) || len(last.low) > 4 && strings.HasSuffix(last.low, "ing") || pastForm(last.low) || irregularPast[last.low] ||
		irregularParticiple[last.low] && !determiners[prevLow(toks)] ||
		verbish(last.w) && !strings.HasSuffix(last.low, "s")
}

// prevLow is the word before a clause's last, in lower case ("" when
// there is none).
func prevLow(toks []token) string {
	if len(toks) < 2 {
		return ""
	}
	return toks[len(toks)-2].low
}

// parentheticals are the adverbs set off by commas inside a clause.
var parentheticals = setOf("however though meanwhile instead too also nonetheless nevertheless moreover therefore again")

// trailingAdverbs follow a verb without being its object.
var trailingAdverbs = setOf(`first again later soon now too also instead today tonight tomorrow yesterday
	there here home abroad anyway either together alone back`)

// firstPerson reports whether a clause says "we", "us", "our", "I" or "my"
// outside quotation marks: cut from a quote, it no longer says who speaks
// ("Thomas Ferrand — will comply with the order while we appeal").
func firstPerson(s string) bool {
	depth := 0
	for _, t := range tokenize(s) {
		opens := strings.HasPrefix(t.w, "“") || strings.HasPrefix(t.w, "\"") && depth == 0
		if opens {
			depth++
		}
		if depth == 0 {
			switch t.low {
			case "we", "us", "our", "ours", "i", "my", "me", "mine":
				if t.low != "i" || t.w == "I" || strings.HasPrefix(t.w, "I") {
					return true
				}
			}
		}
		if strings.HasSuffix(t.w, "”") || strings.HasSuffix(t.w, "\"") && (depth > 0 || !opens) || strings.HasSuffix(t.w, "”.") || strings.HasSuffix(t.w, "”,") {
			depth = max(depth-1, 0)
		}
	}
	return false
}

// unbalanced reports whether a clause opens or closes a bracket or a
// quotation that it does not close or open.
func unbalanced(s string) bool {
	return strings.Count(s, "(") != strings.Count(s, ")") || strings.Count(s, "“") != strings.Count(s, "”") ||
		strings.Count(s, "\"")%2 == 1 || strings.Count(s, "[") != strings.Count(s, "]")
}

// readsAlone reports whether a predicate, cut from its sentence, reads on
// its own (see the file's comment): it opens with a finite verb, keeps its
// object, closes what it opens and says "we" only inside quotation marks.
// after is what follows it in its sentence.
func readsAlone(pred, after string) bool {
	pred = strings.TrimSpace(pred)
	return pred != "" && opensPredicate(pred) && !objectCut(pred, after) && !endsOpen(pred, after) && !unbalanced(pred) && !firstPerson(pred)
}

// wholeReads reports whether a clause with its own subject ("London's
// demands … couldn't be separated") closes what it opens and says "we"
// only inside quotation marks.
func wholeReads(clause string) bool {
	return !unbalanced(clause) && !firstPerson(clause)
}

// afterIn is what follows a clause in its sentence: the text after the last
// place the clause's last words stand; "" when they are not found.
func afterIn(text, clause string) string {
	words := strings.Fields(clause)
	if len(words) == 0 {
		return ""
	}
	tail := strings.Join(words[max(0, len(words)-4):], " ")
	tail = strings.TrimRight(tail, " ,;:.")
	i := strings.LastIndex(strings.ToLower(text), strings.ToLower(tail))
	if i < 0 || len(strings.ToLower(text)) != len(text) {
		return ""
	}
	return text[i+len(tail):]
}

// goesOn stands, for objectCut, for a sentence that goes on after a
// predicate cut short.
const goesOn = "more"
