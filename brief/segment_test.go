package brief

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// segmentCases are hard cases for the sentence splitter. Each text is one
// paragraph unless it holds line breaks; want lists the sentences in order.
var segmentCases = []struct {
	name string
	text string
	want []string
}{
	{
		name: "titles without a full stop",
		text: "Mr Hale met Mrs Okafor and Dr Lin at St Mary's Hospital. They spoke for an hour.",
		want: []string{
			"Mr Hale met Mrs Okafor and Dr Lin at St Mary's Hospital.",
			"They spoke for an hour.",
		},
	},
	{
		name: "titles with a full stop",
		text: "Mr. Hale thanked Dr. Lin. Mrs. Okafor left early. St. Albans Council declined to comment.",
		want: []string{
			"Mr. Hale thanked Dr. Lin.",
			"Mrs. Okafor left early.",
			"St. Albans Council declined to comment.",
		},
	},
	{
		name: "military and political titles",
		text: "Gen. Mark Ellis briefed Sen. Ana Ruiz on Tuesday. She was not convinced, Gov. Pratt said.",
		want: []string{
			"Gen. Mark Ellis briefed Sen. Ana Ruiz on Tuesday.",
			"She was not convinced, Gov. Pratt said.",
		},
	},
	{
		name: "dotted country abbreviations mid-sentence",
		text: "The U.S. and U.K. negotiators met in Oslo. A deal is close.",
		want: []string{
			"The U.S. and U.K. negotiators met in Oslo.",
			"A deal is close.",
		},
	},
	{
		name: "dotted abbreviation before a proper noun",
		text: "She lobbied the U.S. Senate for months. It did not move.",
		want: []string{
			"She lobbied the U.S. Senate for months.",
			"It did not move.",
		},
	},
	{
		name: "dotted abbreviation at the end of a sentence",
		text: "In 2019 Ms Varga moved to the U.S. The next year she joined the U.N. Officials praised her work.",
		want: []string{
			"In 2019 Ms Varga moved to the U.S.",
			"The next year she joined the U.N.",
			"Officials praised her work.",
		},
	},
	{
		name: "company abbreviation at the end of a sentence",
		text: "He now works for Harlow Foods Inc. The company declined to comment.",
		want: []string{
			"He now works for Harlow Foods Inc.",
			"The company declined to comment.",
		},
	},
	{
		name: "month abbreviation before a day",
		text: "The talks opened on Jan. 5 in Geneva and closed on Feb. 12. They achieved little.",
		want: []string{
			"The talks opened on Jan. 5 in Geneva and closed on Feb. 12.",
			"They achieved little.",
		},
	},
	{
		name: "number abbreviation",
		text: "She arrived at No. 10 shortly after noon. Reporters were waiting.",
		want: []string{
			"She arrived at No. 10 shortly after noon.",
			"Reporters were waiting.",
		},
	},
	{
		name: "initials",
		text: "The new novel by J. K. Rowling sold well. George W. Bush read it on holiday. Critics were kinder.",
		want: []string{
			"The new novel by J. K. Rowling sold well.",
			"George W. Bush read it on holiday.",
			"Critics were kinder.",
		},
	},
	{
		name: "decimals and amounts",
		text: "The deal is worth $1.5bn over five years. Inflation rose to 3.2% in March. About 1.5 million people voted. Turnout was 61.8.",
		want: []string{
			"The deal is worth $1.5bn over five years.",
			"Inflation rose to 3.2% in March.",
			"About 1.5 million people voted.",
			"Turnout was 61.8.",
		},
	},
	{
		name: "pounds and euros",
		text: "Ministers set aside £2.25bn. Brussels offered €750m more.",
		want: []string{
			"Ministers set aside £2.25bn.",
			"Brussels offered €750m more.",
		},
	},
	{
		name: "ellipsis mid-sentence",
		text: "He paused… and then carried on. We will see... maybe next week, she said.",
		want: []string{
			"He paused… and then carried on.",
			"We will see... maybe next week, she said.",
		},
	},
	{
		name: "ellipsis at the end of a sentence",
		text: "The results were mixed... The board meets again in May. Nobody knew what came next… The minister left.",
		want: []string{
			"The results were mixed...",
			"The board meets again in May.",
			"Nobody knew what came next…",
			"The minister left.",
		},
	},
	{
		name: "comma inside quotes before the attribution",
		text: `"We will not back down," he said. "Not now, not ever."`,
		want: []string{
			`"We will not back down," he said.`,
			`"Not now, not ever."`,
		},
	},
	{
		name: "curly quotes after the full stop",
		text: "She told reporters: “The deal is done.” Officials in Paris were less sure.",
		want: []string{
			"She told reporters: “The deal is done.”",
			"Officials in Paris were less sure.",
		},
	},
	{
		name: "question inside quotes before a lower-case attribution",
		text: `"Is this the end?" she asked. Nobody answered.`,
		want: []string{
			`"Is this the end?" she asked.`,
			"Nobody answered.",
		},
	},
	{
		name: "exclamation inside single curly quotes",
		text: "The crowd chanted ‘We won!’ Fans stayed until midnight.",
		want: []string{
			"The crowd chanted ‘We won!’",
			"Fans stayed until midnight.",
		},
	},
	{
		name: "stop inside brackets",
		text: "The vote was close (it passed by two.) Critics vowed to fight on.",
		want: []string{
			"The vote was close (it passed by two.)",
			"Critics vowed to fight on.",
		},
	},
	{
		name: "question and exclamation runs",
		text: "Why now?! Nobody could say. What next? More talks.",
		want: []string{
			"Why now?!",
			"Nobody could say.",
			"What next?",
			"More talks.",
		},
	},
	{
		name: "sentence starting with a digit",
		text: "The vote passed. 212 members backed it.",
		want: []string{
			"The vote passed.",
			"212 members backed it.",
		},
	},
	{
		name: "no final stop",
		text: "Talks resume on Monday",
		want: []string{"Talks resume on Monday"},
	},
	{
		name: "headline on its own line",
		text: "Minister resigns over leaked memo\nThe transport minister resigned on Friday. She denied wrongdoing.",
		want: []string{
			"Minister resigns over leaked memo",
			"The transport minister resigned on Friday.",
			"She denied wrongdoing.",
		},
	},
	{
		name: "paragraphs separated by blank lines",
		text: "First paragraph here. It has two sentences.\n\nSecond paragraph.\n\n\nThird, after two blank lines.",
		want: []string{
			"First paragraph here.",
			"It has two sentences.",
			"Second paragraph.",
			"Third, after two blank lines.",
		},
	},
	{
		name: "URL and domain names",
		text: "Details are on gov.uk today. The site crashed.",
		want: []string{
			"Details are on gov.uk today.",
			"The site crashed.",
		},
	},
	{
		name: "Chinese",
		text: "北京今天宣布了新的贸易协议。双方将于下周签署！这是否意味着关税结束？专家表示怀疑。",
		want: []string{
			"北京今天宣布了新的贸易协议。",
			"双方将于下周签署！",
			"这是否意味着关税结束？",
			"专家表示怀疑。",
		},
	},
	{
		name: "Japanese with quotes",
		text: "首相は「合意は近い。」と述べた。野党は反発した。",
		want: []string{
			"首相は「合意は近い。」と述べた。",
			"野党は反発した。",
		},
	},
	{
		name: "Chinese quotations",
		text: "“我们不会让步。”他说。发言人表示：“谈判将继续。”地方政府呼吁对话。",
		want: []string{
			"“我们不会让步。”他说。",
			"发言人表示：“谈判将继续。”",
			"地方政府呼吁对话。",
		},
	},
	{
		name: "Arabic",
		text: "قال الوزير إن المحادثات ستستأنف الأسبوع المقبل. ورفضت المعارضة الاتفاق؟ لم يعلق أحد.",
		want: []string{
			"قال الوزير إن المحادثات ستستأنف الأسبوع المقبل.",
			"ورفضت المعارضة الاتفاق؟",
			"لم يعلق أحد.",
		},
	},
	{
		name: "Russian",
		text: "Министр заявил, что переговоры продолжатся. Оппозиция выступила против.",
		want: []string{
			"Министр заявил, что переговоры продолжатся.",
			"Оппозиция выступила против.",
		},
	},
	{
		name: "French with guillemets",
		text: "« Nous ne céderons pas. » Le ministre a quitté la salle. Élisabeth Moreau a réagi.",
		want: []string{
			"« Nous ne céderons pas. »",
			"Le ministre a quitté la salle.",
			"Élisabeth Moreau a réagi.",
		},
	},
}

// sentenceTexts segments text and returns the text of each sentence.
func sentenceTexts(text string) []string {
	_, sents := Segment(text)
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSegmentSentences(t *testing.T) {
	for _, tc := range segmentCases {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Segment(%q):\n got %q\nwant %q", tc.text, got, tc.want)
			}
			checkSegmentation(t, tc.text, true)
		})
	}
}

func TestSegmentParagraphs(t *testing.T) {
	text := "Storm hits coast\n\nHigh winds closed the port on Sunday. Ferries were cancelled.\n\n" +
		"The coastguard said: “Stay away from the sea front.” Three people were rescued.\n\nMore to follow"
	paras, sents := Segment(text)
	wantParas := []string{
		"Storm hits coast",
		"High winds closed the port on Sunday. Ferries were cancelled.",
		"The coastguard said: “Stay away from the sea front.” Three people were rescued.",
		"More to follow",
	}
	wantCounts := []int{1, 2, 2, 1}
	if len(paras) != len(wantParas) {
		t.Fatalf("got %d paragraphs, want %d", len(paras), len(wantParas))
	}
	for i, p := range paras {
		if got := text[p.Start:p.End]; got != wantParas[i] {
			t.Errorf("paragraph %d = %q, want %q", i, got, wantParas[i])
		}
		if p.Count != wantCounts[i] {
			t.Errorf("paragraph %d has %d sentences, want %d", i, p.Count, wantCounts[i])
		}
	}
	if len(sents) != 6 {
		t.Errorf("got %d sentences, want 6", len(sents))
	}
	checkSegmentation(t, text, true)
}

func TestSegmentEmpty(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n", " \n \n "} {
		paras, sents := Segment(text)
		if len(paras) != 0 || len(sents) != 0 {
			t.Errorf("Segment(%q) = %d paragraphs, %d sentences; want none", text, len(paras), len(sents))
		}
	}
}

func TestArticleSentenceAt(t *testing.T) {
	a := NewArticle("", "One two. Three four.\n\nFive six.")
	for off, want := range map[int]int{0: 0, 7: 0, 8: -1, 9: 1, 19: 1, 20: -1, 22: 2, 30: 2, 31: -1, -1: -1} {
		if got := a.sentenceAt(off); got != want {
			t.Errorf("sentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
	if got := a.SentenceText(1); got != "Three four." {
		t.Errorf("SentenceText(1) = %q", got)
	}
	if got := a.ParagraphText(1); got != "Five six." {
		t.Errorf("ParagraphText(1) = %q", got)
	}
	if a.SentenceText(3) != "" || a.SentenceText(-1) != "" || a.ParagraphText(2) != "" {
		t.Error("out-of-range index returned text")
	}
}

// checkSegmentation checks the invariants of Segment on text: every
// paragraph and sentence lies inside text, in order and without overlap;
// every sentence lies inside its paragraph and the paragraphs' sentence
// ranges tile the sentence list. With clean set (normalised input), no span
// starts or ends with a space or a line break, and no span is empty.
func checkSegmentation(t *testing.T, text string, clean bool) {
	t.Helper()
	paras, sents := Segment(text)
	checkSpans(t, text, paras, sents, clean)
}

func checkSpans(t *testing.T, text string, paras []Paragraph, sents []Sentence, clean bool) {
	t.Helper()
	prev := 0
	next := 0 // the next sentence a paragraph should start at
	for i, p := range paras {
		if p.Start < prev || p.End < p.Start || p.End > len(text) {
			t.Fatalf("paragraph %d span [%d,%d) is out of range or order (previous end %d, text %d bytes)", i, p.Start, p.End, prev, len(text))
		}
		if p.First != next || p.Count < 0 || p.First+p.Count > len(sents) {
			t.Fatalf("paragraph %d covers sentences [%d,+%d), want to start at %d of %d", i, p.First, p.Count, next, len(sents))
		}
		for j := p.First; j < p.First+p.Count; j++ {
			s := sents[j]
			if s.Para != i {
				t.Errorf("sentence %d says paragraph %d, want %d", j, s.Para, i)
			}
			if s.Start < p.Start || s.End > p.End {
				t.Errorf("sentence %d [%d,%d) lies outside its paragraph [%d,%d)", j, s.Start, s.End, p.Start, p.End)
			}
		}
		next = p.First + p.Count
		prev = p.End
		if p.End-p.Start > MaxParagraph {
			t.Errorf("paragraph %d is %d bytes long, over MaxParagraph (%d)", i, p.End-p.Start, MaxParagraph)
		}
		if clean {
			checkClean(t, text, "paragraph", i, p.Span)
		}
	}
	if next != len(sents) {
		t.Errorf("paragraphs cover %d sentences, there are %d", next, len(sents))
	}
	prev = 0
	for i, s := range sents {
		if s.Start < prev || s.End < s.Start || s.End > len(text) {
			t.Fatalf("sentence %d span [%d,%d) is out of range or order (previous end %d, text %d bytes)", i, s.Start, s.End, prev, len(text))
		}
		prev = s.End
		if s.End-s.Start > MaxSentence {
			t.Errorf("sentence %d is %d bytes long, over MaxSentence (%d)", i, s.End-s.Start, MaxSentence)
		}
		if clean {
			checkClean(t, text, "sentence", i, s.Span)
		}
	}
}

func checkClean(t *testing.T, text, what string, i int, sp Span) {
	t.Helper()
	s := text[sp.Start:sp.End]
	switch {
	case s == "":
		t.Errorf("%s %d is empty", what, i)
	case strings.TrimSpace(s) != s:
		t.Errorf("%s %d %q starts or ends with white space", what, i, s)
	case what == "sentence" && strings.Contains(s, "\n"):
		t.Errorf("%s %d %q spans a line break", what, i, s)
	case !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]):
		t.Errorf("%s %d %q cuts a character", what, i, s)
	}
}

// segmentRate is Segment's time per byte on news text, the fastest of
// three runs, measured once.
var segmentRate = sync.OnceValue(func() float64 {
	var text string
	for _, tc := range segmentCases {
		text += tc.text + "\n"
	}
	text = strings.Repeat(text, 20)
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		Segment(text)
		best = min(best, time.Since(start))
	}
	return best.Seconds() / float64(len(text))
})

// FuzzSegment feeds arbitrary strings to Segment: spans must stay in range,
// in order and without overlap, and on normalised text no span may be empty
// or start or end with white space; and Segment must take no more than 100
// times its linear budget (its time per byte on news text, for at least
// 16 KiB).
func FuzzSegment(f *testing.F) {
	for _, tc := range segmentCases {
		f.Add(tc.text)
	}
	for _, s := range []string{
		"", ".", "...", "…", " . ", "\n\n.\n", "A.\nB.", "U.S. The", "Mr. A. B. C.", "“Yes.” “No!” ‘Maybe?’",
		"。」", "a。」b", "؟ ؟", "। x", "$1.5bn. £2.25bn.", "« Non. » Oui.", "\xe2\x80", "\xe3\x80\x82\xe2\x80",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The budget first: measuring the rate runs Segment once, so the
		// tables it builds on first use are not timed as this input's work.
		budget := time.Duration(100 * segmentRate() * float64(max(len(s), 16<<10)) * float64(time.Second))
		start := time.Now()
		checkSegmentation(t, s, false)
		if took := time.Since(start); took > budget {
			t.Fatalf("Segment of %d bytes took %v, over 100 times its linear budget (%v)", len(s), took, budget)
		}
		checkSegmentation(t, Normalize(s), true)
	})
}

// TestSegmentBoundsLongText checks the bounds on text no writer produces:
// a sentence without a full stop is cut at its clauses, a run without
// spaces at a character, and a paragraph of many sentences into paragraphs
// of whole sentences, every span within its bound.
func TestSegmentBoundsLongText(t *testing.T) {
	clause := "the council would review the plan in March, the minister said; critics disagreed — loudly "
	noStop := strings.TrimSpace(strings.Repeat(clause, 3*MaxSentence/len(clause)))
	paras, sents := Segment(noStop)
	checkSpans(t, noStop, paras, sents, true)
	if len(sents) < 3 {
		t.Fatalf("%d bytes without a full stop make %d sentences, want them cut into at least 3", len(noStop), len(sents))
	}
	for i, s := range sents[:len(sents)-1] {
		text := noStop[s.Start:s.End]
		if !strings.HasSuffix(text, ",") && !strings.HasSuffix(text, ";") && !strings.HasSuffix(text, "\u2014") {
			t.Errorf("sentence %d was not cut at a clause boundary: ends %q", i, text[max(0, len(text)-20):])
		}
	}

	// A script without spaces is cut between characters, never inside one.
	han := strings.Repeat("漢", 2*MaxSentence)
	paras, sents = Segment(han)
	checkSpans(t, han, paras, sents, true)
	for i, s := range sents {
		if !utf8.ValidString(han[s.Start:s.End]) {
			t.Errorf("sentence %d cuts a character in two", i)
		}
	}

	// A paragraph of ordinary sentences longer than MaxParagraph becomes
	// several paragraphs, each of whole sentences.
	sentence := "The port authority said the ferry would run on Sunday. "
	long := strings.TrimSpace(strings.Repeat(sentence, 3*MaxParagraph/len(sentence)))
	paras, sents = Segment(long)
	checkSpans(t, long, paras, sents, true)
	if len(paras) < 3 {
		t.Fatalf("a %d-byte paragraph was left as %d paragraphs, want at least 3", len(long), len(paras))
	}
	for i, s := range sents {
		if got := long[s.Start:s.End]; got != strings.TrimSpace(sentence) {
			t.Fatalf("sentence %d = %q, want the whole sentence", i, got)
		}
	}
	// Short paragraphs are left alone.
	paras, _ = Segment(sentence + "\n" + sentence)
	if len(paras) != 2 {
		t.Errorf("two short paragraphs became %d", len(paras))
	}
}
