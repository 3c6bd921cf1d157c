package brief

import "testing"

// In feature writing a quote framed by a pronoun ("he told me", "she
// recalled", "he wrote") is the words of the person the passage is about:
// the subject of the narration before, not the person last named, who is
// often only an object of it ("asked the council's clerk", "wrote to the
// minister"). A question from someone unnamed in an audience is theirs,
// not the guest's. Where two people of the pronoun's gender are both the
// subject of the narration in reach, the quote gets no speaker. Sentences
// written for the test.
func TestPronounSpeakerTopic(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the writer asks an official: his answer", []string{
			`“Nobody reads the forms we send,” said Hamid Nasser, a night-taxi driver in the port district.`,
			`I asked the council's licensing chief, Owen Tait, why the badges take so long.`,
			`“We are short of four clerks,” he told me.`},
			"short of four clerks", "Owen Tait"},
		{"a trader known by a handle, then he said", []string{
			`“Prices doubled in a month,” said Jonas Berg, who runs the market hall.`,
			`A grain trader known as BlueHeron has sold to the hall since the spring.`,
			`“I cannot keep up with the orders,” he said.`},
			"keep up with the orders", "BlueHeron"},
		{"a handle the engine cannot type tells, then he says", []string{
			`SilverKite, a forum user who has posted since 2019, wants buyers to test what they order.`,
			`VelvetMoth, a seller of garden seeds, has sent SilverKite padded envelopes for the samples. “Plenty of them,” VelvetMoth told me over the phone.`,
			`SilverKite told me that he had raised enough money for six more tests. “The scheme is small but it keeps growing,” he says.`},
			"The scheme is small", "SilverKite"},
		{"told me, after the subject asked an official", []string{
			`Hamid Nasser, who drives a night taxi in the port district, had twice asked the council's licensing chief Owen Tait for a new badge.`,
			`“I sent every paper they wanted,” he told me.`},
			"every paper they wanted", "Hamid Nasser"},
		{"told me, same paragraph, official quoted before", []string{
			`“We process each badge within six weeks,” said Owen Tait, the council's licensing chief.`,
			`Hamid Nasser, who drives a night taxi in the port district, wrote to Tait in March and again in May. “I sent every paper they wanted,” he told me.`},
			"every paper they wanted", "Hamid Nasser"},
		{"said, the letter sent to another man", []string{
			`Kofi Mensah has grown maize on the same hillside for thirty years.`,
			`Mensah showed me the email he had written to the district officer, Samuel Ofori, in June. “Nobody wrote back, not once,” he said.`},
			"Nobody wrote back", "Kofi Mensah"},
		{"recalled, after she met another woman", []string{
			`Lena Fischer ran the shelter on Kanal Street for eleven years before it closed.`,
			`Fischer met the deputy mayor, Anna Roth, in a cafe near the station that winter. “She listened politely and then nothing happened,” she recalled.`},
			"listened politely", "Lena Fischer"},
		{"said, after he called his lawyer", []string{
			`“Our client has done nothing wrong,” said the lawyer, Piotr Nowak.`,
			`Marek Zielinski called Nowak the night the police came. “I did not sleep for three days,” he said.`},
			"did not sleep", "Marek Zielinski"},
		{"wrote, after her complaint to another woman", []string{
			`Ines Carvalho has taught at the village school since 2009.`,
			`Carvalho's complaint to the inspector, Sofia Mendes, went unanswered for a month. “I was told to be patient,” she wrote.`},
			"told to be patient", "Ines Carvalho"},
		{"lamented, the object quoted in the paragraph before", []string{
			`“The line will reopen when the bridge is safe,” said rail manager Duncan Hale.`,
			`Ewan Moir, a shepherd above the valley, has waited since the flood for the line to come back, and has written to Hale twice. “We are forgotten up here,” he lamented.`},
			"forgotten up here", "Ewan Moir"},
		{"continued, the object quoted in the paragraph before", []string{
			`“The line will reopen when the bridge is safe,” said rail manager Duncan Hale.`,
			`Ewan Moir, a shepherd above the valley, keeps a file of his letters to Hale.`,
			`“Every one of them got the same answer,” he continued.`},
			"same answer", ""},
		// The one last quoted is named again only as an object: the
		// passage has moved on to its new subject.
		{"told me, the last speaker only in a prepositional phrase", []string{
			`“We process each badge within six weeks,” said Owen Tait, the council's licensing chief.`,
			`Hamid Nasser drives a night taxi in the port district. Last winter his badge ran out, and two letters to Tait went unanswered. “I sent every paper they wanted,” he told me.`},
			"every paper they wanted", "Hamid Nasser"},
		{"told me, the last speaker only the object of a verb", []string{
			`“We process each badge within six weeks,” said Owen Tait, the council's licensing chief.`,
			`Hamid Nasser drives a night taxi in the port district. In March a clerk sent him upstairs to see Tait. “I waited there all afternoon,” he told me.`},
			"waited there all afternoon", "Hamid Nasser"},
		{"recalled, the last speaker only a possessor", []string{
			`“Every complaint is read by a person,” said the ombudsman, Clara Voss.`,
			`Marta Ilic lost her flat in the spring. Her letter landed on Voss's desk in June. “I still have the reply somewhere,” she recalled.`},
			"reply somewhere", "Marta Ilic"},
		{"he told me before the quote, the last speaker only an object", []string{
			`“We process each badge within six weeks,” said Owen Tait, the council's licensing chief.`,
			`Hamid Nasser drives a night taxi in the port district. Last winter his badge ran out, and two letters to Tait went unanswered. He told me: “I sent every paper they wanted.”`},
			"every paper they wanted", "Hamid Nasser"},
		{"said, the last speaker the subject again", []string{
			`“We process each badge within six weeks,” said Owen Tait, the council's licensing chief.`,
			`Hamid Nasser drives a night taxi in the port district. Tait, for his part, has a queue of three hundred files. “We lost four clerks this year,” he said.`},
			"lost four clerks", "Owen Tait"},
		// A sentence about a thing between: the speaker goes on.
		{"a thing opens the sentence before", []string{
			`“We test whatever arrives in the post,” said Marco Bellini, the lab's founder.`,
			`Demand for the tests doubled last year. “We cannot keep up,” he said.`},
			"cannot keep up", "Marco Bellini"},
		// Audience questions: the unnamed asker's, not the guest's.
		{"a woman in the audience asked", []string{
			`Senator Ruth Calder spent an hour taking questions in the school hall on Friday.`,
			`A woman in the third row asked, “Why did the clinic close before the new one opened?”`,
			`“Because the money ran out in March,” Calder said.`},
			"Why did the clinic close", ""},
		{"a man in the crowd asked, guest a man", []string{
			`Mayor Viktor Lenz spent an hour taking questions in the school hall on Friday.`,
			`A man near the door then asked, “Who will pay for the new road?”`,
			`“The region will pay most of it,” Lenz said.`},
			"Who will pay", ""},
		{"a woman in the audience, then she asked", []string{
			`Senator Ruth Calder spent an hour taking questions in the school hall on Friday.`,
			`A woman in the third row stood up. “Why did the clinic close before the new one opened?” she asked.`},
			"Why did the clinic close", ""},
		// Look-alikes: the person last named is the subject.
		{"added, after the same man's reported words", []string{
			`Ruben Alves, who runs the ferry company, said the boat would not sail on Sunday.`,
			`“We have no crew for it,” he added.`},
			"no crew for it", "Ruben Alves"},
		{"said, a new paragraph opens with the other man as subject", []string{
			`Hamid Nasser, who drives a night taxi in the port district, had twice asked the licensing office for a new badge.`,
			`Owen Tait, the council's licensing chief, runs that office with four clerks. “We are short of staff,” he said.`},
			"short of staff", "Owen Tait"},
		{"told me, a sentence about a thing in between", []string{
			`Kofi Mensah has grown maize on the same hillside for thirty years.`,
			`The rains failed in 2022 and again last spring.`,
			`“I have never seen the river this low,” he told me.`},
			"river this low", "Kofi Mensah"},
		{"said, of another gender than the object", []string{
			`Lena Fischer ran the shelter on Kanal Street for eleven years before it closed.`,
			`Fischer wrote to the housing minister, Paul Ridley, that winter. “I never got an answer,” she said.`},
			"never got an answer", "Lena Fischer"},
		// Both men are subjects of the narration in reach: no guess.
		{"told me, two subjects of the same gender", []string{
			`Jonas Berg and his brother farm the valley floor.`,
			`Berg hired Tomas Varga as a mechanic in 2019. Varga left after a row over pay.`,
			`“It was never about the money,” he told me.`},
			"never about the money", ""},
	})
}
