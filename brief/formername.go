package brief

import "strings"

// formerNameWords say that the name after them is one a person was born
// with or went by before: "Maren Tolvik, née Asberg", "(nee Asberg)",
// "born Maren Asberg", "formerly Lidia Moreno".
var formerNameWords = setOf("née", "nee", "born", "formerly")

// mergeFormerNames merges the name a person was born with or went by
// before, written right after her name ("Maren Tolvik, née Asberg, a
// hydrologist", "Ines Marlow (née Castell)", "Ruth Okafor, born Ruth
// Adeyemi,"), with her: a later "Asberg said" is the same actor, not a
// second person, nor an organisation the lone surname was read as. The
// former name is a surname alone or a full name with her given name
// ("Maren Asberg"), standing whole before punctuation ("born Ruth Adeyemi
// in Lagos" too); not a body she once led ("formerly Corvane chief
// executive"), a place ("born in Harlow"), nor a relative of another given
// name the surname was matched to ("Karl Asberg"). The actor keeps the
// full name the story names her by more often.
func (d *doc) mergeFormerNames() {
	for mi := 1; mi < len(d.ments); mi++ {
		m := d.ments[mi]
		t0, t1 := int(m.t0), int(m.t1)
		if m.ent < 0 || m.flags&(mPoss|mInQuote) != 0 || t0 < 3 || d.toks[t0-1].kind != tWord ||
			!d.tokIn(t0-1, inFormerNameWords) {
			continue
		}
		word := d.tokLower(t0 - 1)
		if sep := d.tokText(t0 - 2); sep != "," && sep != "(" || !d.formerNameEnds(t1, word == "born") {
			continue
		}
		p := d.ments[mi-1]
		if int(p.t1) != t0-2 || p.ent < 0 || p.ent == m.ent || p.flags&mPoss != 0 {
			continue
		}
		to, from := d.ents[p.ent], d.ents[m.ent]
		if to == nil || from == nil || len(from.ments) == 0 || to.kind != KindPerson || !d.formerNameOf(from, to, word) {
			continue
		}
		if from.kind != KindPerson {
			for _, fi := range from.ments {
				d.ments[fi].kind, d.ments[fi].form = KindPerson, formUnknown
			}
		}
		into, gone := int(p.ent), int(m.ent)
		if from.kind == KindPerson && strings.Contains(from.name, " ") && len(from.ments) > len(to.ments) {
			// "Asberg said…" throughout: the story's name for her.
			into, gone = gone, into
			if from.gender == genderUnknown {
				from.gender = to.gender
			}
		}
		d.mergeInto(gone, into)
		d.ents[gone].kind = KindOther // left empty: no body for mergeAcronyms to read
	}
}

// formerNameEnds reports whether a former name ending before token j
// stands whole: punctuation or the sentence's end follows it, or, after
// "born", the place or date of the birth ("born Ruth Adeyemi in Lagos").
func (d *doc) formerNameEnds(j int, born bool) bool {
	if j >= len(d.toks) || d.sentenceOf(j) != d.sentenceOf(j-1) {
		return true
	}
	if d.toks[j].kind == tPunct {
		switch d.tokText(j) {
		case ",", ")", ".", ";", ":", "—", "–":
			return true
		}
		return false
	}
	return born && (d.tokLower(j) == "in" || d.tokLower(j) == "on")
}

// formerNameOf reports whether entity from, the name after word, may be a
// former name of the person to: after "née", a lone surname read as a
// person's or as a body's (no body's form or place among its mentions,
// no title or role, no other gender than hers);
// after any, a person's full name with to's given name ("Maren Asberg" of
// "Maren Tolvik"). A lone name after "formerly" or "born" is as often a
// body she worked at ("Dana Lee, formerly Corvane, now runs…").
func (d *doc) formerNameOf(from, to *entity, word string) bool {
	if !strings.Contains(from.name, " ") {
		if word != "née" && word != "nee" {
			return false
		}
		if from.kind != KindPerson && from.kind != KindOrganization {
			return false
		}
		if from.gender != genderUnknown && to.gender != genderUnknown && from.gender != to.gender {
			return false // "Her father, Mr Asberg": another Asberg
		}
		for _, fi := range from.ments {
			m := &d.ments[fi]
			switch f := m.form; {
			case f == formOrg || f == formPlace || f == formCapital || f == formDemonym || f == formGroup:
				return false
			case m.flags&mLocative != 0:
				return false
			case m.title() != "" || m.role != "":
				// "Dr Asberg, the family doctor": a surname with a title
				// or a role of its own is someone the story names in
				// their own right, not her former name.
				return false
			}
		}
		return true
	}
	if from.kind != KindPerson || to.first == "" {
		return false
	}
	first, _ := personParts(from.name)
	return first == to.first
}
