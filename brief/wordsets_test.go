package brief

import (
	"testing"
	"unicode/utf8"
)

// TestWordSetBits checks that the bit of each word list on the lexicon
// entries (lexEntry.sets) tells exactly the words the list holds.
func TestWordSetBits(t *testing.T) {
	lx := lexiconMap()
	for bit, words := range tokenSets(theGazetteer()) {
		in := map[string]bool{}
		for _, w := range words {
			in[w] = true
			if lexLookup(w).sets&bit == 0 {
				t.Errorf("%q is in list %b but its entry lacks the bit", w, bit)
			}
		}
		for w, e := range lx {
			if e.sets&bit != 0 && !in[w] {
				t.Errorf("%q has the bit of list %b but the list lacks it", w, bit)
			}
		}
		if len(in) == 0 {
			t.Errorf("list %b is empty", bit)
		}
	}
}

// TestGazFirstOnEntries checks that the lexicon entries tell the
// gazetteer's firstMax of every word, and no other word a count.
func TestGazFirstOnEntries(t *testing.T) {
	g := theGazetteer()
	for w, n := range g.firstMax {
		if got := int(lexLookup(w).gazFirst); got != n {
			t.Errorf("%q: entry says %d, firstMax %d", w, got, n)
		}
	}
	for w, e := range lexiconMap() {
		if e.gazFirst != 0 && g.firstMax[w] == 0 {
			t.Errorf("%q: entry says %d, firstMax has none", w, e.gazFirst)
		}
	}
}

// TestGivenOnEntries checks that the lexicon entries tell exactly the
// gazetteer's given names (isGivenName reads them).
func TestGivenOnEntries(t *testing.T) {
	g := theGazetteer()
	for _, names := range []map[string]bool{g.male, g.female} {
		for w, ok := range names {
			if ok && !lexLookup(w).given {
				t.Errorf("%q: a given name its entry does not tell", w)
			}
		}
	}
	for w, e := range lexiconMap() {
		if e.given && !g.male[w] && !g.female[w] {
			t.Errorf("%q: the entry tells a given name the gazetteer lacks", w)
		}
	}
}

// TestTokenSets checks that every token's bits (doc.sets) are those of the
// lexicon entry of its lower-cased text, word or not.
func TestTokenSets(t *testing.T) {
	linearDocs(t, func(d *doc) {
		for i := range d.toks {
			if got, want := d.sets[i], lexLookup(d.tokLower(i)).sets; got != want {
				t.Fatalf("%s: token %d %q has bits %b, its entry %b", d.a.Title, i, d.tokText(i), got, want)
			}
		}
	})
}

// TestCommonOnEntries checks that the lexicon's lexCommon class tells
// exactly the gazetteer's ordinary words (commonAt reads it in place of
// gazetteer.common).
func TestCommonOnEntries(t *testing.T) {
	g := theGazetteer()
	for w, ok := range g.common {
		if got := lexLookup(w).class&lexCommon != 0; got != ok {
			t.Errorf("%q: entry says common %v, the gazetteer %v", w, got, ok)
		}
	}
	for w, e := range lexiconMap() {
		if e.class&lexCommon != 0 && !g.common[w] {
			t.Errorf("%q: the entry tells an ordinary word the gazetteer lacks", w)
		}
	}
}

// TestByteSets checks that byteSets tells each one-byte ASCII string's
// word-list bits as its lexicon entry does (classify reads it for
// one-byte tokens such as "&").
func TestByteSets(t *testing.T) {
	lexicon()
	if lexLookup("&").sets == 0 {
		t.Fatal(`"&" has no word-list bit: the test would check nothing`)
	}
	for c := range utf8.RuneSelf {
		if got, want := byteSets[c], lexLookup(string(rune(c))).sets; got != want {
			t.Errorf("%q: byteSets %b, entry %b", string(rune(c)), got, want)
		}
	}
}

// TestEventWordSetBits checks, by their own names, the lists whose bits
// the event finders ask instead of the maps: the bit of kinNouns
// (kinInPhrase) and of frameWords (frameDispute) is on exactly the words
// the map holds.
func TestEventWordSetBits(t *testing.T) {
	for _, c := range []struct {
		name string
		bit  wordSets
		has  func(string) bool
		n    int
	}{
		{"kinNouns", inKinNouns, func(w string) bool { _, ok := kinNouns[w]; return ok }, len(kinNouns)},
		{"frameWords", inFrameWords, func(w string) bool { return frameWords[w] }, len(frameWords)},
	} {
		n := 0
		for w, e := range lexiconMap() {
			if e.sets&c.bit != 0 {
				n++
				if !c.has(w) {
					t.Errorf("%q has the bit of %s but is not in it", w, c.name)
				}
			} else if c.has(w) {
				t.Errorf("%q is in %s but lacks its bit", w, c.name)
			}
		}
		if n != c.n {
			t.Errorf("%s: %d words with the bit, %d in the list", c.name, n, c.n)
		}
	}
}

// TestWordSetBitsAskMaps checks the bits that stand for a map's question
// in the code ("descHeads[w] != \"\"", "_, ok := groupNouns[w]") against
// that question, asked of every word of the lexicon, every key of the
// maps and some words of neither: the bits were made from the maps by
// setWords, kindWords and mapKeys, which TestWordSetBits takes on trust.
func TestWordSetBitsAskMaps(t *testing.T) {
	asks := []struct {
		name string
		bit  wordSets
		ask  func(string) bool
	}{
		{"descHeads", inDescHeads, func(w string) bool { return descHeads[w] != "" }},
		{"timeSubordinators", inTimeSubordinators, func(w string) bool { return timeSubordinators[w] }},
		{"partyWords", inPartyWords, func(w string) bool { return partyWords[w] }},
		{"formerNameWords", inFormerNameWords, func(w string) bool { return formerNameWords[w] }},
		{"rulingForms", inRulingForms, func(w string) bool { return rulingForms[w] }},
		{"expertWords", inExpertWords, func(w string) bool { return expertWords[w] }},
		{"personPronouns", inPersonPronouns, func(w string) bool { _, ok := personPronouns[w]; return ok }},
		{"groupNouns", inGroupNouns, func(w string) bool { _, ok := groupNouns[w]; return ok }},
		{"orgHeads", inOrgHeads, func(w string) bool { return orgHeads[w] }},
		{"newcomerNouns", inNewcomerNouns, func(w string) bool { _, ok := newcomerNouns[w]; return ok }},
		{"kinNouns", inKinNouns, func(w string) bool { _, ok := kinNouns[w]; return ok }},
		{"orgKindNouns", inOrgKindNouns, func(w string) bool { return orgKindNouns[w] }},
		{"meetingNouns", inMeetingNouns, func(w string) bool { return meetingNouns[w] }},
		{"permitVerbs", inPermitVerbs, func(w string) bool { return permitVerbs[w] }},
		{"workNounsOfTitles", inWorkNounsOfTitles, func(w string) bool { return workNounsOfTitles[w] }},
		{"franchiseNouns", inFranchiseNouns, func(w string) bool { return franchiseNouns[w] }},
		{"groupNouns, a kind", inGroupNouns, func(w string) bool { return groupNouns[w] != "" }},
		{"characterNouns", inCharacterNouns, func(w string) bool { return characterNouns[w] }},
		{"vesselNouns", inVesselNouns, func(w string) bool { return vesselNouns[w] }},
		{"artefactNouns", inArtefactNouns, func(w string) bool { return artefactNouns[w] }},
		{"placeHeads", inPlaceHeads, func(w string) bool { return placeHeads[w] }},
		{"titleHeads", inTitleHeads, func(w string) bool { return titleHeads[w] }},
		{"legislatorAcronyms lower-cased", inLegislatorAcronyms, func(w string) bool {
			for k := range legislatorAcronyms {
				if asciiLower(k) == w {
					return true
				}
			}
			return false
		}},
	}
	words := []string{"", "née", "Née", "nee", "he", "He", "it", "company", "firms", "labour", "Labour", "after", "x"}
	for w := range lexiconMap() {
		words = append(words, w)
	}
	words = append(words, mapKeys(descHeads)...)
	words = append(words, mapKeys(personPronouns)...)
	words = append(words, mapKeys(groupNouns)...)
	words = append(words, mapKeys(newcomerNouns)...)
	words = append(words, mapKeys(kinNouns)...)
	for w := range legislatorAcronyms {
		words = append(words, w, asciiLower(w))
	}
	for _, m := range []map[string]bool{timeSubordinators, partyWords, formerNameWords, rulingForms, expertWords, orgHeads,
		orgKindNouns, meetingNouns, permitVerbs, workNounsOfTitles, franchiseNouns, characterNouns, vesselNouns, artefactNouns,
		placeHeads, titleHeads} {
		words = append(words, mapKeys(m)...)
	}
	for _, a := range asks {
		n := 0
		for _, w := range words {
			got, want := lexLookup(w).sets&a.bit != 0, a.ask(w)
			if got != want {
				t.Errorf("%s: %q has the bit %v, the map says %v", a.name, w, got, want)
			}
			if want {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no word", a.name)
		}
	}
}
