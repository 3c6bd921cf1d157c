package brief

import "testing"

// A letter, a note or a statement sent to someone and accusing (or
// criticising) another: the sender, the subject of "sent", "handed" or
// "wrote", is the party, not the one the letter went to; and the one it
// went to is the party accused when the accusation names it only by a
// pronoun or a bare description ("accusing it of…", "accusing the company
// of…").
func TestDisputeSentDocumentAccuses(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"sent X a letter accusing it", []string{
			"The Vestmark Group has sent Kalon Motors a letter accusing it of copying its designs."},
			"letter accusing", []string{"Vestmark Group", "Kalon Motors"}, nil, "112"},
		{"sent X a letter accusing the firm", []string{
			"The Vestmark Group sent Kalon Motors a letter accusing the carmaker of copying its designs."},
			"letter accusing", []string{"Vestmark Group", "Kalon Motors"}, nil, ""},
		{"sent a letter to X accusing it", []string{
			"The Vestmark Group has sent a letter to Kalon Motors accusing it of copying its designs."},
			"letter to Kalon Motors accusing", []string{"Vestmark Group", "Kalon Motors"}, nil, ""},
		{"handed X a protest note accusing its navy", []string{
			"Kenya handed Tanzania a formal protest note accusing its navy of seizing fishing boats."},
			"note accusing", []string{"Kenya", "Tanzania"}, nil, ""},
		{"wrote to X, accusing the company", []string{
			"The Seafarers Guild wrote to Dalmore Shipping on Monday, accusing the company of breaking the agreement."},
			"accusing the company", []string{"Seafarers Guild", "Dalmore Shipping"}, nil, ""},
		{"sent X a letter criticising Y: Y, not X", []string{
			"Senator Ruth Okonjo sent the Treasury a letter criticising Governor Ann Marsh over the audit."},
			"letter criticising", []string{"Ruth Okonjo", "Ann Marsh"}, []string{"Treasury"}, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a letter that reached no one named: only the sender", []string{
			"The Vestmark Group sent the regulator a letter accusing it of bias."},
			"letter accusing", []string{"Vestmark Group"}, []string{"regulator"}, ""},
		{"a letter accusing someone named: not its recipient", []string{
			"The Vestmark Group sent Kalon Motors a letter accusing Dalmore Shipping of copying its designs."},
			"letter accusing", []string{"Vestmark Group", "Dalmore Shipping"}, []string{"Kalon Motors"}, ""},
	})
}
