package brief

import (
	"strings"
	"testing"
)

// “…,” he continued / she added / he went on: a verb of going on says
// someone goes on speaking, not who. When a person of the same gender has
// been named since the last speaker's quote, the pronoun fits both; the
// page prints such a quote with no speaker rather than guess. Where only
// one fits (nobody new, another gender, the newcomer's own reported words
// just before) the quote keeps that speaker, and a plain "he said" after a
// new subject still goes to the newcomer. Sentences written for the test.
func TestContinuationSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"continued, after another man is the subject", []string{
			`“We were not good enough this year,” said coach Martin Hale.`,
			`Peter Lund, the club's owner, bought the team in 2015 and has spent heavily since. “I told the players we would come back stronger,” he continued.`},
			"come back stronger", ""},
		{"added, after a woman named in between", []string{
			`“The wards will reopen in May,” Health Minister Lila Moradi said on Monday.`,
			`Her predecessor, Grace Okonjo, closed them in 2021 after a fire. “Every bed will be staffed,” she added.`},
			"Every bed will be staffed", ""},
		{"went on, in the next paragraph", []string{
			`“The bridge is safe,” said Mayor Tomas Reyes.`,
			`Engineer Paul Ridley inspected it last week.`,
			`“We will still close it for repairs in June,” he went on.`},
			"close it for repairs", ""},
		{"added, a man named only as an object", []string{
			`“The harbour will be dredged by autumn,” said port director Henrik Aas.`,
			`The contract went to a firm owned by Jonas Berg.`,
			`“Nobody else bid for it,” he added.`},
			"Nobody else bid for it", ""},
		// Only one candidate: the pronoun is resolved as before.
		{"continued, nobody in between", []string{
			`“The bridge is safe,” said Mayor Tomas Reyes.`,
			`“We will still close it for repairs in June,” he continued.`},
			"close it for repairs", "Tomas Reyes"},
		{"added, after a sentence about a thing", []string{
			`“The wards will reopen in May,” Health Minister Lila Moradi said on Monday.`,
			`The hospital lost its roof in a storm two winters ago.`,
			`“Every bed will be staffed,” she added.`},
			"Every bed will be staffed", "Lila Moradi"},
		{"said, after a new subject", []string{
			`“We were not good enough this year,” said coach Martin Hale.`,
			`Peter Lund, the club's owner, was at the ground too. “It was a hard day for everyone,” he said.`},
			"a hard day for everyone", "Peter Lund"},
		// (A given name the engine knows as a woman's: a last speaker of
		// unknown gender could be "he" too.)
		{"added, of another gender", []string{
			`“The wards will reopen in May,” Health Minister Leila Moradi said on Monday.`,
			`Surgeon Paul Ridley welcomed the news. “We have waited three years,” he added.`},
			"waited three years", "Paul Ridley"},
		{"added, after the newcomer's reported words", []string{
			`“We were not good enough this year,” said coach Martin Hale.`,
			`Peter Lund, the club's owner, said the squad would be rebuilt over the summer.`,
			`“We will spend what it takes,” he added.`},
			"spend what it takes", "Peter Lund"},
	})
}

// A question put after someone's answer is a turn of its own: it is never
// joined to the answer, and when a man who may have asked it (an
// interviewer named before the answer) is in reach, "he asked" is printed
// with no speaker. A speaker's own question with nobody else about stays
// his. Sentences written for the test.
func TestQuestionAfterAnswer(t *testing.T) {
	cases := []struct {
		name             string
		paras            []string
		answer, question string
		answerBy, asker  string // "" = printed with no speaker
	}{
		{"an interviewer named before, same paragraph", []string{
			`Reporter Sam Ortiz pressed Oskar Lindqvist on the accident at the smelter.`,
			`“We followed every rule,” Lindqvist said. “Then why were three workers hurt?” he asked.`},
			"We followed every rule", "Then why were three workers hurt", "Oskar Lindqvist", ""},
		{"an interviewer named before, next paragraph", []string{
			`Reporter Sam Ortiz pressed Oskar Lindqvist on the accident at the smelter.`,
			`“We followed every rule,” Lindqvist said.`,
			`“Then why were three workers hurt?” he asked.`},
			"We followed every rule", "Then why were three workers hurt", "Oskar Lindqvist", ""},
		// No one spoke last: "he" is the one who pressed.
		{"an answer with no frame, then the question", []string{
			`Reporter Sam Ortiz pressed Oskar Lindqvist on the accident at the smelter.`,
			`“We followed every rule.” “Then why were three workers hurt?” he asked.`},
			"We followed every rule", "Then why were three workers hurt", "", "Sam Ortiz"},
		{"the asker named in the frame", []string{
			`The smelter reopened on Monday after a month.`,
			`“We followed every rule,” Oskar Lindqvist said. “Then why were three workers hurt?” asked union leader Maria Sousa.`},
			"We followed every rule", "Then why were three workers hurt", "Oskar Lindqvist", "Maria Sousa"},
		{"the speaker's own question", []string{
			`Oskar Lindqvist met reporters at the gate of the smelter.`,
			`“We followed every rule,” he said. “So why should we pay?” he asked.`},
			"We followed every rule", "why should we pay", "Oskar Lindqvist", "Oskar Lindqvist"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			a := findQuote(t, an, c.answer)
			if strings.Contains(a.Text, c.question) {
				t.Fatalf("the question is joined to the answer: %q", a.Text)
			}
			if !strings.EqualFold(a.Speaker, c.answerBy) {
				t.Errorf("answer by %q, want %q", a.Speaker, c.answerBy)
			}
			q := findQuote(t, an, c.question)
			if !strings.EqualFold(q.Speaker, c.asker) {
				t.Errorf("question by %q, want %q", q.Speaker, c.asker)
			}
		})
	}
}
