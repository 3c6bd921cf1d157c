package brief

import "strings"

// Reactions told as disapproval (CAMEO 110, 111): "Kenya reacted angrily
// to the decision by Tanzania", "the union responded furiously to Calder
// Terminals' announcement", "Nigeria reacted with dismay to Ghana's
// decision". The verbs and manners come from the CAMEO verb file's REACT
// block (lexdata/reactions.tsv). The one who reacts is one side; the one
// reacted to — named after "to", the owner or maker of what is reacted to,
// or, for "that remark" or "the claim", the subject of the sentence
// before — is the other. A reaction with no one named after "to" is left
// out: anger with one side only is a feeling, not a dispute.

// reactionWeight is the weight of a reaction dispute with both sides
// named: a dispute verb's, and one for the second side.
const reactionWeight = 4

// reactedThings are what a side says or does that another reacts to and
// that the sentence before tells of: "that remark", "the claim", "the
// decision".
var reactedThings = setOf("remark", "remarks", "comment", "comments", "claim", "claims", "accusation",
	"accusations", "allegation", "allegations", "criticism", "statement", "suggestion", "words", "attack",
	"decision", "move", "announcement", "proposal")

// reactionDispute finds a reaction of disapproval in the sentence [lo, hi).
func (d *doc) reactionDispute(lo, hi int) docDispute {
	tab := lexData()
	if lo >= hi || !d.sentHasWord(&d.react, tab.reactWords, d.sentenceOf(lo)) {
		return docDispute{}
	}
	for v := lo; v < hi; v++ {
		if !d.narrationWord(v) {
			continue
		}
		w := d.tokLower(v)
		tags, ok := tab.reactForms[w]
		if !ok || tags&(formPast|formPresent) == 0 && !(tags&formIng != 0 && d.progressiveAt(v)) || d.negatedBefore(v) {
			continue // "would react angrily": a guess; "did not react"
		}
		code, end := d.mannerAt(v+1, hi)
		if code == "" || end >= hi || d.tokLower(end) != "to" {
			continue
		}
		s := d.subjectArg(v)
		if s.thing || !s.ref.ok() || s.ref.ent >= 0 && d.ents[s.ref.ent].kind == KindOther {
			continue
		}
		r := d.reactionTarget(end+1, hi)
		if !r.ok() || r.ent == s.ref.ent {
			continue
		}
		x := docDispute{cue: w, score: reactionWeight, cameo: code, cueTok: v}
		x.add(s.ref)
		x.add(r)
		x.topic = d.disputeTopic(v, hi)
		return x
	}
	return docDispute{}
}

// mannerAt reads a manner of disapproval at token k ("angrily", "with
// dismay", "very bitterly", "with alarm") and returns its code and the
// token after it, or "".
func (d *doc) mannerAt(k, hi int) (string, int) {
	manners := lexData().reactManners
	for try := 0; try < 2 && k < hi; try++ {
		for n := 3; n >= 1; n-- {
			if k+n > hi {
				continue
			}
			var b strings.Builder
			ok := true
			for j := k; j < k+n; j++ {
				if d.toks[j].kind != tWord || d.cover[j] != 0 {
					ok = false
					break
				}
				if j > k {
					b.WriteByte(' ')
				}
				b.WriteString(d.tokLower(j))
			}
			if !ok {
				continue
			}
			p := b.String()
			if c := manners[p]; c != "" {
				return c, k + n
			}
			if rest, with := strings.CutPrefix(p, "with "); with {
				if c := manners[rest]; c != "" {
					return c, k + n // "with alarm"
				}
			}
		}
		// "reacted very angrily", "responded so bitterly"
		if d.toks[k].kind != tWord || !isAdverb(d.tokLower(k)) {
			break
		}
		k++
	}
	return "", k
}

// reactionTarget returns the one reacted to, in the phrase at token k
// after "to": a name ("to Kenmore Council"), the owner of what is reacted
// to ("to Calder Terminals' announcement"), its maker ("to the decision
// by Tanzania"), or, for a thing the sentence before tells of ("that
// remark", "the claim"), that sentence's subject.
func (d *doc) reactionTarget(k, hi int) actorRef {
	if k >= hi || d.toks[k].kind != tWord {
		return noActor
	}
	j := k
	if d.cover[j] == 0 && (d.tokLower(j) == "the" || d.isTitleWord(j)) && j+1 < hi {
		j++
	}
	if d.cover[j] != 0 {
		m := d.ments[d.cover[j]-1]
		if m.flags&mPoss == 0 && int(m.t1) < hi && d.toks[m.t1].kind == tWord && d.plainLower(int(m.t1)) &&
			!isPreposition(d.tokLower(int(m.t1))) {
			return noActor // "to Kenya trade talks": a thing named after a name
		}
		return d.namedOwner(m)
	}
	w := d.tokLower(k)
	if !determiners[w] && w != "that" && w != "this" && w != "these" && w != "those" {
		return noActor
	}
	h := d.thingHead(k+1, hi)
	if h < 0 {
		return noActor
	}
	if h+2 < hi && (d.tokLower(h+1) == "by" || d.tokLower(h+1) == "from" || d.tokLower(h+1) == "of") {
		return d.agentNamed(h+2, hi)
	}
	if w == "a" || w == "an" || !reactedThings[d.tokLower(h)] {
		return noActor
	}
	si := d.sentenceOf(k)
	if si == 0 {
		return noActor
	}
	if e := d.sentenceSubjectEnt(si - 1); e >= 0 && d.ents[e].kind != KindOther {
		return actorRef{ent: e}
	}
	return noActor
}
