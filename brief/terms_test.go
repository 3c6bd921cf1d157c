package brief

import "testing"

// Capitalised words that name things, page furniture or places are no
// actors; names that act, however little is known of them, are.
func TestTermsAreNotActors(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		not   []string // no actor (other than a thing) of these names
		are   []string // actors of these names (not things)
	}{
		{"model and flight numbers", []string{
			"Coralia Airways said on Monday that its Avalon A340-600 fleet would stay grounded.",
			"Flight KX402 vanished from radar an hour after take-off, and the Zephyr-9 drones found nothing.",
			"The airline said the Harrier Mk-7 jets of the navy would join the search."},
			[]string{"A340-600", "Avalon A340-600", "Flight KX402", "KX402", "Zephyr-9", "Harrier Mk-7"},
			[]string{"Coralia Airways"}},
		{"plural acronyms of exams", []string{
			"Pupils sat their GCSEs in June, and ministers said GCSE results would rise.",
			"The old CSE system was scrapped; CSEs were replaced in 1988.",
			"Education Secretary Ruth Varga said the reform had worked."},
			[]string{"GCSEs", "GCSE", "CSE", "CSEs"},
			[]string{"Ruth Varga"}},
		{"an index and a benchmark that never act", []string{
			"Pension funds lagged the Harwood 200 index last year, and traders rigged the benchmark Telibor.",
			"Telibor was later reformed. The Harwood 200 index rose again in May.",
			"Governor Ada Lind said the funds should buy bonds instead."},
			[]string{"Harwood", "Telibor"},
			[]string{"Ada Lind"}},
		{"a capital inside a compound name", []string{
			"Brightwell Bank lost $2 billion on the trades of the Nairobi Whale, a trader in its London office.",
			"The Paris Agreement sets the targets the bank now follows."},
			[]string{"Kenya", "France", "Nairobi Whale", "Paris Agreement"},
			[]string{"Brightwell Bank"}},
		{"party tags and state abbreviations", []string{
			"State Sen. Ruth Calder (R-Essex) said the budget would hurt rural towns.",
			"The hearing in Savannah, Ga., drew a crowd, and Gov. Marsh did not attend.",
			"Gov. Marsh later said the towns would get help."},
			[]string{"R-Essex", "Ga", "Gov"},
			[]string{"Ruth Calder", "Marsh"}},
		{"parts of places", []string{
			"Chile is moving two frigates south after storms in the South Atlantic.",
			"Mining in Western Australia slowed, and trawlers left the South Atlantic early."},
			[]string{"South Atlantic", "Western Australia"},
			[]string{"Chile"}},
		{"an abstract noun opening a sentence", []string{
			"Underperformance explains the council's decision to sell its shares.",
			"State Treasurer Omar Bekele blamed the managers."},
			[]string{"Underperformance"},
			[]string{"Omar Bekele"}},
		{"a plural agent noun opening a sentence", []string{
			"Analysts said the merger would close in March. Officials declined to comment.",
			"Investigators said the cause was not known, and Chief Inspector Ana Ruiz agreed."},
			[]string{"Analysts", "Officials", "Investigators"},
			[]string{"Ana Ruiz"}},
		{"an adjective that looks like a title, a foreign name ending in a country", []string{
			"The jets can carry General Purpose bombs as well as guided missiles.",
			"Exercises by the Fuerza Aérea Argentina near the coast worried fishermen, the defence ministry said."},
			[]string{"Purpose", "General Purpose", "Fuerza Aérea Argentina"},
			nil},
		{"wire credits", []string{
			"NAIROBI (Reuters) - Kenya's central bank held rates on Tuesday, Governor Ruth Wanjiru said.",
			"Inflation eased to 5 percent in May.",
			"(Reporting by Tom Ellery in Nairobi; Editing by Jane Moss)"},
			[]string{"Reuters", "Tom Ellery", "Jane Moss"},
			[]string{"Ruth Wanjiru", "Kenya"}},
		{"a closing credit line", []string{
			"MOMBASA, Kenya (AP) — Port workers ended a three-day strike on Friday, union leader Amos Kibet said.",
			"The cranes were running again by noon.",
			"AP Business Writer Lucy Ndegwa in Nairobi contributed to this report.",
			"Staff writer Omar Said contributed reporting."},
			[]string{"Lucy Ndegwa", "Omar Said"},
			[]string{"Amos Kibet"}},
		{"names that act stay actors", []string{
			"Velora said on Monday it would cut 300 jobs, and Zentrix had warned of losses.",
			"Tarvik CEO Ana Borg said the sector was under strain.",
			"The singer gave the proceeds of the tour to the NWRA."},
			nil,
			[]string{"Velora", "Zentrix", "Tarvik", "Ana Borg", "NWRA"}},
		{"acronyms of techniques, formats and machines", []string{
			"Brevik Logistics stored customer records in an SQL database, and its developers wrote the site in PHP and CSS with an IDE.",
			"At the clinic in Tarsby the PCR machine flagged the samples. The PCR promises faster results, technicians said.",
			"The firm held so-called personally identifiable information (PII) on 40,000 people, and its drivers used GIS maps."},
			[]string{"SQL", "PHP", "CSS", "IDE", "PCR", "PII", "GIS"},
			[]string{"Brevik Logistics"}},
		{"acronyms of bodies stay actors", []string{
			"KMTA officials inspected the harbour on Monday, and a spokesman for the ORLA said the ferries were safe.",
			"The Tarsby Ferry Users Association (TFUA) said fares had doubled, and the TFUA called for a review."},
			nil,
			[]string{"KMTA", "ORLA", "TFUA"}},
		{"made things named beside their noun", []string{
			"Kellan Price designed Dorm Survival, a board game about first-year life, with two friends.",
			"Players draw from a deck of Chaos Cards. Its new release, Tidewater 3.0, will ship in May, Price said.",
			"The food delivery app Coliva said on Monday it would appeal the fine."},
			[]string{"Dorm Survival", "Chaos Cards", "Tidewater"},
			[]string{"Kellan Price", "Coliva"}},
		{"a country inside a deal's name, some members of a faith", []string{
			"Critics of the Iran nuclear deal rallied in Vienna on Monday, organiser Hanna Roth said.",
			"Some radical Muslims were turned away at the gates, Roth said, and the police made no arrests."},
			[]string{"Iran", "Muslims"},
			[]string{"Hanna Roth"}},
		{"a country that acts stays an actor", []string{
			"Iran rejected the new terms on Monday, and the Iran delegation left Vienna.",
			"The US plans to send an envoy, and US officials said talks would resume."},
			nil,
			[]string{"Iran", "United States"}},
		{"a royal title opening a run, and a sports team", []string{
			"Six years ago Pope Leontius III ordered an inquiry into the order.",
			"The Portland Herons beat the Boston Harriers 24-17 on Sunday, and the Cedar Bay Otters lost again."},
			nil,
			[]string{"Pope Leontius III", "Boston Harriers", "Cedar Bay Otters"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.not {
				if a := actorNamed(an, n); a != nil && a.Kind != KindOther {
					t.Errorf("%q listed as an actor (%s, %s); actors: %q", n, a.Name, a.Kind, actorNames(an))
				}
			}
			for _, n := range c.are {
				if a := actorNamed(an, n); a == nil || a.Kind == KindOther {
					t.Errorf("%q is not an actor; actors: %q", n, actorNames(an))
				}
			}
		})
	}
}
