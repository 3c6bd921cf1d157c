package library

import (
	"errors"
	"fmt"

	"github.com/briefing-app/briefing/brief"
)

// The changes the command line makes to a library.
const (
	// OpNew makes a briefing named Briefing with the Articles.
	OpNew = "new"
	// OpAdd adds the Articles to the briefing named Briefing.
	OpAdd = "add"
	// OpExported records Keys as what the briefing named Briefing's last
	// exported page held.
	OpExported = "exported"
)

// Change is one change the command line makes to a library: `briefing new`,
// `briefing add`, and the record of `briefing export --briefing`. It is data
// so that the command can apply it itself (with Apply) or, when the app has
// the library open, hand it to the app, which applies it the same way: only
// one process ever writes a library.
type Change struct {
	Op       string           `json:"op"`
	Briefing string           `json:"briefing"`
	Articles []*brief.Article `json:"articles,omitempty"`
	Keys     []string         `json:"keys,omitempty"`
}

// Outcome says what Apply did.
type Outcome struct {
	// Briefing is the briefing made or changed, as it is now.
	Briefing Briefing `json:"briefing"`
	// Added counts the articles added to it; Already those it held.
	Added   int `json:"added"`
	Already int `json:"already"`
}

// Apply makes a change. Articles are made again from their text (see
// Rebuild), whatever their IDs say. A new briefing needs a name no other
// briefing has (ErrNameTaken); adding to or recording the export of a
// briefing that does not exist is ErrNoBriefing.
func (l *Library) Apply(c Change) (Outcome, error) {
	name := cleanName(c.Briefing)
	if name == "" {
		return Outcome{}, errors.New("name the briefing")
	}
	var out Outcome
	var articles []*brief.Article
	for _, a := range c.Articles {
		b, err := Rebuild(a)
		if err != nil {
			return out, fmt.Errorf("cannot add %w", err)
		}
		articles = append(articles, b)
	}
	var b Briefing
	switch c.Op {
	case OpNew:
		var err error
		if b, err = l.NewBriefing(name, nil); err != nil {
			return out, err
		}
	case OpAdd, OpExported:
		var ok bool
		if b, ok = l.Find(name); !ok {
			return out, notFound(name)
		}
	default:
		return out, fmt.Errorf("unknown change %q", c.Op)
	}
	if c.Op == OpExported {
		if err := l.MarkExported(b.ID, c.Keys); err != nil {
			return out, err
		}
	}
	for _, a := range articles {
		added, err := l.Add(b.ID, a)
		if err != nil {
			out.Briefing, _ = l.Briefing(b.ID)
			return out, err
		}
		if added {
			out.Added++
		} else {
			out.Already++
		}
	}
	out.Briefing, _ = l.Briefing(b.ID)
	return out, nil
}

// notFoundError is ErrNoBriefing for a name, saying which.
type notFoundError struct{ name string }

func notFound(name string) error { return notFoundError{name} }

func (e notFoundError) Error() string {
	return fmt.Sprintf("there is no briefing named “%s” (briefing list shows them)", e.name)
}

func (e notFoundError) Is(target error) bool { return target == ErrNoBriefing }
