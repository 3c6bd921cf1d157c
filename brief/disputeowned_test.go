package brief

import "testing"

// What one side put forward, named by its owner in a possessive after a
// dispute noun's preposition ("Kenya's opposition to Tanzania's plan"),
// after an adjectival "opposed to", or as the conduct a critic questions
// ("questioned the ministry's spending"): the owner is the other side.
// Sentences written for the test.
func TestDisputeOwnedThings(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		// A noun's preposition before a possessive owner.
		{"opposition to another's plan", []string{
			"Kenya's opposition to Tanzania's plan to dam the Mara river has delayed the regional summit, officials said on Monday."},
			"opposition to Tanzania", []string{"Kenya", "Tanzania"}, nil, ""},
		{"objections to another's offer", []string{
			"The Harbour Workers Union's objections to Delmont Shipping's offer were heard by the port board on Tuesday."},
			"objections to Delmont", []string{"Harbour Workers Union", "Delmont Shipping"}, nil, ""},
		{"a singular objection, lodged", []string{
			"Nigeria has lodged a formal objection to Ghana's demand for a new survey of the border, its foreign ministry said."},
			"objection to Ghana", []string{"Nigeria", "Ghana"}, nil, ""},
		{"criticism of another's proposal", []string{
			"Senator Paul Hadley's criticism of Governor Ann Marsh's proposal grew sharper after the second flood in March."},
			"criticism of Governor", []string{"Paul Hadley", "Ann Marsh"}, nil, ""},
		// An owner whose thing is not put forward stays out.
		{"opposition to a plan no one owns", []string{
			"Kenya's opposition to the plan to dam the Mara river was noted by delegates at the regional summit on Monday."},
			"opposition to the plan", nil, nil, ""},
		{"support is no dispute", []string{
			"Kenya's support for Tanzania's plan to dam the Mara river was welcomed at the regional summit on Monday."},
			"support for Tanzania", nil, nil, ""},
		// An adjectival "opposed to", not a passive.
		{"is opposed to another's plan", []string{
			"The Teachers Union is opposed to the Education Ministry's plan to scrap final exams, its leader Ruth Okoye said on Monday."},
			"opposed to the Education Ministry", []string{"Teachers Union", "Education Ministry"}, nil, ""},
		{"are strongly opposed to a proposal", []string{
			"Uganda and Rwanda are strongly opposed to Kenya's proposal for a single regional visa, diplomats said on Friday."},
			"opposed to Kenya", []string{"Uganda", "Kenya"}, nil, ""},
		{"a true passive keeps its agent", []string{
			"The plan to close the old port was opposed by the Coastline Ports Authority at a hearing on Monday."},
			"opposed by the Coastline", []string{"Coastline Ports Authority"}, nil, ""},
		// The conduct a critic questions.
		{"questioned another's spending", []string{
			"Auditor General Kofi Mensah questioned the Health Ministry's spending on vaccines in a report published on Friday."},
			"questioned the Health Ministry", []string{"Kofi Mensah", "Health Ministry"}, nil, ""},
		{"criticised another's handling", []string{
			"Opposition leader Greta Solberg criticised the Finance Ministry's handling of the pension reform in parliament on Tuesday."},
			"criticised the Finance Ministry", []string{"Greta Solberg", "Finance Ministry"}, nil, ""},
		{"condemned another's policy", []string{
			"Amnesty International condemned Hungary's policy of detaining asylum seekers at the border in a report on Monday."},
			"condemned Hungary", []string{"Amnesty International", "Hungary"}, nil, ""},
	})
}

// A charge two sides level at each other ("traded accusations",
// "exchanged threats") has both conjoined subjects for parties, and no
// one who reports it. Sentences written for the test.
func TestDisputeExchanged(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"traded accusations", []string{
			"India and Pakistan traded accusations of ceasefire violations along the border on Sunday, officials said."},
			"traded accusations", []string{"India", "Pakistan"}, []string{"officials"}, ""},
		{"exchanged threats", []string{
			"The Velden Taxi Drivers Association and the Oslin City Council exchanged threats of legal action at a hearing on Monday."},
			"exchanged threats", []string{"Velden Taxi Drivers Association", "Oslin City Council"}, nil, ""},
		{"one side levels it", []string{
			"Kenya levelled accusations of smuggling at Tanzania and Uganda during the summit on Monday, diplomats said."},
			"levelled accusations", []string{"Kenya"}, nil, ""},
	})
}

// A verb phrase after the comma that closes an apposition is no post the
// person holds at the body it names: in "Greta Solberg, the opposition
// leader, took aim at the Finance Ministry" the ministry is the other
// side, not her employer. Sentences written for the test.
func TestDisputeAfterApposition(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"took aim at, after an apposition", []string{
			"Greta Solberg, the opposition leader, took aim at the Finance Ministry over its handling of the pension reform."},
			"took aim at the Finance Ministry", []string{"Greta Solberg", "Finance Ministry"}, nil, ""},
		{"hit out at, after an apposition", []string{
			"Maria Costa, the union's general secretary, hit out at the Kenya Ports Authority on Monday over the new shift rota."},
			"hit out at the Kenya Ports Authority", []string{"Maria Costa", "Kenya Ports Authority"}, nil, ""},
		// A post at a body stays an affiliation.
		{"a spokeswoman for the body is no side", []string{
			"Maria Costa, a spokeswoman for the Harbour Workers Union, criticised Delmont Shipping on Monday over the new rota."},
			"criticised Delmont Shipping", []string{"Maria Costa", "Delmont Shipping"}, []string{"Harbour Workers Union"}, ""},
	})
}

// A refusal told by a noun with its owner ("Serbia's refusal to
// recognise Kosovo's plan") sets the owner against the owner of what
// the verb after "to" refuses; a refusal to comment, or of a thing no
// one owns, names no second side and is left out. Sentences written for
// the test.
func TestDisputeRefusalNoun(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"refusal to recognise another's claim", []string{
			"Serbia's refusal to recognise Kosovo's claim to the monastery has stalled the talks in Brussels, officials said."},
			"refusal to recognise Kosovo", []string{"Serbia", "Kosovo"}, nil, "120"},
		{"refusal to accept another's offer", []string{
			"The Harbour Workers Union's refusal to accept Delmont Shipping's latest offer has prolonged the strike, its leader said."},
			"refusal to accept Delmont Shipping", []string{"Harbour Workers Union", "Delmont Shipping"}, nil, ""},
		{"a refusal to comment", []string{
			"Finance Minister Nora Quist's refusal to comment on the report drew questions from reporters on Monday."},
			"refusal to comment", nil, nil, ""},
		{"a refusal of an unowned thing", []string{
			"Serbia's refusal to recognise the new passports has left thousands of travellers stranded at the border, officials said."},
			"refusal to recognise the new passports", nil, nil, ""},
	})
}
