package brief

// wordSets are bits on a word's lexicon entry (lexEntry.sets), one for
// each of the word lists below: lists the rules ask of a great many tokens
// ("is this word a report noun?" of every word of the article). classify
// copies each token's bits from its word's entry (doc.sets), so asking a
// token (tokIn) tests a bit where the list's map hashed the word again at
// every ask.
type wordSets uint64

// The word lists with a bit; tokenSets says which list each one stands for.
const (
	inReportNouns wordSets = 1 << iota
	inHonorifics
	inTitleHeads
	inTitleMods
	inAbbrevTitles
	inInstHeads
	inScornPredicates
	inStateAbbrevs
	inCompassWords
	inNonActor
	inThingHeads
	inNameConnectors
	inNameParticles
	inLocatives
	inPlaceHeads
	inOrgHeads
	inBallotHeads
	inProvisionHeads
	inDeterminers
	inOutletNouns
	inRefusedVerbs
	inSubordinators
	inTitleSmallWords
	inThingOpeners
	inSideNouns
	inVerdictWords
	inRoyalTitles
	inForeignOrgHeads
	inForeignBodyLinks
	inForeignBodyArticles
	inProductTails
	inProductWords
	inClubSuffixes
	inClubPrefixes
	inBodyHeadsLast
	inPlaceFirstWords
	inFaithAdjectives
	inRegionNouns
	inWorkNouns
	inGroupNouns
	inKinNouns
	inFrameWords
	inDescHeads
	inTimeSubordinators
	inPartyWords
	inFormerNameWords
	inRulingForms
	inExpertWords
	inPersonPronouns
	inNewcomerNouns
	inOrgKindNouns
	inMeetingNouns
	inPermitVerbs
	inWorkNounsOfTitles
	inFranchiseNouns
	// inLegislatorAcronyms holds legislatorAcronyms lower-cased: a word
	// without it is none of them ("MPs"), one with it may be ("mps").
	inLegislatorAcronyms
	inCharacterNouns
	inVesselNouns
	inArtefactNouns
)

// tokenSets returns the words of each list with a bit: the keys of
// honorifics and the words a set (setOf) holds. The lists are never
// changed once made, so the bits tell what the lists do.
func tokenSets(g *gazetteer) map[wordSets][]string {
	return map[wordSets][]string{
		inReportNouns:         setWords(reportNouns),
		inHonorifics:          mapKeys(honorifics),
		inTitleHeads:          setWords(titleHeads),
		inTitleMods:           setWords(titleMods),
		inAbbrevTitles:        setWords(abbrevTitles),
		inInstHeads:           setWords(instHeads),
		inScornPredicates:     setWords(scornPredicates),
		inStateAbbrevs:        setWords(stateAbbrevs),
		inCompassWords:        setWords(compassWords),
		inNonActor:            setWords(g.nonActor),
		inThingHeads:          setWords(thingHeads),
		inNameConnectors:      setWords(nameConnectors),
		inNameParticles:       setWords(nameParticles),
		inLocatives:           setWords(locatives),
		inPlaceHeads:          setWords(placeHeads),
		inOrgHeads:            setWords(orgHeads),
		inBallotHeads:         setWords(ballotHeads),
		inProvisionHeads:      setWords(provisionHeads),
		inDeterminers:         setWords(determiners),
		inOutletNouns:         setWords(outletNouns),
		inRefusedVerbs:        setWords(refusedVerbs),
		inSubordinators:       setWords(subordinators),
		inTitleSmallWords:     setWords(titleSmallWords),
		inThingOpeners:        setWords(thingOpeners),
		inSideNouns:           setWords(sideNouns),
		inVerdictWords:        setWords(verdictWords),
		inRoyalTitles:         mapKeys(royalTitles),
		inForeignOrgHeads:     setWords(foreignOrgHeads),
		inForeignBodyLinks:    setWords(foreignBodyLinks),
		inForeignBodyArticles: setWords(foreignBodyArticles),
		inProductTails:        setWords(productTails),
		inProductWords:        setWords(productWords),
		inClubSuffixes:        setWords(clubSuffixes),
		inClubPrefixes:        setWords(clubPrefixes),
		inBodyHeadsLast:       setWords(bodyHeadsLast),
		inPlaceFirstWords:     setWords(placeFirstWords),
		inFaithAdjectives:     setWords(faithAdjectives),
		inRegionNouns:         setWords(regionNouns),
		inWorkNouns:           setWords(workNouns),
		inGroupNouns:          mapKeys(groupNouns),
		inKinNouns:            mapKeys(kinNouns),
		inFrameWords:          setWords(frameWords),
		inDescHeads:           kindWords(descHeads),
		inTimeSubordinators:   setWords(timeSubordinators),
		inPartyWords:          setWords(partyWords),
		inFormerNameWords:     setWords(formerNameWords),
		inRulingForms:         setWords(rulingForms),
		inExpertWords:         setWords(expertWords),
		inPersonPronouns:      mapKeys(personPronouns),
		inNewcomerNouns:       mapKeys(newcomerNouns),
		inOrgKindNouns:        setWords(orgKindNouns),
		inMeetingNouns:        setWords(meetingNouns),
		inPermitVerbs:         setWords(permitVerbs),
		inWorkNounsOfTitles:   setWords(workNounsOfTitles),
		inFranchiseNouns:      setWords(franchiseNouns),
		inLegislatorAcronyms:  lowerWords(setWords(legislatorAcronyms)),
		inCharacterNouns:      setWords(characterNouns),
		inVesselNouns:         setWords(vesselNouns),
		inArtefactNouns:       setWords(artefactNouns),
	}
}

// setWords returns the words set holds (those it maps to true).
func setWords(set map[string]bool) []string {
	var out []string
	for w, ok := range set {
		if ok {
			out = append(out, w)
		}
	}
	return out
}

// kindWords returns the words m maps to a kind (not to "").
func kindWords(m map[string]ActorKind) []string {
	var out []string
	for w, k := range m {
		if k != "" {
			out = append(out, w)
		}
	}
	return out
}

// lowerWords returns words lower-cased.
func lowerWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = asciiLower(w)
	}
	return out
}

// mapKeys returns the keys of m.
func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// lexAt returns the lexicon entry of the lower-cased text of token i
// (lexLookup of tokLower).
func (d *doc) lexAt(i int) lexEntry {
	if id := d.wid[i]; id >= 0 {
		return d.words[id].lex
	}
	return d.lexOfText(i)
}

// lexOfText returns the lexicon entry of the lower-cased text of token i
// by looking it up: for the tokens other than words, which have no word
// id. It is kept out of line so that lexAt, asked of a great many
// tokens, is small enough to be inlined.
//
//go:noinline
func (d *doc) lexOfText(i int) lexEntry { return lexLookup(d.tokLower(i)) }

// tokIn reports whether the lower-cased text of token i (tokLower) is in
// the lists of sets (any of them).
func (d *doc) tokIn(i int, sets wordSets) bool { return d.sets[i]&sets != 0 }
