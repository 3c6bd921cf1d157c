package brief

import "testing"

// An outlet the article names only as where its information came from —
// through a report, an article or a story of its own ("according to a
// report by Heise Online", "a report in the Tarrow Herald", "a Valley Post
// article said"), as the one who learned it ("Heise Online has learned"),
// or as the one told ("confirmed to the Valley Post") — is no actor, each
// time it is named. An outlet that is itself part of the story (sued,
// fined, bought, its reporters arrested) stays. Sentences written for the
// test.
func TestCitedOutletsAreNoActors(t *testing.T) {
	cited := []struct {
		name   string
		outlet string
		paras  []string
	}{
		{"according to a report by; reported last week", "Heise Online", []string{
			`The Brennmark city council approved the harbour plan on Tuesday, according to a report by Heise Online.`,
			`Heise Online reported last week that the port operator Nordkai had asked for more time. Nordkai said it would appeal.`}},
		{"according to a report in the; told the", "Tarrow Herald", []string{
			`Dunmore Mining will close its northern pit next year, according to a report in the Tarrow Herald.`,
			`Chief executive Rhona Vail told the Tarrow Herald that two hundred jobs would go. Dunmore Mining said it would pay redundancy.`}},
		{"an article in the; as first reported", "Valley Post", []string{
			`The hospital trust will shut its maternity ward in March, according to an article in the Valley Post.`,
			`The closure, as the Valley Post first reported, follows a shortage of midwives. The trust said it had no choice.`}},
		{"a … report said; has learned", "Heise Online", []string{
			`The Brennmark city council will sell the old ferry terminal, a Heise Online report said on Monday.`,
			`Heise Online has learned that two bidders remain. The council said it would decide in May.`}},
		{"confirmed to; reporting by", "Valley Post", []string{
			`Mayor Ulla Graf confirmed to the Valley Post that the ferry terminal would be sold.`,
			`The decision follows months of reporting by the Valley Post on the terminal's losses. The council said it would decide in May.`}},
		{"the outlet's report; an investigation by", "Tarrow Herald", []string{
			`The Tarrow Herald's report on Sunday said the mine had broken safety rules.`,
			`An investigation by the Tarrow Herald found eleven unreported accidents. Dunmore Mining said it would review its safety rules.`}},
	}
	for _, c := range cited {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if a := actorNamed(an, c.outlet); a != nil && a.Kind != KindOther {
				t.Errorf("%s listed as %s; it is only a source; actors: %q", c.outlet, a.Kind, actorNames(an))
			}
		})
	}
	acting := []struct {
		name   string
		outlet string
		paras  []string
	}{
		{"sued, and cited", "Valley Post", []string{
			`Mayor Ulla Graf sued the Valley Post for libel on Monday, according to a report by Heise Online.`,
			`The Valley Post said it would defend its reporting in court.`}},
		{"bought, and cited", "Tarrow Herald", []string{
			`Dunmore Media has bought the Tarrow Herald for £4m, according to a report in the Valley Post.`,
			`The Tarrow Herald will keep its name and its editor.`}},
		{"its journalists arrested", "Heise Online", []string{
			`Police arrested two journalists of Heise Online on Friday, according to a report by the Valley Post.`,
			`Heise Online condemned the arrests and said it would appeal to the courts.`}},
	}
	for _, c := range acting {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if a := actorNamed(an, c.outlet); a == nil || a.Kind == KindOther {
				t.Errorf("%s, part of the story, is no actor; actors: %q", c.outlet, actorNames(an))
			}
		})
	}
}
