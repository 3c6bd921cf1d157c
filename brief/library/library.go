package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

// The files of a library directory.
const (
	indexFile     = "library.json"
	articlesDir   = "articles"
	version       = 1
	corruptSuffix = ".corrupt-"
	tempPrefix    = ".tmp-"
)

// Library is the user's collection of articles, kept in a directory: an
// index (library.json) that lists the articles in the user's order with
// their titles, plus the briefing's title and the pinned and removed item
// keys, and one JSON file per article under articles/.
//
// Every write goes to a temporary file that is synced and renamed over the
// old one, so a crash leaves either the old file or the new one. A file that
// cannot be read is moved aside (to NAME.corrupt-TIMESTAMP) and reported,
// never dropped silently. A Library is safe for concurrent use.
type Library struct {
	dir string

	mu       sync.Mutex
	idx      index
	articles map[string]*brief.Article
	fresh    bool
}

// Entry is what the library records about one article.
type Entry struct {
	ID     string    `json:"id"`
	Title  string    `json:"title"`
	Site   string    `json:"site,omitempty"`
	Byline string    `json:"byline,omitempty"`
	Path   string    `json:"path,omitempty"`
	Date   time.Time `json:"date,omitzero"`
	Words  int       `json:"words"`
	Added  time.Time `json:"added"`
}

type index struct {
	Version  int      `json:"version"`
	Title    string   `json:"title,omitempty"`
	Pinned   []string `json:"pinned,omitempty"`
	Removed  []string `json:"removed,omitempty"`
	Articles []Entry  `json:"articles"`
}

// storedArticle is the file of one article.
type storedArticle struct {
	Version int       `json:"version"`
	Added   time.Time `json:"added"`
	*brief.Article
}

// Problem is one file of a library that could not be read.
type Problem struct {
	// Path is the file that could not be read.
	Path string
	// Title is the title of the article the file holds, when the index
	// knows it: the user knows their articles by title, not by file name.
	Title string
	// MovedTo is where the file was moved aside; empty when it was missing.
	MovedTo string
	Err     error
}

// Error says which file could not be read, why, and where it was moved.
func (p Problem) Error() string {
	name := filepath.Base(p.Path)
	if p.Title != "" {
		name = fmt.Sprintf("the article %q (%s)", p.Title, name)
	}
	if p.MovedTo != "" {
		return fmt.Sprintf("%s could not be read (%v); it was moved to %s", name, p.Err, filepath.Base(p.MovedTo))
	}
	return fmt.Sprintf("%s could not be read: %v", name, p.Err)
}

// Unwrap returns the reason the file could not be read.
func (p Problem) Unwrap() error { return p.Err }

// Error reports the files Open could not read. The library is still
// usable: it holds everything that could be read.
type Error struct {
	Dir      string
	Problems []Problem
	// Recovered counts the articles found again by reading the article
	// files when the index itself was damaged.
	Recovered int
}

// Error lists the files that could not be read, and how many articles were
// recovered.
func (e *Error) Error() string {
	var b strings.Builder
	if len(e.Problems) == 1 {
		b.WriteString("part of the library could not be read: ")
	} else {
		fmt.Fprintf(&b, "%d files of the library could not be read: ", len(e.Problems))
	}
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Error())
	}
	if e.Recovered > 0 {
		fmt.Fprintf(&b, ". %d article(s) were recovered from their own files", e.Recovered)
	}
	return b.String()
}

// Unwrap returns the problems' errors.
func (e *Error) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

// errCorrupt is wrapped by the problem of a library file that is
// not valid JSON or does not hold what it should.
var errCorrupt = errors.New("the file is damaged")

// Open opens (or creates) the library in dir. When some files
// cannot be read, it returns the usable library together with a
// *Error that lists them; only a directory that cannot be created
// or read gives a nil library.
func Open(dir string) (*Library, error) {
	if err := os.MkdirAll(filepath.Join(dir, articlesDir), 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the library folder: %w", err)
	}
	l := &Library{dir: dir, articles: map[string]*brief.Article{}}
	removeTemps(dir)
	removeTemps(filepath.Join(dir, articlesDir))
	lerr := &Error{Dir: dir}

	indexPath := filepath.Join(dir, indexFile)
	data, err := os.ReadFile(indexPath)
	indexOK := false
	switch {
	case errors.Is(err, fs.ErrNotExist):
		l.fresh = true
		indexOK = true
	case err != nil:
		return nil, fmt.Errorf("cannot read the library: %w", err)
	default:
		if err := json.Unmarshal(data, &l.idx); err != nil {
			lerr.Problems = append(lerr.Problems, moveAside(indexPath, fmt.Errorf("%w: %v", errCorrupt, err)))
			l.idx = index{}
		} else {
			indexOK = true
		}
	}
	l.idx.Version = version

	// Read the articles the index lists, in its order.
	entries := l.idx.Articles
	l.idx.Articles = nil
	for _, e := range entries {
		if _, dup := l.articles[e.ID]; dup || e.ID == "" {
			continue
		}
		p := l.articlePath(e.ID)
		sa, prob := readArticle(p, e.ID)
		if prob != nil {
			prob.Title = brief.ClipMeta(e.Title)
			lerr.Problems = append(lerr.Problems, *prob)
			continue
		}
		if e.Title != "" {
			sa.Title = brief.ClipMeta(e.Title)
		}
		l.articles[e.ID] = sa.Article
		l.idx.Articles = append(l.idx.Articles, entryOf(sa.Article, sa.Added))
	}

	// Adopt article files the index does not list: all of them when the index
	// was damaged, or one written just before a crash.
	found, err := os.ReadDir(filepath.Join(dir, articlesDir))
	if err != nil {
		return nil, fmt.Errorf("cannot read the library: %w", err)
	}
	var adopted []storedArticle
	for _, f := range found {
		name := f.Name()
		if f.IsDir() || !strings.HasSuffix(name, ".json") || strings.HasPrefix(name, ".") {
			continue
		}
		id := strings.TrimSuffix(name, ".json")
		if _, ok := l.articles[id]; ok {
			continue
		}
		sa, prob := readArticle(filepath.Join(dir, articlesDir, name), id)
		if prob != nil {
			lerr.Problems = append(lerr.Problems, *prob)
			continue
		}
		adopted = append(adopted, sa)
	}
	sort.SliceStable(adopted, func(i, j int) bool { return adopted[i].Added.Before(adopted[j].Added) })
	for _, sa := range adopted {
		l.articles[sa.ID] = sa.Article
		l.idx.Articles = append(l.idx.Articles, entryOf(sa.Article, sa.Added))
	}
	if !indexOK {
		lerr.Recovered = len(adopted)
	}

	if len(lerr.Problems) > 0 || len(adopted) > 0 || !indexOK {
		l.fresh = false
		if err := l.saveIndex(); err != nil {
			lerr.Problems = append(lerr.Problems, Problem{Path: indexPath, Err: err})
		}
	}
	if len(lerr.Problems) > 0 {
		return l, lerr
	}
	return l, nil
}

// Dir returns the library's directory.
func (l *Library) Dir() string { return l.dir }

// IsNew reports whether the library was created by Open: there was
// no library before (the app's first launch).
func (l *Library) IsNew() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.fresh
}

// Len returns the number of articles.
func (l *Library) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.idx.Articles)
}

// Entries returns what the library records about its articles, in order.
func (l *Library) Entries() []Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.idx.Articles)
}

// Articles returns the articles in the library's order. They are shared:
// callers must not modify them.
func (l *Library) Articles() []*brief.Article {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]*brief.Article, 0, len(l.idx.Articles))
	for _, e := range l.idx.Articles {
		out = append(out, l.articles[e.ID])
	}
	return out
}

// Article returns the article with the given ID, or nil.
func (l *Library) Article(id string) *brief.Article {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.articles[id]
}

// Add adds an article at the end of the library and saves it. An article
// already in the library (same ID) is not added again: added is false.
func (l *Library) Add(a *brief.Article) (added bool, err error) {
	if a == nil || a.ID == "" {
		return false, errors.New("cannot add an article without text to the library")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.articles[a.ID]; ok {
		return false, nil
	}
	now := time.Now().UTC()
	data, err := json.MarshalIndent(storedArticle{Version: version, Added: now, Article: a}, "", "  ")
	if err != nil {
		return false, fmt.Errorf("cannot save %q: %w", a.Title, err)
	}
	// The article file goes first: a crash before the index is written
	// leaves a file that the next Open adopts.
	if err := writeFileAtomic(l.articlePath(a.ID), data); err != nil {
		return false, fmt.Errorf("cannot save %q: %w", a.Title, err)
	}
	old := l.idx.Articles
	l.idx.Articles = append(slices.Clone(old), entryOf(a, now))
	if err := l.saveIndex(); err != nil {
		l.idx.Articles = old
		os.Remove(l.articlePath(a.ID))
		return false, err
	}
	l.articles[a.ID] = a
	l.fresh = false
	return true, nil
}

// Remove deletes an article from the library.
func (l *Library) Remove(id string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	i := l.indexOf(id)
	if i < 0 {
		return nil
	}
	old := l.idx.Articles
	l.idx.Articles = slices.Delete(slices.Clone(old), i, i+1)
	if err := l.saveIndex(); err != nil {
		l.idx.Articles = old
		return err
	}
	delete(l.articles, id)
	if err := os.Remove(l.articlePath(id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("the article was removed from the library but its file remains: %w", err)
	}
	return nil
}

// Move puts the article with the given ID at position to (clamped to the
// list), keeping the others in order.
func (l *Library) Move(id string, to int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	i := l.indexOf(id)
	if i < 0 {
		return nil
	}
	to = max(0, min(to, len(l.idx.Articles)-1))
	if to == i {
		return nil
	}
	old := l.idx.Articles
	list := slices.Clone(old)
	e := list[i]
	list = slices.Delete(list, i, i+1)
	list = slices.Insert(list, to, e)
	l.idx.Articles = list
	return l.saveOrRestore(func() { l.idx.Articles = old })
}

// Rename sets an article's title.
func (l *Library) Rename(id, title string) error {
	title = strings.Join(strings.Fields(title), " ")
	l.mu.Lock()
	defer l.mu.Unlock()
	i := l.indexOf(id)
	if i < 0 || title == "" {
		return nil
	}
	oldTitle := l.idx.Articles[i].Title
	l.idx.Articles[i].Title = title
	if err := l.saveIndex(); err != nil {
		l.idx.Articles[i].Title = oldTitle
		return err
	}
	// Articles are shared with analyses that may be read concurrently:
	// replace the article rather than write to it.
	a := *l.articles[id]
	a.Title = title
	l.articles[id] = &a
	return nil
}

// Title returns the briefing's title the user chose, or "".
func (l *Library) Title() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.idx.Title
}

// SetTitle saves the briefing's title; "" goes back to the generated one.
func (l *Library) SetTitle(title string) error {
	title = strings.Join(strings.Fields(title), " ")
	l.mu.Lock()
	defer l.mu.Unlock()
	old := l.idx.Title
	if old == title {
		return nil
	}
	l.idx.Title = title
	return l.saveOrRestore(func() { l.idx.Title = old })
}

// SetPinned pins an item (by its Key) so it survives the one-page cut, or
// unpins it. Pinning an item un-removes it.
func (l *Library) SetPinned(key string, pinned bool) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	oldP, oldR := l.idx.Pinned, l.idx.Removed
	l.idx.Pinned = setKey(oldP, key, pinned)
	if pinned {
		l.idx.Removed = setKey(oldR, key, false)
	}
	return l.saveOrRestore(func() { l.idx.Pinned, l.idx.Removed = oldP, oldR })
}

// SetRemoved removes an item (by its Key) from the briefing, or restores it.
// Removing an item unpins it.
func (l *Library) SetRemoved(key string, removed bool) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	oldP, oldR := l.idx.Pinned, l.idx.Removed
	l.idx.Removed = setKey(oldR, key, removed)
	if removed {
		l.idx.Pinned = setKey(oldP, key, false)
	}
	return l.saveOrRestore(func() { l.idx.Pinned, l.idx.Removed = oldP, oldR })
}

// RestoreAll puts every removed item back.
func (l *Library) RestoreAll() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	old := l.idx.Removed
	if len(old) == 0 {
		return nil
	}
	l.idx.Removed = nil
	return l.saveOrRestore(func() { l.idx.Removed = old })
}

// Options returns the user's choices as page.Options: the title and the
// pinned and removed items.
func (l *Library) Options() page.Options {
	l.mu.Lock()
	defer l.mu.Unlock()
	opt := page.Options{Title: l.idx.Title, Pinned: map[string]bool{}, Removed: map[string]bool{}}
	for _, k := range l.idx.Pinned {
		opt.Pinned[k] = true
	}
	for _, k := range l.idx.Removed {
		opt.Removed[k] = true
	}
	return opt
}

func (l *Library) indexOf(id string) int {
	return slices.IndexFunc(l.idx.Articles, func(e Entry) bool { return e.ID == id })
}

func (l *Library) articlePath(id string) string {
	return filepath.Join(l.dir, articlesDir, id+".json")
}

// saveOrRestore saves the index, or undoes the change when it cannot.
func (l *Library) saveOrRestore(undo func()) error {
	if err := l.saveIndex(); err != nil {
		undo()
		return err
	}
	return nil
}

// saveIndex writes the index; l.mu must be held.
func (l *Library) saveIndex() error {
	if l.idx.Articles == nil {
		l.idx.Articles = []Entry{}
	}
	data, err := json.MarshalIndent(l.idx, "", "  ")
	if err == nil {
		err = writeFileAtomic(filepath.Join(l.dir, indexFile), data)
	}
	if err != nil {
		return fmt.Errorf("cannot save the library: %w", err)
	}
	l.fresh = false
	return nil
}

func entryOf(a *brief.Article, added time.Time) Entry {
	return Entry{ID: a.ID, Title: a.Title, Site: a.Site, Byline: a.Byline, Path: a.Path,
		Date: a.Date, Words: a.Words, Added: added}
}

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

// readArticle reads one article file and checks it holds the article id. A
// damaged file is moved aside.
func readArticle(path, id string) (storedArticle, *Problem) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return storedArticle{}, &Problem{Path: path, Err: errors.New("the article's file is missing")}
	}
	if err != nil {
		return storedArticle{}, &Problem{Path: path, Err: err}
	}
	sa := storedArticle{Article: &brief.Article{}}
	err = json.Unmarshal(data, &sa)
	switch {
	case err != nil:
		err = fmt.Errorf("%w: %v", errCorrupt, err)
	case sa.ID != id:
		err = fmt.Errorf("%w: it holds article %q, not %q", errCorrupt, sa.ID, id)
	case strings.TrimSpace(sa.Text) == "":
		err = fmt.Errorf("%w: the article has no text", errCorrupt)
	}
	if err != nil {
		p := moveAside(path, err)
		return storedArticle{}, &p
	}
	sa.Paragraphs, sa.Sentences = brief.Segment(sa.Text)
	// Saved before titles were bounded, an article may carry a huge one.
	sa.Title, sa.Byline, sa.Site = brief.ClipMeta(sa.Title), brief.ClipMeta(sa.Byline), brief.ClipMeta(sa.Site)
	if sa.Title == "" {
		sa.Title = "Untitled article"
	}
	return sa, nil
}

// moveAside renames a damaged file to NAME.corrupt-TIMESTAMP so it is kept
// for the user (or for recovery) and no longer read.
func moveAside(path string, cause error) Problem {
	to := path + corruptSuffix + time.Now().Format("20060102-150405")
	for n := 2; ; n++ {
		if _, err := os.Lstat(to); errors.Is(err, fs.ErrNotExist) {
			break
		}
		to = fmt.Sprintf("%s%s%s-%d", path, corruptSuffix, time.Now().Format("20060102-150405"), n)
	}
	if err := os.Rename(path, to); err != nil {
		return Problem{Path: path, Err: fmt.Errorf("%w (and it could not be moved aside: %v)", cause, err)}
	}
	return Problem{Path: path, MovedTo: to, Err: cause}
}

// writeFileAtomic replaces path with data: it writes a temporary file in the
// same directory, syncs it, renames it over path and syncs the directory.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	ok = true
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable. Not every system can sync a
// directory (Windows cannot), so failures are ignored: the rename itself is
// already atomic.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// removeTemps deletes temporary files left by an interrupted write.
func removeTemps(dir string) {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), tempPrefix) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
