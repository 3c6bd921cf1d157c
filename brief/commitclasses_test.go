package brief

import (
	"strings"
	"testing"
)

// The classes of commitment sentences of issue #14, each with sentences
// written for the test (news style, invented people) and cases that must
// give no commitment. A case's paragraphs are one article.
type commitCase struct {
	name  string
	paras []string
	words string // words of the item's text
	actor string // words of the actor's name; "" for no commitment at all
	cameo string // the CAMEO code, when the case checks it
}

func checkCommitCases(t *testing.T, cases []commitCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, c.words)
			if c.actor == "" {
				if got != nil {
					t.Errorf("found a commitment: %+v", *got)
				}
				return
			}
			if got == nil {
				t.Fatalf("no commitment with %q in %+v", c.words, an.Commitments)
			}
			if !strings.Contains(got.Actor, c.actor) {
				t.Errorf("actor = %q, want %q", got.Actor, c.actor)
			}
			if c.cameo != "" && got.Cameo != c.cameo {
				t.Errorf("cameo = %q, want %q", got.Cameo, c.cameo)
			}
		})
	}
}

// Reported plans whose subject is no actor — a passive, a thing the actor
// operates, a generic agent noun — are the commitment of whoever reports
// them for the body that carries them out (research class K1); a thing's
// own course and a scientist's forecast are no one's.
func TestCommitmentsReportedPlans(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a passive, reported by the agency head", []string{
			"Tomas Reyes, head of Kenya's rescue agency, told reporters the search area would be expanded on Wednesday."},
			"search area would be expanded", "Tomas Reyes", "030"},
		{"a generic agent, reported by a spokesman", []string{
			"Air force spokesman Daniel Otieno said authorities would investigate an oil slick spotted on Monday."},
			"authorities would investigate", "Daniel Otieno", ""},
		{"a generic agent, reported after the sentence", []string{
			"Searchers found no wreckage on Monday.",
			"Authorities would also search the nearby islands, air force spokesman Daniel Otieno added."},
			"would also search the nearby islands", "Daniel Otieno", ""},
		{"an operation going on, reported", []string{
			"The rescue agency chief, Tomas Reyes, said divers had reached the wreck, adding that the rescue operation would continue through the night."},
			"would continue through the night", "Tomas Reyes", ""},
		{"ships of named countries", []string{
			"Around 20 ships and 12 aircraft from Kenya and Tanzania would search the bay on Tuesday, officials said."},
			"would search the bay", "Kenya", ""},
		{"a ruling body's deadline", []string{
			"Kenya's Ministry of Education opened a grant scheme for rural schools.",
			"Applications for the grants are due next month, the Ministry of Education said."},
			// A state body after its country's possessive is the country's
			// (see TestCountryPossessiveStateBody).
			"are due next month", "Kenya", ""},
		{"a policy state", []string{
			"Finance Minister Grace Wanjiru spoke to the press on Monday.",
			"She said that income tax thresholds would stay frozen until April 2030."},
			"would stay frozen", "Grace Wanjiru", ""},
		{"coordinated verbs share the first subject", []string{
			"The Daily Clarion is asking Norvia Holdings for comment and will update this story when it replies."},
			"will update this story", "Daily Clarion", ""},
		// Not commitments.
		{"a scientist's forecast", []string{
			"Oceanographer Lena Marsh said the wreckage would normally be expected to float for several days."},
			"would normally be expected to float", "", ""},
		{"a thing's own course, reported by an official", []string{
			"Air force spokesman Daniel Otieno said the debris would drift east for several days."},
			"would drift east", "", ""},
		{"what befalls a thing", []string{
			"Transport Minister Grace Wanjiru said the port would be hit hard by the new tariffs."},
			"would be hit hard", "", ""},
		{"a hedged guess", []string{
			"Transport Minister Grace Wanjiru said it was unlikely that the new terminal would be opened this year."},
			"would be opened this year", "", ""},
		{"a model's projection", []string{
			"The central bank's model projects that inflation will fall to 2 percent by 2027."},
			"inflation will fall", "", ""},
		{"economists see", []string{
			"Economists in Nairobi see growth slowing to 1 percent next year, and they expect the shilling will weaken."},
			"the shilling will weaken", "", ""},
		{"the public's future", []string{
			"“Most people will start weighing the cost of the fare,” said Transport Minister Grace Wanjiru."},
			"Most people will start", "", ""},
	})
}

// Progressive and periphrastic plans: work under way told across adverbs
// and in set phrases (research class K2).
func TestCommitmentsUnderWay(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"working, across an adverb", []string{
			"Kenya Airways is still working with the families to arrange travel to the city."},
			"still working with the families", "Kenya Airways", ""},
		{"in the process of", []string{
			"Kenya's Ministry of Defence is in the process of reviewing the island's air defences."},
			"in the process of reviewing", "Ministry of Defence", ""},
		{"lining up a vote", []string{
			"Senate Democrats are lining up a vote to delay the new fee."},
			"lining up a vote", "Democrats", ""},
		{"inviting, reported by the actor", []string{
			"Kenya Airways said it was inviting relatives to a meeting in the capital."},
			"was inviting relatives", "Kenya Airways", ""},
		// Not commitments.
		// A bill being drafted for what it would do, told by the writer
		// with no date: work described, no promise (a reviewer's audit;
		// see TestCommitmentsWorkUnderWayNoPromise).
		{"a bill for something, under way", []string{
			"Lawmakers in the Kestrel assembly are drafting a bill to cap the port's payments."},
			"drafting a bill", "", ""},
		{"a past step of the story", []string{
			"By then Kenya Airways was inviting pilots to a new training school, a union official said."},
			"was inviting pilots", "", ""},
		{"no policy action", []string{
			"Kenya Airways is still struggling with the cost of fuel."},
			"still struggling", "", ""},
		{"announced by the actor, across a possessive", []string{
			"The assembly's speaker, Rohan Gill, said his party was drafting a bill to ban the payments."},
			"was drafting a bill", "Rohan Gill", ""},
		// A description of what is going on is no commitment (audit of
		// printed items): an inquiry, a household, work with no step of
		// policy or law in view.
		{"an inquiry going on", []string{
			"Police and prosecutors are investigating payments made by the Kestrel Port Authority, officials said on Tuesday."},
			"are investigating payments", "", ""},
		{"a household", []string{
			"Harriet Vance, the authority's chair, is raising three children on her own and works nights."},
			"is raising three children", "", ""},
		{"work described by the writer", []string{
			"The Halden Trust is also exploring new ways to pay for the museum's roof."},
			"is also exploring", "", ""},
	})
}

// "Would" with no one reporting it tells a past story's future; a plan
// the reporter tells of others is not the reporter's.
func TestCommitmentsNotNarrativeOrOthers(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a past story's future", []string{
			"Colm Mercer founded the Kestrel Port Authority in 1998 with two partners.",
			"He would later present the idea of a free port to the governor, and the authority would own the docks for two decades."},
			"would later present", "", ""},
		{"a later saying told by the writer", []string{
			"Harbour chief Omar Reyes resigned in 2019.",
			"Years later, Reyes would say that the port deal had been a mistake."},
			"would say that the port deal", "", ""},
		{"a plan carried on from the sentence before", []string{
			"Okonjo, head of Kenya's rescue agency, told a radio station the search zone would be widened.",
			"Rescue teams would also begin combing the mangroves along the coast of Lamu."},
			"would also begin combing", "Okonjo", ""},
		{"what a modal expects is a guess", []string{
			"Wreckage was found off the coast of Kestrel Island on Monday.",
			"Debris would be expected to drift north with the current, oceanographer Lena Voss said."},
			"expected to drift north", "", ""},
		{"a vote promised to a crowd", []string{
			"Senator Ruth Oyelaran spoke at the rally on Friday.",
			"She would vote against the budget, she told the crowd."},
			"would vote against the budget", "Ruth Oyelaran", ""},
		{"a promise kept, with nothing promised in the clause", []string{
			"The audit of the Lamu port was published on Friday, as the Kestrel Port Authority had promised."},
			"had promised", "", ""},
		{"a bare promise before a conjunction", []string{
			"Ministers promised, and then did nothing about the flooded roads."},
			"Ministers promised", "", ""},
		{"a reported plan still counts", []string{
			"Kestrel Port Authority chief Omar Reyes met the governor on Monday.",
			"Reyes rejected the audit and said the authority would appeal the fine in May."},
			"would appeal the fine", "Kestrel Port Authority", ""},
		{"firms' course told by a port chief", []string{
			"Port chief Omar Reyes said shipping firms would leave the harbour within a year."},
			"shipping firms would leave", "", ""},
		{"a release of another actor's", []string{
			"Brevik Logistics was fined on Tuesday by the data regulator.",
			"Its new release, Tidewater 3.0, will ship in May, regulator chief Ingrid Solberg said."},
			"will ship in May", "", ""},
	})
}

// Commitments in first-person quotes, said by the one who commits or by
// a spokesman for the body that does.
func TestCommitmentsInFirstPersonQuotes(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a spokesman's refusal commits the body", []string{
			"The Kenya Ports Authority said on Monday it had inspected 40 ships.",
			"“We will not be releasing the list of inspected ships,” the spokesman said."},
			"We will not be releasing the list", "Kenya Ports Authority", ""},
		{"going to", []string{
			"“We are going to protect our inspectors,” said Interior Minister Karin Osei."},
			"going to protect our inspectors", "Karin Osei", ""},
		{"won't, in the first person", []string{
			"“I won’t stand again,” Mayor Lionel Tabor told reporters on Friday."},
			"stand again", "Lionel Tabor", ""},
		// Not commitments.
		{"someone else's refusal, reported", []string{
			"Senator James Holloway said he would not sign the pension reform."},
			"would not sign", "", ""},
		{"a wish", []string{
			"“We won’t be happy until the port reopens,” said Interior Minister Karin Osei."},
			"be happy", "", ""},
	})
}

// Legal and procedural steps: a sentence sought, a hearing on the
// calendar, a vote, a deadline.
func TestCommitmentsLegalAndProcedural(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"prosecutors seeking a sentence", []string{
			"Federal prosecutors are seeking a ten-year sentence for Daniel Morrow, the former harbour chief."},
			"seeking a ten-year sentence", "prosecutors", ""},
		{"a hearing scheduled, in a relative clause", []string{
			"Daniel Morrow appeared before the Nairobi High Court on Monday.",
			"The hearing, which is scheduled to resume on March 9, was adjourned after the defence asked for more time."},
			"scheduled to resume on March 9", "High Court", ""},
		{"a council's vote", []string{
			"The Mombasa county council will vote on the harbour plan in May."},
			"will vote on the harbour plan", "council", ""},
		// Not commitments.
		{"a hearing with no body named", []string{
			"The hearing, which is scheduled to resume on March 9, was adjourned after a fire alarm."},
			"scheduled to resume", "", ""},
		{"a body's vote with no date is a forecast", []string{
			"The Mombasa county council will vote for whoever pays the most, critics said."},
			"will vote for whoever", "", ""},
	})
}

// Steps an actor sets in motion or cannot avoid: a review ordered, no
// option but to act. (A plan denied or absent is none: commitprecision_test.go.)
func TestCommitmentsStepsInMotion(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a review ordered", []string{
			"President Grace Wanjiru ordered an immediate review of all port safety procedures on Monday."},
			"ordered an immediate review", "Grace Wanjiru", ""},
		{"no option but to", []string{
			"Finance Minister Grace Wanjiru said the Treasury had no option but to raise the fuel levy."},
			"no option but to raise", "Treasury", ""},
		// Not commitments.
		{"a review ordered by someone else, told in the passive", []string{
			"A review of all port safety procedures was ordered after the fire, a union official said."},
			"was ordered after the fire", "", ""},
		{"an order of goods", []string{
			"Kenya Airways ordered twelve new jets from Airbus on Monday."},
			"ordered twelve new jets", "", ""},
	})
}

// A thing's timetable ("the plant is due to open in 2027") told by a person
// is no promise of the teller's: it is the plan of the body that owns the
// thing when it tells it, and of no one named when a person tells it. A
// person's own timetable stays theirs.
func TestCommitmentsTimetableToldByAPerson(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a plant's opening told by a minister", []string{
			"Energy minister Tomas Brekke visited the Norvale site on Monday.",
			"Brekke said the first plant was due to open in 2027."},
			"due to open in 2027", "", ""},
		{"a bridge's opening told after the clause", []string{
			"The new Carrow bridge is scheduled to open in May, the city's transport chief, Ana Ruiz, said."},
			"scheduled to open in May", "", ""},
		{"a vote's timetable told by a senator", []string{
			"Senator Ruth Oyelaran said the final vote was set to take place on Thursday."},
			"set to take place", "", ""},
		// Still commitments.
		{"a plant's opening told by the company", []string{
			"Norvale Power unveiled its plans for the coast on Monday.",
			"The company said the first plant was due to open in 2027."},
			"due to open in 2027", "Norvale Power", ""},
		{"a person's own timetable", []string{
			"Energy minister Tomas Brekke is due to travel to Oslo on Friday for the talks."},
			"due to travel to Oslo", "Tomas Brekke", ""},
	})
}
