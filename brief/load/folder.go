package load

import (
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
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil || !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
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
