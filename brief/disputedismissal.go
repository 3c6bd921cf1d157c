package brief

import "strings"

// "dismissed" has two senses: a stance or a claim rejected ("dismissed
// the union's claims", "dismissed her critics", "dismissed Marsh as a
// meddler") and a post taken away ("dismissed its director", "dismissed
// 40 dock workers", "Adair was dismissed by the club"). The second is a
// sacking, no open dispute between sides (dropDismissal).

// postHolders name people who hold a post or a job, whom one dismisses
// from it; not those whose stance one dismisses ("critics", "experts",
// "protesters").
var postHolders = setOf("manager", "managers", "coach", "coaches", "staff", "employee", "employees", "worker",
	"workers", "nurse", "nurses", "teacher", "teachers", "volunteer", "volunteers", "officer", "officers", "aide",
	"aides", "adviser", "advisers", "advisor", "advisors", "director", "directors", "chief", "head", "secretary",
	"minister", "ministers", "general", "generals", "commander", "commanders", "captain", "editor", "executive",
	"executives", "ceo", "chairman", "chairwoman", "deputy", "deputies", "guard", "guards", "player", "players",
	"doctor", "doctors", "lecturer", "lecturers", "professor", "official", "officials", "engineer", "engineers",
	"pilot", "pilots", "crew", "clerk", "clerks", "ambassador", "envoy", "governor", "mayor", "trainer")

// dismissedFromPost reports whether the "dismiss" at t takes a post away:
// its object (or, in the passive, its subject) is a person named or a
// holder of a post ending its phrase, with no "as" after it ("dismissed
// Marsh as a meddler" rejects her; "the workers' claims" are claims).
func (d *doc) dismissedFromPost(t, hi int) bool {
	if d.passiveAt(t) {
		if t+1 < hi && d.tokLower(t+1) == "as" {
			return false
		}
		a := d.subjectArg(t)
		return a.found() && !a.thing && (postHolders[d.tokLower(a.head)] || d.personAt(a.head))
	}
	for k := t + 1; k < hi && k <= t+5; k++ {
		if d.toks[k].kind == tPunct || isPreposition(d.tokLower(k)) {
			return false
		}
		if c := d.cover[k]; c != 0 {
			k = int(d.ments[c-1].t1) - 1
			if d.personAt(k) {
				return d.postPhraseEnds(k+1, hi)
			}
			continue
		}
		if postHolders[d.tokLower(k)] {
			return d.postPhraseEnds(k+1, hi)
		}
	}
	return false
}

// personAt reports a person's name, not in the possessive, covering
// token k.
func (d *doc) personAt(k int) bool {
	c := d.cover[k]
	if c == 0 {
		return false
	}
	m := d.ments[c-1]
	return m.flags&mPoss == 0 && m.ent >= 0 && d.ents[m.ent].kind == KindPerson
}

// postPhraseEnds reports that the phrase of a dismissed post holder ends
// before token k: the sentence or clause goes on with punctuation that is
// no possessive mark, a preposition, a time or a new clause ("dismissed
// its director, Tom Adair, on Monday", "dismissed 40 workers last week"),
// and not with "as" or another noun ("the staff union's claims").
func (d *doc) postPhraseEnds(k, hi int) bool {
	if k >= hi {
		return true
	}
	if d.toks[k].kind == tPunct {
		r := d.text[d.toks[k].s:]
		return r[0] != '\'' && !strings.HasPrefix(r, "\u2019") // not "the workers' claims"
	}
	w := d.tokLower(k)
	return w != "as" && (isPreposition(w) || isTimeWord(w) || dismissalGoesOn[w])
}

// dismissalGoesOn open what follows a dismissed post holder's phrase.
var dismissalGoesOn = setOf("last", "this", "and", "who", "after", "before", "without", "because", "over", "earlier",
	"yesterday", "today")
