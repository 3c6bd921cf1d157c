package brief

import "testing"

// An organisation's name can join two ordinary words with "and" before its
// head word ("the Harbour and Marine Authority", "the Rail and Road Safety
// Board"); the whole name is the actor, not the words after "and", and the
// word before it is no actor of its own. A known name with "and" keeps its
// first word at a sentence start even when the article also writes that
// word in lower case. Two names joined by "and" stay two actors. Sentences
// written for the test.
func TestAndInsideOrgName(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // actors that must be listed
		not        []string // names that must not be listed
	}{
		{"an unknown authority", "Officials at the Harbour and Marine Authority said it would review the permits by June.",
			[]string{"Harbour and Marine Authority"}, []string{"Marine Authority", "Harbour"}},
		{"an authority opening the sentence", "The Harbour and Marine Authority said it would review harbour permits by June.",
			[]string{"Harbour and Marine Authority"}, []string{"Marine Authority", "Harbour"}},
		{"a board of three words", "The Rail and Road Safety Board said it would publish its report in June.",
			[]string{"Rail and Road Safety Board"}, []string{"Road Safety Board"}},
		{"a commission", "The Water and Sewerage Commission fined Lenbrook Utilities on Monday for the leaks.",
			[]string{"Water and Sewerage Commission", "Lenbrook Utilities"}, []string{"Sewerage Commission"}},
		{"a known name, its first word also in lower case", "The Food and Drug Administration said it would examine food labels from sixteen firms.",
			[]string{"Food and Drug Administration"}, []string{"Drug Administration"}},
		// Two actors joined by "and".
		{"a name that is no ordinary word", "Talvik and Marine Authority staff met in Geneva on Monday.",
			[]string{"Marine Authority"}, []string{"Talvik and Marine Authority"}},
		{"a company and a regulator", "Talvik Group and the Marine Authority signed the deal on Monday.",
			[]string{"Talvik Group", "Marine Authority"}, []string{"Talvik Group and the Marine Authority"}},
		// The end of a list in a name: no part of it is taken for the whole.
		{"the end of a list", "Lena Hart, who leads the Science, Technology and Society program, said it would close.",
			[]string{"Lena Hart"}, []string{"Technology and Society program", "Technology and Society"}},
		{"the police and an office", "Police and Home Office officials met the families on Monday.",
			nil, []string{"Police and Home Office"}},
		{"plural people and an office", "Ministers and Treasury Office staff met the unions on Monday.",
			nil, []string{"Ministers and Treasury Office"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkListed(t, analyzeText(t, c.text), c.want, c.not)
		})
	}
}

// checkListed fails unless every name of want is an actor of an and no
// name of not is.
func checkListed(t *testing.T, an *Analysis, want, not []string) {
	t.Helper()
	for _, w := range want {
		if actorNamed(an, w) == nil {
			t.Errorf("%q not listed; actors: %q", w, actorNames(an))
		}
	}
	for _, w := range not {
		if actorNamed(an, w) != nil {
			t.Errorf("%q listed; actors: %q", w, actorNames(an))
		}
	}
}
