package brief

import "testing"

// Coordinated subjects: the first conjunct leads, as in a plain list of
// names ("Britain and Nigeria agreed…"), also when a later conjunct has
// an "of" list or an apposition of its own, and when two demonyms share
// one head; an object before "and" is no conjunct.
func TestCommitmentsLeadConjunct(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a name before an of-list", []string{
			"Kenya and the governments of Uganda, Rwanda and Burundi agreed on Saturday to open a joint border post."},
			"agreed on Saturday to open a joint border post", "Kenya", ""},
		{"a name before an of-list, reported", []string{
			"The trade minister said Ghana and the governments of Togo and Benin would open a shared customs office in May."},
			"would open a shared customs office", "Ghana", ""},
		{"a person with a country before an apposition", []string{
			"President Ana Ruiz of Chile and Peru's prime minister, Luis Vega, will sign the fisheries treaty in Lima on Friday."},
			"will sign the fisheries treaty", "Ana Ruiz", ""},
		{"two ministers, the second in apposition", []string{
			"Foreign Minister Halima Osei of Ghana and the Danish development minister, Rasmus Holt, signed the grant agreement on Monday."},
			"signed the grant agreement", "Halima Osei", ""},
		{"two demonyms on one head after before", []string{
			"The vote comes a week before Vietnamese and Thai officials are due to hold talks on river dams in Hanoi."},
			"are due to hold talks on river dams", "Vietnam", ""},
		{"two demonyms on one head", []string{
			"Brazilian and Argentine negotiators are due to meet in Montevideo next month."},
			"are due to meet in Montevideo", "Brazil", ""},
		// Not a conjunct.
		{"an object before and", []string{
			"Harlan Energy sold the Sorrel field to Dunmore Oil and the Ministry of Mines will license it in 2027."},
			"will license it", "Ministry of Mines", ""},
		{"a predicate before and", []string{
			"Barack Obama flew to Nairobi on Friday.",
			"His mother was Scottish and the president is expected to visit Edinburgh in June."},
			"is expected to visit Edinburgh", "Barack Obama", ""},
	})
}

// "It" after a plural speaker is not the speakers: a thing they tell of
// ("The two governments claim it will close dairies") or one body of
// several, no commitment the clause can name; a singular speaker's "it"
// and a plural speaker's "they" are the speakers.
func TestCommitmentsItAfterPluralSpeaker(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a counted plural", []string{
			"The ministry published the grazing rule in May.",
			"The two governments claim it will close forty small dairies before 2030."},
			"will close forty small dairies", "", ""},
		{"a plural agent noun with a qualifier", []string{
			"The ministry published the grazing rule on Monday.",
			"Farm unions in both countries said it would ruin small growers within a decade."},
			"would ruin small growers", "", ""},
		{"a plural in -ies", []string{
			"The council approved the riverside tower on Monday.",
			"The three opposition parties said it would deepen the housing shortage in the north of the city."},
			"would deepen the housing shortage", "", ""},
		{"both and a plural", []string{
			"The Senate passed the night-shift bill on Friday.",
			"Both unions said it would cut the pay of night workers next year."},
			"would cut the pay of night workers", "", ""},
		{"two names joined by and", []string{
			"The regulator fined Kelby Water on Monday.",
			"Kelby Water and Dunmore Oil said it would appeal the fine in May."},
			"would appeal the fine", "", ""},
		// The speakers.
		{"a body's it", []string{
			"Kelby Water said it would repair the burst main by Friday."},
			"would repair the burst main", "Kelby Water", ""},
		{"an and inside a body's name", []string{
			"The Food and Drug Administration said it would review the new malaria vaccine in March."},
			"would review the new malaria vaccine", "Food and Drug Administration", ""},
		{"plural speakers' they", []string{
			"Harlan Energy and Dunmore Oil said they would drill three wells in 2027."},
			"would drill three wells", "Harlan Energy", ""},
	})
}

// "The airline" is a body whose name shows an airline ("Air", "Airways",
// "AirAsia", "Ryanair"), not one whose name has "air" only in a compound
// of a common word ("National Airspace Services", "Heathrow Airport
// Holdings", "Airbus").
func TestCommitmentsAirlineDescription(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"an airspace body named after the airline", []string{
			"Kestrel Air cancelled 40 flights on Monday. Its chief executive, Nora Blake, blamed Northern Airspace Services for the chaos.",
			"Ms Blake said the airline would seek damages from the agency for the lost fares."},
			"would seek damages", "Kestrel Air", ""},
		{"an airport company named last", []string{
			"British Airways cut its winter fares. Heathrow Airport Holdings raised its landing charges.",
			"The airline will appeal the charges in May."},
			"will appeal the charges", "British Airways", ""},
		{"a plane maker named last", []string{
			"Ryanair cut six routes to Spain. Airbus delayed its new jet by a year.",
			"The airline will sell its oldest planes next year."},
			"will sell its oldest planes", "Ryanair", ""},
		{"an airline in one word", []string{
			"AirAsia cancelled its evening flights. The Dublin Airport Authority closed the north runway.",
			"The airline said it would refund every ticket by Friday."},
			"would refund every ticket", "AirAsia", ""},
	})
}

// An unnamed spokesperson whose description names the body gives the
// body's word: "A Commission spokeswoman said its inquiry would take
// months" is the European Commission's commitment, not the spokeswoman's
// as a description; with no body named, or two that fit, she stays.
func TestCommitmentsUnnamedSpokesperson(t *testing.T) {
	cases := []commitCase{
		{"a body's head word", []string{
			"The European Commission opened an inquiry into the subsidy in May.",
			"A Commission spokeswoman said its inquiry would take several months."},
			"would take several months", "European Commission", ""},
		{"a body's full name", []string{
			"Kelby Water raised its charges by nine percent in April.",
			"A Kelby Water spokesman said the burst main would be repaired by Friday."},
			"would be repaired by Friday", "Kelby Water", ""},
		{"a one-word body", []string{
			"The Pentagon sent two destroyers to the area on Monday.",
			"A Pentagon spokesman said the search would continue through the night."},
			"would continue through the night", "Pentagon", ""},
		{"a rank before the body", []string{
			"The Harbour Authority closed the north quay on Monday.",
			"A senior Authority spokeswoman said the quay would reopen on Friday."},
			"would reopen on Friday", "Harbour Authority", ""},
		{"a description of the body", []string{
			"The Health Ministry closed three wards in May.",
			"A ministry spokesman said the wards would reopen in June."},
			"would reopen in June", "Health Ministry", ""},
		// The spokesperson stays.
		{"two bodies fit", []string{
			"The Health Ministry closed three wards in May. The Ministry of Finance cut its budget.",
			"A ministry spokesman said the wards would reopen in June."},
			"would reopen in June", "ministry spokesman", ""},
	}
	checkCommitCases(t, cases)
	// The actor is the body itself, not a description that holds its
	// name ("Kelby Water spokesman").
	for _, c := range cases {
		an := analyzeText(t, c.paras...)
		if got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words); got != nil && got.Actor != c.actor {
			t.Errorf("%s: actor = %q, want exactly %q", c.name, got.Actor, c.actor)
		}
	}
}

// What a promise's content clause says will be done is the promiser's
// commitment ("She promised that the government would call a hearing, and
// that it would build a ferry pier"), not that of whatever "the government"
// or "it" resolves to; a contrast or a new frame ends the content.
func TestCommitmentsPromiseContent(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a second content clause with it", []string{
			"Premier Lena Morsund of Norway visited the Varholm islands on Monday. Sweden and Finland sent observers.",
			"She promised that the government would call a hearing on Varholm in May, and that it would fund a new ferry pier."},
			"would fund a new ferry pier", "Lena Morsund", ""},
		{"a second content clause after pledged", []string{
			"Mayor Tomas Brandt of Kelso spoke after the flood. The county and the regional water board blamed each other.",
			"He pledged that the council would clear the drains by June, and that it would build a new sea wall."},
			"would build a new sea wall", "Tomas Brandt", ""},
		{"vowed that, a second clause", []string{
			"Chancellor Ines Valbo of Austria met the bankers on Tuesday. Germany and the European Central Bank criticised her budget.",
			"She vowed that the government would cut the deficit by 2027, and that it would sell its stake in the Post."},
			"would sell its stake", "Ines Valbo", ""},
		{"vowed that, the content's subject", []string{
			"Chancellor Ines Valbo of Austria met the bankers on Tuesday. Germany and the European Central Bank criticised her budget.",
			"She vowed that the government would cut the deficit by 2027, and that it would sell its stake in the Post."},
			"would cut the deficit", "Ines Valbo", ""},
		// A contrast ends the promise.
		{"a contrast after the content", []string{
			"Mayor Tomas Brandt of Kelso spoke after the flood.",
			"He promised that the council would clear the drains by June, but Harlan Energy will close the depot in May."},
			"will close the depot", "Harlan Energy", ""},
	})
}

// A reported passive plan with a named agent ("the bridge would be
// reopened by Dunmore Highways") is the agent's commitment, told by the
// reporter; a time or a figure after "by" is no agent, and the reporter
// who speaks for a body keeps the plan.
func TestCommitmentsPassiveAgent(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a firm as the agent", []string{
			"Dunmore Highways won the repair contract in March.",
			"Kelby Council said on Monday that the bridge would be reopened by Dunmore Highways in May."},
			"would be reopened by Dunmore Highways", "Dunmore Highways", ""},
		{"a board as the agent", []string{
			"The Transport Safety Board sent three investigators to the crash site.",
			"Officials said the wreckage would be examined by the Transport Safety Board this week."},
			"would be examined by the Transport Safety Board", "Transport Safety Board", ""},
		{"an agent after a complement", []string{
			"The Red Cross sent forty nurses to the region in January.",
			"Health Minister Ada Okoye said the vaccine would be distributed to rural clinics by the Red Cross from March."},
			"would be distributed to rural clinics", "Red Cross", ""},
		{"an agent across an adverb", []string{
			"The Kelso Water Trust bought the reservoir in 2019.",
			"Kelby Council said the dam would be repaired quickly by the Kelso Water Trust before the spring floods."},
			"would be repaired quickly", "Kelso Water Trust", ""},
		// No agent: the reporter's plan.
		{"a day after by", []string{
			"Kelby Council closed the Mill Lane bridge after the flood.",
			"Kelby Council said the bridge would be reopened by Friday."},
			"would be reopened by Friday", "Kelby Council", ""},
		{"a deadline after by", []string{
			"Kelby Council closed the Mill Lane bridge after the flood.",
			"Kelby Council said the bridge would be reopened by the end of May."},
			"would be reopened by the end of May", "Kelby Council", ""},
	})
}

// "Our" people in a speaker's quote: his own faction ("our soldiers",
// "our members") is his side, for which he speaks; the people he tells
// of ("our citizens will vote", "our farmers will feed the nation") are no
// one who commits.
func TestCommitmentsOurPeopleInQuote(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"citizens after a when-clause", []string{
			"Colonel Idris Kane rejected the call for a vote.",
			"“When the border is quiet, our citizens will choose their leaders,” he said."},
			"our citizens will choose", "", ""},
		{"citizens with a time", []string{
			"“Our citizens will vote when the fighting stops,” Colonel Idris Kane said."},
			"citizens will vote", "", ""},
		{"farmers", []string{
			"“Our farmers will feed the whole region by 2030,” Agriculture Minister Rosa Kell said."},
			"farmers will feed the whole region", "", ""},
		// The speaker's side.
		{"soldiers", []string{
			"“Our soldiers will stay in the north until the last rebel leaves,” General Ada Okoye said."},
			"soldiers will stay in the north", "Ada Okoye", ""},
		{"members", []string{
			"“Our members will strike on Friday if the offer is not improved,” union leader Tomas Brandt said."},
			"members will strike on Friday", "Tomas Brandt", ""},
	})
}

// "It" after a sentence about a thing is that thing ("The new ferry left
// the yard in Turku, Finland. It is due to enter service in May"), whose
// timetable is no one's commitment, least of all that of a country named
// only for where the thing was.
func TestCommitmentsItAfterAThing(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a ferry and a country of place", []string{
			"The new ferry left the yard in Turku, Finland, on Monday. It is due to enter service in May."},
			"due to enter service", "", ""},
		{"a regular past verb", []string{
			"The new ferry docked in Turku, Finland, on Monday. It is due to enter service in May."},
			"due to enter service", "", ""},
		{"a capitalised word in the thing's name", []string{
			"The Progress cargo craft lifted off from Russia's launch site in Baikonur, Kazakhstan, with fuel and food. It was set to reach the space station on Saturday."},
			"set to reach the space station", "", ""},
		{"a turbine and a country of place", []string{
			"The first turbine arrived at the port of Esbjerg, Denmark, last week. It is scheduled to start turning in June."},
			"scheduled to start turning", "", ""},
		// An actor's "it".
		{"a body before", []string{
			"Harlan Energy bought the Sorrel field on Monday.",
			"It will drill three wells in 2027, the company said."},
			"will drill three wells", "Harlan Energy", ""},
	})
}
