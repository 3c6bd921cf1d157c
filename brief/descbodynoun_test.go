package brief

import "testing"

// "The body" stands for the organisation the article has called a body
// ("the Harbour Authority, the public body that runs the port"): a
// dispute against it names it. In an article that never calls an
// organisation a body, "the body" is a person's body or a corpse, and
// stands for no organisation. "The airline" stays the airline named
// before, not a body named since. Sentences written for the test.
func TestBodyDescriptionFindsItsBody(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"the body, after an apposition that calls it one", []string{
			`Ships were held outside Kelport for a day after a radar fault at Coastal Traffic Services (CTS), the State body that guides vessels into the harbour.`,
			`Mara Quinlan, chief executive of Quinlan Ferries, accused the body of ignoring warnings about the radar.`},
			[]descCheck{{"dispute", "accused the body of ignoring", "Coastal Traffic Services", nil}}},
		{"a body the article cannot find is no party", []string{
			`Flights were held for six hours after a fault at National Airspace Controls (NAC), the State body that manages the airspace.`,
			`Corrib Air cancelled forty flights on Monday morning. Its chief executive, Declan Furlong, blamed NAC for the disruption.`,
			`Mr Furlong accused the body of starving its systems of investment.`},
			[]descCheck{{"dispute", "accused the body of starving", "", []string{"body", "Corrib Air"}}}},
		{"a corpse is no body of the article", []string{
			`Kelport Harbour Police searched the river for six hours on Tuesday.`,
			`Divers found the body of a man near the pier, and Sergeant Ross Mahon said the body would be examined on Wednesday.`},
			[]descCheck{{"commit", "would be examined", "", []string{"Kelport Harbour Police"}}}},
		{"the airline is not the airspace body", []string{
			`Corrib Air cancelled forty flights on Monday morning.`,
			`Its chief executive, Declan Furlong, blamed National Airspace Controls for the fault. He said the airline would seek compensation for the cost of hotels.`},
			[]descCheck{{"commit", "seek compensation", "Corrib Air", []string{"National Airspace Controls"}}}},
	})
}
