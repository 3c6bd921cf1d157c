package brief

import "testing"

// A capitalised name the article only writes after a preposition of place
// ("farmers in Brittany", "lorries from Umbria", "storms across Galicia")
// names a place, not a person, even when it is also a given name or a verb
// of saying follows the phrase. A name that also has a title, a role, a
// relative or a clause of its own, or a person's full name, stays a
// person. Sentences written for the test.
func TestLocatedNamesAreNoPeople(t *testing.T) {
	checkNoAgents(t, []kindCase{
		{"a region that is a given name", []string{
			`Farmers in Brittany said the drought had ruined half their crop.`,
			`The minister, Paul Ardent, promised aid by the end of the month.`},
			map[string]ActorKind{"Paul Ardent": KindPerson}, []string{"Brittany"}},
		{"officials in a region said", []string{
			`Officials in Umbria said the fire was under control by Sunday evening.`},
			nil, []string{"Umbria"}},
		{"from a region, twice", []string{
			`Lorries from Calabria were stopped at the border for a second day.`,
			`Drivers from Calabria said they had waited for eleven hours.`},
			nil, []string{"Calabria"}},
		{"across and throughout", []string{
			`Storms across Galicia cut power to 40,000 homes on Tuesday.`,
			`Schools throughout Galicia will stay shut until Thursday, the regional government said.`},
			nil, []string{"Galicia"}},
		{"near and outside", []string{
			`A fire near Valmora forced hundreds of people to leave their homes.`,
			`Tourists camping outside Valmora were told to stay away from the hills.`},
			nil, []string{"Valmora"}},
		{"a given name across, then in", []string{
			`Schools across Lorraine were closed on Friday as the river rose.`,
			`Police in Lorraine told drivers to keep off the valley roads.`},
			nil, []string{"Lorraine"}},
		{"a given name throughout, with a speech verb after", []string{
			`Hospitals throughout Savoy said they had run out of beds.`},
			nil, []string{"Savoy"}},
		// The other direction: people.
		{"a person who speaks too", []string{
			`Corrigan said on Monday that he would ask the council for more money.`,
			`The mayor met families from Corrigan's ward in the evening.`},
			map[string]ActorKind{"Corrigan": KindPerson}, nil},
		{"a person named in full", []string{
			`The grant came from Brittany Moss, who runs a bakery in the town.`},
			map[string]ActorKind{"Brittany Moss": KindPerson}, nil},
		{"a letter from a person", []string{
			`The council received a letter from Hargreave on Friday.`,
			`Mr Hargreave wrote that the bridge was unsafe.`},
			map[string]ActorKind{"Hargreave": KindPerson}, nil},
		{"a person with a title after in", []string{
			`The ministry has little confidence in Councillor Brannagh, officials said.`},
			map[string]ActorKind{"Brannagh": KindPerson}, nil},
	})
}

// checkNoAgents is checkKinds, where the names in not may be listed, but
// only as places or things (KindOther), never as a person, a body or a
// group.
func checkNoAgents(t *testing.T, cases []kindCase) {
	t.Helper()
	var kinds []kindCase
	for _, c := range cases {
		not := c.not
		c.not = nil
		kinds = append(kinds, c)
		t.Run(c.name+"/no agent", func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range not {
				if a := actorNamed(an, n); a != nil && a.Kind != KindOther {
					t.Errorf("%q is a %s; actors: %q", n, a.Kind, actorNames(an))
				}
			}
		})
	}
	checkKinds(t, kinds)
}
