// Package briefing carries the app's release metadata. FyneApp.toml, next to
// this file, is the one place Briefing's name, app ID, version, build number
// and icon are written: `fyne package` reads it to make the installable
// packages, and this package embeds it so that every build — `go build`,
// `go run` or `fyne package` — reports the same version.
//
// The code of the app lives in the sub-packages: brief/load (reading
// articles), brief (the engine), brief/page (the one-page briefing and its
// PDF), brief/library and brief/search, gui (the window) and cmd/briefing
// (the command).
package briefing

import (
	_ "embed"
	"errors"
	"fmt"

	"github.com/BurntSushi/toml"
)

//go:embed FyneApp.toml
var fyneAppTOML []byte

// Metadata is the [Details] table of FyneApp.toml.
type Metadata struct {
	Name    string // the name shown to the user, "Briefing"
	ID      string // the app's unique ID in reverse-DNS form
	Version string // the release, x.y.z
	Build   int    // the build number, raised with each release
	Icon    string // the icon's path, relative to FyneApp.toml
}

// app is the embedded FyneApp.toml, parsed once; the package's tests make
// sure it parses without error and has every field.
var app, _ = ParseMetadata(fyneAppTOML)

// App returns the metadata of this build, read from the FyneApp.toml embedded
// in the binary.
func App() Metadata { return app }

// ParseMetadata reads the [Details] table of a FyneApp.toml file with
// github.com/BurntSushi/toml (the TOML decoder fyne package itself uses):
// Name, ID, Version and Build are required, Icon is optional, other keys and
// tables are left to fyne package. An error names the file and, for a
// malformed file, the line.
func ParseMetadata(data []byte) (Metadata, error) {
	var file struct {
		Details struct {
			Name    string `toml:"Name"`
			ID      string `toml:"ID"`
			Version string `toml:"Version"`
			Build   int    `toml:"Build"`
			Icon    string `toml:"Icon"`
		} `toml:"Details"`
	}
	md, err := toml.Decode(string(data), &file)
	if err != nil {
		return Metadata{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	var errs []error
	for _, key := range []string{"Name", "ID", "Version", "Build"} {
		if !md.IsDefined("Details", key) {
			errs = append(errs, fmt.Errorf("the [Details] table has no %s", key))
		}
	}
	d := file.Details
	m := Metadata{Name: d.Name, ID: d.ID, Version: d.Version, Build: d.Build, Icon: d.Icon}
	if err := errors.Join(errs...); err != nil {
		return m, fmt.Errorf("FyneApp.toml: %w", err)
	}
	return m, nil
}
