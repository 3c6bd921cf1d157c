package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// exportArticle is a fictional news article written for these tests.
const exportArticle = `Ferry operator agrees to freeze fares on island routes

KIRKWALL — The ferry operator Northlink Isles agreed on Tuesday to freeze fares on its island routes until March, after weeks of protests by residents who said the winter timetable had cut them off from the mainland.

“We have listened, and fares will not rise this winter,” said Morag Sinclair, the company's chief executive, at a meeting in Kirkwall town hall.

The islands' council leader, Ewan Flett, welcomed the freeze but said it did not go far enough. He rejected the company's plan to drop the Sunday sailing and called for a new contract with the government.
`

// runCLI runs the command line and returns the exit code and its output.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// articleFile writes the test article into a temporary folder.
func articleFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ferry.txt")
	if err := os.WriteFile(path, []byte(exportArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

func TestExportPDF(t *testing.T) {
	art := articleFile(t)
	out := filepath.Join(t.TempDir(), "brief.pdf")
	code, stdout, stderr := runCLI(t, "", "export", "-o", out, art)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if stdout != out+"\n" {
		t.Errorf("stdout = %q, want the written path", stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) || len(pdfPage.FindAll(data, -1)) != 1 {
		t.Errorf("not a one-page PDF (%d bytes)", len(data))
	}
	if !bytes.Contains(data, []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Errorf("default paper should be A4")
	}
	// Letter, flags after the file.
	code, _, stderr = runCLI(t, "", "export", art, "--paper", "letter", "-o", out)
	if code != exitOK {
		t.Fatalf("--paper letter: exit %d, %s", code, stderr)
	}
	data, _ = os.ReadFile(out)
	if !bytes.Contains(data, []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Errorf("--paper letter did not give a Letter page")
	}
}

func TestExportDefaultFileName(t *testing.T) {
	art := articleFile(t)
	dir := t.TempDir()
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, "", "export", "--title", "Ferry fares: the freeze", art)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	want := time.Now().Format("2006-01-02") + " Ferry fares - the freeze.pdf"
	if strings.TrimSpace(stdout) != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
	if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
		t.Errorf("default file not written: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder should hold only the export, has %d entries", len(entries))
	}
}

func TestExportTextFormats(t *testing.T) {
	art := articleFile(t)
	dir := t.TempDir()
	// The format follows -o's extension.
	for _, tc := range []struct{ name, starts string }{
		{"brief.md", "# Ferry operator agrees to freeze fares on island routes\n"},
		{"brief.markdown", "# Ferry operator"},
		{"brief.txt", "Ferry operator agrees to freeze fares on island routes\n======"},
		{"brief.json", "{\n"},
	} {
		out := filepath.Join(dir, tc.name)
		code, _, stderr := runCLI(t, "", "export", "-o", out, art)
		if code != exitOK {
			t.Fatalf("%s: exit %d, %s", tc.name, code, stderr)
		}
		data, _ := os.ReadFile(out)
		if !strings.HasPrefix(string(data), tc.starts) {
			t.Errorf("%s starts %q, want %q", tc.name, string(data[:min(len(data), 60)]), tc.starts)
		}
	}
	// --format wins, and - writes to standard output.
	code, stdout, _ := runCLI(t, "", "export", "--format", "json", "--title", "Islands", "-o", "-", art)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var got struct {
		Title   string `json:"title"`
		Sources []struct {
			Title string `json:"title"`
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || got.Title != "Islands" || len(got.Sources) != 1 {
		t.Errorf("JSON on stdout: %v %+v\n%s", err, got, stdout)
	}
	// Standard input as the article.
	code, stdout, _ = runCLI(t, exportArticle, "export", "--format", "txt", "-o", "-", "-")
	if code != exitOK || !strings.Contains(stdout, "SOURCES\n[1] Ferry operator agrees") {
		t.Errorf("exit %d, text:\n%s", code, stdout)
	}
}

func TestExportUsageErrors(t *testing.T) {
	art := articleFile(t)
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"export"}, "name at least one article file"},
		{[]string{"export", "--paper", "A3", art}, `unknown paper size "A3": use A4 or Letter`},
		{[]string{"export", "--format", "docx", art}, `unknown format "docx"`},
		{[]string{"export", "-o", "brief.docx", art}, "cannot tell the format from the name brief.docx"},
		{[]string{"export", "--colour", art}, "flag provided but not defined: -colour"},
	} {
		code, stdout, stderr := runCLI(t, "", tc.args...)
		if code != exitUsage {
			t.Errorf("%q: exit %d, want %d", tc.args, code, exitUsage)
		}
		if stdout != "" {
			t.Errorf("%q printed on stdout: %q", tc.args, stdout)
		}
		if !strings.Contains(stderr, tc.says) || !strings.Contains(stderr, "Usage: briefing export") {
			t.Errorf("%q: stderr %q does not say %q with the usage", tc.args, stderr, tc.says)
		}
	}
}

func TestExportFileErrors(t *testing.T) {
	art := articleFile(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")

	// One file missing: the others are exported, the exit code says so.
	out := filepath.Join(dir, "brief.md")
	code, stdout, stderr := runCLI(t, "", "export", "-o", out, missing, art)
	if code != exitFiles || !strings.Contains(stderr, "missing.txt") || stdout != out+"\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("the readable article should still be exported: %v", err)
	}

	// No file readable: nothing written.
	out2 := filepath.Join(dir, "none.pdf")
	code, stdout, stderr = runCLI(t, "", "export", "-o", out2, missing)
	if code != exitFiles || stdout != "" || !strings.Contains(stderr, "nothing was written") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Errorf("a file was written though no article could be read")
	}

	// An output folder that does not exist.
	code, _, stderr = runCLI(t, "", "export", "-o", filepath.Join(dir, "no", "such", "folder.pdf"), art)
	if code != exitFiles || !strings.Contains(stderr, "cannot write") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".briefing-export-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestHelpMentionsExport(t *testing.T) {
	_, out, _ := runCLI(t, "", "help")
	for _, want := range []string{"briefing export [OPTIONS] FILE...", "--paper A4|Letter", "--format F"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}
