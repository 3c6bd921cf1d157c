package brief

import "strings"

// nameAsWritten gives a one-word name that the article writes in capitals
// (an acronym: "NATO", "ASEAN"), and never as the gazetteer does, the
// article's form, where the gazetteer's differs only in case ("Nato", "Asean", as British outlets write them,
// and an article of theirs keeps). A brand's own mixed case ("PayPal",
// "GitHub") stays whatever the article's spelling.
func (d *doc) nameAsWritten() {
	for _, e := range d.ents {
		if strings.ContainsRune(e.name, ' ') || e.forms.count(e.name) > 0 {
			continue
		}
		if up := strings.ToUpper(e.name); up != e.name && e.forms.count(up) > 0 {
			e.name = up
		}
	}
}
