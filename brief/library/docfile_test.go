package library

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// writeDocFile writes a .briefing file of one article and returns its path.
func writeDocFile(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	doc := &Document{Name: "Riverside", Articles: []*brief.Article{mustArticle(t, libArticleA)}}
	if err := WriteDocument(&buf, doc); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "riverside"+Ext)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestReadDocumentFile reads a .briefing file from disk; a folder is
// refused as not a file, a missing file says so, and a context already
// done reads nothing.
func TestReadDocumentFile(t *testing.T) {
	p := writeDocFile(t)
	d, err := ReadDocumentFile(context.Background(), p)
	if err != nil || d.Name != "Riverside" || len(d.Articles) != 1 {
		t.Fatalf("ReadDocumentFile = %+v, %v", d, err)
	}

	dir := filepath.Join(t.TempDir(), "folder"+Ext)
	os.Mkdir(dir, 0o755)
	if _, err := ReadDocumentFile(context.Background(), dir); !errors.Is(err, ErrNotFile) || err.Error() != "it is a folder, not a file" {
		t.Errorf("a folder: %v", err)
	}
	if _, err := ReadDocumentFile(context.Background(), filepath.Join(t.TempDir(), "gone"+Ext)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadDocumentFile(ctx, p); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled read: %v", err)
	}
}
