package brief

import "testing"

// A verdict reported of another side's act: "said the council's decision
// was a mistake", "the ban by the regulator was unlawful, the union said",
// "called the minister's plan a historic blunder". The parties are the one
// who gives the verdict and the actor whose act or thing it judges; a
// verdict on a thing no one is named for, or on one's own act, is none.
func TestDisputeReportedVerdicts(t *testing.T) {
	port := "Senator Paul Hadley and Governor Ann Marsh met in Kenmore on Friday to discuss the port."
	checkDisputeCases(t, []disputeCase{
		{"said an owner's decision was a mistake", []string{port,
			"Mr Hadley said Ms Marsh's decision to close the port was a mistake."},
			"was a mistake", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"said that a maker's report was flawed", []string{
			"The Seafarers Guild said that the report by the Port Regulator was deeply flawed."},
			"was deeply flawed", []string{"Seafarers Guild", "Port Regulator"}, nil, "111"},
		{"a verdict in quotation marks inside reported speech", []string{
			"Former minister Ken Baker told the committee that Dalmore Shipping's takeover of the ferry line was a \"historic mistake\"."},
			"historic mistake", []string{"Ken Baker", "Dalmore Shipping"}, nil, "111"},
		{"the speaker after the verdict", []string{
			"The levy imposed by Kenmore Council was unlawful, the Harbour Landlords Association said on Tuesday."},
			"was unlawful", []string{"Harbour Landlords Association", "Kenmore Council"}, nil, "111"},
		{"said a body was wrong", []string{
			"Dalmore Shipping insisted the Port Regulator was wrong to impose the levy."},
			"was wrong", []string{"Dalmore Shipping", "Port Regulator"}, nil, "111"},
		{"called an owner's plan a blunder", []string{port,
			"Mr Hadley called Ms Marsh's plan to close the port a costly blunder."},
			"costly blunder", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"described an owner's plan as a blunder", []string{port,
			"Mr Hadley described Ms Marsh's plan to close the port as a costly blunder."},
			"costly blunder", []string{"Paul Hadley", "Ann Marsh"}, nil, "111"},
		{"a country's claim judged by another", []string{
			"Kenya said Tanzania's claim to the island was illegal."},
			"was illegal", []string{"Kenya", "Tanzania"}, nil, "111"},
		{"branded a body's ruling a mistake", []string{
			"The Seafarers Guild branded the Port Regulator's ruling a mistake."},
			"ruling a mistake", []string{"Seafarers Guild", "Port Regulator"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a verdict on one's own act", []string{port,
			"Ms Marsh said her decision to close the port had been a mistake."},
			"been a mistake", nil, nil, ""},
		{"a verdict denied", []string{port,
			"Mr Hadley said Ms Marsh's decision to close the port was not a mistake."},
			"not a mistake", nil, nil, ""},
		{"a verdict on a thing no one is named for", []string{port,
			"Mr Hadley said the closure of the port was a mistake."},
			"was a mistake", nil, nil, ""},
		{"the narrator's verdict, no one reported", []string{port,
			"Ms Marsh's decision to close the port was a mistake that cost the city dearly."},
			"was a mistake", nil, nil, ""},
		{"a person's critics judged, not the person", []string{port,
			"Mr Hadley said Ms Marsh's critics were wrong about the port."},
			"were wrong", nil, nil, ""},
		{"something wrong with a machine", []string{
			"Dalmore Shipping said the Port Regulator's crane was wrong in its settings after the storm."},
			"was wrong", nil, nil, ""},
		{"described as a thing no one is named for", []string{port,
			"Mr Hadley described the closure of the port as a costly blunder."},
			"costly blunder", nil, nil, ""},
		{"a country's coast in a verdict on a storm", []string{
			"Kenya said the storm on Tanzania's coast was a disaster."},
			"was a disaster", nil, nil, ""},
		{"called a storm a disaster", []string{port,
			"Mr Hadley called the storm a disaster for the port."},
			"storm a disaster", nil, nil, ""},
		{"a mistake one asks about", []string{port,
			"Mr Hadley asked whether Ms Marsh's decision to close the port was a mistake."},
			"was a mistake", nil, nil, ""},
	})
}
