package brief

import (
	"strings"
	"testing"
)

// The forms of one name, however they are spelt, are one actor; names
// that only look alike are not.
func TestNameVariantsMerge(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		forms []string // one actor
		kind  ActorKind
	}{
		{"diacritics and German digraphs", []string{
			"Bishop Anselm Brückner turned down the parish's request for a new organ in April.",
			"Bruckner told the choir that the old organ could be repaired for a tenth of the price.",
			"“We are not a concert hall,” Brueckner wrote to the parish council."},
			[]string{"Anselm Brückner", "Bruckner", "Brueckner"}, KindPerson},
		{"a nickname quoted inside the name", []string{
			"On Saturday the president, Tomas “Tomi” Varga, opened the new bridge over the river.",
			"Tomi told the crowd that the old ferry would keep running for tourists."},
			[]string{"Tomas Varga", "Tomi"}, KindPerson},
		{"an ampersand inside a firm's name", []string{
			"The bakery chain buys all its flour from Hollis & Crane, a mill in Kent.",
			"Managers at Hollis & Crane said the price would rise in spring."},
			[]string{"Hollis & Crane"}, KindOrganization},
		{"an abbreviated saint's name", []string{
			"The printers at St. Brendan’s Press voted to accept the pay offer on Monday.",
			"St. Brendan’s Press will print the first school atlases in May."},
			[]string{"St. Brendan’s Press"}, KindOrganization},
		{"a title after its head", []string{
			"The hospice was founded by Mother Superior Agnes Kowalik in 1974.",
			"Kowalik said the new wing would open next winter."},
			[]string{"Agnes Kowalik", "Kowalik"}, KindPerson},
		{"a surname with a role in apposition", []string{
			"Tanoto, chief of the city's fire brigade, said three engines had been sent to the mill.",
			"The roof had not collapsed, Tanoto said."},
			[]string{"Tanoto"}, KindPerson},
		{"a peer's title with his seat", []string{
			"The motorway was planned when Ronald Hale ran the transport department.",
			"Hale, who sits in the Lords as Lord Hale of Marlow, defended the route.",
			"Lord Hale said the bypass had saved the old town."},
			[]string{"Ronald Hale", "Lord Hale", "Lord Hale of Marlow"}, KindPerson},
		{"a lower-case particle opening a name", []string{
			"The brewery was sold last year to the von Falkenrath group of Munich for an undisclosed sum.",
			"The von Falkenrath group plans to keep the brewery's name."},
			[]string{"von Falkenrath group"}, KindOrganization},
		{"a firm whose name reads like a person's", []string{
			"Keller Paving, which built most of the town's roads, declined to comment on the verdict.",
			"The company's owner, Frank Keller, testified at the trial. Keller Paving lost the contract."},
			[]string{"Keller Paving"}, KindOrganization},
		{"a person known by one name", []string{
			"Suparno and his wife waited at the harbour for news of the crew.",
			"“We pray every night,” Suparno said."},
			[]string{"Suparno"}, KindPerson},
		{"an organisation named with of", []string{
			"Next year's cod quotas were set on Friday by the Ruritanian Ministry of Fisheries."},
			[]string{"Ruritanian Ministry of Fisheries"}, KindOrganization},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			first := actorNamed(an, c.forms[0])
			if first == nil {
				t.Fatalf("no actor %q; actors: %q", c.forms[0], actorNames(an))
			}
			if first.Kind != c.kind {
				t.Errorf("%s: kind %q, want %q", first.Name, first.Kind, c.kind)
			}
			for _, f := range c.forms[1:] {
				if a := actorNamed(an, f); a == nil || a.Name != first.Name {
					t.Errorf("form %q is not merged into %q; actors: %q", f, first.Name, actorNames(an))
				}
			}
		})
	}
}

// Across articles, full names that differ in the first name are one
// person only when they share a middle name as well as the surname.
func TestNamesMergeAcrossArticles(t *testing.T) {
	a1 := NewArticle("One", Normalize("Fire chief Adi Surya Tanoto said the blaze was under control.\n\n“Nobody was hurt,” Tanoto said."))
	a2 := NewArticle("Two", Normalize("Budi Surya Tanoto, chief of the fire brigade, said the mill would be closed for a week.\n\nSilvia Marquez and Carmen Marquez waited at the gate."))
	a3 := NewArticle("Three", Normalize("Officials said Luisa Marquez would fly in on Friday."))
	an := Analyze(a1, a2, a3)
	var tanoto, marquez []string
	for _, a := range an.Actors {
		if strings.HasSuffix(a.Name, "Tanoto") {
			tanoto = append(tanoto, a.Name)
		}
		if strings.HasSuffix(a.Name, "Marquez") {
			marquez = append(marquez, a.Name)
		}
	}
	if len(tanoto) != 1 {
		t.Errorf("one person split into %q", tanoto)
	}
	if len(marquez) != 3 {
		t.Errorf("three people with one surname merged into %q", marquez)
	}
}

// A place named as where something happens is not the organisation that
// starts with its name.
func TestPlaceIsNotTheOrganisationNamedAfterIt(t *testing.T) {
	an := analyzeText(t,
		"Nurses at three hospitals in Dunmore walked out on Monday, as the Dunmore Nurses Union escalated its dispute.",
		"The Dunmore Nurses Union said 4,000 nurses had joined the strike.")
	a := actorNamed(an, "Dunmore Nurses Union")
	if a == nil {
		t.Fatalf("no union; actors: %q", actorNames(an))
	}
	for _, al := range a.Aliases {
		if al == "Dunmore" {
			t.Errorf("the town is an alias of the union: %q", a.Aliases)
		}
	}
}
