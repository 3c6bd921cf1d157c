package brief

import "strings"

// Someone the text does not name who speaks of someone it names: "One
// unidentified commenter called Velden's outfit “…”", "A neighbour of
// Councillor Brisk described his fence as “…”", "Critics attacked
// Velden's post. “…”", "A critic attacked Velden. She called it “…”".
// The unnamed agent is the clause's subject; the person named as its
// object, or as the owner of its object, or in a phrase of its own
// subject, is spoken about and never the speaker. The rules that read a
// quote's speaker ask here before they give the words to the named one.

// judgingNouns are people a text picks out without naming them who speak
// or judge, beyond the newcomers and the crowd (newcomerNouns,
// crowdNouns): "a critic", "a neighbour of the councillor".
var judgingNouns = setOf("critic", "detractor", "opponent", "supporter", "rival", "heckler", "troll", "observer",
	"onlooker", "spokesperson", "spokesman", "spokeswoman", "lawyer", "attorney", "aide", "adviser", "advisor",
	"relative", "acquaintance", "classmate", "teammate", "employee", "tenant", "landlord", "protester", "activist",
	"campaigner")

// unnamedAgentNoun reports a noun, singular or plural, for a person the
// text does not name who may speak, with the gender it implies.
func unnamedAgentNoun(w string) (int8, bool) {
	for _, s := range []string{w, singular(w)} {
		if g, ok := newcomerNouns[s]; ok {
			return g, true
		}
		if g, ok := kinNouns[s]; ok {
			return g, true
		}
		if crowdNouns[s] || judgingNouns[s] {
			switch s {
			case "spokesman":
				return genderMale, true
			case "spokeswoman":
				return genderFemale, true
			}
			return genderUnknown, true
		}
	}
	if w == "someone" || w == "somebody" {
		return genderUnknown, true
	}
	return genderUnknown, false
}

// agentDeterminers open the noun phrase of an unnamed agent: "One
// commenter", "a neighbour", "some critics", "many fans".
var agentDeterminers = setOf("a", "an", "the", "one", "another", "some", "several", "many", "most", "other",
	"two", "three", "four", "few", "numerous", "countless", "unidentified", "anonymous", "unnamed")

// unnamedSubjectAt returns the token of the head of an unnamed agent
// ("commenter", "neighbour", "Critics") that is the subject of the clause
// of sentence si in which token t stands, t coming after the agent's
// verb, or -1. When gender is not genderUnknown, an agent whose noun says
// another gender ("A man", for "she") is none.
func (d *doc) unnamedSubjectAt(si, t int, gender int8) int {
	h, _ := d.unnamedSubject(si, t, gender)
	return h
}

// unnamedSubject is unnamedSubjectAt, returning the agent's verb too.
func (d *doc) unnamedSubject(si, t int, gender int8) (head, verb int) {
	lo, hi := d.sentRange(si)
	if t < lo || t >= hi {
		return -1, -1
	}
	// The clause's start: after an opening subordinate clause, or a colon
	// or semicolon before t.
	s := d.mainClauseStart(lo, t)
	for k := t - 1; k > s; k-- {
		if tk := d.toks[k]; tk.kind == tPunct && tk.flags&fInQuote == 0 && (d.text[tk.s] == ':' || d.text[tk.s] == ';') {
			s = k + 1
			break
		}
	}
	// The noun phrase: a few determiners and modifiers, then the head.
	head = -1
	for k := s; k < t && k < s+5; k++ {
		tk := d.toks[k]
		if tk.kind != tWord || d.cover[k] != 0 || tk.flags&fInQuote != 0 {
			return -1, -1
		}
		w := d.tokLower(k)
		if tk.flags&fCap != 0 && k != lo {
			return -1, -1
		}
		if g, ok := unnamedAgentNoun(w); ok {
			// "user data": a noun before another noun qualifies it.
			if n := k + 1; n < t && d.toks[n].kind == tWord && d.cover[n] == 0 && d.plainLower(n) {
				if _, more := unnamedAgentNoun(d.tokLower(n)); more {
					continue
				}
			}
			if gender != genderUnknown && g != genderUnknown && g != gender {
				return -1, -1
			}
			head = k
			break
		}
		if !agentDeterminers[w] && !d.plainLower(k) {
			return -1, -1
		}
	}
	if head < 0 {
		return -1, -1
	}
	// The rest of the subject, a phrase of its own ("of Councillor Brisk",
	// "for the residents' group", "on social media"), then the verb, which
	// must come before t.
	for k := head + 1; k < t && k < head+12; k++ {
		tk := d.toks[k]
		if tk.flags&fInQuote != 0 {
			return -1, -1
		}
		if d.cover[k] != 0 {
			if k == head+1 {
				return -1, -1 // "A neighbour Tom Brisk": the name is the head
			}
			continue
		}
		if tk.kind != tWord {
			if d.text[tk.s] == '\'' || strings.HasPrefix(d.text[tk.s:], "\u2019") {
				continue
			}
			return -1, -1 // a comma: an apposition or a clause the rules before read
		}
		w := d.tokLower(k)
		if w == "from" || w == "by" {
			return -1, -1 // "a reply from …", "a post by …": whoever it is from
		}
		if relativeWords[w] {
			return -1, -1 // "A forum user who calls himself FrostyLantern": the name may be the agent's
		}
		if d.lex[k]&(lexSpeech|lexNaming|lexThink) != 0 || d.finiteVerbAt(k) || isAuxiliary(w) || isBe(w) {
			if k > head+1 && d.toks[k-1].kind == tWord && isPreposition(d.tokLower(k-1)) && d.cover[k-1] == 0 {
				continue // "of reported abuse": no verb after a preposition
			}
			if !d.sameClauseAfter(k, t) {
				return -1, -1
			}
			return head, k
		}
	}
	return -1, -1
}

// namedUnderUnnamed reports that sentence si's clause subject is an
// unnamed agent (unnamedSubjectAt) and a person is named after its verb,
// as its object or its object's owner: "Critics attacked Velden's post."
func (d *doc) namedUnderUnnamed(si int) bool {
	lo, hi := d.sentRange(si)
	for t := lo; t < hi; t++ {
		c := d.cover[t]
		if c == 0 {
			continue
		}
		m := d.ments[c-1]
		if m.flags&mInQuote != 0 || m.ent < 0 || d.ents[m.ent].kind != KindPerson || m.form == formPronoun {
			t = int(m.t1) - 1
			continue
		}
		if d.unnamedSubjectAt(si, int(m.r0), genderUnknown) >= 0 {
			return true
		}
		t = int(m.t1) - 1
	}
	return false
}

// unnamedNounAt reports a lower-case noun at token k, no name's, for a
// person the text does not name (unnamedAgentNoun).
func (d *doc) unnamedNounAt(k int) bool {
	if d.toks[k].kind != tWord || d.toks[k].flags&fCap != 0 || d.cover[k] != 0 {
		return false
	}
	_, ok := unnamedAgentNoun(d.tokLower(k))
	return ok
}

// clauseBreaks open another clause, whose subject may be someone else:
// "Some observers called it “dystopian”, but others, such as Faigman,
// hope…".
var clauseBreaks = setOf("but", "and", "or", "while", "whereas", "although", "though", "yet", "because", "since",
	"after", "before", "when", "as", "if", "unless", "until", "who", "whom", "which", "whose", "that", "named", "called")

// sameClauseAfter reports that token t stands in the clause of the verb
// at v, after it: no punctuation but a possessive's apostrophe, no quoted
// words and no word that opens another clause lie between them.
func (d *doc) sameClauseAfter(v, t int) bool {
	for k := v + 1; k < t; k++ {
		tk := d.toks[k]
		if tk.flags&fInQuote != 0 || tk.kind == tQuote {
			return false
		}
		if tk.kind != tWord {
			if d.text[tk.s] == '\'' || strings.HasPrefix(d.text[tk.s:], "\u2019") {
				continue
			}
			return false
		}
		if d.cover[k] == 0 && clauseBreaks[d.tokLower(k)] {
			return false
		}
	}
	return true
}

// unnamedFrameSubject returns the description of an unnamed agent that
// is the subject of the speech verb at v and has a name in a phrase of its
// own that does not end right before v: "One commenter on Velden's page
// called the outfit “…”" is the commenter's, not the page's.
func (d *doc) unnamedFrameSubject(lo, v int) speakerRef {
	if v > lo && d.cover[v-1] != 0 {
		return noSpeaker // "A neighbour of Councillor Brisk said": spokesmanFor reads it
	}
	h, hv := d.unnamedSubject(d.sentenceOf(v), v+1, genderUnknown)
	if h < lo || hv != v {
		return noSpeaker
	}
	named := false
	for k := h + 1; k < v && !named; k++ {
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			named = m.ent >= 0 && m.form != formPronoun
		}
	}
	if !named {
		return noSpeaker
	}
	return d.refEndingAt(lo, h)
}
