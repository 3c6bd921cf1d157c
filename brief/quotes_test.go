package brief

import (
	"strings"
	"testing"
)

// analyzeText analyses one article made from paragraphs written for the test.
func analyzeText(t *testing.T, paras ...string) *Analysis {
	t.Helper()
	return Analyze(NewArticle("Test", Normalize(strings.Join(paras, "\n\n"))))
}

// findQuote returns the quote whose text contains words, or fails.
func findQuote(t *testing.T, an *Analysis, words string) Quote {
	t.Helper()
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, words) {
			return q
		}
	}
	var got []string
	for _, q := range an.Quotes {
		got = append(got, q.Speaker+": "+q.Text)
	}
	t.Fatalf("no quote with %q; quotes: %q", words, got)
	return Quote{}
}

func TestQuoteMarks(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		quote string // words that must be found in one quote
	}{
		{"curly double", `Ms Rivera said: “We will not sign this agreement under pressure.”`, "We will not sign this agreement"},
		{"straight double", `"The board has lost our trust completely," said Ms Rivera.`, "The board has lost our trust"},
		{"curly single", `Ms Rivera said: ‘The talks have collapsed for good this time.’`, "The talks have collapsed"},
		{"straight single", `Ms Rivera said: 'The talks have collapsed for good this time.'`, "The talks have collapsed"},
		{"guillemets", `Ms Rivera a déclaré : « Nous ne signerons pas cet accord aujourd'hui. »`, "Nous ne signerons pas"},
		{"low-high German", `Frau Rivera sagte: „Wir werden das Abkommen nicht unterschreiben.“`, "Wir werden das Abkommen"},
		{"curly open, straight close", `She said the ministers would “reach a fair settlement on fishing rights by Friday".`, "reach a fair settlement"},
		{"apostrophes inside", `“We don't think Britain's offer is serious, and it isn't enough,” said Ms Rivera.`, "We don't think Britain's offer is serious"},
		{"nested single inside double", `“They called it a ‘final offer’ but nobody believed them,” said Ms Rivera.`, "They called it a ‘final offer’ but nobody"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, "Maria Rivera, the union leader, spoke after the vote.", c.text)
			findQuote(t, an, c.quote)
		})
	}
}

func TestQuoteApostrophesAreNotQuotes(t *testing.T) {
	an := analyzeText(t,
		"The '90s were kind to the port's owners, and the workers' pensions grew.",
		"Rock 'n' roll fans didn't mind the O'Brien family's plans for the dock.")
	if len(an.Quotes) != 0 {
		t.Errorf("apostrophes read as quotes: %+v", an.Quotes)
	}
}

func TestScareQuotesAndTitlesAreNotQuotes(t *testing.T) {
	an := analyzeText(t,
		`The minister called the plan “reckless” and the rival proposal a “fantasy”.`,
		`Ms Rivera, who wrote “The Long Road Home”, said the union would strike.`)
	for _, q := range an.Quotes {
		t.Errorf("scare quote or title listed as a quote: %q", q.Text)
	}
}

func TestSplitQuoteIsOneUtterance(t *testing.T) {
	an := analyzeText(t,
		"Prime Minister Helen Carter met union leaders on Monday.",
		`“We are not going to walk away from these workers,” Ms Carter said. “The government will stand by its promise.”`)
	q := findQuote(t, an, "We are not going to walk away")
	if !strings.Contains(q.Text, "The government will stand by its promise") {
		t.Errorf("split quote not joined: %q", q.Text)
	}
	if q.Speaker != "Helen Carter" {
		t.Errorf("speaker = %q, want Helen Carter", q.Speaker)
	}
}

func TestSplitQuoteWithLongApposition(t *testing.T) {
	an := analyzeText(t,
		"Historian Osman Keller has written about the port for decades.",
		`“The docks were the heart of this city,” said Mr. Keller, a professor of economic history at the University of Harwick. “Nobody here has forgotten that.”`)
	q := findQuote(t, an, "The docks were the heart")
	if !strings.Contains(q.Text, "Nobody here has forgotten that") || q.Speaker != "Osman Keller" {
		t.Errorf("got %q by %q, want both parts by Osman Keller", q.Text, q.Speaker)
	}
	// A frame that says more than who spoke separates two utterances.
	an = analyzeText(t,
		"Historian Osman Keller has written about the port for decades.",
		`“The docks were the heart of this city,” said Mr. Keller, adding that the council had ignored the workers for years. “Nobody here has forgotten that.”`)
	if q := findQuote(t, an, "The docks were the heart"); strings.Contains(q.Text, "Nobody here") {
		t.Errorf("quotes across a long frame joined: %q", q.Text)
	}
}

func TestMultiParagraphQuote(t *testing.T) {
	an := analyzeText(t,
		"Defence Secretary Tom Ashby set out the plan to reporters in Leeds.",
		`“The first phase begins in spring and covers the northern bases,” Mr Ashby said.`,
		`“The second phase, which is more expensive, will follow once the budget is agreed.`,
		`“Nobody should expect this to be quick or painless for the services.”`)
	for _, words := range []string{"The second phase, which is more expensive", "Nobody should expect this to be quick"} {
		if q := findQuote(t, an, words); q.Speaker != "Tom Ashby" {
			t.Errorf("%q: speaker = %q, want Tom Ashby", words, q.Speaker)
		}
	}
}

func TestAttribution(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		quote   string
		speaker string
	}{
		{"X said after", []string{
			"Chancellor Rachel Dunmore and Governor Paul Ekwueme met in Frankfurt.",
			`“Interest rates will stay where they are for now,” Mr Ekwueme said on Tuesday.`},
			"Interest rates will stay", "Paul Ekwueme"},
		{"said X inversion", []string{
			"Chancellor Rachel Dunmore and Governor Paul Ekwueme met in Frankfurt.",
			`“Inflation is falling faster than we expected,” said Ms Dunmore.`},
			"Inflation is falling faster", "Rachel Dunmore"},
		{"pronoun he", []string{
			"Mayor Sadia Brook and Senator James Holloway toured the flooded streets.",
			"Mr Holloway promised federal money for the repairs.",
			`“These families have waited long enough for help,” he said.`},
			"These families have waited", "James Holloway"},
		{"pronoun she skips the man", []string{
			"Senator James Holloway and Mayor Sadia Brook toured the flooded streets.",
			"Ms Brook thanked the volunteers.",
			`“We owe this town a proper flood wall,” she said.`},
			"We owe this town", "Sadia Brook"},
		{"according to", []string{
			"The report was published by the Harbour Trust.",
			`The port is “running out of space for new cargo ships”, according to Captain Lena Moritz.`},
			"running out of space for new cargo ships", "Lena Moritz"},
		{"told", []string{
			`“The ceasefire is holding in the south,” General Omar Haddad told Reuters.`},
			"The ceasefire is holding", "Omar Haddad"},
		{"said colon before", []string{
			"Finance Minister Anna Kowalczyk spoke in Warsaw.",
			`Ms Kowalczyk said: “The budget gap is smaller than last year.”`},
			"The budget gap is smaller", "Anna Kowalczyk"},
		{"apposition", []string{
			`“Our members will vote next week,” Grace Obi, the nurses' union leader, said.`},
			"Our members will vote", "Grace Obi"},
		{"speech verb beyond said", []string{
			"Energy Secretary Mark Delaney visited the plant.",
			`“This plant will not close while I am in office,” Mr Delaney insisted.`},
			"This plant will not close", "Mark Delaney"},
		{"quote-only paragraph continues the speaker", []string{
			"Trade Minister Yuki Tanaka addressed the chamber of commerce.",
			`“Exports rose for the third month in a row,” Ms Tanaka said.`,
			`“The car industry led the way, and farm goods were not far behind.”`},
			"The car industry led the way", "Yuki Tanaka"},
		{"unnamed source kept as description", []string{
			"The talks in Geneva ended without a deal.",
			`“Both sides are further apart than they were a month ago,” a senior European diplomat said.`},
			"Both sides are further apart", "senior European diplomat"},
		{"trailing dash", []string{
			"The opposition attacked the budget on Wednesday.",
			`“This budget breaks every promise made to working families.” — Harriet Soames`},
			"This budget breaks every promise", "Harriet Soames"},
		{"speaker named in the sentence before", []string{
			"Coach Daniel Reyes faced reporters after the defeat. He was blunt.",
			`“We were second best in every part of the pitch.”`},
			"We were second best", "Daniel Reyes"},
		{"called it, with where the speaker is from", []string{
			`Back in 2019, Senator Ruth Calloway of Ohio called the housing shortage “a slow emergency nobody wants to own.”`},
			"a slow emergency nobody wants to own", "Ruth Calloway"},
		{"second partial quote after a scare quote", []string{
			`Speaking on local radio, Mr. Okoro called the delay "shameful" and said the bridge was still shut "despite a decade of pledges from the ministry".`},
			"despite a decade of pledges", "Okoro"},
		{"inversion with an abbreviated title", []string{
			"Economist Laura Pineda studies public debt.",
			`“The bill will come due sooner than anyone thinks,” said Ms. Pineda, an economist at the Halvorsen Institute.`},
			"The bill will come due", "Laura Pineda"},
		{"inversion with an initial", []string{
			`“Repairs always lose out to shiny new projects,” said J. Harriet Lomax, an adviser to the Coastal Towns Network in Bristol.`},
			"Repairs always lose out", "Harriet Lomax"},
		{"frame as a sentence of its own", []string{
			"Analyst Priya Raman follows the grocery trade.",
			"“Will they keep cutting prices once the rivals have gone?”\nRaman said."},
			"Will they keep cutting prices", "Priya Raman"},
		{"quote-only paragraph after a caption", []string{
			"Marit Solberg has farmed the edge of the fjord since 1990.",
			`“The snow melts a month earlier now,” says Marit.`,
			"The farmhouse under the first snow of October",
			`“We will not leave this valley. Our grandparents stayed through worse winters.”`},
			"We will not leave this valley", "Marit Solberg"},
		{"quote-only paragraph after a paragraph about one person", []string{
			"Inspector Nadia Corbett has led the flood inquiry since March.",
			"Residents met the council on Tuesday to ask for answers.",
			"Corbett takes the failures at the pumping station to heart.",
			`“My mother still lives on this street. I know every family here.”`},
			"My mother still lives on this street", "Nadia Corbett"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			q := findQuote(t, an, c.quote)
			if !strings.EqualFold(q.Speaker, c.speaker) {
				t.Errorf("speaker = %q, want %q", q.Speaker, c.speaker)
			}
			if c := q.Cite(); c.Source != "S1" || an.Articles[0].SentenceText(c.Sentence) == "" {
				t.Errorf("bad cite %+v", c)
			}
		})
	}
}
