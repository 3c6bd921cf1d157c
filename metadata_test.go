package briefing

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/assets"
)

// The embedded FyneApp.toml must parse and be complete: App() cannot report
// an error at run time, so this test is what guards it. The fields checked
// are App()'s, what `briefing version` and the About box print.
func TestEmbeddedMetadata(t *testing.T) {
	if _, err := ParseMetadata(fyneAppTOML); err != nil {
		t.Fatal(err)
	}
	m := App()
	if m.Name != "Briefing" {
		t.Errorf("Name = %q, want Briefing", m.Name)
	}
	// The ID names the app's storage folder and the desktop entry: changing
	// it loses every user's library unless cmd/briefing moves the old
	// folder (it moves app.briefing.desktop's, the ID of 0.1).
	if m.ID != "io.github.briefing_app.Briefing" {
		t.Errorf("ID = %q, want io.github.briefing_app.Briefing", m.ID)
	}
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(m.Version) {
		t.Errorf("Version = %q, want x.y.z (fyne package and Windows need three numbers)", m.Version)
	}
	if m.Build < 1 {
		t.Errorf("Build = %d, want 1 or more", m.Build)
	}
	// The icon fyne package uses is the one the app embeds and shows.
	icon, err := os.ReadFile(m.Icon)
	if err != nil {
		t.Fatalf("Icon: %v", err)
	}
	if !bytes.Equal(icon, assets.Icon) {
		t.Errorf("Icon %s is not the icon the assets package embeds", m.Icon)
	}
}

func TestParseMetadata(t *testing.T) {
	const details = "[Details]\nName = \"Briefing\"\nID = \"app.briefing.desktop\"\nVersion = \"1.2.3\"\nBuild = 7\n"
	want := Metadata{Name: "Briefing", ID: "app.briefing.desktop", Version: "1.2.3", Build: 7}
	tests := []struct {
		name string
		toml string
		want Metadata
	}{
		{"plain", details, want},
		{"CRLF line ends", strings.ReplaceAll(details, "\n", "\r\n"), want},
		{"icon, comments, other tables and spacing",
			"# top comment\nWebsite = \"https://example.org\"\n\n[ Details ] # the build\n" +
				"  Icon   =   'assets/icon.png'   # literal string\n" +
				"Name = \"Briefing\" # shown to users\nID=\"app.briefing.desktop\"\n" +
				"Version = \"1.2.3\"\nBuild = 7 # raise me\n" +
				"[LinuxAndBSD]\nKeywords = [\n  \"news\",\n]\nName = \"not this one\"\n",
			Metadata{Name: "Briefing", ID: "app.briefing.desktop", Version: "1.2.3", Build: 7, Icon: "assets/icon.png"}},
		{"escapes and underscores",
			"[Details]\nName = \"Brief \\\"One\\\" \\u00e9\"\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1_000\n",
			Metadata{Name: `Brief "One" é`, ID: "a.b", Version: "1.0.0", Build: 1000}},
		{"unknown keys skipped", details + "Extra = [1, 2]\n", want},
		{"quoted key", "[Details]\n\"Name\" = \"Briefing\"\nID = \"app.briefing.desktop\"\nVersion = \"1.2.3\"\nBuild = 7\n", want},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseMetadata([]byte(tt.toml))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseMetadataErrors(t *testing.T) {
	// A malformed file is the TOML decoder's to report, with the line and
	// the key; a well-formed one must still hold the four values.
	tests := []struct {
		name, toml, want string
	}{
		{"empty", "", "no Name"},
		{"no Details table", "Name = \"Briefing\"\n", "no Name"},
		{"missing build", "[Details]\nName = \"B\"\nID = \"a.b\"\nVersion = \"1.0.0\"\n", "no Build"},
		{"build not a number", "[Details]\nName = \"B\"\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = \"one\"\n", `line 5 (last key "Details.Build"): incompatible types`},
		{"bad underscore", "[Details]\nName = \"B\"\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1__0\n", `line 5 (last key "Details.Build"): Invalid integer`},
		{"icon not a string", "[Details]\nIcon = 3\nName = \"B\"\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", `line 2 (last key "Details.Icon"): incompatible types`},
		{"unquoted string", "[Details]\nName = Briefing\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", `line 2 (last key "Details.Name")`},
		{"unclosed string", "[Details]\nName = \"Briefing\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", "line 2"},
		{"unclosed literal", "[Details]\nName = 'Briefing\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", "line 2"},
		{"bad escape", "[Details]\nName = \"B\\q\"\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", "invalid escape"},
		{"text after value", "[Details]\nName = \"B\" x\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", "line 2"},
		{"twice", "[Details]\nName = \"B\"\nName = \"C\"\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", `line 3 (last key "Details.Name"): Key 'Details.Name' has already been defined`},
		{"no equals", "[Details]\nName\n", "line 2"},
		{"missing value", "[Details]\nName =\nID = \"a.b\"\nVersion = \"1.0.0\"\nBuild = 1\n", `line 2 (last key "Details.Name")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMetadata([]byte(tt.toml))
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "FyneApp.toml: ") {
				t.Errorf("error %q, want it to start with FyneApp.toml and contain %q", err, tt.want)
			}
		})
	}
}
