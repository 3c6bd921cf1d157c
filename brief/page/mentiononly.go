package page

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// mentionOnlyMax is the number of mentions from which a person the story
// only mentions is still a key actor: a story that keeps coming back to
// someone is about them.
const mentionOnlyMax = 5

// withoutMentionedOnly leaves out of the key actors the people a story
// only mentions and who do nothing in it: the minister an adviser works
// for ("Tomas Reyl, an adviser to Justice Minister Greta Solvang",
// "staffers from the office of Trade Minister Ivo Petrak"), a leader who
// is only what someone's posts are about ("retweeted a post about
// President-elect Marten Dahl"), and the outlet's own reporter who
// interviewed the people who act ("Valley Post political editor Lena
// Ruiz, who interviewed Drosdova"). Only a person named fewer than
// mentionOnlyMax times, who is no party to a printed item (involved) and
// speaks no printed quote, is left out, and only when
//
//   - the engine saw them do nothing (Actor.Acts), neither the headline
//     nor the lead of an article that names them names them, and each
//     time a sentence names them is a mention-only place
//     (mentionOnlyAt); or
//   - their role is a newsroom's ("editor", "correspondent") and the
//     article credits them or names its own outlet before their name
//     (ownReporter).
//
// The commitments and disputes that name them keep their lines. Pinned
// actors stay.
func withoutMentionedOnly(an *brief.Analysis, facts []*articleFacts, actors []brief.Actor, quotes []brief.Quote,
	involved map[string]int, pinned map[string]bool) []brief.Actor {
	out := actors[:0:0]
	var speakers map[string]bool // the printed quotes' speakers, folded, made when first asked
	for _, a := range actors {
		if a.Kind == brief.KindPerson && a.Mentions < mentionOnlyMax && a.Stance == "" && len(a.Cites) > 0 &&
			involved[foldName(a.Name)] == 0 && !(len(pinned) > 0 && pinned[a.Key()]) {
			if speakers == nil {
				speakers = quoteSpeakers(quotes)
			}
			if !speakers[foldName(a.Name)] && (a.Acts == 0 && onlyMentioned(an, facts, a) || ownReporter(an, facts, a)) {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// onlyMentioned reports whether every sentence that cites a names it only
// in mention-only places, none of them its article's lead, in articles
// whose headline does not name them.
func onlyMentioned(an *brief.Analysis, facts []*articleFacts, a brief.Actor) bool {
	forms := nameForms(a)
	for _, c := range a.Cites {
		art := an.Article(c.Source)
		s := art.SentenceText(c.Sentence)
		if s == "" || c.Sentence == leadSentence(an, facts, c.Source) || len(nameSpans(art.Title, forms)) > 0 {
			return false // the headline or the lead names who the story is about
		}
		spans := nameSpans(s, forms)
		if len(spans) == 0 {
			return false // a pronoun ("he said"): where it stands is not read here
		}
		for _, sp := range spans {
			if !mentionOnlyAt(s, sp[0], sp[1]) {
				return false
			}
		}
	}
	return true
}

// leadSentence is the index of the first sentence of a source's article
// that is not a credit line: the lead, which names who the story is about.
func leadSentence(an *brief.Analysis, facts []*articleFacts, source string) int {
	n := citeNumber(source)
	if n == 0 || n > len(an.Articles) || an.Articles[n-1] == nil {
		return -1
	}
	f := factsIn(facts, an.Articles, n-1)
	for i := range an.Articles[n-1].Sentences {
		if i >= len(f.credits) || !f.credits[i] {
			return i
		}
	}
	return -1
}

// nameForms are the forms a sentence may name a person by: the name, its
// aliases and the surname, longest first.
func nameForms(a brief.Actor) []string {
	forms := append([]string{a.Name}, a.Aliases...)
	if i := strings.LastIndexByte(a.Name, ' '); i > 0 && utf8.RuneCountInString(a.Name[i+1:]) >= 3 {
		forms = append(forms, a.Name[i+1:])
	}
	// Longest first: "Greta Solvang" is read before "Solvang".
	slices.SortStableFunc(forms, func(x, y string) int { return len(y) - len(x) })
	return forms
}

// nameSpans are the byte spans of s where one of forms stands as whole
// words, none inside another.
func nameSpans(s string, forms []string) [][2]int {
	var spans [][2]int
	taken := func(i, j int) bool {
		for _, sp := range spans {
			if i < sp[1] && sp[0] < j {
				return true
			}
		}
		return false
	}
	for _, f := range forms {
		if f == "" {
			continue
		}
		for from := 0; ; {
			k := strings.Index(s[from:], f)
			if k < 0 {
				break
			}
			i, j := from+k, from+k+len(f)
			from = j
			if wordRuneBefore(s, i) || wordRuneAfter(s, j) || taken(i, j) {
				continue
			}
			spans = append(spans, [2]int{i, j})
		}
	}
	return spans
}

func wordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func wordRuneAfter(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return j < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// mentionOnlyAt reports whether the name at s[i:j] stands where a
// sentence only mentions someone: inside someone's quotation, in a
// possessive inside a phrase ("from Lindgren's office", "in economist
// Piet Marsh's phrase"; not "Lindgren's office said", nor "Voss's decree
// took effect" that opens its clause), after "anti-", as the object of a
// preposition ("an adviser to Justice Minister Greta Solvang", "a post
// about President-elect Dahl", "the office of …") or of a verb of serving
// ("who advises Attorney-General …"), or as the subject of what a
// document claims ("an article that claimed President-elect Dahl lied").
func mentionOnlyAt(s string, i, j int) bool {
	if insideQuotation(s, i) || i > 0 && s[i-1] == '-' {
		return true
	}
	before := strings.Fields(s[:i])
	k := len(before) - 1
	// Over the title before the name: "Justice Minister", "President-elect", "the".
	for n := 0; k >= 0 && n < 5; n++ {
		w := before[k]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:.()\"“”") || calendarWords[strings.ToLower(w)] {
			break
		}
		k--
	}
	for k >= 0 && (before[k] == "the" || before[k] == "a" || before[k] == "an") {
		k--
	}
	rest := s[j:]
	for _, p := range []string{"'s ", "\u2019s ", "' ", "\u2019 "} {
		if strings.HasPrefix(rest, p) {
			// "Lindgren's office said": the office speaks for them.
			for n, w := range strings.Fields(rest[len(p):]) {
				if n >= 6 {
					break
				}
				if speechVerbs[strings.Trim(w, ",.;:")] != "" {
					return false
				}
			}
			// "Voss's decree took effect", "said Voss's decree was
			// illegal": what is theirs opens a clause and acts.
			return k >= 0 && !clauseOpens(before[k])
		}
	}
	if k < 0 {
		return false
	}
	w := before[k]
	switch {
	case kinInPhrase(before, k):
		return true
	case mentionPrepositions[w] || servingVerbs[w]:
		return true
	case claimVerbs[w] && k > 0 && (before[k-1] == "that" || before[k-1] == "which"):
		return true
	}
	return false
}

// kinInPhrase reports whether before[k], the last word before a name and
// its title, names the name's bearer as someone's relative inside a
// phrase: "lives with her husband, Piet Tolvik", "a yard that belongs to
// Asberg's husband, former mayor Piet Tolvik" — a possessive before the
// relative (and "late", "former"…), a word before it that opens no clause
// and is no "by" (the agent of a passive acts). "Her husband, Piet
// Tolvik, said" opens its clause: the relative may be its subject.
func kinInPhrase(before []string, k int) bool {
	// Over a role in lower case: "her husband, retired judge Piet Tolvik".
	for n := 0; n < 3 && k > 0 && !strings.ContainsAny(before[k], ",;:()\"“”") && strings.ToLower(before[k]) == before[k] &&
		!brief.KinNoun(before[k]); n++ {
		k--
	}
	if !brief.KinNoun(strings.TrimSuffix(strings.ToLower(before[k]), ",")) {
		return false
	}
	k--
	if k >= 0 && kinModifiers[strings.ToLower(before[k])] {
		k--
	}
	if k < 1 {
		return false
	}
	p := strings.ToLower(before[k])
	if !possessiveWords[p] && !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") {
		return false
	}
	w := strings.ToLower(before[k-1])
	return w != "by" && !clauseOpens(w)
}

// possessiveWords and kinModifiers open a relative's phrase: "her late
// husband".
var (
	possessiveWords = setOf(`his her their its our my your`)
	kinModifiers    = setOf(`late former estranged elder younger eldest youngest`)
)

// clauseOpens reports whether a word, the last before a name, leaves the
// name to open a clause: punctuation, a conjunction, a speech verb.
func clauseOpens(w string) bool {
	if strings.ContainsAny(w, ",;:()\"“”—–") || strings.HasSuffix(w, ".") {
		return true
	}
	w = strings.ToLower(w)
	return clauseWords[w] || speechVerbs[w] != "" || claimVerbs[w]
}

// clauseWords open a clause whose subject may follow.
var clauseWords = setOf(`and but or nor that which who whom while because as when after before if since although though
whether unless until so then`)

// insideQuotation reports whether byte i of s is inside a quotation.
func insideQuotation(s string, i int) bool {
	open := strings.LastIndex(s[:i], "\u201c")
	if open >= 0 && strings.LastIndex(s[:i], "\u201d") < open {
		return true
	}
	return strings.Count(s[:i], "\"")%2 == 1
}

// mentionPrepositions are the prepositions whose object a sentence only
// mentions. Not "by" (the agent of a passive acts), "from" (a letter from
// someone is theirs: "from Lindgren's office" is read as a possessive),
// "with" (who met with someone took part), "against" (whom a protest or a
// suit is against is a side of it), nor "including" (a list of those who
// act).
var mentionPrepositions = setOf(`to of about for on at toward towards over under than behind upon into like regarding
concerning`)

// servingVerbs say whom someone works for: "who advises Attorney-General …".
var servingVerbs = setOf(`advises advised advising serves served serving represents represented representing`)

// claimVerbs, after "that" or "which", give what a document says of
// someone: "an article that claimed President-elect Dahl lied".
var claimVerbs = setOf(`claimed claims alleged alleges suggested suggests argued argues said says reported reports`)

// calendarWords are capitalised words that are no title: "on Monday Voss …".
var calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december`)

// newsroomRoles are the last words of a reporter's role.
var newsroomRoles = setOf(`editor correspondent reporter journalist presenter anchor columnist interviewer producer`)

// ownReporter reports whether a is the reporter of the outlet that
// published the article: their role is a newsroom's and a sentence citing
// them is the article's credit line, or names its outlet before them ("the
// BBC's North America editor Jon Sopel said").
func ownReporter(an *brief.Analysis, facts []*articleFacts, a brief.Actor) bool {
	role := strings.Fields(strings.ToLower(a.Role))
	if len(role) == 0 || !newsroomRoles[strings.Trim(role[len(role)-1], ",.")] {
		return false
	}
	forms := nameForms(a)
	for _, c := range a.Cites {
		n := citeNumber(c.Source)
		if n == 0 || n > len(an.Articles) || n > len(an.Sources) || an.Articles[n-1] == nil {
			continue
		}
		f := factsIn(facts, an.Articles, n-1)
		if c.Sentence >= 0 && c.Sentence < len(f.credits) && f.credits[c.Sentence] {
			return true
		}
		s := an.Articles[n-1].SentenceText(c.Sentence)
		spans := nameSpans(s, forms)
		if len(spans) == 0 {
			continue
		}
		if namesOutlet(s[:spans[0][0]], sourceOutlet(an.Sources[n-1])) {
			return true
		}
	}
	return false
}

// namesOutlet reports whether the last eight words of before name the
// outlet: in full, or by its first or last word ("BBC" for "BBC News",
// "the Post's" for "Valley Post"), not by "News" alone.
func namesOutlet(before, outlet string) bool {
	ow := strings.Fields(outlet)
	if len(ow) == 0 {
		return false
	}
	ws := strings.Fields(before)
	ws = ws[max(0, len(ws)-8):]
	tail := strings.Join(ws, " ")
	if strings.Contains(tail, outlet) {
		return true
	}
	cands := []string{ow[0]}
	if len(ow) > 1 && len(ow) <= 3 {
		cands = append(cands, ow[len(ow)-1])
	}
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s"), ",")
		for _, c := range cands {
			if w == c && utf8.RuneCountInString(c) >= 3 && !genericOutletWords[strings.ToLower(c)] {
				return true
			}
		}
	}
	return false
}

// genericOutletWords name no outlet alone.
var genericOutletWords = setOf(`the news daily times post herald press radio television tv online`)
