package brief

import "testing"

// An unknown word capitalised only because it opens a sentence, before an
// auxiliary, and used nowhere else is an ordinary word, not an actor; a
// name the article uses again, or one that speaks, stays.
func TestLoneSentenceOpenerIsNoActor(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		actor string
		want  bool
	}{
		{"a noun before a modal", []string{
			"Wreckage was found off the coast of Kestrel Island on Monday.",
			"Debris would be expected to drift north with the current, oceanographer Lena Voss said."},
			"Debris", false},
		{"a noun before could be", []string{
			"Voters in Lamu choose a governor on Sunday.",
			"Turnout could be low, the electoral board warned."},
			"Turnout", false},
		{"a firm named again later", []string{
			"Corvane will open a battery plant in Lamu in May.",
			"Shares in Corvane rose 4% on the news."},
			"Corvane", true},
		{"a name that speaks", []string{
			"The ferry sank in calm water on Tuesday.",
			"Okonjo said the search would resume at dawn."},
			"Okonjo", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if got := actorNamed(an, c.actor) != nil; got != c.want {
				t.Errorf("actor %q listed = %v, want %v; actors: %q", c.actor, got, c.want, actorNames(an))
			}
		})
	}
}

// A country joined to a place after a locative only locates, as the first
// one does: "popular in Brazil and India". One that acts stays.
func TestConjoinedPlacesLocate(t *testing.T) {
	an := analyzeText(t,
		"The Glowbox app is popular in Brazil and India, according to its maker.",
		"Corvane chief Joan Avery said the app would launch in Japan, Kenya or Peru next year.",
		"Flights to Kenya and Uganda resumed on Monday after Tanzania and Rwanda signed a new air treaty.")
	for _, c := range []string{"Brazil", "India", "Japan", "Peru"} {
		if a := actorNamed(an, c); a != nil {
			t.Errorf("%s listed; it only locates: %+v", c, *a)
		}
	}
	for _, c := range []string{"Tanzania", "Rwanda"} {
		if actorNamed(an, c) == nil {
			t.Errorf("%s missing; it signs a treaty; actors: %q", c, actorNames(an))
		}
	}
}
