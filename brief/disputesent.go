package brief

import "strings"

// A letter, a note or a statement that accuses, sent or handed to someone
// ("The Vestmark Group sent Kalon Motors a letter accusing it of…",
// "Kenya handed Tanzania a protest note accusing its navy of…", "the
// union wrote to Calder Terminals, accusing the company of…"): the
// sender, the subject of the verb of sending, is the accuser, not the
// one the letter went to; and the one it went to is the one accused when
// the accusation names it only by a pronoun or a bare description.

// sendVerbs send or hand a document to someone: "sent the minister a
// letter", "handed Tanzania a note", "wrote to the council".
var sendVerbs = setOf("sent", "send", "sends", "sending", "handed", "hand", "hands", "delivered", "deliver",
	"delivers", "gave", "give", "gives", "wrote", "write", "writes", "written", "addressed", "emailed", "posted")

// sentDocNouns are what is sent: a letter, a note, a statement.
var sentDocNouns = setOf("letter", "letters", "note", "notes", "statement", "memo", "email", "message", "complaint",
	"protest", "ultimatum", "warning", "notice", "dossier", "demarche")

// sentDocument reads the communication that the -ing cue at t follows:
// "[sender] sent [recipient] a letter", "sent a letter to [recipient]",
// "wrote to [recipient] on Monday,". It returns the sender, the recipient
// (noActor when none is named) and whether t follows one.
func (d *doc) sentDocument(t int) (actorRef, actorRef, bool) {
	lo := d.sentTokLo(t)
	k := t - 1
	if k >= lo && d.toks[k].kind == tPunct && d.text[d.toks[k].s] == ',' {
		k--
	}
	k = d.timeBack(k, lo) // "wrote to the council on Monday,"
	recipient := noActor
	// "… to Kalon Motors": the recipient after "to".
	if k >= lo && d.cover[k] != 0 {
		m := d.ments[d.cover[k]-1]
		s := d.lowerRoleStart(int(m.r0)) - 1
		if s >= lo && d.toks[s].kind == tWord && d.cover[s] == 0 && d.tokLower(s) == "the" {
			s--
		}
		if s < lo || d.tokLower(s) != "to" || int(m.t1)-1 != k {
			return noActor, noActor, false
		}
		recipient = d.namedOwner(m)
		if !recipient.ok() {
			return noActor, noActor, false
		}
		k = s - 1
		if k >= lo && d.toks[k].kind == tWord && sendVerbs[d.tokLower(k)] {
			return d.sender(k, recipient) // "wrote to the council"
		}
	}
	// The document: its head and up to three modifiers, then "a" or "the".
	if k < lo || d.toks[k].kind != tWord || !sentDocNouns[d.tokLower(k)] {
		return noActor, noActor, false
	}
	j := k - 1
	for n := 0; n < 3 && j >= lo && d.toks[j].kind == tWord && d.cover[j] == 0 && d.toks[j].flags&fCap == 0 &&
		!d.tokIn(j, inDeterminers) && !sendVerbs[d.tokLower(j)]; n++ {
		j--
	}
	if j < lo || d.toks[j].kind != tWord || !d.tokIn(j, inDeterminers) {
		return noActor, noActor, false
	}
	j--
	// The recipient before it: "sent Kalon Motors a letter".
	if j >= lo && d.cover[j] != 0 {
		m := d.ments[d.cover[j]-1]
		if recipient.ok() || m.flags&mPoss != 0 {
			return noActor, noActor, false
		}
		recipient = d.namedOwner(m)
		j = d.lowerRoleStart(int(m.r0)) - 1
		if j >= lo && d.cover[j] == 0 && (d.tokLower(j) == "the" || d.isTitleWord(j)) {
			j--
		}
	} else if j >= lo && d.toks[j].kind == tWord && d.tokIn(j, inDeterminers) {
		// "sent the governor a letter": a recipient the article does not
		// name, or one told by a description.
		j--
		for n := 0; n < 2 && j >= lo && d.toks[j].kind == tWord && d.cover[j] == 0 && !sendVerbs[d.tokLower(j)]; n++ {
			j--
		}
	}
	if j < lo || d.toks[j].kind != tWord || !sendVerbs[d.tokLower(j)] || strings.HasPrefix(d.tokLower(j), "writ") && !recipient.ok() {
		return noActor, noActor, false
	}
	return d.sender(j, recipient)
}

// sender returns the named subject of the verb of sending at v, with the
// recipient.
func (d *doc) sender(v int, recipient actorRef) (actorRef, actorRef, bool) {
	s := d.subjectArg(v)
	if s.thing || s.ref.ent < 0 || d.ents[s.ref.ent].kind == KindOther || s.ref.ent == recipient.ent {
		return noActor, noActor, false
	}
	return actorRef{ent: s.ref.ent}, recipient, true
}

// standInObject reports an object of the cue at t that names its actor
// only by a pronoun or a bare description ("accusing it", "accusing the
// company", "accusing its navy"), with no name of its own.
func (d *doc) standInObject(t, hi int) bool {
	k := t + 1
	if k >= hi || d.toks[k].kind != tWord {
		return false
	}
	w := d.tokLower(k)
	switch {
	case objectPronouns[w] && w != "us" && w != "me" && w != "you":
		return true
	case w == "its" || w == "their" || w == "his" || w == "her" || w == "the":
		// A bare noun after it, with no name: "its navy", "the company".
		h := d.thingHead(k+1, hi)
		return h >= 0 && (h+1 >= hi || d.cover[h+1] == 0)
	}
	return false
}

// timeWords end a time adjunct: "on Monday", "last week", "on Friday
// evening", "yesterday".
var timeWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
	"month", "year", "weekend", "yesterday", "today", "evening", "morning", "afternoon", "night")

// timeBack returns the token before the time adjunct that ends at token k
// ("on Monday", "last week", "on Friday evening", "yesterday"), or k when
// none ends there.
func (d *doc) timeBack(k, lo int) int {
	if k < lo || d.toks[k].kind != tWord || !timeWords[d.tokLower(k)] {
		return k
	}
	k--
	for k >= lo && d.toks[k].kind == tWord {
		switch w := d.tokLower(k); {
		case weekdays[w], w == "on", w == "last", w == "this", w == "earlier", w == "late", w == "at":
			k--
		default:
			return k
		}
	}
	return k
}
