package brief

import "testing"

// A country that is also a given name ("Jordan", "Georgia", "Chad",
// "India"), directly before a surname in a person's context — a speech
// verb and "he" or "she", a role beside the name, an age, the surname used
// alone later — is one person, not a country and a stray name. A country
// before a title, an organisation's name, a day or an outlet stays a place.
// Sentences written for the test.
func TestPlaceGivenNames(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		person string // the person that must be listed ("" for none)
		kind   map[string]ActorKind
	}{
		{"a speech verb and he", "Jordan Banks said he would oppose the quarry plan at Tuesday's meeting.", "Jordan Banks", nil},
		{"a role in apposition", "Georgia Moss, the council's planner, said the traffic figures were wrong.", "Georgia Moss", nil},
		{"an unusual surname and a speech verb", "Chad Whitley told reporters that the town would appeal the ruling.", "Chad Whitley", nil},
		{"an age in apposition", "India Reyes, 34, said the vote on the new bridge would be held in May.", "India Reyes", nil},
		{"the surname alone later", "Jordan Banks opened the meeting on Monday. Banks said the quarry would close by spring.", "Jordan Banks", nil},
		{"a role before", "Councillor Georgia Moss rejected the quarry plan on Monday.", "Georgia Moss", nil},
		// The other direction: the country stays a country.
		{"a country before a title", "Jordan King Abdullah met the envoy in Amman on Monday to discuss the border.", "",
			map[string]ActorKind{"Jordan": KindCountry}},
		{"a country and an organisation's name", "The Jordan Rivers Authority rejected the plan on Monday.", "",
			map[string]ActorKind{"Jordan Rivers Authority": KindOrganization}},
		{"a country and a day", "Aid lorries reached refugees in Chad Wednesday after a week at the border.", "", nil},
		{"a company that speaks of itself", "Georgia Power said it would raise its rates in March.", "", nil},
		{"an outlet", "India Today reported that the minister had resigned.", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.text)
			if c.person != "" {
				a := actorNamed(an, c.person)
				if a == nil || a.Kind != KindPerson {
					t.Fatalf("no person %q; actors: %q", c.person, actorNames(an))
				}
			}
			for _, a := range an.Actors {
				if c.person == "" && a.Kind == KindPerson && len(a.Name) > 0 {
					for _, w := range []string{"Jordan ", "Georgia ", "Chad ", "India "} {
						if len(a.Name) > len(w) && a.Name[:len(w)] == w {
							t.Errorf("person %q read from a place; actors: %q", a.Name, actorNames(an))
						}
					}
				}
				if c.person != "" && (a.Kind == KindCountry && len(c.person) > len(a.Name) && c.person[:len(a.Name)] == a.Name) {
					t.Errorf("the given name of %q read as the country %q", c.person, a.Name)
				}
			}
			for n, k := range c.kind {
				if a := actorNamed(an, n); a == nil || a.Kind != k {
					t.Errorf("%q is not a %s; actors: %q", n, k, actorNames(an))
				}
			}
		})
	}
}
