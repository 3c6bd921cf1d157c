package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadConjunct returns the first of coordinated subjects when the subject
// the clause structure found for the cue at t is a later one: "Kenya and
// the governments of Uganda and Rwanda agreed…" is led by Kenya, not by
// the first name of the "of" list; "President Ana Ruiz of Chile and
// Peru's prime minister, Luis Vega, will sign…" by Ana Ruiz, not by the
// name in the second conjunct's apposition; "Brazilian and Argentine
// negotiators are due to meet…" by Brazil. The first conjunct leads, as it
// does in a plain list of names ("Britain and Nigeria agreed…"). It must
// open its clause (after a speech verb, "that" or a mark: "the minister
// said Kenya and…", "LOMÉ — the bloc and…"), so that an object before
// "and" ("sold the field to Dunmore Oil and the ministry will…") is no
// conjunct. Only a subject that is an actor is led so ("representatives
// of Britain and Māori chiefs signed…" has none to replace). ok is false
// when no conjunct stands before the subject; a first conjunct that names
// no actor is returned as found, for the caller to judge.
func (d *doc) leadConjunct(t int, arg argument) (argument, bool) {
	if !arg.ref.ok() || arg.start <= 0 || arg.start > t {
		return arg, false
	}
	slo := d.sentTokLo(t)
	s := arg.start
	// ", Luis Vega," after "Peru's prime minister": the apposition's
	// host opens the conjunct.
	if s-1 > slo && d.toks[s-1].kind == tPunct && d.text[d.toks[s-1].s] == ',' {
		host := d.npEndingAt(d.clauseStart(s-1), s-2, 0)
		if !host.found() || host.start >= s {
			return arg, false
		}
		s = host.start
	}
	and := s - 1
	if and-1 < slo || d.toks[and].kind != tWord || d.tokLower(and) != "and" || d.cover[and] != 0 {
		return arg, false
	}
	// "Brazilian and Argentine negotiators": two demonyms on one head.
	if c, c2 := d.cover[and-1], d.cover[s]; c != 0 && c2 != 0 {
		m, m2 := d.ments[c-1], d.ments[c2-1]
		if m.flags&mAdj != 0 && m2.flags&mAdj != 0 && m.ent >= 0 && m2.ent >= 0 && int(m2.ent) == arg.ref.ent &&
			d.ents[m.ent].kind == KindCountry {
			if !d.conjunctOpens(int(m.r0), slo) {
				return arg, false
			}
			first := arg
			first.ref = actorRef{ent: int(m.ent)}
			first.start = int(m.r0)
			return first, true
		}
	}
	if d.toks[and-1].kind == tPunct && d.text[d.toks[and-1].s] == ',' {
		return arg, false // ", and the ministry will…": a clause of its own
	}
	first := d.npEndingAt(d.clauseStart(and), and-1, 0)
	if !first.found() || first.start >= and || !d.conjunctOpens(first.start, slo) {
		return arg, false
	}
	return first, true
}

// conjunctOpens reports whether a phrase starting at token s opens its
// clause, with its article if it has one: at the sentence's start, after a mark ("LOMÉ —", "On Monday,"),
// after "that" or a word that opens a clause ("before", "when"), after a verb of speech ("said Kenya and…"), not after
// a copula ("His father was Kenyan and the president…").
func (d *doc) conjunctOpens(s, slo int) bool {
	if s > slo && d.toks[s-1].kind == tWord && d.cover[s-1] == 0 && d.tokLower(s-1) == "the" {
		s-- // "The European Union and the governments of…": the name's article
	}
	if s <= slo {
		return true
	}
	p := s - 1
	switch {
	case d.toks[p].kind == tPunct || d.toks[p].kind == tQuote:
		return true
	case d.toks[p].kind != tWord || d.cover[p] != 0:
		return false
	case d.tokLower(p) == "that" || subordinators[d.tokLower(p)] || d.tokLower(p) == "before" || d.tokLower(p) == "after":
		return true // "a week before Vietnamese and Thai officials are due to…"
	}
	return d.lex[p]&lexSpeech != 0 && !isBe(d.tokLower(p))
}

// itAfterPluralSpeaker reports "it" as the subject of the clause of the cue
// at t, reported by a plural speaker: "The two governments claim it will
// close dairies", "Farm unions said it would ruin small growers", "Harlan and
// Dunmore said it would…". "It" is then not the speakers but a thing they
// tell of (a rule, a plan) or one body of several: no one's commitment
// that the clause can name.
func (d *doc) itAfterPluralSpeaker(t int) bool {
	k := d.subjectPronounBefore(t)
	if k < 1 || d.tokLower(k) != "it" {
		return false
	}
	v := d.speechBeforePronoun(k)
	if v < 0 {
		return false
	}
	a := d.subjectArg(v)
	return d.pluralPhrase(a) && !d.bodyAgents(a)
}

// pluralPhrase reports a noun phrase that names more than one: a group, a
// plural common noun ("the two governments", "farm unions", "the three
// opposition parties") or names joined by "and" ("Harlan and Dunmore").
func (d *doc) pluralPhrase(a argument) bool {
	if !a.found() || a.start > a.head {
		return false
	}
	if a.ref.ent >= 0 && d.ents[a.ref.ent].kind == KindGroup {
		return true
	}
	for k := a.start; k < a.head; k++ {
		if d.toks[k].kind == tWord && d.cover[k] == 0 && d.tokLower(k) == "and" {
			return true
		}
	}
	if d.cover[a.head] != 0 || !d.plainLower(a.head) {
		return false
	}
	w := d.tokLower(a.head)
	if d.commonPlural(w) {
		return true
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && len(s) > 2 && !strings.HasSuffix(s, "s") && d.g.common[s]
}

// spokesNameBody returns the body an unnamed spokesperson speaks for when
// a commitment's actor is that spokesperson, told by a description: the
// body a spokesperson's role in the sentence or the two before names
// (unnamedSpokesBody: "a spokeswoman for the Health Ministry said"), else
// the one body whose name, or the head of its name, is the capitalised
// words before the office in the description ("A Commission spokeswoman
// said its inquiry would last until May" after "the European Commission"),
// or the one body a description of its kind fits ("a ministry
// spokesman"). -1 when none is, or more than one.
func (d *doc) spokesNameBody(t int, name string) int {
	words := strings.Fields(name)
	if len(words) == 0 || !spokesNouns[strings.ToLower(words[len(words)-1])] && !bodyAgentNouns[strings.ToLower(words[len(words)-1])] {
		return -1
	}
	if b := d.unnamedSpokesBody(d.sentenceOf(t)); b >= 0 {
		return b
	}
	words = words[:len(words)-1]
	for len(words) > 0 && (determiners[strings.ToLower(words[0])] || spokesRanks[strings.ToLower(words[0])]) {
		words = words[1:] // "a senior Authority spokeswoman"
	}
	if len(words) == 0 {
		return -1
	}
	if h := strings.ToLower(words[0]); len(words) == 1 && (orgHeads[h] || descHeads[h] == KindOrganization) {
		// "a ministry spokesman", "Company officials": the one body the
		// description fits.
		return d.onlyBodyFitting(descKey{kind: KindOrganization, head: h})
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return -1
		}
	}
	body := strings.Join(words, " ")
	key := asciiLower(body)
	found := -1
	for ei, e := range d.ents {
		if !d.spokesBodyOK(ei) {
			continue
		}
		if e.name == body || e.forms.find(body) >= 0 || !strings.Contains(key, " ") && nameEndsIn(e.nameKey(), key) {
			if found >= 0 && found != ei {
				return -1 // two bodies of that name: neither
			}
			found = ei
		}
	}
	return found
}

// bodyAgentNouns are the people who speak and act for the body named
// before them ("Ministry officials", "company executives"), as its
// spokespeople do.
var bodyAgentNouns = setOf("officials", "executives")

// bodyAgents reports a plural subject of the people of a body, with the
// body's word or name before them: "Company officials", "Ministry
// officials", "Harlan executives". "It" after their verb of saying is
// their body ("Company officials said it would reopen the pit").
func (d *doc) bodyAgents(a argument) bool {
	if !a.found() || a.head <= a.start || !bodyAgentNouns[d.tokLower(a.head)] || d.cover[a.head] != 0 {
		return false
	}
	p := a.head - 1
	if c := d.cover[p]; c != 0 {
		e := d.ments[c-1].ent
		return e >= 0 && (d.ents[e].kind == KindOrganization || d.ents[e].kind == KindCountry)
	}
	return d.tokIn(p, inOrgHeads) || d.tokIn(p, inDescHeads) && descHeads[d.tokLower(p)] == KindOrganization
}

// onlyBodyFitting returns the one body the description k fits that a
// spokesperson can speak for, or -1 when none does or more than one.
func (d *doc) onlyBodyFitting(k descKey) int {
	found := -1
	for ei, e := range d.ents {
		if d.spokesBodyOK(ei) && d.descFits(k, e) {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// promiseVerbs commit their subject to what the clause after "that" tells:
// "pledged that the council would clear the drains".
var promiseVerbs = setOf("promise", "pledge", "vow", "guarantee", "undertake", "assure")

// promiseThat returns the "that" after the promise verb at t ("He
// promised that…", "pledged on Monday that…"), or -1: the clause it opens
// is the promise's content.
func (d *doc) promiseThat(t, hi int) int {
	if !promiseVerbs[lemmaName(d.lemmaAt(t))] || d.toks[t].flags&fInQuote != 0 {
		return -1
	}
	for k := t + 1; k < hi && k <= t+6; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		if d.tokLower(k) == "that" {
			return k
		}
		if d.lex[k]&lexFunction != 0 && !isPreposition(d.tokLower(k)) {
			return -1
		}
	}
	return -1
}

// underPromise reports a modal at t inside the content clause opened by
// the "that" at p ("…vowed that the government would cut the deficit,
// and that it would sell its stake in the Post"): the same promise, which its
// verb's item holds, not another's commitment. A contrast, a semicolon,
// a quote or a new verb of speech ends the content.
func (d *doc) underPromise(p, t int) bool {
	for k := p + 1; k < t; k++ {
		tk := d.toks[k]
		if tk.kind == tQuote || tk.flags&fInQuote != 0 {
			return false
		}
		if tk.kind == tPunct {
			if c := d.text[tk.s]; c == ';' || c == ':' {
				return false
			}
			continue
		}
		if w := d.tokLower(k); tk.kind == tWord && (contrastWords[w] || d.lex[k]&lexSpeech != 0 && d.cover[k] == 0 && !weakSpeechVerbs[w]) {
			return false
		}
	}
	return true
}

// passiveAgent returns the actor named after "by" right after the passive
// participle at p (across an adverb or a short complement, within the
// clause ending at end): "would be reopened by Dunmore Highways", "would
// be distributed to clinics by the Red Cross". A time ("by Friday", "by
// the end of 2027"), a figure ("by 20%") or an agent that names no actor
// ("by contractors") is none: noActor.
func (d *doc) passiveAgent(p, end int) actorRef {
	for k := p + 1; k < end && k <= p+5; k++ {
		tk := d.toks[k]
		if tk.kind == tPunct || tk.kind == tQuote {
			return noActor
		}
		if tk.kind != tWord || d.cover[k] != 0 || d.tokLower(k) != "by" {
			continue
		}
		j := k + 1
		if j < end && d.tokLower(j) == "the" {
			j++
		}
		if j >= end || d.cover[j] == 0 {
			return noActor
		}
		m := d.ments[d.cover[j]-1]
		if m.ent < 0 || m.form == formPlace || m.form == formPronoun || m.flags&(mAdj|mPoss) != 0 {
			return noActor
		}
		if kd := d.ents[m.ent].kind; kd == KindPerson || kd == KindOrganization || kd == KindCountry {
			return actorRef{ent: int(m.ent)}
		}
		return noActor
	}
	return noActor
}
