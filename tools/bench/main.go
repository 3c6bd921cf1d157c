// Command bench prints the table of the README's speed section (`make
// bench`): the engine's benchmarks on real news, whole-process runs of the
// built briefing command on the 1 MB corpus and on a library of 1,000
// articles, adding one article to that library, and the search's
// keystrokes, with the machine they ran on.
//
// The news text is gathered at run time (internal/newscorpus): the
// project's own articles, the evaluation's pages beside the repository
// (../shared) and go-readability's test pages in the Go module cache; rows
// whose text is not there are left out.
//
// Usage: go run ./tools/bench -bin .bin/briefing
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/briefing-app/briefing/internal/newscorpus"
)

func main() {
	bin := flag.String("bin", ".bin/briefing", "the briefing command to time")
	runs := flag.Int("runs", 3, "runs of each whole-process timing (the fastest is shown)")
	benchtime := flag.String("benchtime", "1s", "go test -benchtime for the benchmarks")
	library := flag.String("library", "", "only write the 1,000 articles of the library into this folder")
	flag.Parse()
	if *library != "" {
		if _, err := writeLibrary(*library); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*bin, *runs, *benchtime); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// row is one line of the table.
type row struct{ what, measured, target string }

func run(bin string, runs int, benchtime string) error {
	root, err := newscorpus.Root()
	if err != nil {
		return err
	}
	if bin, err = filepath.Abs(bin); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "briefing-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	fmt.Fprintln(os.Stderr, "bench: running the benchmarks (a few minutes)…")
	all, err := goBench(root, benchtime)
	if err != nil {
		return err
	}
	// Each figure of the table is the median of the benchmark's runs.
	res := map[string]map[string]float64{}
	for name, runs := range all {
		m := map[string]float64{}
		for k := range runs[0] {
			m[k] = median(runs, func(r map[string]float64) float64 { return r[k] })
		}
		res[name] = m
	}
	var rows []row
	if runs := all["BenchmarkAnalyzeNews"]; len(runs) > 0 {
		r := res["BenchmarkAnalyzeNews"]
		lo, hi := spread(runs, func(m map[string]float64) float64 { return m["words/cpu-s"] })
		rows = append(rows, row{
			fmt.Sprintf("Engine on real news, one core (%.0f articles, BenchmarkAnalyzeNews)", r["articles"]),
			fmt.Sprintf("%s words/s of CPU (%s on the clock); %d runs: %s–%s", mega(r["words/cpu-s"]), mega(r["words/s"]),
				len(runs), mega(lo), mega(hi)),
			"≥ 1.5 M words/s"})
	}
	one, five := res["BenchmarkAnalyzeOneArticle/1MB"], res["BenchmarkAnalyzeOneArticle/5MB"]
	if turns := all["BenchmarkAnalyzeOneArticle/in_turn"]; len(turns) > 0 && one != nil && five != nil {
		// The ratio is in_turn's: each of its iterations times the 1 MB
		// article and then the 5 MB one, so that a machine whose speed
		// drifts over seconds moves both alike; the runs of 1MB and of
		// 5MB, made one after the other, give the lengths' own figures.
		x := func(m map[string]float64) float64 { return m["x"] }
		lo, hi := spread(turns, x)
		t := res["BenchmarkAnalyzeOneArticle/in_turn"]
		cx := func(m map[string]float64) float64 { return m["clock-x"] }
		clo, chi := spread(turns, cx)
		m := fmt.Sprintf("CPU %s → %s: ×%.2f, the median of %d runs each timing both in turn (×%.2f–%.2f); on the clock in the same runs ×%.2f (×%.2f–%.2f); timed apart, %s → %s (clock %s → %s)",
			ms(t["1MB-cpu-ms/op"]*1e6), ms(t["5MB-cpu-ms/op"]*1e6), median(turns, x), len(turns), lo, hi,
			median(turns, cx), clo, chi,
			ms(one["cpu-ms/op"]*1e6), ms(five["cpu-ms/op"]*1e6), ms(one["ns/op"]), ms(five["ns/op"]))
		// The five 1 MB parts of the 5 MB article, each analysed alone:
		// the whole against their sum is what grows faster than the text.
		if parts := res["BenchmarkAnalyzeOneArticle/5MB_parts"]; parts != nil {
			m += fmt.Sprintf("; its five 1 MB parts alone: CPU %s (×%.2f the 1 MB article: other names), the whole ×%.2f of them",
				ms(parts["cpu-ms/op"]*1e6), parts["cpu-ms/op"]/one["cpu-ms/op"], five["cpu-ms/op"]/parts["cpu-ms/op"])
		}
		// The 1 MB text five times with the same names: what the length
		// costs without five times the names.
		if same := res["BenchmarkAnalyzeOneArticle/5MB_samenames"]; same != nil {
			m += fmt.Sprintf("; the 1 MB text five times with its own names: ×%.2f", same["cpu-ms/op"]/one["cpu-ms/op"])
		}
		rows = append(rows, row{"One article: 1 MB → 5 MB (BenchmarkAnalyzeOneArticle)", m, "≤ ×5"})
	}
	if r, ok := res["BenchmarkAnalyzeLibrary"]; ok {
		rows = append(rows, row{fmt.Sprintf("%.0f articles analysed, both cores, in process (BenchmarkAnalyzeLibrary)", r["articles"]),
			fmt.Sprintf("%s on the clock, %s of CPU", ms(r["ns/op"]), ms(r["cpu-ms/op"]*1e6)), ""})
	}
	if r, ok := res["BenchmarkLibraryPage"]; ok {
		rows = append(rows, row{"Their page from kept analyses: merge, build, fit (BenchmarkLibraryPage)",
			fmt.Sprintf("%s on the clock, %s of CPU", ms(r["ns/op"]), ms(r["cpu-ms/op"]*1e6)), ""})
	}
	if r, ok := res["BenchmarkLibraryAddArticle"]; ok {
		lo, hi := spread(all["BenchmarkLibraryAddArticle"], func(m map[string]float64) float64 { return m["ns/op"] })
		rows = append(rows, row{"Adding one article to that briefing in the app: its analysis, the merge, the page and the search index, from what the app kept (BenchmarkLibraryAddArticle)",
			fmt.Sprintf("%s on the clock, %s of CPU; %d runs: %s–%s on the clock", ms(r["ns/op"]), ms(r["cpu-ms/op"]*1e6),
				len(all["BenchmarkLibraryAddArticle"]), ms(lo), ms(hi)), "< 100 ms"})
	}
	if r, ok := res["BenchmarkSearchKeystrokes"]; ok {
		rows = append(rows, row{"Search, a keystroke over 100,000 items (BenchmarkSearchKeystrokes)",
			fmt.Sprintf("p50 %.1f ms, p99 %.1f ms", r["p50-ms"], r["p99-ms"]), "p50 ≤ 16 ms, p99 ≤ 33 ms"})
	}

	// Whole process: the 1 MB corpus, and a library of 1,000 articles.
	if rd := newscorpus.ReadabilityDir(root); rd != "" {
		pages, err := newscorpus.ReadabilityPages(rd)
		if err != nil {
			return err
		}
		f := filepath.Join(tmp, "news-1mb.txt")
		if err := os.WriteFile(f, []byte(newscorpus.OneFile(pages)), 0o644); err != nil {
			return err
		}
		t, cpu, rss, err := timeRun(runs, bin, "analyze", "--json", f)
		if err != nil {
			return err
		}
		m := fmt.Sprintf("%s (CPU %s), %d MB peak", ms(float64(t)), ms(float64(cpu)), rss>>20)
		if wt, ratios, err := winkPairs(winkRuns, bin, f); err == nil {
			x := func(m map[string]float64) float64 { return m["x"] }
			lo, hi := spread(ratios, x)
			m += fmt.Sprintf("; wink-nlp on the same file here: %s at best; the two in turn, %d pairs: **×%.1f** (×%.1f–%.1f)",
				ms(float64(wt)), len(ratios), median(ratios, x), lo, hi)
		} else {
			m += fmt.Sprintf("; wink-nlp not measured (%v; the issue measured 2.78 s on its machine)", err)
		}
		rows = append(rows, row{"`briefing analyze --json` of the 1 MB corpus, whole process", m, "≥ ×10 wink-nlp"})
	}
	files, err := writeLibrary(filepath.Join(tmp, "lib"))
	if err != nil {
		return err
	}
	t, cpu, rss, err := timeRun(runs, bin, append([]string{"analyze", "--json"}, files...)...)
	if err != nil {
		return err
	}
	rows = append(rows, row{fmt.Sprintf("`briefing analyze --json` of %d articles, whole process", len(files)),
		fmt.Sprintf("%s (CPU %s), %d MB peak", ms(float64(t)), ms(float64(cpu)), rss>>20), "< 1.2 s, < 300 MB"})
	t, cpu, rss, err = timeRun(runs, bin, append([]string{"export", "-o", filepath.Join(tmp, "lib.pdf")}, files...)...)
	if err != nil {
		return err
	}
	rows = append(rows, row{fmt.Sprintf("`briefing export` of %d articles, whole process", len(files)),
		fmt.Sprintf("%s (CPU %s), %d MB peak", ms(float64(t)), ms(float64(cpu)), rss>>20), "< 2 s"})

	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("Machine: %s, %d CPUs, %s %s/%s, %s; load average %s\n\n", cpuName(), runtime.NumCPU(),
		runtime.Version(), runtime.GOOS, runtime.GOARCH, time.Now().UTC().Format("2006-01-02"),
		strings.Join(strings.Fields(string(load))[:min(3, len(strings.Fields(string(load))))], " "))
	fmt.Println("| measured | this build | target |")
	fmt.Println("| --- | --- | --- |")
	for _, r := range rows {
		fmt.Printf("| %s | %s | %s |\n", r.what, r.measured, r.target)
	}
	return nil
}

// writeLibrary writes the 1,000 articles of the library benchmarks
// (newscorpus.LibraryArticles) into dir as .txt files and returns their
// paths.
func writeLibrary(dir string) ([]string, error) {
	root, err := newscorpus.Root()
	if err != nil {
		return nil, err
	}
	src, err := newscorpus.Sources(root)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var files []string
	for i, t := range newscorpus.Library(src, 1000, newscorpus.LibraryWords) {
		f := filepath.Join(dir, fmt.Sprintf("article-%04d.txt", i+1))
		if err := os.WriteFile(f, []byte(t), 0o644); err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// goBench runs the benchmarks of the table and returns each one's metrics
// by name (the -N of GOMAXPROCS taken off), one map a run: "ns/op",
// "words/s" and so on.
func goBench(root, benchtime string) (map[string][]map[string]float64, error) {
	out := map[string][]map[string]float64{}
	// The long ones run a few times whatever -benchtime says: one run
	// would count the first, cold one only. The two the targets are
	// nearest run several times over (-count; go test makes a
	// sub-benchmark's runs one after another, so a ratio of two of them
	// is taken from in_turn, which times both in each iteration).
	long := "3x"
	for _, b := range []struct {
		pkg, re, benchtime string
		count              int
	}{
		{"./brief/", "^BenchmarkAnalyzeNews$", benchtime, 3},
		// Each length is timed warm (after one analysis the benchmark
		// does not time), three times, five runs over; in_turn times the
		// 1 MB and the 5 MB article in turn, three times, five runs over.
		{"./brief/", "^BenchmarkAnalyzeOneArticle$", long, 5},
		{"./brief/", "^BenchmarkAnalyzeLibrary$", long, 1},
		{"./brief/page/", "^BenchmarkLibraryPage$", "5x", 1},
		{"./gui/", "^BenchmarkLibraryAddArticle$", "20x", 3},
		{"./brief/search/", "^BenchmarkSearchKeystrokes$", benchtime, 1},
	} {
		cmd := exec.Command("go", "test", "-tags", "nogui", "-run", "^$", "-bench", b.re,
			"-benchtime", b.benchtime, "-count", strconv.Itoa(b.count), "-benchmem", b.pkg)
		cmd.Dir = root
		cmd.Stderr = os.Stderr
		data, err := cmd.Output()
		os.Stderr.Write(data)
		if err != nil {
			return nil, fmt.Errorf("go test -bench %s: %w", b.pkg, err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
				continue
			}
			name := f[0]
			if i := strings.LastIndexByte(name, '-'); i > 0 {
				name = name[:i]
			}
			m := map[string]float64{}
			for i := 2; i+1 < len(f); i += 2 {
				if v, err := strconv.ParseFloat(f[i], 64); err == nil {
					m[f[i+1]] = v
				}
			}
			out[name] = append(out[name], m)
		}
	}
	return out, nil
}

// median returns the median of f over the runs (the mean of the middle
// two of an even number).
func median(runs []map[string]float64, f func(map[string]float64) float64) float64 {
	v := make([]float64, 0, len(runs))
	for _, r := range runs {
		v = append(v, f(r))
	}
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	if n := len(v); n%2 == 0 {
		return (v[n/2-1] + v[n/2]) / 2
	}
	return v[len(v)/2]
}

// spread returns the smallest and the largest of f over the runs.
func spread(runs []map[string]float64, f func(map[string]float64) float64) (lo, hi float64) {
	for i, r := range runs {
		if v := f(r); i == 0 || v < lo {
			lo = v
		}
		if v := f(r); i == 0 || v > hi {
			hi = v
		}
	}
	return lo, hi
}

// The wink-nlp versions winkRun installs, and what its script does: the
// English model reads the whole text (tokens, sentences, parts of speech,
// named entities), then the entities with their types, the sentences and
// each token's part of speech are taken out of it.
const (
	winkPackages = "wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1"
	winkScript   = `const fs = require('fs');
const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
const its = nlp.its;
const doc = nlp.readDoc(fs.readFileSync(process.argv[2], 'utf8'));
const ents = doc.entities().out(its.detail), sents = doc.sentences().out(), pos = doc.tokens().out(its.pos);
console.log(ents.length, sents.length, pos.length);
`
)

// winkRuns is how many pairs winkPairs times: a wink-nlp run takes
// over a second.
const winkRuns = 7

// winkPairs times wink-nlp, the fastest of the peers issue #16 compared,
// on file against `bin analyze --json file`, the two whole processes in
// turn, pairs times: it returns wink-nlp's fastest run and the ratio of
// the two pair by pair ("x"), which a machine whose speed drifts moves
// less than it moves either. It installs wink-nlp and its model with npm
// into the user's cache the first time, and fails, saying why, when node
// or npm is missing or the install fails.
func winkPairs(pairs int, bin, file string) (best time.Duration, ratios []map[string]float64, err error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return 0, nil, fmt.Errorf("no node: %w", err)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return 0, nil, err
	}
	dir := filepath.Join(cache, "briefing-bench", "wink")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "wink-eng-lite-web-model")); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return 0, nil, err
		}
		cmd := exec.Command("npm", append([]string{"install", "--no-audit", "--no-fund", "--silent"}, strings.Fields(winkPackages)...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return 0, nil, fmt.Errorf("npm install %s: %w: %s", winkPackages, err, bytes.TrimSpace(out))
		}
	}
	script := filepath.Join(dir, "read.js")
	if err := os.WriteFile(script, []byte(winkScript), 0o644); err != nil {
		return 0, nil, err
	}
	best = time.Duration(1 << 62)
	for range pairs {
		ours, _, _, err := timeRun(1, bin, "analyze", "--json", file)
		if err != nil {
			return 0, nil, err
		}
		wink, _, _, err := timeRun(1, node, script, file)
		if err != nil {
			return 0, nil, err
		}
		best = min(best, wink)
		ratios = append(ratios, map[string]float64{"x": float64(wink) / float64(ours)})
	}
	return best, ratios, nil
}

// timeRun runs bin with args `runs` times and returns the fastest run's
// time and processor time (user and system), and the largest peak
// resident memory.
func timeRun(runs int, bin string, args ...string) (best, cpu time.Duration, rss int64, err error) {
	best = time.Duration(1 << 62)
	for range max(1, runs) {
		cmd := exec.Command(bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return 0, 0, 0, fmt.Errorf("%s %s: %w: %s", filepath.Base(bin), args[0], err, stderr.Bytes())
		}
		if t := time.Since(start); t < best {
			best, cpu = t, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime()
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = max(rss, ru.Maxrss<<10) // kilobytes on Linux
		}
	}
	return best, cpu, rss, nil
}

func ms(ns float64) string {
	if ns >= 1e9 {
		return fmt.Sprintf("%.2f s", ns/1e9)
	}
	return fmt.Sprintf("%.0f ms", ns/1e6)
}

func mega(v float64) string { return fmt.Sprintf("%.2f M", v/1e6) }

// cpuName is the processor's model name (Linux), or the architecture.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH
}
