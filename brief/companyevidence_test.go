package brief

import "testing"

// A company named like a person, with no trade word ("Marlow Ashby",
// "Hale Fenwick"), is an organisation when the article treats it as one:
// shares are traded in it, it has shareholders, a board or a chief
// executive, a legal form, or it speaks of itself as "it" and "its". A
// name the article also treats as a person's — a he or she after it, a
// title, a role — stays a person, and so does one whose "chief of staff"
// or "spokesman" is meant. Sentences written for the test.
func TestCompanyEvidenceMakesAnOrganisation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"shares in it fell", []string{
			`Marlow Ashby said on Tuesday that 400 jobs would go at the Derby plant.`,
			`Shares in Marlow Ashby fell 6% after the announcement.`},
			map[string]ActorKind{"Marlow Ashby": KindOrganization}, nil},
		{"its shares and its board", []string{
			`Hale Fenwick's shares have lost a third of their value since March.`,
			`Hale Fenwick's board met on Friday to discuss the offer from a rival.`},
			map[string]ActorKind{"Hale Fenwick": KindOrganization}, nil},
		{"its shareholders", []string{
			`Cooper Wren's shareholders rejected the pay deal at a stormy meeting in Leeds.`,
			`Cooper Wren will put a new plan to the vote in June.`},
			map[string]ActorKind{"Cooper Wren": KindOrganization}, nil},
		{"its chief executive", []string{
			`Dunley Parrish's chief executive, Maria Okafor, said the results were disappointing.`,
			`Dunley Parrish cut its forecast for the year.`},
			map[string]ActorKind{"Dunley Parrish": KindOrganization, "Maria Okafor": KindPerson}, nil},
		{"a legal form written later", []string{
			`Tarrant Bealey said it would close two depots in the north.`,
			`Tarrant Bealey plc has closed six depots since 2021.`},
			map[string]ActorKind{"Tarrant Bealey": KindOrganization}, nil},
		{"its own words twice", []string{
			`Quarles Denby said it would sell its pumps division by the end of the year.`,
			`Quarles Denby said its debts had doubled since the takeover.`},
			map[string]ActorKind{"Quarles Denby": KindOrganization}, nil},
		{"its shares as a modifier", []string{
			`Marlow Ashby shares fell 4% in early trading in London.`,
			`Marlow Ashby said it expected sales to recover by the autumn.`},
			map[string]ActorKind{"Marlow Ashby": KindOrganization}, nil},
		{"a given name, and shares in it", []string{
			`Shares in Laura Ashby fell 12% after the fashion chain warned on profits.`,
			`Laura Ashby's board said it would close forty shops by March.`},
			map[string]ActorKind{"Laura Ashby": KindOrganization}, nil},
		// The other direction: people.
		{"a given name that says it would, twice", []string{
			`Laura Tamsett said it would take months to clear the river.`,
			`Laura Tamsett said its banks had burst in three places.`},
			map[string]ActorKind{"Laura Tamsett": KindPerson}, nil},
		{"a person with a spokesman", []string{
			`Tessa Varga said she would appeal against the ruling.`,
			`Varga's spokesman said the judge had ignored the evidence.`},
			map[string]ActorKind{"Tessa Varga": KindPerson}, nil},
		{"a person with a chief of staff", []string{
			`Hollis Dray said he would stand down as mayor in May.`,
			`Hollis Dray's chief of staff resigned on Monday.`},
			map[string]ActorKind{"Hollis Dray": KindPerson}, nil},
		{"a chief of staff, no pronoun", []string{
			`Hollis Dray's chief of staff resigned on Monday after a row over the budget.`,
			`Hollis Dray has led the city council since 2019.`},
			map[string]ActorKind{"Hollis Dray": KindPerson}, nil},
		{"a lawyer, no pronoun", []string{
			`Tamsin Rourke's lawyer told the court that the contract had been forged.`},
			map[string]ActorKind{"Tamsin Rourke": KindPerson}, nil},
		{"a person who holds shares", []string{
			`Corbin Lisle sold shares in the bank last year, his lawyer said.`,
			`Corbin Lisle's shares in the bank were worth $4 million.`},
			map[string]ActorKind{"Corbin Lisle": KindPerson}, nil},
		{"a person who says it would", []string{
			`Osric Pell said it would take years to rebuild the bridge.`,
			`Osric Pell said he had asked the government for money.`},
			map[string]ActorKind{"Osric Pell": KindPerson}, nil},
		{"a person with a title on the board", []string{
			`Mr Fenlow joined the board of Tarrant Bealey in 2019.`,
			`Shares in Tarrant Bealey rose after Arlo Fenlow bought more of them.`},
			map[string]ActorKind{"Arlo Fenlow": KindPerson, "Tarrant Bealey": KindOrganization}, nil},
	})
}

// Once such a name is an organisation, "the company" and "the group" can
// stand for it. Sentences written for the test.
func TestCompanyEvidenceLetsDescriptionsReachIt(t *testing.T) {
	for _, c := range []struct {
		name  string
		paras []string
		check descCheck
	}{
		{"the group after shares in it", []string{
			`Shares in Marlow Ashby fell 6% on Tuesday after it lost a defence contract.`,
			`The group said it would cut 400 jobs at its plant in Derby.`},
			descCheck{item: "commit", words: "cut 400 jobs", is: "Marlow Ashby"}},
		{"the company after its board", []string{
			`Hale Fenwick's board rejected the offer from Dorran Capital on Monday.`,
			`The company said it would return cash to its shareholders instead.`},
			descCheck{item: "commit", words: "return cash", is: "Hale Fenwick"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCredits(t, analyzeText(t, c.paras...), []descCheck{c.check})
		})
	}
}
