package brief

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"
)

// MaxFileSize is the largest article file Briefing reads: 16 MiB. A news
// article is a few tens of kilobytes, a saved page with its scripts and styles
// a few megabytes; anything larger is not an article.
const MaxFileSize = 16 << 20

// Reasons a file cannot be loaded. A LoadError wraps one of these, so callers
// can test with errors.Is.
var (
	ErrEmpty       = errors.New("the file is empty")
	ErrBinary      = errors.New("it is a binary file, not text")
	ErrUnsupported = errors.New("not a text, Markdown or HTML file")
	ErrNoArticle   = errors.New("no article text was found in the page")
	ErrTooLarge    = fmt.Errorf("it is larger than the %d MiB limit for an article", MaxFileSize>>20)
	ErrDirectory   = errors.New("it is a folder, not a file")
	ErrNotFound    = errors.New("there is no such file")
	ErrPermission  = errors.New("you do not have permission to read it")
)

// LoadError names the file that could not be loaded and why.
type LoadError struct {
	Path string
	Err  error
}

func (e *LoadError) Error() string {
	name := e.Path
	if name == "" {
		name = "the pasted text"
	} else if name == "-" {
		name = "standard input"
	}
	return fmt.Sprintf("cannot read %s: %v", name, e.Err)
}

func (e *LoadError) Unwrap() error { return e.Err }

// Format names the kinds of input Briefing reads.
type Format string

// The formats Briefing reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// FormatOf returns the format that a file name's extension stands for, or ""
// when Briefing does not read that kind of file.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	}
	return ""
}

// sniffFormat guesses the format of input that has no file name (standard
// input, pasted text, dropped data).
func sniffFormat(data []byte) Format {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		(bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<body")) ||
			bytes.Contains(head, []byte("<p")) || bytes.Contains(head, []byte("<div")) || bytes.Contains(head, []byte("<head")))) {
		return FormatHTML
	}
	if bytes.HasPrefix(head, []byte("# ")) || bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")) {
		return FormatMarkdown
	}
	return FormatText
}

// Load reads one article from a file. The path "-" reads standard input.
// The error, when not nil, is a *LoadError that names the file.
func Load(path string) (*Article, error) {
	if path == "-" {
		return LoadReader("-", os.Stdin, "")
	}
	format := FormatOf(path)
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, &LoadError{path, osReason(err)}
	case fi.IsDir():
		return nil, &LoadError{path, ErrDirectory}
	case format == "":
		return nil, &LoadError{path, ErrUnsupported}
	case fi.Size() > MaxFileSize:
		return nil, &LoadError{path, ErrTooLarge}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &LoadError{path, osReason(err)}
	}
	defer f.Close()
	return LoadReader(path, f, format)
}

// osReason turns an error from the file system into the reason a user
// reads: a sentinel for the usual cases, else the system's own words without
// the path (the LoadError names the file already).
func osReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return ErrPermission
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// LoadReader reads one article from r. name is shown in messages and kept as
// the article's path; format may be empty to guess it from the content.
func LoadReader(name string, r io.Reader, format Format) (*Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &LoadError{name, err}
	}
	if len(data) > MaxFileSize {
		return nil, &LoadError{name, ErrTooLarge}
	}
	return Parse(name, data, format)
}

// Parse turns raw bytes into an article. name is kept as the article's path
// and shown in messages; format may be empty to guess it from the content.
func Parse(name string, data []byte, format Format) (*Article, error) {
	a, err := parse(data, format)
	if err != nil {
		return nil, &LoadError{name, err}
	}
	a.Path = name
	if a.Title == "" {
		a.Title = titleFromName(name)
	}
	return a, nil
}

// FromText makes an article from text the user pasted. The first line
// becomes the title when it reads like a headline.
func FromText(text string) (*Article, error) {
	return Parse("", []byte(text), FormatText)
}

func parse(data []byte, format Format) (*Article, error) {
	if len(data) > MaxFileSize {
		return nil, ErrTooLarge
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if format == "" {
		format = sniffFormat(data)
	}
	var (
		a   *Article
		err error
	)
	if format == FormatHTML {
		a, err = parseHTML(data)
	} else {
		var text string
		text, err = decodeText(data)
		if err != nil {
			return nil, err
		}
		text = Normalize(text)
		if strings.TrimSpace(text) == "" {
			return nil, ErrEmpty
		}
		if format == FormatMarkdown {
			a = parseMarkdown(text)
		} else {
			a = parsePlain(text)
		}
	}
	if err != nil {
		return nil, err
	}
	a.Format = string(format)
	if strings.TrimSpace(a.Text) == "" {
		if format == FormatHTML {
			return nil, ErrNoArticle
		}
		return nil, ErrEmpty
	}
	return a, nil
}

// titleFromName makes a readable title from a file name:
// "starmer-trump_washington.txt" → "Starmer trump washington".
func titleFromName(name string) string {
	if name == "" || name == "-" {
		return "Untitled article"
	}
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	base = strings.Join(strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), " ")
	if base == "" {
		return "Untitled article"
	}
	r, n := utf8.DecodeRuneInString(base)
	return string(unicode.ToUpper(r)) + base[n:]
}

// LoadAll loads every path. A file that fails does not stop the others: the
// articles that loaded come back in order, and errs holds one *LoadError for
// each file that did not.
func LoadAll(paths []string) (articles []*Article, errs []error) {
	for _, p := range paths {
		a, err := Load(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		articles = append(articles, a)
	}
	return articles, errs
}

// parsePlain reads a plain-text article. A first line that reads like a
// headline (short, no closing full stop, followed by more text) becomes the
// title. Paragraphs are separated by blank lines; when the text has none,
// each line is a paragraph.
func parsePlain(text string) *Article {
	blocks := textBlocks(text)
	title := ""
	if len(blocks) > 1 && isHeadline(blocks[0]) {
		title = blocks[0]
		blocks = blocks[1:]
	}
	return newArticle(title, strings.Join(blocks, "\n\n"))
}

// textBlocks splits normalised text into paragraphs. Text whose paragraphs are
// separated by blank lines may wrap its lines; text without blank lines has a
// paragraph per line.
func textBlocks(text string) []string {
	lines := strings.Split(text, "\n")
	blank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank++
		}
	}
	var blocks []string
	if blank == 0 {
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				blocks = append(blocks, l)
			}
		}
		return blocks
	}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		// A line that is a headline on its own (short, no full stop) followed by
		// a wrapped paragraph stays its own block; a first line that the next
		// line goes on from in lower case is the start of a wrapped paragraph.
		if len(cur) == 0 && len(blocks) == 0 && isHeadline(l) && !continuesLower(lines, i) {
			blocks = append(blocks, l)
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return blocks
}

// continuesLower reports whether the line after lines[i] starts with a
// lower-case letter, as the rest of a wrapped sentence does.
func continuesLower(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[i+1]))
	return unicode.IsLower(r)
}

// isHeadline reports whether a block reads like a headline: short, and not
// ending as a sentence does (a question or an exclamation may be a
// headline; a quotation closed after a full stop is not).
func isHeadline(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return false
	}
	if countWords(s) > 22 {
		return false
	}
	for len(s) > 0 {
		if n := closerLen(s, len(s)-1); n == 1 {
			s = s[:len(s)-1]
		} else if len(s) >= 3 && closerLen(s, len(s)-3) == 3 {
			s = s[:len(s)-3]
		} else if len(s) >= 2 && closerLen(s, len(s)-2) == 2 {
			s = s[:len(s)-2]
		} else {
			break
		}
	}
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':':
		return false
	}
	return !strings.HasSuffix(s, "。") && !strings.HasSuffix(s, "…")
}
