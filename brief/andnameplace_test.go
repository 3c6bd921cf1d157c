package brief

import (
	"strings"
	"testing"
)

// A body's name may open with a place before the ordinary words it joins
// with "and" ("Dunmore Fire and Rescue Service", "Harlow Parks and
// Recreation Board"): the whole name is one organisation, not "Dunmore
// Fire" and "Rescue Service". The words before "and" stay a name of their
// own when the article writes them alone elsewhere ("Kelso Gas said…
// Kelso Gas and Water Board officials"), when they end in a body's head
// word ("Dunmore Council and Harbour Board") or when a name follows "and"
// ("Velmora Steel and Ostrava Port Authority"); two names joined by "and"
// stay two actors. Sentences written for the test.
func TestAndInsidePlaceOrgName(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []string // actors that must be listed
		not   []string // names that must not be listed
	}{
		{"a fire and rescue service", []string{
			"A warehouse fire on the edge of Dunmore burned through Tuesday night.",
			"Crews from Dunmore Fire and Rescue Service worked through the night to stop the blaze."},
			[]string{"Dunmore Fire and Rescue Service"}, []string{"Rescue Service", "Dunmore Fire"}},
		{"the service opening the sentence", []string{
			"Dunmore Fire and Rescue Service said it would review its response times by June."},
			[]string{"Dunmore Fire and Rescue Service"}, []string{"Rescue Service", "Dunmore Fire"}},
		{"a plural before and", []string{
			"The Harlow Parks and Recreation Board said it would close the riverside path until Friday."},
			[]string{"Harlow Parks and Recreation Board"}, []string{"Recreation Board", "Harlow Parks"}},
		{"a demonym before and", []string{
			"The Velmoran Water and Sewerage Commission fined Lenbrook Utilities on Monday for the leaks."},
			[]string{"Velmoran Water and Sewerage Commission", "Lenbrook Utilities"}, []string{"Sewerage Commission"}},
		{"ports and harbours", []string{
			"Officials at the Kessel Ports and Harbours Authority said the quay would reopen in May."},
			[]string{"Kessel Ports and Harbours Authority"}, []string{"Harbours Authority", "Kessel Ports"}},
		// Two actors.
		{"two countries", []string{
			"Britain and France signed the fishing accord in Paris on Monday."},
			[]string{"Britain", "France"}, []string{"Britain and France"}},
		{"two companies", []string{
			"Apple and Google said they would remove the app from their stores."},
			[]string{"Apple", "Google"}, []string{"Apple and Google"}},
		{"a company named alone elsewhere", []string{
			"Kelso Gas said on Monday it would raise prices by a tenth.",
			"Kelso Gas and Water Board officials met on Tuesday to discuss the rise."},
			[]string{"Kelso Gas", "Water Board"}, []string{"Kelso Gas and Water Board"}},
		{"a council and a board", []string{
			"Dunmore Council and Harbour Board officials met on Tuesday to discuss the dredging."},
			[]string{"Dunmore Council", "Harbour Board"}, []string{"Dunmore Council and Harbour Board"}},
		{"a name after and", []string{
			"Velmora Steel and Ostrava Port Authority signed a supply deal on Monday."},
			nil, []string{"Velmora Steel and Ostrava Port Authority"}},
		{"a person and a board", []string{
			"Mayor Clara Wendt and Harbour Board officials met the families on Monday."},
			[]string{"Clara Wendt", "Harbour Board"}, []string{"Clara Wendt and Harbour Board"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkListed(t, analyzeText(t, c.paras...), c.want, c.not)
		})
	}
}

// A force named as the subject of a plan ("Police will investigate") is
// not the body whose spokesman tells it when that body is of another
// kind: the fire service is not credited with the police's inquiry, and
// no part of its name is either. Sentences written for the test.
func TestForceNotCreditedToOtherBody(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		words string
		bad   []string // actors the item must not have (lower case, substring)
	}{
		{"police told by a fire and rescue service", []string{
			"A warehouse fire on the edge of Dunmore burned through Tuesday night.",
			"Police will investigate the cause of the blaze, a spokesman for Dunmore Fire and Rescue Service said."},
			"will investigate the cause", []string{"rescue", "fire"}},
		{"police told by a named fire service", []string{
			"A lorry hit a bus near Kelso on Monday.",
			"Police will investigate the crash, a spokeswoman for the Kelso Fire Service said."},
			"will investigate the crash", []string{"fire"}},
		{"police told by a fire chief", []string{
			"A lorry hit a bus near Kelso on Monday.",
			"Police will investigate the crash, Fire Chief Tom Hale said."},
			"will investigate the crash", []string{"hale"}},
		{"troops told by a health board", []string{
			"Floods cut off three villages near Harwick on Sunday.",
			"Troops will deliver food to the villages, a spokesman for the Harwick Health Board said."},
			"will deliver food", []string{"health"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, x := range an.Commitments {
				if !strings.Contains(x.Text, c.words) {
					continue
				}
				for _, b := range c.bad {
					if strings.Contains(strings.ToLower(x.Actor), b) {
						t.Errorf("credited to %q: %+v", x.Actor, x)
					}
				}
			}
		})
	}
	// The body's own people stay its own.
	checkCommitCases(t, []commitCase{
		{"police told by a police force", []string{
			"A lorry hit a bus near Kelso on Monday.",
			"Police will investigate the crash, a spokeswoman for Kelso Police said."},
			"will investigate the crash", "Kelso Police", ""},
		{"police told by their chief", []string{
			"A lorry hit a bus near Kelso on Monday.",
			"Police will step up patrols on the road, Police Chief Dana Moss said."},
			"will step up patrols", "Dana Moss", ""},
		{"police told by an interior minister", []string{
			"A lorry hit a bus near Kelso on Monday.",
			"Police will step up patrols on the road, Interior Minister Dana Moss said."},
			"will step up patrols", "Dana Moss", ""},
	})
}
