package brief_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// longOwnText is one text of the project's own articles, one after the
// other, twice: longer than BlockMin, so that the engine reads it in
// blocks.
func longOwnText(t *testing.T) *brief.Article {
	t.Helper()
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	md, _ := filepath.Glob("testdata/articles/*.md")
	var sb strings.Builder
	for _, p := range append(paths, md...) {
		a, err := load.File(p)
		if err != nil {
			t.Fatal(err)
		}
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	a, err := load.Parse("long.txt", []byte(strings.Repeat(sb.String(), 2)), load.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Text) <= brief.BlockMin {
		t.Fatalf("the own articles make %d bytes, no more than BlockMin (%d)", len(a.Text), brief.BlockMin)
	}
	return a
}

// TestBlocksOf checks how a long text is cut: at paragraph breaks, into
// blocks of at least BlockSize bytes but the last (at least half that),
// never before a paragraph that goes on from the one before (a quote, a
// pronoun, a conjunction), and each
// block's sentences and paragraphs those of the text.
func TestBlocksOf(t *testing.T) {
	a := longOwnText(t)
	arts, sent0 := brief.Blocks(a)
	if len(arts) < 2 {
		t.Fatalf("%d bytes make %d block", len(a.Text), len(arts))
	}
	next, para := 0, 0
	for k, b := range arts {
		if sent0[k] != next {
			t.Errorf("block %d starts at sentence %d, want %d", k, sent0[k], next)
		}
		for i := range b.Sentences {
			if got, want := b.SentenceText(i), a.SentenceText(sent0[k]+i); got != want {
				t.Fatalf("block %d sentence %d is %q, the text's %d is %q", k, i, got, sent0[k]+i, want)
			}
			if p := b.ParagraphText(b.Sentences[i].Para); !strings.Contains(p, b.SentenceText(i)) {
				t.Fatalf("block %d sentence %d, %q, is not in its paragraph %d, %q", k, i, b.SentenceText(i), b.Sentences[i].Para, p)
			}
		}
		for i := range b.Paragraphs {
			if got, want := b.ParagraphText(i), a.ParagraphText(para+i); got != want {
				t.Fatalf("block %d paragraph %d is %q, the text's %d is %q", k, i, got, para+i, want)
			}
		}
		next += len(b.Sentences)
		para += len(b.Paragraphs)
		switch last := k == len(arts)-1; {
		case !last && len(b.Text) < brief.BlockSize:
			t.Errorf("block %d is %d bytes, under BlockSize", k, len(b.Text))
		case last && len(b.Text) < brief.BlockSize/2:
			t.Errorf("the last block is %d bytes, under half BlockSize", len(b.Text))
		}
		if first, _, _ := strings.Cut(b.Text, " "); k > 0 && (strings.ContainsAny(first[:1], "\"“'‘") ||
			first[0] >= 'a' && first[0] <= 'z' || slices.Contains([]string{"He", "She", "They", "It", "But", "And"}, first)) {
			t.Errorf("block %d opens with a paragraph going on from the one before: %.40q", k, b.Text)
		}
		if b.Title != a.Title || b.ID != a.ID {
			t.Errorf("block %d is titled %q (%s), the text %q (%s)", k, b.Title, b.ID, a.Title, a.ID)
		}
	}
	if next != len(a.Sentences) || para != len(a.Paragraphs) {
		t.Errorf("the blocks hold %d sentences and %d paragraphs, the text %d and %d", next, para, len(a.Sentences), len(a.Paragraphs))
	}
	// Every other paragraph goes on from the one before it: no block
	// starts with one of those.
	var sb strings.Builder
	for i := 0; sb.Len() <= 3*brief.BlockMin; i++ {
		fmt.Fprintf(&sb, "Minister Ana Ruiz met the union on day %d.\n\n", i)
		switch i % 3 {
		case 0:
			sb.WriteString("She said the talks would resume on Monday" + strings.Repeat(", with the port's owners at the table", i%7) + ".\n\n")
		case 1:
			sb.WriteString("“We are close,” she said.\n\n")
		default:
			sb.WriteString("but the union's leader, Tomas Brel, said no deal was near.\n\n")
		}
	}
	chain := brief.NewArticle("Strike", strings.TrimSpace(sb.String()))
	arts, _ = brief.Blocks(chain)
	if len(arts) < 3 {
		t.Errorf("%d bytes make %d blocks", len(chain.Text), len(arts))
	}
	for k, b := range arts {
		if !strings.HasPrefix(b.Text, "Minister Ana Ruiz") {
			t.Errorf("block %d of %d starts with a paragraph going on from the one before: %.50q", k, len(arts), b.Text)
		}
	}
	// A text of dialogue, every paragraph a quote, is still cut: at twice
	// the block size.
	sb.Reset()
	for i := 0; sb.Len() <= 4*brief.BlockMin; i++ {
		fmt.Fprintf(&sb, "“The tide turned on day %d,” said the harbour master, Ines Brook.\n\n", i)
	}
	talk := brief.NewArticle("Dialogue", strings.TrimSpace(sb.String()))
	arts, _ = brief.Blocks(talk)
	for k, b := range arts {
		if len(b.Text) > 2*brief.BlockSize+200 {
			t.Errorf("block %d of the dialogue is %d bytes, over twice BlockSize", k, len(b.Text))
		}
	}
	if len(arts) < 4 {
		t.Errorf("the dialogue of %d bytes makes %d blocks", len(talk.Text), len(arts))
	}
	short := brief.NewArticle("Short", "The minister said the talks would resume.")
	if arts, _ := brief.Blocks(short); len(arts) != 1 || arts[0] != short {
		t.Errorf("a short article is cut into %d blocks", len(arts))
	}
}

// TestLongTextIsItsBlocks checks that a long text's analysis is that of
// its blocks read as articles (the first with the text's lead, the last
// with its close) and merged, each item citing its sentence in the whole
// text: the same actors, and every quote, commitment and dispute of a
// block cited at its block's first sentence plus its own.
func TestLongTextIsItsBlocks(t *testing.T) {
	a := longOwnText(t)
	whole := brief.Analyze(a)
	arts, sent0 := brief.Blocks(a)
	apart := brief.BlocksApart(a)
	src := func(c brief.Cite) (int, error) {
		var k int
		if _, err := fmt.Sscanf(c.Source, "S%d", &k); err != nil || k < 1 || k > len(arts) {
			return 0, fmt.Errorf("source %q", c.Source)
		}
		return sent0[k-1] + c.Sentence, nil
	}
	items := func(an *brief.Analysis, whole bool) (map[string]bool, error) {
		m := map[string]bool{}
		add := func(kind, text string, c brief.Cite) error {
			s := c.Sentence
			if !whole {
				var err error
				if s, err = src(c); err != nil {
					return err
				}
			} else if c.Source != "S1" {
				return fmt.Errorf("the whole text cites %s", c.Source)
			}
			m[fmt.Sprintf("%s %d %s", kind, s, text)] = true
			return nil
		}
		for _, q := range an.Quotes {
			for _, c := range q.Cites {
				if err := add("quote "+q.Speaker, q.Text, c); err != nil {
					return nil, err
				}
			}
		}
		for _, c := range an.Commitments {
			if err := add("commitment "+c.Actor, c.Text, c.Cites[0]); err != nil {
				return nil, err
			}
		}
		for _, d := range an.Disputes {
			if err := add("dispute "+strings.Join(d.Parties, "/"), d.Text, d.Cites[0]); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	w, err := items(whole, true)
	if err != nil {
		t.Fatal(err)
	}
	p, err := items(apart, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) < 100 {
		t.Fatalf("the long text gives %d items", len(w))
	}
	for k := range w {
		if !p[k] {
			t.Errorf("the whole text gives %s; its blocks apart do not", k)
		}
	}
	for k := range p {
		if !w[k] {
			t.Errorf("the blocks apart give %s; the whole text does not", k)
		}
	}
	for _, q := range whole.Quotes {
		for _, c := range q.Cites {
			if s := a.SentenceText(c.Sentence); !strings.Contains(s, firstWords(q.Text, 3)) {
				t.Errorf("quote %.40q cites sentence %d, %.60q", q.Text, c.Sentence, s)
			}
		}
	}
	names := func(an *brief.Analysis) string {
		var n []string
		for _, x := range an.Actors {
			n = append(n, x.Name)
		}
		return strings.Join(n, ", ")
	}
	if names(whole) != names(apart) {
		t.Errorf("actors of the whole text:\n%s\nof its blocks apart:\n%s", names(whole), names(apart))
	}
}

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// TestLongTextOneBlockFails: when the engine fails on one block of a long
// text, the text is listed, marked Failed, with nothing taken from it (not
// with what its other blocks gave), as an article the engine fails on is.
func TestLongTextOneBlockFails(t *testing.T) {
	a := longOwnText(t)
	b := *a
	b.Sentences = slices.Clone(a.Sentences)
	b.Sentences[len(b.Sentences)-1].End = len(b.Text) + 40 // out of its block's range
	var panics []any
	defer brief.SetEnginePanicHook(func(v any) { panics = append(panics, v) })()
	an := brief.Analyze(panicHarbour, &b)
	if len(panics) != 1 {
		t.Errorf("the hook was told of %d failures, want 1", len(panics))
	}
	if len(an.Sources) != 2 || an.Sources[0].Failed || !an.Sources[1].Failed {
		t.Fatalf("sources %+v: want the long text listed as failed", an.Sources)
	}
	if n := cites(an, "S2"); n != 0 {
		t.Errorf("%d items cite the long text the engine failed on", n)
	}
	if cites(an, "S1") == 0 {
		t.Error("the other article lost its items")
	}
}
