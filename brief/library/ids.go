package library

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/briefing-app/briefing/brief"
)

// The IDs that become file names have one form each, checked before any
// path is built from them: an ID read from library.json, a briefing file or
// a .briefing document ("../../.bashrc") must never make the library read,
// write or rename a file outside its folder.

// articleIDLen is the length of the engine's article IDs (hex digits of a
// hash of the text), learnt from the engine rather than repeated here.
var articleIDLen = len(brief.NewArticle("", "x").ID)

// briefingIDLen is the length of a briefing's ID: 16 random hex digits.
const briefingIDLen = 16

// validArticleID reports whether id has the form of the engine's article
// IDs: lower-case hex digits, of the engine's length.
func validArticleID(id string) bool { return len(id) == articleIDLen && isHex(id) }

// validBriefingID reports whether id has the form of the IDs newBriefingID
// makes.
func validBriefingID(id string) bool { return len(id) == briefingIDLen && isHex(id) }

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// newBriefingID makes a random briefing ID.
func newBriefingID() string {
	var b [briefingIDLen / 2]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather than return an error)
	return hex.EncodeToString(b[:])
}

// articlePath is the file of the article id, checked to be inside the
// library's articles folder.
func (l *Library) articlePath(id string) (string, error) {
	if !validArticleID(id) {
		return "", fmt.Errorf("%w: %q is not an article ID Briefing makes", errCorrupt, clipID(id))
	}
	return l.within(articlesDir, id+".json")
}

// briefingPath is the file of the briefing id, checked to be inside the
// library's briefings folder. A bad ID gives a path that is never opened.
func (l *Library) briefingPath(id string) string {
	if !validBriefingID(id) {
		return filepath.Join(l.dir, briefingsDir, "invalid")
	}
	p, err := l.within(briefingsDir, id+".json")
	if err != nil {
		return filepath.Join(l.dir, briefingsDir, "invalid")
	}
	return p
}

// within joins a folder of the library and a file name, and checks that the
// result is inside that folder.
func (l *Library) within(folder, name string) (string, error) {
	base := filepath.Join(l.dir, folder)
	p := filepath.Join(base, name)
	rel, err := filepath.Rel(base, p)
	if err != nil || rel != name || strings.ContainsAny(rel, `/\`) || rel == ".." {
		return "", fmt.Errorf("%w: %q would lead outside the library folder", errCorrupt, clipID(name))
	}
	return p, nil
}

// inside reports whether path is inside the library folder.
func (l *Library) inside(path string) bool {
	rel, err := filepath.Rel(l.dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// clipID shortens an ID for a message: a hostile one may be long.
func clipID(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
