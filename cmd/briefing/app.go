//go:build !nogui

package main

import (
	"io"

	"fyne.io/fyne/v2/app"

	"github.com/briefing-app/briefing/gui"
)

// openApp opens the desktop app with the given article files.
func openApp(files []string, _ io.Writer) int {
	a := app.NewWithID(appID)
	gui.Run(a, files, gui.Options{Version: version, Build: build})
	return exitOK
}
