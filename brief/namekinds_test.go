package brief

import "testing"

// A company named after a place ("Georgia Power", "Ohio Edison", "Kerala
// Spice Board") is one organisation: neither the place nor the rest of the
// name is an actor of its own. A place before a person's name, a title or
// a place's own head stays what it was. Sentences written for the test.
func TestPlaceNamedCompanies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a utility speaks of itself", []string{
			`Georgia Power said it would raise its rates in March, blaming the cost of gas.`},
			map[string]ActorKind{"Georgia Power": KindOrganization}, []string{"Power", "Georgia"}},
		{"the utility again, then as an object", []string{
			`Georgia Power said on Tuesday that it had asked the regulator for a bigger rise.`,
			`Shares in Georgia Power fell three percent after the hearing.`},
			map[string]ActorKind{"Georgia Power": KindOrganization}, []string{"Power"}},
		{"a sugar grower", []string{
			`Florida Crystals said it had cut 200 jobs at its mill, the third round this year.`},
			map[string]ActorKind{"Florida Crystals": KindOrganization}, []string{"Crystals", "Florida"}},
		{"a board with a head word", []string{
			`The Kerala Spice Board said on Friday it would review cardamom prices next month.`},
			map[string]ActorKind{"Kerala Spice Board": KindOrganization}, []string{"Spice Board", "Kerala"}},
		{"an airline", []string{
			`Alaska Airlines cancelled forty flights on Sunday as snow closed two runways.`},
			map[string]ActorKind{"Alaska Airlines": KindOrganization}, []string{"Airlines"}},
		{"a state and a name-like word", []string{
			`Ohio Edison told customers on Monday that it would restore power to every street by Friday.`},
			map[string]ActorKind{"Ohio Edison": KindOrganization}, []string{"Edison"}},
		{"a restaurant chain", []string{
			`Texas Roadhouse said its sales rose by eight percent in the quarter as diners returned.`},
			map[string]ActorKind{"Texas Roadhouse": KindOrganization}, []string{"Roadhouse"}},
		// The other direction: people, and places.
		{"a given name that is a place", []string{
			`Georgia Moss said she would oppose the quarry plan at the next council meeting.`},
			map[string]ActorKind{"Georgia Moss": KindPerson}, []string{"Moss"}},
		{"a given name and a role", []string{
			`Virginia Hale, the council's planner, said the traffic figures were wrong.`},
			map[string]ActorKind{"Virginia Hale": KindPerson}, nil},
		{"a state before a title", []string{
			`Texas Governor Greg Abbott said he would send more troops to the border.`},
			map[string]ActorKind{"Greg Abbott": KindPerson}, []string{"Texas Governor"}},
		{"a place's part", []string{
			`Tourists returned to the Florida Keys on Sunday after the storm had passed.`},
			nil, []string{"Florida Keys", "Keys"}},
		{"a state's road", []string{
			`Snow closed the Alaska Highway on Tuesday, and drivers were told to wait.`},
			nil, []string{"Alaska Highway", "Highway"}},
	})
}

// A capitalised "Ben" that opens a name is a given name ("Ben Tull said
// he…"), not the particle of "Ben Ali" or "bin Laden"; the particles
// inside a name still join it. Sentences written for the test.
func TestBenIsAGivenName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"speaks of himself", []string{`Ben Tull said he would resign as council leader next month.`},
			map[string]ActorKind{"Ben Tull": KindPerson}, []string{"Tull"}},
		{"an age in apposition", []string{`Ben Tull, 54, has led the council for ten years.`},
			map[string]ActorKind{"Ben Tull": KindPerson}, nil},
		{"an object with a relative clause", []string{
			`The council is led by Ben Tull, who was elected in May after a recount.`},
			map[string]ActorKind{"Ben Tull": KindPerson}, []string{"Tull"}},
		{"a title before", []string{`Councillor Ben Tull rejected the quarry plan on Monday.`},
			map[string]ActorKind{"Ben Tull": KindPerson}, nil},
		{"a role in apposition, then the surname", []string{
			`Ben Ostrow, the club's treasurer, said the accounts had been audited twice.`,
			`Ostrow added that he would publish them in full.`},
			map[string]ActorKind{"Ben Ostrow": KindPerson}, nil},
		// The other direction: particles inside a name.
		{"a particle inside a long name", []string{
			`Zine el-Abidine Ben Ali fled the country in January after weeks of protests.`},
			map[string]ActorKind{"Zine el-Abidine Ben Ali": KindPerson}, []string{"Ali"}},
		{"a lower-case particle", []string{`Osama bin Laden was killed in a raid in 2011, officials said.`},
			map[string]ActorKind{"Osama bin Laden": KindPerson}, []string{"Laden"}},
	})
}

// A capitalised word right after a noun for a kind of body ("the union
// Unite", "the charity Shelter", "the think tank Reform") is that body's
// name, though it is also an ordinary word. The body noun alone ("the
// union said") is a description, and a person after a role stays a
// person. Sentences written for the test.
func TestBodyNounNamesOrganisation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a union", []string{`The union Unite said it would strike at the depot on Monday.`},
			map[string]ActorKind{"Unite": KindOrganization}, nil},
		{"a charity", []string{`The charity Shelter warned that rents would rise again this winter.`},
			map[string]ActorKind{"Shelter": KindOrganization}, nil},
		{"a housing charity speaks", []string{`The housing charity Shelter said the figures showed a crisis.`},
			map[string]ActorKind{"Shelter": KindOrganization}, nil},
		{"a campaign group", []string{`The campaign group Liberty criticised the plan as a threat to privacy.`},
			map[string]ActorKind{"Liberty": KindOrganization}, nil},
		{"a think tank", []string{`The think tank Tempo said the scheme was badly flawed.`},
			map[string]ActorKind{"Tempo": KindOrganization}, nil},
		{"a band", []string{`The band Marrow cancelled its tour after the singer fell ill.`},
			map[string]ActorKind{"Marrow": KindOrganization}, nil},
		// The other direction.
		{"the union alone", []string{`The union said it would ballot its members on Monday.`},
			nil, []string{"The union", "Said"}},
		{"the charity alone", []string{`The charity will publish its accounts in May, a spokesman said.`},
			nil, []string{"The charity", "Will"}},
		{"a union's leader", []string{`The union leader Sharon Graham said she would not back down.`},
			map[string]ActorKind{"Sharon Graham": KindPerson}, nil},
	})
}
