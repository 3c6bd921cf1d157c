package brief

import (
	"strings"
	"testing"
)

// descCheck is what one item credited through a description must print:
// the quote, commitment or dispute whose text holds words is credited to
// is (when set), and never to any of not.
type descCheck struct {
	item  string // "quote", "commit" or "dispute"
	words string
	is    string
	not   []string
}

// creditedTo returns who the item of check c is credited to (a dispute's
// parties), and whether the item was found.
func creditedTo(an *Analysis, c descCheck) ([]string, bool) {
	switch c.item {
	case "quote":
		for _, q := range an.Quotes {
			if strings.Contains(q.Text, c.words) {
				return []string{q.Speaker}, true
			}
		}
	case "commit":
		for _, cm := range an.Commitments {
			if strings.Contains(cm.Text, c.words) {
				return []string{cm.Actor}, true
			}
		}
	case "dispute":
		for _, d := range an.Disputes {
			if strings.Contains(d.Text, c.words) {
				return d.Parties, true
			}
		}
	}
	return nil, false
}

// A description ("the company", "the ministry", "the regulator") stands
// for an actor of its own sort named before: a business for the business
// heads, a public body for the heads of public bodies, and never the
// party the same sentence sets it against. When none fits it stays
// unresolved rather than wrong. Sentences written for the test.
func TestDescriptionsResolveToTheirSort(t *testing.T) {
	checkDescCases(t, []struct {
		name   string
		paras  []string
		checks []descCheck
	}{
		// A business head is not the public body named last.
		{"the company is not the registry it wrote to", []string{
			`Lumen Labs asked the Patent Registry on Monday to cancel a trademark held by Orvik Systems. The company sued Orvik Systems in a federal court, saying its rival had copied a sensor design.`,
			`“We spent eight years on this sensor and we mean to defend it,” the company said in a statement.`},
			[]descCheck{
				{"quote", "spent eight years on this sensor", "Lumen Labs", []string{"Orvik Systems", "Patent Registry"}},
				{"dispute", "company sued Orvik", "Lumen Labs", []string{"company"}},
			}},
		{"the company is not the bureau that fined it", []string{
			`Brisco Freight Ltd said on Tuesday that it had been fined by the Transport Licensing Bureau for overloading lorries.`,
			`“We will pay the fine, but we will fight the finding in court,” the company said.`},
			[]descCheck{{"quote", "We will pay the fine", "Brisco Freight Ltd", []string{"Transport Licensing Bureau"}}}},
		{"the firm is not a body known by its acronym", []string{
			`Ferrant Pharmaceuticals has written to the Medicines Safety Authority (MSA) about its stalled trial.`,
			`The MSA paused the study in May after two patients fell ill. The firm said it would resume testing by October.`},
			[]descCheck{{"commit", "resume testing by October", "Ferrant Pharmaceuticals", []string{"MSA", "Medicines Safety Authority"}}}},
		{"the company is not the union named last", []string{
			`Dalmore Logistics cut the night shift at its Kessel yard, angering the Dockers' Union.`,
			`The company said it would rehire forty welders by the end of the year.`},
			[]descCheck{{"commit", "rehire forty welders", "Dalmore Logistics", []string{"Dockers' Union"}}}},
		// A ministry, agency or regulator is a public body.
		{"the ministry is not the WHO", []string{
			`The Health Ministry of Taravia said on Tuesday that vaccine stocks had run low.`,
			`The World Health Organization sent a team to the capital. The ministry said it would buy two million doses by June.`,
			`“We have enough for the first wave only,” the ministry said.`},
			[]descCheck{
				{"commit", "buy two million doses", "Health Ministry of Taravia", []string{"World Health Organization"}},
				{"quote", "enough for the first wave", "Health Ministry of Taravia", []string{"World Health Organization"}},
			}},
		{"the ministry is not the union named last", []string{
			`Farm leaders met officials of the Agriculture Ministry in Brenholt on Monday. The National Farmers Union rejected the subsidy plan.`,
			`The ministry said it would publish a revised plan next week.`},
			[]descCheck{{"commit", "publish a revised plan", "Agriculture Ministry", []string{"National Farmers Union"}}}},
		{"no ministry named: unresolved", []string{
			`The National Farmers Union said on Monday that its members would strike over the subsidy cuts.`,
			`“We have heard these threats before,” the ministry said.`},
			[]descCheck{{"quote", "heard these threats before", "", []string{"National Farmers Union"}}}},
		{"the agency is not the contractor", []string{
			`The European Space Agency postponed the launch of its weather satellite. Orbital Dynamics Corp, which built the craft, blamed a faulty valve.`,
			`The agency said it would set a new launch date in the spring.`},
			[]descCheck{{"commit", "set a new launch date", "European Space Agency", []string{"Orbital Dynamics Corp"}}}},
		{"the regulator is not the insurer it fined", []string{
			`The Financial Conduct Authority fined Kelby Insurance three million pounds on Wednesday for mis-selling policies.`,
			`“Customers were sold cover they could never claim on,” the regulator said.`},
			[]descCheck{{"quote", "sold cover they could never claim", "Financial Conduct Authority", []string{"Kelby Insurance"}}}},
		// Not the party it is set against in its own sentence.
		{"the company is not the rival it sues", []string{
			`Pellworth Media bought a minority stake in Ashgrove Studios last year.`,
			`The company sued Ashgrove Studios on Thursday, accusing its managers of hiding debts.`},
			[]descCheck{{"dispute", "sued Ashgrove Studios", "Pellworth Media", []string{"company"}}}},
		{"the company is not the rival it named last", []string{
			`Tarrow Foods Ltd sued Bellmont Dairy Ltd on Monday over a supply contract worth four million pounds.`,
			`“Our farmers were left with milk they could not sell,” the company said.`},
			[]descCheck{{"quote", "left with milk they could not sell", "Tarrow Foods Ltd", []string{"Bellmont Dairy Ltd"}}}},
		{"a name that qualifies another is not what the sentence is about", []string{
			`Harrow Air supplier Kestrel Engines Ltd, meanwhile, has halted deliveries since a fire at its plant in August.`,
			`The company hopes to resume deliveries in March.`},
			[]descCheck{{"commit", "resume deliveries in March", "", []string{"Harrow Air"}}}},
		// Look-alikes that must still resolve.
		{"the company, then its name in another clause", []string{
			`Brannock Systems reported a loss of forty million dollars on Tuesday.`,
			`“We will not sell the radar business,” the company said, as Brannock Systems shares fell four percent.`},
			[]descCheck{{"quote", "We will not sell the radar business", "Brannock Systems", nil}}},
		{"the company set off by its name", []string{
			`Regulators in Valdora opened an inquiry into the sale of the port.`,
			`“We have nothing to hide,” said the buyer, Ostrand Holdings, in a statement on Friday.`,
			`The company, Ostrand Holdings, said it would publish the contract by the end of the month.`},
			[]descCheck{{"commit", "publish the contract", "Ostrand Holdings", nil}}},
		{"the carmaker's company", []string{
			`Corvane Motors said on Monday that its sales had fallen by a tenth in March.`,
			`“These are hard choices for a proud firm,” the company said.`},
			[]descCheck{{"quote", "hard choices for a proud firm", "Corvane Motors", nil}}},
		{"the ministry of its name", []string{
			`The Health Ministry reported forty new cases of measles in the north on Friday.`,
			`“Parents should check their children's records,” the ministry said.`},
			[]descCheck{{"quote", "Parents should check", "Health Ministry", nil}}},
		{"the court of its name", []string{
			`The Supreme Court heard the appeal of the Pellan Party against the ban on Monday.`,
			`“The ban serves a legitimate aim,” the court said in its ruling.`},
			[]descCheck{{"quote", "The ban serves a legitimate aim", "Supreme Court", []string{"Pellan Party"}}}},
		{"the department of", []string{
			`The Department of Fisheries closed the bay to trawlers after a spill, and Norrland Seafoods protested.`,
			`“The bay will stay closed until the water is clean,” the department said.`},
			[]descCheck{{"quote", "The bay will stay closed", "Department of Fisheries", []string{"Norrland Seafoods"}}}},
		{"the airline", []string{
			`Vestra Airlines cancelled forty flights on Sunday as a storm hit the coast.`,
			`“Safety comes before the timetable,” the airline said.`},
			[]descCheck{{"quote", "Safety comes before the timetable", "Vestra Airlines", nil}}},
	})
}
