// Command lexgen derives the engine's word tables (brief/lexdata) from the
// PETRARCH2 / Phoenix event-coding dictionaries (MIT licence) and the
// project's own seed lists in tools/lexgen/seeds:
//
//	go run ./tools/lexgen -petrarch ../shared/data/petrarch2 -out brief/lexdata
//
// It writes, sorted and deterministic:
//
//	forms.tsv    lemma, part of speech, inflected forms with their tags
//	cues.tsv     cue (a verb lemma, optionally with the words that must follow
//	             it) → family, CAMEO code, weight, source
//	agents.tsv   agent noun (a lemma phrase) → Phoenix type, coarse class
//	classes.tsv  the engine's word classes (speech, think, naming verbs)
//	threats.tsv  acts that, announced, are a threat (CAMEO 13): act → code
//	reactions.tsv verbs of reacting and the manners that make a reaction disapproval (CAMEO 110, 111)
//	trades.tsv   industry nouns that end a business's name ("Shipping")
//	NOTICE       the source, its licence and how the tables were derived
//
// The test in this folder regenerates the tables and fails when the
// committed ones differ, so they cannot drift from this program.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	petrarch := flag.String("petrarch", "../shared/data/petrarch2", "folder of the PETRARCH2 dictionaries")
	out := flag.String("out", "brief/lexdata", "folder to write the tables to")
	seeds := flag.String("seeds", "tools/lexgen/seeds", "folder of the project's seed lists")
	verbose := flag.Bool("v", false, "print the review log (conflicts, dropped forms)")
	flag.Parse()
	files, log, err := generate(*petrarch, *seeds)
	if err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
	if *verbose {
		for _, l := range log {
			fmt.Fprintln(os.Stderr, l)
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(*out, name), files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "lexgen:", err)
			os.Exit(1)
		}
		fmt.Printf("%-12s %7d bytes %6d lines\n", name, len(files[name]), bytes.Count(files[name], []byte("\n")))
	}
}

// Source of the derived data.
const (
	sourceRepo   = "openeventdata/petrarch2"
	sourceCommit = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
	verbFile     = "CAMEO.verbpatterns.150430.txt"
	agentFile    = "Phoenix.agents.txt"
)

// familyOf maps a CAMEO event code to the coarse family the engine uses.
func familyOf(code string) string {
	code = normCode(code)
	if len(code) < 2 {
		return ""
	}
	if strings.HasPrefix(code, "057") {
		return "commit" // sign a formal agreement
	}
	switch code[:2] {
	case "01":
		return "statement"
	case "02":
		return "appeal"
	case "03":
		return "commit" // express intent to cooperate
	case "04":
		return "consult"
	case "05", "06":
		return "cooperate"
	case "07":
		return "aid"
	case "08":
		return "yield"
	case "09":
		return "investigate"
	case "10", "11", "12", "13", "14", "16", "17":
		return "dispute" // demand, disapprove, reject, threaten, protest, reduce relations, coerce
	case "15":
		return "posture"
	case "18", "19", "20":
		return "violence"
	}
	return ""
}

// Weights of a cue by where its code comes from (the engine's 0–3 scale of
// how clearly a cue states its event).
var srcWeight = map[string]float64{
	"v": 3,   // the verb line's own code
	"m": 3,   // a multi-word verb line ("back down")
	"t": 2.5, // the code most patterns give the verb with this next word ("agree to")
	"b": 2.5, // the verb block's default code
	"p": 2,   // the code most of the verb's own patterns give (its block has none)
}

// agentClass maps a Phoenix sector code to a coarse group class.
var agentClass = map[string]string{
	"COP": "police", "JUD": "judiciary", "LEG": "legislature", "GOV": "government", "MIL": "military",
	"SPY": "intelligence", "OPP": "opposition", "CVL": "civilians", "PPL": "civilians", "BUS": "business",
	"MED": "media", "LAB": "labour", "EDU": "education", "HLH": "health", "REB": "armed", "UAF": "armed",
	"SEP": "armed", "RAD": "armed", "CRM": "criminals", "REL": "religion", "MUS": "religion", "CHR": "religion",
	"HIN": "religion", "JEW": "religion", "BUD": "religion", "AGR": "agriculture", "REF": "refugees",
	"IMG": "refugees", "PTY": "party", "ENV": "environment", "NGO": "ngo", "HRI": "rights", "ELI": "elite",
	"DEV": "development", "IGO": "igo", "SET": "settlers",
}

// particles may follow a verb in a cue key ("agree to", "back down").
var particles = setOf("to", "on", "with", "against", "for", "of", "down", "out", "off", "up", "back", "over",
	"in", "into", "from", "away", "aside", "about", "by", "at", "forward", "behind", "together", "forth")

// lexeme is a lemma of the tables with its inflected forms.
type lexeme struct {
	lemma string
	verb  bool
	noun  bool
	forms map[string]string // form → tags
}

type builder struct {
	petrarch, seeds string
	lex             map[string]*lexeme
	log             []string
	formPrune       map[string]string
	choice          map[string][2]string // forms-conflicts.txt
	owner           map[string]string    // form → the lemma it was given to (buildForms)
	cueKeys         []string
	agentTypes      map[string]string // agent phrase → Phoenix type
	used            map[string]bool   // the lemmas a table names
}

func (b *builder) logf(format string, args ...any) {
	b.log = append(b.log, fmt.Sprintf(format, args...))
}

func (b *builder) lexeme(lemma string) *lexeme {
	x := b.lex[lemma]
	if x == nil {
		x = &lexeme{lemma: lemma, forms: map[string]string{}}
		b.lex[lemma] = x
	}
	return x
}

// addWord makes a word a lemma of its own (a particle, a modifier).
func (b *builder) addWord(w string) { b.lexeme(w) }

// addVerb adds a verb lemma with its regular and irregular forms.
func (b *builder) addVerb(lemma string) *lexeme {
	x := b.lexeme(lemma)
	if !x.verb {
		x.verb = true
		for _, f := range verbForms(lemma) {
			x.forms[f.word] = joinTags(x.forms[f.word], f.tags)
		}
	}
	return x
}

// addNoun adds a noun lemma with its plural ("" = the regular one; none
// when noPlural).
func (b *builder) addNoun(lemma, plural string, noPlural bool) {
	x := b.lexeme(lemma)
	x.noun = true
	if noPlural || strings.HasSuffix(lemma, "ed") {
		return // "the injured": a participle has no plural
	}
	if plural == "" {
		plural = nounPlural(lemma)
	}
	if plural != lemma {
		x.forms[plural] = joinTags(x.forms[plural], tagPlural)
	}
}

// addPhrase adds the words of a multi-word key: its head as a verb or noun,
// the others as words of their own.
func (b *builder) addPhrase(words []string, headVerb bool) {
	for i, w := range words {
		switch {
		case headVerb && i == 0:
			b.addVerb(w)
		case !headVerb && i == len(words)-1:
			b.addNoun(w, "", false)
		default:
			b.addWord(w)
		}
	}
}

// generate builds every output file.
func generate(petrarch, seeds string) (map[string][]byte, []string, error) {
	b := &builder{petrarch: petrarch, seeds: seeds, lex: map[string]*lexeme{}, used: map[string]bool{}}
	var err error
	if b.formPrune, err = sectionSeed(seeds, "forms-prune.txt"); err != nil {
		return nil, nil, err
	}
	if b.choice, err = readFormChoices(seeds); err != nil {
		return nil, nil, err
	}
	cd, err := readCameo(filepath.Join(petrarch, verbFile))
	if err != nil {
		return nil, nil, err
	}
	ag, err := readAgents(filepath.Join(petrarch, agentFile))
	if err != nil {
		return nil, nil, err
	}
	files := map[string][]byte{}
	cues, err := b.buildCues(cd)
	if err != nil {
		return nil, nil, err
	}
	if err := b.buildAgents(ag); err != nil {
		return nil, nil, err
	}
	classes, err := b.buildClasses()
	if err != nil {
		return nil, nil, err
	}
	trades, err := b.buildTrades(ag)
	if err != nil {
		return nil, nil, err
	}
	lemmas, err := readLemmaSeeds(seeds)
	if err != nil {
		return nil, nil, err
	}
	for _, l := range lemmas {
		switch l.pos {
		case "v":
			b.addVerb(l.lemma)
		case "n":
			b.addNoun(l.lemma, "", false)
		default:
			b.addWord(l.lemma)
		}
		b.used[l.lemma] = true
	}
	// Only the lemmas a table names go to forms.tsv.
	for _, k := range b.cueKeys {
		for _, w := range strings.Fields(k) {
			b.used[w] = true
		}
	}
	for k := range b.agentTypes {
		for _, w := range strings.Fields(k) {
			b.used[w] = true
		}
	}
	for l := range b.lex {
		if !b.used[l] {
			delete(b.lex, l)
		}
	}
	reactions := b.buildReactions(cd)
	forms, err := b.buildForms()
	if err != nil {
		return nil, nil, err
	}
	if err := b.checkKeys(); err != nil {
		return nil, nil, err
	}
	files["forms.tsv"] = forms
	files["cues.tsv"] = cues
	files["threats.tsv"] = b.buildThreats(cd, cues)
	files["reactions.tsv"] = reactions
	files["agents.tsv"] = b.writeAgents()
	files["classes.tsv"] = classes
	files["trades.tsv"] = trades
	files["NOTICE"] = []byte(notice)
	return files, b.log, nil
}

// cueRow is one row of cues.tsv.
type cueRow struct {
	key, code, src string
	weight         float64
}

// buildCues derives the cue table from the CAMEO verb dictionary: one code
// per verb lemma (its own, else its block's, else the one most of its
// patterns give), one per multi-word verb, and one per verb + next word
// where the patterns with that word mostly give another family ("agree
// to": 03, while "agree" alone is 05). Then the seed prunes and overrides.
func (b *builder) buildCues(cd *cameoDict) ([]byte, error) {
	type cand struct {
		code, src string
		set       bool // the block's default code: the verb is one of its synonym set
	}
	verbCodes := map[string][]cand{}
	heads := map[string]bool{}
	fold := b.foldVerbs(cd)
	for i := range cd.patterns {
		if to, ok := fold[cd.patterns[i].verb]; ok {
			cd.patterns[i].verb = to
		}
	}
	for _, v := range cd.verbs {
		words := strings.Fields(v.lemma)
		if to, ok := fold[words[0]]; ok {
			if to == "" {
				continue
			}
			words[0] = to
			v.lemma = strings.Join(words, " ")
		}
		heads[words[0]] = true
		b.addPhrase(words, true)
		x := b.lex[words[0]]
		for _, f := range v.forms {
			if f == words[0] {
				continue
			}
			if r, bad := b.formPrune[f]; bad {
				b.logf("form %s of %s dropped: %s", f, words[0], r)
				continue
			}
			if _, ok := x.forms[f]; !ok {
				x.forms[f] = guessTags(words[0], f)
				b.logf("form %s of %s from PETRARCH (tags %s)", f, words[0], x.forms[f])
			}
		}
		if v.fixed && len(words) > 1 {
			continue
		}
		switch {
		case v.code != "":
			src := "v"
			if len(words) > 1 {
				src = "m"
			}
			verbCodes[v.lemma] = append(verbCodes[v.lemma], cand{v.code, src, false})
		case v.bcode != "":
			src := "b"
			if len(words) > 1 {
				src = "m"
			}
			verbCodes[v.lemma] = append(verbCodes[v.lemma], cand{v.bcode, src, true})
		default:
			if _, ok := verbCodes[v.lemma]; !ok {
				verbCodes[v.lemma] = nil
			}
		}
	}
	rows := map[string]cueRow{}
	fromSet := map[string]bool{} // multi-word verbs coded by their block's synonym set
	for lemma, cs := range verbCodes {
		if len(cs) == 0 {
			continue
		}
		// The verb line's own code wins over a block default; among equals,
		// the family most of the verb's patterns give, then the first.
		best := cs[0]
		for _, c := range cs[1:] {
			if c.src == "v" && best.src == "b" {
				best = c
			}
		}
		distinct := map[string]bool{}
		for _, c := range cs {
			if c.src == best.src {
				distinct[c.code] = true
			}
		}
		if len(distinct) > 1 {
			var all []string
			for _, c := range cs {
				all = append(all, c.code+c.src)
			}
			b.logf("cue %s: several codes %s, kept %s", lemma, strings.Join(all, ","), best.code)
		}
		rows[lemma] = cueRow{key: lemma, code: best.code, src: best.src, weight: srcWeight[best.src]}
		fromSet[lemma] = best.set && best.src == "m"
	}
	// Patterns per verb, and per verb + next word.
	byVerb := map[string]map[string]int{}
	byPair := map[string]map[string]int{}
	count := func(m map[string]map[string]int, k, code string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][code]++
	}
	for _, p := range cd.patterns {
		if p.verb == "" || !heads[p.verb] || p.code == "" {
			continue
		}
		count(byVerb, p.verb, p.code)
		for i, w := range p.words {
			next := ""
			switch {
			case strings.HasPrefix(w, "*_"):
				next = strings.ToLower(w[2:])
			case w == "*" && i+1 < len(p.words):
				next = strings.ToLower(p.words[i+1])
			default:
				continue
			}
			if i := strings.IndexByte(next, '_'); i > 0 {
				next = next[:i] // "* TO_SEND"
			}
			if particles[next] {
				count(byPair, p.verb+" "+next, p.code)
			}
			break
		}
	}
	// A verb without a code takes the family most of its patterns give
	// (at least five patterns, at least half of them).
	for lemma := range verbCodes {
		if _, ok := rows[lemma]; ok || strings.Contains(lemma, " ") {
			continue
		}
		if code, ok := majority(byVerb[lemma], 5); ok {
			rows[lemma] = cueRow{key: lemma, code: code, src: "p", weight: srcWeight["p"]}
		}
	}
	// A multi-word verb that its block's synonym set codes with a generic
	// code ("walk out" in GO_SOMEWHERE, 040) takes the more specific code
	// its own phrase patterns agree on ("walk out of summit", "of meet",
	// "of dinner": 164, halt negotiations).
	for key, codes := range byPair {
		r, ok := rows[key]
		if !ok || !fromSet[key] {
			continue
		}
		if code, ok := patternCode(r.code, codes); ok {
			rows[key] = cueRow{key: key, code: code, src: "t", weight: srcWeight["t"]}
			b.logf("cue %s %s from patterns %v over its set's %s", key, code, codes, r.code)
		}
	}
	for key, codes := range byPair {
		if _, ok := rows[key]; ok {
			continue
		}
		code, ok := majority(codes, minPairPatterns)
		if !ok {
			continue
		}
		verb := strings.Fields(key)[0]
		if r, ok := rows[verb]; ok && familyOf(r.code) == familyOf(code) {
			continue // the verb alone says as much
		}
		rows[key] = cueRow{key: key, code: code, src: "t", weight: srcWeight["t"]}
		b.logf("cue %s %s from patterns %v", key, code, codes)
		b.addPhrase(strings.Fields(key), true)
	}
	// Seeds: prunes, then overrides.
	prune, err := sectionSeed(b.seeds, "cues-prune.txt")
	if err != nil {
		return nil, err
	}
	for key, reason := range prune {
		if _, ok := rows[key]; !ok {
			return nil, fmt.Errorf("cues-prune.txt: %q is not a cue (%s)", key, reason)
		}
		delete(rows, key)
	}
	over, err := readCueOverrides(b.seeds)
	if err != nil {
		return nil, err
	}
	for _, o := range over {
		if _, pruned := prune[o.key]; pruned {
			return nil, fmt.Errorf("cues-override.txt: %q is also pruned", o.key)
		}
		src := "h"
		rows[o.key] = cueRow{key: o.key, code: normCode(o.code), src: src, weight: o.weight}
		b.addPhrase(strings.Fields(o.key), true)
	}
	keys := make([]string, 0, len(rows))
	for k := range rows {
		if familyOf(rows[k].code) == "" {
			delete(rows, k)
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.cueKeys = keys
	var buf bytes.Buffer
	buf.WriteString("# cue\tfamily\tcameo\tweight\tsrc  (generated by tools/lexgen; see NOTICE)\n")
	for _, k := range keys {
		r := rows[k]
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\t%s\n", k, familyOf(r.code), r.code, strconv.FormatFloat(r.weight, 'f', -1, 64), r.src)
	}
	return buf.Bytes(), nil
}

// iseOnly are the verbs spelt -ise on both sides of the Atlantic.
var iseOnly = setOf("advertise", "advise", "appraise", "apprise", "arise", "chastise", "circumcise", "comprise",
	"compromise", "despise", "devise", "disenfranchise", "disguise", "enfranchise", "excise", "exercise",
	"franchise", "improvise", "incise", "merchandise", "praise", "premise", "promise", "raise", "reprise",
	"revise", "rise", "supervise", "surmise", "surprise", "televise", "bruise", "cruise", "poise", "noise")

// isIseOnly reports a verb spelt -ise everywhere ("supervise", "reappraise").
func isIseOnly(w string) bool {
	if iseOnly[w] {
		return true
	}
	for _, p := range []string{"re", "up", "dis", "mis", "pre", "over", "under", "out", "co"} {
		if strings.HasPrefix(w, p) && iseOnly[w[len(p):]] {
			return true
		}
	}
	return false
}

// foldVerbs maps the verb lemmas of the CAMEO file that are another
// lemma's spelling or form to that lemma: "criticise" → "criticize" (one
// lemma, both spellings as forms), "lost" → "lose", "understood" →
// "understand"; "supervize" → "" (a misspelling, dropped).
func (b *builder) foldVerbs(cd *cameoDict) map[string]string {
	fold := map[string]string{}
	heads := map[string]bool{}
	for _, v := range cd.verbs {
		h := strings.Fields(v.lemma)[0]
		if r, ok := b.formPrune[h]; ok {
			fold[h] = ""
			b.logf("verb %s dropped: %s", h, r)
			continue
		}
		switch {
		case strings.HasSuffix(h, "ize") && isIseOnly(strings.TrimSuffix(h, "ize")+"ise"):
			fold[h] = ""
			b.logf("verb %s dropped: a misspelling of %sise", h, strings.TrimSuffix(h, "ize"))
			continue
		case strings.HasSuffix(h, "ise") && len(h) > 5 && !isIseOnly(h) && !izeExceptions[strings.TrimSuffix(h, "ise")+"ize"]:
			fold[h] = strings.TrimSuffix(h, "ise") + "ize"
		case strings.HasSuffix(h, "yse") && len(h) > 5:
			fold[h] = strings.TrimSuffix(h, "yse") + "yze"
		}
		if to, ok := fold[h]; ok {
			h = to
		}
		heads[h] = true
	}
	formOf := map[string]string{}
	for h := range heads {
		for _, f := range verbForms(h) {
			if f.tags != tagBase && (formOf[f.word] == "" || h < formOf[f.word]) {
				formOf[f.word] = h
			}
		}
	}
	for h := range heads {
		if _, listed := b.choice[h]; listed {
			continue // a word of its own that shares a form ("found", "wound")
		}
		if to := formOf[h]; to != "" && to != h {
			fold[h] = to
		}
	}
	for from, to := range fold {
		if to != "" {
			b.logf("verb %s folded into %s", from, to)
		}
	}
	return fold
}

// minSpecificPatterns is how many patterns of a multi-word verb, all
// giving one code, make that code win over its synonym set's (patternCode).
const minSpecificPatterns = 3

// specificCode reports a CAMEO code below its root's generic one: "164",
// "0311", not "040" or "16".
func specificCode(c string) bool {
	return len(c) >= 3 && !(len(c) == 3 && c[2] == '0')
}

// patternCode returns the code a multi-word verb's own phrase patterns
// give instead of setCode, the generic code of the synonym set it is
// listed in: when at least minSpecificPatterns patterns all give one code,
// that code is specific and setCode is not.
func patternCode(setCode string, codes map[string]int) (string, bool) {
	if specificCode(setCode) || len(codes) != 1 {
		return "", false
	}
	for c, n := range codes {
		if n >= minSpecificPatterns && specificCode(c) {
			return c, true
		}
	}
	return "", false
}

// minPairPatterns is how many patterns a verb + next word needs before it
// becomes a cue of its own.
const minPairPatterns = 4

// majority returns the code of the family most of the counted patterns
// give, when at least min patterns were counted and that family holds at
// least half of them; the code is the family's most frequent (the smallest
// on a tie).
func majority(codes map[string]int, min int) (string, bool) {
	total := 0
	fam := map[string]int{}
	for c, n := range codes {
		total += n
		if f := familyOf(c); f != "" {
			fam[f] += n
		}
	}
	if total < min {
		return "", false
	}
	bestF, bestN := "", 0
	for f, n := range fam {
		if n > bestN || n == bestN && f < bestF {
			bestF, bestN = f, n
		}
	}
	if bestF == "" || 2*bestN < total {
		return "", false
	}
	bestC, bestCN := "", 0
	for c, n := range codes {
		if familyOf(c) == bestF && (n > bestCN || n == bestCN && c < bestC) {
			bestC, bestCN = c, n
		}
	}
	return bestC, true
}

// guessTags gives a PETRARCH-listed irregular form its tags.
func guessTags(lemma, f string) string {
	switch {
	case strings.HasSuffix(f, "ing"):
		return tagIng
	case f == lemma+"s" || f == lemma+"es":
		return tagThird
	}
	return tagPast + tagPart
}

// buildAgents derives the agent table from Phoenix.agents.txt and the
// seeds: every phrase of up to three words that is not pruned, with its
// type and class; the plurals become forms of the phrase's words.
func (b *builder) buildAgents(entries []agentEntry) error {
	prune, err := sectionSeed(b.seeds, "agents-prune.txt")
	if err != nil {
		return err
	}
	seeds, err := readAgentSeeds(b.seeds)
	if err != nil {
		return err
	}
	type row struct{ typ, plural string }
	rows := map[string]row{}
	used := map[string]bool{}
	dropped := 0
	for _, e := range entries {
		words := strings.Fields(e.phrase)
		if len(words) == 0 {
			continue
		}
		if _, ok := prune[e.phrase]; ok {
			used[e.phrase] = true
			dropped++
			continue
		}
		// "*word": every phrase holding the word ("*missile").
		if ws := prunedWords(words, prune); len(ws) > 0 {
			for _, w := range ws {
				used[w] = true
			}
			dropped++
			continue
		}
		if len(words) > 3 || particles[words[len(words)-1]] || strings.ContainsAny(e.phrase, "!()") {
			dropped++ // a long title, or a prefix of a longer name ("ambassador to")
			continue
		}
		if r, ok := rows[e.phrase]; ok {
			if r.typ != e.typ {
				b.logf("agent %s: types %s and %s, kept %s", e.phrase, r.typ, e.typ, r.typ)
			}
			continue
		}
		pl := e.plural
		if e.noPlur {
			pl = "-"
		}
		rows[e.phrase] = row{e.typ, pl}
	}
	// A row that is another row's plural ("gunmen" beside "gunman") is a
	// form, not an agent of its own.
	// "GUNMAN {}" beside "GUNMEN": the row is the plural after all.
	plurals := map[string]string{}
	for k, r := range rows {
		pl := r.plural
		if pl == "" || pl == "-" {
			w := strings.Fields(k)
			w[len(w)-1] = nounPlural(w[len(w)-1])
			pl = strings.Join(w, " ")
		}
		if pl != k {
			plurals[pl] = k
		}
	}
	for k := range rows {
		if sg, ok := plurals[k]; ok {
			if _, both := plurals[sg]; both {
				continue
			}
			delete(rows, k)
			if r := rows[sg]; r.plural == "-" {
				r.plural = k
				rows[sg] = r
			}
			b.logf("agent %s dropped: the plural of %s", k, sg)
		}
	}
	for k := range prune {
		if !used[k] {
			return fmt.Errorf("agents-prune.txt: %q is not an agent of %s", k, agentFile)
		}
	}
	for _, s := range seeds {
		if _, ok := prune[s.phrase]; ok {
			return fmt.Errorf("agents.txt: %q is also pruned", s.phrase)
		}
		if r, ok := rows[s.phrase]; ok && r.typ == s.typ {
			b.logf("agents.txt: %s %s is already in %s", s.phrase, s.typ, agentFile)
		}
		rows[s.phrase] = row{s.typ, s.plural}
	}
	keys := make([]string, 0, len(rows))
	for k, r := range rows {
		class := agentClass[strings.TrimPrefix(r.typ, "~")[:min(3, len(r.typ)-1)]]
		if class == "" {
			return fmt.Errorf("agent %q: unknown type %s", k, r.typ)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// The words of each phrase, then the plurals the phrases give them
	// (whatever the order of the phrases: "{}" on one phrase does not take
	// the plural another gives the same word).
	wordPlurals := map[string]map[string]bool{}
	addPlural := func(w, pl string) {
		if wordPlurals[w] == nil {
			wordPlurals[w] = map[string]bool{}
		}
		wordPlurals[w][pl] = true
	}
	for _, k := range keys {
		r := rows[k]
		words := strings.Fields(k)
		for i, w := range words {
			if i == len(words)-1 {
				b.addNoun(w, "", true)
			} else {
				b.addWord(w)
			}
		}
		last := words[len(words)-1]
		switch {
		case r.plural == "-":
		case r.plural == "":
			if !strings.HasSuffix(last, "ed") {
				addPlural(last, nounPlural(last))
			}
		default:
			pw := strings.Fields(r.plural)
			if len(pw) != len(words) {
				b.logf("agent %s: plural %q does not align, regular plural kept", k, r.plural)
				addPlural(last, nounPlural(last))
				continue
			}
			for i := range words {
				if pw[i] != words[i] {
					b.lex[words[i]].noun = true
					addPlural(words[i], pw[i])
				}
			}
		}
	}
	for w, pls := range wordPlurals {
		x := b.lex[w]
		for pl := range pls {
			x.forms[pl] = joinTags(x.forms[pl], tagPlural)
		}
	}
	sort.Strings(keys)
	b.agentTypes = map[string]string{}
	for _, k := range keys {
		b.agentTypes[k] = rows[k].typ
	}
	b.logf("agents: %d kept, %d dropped (pruned, long or prefixes), %d from seeds", len(keys), dropped, len(seeds))
	return nil
}

// prunedWords returns the "*word" entries of the prune list the words
// match.
func prunedWords(words []string, prune map[string]string) []string {
	var out []string
	for _, w := range words {
		if _, ok := prune["*"+w]; ok {
			out = append(out, "*"+w)
		}
	}
	return out
}

// headIndex returns the index of a phrase's head noun: the word before its
// first preposition ("court of appeals"), else the last.
func headIndex(ws []string) int {
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "for" || w == "in") {
			return i - 1
		}
	}
	return len(ws) - 1
}

// writeAgents writes agents.tsv once the forms are known: of two phrases
// read as the same lemmas ("industries minister", "industry minister") the
// first in sorted order stays.
func (b *builder) writeAgents() []byte {
	keys := make([]string, 0, len(b.agentTypes))
	res := map[string]string{}
	for k := range b.agentTypes {
		keys = append(keys, k)
		res[k] = b.resolveKey(k)
	}
	// Phrases written in lemmas first: "industry minister" stays, not
	// "industries minister".
	sort.Slice(keys, func(i, j int) bool {
		li, lj := res[keys[i]] == keys[i], res[keys[j]] == keys[j]
		if li != lj {
			return li
		}
		return keys[i] < keys[j]
	})
	seen := map[string]string{}
	var kept []string
	for _, k := range keys {
		if prev, dup := seen[res[k]]; dup {
			b.logf("agent %s dropped: read as %s, like %s", k, res[k], prev)
			continue
		}
		seen[res[k]] = k
		kept = append(kept, k)
	}
	sort.Strings(kept)
	var buf bytes.Buffer
	buf.WriteString("# agent\ttype\tclass\tnumber  (generated by tools/lexgen; see NOTICE; number p: the source lists the plural only)\n")
	for _, k := range kept {
		t := b.agentTypes[k]
		num := ""
		if ws, rs := strings.Fields(k), strings.Fields(res[k]); ws[headIndex(ws)] != rs[headIndex(ws)] {
			num = "p" // "generals", "marines": the agent is the plural
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\n", k, t, agentClass[strings.TrimPrefix(t, "~")[:3]], num)
	}
	return buf.Bytes()
}

// buildClasses writes the engine's word classes from speech.txt, think.txt
// and naming.txt.
func (b *builder) buildClasses() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("# word\tclass\texcept  (generated by tools/lexgen from its seeds; a word is a lemma, with all its forms\n")
	buf.WriteString("# but the excepted ones, or =FORM for that form alone)\n")
	for _, c := range []struct{ file, class string }{{"speech.txt", "speech"}, {"think.txt", "think"}, {"naming.txt", "naming"}} {
		seeds, err := readClassSeeds(b.seeds, c.file)
		if err != nil {
			return nil, err
		}
		sort.Slice(seeds, func(i, j int) bool { return seeds[i].key < seeds[j].key })
		for i, s := range seeds {
			if i > 0 && seeds[i-1].key == s.key {
				return nil, fmt.Errorf("%s: %q listed twice", c.file, s.key)
			}
			if !strings.HasPrefix(s.key, "=") {
				if am := strings.TrimSuffix(s.key, "ise") + "ize"; strings.HasSuffix(s.key, "ise") && b.lex[am] != nil && britishVariant(am) == s.key {
					return nil, fmt.Errorf("%s: %q: write the lemma in American spelling (%s); the British forms follow", c.file, s.key, am)
				}
				x := b.addVerb(s.key)
				b.used[s.key] = true
				for _, e := range s.except {
					if _, ok := x.forms[e]; !ok && e != s.key {
						return nil, fmt.Errorf("%s: %q is not a form of %q", c.file, e, s.key)
					}
				}
			}
			fmt.Fprintf(&buf, "%s\t%s\t%s\n", s.key, c.class, strings.Join(s.except, ","))
		}
	}
	return buf.Bytes(), nil
}

// buildForms writes forms.tsv: every lemma with its forms. A form two
// lemmas share goes to the one forms-conflicts.txt names, else to the
// lemma it spells, else (logged) to the first in alphabetical order.
func (b *builder) buildForms() ([]byte, error) {
	choice := b.choice
	b.owner = map[string]string{}
	owners := map[string][]string{}
	for l, x := range b.lex {
		for f := range x.forms {
			if f != l {
				owners[f] = append(owners[f], l)
			}
		}
	}
	for f, ls := range owners {
		if _, isLemma := b.lex[f]; isLemma {
			ls = append(ls, f)
		}
		if len(ls) < 2 {
			continue
		}
		sort.Strings(ls)
		win := ""
		if c, ok := choice[f]; ok {
			win = c[0]
			found := false
			for _, l := range ls {
				found = found || l == win
			}
			if !found {
				return nil, fmt.Errorf("forms-conflicts.txt: %q is not a lemma of %q (%v)", win, f, ls)
			}
		} else if _, isLemma := b.lex[f]; isLemma {
			// A word that is another lemma's form ("lost", "meeting") goes to
			// that lemma: the tables name the base.
			for _, l := range ls {
				if l != f {
					win = l
					break
				}
			}
			b.logf("form %s: lemmas %v, kept %s", f, ls, win)
		} else {
			win = ls[0]
			b.logf("form %s: lemmas %v, kept %s", f, ls, win)
		}
		for _, l := range ls {
			if l != win {
				delete(b.lex[l].forms, f)
			}
		}
		b.owner[f] = win
	}
	lemmas := make([]string, 0, len(b.lex))
	for l := range b.lex {
		lemmas = append(lemmas, l)
	}
	sort.Strings(lemmas)
	var buf bytes.Buffer
	buf.WriteString("# lemma\tpos\tforms (form:tags; b variant spelling, s present, d past, n participle, g -ing, p plural)\n")
	for _, l := range lemmas {
		x := b.lex[l]
		pos := ""
		if x.verb {
			pos += "v"
		}
		if x.noun {
			pos += "n"
		}
		if pos == "" {
			pos = "x"
		}
		fs := make([]string, 0, len(x.forms))
		for f, t := range x.forms {
			if strings.ContainsAny(f, " \t:") {
				return nil, fmt.Errorf("form %q of %q holds a space or colon", f, l)
			}
			fs = append(fs, f+":"+t)
		}
		sort.Strings(fs)
		fmt.Fprintf(&buf, "%s\t%s\t%s\n", l, pos, strings.Join(fs, " "))
	}
	return buf.Bytes(), nil
}

// resolve returns the lemma a word is read as, the way the engine reads
// forms.tsv: a form given to a lemma, else the word itself.
func (b *builder) resolve(w string) string {
	if o, ok := b.owner[w]; ok {
		return o
	}
	for l, x := range b.lex {
		if _, ok := x.forms[w]; ok {
			return l
		}
	}
	return w
}

// resolveKey returns the lemmas a key is read as.
func (b *builder) resolveKey(k string) string {
	ws := strings.Fields(k)
	for i, w := range ws {
		ws[i] = b.resolve(w)
	}
	return strings.Join(ws, " ")
}

// checkKeys fails when two cue keys are read as the same lemmas (the
// engine could keep only one of them).
func (b *builder) checkKeys() error {
	seen := map[string]string{}
	for _, k := range b.cueKeys {
		r := b.resolveKey(k)
		if prev, dup := seen[r]; dup {
			return fmt.Errorf("cues.tsv: %q and %q are both read as %q: prune one or name the lemma in forms-conflicts.txt", prev, k, r)
		}
		seen[r] = k
	}
	return nil
}

const notice = `Briefing word tables (forms.tsv, cues.tsv, agents.tsv, classes.tsv, trades.tsv, threats.tsv,
reactions.tsv)

These files are generated by tools/lexgen; do not edit them by hand. Change the
seed lists in tools/lexgen/seeds or the generator, then run

    go run ./tools/lexgen -petrarch ../shared/data/petrarch2 -out brief/lexdata

Source. cues.tsv, agents.tsv and part of forms.tsv and trades.tsv are derived from the
PETRARCH2 event-coding dictionaries CAMEO.verbpatterns.150430.txt and
Phoenix.agents.txt, in the repository openeventdata/petrarch2, folder
petrarch2/data/dictionaries, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf.

    The MIT License (MIT)

    Copyright (c) 2014 Open Event Data
    (the dictionary files' own headers: Copyright (c) 2014 and 2015
    Open Event Data Alliance)

    Permission is hereby granted, free of charge, to any person obtaining a
    copy of this software and associated documentation files (the
    "Software"), to deal in the Software without restriction, including
    without limitation the rights to use, copy, modify, merge, publish,
    distribute, sublicense, and/or sell copies of the Software, and to
    permit persons to whom the Software is furnished to do so, subject to
    the following conditions:

    The above copyright notice and this permission notice shall be included
    in all copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
    OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
    MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
    IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
    CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
    TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
    SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

How they were derived.
- cues.tsv: each verb of the CAMEO verb dictionary takes its own code, else
  its block's default code (src v, b); a multi-word verb ("back down") its
  line's or block's code (m), except that a block's generic code (040)
  gives way to a more specific one (164) that at least 3 of the verb's own
  patterns all give ("walk out" of a summit or a meeting: t); a verb whose block has no code, the code most
  of its own phrase patterns give, when at least 5 patterns and half of
  them agree (p); a verb followed by a particle ("agree to", "call on"),
  the code most patterns with that next word give, when at least 4 do and
  it differs in family from the verb alone (t). The family is the code's
  CAMEO root: 03 and 057 commit; 10-14, 16, 17 dispute; 01 statement; 02
  appeal; 04 consult; 05-06 cooperate; 07 aid; 08 yield; 09 investigate;
  15 posture; 18-20 violence. The weight (0-3) says how clearly a cue states
  its event, by its source: v and m 3, b and t 2.5, p 2. Misfiring verbs
  (frequent senses outside their code: need, take, see, include, file...)
  are pruned, and some codes are set by hand (src h), each with its reason
  in tools/lexgen/seeds/cues-prune.txt and cues-override.txt.
- agents.tsv: every agent phrase of Phoenix.agents.txt of up to three words,
  with its substitution sets (!PERSON!) expanded, its Phoenix type (~COP,
  ~JUD, ...; stacked types such as ~GOVMED kept whole) and a coarse class
  from the type's first sector. Things (vehicles, weapons, buildings),
  misspelt or archaic words and ambiguous words (man, people, spokesman,
  court) are pruned, with reasons, in tools/lexgen/seeds/agents-prune.txt;
  news agent nouns the file lacks (jury, official, investigator,
  shareholder, union, analyst...) are added from tools/lexgen/seeds/agents.txt.
- forms.tsv: every lemma any table uses, with its inflected forms: regular
  English inflection (with consonant doubling, -e, -y and -ic rules, and
  both British and American spellings of -ize/-yze verbs and of a final
  unstressed -l), the irregular verbs, and the irregular forms and plurals
  the PETRARCH2 files list (wrong ones dropped, with reasons, in
  tools/lexgen/seeds/forms-prune.txt).
- threats.tsv: the acts that, announced in a frame ("said it would sue",
  "vowed to fight"), are a threat (CAMEO 13), with the threat's code: a
  dispute or violence verb takes the 13x code its own frame patterns give
  ("SAID WOULD *", "MAY *", "READY *", with nothing after the verb but its
  object: sue 131, fight 138, boycott 131). Verbs the file does not frame
  are left out (a CAMEO root's block default holds verbs such as "match"
  or "best" that are no threat when announced).
- reactions.tsv: the verbs of the verb file's REACT block (react, respond,
  answer, reply; kind v) and the manners its patterns code as disapproval
  or criticism, CAMEO 110 or 111 ("* ANGRILY", "* WITH ANGER", "*_WITH_DISMAY",
  "* CRITICALLY TO +"; kind m, with the code), where the pattern is the
  verb, the manner and at most "TO +" after it.
- classes.tsv comes from the project's own lists in tools/lexgen/seeds
  (speech.txt, think.txt, naming.txt); it holds no PETRARCH2 data.
- trades.tsv: the industry nouns that end a business's name ("Dalmore
  Shipping"): the first word of each two-word business or media agent of
  Phoenix.agents.txt whose second word names a business ("oil corp",
  "publishing house", "steel tycoon"; source p), and those the project adds
  in tools/lexgen/seeds/trades.txt (source s), which also drops derived
  words that name no trade.
`
