package brief

import "testing"

// Officials of a body the gazetteer knows ("Home Office officials",
// "Pentagon officials") speak for that body: one actor with it, as for a
// body the gazetteer does not know ("Tarvik officials"). A country's
// officials are left to the country's own rules. Sentences written for
// the test.
func TestBodyOfficials(t *testing.T) {
	checkForms(t, "Home Office", []string{
		`Home Office officials said the new border contract would be signed in May.`,
		`The Home Office later said the talks with the two bidders were going well.`},
		"Home Office officials")
	checkForms(t, "Treasury", []string{
		`The Treasury said on Monday that the fuel duty freeze would end in April.`,
		`Treasury officials said the cost of the freeze had doubled since 2022.`},
		"Treasury officials")
	checkForms(t, "World Health Organization", []string{
		`World Health Organization officials warned on Friday that the outbreak had spread to three more provinces.`,
		`The World Health Organization said it would send forty more staff to the region.`},
		"World Health Organization officials")
	an := analyzeText(t, `Home Office officials said the new border contract would be signed in May.`,
		`Minister Jane Orr said the ships were needed before the winter.`)
	if a := actorNamed(an, "Home Office officials"); a == nil || a.Kind != KindOrganization || a.Name != "Home Office" {
		t.Errorf("Home Office officials are not the Home Office; actors: %q", actorNames(an))
	}
}
