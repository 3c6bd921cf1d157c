package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Long texts are read in blocks. A news article runs to a few thousand
// words; a text of more than blockMin bytes (a report, a book, a day of
// articles pasted as one) is read as blocks of whole paragraphs of about
// blockSize bytes, each analysed on its own, as the articles of a briefing
// are, and merged the way articles are: the same actor across blocks is
// one actor, and every item cites its sentence in the whole text. What
// holds for an article's opening (its lead counts for more, a byline may
// open it) holds for the first block only, and what holds for its close
// (an author's note, print credits) for the last only. Each
// block's working tables then stay the size of an article's, so that the
// time grows with the length of the text and no faster, and the blocks of
// one text are analysed side by side, one on each CPU.
//
// What a block cannot see is the paragraphs of the blocks before it: a
// pronoun or a surname at the head of a block that points back across the
// cut is read as an article's first mention would be, and the merge joins
// the surname to its full name as it does across articles.
const (
	blockMin  = 128 << 10
	blockSize = 64 << 10
)

// block is one block of an article (see blockMin): an article of its own
// paragraphs, whose first sentence is sentence sent0 of the whole; last
// tells the block that ends the whole. An article read whole is one block
// with sent0 0 and last set.
type block struct {
	a     *Article
	sent0 int
	last  bool
}

// blocksOf splits a long article into blocks of about blockSize bytes of
// whole paragraphs; an article of no more than blockMin bytes is one block,
// itself. A block does not start with a paragraph that goes on from the one
// before (see goesOn) unless the block before it would grow past twice
// blockSize (a text of dialogue, say, every paragraph of it a quote), and
// the last block is at least half a block long.
func blocksOf(a *Article) []block {
	if len(a.Text) <= blockMin || len(a.Paragraphs) < 2 {
		return []block{{a: a, last: true}}
	}
	var bs []block
	p0 := 0
	for p := 1; p < len(a.Paragraphs); p++ {
		start := a.Paragraphs[p].Start
		size := start - a.Paragraphs[p0].Start
		if size < blockSize || len(a.Text)-start < blockSize/2 || size < 2*blockSize && a.goesOn(p) {
			continue
		}
		bs = append(bs, a.paragraphBlock(p0, p))
		p0 = p
	}
	b := a.paragraphBlock(p0, len(a.Paragraphs))
	b.last = true
	return append(bs, b)
}

// goesOn reports whether paragraph p may go on from the one before it, so
// that no block should start with it: it opens with a quotation mark (a
// quote over several paragraphs opens each of them: startsWithQuote), with
// a lower-case letter, or with a word that points back ("He", "Their",
// "But").
func (a *Article) goesOn(p int) bool {
	if startsWithQuote(a.Text, a.Paragraphs[p]) {
		return true
	}
	w, _, _ := strings.Cut(a.ParagraphText(p), " ")
	if r, _ := utf8.DecodeRuneInString(w); w == "" || unicode.IsLower(r) {
		return true
	}
	w = strings.ToLower(strings.TrimRight(w, ",;:"))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "He's", "It’s"
	return pointsBack[w]
}

// pointsBack holds the words that open a paragraph going on from the one
// before: pronouns, possessives and demonstratives, and conjunctions.
var pointsBack = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true, "its": true,
	"him": true, "them": true, "this": true, "that": true, "these": true, "those": true, "such": true,
	"but": true, "and": true, "or": true, "yet": true, "so": true, "still": true, "also": true,
}

// paragraphBlock is the block of paragraphs [p0, p1): an article of their
// text, its spans counted from the first paragraph's start, with the
// article's title, outlet, byline, date, path and ID (what the engine
// reads of an article besides its text; its words are not counted: the
// sources give the whole article's).
func (a *Article) paragraphBlock(p0, p1 int) block {
	base := a.Paragraphs[p0].Start
	s0 := a.Paragraphs[p0].First
	last := a.Paragraphs[p1-1]
	s1 := last.First + last.Count
	b := &Article{ID: a.ID, Title: a.Title, Path: a.Path, Byline: a.Byline, Site: a.Site, Date: a.Date,
		Format: a.Format, Text: a.Text[base:last.End]}
	b.Paragraphs = make([]Paragraph, p1-p0)
	for i, p := range a.Paragraphs[p0:p1] {
		b.Paragraphs[i] = Paragraph{Span: Span{p.Start - base, p.End - base}, First: p.First - s0, Count: p.Count}
	}
	b.Sentences = make([]Sentence, s1-s0)
	for i, s := range a.Sentences[s0:s1] {
		b.Sentences[i] = Sentence{Span: Span{s.Start - base, s.End - base}, Para: s.Para - p0}
	}
	return block{a: b, sent0: s0}
}
