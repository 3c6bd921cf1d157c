// Command goldendiff shows, for each golden analysis of the engine's tests
// (brief/testdata/golden/NAME.json), what the engine's current output adds
// and removes, in words, and what the article's hand label
// (brief/testdata/articles/NAME.json) makes of each item: a must or ok
// label, a false item, a wrong actor, speaker or party. It also lists the
// items the golden keeps that the label calls wrong, so that a golden
// never locks in known-wrong output unseen.
//
//	make golden-diff                      the goldens on disk against the engine
//	go run ./tools/goldendiff -rev HEAD   the goldens of a commit (after -update)
//
// Its last lines are the summary that goes in the message of every commit
// that updates goldens. It exits 0 (1 when an article cannot be analysed).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
	"github.com/briefing-app/briefing/internal/score"
)

func main() {
	rev := flag.String("rev", "", "compare with the goldens of this git revision instead of the files on disk")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: goldendiff [-rev REV]   (from the repository's root)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(".", *rev, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "goldendiff:", err)
		os.Exit(1)
	}
}

// articles returns the articles that have golden analyses, as
// TestGoldenAnalyses finds them, by golden name.
func articles(root string) (map[string]string, []string, error) {
	var paths []string
	for _, pat := range []string{"*.txt", "*.md", "*.html"} {
		m, err := filepath.Glob(filepath.Join(root, "brief", "testdata", "articles", pat))
		if err != nil {
			return nil, nil, err
		}
		paths = append(paths, m...)
	}
	paths = append(paths, filepath.Join(root, "assets", "samples", "sample.txt"))
	byName := map[string]string{}
	var names []string
	for _, p := range paths {
		if filepath.Base(p) == "README.md" {
			continue
		}
		n := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		byName[n] = p
		names = append(names, n)
	}
	slices.Sort(names)
	if len(names) < 5 {
		return nil, nil, fmt.Errorf("only %d test articles under %s: run from the repository's root", len(names), root)
	}
	return byName, names, nil
}

// current analyses an article as TestGoldenAnalyses does.
func current(path string) ([]byte, error) {
	a, err := load.File(path)
	if err != nil {
		return nil, err
	}
	a.Path = filepath.Base(path)
	return brief.Analyze(a).JSON()
}

// golden reads a golden analysis from disk, or from a git revision; nil
// when there is none.
func golden(root, name, rev string) ([]byte, error) {
	rel := "brief/testdata/golden/" + name + ".json"
	if rev == "" {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return data, err
	}
	cmd := exec.Command("git", "show", rev+":"+rel)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil {
		if strings.Contains(stderr.String(), "does not exist") || strings.Contains(stderr.String(), "exists on disk, but not in") {
			return nil, nil
		}
		return nil, fmt.Errorf("git show %s:%s: %v: %s", rev, rel, err, stderr.String())
	}
	return data, nil
}

// labelled is an analysis with what its label makes of it.
type labelled struct {
	an  score.Output
	res *score.Result // nil without a label
}

func judge(data []byte, g *score.Gold, paras []string) (labelled, error) {
	var l labelled
	if data == nil {
		return l, nil
	}
	out, err := score.ParseOutput(data)
	if err != nil {
		return l, err
	}
	l.an = *out
	if g != nil {
		r := score.Article(out, g, paras)
		l.res = &r
	}
	return l, nil
}

// item is one quote, commitment, dispute or actor in words, and the
// label's verdict on it.
type item struct {
	kind, who, text, tag string
}

func (it item) String() string {
	s := it.kind
	if it.who != "" {
		s += " (" + it.who + ")"
	}
	if it.text != "" {
		s += ": " + it.text
	}
	if it.tag != "" {
		s += "  [label: " + it.tag + "]"
	}
	return s
}

// wrong reports whether the label calls the item wrong.
func (it item) wrong() bool { return it.tag == "FALSE" || strings.HasPrefix(it.tag, "wrong ") }

func verdict(v []score.ItemVerdict, i int, attr string) string {
	if i >= len(v) {
		return ""
	}
	switch x := v[i]; {
	case x.Verdict == score.False:
		return "FALSE"
	case x.Verdict == score.Repeat:
		return "repeat"
	case (x.Verdict == score.MustLabel || x.Verdict == score.OKLabel) && !x.AttrOK:
		return "wrong " + attr
	case x.Verdict == score.MustLabel:
		return "must"
	case x.Verdict == score.OKLabel:
		return "ok"
	}
	return ""
}

// items lists an analysis in words, each with the label's verdict.
func items(l labelled) []item {
	var out []item
	for i, a := range l.an.Actors {
		who := a.Kind
		if a.Role != "" {
			who += ", " + a.Role
		}
		tag := ""
		if l.res != nil && i < len(l.res.ActorOK) {
			tag = "right"
			if !l.res.ActorOK[i] {
				tag = "FALSE"
			}
		}
		text := ""
		if len(a.Aliases) > 0 {
			text = "also " + strings.Join(a.Aliases, ", ")
		}
		out = append(out, item{"actor " + a.Name, who, text, tag})
	}
	var qv, cv, dv []score.ItemVerdict
	if l.res != nil {
		qv, cv, dv = l.res.QuoteItems, l.res.CommitmentItems, l.res.DisputeItems
	}
	for i, q := range l.an.Quotes {
		who := q.Speaker
		if who == "" {
			who = "no speaker"
		}
		out = append(out, item{"quote", who, "“" + q.Text + "”", verdict(qv, i, "speaker")})
	}
	for i, c := range l.an.Commitments {
		out = append(out, item{"commitment", c.Actor, c.Text, verdict(cv, i, "actor")})
	}
	for i, d := range l.an.Disputes {
		out = append(out, item{"dispute", strings.Join(d.Parties, " v "), d.Text, verdict(dv, i, "parties")})
	}
	return out
}

// key identifies an item across two analyses: what it is and says, without
// the label's verdict.
func (it item) key() string { return it.kind + "\x00" + it.who + "\x00" + it.text }

// articleDiff is what changed in one golden.
type articleDiff struct {
	name           string
	added, removed []item
	changed        []string // same text, other attribution; an actor's role or kind
	keptWrong      []item   // in both, and the label calls it wrong
	title          [2]string
	scores         [2]*score.Result
	newGolden      bool
}

func diff(name string, old, cur labelled, hadGolden bool) articleDiff {
	d := articleDiff{name: name, newGolden: !hadGolden, scores: [2]*score.Result{old.res, cur.res}}
	if old.an.Title != cur.an.Title && hadGolden {
		d.title = [2]string{old.an.Title, cur.an.Title}
	}
	oi, ci := items(old), items(cur)
	count := map[string]int{}
	for _, it := range oi {
		count[it.key()]++
	}
	for _, it := range ci {
		if count[it.key()] > 0 {
			count[it.key()]--
			if it.wrong() {
				d.keptWrong = append(d.keptWrong, it)
			}
			continue
		}
		d.added = append(d.added, it)
	}
	count = map[string]int{}
	for _, it := range ci {
		count[it.key()]++
	}
	for _, it := range oi {
		if count[it.key()] > 0 {
			count[it.key()]--
			continue
		}
		d.removed = append(d.removed, it)
	}
	// The same words with another actor, speaker or parties (or an actor
	// with another role or kind): one change, not an item removed and
	// another added.
	for i := 0; i < len(d.added); i++ {
		a := d.added[i]
		j := slices.IndexFunc(d.removed, func(r item) bool {
			if strings.HasPrefix(a.kind, "actor ") {
				return r.kind == a.kind
			}
			return r.kind == a.kind && r.text == a.text
		})
		if j < 0 {
			continue
		}
		r := d.removed[j]
		var what string
		if strings.HasPrefix(a.kind, "actor ") {
			what = fmt.Sprintf("%s: (%s) → (%s)", a.kind, r.who, a.who)
			if r.text != a.text {
				what += fmt.Sprintf("; %q → %q", r.text, a.text)
			}
		} else {
			what = fmt.Sprintf("%s: %s → %s: %s", a.kind, orNone(r.who), orNone(a.who), a.text)
		}
		if r.tag != a.tag {
			what += fmt.Sprintf("  [label: %s → %s]", orNone(r.tag), orNone(a.tag))
		}
		d.changed = append(d.changed, what)
		d.added = slices.Delete(d.added, i, i+1)
		d.removed = slices.Delete(d.removed, j, j+1)
		i--
	}
	return d
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func (d articleDiff) unchanged() bool {
	return len(d.added)+len(d.removed)+len(d.changed) == 0 && d.title[0] == d.title[1] && !d.newGolden
}

// scoreLine shows how the label's figures move.
func (d articleDiff) scoreLine() string {
	o, c := d.scores[0], d.scores[1]
	if o == nil || c == nil {
		return ""
	}
	var parts []string
	for _, f := range []struct {
		name string
		o, c float64
	}{
		{"briefing", o.Briefing, c.Briefing}, {"actors", o.Actors.F1, c.Actors.F1},
		{"attributed quotes", o.Quotes.FA, c.Quotes.FA}, {"commitments", o.Commitments.F1, c.Commitments.F1},
		{"attributed commitments", o.Commitments.FA, c.Commitments.FA}, {"disputes", o.Disputes.F1, c.Disputes.F1},
		{"attributed disputes", o.Disputes.FA, c.Disputes.FA},
	} {
		if fmt.Sprintf("%.3f", f.o) != fmt.Sprintf("%.3f", f.c) {
			parts = append(parts, fmt.Sprintf("%s %.3f → %.3f", f.name, f.o, f.c))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "label's figures: " + strings.Join(parts, ", ")
}

func run(root, rev string, w io.Writer) error {
	byName, names, err := articles(root)
	if err != nil {
		return err
	}
	against := "the goldens on disk"
	if rev != "" {
		against = "the goldens of " + rev
	}
	fmt.Fprintf(w, "golden-diff: the engine's output on the %d test articles against %s\n", len(names), against)
	var diffs []articleDiff
	failed := false
	for _, name := range names {
		var g *score.Gold
		var paras []string
		lp := filepath.Join(root, "brief", "testdata", "articles", name+".json")
		if _, err := os.Stat(lp); err == nil {
			if g, err = score.ReadGold(lp); err != nil {
				return err
			}
			_, paras, err = score.Resolve(g, lp, func(string) (string, error) {
				return "", errors.New("a test article's label names a module")
			})
			if err != nil {
				return fmt.Errorf("%s: %w", lp, err)
			}
		}
		curData, err := current(byName[name])
		if err != nil {
			fmt.Fprintf(w, "\n%s: cannot analyse %s: %v\n", name, byName[name], err)
			failed = true
			continue
		}
		oldData, err := golden(root, name, rev)
		if err != nil {
			return err
		}
		old, err := judge(oldData, g, paras)
		if err != nil {
			return fmt.Errorf("golden %s: %w", name, err)
		}
		cur, err := judge(curData, g, paras)
		if err != nil {
			return err
		}
		d := diff(name, old, cur, oldData != nil)
		diffs = append(diffs, d)
		report(w, d, g != nil)
	}
	summary(w, diffs)
	if failed {
		return errors.New("some articles could not be analysed")
	}
	return nil
}

func report(w io.Writer, d articleDiff, hasLabel bool) {
	head := d.name + ": unchanged"
	switch {
	case d.newGolden:
		head = d.name + ": no golden yet (every item is new)"
	case !d.unchanged():
		head = fmt.Sprintf("%s: %d added, %d removed, %d changed", d.name, len(d.added), len(d.removed), len(d.changed))
	}
	if !hasLabel {
		head += " (no label)"
	}
	fmt.Fprintf(w, "\n%s\n", head)
	if s := d.scoreLine(); s != "" {
		fmt.Fprintf(w, "  %s\n", s)
	}
	if d.title[0] != d.title[1] {
		fmt.Fprintf(w, "  ~ title: %q → %q\n", d.title[0], d.title[1])
	}
	for _, it := range d.removed {
		fmt.Fprintf(w, "  - %s\n", it)
	}
	for _, it := range d.added {
		fmt.Fprintf(w, "  + %s\n", it)
	}
	for _, c := range d.changed {
		fmt.Fprintf(w, "  ~ %s\n", c)
	}
	if len(d.keptWrong) > 0 {
		fmt.Fprintf(w, "  kept, and the label calls it wrong:\n")
		for _, it := range d.keptWrong {
			fmt.Fprintf(w, "    ! %s\n", it)
		}
	}
}

func summary(w io.Writer, diffs []articleDiff) {
	var changed []string
	wrong, wrongIn := 0, 0
	for _, d := range diffs {
		if !d.unchanged() {
			s := fmt.Sprintf("%s +%d −%d ~%d", d.name, len(d.added), len(d.removed), len(d.changed))
			if d.newGolden {
				s = d.name + " new"
			}
			changed = append(changed, s)
		}
		if len(d.keptWrong) > 0 {
			wrong += len(d.keptWrong)
			wrongIn++
		}
	}
	fmt.Fprintf(w, "\nSummary: %d goldens, %d changed", len(diffs), len(changed))
	if len(changed) > 0 {
		fmt.Fprintf(w, " (%s)", strings.Join(changed, "; "))
	}
	fmt.Fprintf(w, "; %d items the labels call wrong kept in %d goldens\n", wrong, wrongIn)
}
