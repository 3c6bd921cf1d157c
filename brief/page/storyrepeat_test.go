package page

import (
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// assertNoStanceRepeat checks that a story other than the lead never shows
// an actor's line whose stance repeats a commitment or dispute the same
// story shows: the page would print one act twice, once as "Name, Role —
// Stance" and once as "Name — clause".
func assertNoStanceRepeat(t *testing.T, b *Briefing) {
	t.Helper()
	cx := b.clauseContext()
	for _, sec := range b.FitOnePage(PaperA4).Sections() {
		if !sec.Other {
			continue
		}
		lines := map[string]bool{}
		for _, it := range sec.Items {
			switch it.Kind {
			case ItemCommitment:
				if l := commitmentLine(*it.Commitment, cx); l != "" {
					lines[l] = true
				}
			case ItemDispute:
				if l := disputeLine(*it.Dispute, cx); l != "" {
					lines[l] = true
				}
			}
		}
		for _, it := range sec.Items {
			if it.Kind == ItemActor && it.Actor.Stance != "" && lines[it.Actor.Stance] {
				t.Errorf("story %q shows %s's stance %q and the item it comes from", sec.Title, it.Actor.Name, it.Actor.Stance)
			}
		}
	}
}

// The article of this test is invented for it: a state visit told with
// its timetable, the lead story being another.
const visitStory = `Presidents Arrive For Harbour Summit

President Marta Ilves of Kestonia lands in Port Aven on Friday for her first state visit since taking office.

Ms Ilves will sign a fisheries accord with the Velmark government on Saturday, officials said.

“We come as partners, not as rivals,” Ms Ilves told reporters before leaving.

The Velmark opposition criticised the accord, saying it gives away fishing rights.`

func TestOtherStoryNeverRepeatsAStance(t *testing.T) {
	arts := storyArticles(t, otherFiles...)
	arts = append([]*brief.Article{brief.NewArticle("Ilves lands in Port Aven", visitStory)}, arts...)
	b := Build(brief.Analyze(arts...), Options{})
	if len(b.Stories) < 2 {
		t.Fatalf("stories = %+v, want several", b.Stories)
	}
	assertNoStanceRepeat(t, b)
}
