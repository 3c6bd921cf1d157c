package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The project's own seed lists (tools/lexgen/seeds). Every file is UTF-8
// text; "#" starts a comment; blank lines are ignored.

// seedLine is one line of a seed file, split on tabs (or on runs of
// spaces when the file has no tabs on that line), with its position.
type seedLine struct {
	fields []string
	file   string
	n      int
}

func (l seedLine) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", l.file, l.n, fmt.Sprintf(format, args...))
}

// readSeed reads a seed file's lines.
func readSeed(dir, name string) ([]seedLine, error) {
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []seedLine
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var fs []string
		if strings.Contains(line, "\t") {
			for _, f := range strings.Split(line, "\t") {
				if f = strings.TrimSpace(f); f != "" {
					fs = append(fs, f)
				}
			}
		} else {
			fs = strings.Fields(line)
		}
		out = append(out, seedLine{fields: fs, file: name, n: n})
	}
	return out, sc.Err()
}

// classSeed is one entry of a word-class list (speech.txt, think.txt,
// naming.txt): a lemma with every form but the excluded ones, or one exact
// form ("=went").
type classSeed struct {
	key    string // "say" or "=went"
	except []string
}

func readClassSeeds(dir, name string) ([]classSeed, error) {
	lines, err := readSeed(dir, name)
	if err != nil {
		return nil, err
	}
	var out []classSeed
	for _, l := range lines {
		fs := strings.Fields(strings.Join(l.fields, " "))
		s := classSeed{key: strings.ToLower(fs[0])}
		for _, x := range fs[1:] {
			if !strings.HasPrefix(x, "-") || strings.HasPrefix(s.key, "=") {
				return nil, l.errorf("want LEMMA [-FORM...] or =FORM, got %q", strings.Join(fs, " "))
			}
			s.except = append(s.except, strings.ToLower(x[1:]))
		}
		out = append(out, s)
	}
	return out, nil
}

// sectionSeed reads a file of "[reason]" sections, each followed by the
// entries it applies to (one per line; an entry may hold spaces). It
// returns entry → reason; an entry outside a section is an error, so that
// every pruned or overridden word has its reason.
func sectionSeed(dir, name string) (map[string]string, error) {
	lines, err := readSeed(dir, name)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	reason := ""
	for _, l := range lines {
		s := strings.Join(l.fields, " ")
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			reason = strings.TrimSpace(s[1 : len(s)-1])
			continue
		}
		if reason == "" {
			return nil, l.errorf("entry %q before any [reason] line", s)
		}
		key := strings.ToLower(s)
		if _, dup := out[key]; dup {
			return nil, l.errorf("%q listed twice", key)
		}
		out[key] = reason
	}
	return out, nil
}

// cueOverride is one line of cues-override.txt: a cue key, its code, its
// weight and the reason.
type cueOverride struct {
	key    string
	code   string
	weight float64
	reason string
}

func readCueOverrides(dir string) ([]cueOverride, error) {
	lines, err := readSeed(dir, "cues-override.txt")
	if err != nil {
		return nil, err
	}
	var out []cueOverride
	for _, l := range lines {
		if len(l.fields) != 4 {
			return nil, l.errorf("want KEY<TAB>CODE<TAB>WEIGHT<TAB>REASON, got %d fields", len(l.fields))
		}
		w, err := strconv.ParseFloat(l.fields[2], 64)
		if err != nil || w < 0 || w > 3 {
			return nil, l.errorf("weight %q: want 0–3", l.fields[2])
		}
		if normCode(l.fields[1]) == "" || familyOf(l.fields[1]) == "" {
			return nil, l.errorf("code %q: want a CAMEO code", l.fields[1])
		}
		out = append(out, cueOverride{key: strings.ToLower(l.fields[0]), code: l.fields[1], weight: w, reason: l.fields[3]})
	}
	return out, nil
}

// agentSeed is one line of agents.txt: a hand-added agent noun.
type agentSeed struct {
	phrase, typ, plural string
}

func readAgentSeeds(dir string) ([]agentSeed, error) {
	lines, err := readSeed(dir, "agents.txt")
	if err != nil {
		return nil, err
	}
	var out []agentSeed
	for _, l := range lines {
		if len(l.fields) < 2 || len(l.fields) > 3 || !strings.HasPrefix(l.fields[1], "~") {
			return nil, l.errorf("want PHRASE<TAB>~TYPE[<TAB>PLURAL]")
		}
		s := agentSeed{phrase: strings.ToLower(l.fields[0]), typ: strings.ToUpper(l.fields[1])}
		if len(l.fields) == 3 {
			s.plural = strings.ToLower(l.fields[2])
		}
		out = append(out, s)
	}
	return out, nil
}

// lemmaSeed is one line of lemmas.txt: a lemma the engine's rules name that
// no other table brings, with its part of speech (v, n or x).
type lemmaSeed struct {
	lemma, pos string
}

func readLemmaSeeds(dir string) ([]lemmaSeed, error) {
	lines, err := readSeed(dir, "lemmas.txt")
	if err != nil {
		return nil, err
	}
	var out []lemmaSeed
	for _, l := range lines {
		fs := strings.Fields(strings.Join(l.fields, " "))
		if len(fs) != 2 || (fs[1] != "v" && fs[1] != "n" && fs[1] != "x") {
			return nil, l.errorf("want LEMMA v|n|x")
		}
		out = append(out, lemmaSeed{strings.ToLower(fs[0]), fs[1]})
	}
	return out, nil
}

// formChoice is one line of forms-conflicts.txt: the lemma a form shared
// by two lemmas belongs to, with the reason.
func readFormChoices(dir string) (map[string][2]string, error) {
	lines, err := readSeed(dir, "forms-conflicts.txt")
	if err != nil {
		return nil, err
	}
	out := map[string][2]string{}
	for _, l := range lines {
		if len(l.fields) != 3 {
			return nil, l.errorf("want FORM<TAB>LEMMA<TAB>REASON")
		}
		out[strings.ToLower(l.fields[0])] = [2]string{strings.ToLower(l.fields[1]), l.fields[2]}
	}
	return out, nil
}
