package brief

import "testing"

// A one-word name nothing is known of, joined by "and" or "or" to a name
// the engine finds, is a name too when the pair is the subject of a verb
// ("Corvessa and Harbour Games shocked players"): the verb after the last
// name is the first name's too, as it would be were it named alone. An
// ordinary word opening a sentence ("Yesterday and today", "Timber and …"
// in an article that writes "timber"), or a name after a preposition
// ("Flights from Corvessa and Tarn Airport resumed"), is no such subject.
// Sentences written for the test.
func TestConjoinedOpenerName(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []string // actors that must be listed
		not   []string // names that must not be listed
	}{
		{"an opener and a company", []string{
			"Corvessa and Harbour Games shocked players on Tuesday by announcing a new racing title.",
			"The game will reach shops in the spring, according to a statement."},
			[]string{"Corvessa", "Harbour Games"}, nil},
		{"an opener and a council after the", []string{
			"Velmont and the Tarn Council signed a water-sharing deal on Monday after months of talks.",
			"The deal runs for ten years."},
			[]string{"Velmont", "Tarn Council"}, nil},
		{"a reported clause", []string{
			"Analysts said Drennick and Halvard Shipping had cut their fares for the winter.",
			"Its ferries sail twice a day."},
			[]string{"Drennick", "Halvard Shipping"}, nil},
		{"either of two buyers", []string{
			"Ostravik or Pellam Foods will buy the bakery chain, according to people familiar with the talks.",
			"The chain has 40 shops."},
			[]string{"Ostravik", "Pellam Foods"}, nil},
		{"the first of a list of three", []string{
			"Corvessa, Lindqvist Media and Harbour Games have formed a lobby group for game studios.",
			"The group will meet in March."},
			[]string{"Corvessa", "Lindqvist Media", "Harbour Games"}, nil},
		// Not names.
		{"a time opening the sentence", []string{
			"Yesterday and today, Harbour Games staff worked through the night to fix the servers.",
			"The company apologised to players."},
			[]string{"Harbour Games"}, []string{"Yesterday"}},
		{"an ordinary word the article writes in lower case", []string{
			"Timber and Halvard Shipping shares slid on Monday after the port closed.",
			"The timber trade has struggled since the spring."},
			[]string{"Halvard Shipping"}, []string{"Timber"}},
		{"places after a preposition", []string{
			"Flights from Corvessa and Tarn Airport resumed on Monday after the storm.",
			"Passengers waited for hours."},
			nil, []string{"Corvessa"}},
		{"a pair that is not the subject of a verb", []string{
			"Harbour Games and Corvessa are rivals in the racing market.",
			"Both sell their games in shops."},
			[]string{"Harbour Games"}, []string{"Corvessa"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkListed(t, analyzeText(t, c.paras...), c.want, c.not)
		})
	}
}

// Each name of a subject joined by "and" or "or" acts when the verb after
// the last one does: "Harbour Games and Corvessa shocked players", "Anna
// Weber and Tomas Varga announced", "Lindqvist Media, Harbour Games and
// Corvessa have formed". Names joined after a preposition ("the deal
// between Harbour Games and Corvessa collapsed") or before "be" ("are
// rivals") do not act. Sentences written for the test.
func TestConjoinedSubjectActs(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		acts  []string // actors whose Acts must be above 0
		idle  []string // actors, if listed, whose Acts must be 0
	}{
		{"two companies", []string{
			"Harbour Games and Corvessa shocked players on Tuesday by announcing a new racing title.",
			"The game will reach shops in the spring."},
			[]string{"Harbour Games", "Corvessa"}, nil},
		{"two people", []string{
			"Anna Weber and Tomas Varga announced their resignations on Friday.",
			"The board will meet next week."},
			[]string{"Anna Weber", "Tomas Varga"}, nil},
		{"a list of three with an auxiliary", []string{
			"Lindqvist Media, Harbour Games and Corvessa have formed a lobby group for game studios.",
			"The group will meet in March."},
			[]string{"Lindqvist Media", "Harbour Games", "Corvessa"}, nil},
		{"a body after the", []string{
			"Velmont Water and the Tarn Council signed a water-sharing deal on Monday.",
			"The deal runs for ten years."},
			[]string{"Velmont Water", "Tarn Council"}, nil},
		{"a reported clause", []string{
			"Analysts said Harbour Games and Corvessa would cut prices before the holidays.",
			"Sales fell last year."},
			[]string{"Harbour Games", "Corvessa"}, nil},
		// No acting.
		{"after a preposition", []string{
			"The deal between Harbour Games and Corvessa collapsed on Monday.",
			"Neither gave a reason."},
			nil, []string{"Harbour Games", "Corvessa"}},
		{"before be", []string{
			"Harbour Games and Lindqvist Media are rivals in the racing market.",
			"Both sell their games in shops."},
			nil, []string{"Harbour Games", "Lindqvist Media"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			for _, n := range c.acts {
				if a := actorNamed(an, n); a == nil || a.Acts == 0 {
					t.Errorf("%s acts, yet is unlisted or Acts = 0; actors: %q", n, actorNames(an))
				}
			}
			for _, n := range c.idle {
				if a := actorNamed(an, n); a != nil && a.Acts != 0 {
					t.Errorf("%s does not act, yet Acts = %d", n, a.Acts)
				}
			}
		})
	}
}
