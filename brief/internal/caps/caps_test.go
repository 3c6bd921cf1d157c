package caps

import "testing"

func TestFirst(t *testing.T) {
	for in, want := range map[string]string{
		"":                    "",
		"the levy":            "The levy",
		"Already capitalised": "Already capitalised",
		"élysée talks":        "Élysée talks",
		"1 January":           "1 January",
		"iPhone sales":        "IPhone sales",
	} {
		if got := First(in); got != want {
			t.Errorf("First(%q) = %q, want %q", in, got, want)
		}
	}
}
