package brief

import "testing"

// A name set beside a noun for a kind of body that runs or oversees a
// service ("the network operator", "the water utility", "the energy
// regulator") is an organisation; beside a person's role it stays a
// person. A capitalised word ending in "-ly" that opens a name ("Tessaly
// Software", "Kimberly Osei") is no adverb dropped from it; an adverb
// opening the sentence ("Separately Kenya said") stays an adverb.
// Sentences written for the test.
func TestKindFromApposition(t *testing.T) {
	cases := []struct {
		name, text, actor string
		kind              ActorKind
	}{
		{"a ferry operator", "Brenmoor, the ferry operator, said it would cut fares by June.", "Brenmoor", KindOrganization},
		{"a network operator", "Halvard Corran, the network operator, rejected the claim on Monday.", "Halvard Corran", KindOrganization},
		{"a water utility", "Mabry Kell, the county's water utility, said it would cut bills next year.", "Mabry Kell", KindOrganization},
		{"an energy regulator", "Arno Tisk, the energy regulator, fined three suppliers on Tuesday.", "Arno Tisk", KindOrganization},
		{"a broadband provider", "Pellow Ardy, the broadband provider, said it would refund customers.", "Pellow Ardy", KindOrganization},
		{"a broadcaster", "Velden Harte, the state broadcaster, said it would cut 300 jobs.", "Velden Harte", KindOrganization},
		// The other direction: a person's role.
		{"a company's owner", "Ruth Calder, the company's owner, said she would sell the yard.", "Ruth Calder", KindPerson},
		{"a planner", "Tomas Lind, the council's planner, said he was sorry for the delay.", "Tomas Lind", KindPerson},
		// "-ly" names at a sentence start.
		{"an -ly business name", "Tessaly Software announced it would hire 200 staff in Leeds.", "Tessaly Software", KindOrganization},
		{"an -ly food firm", "Brimly Foods said it would close the Dunmore plant by March.", "Brimly Foods", KindOrganization},
		{"an -ly given name", "Kimberly Osei said the deal was fair to the growers.", "Kimberly Osei", KindPerson},
		{"an -ly place in a council's name", "Beverly Hills Council voted to delay the parking scheme.", "Beverly Hills Council", KindOrganization},
		{"an adverb before a country", "Separately Kenya said it would open the border on Friday.", "Kenya", KindCountry},
		{"an adverb made from a participle", "Belatedly Varden Council agreed to pay the fine.", "Varden Council", KindOrganization},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.text)
			a := actorNamed(an, c.actor)
			if a == nil || a.Kind != c.kind {
				t.Fatalf("%q is not a %s; actors: %q", c.actor, c.kind, actorNames(an))
			}
		})
	}
}

// lyAdverb tells adverbs from names that end in "-ly".
func TestLyAdverb(t *testing.T) {
	for _, w := range []string{"separately", "oddly", "notably", "ironically", "worryingly", "belatedly", "sadly",
		"unsurprisingly", "mercifully"} {
		if !lyAdverb(w) {
			t.Errorf("lyAdverb(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"tessaly", "kimberly", "beverly", "brimly", "hadley"} {
		if lyAdverb(w) {
			t.Errorf("lyAdverb(%q) = true, want false", w)
		}
	}
}
