package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// The readers of the two PETRARCH2 dictionaries the tables are derived
// from: CAMEO.verbpatterns.150430.txt (verbs and phrase patterns with
// their CAMEO event codes) and Phoenix.agents.txt (agent nouns with their
// Phoenix sector types). Their formats are described in the files' headers.

// verbEntry is one verb line of a CAMEO verb block.
type verbEntry struct {
	lemma string   // "say", "back down", "readmit"
	head  string   // the verb word: "back" in "back down"
	forms []string // irregular forms the line lists, of the head word
	code  string   // the line's own code ("" = the block's)
	block string   // the block name
	bcode string   // the block's default code ("" = none)
	fixed bool     // "{}": a fixed phrase, no forms generated
}

// pattern is one phrase pattern of a CAMEO verb block.
type pattern struct {
	words []string // the pattern's tokens after the leading "-"
	code  string
	verb  string // the source verb named in the comment, lower case ("" = none)
	block string
}

// cameoDict is what the verb file holds.
type cameoDict struct {
	verbs    []verbEntry
	patterns []pattern
	sets     map[string][]string // synonym sets: "&TREATY" → words (lower case)
}

var (
	blockRe   = regexp.MustCompile(`^---\s*([A-Z0-9_]+)\s*(?:\[([^\]]*)\])?`)
	verbRe    = regexp.MustCompile(`^([+A-Z][A-Z0-9_'+\-]*)\s*(.*)$`)
	bracesRe  = regexp.MustCompile(`\{([^}]*)\}`)
	codeRe    = regexp.MustCompile(`\[([^\]]*)\]`)
	patternRe = regexp.MustCompile(`^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$`)
)

// normCode returns the event code of a "[…]" field: the first part of a
// pair ("041:041" → "041"), "" for none ("---").
func normCode(c string) string {
	c = strings.TrimSpace(c)
	if i := strings.IndexByte(c, ':'); i >= 0 {
		c = c[:i]
	}
	if c == "" || strings.HasPrefix(c, "-") {
		return ""
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return c
}

// readCameo parses the CAMEO verb-pattern dictionary.
func readCameo(path string) (*cameoDict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &cameoDict{sets: map[string][]string{}}
	inPatterns := false
	curSet := ""
	block, bcode := "", ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		if strings.Contains(raw, "VERB PATTERNS") {
			inPatterns = true
			continue
		}
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !inPatterns {
			body := strings.TrimSpace(strings.SplitN(line, "#", 2)[0])
			switch {
			case strings.HasPrefix(body, "&"):
				curSet = strings.TrimRight(body, "_")
				d.sets[curSet] = nil
			case strings.HasPrefix(body, "+") && curSet != "":
				w := strings.ToLower(strings.TrimRight(strings.TrimPrefix(body, "+"), "_ "))
				d.sets[curSet] = append(d.sets[curSet], strings.ReplaceAll(w, "_", " "))
			}
			continue
		}
		if strings.HasPrefix(line, "---") {
			m := blockRe.FindStringSubmatch(line)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: block header %q", path, n, line)
			}
			block, bcode = m[1], normCode(m[2])
			continue
		}
		if block == "" {
			continue
		}
		if strings.HasPrefix(line, "-") {
			m := patternRe.FindStringSubmatch(line)
			if m == nil {
				continue // a pattern without a code
			}
			p := pattern{words: strings.Fields(m[1]), code: normCode(m[2]), block: block}
			if fs := strings.Fields(m[3]); len(fs) > 0 {
				p.verb = strings.ToLower(strings.Trim(fs[0], ",.;"))
			}
			d.patterns = append(d.patterns, p)
			continue
		}
		body := strings.TrimSpace(strings.SplitN(line, "#", 2)[0])
		m := verbRe.FindStringSubmatch(body)
		if m == nil {
			continue
		}
		word, rest := m[1], m[2]
		e := verbEntry{block: block, bcode: bcode}
		if bm := bracesRe.FindStringSubmatch(rest); bm != nil {
			fs := strings.Fields(bm[1])
			e.fixed = len(fs) == 0
			e.forms = append(e.forms, fs...)
			rest = strings.Replace(rest, bm[0], "", 1)
		}
		if cm := codeRe.FindStringSubmatch(rest); cm != nil {
			e.code = normCode(cm[1])
		}
		e.lemma, e.head = verbLemma(word)
		if e.lemma == "" {
			continue
		}
		// The forms of a multi-word verb are given whole ("+FOUGHT_BACK"):
		// keep the head word's.
		var hf []string
		for _, x := range e.forms {
			if h := headWord(x); h != "" {
				if strings.HasPrefix(e.lemma, "re") && strings.HasPrefix(word, "RE_") {
					h = "re" + h // "RE_+ADMITS"
				}
				hf = append(hf, h)
			}
		}
		e.forms = hf
		d.verbs = append(d.verbs, e)
	}
	return d, sc.Err()
}

// verbLemma turns a verb line's word into a lemma key and its head verb:
// "SAY" → "say"; "+BACK_DOWN" → "back down"; "RE_+ADMIT" → "readmit".
func verbLemma(word string) (lemma, head string) {
	parts := strings.Split(word, "_")
	hi := 0
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			hi = i
		}
	}
	var out []string
	for i, p := range parts {
		p = strings.ToLower(strings.Trim(p, "+"))
		if p == "" {
			return "", ""
		}
		if i < hi {
			if p != "re" || i != hi-1 {
				return "", "" // "SHOT_AND", "ATTACKED_AND_STABBED": fixed phrases
			}
			parts[hi] = "re" + strings.TrimPrefix(parts[hi], "+")
			continue
		}
		out = append(out, p)
	}
	if len(out) > 0 && hi > 0 {
		out[0] = strings.ToLower(parts[hi])
	}
	for _, p := range out {
		if p == "and" || p == "or" {
			return "", ""
		}
	}
	return strings.Join(out, " "), out[0]
}

// headWord returns the head verb of one listed form: "+FOUGHT_BACK" →
// "fought"; "SAID" → "said".
func headWord(x string) string {
	parts := strings.Split(x, "_")
	for _, p := range parts {
		if strings.HasPrefix(p, "+") || strings.HasSuffix(p, "+") {
			return strings.ToLower(strings.Trim(p, "+"))
		}
	}
	if len(parts) == 1 {
		return strings.ToLower(x)
	}
	return ""
}

// agentEntry is one agent phrase of the Phoenix file, after its
// substitution sets are expanded.
type agentEntry struct {
	phrase string // lower case, words joined by spaces
	plural string // the irregular plural ("" = regular)
	noPlur bool   // "{}": no plural
	typ    string // "~COP", "~GOVJUD"
	line   int
}

var agentRe = regexp.MustCompile(`^(.*?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]\s*$`)

// readAgents parses Phoenix.agents.txt.
func readAgents(path string) ([]agentEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	subst := map[string][][2]string{} // "!PERSON!" → (singular, plural) pairs
	var out []agentEntry
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.SplitN(sc.Text(), "#", 2)[0])
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			kv := strings.SplitN(line, "=", 2)
			name := strings.TrimSpace(kv[0])
			var vals []string
			for _, v := range strings.Split(kv[1], ",") {
				vals = append(vals, strings.ToLower(strings.TrimSpace(v)))
			}
			subst[name] = pairForms(vals)
			continue
		}
		m := agentRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		phrase := strings.ToLower(strings.TrimSpace(m[1]))
		typ := strings.ToUpper(strings.TrimSpace(m[3]))
		if strings.HasSuffix(typ, "~") { // "IGO~"
			typ = "~" + strings.TrimSuffix(typ, "~")
		}
		e := agentEntry{typ: typ, line: n}
		if m[2] != "" {
			pl := strings.TrimSpace(m[2][1 : len(m[2])-1])
			e.noPlur = pl == ""
			e.plural = strings.ToLower(strings.ReplaceAll(pl, "_", " "))
		}
		variants := [][2]string{{phrase, ""}}
		for name, pairs := range subst {
			if !strings.Contains(phrase, strings.ToLower(name)) {
				continue
			}
			var nv [][2]string
			for _, v := range variants {
				for _, p := range pairs {
					pl := ""
					if p[1] != "" {
						pl = strings.ReplaceAll(v[0], strings.ToLower(name), p[1])
					}
					nv = append(nv, [2]string{strings.ReplaceAll(v[0], strings.ToLower(name), p[0]), pl})
				}
			}
			variants = nv
		}
		for _, v := range variants {
			x := e
			x.phrase = strings.Join(strings.Fields(strings.ReplaceAll(v[0], "_", " ")), " ")
			if v[1] != "" {
				// The substitution set gives the plural ("fireman" → "firemen").
				x.plural = strings.TrimSpace(strings.ReplaceAll(v[1], "_", " "))
				x.noPlur = false
			} else if len(variants) > 1 && !e.noPlur {
				x.plural = "" // "person": the regular plural
			}
			out = append(out, x)
		}
	}
	return out, sc.Err()
}

// pairForms pairs the singular and plural members of a substitution set:
// MAN, MEN, WOMAN, WOMEN, PERSON → (man, men), (woman, women), (person, "").
func pairForms(vals []string) [][2]string {
	var out [][2]string
	for i := 0; i < len(vals); i++ {
		v := vals[i]
		if i+1 < len(vals) && (vals[i+1] == nounPlural(v) || v+"s" == vals[i+1]) {
			out = append(out, [2]string{v, vals[i+1]})
			i++
			continue
		}
		out = append(out, [2]string{v, ""})
	}
	return out
}
