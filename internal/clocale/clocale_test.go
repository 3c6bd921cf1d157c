package clocale

import (
	"os"
	"testing"
)

func TestPlainC(t *testing.T) {
	for v, want := range map[string]bool{"C": true, "C.UTF-8": true, "C.utf8": true, "POSIX": true, "POSIX@euro": true,
		"en_GB.UTF-8": false, "Ca_ES": false, "fr_FR@euro": false} {
		if got := plainC(v); got != want {
			t.Errorf("plainC(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestRestore(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C.UTF-8")
	hide()
	if got := os.Getenv("LANG"); got != "C" {
		t.Errorf("LANG during start-up = %q, want C", got)
	}
	Restore()
	if got := os.Getenv("LANG"); got != "C.UTF-8" {
		t.Errorf("LANG after Restore = %q, want C.UTF-8", got)
	}
	t.Setenv("LANG", "en_GB.UTF-8")
	hide()
	if got := os.Getenv("LANG"); got != "en_GB.UTF-8" {
		t.Errorf("a real locale was changed: %q", got)
	}
}
