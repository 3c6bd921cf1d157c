package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment splits normalised text into paragraphs (separated by one or more
// line breaks) and sentences. Offsets are byte offsets into text.
//
// A sentence ends at ".", "!", "?" or an ellipsis followed by a space and a
// capital letter, a digit or an opening quotation mark; closing quotation
// marks and brackets right after the stop belong to the sentence that ends.
// It does not end after titles (Mr., Dr., Gen.), initials (J. K.),
// month abbreviations before a number (Jan. 5), decimals and amounts (1.5,
// $1.5bn), or before a lower-case word (`?" he asked`), and it ends after a
// dotted abbreviation (U.S., a.m.) only when a common sentence opener follows.
// Chinese and Japanese stops (。！？) end a sentence without a space after
// them, unless a closing quotation mark follows that the sentence goes on
// after; the Arabic question mark (؟) and the danda (।) act like "?".
func Segment(text string) (paras []Paragraph, sents []Sentence) {
	for start := 0; start < len(text); {
		for start < len(text) && (text[start] == '\n' || text[start] == ' ') {
			start++
		}
		if start >= len(text) {
			break
		}
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		p := Paragraph{Span: Span{start, trimRight(text, start, end)}, First: len(sents)}
		sents = splitSentences(text, p.Start, p.End, len(paras), sents)
		p.Count = len(sents) - p.First
		paras = append(paras, p)
		start = end
	}
	return paras, sents
}

func trimRight(text string, start, end int) int {
	for end > start && text[end-1] == ' ' {
		end--
	}
	return end
}

// splitSentences appends the sentences of text[start:end] to sents.
func splitSentences(text string, start, end, para int, sents []Sentence) []Sentence {
	s := start
	for i := start; i < end; {
		c := text[i]
		stop := 0 // length of the stop at i
		switch {
		case c == '.' || c == '!' || c == '?':
			stop = 1
		case c == 0xE2 && i+2 < end && text[i+1] == 0x80 && text[i+2] == 0xA6: // …
			stop = 3
		case c >= 0xD8:
			if n := wideStopLen(text, i, end); n > 0 {
				// Chinese and Japanese stops need no space after them.
				j := i + n
				closed := false
				for j < end {
					if m := wideStopLen(text, j, end); m > 0 {
						j += m
					} else if m := closerLen(text[:end], j); m > 0 {
						j += m
						closed = true
					} else {
						break
					}
				}
				k := j
				for k < end && text[k] == ' ' {
					k++
				}
				// A stop inside quotation marks that the sentence goes on
				// after (「…。」と述べた, “…。”他说) does not end it; a quotation
				// that a colon introduced (他说：“…。”) does.
				if k < end && (k > j || !closed || colonQuote(text, s, i)) {
					sents = append(sents, Sentence{Span{s, j}, para})
					s = k
				}
				i = k
				continue
			}
			stop = scriptStopLen(text, i, end)
		}
		if stop == 0 {
			i++
			continue
		}
		j := i + stop
		// The whole run of stops: "?!", "...", ".”".
		for j < end {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' {
				j++
			} else if j+2 < end && text[j] == 0xE2 && text[j+1] == 0x80 && text[j+2] == 0xA6 {
				j += 3
			} else {
				break
			}
		}
		ellipsis := j-i >= 3 || stop == 3
		// Closing quotes and brackets belong to the sentence that ends, and
		// so does a French closing guillemet after its space ("pas. »").
		for j < end {
			if n := closerLen(text, j); n > 0 {
				j += n
			} else if j+2 < end && text[j] == ' ' && text[j+1] == 0xC2 && text[j+2] == 0xBB {
				j += 3
			} else {
				break
			}
		}
		if j >= end {
			break
		}
		if text[j] != ' ' {
			i = j // "1.5", "U.S.-led", "Yahoo!News": no break
			continue
		}
		k := j
		for k < end && text[k] == ' ' {
			k++
		}
		if k >= end {
			break
		}
		if startsSentence(text, s, i, k, end, c == '.' && !ellipsis) {
			sents = append(sents, Sentence{Span{s, trimRight(text, s, j)}, para})
			s = k
		}
		i = k
	}
	if s < end {
		sents = append(sents, Sentence{Span{s, trimRight(text, s, end)}, para})
	}
	return sents
}

// closerLen returns the length of a closing quotation mark or bracket at
// text[j], or 0.
func closerLen(text string, j int) int {
	switch text[j] {
	case '"', '\'', ')', ']':
		return 1
	}
	if j+1 < len(text) && text[j] == 0xC2 && text[j+1] == 0xBB { // »
		return 2
	}
	if j+2 < len(text) {
		switch text[j : j+3] {
		case "”", "’", "›", "」", "』", "）", "】", "》", "〉":
			return 3
		}
	}
	return 0
}

// TrimClosers returns s without the closing quotation marks and brackets
// at its end: the marks that Segment keeps with the sentence they close
// (`said.”)` ends with a full stop).
func TrimClosers(s string) string {
	for len(s) > 0 {
		if n := closerLen(s, len(s)-1); n == 1 {
			s = s[:len(s)-1]
		} else if len(s) >= 3 && closerLen(s, len(s)-3) == 3 {
			s = s[:len(s)-3]
		} else if len(s) >= 2 && closerLen(s, len(s)-2) == 2 {
			s = s[:len(s)-2]
		} else {
			break
		}
	}
	return s
}

// wideStopLen returns the length of a Chinese or Japanese sentence stop
// (。！？｡) at text[i], or 0.
func wideStopLen(text string, i, end int) int {
	if i+3 > end {
		return 0
	}
	switch text[i : i+3] {
	case "。", "！", "？", "｡":
		return 3
	}
	return 0
}

// colonQuote reports whether the last quotation opened in text[s:i] follows
// a colon.
func colonQuote(text string, s, i int) bool {
	o := max(strings.LastIndex(text[s:i], "“"), strings.LastIndex(text[s:i], "「"), strings.LastIndex(text[s:i], "『"))
	if o < 0 {
		return false
	}
	before := strings.TrimRight(text[s:s+o], " ")
	return strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":")
}

// scriptStopLen returns the length of a sentence stop of another script that,
// like "?", is followed by a space: the Arabic question mark and full stop
// (؟ ۔) and the Devanagari danda (।), or 0.
func scriptStopLen(text string, i, end int) int {
	if i+1 < end && (text[i:i+2] == "؟" || text[i:i+2] == "۔") {
		return 2
	}
	if i+2 < end && text[i:i+3] == "।" {
		return 3
	}
	return 0
}

// startsSentence decides whether the stop at text[stop] ends the sentence
// that began at s, given that the next word starts at next.
func startsSentence(text string, s, stop, next, end int, period bool) bool {
	r, _ := utf8.DecodeRuneInString(text[next:end])
	if unicode.IsLower(r) {
		return false
	}
	// `…for it." — Harriet Soames`: an attribution after a dash belongs to
	// the sentence it follows.
	if r == '\u2014' || r == '\u2013' {
		return false
	}
	// A capital, a digit, an opening mark, or a letter of a script without
	// case (CJK, Arabic) may start a sentence.
	if !period {
		return true
	}
	// The word that the period closes.
	w := stop
	for w > s && !isSpaceOrOpen(text[w-1]) {
		w--
	}
	word := text[w:stop]
	if word == "" {
		return true
	}
	if titleAbbrev[word] {
		return false
	}
	nextDigit := unicode.IsDigit(r)
	if monthAbbrev[word] || numberAbbrev[word] {
		return !nextDigit
	}
	if isInitial(word) {
		return false
	}
	if isDotted(word) || otherAbbrev[word] {
		// U.S., a.m., Inc.: a sentence ends only if a usual opener follows.
		we := next
		for we < end && isLetterByte(text[we]) {
			we++
		}
		return sentenceOpeners[text[next:we]]
	}
	return true
}

func isSpaceOrOpen(c byte) bool {
	return c == ' ' || c == '(' || c == '[' || c == '"' || c == '\''
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isDotted reports a dotted abbreviation whose last full stop is the one that
// ends the word: "U.S", "a.m", "Ph.D" — letters in groups of one or two.
// "gov.uk" and "£2.25bn" are not abbreviations.
func isDotted(w string) bool {
	n, dots := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			if n == 0 {
				return false
			}
			n = 0
			dots++
		case isLetterByte(c):
			if n++; n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && n > 0
}

// isInitial reports a single capital letter: "J" in "J. K. Rowling".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// Abbreviations that a period does not end a sentence after.
var (
	titleAbbrev = setOf("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpt",
		"Cmdr", "Adm", "Maj", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov", "Rev", "Hon", "Mt", "Ft", "Pres",
		"Supt", "Insp", "Det", "Atty", "Cpl", "Pvt", "Fr", "Msgr", "Amb", "Sec", "Lieut", "Mme", "Mlle", "Messrs",
		"Rt", "Gov't", "Dept", "Univ", "vs", "v", "cf", "approx", "ca", "Ave", "Blvd", "Rd")
	monthAbbrev  = setOf("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
	numberAbbrev = setOf("No", "no", "Nos", "Art", "art", "p", "pp", "para", "vol", "Vol", "fig", "Fig", "ch", "Ch")
	otherAbbrev  = setOf("Inc", "Corp", "Ltd", "Co", "Bros", "Jr", "Sr", "etc", "al", "Esq", "plc", "PLC")

	sentenceOpeners = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or",
		"In", "On", "At", "For", "With", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Its",
		"My", "There", "Some", "Many", "Most", "More", "One", "Two", "When", "While", "After", "Before", "If",
		"As", "So", "Yet", "However", "Meanwhile", "Also", "According", "Mr", "Mrs", "Ms", "Dr", "Last", "Next",
		"Earlier", "Later", "Still", "Now", "Then", "Officials", "Asked", "Since", "Although", "Though", "What",
		"Why", "How", "Who", "Where", "No", "Not", "All", "Both", "Each", "Such", "By", "From", "Under", "Over",
		"Despite", "Instead", "Because", "Even", "Only", "Other", "Another", "Among", "Until", "Under")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
