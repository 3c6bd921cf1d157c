package brief

import "testing"

// Names with a particle of another language, written for the test. A
// person's surname opened by a lower-case particle ("dos Santos Rocha",
// "de Toledo") is one name with the full one, also when the particle is
// capitalised at the start of a sentence, and also when the words after
// the particle are a place's name ("de Albuquerque"). A body named
// head-first in another language ("Instituto Rio do Mar", "Banco do
// Norte", "Universidade de Coimbra") is one organisation, not cut at the
// particle and not a person.
func TestParticleNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"capitalised particle at a sentence start", []string{
			`Rui dos Santos Rocha, the head of the builders' federation, rejected the offer on Monday.`,
			`Dos Santos Rocha said the price was too low to cover the cost of steel.`},
			map[string]ActorKind{"Rui dos Santos Rocha": KindPerson}, []string{"Santos Rocha"}},
		{"capitalised and lower-case particle", []string{
			`Inês van der Berg, who chairs the port board, said the terminal would reopen.`,
			`Van der Berg added that ten ships were waiting. "We are ready," van der Berg said.`},
			map[string]ActorKind{"Inês van der Berg": KindPerson}, []string{"der Berg"}},
		{"a particle before a place's name", []string{
			`Water Minister Carla de Albuquerque said the government had offered to pay for the dam.`,
			`"We are asking for a fair price," de Albuquerque said through an interpreter.`},
			map[string]ActorKind{"Carla de Albuquerque": KindPerson}, []string{"Albuquerque"}},
		{"an institute named head-first", []string{
			`The state-run Instituto Rio do Mar will make the vaccine, the ministry said on Tuesday.`},
			map[string]ActorKind{"Instituto Rio do Mar": KindOrganization}, []string{"Instituto Rio"}},
		{"a bank, a university and a foundation", []string{
			`The Banco do Norte lent the money, and the Universidade de Coimbra will run the trial.`,
			`A spokesman for the Fundação Pedro Amaral declined to comment.`},
			map[string]ActorKind{"Banco do Norte": KindOrganization, "Universidade de Coimbra": KindOrganization,
				"Fundação Pedro Amaral": KindOrganization}, nil},
		// The other direction.
		{"a capitalised particle in a company's name", []string{
			`De Vries Logistics said it would cut 200 jobs at its Rotterdam depot.`},
			map[string]ActorKind{"De Vries Logistics": KindOrganization}, nil},
		{"a month after an English connector", []string{
			`The Harbour Council on Mar 3 approved the plan, its chairman said.`},
			nil, []string{"Harbour Council on Mar"}},
	})
	// One person each, under the full name.
	for _, paras := range [][]string{
		{`Rui dos Santos Rocha, the head of the builders' federation, rejected the offer on Monday.`,
			`Dos Santos Rocha said the price was too low to cover the cost of steel.`},
		{`Inês van der Berg, who chairs the port board, said the terminal would reopen.`,
			`Van der Berg added that ten ships were waiting. "We are ready," van der Berg said.`},
	} {
		if got := actorNames(analyzeText(t, paras...)); len(got) != 1 {
			t.Errorf("actors %q, want one person", got)
		}
	}
	an := analyzeText(t, `Water Minister Carla de Albuquerque said the government had offered to pay for the dam.`,
		`"We are asking for a fair price," de Albuquerque said through an interpreter.`)
	if q := findQuote(t, an, "fair price"); q.Speaker != "Carla de Albuquerque" {
		t.Errorf("speaker %q, want Carla de Albuquerque", q.Speaker)
	}
}

// A surname opened by a lower-case Arabic article ("al-Khatib"), written
// alone after the full name, is that person: the speaker of the quote
// before "al-Khatib said", not the previous speaker. Sentences written for
// the test.
func TestArticleSurnameSpeaks(t *testing.T) {
	an := analyzeText(t,
		`Foreign Minister Beatriz Carvalho said the government had rejected the offer. "We will not sign," Carvalho said.`,
		`The treaty is backed by the Regional Water Council. Its chairman, Dr. Samir al-Khatib, said the council would publish its own plan by June.`,
		`"Both governments want a deal, and both governments need one," al-Khatib said in a video statement. "The farmers cannot wait."`)
	for _, words := range []string{"Both governments want a deal", "The farmers cannot wait"} {
		if q := findQuote(t, an, words); q.Speaker != "Samir al-Khatib" {
			t.Errorf("%q: speaker %q, want Samir al-Khatib", words, q.Speaker)
		}
	}
	// No full name with the article: no one.
	an = analyzeText(t, `Officials said the talks would resume. "We are ready to sign the agreement this week," al-Haddad said.`)
	if q := findQuote(t, an, "ready to sign"); q.Speaker != "" && q.Speaker != "al-Haddad" {
		t.Errorf("speaker %q", q.Speaker)
	}
}
