package brief_test

import (
	"testing"
	"unicode/utf8"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/load"
)

// FuzzAnalyze runs the whole engine on arbitrary text, loaded as pasted
// text is: it must never panic, and every item must cite a real sentence of
// a real source.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Prime Minister Helen Carter said: “We will act.” She rejected the plan.",
		"“A,” he said. “B” — Mr X, who said 'no' ‘yes’ « non » „ja“",
		"Mr. U.S. Dr. J. K. Rowling's “quote” 'quote' \"quote",
		"The UK and Britain, the British and Kyiv; he, she, they said \" ' ” “ ‘ ’",
		"IN CAPS. ALL OF IT. — CAIRO —",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		defer brief.SetEnginePanicHook(func(v any) { t.Fatalf("engine panicked on %q: %v", text, v) })()
		a, err := load.Parse("fuzz.txt", []byte(text), load.FormatText)
		if err != nil {
			return
		}
		an := brief.Analyze(a)
		check := func(kind string, c brief.Cite) {
			art := an.Article(c.Source)
			if art == nil || c.Sentence < 0 || c.Sentence >= len(art.Sentences) {
				t.Fatalf("%s cites %+v, which does not exist", kind, c)
			}
		}
		for _, q := range an.Quotes {
			for _, c := range q.Cites {
				check("quote", c)
			}
		}
		for _, c := range an.Commitments {
			check("commitment", c.Cite())
		}
		for _, d := range an.Disputes {
			check("dispute", d.Cite())
		}
		if _, err := an.JSON(); err != nil {
			t.Fatal(err)
		}
	})
}
