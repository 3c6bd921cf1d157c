package page

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/briefing-app/briefing/brief"
)

// This file finds where the sources of a story differ: the same count given
// differently ("31 people had been rescued" against "only 13 people
// had been retrieved"), and a claim one report makes that another denies.
// It says who says what; it does not say who is right.

// Difference is a point on which the sources of a story differ.
type Difference struct {
	// Kind is "number" (a count given differently) or "denial" (a claim
	// and its denial).
	Kind string `json:"kind"`
	// Topic is what they differ on: "bodies recovered", or the claim
	// ("Tessaly Lines sold the ferry").
	Topic string `json:"topic"`
	// Claims are the versions, each with who gives it and where.
	Claims []Claim `json:"claims"`
}

// Claim is one version of a point the sources differ on.
type Claim struct {
	// Says is the version: a number as written ("40", "three"),
	// "reported" or "denied".
	Says string `json:"says"`
	// Who gives it: a speaker or body named in the sentence, or the
	// outlet; empty when the sentence names no one.
	Who   string       `json:"who,omitempty"`
	Cites []brief.Cite `json:"cites"`
}

// Key identifies the difference across analyses, to pin or remove it.
func (d Difference) Key() string {
	h := sha256.New()
	h.Write([]byte(d.Kind))
	h.Write([]byte{0})
	h.Write([]byte(strings.ToLower(d.Topic)))
	return "difference:" + hex.EncodeToString(h.Sum(nil)[:6])
}

// Cites are the citations of every claim, in source and sentence order.
func (d Difference) Cites() []brief.Cite {
	var lists [][]brief.Cite
	for _, c := range d.Claims {
		lists = append(lists, c.Cites)
	}
	return mergeCites(lists...)
}

// Cite is the first citation of the difference.
func (d Difference) Cite() brief.Cite {
	if cs := d.Cites(); len(cs) > 0 {
		return cs[0]
	}
	return brief.Cite{}
}

// DifferenceClause is a difference as the page prints it: the point, then
// each version with who gives it ("31, per the coastguard", "13, per Ravel
// Kusnadi"; "reported by port officials", "denied by Marguerite
// Ostrander"). ownCites is set when each version is to carry its own
// citation mark (they cite different sources).
func DifferenceClause(d Difference) (lead string, claims []string, ownCites bool) {
	lead = caps1(d.Topic)
	sources := map[string]bool{}
	for _, c := range d.Claims {
		sources[citeMark(c.Cites)] = true
	}
	ownCites = len(sources) > 1
	for _, c := range d.Claims {
		s := c.Says
		if c.Who != "" {
			if d.Kind == "denial" {
				s += " by " + c.Who
			} else {
				s += ", per " + c.Who
			}
		}
		claims = append(claims, s)
	}
	return lead, claims, ownCites
}

func caps1(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// ---- Numbers ----

// numClaim is a count in a sentence: "31 people had been rescued".
type numClaim struct {
	src, sent  int // index of the source in the analysis, sentence
	at         int // byte offset of the number in the sentence
	value      float64
	written    string // the number as written ("40", "three")
	exact      bool   // not "at least", "about", "more than"
	noun, plur string // the thing counted, folded ("body") and in the plural ("bodies")
	verb       string // the deed, folded to its class ("recovered"); "" when none
}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}

var digitNumber = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$`) })

// vague words before a number make it an estimate, not a count.
var vague = map[string]bool{"least": true, "than": true, "over": true, "about": true, "around": true, "nearly": true,
	"almost": true, "some": true, "up": true, "roughly": true, "approximately": true, "estimated": true,
	"under": true, "fewer": true, "less": true, "more": true, "upwards": true, "dozens": true, "hundreds": true}

// notCounted are words after a number that are units, times or parts of
// speech, not things counted.
var notCounted = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`percent per cent years year months month weeks week days day hours hour
		minutes minute seconds second feet foot ft metres meters metre meter miles mile km kilometres kilometers
		kilometre knots times points am pm o'clock degrees tonnes tons kg pounds dollars euros billion million
		thousand hundred of and or to in on at by from for with a an the than as per cent bn m
		square nautical storeys stories floors percentage`) {
		m[w] = true
	}
	return m
}()

// skipBeforeNoun are words that may stand between a number and the thing it
// counts ("40 more bodies").
var skipBeforeNoun = map[string]bool{"more": true, "other": true, "additional": true, "new": true, "further": true,
	"confirmed": true, "known": true}

// verbClasses folds the deeds a count is told with into classes, so that
// "recovered" and "retrieved" say the same.
var verbClasses = map[string]string{
	"recovered": "recovered", "retrieved": "recovered", "found": "recovered", "pulled": "recovered",
	"located": "recovered", "killed": "killed", "died": "killed", "dead": "killed", "perished": "killed",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "arrested": "arrested", "detained": "arrested",
	"held": "held", "rescued": "rescued", "saved": "rescued", "evacuated": "evacuated", "displaced": "evacuated",
	"missing": "missing", "sold": "sold", "lost": "lost", "cut": "cut", "hired": "hired", "fired": "fired",
}

var auxWords = map[string]bool{"had": true, "has": true, "have": true, "been": true, "was": true, "were": true,
	"is": true, "are": true, "be": true, "being": true, "already": true, "now": true, "also": true, "so": true,
	"far": true, "reportedly": true, "initially": true, "still": true, "later": true, "since": true, "all": true}

// irregularDeeds are past participles without "-ed".
var irregularDeeds = map[string]bool{"found": true, "held": true, "hurt": true, "sold": true, "lost": true,
	"cut": true, "taken": true, "seen": true, "brought": true, "shot": true, "dead": true, "missing": true}

// sentWord is a word of a sentence with its byte offset.
type sentWord struct {
	text, core string // as written; without the punctuation around it
	at         int
}

func sentenceWords(s string) []sentWord {
	var out []sentWord
	start := -1
	for i, r := range s + " " {
		if unicode.IsSpace(r) {
			if start >= 0 {
				w := s[start:i]
				out = append(out, sentWord{w, strings.TrimFunc(w, func(r rune) bool {
					return !unicode.IsLetter(r) && !unicode.IsDigit(r)
				}), start})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// countsIn finds the counts of things in a sentence.
func countsIn(s string, src, sent int) []numClaim {
	ws := sentenceWords(s)
	var out []numClaim
	for i, w := range ws {
		lw := strings.ToLower(w.core)
		var value float64
		switch {
		case w.core != "" && w.core[0] >= '0' && w.core[0] <= '9' && digitNumber().MatchString(w.core):
			v, err := strconv.ParseFloat(strings.ReplaceAll(w.core, ",", ""), 64)
			if err != nil || len(w.core) == 4 && v >= 1800 && v <= 2100 {
				continue // a year
			}
			value = v
		case numberWords[lw] > 0 && w.core == lw:
			value = numberWords[lw]
		default:
			continue
		}
		if strings.HasSuffix(w.text, "%") || strings.ContainsAny(w.text, "£$€") {
			continue
		}
		// What it counts: the next word, past "more" or "other".
		j := i + 1
		if j < len(ws) && skipBeforeNoun[strings.ToLower(ws[j].core)] {
			j++
		}
		if j >= len(ws) || !strings.HasPrefix(ws[j].text, ws[j].core) {
			continue // "40 (…": not a count of something
		}
		noun := strings.ToLower(ws[j].core)
		if noun != ws[j].core || notCounted[noun] || len(noun) < 3 || !isLetters(noun) {
			continue
		}
		c := numClaim{src: src, sent: sent, at: w.at, value: value, written: w.core, exact: true,
			noun: singular(noun), plur: plural(noun)}
		for k := max(0, i-2); k < i; k++ {
			if vague[strings.ToLower(ws[k].core)] {
				c.exact = false
			}
		}
		// The deed: a participle after the thing ("had been recovered"),
		// or a verb before the number ("rescued 31 people").
		for k := j + 1; k < len(ws) && k <= j+4; k++ {
			v := strings.ToLower(ws[k].core)
			if auxWords[v] || strings.HasSuffix(v, "ly") {
				continue
			}
			if deed(v) {
				c.verb = verbClass(v)
			}
			break
		}
		if c.verb == "" {
			k := i - 1
			if k >= 0 && vague[strings.ToLower(ws[k].core)] || k >= 0 && strings.ToLower(ws[k].core) == "only" {
				k--
			}
			if k >= 0 && deed(strings.ToLower(ws[k].core)) {
				c.verb = verbClass(strings.ToLower(ws[k].core))
			}
		}
		out = append(out, c)
	}
	return out
}

func deed(w string) bool {
	return irregularDeeds[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

func verbClass(w string) string {
	if c, ok := verbClasses[w]; ok {
		return c
	}
	return w
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

var irregularPlurals = map[string]string{"people": "person", "children": "child", "men": "man", "women": "woman",
	"police": "police", "aircraft": "aircraft", "crew": "crew", "staff": "staff"}

// singular folds a counted noun: "bodies" → "body", "ships" → "ship".
func singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// plural is a counted noun in the plural, for the topic line.
func plural(w string) string {
	if s := singular(w); s != w {
		return w
	}
	for p, s := range irregularPlurals {
		if s == w && p != s {
			return p
		}
	}
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		return w + "es"
	}
	return w + "s"
}

// contrast matches the words by which one sentence sets two reports
// against each other.
var contrast = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[\s,;])(although|though|but|while|whereas|however|yet|contradicting|instead)\s`)
})

// ---- Finding the differences ----

// findDifferencesWith finds, story by story, the counts the sources give
// differently and the claims one source makes and another denies, taking a
// story's differences from kept (with refs, the stories' refs; both nil
// when there is nothing kept) when its articles are the same and who says
// each claim is the same with the analysis's names (see sayers).
func findDifferencesWith(an *brief.Analysis, stories [][]int, refs []storyRef, actors []brief.Actor, kept *keptStories) []Difference {
	names := &lazySayerIndex{actors: actors}
	var out []Difference
	for i, story := range stories {
		var key string
		if refs != nil {
			key = refs[i].key("differ")
			if e := kept.get(key, refs[i]); e != nil && e.saysSame(names) {
				out = append(out, e.diffs...)
				continue
			}
		}
		var calls []sayerCall
		sy := &sayers{names: names, rec: &calls}
		diffs := append(numberDifferences(an, story, sy), denials(an, story, sy)...)
		if refs != nil {
			kept.put(key, refs[i], &keptStory{diffs: diffs, calls: calls})
		}
		out = append(out, diffs...)
	}
	return out
}

// sayers tells who says what (sayerOf, sayerIn, resolvePronoun) with an
// analysis's names, recording each question and answer in rec when it is
// set: the differences of a story are a function of its articles and of
// those answers.
type sayers struct {
	names sayerNamer
	rec   *[]sayerCall
}

// sayerCall is a question put to sayers, and its answer.
type sayerCall struct {
	kind    sayerAsk
	a       *brief.Article
	s       string
	sent    int
	at      int
	pronoun string
	who     string
}

type sayerAsk uint8

const (
	askIn sayerAsk = iota
	askOf
	askPronoun
)

func (sy *sayers) in(a *brief.Article, sent, at int) string {
	who := sayerIn(a, sent, at, sy.names)
	sy.record(sayerCall{kind: askIn, a: a, sent: sent, at: at, who: who})
	return who
}

func (sy *sayers) of(s string, at int) string {
	who := sayerOf(s, at, sy.names)
	sy.record(sayerCall{kind: askOf, s: s, at: at, who: who})
	return who
}

func (sy *sayers) pronoun(a *brief.Article, sent int, pronoun string) string {
	who := resolvePronoun(a, sent, pronoun, sy.names)
	sy.record(sayerCall{kind: askPronoun, a: a, sent: sent, pronoun: pronoun, who: who})
	return who
}

func (sy *sayers) record(c sayerCall) {
	if sy.rec != nil {
		*sy.rec = append(*sy.rec, c)
	}
}

// answer is the call's answer with the given names.
func (c sayerCall) answer(names sayerNamer) string {
	switch c.kind {
	case askIn:
		return sayerIn(c.a, c.sent, c.at, names)
	case askOf:
		return sayerOf(c.s, c.at, names)
	}
	return resolvePronoun(c.a, c.sent, c.pronoun, names)
}

// numberDifferences finds the counts of one story given differently: the
// same deed counted differently by two articles of different outlets
// published within about a day of each other (comparable reports). Two
// counts in one article never make a difference, even when the article
// sets them against each other: they may count different things ("six
// decimal places" for the computer, "three" for the printer), and an
// article that gives two versions says so itself.
func numberDifferences(an *brief.Analysis, story []int, sy *sayers) []Difference {
	type group struct {
		topic  string
		claims []numClaim
	}
	var groups []*group
	byKey := map[string]*group{}
	add := func(key, topic string, cs ...numClaim) {
		g := byKey[key]
		if g == nil {
			g = &group{topic: topic}
			byKey[key] = g
			groups = append(groups, g)
		}
		for _, c := range cs {
			dup := false
			for _, o := range g.claims {
				if o.src == c.src && o.sent == c.sent && o.at == c.at {
					dup = true
				}
			}
			if !dup {
				g.claims = append(g.claims, c)
			}
		}
	}
	var all []numClaim
	for _, si := range story {
		if si >= len(an.Articles) || an.Articles[si] == nil {
			continue
		}
		a := an.Articles[si]
		counts := factsOf(a).counts
		for sent := range a.Sentences {
			if counts[sent] == nil {
				continue // a credit line, or no counts
			}
			cs := slices.Clone(counts[sent])
			for k := range cs {
				cs[k].src = si
			}
			all = append(all, cs...)
		}
	}
	// The same deed counted differently by two articles.
	for x := range all {
		for y := x + 1; y < len(all); y++ {
			p, q := all[x], all[y]
			if p.src == q.src || p.noun != q.noun || p.verb == "" || p.verb != q.verb || !p.exact || !q.exact || p.value == q.value ||
				!comparable(an.Sources[p.src], an.Sources[q.src]) {
				continue
			}
			add(p.noun+"|"+p.verb, topicOf(p, q, p.verb), p, q)
		}
	}
	// An article that gives two counts of the same deed may count two
	// things, or tell how the count changed: no difference can be told.
	for _, g := range groups {
		values := map[int]float64{}
		for _, c := range g.claims {
			if v, ok := values[c.src]; ok && v != c.value {
				g.claims = nil
				break
			}
			values[c.src] = c.value
		}
	}
	var out []Difference
	for _, g := range groups {
		d := Difference{Kind: "number", Topic: g.topic}
		values := map[float64]bool{}
		sort.SliceStable(g.claims, func(i, j int) bool {
			if g.claims[i].src != g.claims[j].src {
				return g.claims[i].src < g.claims[j].src
			}
			if g.claims[i].sent != g.claims[j].sent {
				return g.claims[i].sent < g.claims[j].sent
			}
			return g.claims[i].at < g.claims[j].at
		})
		for _, c := range g.claims {
			who := sy.in(an.Articles[c.src], c.sent, c.at)
			cite := brief.Cite{Source: an.Sources[c.src].ID, Sentence: c.sent}
			merged := false
			for i := range d.Claims {
				if d.Claims[i].Says == c.written && d.Claims[i].Who == who {
					d.Claims[i].Cites = mergeCites(d.Claims[i].Cites, []brief.Cite{cite})
					merged = true
				}
			}
			if !merged {
				d.Claims = append(d.Claims, Claim{Says: c.written, Who: who, Cites: []brief.Cite{cite}})
			}
			values[c.value] = true
		}
		if len(values) > 1 && len(d.Claims) <= 4 && len(d.Claims) > 1 {
			out = append(out, d)
		}
	}
	return out
}

// topicOf names what two counts count: "bodies recovered".
func topicOf(p, q numClaim, verb string) string {
	noun := p.plur
	if noun == p.noun && q.plur != q.noun {
		noun = q.plur
	}
	if verb == "" {
		return noun
	}
	return noun + " " + verb
}

// comparableHours is how far apart two reports may be published to be set
// against each other: a count given a day later is an update, not a
// different version.
const comparableHours = 36

// comparable reports whether two articles' versions of a point may be set
// against each other as different sources: they come from different
// outlets (an unknown outlet is taken for a different one) and, when both
// are dated, within comparableHours of each other.
func comparable(a, b brief.Source) bool {
	if oa, ob := foldName(sourceOutlet(a)), foldName(sourceOutlet(b)); oa != "" && oa == ob {
		return false
	}
	if !a.Date.IsZero() && !b.Date.IsZero() && math.Abs(a.Date.Sub(b.Date).Hours()) > comparableHours {
		return false
	}
	return true
}

// ---- Claims and denials ----

// denialCue matches a report denied: "denied that", "dismissed reports
// that", "rejected claims that".
var denialCue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:denied|denies|deny|denying|refuted|refutes|disputed|disputes)\b(?:\s+(?:reports|claims|suggestions|allegations|accounts))?(?:\s+that)?\s+|\b(?:dismissed|rejected|rejects|dismisses)\s+(?:reports|claims|suggestions|allegations|accounts)(?:\s+that)?\s+`)
})

// denialStems are what every verb of denialCue holds, in lower case.
var denialStems = []string{"deni", "deny", "refut", "disput", "dismiss", "reject"}

// mayDeny reports whether denialCue may match s: it holds one of
// denialStems in any case, or a long s ("ſ", which the expression's (?i)
// takes for an s). Most sentences do not, and are not searched further.
func mayDeny(s string) bool {
	if strings.Contains(s, "ſ") {
		return true
	}
	for _, stem := range denialStems {
		if containsFoldASCII(s, stem) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s holds sub (lower-case ASCII letters)
// with its ASCII letters in either case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		k := 1
		for k < len(sub) && s[i+k]|0x20 == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// negated matches a sentence that itself says no.
var negated = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:not|never|no|denied|denies|deny|false|untrue)\b|n't\b`)
})

// denials finds the claims of one story that another of its sources
// denies: the denied clause's content words said, without a denial, by a
// sentence of another article.
func denials(an *brief.Analysis, story []int, sy *sayers) []Difference {
	var out []Difference
	// The words of each sentence that may state a claim (nil for one that
	// says no, or a credit line), made once per article, when first needed.
	termsOf := func(sj int) []map[string]bool {
		return factsOf(an.Articles[sj]).claims(an.Articles[sj])
	}
	for _, si := range story {
		if si >= len(an.Articles) || an.Articles[si] == nil {
			continue
		}
		a := an.Articles[si]
		for _, cue := range factsOf(a).cues {
			sent, loc := cue.sent, []int{cue.start, cue.end}
			s := a.SentenceText(sent)
			denied := leadTerms(clauseFrom(s, loc[1]))
			if len(denied) < 3 {
				continue
			}
			bestSrc, bestSent, best := -1, -1, 0.0
			for _, sj := range story {
				if sj == si || sj >= len(an.Articles) || an.Articles[sj] == nil || !comparable(an.Sources[si], an.Sources[sj]) {
					continue
				}
				for k, have := range termsOf(sj) {
					if have == nil {
						continue
					}
					n := 0
					for _, w := range denied {
						if have[w] {
							n++
						}
					}
					if share := float64(n) / float64(len(denied)); share >= 0.6 && share > best {
						bestSrc, bestSent, best = sj, k, share
					}
				}
			}
			if bestSrc < 0 {
				continue
			}
			claimText := an.Articles[bestSrc].SentenceText(bestSent)
			topic, _ := stripAttribution(cleanItemText(claimText))
			topic = leadingAttribution().ReplaceAllString(topic, "")
			topic = strings.TrimRight(clipClause(topic, 16), ".")
			who := sy.in(an.Articles[bestSrc], bestSent, len(claimText))
			if who == "" || pronouns[who] {
				who = sourceOutlet(an.Sources[bestSrc])
			}
			denier := sy.of(s[:loc[0]]+" said", loc[0])
			if pronouns[denier] {
				denier = sy.pronoun(a, sent, denier)
			}
			out = append(out, Difference{Kind: "denial", Topic: topic, Claims: []Claim{
				{Says: "reported", Who: who, Cites: []brief.Cite{{Source: an.Sources[bestSrc].ID, Sentence: bestSent}}},
				{Says: "denied", Who: denier, Cites: []brief.Cite{{Source: an.Sources[si].ID, Sentence: sent}}},
			}})
		}
	}
	return out
}

// ---- Who says it ----

// sayerName is one form of an actor's name, for finding who speaks in a
// sentence.
type sayerName struct {
	form, name string
	person     bool
}

// sayerNamer gives the names to look for in a text (in): those of a list
// (sayerNames) that may be found in it, in the list's order.
type sayerNamer interface {
	in(text string) []sayerName
}

// in returns the whole list.
func (l sayerNameList) in(string) []sayerName { return l }

// sayerNameList is a list of names, all looked for in any text.
type sayerNameList []sayerName

// sayerIndex is sayerNames of a list of actors, indexed by the first two
// bytes of each form: a form is found in a text, word-bounded, only where
// a word opens with its first two bytes (every form has three or more).
type sayerIndex struct {
	byStart map[[2]byte][]rankedName
}

// rankedName is a name with its place in sayerNames: longest forms first,
// then in the order of the actors and their forms (seq).
type rankedName struct {
	sayerName
	seq int
}

func newSayerIndex(actors []brief.Actor) *sayerIndex {
	ix := &sayerIndex{byStart: map[[2]byte][]rankedName{}}
	seq := 0
	for _, a := range actors {
		if a.Kind == brief.KindOther {
			continue
		}
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			if len(f) >= 3 {
				k := [2]byte{f[0], f[1]}
				ix.byStart[k] = append(ix.byStart[k], rankedName{sayerName{f, a.Name, a.Kind == brief.KindPerson}, seq})
				seq++
			}
		}
	}
	return ix
}

// in returns the names of the list whose form's first two bytes open a
// word of text (where wordBounded lets a form start), in sayerNames'
// order.
func (ix *sayerIndex) in(text string) []sayerName {
	var found []rankedName
	for i := 0; i+2 <= len(text); i++ {
		if i > 0 {
			if r := rune(text[i-1]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		for _, n := range ix.byStart[[2]byte{text[i], text[i+1]}] {
			if !slices.ContainsFunc(found, func(m rankedName) bool { return m.seq == n.seq }) {
				found = append(found, n)
			}
		}
	}
	slices.SortFunc(found, func(a, b rankedName) int {
		if la, lb := len(a.form), len(b.form); la != lb {
			return lb - la
		}
		return a.seq - b.seq
	})
	out := make([]sayerName, len(found))
	for i, n := range found {
		out[i] = n.sayerName
	}
	return out
}

// lazySayerIndex is the sayerIndex of actors, made when first asked.
type lazySayerIndex struct {
	actors []brief.Actor
	ix     *sayerIndex
}

func (l *lazySayerIndex) in(text string) []sayerName {
	if l.ix == nil {
		l.ix = newSayerIndex(l.actors)
	}
	return l.ix.in(text)
}

// sayerNames lists the forms of the actors' names, longest first.
func sayerNames(actors []brief.Actor) []sayerName {
	var out []sayerName
	for _, a := range actors {
		if a.Kind == brief.KindOther {
			continue
		}
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			if len(f) >= 3 {
				out = append(out, sayerName{f, a.Name, a.Kind == brief.KindPerson})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].form) > len(out[j].form) })
	return out
}

// speechCue matches the words that tell who said something.
var speechCue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:said|says|saying|told|tells|according to|quoted|reported|announced|confirmed|estimated|put the \w+ at)\b`)
})

// sayerOf finds who gives what stands at byte offset at of a sentence. In
// the part of the sentence that holds it (the sentence is cut where it
// sets one report against another), the words saying so nearest to it
// ("said", "told", "according to", "quoted … as saying"): the actor named
// just before them ("Mr Kusnadi told reporters"), just after them when they
// follow a quotation or a comma ("…," said Mr Kusnadi), or else the words
// that open the clause before them ("The coastguard first said" → "the
// coastguard"); empty when no one is named.
func sayerOf(s string, at int, names sayerNamer) string {
	lo, hi := 0, len(s)
	for _, m := range contrast().FindAllStringIndex(s, -1) {
		if m[1] <= at {
			lo = m[1]
		} else if m[0] > at && m[0] < hi {
			hi = m[0]
		}
	}
	part := s[lo:hi]
	at -= lo
	cues := speechCue().FindAllStringIndex(part, -1)
	if len(cues) == 0 {
		return ""
	}
	cue := cues[0]
	for _, c := range cues {
		if c[0] <= at {
			cue = c
		}
	}
	verb := strings.ToLower(part[cue[0]:cue[1]])
	before := strings.TrimRight(part[:cue[0]], " ")
	after := verb == "according to" || verb == "quoted" || strings.HasSuffix(before, ",") ||
		strings.HasSuffix(before, "”") || strings.HasSuffix(before, "\"")
	best, bestDist := "", sayerReach+1
	for _, n := range names.in(part) {
		for off := 0; off < len(part); {
			i := strings.Index(part[off:], n.form)
			if i < 0 {
				break
			}
			i += off
			off = i + len(n.form)
			if !wordBounded(part, i, len(n.form)) {
				continue
			}
			d := sayerReach + 1
			switch {
			case i+len(n.form) <= cue[0]:
				d = cue[0] - (i + len(n.form))
			case after && i >= cue[1]:
				d = i - cue[1]
			}
			if d < bestDist {
				best, bestDist = n.name, d
			}
		}
	}
	if best != "" {
		return best
	}
	// "The coastguard first said 31 …": the description before the verb.
	ws := sentenceWords(part[:cue[0]])
	var np []string
	for i := len(ws) - 1; i >= 0 && len(np) < 4; i-- {
		w := strings.ToLower(ws[i].core)
		if len(np) == 0 && strings.HasSuffix(w, "ly") {
			continue
		}
		if ws[i].core != ws[i].text && i < len(ws)-1 {
			break
		}
		np = append([]string{w}, np...)
		if w == "the" || w == "a" || w == "an" {
			if len(np) > 1 {
				return strings.Join(np, " ")
			}
			break
		}
		// A subject that opens the sentence without an article ("Port
		// officials said"), or a pronoun.
		if i == 0 && (len(np) <= 3 || pronouns[w]) {
			return strings.Join(np, " ")
		}
	}
	return ""
}

// sayerReach is how far from the words saying so (in bytes) a name may
// stand to be the one who says it: "Benedikt Ravel Kusnadi, as
// saying", not a name further off.
const sayerReach = 30

// sayerIn finds who gives what stands at byte offset at of sentence sent
// of an article (sayerOf), with a pronoun resolved (resolvePronoun).
func sayerIn(a *brief.Article, sent, at int, names sayerNamer) string {
	who := sayerOf(a.SentenceText(sent), at, names)
	if pronouns[who] {
		return resolvePronoun(a, sent, who, names)
	}
	return who
}

// resolvePronoun is who a pronoun opening sentence sent stands for: the
// person ("he", "she") or the body ("they", "it") the sentence before
// names last; empty when it names none.
func resolvePronoun(a *brief.Article, sent int, pronoun string, names sayerNamer) string {
	person := pronoun == "he" || pronoun == "she"
	prev := a.SentenceText(sent - 1)
	best, bestAt := "", -1
	for _, n := range names.in(prev) {
		if n.person != person {
			continue
		}
		if i := strings.LastIndex(prev, n.form); i > bestAt && wordBounded(prev, i, len(n.form)) {
			best, bestAt = n.name, i
		}
	}
	return best
}

// wordBounded reports whether s[i:i+n] stands as whole words.
func wordBounded(s string, i, n int) bool {
	if i > 0 {
		r := rune(s[i-1])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j := i + n; j < len(s) {
		r := rune(s[j])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
