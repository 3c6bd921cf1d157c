package brief

import (
	"slices"
	"strings"
	"testing"
)

// Three outlets on one fictional ferry accident: they disagree on the
// rescue chief's first name, and one names him by surname alone.

const crossCourier = `Rescue teams searched the waters off Marrow Island on Tuesday after the ferry Saint Odile sank in a storm with 212 people on board.

"We will not stop until every family has an answer," said Aurelio Ravel Kusnadi, the head of the national rescue agency. He said divers would reach the wreck on Wednesday.

The ferry's owner, Tessaly Lines, said its chief executive, Marguerite Ostrander, would fly to the island.`

const crossWire = `The head of the national rescue agency, Benedikt Ravel Kusnadi, said on Tuesday that the search for survivors of the Saint Odile would go on through the night.

"The sea is still very rough," Mr Kusnadi told reporters. Tessaly Lines chief executive Marguerite Ostrander said the company would pay for the families' travel.`

const crossGazette = `Kusnadi, who leads the national rescue agency, told local radio that the wreck of the Saint Odile lay in shallow water.

The search area would be widened on Wednesday, Kusnadi said.`

func crossArticles() []*Article {
	return []*Article{
		NewArticle("Ferry sinks off Marrow Island", Normalize(crossCourier)),
		NewArticle("Search for Saint Odile survivors goes on through the night", Normalize(crossWire)),
		NewArticle("Saint Odile wreck found in shallow water", Normalize(crossGazette)),
	}
}

func TestMergeAcrossArticlesGivenNamesOutletsDisagreeOn(t *testing.T) {
	an := Analyze(crossArticles()...)
	var found []*Actor
	for _, form := range []string{"Aurelio Ravel Kusnadi", "Benedikt Ravel Kusnadi", "Ravel Kusnadi", "Kusnadi", "Mr Kusnadi"} {
		a := actorNamed(an, form)
		if a == nil {
			t.Fatalf("no actor named %q; actors: %v", form, actorNames(an))
		}
		if len(found) > 0 && a != found[0] {
			t.Errorf("%q is %q, not %q: one person across the outlets", form, a.Name, found[0].Name)
		}
		found = append(found, a)
	}
	a := found[0]
	// The outlets agree only on "Ravel Kusnadi": the page prints that, not
	// one outlet's first name.
	if a.Name != "Ravel Kusnadi" || a.Kind != KindPerson {
		t.Errorf("the rescue chief is %q (%s), want Ravel Kusnadi (person)", a.Name, a.Kind)
	}
	srcs := map[string]bool{}
	for _, c := range a.Cites {
		srcs[c.Source] = true
	}
	if len(srcs) != 3 {
		t.Errorf("the rescue chief cites %d sources, want all 3: %v", len(srcs), a.Cites)
	}
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, "every family") || strings.Contains(q.Text, "very rough") {
			if q.Speaker != a.Name {
				t.Errorf("quote %q is attributed to %q, want %q", q.Text, q.Speaker, a.Name)
			}
		}
	}
	// Someone every outlet names the same way keeps her full name.
	if o := actorNamed(an, "Marguerite Ostrander"); o == nil || o.Name != "Marguerite Ostrander" {
		t.Errorf("Marguerite Ostrander lost her name: %v", actorNames(an))
	}
}

func TestMergeAcrossArticlesKeepsDifferentPeopleApart(t *testing.T) {
	one := NewArticle("Council vote", Normalize(`Councillor Jane Whitlock said on Monday the council would vote on the tram line in March. "It is time," she said.`))
	two := NewArticle("Port talks", Normalize(`Harbour master John Whitlock said on Monday the port would reopen on Friday. "We are ready," he said.`))
	an := Analyze(one, two)
	jane, john := actorNamed(an, "Jane Whitlock"), actorNamed(an, "John Whitlock")
	if jane == nil || john == nil || jane == john {
		t.Fatalf("Jane and John Whitlock must be two people: %v", actorNames(an))
	}
}

func TestMergeInsideOneArticleUnchanged(t *testing.T) {
	// The cross-article rules never apply inside one article: each
	// article's own analysis is what it was.
	for _, a := range crossArticles() {
		alone := Analyze(a)
		var names []string
		for _, x := range alone.Actors {
			names = append(names, x.Name)
		}
		if slices.Contains(names, "Ravel Kusnadi") {
			t.Errorf("one article's analysis used the cross-article name: %v", names)
		}
	}
}

func TestSharedGivenNames(t *testing.T) {
	tests := []struct {
		a, b string
		want string
	}{
		{"Aurelio Ravel Kusnadi", "Benedikt Ravel Kusnadi", "ravel"},
		{"Ravel Kusnadi", "Aurelio Ravel Kusnadi", "ravel"},
		{"Jane Smith", "John Smith", ""},
		{"J. Smith", "John Smith", ""},
		{"Mary Ann Cole", "Mary Ann Cole", "mary ann"},
	}
	for _, tt := range tests {
		if got := strings.Join(sharedGivenNames(tt.a, tt.b), " "); got != tt.want {
			t.Errorf("sharedGivenNames(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
	if got := sharedName("Aurelio Ravel Kusnadi", []string{"ravel"}); got != "Ravel Kusnadi" {
		t.Errorf("sharedName = %q", got)
	}
}
