package brief

import (
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze runs the whole engine on arbitrary text: it must never panic,
// and every item must cite a real sentence of a real source.
// In tests a panic the engine recovers from fails loudly.
func init() { onEnginePanic = func(v any) { panic(v) } }

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
		onEnginePanic = func(v any) { t.Fatalf("engine panicked on %q: %v", text, v) }
		defer func() { onEnginePanic = func(v any) { panic(v) } }()
		a, err := Parse("fuzz.txt", []byte(text), FormatText)
		if err != nil {
			return
		}
		an := Analyze(a)
		check := func(kind string, c Cite) {
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
