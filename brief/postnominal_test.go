package brief

import (
	"slices"
	"strings"
	"testing"
)

// Letters after a person's name — an honour ("OBE"), a legal rank ("KC",
// "QC"), a seat ("MP", "MEP") or a degree ("PhD") — are not part of the
// name: "Priya Raman KC" is Priya Raman, and a later "Raman" or "Ms Raman"
// is the same actor. An acronym that names a body ("NATO", "UNHCR") is not
// such letters, and letters that open a name ("Labour MP Ana Ruiz") are a
// title. Sentences written for the test.
func TestPostNominalLetters(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		actor  string   // an actor that must be listed
		alias  string   // another form merged with it, if any
		not    []string // actors that must not be listed
		checks []descCheck
	}{
		{"a legal rank, then the surname", []string{
			`Priya Raman KC, representing the tenants of Orchard Court, told the tribunal the flats were unfit to live in.`,
			`"These families have waited two years for a dry home," Raman said.`},
			"Priya Raman", "Raman", []string{"Priya Raman KC", "KC"},
			[]descCheck{{"quote", "waited two years", "Priya Raman", nil}}},
		{"Queen's Counsel, then the honorific", []string{
			`Tom Ellery QC said the company had acted in good faith throughout the dispute.`,
			`Mr Ellery told the hearing that repairs were already under way at the estate.`},
			"Tom Ellery", "Mr Ellery", []string{"Tom Ellery QC", "QC"}, nil},
		{"an honorific before, an honour after", []string{
			`Dr Kofi Mensah OBE, a housing researcher at Calder University, said black mould posed a serious risk to children.`,
			`"We see asthma cases rise every winter," Mensah said.`},
			"Kofi Mensah", "Mensah", []string{"Kofi Mensah OBE", "OBE"},
			[]descCheck{{"quote", "asthma cases", "Kofi Mensah", nil}}},
		{"a member of parliament", []string{
			`Ana Ruiz MP said she would raise the tenants' case in parliament next week.`,
			`Ms Ruiz said the ruling should serve as a warning to every landlord in the borough.`},
			"Ana Ruiz", "Ms Ruiz", []string{"Ana Ruiz MP", "MP"}, nil},
		{"a European seat, with a possessive after", []string{
			`Lara Voss MEP's report on damp housing was published on Monday.`,
			`Voss said Brussels should look again at the rules.`},
			"Lara Voss", "Voss", []string{"Lara Voss MEP", "MEP"}, nil},
		{"a knight with two sets of letters", []string{
			`Sir Ian Dale KC CBE, chairman of the Marlow Housing Trust, welcomed the decision on Thursday.`,
			`"It is a good day for renters," Dale said.`},
			"Ian Dale", "Dale", []string{"Ian Dale KC CBE", "Ian Dale KC", "CBE", "KC"},
			[]descCheck{{"quote", "good day for renters", "Ian Dale", nil}}},
		{"a doctorate", []string{
			`Jane Cole PhD, who led the survey, said two in five homes on the estate had damp.`,
			`Cole said the council had known about the problem since 2021.`},
			"Jane Cole", "Cole", []string{"Jane Cole PhD", "PhD"}, nil},
		{"an organisation's acronym after a comma is its own actor", []string{
			`Mark Hale, NATO's deputy spokesman, declined to comment on the report.`,
			`NATO said it would study the findings.`},
			"Mark Hale", "", []string{"Mark Hale NATO"}, nil},
		{"letters before a name are a title", []string{
			`Labour MP Ana Ruiz said she would raise the case with ministers.`},
			"Ana Ruiz", "", []string{"MP Ana Ruiz", "Labour MP Ana Ruiz"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var names []string
			for _, a := range an.Actors {
				names = append(names, a.Name)
			}
			i := slices.Index(names, c.actor)
			if i < 0 {
				t.Fatalf("actor %q not listed: %q", c.actor, names)
			}
			if c.alias != "" {
				if slices.Contains(names, c.alias) {
					t.Errorf("%q is an actor of its own, not a form of %q: %q", c.alias, c.actor, names)
				}
				if !slices.Contains(an.Actors[i].Aliases, c.alias) {
					t.Errorf("%q not among %q's forms: %q", c.alias, c.actor, an.Actors[i].Aliases)
				}
			}
			for _, n := range c.not {
				if slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(s, n) }) {
					t.Errorf("actor %q listed: %q", n, names)
				}
			}
			checkCredits(t, an, c.checks)
		})
	}
	// NATO is still an actor when a person's name comes just before it.
	an := analyzeText(t, `Mark Hale, NATO's deputy spokesman, declined to comment on the report.`,
		`NATO said it would study the findings.`)
	var names []string
	for _, a := range an.Actors {
		names = append(names, a.Name)
	}
	if !slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(s, "NATO") }) {
		t.Errorf("NATO not listed: %q", names)
	}
}
