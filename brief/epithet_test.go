package brief

import (
	"slices"
	"strings"
	"testing"
)

// A person already named may be called by an epithet as the subject: a
// people's noun ("the Dane says"), an age ("the 54-year-old said"), or
// both ("a 26-year-old Pole"). Such a noun names one person, not the
// country; collective demonyms ("the British said", "the Chinese") and a
// demonym qualifying a noun ("the Canadian demand") still name the country.
func TestEpithetIsNoCountry(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		country string // the country's actor name
		want    bool   // whether the country is an actor
	}{
		{"the Dane says",
			[]string{"Veldhaven coach Anders Kjaer dropped his captain on Sunday.", "The Dane says the decision is not personal."},
			"Denmark", false},
		{"the Brazilian, who",
			[]string{"Rui Tavares signed for Veldhaven in the summer.", "The Brazilian, who joined in June, scored twice against Orvik on Saturday."},
			"Brazil", false},
		{"a 26-year-old Pole",
			[]string{"Police in Corvane made an arrest after the match.", "A 26-year-old Pole was charged with assault on Monday night."},
			"Poland", false},
		{"said the Dane",
			[]string{"Veldhaven coach Anders Kjaer dropped his captain on Sunday.", "“It is not personal,” said the Dane."},
			"Denmark", false},
		{"the Australian added",
			[]string{"Liam Carrow finished second in the sprint.", "The Australian added that his knee was fine."},
			"Australia", false},
		// The country still.
		{"the British said",
			[]string{"The talks on fishing quotas broke down on Friday.", "The British said the offer was too low."},
			"United Kingdom", true},
		{"the Chinese said",
			[]string{"The talks on steel tariffs broke down on Friday.", "The Chinese said the plan was unfair to their mills."},
			"China", true},
		{"the Canadian demand that",
			[]string{"The talks on lumber tariffs broke down on Friday.", "The Canadian demand that the duties go was turned down by Washington."},
			"Canada", true},
		{"the Canadian demands for",
			[]string{"The talks on lumber tariffs broke down on Friday.", "The Canadian demands for lower duties were turned down by Washington."},
			"Canada", true},
		{"the Canadian government",
			[]string{"The talks on lumber tariffs broke down on Friday.", "The Canadian government said the duties were unlawful."},
			"Canada", true},
		{"the Canadian, Mexican and",
			[]string{"The talks on car tariffs broke down on Friday.", "The Canadian, Mexican and Japanese delegations said the duties were unlawful."},
			"Canada", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got := false
			for _, a := range an.Actors {
				if a.Name == c.country {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("%s as an actor: %v, want %v; actors %v", c.country, got, c.want, actorNames(an))
			}
		})
	}
}

// An epithet stands for the one person whose nationality or age the
// article gave; a quote after it ("…,” he said) is that person's. When no
// one or more than one person fits, it stands for no one, and the pronoun
// after it does not skip back to another person.
func TestEpithetSpeaker(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		quote   string
		speaker string // "" for no speaker
		not     string // a name that must not be the speaker
	}{
		{"the Dane, nationality given before a title",
			[]string{"Danish coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"The Dane says Tavares missed three sessions. “The rules are the same for everyone,” he says."},
			"The rules are the same", "Anders Kjaer", ""},
		{"the Brazilian, nationality in an apposition",
			[]string{"Anders Kjaer has left Rui Tavares, the Brazilian winger, out of Saturday's squad.",
				"Kjaer spoke to reporters on Friday. The Brazilian, who joined in June, was not there. “I want to play,” he said in a statement."},
			"I want to play", "Rui Tavares", "Anders Kjaer"},
		{"the 61-year-old, age after the name",
			[]string{"Port director Piet Voss, 61, faces a vote of the board on Monday.",
				"His deputy, Karl Ots, wants the job. Ots met the unions on Friday.",
				"The 61-year-old said he would not step down. “I am not finished here,” he said."},
			"I am not finished here", "Piet Voss", "Karl Ots"},
		{"the 61-year-old, aged after the name",
			[]string{"Port director Piet Voss, aged 61, faces a vote of the board on Monday.",
				"His deputy, Karl Ots, wants the job. Ots met the unions on Friday.",
				"The 61-year-old said he would not step down. “I am not finished here,” he said."},
			"I am not finished here", "Piet Voss", "Karl Ots"},
		{"the Dane, a club's nationality",
			[]string{"Danish club's coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Tavares trained alone on Friday. The Dane says the decision is final. “Nobody is bigger than this club,” he says."},
			"Nobody is bigger", "", "Rui Tavares"},
		{"the Dane, no nationality given",
			[]string{"Veldhaven coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Tavares trained alone on Friday. The Dane says the decision is final. “Nobody is bigger than this club,” he says."},
			"Nobody is bigger", "", "Rui Tavares"},
		{"two Danes",
			[]string{"Danish coach Anders Kjaer has left Danish striker Mads Holm out of Saturday's squad.",
				"Holm trained alone on Friday. The Dane says the decision is final. “Nobody is bigger than this club,” he says."},
			"Nobody is bigger", "", "Mads Holm"},
		{"said the Dane, nationality given",
			[]string{"Rui Tavares, the Brazilian winger, trained alone on Friday under Danish coach Anders Kjaer.",
				"“Nobody is bigger than this club,” said the Dane."},
			"Nobody is bigger", "Anders Kjaer", "Rui Tavares"},
		{"the Dane's words, nationality given",
			[]string{"Danish coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Tavares trained alone on Friday. The Dane's assistant was not there. “Nobody is bigger than this club,” the Dane told reporters."},
			"Nobody is bigger", "Anders Kjaer", "Rui Tavares"},
		{"the Dane said, no nationality given",
			[]string{"Veldhaven coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Tavares trained alone on Friday. “Nobody is bigger than this club,” the Dane said."},
			"Nobody is bigger", "", "Rui Tavares"},
		{"the 26-year-old, age in an apposition",
			[]string{"Anders Kjaer has left Rui Tavares, the 26-year-old winger, out of Saturday's squad.",
				"Kjaer spoke to reporters on Friday. The 26-year-old was not there. “I want to play,” he said in a statement."},
			"I want to play", "Rui Tavares", "Anders Kjaer"},
		{"the Brazilian, nationality in an epithet's apposition",
			[]string{"Anders Kjaer has left Rui Tavares, a Brazilian, out of Saturday's squad.",
				"Kjaer spoke to reporters on Friday. The Brazilian was not there. “I want to play,” he said in a statement."},
			"I want to play", "Rui Tavares", "Anders Kjaer"},
		{"an epithet's apposition speaks",
			[]string{"Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Tavares, a 26-year-old who joined in June, was not there. “I want to play,” he said in a statement."},
			"I want to play", "Rui Tavares", "Anders Kjaer"},
		{"a 26-year-old Pole is someone new",
			[]string{"Corvane coach Anders Kjaer praised the police after the match.",
				"A 26-year-old Pole was charged with assault. “I did nothing wrong,” he told the court."},
			"I did nothing wrong", "", "Anders Kjaer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			q := findQuote(t, an, c.quote)
			if q.Speaker != c.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker, c.speaker)
			}
			if c.not != "" && q.Speaker == c.not {
				t.Errorf("speaker %q, must not be", q.Speaker)
			}
		})
	}
}

// What an epithet subject promises or criticises is the person's it stands
// for, never the country's; one that stands for no one leaves no party.
func TestEpithetActs(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		text  string // words of the commitment or dispute
		actor string // its actor (commitment) or a party (dispute); "" for no item
	}{
		{"a promise, nationality given",
			[]string{"Danish coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Tavares trained alone on Friday. The Dane has promised to resign if Veldhaven are relegated."},
			"promised to resign", "Anders Kjaer"},
		{"a criticism, nationality given",
			[]string{"Danish coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Tavares trained alone on Friday. The Dane criticised the club's owners for selling its best players."},
			"criticised the club's owners", "Anders Kjaer"},
		{"a criticism, no nationality given",
			[]string{"Veldhaven coach Anders Kjaer has left Rui Tavares out of Saturday's squad.",
				"Kjaer trained alone on Friday. The Dane criticised the club's owners for selling its best players."},
			"criticised the club's owners", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			var got []string
			for _, x := range an.Commitments {
				if strings.Contains(x.Text, c.text) {
					got = append(got, x.Actor)
				}
			}
			for _, x := range an.Disputes {
				if strings.Contains(x.Text, c.text) {
					got = append(got, x.Parties...)
				}
			}
			if c.actor == "" && len(got) > 0 || c.actor != "" && !slices.Contains(got, c.actor) {
				t.Errorf("actors %q, want %q", got, c.actor)
			}
			if slices.Contains(got, "Denmark") {
				t.Errorf("the country is an actor: %q", got)
			}
		})
	}
}
