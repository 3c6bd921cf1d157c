package brief

import "testing"

// A lone capitalised word the article writes as a place's name — after a
// preposition of place ("farmers in Velmora", "water from Velmora"), as
// "the city of X", or as the owner of a capital, border or territory
// ("Velmora's capital", "the Ostrava border") — is a country-like place
// when it also speaks or acts ("Velmora said it would not sign"), never a
// person. A name in a phrase after a preposition ("The head of Orlek
// said") is not the speaker, and a lower-case "capital" after a name is
// the city, no body ("the Tarnland capital"). Sentences written for the
// test.
func TestSpeakingPlacesAreNoPersons(t *testing.T) {
	cases := []kindCase{
		{"a place that refuses, then its capital", []string{
			"Velmora said on Monday it would not sign the river treaty drafted by its neighbours.",
			"Velmora's capital has seen protests against the treaty for weeks."},
			map[string]ActorKind{"Velmora": KindCountry}, nil},
		{"a place that speaks, then officials in it", []string{
			"Ostrava said it would close its border crossings to lorries from Friday.",
			"Hauliers in Ostrava said the move would cost them millions."},
			map[string]ActorKind{"Ostrava": KindCountry}, nil},
		{"a place that speaks, then its border", []string{
			"Tarnland said the new fence was needed to stop smugglers.",
			"Troops massed on the Tarnland border on Sunday, witnesses said."},
			map[string]ActorKind{"Tarnland": KindCountry}, nil},
		{"water flowing from a place", []string{
			"Kesvania announced on Tuesday that it would build two dams on the upper river.",
			"The dams would cut the water that flows from Kesvania by a third, engineers said."},
			map[string]ActorKind{"Kesvania": KindCountry}, nil},
		{"the streets of the capital", []string{
			"Velmora said it would not take part in the summit.",
			"Protests filled the streets of the Velmora capital on Saturday."},
			map[string]ActorKind{"Velmora": KindCountry}, []string{"Velmora capital"}},
		{"the head of a body speaks", []string{
			"The head of Orlek said the plant in Harwick would close in March, with the loss of 300 jobs."},
			nil, nil},
		// Look-alikes: people stay people.
		{"a person with a pronoun", []string{
			"Kestrel said he would not sign the new contract.",
			"Fans in Kestrel's home town said they were disappointed."},
			map[string]ActorKind{"Kestrel": KindPerson}, nil},
		{"a person's ward", []string{
			"Hargreave said the count had been rigged.",
			"Voters in Hargreave's ward queued for hours on Thursday."},
			map[string]ActorKind{"Hargreave": KindPerson}, nil},
		{"a person trusted", []string{
			"Brannagh said she would not stand again.",
			"Party members voiced their confidence in Brannagh at the meeting."},
			map[string]ActorKind{"Brannagh": KindPerson}, nil},
	}
	checkKinds(t, cases)
	for _, c := range cases {
		onlyPersons(t, c.name, c.kinds, c.paras...)
	}
	// "Workers from Orlek" may be a firm's as well as a place's: no sign
	// of a country.
	an := analyzeText(t, "Orlek said the plant would close in March.", "Workers from Orlek marched to the town hall on Friday.")
	if a := actorNamed(an, "Orlek"); a != nil && a.Kind == KindCountry {
		t.Errorf("workers from Orlek: Orlek is a country; actors: %q", actorNames(an))
	}
}

// onlyPersons fails when the article of paras has a person actor other
// than those kinds gives as persons.
func onlyPersons(t *testing.T, name string, kinds map[string]ActorKind, paras ...string) {
	t.Helper()
	an := analyzeText(t, paras...)
	for _, a := range an.Actors {
		if a.Kind == KindPerson && kinds[a.Name] != KindPerson {
			t.Errorf("%s: %q is a person; actors: %q", name, a.Name, actorNames(an))
		}
	}
}
