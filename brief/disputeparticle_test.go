package brief

import "testing"

// A participle of accusation after a verb's particle, an adverb or a time
// phrase ("hit back within hours, accusing…", "responded angrily,
// accusing…") has the sentence's subject as the accuser: the word before
// the comma is no thing that does the accusing. A thing before the
// participle ("the drought spread, threatening…") stays no party.
// Sentences written for the test.
func TestDisputeParticipleAfterParticle(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"hit back, accusing", []string{
			"Kenya's trade minister, Joseph Ndegwa, hit back, accusing Uganda of blocking lorries at the border for a week."},
			"accusing Uganda of blocking", []string{"Joseph Ndegwa", "Uganda"}, nil, "112"},
		{"hit back within hours, accusing", []string{
			"Senator Maria Quill hit back within hours, accusing Governor Paul Hadley of “hiding the true cost” of the bridge."},
			"accusing Governor Paul Hadley", []string{"Maria Quill", "Paul Hadley"}, nil, "112"},
		{"responded angrily, accusing", []string{
			"The Harbour Workers Union responded angrily, accusing Delmont Shipping of breaking its promise on jobs."},
			"accusing Delmont Shipping", []string{"Harbour Workers Union", "Delmont Shipping"}, nil, "112"},
		{"a thing before the participle", []string{
			"The drought spread south, threatening farms across the Rift Valley, officials said."},
			"threatening farms", nil, nil, ""},
	})
}
