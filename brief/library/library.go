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
	"github.com/briefing-app/briefing/internal/fserr"
)

// The files of a library directory.
const (
	indexFile     = "library.json"
	articlesDir   = "articles"
	briefingsDir  = "briefings"
	corruptSuffix = ".corrupt-"
	tempPrefix    = ".tmp-"
	// v1Backup is a copy of a Briefing 0.2 index (one briefing), kept when
	// the library is moved to briefings.
	v1Backup = "library-v1.json"
)

// Versions of the files. A file of a newer version is never rewritten: the
// library refuses to open (index) or leaves the file alone (briefing).
const (
	indexVersion    = 2
	articleVersion  = 1
	briefingVersion = 1
)

// Library is the user's collection of articles and briefings, kept in a
// directory: an index (library.json) listing the articles with their titles,
// one JSON file per article under articles/, and one per briefing under
// briefings/. An article is stored once however many briefings hold it, and
// is deleted when the last briefing holding it lets it go.
//
// Every write goes to a temporary file that is synced and renamed over the
// old one, so a crash leaves either the old file or the new one. A file that
// cannot be read is moved aside (to NAME.corrupt-TIMESTAMP) and reported,
// never dropped silently. A Library is safe for concurrent use, but only
// one process may write a library at a time: the app and the command line
// take the library's lock first (see internal/instance).
type Library struct {
	dir      string
	readOnly bool
	fs       fileSystem

	mu        sync.Mutex
	idx       index
	articles  map[string]*brief.Article
	briefings map[string]*Briefing
	fresh     bool
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

// index is library.json.
type index struct {
	Version int `json:"version"`
	// Open is the briefing the app showed last.
	Open     string  `json:"open,omitempty"`
	Articles []Entry `json:"articles"`

	// The one briefing of a version 1 index (Briefing 0.2), read to
	// migrate it and never written again.
	Title   string   `json:"title,omitempty"`
	Pinned  []string `json:"pinned,omitempty"`
	Removed []string `json:"removed,omitempty"`
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
	// MovedTo is where the file was moved aside; empty when it was missing
	// or left where it is.
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
	// files when the index itself was damaged, or that no briefing held:
	// they are in the briefing named RecoveredName.
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
		fmt.Fprintf(&b, ". %d article(s) were recovered from their own files into the briefing “%s”", e.Recovered, RecoveredName)
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

// NewerVersionError is returned for a library or briefing file written by a
// newer version of Briefing, which this version does not change.
type NewerVersionError struct {
	// What names the file: "the library", "briefing.briefing".
	What    string
	Version int
}

// Error asks the user to update Briefing.
func (e *NewerVersionError) Error() string {
	return fmt.Sprintf("%s was made by a newer version of Briefing (format %d); update Briefing to open it", e.What, e.Version)
}

// Open opens (or creates) the library in dir, for reading and writing. It
// moves a library of Briefing 0.2 (one briefing) to briefings, keeping a
// copy of its index as library-v1.json. When some files cannot be read, it
// returns the usable library together with a *Error that lists them; only a
// directory that cannot be created or read, or a library made by a newer
// version of Briefing (*NewerVersionError), gives a nil library.
//
// The caller must hold the library's lock: two processes writing one
// library would overwrite each other's changes.
func Open(dir string) (*Library, error) { return open(osFS{}, dir, false) }

// OpenReadOnly opens the library in dir to read it while another process
// may be writing it: it writes nothing — no migration is saved, no damaged
// file is moved aside, no temporary file is removed — and a missing folder
// is an empty library.
func OpenReadOnly(dir string) (*Library, error) { return open(osFS{}, dir, true) }

func open(fsys fileSystem, dir string, readOnly bool) (*Library, error) {
	l := &Library{dir: dir, readOnly: readOnly, fs: fsys, articles: map[string]*brief.Article{}, briefings: map[string]*Briefing{}}
	if !readOnly {
		for _, d := range []string{articlesDir, briefingsDir} {
			if err := l.fs.MkdirAll(filepath.Join(dir, d)); err != nil {
				return nil, fmt.Errorf("cannot create the library folder: %w", err)
			}
		}
		l.removeTemps(dir)
		l.removeTemps(filepath.Join(dir, articlesDir))
		l.removeTemps(filepath.Join(dir, briefingsDir))
	}
	lerr := &Error{Dir: dir}
	problem := func(p Problem) { lerr.Problems = append(lerr.Problems, p) }

	indexPath := filepath.Join(dir, indexFile)
	data, err := l.fs.ReadFile(indexPath)
	indexOK, dirty := false, false
	switch {
	case errors.Is(err, fs.ErrNotExist):
		l.fresh = true
		indexOK = true
	case err != nil:
		return nil, fmt.Errorf("cannot read the library: %w", err)
	default:
		if err := json.Unmarshal(data, &l.idx); err != nil {
			problem(l.moveAside(indexPath, fmt.Errorf("%w: %v", errCorrupt, err)))
			l.idx = index{}
			dirty = true
		} else if l.idx.Version > indexVersion {
			return nil, &NewerVersionError{What: "the library", Version: l.idx.Version}
		} else {
			indexOK = true
		}
	}
	v1 := indexOK && !l.fresh && l.idx.Version < 2
	l.idx.Version = indexVersion

	// Read the articles the index lists, in its order.
	entries := l.idx.Articles
	l.idx.Articles = nil
	badIDs := 0
	for _, e := range entries {
		if !validArticleID(e.ID) {
			badIDs++
			continue
		}
		if _, dup := l.articles[e.ID]; dup {
			continue
		}
		sa, prob := l.readArticle(e.ID)
		if prob != nil {
			prob.Title = brief.ClipMeta(e.Title)
			problem(*prob)
			dirty = true
			continue
		}
		if e.Title != "" {
			sa.Title = brief.ClipMeta(e.Title)
		}
		l.articles[e.ID] = sa.Article
		l.idx.Articles = append(l.idx.Articles, entryOf(sa.Article, sa.Added))
	}
	if badIDs > 0 {
		// Never follow such a name: it could point outside the folder. The
		// index is kept as it was, for whoever wants to look at it.
		p := l.copyAside(indexPath, fmt.Errorf("%w: it names %d article(s) in a form Briefing never makes; they were left out", errCorrupt, badIDs))
		problem(p)
		dirty = true
	}

	// Adopt article files the index does not list: all of them when the index
	// was damaged, or one written just before a crash.
	found, err := l.fs.ReadDir(filepath.Join(dir, articlesDir))
	if err != nil && !(readOnly && errors.Is(err, fs.ErrNotExist)) {
		return nil, fmt.Errorf("cannot read the library: %w", err)
	}
	var adopted []storedArticle
	for _, f := range found {
		id, ok := strings.CutSuffix(f.Name(), ".json")
		if !ok || !validArticleID(id) || f.IsDir() {
			continue
		}
		if _, ok := l.articles[id]; ok {
			continue
		}
		sa, prob := l.readArticle(id)
		if prob != nil {
			problem(*prob)
			continue
		}
		adopted = append(adopted, sa)
	}
	sort.SliceStable(adopted, func(i, j int) bool { return adopted[i].Added.Before(adopted[j].Added) })
	for _, sa := range adopted {
		l.articles[sa.ID] = sa.Article
		l.idx.Articles = append(l.idx.Articles, entryOf(sa.Article, sa.Added))
	}
	if len(adopted) > 0 {
		dirty = true
		l.fresh = false
	}

	// The briefings.
	toSave := l.readBriefings(problem)
	if len(l.briefings) > 0 {
		l.fresh = false
	}
	if v1 {
		toSave = append(toSave, l.migrateV1()...)
		dirty = true
	}
	// Articles no briefing holds: a crash between two writes, a damaged
	// briefing or index. They go into one briefing rather than vanish.
	if rec, n := l.recoverOrphans(); rec != nil {
		lerr.Recovered = n
		toSave = append(toSave, rec)
		dirty = true
	}
	if l.idx.Open != "" && l.briefings[l.idx.Open] == nil {
		l.idx.Open = ""
	}

	if !readOnly && (dirty || len(toSave) > 0) {
		if v1 {
			l.keepV1(data)
		}
		for _, b := range dedupe(toSave) {
			if err := l.saveBriefing(b); err != nil {
				problem(Problem{Path: l.briefingPath(b.ID), Err: err})
			}
		}
		if err := l.saveIndex(); err != nil {
			problem(Problem{Path: indexPath, Err: err})
		}
	}
	// Articles that came back without any file being damaged (a crash
	// between two writes) are in the recovered briefing: no error for that.
	if len(lerr.Problems) > 0 {
		return l, lerr
	}
	return l, nil
}

// readBriefings reads briefings/*.json. A damaged file is moved aside, one
// of a newer version left alone; both are reported. It drops references to
// articles the library does not hold (their own problem is reported when
// their file is damaged or missing) and renames a briefing whose name
// another one has; it returns the briefings it changed, to be saved.
func (l *Library) readBriefings(problem func(Problem)) []*Briefing {
	var changed []*Briefing
	found, err := l.fs.ReadDir(filepath.Join(l.dir, briefingsDir))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			problem(Problem{Path: filepath.Join(l.dir, briefingsDir), Err: err})
		}
		return nil
	}
	for _, f := range found {
		id, ok := strings.CutSuffix(f.Name(), ".json")
		if !ok || !validBriefingID(id) || f.IsDir() {
			continue
		}
		b, prob := l.readBriefing(id)
		if prob != nil {
			problem(*prob)
			continue
		}
		var kept []string
		for _, aid := range b.Articles {
			if l.articles[aid] != nil && !slices.Contains(kept, aid) {
				kept = append(kept, aid)
			}
		}
		dirty := len(kept) != len(b.Articles)
		b.Articles = kept
		// Two files may carry one name (a briefing copied by hand): the
		// command line finds briefings by name, so the later one is renamed.
		if l.nameTaken(b.Name, "") {
			b.Name = l.uniqueName(b.Name)
			dirty = true
		}
		l.briefings[b.ID] = b
		if dirty {
			changed = append(changed, b)
		}
	}
	return changed
}

// recoverOrphans puts the articles no briefing holds into the briefing
// named RecoveredName (made when needed) and returns it with how many it
// took, or nil when there were none.
func (l *Library) recoverOrphans() (*Briefing, int) {
	held := map[string]bool{}
	for _, b := range l.briefings {
		for _, id := range b.Articles {
			held[id] = true
		}
	}
	var orphans []string
	for _, e := range l.idx.Articles {
		if !held[e.ID] {
			orphans = append(orphans, e.ID)
		}
	}
	if len(orphans) == 0 {
		return nil, 0
	}
	var rec *Briefing
	for _, b := range l.briefings {
		if b.Name == RecoveredName {
			rec = b
		}
	}
	if rec == nil {
		now := time.Now().UTC()
		rec = &Briefing{ID: newBriefingID(), Name: l.uniqueName(RecoveredName), Created: now, Modified: now}
		l.briefings[rec.ID] = rec
	}
	rec.Articles = append(rec.Articles, orphans...)
	return rec, len(orphans)
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

// Len returns the number of articles in the library, all briefings
// together.
func (l *Library) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.idx.Articles)
}

// AllEntries returns what the library records about every article, in the
// order they were added.
func (l *Library) AllEntries() []Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.idx.Articles)
}

// Article returns the article with the given ID, or nil. It is shared:
// callers must not modify it.
func (l *Library) Article(id string) *brief.Article {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.articles[id]
}

// Rename sets an article's title, in every briefing that holds it.
func (l *Library) Rename(id, title string) error {
	title = cleanMeta(title)
	l.mu.Lock()
	defer l.mu.Unlock()
	i := l.entryIndex(id)
	if i < 0 || title == "" {
		return nil
	}
	if err := l.writable(); err != nil {
		return err
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

// storeArticle writes a new article's file and lists it in the index; l.mu
// must be held. The article's file goes first: a crash before the index is
// written leaves a file that the next Open adopts.
func (l *Library) storeArticle(a *brief.Article) error {
	now := time.Now().UTC()
	path, err := l.writeArticle(a, now)
	if err != nil {
		return err
	}
	if err := l.indexArticle(a, now); err != nil {
		l.fs.Remove(path)
		return err
	}
	return nil
}

// writeArticle writes an article's file; l.mu must be held.
func (l *Library) writeArticle(a *brief.Article, added time.Time) (string, error) {
	if err := l.writable(); err != nil {
		return "", err
	}
	data, err := json.MarshalIndent(storedArticle{Version: articleVersion, Added: added, Article: a}, "", "  ")
	if err != nil {
		return "", fmt.Errorf("cannot save “%s”: %w", a.Title, err)
	}
	path, err := l.articlePath(a.ID)
	if err != nil {
		return "", err
	}
	if err := writeFileAtomic(l.fs, path, data); err != nil {
		return "", fmt.Errorf("cannot save “%s”: %w", a.Title, err)
	}
	return path, nil
}

// indexArticle lists an article whose file is written in the index; l.mu
// must be held.
func (l *Library) indexArticle(a *brief.Article, added time.Time) error {
	old := l.idx.Articles
	l.idx.Articles = append(slices.Clone(old), entryOf(a, added))
	if err := l.saveIndex(); err != nil {
		l.idx.Articles = old
		return err
	}
	l.articles[a.ID] = a
	l.fresh = false
	return nil
}

// dropArticles deletes articles no briefing holds any more: first from the
// index, then their files. l.mu must be held.
func (l *Library) dropArticles(ids []string) error {
	held := map[string]bool{}
	for _, b := range l.briefings {
		for _, id := range b.Articles {
			held[id] = true
		}
	}
	var gone []string
	for _, id := range ids {
		if !held[id] && l.articles[id] != nil && !slices.Contains(gone, id) {
			gone = append(gone, id)
		}
	}
	if len(gone) == 0 {
		return nil
	}
	old := l.idx.Articles
	l.idx.Articles = slices.DeleteFunc(slices.Clone(old), func(e Entry) bool { return slices.Contains(gone, e.ID) })
	if err := l.saveIndex(); err != nil {
		l.idx.Articles = old
		return err
	}
	var errs []error
	for _, id := range gone {
		delete(l.articles, id)
		path, err := l.articlePath(id)
		if err == nil {
			err = l.fs.Remove(path)
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fserr.WriteReason(err, path))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("the article was removed but its file remains: %w", errors.Join(errs...))
	}
	return nil
}

func (l *Library) entryIndex(id string) int {
	return slices.IndexFunc(l.idx.Articles, func(e Entry) bool { return e.ID == id })
}

// writable refuses to write a library opened read-only.
func (l *Library) writable() error {
	if l.readOnly {
		return errors.New("the library is open in another window of Briefing: close it, or make the change there")
	}
	return nil
}

// saveIndex writes the index; l.mu must be held.
func (l *Library) saveIndex() error {
	if err := l.writable(); err != nil {
		return err
	}
	if l.idx.Articles == nil {
		l.idx.Articles = []Entry{}
	}
	l.idx.Version = indexVersion
	l.idx.Title, l.idx.Pinned, l.idx.Removed = "", nil, nil
	data, err := json.MarshalIndent(l.idx, "", "  ")
	if err == nil {
		err = writeFileAtomic(l.fs, filepath.Join(l.dir, indexFile), data)
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

// readArticle reads one article file and checks it holds the article id. A
// damaged file is moved aside (left alone in a read-only library).
func (l *Library) readArticle(id string) (storedArticle, *Problem) {
	path, err := l.articlePath(id)
	if err != nil {
		return storedArticle{}, &Problem{Path: id, Err: err}
	}
	data, err := l.readRegular(path)
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
		p := l.moveAside(path, err)
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

// readRegular reads a regular file: a link, a pipe or a device in the
// library is not followed (it could lead outside the folder, or block).
func (l *Library) readRegular(path string) ([]byte, error) {
	fi, err := l.fs.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: it is not a regular file", errCorrupt)
	}
	return l.fs.ReadFile(path)
}

// moveAside renames a damaged file to NAME.corrupt-TIMESTAMP so it is kept
// for the user (or for recovery) and no longer read. A read-only library
// leaves it where it is.
func (l *Library) moveAside(path string, cause error) Problem {
	if l.readOnly {
		return Problem{Path: path, Err: cause}
	}
	if !l.inside(path) {
		return Problem{Path: path, Err: cause}
	}
	to := l.asideName(path)
	if err := l.fs.Rename(path, to); err != nil {
		return Problem{Path: path, Err: fmt.Errorf("%w (and it could not be moved aside: %v)", cause, err)}
	}
	return Problem{Path: path, MovedTo: to, Err: cause}
}

// copyAside keeps a copy of a file that is about to be rewritten without
// some of what it held.
func (l *Library) copyAside(path string, cause error) Problem {
	if l.readOnly || !l.inside(path) {
		return Problem{Path: path, Err: cause}
	}
	data, err := l.fs.ReadFile(path)
	to := l.asideName(path)
	if err == nil {
		err = writeFileAtomic(l.fs, to, data)
	}
	if err != nil {
		return Problem{Path: path, Err: fmt.Errorf("%w (and it could not be copied aside: %v)", cause, err)}
	}
	return Problem{Path: path, MovedTo: to, Err: cause}
}

func (l *Library) asideName(path string) string {
	stamp := time.Now().Format("20060102-150405")
	to := path + corruptSuffix + stamp
	for n := 2; ; n++ {
		if _, err := l.fs.Lstat(to); errors.Is(err, fs.ErrNotExist) {
			return to
		}
		to = fmt.Sprintf("%s%s%s-%d", path, corruptSuffix, stamp, n)
	}
}

// keepV1 keeps the index of a Briefing 0.2 library as library-v1.json
// before it is rewritten as briefings.
func (l *Library) keepV1(data []byte) {
	p := filepath.Join(l.dir, v1Backup)
	if _, err := l.fs.Lstat(p); errors.Is(err, fs.ErrNotExist) && len(data) > 0 {
		writeFileAtomic(l.fs, p, data)
	}
}

// writeFileAtomic replaces path with data: it writes a temporary file in the
// same directory, syncs it, renames it over path and syncs the directory.
// Its error says why in words, without the temporary file's name (see
// fserr.WriteReason).
func writeFileAtomic(fsys fileSystem, path string, data []byte) error {
	if err := writeTemp(fsys, path, data); err != nil {
		return fserr.WriteReason(err, path)
	}
	return nil
}

func writeTemp(fsys fileSystem, path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := fsys.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			fsys.Remove(tmp)
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
	if err := fsys.Rename(tmp, path); err != nil {
		return err
	}
	ok = true
	syncDir(fsys, dir)
	return nil
}

// WriteFileAtomic replaces the file at path with data the way the library
// writes its own files (see WriteUserFile); its error names the file and
// says why in words. The app uses it for the .briefing files it saves.
func WriteFileAtomic(path string, data []byte) error {
	if err := WriteUserFile(path, data); err != nil {
		return fmt.Errorf("cannot write %s: %w", filepath.Base(path), err)
	}
	return nil
}

// WriteUserFile writes data to a file the user named: through a synced
// temporary file in the same folder, renamed over path, so that the file
// is whole or untouched even after a crash. A symbolic link is followed,
// so that the file it points to is replaced and the link stays; a link to
// nothing yet makes its file. A path that is no regular file (a device, a
// named pipe) or that leads into /dev or /proc (/dev/stdout is a link to
// the file behind the process's output) is written in place, without
// truncating it: a file renamed over it would replace the device, the
// pipe or the link. Its error is only the reason, in words (fserr), for
// the caller to name the file as it does.
func WriteUserFile(path string, data []byte) error {
	fi, statErr := os.Stat(path)
	target, linkErr := filepath.EvalSymlinks(path)
	switch {
	case statErr == nil && !fi.Mode().IsRegular() && !fi.IsDir(), inSystemTree(path), linkErr == nil && inSystemTree(target):
		return writeInPlace(path, data, 0)
	case linkErr != nil:
		if li, err := os.Lstat(path); err == nil && li.Mode()&os.ModeSymlink != 0 {
			// A link to a file not made yet: made through the link.
			return writeInPlace(path, data, os.O_CREATE|os.O_TRUNC)
		}
	default:
		path = target
	}
	return writeFileAtomic(osFS{}, path, data)
}

// inSystemTree reports whether an absolute path is in /dev or /proc, where
// files are the system's, not the user's.
func inSystemTree(path string) bool {
	p := filepath.ToSlash(filepath.Clean(path))
	return strings.HasPrefix(p, "/dev/") || strings.HasPrefix(p, "/proc/")
}

// writeInPlace writes data to path opened as it is, with flag's extra
// flags; its error says why in words.
func writeInPlace(path string, data []byte, flag int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|flag, 0o644)
	if err != nil {
		return fserr.WriteReason(err, path)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fserr.WriteReason(err, path)
	}
	return nil
}

// syncDir makes a rename in dir durable. Not every system can sync a
// directory (Windows cannot), so failures are ignored: the rename itself is
// already atomic.
func syncDir(fsys fileSystem, dir string) {
	fsys.SyncDir(dir)
}

// removeTemps deletes temporary files left by an interrupted write. Only the
// process holding the library's lock may call it: another one's temporary
// file may be a write in progress.
func (l *Library) removeTemps(dir string) {
	ents, _ := l.fs.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), tempPrefix) {
			l.fs.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

func dedupe(bs []*Briefing) []*Briefing {
	var out []*Briefing
	for _, b := range bs {
		if !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}
