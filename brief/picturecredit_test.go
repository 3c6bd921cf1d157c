package brief

import (
	"strings"
	"testing"
	"unicode"
)

// A name the article gives only in a picture's credit, at the end of a
// caption or on the credit's own line, is the picture's source, not an
// actor; a body that also acts in the story stays. Sentences written for
// the test.
func TestPictureCreditNames(t *testing.T) {
	lead := `The Orvane Rocket Company postponed its launch on Tuesday after strong winds swept the coast at Cape Durrow, the company said.`
	body := `Governor Lena Castell said the state would support a new date. The Orvane Rocket Company said safety came first.`
	cases := []struct {
		name  string
		paras []string
		out   string // left out of the actors
		keep  string // kept
	}{
		{"photo via AP", []string{lead,
			`A booster stands on the pad at Cape Durrow on Monday. (Velmoran Space Agency Press Service photo via AP)`, body,
			`The crew walks to the van on Monday. (Velmoran Space Agency Press Service photo via AP)`},
			"Velmoran Space Agency Press Service", "Lena Castell"},
		{"photo colon in brackets", []string{lead,
			`Crowds gather near the beach on Monday. (Photo: Halvard Imaging Group)`, body,
			`Workers inspect the tower on Monday. (Photo: Halvard Imaging Group)`},
			"Halvard Imaging Group", "Lena Castell"},
		{"photo by, agency after a slash", []string{lead,
			`Workers inspect the tower on Monday. Photo by Pell Arnsby/Getty Images`, body,
			`Spectators wait on the dunes. Photo by Pell Arnsby/Getty Images`},
			"Pell Arnsby", "Lena Castell"},
		{"name and agency in brackets", []string{lead,
			`Spectators wait on the dunes on Monday. (Kessa Linnard/Reuters)`, body,
			`A flag flies over the control room. (Kessa Linnard/Reuters)`},
			"Kessa Linnard", "Lena Castell"},
		{"courtesy of", []string{lead,
			`An early rocket on display. Courtesy of Brantwell Aerospace Museum`, body,
			`A model of the pad in 1990. (Courtesy of Brantwell Aerospace Museum)`},
			"Brantwell Aerospace Museum", "Lena Castell"},
		{"image by, the caption's stop read as an abbreviation's", []string{lead,
			`Crews check the pad at 5 p.m. Image by Kessa Linnard`, body,
			`A telephoto view of the tower at 6 p.m. Image by Kessa Linnard`},
			"Kessa Linnard", "Lena Castell"},
		{"image colon after a caption", []string{lead,
			`Clouds build over the coast. Image: Corvane Weather Office`, body,
			`A radar map of the storm. (Image: Corvane Weather Office)`},
			"Corvane Weather Office", "Lena Castell"},
		{"copyright sign after a caption", []string{lead,
			`The pad at dawn. © Denholm Pictures Agency`, body,
			`The pad at dusk. (© Denholm Pictures Agency)`},
			"Denholm Pictures Agency", "Lena Castell"},
		{"a body that credits and acts stays", []string{lead,
			`A booster stands on the pad at Cape Durrow on Monday. (Velmoran Space Agency photo via AP)`, body,
			`The Velmoran Space Agency said the launch would go ahead next week.`},
			"", "Velmoran Space Agency"},
		{"a photographer who is also quoted stays", []string{lead,
			`Spectators wait on the dunes. Photo by Pell Arnsby/Getty Images`, body,
			`Pell Arnsby, who has photographed every launch since 2015, said the winds were the worst he had seen.`},
			"", "Pell Arnsby"},
		{"a clause opened by courtesy of stays prose", []string{lead,
			`Courtesy of Mayor Ada Fenwick, the museum reopened on Monday.`, body,
			`Fenwick said the city had paid for the new roof.`},
			"", "Ada Fenwick"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if c.out != "" && actorNamed(an, c.out) != nil {
				t.Errorf("%q is named only in picture credits but is an actor: %q", c.out, actorNames(an))
			}
			if actorNamed(an, c.keep) == nil {
				t.Errorf("%q should stay an actor: %q", c.keep, actorNames(an))
			}
		})
	}
}

// pictureCreditAtBySearch is how pictureCreditAt found a credit after a
// caption's full stop before it scanned for the stops once: a search
// for each stop and opener. Kept to show the one-pass reader finds the
// same place.
func pictureCreditAtBySearch(s, ls string) int {
	if len(ls) != len(s) {
		return -1
	}
	t := strings.TrimRight(ls, ". ")
	if n := len(t); n > 2 && (t[n-1] == ')' || t[n-1] == ']') {
		open := strings.LastIndexAny(t, "([")
		if open >= 0 && pictureCredit(strings.TrimSpace(s[open+1:n-1]), strings.TrimSpace(t[open+1:n-1])) {
			return open
		}
	}
	for _, o := range creditOpeners {
		if strings.HasPrefix(t, o) && creditNames(s[len(o):len(t)]) {
			return 0
		}
		for _, sep := range []string{". ", "? ", "! "} {
			if k := strings.LastIndex(t, sep+o); k > 0 && creditNames(s[k+len(sep)+len(o):len(t)]) {
				return k + len(sep)
			}
		}
	}
	return -1
}

// The one-pass reader of a caption's credit finds the place the search
// for each opener found, on captions built from every opener after each
// stop, with a credit that is names or a clause, once or twice.
func TestPictureCreditAtOnePass(t *testing.T) {
	captions := []string{"", "Crowds wait on the dunes", "Is this the pad? Yes", "Photo: Orvane Rocket Company"}
	credits := []string{"Pell Arnsby/Getty Images", "the mayor, the park reopened", "Halvard Imaging Group", ""}
	seen := 0
	for _, c := range captions {
		for _, o := range creditOpeners {
			for _, stop := range []string{". ", "? ", "! ", " ", ".. "} {
				for _, cr := range credits {
					opener := strings.ToUpper(o[:1]) + o[1:]
					for _, s := range []string{
						c + stop + opener + cr,
						c + stop + opener + cr + ".",
						c + stop + opener + cr + stop + opener + cr,
						c + stop + opener + "Kessa Linnard" + stop + "Then " + o + cr,
						c + " (" + opener + cr + ")",
					} {
						ls := strings.ToLower(s)
						want := pictureCreditAtBySearch(s, ls)
						if got := pictureCreditAt(s, ls); got != want {
							t.Errorf("pictureCreditAt(%q) = %d, want %d", s, got, want)
						}
						if want > 0 {
							seen++
						}
					}
				}
			}
		}
	}
	if seen < 100 {
		t.Errorf("only %d captions had a credit after a stop: the table does not test the reader", seen)
	}
}

// mayHoldCredits marks a sentence when, and only when, it holds one of
// the marks or words a credit has, as a test of each sentence would:
// marks at a sentence's first and last byte, "©" (two bytes), several in
// one sentence, a word that only holds "photo" ("telephoto"), and none.
func TestMayHoldCredits(t *testing.T) {
	texts := []string{
		"Crowds wait on the dunes. (Kessa Linnard/Reuters)\n\nThe governor said the state would help. She spoke at 10:30.",
		"Clouds over the coast. Image: Corvane Weather Office. A model of the pad \u00a9 Brantwell Museum.",
		"An early rocket. Courtesy of Brantwell Museum. Spectators wait. Photo by Pell Arnsby. No credit here.",
		"Caf\u00e9 owners in Mal\u00e2ga said no. \u00a9\n\n/ Then the mayor spoke: \"We will act (soon).\" photo",
		"A telephoto lens. PHOTOGRAPHS BY PELL ARNSBY. courtesy",
		"The governor said the state would help. The mayor agreed.",
		"",
	}
	has := func(s string) bool {
		if strings.ContainsAny(s, "/:(\u00a9") {
			return true
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.HasPrefix(w, "photo") || w == "courtesy" || w == "image" || w == "images" ||
				w == "picture" || w == "pictures" || w == "illustration" {
				return true
			}
		}
		return false
	}
	marked := 0
	for _, text := range texts {
		a := NewArticle("", text)
		d := &doc{a: a, text: a.Text, lower: asciiLower(a.Text)}
		d.tokenizeAll()
		got := d.mayHoldCredits()
		for si := range d.a.Sentences {
			s := d.a.SentenceText(si)
			if got[si] != has(s) {
				t.Errorf("sentence %q: marked %v, want %v", s, got[si], has(s))
			}
			if got[si] {
				marked++
			}
		}
	}
	if marked < 8 {
		t.Errorf("only %d sentences marked: the texts do not test the search", marked)
	}
}
