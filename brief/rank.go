package brief

import (
	"regexp"
	"sort"
	"strings"

	"github.com/briefing-app/briefing/brief/internal/caps"
)

// scoreEntities weighs each entity's importance in its article: how often
// and how prominently it is named, whether it speaks, commits or disputes.
func (d *doc) scoreEntities() {
	d.demoteTerms()
	for _, e := range d.ents {
		s := 0.0
		lead := false
		for _, mi := range e.ments {
			m := d.ments[mi]
			w := 1.0
			switch {
			case m.form == formPronoun:
				w = 0.5
			case m.flags&mInQuote != 0:
				w = 0.4
			case m.flags&mAdj != 0:
				w = 0.5
			case m.flags&mLocative != 0:
				w = 0.6
			case m.form == formCapital:
				w = 0.7
			}
			if m.flags&mLead != 0 && m.flags&mInQuote == 0 {
				lead = true
			}
			s += w
		}
		if lead {
			s += 1.5
		}
		s += 1.5*float64(e.quotes) + 1.0*float64(e.commits) + 1.0*float64(e.disputes)
		if e.kind == KindPerson && strings.Contains(e.name, " ") && len(e.ments) >= 2 {
			s += 1.25 // a person named in full is someone the article introduces
			if e.role != "" || d.hasTitle(e) {
				s += 0.5
			}
		}
		if e.kind == KindOther {
			s *= 0.3
		}
		e.score = s
	}
}

// mentionCount counts an entity's references, pronouns included.
func (e *entity) mentionCount() int { return len(e.ments) }

// actorAliases lists the other forms of an entity's name, most used first.
func actorAliases(name string, forms map[string]int) []string {
	type fc struct {
		f string
		n int
	}
	list := make([]fc, 0, len(forms))
	for f, n := range forms {
		if f != "" {
			list = append(list, fc{f, n})
		}
	}
	// Most used first; ties in a fixed order, so the output is stable.
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].f < list[j].f
	})
	seen := map[string]bool{strings.ToLower(name): true}
	out := make([]string, 0, len(list))
	for _, x := range list {
		k := strings.ToLower(x.f)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, x.f)
	}
	return out
}

// mergeDocs merges the per-article results into the analysis: the same
// actor across articles becomes one, the same quote from two outlets one
// item with both cites; everything is ordered by importance.
func mergeDocs(an *Analysis, docs []*doc) {
	type agg struct {
		a     Actor
		forms map[string]int
		last  string
		// docs are the articles that name the actor; alone is set for a
		// lone surname filed as an organisation, and agreed for a name
		// cut to the given names the outlets agree on (crossdoc.go).
		docs          map[int]bool
		alone, agreed bool
	}
	var actors []*agg
	byName := map[string]*agg{}
	entName := make([]map[int]string, len(docs)) // per doc: entity → merged actor name
	for di, d := range docs {
		entName[di] = map[int]string{}
		for ei, e := range d.ents {
			key := strings.ToLower(e.name)
			g := byName[key]
			if g == nil && e.kind == KindPerson && e.last != "" {
				// "Starmer" in one article, "Keir Starmer" in another.
				for _, o := range actors {
					if o.a.Kind == KindPerson && o.last != "" && sameSurname(o.last, e.last) &&
						(!strings.Contains(o.a.Name, " ") || !strings.Contains(e.name, " ") ||
							strings.EqualFold(strings.Fields(o.a.Name)[0], strings.Fields(e.name)[0])) {
						g = o
						break
					}
				}
			}
			if g == nil {
				// Between articles only: one person whose given names the
				// outlets disagree on, or named by surname alone.
				for _, o := range actors {
					if o.docs[di] {
						continue
					}
					switch {
					case e.kind == KindPerson && o.a.Kind == KindPerson && e.last != "" && o.last == e.last:
						if shared := sharedGivenNames(o.a.Name, e.name); len(shared) > 0 {
							g = o
							if n := sharedName(o.a.Name, shared); n != o.a.Name {
								g.forms[g.a.Name]++
								g.a.Name, g.agreed = n, true
							}
						}
					case e.kind == KindPerson && e.last != "" && o.alone && strings.EqualFold(o.a.Name, e.last),
						o.a.Kind == KindPerson && o.last != "" && d.surnameAlone(e) && strings.EqualFold(e.name, o.last):
						g = o
						if g.alone {
							g.last = e.last
						}
						g.a.Kind, g.alone = KindPerson, false
					}
					if g != nil {
						break
					}
				}
			}
			if g == nil {
				g = &agg{a: Actor{Name: e.name, Kind: e.kind, Role: e.role}, forms: map[string]int{}, last: e.last,
					docs: map[int]bool{}, alone: d.surnameAlone(e)}
				actors = append(actors, g)
				byName[key] = g
			}
			g.docs[di] = true
			if !g.agreed && strings.Count(e.name, " ") > strings.Count(g.a.Name, " ") && e.kind == KindPerson {
				g.forms[g.a.Name]++
				g.a.Name = e.name
			}
			if g.a.Role == "" {
				g.a.Role = e.role
			}
			for f, n := range e.forms {
				g.forms[f] += n
			}
			g.forms[e.name]++
			g.a.Mentions += e.mentionCount()
			g.a.Score += e.score
			seenSent := map[int]bool{}
			for _, mi := range e.ments {
				m := d.ments[mi]
				if !seenSent[int(m.sent)] && len(g.a.Cites) < 50 {
					seenSent[int(m.sent)] = true
					g.a.Cites = append(g.a.Cites, Cite{Source: d.src, Sentence: int(m.sent)})
				}
			}
			entName[di][ei] = g.a.Name
		}
	}
	// Names may have grown (a full name found in a later article): map again.
	final := map[string]string{}
	for _, g := range actors {
		for f := range g.forms {
			final[strings.ToLower(f)] = g.a.Name
		}
		final[strings.ToLower(g.a.Name)] = g.a.Name
	}
	canon := func(di, ei int) string {
		if ei < 0 {
			return ""
		}
		n := entName[di][ei]
		if f, ok := final[strings.ToLower(n)]; ok {
			return f
		}
		return n
	}
	for _, g := range actors {
		g.a.Aliases = actorAliases(g.a.Name, g.forms)
		sort.Slice(g.a.Cites, func(i, j int) bool { return citeLess(g.a.Cites[i], g.a.Cites[j]) })
	}
	sort.SliceStable(actors, func(i, j int) bool {
		oi, oj := actors[i].a.Kind == KindOther, actors[j].a.Kind == KindOther
		if oi != oj {
			return oj
		}
		return actors[i].a.Score > actors[j].a.Score
	})
	an.Actors = make([]Actor, 0, len(actors))
	for _, g := range actors {
		if !keepActor(g.a) {
			continue
		}
		an.Actors = append(an.Actors, g.a)
	}
	// Quotes: the same words from two outlets are one quote.
	byText := map[string]int{}
	for di, d := range docs {
		for _, q := range d.quoteItems {
			k := normKey(q.text)
			sp := q.speaker
			if q.ent >= 0 {
				sp = canon(di, q.ent)
			}
			c := Cite{Source: d.src, Sentence: q.sent}
			if i, ok := byText[k]; ok {
				an.Quotes[i].Cites = append(an.Quotes[i].Cites, c)
				if an.Quotes[i].Speaker == "" {
					an.Quotes[i].Speaker = sp
				}
				continue
			}
			byText[k] = len(an.Quotes)
			an.Quotes = append(an.Quotes, Quote{Text: q.text, Speaker: sp, Cites: []Cite{c}, Score: quoteScore(q)})
		}
	}
	for di, d := range docs {
		for _, c := range d.commits {
			an.Commitments = append(an.Commitments, Commitment{Actor: canonOr(canon(di, c.ent), c.actor), Text: itemText(c.text),
				What: c.what, When: c.when, Strength: c.strength, SaidBy: c.saidBy, Cameo: c.cameo,
				Cites: []Cite{{Source: d.src, Sentence: c.sent}}, Score: c.score})
		}
		for _, x := range d.disputes {
			var parties []string
			for k, p := range x.parties {
				n := x.names[k]
				if p >= 0 {
					n = canon(di, p)
				}
				if n != "" && !containsStr(parties, n) {
					parties = append(parties, n)
				}
			}
			an.Disputes = append(an.Disputes, Dispute{Parties: parties, Text: itemText(x.text), Topic: x.topic, Cue: x.cue, Cameo: x.cameo,
				Cites: []Cite{{Source: d.src, Sentence: x.sent}}, Score: x.score})
		}
	}
	// Speakers and parties that are important raise their items.
	score := map[string]float64{}
	for _, a := range an.Actors {
		score[a.Name] = a.Score
	}
	for i := range an.Quotes {
		an.Quotes[i].Score += 0.1 * min(score[an.Quotes[i].Speaker], 20)
	}
	sort.SliceStable(an.Quotes, func(i, j int) bool { return an.Quotes[i].Score > an.Quotes[j].Score })
	sort.SliceStable(an.Commitments, func(i, j int) bool { return an.Commitments[i].Score > an.Commitments[j].Score })
	sort.SliceStable(an.Disputes, func(i, j int) bool { return an.Disputes[i].Score > an.Disputes[j].Score })
}

// keepActor drops what is not worth listing: places named once, things
// mentioned once only in passing.
func keepActor(a Actor) bool {
	if a.Kind == KindOther {
		return a.Mentions >= 2
	}
	return a.Score >= 1
}

func canonOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func citeLess(a, b Cite) bool {
	if a.Source != b.Source {
		if len(a.Source) != len(b.Source) {
			return len(a.Source) < len(b.Source)
		}
		return a.Source < b.Source
	}
	return a.Sentence < b.Sentence
}

// normKey folds a text for comparing quotes across outlets.
func normKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isQuoteRune(r) && r != '\u2026' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quoteScore prefers substantive quotes: whole sentences of some length,
// with a known speaker.
func quoteScore(q docQuote) float64 {
	s := float64(min(q.words, 40)) / 10
	if !q.partial {
		s += 1
	}
	if q.speaker != "" {
		s += 1
	}
	return s
}

// hasTitle reports whether the entity is ever named with a title ("Mr Putin").
func (d *doc) hasTitle(e *entity) bool {
	for _, mi := range e.ments {
		if d.ments[mi].title != "" {
			return true
		}
	}
	return false
}

// itemText tidies the text of a commitment or dispute: no dateline, no
// dangling conjunction at either end, a capital first letter.
func itemText(s string) string {
	return caps.First(trimClause(dropDateline(s)))
}

// dropDateline removes the wire dateline ("LONDON — ") that opens an
// article's first sentence from the text of a commitment or dispute.
func dropDateline(s string) string {
	s = strings.TrimSpace(s)
	if t := strings.TrimSpace(TrimDateline(s)); t != "" && t != s {
		return caps.First(t)
	}
	return s
}

// leadDateline matches a wire-style dateline opening a lead: "LONDON — ",
// "WASHINGTON (Reuters) - ".
var leadDateline = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{M} .,'’/-]{1,40}(\s*\([^)]{1,30}\))?\s*[—–-]\s+`)

// TrimDateline returns s without the wire dateline that may open it
// ("LONDON — ", "WASHINGTON (Reuters) - "); s is returned unchanged when it
// has none. The engine strips it from the items it extracts; the page strips
// it from the lead sentences it quotes.
func TrimDateline(s string) string {
	return leadDateline.ReplaceAllString(s, "")
}

// demoteTerms turns capitalised terms read as organisations into things
// when nothing shows they act: a common acronym ("CPU", "TV", "ID"), a lone
// title named once ("Sheriff"), or a capitalised phrase (or one ordinary
// word) named once, never before a verb and never speaking, promising or
// disputing ("Creative Inventory Action"). Names the gazetteer knows and organisation names
// ("… Council") stay.
func (d *doc) demoteTerms() {
	for _, e := range d.ents {
		if e.kind != KindOrganization || len(e.ments) == 0 || e.quotes+e.commits+e.disputes > 0 {
			continue
		}
		if n := strings.ToLower(e.name); techAcronyms[n] || titleHeads[n] && len(e.ments) == 1 {
			// "CPU", "TV"; a lone title read as a name ("Sheriff").
			e.kind = KindOther
			continue
		}
		named := 0
		acts := false
		for _, mi := range e.ments {
			m := d.ments[mi]
			if m.form == formPronoun || m.form == formDesc {
				continue
			}
			if m.form != formUnknown {
				acts = true // the gazetteer knows it, or it has an organisation's head word
			}
			named++
			if m.flags&mPoss != 0 {
				acts = true
			}
			if k := int(m.t1); k < len(d.toks) && d.toks[k].kind == tWord {
				if w := d.tokLower(k); isAuxiliary(w) || isVerbLike(w) || d.lex[k]&(lexSpeech|lexCommit|lexDispute) != 0 {
					acts = true // "Zeiss said", "Ford will…"
				}
			}
		}
		if acts || named != 1 {
			continue
		}
		// A phrase of capitalised words with no organisation's head word
		// ("Creative Inventory Action"), or one ordinary word ("Retina").
		f := strings.Fields(strings.ToLower(e.name))
		if len(f) == 0 {
			continue
		}
		term := len(f) > 1 || d.g.common[f[0]]
		for _, w := range f {
			if orgHeads[w] || d.g.isGivenName(w) {
				term = false
			}
		}
		if term {
			e.kind = KindOther
		}
	}
}

// techAcronyms are capitalised abbreviations of things, not of actors.
var techAcronyms = setOf("tv", "cpu", "gpu", "id", "pc", "usb", "vr", "ar", "os", "api", "url", "pdf", "gps",
	"led", "oled", "lcd", "hd", "4k", "dna", "rna", "gdp", "faq", "pin", "sim", "sms", "ram", "ssd", "wifi",
	"wi-fi", "html", "http", "https", "ios", "dvd", "cd", "mp3", "ui", "ux", "iq", "atm", "suv", "ev", "evs",
	"ceo", "cfo", "cto", "coo", "ipo", "tbd", "rsvp", "diy", "aka", "eta", "fyi", "am", "pm", "gmt", "utc")
