package brief

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The searches that an index or a remembered walk made linear in a long
// article must find what reading everything finds. These tests run the
// engine on news-style articles generated for them, in which many people
// share a surname or a first name and descriptions ("the president", "the
// jury") come back again and again, and compare, call by call, with the
// plain searches.

// linearCast is what the generated articles are made of.
var linearCast = struct {
	firsts, lasts, titles, orgs, descs, countries []string
	female                                        map[string]bool
}{
	// Given names the gazetteer knows, and first names it does not.
	firsts: []string{"Anna", "Maria", "John", "David", "Sarah", "Helen", "Tomas", "Ines", "Priya", "Eloise",
		"Lupita", "Tavish", "Korvin", "Amara", "Chidi"},
	// Surnames and near-misses sameSurname takes for one another, family
	// names written first, and an Arabic article.
	lasts: []string{"Okafor", "Okafur", "Mensah", "Varga", "Vargas", "Zelensky", "Zelenskyy", "Brueckner",
		"Bruckner", "al-Rashidi", "Rashidi", "Hale", "Marsh", "Kell", "Tanoto", "Kim", "Gao"},
	titles:    []string{"Mr", "Ms", "Dr", "President", "Minister", "Judge"},
	orgs:      []string{"Corvane Motors", "Halden Bank", "Pacifica Air", "Marlow District Court", "Harbour Safety Committee", "Bellmouth Police", "Ruritania Transport Union"},
	descs:     []string{"the president", "the minister", "the company", "the court", "the jury", "the airline", "the union", "the committee", "the police", "the mayor", "the regional health board", "the leader"},
	countries: []string{"French", "US", "Kenyan", "German"},
	female:    map[string]bool{"Anna": true, "Maria": true, "Sarah": true, "Helen": true, "Ines": true, "Priya": true, "Eloise": true, "Lupita": true, "Amara": true},
}

// linearArticle writes a news-style article of paras paragraphs about a
// cast of people drawn at random, so that surnames and first names repeat.
func linearArticle(r *rand.Rand, paras int) string {
	c := linearCast
	type person struct{ first, last string }
	cast := make([]person, 10+r.IntN(30))
	for i := range cast {
		cast[i] = person{c.firsts[r.IntN(len(c.firsts))], c.lasts[r.IntN(len(c.lasts))]}
		if cast[i].last == "Kim" || cast[i].last == "Gao" {
			cast[i] = person{cast[i].last, []string{"Wen", "Joon", "Min"}[r.IntN(3)]} // family name first
		}
	}
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	upper := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	var b strings.Builder
	for range paras {
		for s := 1 + r.IntN(4); s > 0; s-- {
			p, q := cast[r.IntN(len(cast))], cast[r.IntN(len(cast))]
			he, title := "he", pick(c.titles)
			if c.female[p.first] {
				he = "she"
				if title == "Mr" {
					title = "Ms"
				}
			} else if title == "Ms" {
				title = "Mr"
			}
			full := p.first + " " + p.last
			var line string
			switch r.IntN(17) {
			case 0:
				line = fmt.Sprintf("%s, the chief executive of %s, said on Monday that the plan would go ahead.", full, pick(c.orgs))
			case 1:
				line = fmt.Sprintf("%s %s told reporters that the deal was fair.", title, p.last)
			case 2:
				line = fmt.Sprintf("%s said %s would not resign before the vote.", p.last, he)
			case 3:
				line = fmt.Sprintf("“We will fight this decision in court,” %s said.", p.last)
			case 4:
				line = fmt.Sprintf("%s added that the talks had been difficult.", p.first)
			case 5:
				line = fmt.Sprintf("%s said the ruling would be appealed.", upper(pick(c.descs)))
			case 6:
				line = fmt.Sprintf("%s said it would cut 300 jobs by March.", pick(c.orgs))
			case 7:
				line = fmt.Sprintf("“It was a long night. We are tired but hopeful,” said %s %s.", title, p.last)
			case 8:
				line = fmt.Sprintf("The %s president criticised %s over the delay.", pick(c.countries), p.last)
			case 9:
				line = fmt.Sprintf("Minister %s promised to publish the report, and %s was named president of %s.", full, q.first+" "+q.last, pick(c.orgs))
			case 10:
				line = fmt.Sprintf("%s and %s disagreed over the budget.", p.last, q.last)
			case 11:
				line = fmt.Sprintf("%s rejected the claim, and %s was sent home.", upper(pick(c.descs)), pick(c.descs))
			case 12:
				line = fmt.Sprintf("Asked about %s, %s said: “I have nothing to add.”", p.last, q.first)
			case 13:
				line = fmt.Sprintf("%s is the mayor of Bellmouth.", full)
			case 15:
				// A description before an actor it may stand for, in one
				// sentence: the actor is no earlier mention.
				line = fmt.Sprintf("%s said %s would decide by Friday.", upper(pick(c.descs)), pick(c.orgs))
			case 14:
				// Two quote items in one sentence, the first begun in the
				// sentence before.
				line = fmt.Sprintf("“We are tired. We need rest,” said %s, but %s replied that “the work is not done.”", full, q.first+" "+q.last)
			default:
				line = fmt.Sprintf("“%s has promised to answer every question,” %s told the committee.", p.last, q.first+" "+q.last)
			}
			b.WriteString(line)
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// linearDocs analyses the generated articles and the project's own test
// articles, calling check on each analysis.
func linearDocs(t *testing.T, check func(d *doc)) {
	t.Helper()
	r := rand.New(rand.NewPCG(16, 5))
	var arts []*Article
	for i := range 8 {
		arts = append(arts, NewArticle(fmt.Sprintf("Generated %d", i), Normalize(linearArticle(r, 60+40*i))))
	}
	// A description no actor fits for a long stretch, then in the sentence
	// that names one after it, then long after.
	var b strings.Builder
	b.WriteString("The airline said the flights were full.\n\n")
	for i := range 60 {
		if i == 30 {
			b.WriteString("The airline said Pacifica Air would cut flights by March.\n\n")
		}
		b.WriteString("Anna Okafor said the talks had been difficult. Mr Kell agreed.\n\n")
	}
	b.WriteString("The airline said the flights were full.\n\n")
	arts = append(arts, NewArticle("Airline", Normalize(b.String())))
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, NewArticle(p, Normalize(string(text))))
	}
	for _, a := range arts {
		check(analyzeDoc(context.Background(), a))
	}
}

// matchSingleReference is matchSingle as first written: every entity is
// read, and a first name counts as one person's by reading every person.
func matchSingleReference(d *doc, mi int) (best, passing int) {
	m := &d.ments[mi]
	if strings.Contains(m.key, " ") && m.form != formPerson {
		return -1, 0
	}
	w := nameKey(m.key)
	familyFirst, named := true, 0
	for _, e := range d.ents {
		if e.kind == KindPerson && sameSurname(e.last, w) {
			familyFirst = false
		}
		if e.kind == KindPerson && e.first == w && strings.Contains(e.name, " ") {
			named++
		}
	}
	best, bestDist := -1, 1<<30
	for ei, e := range d.ents {
		if e.kind != KindPerson || e.last == "" || !strings.Contains(e.name, " ") {
			continue
		}
		byLast := sameSurname(e.last, w)
		byFirst := e.first == w && (m.title() == "" || familyFirst) && (d.g.isGivenName(w) || !d.g.common[w] && named == 1 ||
			familyFirst && familyFirstNames[w] && named == 1)
		if !byLast && !byFirst || m.gender != genderUnknown && e.gender != genderUnknown && m.gender != e.gender {
			continue
		}
		passing++
		dist := 1 << 29
		ms := e.ments
		k := sort.Search(len(ms), func(i int) bool { return d.ments[ms[i]].t0 > m.t0 })
		if k > 0 {
			dist = int(m.t0 - d.ments[ms[k-1]].t0)
		} else if k < len(ms) {
			dist = 100000 + int(d.ments[ms[k]].t0-m.t0)
		}
		if byFirst && !byLast {
			dist += 50
		}
		if m.gender != genderUnknown && e.gender == genderUnknown {
			dist += 200
		}
		if dist < bestDist {
			best, bestDist = ei, dist
		}
	}
	return best, passing
}

func TestMatchSingleFindsWhatReadingEveryEntityFinds(t *testing.T) {
	calls, found, choices, byFirst := 0, 0, 0, 0
	testMatchSingle = func(d *doc, mi, ei int) {
		want, passing := matchSingleReference(d, mi)
		calls++
		if want >= 0 {
			found++
			if w := nameKey(d.ments[mi].key); d.ents[want].first == w && !sameSurname(d.ents[want].last, w) {
				byFirst++
			}
		}
		if passing >= 2 {
			choices++
		}
		if ei != want {
			name := func(i int) string {
				if i < 0 {
					return "no one"
				}
				return d.ents[i].name
			}
			t.Errorf("%s: %q (token %d) matched %s, reading every entity finds %s", d.a.Title,
				d.spanText(int(d.ments[mi].t0), int(d.ments[mi].t1)), d.ments[mi].t0, name(ei), name(want))
		}
	}
	defer func() { testMatchSingle = nil }()
	linearDocs(t, func(*doc) {})
	t.Logf("%d single names: %d matched (%d by first name), %d with two people or more to choose from", calls, found, byFirst, choices)
	// The articles must give the search something to get wrong.
	if found < 500 || byFirst < 20 || choices < 200 {
		t.Errorf("the articles exercise too little: %d single names matched, %d by first name, %d with a choice", found, byFirst, choices)
	}
}

func TestLatestMentionedRemembersWhatAFullWalkFinds(t *testing.T) {
	calls, found := 0, 0
	testLatestMentioned = func(d *doc, mi int, pass func(*entity) bool, ei int) {
		// A walk that knows nothing reads the mentions back to the first
		// that passes (or to the article's start).
		want := d.latestMentioned(mi, pass, &descWalk{noneUpTo: -1})
		calls++
		if want >= 0 {
			found++
		}
		if ei != want {
			t.Errorf("%s: %q (token %d) found entity %d, a full walk finds %d", d.a.Title,
				d.spanText(int(d.ments[mi].t0), int(d.ments[mi].t1)), d.ments[mi].t0, ei, want)
		}
	}
	defer func() { testLatestMentioned = nil }()
	linearDocs(t, func(*doc) {})
	t.Logf("%d descriptions, %d resolved by their walk", calls, found)
	if calls < 300 || found < 100 || calls-found < 50 {
		t.Errorf("the articles exercise too little: %d descriptions, %d resolved by their walk", calls, found)
	}
}

func TestQuoteIndexesFindWhatReadingEveryQuoteFinds(t *testing.T) {
	items, multi, shared := 0, 0, 0
	linearDocs(t, func(d *doc) {
		items += len(d.quoteItems)
		for i, q := range d.quoteItems {
			if q.span > 0 {
				multi++
			}
			if i > 0 && d.quoteItems[i-1].sent+d.quoteItems[i-1].span >= q.sent {
				shared++ // a sentence held by two items: the first counts
			}
		}
		for tk := range d.toks {
			want := -1
			for i, q := range d.quoteItems {
				if si := d.sentenceOf(tk); q.sent <= si && si <= q.sent+q.span {
					want = i
					break
				}
			}
			if got := d.quoteItemAt(tk); got != want {
				t.Fatalf("%s: quoteItemAt(%d) = %d, reading every quote item finds %d", d.a.Title, tk, got, want)
			}
		}
		for p := range d.a.Paragraphs {
			want := false
			for k := len(d.quotes) - 1; k >= 0; k-- {
				if q := d.quotes[k]; q.para <= p {
					want = q.para == p && d.a.Paragraphs[p].End-q.oe < 60
					break
				}
			}
			if got := d.lastQuoteEndsPara(p); got != want {
				t.Fatalf("%s: lastQuoteEndsPara(%d) = %v, reading the quotes back finds %v", d.a.Title, p, got, want)
			}
		}
	})
	if items < 200 || multi < 20 || shared < 20 {
		t.Errorf("the articles exercise too little: %d quote items, %d over several sentences, %d sharing a sentence", items, multi, shared)
	}
}

func TestEntIndexCountsPeopleNamedInFull(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	firsts := []string{"anna", "john", "lupita", "gao", "okafor"}
	d := &doc{}
	x := newEntIndex()
	for range 2000 {
		if len(d.ents) > 0 && r.IntN(3) == 0 {
			// A fuller name for an entity already indexed, as attach
			// gives it: a person read first by one name.
			ei := r.IntN(len(d.ents))
			e := d.ents[ei]
			e.first = firsts[r.IntN(len(firsts))]
			e.name = e.first + " " + e.last
			x.add(d, ei)
			continue
		}
		e := &entity{kind: []ActorKind{KindPerson, KindPerson, KindOrganization}[r.IntN(3)], last: "okafor"}
		e.name = e.last
		if e.kind == KindPerson {
			e.first = firsts[r.IntN(len(firsts))]
			if r.IntN(2) == 0 {
				e.name = e.first + " " + e.last
			} else {
				e.first = e.last // a single name
			}
		}
		d.ents = append(d.ents, e)
		x.add(d, len(d.ents)-1)
	}
	for _, w := range firsts {
		want := 0
		for _, e := range d.ents {
			if e.kind == KindPerson && e.first == w && strings.Contains(e.name, " ") {
				want++
			}
		}
		if got := x.namedFirst(w); got != want {
			t.Errorf("namedFirst(%q) = %d, counting the entities gives %d", w, got, want)
		}
	}
}

func TestDescWalksForgetWhatAChangeAlters(t *testing.T) {
	d := &doc{ents: []*entity{
		{name: "Anna Okafor", kind: KindPerson},
		{name: "John Kell", kind: KindPerson, role: "Minister"},
	}}
	mayor := descKey{kind: KindPerson, head: "mayor"}
	company := descKey{kind: KindOrganization, head: "company"}
	ws := descWalks{}
	ws.of(mayor).noneUpTo, ws.of(company).noneUpTo = 10, 10
	// Anna Okafor becomes the mayor: a walk that found no one for "the
	// mayor" may now find her; the company's walk holds.
	ws.change(d, 0, func() { d.ents[0].role = "Mayor of Bellmouth" })
	if ws[mayor].noneUpTo >= 0 {
		t.Error("the walk of “the mayor” is kept after a person became mayor")
	}
	if ws[company].noneUpTo != 10 {
		t.Error("the walk of “the company” is forgotten when a person became mayor")
	}
	// A change after which the entity fits neither: both walks hold.
	ws.of(mayor).noneUpTo = 12
	ws.change(d, 1, func() { d.ents[1].role = "Finance minister" })
	if ws[mayor].noneUpTo != 12 || ws[company].noneUpTo != 10 {
		t.Error("a walk is forgotten after a change that makes no entity fit it")
	}
}

func TestNamedPersonBeforeFindsWhatReadingEveryMentionFinds(t *testing.T) {
	// "the Detective Ruiz said": a title and one word after "the" name a
	// person only when a person of that word is already named.
	r := rand.New(rand.NewPCG(7, 11))
	titles := []string{"Detective", "Inspector", "Commissioner", "Sergeant", "Chancellor", "Governor"}
	words := []string{"Ruiz", "Halloran", "Brekke", "Tavish", "Okonjo", "Marlowe", "Vance", "Quist", "Delacroix"}
	var b strings.Builder
	for range 400 {
		title, w := titles[r.IntN(len(titles))], words[r.IntN(len(words))]
		switch r.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "%s %s said the inquiry would continue. ", title, w)
		case 1:
			fmt.Fprintf(&b, "The %s %s said the report was late. ", title, w)
		case 2:
			fmt.Fprintf(&b, "Reporters asked the %s %s about the delay on Tuesday. ", title, w)
		default:
			fmt.Fprintf(&b, "A %s %s was seen at the station. ", title, w)
		}
		if r.IntN(3) == 0 {
			b.WriteString("\n\n")
		}
	}
	calls, named := 0, 0
	testNamedPersonBefore = func(d *doc, k int, got bool) {
		want := false
		key := d.tokKey(k)
		for i := range d.ments {
			if m := &d.ments[i]; m.form == formPerson && m.t1-m.t0 == 1 && d.tokKey(int(m.t0)) == key {
				want = true
				break
			}
		}
		calls++
		if want {
			named++
		}
		if got != want {
			t.Errorf("%q (token %d): named before = %v, reading every mention finds %v", d.tokText(k), k, got, want)
		}
	}
	defer func() { testNamedPersonBefore = nil }()
	analyzeDoc(context.Background(), NewArticle("Titles", Normalize(b.String())))
	linearDocs(t, func(*doc) {})
	t.Logf("%d words after a title asked, %d named before", calls, named)
	if calls < 100 || named < 30 || calls-named < 10 {
		t.Errorf("the articles exercise too little: %d words asked, %d named before", calls, named)
	}
}

// TestWordIDs checks the word ids against what looking each token's word
// up finds: one id per lower-cased form, its lexicon entry, whether it is
// a given name, and how the article writes it (collected as first written,
// in a map from the word).
func TestWordIDs(t *testing.T) {
	lx := lexiconMap()
	mid, lower, given := 0, 0, 0
	linearDocs(t, func(d *doc) {
		caps := map[string]uint8{}
		for i, tk := range d.toks {
			if tk.kind != tWord {
				if d.wid[i] != -1 {
					t.Fatalf("%s: token %d %q is no word but has id %d", d.a.Title, i, d.tokText(i), d.wid[i])
				}
				continue
			}
			w := d.tokLower(i)
			if id, ok := d.wordIDOf(w); !ok || id != d.wid[i] {
				t.Fatalf("%s: token %d %q has id %d, its word %d (%v)", d.a.Title, i, w, d.wid[i], id, ok)
			}
			if wi := d.wordAt(i); wi.lex != lx[w] || wi.lex.given != d.g.isGivenName(d.tokText(i)) || d.givenAt(i) != wi.lex.given {
				t.Errorf("%s: %q: %+v, lexicon %+v, given name %v", d.a.Title, w, wi, lx[w], d.g.isGivenName(w))
			}
			if d.lex[i]&lexFunction != 0 && tk.flags&fCap == 0 {
				continue
			}
			switch {
			case tk.flags&fCap == 0:
				caps[w] |= seenLower
			case tk.flags&(fStart|fInQuote) == 0 && !d.afterOpener(i):
				caps[w] |= seenCapMid
			}
		}
		if len(d.words) != len(d.wordTab.at) {
			t.Errorf("%s: %d words, %d ids", d.a.Title, len(d.words), len(d.wordTab.at))
		}
		for id := range d.words {
			w := d.wordOf(int32(id))
			if got, ok := d.wordIDOf(w); !ok || got != int32(id) {
				t.Errorf("%s: word %d %q has id %d (%v)", d.a.Title, id, w, got, ok)
			}
			if d.capStats(w) != caps[w] || d.words[id].caps != caps[w] {
				t.Errorf("%s: %q written %b, the tokens say %b", d.a.Title, w, d.capStats(w), caps[w])
			}
			if caps[w]&seenCapMid != 0 {
				mid++
			}
			if caps[w]&seenLower != 0 {
				lower++
			}
			if d.words[id].lex.given {
				given++
			}
		}
		for w := range caps {
			if _, ok := d.wordIDOf(w); !ok {
				t.Errorf("%s: %q has no id", d.a.Title, w)
			}
		}
		if d.capStats("zzqx-not-a-word") != 0 {
			t.Errorf("%s: a word the article lacks has case evidence", d.a.Title)
		}
	})
	if mid < 100 || lower < 500 || given < 20 {
		t.Errorf("the articles exercise too little: %d words capitalised mid-sentence, %d in lower case, %d given names", mid, lower, given)
	}
}
