package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/updateflag"
)

var update = updateflag.New("shape", "testdata/analyze-shape.golden")

// cli runs the command line with args and stdin and returns the exit code
// and what it printed.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

var (
	fares = filepath.Join("testdata", "ferry-fares.txt")
	talks = filepath.Join("testdata", "ferry-talks.md")
)

func TestVersion(t *testing.T) {
	for _, arg := range []string{"version", "--version"} {
		code, out, errOut := cli(t, "", arg)
		if code != exitOK || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q", arg, code, errOut)
		}
		if want := "briefing " + version + " (build " + build + ")\n"; out != want {
			t.Errorf("%s printed %q, want %q", arg, out, want)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, arg := range []string{"help", "-h", "--help"} {
		code, out, errOut := cli(t, "", arg)
		if code != exitOK || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q", arg, code, errOut)
		}
		for _, want := range []string{"Usage:", "briefing analyze [--json] FILE...", "briefing version", "standard input"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: help lacks %q", arg, want)
			}
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"--frobnicate"}, "unknown option --frobnicate"},
		{[]string{"analyze"}, "name at least one article file"},
		{[]string{"analyze", "--json"}, "name at least one article file"},
		{[]string{"analyze", "--xml", fares}, "flag provided but not defined: -xml"},
	} {
		code, out, errOut := cli(t, "", tc.args...)
		if code != exitUsage {
			t.Errorf("%q: exit %d, want %d", tc.args, code, exitUsage)
		}
		if out != "" {
			t.Errorf("%q printed on stdout: %q", tc.args, out)
		}
		if !strings.Contains(errOut, tc.says) || !strings.Contains(errOut, "Usage") {
			t.Errorf("%q: stderr %q does not say %q with the usage", tc.args, errOut, tc.says)
		}
	}
}

func TestAnalyzeText(t *testing.T) {
	a, err := load.File(fares)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cli(t, "", "analyze", fares)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		a.Title + "\n" + strings.Repeat("=", len([]rune(a.Title))) + "\n",
		"SOURCES\n",
		fmt.Sprintf("[S1] %s (%s, %d words)", a.Title, fares, a.Words),
		"KEY ACTORS", "COMMITMENTS", "OPEN DISPUTES", "QUOTES",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAnalyzeOneFileFails(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-story.txt")
	code, out, errOut := cli(t, "", "analyze", missing, fares)
	if code != exitFiles {
		t.Errorf("exit %d, want %d", code, exitFiles)
	}
	if want := "briefing: cannot read " + missing + ": there is no such file\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	if !strings.Contains(out, "[S1] Ferry operator agrees to freeze fares after island protest ("+fares) {
		t.Errorf("the good file was not analysed:\n%s", out)
	}
	if strings.Contains(out, "S2") || strings.Contains(out, missing) {
		t.Errorf("the missing file appears among the sources:\n%s", out)
	}

	// Every file failing is still exit 1, each failure on its own line.
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = cli(t, "", "analyze", "--json", missing, empty)
	if code != exitFiles || strings.Count(errOut, "\n") != 2 || !strings.Contains(errOut, empty+": the file is empty") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestAnalyzeStdin(t *testing.T) {
	story := "Council votes to close two libraries\n\nAshford Vale council voted on Wednesday to close two libraries. " +
		"\"We had no choice,\" said the council leader, Martin Royce."
	code, out, errOut := cli(t, story, "analyze", "-")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "[S1] Council votes to close two libraries (-, 20 words)") {
		t.Errorf("standard input not analysed:\n%s", out)
	}
	code, _, errOut = cli(t, " \n", "analyze", "-")
	if code != exitFiles || !strings.Contains(errOut, "cannot read standard input: the file is empty") {
		t.Errorf("empty standard input: exit %d, stderr %q", code, errOut)
	}
}

// shapeOf records the JSON type of v at path, and of everything inside it:
// ".sources[].id string". Arrays record their items under "path[]".
func shapeOf(v any, path string, shape map[string]string) {
	shape[path] = jsonType(v)
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			shapeOf(x, path+"."+k, shape)
		}
	case []any:
		for _, x := range v {
			shapeOf(x, path+"[]", shape)
		}
	}
}

func jsonType(v any) string {
	switch v := v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number:
		if strings.ContainsAny(v.String(), ".eE") {
			return "number"
		}
		return "integer"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func formatShape(shape map[string]string) string {
	var lines []string
	for p, typ := range shape {
		if p == "" {
			p = "."
		}
		lines = append(lines, fmt.Sprintf("%-26s %s", p, typ))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

func parseShape(t *testing.T, golden string) map[string]string {
	t.Helper()
	shape := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(golden), "\n") {
		f := strings.Fields(l)
		if len(f) != 2 {
			t.Fatalf("bad golden line %q", l)
		}
		if f[0] == "." {
			f[0] = ""
		}
		shape[f[0]] = f[1]
	}
	return shape
}

func decode(t *testing.T, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, data)
	}
	if dec.More() {
		t.Fatalf("more than one JSON value in the output:\n%s", data)
	}
	return v
}

// fullAnalysis has one item of every kind, so that its JSON shows every key
// whatever the engine finds today.
func fullAnalysis() *brief.Analysis {
	cite := []brief.Cite{{Source: "S1", Sentence: 2}}
	return &brief.Analysis{
		Sources: []brief.Source{{ID: "S1", Title: "Ferry fares frozen", Path: "fares.txt", Words: 180, Site: "Herald"}},
		Actors: []brief.Actor{
			{Name: "Martin Calder", Kind: brief.KindPerson, Role: "chief executive", Aliases: []string{"Mr Calder"}, Mentions: 3, Score: 2.5, Cites: cite},
			{Name: "Orkney", Kind: brief.KindOther, Mentions: 1},
		},
		Quotes:      []brief.Quote{{Text: "We have listened to the islands", Speaker: "Martin Calder", Cites: cite}},
		Commitments: []brief.Commitment{{Actor: "Northern Isles Ferries", Text: "agreed to freeze fares", Strength: brief.Firm, Cites: cite}},
		Disputes:    []brief.Dispute{{Parties: []string{"Islands Community Alliance", "Northern Isles Ferries"}, Text: "rejected the deal", Cites: cite}},
	}
}

// TestAnalyzeJSONShape keeps the shape of `analyze --json` (the object the
// evaluation reads) in testdata/analyze-shape.golden: key paths and JSON
// types, not the engine's items. Run with -update=shape after a reviewed
// change.
func TestAnalyzeJSONShape(t *testing.T) {
	data, err := fullAnalysis().JSON()
	if err != nil {
		t.Fatal(err)
	}
	shape := map[string]string{}
	shapeOf(decode(t, data), "", shape)
	got := formatShape(shape)
	golden := filepath.Join("testdata", "analyze-shape.golden")
	if update.Wants("shape") {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -tags nogui ./cmd/briefing -run TestAnalyzeJSONShape -update=shape)", err)
	}
	if got != string(want) {
		t.Errorf("the JSON shape changed; got:\n%s\nwant:\n%s", got, want)
	}
}

// TestAnalyzeJSON checks the command's real output against the golden
// shape: every object has exactly its keys with their types, actor kinds are
// the documented ones, and every item cites an existing source and a real
// sentence of that article.
func TestAnalyzeJSON(t *testing.T) {
	shapeFile, err := os.ReadFile(filepath.Join("testdata", "analyze-shape.golden"))
	if err != nil {
		t.Fatal(err)
	}
	shape := parseShape(t, string(shapeFile))
	var articles []*brief.Article
	for _, p := range []string{fares, talks} {
		a, err := load.File(p)
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, a)
	}

	code, out, errOut := cli(t, "", "analyze", fares, "--json", talks)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	v := decode(t, []byte(out))
	for _, p := range conform(v, "", shape) {
		t.Error(p)
	}
	for _, p := range checkCites(v, articles) {
		t.Error(p)
	}
	var report struct {
		Title   string
		Sources []struct {
			ID, Title, Path string
			Words           int
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatal(err)
	}
	if report.Title == "" || len(report.Sources) != 2 {
		t.Fatalf("title %q, %d sources", report.Title, len(report.Sources))
	}
	for i, s := range report.Sources {
		a := articles[i]
		if s.ID != brief.SourceID(i) || s.Title != a.Title || s.Path != a.Path || s.Words != a.Words {
			t.Errorf("source %d = %+v, want %s %q %s %d", i, s, brief.SourceID(i), a.Title, a.Path, a.Words)
		}
	}
}

// conform lists where v departs from shape: a key that is missing or not in
// the shape, or a value of the wrong type.
func conform(v any, path string, shape map[string]string) []string {
	want, ok := shape[path]
	if !ok {
		return []string{fmt.Sprintf("%s: not in the shape", path)}
	}
	if got := jsonType(v); got != want {
		return []string{fmt.Sprintf("%s: %s, want %s", path, got, want)}
	}
	var probs []string
	switch v := v.(type) {
	case map[string]any:
		for p := range shape {
			name, ok := strings.CutPrefix(p, path+".")
			if ok && !strings.ContainsAny(name, ".[") {
				if _, has := v[name]; !has {
					probs = append(probs, fmt.Sprintf("%s: missing", p))
				}
			}
		}
		for k, x := range v {
			probs = append(probs, conform(x, path+"."+k, shape)...)
		}
	case []any:
		for _, x := range v {
			probs = append(probs, conform(x, path+"[]", shape)...)
		}
	}
	return probs
}

// checkCites lists the items of the analysis v whose source or sentence does
// not exist, and actors of a kind the evaluation does not know.
func checkCites(v any, articles []*brief.Article) []string {
	obj, _ := v.(map[string]any)
	ids := map[string]*brief.Article{}
	if sources, ok := obj["sources"].([]any); ok {
		for i, s := range sources {
			id, _ := s.(map[string]any)["id"].(string)
			if i < len(articles) {
				ids[id] = articles[i]
			}
		}
	}
	var probs []string
	for _, list := range []string{"quotes", "commitments", "disputes"} {
		items, _ := obj[list].([]any)
		for i, it := range items {
			m, _ := it.(map[string]any)
			src, _ := m["source"].(string)
			a, ok := ids[src]
			if !ok {
				probs = append(probs, fmt.Sprintf("%s[%d]: source %q is not a source", list, i, src))
				continue
			}
			num, _ := m["sentence"].(json.Number)
			n, err := num.Int64()
			if err != nil || n < 0 || int(n) >= len(a.Sentences) {
				probs = append(probs, fmt.Sprintf("%s[%d]: sentence %v is not a sentence of %s (%d sentences)", list, i, m["sentence"], src, len(a.Sentences)))
			}
		}
	}
	actors, _ := obj["actors"].([]any)
	kinds := []string{"person", "organization", "country", "group", "other"}
	for i, it := range actors {
		if k, _ := it.(map[string]any)["kind"].(string); !slices.Contains(kinds, k) {
			probs = append(probs, fmt.Sprintf("actors[%d]: kind %q", i, k))
		}
	}
	return probs
}

// TestShapeCheckers makes sure the checks above catch what they are for.
func TestShapeCheckers(t *testing.T) {
	shapeFile, err := os.ReadFile(filepath.Join("testdata", "analyze-shape.golden"))
	if err != nil {
		t.Fatal(err)
	}
	shape := parseShape(t, string(shapeFile))
	a, err := load.File(fares)
	if err != nil {
		t.Fatal(err)
	}
	bad := `{"title": "T", "sources": [{"id": "S1", "title": "T", "path": "p", "words": "many"}],
		"actors": [{"name": "A", "kind": "robot", "role": "", "aliases": [], "mentions": 1, "extra": true}],
		"quotes": [{"text": "q", "speaker": "s", "source": "S2", "sentence": 0}],
		"commitments": [{"actor": "A", "text": "t", "source": "S1", "sentence": 999}],
		"disputes": [{"parties": ["A"], "text": "t", "source": "S1"}]}`
	v := decode(t, []byte(bad))
	probs := append(conform(v, "", shape), checkCites(v, []*brief.Article{a})...)
	sort.Strings(probs)
	want := []string{
		".actors[].extra: not in the shape",
		".disputes[].sentence: missing",
		".sources[].words: string, want integer",
		"actors[0]: kind \"robot\"",
		"commitments[0]: sentence 999 is not a sentence of S1",
		"disputes[0]: sentence <nil> is not a sentence of S1",
		"quotes[0]: source \"S2\" is not a source",
	}
	if len(probs) != len(want) {
		t.Fatalf("problems found:\n%s\nwant %d", strings.Join(probs, "\n"), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(probs[i], want[i]) {
			t.Errorf("problem %d = %q, want %q…", i, probs[i], want[i])
		}
	}
}
