package brief

import "strings"

// FullTitle returns role with its abbreviated titles written in full, as a
// page prints a role: "Sen." → "Senator", "Lt. Gov." → "Lieutenant
// Governor", "Atty. Gen." → "Attorney General", "Texas Gov." → "Texas
// Governor". A role whose dotted words are not all titles the table knows
// ("Cpl. Maj.", with "Cpl." left out of it) is returned as written, never
// half expanded; so is a role without abbreviations, and the dots of a
// name ("U.S. Sen." → "U.S. Senator") are kept.
func FullTitle(role string) string {
	if !strings.Contains(role, ".") {
		return role
	}
	words := strings.Fields(role)
	changed := false
	for i, w := range words {
		stem, ok := strings.CutSuffix(w, ".")
		if !ok || strings.Contains(stem, ".") {
			continue // "Senate", "U.S."
		}
		full, known := titlesInFull[strings.ToLower(stem)]
		if !known {
			if isUpperByte(stem[0]) && len(stem) <= 5 {
				return role // an abbreviation the table does not know
			}
			continue
		}
		words[i], changed = full, true
	}
	if !changed {
		return role
	}
	return strings.Join(words, " ")
}

// titlesInFull are the titles written abbreviated before a name, as US
// wire copy does (AP style), with the word each stands for: the
// abbreviations are ones the sentence splitter knows a dot does not end a
// sentence after, and each word is one of titleHeads (the test checks
// both).
var titlesInFull = map[string]string{
	"sen": "Senator", "rep": "Representative", "gov": "Governor", "lt": "Lieutenant", "lieut": "Lieutenant",
	"gen": "General", "col": "Colonel", "maj": "Major", "capt": "Captain", "cpt": "Captain", "cmdr": "Commander",
	"adm": "Admiral", "sgt": "Sergeant", "supt": "Superintendent", "det": "Detective", "insp": "Inspector",
	"prof": "Professor", "amb": "Ambassador", "atty": "Attorney", "rev": "Reverend", "pres": "President",
	"sec": "Secretary", "fr": "Father", "brig": "Brigadier",
}
