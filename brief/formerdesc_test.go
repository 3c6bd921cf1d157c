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
