package page

import (
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestGenericPluralIsNoKeyActor checks that a plural common noun the
// article names in passing — people at large, not a body ("two leftist
// politicians", "the province's conservative Islamists", "CEOs from big
// regional broadcasters") — is not listed among the key actors, even when
// an item keeps it as its party, while named groups, parties and a
// group the story keeps coming back to stay. Sentences written for the
// test, in invented places.
func TestGenericPluralIsNoKeyActor(t *testing.T) {
	const lead = "Velmora's interior minister, Anika Drosdova, said on Tuesday that her government would tighten security in the capital, Kesselburg, before the election."
	for _, c := range []struct {
		name string
		body string
		drop string // a plural that must not be a key actor
		keep string // an actor that must stay a key actor
	}{
		{"politicians killed, then politicians accuse",
			"The killing of two leftist politicians in Ostrava in 2023 prompted a political crisis. Politicians in the opposition accused the ministry of failing to protect them.",
			"politicians", "Anika Drosdova"},
		{"the province's conservative Islamists",
			"Opposition leaders blame the province's conservative Islamists for the slow reaction to the bombing. Drosdova said she did not expect a crackdown.",
			"Islamists", "Anika Drosdova"},
		{"Islamists named again and again: a movement the story is about",
			"Opposition leaders blame the province's conservative Islamists for the bombing. The Islamists lost the 2021 vote, and police later raided offices of Islamists in Ostrava. Drosdova said she did not expect a wider campaign.",
			"", "Islamists"},
		{"CEOs from big regional broadcasters",
			"On Friday, CEOs from big regional broadcasters will appear before the committee to oppose the bill. Drosdova said she would meet them.",
			"CEOs", "Anika Drosdova"},
		{"MPs from rural districts",
			"On Monday, MPs from rural districts will vote on the bill. Drosdova said she would meet them.",
			"MPs", "Anika Drosdova"},
		{"retired teachers will march",
			"Retired teachers in Ostrava will march on the ministry on Friday. Drosdova said the march could go ahead.",
			"teachers", "Anika Drosdova"},
		{"a named militia acts",
			"The Tarn Valley Militia said it would block the port road on Friday. Drosdova said the army would keep the road open.",
			"", "Tarn Valley Militia"},
		{"a farmers' union acts",
			"The Velmoran farmers' union said it would block the port road on Friday. Drosdova said the army would keep the road open.",
			"", "Velmoran"}, // the engine names the union by its qualifier
		{"the Greens as a party",
			"The Greens said they would vote against the security law in parliament. Drosdova said the law would pass.",
			"", "Green"},
		{"the ruling Socialists as a party",
			"The ruling Socialists said they would vote for the security law in parliament. Drosdova said the law would pass.",
			"", "Socialist"},
		{"Democrats accuse Republicans",
			"In Kesselburg's city council, Democrats accused Republicans of blocking the police budget. Republicans said they would vote for it next month.",
			"", "Republicans"},
		{"tenants the story keeps coming back to",
			"Tenants of the Harlow estate said the police had ignored them for years. The tenants will march on the ministry on Friday, and the tenants said they would not stop. \u201cWe are afraid at night,\u201d one of the tenants said.",
			"", "tenants"},
	} {
		t.Run(c.name, func(t *testing.T) {
			an := brief.Analyze(brief.NewArticle("Security tightened in Kesselburg", lead+"\n\n"+c.body))
			names := keyActorNames(Build(an, Options{Date: testDate}))
			if c.drop != "" && namesHold(names, c.drop) {
				t.Errorf("key actors %q list the plural %q", names, c.drop)
			}
			if !namesHold(names, c.keep) {
				t.Errorf("key actors %q lost %q", names, c.keep)
			}
		})
	}
}
