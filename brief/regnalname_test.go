package brief

import "testing"

// A regnal name ("Pope Leontius XIV", "King Aldric III", "Queen Maren II")
// is one person with the title and the numeral: the name alone, the name
// with its numeral, or with the title but no numeral, later in the story
// are the same actor, and no one else takes the title as a role.
// Sentences written for the test.
func TestRegnalNamesMerge(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		forms []string // every form must name one and the same actor
		not   []string // no actor by these names
	}{
		{"pope, then his name alone", []string{
			`Pope Leontius XIV received the Veltrian foreign minister, Anna Berg, at his summer residence on Thursday.`,
			`“We spoke of the refugees,” Leontius told reporters afterwards. Berg said the meeting had been warm.`},
			[]string{"Pope Leontius XIV", "Leontius"}, nil},
		{"king, then name with numeral and the name with title", []string{
			`King Aldric III opened the new parliament in Varnholm on Monday with a speech on the drought.`,
			`Aldric III promised to cut the cost of his household. Later, King Aldric met farmers in the north, and Aldric said the country would recover.`},
			[]string{"King Aldric III", "Aldric III", "King Aldric", "Aldric"}, nil},
		{"two regnal names in one story", []string{
			`Queen Maren II hosted Sultan Idris IV at the palace on Tuesday, the first state visit in a decade.`,
			`Maren praised the sultan's work on the coral reefs. Idris said he would return next spring.`},
			[]string{"Queen Maren II", "Maren"}, nil},
		{"the second of the two", []string{
			`Queen Maren II hosted Sultan Idris IV at the palace on Tuesday, the first state visit in a decade.`,
			`Maren praised the sultan's work on the coral reefs. Idris said he would return next spring.`},
			[]string{"Sultan Idris IV", "Idris"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			first := actorNamed(an, c.forms[0])
			if first == nil {
				t.Fatalf("no actor %q; actors: %q", c.forms[0], actorNames(an))
			}
			if first.Kind != KindPerson {
				t.Errorf("%s: kind %q, want person", first.Name, first.Kind)
			}
			for _, f := range c.forms[1:] {
				if a := actorNamed(an, f); a == nil || a.Name != first.Name {
					t.Errorf("form %q is not merged into %q; actors: %q", f, first.Name, actorNames(an))
				}
			}
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil {
					t.Errorf("%q is an actor; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}

// "The King" after a pope and a king is the king: a name that carries a
// royal title holds that title and no other, and the pope takes no role
// from it. Sentences written for the test.
func TestRoyalTitleDescriptions(t *testing.T) {
	an := analyzeText(t,
		`Pope Leontius XIV received King Aldric III at his summer residence on Thursday.`,
		`“We spoke of the refugees,” Leontius told reporters. The King said he was grateful for the welcome.`)
	pope := actorNamed(an, "Pope Leontius XIV")
	if pope == nil {
		t.Fatalf("no pope; actors: %q", actorNames(an))
	}
	if pope.Role != "" {
		t.Errorf("the pope has the role %q", pope.Role)
	}
	king := actorNamed(an, "King Aldric III")
	if king == nil {
		t.Fatalf("no king; actors: %q", actorNames(an))
	}
	if king.Mentions < 2 {
		t.Errorf("the King is not King Aldric III: %d mentions", king.Mentions)
	}
}
