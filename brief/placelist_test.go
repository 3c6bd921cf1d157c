package brief

import (
	"strings"
	"testing"
)

// Every name of a list ("A, B and C") that follows a preposition of place
// is a place, like its first name: "ferries from Rosslare, Kelbrook and
// Tarrow". A later mention of such a name ("Kelbrook and Tarrow are
// expected to reopen") keeps that reading, so it is no actor and gets no
// commitment. A list after a preposition that does not place ("a letter
// from Hargreave and Dunne"), or a name that is also a person or a body
// elsewhere, keeps that reading. Sentences written for the test.
func TestPlaceListMembersArePlaces(t *testing.T) {
	checkNoAgents(t, []kindCase{
		{"three names after from, two again later", []string{
			`Ferries from Rosslare, Kelbrook and Tarrow were cancelled on Monday after the storm.`,
			`The port company said Rosslare would reopen first. Kelbrook and Tarrow are expected to follow by noon.`},
			nil, []string{"Kelbrook", "Tarrow"}},
		{"a given name last in a list after in", []string{
			`Schools in Galway, Ennis and Shannon stayed closed on Tuesday as the river rose.`,
			`Shannon is expected to reopen its schools on Thursday, the council said.`},
			nil, []string{"Ennis", "Shannon"}},
		{"two names after across", []string{
			`Storms across Tarbury and Kilvane cut power to 30,000 homes.`},
			nil, []string{"Tarbury", "Kilvane"}},
		{"an Oxford comma after near", []string{
			`Fires near Ardmore, Kelvale, and Dunreath forced hundreds of families to leave.`},
			nil, []string{"Ardmore", "Kelvale", "Dunreath"}},
		// The other direction.
		{"a letter from two people", []string{
			`The council received a letter from Hargreave and Dunne on Friday.`,
			`Mr Dunne wrote that the bridge was unsafe.`},
			map[string]ActorKind{"Dunne": KindPerson}, nil},
		{"a list member that is a person elsewhere", []string{
			`Volunteers from Kelbrook, Tarrow and Pellam cleared the beach on Sunday.`,
			`Ms Pellam, who organised the clean-up, said she would do it again next month.`},
			map[string]ActorKind{"Pellam": KindPerson}, nil},
	})
}

// A place in a list after a preposition of place makes no commitment when
// the article names it again as a subject.
func TestPlaceListMemberMakesNoCommitment(t *testing.T) {
	an := analyzeText(t,
		`Flights from Dublin, Kelbrook and Tarrow were suspended for six hours on Monday.`,
		`The airspace agency said Dublin was back to full capacity. Kelbrook and Tarrow are expected to resume by 2pm.`)
	for _, c := range an.Commitments {
		if c.Actor == "Tarrow" || c.Actor == "Kelbrook" || strings.Contains(c.Actor, "Tarrow") {
			t.Errorf("commitment by a place: %+v", c)
		}
	}
}

// A comma after an opening phrase of place starts the clause, not a list:
// the names after it are no places.
func TestPlaceListNotAfterOpeningPhrase(t *testing.T) {
	for _, text := range []string{
		`Speaking in Tarbury, Harkness and Doyle promised to rebuild the pier by the summer.`,
		`In Tarbury, Harkness and Doyle promised to rebuild the pier by the summer.`,
	} {
		an := analyzeText(t, text)
		if a := actorNamed(an, "Harkness"); a == nil || a.Kind == KindOther {
			t.Errorf("%s: Harkness is no actor; actors: %q", text, actorNames(an))
		}
	}
}
