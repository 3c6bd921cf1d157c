package page

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// This file turns the engine's items, which cite whole sentences, into the
// short clauses the page prints: "Actor — will do what — by when", "A vs B
// — what they disagree over", a quote's first sentence or two. The full
// sentence stays in the item (Text) for the JSON export and the app.

// maxItemWords is the most words an item takes on the page, and
// otherItemWords the most an item of a story other than the lead takes.
const (
	maxItemWords   = 25
	otherItemWords = 18
)

// stanceWords is the most words of a stance line under an actor.
const stanceWords = 10

// ItemClause is what the page prints for an item: its bold lead (the actor,
// the parties, the speaker or the point the sources differ on), the clause
// itself and its time, when it has one.
type ItemClause struct {
	Lead   string `json:"lead,omitempty"`
	Clause string `json:"clause"`
	When   string `json:"when,omitempty"`
	// Hedged is set for a hedged commitment whose clause does not say so
	// itself ("would", "expected to"): the page marks it "(hedged)".
	Hedged bool `json:"hedged,omitempty"`
	// others is set for a commitment whose clause is another subject's
	// act that the sentence does not say the actor said ("Lund —
	// authorities would comb the shore" from a sentence without Lund),
	// and for a commitment printed as a sentence that is not about its
	// actor (sentenceAbout).
	others bool
	// sentence is set when the clause is the item's sentence, clipped
	// (no clause of it reads on its own).
	sentence bool
}

// String is the clause as one line: "Lead — clause — when".
func (c ItemClause) String() string {
	parts := make([]string, 0, 3)
	for _, p := range []string{c.Lead, c.Clause, c.When} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " — ")
}

// CommitmentClause is a commitment as the page prints it: the actor, what
// it will do ("will invest £1.2bn in three processing plants") and when
// ("by 2027"), in at most about 25 words, without the attribution ("…,
// officials said") or the dateline of its sentence. When the actor is not
// the subject of those words, the clause keeps its own subject ("said the
// search area would be expanded").
func CommitmentClause(c brief.Commitment) ItemClause {
	cl, _ := commitmentClause(c, maxItemWords, nil)
	return cl
}

// clauseContext is what the page knows beyond an item when it makes its
// clause: the analysis's actors (their aliases, kinds and roles) and which
// words are names. A clause reads it through forms, common (in
// lowerOpening) and otherPersonBefore only, so that what a clause read can
// be recorded (see clauseMemo): a clause made for another briefing is
// kept when what it read is the same in this one.
type clauseContext struct {
	*cxShared
	// rec, when set, records what the clause being made reads.
	rec *[]clauseDep
}

// cxShared is the part of a clause context its recording copies share.
type cxShared struct {
	actors map[string]*brief.Actor
	// cases are the counts proper and common read.
	cases *caseCounts
	// proper reports whether the articles mostly capitalise a word (in
	// lower case) inside a sentence, common whether they mostly do not.
	proper, common func(string) bool

	// persons are the forms of the analysis's people, made once, and
	// personsByWord the people each word opens a form of.
	personsOnce   sync.Once
	persons       []actorForms
	personsByWord map[string][]int

	// mu guards formsOf and the clauses.
	mu sync.Mutex
	// formsOf holds the forms of each name asked for (formsNow).
	formsOf map[string]actorForms
	// clauses are the clauses made with this context, and kept those made
	// for the briefing before, to take when what they read is the same
	// (see clauseMemo).
	clauses, kept map[clauseKey]*clauseEntry
}

// people returns the forms of the analysis's people and, for each word,
// the people one of whose forms it opens.
func (cx *cxShared) people() ([]actorForms, map[string][]int) {
	cx.personsOnce.Do(func() {
		cx.personsByWord = map[string][]int{}
		for name, a := range cx.actors {
			if a.Kind != brief.KindPerson {
				continue
			}
			f := cx.formsNow(name)
			i := len(cx.persons)
			cx.persons = append(cx.persons, f)
			for _, x := range f.forms {
				if l := cx.personsByWord[x[0]]; len(l) == 0 || l[len(l)-1] != i {
					cx.personsByWord[x[0]] = append(l, i)
				}
			}
		}
	})
	return cx.persons, cx.personsByWord
}

func newClauseContext(an *brief.Analysis) *clauseContext {
	if an == nil {
		return nil
	}
	return newClauseContextWith(an, newCaseCounts(an))
}

// newClauseContextWith is newClauseContext with the analysis's word cases
// (wordCases) given.
func newClauseContextWith(an *brief.Analysis, cases *caseCounts) *clauseContext {
	return &clauseContext{cxShared: &cxShared{
		actors:  actorIndex(an),
		cases:   cases,
		proper:  cases.proper,
		common:  cases.common,
		formsOf: map[string]actorForms{},
		clauses: map[clauseKey]*clauseEntry{},
	}}
}

// forms are the name forms of an actor; for an organisation also the
// first word of its name when that is a name of its own ("Corvane" for
// "Corvane Motors").
func (cx *clauseContext) forms(name string) actorForms {
	if cx == nil {
		return formsOf(name, nil)
	}
	f := cx.formsNow(name)
	if cx.rec != nil {
		*cx.rec = append(*cx.rec, clauseDep{kind: depForms, text: name, forms: []actorForms{f}})
	}
	return f
}

// formsNow is forms, made once for each name.
func (cx *cxShared) formsNow(name string) actorForms {
	cx.mu.Lock()
	f, ok := cx.formsOf[name]
	cx.mu.Unlock()
	if ok {
		return f
	}
	f = formsOf(name, cx.actors)
	if ws := strings.Fields(name); f.kind == brief.KindOrganization && len(ws) > 1 {
		w := strings.ToLower(ws[0])
		if utf8.RuneCountInString(w) >= 4 && capitalised(ws[0]) && cx.proper != nil && cx.proper(w) && !bodyNouns[w] && !genericOrgWords[w] {
			f.forms = append(f.forms, []string{w})
		}
	}
	cx.mu.Lock()
	cx.formsOf[name] = f
	cx.mu.Unlock()
	return f
}

// genericOrgWords open organisations' names without naming them.
var genericOrgWords = setOf(`national united royal federal european american british international global general
	new first central state world bank online public social democratic republican liberal people's`)

// subject is a clause's own subject as the page prints it, after the dash:
// its first word in lower case unless it is a name ("authorities", "the
// search area", "Britain and Nigeria"), "said" before it when the actor
// said it.
func (cx *clauseContext) subject(info subjectInfo) string {
	s := cx.lowerOpening(info.subject)
	if info.said != "" {
		s = info.said + " " + s
	}
	return s
}

// ownClauseUnclear reports a clause at byte at which, cut from its
// sentence, would not say what it says there: its subject is the item's
// actor but its "he" or "she" may be another person's
// (otherPersonBefore), or its verb's object stands before the subject, as
// a noun the clause hangs on (objectGap) or as a relative pronoun
// ("which Dahl plans to sign on Friday": info.gap), and the verb has none
// after it. The item prints its sentence instead.
func (cx *clauseContext) ownClauseUnclear(text string, at int, info subjectInfo, forms []actorForms) bool {
	return info.own && (cx.otherPersonBefore(text, at, info.subject, forms) || objectGap(tokenize(info.subject), forms[0], text[at:])) ||
		info.gap && lacksObject(text[at:])
}

// otherPersonBefore reports whether a clause whose subject is a bare
// "he" or "she" (read as the item's actor) has another person of the
// analysis named before it in its sentence: the pronoun may be that
// person's ("Lund said Brekke's plan showed that he was ignoring the
// islands"), and whose act it is cannot be told.
func (cx *clauseContext) otherPersonBefore(text string, at int, subject string, forms []actorForms) bool {
	if cx == nil || (strings.ToLower(subject) != "he" && strings.ToLower(subject) != "she") {
		return false
	}
	ok := cx.otherPersonNow(text[:at], forms)
	if cx.rec != nil {
		*cx.rec = append(*cx.rec, clauseDep{kind: depOtherPerson, text: text[:at], forms: forms, ok: ok})
	}
	return ok
}

// otherPersonNow is otherPersonBefore for the words before the subject.
func (cx *cxShared) otherPersonNow(before string, forms []actorForms) bool {
	toks := tokenize(before)
	// Only the people a form of whom opens at one of the words can be named.
	persons, byWord := cx.people()
	seen := map[int]bool{}
	for _, t := range toks {
		for _, i := range byWord[t.low] {
			if !seen[i] {
				seen[i] = true
				if namedBefore(toks, persons[i], forms) {
					return true
				}
			}
		}
	}
	return false
}

// namedBefore reports whether toks name the person f, unless f shares a
// form with the item's actor (forms): that is the actor's own name.
func namedBefore(toks []token, f actorForms, forms []actorForms) bool {
	for _, g := range forms {
		for _, x := range g.forms {
			for _, y := range f.forms {
				if slices.Equal(x, y) {
					return false
				}
			}
		}
	}
	j, _ := lastForm(toks, f)
	return j >= 0
}

// lowerOpening lowers the capital a clause has only because it opened
// its sentence ("Differences over whether …" → "differences over whether
// …"): a determiner, a pronoun, or a word the articles write in lower
// case, not a name.
func (cx *clauseContext) lowerOpening(s string) string {
	first, _, _ := strings.Cut(s, " ")
	core := strings.ToLower(strings.Trim(first, "“”\"‘’'(,"))
	if determiners[core] || pronouns[core] || lowerOpeners[core] ||
		cx != nil && cx.isCommon(core) && !capitalisedSecond(s) && !titleAcronym(strings.Trim(first, "“”\"‘’'(,")) {
		return lowerFirstWord(s)
	}
	return s
}

// isCommon is common(w), recorded.
func (cx *clauseContext) isCommon(w string) bool {
	ok := cx.common(w)
	if cx.rec != nil {
		*cx.rec = append(*cx.rec, clauseDep{kind: depCommon, text: w, ok: ok})
	}
	return ok
}

// sentenceAdverbs open a sentence before its subject.
var sentenceAdverbs = setOf("still however meanwhile instead yet nonetheless nevertheless separately also moreover")

// capitalisedSecond reports whether the second word of a text has a
// capital: the first is then part of a name or title.
func capitalisedSecond(s string) bool {
	f := strings.Fields(s)
	return len(f) > 1 && capitalised(f[1])
}

// lowerOpeners are words that open a subject in lower case after a dash.
var lowerOpeners = setOf(`around about some several many most all both each every no few nearly almost over up
	only more fewer other another one two three four five six seven eight nine ten dozens hundreds thousands`)

// commitmentClause makes a commitment's clause in at most words words;
// own reports whether it is the actor's own act (the actor is the subject
// of its words) and reads on its own, which a stance line may say. A
// commitment whose clause does not read on its own (readsAlone) prints its
// sentence (sentenceClause).
func commitmentClause(c brief.Commitment, words int, cx *clauseContext) (out ItemClause, own bool) {
	if cx == nil {
		return commitmentClauseNow(c, words, cx)
	}
	return cx.clause(commitmentKey(c, words), func(cx *clauseContext) (ItemClause, bool) {
		return commitmentClauseNow(c, words, cx)
	})
}

// commitmentClauseNow is commitmentClause, made now.
func commitmentClauseNow(c brief.Commitment, words int, cx *clauseContext) (out ItemClause, own bool) {
	out = ItemClause{Lead: strings.TrimSpace(c.Actor)}
	forms := []actorForms{cx.forms(c.Actor)}
	sentence := func() (ItemClause, bool) {
		// The sentence says itself how firm it is: no "(hedged)".
		var own bool
		out.Clause, own = sentenceClauseOwn(c.Text, forms, max(words-wordCount(out.Lead), 8), cx)
		out.When, out.Hedged, out.sentence = "", false, true
		if head := commitmentHead(c.What); !showsIn(out.Clause, head) {
			if w := windowAround(c.Text, head, forms, max(words-wordCount(out.Lead), 8), cx); w != "" {
				out.Clause = w
			}
		}
		// A sentence whose subject is not the actor, and that does not
		// name it, is the actor's only by the engine's guess.
		if !own && !sentenceAbout(c.Text, forms, "") {
			out.others = true
		}
		return out, false
	}
	text := cleanItemText(c.Text)
	what := strings.Join(strings.Fields(c.What), " ")
	if what == "" || dangles(what) || unbalancedQuote(what) {
		if ext := extendIn(text, what); ext != "" {
			what = ext
		}
	}
	i, n := locate(text, what)
	if i < 0 {
		return sentence()
	}
	// The words of the commitment in its sentence: from where its
	// predicate opens (after the actor's name when the engine's clause
	// holds it: "Widodo ordered a review"), with the words that make it
	// finite ("is expected to", "would appoint", "pledged to contribute").
	// The engine's clause may run on past the sentence it cites: what
	// follows is kept.
	tail := what[n:]
	end := i + n
	at := reachBack(text, withAuxiliaries(text, i+predicateStart(what)))
	info := clauseSubject(text, at, forms)
	if cx.ownClauseUnclear(text, at, info, forms) {
		return sentence()
	}
	subject, pred := "", ""
	switch {
	case info.own:
		own = true
		pred = adjunctInPast(text, at, text[at:end]) + tail
	case info.known:
		subject = cx.subject(info)
		pred = text[info.end:end] + tail
	default:
		// Whose words they are cannot be told: "legislation that would
		// make the cuts permanent" is not the sponsor's act.
		return sentence()
	}
	pred = ownPredicate(pred)
	pred, dropped := stripAttribution(pred)
	if _, after := stripAttribution("x x x" + afterIn(text, pred)); subject != "" && info.said == "" && (saidBy(dropped, forms[0]) || saidBy(after, forms[0])) {
		// "Authorities would investigate the reports, Tjahjanto added":
		// the actor said it.
		info.said = "said"
		subject = cx.subject(info)
	}
	// The time stays where the sentence puts it ("agreed on Tuesday to
	// build": the agreeing, not the building, was on Tuesday); it is
	// added after the clause only when the clause lacks it, and not when
	// it is the time of the saying (", officials said late Thursday").
	when := strings.TrimSpace(c.When)
	if containsFold(subject+" "+pred, when) || containsFold(dropped, when) {
		when = ""
	}
	pred = strings.TrimRight(strings.TrimSpace(pred), " ,;:.")
	pred = dropOpenAdjunct(pred, afterIn(text, pred))
	clause := pred
	if subject != "" {
		clause = subject + " " + pred
	}
	if !readsAlone(pred, afterIn(text, pred)) || !wholeReads(clause) {
		return sentence()
	}
	// "Its 4,200 members would stay out": the actor's own members.
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(info.subject)), " ")
	out.others = subject != "" && info.said == "" && first != "its" && first != "their" && first != "his" && first != "her"
	budget := max(words-wordCount(out.Lead)-wordCount(when), 8)
	out.Clause = clipAdjunct(clause, budget)
	if cut, ok := strings.CutSuffix(out.Clause, "…"); ok && (wordCount(cut) <= wordCount(subject) || objectCut(cut[min(len(subject), len(cut)):], goesOn)) {
		// Cut at its verb, the clause would lose its object.
		return sentence()
	}
	if when != "" {
		out.When = lowerFirst(when)
	}
	out.Hedged = c.Strength == brief.Hedged && !saysHedged(pred)
	return out, own
}

// saidBy reports whether an attribution taken off a clause (",
// Tjahjanto added", ", he said") names the actor as who said it.
func saidBy(attribution string, a actorForms) bool {
	toks := words(tokenize(attribution))
	if len(toks) == 0 || len(toks) > 8 || strings.Contains(strings.ToLower(attribution), "according to") {
		return false
	}
	var who []token
	for _, t := range toks {
		if speechVerbs[t.low] == "" {
			who = append(who, t)
		}
	}
	return len(who) > 0 && len(who) <= 4 && refersTo(who, a)
}

// saysHedged reports whether a predicate says itself that it is hedged
// ("would", "is expected to"): the word after the forms of "be" and the
// adverbs before it.
func saysHedged(pred string) bool {
	lw := strings.Fields(strings.ToLower(pred))
	for len(lw) > 1 && (beForms[lw[0]] || clauseAdverbs[lw[0]] || speechVerbs[lw[0]] != "") {
		lw = lw[1:]
	}
	return len(lw) > 0 && hedgeWords[lw[0]]
}

// reachBack reaches back from where a predicate opens in its sentence to
// the words that make it finite: a bare verb takes the auxiliary or the
// modal before it ("would appoint a mediator"), "to" the verb that governs
// it ("pledged to contribute", "agreed on Tuesday to build"), a participle
// the verb it follows ("had begun replacing"); at when nothing before it
// does (the clause then reads as it is, or not at all: it is never given
// a "will" the sentence does not say).
func reachBack(text string, at int) int {
	rest := tokenize(text[at:])
	if len(rest) == 0 {
		return at
	}
	first, next := rest[0], ""
	if len(rest) > 1 {
		next = rest[1].low
	}
	if first.low != "to" && (predicateWord(first.w, next) || intentVerbs[first.low] && next == "to") {
		return at
	}
	toks := tokenize(text[:at])
	k := len(toks)
	if k == 0 || endsPhrase(toks[k-1].w) {
		return at
	}
	verbLike := func(t token) bool {
		return lowerWord(t.w) && !determiners[t.low] && !pronouns[t.low] && !danglingWords[t.low] &&
			(verbish(t.w) || intentVerbs[t.low] || finiteVerbs[t.low] || irregularParticiple[t.low])
	}
	j := -1
	switch {
	case first.low == "to" || toks[k-1].low == "to":
		// The verb that governs "to", a few words back at most ("agreed
		// on Tuesday to"), not a noun ("a plan to").
		from := k
		if first.low != "to" {
			from = k - 1
		}
		for m := from - 1; m >= 0 && m >= from-4; m-- {
			if endsPhrase(toks[m].w) {
				break
			}
			if verbLike(toks[m]) {
				if m > 0 && determiners[toks[m-1].low] {
					return at
				}
				j = m
				break
			}
		}
	default:
		m := k
		for m > 0 && (clauseAdverbs[toks[m-1].low] || strings.HasSuffix(toks[m-1].low, "ly") && lowerWord(toks[m-1].w)) &&
			!auxiliaries[toks[m-1].low] && !endsPhrase(toks[m-1].w) {
			m--
		}
		if m > 0 && !endsPhrase(toks[m-1].w) && (auxiliaries[toks[m-1].low] || contractedAux(toks[m-1].low) ||
			len(first.low) > 4 && strings.HasSuffix(first.low, "ing") && verbLike(toks[m-1])) {
			j = m - 1
		}
	}
	if j < 0 {
		return at
	}
	for j > 0 && (auxiliaries[toks[j-1].low] || contractedAux(toks[j-1].low) || clauseAdverbs[toks[j-1].low] ||
		toks[j-1].low == "not" || toks[j-1].low == "never") && !endsPhrase(toks[j-1].w) {
		j--
	}
	return toks[j].s
}

// ownPredicate cuts a clause where the sentence's own predicate takes
// over: "plans to sign on Friday, days before leaving office, will have a
// review period" is a relative clause ("the order Obama plans to sign on
// Friday") followed by the verb of the order; the clause is "plans to sign
// on Friday".
func ownPredicate(clause string) string {
	toks := tokenize(clause)
	for k := 1; k < len(toks); k++ {
		if !strings.HasSuffix(toks[k-1].w, ",") || !(auxiliaries[toks[k].low] || contractedAux(toks[k].low)) {
			continue
		}
		// The first comma of the run of commas before it; a clause put
		// first ("and, if that failed, would take it") is no relative.
		first := k - 1
		for j := k - 2; j >= 0; j-- {
			if strings.HasSuffix(toks[j].w, ",") {
				first = j
			}
		}
		if coordinators[toks[first].low] || first+1 < k && complementizers[toks[first+1].low] {
			continue
		}
		cut := toks[first].e - 1
		if wordCount(clause[:cut]) >= 3 {
			return clause[:cut]
		}
	}
	return clause
}

// locate finds the engine's clause of a commitment in its sentence: its
// byte offset and how many of its bytes the sentence holds (all, or its
// first words when the sentence cited stops short of them); -1 when the
// sentence does not hold its first three words.
func locate(text, what string) (at, n int) {
	if what == "" {
		return -1, 0
	}
	if i := indexFold(text, what); i >= 0 {
		return i, len(what)
	}
	toks := tokenize(what)
	for k := len(toks) - 1; k >= 3; k-- {
		prefix := what[:toks[k-1].e]
		if i := indexFold(text, prefix); i >= 0 {
			return i, len(prefix)
		}
	}
	return -1, 0
}

// indexFold is the byte offset of sub in s, in any case; -1 when absent.
func indexFold(s, sub string) int {
	if sub == "" {
		return -1
	}
	if i := strings.Index(s, sub); i >= 0 {
		return i
	}
	// Lower-casing keeps byte offsets for the text news uses, but not for
	// every letter: check that it did.
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	if len(ls) != len(s) || len(lsub) != len(sub) {
		return -1
	}
	return strings.Index(ls, lsub)
}

// predicateStart is where the predicate opens in the engine's clause of a
// commitment: 0, or after the subject the clause holds ("Widodo ordered an
// immediate review", "the first plant was due to open").
func predicateStart(what string) int {
	toks := tokenize(what)
	if len(toks) < 2 || predicateToken(toks, 0) || !nounPhraseOpener(toks[0]) {
		return 0
	}
	limit := min(len(toks), 8)
	for k := 1; k < limit; k++ {
		t := toks[k]
		if relatives[t.low] || t.low == "that" || endsPhrase(toks[k-1].w) {
			return 0
		}
		if auxiliaries[t.low] || contractedAux(t.low) || finiteVerbs[t.low] || irregularPast[t.low] {
			return t.s
		}
	}
	for k := 1; k < limit; k++ {
		if t := toks[k]; lowerWord(t.w) && pastForm(t.low) {
			return t.s
		}
	}
	return 0
}

// nounPhraseOpener reports whether a word may open a subject: a
// determiner, a pronoun, a name, a number or a quantifier.
func nounPhraseOpener(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.w)
	return determiners[t.low] || pronouns[t.low] || lowerOpeners[t.low] || unicode.IsUpper(r) || unicode.IsDigit(r)
}

// predicateToken reports whether the k-th word opens a predicate: a finite
// verb, an auxiliary, a past or present participle.
func predicateToken(toks []token, k int) bool {
	t := toks[k]
	if !lowerWord(t.w) && !strings.ContainsAny(t.w, ",;:") {
		return false
	}
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].low
	}
	return auxiliaries[t.low] || contractedAux(t.low) || finiteVerbs[t.low] || irregularPast[t.low] ||
		intentVerbs[t.low] && next == "to" || pastForm(t.low) || len(t.low) > 4 && strings.HasSuffix(t.low, "ing")
}

// pastForm reports whether a word reads as a past tense or participle:
// "ordered", "agreed", an irregular one ("made", "sent").
func pastForm(low string) bool {
	return len(low) > 3 && strings.HasSuffix(low, "ed") && !strings.HasSuffix(low, "eed") || low == "agreed" || irregularPast[low]
}

// irregularPast are the irregular past tenses news uses of deeds.
var irregularPast = setOf(`made took gave sent began led held told met paid sold brought bought kept left
	sought chose became went came drew wrote spoke struck threw rose fell ran saw thought built spent
	lent won withdrew froze swore undertook oversaw forbade bore broke fought felt found heard stood understood
	sat lost meant taught caught got forgot hid shook drove flew grew knew blew hung dealt fled sank stuck`)

// adjunctPast are the participles that, after a comma, tell a deed of the
// sentence's past main verb ("signed a ceasefire on Saturday, agreeing to
// halt fighting"): the page says it in the past.
var adjunctPast = map[string]string{"agreeing": "agreed", "pledging": "pledged", "promising": "promised",
	"vowing": "vowed", "committing": "committed", "offering": "offered", "undertaking": "undertook",
	"announcing": "announced", "signing": "signed"}

// adjunctInPast puts a participle that opens a clause after a comma in the
// past (see adjunctPast).
func adjunctInPast(text string, at int, clause string) string {
	first, rest, _ := strings.Cut(clause, " ")
	past := adjunctPast[strings.ToLower(first)]
	if past == "" || !strings.HasSuffix(strings.TrimRight(text[:at], " "), ",") || !pastTense(text[:at]) {
		return clause
	}
	return past + " " + rest
}

// pastTense reports whether the words before a comma hold a verb in the
// past ("signed", "agreed", "met").
func pastTense(s string) bool {
	for _, t := range tokenize(s) {
		if lowerWord(t.w) && (pastForm(t.low) || beForms[t.low] && (t.low == "was" || t.low == "were")) {
			return true
		}
	}
	return false
}

// withAuxiliaries reaches back from a predicate opened by a participle
// ("expected to push rates up", "mapping out a vision", "keeping him
// safe") over the auxiliaries before it in the sentence, when one of them
// is a form of "be": "is expected to", "has been mapping out", "was
// keeping". Without them the clause reads as a past tense or a fragment.
func withAuxiliaries(text string, at int) int {
	rest := tokenize(text[at:])
	if len(rest) == 0 {
		return at
	}
	first := rest[0].low
	participle := len(first) > 4 && strings.HasSuffix(first, "ing") ||
		pastForm(first) && len(rest) > 1 && rest[1].low == "to"
	if !participle {
		return at
	}
	toks := tokenize(text[:at])
	k, be := len(toks), false
	for k > 0 && (auxiliaries[toks[k-1].low] || clauseAdverbs[toks[k-1].low]) && !endsPhrase(toks[k-1].w) {
		if beForms[toks[k-1].low] {
			be = true
		}
		k--
	}
	if !be || k == len(toks) {
		return at
	}
	return toks[k].s
}

var beForms = setOf("is are was were been being be")

// DisputeClause is a dispute as the page prints it: its parties ("A vs B")
// and, in at most about 25 words, what they disagree over — the clause
// that opens with the word saying so ("rejected the union's demand for a
// veto"), with its own subject when that is not a party ("said the
// majority had ignored …"), or "over" its topic.
func DisputeClause(d brief.Dispute) ItemClause { return disputeClause(d, maxItemWords, nil) }

func disputeClause(d brief.Dispute, words int, cx *clauseContext) ItemClause {
	cl, _ := disputeClauseOwn(d, words, cx)
	return cl
}

// disputeClauseOwn makes a dispute's clause; own reports whether its first
// party is the subject of the clause's words and the clause reads on its
// own, so that "A vs B — rejected …" says what A did (and a stance line
// under A may say it). A clause that does not read on its own (readsAlone),
// whose subject cannot be told, or that reports someone else's claim about
// its only party ("prosecutors say Uber has been lying") prints its
// sentence (sentenceClause).
func disputeClauseOwn(d brief.Dispute, words int, cx *clauseContext) (out ItemClause, own bool) {
	if cx == nil {
		return disputeClauseOwnNow(d, words, cx)
	}
	return cx.clause(disputeKey(d, words), func(cx *clauseContext) (ItemClause, bool) {
		return disputeClauseOwnNow(d, words, cx)
	})
}

// disputeClauseOwnNow is disputeClauseOwn, made now.
func disputeClauseOwnNow(d brief.Dispute, words int, cx *clauseContext) (out ItemClause, own bool) {
	out = ItemClause{Lead: strings.Join(d.Parties, " vs ")}
	text := cleanItemText(d.Text)
	budget := max(words-wordCount(out.Lead), 8)
	forms := make([]actorForms, len(d.Parties))
	for i, p := range d.Parties {
		forms[i] = cx.forms(p)
	}
	sentence := func() (ItemClause, bool) {
		out.Clause, out.sentence = sentenceClause(d.Text, forms, budget, cx), true
		if w := windowAround(d.Text, d.Cue, forms, budget, cx); w != "" && !showsIn(out.Clause, d.Cue) {
			out.Clause = w
		}
		// Whether the sentence is about a party is not asked: a dispute's
		// sentence shows its parties, often as the object or by a
		// pronoun ("Mr Joseph wrote to her insisting …").
		return out, false
	}
	at := cueAt(text, d.Cue)
	if at < 0 {
		return sentence()
	}
	info := clauseSubject(text, at, forms)
	if cx.ownClauseUnclear(text, at, info, forms) {
		return sentence()
	}
	body := clauseFrom(text, at)
	if info.relative {
		// "Mnangagwa, who was ousted as vice-president this month,
		// has been …": the relative clause, not the sentence.
		if c := strings.Index(body, ", "); c > 0 {
			body = body[:c]
		}
	}
	if info.own && len(forms) > 1 {
		// Another party is the subject: the lead's first party did not do
		// it, so the clause says who did, and "said" when the first party
		// said it ("A vs B — said B had hidden the records").
		if first := clauseSubject(text, at, forms[:1]); !first.own {
			info = first
		}
	}
	pred := body
	switch {
	case info.own && info.reported && len(d.Parties) == 1:
		return sentence()
	case info.own:
		own = true
	case info.known:
		pred = strings.TrimSpace(text[info.end:at] + " " + body)
		body = strings.Join(strings.Fields(cx.subject(info)+" "+pred), " ")
	default:
		// A noun that opens its own clause ("London's demands on spirits
		// couldn't be separated …"): the clause with that subject.
		np, p, ok := subjectOf(body)
		if noun, _ := nounCue(strings.ToLower(strings.TrimSpace(d.Cue))); !ok || !noun {
			return sentence()
		}
		pred = body[p:]
		if refersTo(np, forms[0]) {
			own = true
			body = pred
		}
	}
	clause, _ := stripAttribution(body)
	clause = strings.TrimRight(clause, " ,;:.")
	if p, _ := stripAttribution(pred); !readsAlone(strings.TrimRight(p, " ,;:."), afterIn(text, clause)) || !wholeReads(clause) {
		return sentence()
	}
	out.Clause = cx.lowerOpening(clipAdjunct(clause, budget))
	return out, own
}

// QuoteClause is a quote as the page prints it: its whole words when they
// are short, else its first sentences up to about 25 words (the first
// clauses of a long first sentence), ending with "…" when cut; Lead is the
// speaker.
func QuoteClause(q brief.Quote) ItemClause { return quoteClause(q, maxItemWords) }

func quoteClause(q brief.Quote, words int) ItemClause {
	body := clipQuote(quoteBody(q.Text), words)
	// A quote taken up mid-sentence says so: "… also aimed at the
	// country's security".
	if r, _ := utf8.DecodeRuneInString(body); unicode.IsLower(r) {
		body = "… " + body
	}
	return ItemClause{Lead: q.Speaker, Clause: body}
}

// Clause is what the page prints for a commitment, dispute or quote of a
// section (shorter in a story other than the lead); the zero ItemClause
// for other items.
func (sec Section) Clause(it Item) ItemClause {
	if it.clauses != nil {
		if sec.Other {
			return it.clauses[1]
		}
		return it.clauses[0]
	}
	words := maxItemWords
	if sec.Other {
		words = otherItemWords
	}
	switch it.Kind {
	case ItemCommitment:
		cl, _ := commitmentClause(*it.Commitment, words, nil)
		return cl
	case ItemDispute:
		return disputeClause(*it.Dispute, words, nil)
	case ItemQuote:
		return quoteClause(*it.Quote, words)
	}
	return ItemClause{}
}

// clipQuote keeps a quote's sentences while they fit in n words.
func clipQuote(s string, n int) string {
	if wordCount(s) <= n {
		return s
	}
	var b strings.Builder
	used := 0
	for i, sent := range quoteSentences(s) {
		w := wordCount(sent.text)
		if used+w > n {
			break
		}
		if i > 0 {
			b.WriteString(sent.sep)
		}
		b.WriteString(sent.text)
		used += w
	}
	if used > 0 {
		return strings.TrimRight(b.String(), " ,;:—–") + " …"
	}
	// A quote is not cut inside its first sentence when that sentence is
	// at most half as long again as n; else it is cut where a phrase ends
	// (within n words, else within that many) and says so. Only a quote
	// with no such place is cut between words.
	long := n * 3 / 2
	if sents := quoteSentences(s); len(sents) > 0 && wordCount(sents[0].text) <= long {
		if len(sents) == 1 {
			return sents[0].text
		}
		return sents[0].text + " …"
	}
	if out, ok := clipPhrase(s, n); ok {
		return strings.TrimRight(out, " ,;:—–") + " …"
	}
	if out, ok := clipPhrase(s, long); ok {
		return strings.TrimRight(out, " ,;:—–") + " …"
	}
	return strings.TrimSuffix(clipWords(s, n), "…") + " …"
}

// quoteSentence is a sentence of a quote, with what separates it from the
// one before: a space, or " … " between the parts of a split quote.
type quoteSentence struct{ text, sep string }

// quoteSentences splits a quote into its sentences.
func quoteSentences(s string) []quoteSentence {
	var out []quoteSentence
	for pi, part := range strings.Split(s, " … ") {
		sep := " … "
		if pi == 0 {
			sep = ""
		}
		start := 0
		for i, r := range part {
			if r != '.' && r != '?' && r != '!' {
				continue
			}
			next := i + 1
			if next < len(part) && part[next] != ' ' {
				continue
			}
			if sent := strings.TrimSpace(part[start:next]); sent != "" && !abbreviationEnd(sent) {
				out = append(out, quoteSentence{sent, sep})
				sep = " "
				start = next
			}
		}
		if rest := strings.TrimSpace(part[start:]); rest != "" {
			out = append(out, quoteSentence{rest, sep})
		}
	}
	return out
}

// abbreviationEnd reports whether a text ends with a title or an initial
// rather than a full stop ("Mr.", "J.").
func abbreviationEnd(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	last := strings.ToLower(strings.TrimSuffix(s[i+1:], "."))
	return utf8.RuneCountInString(last) == 1 || abbreviations[last]
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "jr": true, "sr": true, "no": true, "vs": true, "u.s": true}

// ---- Clause boundaries ----

// clipClause cuts a clause to at most n words where a phrase ends (see
// clipPhrase); a clause with no such place is cut at a word boundary with
// "…".
func clipClause(s string, n int) string {
	if out, ok := clipPhrase(s, n); ok {
		if c := closeBrackets(out); c != out {
			return c + "…"
		}
		return out
	}
	return closeBrackets(strings.TrimSuffix(clipWords(s, n), "…")) + "…"
}

// clipAdjunct is clipClause, and a clause cut where a phrase ends inside
// a phrase of its own that leads to the rest of the sentence ("and,
// despite the warm words at the meeting") is cut before that phrase.
func clipAdjunct(clause string, n int) string {
	out := clipClause(clause, n)
	if out == clause || strings.HasSuffix(out, "…") {
		return out
	}
	return dropOpenAdjunct(out, ", …")
}

// clipWords cuts a text of more than n words at a word boundary, never
// after a word that needs the next, with "…" (and the quotation mark that
// closes one it opened).
func clipWords(s string, n int) string {
	words := strings.Fields(s)
	cut := n
	for cut > 1 && dangles(strings.Join(words[:cut], " ")) {
		cut--
	}
	out := strings.TrimRight(strings.Join(words[:cut], " "), " ,;:—–")
	if unbalancedQuote(out) {
		out += closingQuote(out)
	}
	return out + "…"
}

// clipPhrase cuts a text to at most n words where a phrase ends: before a
// comma, a conjunction or a preposition that opens another phrase, never
// after a word that needs the next ("the", "of", "Mr"), keeping at least
// half of the n words. ok is false when the text is longer and has no such
// place.
func clipPhrase(s string, n int) (out string, ok bool) {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " "), true
	}
	best := 0
	for i := 1; i <= n && i < len(words); i++ {
		prev := words[i-1]
		next := strings.ToLower(strings.Trim(words[i], "“”\"‘’'(,;:"))
		after := ""
		if i+1 < len(words) {
			after = words[i+1]
		}
		opener := phraseOpeners[next]
		switch {
		case next == "and" || next == "or":
			// A list goes on ("North and South Kivu", "the military and
			// opposition"): only a new clause or predicate opens there.
			a := strings.ToLower(after)
			opener = strings.HasSuffix(prev, ",") || verbish(after) || complementizers[a] || pronouns[a] && a != "his" && a != "her" && a != "its" && a != "their"
		case quantityWords[next] && startsWithDigit(after):
			opener = false // "under 16", "over 30 years"
		}
		boundary := strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ":") ||
			strings.HasSuffix(prev, "”") || opener || strings.HasPrefix(words[i], "(") ||
			words[i] == "—" || words[i] == "–"
		head := strings.Join(words[:i], " ")
		if boundary && !dangles(head) && !unbalancedQuote(head) && !fragment(words[:i]) {
			best = i
		}
	}
	if best == 0 || best*2 < n {
		return "", false
	}
	return strings.TrimRight(strings.Join(words[:best], " "), " ,;:—–"), true
}

// phraseOpeners open a new phrase: a clause may end before them.
var phraseOpeners = map[string]bool{
	"and": true, "but": true, "or": true, "which": true, "who": true, "whom": true, "whose": true, "because": true,
	"after": true, "before": true, "while": true, "as": true, "when": true, "if": true, "unless": true,
	"including": true, "although": true, "though": true, "whereas": true, "despite": true, "amid": true,
	"since": true, "until": true, "where": true, "saying": true, "adding": true, "following": true, "so": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "from": true, "by": true, "over": true,
	"during": true, "between": true, "against": true, "without": true, "under": true, "into": true, "that": true,
}

// quantityWords open a quantity before a number ("under 16").
var quantityWords = setOf("under over about around nearly almost up")

func startsWithDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "£$€~"))
	return unicode.IsDigit(r)
}

// verbish reports whether a word reads as a verb: an auxiliary, a finite
// verb of the lists, a past form or a verb in "-s" ("wants").
func verbish(w string) bool {
	t := newToken(w, 0, len(w))
	if !lowerWord(t.w) && !strings.ContainsAny(t.w, ",;:") {
		return false
	}
	return auxiliaries[t.low] || contractedAux(t.low) || finiteVerbs[t.low] || irregularPast[t.low] || pastForm(t.low) ||
		len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "us") &&
			!strings.HasSuffix(t.low, "is")
}

// fragment reports whether cutting a clause after these words leaves a
// fragment: a clause opened by "that", "whether", "if" and the like
// without its verb ("examining whether the importer, Brightway Trading
// Ltd"), a last part opened by "and" without one (", and analysts"), or a
// clause put before its main clause and left without it ("and, if that
// failed").
func fragment(words []string) bool {
	lastComma := -1
	for i, w := range words {
		if strings.HasSuffix(w, ",") {
			lastComma = i
		}
	}
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(words[i], "“”\"‘’'(),"))
		if !complementizers[w] {
			continue
		}
		if w == "that" && i+1 < len(words) {
			next := strings.Trim(words[i+1], ",;:.“”\"")
			if lowerWord(next) && !determiners[next] && !pronouns[next] {
				continue // "that view", "if that failed": a demonstrative
			}
		}
		verb := false
		for _, x := range words[i+1:] {
			if verbish(x) {
				verb = true
			}
		}
		if !verb {
			return true
		}
		// A clause put first ("and, if that failed,") needs the main
		// clause after it.
		if i > 0 && strings.HasSuffix(words[i-1], ",") {
			p := strings.ToLower(strings.TrimRight(words[i-1], ","))
			if coordinators[p] {
				return true
			}
		}
		break
	}
	if lastComma >= 0 && lastComma+1 < len(words) && coordinators[strings.ToLower(words[lastComma+1])] {
		// The word after "and" may be the new clause's subject
		// ("residents"), not its verb.
		for k, x := range words[lastComma+2:] {
			t := newToken(x, 0, len(x))
			if k > 0 && verbish(x) || auxiliaries[t.low] || contractedAux(t.low) || pastForm(t.low) {
				return false
			}
		}
		return true
	}
	return false
}

// complementizers open a clause that needs its own verb.
var complementizers = setOf("that whether if unless because although though whereas when once")

// dangles reports whether a text ends with a word that needs what follows:
// an article, a preposition, a conjunction, a title ("Mr"), a possessive.
func dangles(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return true
	}
	word := strings.Trim(f[len(f)-1], "“”\"‘’'(),;:")
	last := strings.ToLower(word)
	if len(f) > 1 && capitalised(word) && !titleWords[last] && !abbreviations[strings.TrimSuffix(last, ".")] {
		return false // "in May", "Will" as a name: not the function words
	}
	return danglingWords[last] || abbreviations[strings.TrimSuffix(last, ".")] || strings.HasSuffix(last, "'s") ||
		strings.HasSuffix(last, "’s")
}

// titleWords are the titles a name follows ("Prime", "President").
var titleWords = setOf("mr mrs ms dr prime vice deputy chief president minister senator governor general")

var danglingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to for with and or but nor in on at by from into onto over under
		about as than that which who whom whose its their his her our your my this these those be been being is are
		was were will would shall should can could may might must has have had do does did not no very more most
		such both either each every some any all between against during without within upon per via like
		including whether if when while because although though so then also just even only said says told
		saying adding noting arguing insisting warning claiming stating explaining calling describing
		mr mrs ms dr prime vice deputy chief president minister senator governor general`) {
		m[w] = true
	}
	return m
}()

// unbalancedQuote reports whether a text opens a quotation it does not close.
func unbalancedQuote(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, "\"")%2 == 1
}

func closingQuote(s string) string {
	if strings.Count(s, "“") > strings.Count(s, "”") {
		return "”"
	}
	return "\""
}

// extendIn finds a clause in the sentence it came from and returns it
// carried on to where the sentence's clause ends: the engine may stop a
// clause short at a quotation mark ("to support a").
func extendIn(text, clause string) string {
	if clause == "" {
		return ""
	}
	i := strings.Index(strings.ToLower(text), strings.ToLower(clause))
	if i < 0 {
		return ""
	}
	return clauseFrom(text, i)
}

// clauseFrom is the text from byte offset at to where its clause ends: the
// end of the sentence, a semicolon or a dash.
func clauseFrom(text string, at int) string {
	rest := text[at:]
	end := len(rest)
	for _, stop := range []string{"; ", " — ", " – ", " -- "} {
		if i := strings.Index(rest, stop); i > 0 && i < end {
			end = i
		}
	}
	return strings.TrimRight(strings.TrimSpace(rest[:end]), ".")
}

// saidAfter matches who said a quote when it follows the quote: a few
// words and the speech verb ("the company said", "Ms Varga told
// reporters on Monday").
var saidAfter = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[^,;“”"]{1,60}?\b(?:said|says|added|told [a-z ]{1,30})(?:\s+(?:on|late|early|last|this)\s+[a-z]+)?\.?$`)
})

// leadingAttribution matches a clause opened by its attribution: "officials
// said that", "he told reporters that".
var leadingAttribution = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:[^,;]{0,50}?\s)?(?:said|says|told [a-z ]{1,30}|added|announced)\s+(?:that\s+)?`)
})

// stripAttribution takes who-said-it off the end of a clause (",
// officials said late Thursday", ", according to the ministry", ", he told
// reporters"), and returns what it took (to tell the time of the saying
// from that of the deed). The attribution is a speech word with at most
// attributionTail bytes after it and attributionHead before it, without a
// comma or semicolon, and must leave three words at least.
func stripAttribution(s string) (clause, dropped string) {
	s = strings.TrimSpace(s)
	// “…,” said Lotfi Azzouz, the group's director; “…,” the company
	// said: all of it is who said it.
	for _, q := range []string{",” ", ".” ", ",\" ", "” ", "\" "} {
		if i := strings.Index(s, q); i > 0 {
			rest := strings.ToLower(s[i+len(q):])
			mark := strings.TrimLeft(strings.TrimSpace(q), ",.")
			for _, w := range []string{"said ", "says ", "added ", "according to "} {
				if strings.HasPrefix(rest, w) && wordCount(s[:i]) >= 3 {
					return strings.TrimRight(s[:i], " ,") + mark, s[i+len(q):]
				}
			}
			if saidAfter().MatchString(rest) && wordCount(s[:i]) >= 3 {
				return strings.TrimRight(s[:i], " ,") + mark, s[i+len(q):]
			}
		}
	}
	lower := strings.ToLower(s)
	for _, w := range speechWords {
		for off := 0; ; {
			i := strings.Index(lower[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			end := i + len(w)
			if i == 0 || lower[i-1] != ' ' || end < len(lower) && isWordByte(lower[end]) {
				continue
			}
			tail := s[end:]
			if len(tail) > attributionTail || strings.ContainsAny(tail, ";") || strings.Contains(tail, ",") && !namedAfterComma(tail) {
				continue
			}
			start := i - 1 // the space before the word
			if c := strings.LastIndexAny(s[:i], ",;"); c >= 0 && i-c <= attributionHead {
				start = c
			} else if i > attributionHead {
				// The leftmost space within reach.
				if sp := strings.IndexByte(s[i-attributionHead:i], ' '); sp >= 0 {
					start = i - attributionHead + sp
				}
			} else if sp := strings.IndexByte(s[:i], ' '); sp >= 0 {
				start = sp
			}
			head := strings.TrimSpace(s[:start])
			if wordCount(head) >= 3 && !unbalancedQuote(head) {
				return head, s[start:]
			}
		}
	}
	return s, ""
}

// namedAfterComma reports whether an attribution's tail goes on after its
// one comma with a name alone ("according to its commissioner, Fatima
// Diallo").
func namedAfterComma(tail string) bool {
	i := strings.IndexByte(tail, ',')
	if strings.Count(tail, ",") != 1 {
		return false
	}
	name := strings.Fields(strings.TrimRight(tail[i+1:], ". "))
	if len(name) == 0 || len(name) > 4 {
		return false
	}
	for _, w := range name {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// The reach of an attribution (stripAttribution), in bytes.
const (
	attributionHead = 61
	attributionTail = 120
)

var speechWords = []string{"said", "says", "told", "added", "noted", "according to", "announced", "reported", "confirmed", "stated"}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// cueAt finds where the clause of a dispute's cue word opens in its
// sentence: at the cue verb ("rejected the demand"), or a few words before
// a cue noun ("drew a sharp rebuke from Beijing"), with the quotation mark
// that may open it; -1 when the cue is not there.
func cueAt(text, cue string) int {
	cue = strings.TrimSpace(cue)
	if cue == "" {
		return -1
	}
	lower := strings.ToLower(text)
	lc := strings.ToLower(cue)
	at := -1
	for off := 0; off < len(lower); {
		i := strings.Index(lower[off:], lc)
		if i < 0 {
			break
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(lower[:i])
		after, _ := utf8.DecodeRuneInString(lower[i+len(lc):])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(lc) == len(lower) || !unicode.IsLetter(after)) {
			at = i
			break
		}
		off = i + len(lc)
	}
	if at < 0 {
		return -1
	}
	// A quotation mark before the cue belongs to its clause; so do, for a
	// noun ("a sharp rebuke", "Congo's accusation", "a claim against"),
	// its determiner and adjectives and the verb that governs it ("drew a
	// sharp rebuke", "plans to bring a claim"); then the auxiliaries and
	// adverbs before the verb ("has faced", "would take", "also
	// repeated"), never the subject before them ("his party would vote").
	start := at
	if r, size := utf8.DecodeLastRuneInString(text[:start]); r == '“' || r == '"' || r == '‘' {
		start -= size
	}
	toks := tokenize(text[:start])
	k := len(toks)
	if noun, plural := nounCue(lc); noun {
		// The noun's phrase: up to three words before it ("a sharp",
		// "the American", "a wider government") after a determiner or a
		// possessive ("Congo's accusation"); without one, the verb right
		// before the noun ("faced criticism") or, for a preposition, the
		// noun and its verb ("imposed sanctions against").
		j := k
		prep := phraseOpeners[lc]
		for j > 0 && k-j < 3 && !plural && (contentWord(toks[j-1]) || !prep && capitalised(toks[j-1].w) && !toks[j-1].poss && !endsPhrase(toks[j-1].w)) {
			j--
		}
		switch {
		case j > 0 && (determiners[toks[j-1].low] || toks[j-1].poss && capitalised(toks[j-1].w)) && !endsPhrase(toks[j-1].w):
			k = governingVerb(toks, j-1)
		case k > 0 && verbish(toks[k-1].w) && contentWord(toks[k-1]):
			k--
		case prep && k > 1 && contentWord(toks[k-1]) && verbish(toks[k-2].w) && contentWord(toks[k-2]):
			k -= 2
		}
	} else {
		k = toChain(toks, k)
	}
	for k > 0 && (cueOpeners[toks[k-1].low] && !determiners[toks[k-1].low] || auxiliaries[toks[k-1].low] || contractedAux(toks[k-1].low) ||
		toks[k-1].low == "not" || toks[k-1].low == "never" || strings.HasSuffix(toks[k-1].low, "ly") && lowerWord(toks[k-1].w)) &&
		!endsPhrase(toks[k-1].w) {
		k--
	}
	if k < len(toks) {
		start = toks[k].s
	}
	return start
}

// governingVerb reaches back from a noun phrase opening at token k to the
// verb that governs it ("drew a sharp rebuke", "played down the
// differences"), with the verbs before it joined by "to" ("plans to bring
// a claim"); k when there is none.
func governingVerb(toks []token, k int) int {
	switch {
	case k > 1 && particles[toks[k-1].low] && contentWord(toks[k-2]):
		k -= 2
	case k > 0 && contentWord(toks[k-1]):
		k--
	default:
		return k
	}
	return toChain(toks, k)
}

// toChain reaches back over "to" and the verb before it, as often as they
// come ("plans to", "appeared to").
func toChain(toks []token, k int) int {
	for k > 1 && toks[k-1].low == "to" && contentWord(toks[k-2]) {
		k -= 2
	}
	return k
}

// particles complete a phrasal verb ("played down", "set out").
var particles = setOf("down up out off back away aside forward")

// nounCue reports whether a dispute's cue reads as a noun ("rebuke",
// "accusation", "demands"), an "-ing" form ("a letter demanding") or a
// preposition ("a claim against"): what a determiner and the verb before
// it belong to. A plural ("demands") may be a verb ("the union demands"):
// only a determiner or a possessive right before it makes it a noun.
func nounCue(cue string) (noun, plural bool) {
	if strings.Contains(cue, " ") {
		return false, false
	}
	if cueNouns[cue] || phraseOpeners[cue] || len(cue) > 5 && strings.HasSuffix(cue, "ing") {
		return true, false
	}
	one := strings.TrimSuffix(cue, "s")
	for _, suf := range []string{"tion", "sion", "ment", "ism", "ance", "ence"} {
		if strings.HasSuffix(one, suf) {
			return true, one != cue
		}
	}
	return one != cue && cueNouns[one], true
}

var cueNouns = setOf(`rebuke criticism dispute row rift claim demand accusation charge threat complaint protest
	objection warning ultimatum lawsuit challenge feud clash spat standoff boycott veto attack appeal rejection
	condemnation denial disagreement dissent split quarrel`)

// contentWord reports whether a word is a lower-case word of content (an
// adjective, a noun or a verb), not a function word, with nothing closing
// a phrase after it.
func contentWord(t token) bool {
	return lowerWord(t.w) && !danglingWords[t.low] && !pronouns[t.low] && !relatives[t.low] && !auxiliaries[t.low] &&
		!cueOpeners[t.low] && !phraseOpeners[t.low] && !strings.ContainsAny(t.w, "“”\"")
}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "these": true, "those": true, "some": true, "any": true}

// cueOpeners are the words a dispute's clause reaches back over to its cue.
var cueOpeners = func() map[string]bool {
	m := map[string]bool{}
	for w := range determiners {
		m[w] = true
	}
	for _, w := range strings.Fields("has have had was were is are been be being will would already repeatedly sharply strongly publicly openly") {
		m[w] = true
	}
	return m
}()

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"you": true, "his": true, "her": true, "their": true, "its": true}

// lowerFirstWord lowers the capital a stance line gave a clause's first
// word ("Will appoint" → "will appoint").
func lowerFirstWord(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !strings.ContainsAny(w, ",;:.")
}

// ---- Datelines and credits ----

// wireDateline matches a dateline the engine's does not: places with a
// country or a second place ("PORTVEN, Marrow Island/LORNE (Baltic Wire) - ").
var wireDateline = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:,\s*[\p{L} .'’]{2,30})?(?:/[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30})*\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+`)
})

// trimDateline is a sentence without the wire dateline that may open it.
func trimDateline(s string) string {
	s = brief.TrimDateline(strings.TrimSpace(s))
	if m := wireDateline().FindStringIndex(s); m != nil {
		head := s[:m[1]]
		// A real dateline has a place in capitals, not a sentence's first
		// word: "PORTVEN, Marrow Island -", not "A - ".
		if first, _, _ := strings.Cut(head, " "); utf8.RuneCountInString(strings.Trim(first, ",")) >= 3 &&
			strings.ToUpper(first) == first {
			s = s[m[1]:]
		}
	}
	return s
}

// creditTail matches a credit left at the end of a text.
var creditTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s*[(\[]\s*(?:additional\s+)?(?:reporting|editing|writing)\s+by\b.*$`)
})

// cleanItemText is an item's sentence as the page may print it: one line,
// without dateline or credit.
func cleanItemText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = trimDateline(s)
	return strings.TrimSpace(creditTail().ReplaceAllString(s, ""))
}

// ---- Small helpers ----

func wordCount(s string) int { return len(strings.Fields(s)) }

func containsFold(s, sub string) bool {
	return sub != "" && strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !unicode.IsUpper(r) {
		return s
	}
	// Keep the capital of a name ("March", "Christmas"): only a plain word
	// opening the time is lowered ("On Friday" → "on Friday").
	first, _, _ := strings.Cut(s, " ")
	if !timeOpeners[strings.ToLower(first)] {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

var timeOpeners = map[string]bool{"on": true, "by": true, "in": true, "at": true, "next": true, "this": true,
	"later": true, "early": true, "late": true, "before": true, "after": true, "within": true, "from": true,
	"until": true, "end": true, "over": true, "during": true, "tomorrow": true, "today": true, "tonight": true}
