package brief

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
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
