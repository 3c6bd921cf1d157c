// Package briefing carries the app's release metadata. FyneApp.toml, next to
// this file, is the one place Briefing's name, app ID, version, build number
// and icon are written: `fyne package` reads it to make the installable
// packages, and this package embeds it so that every build — `go build`,
// `go run` or `fyne package` — reports the same version.
//
// The code of the app lives in the sub-packages: brief (the engine), gui (the
// window) and cmd/briefing (the command).
package briefing

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
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

// ParseMetadata reads the [Details] table of a FyneApp.toml file: Name, ID,
// Version and Build are required, Icon is optional, other keys and tables are
// skipped. It understands the part of TOML that FyneApp.toml files use in
// that table — `key = "string"`, `key = 'string'` and `key = 123` lines,
// comments and table headers — which is all four values need; a value in any
// other form is reported as an error rather than guessed at.
func ParseMetadata(data []byte) (Metadata, error) {
	var (
		m     Metadata
		table string
		seen  = map[string]bool{}
		errs  []error
	)
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			table = tableName(line)
			continue
		}
		if table != "Details" {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: expected key = value, found %q", n, line))
			continue
		}
		key = strings.Trim(strings.TrimSpace(key), `"'`)
		value = strings.TrimSpace(value)
		if seen[key] {
			errs = append(errs, fmt.Errorf("line %d: %s is set twice", n, key))
			continue
		}
		seen[key] = true
		var err error
		switch key {
		case "Name":
			m.Name, err = parseString(value)
		case "ID":
			m.ID, err = parseString(value)
		case "Version":
			m.Version, err = parseString(value)
		case "Icon":
			m.Icon, err = parseString(value)
		case "Build":
			m.Build, err = parseInt(value)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %s: %w", n, key, err))
		}
	}
	for _, key := range []string{"Name", "ID", "Version", "Build"} {
		if !seen[key] {
			errs = append(errs, fmt.Errorf("the [Details] table has no %s", key))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return m, fmt.Errorf("FyneApp.toml: %w", err)
	}
	return m, nil
}

// tableName returns the name in a table header line: Details for
// `[Details]`, `[ Details ] # comment` or `[[Details]]`.
func tableName(line string) string {
	name, _, _ := strings.Cut(line, "]")
	return strings.Trim(strings.TrimSpace(strings.TrimLeft(name, "[")), `"'`)
}

// parseString reads a TOML basic ("…", with escapes) or literal ('…') string
// followed by nothing but an optional comment.
func parseString(value string) (string, error) {
	if value == "" {
		return "", errors.New("the value is missing")
	}
	var s, rest string
	switch value[0] {
	case '\'':
		end := strings.IndexByte(value[1:], '\'')
		if end < 0 {
			return "", fmt.Errorf("the string %s has no closing quote", value)
		}
		s, rest = value[1:1+end], value[2+end:]
	case '"':
		end := 1
		for end < len(value) && value[end] != '"' {
			if value[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(value) {
			return "", fmt.Errorf("the string %s has no closing quote", value)
		}
		var err error
		if s, err = strconv.Unquote(value[:end+1]); err != nil {
			return "", fmt.Errorf("the string %s has a bad escape", value[:end+1])
		}
		rest = value[end+1:]
	default:
		return "", fmt.Errorf("want a quoted string, found %s", value)
	}
	if err := onlyComment(rest); err != nil {
		return "", err
	}
	return s, nil
}

// parseInt reads a TOML decimal integer (an underscore may stand between two
// digits) followed by nothing but an optional comment.
func parseInt(value string) (int, error) {
	num, _, _ := strings.Cut(value, "#")
	num = strings.TrimSpace(num)
	for i := 0; i < len(num); i++ {
		if num[i] == '_' && (i == 0 || i == len(num)-1 || !isDigit(num[i-1]) || !isDigit(num[i+1])) {
			return 0, fmt.Errorf("want a whole number, found %q", num)
		}
	}
	n, err := strconv.Atoi(strings.ReplaceAll(num, "_", ""))
	if err != nil {
		return 0, fmt.Errorf("want a whole number, found %q", num)
	}
	return n, nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// onlyComment reports an error unless rest is blank or a comment.
func onlyComment(rest string) error {
	rest = strings.TrimSpace(rest)
	if rest != "" && rest[0] != '#' {
		return fmt.Errorf("unexpected %q after the value", rest)
	}
	return nil
}
