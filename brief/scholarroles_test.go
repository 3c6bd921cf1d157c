package brief

import (
	"slices"
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

		// A role word used as a verb: after "to", a modal or a subject.
		{"a trade used as a verb after to", []string{
			`Rivals plotted to engineer Tom Vale out of office, Ana Ruiz said. Vale said he would stay.`},
			"Tom Vale", ""},
		{"a trade used as a verb before a possessive", []string{
			`Tom Vale was accused of trying to engineer Ana Ruiz's removal. Ruiz said the claim was false.`},
			"Ana Ruiz", ""},
		{"a shared office used as a verb after will", []string{
			`Mia Holt will co-author Ana Ruiz's next book. Ruiz said it would be out in May.`},
			"Ana Ruiz", ""},
		{"a shared office used as a verb after a pronoun", []string{
			`They co-host Lena Berg on the late show. Berg said she liked the work.`},
			"Lena Berg", ""},
		{"a shared office used as a verb after a modal", []string{
			`The twins could co-chair Omar Reyes's panel, Karl Brink said. Reyes said he would wait.`},
			"Omar Reyes", ""},

		// The second of two offices in the plural is others'.
		{"a plural second office", []string{
			`The plan was opposed by Tom Vale, the mayor and deputy mayors. Vale said it would fail.`},
			"Tom Vale", "mayor"},
		{"a plural second office with of", []string{
			`Tom Vale, the chairman and chief executives of three banks, said the rate was high. Vale said it would fall.`},
			"Tom Vale", "chairman"},
		{"a plural second trade", []string{
			`The study was led by Lena Berg, the astronomer and physicists at Corran University. Berg said it took a year.`},
			"Lena Berg", "astronomer"},

		// A trade word capitalised inside a name is the name's.
		{"a trade inside an organisation's name", []string{
			`The Harlow Engineer Corps built the bridge, Tom Vale said. Vale said it was strong.`},
			"Harlow Engineer Corps", ""},
		{"a trade inside the organisation of an apposition", []string{
			`Tom Vale, a consultant at Harlow Consultant Group, said the plan was weak. Vale said it would fail.`},
			"Tom Vale", "consultant"},
		{"a trade as a surname", []string{
			`Tom Banker, a Rhodes Scholar, won the prize. Banker said he was glad.`},
			"Tom Banker", ""},
		{"a capitalised trade in an apposition", []string{
			`Tom Vale, Software Engineer on the Vidmark app team, said the update was smaller. Vale said users would save data.`},
			"Tom Vale", "software engineer"},
		{"a capitalised modified trade in an apposition", []string{
			`Tom Vale, Senior Lecturer at Corran University, said fees would rise. Vale said students would pay more.`},
			"Tom Vale", "senior lecturer"},
		{"a trade inside an academy's name", []string{
			`Lena Berg, a lecturer at the Corran Scholar Academy, said the fees were too high. Berg said students agreed.`},
			"Lena Berg", "lecturer"},

		// A possessive phrase with a title opening the sentence is an
		// apposition whose second comma is left out.
		{"a body's chairman opening the sentence", []string{
			`The board's chairman, Ana Ruiz said the vote was fair. Ruiz said it was final.`},
			"Ana Ruiz", "chairman"},
		{"a port's chief executive opening the sentence", []string{
			`The port's chief executive, Karl Ots said the port would grow. Ots said trade was up.`},
			"Karl Ots", "chief executive"},
		{"a possessive title after a time", []string{
			`On Monday the company's chief executive, Ana Ruiz said sales rose. Ruiz said costs fell.`},
			"Ana Ruiz", "chief executive"},
		{"a possessive title after an opening phrase", []string{
			`In a statement, the firm's chairman, Tom Vale said the deal was done. Vale said it was fair.`},
			"Tom Vale", "chairman"},
		{"a possessive title ending the reported words", []string{
			`The board will hear from the firm's chairman, Tom Vale said. Vale said the vote would be held in May.`},
			"Tom Vale", ""},

		// Two offices joined by "and" right before the next name are of
		// neither; a relative or another's aide joined by "and" is no
		// second office.
		{"two offices before the next subject", []string{
			`The deal was drafted by Tom Vale, the astronomer and co-author Ana Ruiz said. Vale said it was fair.`},
			"Tom Vale", ""},
		{"two offices before the next subject, the subject", []string{
			`The deal was drafted by Tom Vale, the astronomer and co-author Ana Ruiz said. Ruiz said it was fair.`},
			"Ana Ruiz", ""},
		{"a relative and a trade", []string{
			`Ana Ruiz, a mother and engineer, said the school would close. Ruiz said parents were angry.`},
			"Ana Ruiz", ""},
		{"a trade and another's aide", []string{
			`Ana Ruiz, a lawyer and aide to the mayor, said the school would close. Ruiz said parents were angry.`},
			"Ana Ruiz", "lawyer"},
		{"a trade and another's adviser", []string{
			`Karl Brink, a banker and adviser to the governor, said rates would rise. Brink said so on Monday.`},
			"Karl Brink", "banker"},
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

// A trade or shared office written with a capital inside a name is part
// of the name: an organisation's ("Harlow Engineer Corps") is read whole,
// and a person with a trade for a surname ("Banker said") is still an
// actor. Sentences written for the test.
func TestTradeWordsInsideNames(t *testing.T) {
	tests := []struct {
		text string
		who  string
	}{
		{`The Harlow Engineer Corps built the bridge, Tom Vale said. Vale said it was strong.`, "Harlow Engineer Corps"},
		{`Ana Banker, a Rhodes Scholar, won the prize. Banker said she was glad.`, "Banker"},
		{`Ana Banker won the prize for her essay. Banker said she was glad.`, "Ana Banker"},
		{`The Corran Consultant Group lost the bid, Ana Ruiz said. Ruiz said the group would appeal.`, "Corran Consultant Group"},
		{`Lena Poet, the new head of the port board, said trade was up. Poet said it would grow.`, "Lena Poet"},
	}
	for _, tt := range tests {
		an := analyzeText(t, tt.text)
		var got []string
		for _, a := range an.Actors {
			got = append(got, a.Name)
		}
		if !slices.Contains(got, tt.who) {
			t.Errorf("%q: no actor %s; actors %q", tt.text, tt.who, got)
		}
	}
}
