package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// formsOf returns the forms the inflector gives a verb, as "word:tags".
func formsOf(lemma string) []string {
	var out []string
	for _, f := range verbForms(lemma) {
		out = append(out, f.word+":"+f.tags)
	}
	return out
}

func TestVerbForms(t *testing.T) {
	cases := []struct {
		lemma string
		want  []string // forms that must be there
		not   []string // forms that must not
	}{
		{"slam", []string{"slams:s", "slammed:dn", "slamming:g"}, []string{"slamed", "slaming"}},
		{"refer", []string{"refers:s", "referred:dn", "referring:g"}, []string{"refered"}},
		{"offer", []string{"offers:s", "offered:dn", "offering:g"}, []string{"offerred", "offerring"}},
		{"deny", []string{"denies:s", "denied:dn", "denying:g"}, []string{"denyed", "denys"}},
		{"die", []string{"dies:s", "died:dn", "dying:g"}, []string{"dieing", "dieed"}},
		{"panic", []string{"panics:s", "panicked:dn", "panicking:g"}, []string{"paniced", "panicing"}},
		{"agree", []string{"agrees:s", "agreed:dn", "agreeing:g"}, []string{"agreing", "agreeed"}},
		{"argue", []string{"argues:s", "argued:dn", "arguing:g"}, []string{"argueing"}},
		{"say", []string{"says:s", "said:dn", "saying:g"}, []string{"sayed"}},
		{"go", []string{"goes:s", "went:d", "gone:n", "going:g"}, []string{"goed", "gos"}},
		{"be", []string{"is:s", "are:s", "am:s", "was:d", "were:d", "been:n", "being:g"}, nil},
		{"put", []string{"puts:s", "put:dn", "putting:g"}, []string{"puted"}},
		{"fight", []string{"fights:s", "fought:dn", "fighting:g"}, []string{"fighted"}},
		{"veto", []string{"vetoes:s", "vetoed:dn", "vetoing:g"}, []string{"vetos"}},
		{"quit", []string{"quits:s", "quit:dn", "quitting:g"}, []string{"quited"}},
		{"commit", []string{"committed:dn", "committing:g"}, []string{"commited"}},
		{"visit", []string{"visited:dn", "visiting:g"}, []string{"visitted"}},
		{"play", []string{"plays:s", "played:dn", "playing:g"}, []string{"plaied", "plaies"}},
		{"ban", []string{"banned:dn", "banning:g"}, nil},
		{"sack", []string{"sacked:dn", "sacking:g"}, []string{"sackked"}},
		{"criticize", []string{"criticise:b", "criticised:dn", "criticises:s", "criticising:g", "criticized:dn", "criticizing:g"}, nil},
		{"analyze", []string{"analyse:b", "analysed:dn"}, nil},
		{"seize", []string{"seized:dn"}, []string{"seise"}},
		{"label", []string{"labeled:dn", "labelled:dn", "labeling:g", "labelling:g"}, []string{"labelled:d"}},
		{"travel", []string{"traveled:dn", "travelled:dn"}, nil},
		{"control", []string{"controlled:dn", "controlling:g"}, []string{"controled", "controlling:g,controling"}},
		{"appeal", []string{"appealed:dn"}, []string{"appealled"}},
		{"flee", []string{"fled:dn", "fleeing:g"}, nil},
		{"lie", []string{"lied:dn", "lying:g"}, nil},
	}
	for _, c := range cases {
		got := formsOf(c.lemma)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: want form %s, got %v", c.lemma, w, got)
			}
		}
		for _, w := range c.not {
			for _, g := range got {
				if g == w || strings.HasPrefix(g, w+":") {
					t.Errorf("%s: unwanted form %s in %v", c.lemma, w, got)
				}
			}
		}
	}
}

func TestNounPlural(t *testing.T) {
	for sg, pl := range map[string]string{
		"prosecutor": "prosecutors", "policeman": "policemen", "spokeswoman": "spokeswomen",
		"spokesperson": "spokespeople", "deputy": "deputies", "attorney": "attorneys", "boss": "bosses",
		"thief": "thieves", "chief": "chiefs", "human": "humans", "church": "churches",
	} {
		if got := nounPlural(sg); got != pl {
			t.Errorf("nounPlural(%q) = %q, want %q", sg, got, pl)
		}
	}
}

func TestVerbLemma(t *testing.T) {
	for word, want := range map[string][2]string{
		"SAY":         {"say", "say"},
		"+BACK_DOWN":  {"back down", "back"},
		"RE_+ADMIT":   {"readmit", "readmit"},
		"+SHOT_AND":   {"", ""},
		"SHOT_+AND_X": {"", ""},
	} {
		l, h := verbLemma(word)
		if l != want[0] || h != want[1] {
			t.Errorf("verbLemma(%q) = %q, %q; want %q, %q", word, l, h, want[0], want[1])
		}
	}
}

func TestMajority(t *testing.T) {
	if c, ok := majority(map[string]int{"030": 3, "031": 2, "110": 1}, 4); !ok || c != "030" {
		t.Errorf("majority of 03x = %q, %v; want 030", c, ok)
	}
	if _, ok := majority(map[string]int{"030": 1, "110": 1, "190": 1}, 2); ok {
		t.Error("majority of three families found one")
	}
	if _, ok := majority(map[string]int{"030": 2}, 4); ok {
		t.Error("majority of too few patterns found one")
	}
}

func TestFamilyOf(t *testing.T) {
	for code, want := range map[string]string{"030": "commit", "0571": "commit", "051": "cooperate", "112": "dispute",
		"173": "dispute", "020": "appeal", "190": "violence", "---": "", "": ""} {
		if got := familyOf(code); got != want {
			t.Errorf("familyOf(%q) = %q, want %q", code, got, want)
		}
	}
}

// petrarchDir is where the PETRARCH2 dictionaries are beside the checkout
// (../shared/data/petrarch2 from the repository root).
func petrarchDir() string {
	if d := os.Getenv("LEXGEN_PETRARCH"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "data", "petrarch2")
}

// TestTablesUpToDate regenerates the tables and fails when the committed
// ones in brief/lexdata differ, so they cannot drift from the generator and
// its seeds. It is skipped when the dictionaries are not beside the
// checkout.
func TestTablesUpToDate(t *testing.T) {
	dir := petrarchDir()
	if _, err := os.Stat(filepath.Join(dir, verbFile)); err != nil {
		t.Skipf("no PETRARCH2 dictionaries at %s (set LEXGEN_PETRARCH)", dir)
	}
	files, _, err := generate(dir, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join("..", "..", "brief", "lexdata")
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Errorf("%s: %v (run go run ./tools/lexgen)", name, err)
			continue
		}
		if string(got) != string(want) {
			t.Errorf("brief/lexdata/%s differs from what tools/lexgen generates: run go run ./tools/lexgen -petrarch ../shared/data/petrarch2 -out brief/lexdata", name)
		}
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if _, ok := files[e.Name()]; !ok {
			t.Errorf("brief/lexdata/%s is not generated by tools/lexgen", e.Name())
		}
	}
}

// TestGenerateDeterministic runs the generator twice: the same input gives
// the same bytes.
func TestGenerateDeterministic(t *testing.T) {
	dir := petrarchDir()
	if _, err := os.Stat(filepath.Join(dir, verbFile)); err != nil {
		t.Skipf("no PETRARCH2 dictionaries at %s", dir)
	}
	a, _, err := generate(dir, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := generate(dir, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	for name := range a {
		if string(a[name]) != string(b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

// TestSeedsChecked shows that the seed checks catch a word without a
// reason and a British lemma.
func TestSeedsChecked(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("prune.txt", "fine\n[a reason]\nword\n")
	if _, err := sectionSeed(dir, "prune.txt"); err == nil {
		t.Error("an entry before any [reason] was accepted")
	}
	write("prune.txt", "[a reason]\nword\nword\n")
	if _, err := sectionSeed(dir, "prune.txt"); err == nil {
		t.Error("an entry listed twice was accepted")
	}
	write("speech.txt", "say -said\n=went -goes\n")
	if _, err := readClassSeeds(dir, "speech.txt"); err == nil {
		t.Error("an exception on an exact form was accepted")
	}
}

// A synonym set's generic code gives way to the specific code a
// multi-word verb's own patterns all agree on, never the other way.
func TestPatternCode(t *testing.T) {
	cases := []struct {
		set   string
		codes map[string]int
		want  string // "" = the set's code stays
	}{
		{"040", map[string]int{"164": 3}, "164"},
		{"040", map[string]int{"164": 2}, ""},           // too few patterns
		{"040", map[string]int{"164": 3, "036": 1}, ""}, // they do not agree
		{"164", map[string]int{"040": 5}, ""},           // the set's code is the specific one
		{"040", map[string]int{"160": 4}, ""},           // a generic pattern code
		{"080", map[string]int{"0311": 3}, "0311"},      // a four-digit code
	}
	for _, c := range cases {
		got, ok := patternCode(c.set, c.codes)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("patternCode(%s, %v) = %q, %v; want %q", c.set, c.codes, got, ok, c.want)
		}
	}
}
