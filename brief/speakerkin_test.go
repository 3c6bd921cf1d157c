package brief

import (
	"slices"
	"strings"
	"testing"
)

// "He says" right after a sentence whose subject is a new person of the
// pronoun's sex ("His son Tom joined him last spring.", "Ellery's grandson
// Leo, 19, works the till.") is that person, not the person the article is
// about: a name's possessive ("Ellery's") is part of the subject, not the
// subject, and neither is the subject of a clause that opens the sentence
// ("When Ellery fell ill, his son Tom took over"). A sentence that names
// the speaker keeps him, and a thing or a group as the subject before
// leaves the usual rule. Sentences written for the test.
func TestPronounSpeakerNewSubject(t *testing.T) {
	baker := []string{
		`Mark Ellery, 58, has run the bakery on Quay Street for thirty years. He gets up at four every morning and still shapes every loaf by hand.`,
		`“We sell out by ten on a Saturday,” he says.`,
	}
	farmer := []string{
		`Rosa Varga, 61, has run the dairy farm above the village since 1990. She still milks the herd by hand.`,
		`“The cows know my voice,” Varga said.`,
	}
	with := func(base []string, extra ...string) []string { return append(append([]string(nil), base...), extra...) }
	checkSpeakers(t, []speakerCase{
		{"his son, the same paragraph", with(baker,
			`His son Tom joined him last spring. “I grew up in the flour,” he says.`),
			"grew up in the flour", "Tom"},
		{"his son, a paragraph of its own", with(baker,
			`His son Tom joined him last spring.`,
			`“I grew up in the flour,” he says.`),
			"grew up in the flour", "Tom"},
		{"the surname's grandson", with(baker,
			`Ellery's grandson Leo, 19, works the till on Saturdays. “I grew up in the flour,” he says.`),
			"grew up in the flour", "Leo"},
		{"the surname's son, with commas", with(baker,
			`Ellery's son, Tom, left a job in Leeds to come home. “I grew up in the flour,” he says.`),
			"grew up in the flour", "Tom"},
		{"the full name's apprentice", with(baker,
			`Mark Ellery's apprentice Sam Okoye started in January.`,
			`“I had never seen an oven that old,” he said.`),
			"oven that old", "Sam Okoye"},
		{"her daughter", with(farmer,
			`Her daughter, Ana, came home from Budapest in May. “I missed the quiet more than anything,” she said.`),
			"missed the quiet", "Ana"},
		{"the surname's daughter", with(farmer,
			`Varga's daughter Ana Kis, a vet, came home from Budapest in May.`,
			`“I missed the quiet more than anything,” she said.`),
			"missed the quiet", "Ana Kis"},
		{"the surname's daughter, she said first", with(farmer,
			`Varga's daughter Ana came home from Budapest in May. She said: “I missed the quiet more than anything.”`),
			"missed the quiet", "Ana"},
		{"a clause about the father opens the sentence", with(baker,
			`When Ellery fell ill in 2022, his son Tom took over the ovens. “I grew up in the flour,” he says.`),
			"grew up in the flour", "Tom"},
		{"a clause about the father, then a paragraph", with(baker,
			`Since Ellery cut his hours, his son Tom has done the deliveries.`,
			`“I grew up in the flour,” he says.`),
			"grew up in the flour", "Tom"},
		{"while the father sleeps", with(baker,
			`While Ellery sleeps, his nephew Dan Moss runs the night shift. “I have never once burnt a batch,” he says.`),
			"never once burnt a batch", "Dan Moss"},
		{"although the mother wanted", with(farmer,
			`Although Varga wanted her to study law, her niece Lili Farkas came home to farm. “I missed the quiet more than anything,” she said.`),
			"missed the quiet", "Lili Farkas"},
		// The one the sentence names, or the usual rule.
		{"a clause about the son opens the sentence", with(baker,
			`When Tom joined in 2022, Ellery bought a second oven. “It was the best money I ever spent,” he says.`),
			"best money I ever spent", "Mark Ellery"},
		{"the surname's son, the surname speaks", with(baker,
			`Ellery's son Tom was there on Saturday. “It's our busiest week,” Ellery said.`),
			"busiest week", "Mark Ellery"},
		{"the son as the object", with(baker,
			`He trained his son Tom last spring. “It took him a month to learn the ovens,” he says.`),
			"learn the ovens", "Mark Ellery"},
		{"a group as the subject", with(baker,
			`The town council raised the rent again in May. “It's our busiest week and still we lose money,” he said.`),
			"still we lose money", "Mark Ellery"},
		{"a thing as the subject", with(baker,
			`Ellery's oven was built in 1952. “It has never once let me down,” he said.`),
			"never once let me down", "Mark Ellery"},
		{"a woman as the subject, then he", with(baker,
			`Ellery's wife, Jan, does the books. “It's our busiest week and still we lose money,” he said.`),
			"still we lose money", "Mark Ellery"},
		{"the surname's customers", with(baker,
			`Ellery's customers queue from seven. “Some of them have come here for forty years,” he said.`),
			"forty years", "Mark Ellery"},
	})
}

// A body or country named right before a person's title ("ASEAN
// Secretary-General Dr Lim", "Norlake chief executive Ruth Amis")
// qualifies the person: the person is the sentence's subject, and "he
// said" after it is that person, not the man the sentence before was
// about. Sentences written for the test.
func TestPronounSpeakerTitledSubject(t *testing.T) {
	before := []string{
		`Ministers from ten countries met in Hanoi on Friday.`,
		`Norway's foreign minister, Erik Dalby, said Oslo would finish a new power line by 2027.`,
	}
	with := func(extra ...string) []string { return append(append([]string(nil), before...), extra...) }
	checkSpeakers(t, []speakerCase{
		{"a bloc's secretary-general", with(
			`ASEAN Secretary-General Dr Lim Hock Seng said the deal showed that the bloc could still deliver. “The smoke next August will be the real test,” he said.`),
			"real test", "Lim Hock Seng"},
		{"a company's chief executive", with(
			`Norlake chief executive Paul Amis said the firm would bid for the line. “We have built three of these already,” he said.`),
			"built three of these", "Paul Amis"},
		{"a country's president, a paragraph of its own", with(
			`Finnish President Aaro Lintula said the plan was sound.`,
			`“We will take part from the first day,” he said.`),
			"from the first day", "Aaro Lintula"},
		// The body itself as the subject: the usual rule.
		{"the body as the subject", with(
			`ASEAN said the deal showed that the bloc could still deliver. “The smoke next August will be the real test,” he said.`),
			"real test", "Erik Dalby"},
	})
}

// A hyphenated title ("Secretary-General") is the title of the name after
// it even where the article writes one of its words capitalised elsewhere
// ("the Secretary of State's office"), which made it read as names joined
// by a hyphen and left the person with no title. Sentences written for
// the test.
func TestHyphenatedTitleKeepsItsPerson(t *testing.T) {
	for _, text := range []string{
		"Ministers met on Friday. Delegates from the Secretary of State's office were there.\n\nUN Secretary-General Dr Veshan Tarrow said the plan was sound.",
		"Ministers met on Friday.\n\nThe Attorney met them.\n\nThe state's Attorney-General, Mira Osk, said the plan was sound.",
	} {
		an := Analyze(NewArticle("Talks", text))
		name, title := "Mira Osk", "Attorney-General"
		if strings.Contains(text, "Veshan") {
			name, title = "Veshan Tarrow", "Secretary-General"
		}
		var roles []string
		for _, a := range an.Actors {
			if a.Kind == KindPerson {
				roles = append(roles, a.Name+": "+a.Role)
			}
		}
		if !slices.ContainsFunc(roles, func(r string) bool { return strings.HasPrefix(r, name+":") && strings.HasSuffix(r, title) }) {
			t.Errorf("people %q, want %s with the role %s", roles, name, title)
		}
	}
}
