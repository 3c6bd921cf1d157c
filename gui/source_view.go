package gui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief"
)

// styleHighlight marks the cited sentence in the source.
var styleHighlight = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}

// sourcePane shows an article, one rich text per paragraph, with the cited
// sentence in bold and the theme's primary colour on a tinted paragraph,
// scrolled into view.
type sourcePane struct {
	u *ui

	title  *widget.Label
	meta   *widget.RichText
	box    *fyne.Container
	scroll *container.Scroll
	empty  fyne.CanvasObject
	view   fyne.CanvasObject

	article *brief.Article
	source  string // the article's source ID in the analysis ("S2"), if known
	paras   []*sourcePara
	hl      int // highlighted sentence, or -1
}

// sourcePara is one paragraph: its text over a background that tints the
// paragraph holding the highlighted sentence.
type sourcePara struct {
	text *widget.RichText
	bg   *canvas.Rectangle
	obj  fyne.CanvasObject
}

func newSourcePane(u *ui) *sourcePane {
	s := &sourcePane{u: u, hl: -1}
	s.title = widget.NewLabel("")
	s.title.TextStyle = fyne.TextStyle{Bold: true}
	s.title.SizeName = theme.SizeNameSubHeadingText
	s.title.Wrapping = fyne.TextWrapWord
	s.meta = newMuted("")
	s.meta.Wrapping = fyne.TextWrapWord
	s.box = container.NewVBox()
	s.scroll = container.NewVScroll(s.box)

	hint := newMutedHint("Click an item of the briefing\nto see the sentence it comes from.")
	s.empty = container.NewCenter(hint)

	header := container.NewVBox(s.title, s.meta, widget.NewSeparator())
	s.view = container.NewStack(
		container.NewBorder(container.NewPadded(header), nil, nil, nil, s.scroll),
		s.empty)
	s.clear()
	return s
}

// clear empties the pane.
func (s *sourcePane) clear() {
	s.article, s.source, s.paras, s.hl = nil, "", nil, -1
	s.title.SetText("")
	setMuted(s.meta, "")
	s.box.RemoveAll()
	s.empty.Show()
}

// showCite shows the article a citation points at with its sentence
// highlighted (Sentence -1: the article's top).
func (s *sourcePane) showCite(c brief.Cite) {
	if s.u.an == nil {
		return
	}
	a := s.u.an.Article(c.Source)
	if a == nil {
		return
	}
	s.show(a, c.Source, c.Sentence)
}

// showArticle shows a library article, with a sentence highlighted or -1.
func (s *sourcePane) showArticle(id string, sentence int) {
	a, src := s.analysed(id)
	if a == nil && s.u.lib != nil {
		a = s.u.lib.Article(id)
	}
	if a == nil {
		return
	}
	s.show(a, src, sentence)
}

// analysed finds an article in the current analysis by ID.
func (s *sourcePane) analysed(id string) (*brief.Article, string) {
	if s.u.an == nil {
		return nil, ""
	}
	for i, a := range s.u.an.Articles {
		if a != nil && a.ID == id {
			return a, brief.SourceID(i)
		}
	}
	return nil, ""
}

// analysisChanged follows a new analysis: the article shown is looked up
// again (it may have been renamed or removed); with nothing shown, the
// first article is.
func (s *sourcePane) analysisChanged() {
	if s.article != nil {
		a, src := s.analysed(s.article.ID)
		if a == nil {
			s.clear()
		} else {
			if a != s.article {
				s.article = nil // renamed: redraw
			}
			s.show(a, src, s.hl)
			return
		}
	}
	if s.u.an != nil && len(s.u.an.Articles) > 0 && s.u.an.Articles[0] != nil {
		s.show(s.u.an.Articles[0], brief.SourceID(0), -1)
	}
}

// show displays article a (re-using the paragraphs when it is already
// shown) and highlights sentence hl.
func (s *sourcePane) show(a *brief.Article, source string, hl int) {
	if hl >= len(a.Sentences) {
		hl = -1
	}
	s.empty.Hide()
	if a != s.article {
		s.article, s.source, s.hl = a, source, hl
		s.title.SetText(a.Title)
		setMuted(s.meta, articleMeta(a, source))
		s.paras = make([]*sourcePara, len(a.Paragraphs))
		objs := make([]fyne.CanvasObject, len(a.Paragraphs))
		for i := range a.Paragraphs {
			sp := &sourcePara{bg: canvas.NewRectangle(nil)}
			sp.text = widget.NewRichText(wrapSafe(paragraphSegs(a, i, hl))...)
			sp.text.Wrapping = fyne.TextWrapWord
			sp.obj = container.NewStack(sp.bg, sp.text)
			s.paras[i] = sp
			objs[i] = sp.obj
		}
		s.box.Objects = objs
		s.box.Refresh()
		s.tint()
		s.scroll.ScrollToTop()
	} else if hl != s.hl {
		old := s.hl
		s.hl = hl
		s.repaint(old)
		s.repaint(hl)
		s.tint()
	}
	if source != s.source {
		s.source = source
		setMuted(s.meta, articleMeta(a, source))
	}
	s.u.library.selectID(a.ID)
	if hl >= 0 {
		s.scrollToSentence(hl)
	}
}

// repaint redraws the paragraph that holds sentence i.
func (s *sourcePane) repaint(i int) {
	if i < 0 || i >= len(s.article.Sentences) {
		return
	}
	p := s.article.Sentences[i].Para
	s.paras[p].text.Segments = wrapSafe(paragraphSegs(s.article, p, s.hl))
	s.paras[p].text.Refresh()
}

// tint colours the background of the highlighted sentence's paragraph.
func (s *sourcePane) tint() {
	hp := -1
	if s.hl >= 0 {
		hp = s.article.Sentences[s.hl].Para
	}
	th := fyne.CurrentApp().Settings().Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	for i, sp := range s.paras {
		if i == hp {
			sp.bg.FillColor = th.Color(theme.ColorNameSelection, v)
		} else {
			sp.bg.FillColor = nil
		}
		sp.bg.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
		sp.bg.Refresh()
	}
}

// scrollToSentence scrolls so the sentence stands in the upper third of
// the pane. The paragraphs are laid out first: a new article's have not
// been measured yet.
func (s *sourcePane) scrollToSentence(i int) {
	sent := s.article.Sentences[i]
	para := s.paras[sent.Para]
	if s.scroll.Size().Width <= 0 {
		return
	}
	layoutNow(s.scroll, s.box)
	p := s.article.Paragraphs[sent.Para]
	frac := float32(0)
	if p.End > p.Start {
		frac = float32(sent.Start-p.Start) / float32(p.End-p.Start)
	}
	y := para.obj.Position().Y + frac*para.obj.Size().Height
	view := s.scroll.Size().Height
	target := max(0, min(y-view/3, s.box.Size().Height-view))
	s.scroll.ScrollToOffset(fyne.NewPos(0, target))
}

// highlighted returns the text of the highlighted sentence as shown.
func (s *sourcePane) highlighted() string {
	for _, sp := range s.paras {
		for _, sg := range sp.text.Segments {
			if t, ok := sg.(*widget.TextSegment); ok && t.Style.ColorName == styleHighlight.ColorName && t.Style.TextStyle.Bold {
				return strings.TrimPrefix(t.Text, zwsp)
			}
		}
	}
	return ""
}

// paragraphSegs is the rich text of paragraph pi, with sentence hl in the
// highlight style when it is in this paragraph.
func paragraphSegs(a *brief.Article, pi, hl int) []widget.RichTextSegment {
	p := a.Paragraphs[pi]
	if hl < p.First || hl >= p.First+p.Count {
		return []widget.RichTextSegment{seg(a.Text[p.Start:p.End], widget.RichTextStyleParagraph)}
	}
	st := a.Sentences[hl]
	var segs []widget.RichTextSegment
	if st.Start > p.Start {
		segs = append(segs, seg(a.Text[p.Start:st.Start], styleInline))
	}
	segs = append(segs, seg(a.Text[st.Start:st.End], styleHighlight))
	if st.End < p.End {
		segs = append(segs, seg(a.Text[st.End:p.End], styleInline))
	}
	return endParagraph(segs)
}

// articleMeta describes an article under its title.
func articleMeta(a *brief.Article, source string) string {
	var parts []string
	if source != "" {
		parts = append(parts, source)
	}
	if a.Site != "" {
		parts = append(parts, a.Site)
	}
	if a.Byline != "" {
		parts = append(parts, a.Byline)
	}
	if d := formatDate(a.Date); d != "" {
		parts = append(parts, d)
	}
	parts = append(parts, plural(a.Words, "word", "words"))
	switch {
	case strings.Contains(a.Path, "://"):
		parts = append(parts, clip(a.Path, 70))
	case a.Path != "":
		parts = append(parts, filepath.Base(a.Path))
	}
	return strings.Join(parts, " · ")
}
