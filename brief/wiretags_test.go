package brief

import (
	"strings"
	"testing"
)

// American wire copy writes a lawmaker's party and state after the name,
// between commas or in brackets: "Sen. Ruth Calder, R-Okla.,", "Rep. Tom
// Ivey (D-Minn.)", "R-Texas", "D-N.Y.", "I-Vt.", "R-W.Va.", "D-CA". The
// tag is the person's party and state, never a name of its own: no actor,
// no party to a dispute, no one who commits. Sentences written for the
// test.
func TestPartyStateTagsAreNoActors(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		tags   []string // no actor, commitment actor or dispute party by these names
		actors []string // actors that must stay
	}{
		{"between commas, before the verb", []string{
			`The Clean Wells Act, written by Sen. Marcus Hale, D-Minn., would give grants to counties with dry wells.`,
			`Hale said on Tuesday that he would bring it to a vote before the recess.`},
			[]string{"D-Minn", "D-Minn."}, []string{"Marcus Hale"}},
		{"a list of senators with unabbreviated states", []string{
			`The two Republicans who broke ranks were Sen. Peter Lund, R-Maine, and Sen. Alma Boyd, R-Alaska.`,
			`Rep. Tom Brand, R-Texas, who chairs the transport panel, said he would not take up the bill.`},
			[]string{"R-Maine", "R-Alaska", "R-Texas"}, []string{"Peter Lund", "Alma Boyd", "Tom Brand"}},
		{"dotted states and postal codes", []string{
			`Sen. Owen Pike, D-N.Y., and Sen. Nora Vance, R-W.Va., voted against the pipeline permit on Monday.`,
			`Rep. Nia Cross, D-CA, and Rep. Ed Pryor, R-TX, accused the agency of ignoring farmers.`,
			`Sen. Abel Marsh, I-Vt., said he would vote for it.`},
			[]string{"D-N.Y.", "D-N.Y", "R-W.Va", "D-CA", "R-TX", "I-Vt"}, []string{"Owen Pike", "Nora Vance", "Nia Cross", "Ed Pryor", "Abel Marsh"}},
		{"in brackets", []string{
			`Rep. Lena Moss (D-Ohio) praised the plan, while Rep. Carl Dunn (R-Fla.) said he would fight it.`},
			[]string{"D-Ohio", "R-Fla"}, []string{"Lena Moss", "Carl Dunn"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.tags {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor (%s); actors: %q", n, a.Kind, actorNames(an))
				}
				for _, cm := range an.Commitments {
					if strings.EqualFold(cm.Actor, n) {
						t.Errorf("commitment by %q: %q", n, cm.Text)
					}
				}
				for _, dp := range an.Disputes {
					for _, p := range dp.Parties {
						if strings.EqualFold(p, n) {
							t.Errorf("dispute party %q: %q", n, dp.Text)
						}
					}
				}
			}
			for _, n := range c.actors {
				if actorNamed(an, n) == nil {
					t.Errorf("no actor %q; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}

// A legislature's committee, or a body, can be named by a list of
// subjects with commas and "and": "the Senate Agriculture, Nutrition and
// Forestry Committee", "the House Ways and Means Committee", "the Senate
// Committee on Banking, Housing, and Urban Affairs". The whole name is one
// organisation; its last words ("Forestry Committee") are none of their
// own. A list of bodies stays apart. Sentences written for the test.
func TestListedSubjectsInCommitteeNames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // actors that must be listed
		not        []string // names that must not be listed
	}{
		{"a chamber, a list and the head", "The bill cleared the Senate Agriculture, Nutrition and Forestry Committee on Thursday, and Sen. Ada Quill said she would bring it to the floor in June.",
			[]string{"Senate Agriculture, Nutrition and Forestry Committee"}, []string{"Forestry Committee"}},
		{"a list with a serial comma", "Officials of the Veterans, Housing, and Rural Affairs Committee said they would hold a hearing in May.",
			[]string{"Veterans, Housing, and Rural Affairs Committee"}, []string{"Rural Affairs Committee"}},
		{"a chamber and two subjects", "Rep. Colm Hart, who chairs the House Ways and Means Committee, said the panel would vote on Friday.",
			[]string{"House Ways and Means Committee"}, []string{"Means Committee"}},
		{"the list after the head", "The nominee will appear before the Senate Committee on Banking, Housing, and Urban Affairs next week, Senator Ada Quill said.",
			[]string{"Senate Committee on Banking, Housing, and Urban Affairs"}, []string{"Committee on Banking"}},
		// Bodies listed: no one name.
		{"three bodies", "The Treasury, the Home Office and the Cabinet Office will review the contract, a spokesman said.",
			nil, []string{"Treasury, the Home Office and the Cabinet Office"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.text)
			for _, w := range c.want {
				if a := actorNamed(an, w); a == nil || a.Kind != KindOrganization {
					t.Errorf("%q not listed as an organisation; actors: %q", w, actorNames(an))
				}
			}
			for _, w := range c.not {
				if actorNamed(an, w) != nil {
					t.Errorf("%q listed; actors: %q", w, actorNames(an))
				}
			}
		})
	}
}

// Subjects that are also names of bodies elsewhere ("Labor", "Energy")
// stay inside a committee's name. Sentences written for the test.
func TestListedSubjectsThatNameBodies(t *testing.T) {
	an := analyzeText(t, "The plan cleared the Senate Health, Education, Labor and Pensions Committee in May, and the House Energy and Commerce Committee will hold a hearing on it next week.")
	for _, w := range []string{"Senate Health, Education, Labor and Pensions Committee", "House Energy and Commerce Committee"} {
		if a := actorNamed(an, w); a == nil || a.Kind != KindOrganization {
			t.Errorf("%q not listed as an organisation; actors: %q", w, actorNames(an))
		}
	}
	for _, w := range []string{"Pensions Committee", "Commerce Committee"} {
		if actorNamed(an, w) != nil {
			t.Errorf("%q listed; actors: %q", w, actorNames(an))
		}
	}
}

// A fragment quoted after a verb that puts words on something ("dismissed
// the plan as “…”", "called it “…”", "described the offer as “…”",
// "branded the strike “…”") is the words of the one who dismissed or
// called, the verb's subject, even when a title, a party tag and an
// apposition stand between them, and never of the one whose plan it is.
// Sentences written for the test.
func TestFragmentAfterNamingVerbIsTheSubjects(t *testing.T) {
	cases := []struct {
		name, words, speaker string
		paras                []string
	}{
		{"called it, after a tag and an apposition", "a tax on every farm", "Ruth Calder", []string{
			`The water bill cleared the committee on Tuesday.`,
			`Sen. Ruth Calder, R-Okla., the panel's ranking member, called it "a tax on every farm in the state" and said she would vote against it.`}},
		{"dismissed her plan as, after she spoke", "a raincoat in a hurricane", "Marcus Hale", []string{
			`Sen. Marcus Hale said on Monday that the water bill would pass by June.`,
			`Calder said she would offer a smaller plan next week, one that would cost about half as much. Hale dismissed her plan as "a raincoat in a hurricane."`}},
		{"described the proposal as", "a reckless plan", "Lina Park", []string{
			`The county unveiled a plan on Friday to close two libraries.`,
			`Council member Ada Wren said the closures were needed. Governor Lina Park described the proposal as "a reckless plan that no family asked for."`}},
		{"branded the strike", "a betrayal of the city", "Tom Reyes", []string{
			`Bus drivers walked out on Monday over pay.`,
			`Union leader Ben Cole said the drivers would stay out until Friday. Mayor Tom Reyes branded the strike "a betrayal of the city."`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if q := findQuote(t, an, c.words); !strings.EqualFold(q.Speaker, c.speaker) {
				t.Errorf("quote %q by %q, want %q", c.words, q.Speaker, c.speaker)
			}
		})
	}
}

// A pledge in a spokesman's quote about someone the quote names by title
// ("The governor has been clear: he will veto…") is not the pledge of a
// man named in an earlier paragraph. Sentences written for the test.
func TestQuotedPledgeOfTitledPersonNotEarlierMan(t *testing.T) {
	an := analyzeText(t,
		`Sen. Abel Marsh said in a statement on Monday that he had doubts about the toll plan.`,
		`The governor's office condemned the vote. "The governor has been clear: he will veto any bill that raises tolls on commuters," spokeswoman Irma Sol told reporters.`)
	for _, c := range an.Commitments {
		if strings.Contains(c.Text, "veto any bill") && strings.EqualFold(c.Actor, "Abel Marsh") {
			t.Errorf("the governor's pledge given to %q: %q", c.Actor, c.Text)
		}
	}
}

// A plural before the pronoun ("his parents are worried, and he…") is not
// whom "he" names; a title is ("the governor has been clear: he…").
// Sentences written for the test.
func TestQuotedPersonNounBefore(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{`"Milo won't say so, but his parents are worried, and he will ask the club for a new deal," Ruiz said.`, false},
		{`"The governor has been clear: he will veto the bill," Sol said.`, true},
		{`"My boss told me he will sign it," Sol said.`, true},
	}
	for _, c := range cases {
		d := docOf(t, c.text)
		got, found := false, false
		for k := range d.toks {
			if d.tokLower(k) == "he" && d.toks[k].flags&fInQuote != 0 {
				got, found = d.quotedPersonNounBefore(k), true
				break
			}
		}
		if !found || got != c.want {
			t.Errorf("%s: found %v, got %v, want %v", c.text, found, got, c.want)
		}
	}
}

// "the" before a country's possessive opens a name that holds it: "the
// Canada's Wheat Growers Council" is one body, not Canada and a "Wheat
// Growers Council". "the UK's Financial Conduct Authority" is the UK's
// body. Sentences written for the test.
func TestCountryPossessiveInsideName(t *testing.T) {
	an := analyzeText(t, `The Canada's Wheat Growers Council opposes the tariff, and its chief, Ivo Brandt, said it would lobby against it.`)
	if a := actorNamed(an, "Canada's Wheat Growers Council"); a == nil || a.Kind != KindOrganization {
		t.Errorf("no organisation \"Canada's Wheat Growers Council\"; actors: %q", actorNames(an))
	}
	for _, n := range []string{"Canada", "Wheat Growers Council"} {
		if actorNamed(an, n) != nil {
			t.Errorf("%q listed; actors: %q", n, actorNames(an))
		}
	}
	an = analyzeText(t, `The UK's Financial Conduct Authority fined the lender on Monday, and Britain's finance minister Ada Vale said she would review the rules.`)
	if actorNamed(an, "UK's Financial Conduct Authority") != nil {
		t.Errorf("the UK's authority taken as one name; actors: %q", actorNames(an))
	}
}

// Condemning a vote, a veto or a decree sets the critic against those who
// cast or made it, as condemning a ruling does: a dispute of the critic,
// who is then a key actor. Sentences written for the test.
func TestCondemnedVoteIsADispute(t *testing.T) {
	for _, obj := range []string{"the vote", "the veto", "the decree"} {
		an := analyzeText(t, `Senators blocked the transit bill on Tuesday.`,
			`The White House condemned `+obj+`. Press secretary Dana Osei said the senators had failed every commuter.`)
		found := false
		for _, dp := range an.Disputes {
			if strings.Contains(dp.Text, "condemned "+obj) && len(dp.Parties) > 0 && dp.Parties[0] == "White House" {
				found = true
			}
		}
		if !found {
			t.Errorf("no dispute of the White House over %q; disputes: %+v", obj, an.Disputes)
		}
	}
}
