package brief

import "testing"

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"soft hyphens", "The chan\u00ADcellor an\u00ADnounced it.", "The chancellor announced it."},
		{"zero-width characters", "Zero\u200Bwidth\u200C join\u200Der\u2060s and a \uFEFFBOM.", "Zerowidth joiners and a BOM."},
		{"direction marks", "Tel Aviv\u200E and Gaza\u200F.", "Tel Aviv and Gaza."},
		{"non-breaking spaces", "Mr\u00A0Smith paid £1\u202F000 in\u2009cash.", "Mr Smith paid £1 000 in cash."},
		{"other spaces", "\u3000Tokyo\u1680and\u2003Osaka\u205F", "Tokyo and Osaka"},
		{"CRLF", "Line one.\r\nLine two.\r\n\r\nNew paragraph.\r\n", "Line one.\nLine two.\n\nNew paragraph."},
		{"old Mac line ends", "Line one.\rLine two.", "Line one.\nLine two."},
		{"tabs and runs of spaces", "A\tcolumn   of    text.", "A column of text."},
		{"trimmed lines", "  indented line  \n   another \n", "indented line\nanother"},
		{"Unicode line separators", "One.\u2028Two.\u2029Three.", "One.\nTwo.\nThree."},
		{"control characters", "Bell\x07 and\x1b escape.", "Bell and escape."},
		{"quotes and dashes kept", "“Yes,” she said — ‘no’ — \"maybe\" 'so'.", "“Yes,” she said — ‘no’ — \"maybe\" 'so'."},
		{"invalid UTF-8", "Bad \xff byte.", "Bad \uFFFD byte."},
		{"decomposed accents", "Jose\u0301 Mu\u0308ller", "José Müller"},
		{"blank lines kept", "One.\n\n\n\nTwo.", "One.\n\n\n\nTwo."},
		{"only invisible", "\u00AD\u200B \u00A0\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	for in, want := range map[string]int{
		"":                               0,
		"  \n ":                          0,
		"The council met.":               3,
		"  The\tcouncil\n\nmet  again. ": 4,
		"José Müller — “yes”":            4,
		"新港码头":                           4,
		"工会表示 2024 年":                    6,
		"東京でストライキ":                       8,
		"Парламент одобрил бюджет": 3,
	} {
		if got := CountWords(in); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestTrimClosers(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "",
		"Storm closes port":      "Storm closes port",
		"“We are not done yet.”": "“We are not done yet.",
		"(as he said.)":          "(as he said.",
		"« Non. »":               "« Non. ",
		"「終わり。」":                 "「終わり。",
		"He said: 'no.'\")":      "He said: 'no.",
		"”’»)":                   "",
	} {
		if got := TrimClosers(in); got != want {
			t.Errorf("TrimClosers(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDropDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"LONDON — Britain and Nigeria agreed on Tuesday to build a plant.", "Britain and Nigeria agreed on Tuesday to build a plant."},
		{"WASHINGTON (Reuters) - the White House said it would act.", "The White House said it would act."},
		{"Nigeria will guarantee access to part of the output.", "Nigeria will guarantee access to part of the output."},
		{"  The port will reopen on Monday. ", "The port will reopen on Monday."},
	}
	for _, tt := range tests {
		if got := dropDateline(tt.in); got != tt.want {
			t.Errorf("dropDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTrimDateline(t *testing.T) {
	for in, want := range map[string]string{
		"LONDON — Britain and Nigeria agreed.":    "Britain and Nigeria agreed.",
		"WASHINGTON (Reuters) - the White House.": "the White House.",
		"Nigeria will guarantee access.":          "Nigeria will guarantee access.",
		"UK — a dash later in the sentence.":      "a dash later in the sentence.",
		"The UK — a dash later in the sentence.":  "The UK — a dash later in the sentence.",
	} {
		if got := TrimDateline(in); got != want {
			t.Errorf("TrimDateline(%q) = %q, want %q", in, got, want)
		}
	}
}
