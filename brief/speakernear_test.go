package brief

import "testing"

// "He told me", "he lamented" after a paragraph that brings in someone
// new: the pronoun is the newcomer, the subject of the sentence
// before, not the speaker of an earlier paragraph. Where the newcomer is a
// name the engine cannot type (a forum handle, a nickname), the quote is
// printed with no speaker rather than the earlier one's; a handle its own
// sentence gives a person's pronoun ("calls himself FrostyLantern", "why
// he trusts it") is a person, and speaks.
func TestSpeakerPronounNearestPerson(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		// A verb of going on ("continued", "added", "went on") fits the
		// last speaker going on as well as the newcomer: both are men, so
		// the page prints no speaker rather than a guess
		// (TestContinuationSpeaker has the class).
		{"a named newcomer, then he continued", []string{
			`“We test whatever arrives in the post,” said Marco Bellini, who founded the clinic's lab in 2011.`,
			`Tomas Brenner has driven samples to the lab from Lyon for six years.`,
			`“Without the lab I would be guessing,” he continued.`},
			"Without the lab I would be guessing", ""},
		{"a forum handle, then he told me", []string{
			`“We test whatever arrives in the post,” said Marco Bellini, who founded the clinic's lab in 2011.`,
			`A forum user who calls himself FrostyLantern has mailed pills to the lab since the spring.`,
			`“Without the lab I would be guessing,” he told me.`},
			"Without the lab I would be guessing", "FrostyLantern"},
		{"a handle as the subject, then he lamented", []string{
			`“Most of what we see is cut with caffeine,” said Marco Bellini, the lab's founder.`,
			`GreyHeron42 ran a buyers' club on the forum until last year.`,
			`“Nobody wanted to pay for the tests,” he lamented.`},
			"Nobody wanted to pay for the tests", ""},
		{"a handle in apposition after an adverbial", []string{
			`“Most of what we see is cut with caffeine,” said Marco Bellini, the lab's founder.`,
			`For years the forum's moderator, TomBrenner, posted the results of every test.`,
			`“Without the lab I would be guessing,” he lamented.`},
			"Without the lab I would be guessing", ""},
		{"a regular client named after the verb", []string{
			`“We test whatever arrives in the post,” said Marco Bellini, the lab's founder.`,
			`One of the lab's regular clients is Tomas Brenner, who runs a forum for buyers.`,
			`“Without the lab I would be guessing,” he told me.`},
			"Without the lab I would be guessing", "Tomas Brenner"},
		{"a newcomer after a colon, then he told me", []string{
			`“A crate of jars and a roll of tape,” Piet Jansen told me over the phone.`,
			`The habit is catching on: tinkerer99, another forum user testing pills, kept his results to himself at first.`,
			`“It keeps sellers honest and buyers alive,” he told me.`},
			"keeps sellers honest", ""},
		{"a newcomer's own he, then he told me", []string{
			`“A crate of jars and a roll of tape,” Piet Jansen told me over the phone.`,
			`The habit is catching on: tinkerer99, another forum user, kept the results private at first, but he soon posted them.`,
			`“It keeps sellers honest and buyers alive,” he told me.`},
			"keeps sellers honest", ""},
		{"the writer asks a handle", []string{
			`“We test whatever arrives in the post,” said Marco Bellini, the lab's founder.`,
			`I asked FrostyLantern, who has used the lab for years, why he trusts it.`,
			`“Without the lab I would be guessing,” he told me.`},
			"Without the lab I would be guessing", "FrostyLantern"},
		{"the writer asks the same speaker", []string{
			`“We test whatever arrives in the post,” said Marco Bellini, the lab's founder.`,
			`I asked him why the lab charges so little.`,
			`“Nobody else would do it,” he told me.`},
			"Nobody else would do it", "Marco Bellini"},
		// The speaker's own next words stay his.
		{"he continued, after the same speaker", []string{
			`“We test whatever arrives in the post,” said Marco Bellini, who founded the clinic's lab in 2011.`,
			`“Without the lab people would be guessing,” he continued.`},
			"Without the lab people would be guessing", "Marco Bellini"},
		{"she added, after a sentence about a thing", []string{
			`“The results come back in a week,” said Dr. Lucia Ferraro, who runs the lab.`,
			`The lab's new machine cost more than the building.`,
			`“It paid for itself in a year,” she added.`},
			"It paid for itself in a year", "Lucia Ferraro"},
	})
}
