package brief

import "testing"

// A blog post or a story built from other people's posts: quoted replies,
// comments and messages whose lead-in names nobody ("The replies kept
// coming:", "One post read:", "Another wrote:", "A comment under the video
// said:") are no one's words. Neither the person the story is about nor
// the last speaker is a fallback, for the first quote after the lead-in or
// for the quotes that go on from it. A post or a reply the lead-in
// describes ("One post read:") is printed as the lead-in gives it; a
// lead-in that names the poster gives the poster. Sentences written for
// the test.
func TestAnonymousPostSpeakers(t *testing.T) {
	story := []string{
		`Tomas Ferreira has cut hair on Rua Augusta for twenty-two years. Last month he filmed a short video about the new parking charges outside his shop.`,
		`“Nobody can stop for a trim any more, so nobody comes,” Ferreira said in the video, which has been watched 400,000 times.`,
	}
	with := func(extra ...string) []string { return append(append([]string(nil), story...), extra...) }
	checkSpeakers(t, []speakerCase{
		// Quotes that go on after a lead-in that names no one.
		{"the second reply after the lead-in", with(
			`The replies kept coming:`,
			`“Get a bike rack and stop complaining about the council.”`,
			`“My father had his hair cut there every Friday until the charges came in.”`),
			"every Friday until the charges", ""},
		{"the third reply after the lead-in", with(
			`Within a day the comments were pouring in:`,
			`“Get a bike rack and stop complaining about the council.”`,
			`“My father had his hair cut there every Friday until the charges came in.”`,
			`“The council only listens when the shops start closing.”`),
			"only listens when the shops", ""},
		{"another said, same paragraph", with(
			`A comment under the video said: “Get a bike rack and stop complaining about the council.” Another said: “The council only listens when the shops start closing.”`),
			"only listens when the shops", ""},
		{"another wrote, a paragraph of its own", with(
			`Another wrote: “The council only listens when the shops start closing.”`),
			"only listens when the shops", ""},
		{"someone replied after his words", with(
			`“I will keep the shop open until they drag me out,” he wrote under the video. Someone replied: “Then you will be the last one on the street.”`),
			"last one on the street", ""},
		{"one person wrote that", with(
			`One person wrote that he should move the shop to the suburbs. “Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", ""},
		{"the replies poured in, then a quote paragraph", with(
			`Ferreira's video spread quickly, and the replies poured in.`,
			`“Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", ""},
		{"not everyone agreed, then a quote paragraph", with(
			`Not everyone agreed with him.`,
			`“Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", ""},
		{"his followers responded, then a quote paragraph", with(
			`His followers were quick to respond.`,
			`“Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", ""},
		// The description the lead-in gives.
		{"one post read", with(
			`One post read: “Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", "One post"},
		{"a typical reply read", with(
			`A typical reply read: “Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", "typical reply"},
		{"one message said, on a line of its own", with(
			`One message said:`,
			`“Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", "One message"},
		{"one viewer wrote", with(
			`One viewer wrote: “Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", ""},
		{"within minutes a reader replied", with(
			`Within minutes, a reader replied: “Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", ""},
		{"one viewer wrote, and the next reply", with(
			`One viewer wrote:`,
			`“Rents out there are half what you pay on Augusta.”`,
			`“But nobody out there needs a barber who knows their name.”`),
			"needs a barber who knows", ""},
		{"a comment under the video", with(
			`A comment under the video said: “Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", ""},
		// A lead-in that names the poster.
		{"the poster named with a handle", with(
			`Dana Ruiz (@druiz) wrote: “Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", "Dana Ruiz"},
		{"the poster named, on a line of its own", with(
			`Dana Ruiz (@druiz) wrote:`,
			`“Rents out there are half what you pay on Augusta.”`),
			"Rents out there are half", "Dana Ruiz"},
		{"the poster named, her words go on", with(
			`Dana Ruiz, a designer who lives above the shop, wrote:`,
			`“Rents out there are half what you pay on Augusta.”`,
			`“But nobody out there needs a barber who knows their name.”`),
			"needs a barber who knows", "Dana Ruiz"},
		{"a reply from a named councillor", with(
			`A reply from councillor Rui Matos read: “The charges will be reviewed in the spring.”`),
			"reviewed in the spring", "Rui Matos"},
		// The man the story is about, when he is the one speaking.
		{"his own words after the replies", with(
			`The replies kept coming:`,
			`“Get a bike rack and stop complaining about the council.”`,
			`“I have no room for a bike rack,” Ferreira said when we met.`),
			"no room for a bike rack", "Tomas Ferreira"},
		{"a quote paragraph after a paragraph about him", with(
			`The replies kept coming:`,
			`“Get a bike rack and stop complaining about the council.”`,
			`Ferreira has read every one of them.`,
			`“Some of them are right, and that is what hurts.”`),
			"that is what hurts", "Tomas Ferreira"},
		{"he answered his followers", with(
			`Ferreira replied to his followers the next day.`,
			`“I will keep the shop open until they drag me out.”`),
			"until they drag me out", "Tomas Ferreira"},
		{"his words in the same paragraph after a reply", with(
			`Another wrote: “The council only listens when the shops start closing.” Ferreira agreed: “That is the only thing they count.”`),
			"the only thing they count", "Tomas Ferreira"},
	})
}
