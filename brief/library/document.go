package library

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

// A .briefing file is a zip archive, as an OpenDocument or EPUB file is:
// its first entry, "mimetype", is stored uncompressed and holds MIMEType,
// so the type shows in the file's first bytes; "briefing.json" holds the
// briefing — name, page title, pins, removed items, paper — and its
// articles' text and metadata. It holds no absolute path: an article read
// from a file keeps only the file's name, one read from the web its address
// without any user name or password.
const (
	// MIMEType is the media type of a .briefing file.
	MIMEType = "application/x-briefing"
	// Ext is the extension of a .briefing file.
	Ext = ".briefing"

	docVersion  = 1
	docFormat   = "briefing"
	docMIMEName = "mimetype"
	docJSONName = "briefing.json"
	// maxDocJSON bounds briefing.json once uncompressed; maxDocText one
	// article's text (the loaders' own limit); maxDocKeys the pins and
	// removals.
	maxDocJSON = 256 << 20
	maxDocText = 16 << 20
	maxDocKeys = 100000
)

// Document is a briefing as a .briefing file carries it: everything needed
// to see the same page on another machine.
type Document struct {
	// ID is the briefing's ID; opening a file whose briefing is already in
	// the library, unchanged, shows that briefing instead of a copy.
	ID       string
	Name     string
	Title    string
	Paper    page.Paper
	Pinned   []string
	Removed  []string
	Created  time.Time
	Modified time.Time
	Articles []*brief.Article
}

// Options returns the document's choices as page.Options.
func (d *Document) Options() page.Options {
	return Briefing{Title: d.Title, Pinned: d.Pinned, Removed: d.Removed}.Options()
}

// docJSON is briefing.json.
type docJSON struct {
	Format   string       `json:"format"`
	Version  int          `json:"version"`
	ID       string       `json:"id,omitempty"`
	Name     string       `json:"name"`
	Title    string       `json:"title,omitempty"`
	Paper    page.Paper   `json:"paper,omitempty"`
	Pinned   []string     `json:"pinned,omitempty"`
	Removed  []string     `json:"removed,omitempty"`
	Created  time.Time    `json:"created,omitzero"`
	Modified time.Time    `json:"modified,omitzero"`
	Articles []docArticle `json:"articles"`
}

type docArticle struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Site   string `json:"site,omitempty"`
	Byline string `json:"byline,omitempty"`
	// Source is where the article came from: a web address, a file's name
	// (never its folder), "-" for standard input.
	Source string    `json:"source,omitempty"`
	Date   time.Time `json:"date,omitzero"`
	Format string    `json:"format,omitempty"`
	Text   string    `json:"text"`
}

// Errors of ReadDocument. NewerVersionError is the third.
var (
	// ErrNotDocument is returned for a file that is not a .briefing file
	// at all.
	ErrNotDocument = errors.New("it is not a Briefing file")
	// ErrDamaged is returned for a .briefing file that cannot be read
	// whole: cut short, altered, or holding what it should not.
	ErrDamaged = errors.New("the Briefing file is damaged")
)

// Document returns a briefing as a Document, to be written to a file.
func (l *Library) Document(bid string) (*Document, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.briefings[bid]
	if b == nil {
		return nil, ErrNoBriefing
	}
	d := &Document{ID: b.ID, Name: b.Name, Title: b.Title, Paper: b.Paper,
		Pinned: slices.Clone(b.Pinned), Removed: slices.Clone(b.Removed), Created: b.Created, Modified: b.Modified}
	for _, id := range b.Articles {
		if a := l.articles[id]; a != nil {
			d.Articles = append(d.Articles, a)
		}
	}
	return d, nil
}

// WriteDocument writes d as a .briefing file. The same document always
// gives the same bytes.
func WriteDocument(w io.Writer, d *Document) error {
	doc := docJSON{Format: docFormat, Version: docVersion, ID: d.ID, Name: d.Name, Title: d.Title,
		Paper: d.Paper, Pinned: d.Pinned, Removed: d.Removed, Created: d.Created.UTC(), Modified: d.Modified.UTC(),
		Articles: []docArticle{}}
	for _, a := range d.Articles {
		doc.Articles = append(doc.Articles, docArticle{ID: a.ID, Title: a.Title, Site: a.Site, Byline: a.Byline,
			Source: PortableSource(a.Path), Date: a.Date, Format: a.Format, Text: a.Text})
	}
	data, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		return fmt.Errorf("cannot write the briefing: %w", err)
	}
	stamp := d.Modified.UTC()
	if stamp.Before(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) {
		stamp = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC) // the oldest date a zip can hold
	}
	zw := zip.NewWriter(w)
	// The type, stored, with its sizes in its header and no extra field,
	// so that it reads "mimetypeapplication/x-briefing" at byte 30.
	mt, err := zw.CreateRaw(&zip.FileHeader{Name: docMIMEName, Method: zip.Store, CRC32: crc32.ChecksumIEEE([]byte(MIMEType)),
		CompressedSize64: uint64(len(MIMEType)), UncompressedSize64: uint64(len(MIMEType))})
	if err == nil {
		_, err = io.WriteString(mt, MIMEType)
	}
	if err == nil {
		var jw io.Writer
		jw, err = zw.CreateHeader(&zip.FileHeader{Name: docJSONName, Method: zip.Deflate, Modified: stamp})
		if err == nil {
			_, err = jw.Write(data)
		}
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("cannot write the briefing: %w", err)
	}
	return nil
}

// ReadDocument reads a .briefing file of the given size. A file that is not
// one gives an error wrapping ErrNotDocument, a damaged one ErrDamaged, one
// written by a newer version of Briefing a *NewerVersionError. The articles
// are made again from their text, so their IDs are the ones this version
// of Briefing makes, whatever the file says.
func ReadDocument(r io.ReaderAt, size int64) (*Document, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		if errors.Is(err, zip.ErrFormat) {
			return nil, fmt.Errorf("%w (it is not a zip archive)", ErrNotDocument)
		}
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	var mt, js *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case docMIMEName:
			mt = f
		case docJSONName:
			js = f
		}
	}
	if mt == nil {
		return nil, fmt.Errorf("%w (it is a zip archive without a Briefing type)", ErrNotDocument)
	}
	typ, err := readEntry(mt, 256)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(string(typ)) != MIMEType {
		return nil, fmt.Errorf("%w (its type is %q)", ErrNotDocument, clipID(string(typ)))
	}
	if js == nil {
		return nil, fmt.Errorf("%w: it has no %s", ErrDamaged, docJSONName)
	}
	data, err := readEntry(js, maxDocJSON)
	if err != nil {
		return nil, err
	}
	// The version first: a newer file may not fit this version's idea of
	// the document at all.
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if head.Format != docFormat {
		return nil, fmt.Errorf("%w: it says it holds %q, not a briefing", ErrDamaged, clipID(head.Format))
	}
	if head.Version > docVersion {
		return nil, &NewerVersionError{What: "this briefing", Version: head.Version}
	}
	if head.Version < 1 {
		return nil, fmt.Errorf("%w: it has no version", ErrDamaged)
	}
	var doc docJSON
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	d := &Document{Name: cleanName(doc.Name), Title: strings.Join(strings.Fields(doc.Title), " "),
		Created: doc.Created, Modified: doc.Modified}
	if validBriefingID(doc.ID) {
		d.ID = doc.ID
	}
	if d.Name == "" {
		d.Name = "Untitled briefing"
	}
	if doc.Paper != "" {
		if p, err := page.ParsePaper(string(doc.Paper)); err == nil {
			d.Paper = p
		}
	}
	if len(doc.Pinned)+len(doc.Removed) > maxDocKeys {
		return nil, fmt.Errorf("%w: it has %d pinned and removed items", ErrDamaged, len(doc.Pinned)+len(doc.Removed))
	}
	d.Pinned, d.Removed = cleanKeys(doc.Pinned), cleanKeys(doc.Removed)
	seen := map[string]bool{}
	for i, da := range doc.Articles {
		if len(da.Text) > maxDocText {
			return nil, fmt.Errorf("%w: article %d is over %d MiB", ErrDamaged, i+1, maxDocText>>20)
		}
		a, err := rebuildArticle(da.Title, da.Text)
		if err != nil {
			return nil, fmt.Errorf("%w: article %d: %v", ErrDamaged, i+1, err)
		}
		a.Site, a.Byline, a.Date, a.Path = oneLine(da.Site), oneLine(da.Byline), da.Date, PortableSource(da.Source)
		switch da.Format {
		case "text", "markdown", "html":
			a.Format = da.Format
		default:
			a.Format = "text"
		}
		if !seen[a.ID] {
			seen[a.ID] = true
			d.Articles = append(d.Articles, a)
		}
	}
	return d, nil
}

// readEntry reads a zip entry of at most limit bytes; the zip reader checks
// its checksum.
func readEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%w: %s is larger than Briefing reads (%d MiB)", ErrDamaged, f.Name, limit>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(rc, limit+1)); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: %s is larger than Briefing reads (%d MiB)", ErrDamaged, f.Name, limit>>20)
	}
	return buf.Bytes(), nil
}

// Import adds a document's briefing to the library, with its articles (an
// article the library has already is not stored again). When the library
// already has that briefing (same ID) with the same articles and
// curation, nothing is added: existed is true and b is that briefing. A
// briefing that differs becomes a new one, with a name no other briefing
// has: opening a file never overwrites the user's work.
func (l *Library) Import(d *Document) (b Briefing, existed bool, err error) {
	for _, a := range d.Articles {
		if err := checkArticle(a); err != nil {
			return Briefing{}, false, err
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.writable(); err != nil {
		return Briefing{}, false, err
	}
	ids := make([]string, 0, len(d.Articles))
	for _, a := range d.Articles {
		ids = append(ids, a.ID)
	}
	pinned, removed := cleanKeys(d.Pinned), cleanKeys(d.Removed)
	if old := l.briefings[d.ID]; old != nil && slices.Equal(old.Articles, ids) && old.Title == d.Title &&
		slices.Equal(old.Pinned, pinned) && slices.Equal(old.Removed, removed) {
		return old.clone(), true, nil
	}
	var stored []string
	for _, a := range d.Articles {
		if l.articles[a.ID] == nil {
			if err := l.storeArticle(a); err != nil {
				l.dropArticles(stored)
				return Briefing{}, false, err
			}
			stored = append(stored, a.ID)
		}
	}
	now := time.Now().UTC()
	nb := &Briefing{ID: d.ID, Name: l.uniqueName(cleanName(d.Name)), Title: d.Title, Paper: d.Paper,
		Articles: ids, Pinned: pinned, Removed: removed, Created: now, Modified: now}
	if !validBriefingID(nb.ID) || l.briefings[nb.ID] != nil {
		nb.ID = newBriefingID()
	}
	if nb.Name == "" {
		nb.Name = l.uniqueName("Untitled briefing")
	}
	if err := l.saveBriefing(nb); err != nil {
		l.dropArticles(stored)
		return Briefing{}, false, err
	}
	l.briefings[nb.ID] = nb
	return nb.clone(), false, nil
}

// rebuildArticle makes an article again from its title and text, as the
// loaders do: the ID, paragraphs, sentences and word count come from the
// text, never from what a file or another process says they are.
func rebuildArticle(title, text string) (*brief.Article, error) {
	body := brief.Normalize(text)
	if strings.TrimSpace(body) == "" {
		return nil, errors.New("the article has no text")
	}
	title = oneLine(title)
	if title == "" {
		title = "Untitled article"
	}
	return brief.NewArticle(title, body), nil
}

// Rebuild makes an article that came from outside the process (another
// process, a file) again from its text, keeping its metadata: its ID,
// paragraphs, sentences and word count are computed here. The original is
// not changed.
func Rebuild(a *brief.Article) (*brief.Article, error) {
	if a == nil {
		return nil, errors.New("no article")
	}
	if len(a.Text) > maxDocText {
		return nil, fmt.Errorf("%q is over %d MiB", clipName(a.Title), maxDocText>>20)
	}
	b, err := rebuildArticle(a.Title, a.Text)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", clipName(a.Title), err)
	}
	b.Site, b.Byline, b.Date, b.Path, b.Format = oneLine(a.Site), oneLine(a.Byline), a.Date, a.Path, a.Format
	return b, nil
}

// PortableSource is what a .briefing file says about where an article came
// from: a web address without a user name or password, a file's name
// without its folder (which would tell where the user keeps their files,
// and their user name), or what the app wrote ("-", SamplePath).
func PortableSource(path string) string {
	path = strings.TrimSpace(path)
	if path == "" || path == "-" || path == SamplePath {
		return path
	}
	if web := webAddress(path); web != "" {
		return web
	}
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		path = path[i+1:]
	}
	if len(path) >= 2 && path[1] == ':' { // "C:report.txt"
		path = path[2:]
	}
	return oneLine(path)
}

// webAddress returns an http(s) address without the user name and password
// it may carry ("https://user:secret@host/…"), or "" when path is not one.
// (The library may not use the network packages, net/url among them.)
func webAddress(path string) string {
	lower := strings.ToLower(path)
	var scheme string
	switch {
	case strings.HasPrefix(lower, "https://"):
		scheme = "https://"
	case strings.HasPrefix(lower, "http://"):
		scheme = "http://"
	default:
		return ""
	}
	rest := path[len(scheme):]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	host := rest[:end]
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if host == "" || strings.ContainsAny(path, " \t\n") {
		return ""
	}
	return scheme + host + rest[end:]
}

// cleanKeys sorts item keys and drops empty, long and repeated ones.
func cleanKeys(keys []string) []string {
	var out []string
	for _, k := range keys {
		if k != "" && len(k) <= 100 {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// oneLine collapses a metadata field to one line of at most 1,000
// characters.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 1000 {
		s = strings.TrimSpace(string([]rune(s)[:1000]))
	}
	return s
}
