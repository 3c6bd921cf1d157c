package brief

import "testing"

// A broken undertaking reported by another side (CAMEO 128, violate, as
// the CAMEO verb file codes "BREAK * EMBARGO"): "says the union believes
// the hospital broke the terms of a written agreement", "said the council
// had broken its promise to the traders". The one said to break it and
// the one who says so, or the one the promise was made to, are the
// parties; breaking a record, a deadlock or the news is none, nor is an
// undertaking kept or a break the narrator tells with no other side.
func TestDisputeBrokenUndertaking(t *testing.T) {
	union := "The Kenmore Nurses Union has taken up the case of the night staff at Dunmere General Hospital."
	checkDisputeCases(t, []disputeCase{
		{"a reported belief that another broke the terms", []string{union,
			"Its leader, Ruth Okoro, says the union believes Dunmere General Hospital broke the terms of a written agreement."},
			"broke the terms", []string{"Ruth Okoro", "Dunmere General Hospital"}, nil, "128"},
		{"said another had broken its promise", []string{
			"The Velmont Traders Association said the Velmont council had broken its promise to keep the harbour levy frozen."},
			"broken its promise", []string{"Velmont Traders Association", "Velmont council"}, nil, "128"},
		{"the reporter after the clause", []string{
			"The Kivu Front broke the January truce within hours, the Kenyan army said on Tuesday."},
			"broke the January truce", []string{"Kivu Front", "Kenya"}, nil, "128"},
		{"the maker of the promise is no side", []string{
			"The finance minister, Ana Reyes, was accused on Tuesday of breaking the Harbour Party's election promise not to raise the levy."},
			"breaking the Harbour Party", []string{"Ana Reyes"}, []string{"Harbour Party"}, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a record broken", []string{
			"Dunmere coach Ruth Okoro said the Velmont sprinter had broken the national record twice this year."},
			"broken the national record", nil, nil, ""},
		{"a deadlock broken", []string{
			"The Velmont Traders Association said the Velmont council had broken the deadlock over the levy."},
			"broken the deadlock", nil, nil, ""},
		{"an undertaking kept", []string{
			"The Velmont Traders Association said the Velmont council had never broken its promise to the traders."},
			"broken its promise", nil, nil, ""},
		{"one's own broken promise", []string{
			"Mayor Tom Adair admitted that he had broken his promise to the traders."},
			"broken his promise", nil, nil, ""},
		{"a break told in a direct quote", []string{
			"\u201cThe Velmont council broke its word to us last spring,\u201d said Ana Ruiz of the Velmont Traders Association."},
			"broke its word", nil, nil, ""},
		{"a narrated break with no other side", []string{
			"The Velmont council broke its own rules on parking last year."},
			"broke its own rules", nil, nil, ""},
	})
}
