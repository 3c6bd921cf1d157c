package brief

import (
	"strings"
	"sync"
	"unicode"
)

// gazHit is what the gazetteer knows about a surface form.
type gazHit struct {
	name string    // canonical actor name
	kind ActorKind // person never; country, organization, group, other
	// how the form relates to the actor
	form uint8
}

// Forms of a gazetteer hit.
const (
	formName    uint8 = iota // the name or a short form: "Britain", "UK"
	formDemonym              // an adjective or people noun: "British", "Ukrainians"
	formCapital              // a capital or seat of government: "Kyiv", "Kremlin"
	formPlace                // a place that only locates something
)

// gazetteer holds the lookup tables built once from gazetteer_data.go.
type gazetteer struct {
	// fold maps lower-cased (ASCII) forms to hits; exact holds all-caps
	// abbreviations ("US", "WHO") that only match in capitals.
	fold, exact map[string]gazHit
	// foldBits has the bit of foldSig set for every key of fold: a form
	// whose bit is clear is not in fold, and most capitalised words
	// looked up are not, so they are answered without the map.
	foldBits [foldBitsLen / 64]uint64
	maxWords int
	// firstMax maps the lower-cased first word of every entry to the
	// number of words of its longest entry.
	firstMax map[string]int
	male     map[string]bool
	female   map[string]bool
	common   map[string]bool
	nonActor map[string]bool
	// regions holds the canonical names of continents and world regions.
	regions map[string]bool
	// natural holds the seas, rivers and mountains of gazNatural.
	natural map[string]bool
	// cities maps the lower-cased forms of each country's capital (its
	// name and other spellings of it: "Kiev", "Brasília") to the
	// capital's name. A seat of government ("Kremlin", "Downing
	// Street") or another city listed for the government is not in it.
	cities map[string]string
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// theGazetteer returns the gazetteer, building it on first use.
func theGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = buildGazetteer() })
	return gaz
}

func buildGazetteer() *gazetteer {
	// Every place and organisation has a form or two, a country a dozen:
	// room made once rather than by growing.
	forms := len(gazPlaces) + len(gazNatural) + 2*len(gazOrgs) + 2*len(gazRegions) + 12*len(gazCountries)
	g := &gazetteer{fold: make(map[string]gazHit, forms), exact: map[string]gazHit{},
		firstMax: make(map[string]int, forms), cities: make(map[string]string, len(gazCountries))}
	add := func(form string, h gazHit) {
		form = tidyForm(form)
		if form == "" {
			return
		}
		n := strings.Count(form, " ") + 1
		g.maxWords = max(g.maxWords, n)
		key := asciiLower(form)
		if fw, _, _ := strings.Cut(key, " "); n > g.firstMax[fw] {
			g.firstMax[fw] = n
		}
		if isAllCapsWord(form) {
			if _, ok := g.exact[form]; !ok {
				g.exact[form] = h
			}
			return
		}
		if old, ok := g.fold[key]; ok && old.form <= h.form {
			return // a name beats a demonym beats a capital beats a place
		}
		g.fold[key] = h
	}
	for _, c := range gazCountries {
		h := gazHit{name: c.Name, kind: KindCountry}
		add(c.Name, h)
		for _, s := range c.Short {
			add(s, h)
		}
		h.form = formDemonym
		for _, s := range c.Demonyms {
			add(s, h)
		}
		h.form = formCapital
		if c.Capital != "" {
			add(c.Capital, h)
			g.cities[asciiLower(c.Capital)] = c.Capital
		}
		for _, s := range c.Gov {
			add(s, h)
			if c.Capital != "" && sameSpelling(s, c.Capital) {
				g.cities[asciiLower(s)] = c.Capital
			}
		}
	}
	for _, o := range gazOrgs {
		h := gazHit{name: o.Name, kind: ActorKind(o.Kind)}
		add(o.Name, h)
		for _, s := range o.Aliases {
			add(s, h)
		}
	}
	g.regions = map[string]bool{}
	for _, r := range gazRegions {
		g.regions[r.Name] = true
		h := gazHit{name: r.Name, kind: ActorKind(r.Kind)}
		add(r.Name, h)
		h.form = formDemonym
		for _, s := range r.Aliases {
			add(s, h)
		}
	}
	for _, p := range gazPlaces {
		add(p, gazHit{name: p, kind: KindOther, form: formPlace})
	}
	g.natural = map[string]bool{}
	for _, p := range gazNatural {
		add(p, gazHit{name: p, kind: KindOther, form: formPlace})
		g.natural[p] = true
	}
	for k := range g.fold {
		sig := foldSig(k)
		g.foldBits[sig/64] |= 1 << (sig % 64)
	}
	g.male = gazWordSet(givenNamesMale)
	g.female = gazWordSet(givenNamesFemale)
	g.common = gazWordSet(commonWords)
	g.nonActor = map[string]bool{}
	for _, line := range strings.Split(nonActorNames, "\n") {
		for _, w := range strings.Split(line, ",") {
			if w = strings.TrimSpace(w); w != "" {
				g.nonActor[asciiLower(w)] = true
			}
		}
	}
	return g
}

// tidyForm returns a name form of the tables with a straight apostrophe
// for a curly one and its words parted by one space. Most are written so:
// they are returned as they are, without the work of splitting them.
func tidyForm(form string) string {
	for i, r := range form {
		if r == '\u2019' || r != ' ' && unicode.IsSpace(r) || r == ' ' && (i == 0 || i == len(form)-1 || form[i-1] == ' ') {
			return strings.Join(strings.Fields(strings.ReplaceAll(form, "\u2019", "'")), " ")
		}
	}
	return form
}

// sameSpelling reports whether a form listed for a government is another
// spelling of its capital ("Kiev" for "Kyiv", "Washington, D.C."), not a
// seat ("Kremlin") or another city ("The Hague"): their first two
// consonants, read without case or accents, are the same.
func sameSpelling(form, capital string) bool {
	a, b := consonants(form, 2), consonants(capital, 2)
	return len(a) == 2 && a == b
}

// consonants returns the first n ASCII consonants of s, lower-cased
// (y is read as a vowel; accented letters are skipped).
func consonants(s string, n int) string {
	var out []byte
	for i := 0; i < len(s) && len(out) < n; i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c)) {
			out = append(out, c)
		}
	}
	return string(out)
}

// gazWordSet makes a set of the whitespace-separated words of s, lower-cased.
func gazWordSet(s string) map[string]bool {
	f := strings.Fields(s)
	m := make(map[string]bool, len(f))
	for _, w := range f {
		m[asciiLower(w)] = true
	}
	return m
}

// isAllCapsWord reports whether s is an abbreviation written in capitals
// ("US", "U.S.", "WHO"): two or more letters, none lower case.
func isAllCapsWord(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' || c == '&' || c == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// foldBitsLen is the number of bits of gazetteer.foldBits: some 16 for
// each key of fold, 16 KB.
const foldBitsLen = 1 << 17

// foldSig is the bit of gazetteer.foldBits for a form: a hash of its
// length and of its first, middle and last bytes, lower-cased (ASCII),
// which is the same for a form and for its lower-cased key.
func foldSig(s string) uint32 {
	n := len(s)
	if n == 0 {
		return 0
	}
	x := uint64(n) | uint64(lowerByte(s[0]))<<16 | uint64(lowerByte(s[n/2]))<<24 | uint64(lowerByte(s[n-1]))<<32
	return uint32((x * 0x9e3779b97f4a7c15) >> (64 - 17))
}

// lowerByte lower-cases an ASCII capital.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// mayFold reports whether a form may lower to a key of fold: false tells
// that it does not, without the map.
func (g *gazetteer) mayFold(form string) bool {
	sig := foldSig(form)
	return g.foldBits[sig/64]&(1<<(sig%64)) != 0
}

// mayBeExact reports whether a form may be a key of exact, which are
// all-caps words (isAllCapsWord): false for a form with a lower-case
// letter first or second ("Biden"), without the map.
func mayBeExact(form string) bool {
	return len(form) >= 2 && (form[0] < 'a' || form[0] > 'z') && (form[1] < 'a' || form[1] > 'z')
}

// lookup finds the gazetteer hit for an exact surface form (as written).
func (g *gazetteer) lookup(form string) (gazHit, bool) {
	if mayBeExact(form) {
		if h, ok := g.exact[form]; ok {
			return h, true
		}
	}
	if !g.mayFold(form) {
		return gazHit{}, false
	}
	// An all-caps form may fold too: "NATO" is also listed as "Nato".
	var buf [64]byte
	h, ok := g.fold[string(asciiLowerBytes(&buf, form))]
	return h, ok
}

// gender tells a person's gender from a given name, if the name is known.
func (g *gazetteer) gender(first string) int8 {
	var buf [64]byte
	k := asciiLowerBytes(&buf, first)
	switch {
	case g.male[string(k)]:
		return genderMale
	case g.female[string(k)]:
		return genderFemale
	}
	return genderUnknown
}

// isGivenName reports whether w is a known given name: one of g.male or
// g.female, read from the lexicon, whose entries tell them (one lookup
// instead of two maps).
func (g *gazetteer) isGivenName(w string) bool {
	var buf [64]byte
	return lexLookup(string(asciiLowerBytes(&buf, w))).given // lowered on the stack
}

// lookupLower is lookup with the lower-cased form given (no allocation).
func (g *gazetteer) lookupLower(form, lower string) (gazHit, bool) {
	if mayBeExact(form) {
		if h, ok := g.exact[form]; ok {
			return h, true
		}
	}
	if !g.mayFold(lower) {
		return gazHit{}, false
	}
	h, ok := g.fold[lower]
	return h, ok
}

// naturalName reports the name of a sea, a river or a range, or of a part
// of one ("South Atlantic"): a place, never an actor.
func (g *gazetteer) naturalName(name string) bool {
	if g.natural[name] {
		return true
	}
	sp := strings.IndexByte(name, ' ')
	return sp > 0 && compassWords[asciiLower(name[:sp])] && g.natural[name[sp+1:]]
}
