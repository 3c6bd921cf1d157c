package brief

import (
	"strings"
)

// actorRef is an actor taking part in a commitment or dispute: an entity,
// or the name of one not in the entity list (an unnamed source).
type actorRef struct {
	ent  int
	name string
}

func (r actorRef) ok() bool { return r.ent >= 0 || r.name != "" }

var noActor = actorRef{ent: -1}

// quoteAt returns the quote item whose words contain token t, or -1.
func (d *doc) quoteItemAt(t int) int {
	si := d.sentenceOf(t)
	for i := range d.quoteItems {
		q := d.quoteItems[i]
		if q.sent <= si && si <= q.sent+q.span {
			return i
		}
	}
	return -1
}

// clauseStart returns the first token of the clause holding token t: the
// sentence start, or just after a semicolon, a quotation mark, or a
// conjunction that opens a new clause.
func (d *doc) clauseStart(t int) int {
	si := d.sentenceOf(t)
	lo, _ := d.sentRange(si)
	inQ := d.toks[t].flags&fInQuote != 0
	for k := t - 1; k >= lo; k-- {
		tk := d.toks[k]
		if (tk.flags&fInQuote != 0) != inQ || tk.kind == tQuote {
			return k + 1
		}
		if tk.kind == tPunct {
			c := d.text[tk.s]
			if c == ';' || c == ':' || c == '(' {
				return k + 1
			}
			continue
		}
		switch d.tokLower(k) {
		case "while", "although", "though", "whereas", "because", "if", "unless":
			return k + 1
		case "and", "but":
			// ", and Nigeria will…": a comma and a conjunction open a clause.
			if k > lo && d.toks[k-1].kind == tPunct && d.text[d.toks[k-1].s] == ',' {
				return k + 1
			}
			if d.tokLower(k) == "but" {
				return k + 1
			}
			// "His father was Kenyan and the president is expected…": a new
			// clause when a determiner or a pronoun follows.
			if k+1 < len(d.toks) {
				n := d.tokLower(k + 1)
				if n == "the" || n == "a" || n == "he" || n == "she" || n == "they" || n == "it" || n == "we" || n == "i" {
					return k + 1
				}
			}
		}
	}
	return lo
}

// subjectOf finds the actor that is the subject of the verb or adjective at
// token t: the nearest actor before it in its clause that is not inside a
// prepositional phrase or used as an adjective; "I" and "we" inside a quote
// stand for the quote's speaker, "it" and "they" for the organisation or
// group last acting.
func (d *doc) subjectOf(t int) actorRef {
	lo := d.clauseStart(t)
	for k := t - 1; k >= lo; k-- {
		tk := d.toks[k]
		if tk.kind != tWord {
			continue
		}
		w := d.tokLower(k)
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			k = int(m.t0)
			if m.flags&mAdj != 0 && !(k+1 < len(d.toks) && isGroupHead(d.tokLower(int(m.t1)))) || m.form == formPlace {
				continue
			}
			if p := k - 1; p >= lo && d.toks[p].kind == tWord {
				pw := d.tokLower(p)
				for p > lo && determiners[pw] {
					p--
					pw = d.tokLower(p)
				}
				if isPreposition(pw) && pw != "of" {
					continue
				}
			}
			if m.form == formPronoun {
				if m.ent >= 0 {
					return actorRef{ent: int(m.ent)}
				}
				if ei := d.antecedent(int(m.t0), m.gender, -1); ei >= 0 {
					return actorRef{ent: ei}
				}
				return noActor
			}
			if m.ent >= 0 {
				// "Mr. Warner, the Virginia Democrat, called…": the person
				// the apposition describes is the subject.
				if p := d.appositionOf(m); p >= 0 {
					return actorRef{ent: p}
				}
				// "Britain and Nigeria agreed": the first of the conjoined
				// subjects leads.
				e := int(m.ent)
				first := int(m.t0)
				for p := int(m.t0) - 1; p-1 >= lo && d.toks[p].kind == tWord && d.tokLower(p) == "and"; {
					c2 := d.cover[p-1]
					if c2 == 0 {
						break
					}
					m2 := d.ments[c2-1]
					if m2.ent < 0 || m2.form == formPlace || m2.form == formPronoun || m2.flags&mAdj != 0 {
						break
					}
					e = int(m2.ent)
					first = int(m2.t0)
					p = first - 1
				}
				// "a solution for Israelis and Palestinians would…": the
				// conjoined names sit in a prepositional phrase.
				if p := first - 1; p > lo && first != int(m.t0) && d.toks[p].kind == tWord && isPreposition(d.tokLower(p)) {
					k = first
					continue
				}
				return actorRef{ent: e}
			}
			continue
		}
		switch w {
		case "i", "we", "me", "us":
			if tk.flags&fInQuote != 0 {
				if qi := d.quoteItemAt(k); qi >= 0 {
					q := d.quoteItems[qi]
					return actorRef{ent: q.ent, name: q.speaker}
				}
			}
			return noActor
		case "it", "they":
			if ei := d.neuterAntecedent(k, w == "they"); ei >= 0 {
				return actorRef{ent: ei}
			}
			return noActor
		case "who", "which":
			// "Mr Trump, who took office…": the relative pronoun's antecedent
			// comes before it; keep looking left.
			continue
		case "that", "whether":
			// "She said the state had never shown that a rule would…": the
			// subject of the cue is inside the that-clause, not before it.
			// ("calls that into question": a demonstrative; go on.)
			if k+1 < t {
				n := d.tokLower(k + 1)
				if determiners[n] || d.cover[k+1] != 0 || d.toks[k+1].flags&fCap != 0 || n == "it" || n == "they" || n == "we" || n == "he" || n == "she" {
					return noActor
				}
			}
			continue
		}
	}
	return noActor
}

// isGroupHead reports a noun that makes a demonym an actor: "European
// leaders", "British officials".
func isGroupHead(w string) bool {
	switch w {
	case "leaders", "officials", "government", "ministers", "authorities", "forces", "troops", "diplomats",
		"negotiators", "partners", "allies", "lawmakers", "leader", "president", "army", "military", "police":
		return true
	}
	return false
}

// objectAfter finds the first actor named after token t in its clause (the
// other party of a dispute: "criticised the Prime Minister").
func (d *doc) objectAfter(t int, exclude int) actorRef {
	si := d.sentenceOf(t)
	_, hi := d.sentRange(si)
	inQ := d.toks[t].flags&fInQuote != 0
	for k := t + 1; k < hi && k < t+14; k++ {
		tk := d.toks[k]
		if (tk.flags&fInQuote != 0) != inQ {
			break
		}
		if tk.kind == tPunct && (d.text[tk.s] == ';' || d.text[tk.s] == '.' && !d.abbrevDot(k)) {
			break
		}
		// "condemned the attack and said the U.S. government…": the
		// object ends where another clause starts.
		if tk.kind == tWord && d.cover[k] == 0 && (objectStops[d.tokLower(k)] || d.lex[k]&lexSpeech != 0 && k > t+1) {
			break
		}
		if c := d.cover[k]; c != 0 {
			m := d.ments[c-1]
			ref := noActor
			switch {
			case m.form == formPlace:
			case m.form == formPronoun && m.ent >= 0:
				ref = actorRef{ent: int(m.ent)}
			case m.form != formPronoun && m.ent >= 0:
				ref = actorRef{ent: int(m.ent)}
			}
			k = int(m.t1) - 1
			if ref.ok() && ref.ent != exclude {
				return ref
			}
		}
	}
	return noActor
}

// objectStops open a new clause after a verb's object.
var objectStops = setOf("who", "which", "while", "whereas", "although", "though", "because", "but", "saying",
	"adding", "whose")

// reportingSpeaker returns who reports a clause ("A senior official said
// the talks would…"): the subject of a speech verb before token t in its
// sentence, or the speaker of the quote t is in.
func (d *doc) reportingSpeaker(t int) actorRef {
	if d.toks[t].flags&fInQuote != 0 {
		if qi := d.quoteItemAt(t); qi >= 0 {
			q := d.quoteItems[qi]
			if q.ent >= 0 || q.speaker != "" {
				return actorRef{ent: q.ent, name: q.speaker}
			}
		}
		return noActor
	}
	si := d.sentenceOf(t)
	lo, hi := d.sentRange(si)
	for k := lo; k < hi; k++ {
		if k == t {
			continue
		}
		if d.toks[k].kind == tWord && d.lex[k]&lexSpeech != 0 && !weakSpeechVerbs[d.tokLower(k)] && d.toks[k].flags&fInQuote == 0 {
			if sp := d.subjectBefore(lo, k); sp.ok() {
				return actorRef{ent: sp.ent, name: sp.desc}
			}
			if sp := d.npAt(k+1, hi); sp.ok() && k > t {
				return actorRef{ent: sp.ent, name: sp.desc}
			}
		}
	}
	return noActor
}

// negatedBefore reports a negation in the few words before token t in its
// clause ("not", "never", "refused to", "won't").
func (d *doc) negatedBefore(t int) bool {
	lo := d.clauseStart(t)
	for k := t - 1; k >= lo && k >= t-4; k-- {
		w := d.tokLower(k)
		switch w {
		case "not", "never", "no", "refused", "refuses", "declined", "declines", "refrained", "unwilling",
			"unable", "failed", "fails", "nor", "neither", "cannot", "hardly":
			return true
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n\u2019t") {
			return true
		}
	}
	return false
}

// timeExpr finds a time expression in tokens [t, hi): "on Friday", "next
// month", "by 2027", "this week", "tomorrow".
func (d *doc) timeExpr(t, hi int) string {
	for k := t; k < hi; k++ {
		if d.toks[k].kind != tWord && d.toks[k].kind != tNum {
			continue
		}
		w := d.tokLower(k)
		switch w {
		case "tomorrow", "today", "tonight", "soon", "shortly", "immediately":
			return d.tokText(k)
		case "on", "by", "in", "next", "this", "until", "before", "from", "within", "later", "early", "late", "end":
			if k+1 >= hi {
				continue
			}
			// "in the autumn", "by the end of the year", "at the start of
			// March": skip the article and the part of the period.
			h := k + 1
			if w != "next" && w != "this" && w != "later" && w != "early" && w != "late" {
				for h+1 < hi && h < k+6 {
					hw := d.tokLower(h)
					if hw == "the" || hw == "end" || hw == "start" || hw == "beginning" || hw == "middle" || hw == "of" {
						h++
						continue
					}
					break
				}
				if h > k+1 && !(d.toks[h].kind == tNum || isTimeWord(d.tokLower(h)) || isCalendarWord(d.tokLower(h))) {
					h = k + 1
				}
			}
			n := d.tokLower(h)
			// "on 1 January", "by 31 March 2027": a day before the month.
			dayMonth := d.toks[h].kind == tNum && len(n) <= 2 && h+1 < hi && isCalendarWord(d.tokLower(h+1))
			if dayMonth || d.toks[h].kind == tNum && len(n) == 4 && (n[0] == '1' || n[0] == '2') ||
				isTimeWord(n) || d.g.nonActor[n] && isCalendarWord(n) || isMidPeriod(n) {
				end := h + 1
				for end < hi && (isTimeWord(d.tokLower(end)) || d.toks[end].kind == tNum ||
					isCalendarWord(d.tokLower(end)) || d.tokLower(end) == "of" && end+1 < hi && d.toks[end+1].kind == tNum) && end < h+4 {
					end++
				}
				return d.spanText(k, end)
			}
			if (w == "within" || w == "in") && d.toks[k+1].kind == tNum && k+2 < hi && isTimeWord(d.tokLower(k+2)) {
				return d.spanText(k, k+3)
			}
		}
	}
	return ""
}

// isMidPeriod reports "mid-December", "mid-2027", "mid-year".
func isMidPeriod(w string) bool {
	p, ok := strings.CutPrefix(w, "mid-")
	if !ok || p == "" {
		return false
	}
	if len(p) == 4 && (p[0] == '1' || p[0] == '2') && strings.Trim(p, "0123456789") == "" {
		return true
	}
	return isTimeWord(p) || isCalendarWord(p)
}

func isTimeWord(w string) bool {
	switch w {
	case "week", "weeks", "month", "months", "year", "years", "day", "days", "weekend", "morning", "afternoon",
		"evening", "summer", "winter", "spring", "autumn", "fall", "decade", "quarter", "term", "session":
		return true
	}
	return false
}

func isCalendarWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// appositionOf returns the person that mention m describes when m is an
// apposition set off by commas after that person's name ("Mr. Warner, the
// Virginia Democrat, called…"), or -1.
func (d *doc) appositionOf(m mention) int {
	if m.ent < 0 || d.ents[m.ent].kind == KindPerson || int(m.t1) >= len(d.toks) || d.toks[m.t1].kind != tPunct || d.text[d.toks[m.t1].s] != ',' {
		return -1
	}
	k := int(m.r0) - 1
	for n := 0; k > 0 && n < 4 && d.toks[k].kind == tWord; n++ {
		k--
	}
	if k < 1 || d.toks[k].kind != tPunct || d.text[d.toks[k].s] != ',' || d.sentenceOf(k) != int(m.sent) {
		return -1
	}
	c := d.cover[k-1]
	if c == 0 {
		return -1
	}
	p := d.ments[c-1]
	if p.ent < 0 || d.ents[p.ent].kind != KindPerson {
		return -1
	}
	return int(p.ent)
}
