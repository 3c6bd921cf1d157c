package main

import (
	"sort"
	"strings"
)

// Tags of an inflected form (a set: "put" is a base form, a past and a
// participle). They are written after the form in forms.tsv ("said:dn").
const (
	tagBase   = "b" // a base form other than the lemma: a spelling variant ("criticise")
	tagThird  = "s" // third person singular present ("says")
	tagPast   = "d" // simple past ("said")
	tagPart   = "n" // past participle ("said", "written")
	tagIng    = "g" // present participle ("saying")
	tagPlural = "p" // noun plural ("prosecutors")
)

// form is one inflected form with its tags.
type form struct {
	word string
	tags string
}

// irregularVerbs gives the simple past and the past participle of the
// English irregular verbs the tables can meet (a comma separates
// variants). The third person and the -ing form follow the rules unless
// listed in irregularThird / irregularIng.
var irregularVerbs = map[string][2]string{
	"arise": {"arose", "arisen"}, "awake": {"awoke", "awoken"}, "be": {"was,were", "been"},
	"bear": {"bore", "borne,born"}, "beat": {"beat", "beaten"}, "become": {"became", "become"},
	"begin": {"began", "begun"}, "bend": {"bent", "bent"}, "bet": {"bet", "bet"}, "bid": {"bid", "bid"},
	"bind": {"bound", "bound"}, "bite": {"bit", "bitten"}, "bleed": {"bled", "bled"}, "blow": {"blew", "blown"},
	"break": {"broke", "broken"}, "breed": {"bred", "bred"}, "bring": {"brought", "brought"},
	"broadcast": {"broadcast", "broadcast"}, "build": {"built", "built"}, "burn": {"burned,burnt", "burned,burnt"},
	"burst": {"burst", "burst"}, "buy": {"bought", "bought"}, "cast": {"cast", "cast"}, "catch": {"caught", "caught"},
	"choose": {"chose", "chosen"}, "cling": {"clung", "clung"}, "come": {"came", "come"}, "cost": {"cost", "cost"},
	"creep": {"crept", "crept"}, "cut": {"cut", "cut"}, "deal": {"dealt", "dealt"}, "dig": {"dug", "dug"},
	"do": {"did", "done"}, "draw": {"drew", "drawn"}, "dream": {"dreamed,dreamt", "dreamed,dreamt"},
	"drink": {"drank", "drunk"}, "drive": {"drove", "driven"}, "dwell": {"dwelt,dwelled", "dwelt,dwelled"},
	"eat": {"ate", "eaten"}, "fall": {"fell", "fallen"}, "feed": {"fed", "fed"}, "feel": {"felt", "felt"},
	"fight": {"fought", "fought"}, "find": {"found", "found"}, "flee": {"fled", "fled"}, "fling": {"flung", "flung"},
	"fly": {"flew", "flown"}, "forbid": {"forbade,forbid", "forbidden"}, "forecast": {"forecast,forecasted", "forecast,forecasted"},
	"foresee": {"foresaw", "foreseen"}, "foretell": {"foretold", "foretold"}, "forget": {"forgot", "forgotten"},
	"forgive": {"forgave", "forgiven"}, "forsake": {"forsook", "forsaken"}, "forswear": {"forswore", "forsworn"},
	"freeze": {"froze", "frozen"}, "get": {"got", "got,gotten"}, "give": {"gave", "given"}, "go": {"went", "gone"},
	"grind": {"ground", "ground"}, "grow": {"grew", "grown"}, "hang": {"hung,hanged", "hung,hanged"},
	"have": {"had", "had"}, "hear": {"heard", "heard"}, "hide": {"hid", "hidden"}, "hit": {"hit", "hit"},
	"hold": {"held", "held"}, "hurt": {"hurt", "hurt"}, "keep": {"kept", "kept"}, "kneel": {"knelt,kneeled", "knelt,kneeled"},
	"know": {"knew", "known"}, "lay": {"laid", "laid"}, "lead": {"led", "led"}, "lean": {"leaned,leant", "leaned,leant"},
	"leap": {"leaped,leapt", "leaped,leapt"}, "learn": {"learned,learnt", "learned,learnt"}, "leave": {"left", "left"},
	"lend": {"lent", "lent"}, "let": {"let", "let"}, "light": {"lit,lighted", "lit,lighted"}, "lose": {"lost", "lost"},
	"make": {"made", "made"}, "mean": {"meant", "meant"}, "meet": {"met", "met"}, "mislead": {"misled", "misled"},
	"mistake": {"mistook", "mistaken"}, "overcome": {"overcame", "overcome"}, "overhear": {"overheard", "overheard"},
	"override": {"overrode", "overridden"}, "overrun": {"overran", "overrun"}, "oversee": {"oversaw", "overseen"},
	"overspend": {"overspent", "overspent"}, "overtake": {"overtook", "overtaken"}, "overthrow": {"overthrew", "overthrown"},
	"pay": {"paid", "paid"}, "prove": {"proved", "proved,proven"}, "put": {"put", "put"}, "quit": {"quit", "quit"},
	"read": {"read", "read"}, "rebuild": {"rebuilt", "rebuilt"}, "repay": {"repaid", "repaid"}, "reset": {"reset", "reset"},
	"retell": {"retold", "retold"}, "rethink": {"rethought", "rethought"}, "rid": {"rid", "rid"}, "ride": {"rode", "ridden"},
	"ring": {"rang", "rung"}, "rise": {"rose", "risen"}, "run": {"ran", "run"}, "say": {"said", "said"},
	"see": {"saw", "seen"}, "seek": {"sought", "sought"}, "sell": {"sold", "sold"}, "send": {"sent", "sent"},
	"set": {"set", "set"}, "shake": {"shook", "shaken"}, "shear": {"sheared", "shorn,sheared"}, "shed": {"shed", "shed"},
	"shine": {"shone", "shone"}, "shoot": {"shot", "shot"}, "show": {"showed", "shown,showed"}, "shrink": {"shrank", "shrunk"},
	"shut": {"shut", "shut"}, "sing": {"sang", "sung"}, "sink": {"sank", "sunk"}, "sit": {"sat", "sat"},
	"slay": {"slew,slayed", "slain"}, "sleep": {"slept", "slept"}, "slide": {"slid", "slid"}, "sling": {"slung", "slung"},
	"slit": {"slit", "slit"}, "smell": {"smelled,smelt", "smelled,smelt"}, "sow": {"sowed", "sown,sowed"},
	"speak": {"spoke", "spoken"}, "speed": {"sped,speeded", "sped,speeded"}, "spell": {"spelled,spelt", "spelled,spelt"},
	"spend": {"spent", "spent"}, "spill": {"spilled,spilt", "spilled,spilt"}, "spin": {"spun", "spun"},
	"spit": {"spat,spit", "spat,spit"}, "split": {"split", "split"}, "spoil": {"spoiled,spoilt", "spoiled,spoilt"},
	"spread": {"spread", "spread"}, "spring": {"sprang", "sprung"}, "stand": {"stood", "stood"},
	"steal": {"stole", "stolen"}, "stick": {"stuck", "stuck"}, "sting": {"stung", "stung"}, "stink": {"stank", "stunk"},
	"stride": {"strode", "stridden"}, "strike": {"struck", "struck,stricken"}, "string": {"strung", "strung"},
	"strive": {"strove,strived", "striven,strived"}, "swear": {"swore", "sworn"}, "sweep": {"swept", "swept"},
	"swell": {"swelled", "swollen,swelled"}, "swim": {"swam", "swum"}, "swing": {"swung", "swung"},
	"take": {"took", "taken"}, "teach": {"taught", "taught"}, "tear": {"tore", "torn"}, "tell": {"told", "told"},
	"think": {"thought", "thought"}, "throw": {"threw", "thrown"}, "thrust": {"thrust", "thrust"},
	"tread": {"trod", "trodden"}, "undergo": {"underwent", "undergone"}, "understand": {"understood", "understood"},
	"undertake": {"undertook", "undertaken"}, "underwrite": {"underwrote", "underwritten"}, "undo": {"undid", "undone"},
	"uphold": {"upheld", "upheld"}, "upset": {"upset", "upset"}, "wake": {"woke", "woken"}, "wear": {"wore", "worn"},
	"weave": {"wove", "woven"}, "weep": {"wept", "wept"}, "win": {"won", "won"}, "wind": {"wound", "wound"},
	"withdraw": {"withdrew", "withdrawn"}, "withhold": {"withheld", "withheld"}, "withstand": {"withstood", "withstood"},
	"wring": {"wrung", "wrung"}, "write": {"wrote", "written"}, "outdo": {"outdid", "outdone"},
	"outgrow": {"outgrew", "outgrown"}, "outrun": {"outran", "outrun"}, "outbid": {"outbid", "outbid"},
	"overdo": {"overdid", "overdone"}, "overshoot": {"overshot", "overshot"}, "oversell": {"oversold", "oversold"},
	"overpay": {"overpaid", "overpaid"}, "underpay": {"underpaid", "underpaid"}, "undercut": {"undercut", "undercut"},
	"mislay": {"mislaid", "mislaid"}, "misread": {"misread", "misread"}, "misunderstand": {"misunderstood", "misunderstood"},
	"inlay": {"inlaid", "inlaid"}, "input": {"input,inputted", "input,inputted"}, "offset": {"offset", "offset"},
	"outlay": {"outlaid", "outlaid"}, "beset": {"beset", "beset"}, "befall": {"befell", "befallen"},
	"behold": {"beheld", "beheld"}, "bestride": {"bestrode", "bestridden"}, "cleave": {"cleaved,cleft", "cleaved,cleft"},
	"forgo": {"forwent", "forgone"}, "forego": {"forewent", "foregone"}, "gainsay": {"gainsaid", "gainsaid"},
	"hamstring": {"hamstrung", "hamstrung"}, "outshine": {"outshone", "outshone"}, "partake": {"partook", "partaken"},
	"rebind": {"rebound", "rebound"}, "redo": {"redid", "redone"}, "remake": {"remade", "remade"},
	"resell": {"resold", "resold"}, "resend": {"resent", "resent"}, "retake": {"retook", "retaken"},
	"rewrite": {"rewrote", "rewritten"}, "sublet": {"sublet", "sublet"}, "unbind": {"unbound", "unbound"},
	"unwind": {"unwound", "unwound"}, "waylay": {"waylaid", "waylaid"}, "hew": {"hewed", "hewn,hewed"},
	"mow": {"mowed", "mown,mowed"}, "saw": {"sawed", "sawn,sawed"}, "sew": {"sewed", "sewn,sewed"},
	"strew": {"strewed", "strewn,strewed"},
}

// irregularThird and irregularIng are the present forms the rules get wrong.
var irregularThird = map[string]string{"be": "is", "have": "has", "do": "does", "go": "goes", "undergo": "undergoes",
	"forgo": "forgoes", "forego": "foregoes", "outdo": "outdoes", "overdo": "overdoes", "redo": "redoes", "undo": "undoes"}
var irregularIng = map[string]string{"be": "being", "singe": "singeing", "age": "ageing,aging", "dye": "dyeing"}

// extraForms are forms of a verb beyond its paradigm ("am", "are").
var extraForms = map[string][]form{"be": {{"am", tagThird}, {"are", tagThird}}}

// doubleFinal lists verbs of more than one syllable, stressed on the last,
// that double their final consonant ("refer" → "referred"); a one-syllable
// verb ending in consonant-vowel-consonant always does ("slam" → "slammed").
var doubleFinal = setOf("abet", "abhor", "acquit", "admit", "allot", "annul", "aver", "begin", "befit", "commit",
	"compel", "concur", "confer", "control", "debar", "defer", "demur", "deter", "disbar", "dispel", "distil",
	"embed", "emit", "enrol", "enthral", "equip", "excel", "expel", "extol", "forbid", "forget", "format",
	"fulfil", "impel", "incur", "infer", "instil", "inter", "kidnap", "occur", "omit", "outbid", "outstrip",
	"outwit", "overlap", "overrun", "overstep", "patrol", "permit", "prefer", "propel", "rebel", "recur",
	"refer", "regret", "remit", "repel", "resubmit", "sidestep", "submit", "transfer", "transmit", "unpin",
	"unplug", "upset", "worship", "handicap", "combat", "discomfit", "entrap", "unzip", "underpin", "outfit",
	"equip", "readmit", "recommit", "retrofit", "backpedal", "program")

// noDouble lists one-syllable verbs that end in consonant-vowel-consonant
// but do not double ("open" is not one syllable; these are the few that are).
var noDouble = setOf("fix", "mix", "box", "tax", "wax", "vex", "sew", "bow", "row", "tow", "vow", "show", "play")

// britishL lists verbs ending in a vowel and "l", unstressed, whose
// British forms double the "l" ("labelled") and American ones do not
// ("labeled"): both spellings are forms of the lemma.
func britishL(lemma string) bool {
	n := len(lemma)
	if n < 4 || lemma[n-1] != 'l' || !isVowel(lemma[n-2]) || isVowel(lemma[n-3]) || doubleFinal[lemma] {
		return false
	}
	return syllables(lemma) >= 2
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// syllables counts the vowel groups of a word, a rough syllable count
// (a final silent "e" is not one).
func syllables(w string) int {
	n, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || w[i] == 'y' && i > 0
		if w[i] == 'u' && i > 0 && w[i-1] == 'q' {
			v = false
		}
		if v && !prev {
			n++
		}
		prev = v
	}
	if n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ie") && len(w) > 2 && !isVowel(w[len(w)-2]) {
		n--
	}
	return n
}

// doubles reports whether the verb doubles its final consonant before -ed
// and -ing.
func doubles(lemma string) bool {
	if doubleFinal[lemma] {
		return true
	}
	if noDouble[lemma] || syllables(lemma) != 1 {
		return false
	}
	n := len(lemma)
	if n < 3 {
		return false
	}
	c, v, p := lemma[n-1], lemma[n-2], lemma[n-3]
	if isVowel(c) || c == 'w' || c == 'x' || c == 'y' || !isVowel(v) {
		return false
	}
	// "qu" counts as a consonant ("quit", "quiz"); two vowels ("seat") do not double.
	return !isVowel(p) || p == 'u' && n >= 4 && lemma[n-4] == 'q'
}

// verbForms returns the inflected forms of a verb lemma (the lemma itself
// excluded unless a variant spelling).
func verbForms(lemma string) []form {
	var out []form
	add := func(words, tags string) {
		for _, w := range strings.Split(words, ",") {
			if w != "" {
				out = append(out, form{w, tags})
			}
		}
	}
	n := len(lemma)
	// Third person.
	switch {
	case irregularThird[lemma] != "":
		add(irregularThird[lemma], tagThird)
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh"):
		if strings.HasSuffix(lemma, "z") && doubles(lemma) {
			add(lemma+"zes", tagThird) // "quizzes"
		} else {
			add(lemma+"es", tagThird)
		}
	case n > 1 && lemma[n-1] == 'y' && !isVowel(lemma[n-2]):
		add(lemma[:n-1]+"ies", tagThird)
	case n > 1 && lemma[n-1] == 'o' && !isVowel(lemma[n-2]):
		add(lemma+"es", tagThird) // "vetoes", "echoes"
	default:
		add(lemma+"s", tagThird)
	}
	// -ing.
	stem := lemma
	switch {
	case irregularIng[lemma] != "":
		add(irregularIng[lemma], tagIng)
	case strings.HasSuffix(lemma, "ie"):
		add(lemma[:n-2]+"ying", tagIng) // "die" → "dying"
	case strings.HasSuffix(lemma, "ee") || strings.HasSuffix(lemma, "ye") || strings.HasSuffix(lemma, "oe"):
		add(lemma+"ing", tagIng) // "agree" → "agreeing"
	case n > 2 && lemma[n-1] == 'e':
		add(lemma[:n-1]+"ing", tagIng) // "argue" → "arguing"
	case strings.HasSuffix(lemma, "ic"):
		add(lemma+"king", tagIng) // "panic" → "panicking"
		stem = lemma + "k"
	case doubles(lemma):
		stem = lemma + lemma[n-1:]
		add(stem+"ing", tagIng)
	case britishL(lemma):
		add(lemma+"ing,"+lemma+"ling", tagIng)
	default:
		add(lemma+"ing", tagIng)
	}
	// Past and participle.
	if irr, ok := irregularVerbs[lemma]; ok {
		if irr[0] == irr[1] {
			add(irr[0], tagPast+tagPart)
		} else {
			add(irr[0], tagPast)
			add(irr[1], tagPart)
		}
	} else {
		var ed string
		switch {
		case strings.HasSuffix(lemma, "e"):
			ed = lemma + "d"
		case n > 1 && lemma[n-1] == 'y' && !isVowel(lemma[n-2]):
			ed = lemma[:n-1] + "ied"
		case stem != lemma:
			ed = stem + "ed"
		case britishL(lemma):
			ed = lemma + "ed," + lemma + "led"
		default:
			ed = lemma + "ed"
		}
		add(ed, tagPast+tagPart)
	}
	out = append(out, extraForms[lemma]...)
	// British spellings of -ize and -yze verbs: "criticise", "analyse".
	if v := britishVariant(lemma); v != "" {
		var br []form
		for _, f := range out {
			br = append(br, form{britishSpelling(f.word, lemma, v), f.tags})
		}
		out = append(out, form{v, tagBase})
		out = append(out, br...)
	}
	return mergeForms(out, lemma)
}

// izeExceptions end in -ize but have no British -ise spelling.
var izeExceptions = setOf("size", "seize", "capsize", "prize", "downsize", "upsize", "resize", "outsize")

// britishVariant returns the British spelling of an -ize/-yze lemma, or "".
func britishVariant(lemma string) string {
	switch {
	case strings.HasSuffix(lemma, "ize") && len(lemma) > 5 && !izeExceptions[lemma]:
		return lemma[:len(lemma)-3] + "ise"
	case strings.HasSuffix(lemma, "yze"):
		return lemma[:len(lemma)-3] + "yse"
	}
	return ""
}

// britishSpelling rewrites a form of the American lemma with the British
// stem.
func britishSpelling(w, lemma, british string) string {
	stem := lemma[:len(lemma)-1] // "criticiz"
	if strings.HasPrefix(w, stem) {
		return british[:len(british)-1] + w[len(stem):]
	}
	return w
}

// nounPlurals returns the regular plural of a noun lemma (of its last
// word for a phrase).
func nounPlural(lemma string) string {
	n := len(lemma)
	switch {
	case strings.HasSuffix(lemma, "man") && !strings.HasSuffix(lemma, "human") && !strings.HasSuffix(lemma, "german") &&
		!strings.HasSuffix(lemma, "shaman") && !strings.HasSuffix(lemma, "talisman") && !strings.HasSuffix(lemma, "ottoman"):
		return lemma[:n-3] + "men"
	case strings.HasSuffix(lemma, "person"):
		return lemma[:n-6] + "people"
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh"):
		return lemma + "es"
	case n > 1 && lemma[n-1] == 'y' && !isVowel(lemma[n-2]):
		return lemma[:n-1] + "ies"
	case strings.HasSuffix(lemma, "wife"):
		return lemma[:n-2] + "ves"
	case strings.HasSuffix(lemma, "thief"):
		return lemma[:n-1] + "ves"
	}
	return lemma + "s"
}

// mergeForms joins the tags of equal forms, in a stable order (by word).
// The lemma itself stays only when it is also another form ("put" is a
// past).
func mergeForms(fs []form, lemma string) []form {
	by := map[string]string{}
	for _, f := range fs {
		if f.word == lemma && f.tags == tagBase {
			continue
		}
		by[f.word] = joinTags(by[f.word], f.tags)
	}
	out := make([]form, 0, len(by))
	for w, t := range by {
		out = append(out, form{w, t})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].word < out[j].word })
	return out
}

// joinTags returns the union of two tag sets in the canonical order.
func joinTags(a, b string) string {
	var sb strings.Builder
	for _, t := range []string{tagBase, tagThird, tagPast, tagPart, tagIng, tagPlural} {
		if strings.Contains(a, t) || strings.Contains(b, t) {
			sb.WriteString(t)
		}
	}
	return sb.String()
}
