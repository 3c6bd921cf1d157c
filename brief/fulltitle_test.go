package brief

import (
	"strings"
	"testing"
)

// An abbreviated title is printed in full: the role as the page shows it
// for "Sen. Ruth Calder", "Lt. Gov. Ana Ruiz", "Texas Gov. Rosa Pike".
// Roles without an abbreviation, and ones with an abbreviation the table
// does not know, are returned as written.
func TestFullTitle(t *testing.T) {
	tests := map[string]string{
		"Sen.":               "Senator",
		"Rep.":               "Representative",
		"Gov.":               "Governor",
		"Lt. Gov.":           "Lieutenant Governor",
		"Gen.":               "General",
		"Lt. Col.":           "Lieutenant Colonel",
		"Col.":               "Colonel",
		"Sgt.":               "Sergeant",
		"Supt.":              "Superintendent",
		"Det.":               "Detective",
		"Insp.":              "Inspector",
		"Prof.":              "Professor",
		"Amb.":               "Ambassador",
		"Atty. Gen.":         "Attorney General",
		"Texas Gov.":         "Texas Governor",
		"U.S. Sen.":          "U.S. Senator",
		"Det. Chief Supt.":   "Detective Chief Superintendent",
		"Brig. Gen.":         "Brigadier General",
		"Cpl.":               "Cpl.", // not in the table: as written
		"chief executive":    "chief executive",
		"Majority Leader":    "Majority Leader",
		"head of Acme Inc.":  "head of Acme Inc.",
		"rector of St. Mary": "rector of St. Mary",
		"":                   "",
	}
	for in, want := range tests {
		if got := FullTitle(in); got != want {
			t.Errorf("FullTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// The table is built on what the engine knows: each abbreviation is one
// the sentence splitter reads as a title, and each word it stands for is a
// title head.
func TestTitlesInFullKnown(t *testing.T) {
	for ab, full := range titlesInFull {
		if !titleAbbrev[strings.ToUpper(ab[:1])+ab[1:]] {
			t.Errorf("%q: not an abbreviation the splitter knows", ab)
		}
		if !titleHeads[strings.ToLower(full)] {
			t.Errorf("%q (%q): not a title head", full, ab)
		}
	}
}

// The roles read from sentences print in full on the page's terms.
func TestAbbreviatedTitleRoles(t *testing.T) {
	an := analyzeText(t,
		`Sen. Ruth Calder, R-Okla., voted against the bill on Tuesday. Lt. Gov. Ana Ruiz said the state would appeal.`,
		`Sgt. Owen Marsh said the inquiry would report in June. Calder said she would try again.`,
		`Det. Lena Kross and Supt. Ivo Brandt told reporters the suspect had been charged. Amb. Rosa Pike said the embassy was informed.`,
		`Atty. Gen. Mara Quinn said she would appeal. Insp. Tomas Lind said the files were sealed.`,
		`Brig. Gen. Omar Sadiq said the troops would leave in May.`)
	for name, want := range map[string]string{"Ruth Calder": "Senator", "Ana Ruiz": "Lieutenant Governor",
		"Owen Marsh": "Sergeant", "Lena Kross": "Detective", "Ivo Brandt": "Superintendent", "Rosa Pike": "Ambassador",
		"Mara Quinn": "Attorney General", "Tomas Lind": "Inspector", "Omar Sadiq": "Brigadier General"} {
		a := actorNamed(an, name)
		if a == nil {
			t.Errorf("no actor %q; actors: %q", name, actorNames(an))
			continue
		}
		if got := FullTitle(a.Role); got != want {
			t.Errorf("%s: role %q prints %q, want %q", name, a.Role, got, want)
		}
	}
}
