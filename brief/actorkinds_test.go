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

// A one-word name or an online handle is a person when the article calls
// it "he" or "she" or gives it a person's acts, and a company when it is
// "it", "its" or "the site". Evidence must be clear: a name that says "it
// would" keeps its kind. Sentences written for the test.
func TestSingleNamesTakeTheirPronounsKind(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a seller's handle, then he", []string{
			`A seller who goes by Kestrelwing on the bazaar app told me he posts parcels twice a week from a garage in Leeds.`,
			`Kestrelwing said the fees had doubled since spring and that he would move his shop elsewhere by June.`},
			map[string]ActorKind{"Kestrelwing": KindPerson}, nil},
		{"a moderator's handle with his", []string{
			`The forum moderator known as Quillfeather closed the thread on Tuesday after a week of abuse.`,
			`Quillfeather said his decision was final and that nobody had complained to him before.`},
			map[string]ActorKind{"Quillfeather": KindPerson}, nil},
		{"a handle with she and her", []string{
			`Tovrashi, who runs a popular cooking channel, lost access to her account last month.`,
			`Tovrashi announced on Friday that she had won it back after a long appeal to the platform.`},
			map[string]ActorKind{"Tovrashi": KindPerson}, nil},
		{"a handle after a clause's that", []string{
			`Buyers on the forum say that Marrowlight has run the seed swap for two years.`,
			`Marrowlight told me he pays for the postage himself and keeps no records.`},
			map[string]ActorKind{"Marrowlight": KindPerson}, nil},
		{"a site named in apposition", []string{
			`Stackwise, the question-and-answer site, said on Monday it would cut a fifth of its staff.`,
			`Stackwise announced its results a week later, and the chief executive, Dalia Renner, said sales had fallen.`},
			map[string]ActorKind{"Stackwise": KindOrganization, "Dalia Renner": KindPerson}, nil},
		{"a company with its results", []string{
			`Brindlecom announced its quarterly results on Thursday and doubled its dividend.`,
			`Brindlecom said its revenue had risen by eight percent, helped by sales in Asia.`},
			map[string]ActorKind{"Brindlecom": KindOrganization}, nil},
		// Look-alikes: kinds that must stay.
		{"a person who says it would", []string{
			`Minister Ilse Varnholt visited the flooded valley on Sunday.`,
			`Varnholt said it would take years to rebuild the bridges, and she promised money for the farmers.`},
			map[string]ActorKind{"Ilse Varnholt": KindPerson}, nil},
		{"a company that says it will", []string{
			`Corvane Motors said on Monday it would close its plant in Tana River.`,
			`Corvane says it will keep paying the workers until the end of the year.`},
			map[string]ActorKind{"Corvane Motors": KindOrganization}, nil},
		{"a person whose its is the company's", []string{
			`The carmaker Orlek Motors will close a plant in Ostrava, its chairman said on Monday.`,
			`Chairman Tomas Brezina said its workers would be offered jobs elsewhere, and he thanked them.`},
			map[string]ActorKind{"Tomas Brezina": KindPerson, "Orlek Motors": KindOrganization}, nil},
	})
}

// A title-case heading inside the body ("Vidmark Launches New Tools For
// Sellers") holds a name and a verb: the actor is the name, never the
// heading's run of capitals. Names with a word like a verb in them stay
// whole. Sentences written for the test.
func TestHeadingsAreNoNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"launches", []string{
			`Vidmark Launches New Tools For Sellers`,
			`Vidmark said on Tuesday that sellers could now record short videos inside its app.`,
			`Lena Forsberg, who heads its product team, said the tools were free for a year.`},
			map[string]ActorKind{"Vidmark": KindOrganization, "Lena Forsberg": KindPerson},
			[]string{"Vidmark Launches New Tools", "Vidmark Launches New Tools For Sellers", "Vidmark Launches"}},
		{"unveils", []string{
			`Orlek Unveils Cheaper Electric Truck`,
			`Orlek Motors showed a smaller truck at its factory in Ostrava on Wednesday, priced below its rivals.`,
			`Orlek said the truck would go on sale in March.`},
			map[string]ActorKind{"Orlek Motors": KindOrganization},
			[]string{"Orlek Unveils Cheaper Electric Truck", "Orlek Unveils"}},
		{"council says", []string{
			`Harbour Council Says Ferry Budget Is Safe`,
			`The Harbour Council said on Monday the ferry budget would not be cut, despite a shortfall of two million euros.`,
			`Councillor Owen Pike said the money would come from parking fees.`},
			map[string]ActorKind{"Harbour Council": KindOrganization, "Owen Pike": KindPerson},
			[]string{"Harbour Council Says Ferry Budget", "Harbour Council Says"}},
		{"warns", []string{
			`Lamu Port Authority Warns Of Delays`,
			`The Lamu Port Authority warned shippers on Friday that a crane failure would delay cargo for a week.`},
			map[string]ActorKind{"Lamu Port Authority": KindOrganization},
			[]string{"Lamu Port Authority Warns"}},
		{"a Markdown heading", []string{
			`# Vidmark Launches New Tools For Sellers`,
			`Vidmark said on Tuesday that sellers could now record short videos inside its app.`},
			map[string]ActorKind{"Vidmark": KindOrganization},
			[]string{"Vidmark Launches New Tools For Sellers", "Vidmark Launches New Tools", "Vidmark Launches"}},
		{"a heading run into the first sentence", []string{
			"Tavix Unveils Folding Phone\nTavix said on Monday that its phone would cost 900 euros and go on sale in June."},
			map[string]ActorKind{"Tavix": KindOrganization},
			[]string{"Tavix Unveils Folding Phone", "Tavix Unveils Folding Phone Tavix", "Tavix Unveils"}},
		// Look-alikes: names with a word like a verb stay whole.
		{"a name with a verb-like word", []string{
			`Save the Children said on Monday it would send doctors to the border camps.`,
			`Delta Air Lines said it would fly the doctors there for free, and General Motors sent trucks.`},
			map[string]ActorKind{"Save the Children": KindOrganization, "General Motors": KindOrganization},
			[]string{"Delta Air", "Delta", "Save", "General"}},
		{"a heading with a person", []string{
			`Minister Ilse Varnholt Resigns Over Ferry Deal`,
			`Ilse Varnholt resigned on Friday after the ferry contract was found to break the law.`},
			map[string]ActorKind{"Ilse Varnholt": KindPerson},
			[]string{"Ilse Varnholt Resigns", "Ilse Varnholt Resigns Over Ferry Deal"}},
	})
}

// A name set beside a noun for a kind of business or body (", the
// question site for programmers,", ", a bakery chain,") is an
// organisation's, though it speaks as a person would; a person beside a
// role in a body (", the firm's owner,") stays a person. Sentences
// written for the test.
func TestBodyAppositionMakesAnOrganisation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a site in apposition", []string{
			`Quill Stack, the question site for programmers, will cut a quarter of its staff, its chief executive said on Tuesday.`,
			`Quill Stack said the cuts were needed after traffic fell by a third.`},
			map[string]ActorKind{"Quill Stack": KindOrganization}, nil},
		{"a chain in apposition", []string{
			`Crumb Basket, a bakery chain from Leeds, said it would close nine shops in March.`,
			`Crumb Basket told suppliers that payments would be made in full.`},
			map[string]ActorKind{"Crumb Basket": KindOrganization}, nil},
		// Look-alikes: people.
		{"a person beside the firm's owner", []string{
			`Tomas Varga, the firm's owner, said the workshop would reopen in May.`,
			`Varga said he had hired four new mechanics.`},
			map[string]ActorKind{"Tomas Varga": KindPerson}, nil},
		{"a person beside a title", []string{
			`Oskar Lindqvist, the chief executive of Nordhamn Shipping, said the fleet would grow.`},
			map[string]ActorKind{"Oskar Lindqvist": KindPerson}, nil},
	})
}
