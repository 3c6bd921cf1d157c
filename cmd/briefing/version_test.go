package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// `briefing version` reports the version and build written in FyneApp.toml,
// the file `fyne package` reads: read here straight from the file, not
// through the parser the binary uses.
func TestVersionFromFyneAppTOML(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	field := func(re string) string {
		m := regexp.MustCompile(`(?m)^` + re + `\s*$`).FindSubmatch(data)
		if m == nil {
			t.Fatalf("FyneApp.toml has no line matching %s", re)
		}
		return string(m[1])
	}
	wantVersion := field(`Version\s*=\s*"([^"]+)"`)
	wantBuild := field(`Build\s*=\s*(\d+)`)
	wantID := field(`ID\s*=\s*"([^"]+)"`)

	var out, errOut strings.Builder
	if code := run([]string{"version"}, strings.NewReader(""), &out, &errOut); code != exitOK || errOut.Len() > 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	if want := "briefing " + wantVersion + " (build " + wantBuild + ")"; strings.TrimSpace(out.String()) != want {
		t.Errorf("briefing version printed %q, want %q", out.String(), want)
	}
	if appID != wantID {
		t.Errorf("appID = %q, want %q from FyneApp.toml", appID, wantID)
	}
}
