package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// Exit codes.
const (
	exitOK          = 0   // success
	exitFiles       = 1   // at least one file could not be read or written
	exitUsage       = 2   // the command line was wrong
	exitInterrupted = 130 // stopped by Ctrl+C or SIGTERM
)

const usage = `Briefing turns news articles into a one-page briefing.

Usage:
  briefing [FILE...]                      open the app (with these articles or
                                          .briefing files)
  briefing analyze [--json] FILE...       print the briefing of the articles
  briefing export [OPTIONS] FILE...       write the one-page briefing to a file
  briefing export [OPTIONS] B.briefing    the same, for a .briefing file
  briefing export [OPTIONS] --briefing N  the same, for the library's briefing N
  briefing new NAME [FILE...]             make a briefing in the library
  briefing add NAME FILE...               add articles to a briefing
  briefing list [--json]                  list the library's briefings
  briefing version                        print the version
  briefing help                           print this help

FILE is a .txt, .md or .html/.htm file; "-" reads standard input.
new, add, list and export --briefing work on the app's own library, or on
the one --library DIR names; while the app is open they go through it.

Export options:
  -o FILE             where to write (default: "DATE TITLE.pdf" in the
                      current folder; - for standard output)
  --paper A4|Letter   the page size (default: the briefing's, else A4)
  --title T           the briefing's title (default: made from the articles)
  --format F          pdf, md, txt, json, or briefing for a .briefing file
                      (default: from the extension of -o, else pdf)
  --briefing NAME     export the library's briefing NAME (and record what
                      its page held: the app marks what is new since)
  --library DIR       the library (default: the app's own)
`

// errUsage marks a command-line mistake (exit code 2).
var errUsage = errors.New("usage")

// run is the whole command line: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return openApp(nil, stderr)
	}
	switch args[0] {
	case "analyze":
		return analyze(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, versionString())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if cmd, ok := extraCommands[args[0]]; ok {
		return cmd(args[1:], stdin, stdout, stderr)
	}
	if strings.HasPrefix(args[0], "-") && args[0] != "-" {
		fmt.Fprintf(stderr, "briefing: unknown option %s\n\n%s", args[0], usage)
		return exitUsage
	}
	if load.FormatOf(args[0]) == "" && !strings.ContainsAny(args[0], "./\\") {
		fmt.Fprintf(stderr, "briefing: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return openApp(args, stderr)
}

// extraCommands holds the subcommands defined in other files of this
// package (export, new, add, list), keyed by name.
var extraCommands = map[string]func(args []string, stdin io.Reader, stdout, stderr io.Writer) int{}

// startBatch readies the process for a batch of analysis (package
// batchstart readied its heap before main): the garbage collector lets the
// heap grow twice as far between collections as it would (GOGC 200, unless
// the GOGC variable says otherwise: a run of a few seconds at most, whose
// memory is given back when it ends), and the engine's tables load on the
// other CPU while the articles are read.
func startBatch() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	go brief.Prepare()
}

// newFlagSet makes a flag set that reports errors on stderr with the
// command's usage line instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: briefing %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses flags that may stand before or after the file names
// (`analyze a.txt --json`) and returns the files.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// loadFiles loads every file, each within its time budget, and reports the
// failures on stderr (three or more for the same reason on one line); it
// returns the articles that loaded and whether any failed. Once ctx is
// done it stops.
func loadFiles(ctx context.Context, files []string, stdin io.Reader, stderr io.Writer) ([]*brief.Article, bool) {
	var (
		articles []*brief.Article
		errs     []error
	)
	for _, f := range files {
		if ctx.Err() != nil {
			break
		}
		var (
			a   *brief.Article
			err error
		)
		if f == "-" {
			a, err = load.Reader("-", stdin, "")
		} else {
			a, err = load.FileContext(ctx, f)
		}
		if err != nil {
			if ctx.Err() == nil {
				errs = append(errs, err)
			}
			continue
		}
		articles = append(articles, a)
	}
	for _, err := range load.GroupErrors(errs) {
		fmt.Fprintf(stderr, "briefing: %v\n", err)
	}
	return articles, len(errs) > 0
}

// interruptible returns a context that Ctrl+C or SIGTERM cancels, and the
// function to call once the work is over. The work looks at the context
// between files and between the engine's stages; should it not be over a
// second after the signal, the process exits with exitInterrupted anyway.
func interruptible(stderr io.Writer) (context.Context, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			cancel()
			select {
			case <-done:
			case <-time.After(time.Second):
				fmt.Fprintln(stderr, "briefing: interrupted")
				os.Exit(exitInterrupted)
			}
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sig)
		close(done)
		cancel()
	}
}

// interrupted reports a run that a signal stopped, and returns its exit
// code.
func interrupted(stderr io.Writer) int {
	fmt.Fprintln(stderr, "briefing: interrupted")
	return exitInterrupted
}

func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("analyze", "[--json] FILE...", stderr)
	asJSON := fs.Bool("json", false, "print the analysis as JSON")
	files, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "briefing analyze: name at least one article file (or - for standard input)")
		fs.Usage()
		return exitUsage
	}
	ctx, done := interruptible(stderr)
	defer done()
	startBatch()
	articles, failed := loadFiles(ctx, files, stdin, stderr)
	an, err := brief.AnalyzeContext(ctx, articles...)
	if err != nil {
		return interrupted(stderr)
	}
	if *asJSON {
		out, err := an.JSON()
		if err != nil {
			fmt.Fprintf(stderr, "briefing: cannot encode the analysis: %v\n", err)
			return exitFiles
		}
		fmt.Fprintf(stdout, "%s\n", out)
	} else if len(articles) > 0 {
		writeText(stdout, an)
	}
	if failed {
		return exitFiles
	}
	return exitOK
}

// writeText prints a readable briefing of the analysis.
func writeText(w io.Writer, an *brief.Analysis) {
	fmt.Fprintf(w, "%s\n%s\n\n", an.Title(), strings.Repeat("=", len([]rune(an.Title()))))
	fmt.Fprintln(w, "SOURCES")
	for _, s := range an.Sources {
		fmt.Fprintf(w, "  [%s] %s (%s, %d words)\n", s.ID, s.Title, s.Path, s.Words)
	}
	cite := func(c brief.Cite) string { return fmt.Sprintf("[%s:%d]", c.Source, c.Sentence+1) }
	section := func(name string, n int) bool {
		fmt.Fprintf(w, "\n%s\n", name)
		if n == 0 {
			fmt.Fprintln(w, "  (none found)")
		}
		return n > 0
	}
	if section("KEY ACTORS", len(an.Actors)) {
		for _, a := range an.Actors {
			line := a.Name
			if a.Role != "" {
				line += ", " + a.Role
			}
			fmt.Fprintf(w, "  %-40s %s, %d mentions\n", line, a.Kind, a.Mentions)
		}
	}
	if section("COMMITMENTS", len(an.Commitments)) {
		for _, c := range an.Commitments {
			fmt.Fprintf(w, "  - %s: %s %s\n", c.Actor, c.Text, cite(c.Cite()))
		}
	}
	if section("OPEN DISPUTES", len(an.Disputes)) {
		for _, d := range an.Disputes {
			fmt.Fprintf(w, "  - %s: %s %s\n", strings.Join(d.Parties, " vs "), d.Text, cite(d.Cite()))
		}
	}
	if section("QUOTES", len(an.Quotes)) {
		for _, q := range an.Quotes {
			sp := q.Speaker
			if sp == "" {
				sp = "unattributed"
			}
			fmt.Fprintf(w, "  - “%s” (%s) %s\n", q.Text, sp, cite(q.Cite()))
		}
	}
}
