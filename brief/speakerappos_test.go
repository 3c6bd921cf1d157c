package brief

import (
	"strings"
	"testing"
)

// A speaker given as a description after the speech verb, with the person's
// name in apposition (`," said the port's chief executive, Tomas Brenner.`):
// the quote is the named person's, who gets the description as role. A
// name that follows the description but is not set off as its apposition
// (a clause, a list, a possessive, the object of "for") is not the speaker:
// a spokesman for a person speaks for them, but the words are not theirs.
func TestSpeakerNamedAfterDescription(t *testing.T) {
	const lead = "The dock strike in Corvane ended on Monday after the port authority accepted a new pay offer."
	cases := []struct {
		name    string
		para    string
		quote   string
		speaker string // the actor's name, or "" for no speaker
		not     string // a name that must not be the speaker
		role    string // a word the speaker's role must contain
	}{
		// The name in apposition speaks.
		{"possessive role, name ends the sentence",
			`“Nobody gains from a strike that drags on,” said the port's chief executive, Tomas Brenner.`,
			"Nobody gains from a strike", "Tomas Brenner", "", "executive"},
		{"plain role, name and a relative clause",
			`“The cranes will be working again by tonight,” said the manager, Oskar Lindqvist, who has run the terminal since 2019.`,
			"The cranes will be working again", "Oskar Lindqvist", "", "manager"},
		{"a role noun of no speaker list",
			`“We lost a whole month of cargo,” said the terminal's operations director, Hanna Sepp, who signed the deal on Sunday night.`,
			"We lost a whole month of cargo", "Hanna Sepp", "", "director"},
		{"role with of, then a time",
			`“The ships queued for nine days off the breakwater,” said the chief of staff, Ruth Calder, on Tuesday.`,
			"The ships queued for nine days", "Ruth Calder", "", ""},
		{"according to a possessive pronoun's role",
			`Mr Brenner will not resign, according to his lawyer, Anna Berg, who spoke outside the court. “He has done nothing wrong,” she added.`,
			"He has done nothing wrong", "Anna Berg", "Brenner", ""},
		{"a split quote around the frame",
			`“We did not want this strike,” said the union's chief negotiator, Marek Vaino, “but the owners gave us no choice.”`,
			"We did not want this strike", "Marek Vaino", "", "negotiator"},
		{"an honorific before the name",
			`“We will not sign anything before the vote,” said the dock union's leader, Dr Anna Berg.`,
			"We will not sign anything", "Anna Berg", "", "leader"},
		{"a title of a body",
			`“Nobody should forget what the strike cost,” said the chairman of the port board, Karl Ots, on Tuesday.`,
			"Nobody should forget what the strike cost", "Karl Ots", "port board", "chairman of the port board"},
		{"a title of a plural possessive's body",
			`“We will be back on the cranes tomorrow,” said the head of the dockers’ union, Marta Ilves.`,
			"We will be back on the cranes", "Marta Ilves", "", "head of the dockers"},
		{"a title of a named body",
			`“The berths will be cleared by Friday,” said the director of the Corvane Port Authority, Hanna Sepp.`,
			"The berths will be cleared by Friday", "Hanna Sepp", "Corvane Port Authority", ""},
		{"a title of a country",
			`“Our ports stay open to every flag,” said the president of the country, Marek Vaino, who flew in from Riga.`,
			"Our ports stay open to every flag", "Marek Vaino", "", ""},
		{"a plural possessive before the role",
			`“It was a long month for every family,” said the dockers’ union leader, Piet Voss.`,
			"It was a long month for every family", "Piet Voss", "", "leader"},
		// Look-alikes: a name after the description that is not its apposition.
		{"the apposition of a person the role is of",
			`“The minister has not slept for days,” said the wife of the minister, Anna Berg.`,
			"The minister has not slept for days", "", "Anna Berg", ""},
		{"the apposition of a role of a role",
			`“The order is signed,” said an adviser of the port's director, Hanna Sepp.`,
			"The order is signed", "", "Hanna Sepp", ""},
		{"the apposition of a named person the role is of",
			`Tomas Brenner flew back from Riga. “He will speak on Friday,” said the lawyer of Tomas Brenner, Anna Berg.`,
			"He will speak on Friday", "", "Anna Berg", ""},
		{"a body that is not a title's",
			`“The talks are over,” said the board of the port company, Karl Ots.`,
			"The talks are over", "", "Karl Ots", ""},
		{"a clause after the description",
			`Oskar Lindqvist ran the night shift. “The terminal reopens at six,” said the manager, adding that Oskar Lindqvist would stay on.`,
			"The terminal reopens at six", "", "Oskar Lindqvist", ""},
		{"the apposition of the object of for",
			`“The minister has signed the order,” said a spokesman for the minister, Tomas Brenner.`,
			"The minister has signed the order", "", "Tomas Brenner", ""},
		{"the object of for",
			`Tomas Brenner flew back from Riga. “There will be no further comment tonight,” said a spokesman for Tomas Brenner.`,
			"There will be no further comment", "", "Tomas Brenner", ""},
		{"the object of for, before the verb",
			`“The terminal will publish its figures on Friday,” a spokeswoman for Hanna Sepp said.`,
			"The terminal will publish its figures", "", "Hanna Sepp", ""},
		{"a list of speakers",
			`“The deal holds for three years,” said the coach, Tomas Brenner and the captain, Hanna Sepp.`,
			"The deal holds for three years", "", "Tomas Brenner", ""},
		{"a possessive name",
			`“The board has seen the figures,” said the manager, Oskar Lindqvist's deputy.`,
			"The board has seen the figures", "", "Oskar Lindqvist", ""},
		{"the name opens a clause of its own",
			`“Nobody on the night shift was hurt,” said the captain, Oskar Lindqvist had checked every berth.`,
			"Nobody on the night shift was hurt", "", "Oskar Lindqvist", ""},
	}
	// A body speaks through its spokesman.
	an := analyzeText(t, lead, `“The harbour will reopen to ferries at noon,” said a spokesman for the Corvane Port Authority.`)
	if q := findQuote(t, an, "The harbour will reopen"); q.Speaker != "Corvane Port Authority" {
		t.Errorf("a spokesman for a body: speaker = %q, want the body", q.Speaker)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, lead, c.para)
			q := findQuote(t, an, c.quote)
			if c.not != "" {
				if a := actorNamed(an, c.not); a != nil && q.Speaker == a.Name || strings.EqualFold(q.Speaker, c.not) {
					t.Errorf("speaker = %q, must not be %q", q.Speaker, c.not)
				}
			}
			if c.speaker == "" {
				return
			}
			a := actorNamed(an, c.speaker)
			if a == nil || q.Speaker != a.Name {
				t.Fatalf("speaker = %q, want %q; actors: %q", q.Speaker, c.speaker, actorNames(an))
			}
			if c.role != "" && !strings.Contains(strings.ToLower(a.Role), c.role) {
				t.Errorf("role of %s = %q, want it to contain %q", a.Name, a.Role, c.role)
			}
		})
	}
}
