package brief

import (
	"strings"
	"testing"
)

// nameCase is a sentence with the actors it must list (with their kind and,
// when given, their role) and the names it must not list.
type nameCase struct {
	name, text string
	want       []wantActor
	not        []string
}

type wantActor struct {
	name string
	kind ActorKind
	role string // "" when any
}

func checkNameCases(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.text)
			for _, w := range c.want {
				a := actorNamed(an, w.name)
				switch {
				case a == nil:
					t.Errorf("%q not listed; actors: %q", w.name, actorNames(an))
				case a.Kind != w.kind:
					t.Errorf("%q is a %s, want a %s", w.name, a.Kind, w.kind)
				case w.role != "" && !strings.EqualFold(a.Role, w.role):
					t.Errorf("%q has role %q, want %q", w.name, a.Role, w.role)
				}
			}
			for _, n := range c.not {
				if actorNamed(an, n) != nil {
					t.Errorf("%q listed; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}

// A government office whose name joins two of its fields with "and"
// ("Ministry of Justice and Security", "Minister of Trade and Industry")
// is one name: the field after "and" is no person, and the title before a
// person's name stays her role. The fields are those of the agent table
// (lexdata/agents.tsv: "minister of industry", "ministry for security").
// Two names joined by "and" stay two. Sentences written for the test.
func TestOfficeFieldsJoinedByAnd(t *testing.T) {
	org, person := KindOrganization, KindPerson
	checkNameCases(t, []nameCase{
		{"a known ministry and a second field", "The Ministry of Justice and Security said on Tuesday that it would review the harbour rules.",
			[]wantActor{{"Ministry of Justice and Security", org, ""}}, []string{"Security", "Ministry of Justice"}},
		{"a ministry of defence and security", "Officials at the Ministry of Defence and Security said the patrols would resume in May.",
			[]wantActor{{"Ministry of Defence and Security", org, ""}}, []string{"Security", "Ministry of Defence"}},
		{"a minister of two fields", "Minister of Trade and Industry Anna Weber said the closure would cost jobs.",
			[]wantActor{{"Anna Weber", person, "Minister of Trade and Industry"}},
			[]string{"Trade and Industry Anna Weber", "Industry Anna Weber"}},
		{"a minister for a field", "Minister for Fisheries Tomas Lind said the quotas would be cut.",
			[]wantActor{{"Tomas Lind", person, "Minister for Fisheries"}}, []string{"Fisheries Tomas Lind"}},
		{"a minister for two fields", "Minister for Energy and Water Lena Kovac told reporters the dam would open in June.",
			[]wantActor{{"Lena Kovac", person, "Minister for Energy and Water"}},
			[]string{"Energy and Water Lena Kovac", "Water Lena Kovac"}},
		// Two actors stay two.
		{"a ministry and a person", "The Ministry of Justice and Tom Blake agreed on Monday to settle the case.",
			[]wantActor{{"Ministry of Justice", org, ""}, {"Tom Blake", person, ""}}, []string{"Ministry of Justice and Tom Blake"}},
		{"a ministry and a title", "The Ministry of Justice and Interior Minister Petra Lund agreed on Monday to settle the case.",
			[]wantActor{{"Ministry of Justice", org, ""}, {"Petra Lund", person, ""}}, []string{"Ministry of Justice and Interior"}},
	})
}
