package brief

import (
	"context"
	"strings"
	"testing"
)

// TestParagraphMarks checks which paragraphs are read as an entry's stamp
// or a heading, on live pages and ordinary articles pasted as text.
func TestParagraphMarks(t *testing.T) {
	const body = "The regional authority said on Tuesday that it would publish the full figures before the end of the month."
	for _, tc := range []struct {
		para string
		want uint8
	}{
		{"12.50 GMT · Jane Oduya", markStamp},
		{"Updated 3:15 p.m. ET", markStamp},
		{"9.30am BST by Tom Quillan", markStamp},
		{"Posted 5 mins ago by Leah Marchbank", markStamp},
		{"14:05", markStamp},
		{"Minister orders inquiry into hospital waiting lists", markHeading},
		{"‘We will not back down’", markHeading},
		{"“We will not back down,” says minister", markHeading},
		{"The minister said at 10.30 that the review would start at once.", markProse},
		{"Talks resumed at 9.15 on Monday", markHeading},
		{"Jane Oduya", markProse}, // a caption's name, no time
		{"The authority will publish the figures by 3pm.", markProse},
	} {
		text := "The river burst its banks on Monday night. Hundreds of homes were flooded.\n\n" + tc.para + "\n\n" + body + " It added that no one had been hurt."
		d := analyzeDoc(context.Background(), NewArticle("", text))
		if got := d.paraMark[1]; got != tc.want {
			t.Errorf("%q: mark %d, want %d", tc.para, got, tc.want)
		}
	}
}

// TestListItemsNotHeadings checks that items of a list without full stops
// (after a lead-in ending in a colon, or in a run) keep their items: they
// are the story's, not headings.
func TestListItemsNotHeadings(t *testing.T) {
	text := "The Harbour Party set out its plans at a rally in Dunmore on Saturday. Its leader, Odile Brascombe, listed the pledges.\n\n" +
		"If elected, the party said:\n\n" +
		"The Harbour Party will cut ferry fares by a quarter\n\n" +
		"The Harbour Party will build 2,000 homes a year\n\n" +
		"Ms Brascombe said the pledges had been costed by the party's own economists."
	a := NewArticle("", text)
	d := analyzeDoc(context.Background(), a)
	for p := 2; p <= 3; p++ {
		if d.paraMark[p] != markProse {
			t.Errorf("list item %q read as mark %d", a.ParagraphText(p), d.paraMark[p])
		}
	}
}

// TestEntryOpeningQuote checks that a quote opening a live page's entry,
// after a stamp and a heading, does not take the speaker of the entry
// before, while a quote in the same entry as its speaker does.
func TestEntryOpeningQuote(t *testing.T) {
	text := "Rescue teams are still searching the collapsed car park in Bellhaven.\n\n" +
		"11.20 GMT · Priya Anand\n\n" +
		"Residents describe the moment of collapse\n\n" +
		"“There was a noise like thunder and then the whole front of it just fell away.”\n\n" +
		"That was how one shopkeeper on Mill Lane described the collapse to reporters.\n\n" +
		"10.45 GMT · Priya Anand\n\n" +
		"Fire chief gives an update\n\n" +
		"Chief fire officer Gareth Moylan said four people had been taken to hospital.\n\n" +
		"“Our crews will keep working through the night,” Mr Moylan said. “We are not giving up on anyone.”"
	an := Analyze(NewArticle("", text))
	var opening, own bool
	for _, q := range an.Quotes {
		switch {
		case strings.HasPrefix(q.Text, "There was a noise like thunder"):
			opening = true
			if q.Speaker == "Gareth Moylan" {
				t.Errorf("an entry's opening quote went to the speaker of the entry below it: %+v", q)
			}
		case strings.HasPrefix(q.Text, "Our crews will keep working"):
			own = q.Speaker == "Gareth Moylan"
		}
		if strings.Contains(q.Text, "Residents describe") || strings.Contains(q.Text, "Fire chief") {
			t.Errorf("a heading gave a quote: %+v", q)
		}
	}
	if !opening || !own {
		t.Errorf("quotes: %+v", an.Quotes)
	}
	for _, ac := range an.Actors {
		if ac.Name == "Priya Anand" {
			t.Errorf("the stamp's writer is an actor: %+v", ac)
		}
	}
}
