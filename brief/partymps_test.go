package brief

import "testing"

// A party's members of a parliament written with their letters ("Labour
// MPs", "SNP MSPs", "Green MEPs") are a group named as the article names
// them, not the party and not a person named "MPs". Sentences written for
// the test. The letters alone ("MPs said") are a group too, not a person.
func TestPartyLegislators(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		not   []string
	}{
		{"Labour MPs", []string{
			`About 40 Labour MPs have signed a letter opposing the cut to the winter fuel allowance.`,
			`Chancellor Mark Dell said he would meet them next week. "We will listen," he said.`},
			[]string{"MPs"}},
		{"SNP MSPs", []string{
			`SNP MSPs voted against the ferry contract on Thursday, leaving the minister short of a majority.`,
			`Transport minister Ailsa Reid said the contract would be put to a second vote.`},
			[]string{"MSPs"}},
		{"Conservative MEPs", []string{
			`In Strasbourg, Conservative MEPs walked out of the debate on fishing quotas.`,
			`Their leader, Tom Ashe, said the quotas would ruin coastal towns.`},
			[]string{"MEPs"}},
		{"Tory MPs", []string{
			`Dozens of Tory MPs urged the party leader to drop the housing target before the summer.`,
			`Housing secretary Priya Lal said the target would stay.`},
			[]string{"MPs"}},
	}
	an := analyzeText(t, `MPs said the new rules on second jobs did not go far enough.`,
		`Commons leader Ruth Bell said the rules would be reviewed in the autumn.`)
	if a := actorNamed(an, "MPs"); a != nil && a.Kind == KindPerson {
		t.Errorf("MPs read as a person; actors: %q", actorNames(an))
	}
	for _, c := range cases {
		an := analyzeText(t, c.paras...)
		a := actorNamed(an, c.name)
		if a == nil || a.Name != c.name || a.Kind != KindGroup {
			t.Errorf("no group %q; actors: %q", c.name, actorNames(an))
		}
		for _, f := range c.not {
			if b := actorNamed(an, f); b != nil && b.Name == f {
				t.Errorf("%q listed alone; actors: %q", f, actorNames(an))
			}
		}
	}
}
