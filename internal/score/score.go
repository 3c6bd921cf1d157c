// Package score scores the engine's analysis of an article against a hand
// label, the way the evaluation scorer beside the repository
// (../shared/eval/score.py) does, so that `go test ./...` enforces the
// regression floors of .ci/eval-floor on the project's own labelled
// articles (brief/testdata/articles) without Python or ../shared. The
// matching rules are score.py's, step for step:
//
//   - actors: the first ten actors of the analysis; one is right when its
//     name or one of its aliases is a labelled actor's name or alias
//     (case and punctuation aside), or, for a person, the labelled
//     surname after titles or the person's own names ("President Carter");
//     an actor already counted under another name is false. Recall is over
//     the label's key actors.
//   - quotes: an item matches a label when it contains the label's key
//     words, or (four words or more) is contained in them, or — when it
//     matches none — when its first six words are in a paragraph of the
//     article that holds a label's key. Attributed: the speaker, with the
//     aliases the analysis gives it, names a labelled speaker.
//   - commitments and disputes: the item's text contains the key, or is
//     contained in it (four words or more), or shares min(5, key words)
//     consecutive words with it; attributed: the actor, or one of the
//     parties, names a labelled one.
//   - `must` labels count for recall; `ok` labels are neither required nor
//     false; a second item matching an already matched label is neutral.
//
// The figures are macro averages over articles.
package score

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// Gold is a hand label: a file NAME.json of the evaluation's gold format.
type Gold struct {
	Source struct {
		Module string `json:"module"`
		File   string `json:"file"`
	} `json:"source"`
	Topic  string `json:"topic"`
	Actors struct {
		Key  []GoldActor `json:"key"`
		Also []GoldActor `json:"also"`
	} `json:"actors"`
	Quotes      Section `json:"quotes"`
	Commitments Section `json:"commitments"`
	Disputes    Section `json:"disputes"`
}

// GoldActor is a labelled actor.
type GoldActor struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Kind    string   `json:"kind"`
}

// Section holds the labels of one kind of item.
type Section struct {
	Must []Item `json:"must"`
	OK   []Item `json:"ok"`
}

// Item is one labelled quote, commitment or dispute: its key words and who
// it belongs to (a name, or several).
type Item struct {
	Key     string `json:"key"`
	Speaker Names  `json:"speaker"`
	Actor   Names  `json:"actor"`
	Parties Names  `json:"parties"`
}

// Names is a name or a list of names.
type Names []string

// UnmarshalJSON reads a string or a list of strings.
func (n *Names) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*n = Names{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("a name or a list of names: %w", err)
	}
	*n = many
	return nil
}

// ReadGold reads a label file.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(g.Actors.Key) == 0 {
		return nil, fmt.Errorf("%s: no key actors", path)
	}
	return &g, nil
}

// Output is the analysis as `briefing analyze --json` prints it: what the
// scorer reads, and the title and roles that tools/goldendiff shows.
type Output struct {
	Title  string `json:"title"`
	Actors []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Role    string   `json:"role"`
		Aliases []string `json:"aliases"`
	} `json:"actors"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
	} `json:"quotes"`
	Commitments []struct {
		Actor string `json:"actor"`
		Text  string `json:"text"`
	} `json:"commitments"`
	Disputes []struct {
		Parties []string `json:"parties"`
		Text    string   `json:"text"`
	} `json:"disputes"`
}

// ParseOutput decodes the JSON of an analysis.
func ParseOutput(data []byte) (*Output, error) {
	var out Output
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("the analysis JSON: %w", err)
	}
	return &out, nil
}

var nonWord = regexp.MustCompile(`[^0-9a-z]+`)

// Norm normalises text for matching: lower case, every run of characters
// other than ASCII letters and digits one space, soft hyphens removed.
func Norm(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "\u00ad", ""))
	return strings.Join(strings.Fields(nonWord.ReplaceAllString(s, " ")), " ")
}

var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields("mr mrs ms miss dr sir dame lord lady president prime minister pm secretary senator sen rep " +
		"representative governor gov chancellor king queen prince princess general gen foreign " +
		"defence defense state vice chief justice judge mayor ambassador us uk former the") {
		titles[w] = true
	}
}

var (
	scriptOpen = regexp.MustCompile(`(?is)<(script|style)[^>]*>`)
	blockTag   = regexp.MustCompile(`(?i)</?(p|div|br|li|h[1-6]|blockquote|tr|section|article)[^>]*>`)
	anyTag     = regexp.MustCompile(`<[^>]+>`)
)

// HTMLText is the text of a page as the scorer reads it: scripts and
// styles dropped, a line break for each block tag, other tags a space,
// entities decoded.
func HTMLText(raw string) string {
	var b strings.Builder
	for {
		loc := scriptOpen.FindStringSubmatchIndex(raw)
		if loc == nil {
			b.WriteString(raw)
			break
		}
		name := strings.ToLower(raw[loc[2]:loc[3]])
		end := strings.Index(strings.ToLower(raw[loc[1]:]), "</"+name+">")
		if end < 0 {
			// No closing tag: no match here; go on after the '<'.
			b.WriteString(raw[:loc[0]+1])
			raw = raw[loc[0]+1:]
			continue
		}
		b.WriteString(raw[:loc[0]])
		b.WriteString(" ")
		raw = raw[loc[1]+end+len(name)+3:]
	}
	s := blockTag.ReplaceAllString(b.String(), "\n")
	return html.UnescapeString(anyTag.ReplaceAllString(s, " "))
}

// readText reads a file as Python's text mode does: invalid UTF-8
// replaced, every line ending a "\n".
func readText(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s := strings.ToValidUTF8(string(data), "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// Resolve returns the article a label is about, as the engine reads it,
// and the article's normalised paragraphs, as the scorer reads them. A
// source inside a Go module (go-readability's test pages) is looked up with
// moduleDir; its paragraphs come from the page's expected.html beside it.
func Resolve(g *Gold, goldPath string, moduleDir func(module string) (string, error)) (string, []string, error) {
	var path, text string
	if g.Source.Module != "" {
		dir, err := moduleDir(g.Source.Module)
		if err != nil {
			return "", nil, err
		}
		path = filepath.Join(dir, filepath.FromSlash(g.Source.File))
		raw, err := readText(filepath.Join(filepath.Dir(path), "expected.html"))
		if err != nil {
			return "", nil, err
		}
		text = HTMLText(raw)
	} else {
		path = filepath.Clean(filepath.Join(filepath.Dir(goldPath), filepath.FromSlash(g.Source.File)))
		raw, err := readText(path)
		if err != nil {
			return "", nil, err
		}
		text = raw
		if ext := strings.ToLower(filepath.Ext(path)); ext == ".html" || ext == ".htm" {
			text = HTMLText(raw)
		}
	}
	var paras []string
	for _, p := range strings.Split(text, "\n") {
		if n := Norm(p); n != "" {
			paras = append(paras, n)
		}
	}
	return path, paras, nil
}

// actors holds a label's actors for matching names.
type actors struct {
	all []GoldActor
	by  map[string]GoldActor
}

func newActors(g *Gold) *actors {
	a := &actors{by: map[string]GoldActor{}}
	a.all = append(append(a.all, g.Actors.Key...), g.Actors.Also...)
	for _, x := range a.all {
		a.by[Norm(x.Name)] = x
	}
	return a
}

// matches reports whether one of the names is the labelled actor's.
func (as *actors) matches(names []string, a GoldActor) bool {
	forms := map[string]bool{}
	for _, x := range append([]string{a.Name}, a.Aliases...) {
		if n := Norm(x); n != "" {
			forms[n] = true
		}
	}
	own := strings.Fields(Norm(a.Name))
	last := ""
	if len(own) > 0 {
		last = own[len(own)-1]
	}
	for _, s := range names {
		n := Norm(s)
		if n == "" {
			continue
		}
		if forms[n] {
			return true
		}
		toks := strings.Fields(n)
		if a.Kind == "person" && len(toks) > 1 && toks[len(toks)-1] == last && len(last) > 2 {
			all := true
			for _, t := range toks[:len(toks)-1] {
				if !titles[t] && !slices.Contains(own, t) {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
	}
	return false
}

func (as *actors) find(names []string) []GoldActor {
	var out []GoldActor
	for _, a := range as.all {
		if as.matches(names, a) {
			out = append(out, a)
		}
	}
	return out
}

func (as *actors) named(names []string) []GoldActor {
	var out []GoldActor
	for _, n := range names {
		if a, ok := as.by[Norm(n)]; ok {
			out = append(out, a)
		}
	}
	return out
}

// sysForms is a name the analysis gives plus the aliases the analysis
// itself lists for that actor.
func sysForms(out *Output, s string) []string {
	forms := []string{s}
	ns := Norm(s)
	for _, a := range out.Actors {
		in := Norm(a.Name) == ns
		for _, x := range a.Aliases {
			if Norm(x) == ns {
				in = true
			}
		}
		if in {
			forms = append(append(forms, a.Name), a.Aliases...)
		}
	}
	return forms
}

// lcsWords is the length of the longest run of words a and b share.
func lcsWords(a, b []string) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PRF is a precision, a recall and their F1.
type PRF struct{ P, R, F1 float64 }

// ItemScore scores one kind of item: precision, recall and F1, and the same
// with attribution (PA, RA, FA).
type ItemScore struct {
	P, R, F1, PA, RA, FA float64
	TP, FP, Must         int
}

// Verdict says what the label makes of one item of the analysis.
type Verdict int

// The verdicts.
const (
	Empty     Verdict = iota // no text: not scored
	False                    // matches no label: a false item
	MustLabel                // matches a `must` label
	OKLabel                  // matches an `ok` label (neutral)
	Repeat                   // matches a label an earlier item matched (neutral)
)

// ItemVerdict is the verdict on one item, the label it matched (an index
// into must then ok) and whether its attribution is right.
type ItemVerdict struct {
	Verdict Verdict
	Label   int
	AttrOK  bool
}

type matchFunc func(key, text string) bool

func quoteMatch(k, t string) bool {
	return strings.Contains(t, k) || len(strings.Fields(t)) >= 4 && strings.Contains(k, t)
}

func overlaps(key, t string) bool {
	kw, tw := strings.Fields(key), strings.Fields(t)
	return strings.Contains(t, key) || len(tw) >= 4 && strings.Contains(key, t) || lcsWords(kw, tw) >= min(5, len(kw))
}

type candidate struct {
	contains bool
	lcs, i   int
}

func better(a, b candidate) bool { // a > b as Python compares the tuples
	if a.contains != b.contains {
		return a.contains
	}
	if a.lcs != b.lcs {
		return a.lcs > b.lcs
	}
	return a.i > b.i
}

// scoreItems is score.py's generic span scorer.
func scoreItems(texts []string, sec Section, match matchFunc, paras []string, attr func(item int, g Item) bool) (ItemScore, []ItemVerdict) {
	type gold struct {
		g    Item
		must bool
	}
	var golds []gold
	for _, g := range sec.Must {
		golds = append(golds, gold{g, true})
	}
	for _, g := range sec.OK {
		golds = append(golds, gold{g, false})
	}
	keys := make([]string, len(golds))
	for i, g := range golds {
		keys[i] = Norm(g.g.Key)
	}
	hit, hitAttr, seen := map[int]bool{}, map[int]bool{}, map[int]bool{}
	var tp, fp, tpAttr int
	verdicts := make([]ItemVerdict, len(texts))
	for it, text := range texts {
		t := Norm(text)
		if t == "" {
			continue
		}
		var cands []candidate
		for i, k := range keys {
			if match(k, t) {
				cands = append(cands, candidate{strings.Contains(t, k), lcsWords(strings.Fields(k), strings.Fields(t)), i})
			}
		}
		if len(cands) == 0 && paras != nil && len(strings.Fields(t)) >= 4 {
			head := strings.Join(strings.Fields(t)[:min(6, len(strings.Fields(t)))], " ")
			for _, p := range paras {
				if head != "" && strings.Contains(p, head) {
					for i, k := range keys {
						if strings.Contains(p, k) {
							cands = append(cands, candidate{false, 0, i})
						}
					}
					if len(cands) > 0 {
						break
					}
				}
			}
		}
		if len(cands) == 0 {
			fp++
			verdicts[it] = ItemVerdict{Verdict: False, Label: -1}
			continue
		}
		best := cands[0]
		for _, c := range cands[1:] {
			if better(c, best) {
				best = c
			}
		}
		i := best.i
		if seen[i] {
			verdicts[it] = ItemVerdict{Verdict: Repeat, Label: i}
			continue
		}
		seen[i] = true
		tp++
		good := attr == nil || attr(it, golds[i].g)
		if good {
			tpAttr++
		}
		v := ItemVerdict{Verdict: OKLabel, Label: i, AttrOK: good}
		if golds[i].must {
			v.Verdict = MustLabel
			hit[i] = true
			if good {
				hitAttr[i] = true
			}
		}
		verdicts[it] = v
	}
	nMust := len(sec.Must)
	s := ItemScore{TP: tp, FP: fp, Must: nMust}
	ratio := func(a, b int) float64 { return float64(a) / float64(b) }
	switch {
	case tp+fp > 0:
		s.P, s.PA = ratio(tp, tp+fp), ratio(tpAttr, tp+fp)
	case nMust == 0:
		s.P, s.PA = 1, 1
	}
	s.R, s.RA = 1, 1
	if nMust > 0 {
		s.R, s.RA = ratio(len(hit), nMust), ratio(len(hitAttr), nMust)
	}
	s.F1, s.FA = f1(s.P, s.R), f1(s.PA, s.RA)
	return s, verdicts
}

// Result is the score of one article.
type Result struct {
	Actors      PRF
	Quotes      ItemScore
	Commitments ItemScore
	Disputes    ItemScore
	Briefing    float64 // mean of actors F1, attributed quote F1, commitment F1 and dispute F1

	// What the label makes of each item of the analysis, in its order.
	ActorOK                                   []bool // the first ten actors: right or not
	QuoteItems, CommitmentItems, DisputeItems []ItemVerdict
}

// Article scores the analysis of one article against its label; paras are
// the article's normalised paragraphs (see Resolve).
func Article(out *Output, g *Gold, paras []string) Result {
	as := newActors(g)
	var res Result
	top := out.Actors[:min(10, len(out.Actors))]
	used, found := map[string]bool{}, map[string]bool{}
	good := 0
	for _, a := range top {
		var ms []GoldActor
		for _, m := range as.find(append([]string{a.Name}, a.Aliases...)) {
			if !used[m.Name] {
				ms = append(ms, m)
			}
		}
		res.ActorOK = append(res.ActorOK, len(ms) > 0)
		if len(ms) > 0 {
			good++
			used[ms[0].Name] = true
			for _, m := range ms {
				found[m.Name] = true
			}
		}
	}
	p := 0.0
	if len(top) > 0 {
		p = float64(good) / float64(len(top))
	}
	nFound := 0
	for _, k := range g.Actors.Key {
		if found[k.Name] {
			nFound++
		}
	}
	r := float64(nFound) / float64(len(g.Actors.Key))
	res.Actors = PRF{p, r, f1(p, r)}

	names := func(want Names, said []string) bool {
		for _, w := range as.named(want) {
			for _, s := range said {
				if as.matches(sysForms(out, s), w) {
					return true
				}
			}
		}
		return false
	}
	var texts []string
	for _, q := range out.Quotes {
		texts = append(texts, q.Text)
	}
	res.Quotes, res.QuoteItems = scoreItems(texts, g.Quotes, quoteMatch, paras, func(i int, gi Item) bool {
		return names(gi.Speaker, []string{out.Quotes[i].Speaker})
	})
	texts = nil
	for _, c := range out.Commitments {
		texts = append(texts, c.Text)
	}
	res.Commitments, res.CommitmentItems = scoreItems(texts, g.Commitments, overlaps, nil, func(i int, gi Item) bool {
		return names(gi.Actor, []string{out.Commitments[i].Actor})
	})
	texts = nil
	for _, d := range out.Disputes {
		texts = append(texts, d.Text)
	}
	res.Disputes, res.DisputeItems = scoreItems(texts, g.Disputes, overlaps, nil, func(i int, gi Item) bool {
		return names(gi.Parties, out.Disputes[i].Parties)
	})
	res.Briefing = (res.Actors.F1 + res.Quotes.FA + res.Commitments.F1 + res.Disputes.F1) / 4
	return res
}

// Summary holds the macro averages over a set's articles, named as
// score.py and .ci/eval-floor name them.
type Summary struct {
	Articles int
	Figures  map[string]float64
}

// FigureNames are the summary's figures in score.py's order.
var FigureNames = []string{"actors_f1", "quote_f1", "attributed_quote_f1", "commitment_f1",
	"commitment_attr_f1", "dispute_f1", "dispute_attr_f1", "briefing"}

// Summarize averages the results.
func Summarize(rs []Result) Summary {
	s := Summary{Articles: len(rs), Figures: map[string]float64{}}
	if len(rs) == 0 {
		return s
	}
	for _, r := range rs {
		for i, v := range []float64{r.Actors.F1, r.Quotes.F1, r.Quotes.FA, r.Commitments.F1,
			r.Commitments.FA, r.Disputes.F1, r.Disputes.FA, r.Briefing} {
			s.Figures[FigureNames[i]] += v
		}
	}
	for k := range s.Figures {
		s.Figures[k] /= float64(len(rs))
	}
	return s
}

// String prints the figures as score.py's last line does.
func (s Summary) String() string {
	parts := []string{fmt.Sprintf("articles=%d", s.Articles)}
	for _, k := range FigureNames {
		parts = append(parts, fmt.Sprintf("%s=%.3f", k, s.Figures[k]))
	}
	return strings.Join(parts, " ")
}

// Floors are the regression floors of .ci/eval-floor, by set ("own",
// "dev", "gold2") and figure.
type Floors map[string]map[string]float64

// ReadFloors reads .ci/eval-floor: "[set]" lines open a set, "figure value"
// lines give its floors, "#" starts a comment.
func ReadFloors(path string) (Floors, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fl := Floors{}
	set := ""
	for i, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			set = line[1 : len(line)-1]
			continue
		}
		f := strings.Fields(line)
		var v float64
		if len(f) != 2 || set == "" {
			return nil, fmt.Errorf("%s:%d: want \"figure value\" inside a [set]: %q", path, i+1, line)
		}
		if _, err := fmt.Sscanf(f[1], "%g", &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %q is not a number", path, i+1, f[1])
		}
		if !slices.Contains(FigureNames, f[0]) {
			return nil, fmt.Errorf("%s:%d: unknown figure %q", path, i+1, f[0])
		}
		if fl[set] == nil {
			fl[set] = map[string]float64{}
		}
		fl[set][f[0]] = v
	}
	return fl, nil
}

// Below lists the figures of s below the set's floors. A figure is
// compared as score.py prints it, to three decimals, as .ci/eval-check
// compares it.
func (fl Floors) Below(set string, s Summary) []string {
	var bad []string
	for _, k := range FigureNames {
		v, ok := fl[set][k]
		if !ok {
			continue
		}
		got, _ := strconv.ParseFloat(fmt.Sprintf("%.3f", s.Figures[k]), 64)
		if got+1e-9 < v {
			bad = append(bad, fmt.Sprintf("%s %s %.3f < floor %.3f", set, k, got, v))
		}
	}
	return bad
}

// Analyze analyses the article file at path as `briefing analyze --json`
// does, and returns the analysis and its JSON.
func Analyze(path string) (*Output, []byte, error) {
	a, err := load.File(path)
	if err != nil {
		return nil, nil, err
	}
	data, err := brief.Analyze(a).JSON()
	if err != nil {
		return nil, nil, err
	}
	out, err := ParseOutput(data)
	return out, data, err
}

// Row is one article of a set and its score.
type Row struct {
	Name   string // the label's file name without .json
	Path   string // the article
	Result Result
	Err    error // the article could not be read or analysed: it scores zero
}

// Set scores every label NAME.json in dir, in name order, as score.py
// --gold dir does.
func Set(dir string, moduleDir func(module string) (string, error)) ([]Row, Summary, error) {
	labels, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, Summary{}, err
	}
	if len(labels) == 0 {
		return nil, Summary{}, fmt.Errorf("no labels in %s", dir)
	}
	var rows []Row
	var results []Result
	for _, lp := range labels {
		g, err := ReadGold(lp)
		if err != nil {
			return nil, Summary{}, err
		}
		path, paras, err := Resolve(g, lp, moduleDir)
		if err != nil {
			return nil, Summary{}, fmt.Errorf("%s: %w", lp, err)
		}
		row := Row{Name: strings.TrimSuffix(filepath.Base(lp), ".json"), Path: path}
		out, _, err := Analyze(path)
		if err != nil {
			row.Err = err // a failed run scores zero everywhere, as in score.py
		} else {
			row.Result = Article(out, g, paras)
		}
		rows = append(rows, row)
		results = append(results, row.Result)
	}
	return rows, Summarize(results), nil
}

// Table prints the rows as score.py prints its table.
func Table(rows []Row) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-24s", "article")
	for _, c := range []string{"actors.f1", "quotes.f1", "quotes.fa", "commitments.f1", "commitments.fa", "disputes.f1", "disputes.fa", "briefing"} {
		fmt.Fprintf(&b, " %14s", c)
	}
	b.WriteString("\n")
	for _, r := range rows {
		x := r.Result
		fmt.Fprintf(&b, "%-24s", r.Name)
		for _, v := range []float64{x.Actors.F1, x.Quotes.F1, x.Quotes.FA, x.Commitments.F1, x.Commitments.FA, x.Disputes.F1, x.Disputes.FA, x.Briefing} {
			fmt.Fprintf(&b, " %14.2f", v)
		}
		if r.Err != nil {
			fmt.Fprintf(&b, "  ERROR %v", r.Err)
		}
		b.WriteString("\n")
	}
	return b.String()
}
