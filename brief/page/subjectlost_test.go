package page

import (
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// The sentences of these tests are invented for them: a harbour bill, an
// emergency and a disputed count in made-up countries.

// lostBody holds the tests' sentences, so that the page can tell which of
// their words are names.
const lostBody = `The Velmark government concedes that the harbour levy is imperfect, but is demanding senators pass it before the summer recess.
The dockers' union acknowledged that the offer was generous but rejected it on Monday.
The Kestal Ports Authority accepts that the new tariff is unpopular, but will introduce it in March.
Finance Minister Ada Roth admitted that the budget was tight but has promised to fund the hospital wing next year.
The Velmark government accepts that it was wrong and will repay the fishermen by June.
The Velmark government said the harbour bill was flawed but would pass it anyway.
Velden Shipping welcomed the talks but rejected the union's demand for a veto.
The Velmark government has insisted on keeping the naval alliance with Oslin, which it views as a bulwark against Kestal and against any attempt by its navy to close the strait.
Kestal has long opposed the harbour treaty, which it describes as an attack on its fishing rights and on the livelihoods of thousands of families across the islands.
Opposition leader Ivan Pell, who lost the presidential race by fewer than 40,000 votes in 2022, said he thought the count was being manipulated and that the Velmark government had made a deal with the militias.
Senator Mira Holt told reporters on Wednesday that she believed the inquiry was being obstructed and that the defence ministry had hidden the records.
Senator Mira Holt, a member of the defence committee since 2015, told reporters on Wednesday that she believed the inquiry was being obstructed and that the defence ministry had hidden the records.
The defence ministry said it had searched its archives and that it had found no records of the flights.
The order Lena Dahl plans to sign on Friday, days before the election, will have a 90-day review period.
The pipeline Kestal agreed to build in 2019 has still not been finished.
The treaty Velmark intends to ratify next month, officials said, will cap fishing in the strait.
Lena Dahl plans to sign the order on Friday.
The bill, which President Lena Dahl plans to sign on Friday, caps fees at the port of Brill.
Velden confirmed the sale of its Brill yard, which the carmaker agreed to sell in March to Oslin.
Work has stopped on the pipeline that Kestal promised to finish by 2027.
The levy, which Ada Roth plans to cut in May, funds the harbour.
Kestal rejected reports that the Kestal Ports Authority would close the harbour, and said it plans to reopen the strait in June.
The harbour, which Kestal plans to reopen in June, has been shut since March.
The town in which Ada Roth plans to open the hospital wing next year has no doctor.
Chief executive Ruth Amsel plans to retire in May.
The carmaker Velden plans to open two plants in Kestal next year.
President Lena Dahl, who declared a state of emergency in the capital on Tuesday night, had not appeared in public since lifting the order after lawmakers defied the police cordon around the parliament.
Interior Minister Ada Roth, who ordered the cordon, has not spoken since withdrawing the troops once protesters overran the barricades outside the assembly on Wednesday night.
Talks resumed in Oslin on Monday after a week of silence on both sides of the strait, but Kestal rejected the proposal for a joint patrol of the fishing grounds within hours.
Talks stalled after a week of silence on both sides of the strait and a row over the patrols, and the blame fell on the Velmark government, which rejected the plan Kestal put forward in March.
Talks stalled after a week of silence on both sides of the strait and a row over the patrols, and the blame fell on Ada Roth, who rejected the plan Pell put forward in March.
President Lena Dahl declared a state of emergency in the capital on Tuesday night and sent troops to the parliament, but lawmakers defied the police cordon around it.
The fishing deal Kestal rejected in March would have opened the strait to trawlers from Oslin.
The carmaker Velden rejected the offer on Monday.`

func lostContext() *clauseContext {
	return newClauseContext(&brief.Analysis{
		Articles: []*brief.Article{brief.NewArticle("Harbour bill divides Velmark", lostBody)},
		Actors: []brief.Actor{
			{Name: "Velmark government", Kind: brief.KindOrganization},
			{Name: "Velmark", Kind: brief.KindCountry},
			{Name: "Kestal", Kind: brief.KindCountry},
			{Name: "Oslin", Kind: brief.KindCountry},
			{Name: "Kestal Ports Authority", Kind: brief.KindOrganization},
			{Name: "Ada Roth", Kind: brief.KindPerson, Role: "Finance Minister", Aliases: []string{"Roth"}},
			{Name: "Ivan Pell", Kind: brief.KindPerson, Role: "Opposition leader", Aliases: []string{"Pell"}},
			{Name: "Mira Holt", Kind: brief.KindPerson, Role: "Senator", Aliases: []string{"Holt"}},
			{Name: "defence ministry", Kind: brief.KindOrganization},
			{Name: "Lena Dahl", Kind: brief.KindPerson, Role: "President", Aliases: []string{"Dahl"}},
			{Name: "Ruth Amsel", Kind: brief.KindPerson, Role: "Chief executive"},
			{Name: "Velden", Kind: brief.KindOrganization},
			{Name: "Velden Shipping", Kind: brief.KindOrganization},
			{Name: "dockers' union", Kind: brief.KindGroup},
			{Name: "lawmakers", Kind: brief.KindGroup},
			{Name: "protesters", Kind: brief.KindGroup},
		},
	})
}

// TestCommitmentClauseKeepsItsSubject checks that a commitment's printed
// clause never loses its subject or its object so that it says something
// false, or nothing, of the actor it is printed under; and that the
// clauses that do read keep their short form.
func TestCommitmentClauseKeepsItsSubject(t *testing.T) {
	cx := lostContext()
	tests := []struct {
		actor, text, what string
		want              string
	}{
		// A second predicate after a clause of "that" may share the
		// subject of either clause: whose act it is cannot be told, and
		// the sentence says it (never "the new tariff will introduce it").
		{"Kestal Ports Authority", "The Kestal Ports Authority accepts that the new tariff is unpopular, but will introduce it in March.",
			"will introduce it in March",
			"Kestal Ports Authority — accepts that the new tariff is unpopular, but will introduce it in March"},
		{"Ada Roth", "Finance Minister Ada Roth admitted that the budget was tight but has promised to fund the hospital wing next year.",
			"has promised to fund the hospital wing next year",
			"Ada Roth — admitted that the budget was tight but has promised to fund the hospital wing next year"},
		// Both readings are the actor: the short clause.
		{"Velmark government", "The Velmark government accepts that it was wrong and will repay the fishermen by June.",
			"will repay the fishermen by June", "Velmark government — will repay the fishermen by June"},
		// After a speech verb the actor who said it shares the predicate.
		{"Velmark government", "The Velmark government said the harbour bill was flawed but would pass it anyway.",
			"would pass it anyway", "Velmark government — would pass it anyway"},

		// A relative clause without its relative pronoun ("the order Dahl
		// plans to sign") has its object before the actor: cut from it, the
		// clause says nothing of what is signed.
		{"Lena Dahl", "The order Lena Dahl plans to sign on Friday, days before the election, will have a 90-day review period.",
			"plans to sign on Friday, days before the election, will have a 90-day review period",
			"Lena Dahl — the order Lena Dahl plans to sign on Friday, days before the election, will have a 90-day review period"},
		{"Kestal", "The pipeline Kestal agreed to build in 2019 has still not been finished.",
			"agreed to build in 2019 has still not been finished",
			"Kestal — the pipeline Kestal agreed to build in 2019 has still not been finished"},
		{"Velmark", "The treaty Velmark intends to ratify next month, officials said, will cap fishing in the strait.",
			"intends to ratify next month, officials said, will cap fishing in the strait",
			"Velmark — the treaty Velmark intends to ratify next month, officials said, will cap fishing in the strait"},
		// A relative pronoun before the subject ("which", "that" after a
		// noun) is the verb's object: cut from it, the clause says nothing
		// of what is signed, sold or finished; the item prints its
		// sentence.
		{"Lena Dahl", "The bill, which President Lena Dahl plans to sign on Friday, caps fees at the port of Brill.",
			"plans to sign on Friday, caps fees at the port of Brill",
			"Lena Dahl — the bill, which President Lena Dahl plans to sign on Friday, caps fees at the port of Brill"},
		{"Velden", "Velden confirmed the sale of its Brill yard, which the carmaker agreed to sell in March to Oslin.",
			"agreed to sell in March to Oslin",
			"Velden — confirmed the sale of its Brill yard, which the carmaker agreed to sell in March to Oslin"},
		{"Kestal", "Work has stopped on the pipeline that Kestal promised to finish by 2027.", "promised to finish by 2027",
			"Kestal — Work has stopped on the pipeline that Kestal promised to finish by 2027"},
		{"Ada Roth", "The levy, which Ada Roth plans to cut in May, funds the harbour.", "plans to cut in May, funds the harbour",
			"Ada Roth — the levy, which Ada Roth plans to cut in May, funds the harbour"},
		// The clause of a "that" that is no relative pronoun, a verb with
		// its object after it, a relative after a preposition: the short
		// clause.
		{"Kestal", "Kestal rejected reports that the Kestal Ports Authority would close the harbour, and said it plans to reopen the strait in June.",
			"plans to reopen the strait in June", "Kestal — plans to reopen the strait in June"},
		{"Ada Roth", "The town in which Ada Roth plans to open the hospital wing next year has no doctor.",
			"plans to open the hospital wing next year", "Ada Roth — plans to open the hospital wing next year"},
		// The object in its place, a title before the name, a verb that
		// needs no object: the short clause.
		{"Lena Dahl", "Lena Dahl plans to sign the order on Friday.", "plans to sign the order on Friday",
			"Lena Dahl — plans to sign the order on Friday"},
		{"Ruth Amsel", "Chief executive Ruth Amsel plans to retire in May.", "plans to retire in May",
			"Ruth Amsel — plans to retire in May"},
		{"Velden", "The carmaker Velden plans to open two plants in Kestal next year.", "plans to open two plants in Kestal next year",
			"Velden — plans to open two plants in Kestal next year"},
	}
	for _, tt := range tests {
		c := brief.Commitment{Actor: tt.actor, Text: tt.text, What: tt.what, Strength: brief.Firm}
		if got, _ := commitmentClause(c, maxItemWords, cx); got.String() != tt.want {
			t.Errorf("commitmentClause(%q)\n = %q\nwant %q", tt.text, got.String(), tt.want)
		}
	}
}

// TestDisputeClauseKeepsItsSubject checks that a dispute's printed clause
// never loses its subject so that it reads as what its first party did,
// said or is, when the sentence says otherwise: a subject taken from a
// clause of "that", a part of the sentence opened by "which" or by a
// predicate whose subject was left out, a claim reported by someone else.
// An empty want is a dispute the page leaves out (its clause does not
// show its cue).
func TestDisputeClauseKeepsItsSubject(t *testing.T) {
	cx := lostContext()
	tests := []struct {
		parties   []string
		cue, text string
		want      string
	}{
		// Class 1: never "the harbour levy is demanding", "the offer
		// rejected it".
		{[]string{"Velmark government"}, "demanding", "The Velmark government concedes that the harbour levy is imperfect, but is demanding senators pass it before the summer recess.",
			"Velmark government — concedes that the harbour levy is imperfect, but is demanding senators pass it before the summer recess"},
		{[]string{"dockers' union"}, "rejected", "The dockers' union acknowledged that the offer was generous but rejected it on Monday.",
			"dockers' union — the dockers' union acknowledged that the offer was generous but rejected it on Monday"},
		{[]string{"Velden Shipping"}, "rejected", "Velden Shipping welcomed the talks but rejected the union's demand for a veto.",
			"Velden Shipping — rejected the union's demand for a veto"},

		// Class 2: never "… which it views as a bulwark".
		{[]string{"Velmark government", "Kestal"}, "against", "The Velmark government has insisted on keeping the naval alliance with Oslin, which it views as a bulwark against Kestal and against any attempt by its navy to close the strait.",
			""},
		{[]string{"Kestal"}, "attack", "Kestal has long opposed the harbour treaty, which it describes as an attack on its fishing rights and on the livelihoods of thousands of families across the islands.",
			"Kestal — has long opposed the harbour treaty, which it describes as an attack on its fishing rights and on the livelihoods of thousands of families…"},

		// "which" and its verb, hanging on the first party: its act.
		{[]string{"Velmark government", "Kestal"}, "rejected", "Talks stalled after a week of silence on both sides of the strait and a row over the patrols, and the blame fell on the Velmark government, which rejected the plan Kestal put forward in March.",
			"Velmark government vs Kestal — rejected the plan Kestal put forward in March"},

		// Class 3: what someone said cut from its speaker. Never "Velmark
		// government — … said he thought …", never "defence ministry —
		// had hidden the records".
		{[]string{"Velmark government"}, "manipulated", "Opposition leader Ivan Pell, who lost the presidential race by fewer than 40,000 votes in 2022, said he thought the count was being manipulated and that the Velmark government had made a deal with the militias.",
			""},
		{[]string{"defence ministry"}, "hidden", "Senator Mira Holt told reporters on Wednesday that she believed the inquiry was being obstructed and that the defence ministry had hidden the records.",
			"defence ministry — Senator Mira Holt told reporters on Wednesday that she believed the inquiry was being obstructed and that the defence ministry had hidden…"},
		{[]string{"Mira Holt", "defence ministry"}, "hidden", "Senator Mira Holt told reporters on Wednesday that she believed the inquiry was being obstructed and that the defence ministry had hidden the records.",
			"Mira Holt vs defence ministry — said the defence ministry had hidden the records"},
		// The speaker is the first party: the part after its name reads
		// as its act.
		{[]string{"Mira Holt", "defence ministry"}, "obstructed", "Senator Mira Holt, a member of the defence committee since 2015, told reporters on Wednesday that she believed the inquiry was being obstructed and that the defence ministry had hidden the records.",
			"Mira Holt vs defence ministry — … told reporters on Wednesday that she believed the inquiry was being obstructed and that the defence ministry had hidden…"},
		// The party's own words, joined by "and that", stay its own.
		{[]string{"defence ministry"}, "found", "The defence ministry said it had searched its archives and that it had found no records of the flights.",
			"defence ministry — had found no records of the flights"},

		// Class 4: the object before the actor's name.
		{[]string{"Kestal"}, "rejected", "The fishing deal Kestal rejected in March would have opened the strait to trawlers from Oslin.",
			"Kestal — the fishing deal Kestal rejected in March would have opened the strait to trawlers from Oslin"},
		{[]string{"Velden"}, "rejected", "The carmaker Velden rejected the offer on Monday.",
			"Velden — rejected the offer on Monday"},

		// Class 5: never "lawmakers — … had not appeared in public".
		{[]string{"lawmakers"}, "defied", "President Lena Dahl, who declared a state of emergency in the capital on Tuesday night, had not appeared in public since lifting the order after lawmakers defied the police cordon around the parliament.",
			""},
		{[]string{"protesters"}, "overran", "Interior Minister Ada Roth, who ordered the cordon, has not spoken since withdrawing the troops once protesters overran the barricades outside the assembly on Wednesday night.",
			"protesters — Interior Minister Ada Roth, who ordered the cordon, has not spoken since withdrawing the troops once protesters overran the barricades outside the assembly…"},
		// The subject left out is the first party's: the part reads as
		// its act.
		{[]string{"Lena Dahl", "lawmakers"}, "defied", "President Lena Dahl, who declared a state of emergency in the capital on Tuesday night, had not appeared in public since lifting the order after lawmakers defied the police cordon around the parliament.",
			"Lena Dahl vs lawmakers — … had not appeared in public since lifting the order after lawmakers defied the police cordon around the parliament"},
		// The sentence that shows its cue is printed whole.
		{[]string{"Kestal"}, "rejected", "Talks resumed in Oslin on Monday after a week of silence on both sides of the strait, but Kestal rejected the proposal for a joint patrol of the fishing grounds within hours.",
			"Kestal — talks resumed in Oslin on Monday after a week of silence on both sides of the strait, but Kestal rejected the proposal…"},
	}
	for _, tt := range tests {
		d := brief.Dispute{Parties: tt.parties, Cue: tt.cue, Text: tt.text}
		got := disputeClause(d, maxItemWords, cx)
		if tt.want == "" {
			if shows(got.Clause, d.Text, d.Cue) {
				t.Errorf("disputeClause(%q)\n = %q\nwant it left out", tt.text, got.String())
			}
			continue
		}
		if got.String() != tt.want {
			t.Errorf("disputeClause(%q)\n = %q\nwant %q", tt.text, got.String(), tt.want)
		}
	}
}

// TestWindowKeepsItsSubject checks the part of a sentence printed to show
// an item's word when the sentence cut short does not: it opens with its
// own subject or with words whose subject is the lead's first actor.
func TestWindowKeepsItsSubject(t *testing.T) {
	cx := lostContext()
	tests := []struct {
		lead, text, word string
		want             string
	}{
		// "which" hangs on the lead: the part is its act.
		{"Velmark government", "Talks stalled after a week of silence on both sides of the strait and a row over the patrols, and the blame fell on the Velmark government, which rejected the plan Kestal put forward in March.",
			"rejected", "… which rejected the plan Kestal put forward in March"},
		// "which" hangs on something else, or is the object of its verb.
		{"Ivan Pell", "Talks stalled after a week of silence on both sides of the strait and a row over the patrols, and the blame fell on Ada Roth, who rejected the plan Pell put forward in March.",
			"rejected", "… and the blame fell on Ada Roth, who rejected the plan Pell put forward in March"},
		{"Ada Roth", "Talks stalled after a week of silence on both sides of the strait and a row over the patrols, and the blame fell on Ada Roth, who rejected the plan Pell put forward in March.",
			"rejected", "… who rejected the plan Pell put forward in March"},
		{"Velmark government", "The Velmark government has insisted on keeping the naval alliance with Oslin, which it views as a bulwark against Kestal and against any attempt by its navy to close the strait.",
			"bulwark", ""},
		// A predicate whose subject is left before the part: only under
		// that subject.
		{"lawmakers", "President Lena Dahl, who declared a state of emergency in the capital on Tuesday night, had not appeared in public since lifting the order after lawmakers defied the police cordon around the parliament.",
			"defied", ""},
		{"Lena Dahl", "President Lena Dahl, who declared a state of emergency in the capital on Tuesday night, had not appeared in public since lifting the order after lawmakers defied the police cordon around the parliament.",
			"defied", "… had not appeared in public since lifting the order after lawmakers defied the police cordon around the parliament"},
		// A part with its own subject.
		{"lawmakers", "President Lena Dahl declared a state of emergency in the capital on Tuesday night and sent troops to the parliament, but lawmakers defied the police cordon around it.",
			"defied", "… but lawmakers defied the police cordon around it"},
	}
	for _, tt := range tests {
		if got := windowAround(tt.text, tt.word, []actorForms{cx.forms(tt.lead)}, 18, cx); got != tt.want {
			t.Errorf("windowAround(%q, %q) under %s\n = %q\nwant %q", tt.text, tt.word, tt.lead, got, tt.want)
		}
	}
}
