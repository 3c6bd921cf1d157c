package brief_test

import (
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestPronounWalkEnds: weighing who a "he" of a speech frame stands for
// asks who said the words since a newcomer came in, and that speaker may be
// the same "he": the walk must stop (it went round until the stack
// overflowed, which no recover catches, and took the process down).
func TestPronounWalkEnds(t *testing.T) {
	a := brief.NewArticle("Back to the water", brief.Normalize(
		"Keen to start again, Orin Delvac and his sister left the floods behind in Sun Valderro through a scheme run by the port. "+
			"Since 2019, the ferry to Sun Valderro has been free, and Delvac found work at Harbour Works, in a two-year course in marine welding. "+
			"He had already trained to be a diver, a skill that he mentioned to us proudly. "+
			"“I wanted to work on the water,” he said.\n\n"+
			"He was born in Sun Valderro and came to the docks six years ago. "+
			"Sometimes, because of his bad knee, he has days when he limps up and down the pier, muttering and rubbing his leg.\n\n"+
			"Vance visited families living in boats on the Kessel, Sun Valderro’s old harbour, in an effort to move them into housing."))
	an := brief.Analyze(a)
	if len(an.Quotes) != 1 || an.Quotes[0].Text != "I wanted to work on the water" {
		t.Errorf("quotes %+v, want the one quote", an.Quotes)
	}
}
