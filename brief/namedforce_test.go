package brief

import "testing"

// An armed service the article names ("the Peruvian Navy", "the Royal
// Navy", "the Nigerian Army") is what "the navy" or "the army" means after
// it, whatever country leads the story; with two of the same kind named,
// the bare word stays no one's. Sentences written for the test.
func TestNamedForceForBareService(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"the navy after the Peruvian Navy", []string{
			`LIMA — The Peruvian Navy said on Monday that two of its patrol boats had found wreckage off the coast near Callao.`,
			`Chile and Ecuador sent aircraft to help. The navy will resume the search at dawn on Tuesday, a spokesman said.`},
			[]descCheck{{"commit", "resume the search at dawn", "Peruvian Navy", []string{"Chile", "Ecuador"}}}},
		{"the army after the Nigerian Army", []string{
			`The Nigerian Army said it had freed forty hostages in a raid near the border with Niger on Friday.`,
			`Villagers in Niger said the raid had lasted all night. The army promised to return the hostages to their families by Sunday.`},
			[]descCheck{{"commit", "return the hostages", "Nigerian Army", []string{"Niger"}}}},
		{"two navies named: the navy is no one's", []string{
			`The Peruvian Navy and the Chilean Navy held joint drills off Arica on Wednesday.`,
			`The navy will publish a report on the drills by the end of the month, an officer said.`},
			[]descCheck{{"commit", "publish a report on the drills", "", []string{"Peruvian Navy", "Chilean Navy"}}}},
	})
}
