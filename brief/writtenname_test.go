package brief_test

import (
	"slices"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// An acronym the gazetteer writes in lower case after its first letter
// ("Nato", "Asean") is printed as the article writes it: in capitals in
// an article that writes "NATO", as "Nato" in one that writes "Nato".
// Sentences written for the test.
func TestActorNameAsWritten(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"NATO defence ministers met in Brussels on Tuesday. NATO said it would add two battalions to its eastern flank by March.", "NATO", "Nato"},
		{"Nato defence ministers met in Brussels on Tuesday. Nato said it would add two battalions to its eastern flank by March.", "Nato", "NATO"},
		{"Ministers of ASEAN met in Jakarta. The bloc, ASEAN, said it would publish a haze plan in June.", "ASEAN", "Asean"},
	} {
		an := brief.Analyze(brief.NewArticle("Ministers meet", c.text))
		var names []string
		for _, a := range an.Actors {
			names = append(names, a.Name)
		}
		if !slices.Contains(names, c.want) || slices.Contains(names, c.not) {
			t.Errorf("%q: actors %q, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}
