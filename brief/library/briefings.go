package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
	"github.com/briefing-app/briefing/internal/fserr"
)

// Names the library gives briefings itself.
const (
	// SampleName is the name of the briefing of the sample article.
	SampleName = "Sample briefing"
	// SamplePath is the Path of the sample article (the app sets it).
	SamplePath = "Sample article"
	// RecoveredName is the briefing that takes articles no briefing held
	// (after a crash, or a damaged index or briefing file).
	RecoveredName = "Recovered articles"
	// maxNameLen bounds a briefing's name, in characters.
	maxNameLen = 200
)

// Briefing is one briefing of the library: a named set of the library's
// articles, in the user's order, with its own page title, pinned and
// removed items, paper size and what its last export held.
type Briefing struct {
	ID string `json:"id"`
	// Name is what the briefing is called in the list and on the command
	// line; unique in the library (ignoring case).
	Name string `json:"name"`
	// Title is the page's title the user chose; "" is the generated one.
	Title string `json:"title,omitempty"`
	// Paper is the page's paper size; "" is the app's default.
	Paper page.Paper `json:"paper,omitempty"`
	// Sample marks the briefing of the sample article, which holds nothing
	// else.
	Sample bool `json:"sample,omitempty"`
	// Articles are the IDs of its articles, in order.
	Articles []string `json:"articles"`
	// Pinned and Removed are item keys (brief.Actor.Key …), sorted.
	Pinned  []string `json:"pinned,omitempty"`
	Removed []string `json:"removed,omitempty"`
	// Created and Modified are when it was made and last changed.
	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`
	// Exported is what its last exported page held; nil before the first
	// export.
	Exported *Export `json:"exported,omitempty"`
}

// Export records one export of a briefing's page.
type Export struct {
	// At is when it was exported.
	At time.Time `json:"at"`
	// Keys are the item keys on the exported page: an item not among them
	// is new since the export.
	Keys []string `json:"keys"`
}

// IsNew reports whether an item (by its key) was not on the page last
// exported. Before the first export nothing is new.
func (b Briefing) IsNew(key string) bool {
	if b.Exported == nil {
		return false
	}
	_, found := slices.BinarySearch(b.Exported.Keys, key)
	return !found
}

// Options returns the briefing's choices as page.Options: the title and the
// pinned and removed items.
func (b Briefing) Options() page.Options {
	opt := page.Options{Title: b.Title, Pinned: map[string]bool{}, Removed: map[string]bool{}}
	for _, k := range b.Pinned {
		opt.Pinned[k] = true
	}
	for _, k := range b.Removed {
		opt.Removed[k] = true
	}
	return opt
}

func (b *Briefing) clone() Briefing {
	c := *b
	c.Articles = slices.Clone(b.Articles)
	c.Pinned = slices.Clone(b.Pinned)
	c.Removed = slices.Clone(b.Removed)
	if b.Exported != nil {
		e := *b.Exported
		e.Keys = slices.Clone(e.Keys)
		c.Exported = &e
	}
	return c
}

// storedBriefing is the file of one briefing.
type storedBriefing struct {
	Version int `json:"version"`
	Briefing
}

// Errors of the briefing operations.
var (
	// ErrNoBriefing is returned for a briefing ID or name the library does
	// not have.
	ErrNoBriefing = errors.New("there is no such briefing")
	// ErrNameTaken is returned when a briefing would get the name of
	// another one.
	ErrNameTaken = errors.New("another briefing has that name")
	// ErrSample is returned when articles are added to the sample briefing.
	ErrSample = errors.New("the sample briefing holds only the sample article: make a new briefing for your articles")
)

// Briefings returns the briefings, newest first.
func (l *Library) Briefings() []Briefing {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]Briefing, 0, len(l.briefings))
	for _, b := range l.briefings {
		out = append(out, b.clone())
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Created.Equal(out[j].Created) {
			return out[i].Created.After(out[j].Created)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Briefing returns the briefing with the given ID.
func (l *Library) Briefing(id string) (Briefing, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[id]
	if b == nil {
		return Briefing{}, false
	}
	return b.clone(), true
}

// Find returns the briefing with the given name (ignoring case and runs of
// spaces).
func (l *Library) Find(name string) (Briefing, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if b := l.byName(name); b != nil {
		return b.clone(), true
	}
	return Briefing{}, false
}

// Entries returns what the library records about a briefing's articles, in
// the briefing's order.
func (l *Library) Entries(bid string) []Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[bid]
	if b == nil {
		return nil
	}
	out := make([]Entry, 0, len(b.Articles))
	for _, id := range b.Articles {
		if i := l.entryIndex(id); i >= 0 {
			out = append(out, l.idx.Articles[i])
		}
	}
	return out
}

// Articles returns a briefing's articles, in its order. They are shared:
// callers must not modify them.
func (l *Library) Articles(bid string) []*brief.Article {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[bid]
	if b == nil {
		return nil
	}
	out := make([]*brief.Article, 0, len(b.Articles))
	for _, id := range b.Articles {
		if a := l.articles[id]; a != nil {
			out = append(out, a)
		}
	}
	return out
}

// Options returns a briefing's choices as page.Options.
func (l *Library) Options(bid string) page.Options {
	b, _ := l.Briefing(bid)
	return b.Options()
}

// UniqueName returns name, cleaned of extra spaces, or with " (2)", " (3)"
// … added when another briefing has it.
func (l *Library) UniqueName(name string) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.uniqueName(cleanName(name))
}

// NewBriefing makes a briefing with the given name holding the given
// articles of the library (in that order; IDs the library does not have are
// left out).
func (l *Library) NewBriefing(name string, articles []string) (Briefing, error) {
	name = cleanName(name)
	if name == "" {
		return Briefing{}, errors.New("a briefing needs a name")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.nameTaken(name, "") {
		return Briefing{}, fmt.Errorf("cannot make the briefing “%s”: %w", name, ErrNameTaken)
	}
	now := time.Now().UTC()
	b := &Briefing{ID: newBriefingID(), Name: name, Created: now, Modified: now, Articles: []string{}}
	for _, id := range articles {
		if l.articles[id] != nil && !slices.Contains(b.Articles, id) {
			b.Articles = append(b.Articles, id)
		}
	}
	if err := l.saveBriefing(b); err != nil {
		return Briefing{}, err
	}
	l.briefings[b.ID] = b
	l.fresh = false
	return b.clone(), nil
}

// NewSample makes the briefing of the sample articles (adding them to the
// library), named SampleName, or returns the one there is.
func (l *Library) NewSample(articles ...*brief.Article) (Briefing, error) {
	for _, a := range articles {
		if err := checkArticle(a); err != nil {
			return Briefing{}, err
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, b := range l.briefings {
		if b.Sample {
			return b.clone(), nil
		}
	}
	now := time.Now().UTC()
	b := &Briefing{ID: newBriefingID(), Name: l.uniqueName(SampleName), Sample: true,
		Articles: []string{}, Created: now, Modified: now}
	var stored []string
	for _, a := range articles {
		if l.articles[a.ID] == nil {
			if err := l.storeArticle(a); err != nil {
				l.dropArticles(stored)
				return Briefing{}, err
			}
			stored = append(stored, a.ID)
		}
		if !slices.Contains(b.Articles, a.ID) {
			b.Articles = append(b.Articles, a.ID)
		}
	}
	if err := l.saveBriefing(b); err != nil {
		l.dropArticles(stored)
		return Briefing{}, err
	}
	l.briefings[b.ID] = b
	return b.clone(), nil
}

// RenameBriefing gives a briefing a new name.
func (l *Library) RenameBriefing(id, name string) error {
	name = cleanName(name)
	if name == "" {
		return errors.New("a briefing needs a name")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[id]
	if b == nil {
		return ErrNoBriefing
	}
	if b.Name == name {
		return nil
	}
	if l.nameTaken(name, id) {
		return fmt.Errorf("cannot rename the briefing to “%s”: %w", name, ErrNameTaken)
	}
	return l.change(b, func(b *Briefing) { b.Name = name })
}

// DuplicateBriefing makes a copy of a briefing — its articles, title,
// curation and paper — named "NAME (copy)".
func (l *Library) DuplicateBriefing(id string) (Briefing, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	src := l.briefings[id]
	if src == nil {
		return Briefing{}, ErrNoBriefing
	}
	c := src.clone()
	now := time.Now().UTC()
	c.ID, c.Created, c.Modified, c.Exported, c.Sample = newBriefingID(), now, now, nil, false
	c.Name = l.uniqueName(cleanName(src.Name + " (copy)"))
	if err := l.saveBriefing(&c); err != nil {
		return Briefing{}, err
	}
	l.briefings[c.ID] = &c
	return c.clone(), nil
}

// Deleted is a briefing deleted by DeleteBriefing, with what Undelete needs
// to put it back: the articles no other briefing held, which were deleted
// with it.
type Deleted struct {
	Briefing Briefing
	articles []*brief.Article
}

// DeleteBriefing deletes a briefing, and the articles no other briefing
// holds. The returned Deleted puts it back (see Undelete).
func (l *Library) DeleteBriefing(id string) (*Deleted, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[id]
	if b == nil {
		return nil, ErrNoBriefing
	}
	if err := l.writable(); err != nil {
		return nil, err
	}
	d := &Deleted{Briefing: b.clone()}
	// The briefing's file goes first: a crash before its articles are
	// deleted leaves articles no briefing holds, which the next Open
	// recovers rather than lose.
	if err := l.fs.Remove(l.briefingPath(id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("cannot delete the briefing “%s”: %w", b.Name, fserr.WriteReason(err, l.briefingPath(id)))
	}
	syncDir(l.fs, filepath.Dir(l.briefingPath(id)))
	delete(l.briefings, id)
	held := map[string]bool{}
	for _, o := range l.briefings {
		for _, aid := range o.Articles {
			held[aid] = true
		}
	}
	for _, aid := range b.Articles {
		if !held[aid] && l.articles[aid] != nil {
			d.articles = append(d.articles, l.articles[aid])
		}
	}
	if l.idx.Open == id {
		l.idx.Open = ""
	}
	if err := l.dropArticles(b.Articles); err != nil {
		return d, err
	}
	return d, nil
}

// Undelete puts back a briefing DeleteBriefing deleted, with its articles.
// When another briefing has taken its name meanwhile, it gets a new one.
func (l *Library) Undelete(d *Deleted) (Briefing, error) {
	if d == nil {
		return Briefing{}, ErrNoBriefing
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	// All or nothing: the articles stored for a briefing that cannot be
	// saved are deleted again: a failed Undo leaves the library as it was.
	var stored []string
	for _, a := range d.articles {
		if l.articles[a.ID] == nil {
			if err := l.storeArticle(a); err != nil {
				l.dropArticles(stored)
				return Briefing{}, err
			}
			stored = append(stored, a.ID)
		}
	}
	b := d.Briefing.clone()
	if l.briefings[b.ID] != nil {
		b.ID = newBriefingID()
	}
	b.Name = l.uniqueName(b.Name)
	b.Articles = slices.DeleteFunc(b.Articles, func(id string) bool { return l.articles[id] == nil })
	if err := l.saveBriefing(&b); err != nil {
		l.dropArticles(stored)
		return Briefing{}, err
	}
	l.briefings[b.ID] = &b
	return b.clone(), nil
}

// Add adds an article to a briefing, and to the library when it is not
// there yet (an article is stored once, whichever briefings hold it). An
// article the briefing already holds is not added again: added is false.
func (l *Library) Add(bid string, a *brief.Article) (added bool, err error) {
	if err := checkArticle(a); err != nil {
		return false, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[bid]
	if b == nil {
		return false, ErrNoBriefing
	}
	if slices.Contains(b.Articles, a.ID) {
		return false, nil
	}
	if b.Sample {
		return false, ErrSample
	}
	if err := l.writable(); err != nil {
		return false, err
	}
	if l.articles[a.ID] != nil {
		err := l.change(b, func(b *Briefing) { b.Articles = append(b.Articles, a.ID) })
		return err == nil, err
	}
	// A new article: its file, then the briefing that holds it, then the
	// index. A crash after the briefing is written leaves an article file
	// the next Open adopts, already in its briefing.
	now := time.Now().UTC()
	path, err := l.writeArticle(a, now)
	if err != nil {
		return false, err
	}
	old := b
	if err := l.change(b, func(b *Briefing) { b.Articles = append(b.Articles, a.ID) }); err != nil {
		l.fs.Remove(path)
		return false, err
	}
	if err := l.indexArticle(a, now); err != nil {
		if l.saveBriefing(old) == nil {
			l.briefings[old.ID] = old
			l.fs.Remove(path)
		}
		return false, err
	}
	return true, nil
}

// Remove takes an article out of a briefing; the article is deleted from
// the library when no other briefing holds it.
func (l *Library) Remove(bid, id string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[bid]
	if b == nil {
		return ErrNoBriefing
	}
	i := slices.Index(b.Articles, id)
	if i < 0 {
		return nil
	}
	if err := l.change(b, func(b *Briefing) { b.Articles = slices.Delete(b.Articles, i, i+1) }); err != nil {
		return err
	}
	return l.dropArticles([]string{id})
}

// Move puts an article of a briefing at position to (clamped to the list),
// keeping the others in order.
func (l *Library) Move(bid, id string, to int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[bid]
	if b == nil {
		return ErrNoBriefing
	}
	i := slices.Index(b.Articles, id)
	if i < 0 {
		return nil
	}
	to = max(0, min(to, len(b.Articles)-1))
	if to == i {
		return nil
	}
	return l.change(b, func(b *Briefing) {
		b.Articles = slices.Insert(slices.Delete(b.Articles, i, i+1), to, id)
	})
}

// SetTitle saves a briefing's page title; "" goes back to the generated one.
func (l *Library) SetTitle(bid, title string) error {
	title = cleanMeta(title)
	return l.changeID(bid, func(b *Briefing) { b.Title = title })
}

// SetPaper saves a briefing's paper size.
func (l *Library) SetPaper(bid string, p page.Paper) error {
	return l.changeID(bid, func(b *Briefing) { b.Paper = p })
}

// SetPinned pins an item (by its Key) so it survives the one-page cut, or
// unpins it. Pinning an item un-removes it.
func (l *Library) SetPinned(bid, key string, pinned bool) error {
	return l.changeID(bid, func(b *Briefing) {
		b.Pinned = setKey(b.Pinned, key, pinned)
		if pinned {
			b.Removed = setKey(b.Removed, key, false)
		}
	})
}

// SetRemoved removes an item (by its Key) from the briefing, or restores it.
// Removing an item unpins it.
func (l *Library) SetRemoved(bid, key string, removed bool) error {
	return l.changeID(bid, func(b *Briefing) {
		b.Removed = setKey(b.Removed, key, removed)
		if removed {
			b.Pinned = setKey(b.Pinned, key, false)
		}
	})
}

// RestoreAll puts every removed item of a briefing back.
func (l *Library) RestoreAll(bid string) error {
	return l.changeID(bid, func(b *Briefing) { b.Removed = nil })
}

// MarkExported records the items (keys) of the page just exported, and
// when: items not among them are new until the next export.
func (l *Library) MarkExported(bid string, keys []string) error {
	keys = slices.Clone(keys)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if keys == nil {
		keys = []string{}
	}
	return l.changeID(bid, func(b *Briefing) { b.Exported = &Export{At: time.Now().UTC(), Keys: keys} })
}

// OpenBriefing returns the briefing the app showed last ("" when none).
func (l *Library) OpenBriefing() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.idx.Open
}

// SetOpenBriefing records the briefing the app shows.
func (l *Library) SetOpenBriefing(bid string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.idx.Open == bid || l.briefings[bid] == nil {
		return nil
	}
	old := l.idx.Open
	l.idx.Open = bid
	if err := l.saveIndex(); err != nil {
		l.idx.Open = old
		return err
	}
	return nil
}

// changeID applies f to a copy of the briefing bid and saves it.
func (l *Library) changeID(bid string, f func(*Briefing)) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[bid]
	if b == nil {
		return ErrNoBriefing
	}
	return l.change(b, f)
}

// change applies f to a copy of b and saves the copy; b is replaced only
// once it is saved, so a failed write changes nothing. l.mu must be held.
func (l *Library) change(b *Briefing, f func(*Briefing)) error {
	c := b.clone()
	f(&c)
	c.Modified = time.Now().UTC()
	if err := l.saveBriefing(&c); err != nil {
		return err
	}
	l.briefings[c.ID] = &c
	return nil
}

// saveBriefing writes a briefing's file. l.mu must be held.
func (l *Library) saveBriefing(b *Briefing) error {
	if err := l.writable(); err != nil {
		return err
	}
	if b.Articles == nil {
		b.Articles = []string{}
	}
	data, err := json.MarshalIndent(storedBriefing{Version: briefingVersion, Briefing: *b}, "", "  ")
	if err == nil {
		err = writeFileAtomic(l.fs, l.briefingPath(b.ID), data)
	}
	if err != nil {
		return fmt.Errorf("cannot save the briefing “%s”: %w", b.Name, err)
	}
	return nil
}

// readBriefing reads one briefing file. A damaged file is moved aside; one
// written by a newer version is left alone.
func (l *Library) readBriefing(id string) (*Briefing, *Problem) {
	path := l.briefingPath(id)
	data, err := l.readRegular(path)
	if err != nil {
		return nil, &Problem{Path: path, Err: err}
	}
	var sb storedBriefing
	err = json.Unmarshal(data, &sb)
	switch {
	case err != nil:
		err = fmt.Errorf("%w: %v", errCorrupt, err)
	case sb.Version > briefingVersion:
		return nil, &Problem{Path: path, Err: &NewerVersionError{What: "the briefing “" + clipName(sb.Name) + "”", Version: sb.Version}}
	case sb.ID != id:
		err = fmt.Errorf("%w: it holds briefing %q, not %q", errCorrupt, clipID(sb.ID), id)
	case cleanName(sb.Name) == "":
		err = fmt.Errorf("%w: the briefing has no name", errCorrupt)
	}
	if err != nil {
		p := l.moveAside(path, err)
		return nil, &p
	}
	b := sb.Briefing
	b.Name = cleanName(b.Name)
	b.Title = cleanMeta(b.Title)
	b.Articles = slices.DeleteFunc(b.Articles, func(id string) bool { return !validArticleID(id) })
	slices.Sort(b.Pinned)
	slices.Sort(b.Removed)
	if b.Exported != nil {
		slices.Sort(b.Exported.Keys)
	}
	if b.Paper != "" {
		if p, err := page.ParsePaper(string(b.Paper)); err == nil {
			b.Paper = p
		} else {
			b.Paper = ""
		}
	}
	return &b, nil
}

// migrateV1 turns the one briefing of a Briefing 0.2 library into
// briefings: the sample article (if it is still there) into the sample
// briefing, the user's articles into one briefing named from its title —
// the one the user gave it, else the one the page made — with its pins and
// removed items. It returns the briefings made.
func (l *Library) migrateV1() []*Briefing {
	now := time.Now().UTC()
	var user, sample []string
	for _, e := range l.idx.Articles {
		if e.Path == SamplePath {
			sample = append(sample, e.ID)
		} else {
			user = append(user, e.ID)
		}
	}
	var made []*Briefing
	if len(sample) > 0 {
		b := &Briefing{ID: newBriefingID(), Name: l.uniqueName(SampleName), Sample: true,
			Articles: sample, Created: now.Add(-time.Second), Modified: now}
		l.briefings[b.ID] = b
		made = append(made, b)
	}
	if len(user) > 0 || l.idx.Title != "" || len(l.idx.Pinned) > 0 || len(l.idx.Removed) > 0 {
		name := l.idx.Title
		if name == "" && len(user) > 0 {
			var arts []*brief.Article
			for _, id := range user {
				arts = append(arts, l.articles[id])
			}
			name = page.Build(brief.Analyze(arts...), page.Options{}).Title
		}
		if cleanName(name) == "" {
			name = "My briefing"
		}
		b := &Briefing{ID: newBriefingID(), Name: l.uniqueName(cleanName(name)), Title: cleanMeta(l.idx.Title),
			Articles: user, Pinned: slices.Sorted(slices.Values(l.idx.Pinned)),
			Removed: slices.Sorted(slices.Values(l.idx.Removed)), Created: now, Modified: now}
		if b.Articles == nil {
			b.Articles = []string{}
		}
		l.briefings[b.ID] = b
		l.idx.Open = b.ID
		made = append(made, b)
	}
	l.idx.Title, l.idx.Pinned, l.idx.Removed = "", nil, nil
	return made
}

// byName finds a briefing by name; l.mu must be held.
func (l *Library) byName(name string) *Briefing {
	key := nameKey(name)
	for _, b := range l.briefings {
		if nameKey(b.Name) == key {
			return b
		}
	}
	return nil
}

// nameTaken reports whether a briefing other than except has the name.
func (l *Library) nameTaken(name, except string) bool {
	b := l.byName(name)
	return b != nil && b.ID != except
}

// uniqueName adds " (2)", " (3)" … to a name another briefing has.
func (l *Library) uniqueName(name string) string {
	if !l.nameTaken(name, "") {
		return name
	}
	base := name
	for n := 2; ; n++ {
		c := fmt.Sprintf("%s (%d)", base, n)
		if !l.nameTaken(c, "") {
			return c
		}
	}
}

// cleanName collapses spaces and bounds a name's length.
func cleanName(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	return clipName(name)
}

func clipName(name string) string {
	if utf8.RuneCountInString(name) <= maxNameLen {
		return name
	}
	return strings.TrimSpace(string([]rune(name)[:maxNameLen]))
}

func nameKey(name string) string { return strings.ToLower(cleanName(name)) }

// setKey adds key to (on) or deletes it from (!on) a sorted list, returning
// a new list.
func setKey(list []string, key string, on bool) []string {
	i, found := slices.BinarySearch(list, key)
	switch {
	case on && !found:
		return slices.Insert(slices.Clone(list), i, key)
	case !on && found:
		return slices.Delete(slices.Clone(list), i, i+1)
	}
	return list
}

// checkArticle refuses an article the library cannot keep.
func checkArticle(a *brief.Article) error {
	if a == nil || strings.TrimSpace(a.Text) == "" {
		return errors.New("cannot add an article without text to the library")
	}
	if !validArticleID(a.ID) {
		return fmt.Errorf("cannot add %q to the library: its ID %q is not one Briefing makes", a.Title, clipID(a.ID))
	}
	return nil
}

// PageKeys lists the keys of the items on a page — where its sources
// differ, its actors, commitments, disputes and quotes — for
// MarkExported: every item the page shows, so that none is new just after
// an export.
func PageKeys(b *page.Briefing) []string {
	if b == nil {
		return nil
	}
	var keys []string
	for _, d := range b.Differences {
		keys = append(keys, d.Key())
	}
	for _, a := range b.Actors {
		keys = append(keys, a.Key())
	}
	for _, c := range b.Commitments {
		keys = append(keys, c.Key())
	}
	for _, d := range b.Disputes {
		keys = append(keys, d.Key())
	}
	for _, q := range b.Quotes {
		keys = append(keys, q.Key())
	}
	return keys
}

// FileName is the name a briefing's .briefing file gets by default: its
// name, without what a file name cannot hold, and Ext.
func FileName(name string) string {
	return (&page.Briefing{Title: name}).FileName(Ext)
}
