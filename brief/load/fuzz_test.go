package brief

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// fuzzFormats are the formats FuzzParse tries, chosen by the fuzzer's byte.
var fuzzFormats = []Format{"", FormatText, FormatMarkdown, FormatHTML}

// FuzzParse feeds arbitrary bytes to Parse in every format: it must never
// panic, every failure must be a *LoadError, and a loaded article must keep
// the span invariants of checkSpans on clean, valid text.
func FuzzParse(f *testing.F) {
	for _, tc := range segmentCases {
		f.Add([]byte(tc.text), uint8(1))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint8(0))
		}
	}
	f.Add([]byte(coachPage("windows-1252", coachStory)), uint8(3))
	f.Add([]byte("\xEF\xBB\xBF# Title\n\n- item\n\n```\ncode"), uint8(2))
	f.Add([]byte("\xFF\xFEa\x00b\x00"), uint8(1))
	f.Add([]byte("---\ntitle: x\n---\n[a](b(c)d) ![i](j) <b>k</b> **l**"), uint8(2))
	f.Add([]byte("<p>unclosed <b>tags <div>and <a href=x>links"), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		format := fuzzFormats[int(which)%len(fuzzFormats)]
		a, err := Parse("fuzz", data, format)
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) || le.Path != "fuzz" {
				t.Fatalf("error %T %q is not a *LoadError for the input", err, err)
			}
			return
		}
		checkArticle(t, a)
	})
}

// FuzzSegment feeds arbitrary strings to Segment: spans must stay in range,
// in order and without overlap, and on normalised text no span may be empty
// or start or end with white space.
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
		checkSegmentation(t, s, false)
		checkSegmentation(t, Normalize(s), true)
	})
}
