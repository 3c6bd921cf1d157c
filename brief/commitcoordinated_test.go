package brief

import (
	"strings"
	"testing"
)

// Two commitments of one actor in one sentence, joined by "and" ("said
// Norvik would put 300 million crowns into the port and would host the
// talks", "promised to end the ban and pledged to hold a ballot"): each
// is an item of its own, its text its own clause, so a reader sees two
// undertakings, not one sentence that blurs them.
func TestCommitmentsCoordinatedPair(t *testing.T) {
	cases := []struct {
		name          string
		paras         []string
		first, second string // words of each commitment's text
		actor         string
	}{
		{"would … and would", []string{
			"Velmark's energy minister, Ada Lund, said Norvik would put 300 million crowns into the port next year and would host the first round of talks in May."},
			"would put 300 million crowns", "would host the first round of talks", "Norvik"},
		{"would … and had agreed", []string{
			"Harbin Water said it would replace every lead pipe in Dunmore by October and had agreed to pay for filters at the town's schools."},
			"would replace every lead pipe", "agreed to pay for filters", "Harbin Water"},
		{"promised … and pledged", []string{
			"The Tarrow Dockers' Federation promised on Monday to end its overtime ban and pledged to hold a ballot on the new contract within a month."},
			"to end its overtime ban", "pledged to hold a ballot", "Tarrow Dockers' Federation"},
		{"had offered … and would open", []string{
			"Chief executive Paula Brandt said Kelso Pharma had offered to donate 80,000 doses to the worst-hit districts and would open a plant in Lomar by the end of the year."},
			"offered to donate 80,000 doses", "would open a plant in Lomar", "Kelso Pharma"},
		{"a noun after its article is no verb", []string{
			"Chief executive Paula Brandt said Kelso Rail would hire about 200 people in northern Portugal for the build and planned to base its repair depot in Lomar."},
			"would hire about 200 people", "planned to base its repair depot", "Kelso Rail"},
		{"a pronoun goes on", []string{
			"Kelso Rail won the Lomar line contract on Monday.",
			"\"We will lay the track on time, and we will invite our critics to the opening,\" Kelso Rail's chief executive, Paula Brandt, said."},
			"we will lay the track on time", "we will invite our critics", "Paula Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			checkClauseItem(t, an, c.first, c.second, c.actor)
			checkClauseItem(t, an, c.second, c.first, c.actor)
		})
	}
}

// checkClauseItem fails unless a commitment's text holds words without
// other (case aside), and each item that holds words without other is
// actor's ("" for anyone's).
func checkClauseItem(t *testing.T, an *Analysis, words, other, actor string) {
	t.Helper()
	found := false
	for _, x := range an.Commitments {
		text := strings.ToLower(x.Text)
		if !strings.Contains(text, strings.ToLower(words)) || strings.Contains(text, strings.ToLower(other)) {
			continue
		}
		found = true
		if !strings.Contains(x.Actor, actor) {
			t.Errorf("actor = %q, want %q: %+v", x.Actor, actor, x)
		}
	}
	if !found {
		t.Errorf("no item with %q without %q in %+v", words, other, an.Commitments)
	}
}

// One commitment whose object or verb phrase holds an "and" with no
// second commitment cue stays one item.
func TestCommitmentsCoordinatedOne(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"objects joined", []string{
			"Kestrel Airways said it would hire 200 pilots and engineers at its Lomar base next year."},
			"would hire 200 pilots and engineers", "Kestrel Airways", ""},
		{"two verbs, one modal", []string{
			"Transport Minister Ada Lund said she would attend the Brakna meeting on Friday and vote against the toll plan."},
			"would attend the Brakna meeting on Friday and vote against the toll plan", "Ada Lund", ""},
	})
}
