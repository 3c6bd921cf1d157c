package brief

import "testing"

// A description of a body used before the article names it ("the union",
// "the ministry", "the company" in the opening paragraphs) stands for the
// body named a little later when the article names exactly one body of
// that kind, and the name shows the kind: a union's name ends in "Union",
// a ministry's has "Ministry", a company's shows a business. With two such
// bodies, a body named too far on, a name that does not show the kind, or
// the party the description's own sentence names after it, the item stays
// unresolved rather than wrong. Sentences written for the test.
func TestDescriptionsBeforeTheName(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"the union, named two paragraphs on", []string{
			`Tomas Verhal has been banned for six matches after a clash in the tunnel at Harlow Park on Saturday.`,
			`The union said on Monday it would appeal against the ban by Friday.`,
			`Verhal, 27, joined Redbridge Athletic from a Dutch side last summer.`,
			`The Professional Footballers' Union (PFU) said the ban was “out of all proportion” to what happened.`},
			[]descCheck{{"commit", "appeal against the ban", "Professional Footballers' Union", []string{"Redbridge Athletic"}}}},
		{"the players' union and the club, each named later", []string{
			`Tomas Verhal has been banned for six matches after a clash in the tunnel at Harlow Park on Saturday.`,
			`The players' union says it will take his case to an independent panel. The club will fine him two weeks' wages, according to people close to the squad.`,
			`Verhal, 27, joined Redbridge Athletic from a Dutch side last summer.`,
			`The Professional Footballers' Union (PFU) said the ban was “out of all proportion” to what happened.`},
			[]descCheck{
				{"commit", "take his case to an independent panel", "Professional Footballers' Union", []string{"Redbridge Athletic"}},
				{"commit", "fine him two weeks", "Redbridge Athletic", []string{"Professional Footballers' Union"}},
			}},
		{"the nurses' union, named before", []string{
			`The Royal Nursing Union has balloted its members at three hospitals in the city.`,
			`The nurses’ union said on Tuesday it would announce strike dates by the end of the week.`},
			[]descCheck{{"commit", "announce strike dates", "Royal Nursing Union", nil}}},
		{"the ministry, named by its spokesman's body", []string{
			`The ministry has promised to publish the full study by March, officials said on Tuesday.`,
			`The delay angered farmers in the valley, who say the dam will flood their land.`,
			`A spokesman for the Ministry of Water Resources, Ahmed Sabry, said the study would answer every question.`},
			[]descCheck{{"commit", "publish the full study", "Ministry of Water Resources", nil}}},
		{"the company, named as a business", []string{
			`The company has agreed to pay £3m to settle the claims by the end of the year.`,
			`For months shoppers complained that prices on the shelves did not match those at the till.`,
			`Dorrel Foods, which runs 140 shops in the north, said the errors came from an old pricing system.`},
			[]descCheck{{"commit", "pay £3m", "Dorrel Foods", nil}}},
		{"the council, with a mayor named between", []string{
			`The council will vote on the new parking charges next month.`,
			`Mayor Lena Ostrow said she expected the charges to pass. “Nobody likes paying to park,” she said.`,
			`Greyford Borough Council has run a deficit for three years.`},
			[]descCheck{{"commit", "vote on the new parking charges", "Greyford Borough Council", []string{"Lena Ostrow"}}}},
		// Two bodies of that kind: the description may be either.
		{"two unions named later: unresolved", []string{
			`The union said on Monday it would call a strike by the end of the month.`,
			`The Rail Workers' Union and the Signallers' Union both represent staff at the depot.`},
			[]descCheck{{"commit", "call a strike", "", []string{"Rail Workers' Union", "Signallers' Union"}}}},
		{"the dockers' union, with two unions named later: unresolved", []string{
			`The dockers' union said on Monday it would call a strike by the end of the month.`,
			`The Port Workers' Union and the Crane Operators' Union both represent staff at the terminal.`},
			[]descCheck{{"commit", "call a strike", "", []string{"Port Workers' Union", "Crane Operators' Union"}}}},
		{"two ministries: unresolved", []string{
			`The ministry has promised to publish the report by June.`,
			`The Ministry of Finance and the Ministry of Health have argued over the cost for a year.`},
			[]descCheck{{"commit", "publish the report", "", []string{"Ministry of Finance", "Ministry of Health"}}}},
		// The lead describes who the body of the article names.
		{"the union in the lead, named six paragraphs on", []string{
			`The union said on Monday it would appeal against the ban by Friday.`,
			`Verhal, 27, joined the club from a Dutch side last summer.`,
			`He scored nine goals in his first season.`,
			`His contract runs until 2029.`,
			`He was sent off twice last season.`,
			`The club has not commented.`,
			`The Professional Footballers' Union (PFU) said the ban was “out of all proportion” to what happened.`},
			[]descCheck{{"commit", "appeal against the ban", "Professional Footballers' Union", nil}}},
		// Past the lead, named too far on: another body the article has not
		// yet told of.
		{"the union past the lead, named six paragraphs on: unresolved", []string{
			`Tomas Verhal has been banned for six matches after a clash in the tunnel on Saturday.`,
			`He denies throwing the first punch.`,
			`The referee's report has not been published.`,
			`The union said on Monday it would appeal against the ban by Friday.`,
			`Verhal, 27, joined the club from a Dutch side last summer.`,
			`He scored nine goals in his first season.`,
			`His contract runs until 2029.`,
			`He was sent off twice last season.`,
			`The club has not commented.`,
			`The Professional Footballers' Union (PFU) said the ban was “out of all proportion” to what happened.`},
			[]descCheck{{"commit", "appeal against the ban", "", []string{"Professional Footballers' Union"}}}},
		// A name that does not show a business is not "the company".
		{"the company, with no business shown: unresolved", []string{
			`The company has agreed to pay £3m to settle the claims by the end of the year.`,
			`For months shoppers complained that prices on the shelves did not match those at the till.`,
			`Verrow said the errors came from an old pricing system.`},
			[]descCheck{{"commit", "pay £3m", "", []string{"Verrow"}}}},
		// The party the description's sentence names after it is another.
		{"the company that sues is not the one it sues", []string{
			`The company will sue Orvik Systems over the sensor design, its lawyers said.`},
			[]descCheck{{"commit", "sue Orvik Systems", "", []string{"Orvik Systems"}}}},
	})
}

// "The club" stands for a sports club the article names by a club word
// ("Millbrook United", "Fernley Athletic", "FC Norden"): the one named
// last before it, or, when the article names only one club, the one named
// a little later. It is not a body whose name shows no club, nor the club
// its own sentence names after it or sets against another ("the game
// against Carrow Wanderers"), and "the club captain" is a person, not the
// club. Sentences written for the test.
func TestClubDescriptions(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"the club, after the club's name", []string{
			`Millbrook United striker Joel Aranda has been fined two weeks' wages after a row with a coach at the training ground.`,
			`The club said on Monday that it would appeal against the ban by Friday. “We will not comment further on the incident,” the club said.`},
			[]descCheck{
				{"commit", "appeal against the ban", "Millbrook United", nil},
				{"quote", "not comment further", "Millbrook United", nil},
			}},
		{"the club, before the only club is named", []string{
			`A teenage winger has been banned for six matches after a clash in the tunnel on Saturday.`,
			`The club said on Monday that it would appeal against the ban by Friday.`,
			`Kelbridge Athletic signed the winger from a Dutch side last summer.`},
			[]descCheck{{"commit", "appeal against the ban", "Kelbridge Athletic", nil}}},
		{"the club, not the council named last", []string{
			`Harlow Town Council has refused to renew the lease on the clubhouse.`,
			`The club said on Monday that it would appeal against the decision by Friday.`},
			[]descCheck{{"commit", "appeal against the decision", "", []string{"Harlow Town Council"}}}},
		{"two clubs named later: unresolved", []string{
			`The club said on Monday that it would appeal against the ban by Friday.`,
			`Kelbridge Athletic beat Dunmore Rovers 2-1 in the game on Saturday.`},
			[]descCheck{{"commit", "appeal against the ban", "", []string{"Kelbridge Athletic", "Dunmore Rovers"}}}},
		{"the club, not the side named after against", []string{
			`Dunmore Rovers manager Piet Lindqvist has dropped his goalkeeper after a row at training.`,
			`Lindqvist says the keeper will miss Sunday's game against Carrow Wanderers and that the club will fine him a week's wages.`},
			[]descCheck{{"commit", "fine him a week's wages", "Dunmore Rovers", []string{"Carrow Wanderers"}}}},
		{"the club captain is not the club", []string{
			`Millbrook United lost 3-0 at home on Saturday.`,
			`“We let the fans down and we know it,” the club captain said after the game.`},
			[]descCheck{{"quote", "let the fans down", "", []string{"Millbrook United"}}}},
	})
}

// "The two leaders", "both men", "the two sides" only count who the story
// names elsewhere: no dispute prints them as a party. Sentences written
// for the test.
func TestCountedSidesAreNoParty(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"the two leaders", []string{
			`President Amara Dube of Zenland met Prime Minister Jonas Vell of Ostria in Geneva on Tuesday.`,
			`The two leaders accused the Rivland Foreign Ministry of blocking the talks.`},
			[]descCheck{{"dispute", "blocking the talks", "Rivland Foreign Ministry", []string{"two leaders", "The two leaders"}}}},
	})
}

// A title used before the article names its holder ("the minister said…
// Energy Minister Ruth Abara") stands for the one person of that title the
// article names later; with two of that title, or a relation of the title
// ("the minister's husband"), it stays unresolved. Sentences written for
// the test.
func TestTitlesBeforeTheName(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		{"the minister, named in the next paragraph", []string{
			`“We will not leave the north in the dark,” the minister told a conference in Tarn on Monday.`,
			`Energy Minister Ruth Abara has promised a new national grid by 2030.`},
			[]descCheck{{"quote", "leave the north in the dark", "Ruth Abara", nil}}},
		{"two ministers named later: unresolved", []string{
			`“We will not leave the north in the dark,” the minister told a conference in Tarn on Monday.`,
			`Energy Minister Ruth Abara and Finance Minister Olek Varro have argued over the cost of a new grid.`},
			[]descCheck{{"quote", "leave the north in the dark", "", []string{"Ruth Abara", "Olek Varro"}}}},
		{"the president is not a union's president named later", []string{
			`The president signed the water bill into law on Friday, the palace said. He said new dams would be built by 2030.`,
			`Anna Lee, president of the Farmers' Union, said the law came too late for this year's harvest.`},
			[]descCheck{{"commit", "signed the water bill", "", []string{"Anna Lee"}}}},
		{"the minister's husband is not the minister", []string{
			`“We never wanted the farm sold,” the minister's husband told reporters on Monday.`,
			`Energy Minister Ruth Abara has not commented on the sale.`},
			[]descCheck{{"quote", "never wanted the farm sold", "", []string{"Ruth Abara"}}}},
	})
}
