package brief

import (
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The tests below check the gazetteer data for consistency, and check that the
// forms a briefing depends on sit in the right table. They scan the tables
// directly, so they do not depend on the lookup code built from them.

// gazTestForm is one surface form of a gazetteer entry.
type gazTestForm struct {
	form  string // as written in the table
	entry string // table and canonical name: "country:United Kingdom"
	field string // the field it came from: "Name", "Short", "Capital"…
}

// gazTestForms returns every surface form of gazCountries, gazOrgs and
// gazRegions.
func gazTestForms() []gazTestForm {
	var fs []gazTestForm
	add := func(entry, field string, forms ...string) {
		for _, f := range forms {
			fs = append(fs, gazTestForm{f, entry, field})
		}
	}
	for _, c := range gazCountries {
		e := "country:" + c.Name
		add(e, "Name", c.Name)
		add(e, "Short", c.Short...)
		add(e, "Demonyms", c.Demonyms...)
		if c.Capital != "" {
			add(e, "Capital", c.Capital)
		}
		add(e, "Gov", c.Gov...)
	}
	for _, o := range gazOrgs {
		e := "org:" + o.Name
		add(e, "Name", o.Name)
		add(e, "Aliases", o.Aliases...)
	}
	for _, r := range gazRegions {
		e := "region:" + r.Name
		add(e, "Name", r.Name)
		add(e, "Aliases", r.Aliases...)
	}
	return fs
}

// gazTestEntryOf maps each surface form to the entry it belongs to.
func gazTestEntryOf() map[string]string {
	m := make(map[string]string)
	for _, f := range gazTestForms() {
		m[f.form] = f.entry
	}
	return m
}

// gazTestNonActors splits nonActorNames into its entries, one per line.
func gazTestNonActors() []string {
	var out []string
	for _, line := range strings.Split(nonActorNames, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// gazTestSet makes a set of the strings.
func gazTestSet(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// gazTestWellFormed reports what is wrong with how s is written, or "".
func gazTestWellFormed(s string) string {
	switch {
	case s == "":
		return "empty"
	case strings.TrimSpace(s) != s:
		return "leading or trailing space"
	case strings.Contains(s, "  "):
		return "double space"
	case strings.ContainsAny(s, "\t\n’‘“”"):
		return "tab, newline or typographic quote (apostrophes are straight)"
	case !strings.ContainsFunc(s, unicode.IsUpper):
		return "no capital letter"
	}
	return ""
}

// gazCommonWordForms are the gazetteer forms whose lower case is in
// commonWords, kept on purpose. All-caps acronyms are matched case-sensitively,
// so "US" is not "us"; the capitalised ones are ambiguous only at the start of
// a sentence. A new clash must be added here deliberately, or the form dropped.
var gazCommonWordForms = []string{
	// acronyms that spell a word
	"CAR", "ICE", "IS", "US", "WHO",
	// names that are words
	"Fed", "Labour", "Parliament", "Reform", "Republican", "Visa", "Western",
}

// gazNameOverlaps are given names that are also a gazetteer form or a place,
// kept on purpose because both uses are frequent in news. The engine should
// take a following capitalised word ("Sofia Rossi") as the cue for a person.
var gazNameOverlaps = []string{
	"Santiago", "Sofia", "Victoria", // capitals of Chile, Bulgaria, Seychelles
	"Austin", "Charlotte", "Florence", "Montserrat", "Virginia", // places
}

func TestGazFormsWellFormed(t *testing.T) {
	for _, f := range gazTestForms() {
		if msg := gazTestWellFormed(f.form); msg != "" {
			t.Errorf("%s %s %q: %s", f.entry, f.field, f.form, msg)
		}
	}
	for _, p := range gazTestPlaces() {
		if msg := gazTestWellFormed(p); msg != "" {
			t.Errorf("gazPlaces %q: %s", p, msg)
		}
	}
	for _, n := range gazTestNonActors() {
		if msg := gazTestWellFormed(n); msg != "" {
			t.Errorf("nonActorNames %q: %s", n, msg)
		}
	}
}

func TestGazFormsBelongToOneEntry(t *testing.T) {
	seen := make(map[string]gazTestForm)
	for _, f := range gazTestForms() {
		prev, ok := seen[f.form]
		switch {
		case !ok:
			seen[f.form] = f
		case prev.entry != f.entry:
			t.Errorf("%q is both %s (%s) and %s (%s)", f.form, prev.entry, prev.field, f.entry, f.field)
		default:
			t.Errorf("%q is listed twice in %s (%s, %s)", f.form, f.entry, prev.field, f.field)
		}
	}
}

func TestGazKinds(t *testing.T) {
	for _, o := range gazOrgs {
		if o.Kind != "organization" && o.Kind != "group" {
			t.Errorf("gazOrgs %q: kind %q, want organization or group", o.Name, o.Kind)
		}
	}
	for _, r := range gazRegions {
		if r.Kind != "group" {
			t.Errorf("gazRegions %q: kind %q, want group", r.Name, r.Kind)
		}
	}
}

func TestGazCountries(t *testing.T) {
	// 193 UN members, 2 observers, 7 other territories, 4 UK nations.
	if n := len(gazCountries); n < 206 {
		t.Errorf("gazCountries has %d entries, want at least 206", n)
	}
	// Only these have no demonym of their own: "Congolese" and "Dominican"
	// go to the larger namesake, and the Vatican has none.
	noDemonym := gazTestSet([]string{"Dominica", "Republic of the Congo", "Vatican"})
	for _, c := range gazCountries {
		if len(c.Demonyms) == 0 && !noDemonym[c.Name] {
			t.Errorf("%s has no demonym", c.Name)
		}
		if c.Capital == c.Name {
			t.Errorf("%s: capital repeats the name", c.Name)
		}
	}
	entryOf := gazTestEntryOf()
	for _, name := range []string{
		"United Kingdom", "United States", "Russia", "Ukraine", "China", "Israel",
		"Palestine", "Iran", "Turkey", "Netherlands", "North Korea", "South Korea",
		"Democratic Republic of the Congo", "Republic of the Congo", "Ivory Coast",
		"Czech Republic", "Myanmar", "Eswatini", "North Macedonia", "Saudi Arabia",
		"United Arab Emirates", "Vatican", "Taiwan", "Kosovo", "Hong Kong", "Macau",
		"Greenland", "Puerto Rico", "Scotland", "Wales", "England", "Northern Ireland",
		"Tuvalu", "Nauru", "South Sudan", "East Timor",
	} {
		if entryOf[name] != "country:"+name {
			t.Errorf("no country named %q", name)
		}
	}
}

func TestGazCommonWordClashes(t *testing.T) {
	common := gazTestSet(strings.Fields(commonWords))
	allowed := gazTestSet(gazCommonWordForms)
	clashing := make(map[string]bool)
	for _, f := range gazTestForms() {
		if !common[strings.ToLower(f.form)] {
			continue
		}
		clashing[f.form] = true
		if !allowed[f.form] {
			t.Errorf("%s %q is the common word %q; drop it or add it to gazCommonWordForms",
				f.entry, f.form, strings.ToLower(f.form))
		}
	}
	for _, a := range gazCommonWordForms {
		if !clashing[a] {
			t.Errorf("gazCommonWordForms lists %q, which no longer clashes with commonWords", a)
		}
	}
}

func TestGazPlaces(t *testing.T) {
	entryOf := gazTestEntryOf()
	seen := make(map[string]bool)
	for _, p := range gazTestPlaces() {
		if seen[p] {
			t.Errorf("gazPlaces lists %q twice", p)
		}
		seen[p] = true
		if e, ok := entryOf[p]; ok {
			t.Errorf("gazPlaces lists %q, which is a form of %s", p, e)
		}
	}
	// No place is a country's capital, under any of its spellings.
	for _, c := range gazCountries {
		if c.Capital != "" && seen[c.Capital] {
			t.Errorf("gazPlaces lists %q, the capital of %s", c.Capital, c.Name)
		}
	}
	if n := len(gazTestPlaces()); n < 400 {
		t.Errorf("gazPlaces has %d entries, want at least 400", n)
	}
}

func TestGazGivenNames(t *testing.T) {
	male := strings.Fields(givenNamesMale)
	female := strings.Fields(givenNamesFemale)
	common := gazTestSet(strings.Fields(commonWords))
	nonActor := gazTestSet(gazTestNonActors())
	entryOf := gazTestEntryOf()
	places := gazTestSet(gazTestPlaces())
	overlapsAllowed := gazTestSet(gazNameOverlaps)
	overlapsFound := make(map[string]bool)
	for list, names := range map[string][]string{"givenNamesMale": male, "givenNamesFemale": female} {
		if len(names) < 600 {
			t.Errorf("%s has %d names, want at least 600", list, len(names))
		}
		seen := make(map[string]bool)
		for _, n := range names {
			if seen[n] {
				t.Errorf("%s lists %q twice", list, n)
			}
			seen[n] = true
			r := []rune(n)
			if !unicode.IsUpper(r[0]) {
				t.Errorf("%s: %q does not start with a capital", list, n)
			}
			if common[strings.ToLower(n)] {
				t.Errorf("%s: %q is the common word %q", list, n, strings.ToLower(n))
			}
			if nonActor[n] {
				t.Errorf("%s: %q is in nonActorNames", list, n)
			}
			if _, ok := entryOf[n]; ok || places[n] {
				overlapsFound[n] = true
				if !overlapsAllowed[n] {
					t.Errorf("%s: %q is also a gazetteer form or place; drop it or add it to gazNameOverlaps", list, n)
				}
			}
		}
	}
	for _, n := range gazNameOverlaps {
		if !overlapsFound[n] {
			t.Errorf("gazNameOverlaps lists %q, which overlaps nothing any more", n)
		}
	}
	femaleSet := gazTestSet(female)
	for _, n := range male {
		if femaleSet[n] {
			t.Errorf("%q is in both given-name lists; a name used for both sexes belongs in neither", n)
		}
	}
}

func TestGazCommonWords(t *testing.T) {
	words := strings.Fields(commonWords)
	if n := len(words); n < 3000 {
		t.Errorf("commonWords has %d words, want at least 3000", n)
	}
	seen := make(map[string]bool)
	for _, w := range words {
		if seen[w] {
			t.Errorf("commonWords lists %q twice", w)
		}
		seen[w] = true
		if strings.ToLower(w) != w {
			t.Errorf("commonWords: %q is not lower case", w)
		}
	}
}

func TestGazNonActorNames(t *testing.T) {
	entryOf := gazTestEntryOf()
	places := gazTestSet(gazTestPlaces())
	seen := make(map[string]bool)
	for _, n := range gazTestNonActors() {
		if seen[n] {
			t.Errorf("nonActorNames lists %q twice", n)
		}
		seen[n] = true
		if e, ok := entryOf[n]; ok {
			t.Errorf("nonActorNames lists %q, which is a form of %s", n, e)
		}
		if places[n] {
			t.Errorf("nonActorNames lists %q, which is in gazPlaces", n)
		}
	}
}

// TestGazLookups checks forms a briefing depends on.
func TestGazLookups(t *testing.T) {
	entryOf := gazTestEntryOf()
	for _, tc := range []struct{ form, entry string }{
		{"Britain", "country:United Kingdom"},
		{"UK", "country:United Kingdom"},
		{"U.K.", "country:United Kingdom"},
		{"British", "country:United Kingdom"},
		{"Britons", "country:United Kingdom"},
		{"Downing Street", "country:United Kingdom"},
		{"US", "country:United States"},
		{"U.S.", "country:United States"},
		{"America", "country:United States"},
		{"Americans", "country:United States"},
		{"Capitol Hill", "country:United States"},
		{"Russian", "country:Russia"},
		{"Kremlin", "country:Russia"},
		{"Moscow", "country:Russia"},
		{"Ukrainians", "country:Ukraine"},
		{"Kiev", "country:Ukraine"},
		{"Beijing", "country:China"},
		{"People's Republic of China", "country:China"},
		{"Palestinians", "country:Palestine"},
		{"Gaza", "country:Palestine"},
		{"West Bank", "country:Palestine"},
		{"Türkiye", "country:Turkey"},
		{"Turks", "country:Turkey"},
		{"Dutch", "country:Netherlands"},
		{"Holland", "country:Netherlands"},
		{"DPRK", "country:North Korea"},
		{"Republic of Korea", "country:South Korea"},
		{"DRC", "country:Democratic Republic of the Congo"},
		{"Congo-Brazzaville", "country:Republic of the Congo"},
		{"Côte d'Ivoire", "country:Ivory Coast"},
		{"Czechia", "country:Czech Republic"},
		{"Burma", "country:Myanmar"},
		{"Swaziland", "country:Eswatini"},
		{"Macedonia", "country:North Macedonia"},
		{"Saudis", "country:Saudi Arabia"},
		{"UAE", "country:United Arab Emirates"},
		{"Emirati", "country:United Arab Emirates"},
		{"Holy See", "country:Vatican"},
		{"Edinburgh", "country:Scotland"},
		{"Nato", "org:Nato"},
		{"NATO", "org:Nato"},
		{"UN", "org:United Nations"},
		{"U.N.", "org:United Nations"},
		{"EU", "org:European Union"},
		{"WHO", "org:World Health Organization"},
		{"White House", "org:White House"},
		{"Justice Department", "org:Justice Department"},
		{"DOJ", "org:Justice Department"},
		{"Fed", "org:Federal Reserve"},
		{"GOP", "org:Republican Party"},
		{"Labour", "org:Labour Party"},
		{"Tories", "org:Tories"},
		{"Republicans", "org:Republicans"},
		{"IDF", "org:Israel Defense Forces"},
		{"Hamas", "org:Hamas"},
		{"AP", "org:Associated Press"},
		{"Europeans", "region:Europe"},
		{"the West", "region:the West"},
	} {
		if got := entryOf[tc.form]; got != tc.entry {
			t.Errorf("%q belongs to %q, want %q", tc.form, got, tc.entry)
		}
	}

	capitals := make(map[string]string)
	for _, c := range gazCountries {
		capitals[c.Name] = c.Capital
	}
	for country, capital := range map[string]string{
		"Ukraine": "Kyiv", "United Kingdom": "London", "United States": "Washington",
		"Russia": "Moscow", "China": "Beijing", "Scotland": "Edinburgh", "England": "",
	} {
		if got := capitals[country]; got != capital {
			t.Errorf("capital of %s is %q, want %q", country, got, capital)
		}
	}

	kinds := make(map[string]string)
	for _, o := range gazOrgs {
		kinds[o.Name] = o.Kind
	}
	for name, kind := range map[string]string{
		"Republicans": "group", "Tories": "group", "Hamas": "group", "Taliban": "group",
		"Republican Party": "organization", "Nato": "organization", "BBC": "organization",
	} {
		if got := kinds[name]; got != kind {
			t.Errorf("kind of %s is %q, want %q", name, got, kind)
		}
	}

	male := gazTestSet(strings.Fields(givenNamesMale))
	female := gazTestSet(strings.Fields(givenNamesFemale))
	common := gazTestSet(strings.Fields(commonWords))
	nonActor := gazTestSet(gazTestNonActors())
	places := gazTestSet(gazTestPlaces())
	for _, n := range []string{"Donald", "Keir", "Volodymyr", "Vladimir", "Emmanuel", "Mohammed", "Narendra"} {
		if !male[n] {
			t.Errorf("%q is not in givenNamesMale", n)
		}
	}
	for _, n := range []string{"Vanessa", "Kamala", "Ursula", "Giorgia", "Olena", "Eloise"} {
		if !female[n] {
			t.Errorf("%q is not in givenNamesFemale", n)
		}
	}
	for _, w := range []string{"said", "says", "told", "however", "meanwhile", "despite", "although", "would", "will", "us"} {
		if !common[w] {
			t.Errorf("%q is not in commonWords", w)
		}
	}
	for _, n := range []string{"May", "Monday", "December", "Brexit", "Covid-19", "Getty Images", "English"} {
		if !nonActor[n] {
			t.Errorf("%q is not in nonActorNames", n)
		}
	}
	for _, n := range []string{"Will", "Mark", "Bill", "May", "June", "Grace", "Hope"} {
		if male[n] || female[n] {
			t.Errorf("%q, an everyday word, is in a given-name list", n)
		}
	}
	// Places stay places, and names that are no entry stay out of every list.
	for _, p := range []string{"Odesa", "Donbas", "Crimea", "Strait of Hormuz", "Chagos Islands", "Davos", "New York"} {
		if !places[p] {
			t.Errorf("%q is not in gazPlaces", p)
		}
	}
	for _, s := range []string{"Zelenskyy", "Zelensky", "X", "Korea", "the alliance"} {
		_, inGaz := entryOf[s]
		if inGaz || places[s] || male[s] || female[s] || common[strings.ToLower(s)] || nonActor[s] {
			t.Errorf("%q should be in no list", s)
		}
	}
}

// TestGazSorted keeps the whitespace-separated lists sorted, so that a
// reviewer can find a word and a diff stays small.
func TestGazSorted(t *testing.T) {
	for name, list := range map[string]string{
		"givenNamesMale": givenNamesMale, "givenNamesFemale": givenNamesFemale, "commonWords": commonWords,
	} {
		if ws := strings.Fields(list); !sort.StringsAreSorted(ws) {
			t.Errorf("%s is not sorted", name)
		}
	}
}

// gazTestPlaces returns every place the gazetteer lists: gazPlaces and the
// natural features of gazNatural.
func gazTestPlaces() []string {
	return append(append([]string(nil), gazPlaces...), gazNatural...)
}
