package brief

import "testing"

// A refusal to let another act (the CAMEO verb file's "WILL_NOT * ALLOW +
// TROOP [12]"): "would not allow the Dunmere Port Company to dredge the
// bay", "will never let the council close the clinic". The one who will
// not allow it and the one kept from acting are the parties; a thing that
// does not allow ("the rules will not allow…"), one's own people and a
// court that rules are none.
func TestDisputeRefusedPermission(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"would not allow a named body to act", []string{
			"The Velmont Fishing Association met the harbour board on Monday and would not allow the Dunmere Port Company to dredge the bay."},
			"would not allow the Dunmere Port Company", []string{"Velmont Fishing Association", "Dunmere Port Company"}, nil, "120"},
		{"will never let another act", []string{
			"Governor Lena Marsh met the Velmont council on Friday to discuss the clinic.",
			"Ms Marsh said she would never let the Velmont council close the clinic."},
			"never let the Velmont council", []string{"Lena Marsh", "Velmont council"}, nil, "120"},
		{"a state's troops kept out", []string{
			"Kenya and Tanzania have argued over the islands since May.",
			"Kenya will not allow Tanzanian troops into the islands, the Kenyan foreign ministry said on Monday."},
			"will not allow Tanzanian troops", []string{"Kenya", "Tanzania"}, nil, "120"},
	})
	checkDisputeCases(t, []disputeCase{
		{"a thing that does not allow", []string{
			"The Velmont Fishing Association met the Dunmere Port Company on Friday.",
			"The new rules will not allow the Velmont Fishing Association to fish after dark."},
			"will not allow", nil, nil, ""},
		{"one's own people", []string{
			"Kenya will not allow its soldiers to serve abroad, the Kenyan defence ministry said."},
			"will not allow its soldiers", nil, nil, ""},
		{"allowed, not refused", []string{
			"The Velmont Fishing Association said it would allow the Dunmere Port Company to dredge the bay."},
			"would allow", nil, nil, ""},
	})
}
