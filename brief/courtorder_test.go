package brief

import (
	"strings"
	"testing"
)

// An order laid on an actor with a time ahead — a court's, a regulator's,
// a minister's — binds the one ordered: "Halden Homes has been ordered to
// repair the flats within 90 days", "the judge ordered the landlord to pay
// by 1 March and to replace the boiler", "was told to / has been
// instructed to / was directed to … by …". The commitment is the one
// ordered's, firm, with its deadline; in the active voice the one who
// orders is who said it. An order to buy ("ordered 40 new buses"), an
// order in the past with nothing ahead ("was ordered to pay costs in
// 2019") and an order with no deadline bind no one ahead. Sentences
// written for the test.
func TestCommitmentsOrdered(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		words  string // words of the item's text
		actor  string // the actor's name; "" for no commitment
		what   string // words of What
		when   string // words of When
		saidBy string // words of SaidBy, when checked
	}{
		{"has been ordered, within days", []string{
			`Brackwell Homes has been ordered to repair the flats on Tanner Street within 90 days, a housing tribunal ruled on Tuesday.`},
			"ordered to repair the flats", "Brackwell Homes", "repair the flats", "within 90 days", ""},
		{"a judge orders a named landlord, two verbs", []string{
			`Tenants of the Fenwick estate sued Corran Estates last year over damp and broken heating.`,
			`On Thursday Judge Helen Marsh ordered Corran Estates to pay £4,000 to each family by 1 March and to replace the boilers in every flat.`},
			"ordered Corran Estates to pay", "Corran Estates", "replace the boilers", "by 1 March", "Helen Marsh"},
		{"a judge orders the company, named before", []string{
			`Corran Estates, which owns 300 flats in Dunmore, denied that the homes were unsafe.`,
			`Judge Helen Marsh ordered the company to fix the heating by the end of the month.`},
			"ordered the company to fix", "Corran Estates", "fix the heating", "by the end of the month", "Helen Marsh"},
		{"a regulator orders a water company", []string{
			`The water regulator Ofwat ordered Kestrel Water to cut leaks by a fifth before 2030.`},
			"ordered Kestrel Water to cut", "Kestrel Water", "cut leaks", "before 2030", "Ofwat"},
		{"the one who orders named after, as the reporter", []string{
			`The regulator ordered Kestrel Water to pay £2m to its customers by March, Ofwat said.`},
			"ordered Kestrel Water to pay", "Kestrel Water", "pay £2m", "by March", "Ofwat"},
		{"was told to, by the end of a month", []string{
			`Dunmore Housing Association was told to publish a repair plan by the end of the month.`},
			"told to publish a repair plan", "Dunmore Housing Association", "publish a repair plan", "by the end of the month", ""},
		{"has been instructed to, before a year", []string{
			`Kestrel Water has been instructed to replace its lead pipes before 2028, the regulator said.`},
			"instructed to replace its lead pipes", "Kestrel Water", "replace its lead pipes", "before 2028", ""},
		{"was directed to, within weeks", []string{
			`Dunmore Council was directed to rehouse the families within six weeks.`},
			"directed to rehouse the families", "Dunmore Council", "rehouse the families", "within six weeks", ""},
		// Not commitments ahead.
		{"ordered as a purchase", []string{
			`The Dunmore transport authority ordered 40 new buses from Halbrook Motors on Monday, for delivery by June.`},
			"ordered 40 new buses", "", "", "", ""},
		{"an order in a past year", []string{
			`Corran Estates was ordered to pay costs in 2019 after losing a similar case.`},
			"ordered to pay costs", "", "", "", ""},
		{"an order told in a past year, active", []string{
			`In 2017 a judge ordered Corran Estates to pay damages to a former tenant within 30 days.`},
			"ordered Corran Estates to pay", "", "", "", ""},
		{"an order with no time", []string{
			`Judge Helen Marsh ordered Corran Estates to apologise to the families.`},
			"ordered Corran Estates to apologise", "", "", "", ""},
		{"told to, with no time", []string{
			`Dunmore Housing Association was told to improve its complaints service.`},
			"told to improve", "", "", "", ""},
		{"one state orders another: a demand, none", []string{
			`Russia's president ordered Ukraine to withdraw its troops from the region by Friday.`},
			"ordered Ukraine to withdraw", "", "", "", ""},
		{"told to expect: news to come, none", []string{
			`Dunmore Housing Association was told to expect a decision from the regulator by Friday.`},
			"told to expect a decision", "", "", "", ""},
		{"told someone something, speech", []string{
			`Mayor Ruth Amadi told Corran Estates to expect a visit from inspectors next week.`},
			"told Corran Estates to expect", "", "", "", ""},
	}
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
			if got.Actor != c.actor {
				t.Errorf("actor = %q, want %q", got.Actor, c.actor)
			}
			if !strings.Contains(got.What, c.what) {
				t.Errorf("what = %q, want it to hold %q", got.What, c.what)
			}
			if !strings.Contains(got.When, c.when) || got.When == "" {
				t.Errorf("when = %q, want %q", got.When, c.when)
			}
			if got.Strength != Firm {
				t.Errorf("strength = %q, want firm", got.Strength)
			}
			if c.saidBy != "" && !strings.Contains(got.SaidBy, c.saidBy) {
				t.Errorf("said by %q, want %q", got.SaidBy, c.saidBy)
			}
		})
	}
}

// A pledge not to act ("pledged not to", "promised never to", "agreed not
// to", "undertook not to") is a commitment of the one who pledges, its
// What keeping the negation, as "pledged to" is. A refusal reported with
// "would not" stays none (TestCommitmentsInFirstPersonQuotes), and so does
// the noun ("a promise not to", often another's or broken). Sentences
// written for the test.
func TestCommitmentsNegativePledge(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"pledged not to", []string{
			`Corran Estates pledged not to evict any tenant while the repairs were carried out.`},
			"pledged not to evict", "Corran Estates", ""},
		{"promised never to", []string{
			`Finance Minister Ruth Amadi promised never to raise fuel duty during the current parliament.`},
			"promised never to raise fuel duty", "Ruth Amadi", ""},
		{"agreed not to", []string{
			`Kestrel Water agreed not to raise bills for two years under the settlement.`},
			"agreed not to raise bills", "Kestrel Water", ""},
		{"undertook not to", []string{
			`Corran Estates undertook not to raise rents on the estate until 2028.`},
			"undertook not to raise rents", "Corran Estates", ""},
		{"vowed not to, reported with a speaker", []string{
			`The landlord, Corran Estates, vowed not to appeal the ruling, its lawyer Tom Ellery said.`},
			"vowed not to appeal", "Corran Estates", ""},
		{"the noun, a promise broken: none", []string{
			`Tenants accused Mayor Ruth Amadi of breaking her promise not to close the Fenwick library.`},
			"promise not to close", "", ""},
	})
	an := analyzeText(t, `Corran Estates pledged not to evict any tenant while the repairs were carried out.`)
	if got := itemWith(an.Commitments, func(x Commitment) string { return x.Text }, "pledged not to evict"); got != nil &&
		!strings.Contains(got.What, "not to evict") {
		t.Errorf("what = %q, want the negation kept", got.What)
	}
}
