package brief

import (
	"strings"
	"testing"
)

// audienceCase is an event at which a named person speaks and someone
// the text does not name (a member of the audience, a listener, someone
// in the crowd, a reporter) puts a question or a remark: the question is
// never the named person's, and the answer that follows is never joined
// to the question as one utterance.
type audienceCase struct {
	name     string
	paras    []string
	question string // words of the unnamed person's quote
	notBy    string // the named speaker of the event
	answer   string // words of the reply, when there is one
}

// A question or remark put by an unnamed member of an audience, a crowd
// or a panel, framed after the quote ("“…?” a member of the audience
// asked") or before it, is no one's the text names: not the speaker of
// the event, whose name stands in the sentence before or whose reply
// follows. Sentences written for the test.
func TestAudienceQuestionNotSpeakers(t *testing.T) {
	cases := []audienceCase{
		{"a member of the audience asked; Name replied", []string{
			`Professor Ansel Dreyfus showed his new tide tables at the conference in Leeds.`,
			`“Have you checked the readings against last winter's storms?” a member of the audience asked. “Every one of them, twice over,” Dreyfus replied.`},
			"checked the readings against last winter", "Ansel Dreyfus", "Every one of them, twice over"},
		{"asked a member of the audience; Name answered", []string{
			`Professor Ansel Dreyfus showed his new tide tables at the conference in Leeds.`,
			`“Have you checked the readings against last winter's storms?” asked a member of the audience. “Every one of them, twice over,” Dreyfus answered.`},
			"checked the readings against last winter", "Ansel Dreyfus", "Every one of them, twice over"},
		{"someone in the crowd shouted", []string{
			`Governor Lydia Carrow spoke to farmers in Millbrook on Saturday.`,
			`“Where is the drought money you promised us in March?” someone in the crowd shouted. Carrow did not reply.`},
			"drought money you promised", "Lydia Carrow", ""},
		{"one listener asked; she replied", []string{
			`Governor Lydia Carrow spoke to farmers in Millbrook on Saturday.`,
			`“Where is the drought money you promised us in March?” one listener asked. “It will be paid before the harvest,” she replied.`},
			"drought money you promised", "Lydia Carrow", "paid before the harvest"},
		{"an audience member wanted to know", []string{
			`Governor Lydia Carrow spoke to farmers in Millbrook on Saturday.`,
			`“Will the drought money be paid before the harvest this year?” an audience member wanted to know. “It will,” Carrow said.`},
			"drought money be paid before the harvest", "Lydia Carrow", ""},
		{"a woman in the front row asked", []string{
			`Governor Lydia Carrow took questions at the town hall in Millbrook on Saturday.`,
			`“Why should we trust you with the water board again?” a woman in the front row asked.`},
			"trust you with the water board", "Lydia Carrow", ""},
		{"a voice from the crowd called out", []string{
			`Governor Lydia Carrow took questions at the town hall in Millbrook on Saturday.`,
			`“Why should we trust you with the water board again?” a voice from the crowd called out.`},
			"trust you with the water board", "Lydia Carrow", ""},
		{"a panellist asked her", []string{
			`Governor Lydia Carrow took questions at the town hall in Millbrook on Saturday.`,
			`“Why should we trust you with the water board again?” a panellist asked her.`},
			"trust you with the water board", "Lydia Carrow", ""},
		{"a student asked; she replied", []string{
			`Governor Lydia Carrow took questions at the college in Millbrook on Saturday.`,
			`“Why should we trust you with the water board again?” a student asked. “Because I have cut the bills two years running,” she replied.`},
			"trust you with the water board", "Lydia Carrow", "cut the bills two years running"},
		{"one heckler shouted; Name went on", []string{
			`Mayor Tobias Fenwright opened the new bridge in Carlow on Friday.`,
			`“You spent twice what you said it would cost!” one heckler shouted. “The bridge will pay for itself within ten years,” Fenwright said.`},
			"spent twice what you said", "Tobias Fenwright", "pay for itself within ten years"},
		{"a reporter asked; Name replied", []string{
			`Mayor Tobias Fenwright opened the new bridge in Carlow on Friday.`,
			`“Will the tolls rise again next spring for local drivers?” a reporter asked. “Not while I am mayor of this town,” Fenwright replied.`},
			"tolls rise again next spring", "Tobias Fenwright", "Not while I am mayor"},
		{"then someone in the audience asked: (frame before)", []string{
			`Mayor Tobias Fenwright opened the new bridge in Carlow on Friday.`,
			`Then someone in the audience asked: “Who will pay for the repairs when the tolls run out?” Fenwright smiled.`},
			"pay for the repairs when the tolls", "Tobias Fenwright", ""},
		{"at one point, a woman near the stage shouted: (frame before)", []string{
			`Mayor Tobias Fenwright opened the new bridge in Carlow on Friday.`,
			`At one point, a woman near the stage shouted: “Who will pay for the repairs when the tolls run out?”`},
			"pay for the repairs when the tolls", "Tobias Fenwright", ""},
		{"one attendee asked", []string{
			`Mayor Tobias Fenwright opened the new bridge in Carlow on Friday.`,
			`“Who will pay for the repairs when the tolls run out?” one attendee asked.`},
			"pay for the repairs when the tolls", "Tobias Fenwright", ""},
	}
	for _, c := range cases {
		for _, one := range []bool{false, true} {
			name, paras := c.name, c.paras
			if one {
				// The event and the question in one paragraph.
				name, paras = name+", one paragraph", []string{strings.Join(paras, " ")}
			}
			t.Run(name, func(t *testing.T) { checkAudienceCase(t, c, paras) })
		}
	}
}

func checkAudienceCase(t *testing.T, c audienceCase, paras []string) {
	{
		{
			an := analyzeText(t, paras...)
			q := findQuote(t, an, c.question)
			if c.answer != "" && strings.Contains(q.Text, c.answer) {
				t.Fatalf("question joined to the answer: %q (%q)", q.Text, q.Speaker)
			}
			if q.Speaker == "" {
				return
			}
			if a := actorNamed(an, c.notBy); a != nil && q.Speaker == a.Name || strings.EqualFold(q.Speaker, c.notBy) {
				t.Fatalf("speaker = %q, the named speaker of the event", q.Speaker)
			}
		}
	}
}

// The named speaker keeps the answer that follows an unnamed person's
// question, and the words of someone picked out of a crowd, going on with
// "she added", stay no one's. Sentences written for the test.
func TestAudienceAnswerKeepsSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Name replied after a member of the audience asked", []string{
			`Professor Ansel Dreyfus showed his new tide tables at the conference in Leeds. “Have you checked the readings against last winter's storms?” a member of the audience asked. “Every one of them, twice over,” Dreyfus replied.`},
			"Every one of them, twice over", "Ansel Dreyfus"},
		{"said Name after one heckler shouted", []string{
			`Mayor Tobias Fenwright opened the new bridge in Carlow on Friday. “You spent twice what you said it would cost!” one heckler shouted. “The bridge will pay for itself within ten years,” said Fenwright.`},
			"pay for itself within ten years", "Tobias Fenwright"},
		{"Name answered after an audience member wanted to know", []string{
			`Governor Lydia Carrow spoke to farmers in Millbrook on Saturday. “Will the drought money be paid before the harvest this year?” an audience member wanted to know. “Every cent of it will be paid,” Carrow answered.`},
			"Every cent of it will be paid", "Lydia Carrow"},
		{"one woman in the crowd shouted, then she added", []string{
			`Governor Lydia Carrow spoke to farmers in Millbrook on Saturday. “We have waited two years for this money!” one woman in the crowd shouted. “Two whole years of empty promises,” she added.`},
			"Two whole years of empty promises", ""},
		{"Name asked the question herself", []string{
			`Governor Lydia Carrow spoke to farmers in Millbrook on Saturday. “Who here has been paid on time this year?” Carrow asked the crowd.`},
			"Who here has been paid on time", "Lydia Carrow"},
	})
}
