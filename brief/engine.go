package brief

import (
	"context"
	"strings"
	"unsafe"
)

// doc is the engine's working state for one article.
type doc struct {
	a     *Article
	sent0 int // the index of a's first sentence in the text a is a block of (blockMin)
	// tail tells a doc that closes its text: the rules for an article's
	// close read it, as those for its lead read head (a text read whole
	// is both; see blockMin).
	tail  bool
	text  string // a.Text
	lower string // text with ASCII letters lowered (same offsets)
	g     *gazetteer

	// scr holds the tables reused between analyses (scratch), while the
	// analysis runs.
	scr *scratch

	toks []tok
	// low is the lower-cased text of each token (tokLower), cut once.
	low     []string
	lex     []uint16 // lexical classes of each token (lex.go)
	lem     []lemma  // lemma of each word token (lexdata.go; 0 = none)
	sentTok []int32  // tokens of sentence i: toks[sentTok[i]:sentTok[i+1]]
	tokSent []int32  // sentence of token i
	// allQuote tells the sentences that are all quote (sentAllQuote).
	allQuote []bool
	// sets tells, by token, the word lists with a bit that hold its
	// lower-cased text (wordSets; read with tokIn).
	sets []wordSets

	// wid is the word id of each word token (-1 for other tokens): the
	// index in words of its lower-cased form. Rules that ask the same of
	// every token of a word (its lexicon entry, how the article writes it,
	// whether it is a given name) read words[wid[i]], a slice, instead of
	// hashing the word into a map as large as the article's vocabulary.
	wid []int32
	// wordTab maps each lower-cased word of the article to its id
	// (wordIDOf).
	wordTab wordTable
	// words holds, by word id, what is known of each distinct word.
	words []wordInfo
	// titleCase counts, by word id, the tokens that write the word with a
	// capital first letter only (see titleCaseCount); nil until asked.
	titleCase []int32
	// writtenAloneSeen keeps writtenAlone's answers by pair of word ids.
	writtenAloneSeen map[[2]int32]bool
	// lowerRuns keeps particleWrittenLower's answers by the text it looks
	// for, and lowerRunAt the places in the text of each opening it looks
	// for (see textHas).
	lowerRuns  map[string]bool
	lowerRunAt map[string][]int32
	// meeting, appease, threat and refusal tell, by sentence, those that
	// hold a noun of meetings and talks (meetingNouns), a verb of appeasing
	// (appeaseVerbs), an act a threat announces (threatWords) or a verb a
	// refusal withholds (refusedVerbs); nil until asked (see sentHasWord).
	meeting, appease, threat, refusal []bool
	// sentFlags holds the tables of sentHasWord, cut from it (see
	// doc.sentFlags).
	sentFlags []bool
	// verdict tells the sentences that hold a verdict word
	// (verdictWords; see verdictDispute); nil until asked.
	verdict []bool
	// enough tells the sentences that hold "enough" (see
	// shortfallDispute); nil until asked.
	enough []bool
	// breach tells the sentences that hold a form of "break" (see
	// breachDispute); nil until asked.
	breach []bool
	// permit tells the sentences that hold a verb of letting another act
	// (see permitDispute); nil until asked.
	permit []bool
	// stanceAdj tells the sentences that hold an adjective of disapproval
	// (see stanceAdjDispute); nil until asked.
	stanceAdj []bool
	// frame tells the sentences that hold a word of frameWords (see
	// frameDispute); nil until asked.
	frame []bool
	// sides tells the sentences that hold a word of sidesPhraseWords (see
	// sidesDispute); nil until asked.
	sides []bool
	// react tells the sentences that hold a verb of reacting (see
	// reactionDispute); nil until asked.
	react []bool
	// occStart and occPos index the tokens of each word id (see
	// occurrences): occPos[occStart[w]:occStart[w+1]]; nil until asked.
	occStart, occPos []int32

	quotes []quoteSpan
	// pluralAcronyms holds the acronyms the article writes in the plural
	// ("BTECs"; see thingAcronym).
	pluralAcronyms map[string]bool
	// surnamesSeen holds the last words (nameKey) of the full names of
	// people found so far (see knownName).
	surnamesSeen map[string]bool
	// personWords holds the words (tokKey) of the one-word mentions of
	// people found so far (see namedPersonBefore).
	personWords map[string]bool
	// stateBodies maps the generic name of a state body (nameKey: "foreign
	// ministry") to the key of the one country the article gave it with a
	// possessive ("Egypt's Foreign Ministry"), or "" once two countries
	// have (see countryStateBody).
	stateBodies map[string]string
	// shortBodies holds the ordinary words (lower case) the article made a
	// body's own name after a noun for its kind ("the think tank Reform";
	// see shortBodyName).
	shortBodies map[string]bool

	ments []mention
	ents  []*entity
	// eidx indexes the entities while resolveEntities makes them (see
	// entIndex); nil after.
	eidx *entIndex
	// asked marks the entities latestMentioned has asked, in its call
	// numbered askedGen.
	asked    []uint32
	askedGen uint32
	// byTok maps a token index to the mention that starts there (+1; 0 = none).
	byTok []int32
	// alone holds the names used as a single word (see usedAlone).
	alone map[string]bool
	// cover maps a token index to the mention covering it (+1; 0 = none).
	cover []int32

	// english is false for articles in other languages: the English rules
	// (ordinary words, speech verbs, cues) are then not applied.
	english bool

	// lastSpeaker is the entity that spoke the previous quote (-1: none).
	// reportAuthor is the organisation behind the report the article is
	// about (-1: none); "the report" and "the study" stand for it.
	reportAuthor int
	// reportNoun is the word the article first names that report by
	// ("report", "study"), when reportAuthor is set.
	reportNoun string
	// bodyCalls holds the tokens of "body" that end an apposition calling
	// an organisation a body ("CTS, the State body that…"), found once
	// (bodyCallsRead) by calledBody.
	bodyCalls     []int32
	bodyCallsRead bool
	// epiNat and epiAge hold, for each entity, the nationality (a
	// country's name) and the age the article gives it, read once
	// (epiRead) by epithetFacts when an epithet asks.
	epiNat, epiAge []string
	epiRead        bool
	// institutions maps "government", "military" to the entity the bare
	// description stands for (see homeInstitution).
	institutions map[string]int
	// countryBodies maps a body every country has ("High Court") to the
	// name the article gives it with its country ("High Court of
	// Kenya"), "" when it names two.
	countryBodies map[string]string
	// circuits maps a circuit named alone ("Ninth Circuit") to the court
	// of appeals named with it ("US Court of Appeals for the Ninth
	// Circuit"); "" when two courts share it.
	circuits map[string]string

	lastSpeaker     int
	lastSpeakerPara int
	lastSpeakerSent int
	// antecedentDepth counts the calls of antecedentIn under way (see
	// maxAntecedentDepth).
	antecedentDepth int

	// paraMark marks each paragraph a heading, an entry's stamp or
	// prose; markCum counts the marked paragraphs before each one (see
	// markParagraphs).
	paraMark []uint8
	markCum  []int32

	quoteItems []docQuote
	// quoteAtSent maps a sentence to the first quote item whose sentences
	// hold it (+1; 0 = none): quoteItemAt's index, kept by addQuoteItem.
	quoteAtSent []int32
	commits     []docCommitment
	disputes    []docDispute
	// officials caches whether a person entity holds an office
	// (commitments.go officialPerson).
	officials map[int]bool
}

// wordInfo is what the engine knows of one distinct lower-cased word of an
// article (doc.words).
type wordInfo struct {
	lex lexEntry // its lexicon entry (lexicon), which tells a given name too
	// caps records how the article writes it (seenLower, seenCapMid).
	caps uint8
}

// Word-case evidence in wordInfo.caps.
const (
	seenLower  uint8 = 1 << iota // written in lower case somewhere
	seenCapMid                   // capitalised in the middle of a sentence
)

// analyzeDoc runs the extraction stages over one article. Once ctx is
// done it skips the stages left (AnalyzeContext then drops the result).
func analyzeDoc(ctx context.Context, a *Article) *doc {
	return analyzeBlock(ctx, block{a: a, last: true})
}

// analyzeBlock analyses block b of an article (see blockMin) as an article
// of its own.
func analyzeBlock(ctx context.Context, b block) *doc {
	a := b.a
	d := &doc{a: a, sent0: b.sent0, tail: b.last, text: a.Text, lower: asciiLower(a.Text),
		g: theGazetteer(), lastSpeaker: -1, reportAuthor: -1}
	stages := []func(){
		d.tokenizeAll,
		d.markParagraphs,
		d.classify,
		d.findQuotes,
		d.markQuotedTokens,
		d.collectCaseStats, // and whether the article is in English (looksEnglish)
		d.findMentions,
		d.resolveEntities,
		d.resolvePronouns,
		d.markOwn,
		d.attributeQuotes,
		d.dropMinorGroups,
		func() {
			if d.english {
				d.findCommitments()
			}
		},
		func() {
			if d.english {
				d.findDisputes()
			}
		},
		d.scoreEntities,
		d.nameAsWritten,
	}
	for _, stage := range stages {
		if ctx.Err() != nil {
			break
		}
		stage()
	}
	return d
}

// release lets go of the working state once the article is analysed and
// its merge facts worked out (mergeFactsOf): what merging reads (the
// entities and items) stays; the mentions go, merging reads their facts.
func (d *doc) release() {
	d.giveScratch()
	// A dispute's cue and a few name forms are words of d.lower: copied,
	// they hold no more than themselves, not the whole lower-cased text.
	for i := range d.disputes {
		d.disputes[i].cue = d.notOfLower(d.disputes[i].cue)
	}
	for _, e := range d.ents {
		for i := range e.forms.list {
			e.forms.list[i].f = d.notOfLower(e.forms.list[i].f)
		}
	}
	d.lower, d.toks, d.low, d.lex, d.sets, d.lem, d.sentTok, d.tokSent, d.allQuote = "", nil, nil, nil, nil, nil, nil, nil, nil
	d.wid, d.wordTab, d.words, d.titleCase, d.meeting, d.appease = nil, wordTable{}, nil, nil, nil, nil
	d.writtenAloneSeen, d.threat, d.refusal, d.countryBodies, d.circuits = nil, nil, nil, nil, nil
	d.lowerRuns, d.lowerRunAt = nil, nil
	d.occStart, d.occPos = nil, nil
	d.quotes, d.pluralAcronyms, d.surnamesSeen, d.personWords, d.stateBodies, d.shortBodies = nil, nil, nil, nil, nil, nil
	d.byTok, d.alone, d.cover, d.institutions, d.officials = nil, nil, nil, nil, nil
	d.eidx, d.asked, d.quoteAtSent = nil, nil, nil
	d.sides, d.react = nil, nil
	d.verdict, d.frame, d.paraMark, d.markCum, d.bodyCalls, d.epiNat, d.epiAge = nil, nil, nil, nil, nil, nil, nil
	d.enough, d.breach, d.permit, d.stanceAdj, d.sentFlags = nil, nil, nil, nil, nil
	d.ments = nil // merging reads its facts instead (mergeFacts)
}

// notOfLower returns s, or a copy of it when it is a piece of d.lower.
func (d *doc) notOfLower(s string) string {
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(d.lower)))
	if len(s) > 0 && p >= lo && p < lo+uintptr(len(d.lower)) {
		return strings.Clone(s)
	}
	return s
}

// tokenizeAll tokenizes every sentence.
func (d *doc) tokenizeAll() {
	d.toks = emptyCap(d.scratch().toks, len(d.text)/5)
	d.sentTok = make([]int32, 0, len(d.a.Sentences)+1)
	for _, s := range d.a.Sentences {
		d.sentTok = append(d.sentTok, int32(len(d.toks)))
		d.toks = tokenize(d.text, s.Start, s.End, d.toks)
	}
	d.sentTok = append(d.sentTok, int32(len(d.toks)))
	// Each token's lower-case text and sentence, in one pass over the
	// sentences' tokens (which are all the tokens).
	d.tokSent = sized(d.scratch().tokSent, len(d.toks))
	d.low = sized(d.scratch().low, len(d.toks))
	for si := 0; si+1 < len(d.sentTok); si++ {
		lo, hi := d.sentTok[si], d.sentTok[si+1]
		toks := d.toks[lo:hi]
		low, sent := d.low[lo:hi][:len(toks)], d.tokSent[lo:hi][:len(toks)]
		for k, t := range toks {
			low[k] = d.lower[t.s:t.e]
			sent[k] = int32(si)
		}
	}
}

// markQuotedTokens flags the tokens inside direct quotes, and turns the
// quotation marks themselves into quote tokens.
func (d *doc) markQuotedTokens() {
	if len(d.quotes) == 0 {
		return
	}
	qi := 0
	q := &d.quotes[0] // the first quote that ends after the token
	for i := range d.toks {
		t := &d.toks[i]
		for int(t.s) >= q.oe {
			if qi++; qi >= len(d.quotes) {
				return
			}
			q = &d.quotes[qi]
		}
		if int(t.s) >= q.s && int(t.e) <= q.e {
			t.flags |= fInQuote
		} else if t.kind == tPunct && (int(t.s) == q.os || int(t.e) == q.oe && q.closed) {
			t.kind = tQuote
		}
	}
}

// collectCaseStats records how each word is written across the article, so
// that a capitalised word at the start of a sentence can be told to be a
// name or an ordinary word. In the same pass over the tokens it counts the
// words and function words that tell whether the article is in English
// (looksEnglish), and sets d.english.
func (d *doc) collectCaseStats() {
	words, fn := 0, 0
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord {
			continue
		}
		words++
		if d.lex[i]&lexFunction != 0 {
			fn++
			if t.flags&fCap == 0 {
				continue // "the", "of": never names
			}
		}
		if t.flags&fCap != 0 && t.flags&fAllCaps == 0 && d.text[t.e-1] == 's' && pluralAcronym(d.text[t.s:t.e]) != "" {
			if d.pluralAcronyms == nil {
				d.pluralAcronyms = map[string]bool{}
			}
			d.pluralAcronyms[d.text[t.s:t.e-1]] = true
		}
		switch {
		case t.flags&fCap == 0:
			d.words[d.wid[i]].caps |= seenLower
		case t.flags&(fStart|fInQuote) == 0 && !d.afterOpener(i):
			d.words[d.wid[i]].caps |= seenCapMid
		}
	}
	d.english = looksEnglish(words, fn)
}

// afterOpener reports whether token i follows a mark or colon that starts a
// capitalised phrase (an opening quote, a colon, a dash).
func (d *doc) afterOpener(i int) bool {
	if i == 0 {
		return true
	}
	p := d.toks[i-1]
	if p.kind == tQuote {
		return true
	}
	if p.kind == tPunct {
		c := d.text[p.s]
		return c == ':' || c == '(' || c == '"' || c == '\'' || c == '[' || c == '-' || c >= 0x80
	}
	return false
}

// capStats returns how the article writes the lower-cased word w
// (seenLower, seenCapMid; 0 for a word it does not have).
func (d *doc) capStats(w string) uint8 {
	if id, ok := d.wordIDOf(w); ok {
		return d.words[id].caps
	}
	return 0
}

// wordAt returns what is known of the lower-cased text of token i, which
// need not be a word token.
func (d *doc) wordAt(i int) wordInfo {
	if id := d.wid[i]; id >= 0 {
		return d.words[id]
	}
	w := d.tokLower(i)
	return wordInfo{lex: lexLookup(w), caps: d.capStats(w)}
}

// capsAt returns how the article writes the word of token i (capStats of
// its lower-cased text).
func (d *doc) capsAt(i int) uint8 {
	if id := d.wid[i]; id >= 0 {
		return d.words[id].caps
	}
	return d.capStats(d.tokLower(i))
}

// givenAt reports whether the word of token i is a given name
// (gazetteer.isGivenName of its text).
func (d *doc) givenAt(i int) bool {
	if id := d.wid[i]; id >= 0 {
		return d.words[id].lex.given
	}
	return d.g.isGivenName(d.tokText(i))
}

// tokText returns the text of token i, "" for an index outside the text
// (a look one token back from its first word).
func (d *doc) tokText(i int) string {
	if uint(i) >= uint(len(d.toks)) {
		return "" // before the text's first token or after its last
	}
	t := d.toks[i]
	return d.text[t.s:t.e]
}

// tokLower returns the lower-cased text of token i, "" for an index
// outside the text (a look one token back from its first word).
func (d *doc) tokLower(i int) string {
	if uint(i) >= uint(len(d.low)) {
		return "" // before the text's first token or after its last
	}
	return d.low[i]
}

// spanText returns the text from token i to token j-1 ("" for an empty or
// reversed span).
func (d *doc) spanText(i, j int) string {
	if j <= i || i < 0 || j > len(d.toks) {
		return ""
	}
	return d.text[d.toks[i].s:d.toks[j-1].e]
}

// sentenceOf returns the sentence index of token i.
func (d *doc) sentenceOf(i int) int { return int(d.tokSent[i]) }

// head reports whether the doc opens its text (its first block, or the
// whole; see blockMin): the rules for an article's lead read it.
func (d *doc) head() bool { return d.sent0 == 0 }

// sentRange returns the token range of sentence si.
func (d *doc) sentRange(si int) (int, int) { return int(d.sentTok[si]), int(d.sentTok[si+1]) }

// looksEnglish reports whether an article of words words, fn of them
// common English function words, is in English: at least one word in
// twelve is one.
func looksEnglish(words, fn int) bool { return words == 0 || fn*12 >= words }
