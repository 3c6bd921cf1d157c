package brief

import (
	"slices"
	"testing"
)

// A business named by a name-like word and a trade ("Dalmore Shipping",
// "Harbour Freight") is an organisation, though nothing but the trade word
// tells it: no title, no Mr or Ms, no he or she. A person whose surname is
// a trade word stays a person: a known given name, a title, a role or a
// he or she keeps one. Sentences written for the test.
func TestTradeNamesAreOrganisations(t *testing.T) {
	checkKinds(t, []kindCase{
		{"shipping line speaks", []string{
			`Dalmore Shipping said on Monday it would raise fares on its island ferries by ten percent from April.`,
			`Passengers' groups called the rise unfair.`},
			map[string]ActorKind{"Dalmore Shipping": KindOrganization}, nil},
		{"freight firm acts", []string{
			`Harbour Freight cut its prices on Tuesday, a week after the port raised its fees.`,
			`Harbour Freight expects to lose money this year, its finance chief told analysts.`},
			map[string]ActorKind{"Harbour Freight": KindOrganization}, nil},
		{"games studio and a mining group", []string{
			`Quillon Gaming announced on Thursday that it would close its studio in Dundee.`,
			`Corvin Mining and its rivals have asked the government for lower royalties.`},
			map[string]ActorKind{"Quillon Gaming": KindOrganization, "Corvin Mining": KindOrganization}, nil},
		{"software house reports", []string{
			`Tessaro Software reported a loss of four million euros for the first half.`,
			`The results were worse than expected, said Jonas Becker, an analyst at Ostbank.`},
			map[string]ActorKind{"Tessaro Software": KindOrganization, "Jonas Becker": KindPerson}, nil},
		{"a copper miner and a lithium producer", []string{
			`Chile on Monday ordered Tarrow Copper to halt work at its Antuco pit.`,
			`Regulators also fined Lakeside Lithium for draining a salt flat.`},
			map[string]ActorKind{"Tarrow Copper": KindOrganization, "Lakeside Lithium": KindOrganization}, nil},
		// Look-alikes: people.
		{"a captain named Shipping", []string{
			`Mark Shipping, a retired ferry captain, said on Monday that the new timetable was dangerous.`,
			`Mr Shipping said he had written to the harbour master twice.`},
			map[string]ActorKind{"Mark Shipping": KindPerson}, nil},
		{"a minister named Steel", []string{
			`Sarah Steel said she would not stand for the party leadership in the autumn.`,
			`Steel told reporters that she wanted to spend more time in her constituency.`},
			map[string]ActorKind{"Sarah Steel": KindPerson}, nil},
		{"an unknown given name and a trade surname", []string{
			`Ngozi Steel, the club's treasurer, said the accounts had been audited twice.`,
			`Ms Steel added that she would publish them in full.`},
			map[string]ActorKind{"Ngozi Steel": KindPerson}, nil},
		{"a trade surname and his pronoun", []string{
			`Olumide Mining told the inquiry on Tuesday that he had warned the board in 2019.`,
			`The inquiry will hear from the mine's owners next week.`},
			map[string]ActorKind{"Olumide Mining": KindPerson}, nil},
	})
}

// "The company then sued…", "The firm later said…": a description with an
// adverb before its verb stands for the company named before, as one
// without does. Sentences written for the test.
func TestDescriptionBeforeAdverb(t *testing.T) {
	for _, c := range []struct{ name, text, party string }{
		{"then", `The company then sued the city council over the new fees.`, "Halvard Group"},
		{"first", `The company first sued the city council over the new fees.`, "Halvard Group"},
		{"later", `The company later sued the city council over the new fees.`, "Halvard Group"},
	} {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, `Halvard Group, the ferry operator, raised its fares by a fifth on Monday.`, c.text)
			var got [][]string
			for _, d := range an.Disputes {
				got = append(got, d.Parties)
				if slices.Contains(d.Parties, c.party) {
					return
				}
			}
			t.Errorf("no dispute with %q; disputes: %q", c.party, got)
		})
	}
}

// An online outlet cited as a source ("Nordbahn Online adds that…",
// "according to Velter Online") is no actor, as other outlets are not; an
// online business that acts stays an organisation. Sentences written for
// the test.
func TestOnlineOutletsCited(t *testing.T) {
	checkKinds(t, []kindCase{
		{"an online outlet adds", []string{
			`The rail operator Ostlink will cut its night trains to Vienna in December, the transport ministry said on Friday.`,
			`Nordbahn Online adds that the ministry had been warned about the cuts in the spring.`},
			map[string]ActorKind{"Ostlink": KindOrganization}, []string{"Nordbahn Online"}},
		{"according to an online outlet", []string{
			`The mayor of Lenz will resign at the end of the month, according to Velter Online.`,
			`Velter Online notes that the mayor had lost two votes on the budget.`},
			nil, []string{"Velter Online"}},
		// Look-alike: an online shop that acts.
		{"an online shop that acts", []string{
			`Kestrel Online said on Monday it would close its warehouse in Leeds and cut 200 jobs.`,
			`Kestrel Online reported that sales fell by a tenth in the spring.`},
			map[string]ActorKind{"Kestrel Online": KindOrganization}, nil},
	})
}
