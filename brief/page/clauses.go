package page

import (
	"regexp"
	"strings"
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
// officials said") or the dateline of its sentence.
func CommitmentClause(c brief.Commitment) ItemClause { return commitmentClause(c, maxItemWords) }

func commitmentClause(c brief.Commitment, words int) ItemClause {
	out := ItemClause{Lead: strings.TrimSpace(c.Actor)}
	text := cleanItemText(c.Text)
	what := strings.Join(strings.Fields(c.What), " ")
	if what == "" || dangles(what) || unbalancedQuote(what) {
		if ext := extendIn(text, what); ext != "" {
			what = ext
		}
	}
	if what == "" {
		what = text
		if out.Lead != "" && opensWithName(what, out.Lead) {
			what = strings.TrimSpace(what[len(out.Lead):])
		}
	}
	what, dropped := stripAttribution(what)
	// The time stays where the sentence puts it ("agreed on Tuesday to
	// build": the agreeing, not the building, was on Tuesday); it is
	// added after the clause only when the clause lacks it, and not when
	// it is the time of the saying (", officials said late Thursday").
	when := strings.TrimSpace(c.When)
	if containsFold(what, when) || containsFold(dropped, when) {
		when = ""
	}
	what = strings.TrimRight(strings.TrimSpace(what), " ,;:.")
	what = strings.TrimPrefix(what, "to ")
	// A bare action ("appoint a mediator") says will or hopes to, as the
	// stance line does; a predicate ("agreed to build") reads as it is.
	if first := commitmentStance(what, c.Strength); first != caps1(what) {
		what = lowerFirstWord(first)
	}
	budget := words - wordCount(out.Lead) - wordCount(when)
	out.Clause = clipClause(what, max(budget, 8))
	if when != "" {
		out.When = lowerFirst(when)
	}
	first, _, _ := strings.Cut(strings.ToLower(out.Clause), " ")
	out.Hedged = c.Strength == brief.Hedged && !hedgeWords[first]
	return out
}

// DisputeClause is a dispute as the page prints it: its parties ("A vs B")
// and, in at most about 25 words, what they disagree over — the clause
// that opens with the word saying so ("rejected the union's demand for a
// veto"), or "over" its topic.
func DisputeClause(d brief.Dispute) ItemClause { return disputeClause(d, maxItemWords) }

func disputeClause(d brief.Dispute, words int) ItemClause {
	out := ItemClause{Lead: strings.Join(d.Parties, " vs ")}
	text := cleanItemText(d.Text)
	budget := max(words-wordCount(out.Lead), 8)
	if at := cueAt(text, d.Cue); at >= 0 {
		// The sentence's own subject when it is not a party the lead
		// names already ("Talks over automated cranes collapsed").
		if pre := text[:at]; ownSubject(pre, d.Parties) {
			at = 0
		} else if wordCount(clauseFrom(text, at)) < 5 {
			// Too short to say what it is about ("blamed on him"): from
			// where its part of the sentence starts.
			if c := strings.LastIndex(pre, ", "); c >= 0 {
				at = c + 2
			} else {
				at = 0
			}
		}
		clause, _ := stripAttribution(clauseFrom(text, at))
		out.Clause = clipClause(strings.TrimRight(clause, " ,;:."), budget)
		return out
	}
	if stanceTopic(d.Topic) {
		out.Clause = "over " + clipClause(strings.TrimSpace(d.Topic), budget-1)
		return out
	}
	clause, _ := stripAttribution(text)
	out.Clause = clipClause(strings.TrimRight(clause, " ,;:."), budget)
	return out
}

// QuoteClause is a quote as the page prints it: its whole words when they
// are short, else its first sentences up to about 25 words (the first
// clauses of a long first sentence), ending with "…" when cut; Lead is the
// speaker.
func QuoteClause(q brief.Quote) ItemClause { return quoteClause(q, maxItemWords) }

func quoteClause(q brief.Quote, words int) ItemClause {
	return ItemClause{Lead: q.Speaker, Clause: clipQuote(quoteBody(q.Text), words)}
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
		return commitmentClause(*it.Commitment, words)
	case ItemDispute:
		return disputeClause(*it.Dispute, words)
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
	// A quote cut inside its first sentence says so.
	out := clipClause(s, n)
	if !strings.HasSuffix(out, "…") {
		out = strings.TrimRight(out, " ,;:—–") + " …"
	}
	return out
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
		return out
	}
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
		next := strings.ToLower(strings.Trim(words[i], "“”\"‘’'("))
		boundary := strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ":") ||
			strings.HasSuffix(prev, "”") || phraseOpeners[next] || strings.HasPrefix(words[i], "(") ||
			words[i] == "—" || words[i] == "–"
		head := strings.Join(words[:i], " ")
		if boundary && !dangles(head) && !unbalancedQuote(head) {
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

// dangles reports whether a text ends with a word that needs what follows:
// an article, a preposition, a conjunction, a title ("Mr"), a possessive.
func dangles(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return true
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], "“”\"‘’'(),;:"))
	return danglingWords[last] || abbreviations[strings.TrimSuffix(last, ".")] || strings.HasSuffix(last, "'s") ||
		strings.HasSuffix(last, "’s")
}

var danglingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to for with and or but nor in on at by from into onto over under
		about as than that which who whom whose its their his her our your my this these those be been being is are
		was were will would shall should can could may might must has have had do does did not no very more most
		such both either each every some any all between against during without within upon per via like
		including whether if when while because although though so then also just even only said says told
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

// leadingAttribution matches a clause opened by its attribution: "officials
// said that", "he told reporters that".
var leadingAttribution = regexp.MustCompile(`(?i)^(?:[^,;]{0,50}?\s)?(?:said|says|told [a-z ]{1,30}|added|announced)\s+(?:that\s+)?`)

// stripAttribution takes who-said-it off the end of a clause (",
// officials said late Thursday", ", according to the ministry", ", he told
// reporters"), and returns what it took (to tell the time of the saying
// from that of the deed). The attribution is a speech word with at most
// attributionTail bytes after it and attributionHead before it, without a
// comma or semicolon, and must leave three words at least.
func stripAttribution(s string) (clause, dropped string) {
	s = strings.TrimSpace(s)
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
			if len(tail) > attributionTail || strings.ContainsAny(tail, ",;") {
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
	// A quotation mark, an auxiliary ("has faced") or an article with
	// its adjective ("a sharp rebuke") before the cue belong to its
	// clause.
	start := at
	if r, size := utf8.DecodeLastRuneInString(text[:start]); r == '“' || r == '"' || r == '‘' {
		start -= size
	}
	for range 3 {
		words := strings.Fields(text[:start])
		n := len(words)
		if n == 0 {
			break
		}
		w := strings.ToLower(words[n-1])
		switch {
		case cueOpeners[w]:
			start = strings.LastIndex(text[:start], words[n-1])
		case n >= 2 && lowerWord(words[n-1]) && determiners[strings.ToLower(words[n-2])]:
			start = strings.LastIndex(text[:start], words[n-2]+" "+words[n-1])
		default:
			return start
		}
	}
	return start
}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "these": true, "those": true, "some": true, "any": true}

// cueOpeners are the words a dispute's clause reaches back over to its cue.
var cueOpeners = func() map[string]bool {
	m := map[string]bool{}
	for w := range determiners {
		m[w] = true
	}
	for _, w := range strings.Fields("has have had was were is are been be being will would sharply strongly publicly openly") {
		m[w] = true
	}
	return m
}()

// ownSubject reports whether the words before a dispute's cue are the
// sentence's own subject, worth keeping: a few words, no comma, and
// neither a pronoun nor a party the item's lead names.
func ownSubject(pre string, parties []string) bool {
	words := strings.Fields(pre)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(pre, ",;:“”\"") {
		return false
	}
	if pronouns[strings.ToLower(words[0])] || abbreviations[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		return false
	}
	for _, p := range parties {
		for _, w := range strings.Fields(p) {
			if len(w) > 2 && containsFold(pre, w) && capitalised(w) {
				return false
			}
		}
	}
	return true
}

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
var wireDateline = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:,\s*[\p{L} .'’]{2,30})?(?:/[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30})*\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+`)

// trimDateline is a sentence without the wire dateline that may open it.
func trimDateline(s string) string {
	s = brief.TrimDateline(strings.TrimSpace(s))
	if m := wireDateline.FindStringIndex(s); m != nil {
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
var creditTail = regexp.MustCompile(`\s*[(\[]\s*(?:additional\s+)?(?:reporting|editing|writing)\s+by\b.*$`)

// cleanItemText is an item's sentence as the page may print it: one line,
// without dateline or credit.
func cleanItemText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = trimDateline(s)
	return strings.TrimSpace(creditTail.ReplaceAllString(s, ""))
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
