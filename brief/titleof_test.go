package brief

import "testing"

// A title with an "of" phrase before a name ("Secretary of State Antony
// Blinken", "Chief of Staff", "Minister of Health", "President of France")
// is the person's title, not part of her name or an organisation's.
// Sentences written for the test.
func TestTitleWithOfBeforeName(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{`Secretary of State Ruth Adeyemi arrived in Cairo on Sunday.`, "Ruth Adeyemi", "Secretary of State"},
		{`On Sunday, US Secretary of State Ruth Adeyemi arrived in Cairo.`, "Ruth Adeyemi", "US Secretary of State"},
		{`Chief of Staff Lena Dahl said the talks would go on.`, "Lena Dahl", "Chief of Staff"},
		{`Minister of Health Ana Borg said the clinics would open in May.`, "Ana Borg", "Minister of Health"},
		{`President of France Hugo Marchal arrived in Oslo on Monday.`, "Hugo Marchal", "President of France"},
	} {
		an := analyzeText(t, `Talks on the Tarrow ceasefire resumed on Monday.`, c.text)
		if a := actorNamed(an, c.name); a == nil || a.Role != c.role {
			t.Errorf("%q: %s = %+v, want role %q; actors: %q", c.text, c.name, a, c.role, actorNames(an))
		}
	}
}

// A past office of a country keeps its "former": "Former US president
// Dana Holt" was printed as the president. Sentences written for the test.
func TestFormerCountryOffice(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{`Former US president Dana Holt criticised the ruling on Monday.`, "Dana Holt", "Former US president"},
		{`On Monday, former British prime minister Tom Ashby criticised the ruling.`, "Tom Ashby", "Former British prime minister"},
	} {
		an := analyzeText(t, `The Tarrow court struck down the tariff law on Friday.`, c.text)
		if a := actorNamed(an, c.name); a == nil || a.Role != c.role {
			t.Errorf("%q: %s = %+v, want role %q; actors: %q", c.text, c.name, a, c.role, actorNames(an))
		}
	}
}
