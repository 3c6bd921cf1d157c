package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/internal/instance"
)

// The commands on the library's briefings: the same library as the app's
// (or the one --library names), written under the library's lock, or by
// the app itself when it has the library open.

func init() {
	extraCommands["new"] = newBriefing
	extraCommands["add"] = addToBriefing
	extraCommands["list"] = listBriefings
}

// writeWait is how long a command waits for another one writing the
// library (or the app starting) before it gives up.
const writeWait = 30 * time.Second

// libraryFlag adds --library to a command.
func libraryFlag(fs *flag.FlagSet) *string {
	return fs.String("library", "", "the library `DIR` (default: the app's own library)")
}

// libraryDir is the folder --library names, else the app's own library.
func libraryDir(flagValue string, stderr io.Writer) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	return defaultLibraryDir(stderr)
}

// changeLibrary applies a change to the library in dir: itself, holding the
// library's lock, or, when the app has the library open, through the app,
// which applies it the same way (only one process writes a library).
func changeLibrary(dir string, c library.Change, stderr io.Writer) (library.Outcome, error) {
	lock, reply, err := instance.Acquire(dir, instance.Request{Change: &c}, writeWait)
	if err != nil {
		if errors.Is(err, instance.ErrNoAnswer) {
			return library.Outcome{}, fmt.Errorf("the library is in use by another Briefing that does not answer; try again once it has finished (%w)", err)
		}
		return library.Outcome{}, err
	}
	if reply != nil {
		if err := reply.Err(); err != nil {
			return library.Outcome{}, err
		}
		if reply.Outcome == nil {
			return library.Outcome{}, errors.New("the Briefing window did not say what it did")
		}
		return *reply.Outcome, nil
	}
	defer lock.Close()
	lib, err := library.Open(dir)
	if lib == nil {
		return library.Outcome{}, err
	}
	warn(stderr, err)
	return lib.Apply(c)
}

// readLibrary opens the library in dir to read it. When no other process
// has it, the command holds its lock meanwhile and the library is opened
// as the app opens it (moving a damaged file aside, migrating an old
// library); else it is read as it is on disk, without writing anything.
// Call done when finished.
func readLibrary(dir string, stderr io.Writer) (lib *library.Library, done func(), err error) {
	done = func() {}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		lib, err = library.OpenReadOnly(dir)
		return lib, done, err
	}
	lock, err := instance.TryLock(dir)
	switch {
	case err == nil:
		done = func() { lock.Close() }
		lib, err = library.Open(dir)
	case errors.Is(err, instance.ErrLocked):
		lib, err = library.OpenReadOnly(dir)
	default:
		return nil, done, err
	}
	if lib == nil {
		done()
		return nil, func() {}, err
	}
	warn(stderr, err)
	return lib, done, nil
}

// warn reports a library's problems that did not stop it from opening.
func warn(stderr io.Writer, err error) {
	if err != nil {
		fmt.Fprintf(stderr, "briefing: warning: %v\n", err)
	}
}

// quoteName writes a briefing's name as the messages do: “Name”.
func quoteName(name string) string { return "“" + name + "”" }

// changeWithFiles makes the change c to the library of libFlag (see
// libraryDir) with the articles of files added, as `briefing new` and
// `briefing add` do. When need is set and no file could be read, it says
// none and makes no change. explain, when set, rewrites the library's
// refusal for the user. It returns the outcome, whether a file could not
// be read, and exitOK or the code to exit with, the reason already said.
func changeWithFiles(cmd string, c library.Change, files []string, libFlag string, stdin io.Reader, stderr io.Writer,
	need bool, none string, explain func(error) error) (library.Outcome, bool, int) {
	ctx, done := interruptible(stderr)
	defer done()
	articles, failed := loadFiles(ctx, files, stdin, stderr)
	if ctx.Err() != nil {
		return library.Outcome{}, failed, interrupted(stderr)
	}
	if need && len(articles) == 0 {
		fmt.Fprintf(stderr, "briefing %s: %s\n", cmd, none)
		return library.Outcome{}, failed, exitFiles
	}
	dir, err := libraryDir(libFlag, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "briefing %s: %v\n", cmd, err)
		return library.Outcome{}, failed, exitFiles
	}
	c.Articles = articles
	out, err := changeLibrary(dir, c, stderr)
	if err != nil {
		if explain != nil {
			err = explain(err)
		}
		fmt.Fprintf(stderr, "briefing %s: %v\n", cmd, err)
		return library.Outcome{}, failed, exitFiles
	}
	return out, failed, exitOK
}

// newBriefing is `briefing new NAME [FILE...]`.
func newBriefing(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("new", "[--library DIR] NAME [FILE...]", stderr)
	libFlag := libraryFlag(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) == 0 || strings.TrimSpace(rest[0]) == "" {
		fmt.Fprintln(stderr, "briefing new: name the briefing")
		fs.Usage()
		return exitUsage
	}
	name, files := rest[0], rest[1:]
	out, failed, code := changeWithFiles("new", library.Change{Op: library.OpNew, Briefing: name}, files, *libFlag, stdin, stderr,
		len(files) > 0, "no article could be read, so no briefing was made",
		func(err error) error {
			if errors.Is(err, library.ErrNameTaken) {
				return fmt.Errorf("there is already a briefing named %s: add articles to it with briefing add", quoteName(strings.Join(strings.Fields(name), " ")))
			}
			return err
		})
	if code != exitOK {
		return code
	}
	fmt.Fprintf(stdout, "Made %s with %s.\n", quoteName(out.Briefing.Name), countArticles(len(out.Briefing.Articles)))
	if failed {
		return exitFiles
	}
	return exitOK
}

// addToBriefing is `briefing add NAME FILE...`.
func addToBriefing(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("add", "[--library DIR] NAME FILE...", stderr)
	libFlag := libraryFlag(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) < 2 {
		fmt.Fprintln(stderr, "briefing add: name the briefing and at least one article file (or - for standard input)")
		fs.Usage()
		return exitUsage
	}
	name, files := rest[0], rest[1:]
	out, failed, code := changeWithFiles("add", library.Change{Op: library.OpAdd, Briefing: name}, files, *libFlag, stdin, stderr,
		true, "no article could be read, so nothing was added", nil)
	if code != exitOK {
		return code
	}
	msg := fmt.Sprintf("Added %s to %s", countArticles(out.Added), quoteName(out.Briefing.Name))
	if out.Already > 0 {
		msg += fmt.Sprintf(" (%d already in it)", out.Already)
	}
	fmt.Fprintf(stdout, "%s; it has %s.\n", msg, countArticles(len(out.Briefing.Articles)))
	if failed {
		return exitFiles
	}
	return exitOK
}

// listBriefings is `briefing list`.
func listBriefings(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("list", "[--json] [--library DIR]", stderr)
	asJSON := fs.Bool("json", false, "print the briefings as JSON")
	libFlag := libraryFlag(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "briefing list: unexpected %q\n", rest[0])
		fs.Usage()
		return exitUsage
	}
	dir, err := libraryDir(*libFlag, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "briefing list: %v\n", err)
		return exitFiles
	}
	lib, done, err := readLibrary(dir, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "briefing list: %v\n", err)
		return exitFiles
	}
	defer done()
	bs := lib.Briefings()
	if *asJSON {
		type item struct {
			Name     string     `json:"name"`
			Title    string     `json:"title,omitempty"`
			Articles int        `json:"articles"`
			Created  time.Time  `json:"created"`
			Modified time.Time  `json:"modified"`
			Exported *time.Time `json:"exported,omitempty"`
			Sample   bool       `json:"sample,omitempty"`
		}
		items := []item{}
		for _, b := range bs {
			it := item{Name: b.Name, Title: b.Title, Articles: len(b.Articles), Created: b.Created, Modified: b.Modified, Sample: b.Sample}
			if b.Exported != nil {
				it.Exported = &b.Exported.At
			}
			items = append(items, it)
		}
		data, _ := json.MarshalIndent(items, "", "  ")
		fmt.Fprintf(stdout, "%s\n", data)
		return exitOK
	}
	if len(bs) == 0 {
		fmt.Fprintln(stdout, "No briefings yet: make one with briefing new NAME FILE...")
		return exitOK
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tARTICLES\tCREATED\tEXPORTED")
	for _, b := range bs {
		exported := "-"
		if b.Exported != nil {
			exported = b.Exported.At.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", oneLineName(b.Name), len(b.Articles), b.Created.Local().Format("2006-01-02 15:04"), exported)
	}
	tw.Flush()
	return exitOK
}

// oneLineName keeps a table row on one line whatever a name holds.
func oneLineName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func countArticles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

// briefingArticles returns a briefing's articles, looked up by name.
func briefingArticles(lib *library.Library, name string) (library.Briefing, []*brief.Article, error) {
	b, ok := lib.Find(name)
	if !ok {
		return b, nil, fmt.Errorf("there is no briefing named %s (briefing list shows them)", quoteName(strings.Join(strings.Fields(name), " ")))
	}
	return b, lib.Articles(b.ID), nil
}
