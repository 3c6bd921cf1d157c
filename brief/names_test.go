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
			"Cardinal Gerhard Brückner, the prefect of the tribunal, rejected the appeal in April.",
			"Bruckner criticised the sisters for their choice of speakers at the annual meeting.",
			"“This is a provocation against the tribunal,” Brueckner said in scathing remarks."},
			[]string{"Gerhard Brückner", "Bruckner", "Brueckner"}, KindPerson},
		{"a nickname quoted inside the name", []string{
			"Ruritanian President Tomas “Tomi” Varga ordered an immediate review of the rules.",
			"Tomi told reporters that the review would take a month."},
			[]string{"Tomas Varga", "Tomi"}, KindPerson},
		{"an ampersand inside a firm's name", []string{
			"The publisher said similar deals had been reached with Hollis & Crane in October.",
			"Executives at Hollis & Crane said the terms were fair."},
			[]string{"Hollis & Crane"}, KindOrganization},
		{"an abbreviated saint's name", []string{
			"The group, which owns Larkspur Books and St. Brendan’s Press, agreed to the deal.",
			"St. Brendan’s Press will publish the first titles in May."},
			[]string{"St. Brendan’s Press"}, KindOrganization},
		{"a title after its head", []string{
			"The inquiry was led by Mother Superior Agnes Kowalik, a soft-spoken nun.",
			"Kowalik said most convents had answered the questionnaire."},
			[]string{"Agnes Kowalik", "Kowalik"}, KindPerson},
		{"a surname with a role in apposition", []string{
			"Tanoto, head of the national rescue agency, told local television the search would widen.",
			"The sea was calm on Tuesday, Tanoto said."},
			[]string{"Tanoto"}, KindPerson},
		{"a peer's title with his seat", []string{
			"The exams were introduced when Kenneth Hale was the education secretary.",
			"Hale, now Lord Hale of Marlow, said the reform had worked.",
			"Lord Hale told the paper he had no regrets."},
			[]string{"Kenneth Hale", "Lord Hale", "Lord Hale of Marlow"}, KindPerson},
		{"a lower-case particle opening a name", []string{
			"The publisher is part of the Germany-based von Falkenrath group, which owns four imprints.",
			"The von Falkenrath group declined to comment on the talks."},
			[]string{"von Falkenrath group"}, KindOrganization},
		{"a firm whose name reads like a person's", []string{
			"Keller Paving, which built most of the town's roads, declined to comment on the verdict.",
			"The company's owner, Frank Keller, testified at the trial. Keller Paving lost the contract."},
			[]string{"Keller Paving"}, KindOrganization},
		{"an organisation named with of", []string{
			"The Ruritanian Ministry of Fisheries is in the process of reviewing the quotas."},
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
	a1 := NewArticle("One", Normalize("Rescue chief Henry Bambang Tanoto said the search would widen.\n\n“We will not stop,” Tanoto said."))
	a2 := NewArticle("Two", Normalize("Fransiskus Bambang Tanoto, head of the rescue agency, said three bodies had been found.\n\nSilvia Marquez and Carmen Marquez waited at the airport."))
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
