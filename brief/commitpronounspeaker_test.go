package brief

import "testing"

// "The council leader, Omar Haddad, said he would hold a public meeting":
// a "he" or "she" right after a verb of saying is its speaker when the
// gender fits, not a person of the sentence before whom the description
// was taken for; a pronoun of the other gender is someone else ("She said
// he would present a revised offer").
func TestCommitmentsSpeakerPronoun(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a described speaker, he", []string{
			"Mayor Lena Frost criticised the plan. The council leader, Omar Haddad, said he would hold a public meeting on Thursday."},
			"would hold a public meeting", "Omar Haddad", ""},
		{"a described speaker, she, after a man", []string{
			"Governor Paul Okafor criticised the plan. The party's chair, Ana Ruiz, said she would call a vote on Thursday."},
			"would call a vote", "Ana Ruiz", ""},
		{"a described speaker, that-clause", []string{
			"Mayor Lena Frost criticised the plan. The council leader, Omar Haddad, said on Monday that he would hold a public meeting on Thursday."},
			"would hold a public meeting", "Omar Haddad", ""},
		// The other gender is someone else.
		{"she said he would", []string{
			"Finance Minister Grace Wanjiru met Harlow Energy's chief executive, Tom Brill, on Monday. She said he would present a revised offer on Friday."},
			"would present a revised offer", "Tom Brill", ""},
	})
}
