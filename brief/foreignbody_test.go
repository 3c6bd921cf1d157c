package brief

import "testing"

// A body named in its own language, with the head word first and lower-case
// words after a connector ("Autorité de la concurrence", "Cour de
// cassation", "Comisión Nacional de los Mercados y la Competencia"), is one
// organisation under its whole name, not a cut name or a person. Sentences
// written for the test.
func TestForeignLanguageBodyNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"French watchdog, lower-case words after de la", []string{
			`The Autorité de la concurrence fined the delivery app Rapido €12 million on Thursday for fixing prices with restaurants.`,
			`Rapido chief executive Luc Barrand said the company would appeal. The Autorité de la concurrence said the fine reflected the length of the scheme.`},
			map[string]ActorKind{"Autorité de la concurrence": KindOrganization, "Luc Barrand": KindPerson},
			[]string{"Autorité"}},
		{"Spanish regulator with two connectors", []string{
			`Spain's Comisión Nacional de los Mercados y la Competencia said on Monday it had opened an inquiry into Velora Energía.`,
			`The company's chairman, Ramón Ibarra, said it had done nothing wrong.`},
			map[string]ActorKind{"Comisión Nacional de los Mercados y la Competencia": KindOrganization},
			[]string{"Competencia", "Comisión Nacional de los Mercados"}},
		{"French court", []string{
			`The Cour de cassation overturned the ruling against the Varenne family on Wednesday.`,
			`Lawyer Hélène Marchais said the family would seek damages.`},
			map[string]ActorKind{"Cour de cassation": KindOrganization, "Hélène Marchais": KindPerson},
			[]string{"Cour"}},
		{"Italian authority", []string{
			`Italy's Autorità garante della concorrenza e del mercato fined the airline Voloverde €4 million, the regulator said on Friday.`,
			`Voloverde said it would appeal against the decision.`},
			map[string]ActorKind{"Voloverde": KindOrganization, "Autorità garante della concorrenza e del mercato": KindOrganization},
			[]string{"Autorità"}},
	})
}

// "The authority", "the court" later stand for a body named in its own
// language ("Autorité de la concurrence", "Cour de cassation"): its head
// word, first, has that sense. Sentences written for the test.
func TestForeignBodyDescriptions(t *testing.T) {
	an := analyzeText(t, `PARIS — The Autorité de la concurrence fined the delivery app Rapido €12 million on Thursday for fixing prices with restaurants.`,
		`"These deals were a cage," the authority's president, Odile Marchand, told reporters. Rapido chief executive Luc Barrand said the company would appeal, and accused the authority of punishing a French success.`,
		`Ms Marchand said the authority was not targeting Rapido because it was French.`)
	a := actorNamed(an, "Autorité de la concurrence")
	if a == nil {
		t.Fatalf("no actor Autorité de la concurrence; actors: %q", actorNames(an))
	}
	if a.Mentions < 3 {
		t.Errorf("Autorité de la concurrence named %d times, want the authority's mentions too", a.Mentions)
	}
}
