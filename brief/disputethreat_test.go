package brief

import "testing"

// A threat of action (CAMEO 13): an act against a party announced by the
// one who would take it — "said it would sue", "warned it could take the
// council to court", "vowed to fight the decision", "plans to sue",
// "is considering taking … to court". The parties are the one who
// threatens and the act's target; a ruling or decision challenged names
// its maker when the sentence does, else the threat has one party.
func TestDisputeThreatsOfAction(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"warned that it could take X to court", []string{
			"The Harbour Landlords Association warned that it could take Kenmore Council to court over the new licensing fees."},
			"take Kenmore Council to court", []string{"Harbour Landlords Association", "Kenmore Council"}, nil, "131"},
		{"said it would sue X", []string{
			"Dalmore Shipping said it would sue the Port Regulator over the levy."},
			"would sue the Port Regulator", []string{"Dalmore Shipping", "Port Regulator"}, nil, "131"},
		{"will take X to court, told by its leader", []string{
			"Kenmore Council will take the Harbour Landlords Association to court, council leader Ann Marsh said."},
			"to court", []string{"Kenmore Council", "Harbour Landlords Association"}, nil, ""},
		{"plans to sue X", []string{
			"The Seafarers Guild plans to sue Calder Terminals for unpaid wages."},
			"plans to sue", []string{"Seafarers Guild", "Calder Terminals"}, nil, ""},
		{"considering taking X to court", []string{
			"The Harbour Landlords Association said it was considering taking Kenmore Council to court."},
			"considering taking Kenmore Council", []string{"Harbour Landlords Association", "Kenmore Council"}, nil, ""},
		{"would challenge the ruling in court: one party", []string{
			"The Seafarers Guild said it would challenge the ruling in court."},
			"challenge the ruling", []string{"Seafarers Guild"}, nil, ""},
		{"vowed to challenge the decision by X in court", []string{
			"The Seafarers Guild vowed to challenge the decision by Calder Terminals in court."},
			"challenge the decision", []string{"Seafarers Guild", "Calder Terminals"}, nil, ""},
		{"vowed to fight X's decision", []string{
			"Dalmore Shipping vowed to fight the Port Regulator's decision."},
			"fight the Port Regulator", []string{"Dalmore Shipping", "Port Regulator"}, nil, ""},
		{"would take legal action against X", []string{
			"Kalon Motors said it would take legal action against the Vestmark Group if the patents were used."},
			"legal action against", []string{"Kalon Motors", "Vestmark Group"}, nil, ""},
		// A time between the intent and its act.
		{"threatened on Monday to take X to court", []string{
			"Dalmore Shipping threatened on Monday to take the Port Regulator to court over the levy."},
			"take the Port Regulator", []string{"Dalmore Shipping", "Port Regulator"}, nil, ""},
		{"vowed on Tuesday to sue X", []string{
			"The Seafarers Guild vowed on Tuesday to sue Calder Terminals for the unpaid wages."},
			"to sue Calder Terminals", []string{"Seafarers Guild", "Calder Terminals"}, nil, ""},
		{"pledged last week to challenge X's decision", []string{
			"Kalon Motors pledged last week to challenge the Vestmark Group's decision in court."},
			"challenge the Vestmark Group", []string{"Kalon Motors", "Vestmark Group"}, nil, ""},
		{"is planning this week to take legal action against X", []string{
			"The Harbour Landlords Association said it plans this week to take legal action against Kenmore Council."},
			"legal action against", []string{"Harbour Landlords Association", "Kenmore Council"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a time, then a promise to its own", []string{
			"Dalmore Shipping vowed on Monday to fight for its drivers in Leith."},
			"fight", nil, nil, ""},
		{"a guess by others", []string{
			"Analysts said Dalmore Shipping could sue the Port Regulator over the levy."},
			"could sue", nil, nil, ""},
		{"would not sue", []string{
			"Dalmore Shipping said it would not sue the Port Regulator over the levy."},
			"sue", nil, nil, ""},
		{"will fight for its workers", []string{
			"Dalmore Shipping said it would fight for its workers in Leith."},
			"fight", nil, nil, ""},
		{"took the matter to court, with no one against", []string{
			"The Seafarers Guild said it would take the matter to court."},
			"to court", nil, nil, ""},
		{"a team will fight relegation", []string{
			"Leith Rovers will fight relegation all season, manager Tom Brannigan said."},
			"fight relegation", nil, nil, ""},
	})
}
