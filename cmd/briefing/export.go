package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
	"github.com/briefing-app/briefing/internal/fserr"
)

func init() { extraCommands["export"] = export }

const exportSynopsis = "[-o FILE] [--paper A4|Letter] [--title T] [--format pdf|md|txt|json] FILE..."

// export writes the one-page briefing of the articles as a PDF, Markdown,
// plain text or JSON file, and prints the path it wrote.
func export(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", exportSynopsis, stderr)
	out := fs.String("o", "", "write to `FILE` (default: the date and title, in the current folder; - for standard output)")
	paperName := fs.String("paper", "A4", "paper size of the page: A4 or Letter")
	title := fs.String("title", "", "the briefing's `title` (default: made from the articles)")
	formatName := fs.String("format", "", "pdf, md, txt or json (default: from the extension of -o, else pdf)")
	files, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	usageError := func(msg string) int {
		fmt.Fprintf(stderr, "briefing export: %s\n", msg)
		fs.Usage()
		return exitUsage
	}
	if len(files) == 0 {
		return usageError("name at least one article file (or - for standard input)")
	}
	paper, err := page.ParsePaper(*paperName)
	if err != nil {
		return usageError(err.Error())
	}
	format, err := exportFormat(*formatName, *out)
	if err != nil {
		return usageError(err.Error())
	}

	ctx, done := interruptible(stderr)
	defer done()
	articles, failed := loadFiles(ctx, files, stdin, stderr)
	if ctx.Err() != nil {
		return interrupted(stderr)
	}
	if len(articles) == 0 {
		fmt.Fprintln(stderr, "briefing export: no article could be read, so nothing was written")
		return exitFiles
	}
	an, err := brief.AnalyzeContext(ctx, articles...)
	if err != nil {
		return interrupted(stderr)
	}
	b := page.Build(an, page.Options{Title: brief.ClipMeta(*title)}).FitOnePage(paper)
	data, err := render(b, format, paper)
	if err != nil {
		fmt.Fprintf(stderr, "briefing export: %v\n", err)
		return exitFiles
	}
	path := *out
	if path == "" {
		path = b.FileName("." + format)
	}
	if path == "-" {
		if _, err := stdout.Write(data); err != nil {
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
	if failed {
		return exitFiles
	}
	return exitOK
}

// exportFormat is the format asked for with --format, else the one the
// output file's extension names, else PDF.
func exportFormat(name, out string) (string, error) {
	if name != "" {
		return page.ParseFormat(name)
	}
	ext := filepath.Ext(out)
	if out == "-" || ext == "" {
		return "pdf", nil
	}
	f, err := page.ParseFormat(ext)
	if err != nil {
		return "", fmt.Errorf("cannot tell the format from the name %s: add --format pdf, md, txt or json", out)
	}
	return f, nil
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

// writeFileAtomic writes the file through a temporary file in the same
// folder, so that a failed export never leaves half a file behind. Its
// error says in words why the file could not be written (see fserr).
func writeFileAtomic(path string, data []byte) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("cannot write %s: it is a folder: name a file inside it", path)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".briefing-export-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, fserr.WriteReason(err, path))
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("cannot write %s: %w", path, fserr.WriteReason(err, path))
	}
	return nil
}
