package brief

import "time"

// Briefing is the one-page briefing built from an analysis: what the app
// shows and the PDF prints.
type Briefing struct {
	// Title is the user's title, or one made from the dominant actors.
	Title string
	// Date is the briefing's date (today when built, unless set).
	Date    time.Time
	Sources []Source
	// BottomLine is two or three extractive sentences: the most central lead.
	BottomLine []Line
	// Actors are the key actors, most important first, with their Stance.
	Actors      []Actor
	Commitments []Commitment
	Disputes    []Dispute
	Quotes      []Quote
	// Omitted counts the items left out to fit one page (see FitOnePage).
	Omitted int
	// Analysis is what the briefing was built from (for looking up sources).
	Analysis *Analysis `json:"-"`
}

// Line is one sentence of the bottom line with its citation.
type Line struct {
	Text  string `json:"text"`
	Cites []Cite `json:"cites"`
}

// BuildOptions are the user's choices for a briefing.
type BuildOptions struct {
	// Title overrides the generated title when not empty.
	Title string
	// Date is the briefing's date; the zero value means today.
	Date time.Time
	// Pinned items (by Key) survive the one-page cut.
	Pinned map[string]bool
	// Removed items (by Key) are left out.
	Removed map[string]bool
}

// Build makes a briefing from an analysis: a title, the bottom line, the key
// actors with where they stand, and the commitments, disputes and quotes in
// order of importance, without the items the user removed.
func Build(an *Analysis, opt BuildOptions) *Briefing {
	b := &Briefing{Title: opt.Title, Date: opt.Date, Analysis: an}
	if b.Title == "" {
		b.Title = an.Title()
	}
	if b.Date.IsZero() {
		b.Date = time.Now()
	}
	b.Sources = an.Sources
	for _, a := range an.Actors {
		if !opt.Removed[a.Key()] {
			b.Actors = append(b.Actors, a)
		}
	}
	for _, c := range an.Commitments {
		if !opt.Removed[c.Key()] {
			b.Commitments = append(b.Commitments, c)
		}
	}
	for _, d := range an.Disputes {
		if !opt.Removed[d.Key()] {
			b.Disputes = append(b.Disputes, d)
		}
	}
	for _, q := range an.Quotes {
		if !opt.Removed[q.Key()] {
			b.Quotes = append(b.Quotes, q)
		}
	}
	return b
}
