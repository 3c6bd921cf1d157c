package brief

import (
	"math/rand"
	"strings"
	"testing"
)

// chromeSentencesRef is chromeSentences as it was before it read only the
// sentences that hold one of furnitureMarkers or open with a byte of
// furnitureFirst, and read the others in d.lower: every short sentence
// lowered and tested for each opening and mark. Kept to show the fast
// reader marks the same sentences.
func (d *doc) chromeSentencesRef() []bool {
	skip := make([]bool, len(d.a.Sentences))
	byline := strings.ToLower(d.a.Byline)
	for si := range d.a.Sentences {
		s := d.a.SentenceText(si)
		lo, hi := d.sentRange(si)
		words, caps, lowers := 0, 0, 0
		for i := lo; i < hi; i++ {
			if d.toks[i].kind == tWord {
				words++
				if d.toks[i].flags&fAllCaps != 0 {
					caps++
				} else if d.toks[i].flags&fCap == 0 {
					lowers++
				}
			}
		}
		if words >= 30 {
			continue // page furniture is short
		}
		ls := d.lowerOf(s, d.a.Sentences[si].Start)
		switch {
		case d.stampSent(si):
			skip[si] = true // a live page's entry stamp: "12.50 GMT · Jane Doe"
		case d.head() && si < 4 && words <= 14 && isBylineText(s):
			skip[si] = true // a byline: "By Laura Kenning, Political Correspondent"
		case words > 0 && caps*2 > words && words < 15:
			skip[si] = true
		case isCreditLine(ls):
			skip[si] = true // "(Reporting by …; Editing by …)"
		case words < 25 && (strings.Contains(ls, "getty images") || strings.HasPrefix(ls, "photo:") ||
			strings.HasPrefix(ls, "photograph:") || strings.HasPrefix(ls, "image:") || strings.HasPrefix(ls, "credit:") ||
			hasSlash(ls) && (strings.Contains(ls, "/afp") || strings.Contains(ls, "/ap ")) || strings.HasPrefix(ls, "picture:") ||
			strings.HasPrefix(ls, "(photo") || strings.HasPrefix(ls, "follow him") || strings.HasPrefix(ls, "follow her") ||
			strings.HasPrefix(ls, "follow us") || strings.HasPrefix(ls, "sign up") || strings.HasPrefix(ls, "read more") ||
			(strings.HasPrefix(ls, "follow ") || strings.HasPrefix(ls, "find ")) && onSocialSite(ls) ||
			hasSlash(ls) && (strings.Contains(ls, "/reuters") || strings.Contains(ls, "/getty") || strings.Contains(ls, "/epa")) ||
			strings.HasPrefix(ls, "related:") || strings.HasPrefix(ls, "advertisement") ||
			strings.HasPrefix(ls, "powered by") || strings.HasPrefix(ls, "sponsored") || strings.HasPrefix(ls, "click here") ||
			strings.HasPrefix(ls, "\u00a9") || strings.HasPrefix(ls, "(c) ") || strings.HasPrefix(ls, "copyright ") ||
			strings.Contains(ls, "all rights reserved") || photoCredit(ls)):
			skip[si] = true // page furniture: captions and credits, "© 2026 Tarrow Herald", "(Tom Brill/Tarrow Herald)"
		case byline != "" && words < 30 && lowers > 0 && strings.Contains(ls, " is a ") &&
			strings.Contains(byline, strings.ToLower(firstWords(s, 2))) && (strings.Contains(ls, "reporter") || strings.Contains(ls, "writer") ||
			strings.Contains(ls, "editor") || strings.Contains(ls, "correspondent") || strings.Contains(ls, "journalist")):
			skip[si] = true // the author's note at the end
		case words > 0 && lowers == 0 && words < 8 && d.a.Paragraphs[d.a.Sentences[si].Para].Count == 1 &&
			!strings.ContainsAny(s, ".!?\u201D\"") && d.isCaptionLike(si):
			skip[si] = true
		}
	}
	// The author's note and print credits that close a page.
	for si := max(0, len(d.a.Sentences)-10); d.tail && si < len(d.a.Sentences); si++ {
		if moreFields(d.a.SentenceText(si), 30) {
			continue
		}
		ls := d.lowerOf(d.a.SentenceText(si), d.a.Sentences[si].Start)
		if strings.Contains(ls, "a version of this article appears") || strings.HasPrefix(ls, "@") ||
			d.startsWithName(si) && authorNote(d.afterLeadingName(si)) ||
			d.a.Sentences[si].Para == d.a.Sentences[len(d.a.Sentences)-1].Para && d.startsWithName(si) &&
				columnNote(d.afterLeadingName(si)) {
			for k := si; k < len(d.a.Sentences); k++ {
				skip[k] = true
			}
			break
		}
	}
	return skip
}

// furnitureTestLines are lines of page furniture of every kind
// chromeSentences knows, lines that come near one, and prose; written for
// the test.
var furnitureTestLines = []string{
	"Photo: Tom Brill", "Photograph: Halvard Imaging Group", "Image: Corvane Weather Office.", "Credit: Denholm Pictures",
	"Picture: Kessa Linnard", "(Photo by Pell Arnsby)", "(c) 2026 Tarrow Herald", "\u00a9 2026 Tarrow Herald",
	"Copyright 2026 Tarrow Herald.", "2026 Tarrow Herald. All rights reserved.", "(Tom Brill/Tarrow Herald)",
	"[Reuters/Ana Ruiz]", "Kessa Linnard/AFP via Getty Images", "Kessa Linnard/AP Photo", "Ana Ruiz/Reuters",
	"Pell Arnsby/Getty", "Ana Ruiz/EPA-EFE", "The pad at dawn. Getty Images", "Follow him on Twitter.",
	"Follow her on Instagram", "Follow us", "Follow The Aviationist on Twitter", "Find us on Facebook",
	"Find the new rota online", "Sign up for our newsletter", "Read more: the port deal", "Related: Port strike ends",
	"Advertisement", "Powered by Orbit Maps", "Sponsored content", "Click here to subscribe",
	"(Reporting by Andy Bruce in London; Editing by Joyjeet Das)", "[ Additional reporting by Omar Said",
	"Writing by Lena Castell", "Editing by Tomas Brel", "Compiled by the desk", "Reported by Ada Fenwick",
	"AP Business Writer Lucy Ndegwa in Nairobi contributed to this report.",
	"Staff writer Omar Said contributed reporting.", "The union contributed money to the fund.",
	"Laura Kenning is a political reporter for the Herald.", "Laura Kenning is a writer based in Lorvania.",
	"Tomas Brel is a pilot, the union said.", "The port authority of Lorvania agreed on Monday to hire four more pilots.",
	"Union leader Tomas Brel said the strike would end on Friday.", "PORT TALKS RESUME", "Jane Oduya",
	"A version of this article appears on Page B2 today.", "@LorvaniaPorts", "Marta Quill has covered shipping since 2019.",
	"Kelby Mutual writes about business every Saturday.", "By Laura Kenning, Political Correspondent",
	"12.50 GMT", "\u201cWe will act,\u201d she said.", "(The mayor spoke/sang)", " (photo) ", "Caf\u00e9 owners in Mal\u00e1ga said no.",
	"/AFP", "[AP]", "(", "\u00a9", "Is a ferry late?", "Ana Ruiz/Reuters/AFP",
	// Letters strings.ToLower lowers to ASCII ones, and a bracket whose
	// lower-case text is longer than photoCredit reads.
	"\u0130mage: Corvane Weather Office", "clic\u212a here to subscribe", "All r\u0130ghts reserved.",
	"Omar Said contr\u0130buted to this report.", "(Ana Ruiz/Reuters) \u212a", "@Lorvania\u212a",
	"(" + strings.Repeat("\u023a", 25) + " Ruiz/Tarrow Herald)",
}

// furnitureUnicode are letters the test writes for an ASCII letter of a
// line: the two that lower-case to an ASCII letter ("\u0130", the Kelvin
// sign), ones that lower otherwise ("\u00c9", "\u023a", which grows a
// byte) and a byte that is no UTF-8.
var furnitureUnicode = map[byte][]string{
	'i': {"\u0130", "\u00cd"}, 'I': {"\u0130"}, 'k': {"\u212a"}, 'K': {"\u212a"}, 'e': {"\u00c9"},
	'a': {"\u023a", "\u00e0"}, 'o': {"\xff"},
}

// furnitureVariant writes line in lower or upper case or as it is, with
// now and then a letter of furnitureUnicode, spaces or brackets around it,
// or words added to pass 25 or 30 words.
func furnitureVariant(r *rand.Rand, line string) string {
	switch r.Intn(4) {
	case 0:
		line = strings.ToUpper(line)
	case 1:
		line = strings.ToLower(line)
	}
	if r.Intn(4) == 0 {
		var b strings.Builder
		for i := 0; i < len(line); i++ {
			if alts := furnitureUnicode[line[i]]; alts != nil && r.Intn(3) == 0 {
				b.WriteString(alts[r.Intn(len(alts))])
				continue
			}
			b.WriteByte(line[i])
		}
		line = b.String()
	}
	switch r.Intn(8) {
	case 0:
		line = "(" + line + ")"
	case 1:
		line = " " + line
	case 2:
		line += strings.Repeat(" and more words", 4+r.Intn(10))
	}
	return line
}

// chromeSentences, reading only the sentences that hold one of
// furnitureMarkers or open with a byte of furnitureFirst, in d.lower unless
// they hold a mark, marks the sentences chromeSentencesRef marks, on texts
// built of furnitureTestLines in any case, with letters that lower in
// Unicode otherwise than in ASCII, after a byline or none, in each block
// of a text.
func TestChromeSentencesFast(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	marked, articles := 0, 3000
	for n := 0; n < articles; n++ {
		var paras []string
		for p := 1 + r.Intn(8); p > 0; p-- {
			var lines []string
			for k := 1 + r.Intn(3); k > 0; k-- {
				lines = append(lines, furnitureVariant(r, furnitureTestLines[r.Intn(len(furnitureTestLines))]))
			}
			paras = append(paras, strings.Join(lines, " "))
		}
		text := strings.Join(paras, "\n\n")
		if r.Intn(2) == 0 {
			text = Normalize(text)
		}
		a := NewArticle("Port talks", text)
		a.Byline = []string{"", "By Laura Kenning", "LAURA KENNING"}[r.Intn(3)]
		d := &doc{a: a, sent0: []int{0, 40}[r.Intn(2)], tail: r.Intn(2) == 0, text: a.Text, lower: asciiLower(a.Text)}
		d.tokenizeAll()
		d.markParagraphs()
		got, want := d.chromeSentences(), d.chromeSentencesRef()
		for si := range want {
			if got[si] != want[si] {
				t.Errorf("sentence %q (byline %q): marked %v, want %v", a.SentenceText(si), a.Byline, got[si], want[si])
			}
			if want[si] {
				marked++
			}
		}
	}
	if marked < articles {
		t.Errorf("only %d sentences are furniture: the texts do not test the reader", marked)
	}
}
