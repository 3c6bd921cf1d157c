package brief

import (
	"runtime"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSentence and MaxParagraph bound, in bytes, the sentences and paragraphs
// Segment makes. No sentence of news copy comes near them (the longest in
// the labelled pages and readability's test pages is about 2,500 bytes, the
// longest paragraph about 3,900); text that does — words without a full
// stop, a table read as one line — is cut so that every rule that looks
// across a sentence or a paragraph does bounded work, and so that no pane
// of the app lays out more than a paragraph at once.
const (
	MaxSentence  = 4000
	MaxParagraph = 8000
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
//
// A sentence longer than MaxSentence bytes is cut at the last clause
// boundary (a semicolon, colon, dash or comma followed by a space) before
// the bound, else at the last space, else at a character; a paragraph
// longer than MaxParagraph bytes is cut between sentences into paragraphs of
// at most that size. Segment's work is linear in the length of text.
//
// A text of splitMin bytes or more is split in two at a line break, and
// the halves are segmented side by side: the paragraphs and sentences are
// those of the text segmented in one go.
func Segment(text string) (paras []Paragraph, sents []Sentence) {
	mid := halfAtLine(text)
	if mid < 0 {
		return segmentFrom(text, 0, len(text))
	}
	var (
		paras2 []Paragraph
		sents2 []Sentence
		done   = make(chan struct{})
	)
	go func() {
		defer close(done)
		paras2, sents2 = segmentFrom(text, mid, len(text))
	}()
	paras, sents = segmentFrom(text, 0, mid)
	<-done
	for i := range paras2 {
		paras2[i].First += len(sents)
	}
	for i := range sents2 {
		sents2[i].Para += len(paras)
	}
	return append(paras, paras2...), append(sents, sents2...)
}

// splitMin is the length of text from which Segment, Normalize and
// NewArticle share their work between two goroutines (halfAtLine): a long
// text (a report, a day of articles pasted as one) is read on both CPUs.
// Under it the work takes under a millisecond, less than it would save.
const splitMin = 256 << 10

// halfAtLine returns the place of the first line break in the second half
// of text, where the text may be split for work done by halves; -1 for a
// text under splitMin bytes, without a line break there, or on a machine
// of one CPU. What is worked out line by line comes out the same split
// there as whole: a line break ends every paragraph, and no character
// composes with one.
func halfAtLine(text string) int {
	if len(text) < splitMin || runtime.GOMAXPROCS(0) < 2 {
		return -1
	}
	i := strings.IndexByte(text[len(text)/2:], '\n')
	if i < 0 {
		return -1
	}
	return len(text)/2 + i
}

// segmentFrom is Segment for the paragraphs that start in text[start:stop]
// (stop at a line break, or the text's end): their spans are in text, their
// numbers count from 0.
func segmentFrom(text string, start, stop int) (paras []Paragraph, sents []Sentence) {
	for start < stop {
		for start < stop && (text[start] == '\n' || text[start] == ' ') {
			start++
		}
		if start >= stop {
			break
		}
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		p := Paragraph{Span: Span{start, trimRight(text, start, end)}, First: len(sents)}
		sents = splitSentences(text, p.Start, p.End, len(paras), sents)
		p.Count = len(sents) - p.First
		if p.End-p.Start <= MaxParagraph {
			paras = append(paras, p)
		} else {
			paras = splitParagraph(paras, sents, p)
		}
		start = end
	}
	return paras, sents
}

// splitParagraph appends paragraph p, longer than MaxParagraph, to paras as
// several paragraphs of whole sentences, each at most MaxParagraph bytes
// long (a sentence is never longer), and renumbers its sentences' Para.
func splitParagraph(paras []Paragraph, sents []Sentence, p Paragraph) []Paragraph {
	cur := Paragraph{Span: sents[p.First].Span, First: p.First}
	for i := p.First; i < p.First+p.Count; i++ {
		s := sents[i]
		if s.End-cur.Start > MaxParagraph {
			paras = append(paras, cur)
			cur = Paragraph{Span: s.Span, First: i}
		}
		cur.End = s.End
		cur.Count = i + 1 - cur.First
		sents[i].Para = len(paras)
	}
	return append(paras, cur)
}

// clauseCut returns where to cut text[s:limit], a stretch of a sentence
// that may not grow longer: after the last clause boundary (";", ":", a
// dash or "," followed by a space) in its second half, else at its last
// space, else at the last character boundary before limit. The cut is
// always past s.
func clauseCut(text string, s, limit int) int {
	lo := s + (limit-s)/2
	space := -1
	for i := limit - 1; i > lo; i-- {
		if text[i] != ' ' {
			continue
		}
		if space < 0 {
			space = i
		}
		switch c := text[i-1]; {
		case c == ';' || c == ':' || c == ',':
			return i
		case i >= lo+3 && (text[i-3:i] == "—" || text[i-3:i] == "–"):
			return i
		}
	}
	if space > s {
		return space
	}
	cut := limit
	for cut > s+1 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return cut
}

// appendSentence appends the sentence text[s:e] to sents, cut into pieces
// of at most MaxSentence bytes when it is longer (see clauseCut).
func appendSentence(text string, s, e, para int, sents []Sentence) []Sentence {
	for e-s > MaxSentence {
		cut := clauseCut(text, s, s+MaxSentence)
		sents = append(sents, Sentence{Span{s, trimRight(text, s, cut)}, para})
		for s = cut; s < e && text[s] == ' '; s++ {
		}
	}
	if s < e {
		sents = append(sents, Sentence{Span{s, e}, para})
	}
	return sents
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
	open := -1 // the last “, 「 or 『 seen (see colonQuote)
	for i := start; i < end; {
		if i-s > MaxSentence {
			// No stop for too long: cut the sentence here, so that it
			// stays bounded and the look-backs below stay short.
			cut := clauseCut(text, s, s+MaxSentence)
			sents = append(sents, Sentence{Span{s, trimRight(text, s, cut)}, para})
			for s = cut; s < end && text[s] == ' '; s++ {
			}
			if i < s {
				i = s
				continue
			}
		}
		c := text[i]
		stop := 0 // length of the stop at i
		if (c == 0xE2 || c == 0xE3) && isWideOpener(text, i, end) {
			open = i
		}
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
				if k < end && (k > j || !closed || colonQuote(text, s, open)) {
					sents = appendSentence(text, s, j, para, sents)
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
			sents = appendSentence(text, s, trimRight(text, s, j), para, sents)
			s = k
		}
		i = k
	}
	if s < end {
		sents = appendSentence(text, s, trimRight(text, s, end), para, sents)
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

// colonQuote reports whether the quotation opened at text[o] (o < s: none
// in the sentence that began at s) follows a colon.
func colonQuote(text string, s, o int) bool {
	if o < s {
		return false
	}
	before := strings.TrimRight(text[s:o], " ")
	return strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":")
}

// isWideOpener reports a “, 「 or 『 at text[i]: the quotation marks that
// colonQuote looks for.
func isWideOpener(text string, i, end int) bool {
	if i+3 > end {
		return false
	}
	switch text[i : i+3] {
	case "“", "「", "『":
		return true
	}
	return false
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
