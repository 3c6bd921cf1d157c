package brief

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The quick rejections that spare resolveEntities' helpers their full
// work must answer as the helpers first written: these tests compare them
// with the plain definitions, kept here, on names written for them and on
// random ones.

// trimArticleReference is trimArticle as first written: every article
// tried in turn.
func trimArticleReference(k string) string {
	for _, p := range []string{"al-", "el-", "ad-", "ed-", "as-", "es-", "ash-", "an-", "ar-", "at-", "az-"} {
		if strings.HasPrefix(k, p) && len(k) > len(p)+2 {
			return k[len(p):]
		}
	}
	return k
}

// cleanNameReference is cleanName as first written.
func cleanNameReference(s string) string {
	if !strings.ContainsAny(s, "[]") {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(s)), " ")
}

// randomKey makes a short string of letters, hyphens, brackets, spaces
// and a few runes beyond ASCII, so that articles, near-articles
// ("al-x", "ash-", "a-l") and brackets are common.
func randomKey(r *rand.Rand) string {
	parts := []string{"a", "l", "s", "h", "e", "d", "z", "-", "-", "[", "]", " ", "é", "ł", "\u2011", "\xff"}
	var b strings.Builder
	for range r.IntN(9) {
		b.WriteString(parts[r.IntN(len(parts))])
	}
	return b.String()
}

func TestTrimArticleAndCleanNameMatchTheirDefinitions(t *testing.T) {
	keys := []string{"", "a", "al", "al-", "al-r", "al-ra", "al-ras", "al-rashidi", "ash-", "ash-sh", "ash-shami",
		"as-shami", "el-tahawy", "az-zubi", "aL-rashidi", "al–rashidi", "rashidi", "a-rashidi", "alrashidi", "an-nour",
		"[Vladimir] Putin", "Putin [sic]", "[", "]", "Vladimir Putin", "Martínez [Jr]", "ab-cdef", "ar-r", "at-tal"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		keys = append(keys, randomKey(r))
	}
	for _, k := range keys {
		if got, want := trimArticle(k), trimArticleReference(k); got != want {
			t.Errorf("trimArticle(%q) = %q, want %q", k, got, want)
		}
		if got, want := cleanName(k), cleanNameReference(k); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", k, got, want)
		}
	}
}

// mergeOrgPrefixesReference is mergeOrgPrefixes as first written: every
// entity indexed, whatever its kind and mentions.
func (d *doc) mergeOrgPrefixesReference() {
	byName, byStem := map[string][]int32{}, map[string][]int32{}
	index := func(ei int) {
		n := d.ents[ei].name
		byName[n] = insertOnce(byName[n], int32(ei))
		if i := strings.LastIndexByte(n, ' '); i >= 0 {
			byStem[n[:i]] = insertOnce(byStem[n[:i]], int32(ei))
		}
	}
	for ei := range d.ents {
		index(ei)
	}
	for ei, e := range d.ents {
		if len(e.ments) == 0 || e.kind != KindOrganization || strings.Count(e.name, " ") < 1 {
			continue
		}
		next := func(oi int) int {
			n := len(d.ents)
			if l := byStem[e.name]; len(l) > 0 {
				if k, _ := slices.BinarySearch(l, int32(oi+1)); k < len(l) {
					n = int(l[k])
				}
			}
			if i := strings.LastIndexByte(e.name, ' '); i >= 0 {
				if l := byName[e.name[:i]]; len(l) > 0 {
					if k, _ := slices.BinarySearch(l, int32(oi+1)); k < len(l) {
						n = min(n, int(l[k]))
					}
				}
			}
			return n
		}
		for oi := next(-1); oi < len(d.ents); oi = next(oi) {
			o := d.ents[oi]
			if oi == ei || len(o.ments) == 0 || (o.kind != KindOrganization && o.kind != KindPerson) {
				continue
			}
			switch {
			case strings.HasPrefix(o.name, e.name+" ") && strings.Count(o.name, " ") == strings.Count(e.name, " ")+1:
				d.mergeInto(oi, ei)
				if o.kind == KindOrganization {
					e.forms.add(e.name, 1)
					e.name = o.name
					index(ei)
				}
			case strings.HasPrefix(e.name, o.name+" ") && strings.Count(e.name, " ") == strings.Count(o.name, " ")+1 &&
				strings.Count(o.name, " ") >= 1:
				d.mergeInto(oi, ei)
			}
		}
	}
}

// entityCopy returns a doc whose entities and mentions are copies of d's,
// for a step to change without changing d.
func entityCopy(d *doc) *doc {
	c := *d
	c.ments = slices.Clone(d.ments)
	c.ents = make([]*entity, len(d.ents))
	for i, e := range d.ents {
		x := *e
		x.ments = slices.Clone(e.ments)
		x.forms = formCounts{list: slices.Clone(e.forms.list), idx: maps.Clone(e.forms.idx)}
		c.ents[i] = &x
	}
	return &c
}

// prefixArticle writes a news-style article in which names of
// organisations, people and places begin one another ("Whole Foods",
// "Whole Foods Market", "Whole Foods Market Group"; "Anna Marsh", "Anna
// Marsh Holdings"; "Bellmouth", "Bellmouth Police").
func prefixArticle(r *rand.Rand) string {
	names := []string{"Whole Foods", "Whole Foods Market", "Whole Foods Market Group", "Brightway Trading",
		"Brightway Trading Ltd", "Brightway", "Harlow Rail", "Harlow Rail Services", "Harlow Rail Freight", "Harlow",
		"Anna Marsh", "Anna Marsh Holdings", "Marsh Holdings", "Bellmouth", "Bellmouth Police", "Bellmouth Police Federation",
		"Corvane Motors", "Corvane", "Corvane Motors UK", "Mr Corvane", "Halden Bank", "Halden Bank Trust", "Dr Anna Marsh",
		"Pacifica Air", "Pacifica", "Pacifica Air Cargo", "the Pacifica Air Cargo", "Tavish Kell", "Tavish Kell Partners"}
	frames := []string{"%s said it would appeal the ruling.", "%s said she was surprised by the vote.",
		"Shares in %s fell sharply on Monday.", "%s, which employs 300 people, denied the claim.",
		"A spokesman for %s declined to comment.", "The deal between %s and %s collapsed.",
		"%s told reporters that %s had broken the agreement.", "“We will not pay,” %s said.",
		"Officials in %s said the road was closed.", "%s chief executive %s resigned."}
	var b strings.Builder
	for range 10 + r.IntN(30) {
		f := frames[r.IntN(len(frames))]
		args := make([]any, strings.Count(f, "%s"))
		for i := range args {
			args[i] = names[r.IntN(len(names))]
		}
		line := fmt.Sprintf(f, args...)
		b.WriteString(strings.ToUpper(line[:1]) + line[1:])
		b.WriteString(" ")
		if r.IntN(3) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func TestMergeOrgPrefixesMergesAsItsFirstForm(t *testing.T) {
	calls, merged := 0, 0
	testMergeOrgPrefixes = func(d *doc) {
		got, want := entityCopy(d), entityCopy(d)
		got.mergeOrgPrefixes()
		want.mergeOrgPrefixesReference()
		calls++
		for ei := range want.ents {
			if len(want.ents[ei].ments) == 0 && len(d.ents[ei].ments) > 0 {
				merged++
			}
			if !reflect.DeepEqual(got.ents[ei], want.ents[ei]) {
				t.Errorf("%s: entity %d is %+v, its first form makes %+v", d.a.Title, ei, *got.ents[ei], *want.ents[ei])
			}
		}
		if !slices.Equal(got.ments, want.ments) {
			t.Errorf("%s: the mentions differ from those its first form makes", d.a.Title)
		}
	}
	defer func() { testMergeOrgPrefixes = nil }()
	linearDocs(t, func(*doc) {})
	for i := range 30 {
		analyzeDoc(context.Background(), NewArticle(fmt.Sprintf("Prefixes %d", i), Normalize(prefixArticle(rand.New(rand.NewPCG(7, uint64(i)))))))
	}
	t.Logf("%d articles, %d entities merged", calls, merged)
	if merged < 10 {
		t.Errorf("the articles exercise too little: %d entities merged", merged)
	}
}

func TestLowerHashIsHashOfLowerCase(t *testing.T) {
	words := []string{"", "Corvane", "CORVANE", "corvane", "Zoë", "ÉCOLE", "al-Rashidi", "[Vladimir]", "Straße", "@Z[`az{"}
	r := rand.New(rand.NewPCG(8, 9))
	for range 2000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		words = append(words, string(b))
	}
	for _, s := range words {
		for _, kind := range []byte{ixLowWord, ixFirst} {
			if got, want := lowerHash(kind, s), hashKey(kind, 0, asciiLower(s), ""); got != want {
				t.Errorf("lowerHash(%d, %q) = %x, want hashKey of its lower case %x", kind, s, got, want)
			}
		}
	}
}
