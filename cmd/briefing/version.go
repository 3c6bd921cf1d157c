package main

import "fmt"

// appID is the application's unique ID (reverse-DNS), as in FyneApp.toml.
const appID = "app.briefing.desktop"

// version and build are the release's version and build number.
var (
	version = "0.1.0"
	build   = "1"
)

func versionString() string {
	return fmt.Sprintf("briefing %s (build %s)", version, build)
}
