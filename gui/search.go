package gui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefing-app/briefing/brief/search"
)

// searchDebounce is how long typing must pause before a search runs.
const searchDebounce = 120 * time.Millisecond

// searchLimit caps the results shown per kind.
const searchLimit = 8

// searchPane is the search box and, while it holds a query, the results
// (in place of the library): grouped by kind, matched letters highlighted.
// Up and Down move through them, Enter or a click goes to one.
type searchPane struct {
	u *ui

	entry  *keyEntry
	header *widget.Label
	box    *fyne.Container
	scroll *wheelScroll
	view   fyne.CanvasObject

	timer   *time.Timer
	gen     int
	query   string // the query the results are for
	results []search.Result
	rows    []*itemRow
	cur     int
}

func newSearchPane(u *ui) *searchPane {
	s := &searchPane{u: u, cur: -1}
	s.entry = newKeyEntry()
	s.entry.PlaceHolder = "Search actors, quotes, text…  (" + keyName(scFind) + ")"
	s.entry.Icon = theme.SearchIcon()
	s.entry.OnChanged = s.onChanged
	s.entry.onKey = s.onKey
	s.entry.ActionItem = iconButton(theme.ContentClearIcon(), s.clear)

	s.header = widget.NewLabel("")
	s.header.TextStyle = fyne.TextStyle{Bold: true}
	s.header.Truncation = fyne.TextTruncateEllipsis
	hint := newMuted("Esc clears")
	s.box = container.NewVBox()
	s.scroll = newVScroll(s.box)
	s.view = container.NewBorder(container.NewBorder(nil, nil, nil, hint, s.header), nil, nil, nil, s.scroll)
	return s
}

// focusSearch puts the cursor in the search box, its text selected.
func (u *ui) focusSearch() {
	u.win.Canvas().Focus(u.search.entry)
	u.search.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// onChanged schedules a search once typing pauses.
func (s *searchPane) onChanged(text string) {
	if s.timer != nil && s.timer.Stop() {
		s.u.busy.Add(-1) // the search it would have started is dropped
	}
	s.u.busy.Add(1)
	s.timer = time.AfterFunc(searchDebounce, func() {
		defer s.u.busy.Add(-1)
		s.u.do(func() {
			if s.entry.Text == text {
				s.run(text)
			}
		})
	})
}

// indexChanged searches again with a new index.
func (s *searchPane) indexChanged() {
	if strings.TrimSpace(s.entry.Text) != "" {
		s.run(s.entry.Text)
	}
}

// run searches in the background and shows the results; a later search
// overtakes an earlier one.
func (s *searchPane) run(query string) {
	if strings.TrimSpace(query) == "" {
		s.showLibrary()
		return
	}
	index := s.u.index
	if index == nil {
		return
	}
	s.gen++
	gen := s.gen
	s.u.background(func() {
		start := time.Now()
		groups := index.Search(query, searchLimit)
		took := time.Since(start)
		s.u.do(func() {
			if gen == s.gen {
				s.show(query, groups, took)
			}
		})
	})
}

// show lists the results of a query.
func (s *searchPane) show(query string, groups []search.Group, took time.Duration) {
	s.query = query
	s.results, s.rows, s.cur = nil, nil, -1
	var objs []fyne.CanvasObject
	total := 0
	for _, g := range groups {
		total += g.Total
		count := fmt.Sprint(g.Total)
		if g.Total > len(g.Results) {
			count = fmt.Sprintf("%d of %s", len(g.Results), thousands(g.Total))
		}
		if len(objs) > 0 {
			objs = append(objs, gap(theme.Padding()))
		}
		objs = append(objs, sectionHeading(g.Kind.String(), count))
		for _, r := range g.Results {
			i := len(s.results)
			s.results = append(s.results, r)
			row := newItemRow(s.resultSegs(r), nil, func() { s.open(i) })
			row.singleLine(s.resultSource(r))
			s.rows = append(s.rows, row)
			objs = append(objs, row)
		}
	}
	if total == 0 {
		none := newMuted("Nothing matches “" + clip(query, 40) + "”.")
		none.Wrapping = fyne.TextWrapWord
		objs = append(objs, none)
		s.header.SetText("No results")
	} else {
		s.header.SetText(plural(total, "result", "results"))
	}
	s.box.Objects = objs
	s.box.Refresh()
	s.scroll.ScrollToTop()
	if len(s.rows) > 0 {
		s.setCurrent(0)
	}
	s.u.library.view.Hide()
	s.view.Show()
	s.u.setStatus(fmt.Sprintf("Searched %s items in %s", thousands(s.u.index.Len()), roundDuration(took)))
}

// resultSegs is a result's text with the matched letters highlighted; a
// long text starts shortly before the first match, so the match shows.
func (s *searchPane) resultSegs(r search.Result) []widget.RichTextSegment {
	text, matched := window([]rune(r.Text), r.Matched, 160)
	return endParagraph(highlightSegs(text, matched))
}

// resultSource says where a result is from: "[S1:4] · Article title" (an
// article's own result: its citation alone).
func (s *searchPane) resultSource(r search.Result) string {
	title := ""
	if s.u.an != nil && r.Kind != search.Articles {
		if a := s.u.an.Article(r.Cite.Source); a != nil {
			title = articleTitle(a.Title)
		}
	}
	return metaLine(citeLabel(r.Cite), title)
}

// highlightSegs splits text into runs of matched and unmatched runes.
func highlightSegs(text []rune, matched []int) []widget.RichTextSegment {
	on := make(map[int]bool, len(matched))
	for _, i := range matched {
		on[i] = true
	}
	var segs []widget.RichTextSegment
	start := 0
	for i := 1; i <= len(text); i++ {
		if i == len(text) || on[i] != on[start] {
			style := styleInline
			if on[start] {
				style = styleMatch
			}
			segs = append(segs, seg(string(text[start:i]), style))
			start = i
		}
	}
	return segs
}

// window cuts text to at most n runes starting shortly before the first
// match, with ellipses, and shifts the matched indexes to match: a row shows
// the start of its text, so a match far into a sentence or after a quote
// would otherwise be out of sight.
func window(text []rune, matched []int, n int) ([]rune, []int) {
	first := 0
	if len(matched) > 0 {
		first = matched[0]
	}
	start := 0
	if first > 25 {
		start = first - 15
	}
	end := min(len(text), start+n)
	if start == 0 && end == len(text) {
		return text, matched
	}
	out := append([]rune{}, text[start:end]...)
	shift := start
	if start > 0 {
		out = append([]rune("…"), out...)
		shift--
	}
	if end < len(text) {
		out = append(out, '…')
	}
	var m []int
	for _, i := range matched {
		if i >= start && i < end {
			m = append(m, i-shift)
		}
	}
	return out, m
}

// onKey handles the keys of the search box: arrows move through the
// results, Enter opens one, Escape clears the search.
func (s *searchPane) onKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		s.setCurrent(min(s.cur+1, len(s.rows)-1))
	case fyne.KeyUp:
		s.setCurrent(max(s.cur-1, 0))
	case fyne.KeyReturn, fyne.KeyEnter:
		s.flush()
		if s.cur >= 0 {
			s.open(s.cur)
		}
	case fyne.KeyEscape:
		s.clear()
	default:
		return false
	}
	return true
}

// flush runs a pending search now (Enter pressed before the pause).
func (s *searchPane) flush() {
	if s.timer != nil && s.timer.Stop() {
		s.u.busy.Add(-1)
		if q := s.entry.Text; strings.TrimSpace(q) != "" && s.u.index != nil {
			s.gen++
			s.show(q, s.u.index.Search(q, searchLimit), 0)
		}
	}
}

func (s *searchPane) setCurrent(i int) {
	if i < 0 || i >= len(s.rows) {
		return
	}
	if s.cur >= 0 && s.cur < len(s.rows) {
		s.rows[s.cur].setSelected(false)
	}
	s.cur = i
	s.rows[i].setSelected(true)
	layoutNow(s.scroll, s.box)
	scrollIntoView(s.scroll, s.rows[i])
}

// open goes to result i: the item in the briefing, its sentence in the
// source.
func (s *searchPane) open(i int) {
	if i < 0 || i >= len(s.results) {
		return
	}
	s.setCurrent(i)
	r := s.results[i]
	switch r.Kind {
	case search.Articles:
		if a := s.u.an.Article(r.Cite.Source); a != nil {
			s.u.source.showArticle(a.ID, -1)
		}
	case search.Sentences:
		s.u.briefing.setSelected("")
		s.u.source.showCite(r.Cite)
	default:
		s.u.selectItem(r.Key, r.Cite)
	}
}

// clear empties the search box and shows the library again.
func (s *searchPane) clear() {
	if s.timer != nil && s.timer.Stop() {
		s.u.busy.Add(-1)
	}
	s.gen++
	s.entry.OnChanged = nil
	s.entry.SetText("")
	s.entry.OnChanged = s.onChanged
	s.showLibrary()
}

func (s *searchPane) showLibrary() {
	searching := s.view.Visible()
	s.results, s.rows, s.cur, s.query = nil, nil, -1, ""
	s.box.RemoveAll()
	s.view.Hide()
	s.u.library.view.Show()
	if searching && s.u.loadingOps == 0 {
		// The status bar said how long the search took: back to what the
		// briefing is made from.
		s.u.setStatus(s.u.summary(s.u.buildTook))
	}
}
