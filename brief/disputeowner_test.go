package brief

import "testing"

// When what is rejected or contested is someone's claim, proposal, plan or
// offer, its owner is the other side: "rejected Mr Ternan's claim",
// "dismissed a proposal put forward by the union". An owner the sentence
// does not name (a pronoun, a description, the subject itself) adds no one.
func TestDisputeThingOwner(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a possessive owner", []string{
			"Engineer Paul Ternan wrote to the council about the Varrow dam in May.",
			"Mayor Kari Halvorsen rejected Mr Ternan's claim that the dam was unsafe."},
			"rejected Mr Ternan's claim", []string{"Kari Halvorsen", "Paul Ternan"}, nil, ""},
		{"a claim from a body", []string{
			"Councillor Ruth Abara chairs the harbour committee.",
			"She rejected a claim from the Pellow Harbour Trust that the pier was sinking."},
			"rejected a claim from", []string{"Ruth Abara", "Pellow Harbour Trust"}, nil, ""},
		{"a proposal put forward by a union", []string{
			"Transport secretary Lena Marsh dismissed a proposal put forward by the Drivers' Union to end night shifts."},
			"dismissed a proposal", []string{"Lena Marsh", "Drivers' Union"}, nil, ""},
		{"a clause proposed by a capital set off by commas", []string{
			"Fishing ministers from Spain and Portugal met in Brussels on Monday.",
			"Spanish minister Ana Duarte objected to a clause, proposed by Portugal, that would cap sardine catches."},
			"objected to a clause", []string{"Ana Duarte", "Portugal"}, nil, ""},
		{"demands by a federation", []string{
			"Senator Tom Akers dismissed demands by the Kestrel Farmers' Federation for a fuel rebate."},
			"dismissed demands by", []string{"Tom Akers", "Kestrel Farmers' Federation"}, nil, ""},
		{"an offer made by a country", []string{
			"Kenya rejected an offer made by Tanzania to share the lake's fishing grounds."},
			"rejected an offer made by Tanzania", []string{"Kenya", "Tanzania"}, nil, ""},
		{"the plan of a named body", []string{
			"Residents' leader Omar Haddad criticised the plan of the Varrow Water Board to raise charges."},
			"criticised the plan", []string{"Omar Haddad", "Varrow Water Board"}, nil, ""},
		// No owner to add.
		{"a claim by an unnamed group", []string{
			"Mayor Kari Halvorsen rejected claims by some residents that the dam was unsafe."},
			"rejected claims by some residents", []string{"Kari Halvorsen"}, []string{"residents"}, ""},
		{"the subject's own plan", []string{
			"Engineer Paul Ternan wrote to the council about the Varrow dam in May.",
			"Mayor Kari Halvorsen dismissed Paul Ternan's criticism of her own plan for the dam."},
			"dismissed Paul Ternan", []string{"Kari Halvorsen", "Paul Ternan"}, nil, ""},
		{"a town that only locates", []string{
			"Councillor Ruth Abara chairs the harbour committee in Pellow.",
			"She dismissed a plan from Carrow Bay to share the harbour's dredger."},
			"dismissed a plan from Carrow Bay", []string{"Ruth Abara"}, []string{"Carrow"}, ""},
		{"a thing, not a claim, made by someone", []string{
			"Mayor Kari Halvorsen criticised the delays caused by the Varrow Water Board's contractor."},
			"criticised the delays", []string{"Kari Halvorsen"}, []string{"Varrow Water Board"}, ""},
	})
}

// A subject set off by an apposition ("Ilse Marr, the Greens'
// spokesperson, has criticised…") is still the verb's subject; the
// apposition's own possessive is not.
func TestDisputeAppositionSubject(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"an apposition with a possessive", []string{
			"Transport Minister Olaf Brenner unveiled the new rail timetable on Monday.",
			"Ilse Marr, the Greens' transport spokesperson, has criticised Brenner for cutting rural services."},
			"has criticised Brenner", []string{"Ilse Marr", "Olaf Brenner"}, []string{"Greens"}, ""},
		{"an apposition with a body's possessive", []string{
			"Ruth Okafor, the Dockworkers' Union's general secretary, condemned the Pellow Port Authority over the new rota."},
			"condemned the Pellow Port Authority", []string{"Ruth Okafor", "Pellow Port Authority"}, []string{"Dockworkers"}, ""},
		{"an apposition with an indefinite role", []string{
			"Tomas Lind, a former adviser to the prime minister, accused the Varrow Water Board of hiding losses."},
			"accused the Varrow Water Board", []string{"Tomas Lind", "Varrow Water Board"}, nil, ""},
		{"an apposition with a bare role of a body", []string{
			"Dev Anand, chair of the Harlow Tenants' Association, rejected Harlow Council's figures on repairs."},
			"rejected Harlow Council", []string{"Dev Anand", "Harlow Council"}, nil, ""},
		// On a live page the person just named may be the writer of an
		// entry, in its stamp: "the minister" is not her.
		{"a live page's writer is no minister", []string{
			"Rail services across the north were suspended on Monday after a signalling fault.",
			"16.00 GMT · Ann Reilly",
			"We are closing this live page now. The minister wants a report on the fault within a month.",
			"14.10 GMT · Ann Reilly",
			"Ilse Marr, the Greens’ rail spokesperson, has criticised the minister. She says the rail agency warned the department about its signals in 2022.",
			"09.30 GMT · Tom Quill",
			"Transport Minister Olga Brenner has ordered a review of the fault."},
			"has criticised the minister", []string{"Ilse Marr"}, []string{"Ann Reilly", "Tom Quill"}, ""},
	})
}

// A verb that needs two sides, with both sides its conjoined subject
// ("Kovac and Dunmore clashed over…"), is a dispute between them even in
// the past, about what follows "over".
func TestDisputeReciprocalPast(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"clashed over, in a subordinate clause", []string{
			"Finance minister Petra Kovac and transport minister Alan Dunmore presented the rail plan in March.",
			"The line was delayed after Kovac and Dunmore clashed over how to fund it."},
			"clashed over how to fund it", []string{"Petra Kovac", "Alan Dunmore"}, nil, ""},
		{"have feuded over", []string{
			"Union leader Maria Costa and port chief Ivo Karsten have feuded for years over the night shifts."},
			"have feuded", []string{"Maria Costa", "Ivo Karsten"}, nil, ""},
		{"quarrelled over", []string{
			"Kenya and Tanzania quarrelled over fishing rights on Lake Victoria last year."},
			"quarrelled over fishing rights", []string{"Kenya", "Tanzania"}, nil, ""},
		{"sparred over", []string{
			"Senator Tom Akers and Governor Ann Marsh sparred over the harbour budget on Tuesday."},
			"sparred over the harbour budget", []string{"Tom Akers", "Ann Marsh"}, nil, ""},
		// Not disputes: one side, or an event.
		{"one group quarrelled", []string{
			"The pilots quarrelled over which way to turn, the report said."},
			"quarrelled over", nil, nil, ""},
		{"sparred in a ring", []string{
			"The boxer Ivo Karsten sparred for an hour on Tuesday."},
			"sparred", nil, nil, ""},
	})
}
