package brief

import (
	"testing"
)

// kindCase is an article written for a test and what its actors list must
// show: each name in kinds with that kind, no actor by the names in not.
type kindCase struct {
	name  string
	paras []string
	kinds map[string]ActorKind
	not   []string
}

func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for n, k := range c.kinds {
				a := actorNamed(an, n)
				switch {
				case a == nil:
					t.Errorf("no actor %q; actors: %q", n, actorNames(an))
				case a.Kind != k:
					t.Errorf("%q is %s, want %s; actors: %q", n, a.Kind, k, actorNames(an))
				}
			}
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
				}
			}
		})
	}
}

// A news outlet cited as a source ("tech site Byteline reports that…",
// "according to Harbour Weekly") is no actor, and never a person. An
// outlet the story acts on stays an organisation, and a person whose
// surname is an outlet's head word stays a person. Sentences written for
// the test.
func TestCitedOutletsAreNoPeople(t *testing.T) {
	checkKinds(t, []kindCase{
		{"tech site reports, then adds", []string{
			`The new routers made by Orlek leak their owners' passwords, tech site Byteline reports.`,
			`Byteline adds that the flaw was found by a student in Brno and that Orlek has not answered its questions.`,
			`Orlek said on Friday it would fix the routers within a month.`},
			map[string]ActorKind{"Orlek": KindOrganization}, []string{"Byteline"}},
		{"according to a weekly", []string{
			`The harbour board will sell its last two ferries, according to Harbour Weekly.`,
			`Harbour Weekly writes that the sale could bring in four million euros. Board chairman Anton Varga declined to comment.`},
			map[string]ActorKind{"Anton Varga": KindPerson}, []string{"Harbour Weekly"}},
		{"the newspaper wrote", []string{
			`Mayor Ruth Calder will not run again, the newspaper Lamu Courier wrote on Sunday.`,
			`Calder told reporters she was tired. The Lamu Courier adds that her deputy, Owen Pike, will stand instead.`},
			map[string]ActorKind{"Ruth Calder": KindPerson, "Owen Pike": KindPerson}, []string{"Lamu Courier"}},
		{"a blog that reports", []string{
			`Gadget blog Pixelrun reported on Tuesday that the phone maker Tavix would delay its new model.`,
			`Pixelrun added that Tavix had run short of screens. Tavix declined to comment.`},
			map[string]ActorKind{"Tavix": KindOrganization}, []string{"Pixelrun"}},
		// Look-alikes.
		{"a person named Daily", []string{
			`Finance Minister Nadia Daily said on Monday the budget would be cut by two percent.`,
			`Daily reported a deficit for the third year running, and she blamed the pandemic.`},
			map[string]ActorKind{"Nadia Daily": KindPerson}, nil},
		{"a newspaper company that acts", []string{
			`New York Times Co. said on Thursday it would cut 100 jobs in its printing business.`,
			`The company reported a loss of $12 million for the quarter.`},
			map[string]ActorKind{"New York Times": KindOrganization}, nil},
		{"a newspaper that is sued", []string{
			`The Kestrel Post was sued for libel on Monday by the developer Anton Varga.`,
			`The Kestrel Post said it stood by every word of its report.`},
			map[string]ActorKind{"Kestrel Post": KindOrganization, "Anton Varga": KindPerson}, nil},
		{"a reporter who reports", []string{
			`Maren Solvik, a correspondent in Kyiv, reports that the talks have stalled.`,
			`Solvik was detained by the police for six hours on Saturday, and she said she would complain.`},
			map[string]ActorKind{"Maren Solvik": KindPerson}, nil},
	})
}
