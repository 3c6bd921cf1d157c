package main

import (
	"fmt"
	"strconv"

	"github.com/briefing-app/briefing"
)

// The app's ID, version and build number come from FyneApp.toml, the one
// source of truth that `fyne package` also reads; the module's root package
// embeds it, so `go build`, `go run` and packaged builds all agree.
var (
	// appID is the application's unique ID (reverse-DNS); it names the
	// app's storage folder.
	appID = briefing.App().ID
	// version and build are the release's version and build number.
	version = briefing.App().Version
	build   = strconv.Itoa(briefing.App().Build)
)

func versionString() string {
	return fmt.Sprintf("briefing %s (build %s)", version, build)
}
