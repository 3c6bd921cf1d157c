package page

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// A short article whose page would print no key actor prints the actors
// that act in its lead sentence, though each is named only once ("Harbour
// Games and Corvessa shocked players…"). A longer article, an actor named
// once outside the lead, and a page that has a key actor already are left
// as they were. Articles written for the test.
func TestLeadActorsOfShortArticle(t *testing.T) {
	var filler []string
	for i := 1; i <= 40; i++ {
		filler = append(filler, fmt.Sprintf("In round %d, players race boats through the flooded streets and collect coins.", i))
	}
	lead := `Harbour Games and Corvessa shocked players earlier this year by announcing "Tide Runner," the studio's first game for phones.`
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a short launch story", "Tide Runner\n\n" + lead + "\n\nThe game will be released in the spring, according to a statement.",
			[]string{"Harbour Games", "Corvessa"}, nil},
		{"one name opening the lead", "Tide Runner\n\nCorvessa shocked players on Tuesday by announcing a racing game for phones.\n\nThe game will be released in the spring.",
			[]string{"Corvessa"}, nil},
		{"an actor named once after the lead", "Tide Runner\n\nPlayers queued outside shops on Friday for a new racing game.\n\nHarbour Games shocked them by cutting its price.",
			nil, []string{"Harbour Games"}},
		{"a long article", "Tide Runner\n\n" + lead + "\n\n" + strings.Join(filler, " "),
			nil, []string{"Harbour Games", "Corvessa"}},
		{"a page with a key actor", "Tide Runner\n\n" + lead + "\n\nHarbour Games said the game would cost five euros, and Harbour Games staff will demonstrate it in Velmont.",
			[]string{"Harbour Games"}, []string{"Corvessa"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := load.Parse("a.txt", []byte(c.text), load.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			b := Build(brief.Analyze(a), Options{Date: testDate})
			var got []string
			for _, x := range b.Actors {
				got = append(got, x.Name)
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not on the page; actors: %q", w, got)
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("%q on the page; actors: %q", w, got)
				}
			}
		})
	}
}
