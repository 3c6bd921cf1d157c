package load

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
)

// maxArticleSize is the largest article Briefing reads, from a file or the
// web: 16 MiB. A news article is a few tens of kilobytes, a saved page with
// its scripts and styles a few megabytes; anything larger is not an article.
const maxArticleSize = 16 << 20

// Reasons a file cannot be loaded. An Error wraps one of these; its message
// says which to the user.
var (
	errEmpty       = errors.New("the file is empty")
	errBinary      = errors.New("it is a binary file, not text")
	errUnsupported = errors.New("not a text, Markdown or HTML file")
	errNoArticle   = errors.New("no article text was found in the page")
	errTooLarge    = fmt.Errorf("it is larger than the %d MiB limit for an article", maxArticleSize>>20)
	errDirectory   = errors.New("it is a folder, not a file")
	errNotFound    = errors.New("there is no such file")
	errPermission  = errors.New("you do not have permission to read it")
	errPipe        = errors.New("it is a named pipe (FIFO), not a file: Briefing reads only regular files")
	errDevice      = errors.New("it is a device, not a file: Briefing reads only regular files")
	errSpecial     = errors.New("it is not a regular file: Briefing reads only regular files")
	errCancelled   = errors.New("loading was cancelled")
	errSlow        = fmt.Errorf("it took longer than %d seconds to read, so it was skipped", int(fileTimeout/time.Second))
	errEncoding    = errors.New("its text encoding could not be recognised (it looks like UTF-16 without a byte-order mark): save it as UTF-8 and open it again")
)

// fileTimeout is the time budget of one file: opening, reading and
// parsing it. Every stage is linear in the file's size, so a 16 MiB file
// takes a few seconds; a file on a disk or network share that stops
// answering is given up on and reported, and the others still load. (A
// variable for the tests.)
var fileTimeout = 20 * time.Second

// Error names the file (or address) that could not be loaded and why.
type Error struct {
	// Path is the file, "-" for standard input, the web address, or empty
	// for pasted text.
	Path string
	// Err is the reason, in words for the user: the file is empty, binary,
	// too large, not a kind Briefing reads, missing…, or the system's own.
	Err error
}

// Error says which file could not be read and why, in words for the user.
func (e *Error) Error() string {
	name := e.Path
	if name == "" {
		name = "the pasted text"
	} else if name == "-" {
		name = "standard input"
	}
	return fmt.Sprintf("cannot read %s: %v", name, e.Err)
}

// Unwrap returns the reason, for errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

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

// File reads one article from a file. The path "-" reads standard input.
// The error, when not nil, is an *Error that names the file. It is
// FileContext without a context: the file still has its time budget.
func File(path string) (*brief.Article, error) {
	return FileContext(context.Background(), path)
}

// FileContext reads one article from a file, giving up when ctx is done or
// when the file takes longer than its time budget (20 seconds) to open, read
// and parse. Only regular files are read: a named pipe, a device or a
// socket is refused without being opened for reading (a FIFO is opened
// non-blocking, so no writer is waited for). The path "-" reads standard
// input, without a budget. The error, when not nil, is an *Error that names
// the file: why it could not be read, or that it was cancelled or too slow.
func FileContext(ctx context.Context, path string) (*brief.Article, error) {
	if path == "-" {
		return Reader("-", os.Stdin, "")
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{path, errCancelled}
	}
	ctx, cancel := context.WithTimeout(ctx, fileTimeout)
	defer cancel()
	type result struct {
		a   *brief.Article
		err error
	}
	// The work runs on its own goroutine so that a read the system never
	// finishes (a hung network share) cannot hold the caller: the caller
	// gets its answer when the budget runs out, and the stages left look
	// at ctx and stop.
	done := make(chan result, 1)
	go func() {
		a, err := readFile(ctx, path)
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		// The work may see the budget run out first and stop as
		// cancelled: it was the budget.
		if errors.Is(r.err, errCancelled) && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &Error{path, errSlow}
		}
		return r.a, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &Error{path, errSlow}
		}
		return nil, &Error{path, errCancelled}
	}
}

// readFile opens, reads and parses one article file.
func readFile(ctx context.Context, path string) (*brief.Article, error) {
	format := FormatOf(path)
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, &Error{path, osReason(err)}
	case fi.IsDir():
		return nil, &Error{path, errDirectory}
	case !fi.Mode().IsRegular():
		return nil, &Error{path, specialReason(fi.Mode())}
	case format == "":
		return nil, &Error{path, errUnsupported}
	case fi.Size() > maxArticleSize:
		return nil, &Error{path, errTooLarge}
	}
	// Non-blocking: should the file have been swapped for a FIFO since
	// Stat, opening it does not wait for a writer; the type is checked
	// again on what was opened.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &Error{path, osReason(err)}
	}
	defer f.Close()
	fi, err = f.Stat()
	if err != nil {
		return nil, &Error{path, osReason(err)}
	} else if !fi.Mode().IsRegular() {
		return nil, &Error{path, specialReason(fi.Mode())}
	}
	// Read into a buffer of the file's size when opened: a file of a
	// megabyte in one allocation, not grown into from 512 bytes, each
	// growth a copy (a file that grew since grows it again).
	var buf bytes.Buffer
	buf.Grow(int(min(fi.Size(), maxArticleSize)) + bytes.MinRead)
	_, err = buf.ReadFrom(io.LimitReader(f, maxArticleSize+1))
	data := buf.Bytes()
	switch {
	case err != nil:
		return nil, &Error{path, osReason(err)}
	case len(data) > maxArticleSize:
		return nil, &Error{path, errTooLarge}
	case ctx.Err() != nil:
		return nil, &Error{path, errCancelled}
	}
	return parseNamed(ctx, path, data, format)
}

// specialReason says what kind of file that is not a regular file mode is.
func specialReason(mode fs.FileMode) error {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return errPipe
	case mode&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return errDevice
	}
	return errSpecial
}

// osReason turns an error from the file system into the reason a user
// reads: a sentinel for the usual cases, else the system's own words without
// the path (the Error names the file already).
func osReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return errNotFound
	case errors.Is(err, fs.ErrPermission):
		return errPermission
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Reader reads one article from r. name is shown in messages and kept as
// the article's path; format may be empty to guess it from the content.
func Reader(name string, r io.Reader, format Format) (*brief.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxArticleSize+1))
	if err != nil {
		return nil, &Error{name, err}
	}
	if len(data) > maxArticleSize {
		return nil, &Error{name, errTooLarge}
	}
	return Parse(name, data, format)
}

// Parse turns raw bytes into an article. name is kept as the article's path
// and shown in messages; format may be empty to guess it from the content.
// The title, byline and outlet name are cut to brief.MaxMeta characters.
func Parse(name string, data []byte, format Format) (*brief.Article, error) {
	return parseNamed(context.Background(), name, data, format)
}

// parseNamed is Parse that stops between its stages once ctx is done.
func parseNamed(ctx context.Context, name string, data []byte, format Format) (*brief.Article, error) {
	a, err := parse(ctx, data, format)
	if err == nil && ctx.Err() != nil {
		err = errCancelled
	}
	if err != nil {
		return nil, &Error{name, err}
	}
	a.Path = name
	if a.Title == "" {
		a.Title = titleFromName(name)
	}
	a.Title, a.Byline, a.Site = brief.ClipMeta(a.Title), brief.ClipMeta(a.Byline), brief.ClipMeta(a.Site)
	return a, nil
}

// Text makes an article from text the user pasted. The first line
// becomes the title when it reads like a headline.
func Text(text string) (*brief.Article, error) {
	return Parse("", []byte(text), FormatText)
}

func parse(ctx context.Context, data []byte, format Format) (*brief.Article, error) {
	if len(data) > maxArticleSize {
		return nil, errTooLarge
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errEmpty
	}
	if format == "" {
		format = sniffFormat(data)
	}
	var (
		a   *brief.Article
		err error
	)
	if format == FormatHTML {
		a, err = parseHTML(ctx, data)
	} else {
		var text string
		text, err = decodeText(data)
		if err != nil {
			return nil, err
		}
		norm := brief.Normalize(text)
		if strings.TrimSpace(norm) == "" {
			return nil, errEmpty
		}
		if format == FormatMarkdown {
			// Markdown's indentation is syntax: goldmark reads the text as
			// it is, and each paragraph is normalised once read.
			a, err = parseMarkdown(text)
		} else {
			a = parsePlain(norm)
		}
	}
	if err != nil {
		return nil, err
	}
	a.Format = string(format)
	if strings.TrimSpace(a.Text) == "" {
		if format == FormatHTML {
			return nil, errNoArticle
		}
		return nil, errEmpty
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

// parsePlain reads a plain-text article. A first line that reads like a
// headline (short, no closing full stop, followed by more text) becomes the
// title. Paragraphs are separated by blank lines; when the text has none,
// each line is a paragraph.
func parsePlain(text string) *brief.Article {
	blocks := textBlocks(text)
	title := ""
	if len(blocks) > 1 && isHeadline(blocks[0]) {
		title = blocks[0]
		blocks = blocks[1:]
	}
	return brief.NewArticle(title, strings.Join(blocks, "\n\n"))
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
	if brief.CountWords(s) > 22 {
		return false
	}
	s = brief.TrimClosers(s)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':':
		return false
	}
	return !strings.HasSuffix(s, "。") && !strings.HasSuffix(s, "…")
}
