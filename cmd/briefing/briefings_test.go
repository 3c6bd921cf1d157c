package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-app/briefing/brief/library"
	"github.com/briefing-app/briefing/internal/instance"
)

// The briefing commands' tests run a second real process where it matters
// (the app holding the library, two commands writing at once): this test
// binary started again with BRIEFING_CLI_HELPER set.

const cliHelperEnv = "BRIEFING_CLI_HELPER"

func TestMain(m *testing.M) {
	switch os.Getenv(cliHelperEnv) {
	case "":
		os.Exit(m.Run())
	case "app":
		os.Exit(fakeApp(os.Getenv("BRIEFING_CLI_DIR")))
	case "cli":
		// One command line, as `briefing ARGS…` runs it.
		var args []string
		json.Unmarshal([]byte(os.Getenv("BRIEFING_CLI_ARGS")), &args)
		os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
	}
}

// fakeApp holds the library as the app does — its lock for as long as it
// runs, the library open, the changes of commands applied as the app
// applies them (instance.ApplyChange) — until its stdin closes.
func fakeApp(dir string) int {
	lock, err := instance.TryLock(dir)
	if err != nil {
		fmt.Println("lock:", err)
		return 1
	}
	defer lock.Close()
	lib, err := library.Open(dir)
	if lib == nil {
		fmt.Println("open:", err)
		return 1
	}
	var mu sync.Mutex
	changes := 0
	err = lock.Serve(func(r instance.Request) instance.Reply {
		mu.Lock()
		defer mu.Unlock()
		changes++
		return instance.ApplyChange(lib, r.Change)
	})
	if err != nil {
		fmt.Println("serve:", err)
		return 1
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	mu.Lock()
	fmt.Println("changes:", changes)
	mu.Unlock()
	return 0
}

// startFakeApp starts the fake app on dir; closing the returned writer
// quits it, and the reader then gives its last words.
func startFakeApp(t *testing.T, dir string) (io.WriteCloser, *bufio.Reader, *exec.Cmd) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), cliHelperEnv+"=app", "BRIEFING_CLI_DIR="+dir)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	r := bufio.NewReader(stdout)
	if line, _ := r.ReadString('\n'); strings.TrimSpace(line) != "ready" {
		t.Fatalf("the fake app did not start: %q", line)
	}
	return stdin, r, cmd
}

// cliProcess runs `briefing ARGS…` in a process of its own.
func cliProcess(args ...string) *exec.Cmd {
	data, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), cliHelperEnv+"=cli", "BRIEFING_CLI_ARGS="+string(data))
	return cmd
}

// articles writes three articles into a folder and returns their paths.
func threeArticles(t *testing.T) (string, string, string) {
	t.Helper()
	dir := t.TempDir()
	third := filepath.Join(dir, "harbour.txt")
	os.WriteFile(third, []byte(`Harbour dredging to start in June

The port board said on Friday that dredging of the inner harbour would start in June and take eight weeks.

"Boats will still get in and out every day," said the harbour master, Ian Rendall.`), 0o644)
	return fares, talks, third
}

func TestBriefingCommandsMakeListAndExport(t *testing.T) {
	lib := t.TempDir()
	a, b, c := threeArticles(t)
	code, out, errOut := cli(t, "", "new", "Ferry week", a, "--library", lib)
	if code != exitOK || errOut != "" || out != "Made “Ferry week” with 1 article.\n" {
		t.Fatalf("new: exit %d, %q, %q", code, out, errOut)
	}
	code, out, errOut = cli(t, "", "add", "--library", lib, "ferry WEEK", b, a)
	if code != exitOK || out != "Added 1 article to “Ferry week” (1 already in it); it has 2 articles.\n" {
		t.Errorf("add: exit %d, %q, %q", code, out, errOut)
	}
	code, out, _ = cli(t, "", "new", "Harbour", c, "--library", lib)
	if code != exitOK {
		t.Fatalf("second new: %d %q", code, out)
	}
	// Mistakes are said, with exit 1 (2 for the command line itself).
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"new", "ferry week", a}, exitFiles, "there is already a briefing named “ferry week”: add articles to it with briefing add"},
		{[]string{"add", "Nothing", a}, exitFiles, "there is no briefing named “Nothing”"},
		{[]string{"add", "Ferry week"}, exitUsage, "name the briefing and at least one article file"},
		{[]string{"new"}, exitUsage, "name the briefing"},
		{[]string{"new", "Empty", filepath.Join(t.TempDir(), "gone.txt")}, exitFiles, "no article could be read, so no briefing was made"},
		{[]string{"export", "--briefing", "Nothing"}, exitFiles, "there is no briefing named “Nothing”"},
		{[]string{"export", "--briefing", "Harbour", a}, exitUsage, "name either a briefing (--briefing) or files, not both"},
	} {
		args := append(tc.args, "--library", lib)
		code, _, errOut := cli(t, "", args...)
		if code != tc.code || !strings.Contains(errOut, tc.says) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, code, errOut, tc.code, tc.says)
		}
	}

	code, out, _ = cli(t, "", "list", "--library", lib)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 3 || !strings.HasPrefix(lines[0], "NAME") ||
		!strings.HasPrefix(lines[1], "Harbour ") || !strings.HasPrefix(lines[2], "Ferry week ") {
		t.Fatalf("list: exit %d\n%s", code, out)
	}
	if f := strings.Fields(lines[2]); f[2] != "2" || f[len(f)-1] != "-" {
		t.Errorf("list row %q: want 2 articles, not exported", lines[2])
	}

	// Export records what the page held: list then shows when.
	pdf := filepath.Join(t.TempDir(), "week.pdf")
	code, out, errOut = cli(t, "", "export", "--briefing", "Ferry week", "--library", lib, "-o", pdf)
	if code != exitOK || out != pdf+"\n" || errOut != "" {
		t.Fatalf("export --briefing: exit %d, %q, %q", code, out, errOut)
	}
	if data, _ := os.ReadFile(pdf); !bytes.HasPrefix(data, []byte("%PDF-")) || len(pdfPage.FindAll(data, -1)) != 1 {
		t.Error("not a one-page PDF")
	}
	code, out, _ = cli(t, "", "list", "--json", "--library", lib)
	var items []struct {
		Name     string
		Articles int
		Exported *time.Time
	}
	if err := json.Unmarshal([]byte(out), &items); code != exitOK || err != nil || len(items) != 2 {
		t.Fatalf("list --json: %d %v\n%s", code, err, out)
	}
	if items[1].Name != "Ferry week" || items[1].Articles != 2 || items[1].Exported == nil || time.Since(*items[1].Exported) > time.Minute {
		t.Errorf("after export: %+v", items[1])
	}
	l, err := library.OpenReadOnly(lib)
	if err != nil {
		t.Fatal(err)
	}
	if week, _ := l.Find("Ferry week"); week.Exported == nil || len(week.Exported.Keys) == 0 {
		t.Errorf("the exported page's items were not recorded: %+v", week.Exported)
	}
}

func TestBriefingFileExportAndOpen(t *testing.T) {
	lib := t.TempDir()
	a, b, _ := threeArticles(t)
	cli(t, "", "new", "Ferry week", a, b, "--library", lib)
	dir := t.TempDir()
	file := filepath.Join(dir, "week.briefing")
	code, out, errOut := cli(t, "", "export", "--briefing", "Ferry week", "--library", lib, "--title", "Ferries: fares and freight", "-o", file)
	if code != exitOK || out != file+"\n" {
		t.Fatalf("export .briefing: exit %d %q %q", code, out, errOut)
	}
	data, _ := os.ReadFile(file)
	if !bytes.HasPrefix(data, []byte("PK")) || !bytes.Contains(data[:80], []byte(library.MIMEType)) {
		t.Errorf("not a .briefing file: %q", data[:min(len(data), 80)])
	}
	// Nothing of where the articles were on this machine.
	abs, _ := filepath.Abs(a)
	if strings.Contains(unzip(t, data), filepath.Dir(abs)) {
		t.Error("the .briefing file holds the articles' folder")
	}
	// Writing a .briefing is not an export of the page.
	l, _ := library.OpenReadOnly(lib)
	if week, _ := l.Find("Ferry week"); week.Exported != nil {
		t.Error("saving a .briefing file was recorded as an export")
	}

	// The file gives the same page as the briefing it came from, with the
	// title it was given.
	_, fromFile, _ := cli(t, "", "export", file, "--format", "txt", "-o", "-")
	_, fromLib, _ := cli(t, "", "export", "--briefing", "Ferry week", "--library", lib, "--title", "Ferries: fares and freight", "--format", "txt", "-o", "-")
	if fromFile == "" || fromFile != fromLib || !strings.HasPrefix(fromFile, "Ferries: fares and freight\n") {
		t.Errorf("the file's page differs from the library's:\n%s\n---\n%s", fromFile, fromLib)
	}
	// Files straight to a .briefing, and back.
	loose := filepath.Join(dir, "loose.briefing")
	if code, _, errOut := cli(t, "", "export", a, b, "-o", loose); code != exitOK {
		t.Fatalf("files to .briefing: %d %q", code, errOut)
	}
	_, fromLoose, _ := cli(t, "", "export", loose, "--format", "md", "-o", "-")
	_, direct, _ := cli(t, "", "export", a, b, "--format", "md", "-o", "-")
	if fromLoose == "" || fromLoose != direct {
		t.Errorf("a .briefing made from files gives another page:\n%s\n---\n%s", fromLoose, direct)
	}

	// A damaged file, a file of another kind, one from a newer version.
	cut := filepath.Join(dir, "cut.briefing")
	os.WriteFile(cut, data[:len(data)/3], 0o644)
	newer := filepath.Join(dir, "newer.briefing")
	os.WriteFile(newer, zipOf(t, "mimetype", library.MIMEType, "briefing.json", `{"format":"briefing","version":9}`), 0o644)
	text := filepath.Join(dir, "notes.briefing")
	os.WriteFile(text, []byte("Meeting notes, not a briefing."), 0o644)
	for path, says := range map[string]string{
		cut:   "cannot open " + cut + ": it is not a Briefing file",
		newer: "cannot open " + newer + ": this briefing was made by a newer version of Briefing (format 9); update Briefing to open it",
		text:  "cannot open " + text + ": it is not a Briefing file (it is not a zip archive)",
	} {
		code, out, errOut := cli(t, "", "export", path, "-o", filepath.Join(dir, "x.pdf"))
		if code != exitFiles || out != "" || !strings.Contains(errOut, says) {
			t.Errorf("%s: exit %d, stderr %q, want %q", filepath.Base(path), code, errOut, says)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a PDF was written from a bad file")
	}
}

func unzip(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range zr.File {
		rc, _ := f.Open()
		io.Copy(&b, rc)
		rc.Close()
	}
	return b.String()
}

func zipOf(t *testing.T, nameContent ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(nameContent); i += 2 {
		w, _ := zw.Create(nameContent[i])
		io.WriteString(w, nameContent[i+1])
	}
	zw.Close()
	return buf.Bytes()
}

// TestCommandsGoThroughTheAppThatHasTheLibrary: while another process (the
// app) holds the library, a command never writes it itself — it hands its
// change to that process — and reading commands read it without writing.
func TestCommandsGoThroughTheAppThatHasTheLibrary(t *testing.T) {
	lib := t.TempDir()
	a, b, c := threeArticles(t)
	if code, _, errOut := cli(t, "", "new", "Ferry week", a, "--library", lib); code != exitOK {
		t.Fatal(errOut)
	}
	stdin, appOut, app := startFakeApp(t, lib)

	code, out, errOut := cli(t, "", "add", "Ferry week", b, "--library", lib)
	if code != exitOK || !strings.Contains(out, "it has 2 articles") {
		t.Fatalf("add through the app: exit %d %q %q", code, out, errOut)
	}
	code, _, errOut = cli(t, "", "new", "ferry week", c, "--library", lib)
	if code != exitFiles || !strings.Contains(errOut, "there is already a briefing named") {
		t.Errorf("a taken name through the app: exit %d %q", code, errOut)
	}
	code, _, _ = cli(t, "", "new", "Harbour", c, "--library", lib)
	if code != exitOK {
		t.Error("new through the app failed")
	}
	// list reads the files the app wrote, without the lock.
	code, out, _ = cli(t, "", "list", "--library", lib)
	if code != exitOK || !strings.Contains(out, "Harbour") || !strings.Contains(out, "Ferry week") {
		t.Errorf("list while the app runs: %d\n%s", code, out)
	}
	// export --briefing records the export through the app too.
	if code, _, errOut := cli(t, "", "export", "--briefing", "Ferry week", "--library", lib, "-o", filepath.Join(t.TempDir(), "w.pdf")); code != exitOK || errOut != "" {
		t.Errorf("export while the app runs: %d %q", code, errOut)
	}

	stdin.Close()
	rest, _ := io.ReadAll(appOut)
	app.Wait()
	// add, the refused new, new, and the export's record: four changes,
	// all made by the app.
	if got := strings.TrimSpace(string(rest)); got != "changes: 4" {
		t.Errorf("the app says %q", got)
	}
	l, err := library.Open(lib)
	if err != nil {
		t.Fatal(err)
	}
	week, _ := l.Find("Ferry week")
	if len(week.Articles) != 2 || week.Exported == nil || len(l.Briefings()) != 2 {
		t.Errorf("on disk after the app quit: %+v, %d briefings", week, len(l.Briefings()))
	}
}

// TestTwoCommandsWritingAtOnceLoseNothing runs eight `briefing add`
// processes at once on one library: each waits for the lock, none
// overwrites another's change.
func TestTwoCommandsWritingAtOnceLoseNothing(t *testing.T) {
	lib := t.TempDir()
	if code, _, errOut := cli(t, "", "new", "Week", "--library", lib); code != exitOK {
		t.Fatal(errOut)
	}
	dir := t.TempDir()
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for i := range 8 {
		p := filepath.Join(dir, fmt.Sprintf("story-%d.txt", i))
		os.WriteFile(p, []byte(fmt.Sprintf("Story number %d\n\nThe council met on day %d and agreed item %d of the plan for the harbour.", i, i, i*7)), 0o644)
		cmd := cliProcess("add", "Week", p, "--library", lib)
		var buf bytes.Buffer
		cmd.Stdout, cmd.Stderr = &buf, &buf
		cmds, outs = append(cmds, cmd), append(outs, &buf)
	}
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("process %d: %v\n%s", i, err, outs[i])
		}
	}
	l, err := library.Open(lib)
	if err != nil {
		t.Fatal(err)
	}
	week, _ := l.Find("Week")
	if len(week.Articles) != 8 || l.Len() != 8 {
		t.Errorf("the briefing holds %d articles, the library %d; want 8", len(week.Articles), l.Len())
	}
	titles := []string{}
	for _, e := range l.Entries(week.ID) {
		titles = append(titles, e.Title)
	}
	slices.Sort(titles)
	if len(titles) != 8 || titles[0] != "Story number 0" || titles[7] != "Story number 7" {
		t.Errorf("titles %q", titles)
	}
}
