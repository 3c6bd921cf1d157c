package brief

import (
	"strings"
	"testing"
)

// Groups named by common nouns are actors when they matter to the story,
// named as the article names them; generic sources, someone's lawyers and
// a group named once in passing are not.
func TestGroupActors(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		group string   // an actor of kind group (or a body) with this name or alias
		forms []string // other forms merged into it
		not   []string // no actor of these names
	}{
		{"a qualified group, then its head alone", []string{
			"Federal prosecutors charged three bankers with fraud on Tuesday in Chicago.",
			"Prosecutors said the men had hidden losses from investors for two years.",
			"A lawyer for one banker said the case was weak."},
			"federal prosecutors", []string{"prosecutors"}, nil},
		{"a phrase from the agent table", []string{
			"Teaching unions rejected the pay offer from Education Secretary Mara Hollis.",
			"The unions said their members would strike in March unless the offer improved.",
			"Ms Hollis said the offer was fair."},
			"teaching unions", []string{"unions"}, nil},
		{"a group that only comes back as an object", []string{
			"Lenders face more rules from government regulators than ever, chief executive Tom Arlen said.",
			"Two years ago the lender clashed with regulators over its mortgage book.",
			"In May it paid a fine demanded by foreign regulators."},
			"government regulators", []string{"regulators"}, nil},
		{"a demonym qualifies the group", []string{
			"The census of abbeys found that Irish monks still farm most of their land.",
			"Many monks sell cheese at the gate, and the monks open their guest houses in summer."},
			"Irish monks", []string{"monks"}, nil},
		{"generic sources and someone's lawyers are no group", []string{
			"Officials said the bridge would reopen. Officials said repairs had cost millions.",
			"Her lawyers said the mayor would appeal, and her lawyers filed papers.",
			"Officials said nothing more."},
			"", nil, []string{"officials", "lawyers", "her lawyers"}},
		{"a group named once in passing", []string{
			"Mayor Lina Ortiz said the parade would go ahead, a decision that pleased shopkeepers.",
			"Ms Ortiz said the route would be shorter this year."},
			"", nil, []string{"shopkeepers"}},
		{"a verb before the group is no qualifier", []string{
			"The paper shortage hurt publishers and delayed school books across the country.",
			"Publishers said the mills had let them down, and publishers asked ministers to step in."},
			"publishers", nil, []string{"hurt publishers"}},
		{"a state's agents with its demonym are the state", []string{
			"Kenyan lawmakers are drafting a new press law, and Kenyan lawmakers will vote in May.",
			"Kenyan troops left the border town on Sunday."},
			"", nil, []string{"Kenyan lawmakers", "lawmakers", "Kenyan troops", "troops"}},
		{"a possessor is no group mention", []string{
			"Mr Okoye says the fishermen's catch is falling and the fishermen' nets are empty.",
			"He said the farmers' knowledge was being dismissed, and the farmers' fields were dry."},
			"", nil, []string{"farmers", "fishermen"}},
		{"a body named by lower-case words", []string{
			"Nurses walked out on Monday as the union escalated its dispute with the regional health board over pay.",
			`The health board said it had offered a 4 percent rise. “The offer is fair,” board chairman Owen Pryor said.`},
			"regional health board", []string{"health board"}, nil},
		{"the jury, a body of its own", []string{
			"The jury found Tomas Berg guilty of fraud on Friday after two days.",
			"The jury had asked the judge to explain the law on Thursday.",
			"Berg's lawyer said he would appeal."},
			"the jury", []string{"jury"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if c.group != "" {
				g := actorNamed(an, c.group)
				if g == nil {
					t.Fatalf("no group %q; actors: %q", c.group, actorNames(an))
				}
				for _, f := range c.forms {
					if a := actorNamed(an, f); a == nil || a.Name != g.Name {
						t.Errorf("%q is not merged into %q; actors: %q", f, g.Name, actorNames(an))
					}
				}
			}
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q listed as an actor (%s); actors: %q", n, a.Name, actorNames(an))
				}
			}
		})
	}
}

// A description of a body stands for the body of that name in the
// article, or for the home country's forces, and speaks for it.
func TestDescriptionsOfBodies(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		quote   string
		speaker string // name or alias of the actor the quote is given to
	}{
		{"the court is the court named", []string{
			"Residents appealed to the Ruritanian Supreme Court and the Marlow Trust backed them.",
			`The court said in its ruling that the law was “unfair to every tenant in the city”.`},
			"unfair to every tenant", "Ruritanian Supreme Court"},
		{"the navy is the home country's", []string{
			"Chile sent four ships to the area on Monday, and Chile asked Peru for help.",
			`“Our divers have reached the hull of the ferry,” the navy told reporters.`},
			"Our divers have reached the hull", "navy"},
		{"the airline is the airline named, not the last business", []string{
			"Coralia Air grounded its fleet after a fire at its hangar in Lisbon.",
			"Fuel supplier Petrovex said the fire began in a storage tank.",
			`The airline told passengers it was “sorry for every hour of delay”.`},
			"sorry for every hour of delay", "Coralia Air"},
		{"the airline is the business named", []string{
			"Pacifica Air cancelled forty flights on Monday because of the pilots' strike.",
			"Travellers from Chile and Peru were stranded in Lima.",
			`On Tuesday the airline told passengers it was “doing everything possible to rebook every traveller”.`},
			"doing everything possible to rebook", "Pacifica Air"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			q := findQuote(t, an, c.quote)
			a := actorNamed(an, c.speaker)
			if a == nil || q.Speaker != a.Name {
				t.Errorf("speaker %q, want %q; actors: %q", q.Speaker, c.speaker, actorNames(an))
			}
			if strings.HasPrefix(strings.ToLower(q.Speaker), "the ") && a == nil {
				t.Errorf("a bare description as speaker: %q", q.Speaker)
			}
		})
	}
}

// An actor that reports or acts ranks above one named as often that does
// not ("The Finch Institute on Monday said…").
func TestActingRolesRank(t *testing.T) {
	an := analyzeText(t,
		"The Harlow Trust and the Finch Institute published a study of the river on Monday.",
		"Divers from the Harlow Trust collected the samples in May.",
		"The Finch Institute on Monday said the water was cleaner than at any time since 1990.")
	h, f := -1, -1
	for i, a := range an.Actors {
		switch a.Name {
		case "Harlow Trust":
			h = i
		case "Finch Institute":
			f = i
		}
	}
	if f < 0 || h < 0 || f > h {
		t.Errorf("the institute that reports should rank above the trust: %q", actorNames(an))
	}
}
