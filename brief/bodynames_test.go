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

// A company's name may end in a common plural noun of its trade ("Northline
// Trains", "Lothian Buses") or open with a region's or a people's word
// ("Baltic Lines", "Dutch Tankers", "Nordic Ferries"): one organisation,
// no person, and not the region or the country. A place whose second word
// is a place's head ("Dutch Harbor") is no country. People stay people.
// Sentences written for the test.
func TestCompanyEndingInTradePlural(t *testing.T) {
	org, person := KindOrganization, KindPerson
	checkNameCases(t, []nameCase{
		{"trains", "Northline Trains said services would run as normal on Sunday.",
			[]wantActor{{"Northline Trains", org, ""}}, nil},
		{"buses", "Lothian Buses said the routes would reopen on Monday.",
			[]wantActor{{"Lothian Buses", org, ""}}, nil},
		{"a region's word and lines", "Baltic Lines said it had cancelled two sailings.",
			[]wantActor{{"Baltic Lines", org, ""}}, []string{"Baltic states", "Lines"}},
		{"a people's word and tankers", "Dutch Tankers said two of its ships were delayed off Rotterdam.",
			[]wantActor{{"Dutch Tankers", org, ""}}, []string{"Netherlands", "Tankers"}},
		{"a region's word and ferries", "Nordic Ferries said it would add a sailing in July.",
			[]wantActor{{"Nordic Ferries", org, ""}}, []string{"Nordic countries", "Ferries"}},
		{"a place after a people's word", "The trawler returned to Dutch Harbor on Monday after the storm, the coast guard said.",
			nil, []string{"Netherlands"}},
		// People stay people.
		{"a person", "Dana Mills said the routes would reopen on Monday.",
			[]wantActor{{"Dana Mills", person, ""}}, nil},
		{"a people's workers", "Dutch workers said they would strike on Monday.",
			nil, []string{"Dutch workers"}},
	})
}

// A company set off by commas after the role of a thing's owner or
// operator ("Her owner, Kessock Fishing, said") is the company, not a
// person whose role is "owner". A person's name after that role stays a
// person. Sentences written for the test.
func TestOwnerCompanyApposition(t *testing.T) {
	org, person := KindOrganization, KindPerson
	checkNameCases(t, []nameCase{
		{"a fishing company", "Her owner, Kessock Fishing, said the vessel was safe.",
			[]wantActor{{"Kessock Fishing", org, ""}}, nil},
		{"a towing company", "The barge's owner, Carrow Towing, said the tow line had parted.",
			[]wantActor{{"Carrow Towing", org, ""}}, nil},
		{"an operator", "Her operator, Stenmark Shipping, said the crew were safe.",
			[]wantActor{{"Stenmark Shipping", org, ""}}, nil},
		// A person stays a person.
		{"a person owner", "The club's owner, Dana Mills, said the ground would be sold.",
			[]wantActor{{"Dana Mills", person, ""}}, nil},
	})
}

// A body's name may hold a possessive before a head word that ends the
// names of bodies ("the Ostrava Boatmen's Guild", "the Harbour Pilots'
// Syndicate"): one organisation, not a person "Ostrava Boatmen" and a
// body "Guild". A person's possessive before such a word stays the
// person's. Sentences written for the test.
func TestPossessiveInsideBodyName(t *testing.T) {
	org, person := KindOrganization, KindPerson
	checkNameCases(t, []nameCase{
		{"a guild after a place", "The Ostrava Boatmen's Guild said its members would strike on Monday.",
			[]wantActor{{"Ostrava Boatmen's Guild", org, ""}}, []string{"Ostrava Boatmen", "Guild"}},
		{"a guild after an unknown word", "The Kelmar Boatmen's Guild said its members would strike on Monday.",
			[]wantActor{{"Kelmar Boatmen's Guild", org, ""}}, []string{"Kelmar Boatmen", "Guild"}},
		{"a plural possessive and a syndicate", "The Harbour Pilots' Syndicate said the port was unsafe.",
			[]wantActor{{"Harbour Pilots' Syndicate", org, ""}}, []string{"Syndicate"}},
		{"a guild alone", "The Boatmen's Guild said its members would strike on Monday.",
			[]wantActor{{"Boatmen's Guild", org, ""}}, []string{"Boatmen", "Guild"}},
		// A person's possessive.
		{"a person's orchestra", "Anna Varga's Orchestra played on Monday, and Anna Varga said she was proud.",
			[]wantActor{{"Anna Varga", person, ""}}, nil},
	})
}

// A capitalised agent noun of the agent table (lexdata/agents.tsv:
// "fisherman", "midwife", "farmer") before a given name and a surname is
// the person's role, not the first word of the name: "Fisherman Ewan
// Grant said" names Ewan Grant (the title and the name stay one of his
// forms, as "Captain Ewan Grant" does). A body's word before a name, or an agent
// word before no given name, is left as it was. Sentences written for the
// test.
func TestAgentNounBeforeName(t *testing.T) {
	person := KindPerson
	checkNameCases(t, []nameCase{
		{"a fisherman", "Fisherman Ewan Grant said the catch was the worst in a decade.",
			[]wantActor{{"Ewan Grant", person, "Fisherman"}}, nil},
		{"a midwife", "Midwife Carla Nunes told the inquiry the ward had been short of staff.",
			[]wantActor{{"Carla Nunes", person, "Midwife"}}, nil},
		{"a farmer mid-sentence", "On Monday, farmer Tomas Lind and Midwife Carla Nunes said the road was unsafe.",
			[]wantActor{{"Carla Nunes", person, "Midwife"}}, nil},
		// A royal title stays the name's, as before.
		{"a royal title", "King Harald Olsen said the crown would pay for the repairs.",
			[]wantActor{{"King Harald Olsen", person, ""}}, []string{"Harald Olsen"}},
	})
}
