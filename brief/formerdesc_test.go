package brief

import "testing"

// "The former minister" is no one who holds the office now: not the
// Transport Minister named before, but someone named a former minister;
// with no such person the words have no named speaker. Sentences written
// for the test.
func TestFormerDescriptionIsNoHolderNow(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"predecessor, then the former minister", []string{
			`Transport Minister Lena Dahl urged both sides to return to talks on Friday.`,
			`Her predecessor, Olek Varanov, blamed the government. “She has lost control of this dispute,” the former minister said.`},
			"She has lost control of this dispute", "the former minister"},
		{"a former minister named as one", []string{
			`Transport Minister Lena Dahl urged both sides to return to talks on Friday.`,
			`Former transport minister Olek Varanov blamed the government. “She has lost control of this dispute,” the former minister said.`},
			"She has lost control of this dispute", "Olek Varanov"},
		{"the minister in office", []string{
			`Transport Minister Lena Dahl urged both sides to return to talks on Friday.`,
			`“Nobody wins a strike that lasts into winter,” the minister said.`},
			"Nobody wins a strike that lasts into winter", "Lena Dahl"},
	})
}

// A modifier opening the sentence keeps its place in the role: "Former
// transport minister Olek Varanov" is a former minister, not the minister.
func TestSentenceOpeningRoleModifier(t *testing.T) {
	an := analyzeText(t, `Transport Minister Lena Dahl urged both sides to return to talks on Friday.`,
		`Former transport minister Olek Varanov blamed the government.`)
	if a := actorNamed(an, "Olek Varanov"); a == nil || a.Role != "Former transport minister" {
		t.Errorf("Olek Varanov = %+v; actors: %q", a, actorNames(an))
	}
}

// A body's head word opening the sentence before a role noun ("Port chief
// Maria Santos", "Council leader Ama Boateng") is part of the role; an
// adverb there is not ("Meanwhile coach Marco Bellini"). Sentences
// written for the test.
func TestSentenceOpeningBodyInRole(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{`Port chief Maria Santos met the dockers' union on Friday.`, "Maria Santos", "Port chief"},
		{`Council leader Ama Boateng said the budget was final.`, "Ama Boateng", "Council leader"},
		{`Meanwhile coach Marco Bellini said his players were tired.`, "Marco Bellini", "Coach"},
		{`The dockers walked out, and port chief Maria Santos said the offer stood.`, "Maria Santos", "Port chief"},
	} {
		an := analyzeText(t, `The Tarrow council approved the harbour plan on Monday.`, c.text)
		if a := actorNamed(an, c.name); a == nil || a.Role != c.role {
			t.Errorf("%q: %s = %+v, want role %q", c.text, c.name, a, c.role)
		}
	}
}
