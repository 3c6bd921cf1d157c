package page

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestMentionOnlyPersonIsNoKeyActor checks that a person the story only
// mentions — the minister an adviser works for ("an adviser to Interior
// Minister Greta Solvang", "staffers from the office of Trade Minister Ivo
// Petrak"), a leader who is only what someone's posts are about ("a post
// about President-elect Marten Dahl"), the outlet's own reporter who
// interviewed the speaker — is not listed among the key actors, while the
// people who speak, act or are parties stay, as does a leader the story's
// events are about. Sentences written for the test, in invented places.
func TestMentionOnlyPersonIsNoKeyActor(t *testing.T) {
	const lead = "Velmora's interior minister, Anika Drosdova, said on Tuesday that her government would tighten security in the capital, Kesselburg, before the election."
	for _, c := range []struct {
		name  string
		title string // the headline, when not the usual one
		lead  string // the first paragraph, when not lead
		body  string
		site  string // the outlet, when the case needs one
		drop  string // a person who must not be a key actor
		keep  string // an actor who must stay a key actor
		keep2 string // another, when the case has one
	}{
		{"the minister an adviser works for", "", "",
			"Tomas Reyl, an adviser to Justice Minister Greta Solvang, joined the delegation on its tour of the harbour. Drosdova said the tour would end on Friday.",
			"", "Solvang", "Anika Drosdova", ""},
		{"who advises the minister", "", "",
			"The delegation included the police chief, Marek Hollis, and Tomas Reyl, who advises Justice Minister Pavel Orlin on crime and security matters. Drosdova said the delegation would report by Friday.",
			"", "Orlin", "Anika Drosdova", ""},
		{"staffers from the office of a minister", "", "",
			"Staffers from the office of Trade Minister Ivo Petrak also took part in the meetings. Drosdova said the meetings had gone well.",
			"", "Petrak", "Anika Drosdova", ""},
		{"staffers from a minister's office", "", "",
			"Staffers from Finance Minister Oskar Lindgren's office also took part in the meetings. Drosdova said the meetings had gone well.",
			"", "Lindgren", "Anika Drosdova", ""},
		{"a President-elect who is only what the posts are about", "", "",
			"Opposition blogger Dana Halvorsen retweeted a post about President-elect Marten Dahl on Monday. In another post, Halvorsen linked to an article that attributes a false quote to President-elect Dahl. Drosdova said the posts broke no law.",
			"", "Dahl", "Anika Drosdova", "Halvorsen"},
		{"the outlet's own editor who interviewed the minister", "", "",
			"Valley Post political editor Lena Ruiz, who interviewed Drosdova on Monday, said the minister did not sound confident. Drosdova said the police would get more officers.",
			"Valley Post", "Ruiz", "Anika Drosdova", ""},
		{"the outlet's own correspondent, in its possessive", "", "",
			"But the Post's security correspondent Lena Ruiz said the minister did not sound confident. Drosdova said the police would get more officers.",
			"Valley Post", "Ruiz", "Anika Drosdova", ""},
		{"a President-elect only the subject of what an article claims", "", "",
			"Opposition blogger Dana Halvorsen retweeted an article that claimed President-elect Marten Dahl relied on lies to win. Drosdova said the posts broke no law.",
			"", "Dahl", "Anika Drosdova", "Halvorsen"},
		{"an economist lends a phrase", "", "",
			"The plan lets the market decide, as if there were (in libertarian economist Piet Marsh's phrase) markets in everything. Drosdova said the plan would pass.",
			"", "Marsh", "Anika Drosdova", ""},

		// They act: they stay.
		{"the minister speaks", "", "",
			"Tomas Reyl, an adviser to Justice Minister Greta Solvang, joined the delegation. Solvang said on Monday that she would veto the bill.",
			"", "", "Solvang", "Anika Drosdova"},
		{"the minister acts", "", "",
			"Justice Minister Pavel Orlin ordered an inquiry into the police budget on Monday. Drosdova said the inquiry was welcome.",
			"", "", "Orlin", "Anika Drosdova"},
		{"the minister's office speaks for the minister", "", "",
			"Staffers from Trade Minister Ivo Petrak's office said on Monday that the meetings had gone well. Drosdova said the meetings would go on.",
			"", "", "Petrak", "Anika Drosdova"},
		{"another outlet's editor is a party to the story", "", "",
			"Harbour Times editor Lena Ruiz, who interviewed Drosdova on Monday, said the minister had refused to answer. Drosdova said the police would get more officers.",
			"Valley Post", "", "Ruiz", "Anika Drosdova"},
		{"a president the story's events are about", "",
			"President Ana Voss's decree on the capital's security took effect on Tuesday, Velmora's interior minister, Anika Drosdova, said.",
			"Protesters marched against Voss in Kesselburg, and the decree of President Voss was read out in parliament. Drosdova said the decree would stay.",
			"", "", "Voss", "Anika Drosdova"},
		{"a president whose decree opens the story's events", "", "",
			"President Ana Voss's decree on the capital's security took effect on Tuesday. Drosdova said the decree would stay.",
			"", "", "Voss", "Anika Drosdova"},
		{"a president the ministry says ordered the strike", "", "",
			"The ministry said President Ana Voss ordered the strike on the rebel camp on Monday. Drosdova said the strike had worked.",
			"", "", "Voss", "Anika Drosdova"},
		{"a President-elect whom the headline names", "Blogger mocks President-elect Dahl's critics", "",
			"Opposition blogger Dana Halvorsen retweeted a post about President-elect Marten Dahl on Monday. In another post, Halvorsen linked to an article that attributes a false quote to President-elect Dahl. Drosdova said the posts broke no law.",
			"", "", "Dahl", "Halvorsen"},
		{"a president whose letter reached the ministry", "", "",
			"A letter from President Ana Voss reached the ministry on Monday, asking for more police in the capital. Drosdova said the police would get more officers.",
			"", "", "Voss", "Anika Drosdova"},
		{"a president's spokeswoman speaks for her", "", "",
			"A spokeswoman for President Ana Voss said on Monday that the decree would stay. Drosdova said the police would get more officers.",
			"", "", "Voss", "Anika Drosdova"},
		{"a president protesters march against", "", "",
			"Thousands of students marched against President Ana Voss in Kesselburg on Saturday. Drosdova said the march could go ahead.",
			"", "", "Voss", "Anika Drosdova"},
	} {
		t.Run(c.name, func(t *testing.T) {
			first := lead
			if c.lead != "" {
				first = c.lead
			}
			title := "Security tightened in Kesselburg"
			if c.title != "" {
				title = c.title
			}
			art := brief.NewArticle(title, first+"\n\n"+c.body)
			art.Site = c.site
			an := brief.Analyze(art)
			names := keyActorNames(Build(an, Options{Date: testDate}))
			if c.drop != "" && namesHold(names, c.drop) {
				t.Errorf("key actors %q list %q, only mentioned", names, c.drop)
			}
			for _, k := range []string{c.keep, c.keep2} {
				if k != "" && !namesHold(names, k) {
					t.Errorf("key actors %q lost %q", names, k)
				}
			}
		})
	}
}

// keyActorNames are the names of a page's key actors.
func keyActorNames(b *Briefing) []string {
	var names []string
	for _, a := range b.Actors {
		names = append(names, a.Name)
	}
	return names
}

// namesHold reports whether one of names holds part.
func namesHold(names []string, part string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, part) })
}
