package brief

import (
	"strings"
	"testing"
)

// People named by a plural noun, "of" and two names joined by "and"
// ("Envoys of Velmora and Ostrava", "Ministers of Tarnland and Velmora")
// are people of two places, and the two names are no one's: neither a
// person nor one name "Velmora and Ostrava". A body's name with "and"
// after "of" ("Ministry of Justice and Security") is left as it was.
// Sentences written for the test.
func TestPeopleOfTwoPlacesAreNoPerson(t *testing.T) {
	cases := []kindCase{
		{"envoys meet", []string{
			"Envoys of Velmora and Ostrava met on Tuesday in the border town of Kesk to discuss the river crossing.",
			"The talks will resume in May, officials said."},
			nil, []string{"Velmora and Ostrava"}},
		{"ministers will meet", []string{
			"Ministers of Tarnland and Velmora will meet again in June to sign the fishing accord.",
			"The accord would limit the catch in the northern bay."},
			nil, []string{"Tarnland and Velmora"}},
		{"leaders sign", []string{
			"Leaders of Ostrava and Kesvania signed the water treaty on Friday after three years of talks."},
			nil, []string{"Ostrava and Kesvania"}},
		{"representatives protest", []string{
			"Representatives of Orlen and Harwick walked out of the summit on Monday, saying their towns had been ignored."},
			nil, []string{"Orlen and Harwick"}},
		{"diplomats say", []string{
			"Diplomats of Velmora and Tarnland said the ceasefire was holding in the valley."},
			nil, []string{"Velmora and Tarnland"}},
	}
	checkKinds(t, cases)
	for _, c := range cases {
		onlyPersons(t, c.name, nil, c.paras...)
		for _, cm := range analyzeText(t, c.paras...).Commitments {
			if strings.Contains(cm.Actor, " and ") {
				t.Errorf("%s: commitment by %q", c.name, cm.Actor)
			}
		}
	}
	// Look-alikes: a body's name with "and" after "of" stays one name.
	checkKinds(t, []kindCase{
		{"a ministry of two fields", []string{
			"The Velmora Ministry of Fisheries and Forestry said on Monday it would close the northern bay to trawlers."},
			map[string]ActorKind{"Velmora Ministry of Fisheries and Forestry": KindOrganization}, nil},
	})
}

// A company named after a preposition of place inside the subject
// ("Workers at Orlek said…", "Staff at Orlek were told…") is where those
// people work, not a place that only locates: when it also acts ("Orlek
// said the review would take three months"), it stays an actor. Reading
// the speech verb as the phrase's for these prepositions too made it a
// thing, and the page dropped it. Sentences written for the test.
func TestCompanyAfterPlacePrepositionStaysActor(t *testing.T) {
	an := analyzeText(t,
		"Workers at Orlek said they feared for their jobs after the company announced a review. Staff at Orlek were told on Monday that the Harwick plant could close.",
		"Orlek said the review would take three months.")
	a := actorNamed(an, "Orlek")
	if a == nil || a.Kind == KindOther {
		t.Errorf("Orlek: %+v, want an actor", a)
	}
}
