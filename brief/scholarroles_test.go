package brief

import (
	"strings"
	"testing"
)

// A role the article gives a key actor is printed with them, when it is
// written with a role noun the title lists did not know (a scientist's or
// a scholar's trade: "astronomer", "epidemiologist"; a shared office:
// "co-director", "co-chair") or with two offices joined by "and"
// ("co-founder and chief executive"). The role is read as roles are read
// elsewhere: before the name ("Harlow astronomer Lena Berg") or in an
// apposition after it, up to its head noun. Near misses keep no role: a
// relative clause, another's spokeswoman, an apposition of a relative or
// of a body, a role inside a quotation, a list of names, a kinship after
// "and". Sentences written for the test.
func TestScholarAndSharedRolesArePrinted(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		who   string
		role  string // the role wanted, lower case; "" for none
	}{
		{"co-director in an apposition after said", []string{
			`"The trend is clear," said Dana Roe, co-director of the Harlow Institute's Climate Centre. Roe said the work would go on.`},
			"Dana Roe", "co-director"},
		{"place and trade before the name", []string{
			`Harlow astronomer Lena Berg said the data matched her own observations. Berg said more work was needed.`},
			"Lena Berg", "astronomer"},
		{"trade opening the sentence", []string{
			`Physicist Lena Berg said the beam was stable. Berg said tests would go on.`},
			"Lena Berg", "physicist"},
		{"the trade before the name", []string{
			`The astronomer Lena Berg said the comet was bright. Berg said it would fade.`},
			"Lena Berg", "astronomer"},
		{"a trade at a university", []string{
			`Marta Quill, an epidemiologist at Corran University, said the outbreak had peaked. Quill said cases were falling.`},
			"Marta Quill", "epidemiologist"},
		{"a modified trade", []string{
			`Veteran virologist Omar Reyes said the vaccine worked. Reyes said it was safe.`},
			"Omar Reyes", "veteran virologist"},
		{"co-chair after said", []string{
			`"We are ready," said Sofia Grau, co-chair of the Ardenian Climate Council. Grau said the council would meet again.`},
			"Sofia Grau", "co-chair"},
		{"two offices joined by and", []string{
			`Ian Moss, co-founder and chief executive of Vidmark, said the plant would open in 2028. Moss said it would employ 200 people.`},
			"Ian Moss", "co-founder and chief executive"},
		{"president and chief executive", []string{
			`Ana Ruiz, president and chief executive of Vidmark, said sales rose. Ruiz said costs fell.`},
			"Ana Ruiz", "president and chief executive"},
		{"two trades joined by and", []string{
			`Ana Ruiz, a lawyer and activist, said the school would close. Ruiz said parents were angry.`},
			"Ana Ruiz", "lawyer and activist"},
		{"two appositions in one sentence", []string{
			`Karl Brink thanked Ana Ruiz, an epidemiologist, and Tom Vale, the co-director of the lab, for their work. Brink said the lab would grow.`},
			"Tom Vale", "co-director"},
		{"the first of two appositions", []string{
			`Karl Brink thanked Ana Ruiz, an epidemiologist, and Tom Vale, the co-director of the lab, for their work. Brink said the lab would grow.`},
			"Ana Ruiz", "epidemiologist"},

		// Near misses.
		{"a relative clause", []string{
			`Ana Ruiz, who met the astronomer Tom Vale on Monday, said the talks went well. Ruiz said more talks would follow.`},
			"Ana Ruiz", ""},
		{"another's spokeswoman", []string{
			`Lena Berg, a spokeswoman for the virologist Omar Reyes, said the vote would be held on Friday. Reyes declined to comment.`},
			"Lena Berg", "spokeswoman"},
		{"the one the spokeswoman speaks for", []string{
			`Lena Berg, a spokeswoman for the virologist Omar Reyes, said the vote would be held on Friday. Reyes declined to comment.`},
			"Omar Reyes", "virologist"},
		{"the apposition of a relative", []string{
			`Lena Berg's husband, an astronomer, said the family would move to Harlow. Berg said she would stay.`},
			"Lena Berg", ""},
		{"the apposition of a body", []string{
			`Karl Brink sold Vidmark, the maker of the region's biggest telescope, to a rival on Monday. Brink said the price was fair.`},
			"Karl Brink", ""},
		{"a list of names", []string{
			`Tom Vale, Ana Ruiz and Karl Brink said the plan would fail. Vale said he would vote against it.`},
			"Tom Vale", ""},
		{"a role inside a quotation", []string{
			`"Ask Lena Berg, the chief epidemiologist, if you doubt it," said Omar Reyes. Reyes said the data was clear.`},
			"Lena Berg", ""},
		{"a title before the next clause's subject", []string{
			`The book was translated by Tom Vale, the historian Ana Ruiz wrote in her review. Vale said he had worked on it for a year.`},
			"Tom Vale", ""},
		{"a title before the next clause's subject, known head", []string{
			`The report was written by Tom Vale, the economist Ana Ruiz said on Monday. Vale said it was his best work.`},
			"Tom Vale", ""},
		{"an acronym as the second office", []string{
			`Ian Moss, co-founder and CEO of Vidmark, said the plant would open in 2028. Moss said it would employ 200 people.`},
			"Ian Moss", "co-founder and ceo"},
		{"a kinship after and", []string{
			`Ana Ruiz, a lawyer and mother of three, said the school would close. Ruiz said parents were angry.`},
			"Ana Ruiz", "lawyer"},
		{"trades of others in the object", []string{
			`The company hired statisticians, economists and a physicist, Ana Ruiz said. Ruiz said more would follow.`},
			"Ana Ruiz", ""},
		{"a known title ending the reported words", []string{
			`The board will pick a new chairman, Tom Vale said. Vale said the vote would be held in May.`},
			"Tom Vale", ""},
		{"a body's title ending the reported words", []string{
			`The talks were led by the head of the port board, Karl Ots said on Monday. Ots said they had failed.`},
			"Karl Ots", ""},
	}
	for _, tt := range tests {
		an := analyzeText(t, tt.paras...)
		for _, a := range an.Actors {
			if a.Name == tt.who && strings.ToLower(a.Role) != tt.role {
				t.Errorf("%s: %s has the role %q, want %q", tt.name, a.Name, a.Role, tt.role)
			}
		}
		if tt.role == "" {
			continue
		}
		found := false
		for _, a := range an.Actors {
			found = found || a.Name == tt.who
		}
		if !found {
			t.Errorf("%s: no actor %s", tt.name, tt.who)
		}
	}
}
