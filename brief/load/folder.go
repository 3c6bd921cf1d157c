package load

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// maxFolderFiles caps how many article files one folder adds at once.
const maxFolderFiles = 5000

// Expand replaces each folder among paths by the article files inside it
// (every file whose extension FormatOf knows, subfolders included, hidden
// ones skipped), in lexical order, up to 5,000 a folder; files named
// explicitly are kept whatever their extension, so that File reports an
// unsupported one. Problems with folders come back as errors: a folder
// that cannot be read or holds no article file is an *Error.
func Expand(paths []string) (files []string, errs []error) {
	return ExpandContext(context.Background(), paths)
}

// ExpandContext is Expand that stops walking folders once ctx is done; it
// then returns the files found so far.
func ExpandContext(ctx context.Context, paths []string) (files []string, errs []error) {
	for _, p := range paths {
		if ctx.Err() != nil {
			return files, errs
		}
		fi, err := os.Stat(p)
		if err != nil || !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return fs.SkipAll
			}
			if err != nil {
				if path == p {
					return err
				}
				return nil // an unreadable subfolder: skip it
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && FormatOf(name) != "" {
				if len(found) == maxFolderFiles {
					return fs.SkipAll
				}
				found = append(found, path)
			}
			return nil
		})
		switch {
		case walkErr != nil:
			errs = append(errs, &Error{Path: p, Err: walkErr})
		case len(found) == 0:
			errs = append(errs, &Error{Path: p, Err: errors.New("the folder holds no .txt, .md or .html files")})
		case len(found) == maxFolderFiles:
			errs = append(errs, fmt.Errorf("%s holds more article files than Briefing opens at once; the first %d were opened", p, maxFolderFiles))
		}
		files = append(files, found...)
	}
	return files, errs
}

// GroupError stands for several files that could not be read for the same
// reason (see GroupErrors).
type GroupError struct {
	// Paths are the files, in the order they were tried.
	Paths []string
	// Err is the reason they share.
	Err error
}

// Error counts the files, says why they could not be read and names the
// first three.
func (g *GroupError) Error() string {
	names := make([]string, 0, 3)
	for _, p := range g.Paths[:min(3, len(g.Paths))] {
		names = append(names, filepath.Base(p))
	}
	list := strings.Join(names, ", ")
	if n := len(g.Paths) - len(names); n > 0 {
		list += fmt.Sprintf(" and %d more", n)
	}
	return fmt.Sprintf("cannot read %d files: %v (%s)", len(g.Paths), g.Err, list)
}

// Unwrap returns the reason the files share.
func (g *GroupError) Unwrap() error { return g.Err }

// GroupErrors makes a list of load errors fit for reading: three or more
// *Errors that give the same reason become one *GroupError that counts
// them ("cannot read 300 files: it is a binary file, not text (a.bin,
// b.bin, c.bin and 297 more)"), in the place of the first; the others are
// kept as they are, in order.
func GroupErrors(errs []error) []error {
	byReason := map[string][]int{}
	for i, err := range errs {
		var le *Error
		if errors.As(err, &le) {
			r := le.Err.Error()
			byReason[r] = append(byReason[r], i)
		}
	}
	out := make([]error, 0, len(errs))
	for i, err := range errs {
		var le *Error
		if !errors.As(err, &le) {
			out = append(out, err)
			continue
		}
		same := byReason[le.Err.Error()]
		switch {
		case len(same) < 3:
			out = append(out, err)
		case same[0] == i:
			g := &GroupError{Err: le.Err}
			for _, j := range same {
				var e *Error
				errors.As(errs[j], &e)
				g.Paths = append(g.Paths, e.Path)
			}
			out = append(out, g)
		}
	}
	return out
}
