package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/brief/page"
)

func init() { extraCommands["export"] = export }

const exportSynopsis = "[-o FILE] [--paper A4|Letter] [--title T] [--format pdf|md|txt|json|briefing] " +
	"(FILE... | FILE.briefing | --briefing NAME [--library DIR])"

// export writes the one-page briefing of the articles — files, a .briefing
// file, or a briefing of the library — as a PDF, Markdown, plain text or
// JSON file, or the briefing itself as a .briefing file, and prints the
// path it wrote. Exporting a briefing of the library records what its page
// held, as the app's Export does (see library.MarkExported).
func export(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", exportSynopsis, stderr)
	out := fs.String("o", "", "write to `FILE` (default: the date and title, in the current folder; - for standard output)")
	paperName := fs.String("paper", "", "paper size of the page: A4 or Letter (default: the briefing's, else A4)")
	title := fs.String("title", "", "the briefing's `title` (default: made from the articles)")
	formatName := fs.String("format", "", "pdf, md, txt, json or briefing (default: from the extension of -o, else pdf)")
	briefingName := fs.String("briefing", "", "export the briefing `NAME` of the library")
	libFlag := libraryFlag(fs)
	files, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	usageError := func(msg string) int {
		fmt.Fprintf(stderr, "briefing export: %s\n", msg)
		fs.Usage()
		return exitUsage
	}
	fromFile := len(files) == 1 && strings.EqualFold(filepath.Ext(files[0]), library.Ext)
	switch {
	case *briefingName != "" && len(files) > 0:
		return usageError("name either a briefing (--briefing) or files, not both")
	case *briefingName == "" && len(files) == 0:
		return usageError("name at least one article file (or - for standard input), a .briefing file, or --briefing NAME")
	case !fromFile && len(files) > 1 && slices.ContainsFunc(files, func(f string) bool { return strings.EqualFold(filepath.Ext(f), library.Ext) }):
		return usageError("a .briefing file is exported on its own, without other files")
	case *libFlag != "" && *briefingName == "":
		return usageError("--library goes with --briefing NAME")
	}
	paper := page.PaperA4
	if *paperName != "" {
		if paper, err = page.ParsePaper(*paperName); err != nil {
			return usageError(err.Error())
		}
	}
	format, err := exportFormat(*formatName, *out)
	if err != nil {
		return usageError(err.Error())
	}

	// Ctrl+C and SIGTERM stop the reading and the analysis.
	ctx, done := interruptible(stderr)
	defer done()
	startBatch()

	// What to export: the articles, the user's choices, and the briefing
	// as a document.
	var (
		articles []*brief.Article
		opt      page.Options
		doc      *library.Document
		failed   bool
		record   func(*page.Briefing) // records the export in the library
	)
	switch {
	case *briefingName != "":
		dir, err := libraryDir(*libFlag, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "briefing export: %v\n", err)
			return exitFiles
		}
		lib, release, err := readLibrary(dir, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "briefing export: %v\n", err)
			return exitFiles
		}
		b, arts, err := briefingArticles(lib, *briefingName)
		if err == nil {
			doc, err = lib.Document(b.ID)
		}
		release() // before recording: the record may need the lock
		if err != nil {
			fmt.Fprintf(stderr, "briefing export: %v\n", err)
			return exitFiles
		}
		articles, opt = arts, b.Options()
		if *paperName == "" && b.Paper != "" {
			paper = b.Paper
		}
		record = func(p *page.Briefing) {
			c := library.Change{Op: library.OpExported, Briefing: b.Name, Keys: library.PageKeys(p)}
			if _, err := changeLibrary(dir, c, stderr); err != nil {
				fmt.Fprintf(stderr, "briefing export: warning: the export was not recorded in the library: %v\n", err)
			}
		}
	case fromFile:
		doc, err = readDocument(ctx, files[0])
		if ctx.Err() != nil {
			return interrupted(stderr)
		}
		if err != nil {
			fmt.Fprintf(stderr, "briefing export: %v\n", err)
			return exitFiles
		}
		articles, opt = doc.Articles, doc.Options()
		if *paperName == "" && doc.Paper != "" {
			paper = doc.Paper
		}
	default:
		articles, failed = loadFiles(ctx, files, stdin, stderr)
	}
	if ctx.Err() != nil {
		return interrupted(stderr)
	}
	if len(articles) == 0 {
		fmt.Fprintln(stderr, "briefing export: there is no article to export, so nothing was written")
		return exitFiles
	}
	// A title is cut like a page's title.
	titleFlag := brief.ClipMeta(strings.Join(strings.Fields(*title), " "))
	if titleFlag != "" {
		opt.Title = titleFlag
	}
	an, err := brief.AnalyzeContext(ctx, articles...)
	if err != nil {
		return interrupted(stderr)
	}
	b := page.Build(an, opt).FitOnePage(paper)
	var data []byte
	path := *out
	if format == formatBriefing {
		if doc == nil {
			doc = &library.Document{Name: b.Title, Articles: articles, Modified: b.Date}
		}
		if titleFlag != "" {
			doc.Title = titleFlag
		}
		if *paperName != "" {
			doc.Paper = paper
		}
		var buf bytes.Buffer
		err = library.WriteDocument(&buf, doc)
		data = buf.Bytes()
		if path == "" {
			path = library.FileName(doc.Name)
		}
		record = nil // a .briefing file is the briefing, not its page
	} else {
		data, err = render(b, format, paper)
		if path == "" {
			path = b.FileName("." + format)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "briefing export: %v\n", err)
		return exitFiles
	}
	if w := standardStream(path, stdout, stderr); w != nil {
		if _, err := w.Write(data); err != nil {
			fmt.Fprintf(stderr, "briefing export: cannot write to standard output: %v\n", err)
			return exitFiles
		}
	} else {
		if err := writeFileAtomic(path, data); err != nil {
			fmt.Fprintf(stderr, "briefing export: %v\n", err)
			return exitFiles
		}
		fmt.Fprintln(stdout, path)
	}
	if record != nil {
		record(b)
	}
	if failed {
		return exitFiles
	}
	return exitOK
}

// formatBriefing is the export format of a .briefing file.
const formatBriefing = "briefing"

// exportFormat is the format asked for with --format, else the one the
// output file's extension names, else PDF.
func exportFormat(name, out string) (string, error) {
	if strings.EqualFold(strings.TrimPrefix(strings.TrimSpace(name), "."), formatBriefing) {
		return formatBriefing, nil
	}
	if name != "" {
		f, err := page.ParseFormat(name)
		if err != nil {
			return "", fmt.Errorf("unknown format %q: use pdf, md, txt, json or briefing", name)
		}
		return f, nil
	}
	ext := filepath.Ext(out)
	if out == "-" || ext == "" {
		return "pdf", nil
	}
	if strings.EqualFold(ext, library.Ext) {
		return formatBriefing, nil
	}
	f, err := page.ParseFormat(ext)
	if err != nil {
		return "", fmt.Errorf("cannot tell the format from the name %s: add --format pdf, md, txt, json or briefing", out)
	}
	return f, nil
}

// readDocument reads a .briefing file, within its time budget and until
// ctx is done (see library.ReadDocumentFile).
func readDocument(ctx context.Context, path string) (*library.Document, error) {
	d, err := library.ReadDocumentFile(ctx, path)
	if err != nil {
		var pe *fs.PathError
		switch {
		case errors.As(err, &pe):
			return nil, fmt.Errorf("cannot read %s: %w", path, pe.Err) // the path is said once
		case errors.Is(err, library.ErrNotFile), errors.Is(err, library.ErrSlow):
			return nil, fmt.Errorf("cannot read %s: %w", path, err)
		}
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	return d, nil
}

// render encodes the page in a format.
func render(b *page.Briefing, format string, paper page.Paper) ([]byte, error) {
	switch format {
	case "md":
		return []byte(b.Markdown()), nil
	case "txt":
		return []byte(b.PlainText()), nil
	case "json":
		data, err := b.JSON()
		return append(data, '\n'), err
	}
	var buf bytes.Buffer
	if err := b.WritePDF(&buf, paper); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeFileAtomic writes the file the way library.WriteUserFile does:
// through a temporary file in the same folder, so that a failed export
// never leaves half a file behind, in place for a device or a pipe, and
// through a symbolic link to its file. Its error names the file and says
// in words why it could not be written (see fserr).
func writeFileAtomic(path string, data []byte) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("cannot write %s: it is a folder: name a file inside it", path)
	}
	if err := library.WriteUserFile(path, data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// standardStream is the command's writer for a path that names its own
// standard output or error ("-", /dev/stdout, /dev/fd/2), or nil. Opening such a
// path anew would start the file behind it over, losing what a ">>"
// redirection had written before, and the file's name printed after it
// would join the briefing.
func standardStream(path string, stdout, stderr io.Writer) io.Writer {
	switch filepath.ToSlash(filepath.Clean(path)) {
	case "-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return stdout
	case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
		return stderr
	}
	return nil
}
