package brief

import "strings"

// This file holds the rules that merge one person named differently by
// different articles: outlets disagree on given names ("Aurelio Ravel
// Kusnadi", "Benedikt Ravel Kusnadi"), drop them ("Ravel Kusnadi") or name
// someone by surname alone, which the engine then cannot tell from an
// organisation ("Kusnadi, who leads the rescue agency, said…"). mergeDocsFrom applies them only between articles, never inside one,
// so the analysis of a single article does not change.

// sharedGivenNames compares two full names of people with the same surname
// and returns the given names both use, in the order of a ("ravel" for
// "Aurelio Ravel Kusnadi" and "Benedikt Ravel Kusnadi"); none in
// common ("Jane Smith", "John Smith") means two people.
func sharedGivenNames(a, b string) []string {
	gb := givenNames(b)
	var shared []string
	for _, x := range givenNames(a) {
		for _, y := range gb {
			if x == y && len(strings.TrimSuffix(x, ".")) > 1 {
				shared = append(shared, x)
				break
			}
		}
	}
	return shared
}

// givenNames are the lower-cased words of a name before its surname.
func givenNames(name string) []string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return nil
	}
	return f[:len(f)-1]
}

// sharedName is the form of a person's name that two outlets agree on: the
// given names both use and the surname, written as name writes them
// ("Ravel Kusnadi").
func sharedName(name string, shared []string) string {
	f := strings.Fields(name)
	var out []string
	for _, w := range f[:len(f)-1] {
		for _, s := range shared {
			if strings.EqualFold(w, s) {
				out = append(out, w)
				break
			}
		}
	}
	return strings.Join(append(out, f[len(f)-1]), " ")
}

// surnameAlone reports whether an entity is a lone capitalised word the
// engine filed as an organisation only for want of knowing better: one word,
// not an acronym, that neither the gazetteer nor an organisation's head word
// ("Council", "Bank") vouches for in any of its mentions. Another article
// naming a person with that surname tells what it is.
func (d *doc) surnameAlone(e *entity) bool {
	if e.kind != KindOrganization || strings.ContainsAny(e.name, " -") || strings.ToUpper(e.name) == e.name {
		return false
	}
	named := false
	for _, mi := range e.ments {
		m := d.ments[mi]
		switch m.form {
		case formPronoun, formDesc:
			continue
		case formUnknown:
			named = true
		default:
			return false
		}
	}
	return named
}
